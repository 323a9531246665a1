"""Anki export: `.apkg` decks that import cleanly and update in place.

* Note types have hard-coded ids and frozen field lists: changing either makes
  Anki skip updates ("note type has changed"), so they never change.
* A note's GUID derives from the card id: the same card is the same Anki note
  in every export, forever.
* A note's modification time is when its content last changed in srs, not the
  export time: Anki updates a note only when the incoming one is newer, so an
  unchanged note never overwrites an edit made inside Anki.
* Retired cards are exported too, tagged `srs::retired` (an import cannot
  delete notes; users find and suspend or delete them in Anki).
* Flagged cards (srs.store.flags) are tagged `srs::flagged::<reason>`; flagging
  stamps the card's change time, so a re-import takes the tag.
* Each note is tagged with its entry's reading status (srs.store.reading_status):
  `srs::unread`, `srs::reading`, `srs::read`, `srs::skipped` or `srs::known`;
  marking an entry stamps its cards' change time. With scheduling, the new cards srs
  keeps back for their entry's status (skipped; with new_cards = "read", not read
  yet) are suspended.
* With scheduling (the default), each card carries its schedule, its FSRS memory
  state and its review log (srs.anki.schedule), so an import with "Import any
  learning progress" continues where srs stands. Anki takes progress only for cards
  new to the collection and adds a review only once (by its id): re-importing never
  duplicates reviews.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sqlite3
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import genanki
from tqdm import tqdm

from srs.anki.field_html import field_html, links_html, text_html
from srs.anki.schedule import AnkiCardColumns, AnkiDays, progress_columns
from srs.cards.cloze_kind import is_cloze_kind
from srs.clock import to_ms
from srs.store.engine import Engine, ExportRow
from srs.text import slugify

__all__ = [
    "BASIC_FIELDS",
    "BASIC_MODEL_ID",
    "CLOZE_FIELDS",
    "CLOZE_MODEL_ID",
    "ExportReport",
    "NoteContent",
    "card_ords",
    "deck_id",
    "export_deck",
    "note_content",
    "note_for",
    "note_guid",
    "note_type_id",
    "section_decks",
]

BASIC_MODEL_ID = 1_731_946_201
CLOZE_MODEL_ID = 1_731_946_202
BASIC_FIELDS = ("Front", "Back", "Section", "Links", "Source")
CLOZE_FIELDS = ("Text", "Back Extra", "Section", "Links", "Source")

CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: left;
  color: #1d1d1f;
  background-color: #fdfdfd;
  max-width: 42em;
  margin: 0 auto;
  padding: 0 0.5em;
}
hr#answer { border: none; border-top: 1px solid #d0d0d5; margin: 1em 0; }
.meta { margin-top: 1.2em; font-size: 0.75em; color: #6e6e73; }
.meta a { color: #0a5bd3; text-decoration: none; }
.source { margin-top: 0.4em; font-size: 0.65em; color: #a1a1a6; }
.cloze { font-weight: bold; color: #0a5bd3; }
.nightMode.card, .night_mode .card { color: #e8e8ed; background-color: #1e1e1e; }
.nightMode .meta, .night_mode .meta { color: #a1a1a6; }
.nightMode .meta a, .night_mode .meta a { color: #6cb4ff; }
.nightMode .cloze, .night_mode .cloze { color: #6cb4ff; }
"""

_META = (
    '<div class="meta">{{Section}}{{#Links}}<br>{{Links}}{{/Links}}</div>'
    '<div class="source">{{Source}}</div>'
)

BASIC_MODEL = genanki.Model(
    BASIC_MODEL_ID,
    "srs basic",
    fields=[{"name": name} for name in BASIC_FIELDS],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Front}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Back}}' + _META,
        }
    ],
    css=CSS,
)

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "srs cloze",
    fields=[{"name": name} for name in CLOZE_FIELDS],
    templates=[
        {
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": '{{cloze:Text}}<hr id="answer">{{Back Extra}}' + _META,
        }
    ],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)


