"""Card ids: what a card asks about, never its wording or its position.

`<deck slug>|<entry key>|<kind>`, plus `|<slug>` for a kind that makes several cards
of one entry (a cloze's concept, an acronym, what a paper introduced); paper kinds
use the paper's key (`arxiv:<id>`) instead of the entry's, so they survive any
rewording or moving of the entry that names the paper. Entry keys: see
`srs.reading.keys`.
"""

from __future__ import annotations

from srs.reading.model import Mention
from srs.text import slugify

__all__ = ["card_id", "mention_key"]


_CONCEPT_WORDS = 8  # a concept's slug keeps its first words: ids stay short


def card_id(deck_slug: str, entry_key: str, kind: str, concept: str | None = None) -> str:
    parts = [deck_slug, entry_key, kind]
    if concept is not None:
        parts.append("-".join(slugify(concept).split("-")[:_CONCEPT_WORDS]))
    return "|".join(parts)


def mention_key(mention: Mention, own_papers: list[str]) -> str:
    """The key of a work an entry names with its citation: its paper's, when the bracket
    links one the entry does not take for its own, else its name's."""
    if mention.paper and mention.paper not in own_papers:
        return f"arxiv:{mention.paper}"
    return f"title:{slugify(mention.name)}"
