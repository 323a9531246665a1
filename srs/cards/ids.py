"""Card ids: what a card asks about, never its wording or its position.

`<deck slug>|<entry key>|<kind>`, plus `|<slug>` for a kind that makes several cards
of one entry (a cloze's concept, an acronym, what a paper introduced); paper kinds
use the paper's key (`arxiv:<id>`) instead of the entry's, so they survive any
rewording or moving of the entry that names the paper. Entry keys: see
`srs.reading.keys`.
"""

from __future__ import annotations

from srs.text import slugify

__all__ = ["card_id"]


_CONCEPT_WORDS = 8  # a concept's slug keeps its first words: ids stay short


def card_id(deck_slug: str, entry_key: str, kind: str, concept: str | None = None) -> str:
    parts = [deck_slug, entry_key, kind]
    if concept is not None:
        parts.append("-".join(slugify(concept).split("-")[:_CONCEPT_WORDS]))
    return "|".join(parts)
