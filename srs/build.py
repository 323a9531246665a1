"""Regenerate a deck from its reading list and report what changed, card by card."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srs.cards.card import Card
from srs.cards.from_templates import template_cards
from srs.cards.gate import HeldBack
from srs.cards.templates import load_templates, templates_path
from srs.deck.current import current_slug, set_current_slug
from srs.deck.deckfile import DeckEntry, DeckFile, deck_path, load_deck, save_deck
from srs.deck.papers import paper_facts
from srs.deck.renames import renamed_to
from srs.errors import BadInput
from srs.locations import Locations, bundled_dir
from srs.reading.document import is_piped, parse_file
from srs.reading.model import ReadingList

if TYPE_CHECKING:
    from srs.llm.from_model import LlmReport, LlmRun

__all__ = [
    "BUNDLED_LIST",
    "PIPED_SOURCE",
    "BuildReport",
    "Retiring",
    "build",
    "build_and_load",
    "deck_source",
    "merge_cards",
    "resolve_source",
    "source_label",
]

BUNDLED_LIST = "ai-engineering-2025.md"


_BUNDLED_PREFIX = "bundled:"
#: the source of a deck whose list came from a pipe or standard input: none to read again
PIPED_SOURCE = "-"


@dataclass(frozen=True)
class Retiring:
    """A build that would retire more than half of a deck's cards (see `build`)."""

    deck: str
    #: the ids of the cards it would retire
    retiring: list[str]
    #: the cards the deck has now
    cards: int


@dataclass
class BuildReport:
    deck: str
    title: str
    sections: int
    entries: int
    cards: int
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    kept: list[str] = field(default_factory=list)
    #: generated cards the quality gate held back: (card id, rule)
    held_back: list[tuple[str, str]] = field(default_factory=list)
    written: bool = False
    path: str = ""
    llm: LlmReport | None = None
    #: flagged cards whose text this build changed: their flags are cleared (the caller
    #: fills it in from the database, which this module does not read)
    unflagged: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "deck": self.deck,
            "sections": self.sections,
            "entries": self.entries,
            "cards": self.cards,
            "added": self.added,
            "changed": self.changed,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "kept": self.kept,
            "held_back": [{"id": cid, "rule": rule} for cid, rule in self.held_back],
            "unflagged": self.unflagged,
            "written": self.written,
            **({"llm": self.llm.to_json()} if self.llm is not None else {}),
        }


def source_label(path: Path) -> str:
    """How a list's location is remembered: bundled lists survive reinstalls; a pipe is
    not remembered (`PIPED_SOURCE`)."""
    if is_piped(path):
        return PIPED_SOURCE
    try:
        bundled = bundled_dir("decks")
        if path.resolve().parent == bundled.resolve():
            return _BUNDLED_PREFIX + path.name
    except FileNotFoundError:
        pass
    return str(path.resolve())


def resolve_source(label: str) -> Path:
    if label.startswith(_BUNDLED_PREFIX):
        return bundled_dir("decks") / label.removeprefix(_BUNDLED_PREFIX)
    return Path(label)


def _current_deck(home: Path) -> DeckFile | None:
    slug = current_slug(home)
    if not slug or not deck_path(home, slug).exists():
        return None
    return load_deck(deck_path(home, slug))


def default_source(home: Path, current: DeckFile | None = None) -> Path:
    """The current deck's list, else the bundled one."""
    current = current or _current_deck(home)
    if current is not None and current.source:
        return _deck_list(current)
    return bundled_dir("decks") / BUNDLED_LIST


def _deck_list(deck: DeckFile) -> Path:
    if deck.source == PIPED_SOURCE:
        raise BadInput(
            f"deck {deck.slug!r} was built from a pipe or standard input: give its list "
            f"again (`srs build FILE`, or `… | srs build - --deck {deck.slug}`)"
        )
    return resolve_source(deck.source)


def deck_source(home: Path, slug: str | None = None) -> Path:
    """The reading list of deck `slug` in data directory `home` (default: the current deck,
    else the bundled list)."""
    if slug is None:
        return default_source(home)
    path = deck_path(home, slug)
    deck = load_deck(path)
    if not deck.source:
        raise BadInput(f"{path}: the deck names no reading list (deck.source)")
    return _deck_list(deck)


