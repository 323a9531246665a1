"""The bridge: a local Anki collection that `srs sync` keeps in step with srs and with
an Anki sync server (AnkiWeb or self-hosted), through Anki's own library.

srs's database stays the truth for srs cards: their notes, their schedules and their
reviews are pushed into the bridge; reviews other devices made come out of it. The
bridge can always be rebuilt from srs and the server.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srs.anki.schedule import AnkiCardColumns

if TYPE_CHECKING:
    from anki.collection import Collection
    from anki.dbproxy import DBProxy

__all__ = [
    "Bridge",
    "BridgeCard",
    "DamagedBridge",
    "damage_of",
    "merged_data",
    "same_schedule",
    "set_aside",
    "snapshot_while",
]

_DIRTY = -1  # usn of a change the next sync sends
_CHUNK = 500
_REVLOG = """SELECT c.nid, r.id, r.ease, r.factor, r.time, r.type
    FROM revlog r JOIN cards c ON c.id = r.cid"""


def _ids(ids: Iterable[int]) -> str:
    """An SQL list of integers (Anki's ids: never text)."""
    return "(" + ", ".join(str(int(i)) for i in ids) + ")"


@dataclass(frozen=True)
class BridgeCard:
    """An srs card as the bridge holds it."""

    cid: int
    columns: AnkiCardColumns
    #: when the card last changed (seconds), on any device
    mod: int
    #: its note's note type
    note_type: int = 0


class DamagedBridge(Exception):
    """Anki cannot open the bridge collection (not a database, damaged, too new), or
    SQLite found it damaged during a run (`opened`)."""

    def __init__(self, reason: str, *, opened: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.opened = opened


def damage_of(exc: Exception) -> str | None:
    """Why SQLite finds the collection damaged, when that is what `exc` (from Anki) says."""
    from anki.errors import DBError

    if isinstance(exc, DBError) and any(
        code in str(exc) for code in ("DatabaseCorrupt", "NotADatabase")
    ):
        return _db_reason(exc)
    return None


def _db_reason(exc: Exception) -> str:
    """SQLite's own words out of Anki's error (`... Some("file is not a database") ...`)."""
    text = str(exc)
    found = re.search(r'Some\(\\?"([^"\\]+)', text)
    return found.group(1) if found else (text.splitlines()[0][:120] if text else "unreadable")


def set_aside(path: Path, stamp: str) -> Path:
    """Move the collection at `path` (and its -wal, -shm and -journal files) to a new
    name beside it, `<name>.damaged-<stamp>`; returns that name. Nothing is deleted."""
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    path.replace(aside)
    for extra in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + extra)
        if side.exists():
            side.replace(aside.with_name(aside.name + extra))
    return aside


@contextmanager
def snapshot_while(path: Path) -> Iterator[None]:
    """Keep a copy of the (closed) collection at `path`; put it back if the block fails,
    so a failed run leaves the bridge as it was."""
    saved = path.with_name(path.name + ".before-sync")
    existed = path.exists()
    if existed:
        shutil.copyfile(path, saved)
    try:
        yield
    except BaseException as exc:
        if isinstance(exc, DamagedBridge) and not exc.opened:
            raise  # Anki could not open it: it is as it was, to be moved aside whole
        for extra in ("-wal", "-shm"):
            path.with_name(path.name + extra).unlink(missing_ok=True)
        if existed:
            saved.replace(path)
        else:
            path.unlink(missing_ok=True)
        raise
    finally:
        saved.unlink(missing_ok=True)


class Bridge:
    """The bridge collection, open."""

    def __init__(self, col: Collection, path: Path, *, created: bool) -> None:
        self.col = col
        self.path = path
        self.created = created

    @classmethod
    def open(cls, path: Path) -> Bridge:
        """Open (or create) the collection; `DamagedBridge` when Anki cannot open it."""
        from anki.collection import Collection
        from anki.errors import DBError

        path.parent.mkdir(parents=True, exist_ok=True)
        created = not path.exists()
        try:
            col = Collection(str(path))
        except DBError as exc:
            raise DamagedBridge(_db_reason(exc)) from None
        return cls(col, path, created=created)

    @property
    def db(self) -> DBProxy:
        db = self.col.db
        assert db is not None, "the bridge is closed"
        return db

    def close(self) -> None:
        if self.col.db is not None:
            self.col.close()

    def is_empty(self) -> bool:
        return not self.db.scalar("SELECT EXISTS (SELECT 1 FROM notes)")

    def set_up_new(self, rollover_hour: int) -> None:
        """A collection srs made: FSRS on, days turning when srs's do."""
        self.col.set_config("fsrs", True)
        self.col.set_config("rollover", rollover_hour)

    def mark(self) -> tuple[int, int]:
        """The collection's schema stamp and update sequence number (after a sync: the
        server's, which every later change on the server is marked from)."""
        row = self.db.first("SELECT scm, usn FROM col")
        assert row is not None, "a collection has one col row"
        return int(row[0]), int(row[1])

    # -- pulling -----------------------------------------------------------------

    def review_rows(
        self, since: int | None = None
    ) -> tuple[list[Sequence[Any]], list[Sequence[Any]]]:
        """The review log as (note id, review id, ease, factor, time, type) rows, with the
        notes (id, GUID) they may belong to: all of it, or with `since`, the rows the
        bridge received or made after the sync that left its usn at `since`, with every
        note that holds one of their notes' GUIDs (a damaged collection may hold several)."""
        if since is None:
            notes = self.db.all("SELECT id, guid FROM notes")
            return notes, self.db.all(f"{_REVLOG} ORDER BY r.id")
        rows = self.db.all(
            f"""{_REVLOG} WHERE r.id IN (SELECT id FROM revlog WHERE usn >= ? OR usn = {_DIRTY})
                ORDER BY r.id""",
            since,
        )
        if not rows:
            return [], []
        nids = sorted({row[0] for row in rows})
        notes = self.db.all(
            f"""SELECT id, guid FROM notes WHERE guid IN
                (SELECT guid FROM notes WHERE id IN {_ids(nids)})"""
        )
        return notes, rows

    def changed_cards(self, since: int | None) -> dict[str, BridgeCard]:
        """Every card by its note's GUID; with `since`, only the cards (or cards of notes)
        received or changed after the sync that left the usn at `since`."""
        if since is None:
            return self._cards("")
        return self._cards_where(f"usn >= ? OR usn = {_DIRTY}", since)

    def local_cards(self) -> dict[str, BridgeCard]:
        """Cards (or cards of notes) changed here since the last sync: notes just pushed."""
        return self._cards_where(f"usn = {_DIRTY}")

    def _cards_where(self, test: str, *args: int) -> dict[str, BridgeCard]:
        return self._cards(
            f"""WHERE c.id IN (SELECT id FROM cards WHERE {test}
                UNION SELECT id FROM cards WHERE nid IN (SELECT id FROM notes WHERE {test}))""",
            *args,
            *args,
        )

    def cards_by_id(self, cids: Iterable[int]) -> dict[str, BridgeCard]:
        """The cards `cids` that exist, by their note's GUID."""
        found: dict[str, BridgeCard] = {}
        ids = sorted(set(cids))
        for start in range(0, len(ids), _CHUNK):
            found.update(self._cards(f"WHERE c.id IN {_ids(ids[start : start + _CHUNK])}"))
        return found

    def _cards(self, where: str, *args: int) -> dict[str, BridgeCard]:
        found: dict[str, BridgeCard] = {}
        for guid, mid, cid, mod, *columns in self.db.all(
            f"""SELECT n.guid, n.mid, c.id, c.mod, c.type, c.queue, c.due, c.ivl, c.factor,
                c.reps, c.lapses, c.left, c.data FROM cards c JOIN notes n ON n.id = c.nid
                {where}""",
            *args,
        ):
            found[guid] = BridgeCard(cid, AnkiCardColumns(*columns), mod, mid)
        return found

    def has_reviews(self, ids: Iterable[int]) -> set[int]:
        """Which of the review ids `ids` the bridge's review log holds (for any card)."""
        wanted = sorted(set(ids))
        if len(wanted) > 20 * _CHUNK:  # most of the log: read it whole
            return set(self.db.list("SELECT id FROM revlog")) & set(wanted)
        found: set[int] = set()
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            found.update(self.db.list(f"SELECT id FROM revlog WHERE id IN {_ids(chunk)}"))
        return found

    # -- pushing -----------------------------------------------------------------

    def import_notes(self, apkg: Path) -> int:
        """Add and update srs's notes from a package (no scheduling); returns how many
        notes were added or changed."""
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

        result = self.col.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(apkg),
                options=ImportAnkiPackageOptions(merge_notetypes=True, with_scheduling=False),
            )
        )
        return len(result.log.new) + len(result.log.updated)

    def review_ids(self) -> set[int]:
        return set(self.db.list("SELECT id FROM revlog"))

    def write(
        self,
        schedules: list[tuple[int, AnkiCardColumns]],
        reviews: list[tuple[Any, ...]],
        now_s: int,
    ) -> None:
        """Set card schedules and add review-log rows, in one transaction, marked for the
        next sync."""

        def change() -> None:
            self.db.executemany(
                """UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = ?, reps = ?,
                   lapses = ?, left = ?, data = ?, mod = ?, usn = ? WHERE id = ?""",
                [(*columns, now_s, _DIRTY, cid) for cid, columns in schedules],
            )
            self.db.executemany(
                """INSERT OR IGNORE INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time,
                   type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [(row[0], row[1], _DIRTY, *row[2:]) for row in reviews],
            )
            self.db.execute("UPDATE col SET mod = ?", now_s * 1000)

        if schedules or reviews:
            self.db.transact(change)

    @property
    def today(self) -> int:
        return int(self.col.sched.today)


def _scheduled(columns: AnkiCardColumns) -> tuple[int, ...]:
    c = columns
    return (c.type, c.queue, c.due, c.ivl, c.reps, c.lapses, c.left)


def same_schedule(old: AnkiCardColumns, new: AnkiCardColumns) -> bool:
    """Whether the bridge already holds srs's schedule (memory state to 3 decimals; a
    new card keeps the position Anki gave it)."""
    if new.type == 0:
        return (old.type, old.queue) == (new.type, new.queue)
    return _scheduled(old) == _scheduled(new) and _memory(old.data) == _memory(new.data)


def _memory(data: str) -> tuple[float, float] | None:
    try:
        parsed = json.loads(data) if data else {}
        return round(float(parsed["s"]), 3), round(float(parsed["d"]), 3)
    except (ValueError, KeyError, TypeError):
        return None


def merged_data(old: str, new: str) -> str:
    """srs's memory state over whatever else Anki keeps in the card's data."""
    try:
        kept = json.loads(old) if old else {}
        if not isinstance(kept, dict):
            kept = {}
    except ValueError:
        kept = {}
    if new:
        kept.update(json.loads(new))
    else:  # a new card: no memory state
        for key in ("s", "d", "dr", "lrt"):
            kept.pop(key, None)
    return json.dumps(kept, separators=(",", ":")) if kept else ""
