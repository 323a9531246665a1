"""Which paragraphs of a reading list are entries: a glossary's `**Term**: definition`, a
blog's paragraph led by a bold lead-in about a paper, and — in a post written mostly as
lists — a paragraph led by a paper's bold name and its arXiv link."""

from __future__ import annotations

import re

from markdown_it.token import Token

from srs.reading.markdown import Run, runs
from srs.reading.navigation import is_logistics
from srs.reading.remarks import LABEL_WORDS
from srs.reading.urls import arxiv_id

__all__ = [
    "LABEL",
    "MIN_TERMS",
    "entry_paragraph",
    "paper_paragraph",
    "term_items",
    "term_paragraphs",
]

#: a syllabus's labels over its readings (`Required readings:`, `**Optional**`)
LABEL = re.compile(
    r"^\W*(?:(?:(?:required|optional|recommended|further|additional|supplementary|background|"
    r"core|extra|more|suggested)\s+)?(?:readings?|papers?|materials?|resources?)|"
    # (alone, only the words that say how to read: `**Core**` is a glossary's term)
    r"required|optional|recommended|supplementary|suggested|background|further)?\s*"
    r"(?:\([^)]*\))?\s*:?\W*$",
    re.IGNORECASE,
)


MIN_TERMS = 3
_TERM_AFTER = re.compile(r"^\s*(?:[:—–-]|\([^()]{1,80}\)\s*[:—–-])")


def _is_term(parts: list[Run]) -> bool:
    """`**BM25** (Best Matching 25): …`, `**BEIR** — …`, `**Recall@k:** …`: a paragraph
    that opens with a short bold term and then defines it."""
    parts = [run for run in parts if run.text.strip() or run.link is not None]
    if not parts or not parts[0].bold or parts[0].link is not None:
        return False
    term = parts[0].text.strip()
    if not term or len(term.split()) > 8 or LABEL.match(term) or is_logistics(term):
        return False  # `**Required readings:**`, `**Instructor:** …`: a syllabus's labels
    if term.strip(" :.").casefold() in LABEL_WORDS:
        return False  # `**Note:** the set of CE is a polytope`: a remark, not a term
    after = "".join(run.text for run in parts[1:])
    if len(after.split()) < 3 or "\n" in after:
        return False  # a label over what follows, or a block of `**Key:** value` lines
    return term.endswith(":") or bool(_TERM_AFTER.match(after))


def _is_lead(parts: list[Run]) -> bool:
    """`**⭐ If you read one paper, make it ReAct.** [ReAct: …](arXiv) by Yao et al. …`: a
    blog's paragraph that opens with a bold lead-in and goes on about a paper (a link, or
    a sentence or two), written as prose rather than as a list item."""
    parts = [run for run in parts if run.text.strip() or run.link is not None]
    if not parts or not parts[0].bold or parts[0].link is not None:
        return False
    lead = parts[0].text.strip()
    if not lead or len(lead.split()) > 20 or LABEL.match(lead) or is_logistics(lead):
        return False
    rest = parts[1:]
    words = sum(len(run.text.split()) for run in rest)
    return any(run.link is not None for run in rest) or words >= 12


_PAPER_PARAGRAPH_BOLD_WITHIN = 12  # words before the bold name: `Khandelwal et al.'s **kNN-LM**`


def paper_paragraph(parts: list[Run]) -> int | None:
    """`**FlashAttention** (Dao et al., NeurIPS 2022 — [arXiv:2205.14135](…)) is exact
    attention …`: a paragraph of a post written mostly as lists that is about one paper —
    a bold name near its start, then an arXiv link — rather than commentary. The index
    of the run of its bold name, or None."""
    words = 0
    bold_at: int | None = None
    for at, run in enumerate(parts):
        if run.link is not None:
            if run.bold or bold_at is None:
                return None  # `**[Title](link)**`: a list of links written as prose
            # the name's first link is its paper (`**ComfyUI** ([our interview](…)). […]
            # ([arXiv](…))`: a remark, then something else's paper)
            return bold_at if arxiv_id(run.link.url) else None
        elif run.bold and run.text.strip() and bold_at is None:
            name = run.text.strip()
            opens = at == 0 or not "".join(r.text for r in parts[:at]).strip()
            if opens and name.endswith((".", ":")) and len(name.split()) <= 8:
                # `**Where to go after this.** If you made it here, read the recent survey
                # **Learning-based legged locomotion: …** (…) — [arXiv](…)` (r157 blog,
                # named "Where to go after this"): a label, then the paper
                words = 0
                continue
            # (a paper's whole title may be long: `**Learning-based legged locomotion: State of
            # the art and future perspectives**`)
            longest = 15 if re.search(r"\w: \w", name) else 6
            if (
                words > _PAPER_PARAGRAPH_BOLD_WITHIN
                or len(name.split()) > longest
                or LABEL.match(name)
            ):
                return None
            bold_at = at
        words += len(run.text.split())
    return None


def entry_paragraph(parts: list[Run]) -> bool:
    return _is_term(parts) or _is_lead(parts)


def term_paragraphs(tokens: list[Token]) -> int:
    return sum(
        1
        for i, token in enumerate(tokens)
        if token.type == "paragraph_open"
        and token.level == 0
        and entry_paragraph(runs(tokens[i + 1]))
    )


def term_items(tokens: list[Token]) -> int:
    """The top-level list items that open as a glossary's term (`- **Moho**: the crust–mantle
    boundary …`): a glossary that writes some sections as bullets."""
    return sum(
        1
        for i, token in enumerate(tokens)
        if token.type == "list_item_open"
        and token.level == 1
        and i + 2 < len(tokens)
        and tokens[i + 1].type == "paragraph_open"
        and _is_term(runs(tokens[i + 2]))
    )