def merge_cards(generated: list[Card], old: list[Card]) -> tuple[list[Card], list[str]]:
    """Generated cards, with the user's manual, locked and hand-edited cards kept as they are.

    Returns the merged cards and the ids that were kept from the old file. A card
    edited by hand comes back locked (a copy: `old` is not changed).
    """
    keep: dict[str, Card] = {}
    for card in old:
        digest = card.content_hash()
        edited = card.hash != digest
        if card.origin == "manual" or card.locked or edited:
            keep[card.id] = replace(card, locked=True, hash=digest) if edited else card
    merged = [keep.pop(card.id, card) for card in generated]
    merged.extend(keep.values())
    kept = [card.id for card in merged if card.origin == "manual" or card.locked]
    return merged, kept


def _held_after_model(
    templates: list[HeldBack], model: list[HeldBack], cards: list[Card]
) -> list[HeldBack]:
    """Held-back cards after a model run: the model's, and the templates' whose slot the
    model did not fill with a card that passed."""
    shown = {card.id for card in cards}
    out = [item for item in model if item.card.id not in shown]
    taken = {item.card.id for item in out}
    out += [item for item in templates if item.card.id not in shown and item.card.id not in taken]
    return out


def _diff(before: dict[str, str], new: list[Card], report: BuildReport) -> None:
    after = {card.id: card.hash for card in new}
    report.added = [cid for cid in after if cid not in before]
    report.removed = [cid for cid in before if cid not in after]
    report.changed = [cid for cid, h in after.items() if cid in before and before[cid] != h]
    report.unchanged = sum(1 for cid, h in after.items() if before.get(cid) == h)


def _same_list(existing: DeckFile, path: Path, target: Path) -> None:
    """Refuse a second list whose file name (hence slug) is another list's deck.

    Two `README.md`s would otherwise retire each other's cards on every build.
    A list that moved (its old file is gone) keeps its deck.
    """
    if existing.source in ("", PIPED_SOURCE, source_label(path)):
        return
    old = resolve_source(existing.source)
    name = "standard input" if str(path) == "-" else str(path)
    if old.exists():
        raise BadInput(
            f"{name}: its deck slug {existing.slug!r} is already the deck of {old} "
            f"({target}); give this list a slug of its own with `slug: my-name` in its "
            "front matter, or rename the file"
        )


