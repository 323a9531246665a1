"""Cards about an entry's own papers: `paper-title` (the GPT3 paper → *Language Models
are Few-Shot Learners*) and its reverse `paper-name`.

The title comes from arXiv (the bundled facts or `srs papers`) or from the list
itself (an awesome list's link text, a syllabus's quoted title). Neither card is
made when the title holds the name (`ReAct: Synergizing …` would read its answer
out) or spells it (`MMLU` is *Measuring Massive Multitask Language
Understanding*: that is an `acronym` card), nor when the name *is* the title. A
`paper-title` card asks only for a title of `MAX_TITLE_WORDS` words or fewer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from srs.cards.context import EntryContext, OwnPaper, Slot
from srs.cards.giveaway import spelled_in_order
from srs.cards.wording import MASK
from srs.reading.phrases import name_pattern, squash
from srs.text import md_escape

if TYPE_CHECKING:
    from srs.cards.templates import KindTemplate

__all__ = ["MAX_TITLE_WORDS", "paper_name", "paper_title", "paper_values"]


def paper_values(ctx: EntryContext, paper: OwnPaper) -> dict[str, str]:
    masked = re.sub(name_pattern(paper.name), MASK, paper.title, flags=re.IGNORECASE)
    cited = f" ({paper.cited})" if paper.cited else ""
    return {
        "name": md_escape(paper.name),
        "name_hint": "",
        "paper_title": md_escape(paper.title),
        "masked_paper_title": md_escape(masked),
        "year": str(paper.year or ""),
        "authors": md_escape(paper.byline),
        "cited": md_escape(cited),
        "arxiv_id": md_escape(paper.arxiv_id),
        "abstract": md_escape(paper.abstract),
    }


def _slots(papers: list[OwnPaper], ctx: EntryContext) -> list[Slot]:
    return [
        Slot(paper_values(ctx, paper), key=paper.key, links=paper.links or None)
        for paper in papers
        if paper.has_title_cards()
    ]


#: the longest title a `paper-title` card asks for: a longer one is recalled word for
#: word or not at all (its `paper-name` card, title → name, still asks for the link)
MAX_TITLE_WORDS = 8


def paper_title(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    papers = [*ctx.own_papers, *ctx.known_as]
    short = [p for p in papers if len(p.title.split()) <= MAX_TITLE_WORDS]
    return _slots(short, ctx)


def paper_name(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    """Not for a paper whose title starts with a short name of its own that is not the
    list's (*Michelangelo: Long Context Evaluations …* is not known as MRCR)."""
    papers = [*ctx.own_papers, *ctx.known_as]
    # (nor for a title whose words spell the name in order: *A Simple Neural Attentive
    # Meta-Learner* gives away SNAIL)
    return _slots(
        [p for p in papers if not _named_otherwise(p) and not spelled_in_order(p.name, p.title)],
        ctx,
    )


def _named_otherwise(paper: OwnPaper) -> bool:
    head, colon, _ = paper.title.partition(":")
    return bool(colon) and len(head.split()) <= 2 and squash(head) != squash(paper.name)
