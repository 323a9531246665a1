"""The one mapping between a `cards` row and a card: the views the engine hands out, and
the columns a deck's cards are written to.

Rows are read by column name (`sqlite3.Row`), from the column lists here, and
written from a deck's cards by `CONTENT` and `content_values`: adding a field is an
edit to the table (a migration) and to this module. FSRS states are `fsrs.State`;
a new card has none (NULL).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from fsrs import State

from srs.cards.card import Card
from srs.cards.cloze_kind import is_cloze_kind
from srs.clock import from_ms
from srs.reading.model import Link

__all__ = [
    "CONTENT",
    "EXPORT_COLUMNS",
    "FLAG_COLUMN",
    "PROGRESS_COLUMNS",
    "SCHEDULE",
    "STATUS_COLUMN",
    "VIEW_COLUMNS",
    "CardView",
    "ExportRow",
    "ProgressRow",
    "card_view",
    "content_values",
    "export_row",
    "links_of",
    "progress_row",
    "state_name",
]

#: the columns a `CardView` is built from
VIEW_COLUMNS = (
    "id",
    "entry",
    "kind",
    "front",
    "back",
    "section",
    "links",
    "origin",
    "tags",
    "extra",
    "position",
    "state",
    "step",
    "stability",
    "difficulty",
    "due",
    "last_review",
    "suspended",
    "buried_until",
    "retired_at",
    "changed_at",
    "leech",
    "new_order",
    "deck",
)
#: the reason a card is flagged now (NULL: not flagged), read beside `VIEW_COLUMNS`
FLAG_COLUMN = (
    "(SELECT reason FROM card_flags WHERE card_flags.card_id = cards.id "
    "AND cleared_at IS NULL) AS flag"
)
#: the reading status of the card's entry (srs.store.reading_status; NULL: unread), read
#: beside the columns of a `ProgressRow`
STATUS_COLUMN = (
    "(SELECT status FROM entry_status WHERE entry_status.deck = cards.deck "
    "AND entry_status.entry = cards.entry) AS entry_status"
)
#: a card's schedule: what a review changes and an undo restores
SCHEDULE = ("state", "step", "stability", "difficulty", "due", "last_review", "buried_until")
#: the columns a deck file sets, by name: the one list deck loading's INSERT and UPDATE
#: come from
CONTENT = (
    "entry",
    "kind",
    "front",
    "back",
    "section",
    "links",
    "origin",
    "hash",
    "tags",
    "extra",
    "position",
    "new_order",
)


def content_values(card: Card, digest: str, position: int, new_order: int) -> tuple[Any, ...]:
    """The values of `CONTENT` for a card, in that order."""
    values = {
        "entry": card.entry,
        "kind": card.kind,
        "front": card.front,
        "back": card.back,
        "section": card.section,
        "links": json.dumps([[link.text, link.url] for link in card.links], ensure_ascii=False),
        "origin": card.origin,
        "hash": digest,
        "tags": json.dumps(card.tags, ensure_ascii=False),
        "extra": card.extra,
        "position": position,
        "new_order": new_order,
    }
    return tuple(values[column] for column in CONTENT)


_NAMES = {State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}


def state_name(state: int | None) -> str:
    """`new` for a card never reviewed, else the FSRS state's name."""
    return "new" if state is None else _NAMES[State(state)]


@dataclass(frozen=True)
class CardView:
    id: str
    entry: str
    kind: str
    front: str
    back: str
    section: str
    links: list[Link]
    origin: str
    tags: list[str]
    position: int
    state: str
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime | None
    last_review: datetime | None
    suspended: bool
    buried_until: datetime | None
    retired: bool
    changed_at: datetime
    extra: str = ""
    leech: bool = False
    #: the reason the card is flagged (srs.store.flags), or None
    flag: str | None = None
    deck: str = ""  # the deck's slug

    @property
    def primary_url(self) -> str | None:
        return self.links[0].url if self.links else None

    @property
    def is_cloze(self) -> bool:
        return is_cloze_kind(self.kind)


class ProgressRow(NamedTuple):
    """What a card's progress in Anki is read from, for an export and for a sync alike."""

    id: str
    #: the SCHEDULE columns (state, due, ...) by name
    schedule: dict[str, Any]
    #: suspended or retired (a retired card stays suspended in Anki)
    held: bool
    #: its place among new cards
    new_order: int
    #: its entry's reading status (unread, reading, read, skipped, known)
    status: str = "unread"