class _Note(genanki.Note):  # type: ignore[misc]
    """A note that carries its own modification time instead of the export time."""

    def __init__(self, *, mod: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.mod = mod


_BATCH = 5000


class NoteContent(NamedTuple):
    """What a note of srs's card is in Anki: its GUID, note type, fields (HTML), tags
    and modification time (seconds)."""

    guid: str
    model: genanki.Model
    fields: list[str]
    tags: list[str]
    mod: int


class _FieldsOf(NamedTuple):
    """What genanki's card rules read of a note (its `model` and `fields`)."""

    model: genanki.Model
    fields: list[str]


def card_ords(note: NoteContent) -> list[int]:
    """The template ordinals of the cards Anki makes of the note: genanki's own rules
    (a basic note's required fields, a cloze note's cloze numbers), without a
    `genanki.Note` (an export makes 100,000 notes)."""
    model = note.model
    if model.model_type == genanki.Model.CLOZE:
        return [card.ord for card in genanki.Note._cloze_cards(_FieldsOf(model, note.fields))]
    # genanki's `_front_back_cards`, read straight off the note type's required fields
    fields = note.fields
    return [
        card_ord
        for card_ord, any_or_all, required in model._req
        if (all if any_or_all == "all" else any)(fields[ord_] for ord_ in required)
    ]


class PackageNote(NamedTuple):
    note: NoteContent
    deck: int
    #: the srs card the note is made of
    card_id: str
    #: its Anki scheduling columns (None: a package without scheduling, all new)
    columns: AnkiCardColumns | None = None


#: (srs card id, the card's id in the package), a batch as its notes are written
CardIdsSink = Callable[[list[tuple[str, int]]], None]


def _write_notes(
    cursor: Any, notes: Iterable[PackageNote], id_gen: Any, card_ids: CardIdsSink | None = None
) -> None:
    """Insert notes and their cards as they come, in batches: nothing is held in
    memory. `card_ids`: told which package card each srs card became (the first card
    of its note).

    genanki's own rows, with each note's own modification time; its HTML-tag check is
    skipped (every field here is HTML that srs rendered itself).
    """
    note_rows: list[tuple[Any, ...]] = []
    card_rows: list[tuple[Any, ...]] = []
    id_rows: list[tuple[str, int]] = []
    for note, deck, srs_id, columns in notes:
        note_id = next(id_gen)
        fields = note.fields
        # genanki's note row: tags space-separated with a space either side, fields
        # joined by 0x1f, the sort field the note type's first
        note_rows.append(
            (
                note_id,
                note.guid,
                note.model.model_id,
                note.mod,
                -1,
                f" {' '.join(note.tags)} ",
                "\x1f".join(fields),
                fields[note.model.sort_field_index],
                0,
                0,
                "",
            )
        )
        for ordinal, card_ord in enumerate(card_ords(note)):
            card_id = next(id_gen)
            if ordinal == 0:
                id_rows.append((srs_id, card_id))
            if columns is None:  # genanki's new card: not suspended, due 0
                card_rows.append(
                    (card_id, note_id, deck, card_ord, note.mod, -1, 0, 0, 0) + (0,) * 8 + ("",)
                )
                continue
            schedule = columns[:8]  # type, queue, due, ivl, factor, reps, lapses, left
            card_rows.append(
                (card_id, note_id, deck, card_ord, note.mod, -1, *schedule, 0, 0, 0, columns.data)
            )
        if len(note_rows) >= _BATCH:
            _flush(cursor, note_rows, card_rows, id_rows, card_ids)
    _flush(cursor, note_rows, card_rows, id_rows, card_ids)


def _flush(
    cursor: Any,
    note_rows: list[tuple[Any, ...]],
    card_rows: list[tuple[Any, ...]],
    id_rows: list[tuple[str, int]],
    card_ids: CardIdsSink | None,
) -> None:
    cursor.executemany("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?)", note_rows)
    cursor.executemany("INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", card_rows)
    if card_ids is not None:
        card_ids(id_rows)
    for batch in (note_rows, card_rows, id_rows):
        batch.clear()


@dataclass(frozen=True)
class ExportReport:
    path: Path
    notes: int
    retired: int
    decks: list[str]
    #: review-log rows in the package (0 without scheduling)
    reviews: int = 0


def deck_id(*key: str) -> int:
    """A deck id derived from a stable key, within Anki's id range."""
    digest = hashlib.sha256("\x1f".join(("srs-deck", *key)).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:7], "big") % ((1 << 52) - (1 << 30))


