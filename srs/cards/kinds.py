"""The card kinds: one registry of what each kind is and how it is built.

Each kind has a name (stored on the card and used in its id), the placeholders
its templates may use, whether it is a cloze, and a builder that picks the
kind's cards for an entry ("slots") with the values for the template. Adding a
kind is one entry here, one builder module, and one block in the template file.
Ids: see `srs.cards.ids`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from srs.cards import about, acronym, attribution, claim, cloze, introduced, paper_cards, term
from srs.cards.cloze_kind import CLOZE_KINDS, is_cloze_kind
from srs.cards.context import EntryContext, Slot

if TYPE_CHECKING:
    from srs.cards.templates import KindTemplate

__all__ = ["KINDS", "Kind", "buildable_kinds", "is_cloze_kind"]

_BASE = frozenset({"section", "title", "name", "papers", "papers_line", "related_line"})
_PAPER = _BASE | {
    "name_hint",
    "paper_title",
    "masked_paper_title",
    "year",
    "authors",
    "cited",
    "arxiv_id",
    "abstract",
}

Builder = Callable[[EntryContext, "KindTemplate"], list[Slot]]


@dataclass(frozen=True)
class Kind:
    name: str
    placeholders: frozenset[str]
    cloze: bool = False
    #: how template cards of this kind are made; None for hand- or model-made kinds
    build: Builder | None = None
    #: a model may write this kind's cards in place of the template's (`srs build --llm`)
    model_writes: bool = False


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind(
            "gist",
            _BASE | {"ask", "fact", "definition", "description"},
            build=about.gist,
            model_writes=True,
        ),
        Kind(
            "reverse",
            _BASE | {"clue", "masked_fact", "masked_description"},
            build=about.reverse,
            model_writes=True,
        ),
        Kind(
            "cloze",
            _BASE | {"concept", "cloze_sentence", "cloze_claim", "title_hint"},
            cloze=True,
            build=cloze.cloze,
            model_writes=True,
        ),
        Kind("finding", _BASE | {"ask", "finding", "description"}, build=about.finding),
        Kind("term", _BASE | {"term", "sep", "ask", "answer"}, build=term.term),
        Kind("claim", _BASE | {"subject", "verb", "answer"}, build=claim.claim),
        Kind("paper-title", _PAPER, build=paper_cards.paper_title),
        Kind("paper-name", _PAPER, build=paper_cards.paper_name),
        Kind(
            "acronym",
            _BASE | {"acronym", "expansion", "acronym_context", "acronym_where"},
            build=acronym.acronym,
        ),
        Kind(
            "introduced",
            _BASE | {"introduced", "introducer", "did"},
            build=introduced.introduced,
        ),
        Kind(
            "attribution",
            _BASE | {"ask", "who", "when", "made_by", "and_when"},
            build=attribution.attribution,
        ),
        Kind("basic", frozenset()),  # cards written by hand
    )
}


def buildable_kinds() -> list[str]:
    """The kinds a template file can configure, in the order an entry's cards come."""
    return [name for name, kind in KINDS.items() if kind.build is not None]


if {name for name, kind in KINDS.items() if kind.cloze} != CLOZE_KINDS:  # pragma: no cover
    raise RuntimeError("srs.cards.cloze_kind.CLOZE_KINDS disagrees with the registry")