#: the columns a `ProgressRow` is read from
PROGRESS_COLUMNS = ("id", *SCHEDULE, "suspended", "retired_at", "new_order", STATUS_COLUMN)


def progress_row(row: sqlite3.Row) -> ProgressRow:
    return ProgressRow(
        row["id"],
        {key: row[key] for key in SCHEDULE},
        bool(row["suspended"]) or row["retired_at"] is not None,
        row["new_order"],
        row["entry_status"] or "unread",
    )


class ExportRow(NamedTuple):
    """What an export needs of a card: the content and, for a package with scheduling,
    its progress (lighter than a view)."""

    id: str
    kind: str
    front: str
    back: str
    section: str
    links: tuple[Link, ...]
    origin: str
    tags: tuple[str, ...]
    retired: bool
    changed_ms: int
    progress: ProgressRow
    extra: str = ""
    leech: bool = False
    #: the reason the card is flagged, or None
    flag: str | None = None


@lru_cache(maxsize=8192)  # the cards of one entry share their links
def links_of(raw: str) -> tuple[Link, ...]:
    return tuple(Link(text, url) for text, url in json.loads(raw))


def _tags(raw: str) -> list[str]:
    return json.loads(raw) if raw != "[]" else []


def card_view(row: sqlite3.Row | tuple[Any, ...]) -> CardView:
    """A card's view from a row of `VIEW_COLUMNS` then `FLAG_COLUMN`, read by position
    (a name looks its column up among all of them)."""
    (
        card_id,
        entry,
        kind,
        front,
        back,
        section,
        links,
        origin,
        tags,
        extra,
        position,
        state,
        step,
        stability,
        difficulty,
        due,
        last_review,
        suspended,
        buried_until,
        retired_at,
        changed_at,
        leech,
        _new_order,
        deck,
        flag,
    ) = row[:_VIEW_WIDTH]
    return CardView(
        id=card_id,
        entry=entry,
        kind=kind,
        front=front,
        back=back,
        section=section,
        links=list(links_of(links)),
        origin=origin,
        tags=_tags(tags),
        position=position,
        state=state_name(state),
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=None if due is None else from_ms(due),
        last_review=None if last_review is None else from_ms(last_review),
        suspended=bool(suspended),
        buried_until=None if buried_until is None else from_ms(buried_until),
        retired=retired_at is not None,
        changed_at=from_ms(changed_at),
        extra=extra,
        leech=bool(leech),
        flag=flag,
        deck=deck,
    )


_VIEW_WIDTH = len(VIEW_COLUMNS) + 1  # and the flag


#: the columns an `ExportRow` is read from, in this order (`export_row`): the view's,
#: then `FLAG_COLUMN`'s and `STATUS_COLUMN`'s
EXPORT_COLUMNS = (*VIEW_COLUMNS, "flag", "entry_status")
_AT = {name: index for index, name in enumerate(EXPORT_COLUMNS)}
_SCHEDULE_AT = tuple(_AT[key] for key in SCHEDULE)
_schedule_of = itemgetter(*_SCHEDULE_AT)
(_ID, _KIND, _FRONT, _BACK, _SECTION, _LINKS, _ORIGIN, _TAGS, _EXTRA, _SUSPENDED, _RETIRED,
 _CHANGED, _LEECH, _NEW_ORDER, _FLAG, _STATUS) = (
    _AT[name]
    for name in (
        "id", "kind", "front", "back", "section", "links", "origin", "tags", "extra",
        "suspended", "retired_at", "changed_at", "leech", "new_order", "flag", "entry_status",
    )
)  # fmt: skip


def export_row(row: tuple[Any, ...]) -> ExportRow:
    """An export's card from a plain row of `EXPORT_COLUMNS` (by position: an export
    reads every card of the deck)."""
    card_id = row[_ID]
    retired = row[_RETIRED] is not None
    progress = ProgressRow(
        card_id,
        dict(zip(SCHEDULE, _schedule_of(row), strict=True)),
        bool(row[_SUSPENDED]) or retired,
        row[_NEW_ORDER],
        row[_STATUS] or "unread",
    )
    return ExportRow(
        card_id,
        row[_KIND],
        row[_FRONT],
        row[_BACK],
        row[_SECTION],
        links_of(row[_LINKS]),
        row[_ORIGIN],
        tuple(_tags(row[_TAGS])),
        retired,
        row[_CHANGED],
        progress,
        row[_EXTRA],
        bool(row[_LEECH]),
        row[_FLAG],
    )