def _deck_name(part: str) -> str:
    return " ".join(part.replace("::", ":").split()) or "-"


def section_decks(
    name: str, title: str, section_order: Sequence[str], used: AbstractSet[str]
) -> dict[str, str]:
    """The Anki deck of each section in `used`: `<name>::<NN> <section>` (`name`: the
    deck's Anki name, srs.store.anki_names), numbered in the deck's section order
    (sections it does not list follow, sorted), in that order. The section named as
    the deck's `title` (entries under the title heading, or under no heading) is the
    deck itself: `<name>`, not `<name>::01 <title>`."""
    base = _deck_name(name)
    sections = [s for s in section_order if s != title]
    sections += sorted(set(used) - set(sections) - {title})
    names = {title: base} if title in used else {}
    names.update(
        (section, f"{base}::{number:02d} {_deck_name(section)}")
        for number, section in enumerate(sections, 1)
        if section in used
    )
    return names


@lru_cache(maxsize=1024)
def _tag(value: str) -> str:
    return slugify(value).replace(" ", "-")


_BASE91 = "".join(genanki.util.BASE91_TABLE)
#: every two-digit number in Anki's base 91, "00" to "~~" (`note_guid`)
_BASE91_PAIRS = [high + low for high in _BASE91 for low in _BASE91]
_PAIR = 91 * 91


def note_guid(card_id: str) -> str:
    """The Anki note GUID of an srs card: the same in every export and sync, forever.

    genanki's `guid_for("srs", card_id)` (the first 8 bytes of a SHA-256 in Anki's
    base 91), computed two digits at a time: an export asks for 100,000. Eight bytes
    are at most ten digits, five pairs; the leading zero digits ("a") are dropped."""
    number = int.from_bytes(hashlib.sha256(f"srs__{card_id}".encode()).digest()[:8], "big")
    rest, fifth = divmod(number, _PAIR)
    rest, fourth = divmod(rest, _PAIR)
    rest, third = divmod(rest, _PAIR)
    first, second = divmod(rest, _PAIR)
    pairs = _BASE91_PAIRS
    return (pairs[first] + pairs[second] + pairs[third] + pairs[fourth] + pairs[fifth]).lstrip(
        _BASE91[0]
    )


def note_type_id(kind: str) -> int:
    """The id of srs's note type for a card of `kind`."""
    return CLOZE_MODEL_ID if is_cloze_kind(kind) else BASIC_MODEL_ID


def note_for(card: ExportRow) -> genanki.Note:
    """The card's note as a `genanki.Note` (`note_content`)."""
    note = note_content(card)
    return _Note(model=note.model, fields=note.fields, tags=note.tags, guid=note.guid, mod=note.mod)


