"""Read the reviews of srs cards out of an Anki file.

Accepted: an `.apkg` exported with scheduling, a `.colpkg` (a whole collection, as
Anki's backups folder holds them) or a collection file (`collection.anki2`). The
user's file is never opened for writing: the collection is taken out of a package
(srs.anki.package) or copied, into a scratch folder (srs.anki.import_scratch),
and its rows are read there with sqlite3 (a million review rows in a second or two).

The file may be hostile. Before a row is read, the collection must hold Anki's
tables as real tables with their columns (a view could run an endless query), and
reading stops at the time limit (srs.anki.import_limits); every value read is
checked before it can be stored (srs.anki.reviews).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Mapping
from pathlib import Path

from srs.anki.import_limits import Deadline, too_slow
from srs.anki.import_scratch import scratch_dir, scratch_failed
from srs.anki.package import copy_bounded, unpack_package
from srs.anki.reviews import AnkiReviews, collect_reviews
from srs.errors import BadInput

__all__ = ["read_anki_file", "read_collection"]

_PACKAGES = (".apkg", ".colpkg")
_COLLECTIONS = (".anki2", ".anki21")
#: the tables srs reads and the columns it needs of each (`col` marks a collection)
_TABLES: dict[str, tuple[str, ...]] = {
    "col": (),
    "notes": ("id", "guid"),
    "cards": ("id", "nid"),
    "revlog": ("id", "cid", "ease", "factor", "time", "type"),
}
_KINDS = {"view": "a view", "index": "an index", "trigger": "a trigger"}
_SQLITE_FULL = 13
#: SQLite calls the deadline check every this many virtual-machine steps
_STEPS = 1_000


def read_anki_file(path: Path, cards_by_guid: Mapping[str, str]) -> AnkiReviews:
    """The reviews of srs cards (`cards_by_guid`: note GUID -> srs card id) in the Anki
    file at `path`, whatever its kind."""
    if not path.is_file():
        raise BadInput(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix not in _PACKAGES + _COLLECTIONS:
        raise BadInput(f"{path}: not an Anki file (expected .apkg, .colpkg or a collection.anki2)")
    deadline = Deadline.start()
    with scratch_dir() as work:
        target = work / "collection.anki2"
        if suffix in _PACKAGES:
            unpack_package(path, target, deadline)
            _check_sqlite(target, path)
        else:
            _copy_collection(path, target)
        return read_collection(target, cards_by_guid, source=path, deadline=deadline)


def _copy_collection(path: Path, target: Path) -> None:
    """Copy a collection file and its write-ahead log (Anki may hold recent changes
    there); no cap: a copy is no bigger than what is already on the disk."""
    _check_sqlite(path, path)
    with path.open("rb") as source:
        copy_bounded(source, target, cap=None, origin=path)
    wal = path.with_name(path.name + "-wal")
    if wal.is_file():
        with wal.open("rb") as source:
            copy_bounded(source, target.with_name(target.name + "-wal"), cap=None, origin=wal)


def _check_sqlite(path: Path, source: Path) -> None:
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BadInput(f"{source}: not an Anki collection (not an SQLite database)")


def read_collection(
    collection: Path,
    cards_by_guid: Mapping[str, str],
    *,
    source: Path,
    deadline: Deadline | None = None,
) -> AnkiReviews:
    """The reviews of srs cards in a plain collection file (a scratch copy of `source`,
    the user's file, which messages name); stops at `deadline`."""
    limit = deadline or Deadline.start()
    db = sqlite3.connect(collection)
    db.set_progress_handler(lambda: int(time.monotonic() > limit.at), _STEPS)
    try:
        db.execute("PRAGMA query_only = ON")
        db.execute("PRAGMA trusted_schema = OFF")
        _check_tables(db, source)
        return collect_reviews(
            db.execute("SELECT id, guid FROM notes"),
            db.execute(
                """SELECT c.nid, r.id, r.ease, r.factor, r.time, r.type
                   FROM revlog r JOIN cards c ON c.id = r.cid"""
            ),
            cards_by_guid,
        )
    except sqlite3.DatabaseError as exc:
        if limit.left() <= 0:
            raise too_slow(source, limit.seconds) from None
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_FULL:
            raise scratch_failed(OSError(str(exc))) from None
        raise BadInput(f"{source}: not a readable Anki collection ({exc})") from None
    finally:
        db.close()


def _check_tables(db: sqlite3.Connection, source: Path) -> None:
    """Anki's tables are there, as real tables (not views, not virtual tables), with
    the columns srs reads stored (not computed)."""
    marks = ", ".join("?" * len(_TABLES))
    found = {
        str(name).lower(): (kind, root)
        for name, kind, root in db.execute(
            f"SELECT name, type, rootpage FROM sqlite_master WHERE lower(name) IN ({marks})",
            list(_TABLES),
        )
    }
    if not found:
        raise BadInput(f"{source}: not an Anki collection (none of Anki's tables in it)")
    for name, needed in _TABLES.items():
        if name not in found:
            raise BadInput(f"{source}: not an Anki collection (no {name} table)")
        kind, root = found[name]
        if kind != "table" or not root:
            what = _KINDS.get(kind, "a virtual table" if kind == "table" else f"a {kind}")
            raise BadInput(f"{source}: not an Anki collection ({name} is {what}, not a table)")
        columns = {
            str(row[1]).lower(): row[6] for row in db.execute(f'PRAGMA table_xinfo("{name}")')
        }
        for column in needed:
            if columns.get(column) != 0:  # missing, or generated (hidden 2 or 3)
                raise BadInput(
                    f"{source}: not an Anki collection ({name} has no stored {column} column)"
                )