#: allocations between two passes of the cycle collector during a build (Python's: 700)
BUILD_GC_THRESHOLD = 100_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """A build makes millions of short-lived objects (Markdown tokens, runs, claims,
    cards) that reference counting frees; the cycle collector's default pass every 700
    allocations walked the growing heap again and again, a quarter of a large list's
    build. One pass every `BUILD_GC_THRESHOLD` allocations meanwhile, then as before."""
    before = gc.get_threshold()
    gc.set_threshold(BUILD_GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def build(
    source: Path | None = None,
    *,
    home: Path,
    dry_run: bool = False,
    templates_file: Path | None = None,
    llm: LlmRun | None = None,
    slug: str | None = None,
    confirm_retire: Callable[[Retiring], None] | None = None,
) -> tuple[BuildReport, ReadingList, DeckFile]:
    """Parse the list, generate cards, merge with the deck file in data directory `home`
    and (unless dry) write it.

    With `llm`, each entry's cards come from the model where it gives valid ones.
    `slug`: the deck to build, whatever slug the list gives (without `source`: that
    deck's own list). `confirm_retire` is called before a build that would retire more
    than half of an existing deck's cards is written; it raises to refuse.
    """
    with fewer_collections():
        return _build(source, home, dry_run, templates_file, llm, slug, confirm_retire)


def _build(
    source: Path | None,
    home: Path,
    dry_run: bool,
    templates_file: Path | None,
    llm: LlmRun | None,
    slug: str | None,
    confirm_retire: Callable[[Retiring], None] | None,
) -> tuple[BuildReport, ReadingList, DeckFile]:
    current = None
    if source is None:
        current = _current_deck(home) if slug is None else load_deck(deck_path(home, slug))
    path = source if source is not None else default_source(home, current)
    reading_list = parse_file(path, deck=slug)
    name = reading_list.slug  # the deck's slug; reading_list.slug: its card ids'
    if slug is None and not deck_path(home, name).exists():
        name = renamed_to(home, name) or name  # `srs decks rename`: the list's new deck
    target = deck_path(home, name)
    existing: DeckFile | None = None
    if current is not None and current.slug == name:
        existing = current  # already read to find the list
    elif target.exists():
        existing = load_deck(target)
        if slug is None:  # a deck named on the command line is the user's choice
            _same_list(existing, path, target)
    if existing is not None and existing.id_slug != reading_list.slug:
        reading_list = replace(reading_list, slug=existing.id_slug)  # a renamed deck
    templates = load_templates(templates_file or templates_path(home))
    papers = paper_facts(home)  # bundled facts and what `srs papers` cached; never online
    made = template_cards(reading_list, templates, papers)
    generated, held = made.cards, made.held
    llm_report = None
    if llm is not None:
        from srs.llm.cache import ReplyCache
        from srs.llm.from_model import llm_cards

        by_entry: dict[str, list[Card]] = {}
        for card in generated:
            by_entry.setdefault(card.entry, []).append(card)
        model, llm_report = llm_cards(
            reading_list,
            by_entry,
            run=llm,
            cache=ReplyCache(Locations(home).llm_cache),
            dry_run=dry_run,
            papers=papers,
        )
        if not dry_run:
            generated = model.cards
            held = _held_after_model(held, model.held, generated)
    old_cards = existing.cards if existing is not None else []
    ids = [card.id for card in generated]
    if len(ids) != len(set(ids)):  # pragma: no cover - guarded by identity tests
        raise BadInput(f"{path}: two cards share an id; please report this list")
    before = {card.id: card.hash for card in old_cards}
    merged, kept = merge_cards(generated, old_cards)
    shown = {card.id for card in merged}
    held = [item for item in held if item.card.id not in shown]  # locked by hand: kept
    deck = DeckFile(
        title=reading_list.title,
        slug=name,
        ids=reading_list.slug if reading_list.slug != name else "",
        source=source_label(path),
        date=reading_list.date,
        sections=[section.name for section in reading_list.sections],
        cards=merged,
        held_back=held,
        entries=[
            DeckEntry(
                key=entry.key,
                title=entry.title,
                section=section.name,
                links=tuple(entry.links),
                papers=tuple(entry.papers),
            )
            for section in reading_list.sections
            for entry in section.entries
        ],
    )
    report = BuildReport(
        deck=name,
        title=reading_list.title,
        sections=len(reading_list.sections),
        entries=len(reading_list.entries),
        cards=len(merged),
        kept=kept,
        held_back=[(item.card.id, item.rule) for item in held],
        path=str(target),
        llm=llm_report,
    )
    _diff(before, merged, report)
    if not dry_run and confirm_retire is not None and len(report.removed) * 2 > len(old_cards):
        confirm_retire(Retiring(name, report.removed, len(old_cards)))
    if not dry_run:
        save_deck(deck, target)
        set_current_slug(home, deck.slug)
        report.written = True
    return report, reading_list, deck


def build_and_load(
    source: Path | None = None,
    *,
    home: Path,
    dry_run: bool = False,
    llm: LlmRun | None = None,
    slug: str | None = None,
    confirm_retire: Callable[[Retiring], None] | None = None,
) -> tuple[BuildReport, ReadingList]:
    """`srs build`: build the deck file, then load what was written into the database so
    the next review sees it at once (a flag on a card whose text changed is cleared)."""
    report, reading_list, _ = build(
        source, home=home, dry_run=dry_run, llm=llm, slug=slug, confirm_retire=confirm_retire
    )
    if report.written:
        from srs.store.engine import load_deck_file

        loaded = load_deck_file(report.deck, home=home)
        report.unflagged = loaded.unflagged if loaded is not None else []
    elif report.changed:  # a dry run: the flags a build would clear
        from srs.store.flags import standing_flags

        report.unflagged = list(standing_flags(home, report.changed))
    return report, reading_list