def note_content(card: ExportRow) -> NoteContent:
    """The card's note: fields rendered to HTML, tags, GUID and modification time."""
    tags = [
        f"srs::section::{_tag(card.section)}",
        f"srs::kind::{_tag(card.kind)}",
        f"srs::origin::{_tag(card.origin)}",
        *(f"srs::{_tag(tag)}" for tag in card.tags),
    ]
    if card.retired:
        tags.append("srs::retired")
    if card.leech:
        tags.append("leech")  # Anki's own tag for leeches
    if card.flag is not None:
        tags.append(f"srs::flagged::{_tag(card.flag)}")
    tags.append(f"srs::{card.progress.status}")  # the entry's reading status
    model = CLOZE_MODEL if is_cloze_kind(card.kind) else BASIC_MODEL
    back = field_html(card.back)
    if card.extra:  # the note types are frozen: the extra goes under the answer
        back += f'<div class="extra"><br>{field_html(card.extra)}</div>'
    fields = [
        field_html(card.front),
        back,
        text_html(card.section),
        links_html(card.links),
        text_html(f"srs · {card.origin} · {card.id}"),
    ]
    return NoteContent(note_guid(card.id), model, fields, tags, card.changed_ms // 1000)


#: day 0 of an exported package's collection (Anki numbers review days from it)
PACKAGE_EPOCH = date(2020, 1, 1)


@dataclass(frozen=True)
class PackageTiming:
    """An exported collection's clock: created at `crt`, its days turn at `rollover`."""

    crt: int
    rollover: int
    offset_minutes_west: int


def package_timing(engine: Engine) -> tuple[PackageTiming, AnkiDays]:
    tz = engine.config.tz()
    hour, _ = engine.config.day_start
    created = datetime.combine(PACKAGE_EPOCH, datetime.min.time().replace(hour=hour), tzinfo=tz)
    offset = created.utcoffset()
    west = -int(offset.total_seconds() // 60) if offset is not None else 0
    now = engine.clock.now()
    days = AnkiDays.at(now, tz, engine.config.day_start, 0)
    days = AnkiDays.at(now, tz, engine.config.day_start, (days.today_date - PACKAGE_EPOCH).days)
    return PackageTiming(int(created.timestamp()), hour, west), days


def write_package(
    package: genanki.Package,
    path: Path,
    stamp: float,
    notes: Iterable[PackageNote] = (),
    timing: PackageTiming | None = None,
    review_log: ReviewLogWriter | None = None,
) -> int:
    """Write `package` (its decks and note types) and `notes` (each with its deck id,
    streamed) to `path` atomically, leaving no temporary file behind; `review_log`:
    what writes the notes' review log into the package's collection, around the notes.
    Returns how many reviews the review log holds (0 without one).

    genanki's own `write_to_file` leaves its temporary collection (the size of
    the deck) in the system's temp folder; this writes it in a folder of its own
    next to the target, removed on success, error or Ctrl-C.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{path.name}.", dir=path.parent) as work:
        collection = Path(work) / "collection.anki2"
        conn = sqlite3.connect(collection)
        reviews = 0
        try:
            # a scratch file (the package replaces the target whole, or not at all)
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA cache_size = -65536")
            cursor = conn.cursor()
            ids = itertools.count(int(stamp * 1000))
            package.write_to_db(cursor, stamp, ids)
            if timing is not None:
                _set_timing(cursor, timing)
            # indexes are quicker built once, after the rows, than row by row
            indexes = cursor.execute(
                """SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'index'
                   AND sql IS NOT NULL AND tbl_name IN ('notes', 'cards', 'revlog')"""
            ).fetchall()
            for name, _, _ in indexes:
                cursor.execute(f'DROP INDEX "{name}"')
            # the update sequence numbers' indexes serve a collection's syncs and the
            # review log's card index its per-card reads, never an import (Anki's reads
            # the package's whole log once): a package leaves them out (a smaller file,
            # written sooner)
            indexes = [index for index in indexes if index[0] not in _UNUSED_BY_IMPORT]
            conn.commit()
            if review_log is None:
                _write_notes(cursor, notes, ids)
                _build(cursor, indexes)
            else:
                with review_log(conn, Path(work) / "scratch.db") as log:
                    _write_notes(cursor, notes, ids, log.add_cards)
                    # the notes' and cards' indexes while the review log is still read
                    _build(cursor, indexes, ("notes", "cards"))
                    conn.commit()
                    reviews = log.write()
                _build(cursor, indexes, ("revlog",))
            conn.commit()
        finally:
            conn.close()
        tmp = Path(work) / "package.apkg"
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as out:
            out.write(collection, "collection.anki2")
            out.writestr("media", "{}")
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    return reviews


#: the indexes of Anki's schema that an import of the package never reads
_UNUSED_BY_IMPORT = frozenset({"ix_notes_usn", "ix_cards_usn", "ix_revlog_usn", "ix_revlog_cid"})


def _build(
    cursor: Any,
    indexes: list[tuple[str, str, str]],
    tables: tuple[str, ...] = ("notes", "cards", "revlog"),
) -> None:
    """Create the dropped `indexes` (name, SQL, table) of `tables`."""
    for _, sql, table in indexes:
        if table in tables:
            cursor.execute(sql)


class ReviewLog(Protocol):
    """The export's review log (srs.store.anki_revlog), read meanwhile by a thread."""

    def add_cards(self, cards: list[tuple[str, int]]) -> None: ...
    def write(self) -> int: ...


#: opens the review log of a package for the notes written in it: given the package
#: collection's connection and a scratch file to use beside it
ReviewLogWriter = Callable[[sqlite3.Connection, Path], AbstractContextManager[ReviewLog]]


def _set_timing(cursor: Any, timing: PackageTiming) -> None:
    """Give the package's collection a known creation day and day rollover (a v2
    scheduler with explicit offsets), so Anki shifts its review days exactly."""
    (raw,) = cursor.execute("SELECT conf FROM col").fetchone()
    conf = json.loads(raw)
    conf.update(
        schedVer=2,
        rollover=timing.rollover,
        creationOffset=timing.offset_minutes_west,
        localOffset=timing.offset_minutes_west,
    )
    cursor.execute("UPDATE col SET crt = ?, conf = ?", (timing.crt, json.dumps(conf)))


def export_deck(
    engine: Engine,
    path: Path,
    *,
    progress: bool | None = None,
    scheduling: bool = True,
    leave_out: AbstractSet[str] = frozenset(),
) -> ExportReport:
    """Write the engine's deck (retired cards included) to an `.apkg` at `path`;
    `scheduling`: with each card's schedule and review log (see the module's notes);
    `leave_out`: ids of cards whose notes stay out of the package.

    Notes stream from the database into the package: memory does not grow with
    the deck.
    """
    title, section_order = engine.deck_info()
    summary = engine.export_summary()
    decks: dict[str, genanki.Deck] = {}
    names = section_decks(engine.anki_deck_name(), title, section_order, summary.sections)
    for section, name in names.items():
        deck = genanki.Deck(deck_id(engine.deck, section), name)
        for kind_is_cloze, model in ((False, BASIC_MODEL), (True, CLOZE_MODEL)):
            if kind_is_cloze in summary.cloze:
                deck.add_model(model)
        decks[section] = deck
    disable = (not sys.stderr.isatty()) if progress is None else not progress

    timing, days = package_timing(engine)
    now_ms = to_ms(engine.clock.now())

    # with scheduling, the notes are read inside the review log's snapshot
    def notes() -> Iterator[PackageNote]:
        rows = tqdm(
            engine.export_rows(by_id=scheduling),
            total=summary.notes,
            desc="export",
            unit="note",
            disable=disable,
            file=sys.stderr,
        )
        config = engine.config
        for card in rows:
            if card.id in leave_out:
                continue
            columns = None
            if scheduling:  # reps and lapses: set by the review log (ReviewLog.write)
                columns = progress_columns(
                    card.progress, (0, 0), days, now_ms=now_ms, config=config
                )
            yield PackageNote(note_content(card), decks[card.section].deck_id, card.id, columns)

    def review_log(package: sqlite3.Connection, scratch: Path) -> AbstractContextManager[ReviewLog]:
        return engine.package_log(package, scratch, days.numbered_starts)

    stamp = summary.changed_ms // 1000
    # ids follow content, not the clock (with scheduling, the package's day numbers
    # follow the clock: they are relative to today)
    reviews = write_package(
        genanki.Package(list(decks.values())),
        path,
        stamp,
        notes(),
        timing if scheduling else None,
        review_log if scheduling else None,
    )
    return ExportReport(
        path=path,
        notes=summary.notes,
        retired=summary.retired,
        decks=[deck.name for deck in decks.values()],
        # the standing reviews, as counted in the export's own snapshot
        reviews=reviews,
    )
