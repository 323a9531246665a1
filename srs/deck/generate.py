"""Turn reading-list entries into cards using the editable templates.

Which cards each kind makes is the kind's builder (`srs.deck.kinds`); this module
fills the templates, drops any card that would show its answer, and keeps
ids unique across the deck (a paper two entries name gets its cards once).
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Template

from srs.deck.cards import Card, reveals_answer
from srs.deck.facts import MASK, mask_title
from srs.deck.identity import card_id
from srs.deck.kinds import KINDS, EntryContext
from srs.deck.papers import Paper
from srs.deck.reading_list import Entry, ReadingList
from srs.deck.templates import CardTemplates

__all__ = ["MASK", "entry_cards", "mask_title", "template_cards"]


def template_cards(
    reading_list: ReadingList,
    templates: CardTemplates,
    papers: Mapping[str, Paper] | None = None,
) -> list[Card]:
    """Every entry's cards, in list order; `papers` is the cached arXiv metadata."""
    cards: list[Card] = []
    seen: set[str] = set()
    for section in reading_list.sections:
        for entry in section.entries:
            for card in entry_cards(reading_list.slug, section.name, entry, templates, papers):
                if card.id not in seen:
                    seen.add(card.id)
                    cards.append(card)
    return cards


def entry_cards(
    deck_slug: str,
    section: str,
    entry: Entry,
    templates: CardTemplates,
    papers: Mapping[str, Paper] | None = None,
) -> list[Card]:
    """The template cards of one entry, kind by kind in the registry's order."""
    ctx = EntryContext(deck_slug, section, entry, papers or {})
    cards: list[Card] = []
    for kind, template in templates.kinds().items():
        build = KINDS[kind].build
        assert build is not None  # templates only configure buildable kinds
        for slot in build(ctx, template):
            fields = ctx.values | slot.values

            def fill(text: str, fields: dict[str, str] = fields) -> str:
                return Template(text).safe_substitute(fields).strip()

            card = Card(
                id=card_id(deck_slug, slot.key or entry.key, kind, slot.concept),
                entry=entry.key,
                kind=kind,
                front=fill(template.front),
                back=fill(template.back),
                section=section,
                links=list(entry.links if slot.links is None else slot.links),
                origin="template",
                extra=fill(template.extra),
            )
            if not reveals_answer(card):
                cards.append(card)
    return cards
