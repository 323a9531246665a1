"""Turn reading-list entries into cards: the kinds' builders fill the editable
templates, then every card passes the quality gate (`srs.cards.gate`); what fails is
held back with its rule. Ids stay unique across the deck (a paper two entries name
gets its cards once)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from string import Template

from srs.cards.card import Card
from srs.cards.context import EntryContext
from srs.cards.gate import HeldBack, gate
from srs.cards.ids import card_id
from srs.cards.kinds import KINDS
from srs.cards.templates import CardTemplates
from srs.parallel import ordered_map
from srs.reading.model import Entry, ReadingList
from srs.reading.paper import Paper

__all__ = ["Generated", "entry_cards", "raw_entry_cards", "template_cards"]


@dataclass
class Generated:
    """A deck's template cards: the ones that passed the gate, and the ones held back."""

    cards: list[Card] = field(default_factory=list)
    held: list[HeldBack] = field(default_factory=list)


def template_cards(
    reading_list: ReadingList,
    templates: CardTemplates,
    papers: Mapping[str, Paper] | None = None,
) -> Generated:
    """Every entry's cards, in list order; `papers` is the arXiv metadata at hand."""
    out = Generated()
    seen: set[str] = set()
    listed = [
        (section.name, entry) for section in reading_list.sections for entry in section.entries
    ]

    def cards_of(listed_entry: tuple[str, Entry]) -> tuple[list[Card], list[HeldBack]]:
        section, entry = listed_entry
        return entry_cards(reading_list.slug, section, entry, templates, papers)

    for kept, held in ordered_map(cards_of, listed):
        for card in kept:
            if card.id not in seen:
                seen.add(card.id)
                out.cards.append(card)
        out.held.extend(item for item in held if item.card.id not in seen)
    return out


def raw_entry_cards(
    deck_slug: str,
    section: str,
    entry: Entry,
    templates: CardTemplates,
    papers: Mapping[str, Paper] | None = None,
) -> list[Card]:
    """The template cards of one entry before the gate, kind by kind in the registry's
    order."""
    ctx = EntryContext(deck_slug, section, entry, papers or {})
    cards: list[Card] = []
    for kind, template in templates.kinds().items():
        build = KINDS[kind].build
        assert build is not None  # templates only configure buildable kinds
        for slot in build(ctx, template):
            fields = ctx.values | slot.values

            def fill(text: str, fields: dict[str, str] = fields) -> str:
                return Template(text).safe_substitute(fields).strip()

            cards.append(
                Card(
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
            )
    return cards


def entry_cards(
    deck_slug: str,
    section: str,
    entry: Entry,
    templates: CardTemplates,
    papers: Mapping[str, Paper] | None = None,
) -> tuple[list[Card], list[HeldBack]]:
    """The template cards of one entry that pass the gate, and those held back."""
    return gate(raw_entry_cards(deck_slug, section, entry, templates, papers), entry)
