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
from srs.cards.giveaway import shows_name
from srs.cards.wording import MASK
from srs.reading.acronyms import spelled_by
from srs.reading.phrases import is_name, name_pattern, squash
from srs.text import md_escape

if TYPE_CHECKING:
    from srs.cards.templates import KindTemplate

__all__ = ["MAX_TITLE_WORDS", "paper_name", "paper_title", "paper_values"]


def _asks(paper: OwnPaper) -> bool:
    """A title that neither holds the name, nor a word of it, nor spells it; and a name
    (not `Inverse-square-root with warmup`, a table row named for what its paper brought:
    *Attention Is All You Need* is not known by that)."""
    if not paper.title or not paper.name or squash(paper.title) in squash(paper.name):
        return False
    if len(paper.name.split()) > 1 and not is_name(paper.name):
        return False
    if paper.named_in_title() or spelled_by(paper.name, paper.title):
        return False
    # `Emergence` and *Emergent Abilities of …*, `ResNet` and *Deep Residual Learning*
    return not shows_name(paper.name, paper.title) and not _prefix_shown(paper.name, paper.title)


def _prefix_shown(name: str, title: str) -> bool:
    """`ResNet` in *Deep Residual Learning …*: a camel-cased name whose first part starts a
    word of the title."""
    parts = re.findall(r"[A-Z][a-z]+", name)
    words = re.findall(r"[^\W\d_]+", title.casefold())
    return (
        bool(parts) and len(parts[0]) >= 3 and any(w.startswith(parts[0].casefold()) for w in words)
    )


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
        if _asks(paper)
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
    return _slots([p for p in papers if not _named_otherwise(p)], ctx)


def _named_otherwise(paper: OwnPaper) -> bool:
    head, colon, _ = paper.title.partition(":")
    return bool(colon) and len(head.split()) <= 2 and squash(head) != squash(paper.name)
