"""Backups through SQLite's backup API, and restore.

Promises: a backup is one self-contained file (rollback journal, not WAL: reading
it never leaves a `-wal` or `-shm` beside it, and none is left in `backups/`, not
even after restoring from a WAL-mode backup whose `-wal` holds pages); a
backup is never overwritten (names are unique); a corrupt database
is never backed up (`PRAGMA quick_check` first), so rotation never pushes out
a good backup for a bad one; a restore checks its source (an srs database that
passes its integrity check) before it touches anything, so a failed restore
changes nothing and makes no backup; a restore refuses while another srs has
the database open.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from srs.errors import BadInput, SrsError
from srs.locations import Locations

__all__ = [
    "KEEP",
    "Restored",
    "backup_dir",
    "backup_now",
    "backups",
    "check_srs_database",
    "make_backup",
    "newest_backup",
    "newest_good_backup",
    "restore",
    "restore_database",
    "stamp_of",
]

KEEP = 7
_NAME = re.compile(r"^srs-(\d{8}-\d{6})-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.db$")
_SRS_TABLES = {"decks", "cards", "review_log", "_migrations"}


def backup_dir(home: Path) -> Path:
    return Locations(home).backups


def _order(path: Path) -> tuple[str, int, str]:
    match = _NAME.match(path.name)
    if match is None:
        return ("", 0, path.name)
    return (match.group(1), int(match.group(3) or 1), path.name)


def backups(home: Path) -> list[Path]:
    """Backups, oldest first."""
    folder = backup_dir(home)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob("srs-*.db") if _NAME.match(p.name)), key=_order)


def newest_backup(home: Path) -> Path | None:
    found = backups(home)
    return found[-1] if found else None


def newest_good_backup(home: Path) -> Path | None:
    """The newest backup that is an srs database passing its quick check."""
    for path in reversed(backups(home)):
        try:
            check_srs_database(path, quick=True)
        except SrsError:
            continue
        return path
    return None


def stamp_of(path: Path) -> datetime:
    """The UTC time in a backup's name (naive); `datetime.min` for other names."""
    match = _NAME.match(path.name)
    if match is None:
        return datetime.min
    # by hand: `strptime` costs each `srs` start (its first call) about 15 ms
    day, time = match.group(1).split("-")
    return datetime(
        int(day[:4]), int(day[4:6]), int(day[6:]), int(time[:2]), int(time[2:4]), int(time[4:])
    )


def _quick_check(db: sqlite3.Connection) -> str:
    rows = db.execute("PRAGMA quick_check").fetchall()
    return "ok" if [r[0] for r in rows] == ["ok"] else "; ".join(str(r[0]) for r in rows[:3])


def make_backup(db: sqlite3.Connection, home: Path, when: datetime, reason: str = "daily") -> Path:
    """Copy the open database into `backups/` under a new name; keep the newest `KEEP`.

    A database that fails `PRAGMA quick_check` is not copied: that is an
    `SrsError` naming the newest good backup, and no backup is rotated out.
    """
    try:
        problem = _quick_check(db)
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    if problem != "ok":
        raise damaged(home, db_file(db), problem)
    folder = backup_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".srs-", suffix=".db.tmp", dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        _copy(db, tmp)
        target = _link_new(tmp, folder, when.astimezone(UTC).strftime("%Y%m%d-%H%M%S"), reason)
    finally:
        tmp.unlink(missing_ok=True)
    for old in backups(home)[:-KEEP]:
        old.unlink(missing_ok=True)
    _tidy(folder)
    return target


def backup_now(home: Path, now: datetime) -> Path:
    """`srs backup`: open the database in `home` and back it up now (reason `manual`)."""
    from srs.store.db import open_db  # db makes its daily backups through this module

    if not Locations(home).database.exists():
        raise SrsError("nothing to back up yet: no database (run `srs build` first)")
    db = open_db(home, now=now)
    try:
        return make_backup(db, home, now, reason="manual")
    finally:
        db.close()


_SIDECARS = ("-wal", "-shm")


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _tidy(folder: Path) -> None:
    """Remove the `-wal`/`-shm` files beside backups that an earlier srs left (it kept
    backups in WAL mode and read them read-only): a `-shm` is only an index, an empty
    `-wal` holds nothing, and those of a rotated-out backup belong to nothing. A
    `-wal` that holds pages (someone's writes, which a restore from that backup
    read) is folded into its backup first, so the backup keeps them as one file."""
    for suffix in _SIDECARS:
        for path in folder.glob(f"srs-*.db{suffix}"):
            base = path.with_name(path.name.removesuffix(suffix))
            if not _NAME.match(base.name):
                continue
            wal = _sidecar(base, "-wal")
            if base.exists() and wal.exists() and wal.stat().st_size > 0 and not _fold(base):
                continue
            path.unlink(missing_ok=True)


def _fold(path: Path) -> bool:
    """Write the pages of `path`'s `-wal` into `path` and make it a rollback-journal
    file (SQLite then removes the `-wal` and `-shm`); False when that cannot be done
    now (another connection has it open, or it is unreadable): then both stay."""
    try:
        db = sqlite3.connect(path, timeout=0)
        try:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return False
    return bool(mode == "delete")


def _copy(db: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open database, through SQLite's backup API, as one file
    in rollback-journal mode (the copy of a WAL database is a WAL database otherwise:
    every read-only open of it would leave a `-wal` and a `-shm` beside it)."""
    dest = sqlite3.connect(target)
    try:
        db.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    """`path` opened for reading only, leaving no `-wal`/`-shm` beside it: a file with
    no `-wal` is opened immutable (SQLite then makes neither, even for a backup an
    earlier srs kept in WAL mode); one with a `-wal` (a live database's copy) is read
    with it."""
    mode = "mode=ro" if _sidecar(path, "-wal").exists() else "immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def _link_new(tmp: Path, folder: Path, stamp: str, reason: str) -> Path:
    """Give `tmp` a backup name no file has yet (a hard link never replaces one)."""
    for n in range(1, 1000):
        target = folder / (f"srs-{stamp}-{reason}.db" if n == 1 else f"srs-{stamp}-{reason}-{n}.db")
        try:
            os.link(tmp, target)
        except FileExistsError:
            continue
        return target
    raise SrsError(f"{folder}: too many backups named srs-{stamp}-{reason}")  # pragma: no cover


def db_file(db: sqlite3.Connection) -> Path:
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else Path("srs.db")  # an in-memory database


def damaged(home: Path, path: Path, problem: str) -> SrsError:
    """The one-line error for a damaged database: what is wrong, and how to get back."""
    good = newest_good_backup(home)
    if good is None:
        hint = "no good backup exists; move the file aside to start afresh"
    else:
        hint = f"newest good backup: {good}; restore it with `srs restore {good}`"
    return SrsError(f"{path}: database is damaged ({problem}); {hint}")


def check_srs_database(path: Path, *, quick: bool = False) -> None:
    """Raise `BadInput` unless `path` is an srs database that passes its integrity check."""
    if not path.exists():
        raise BadInput(f"{path}: no such backup file")
    if not path.is_file():
        raise BadInput(f"{path}: not a file")
    if path.stat().st_size == 0:
        raise BadInput(f"{path}: empty file, not an srs database")
    try:
        db = _open_read_only(path)
        try:
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            missing = _SRS_TABLES - tables
            if missing:
                what = ", ".join(sorted(tables)[:5]) or "no tables"
                lacks = ", ".join(sorted(missing))
                raise BadInput(f"{path}: not an srs database (it has {what}; missing {lacks})")
            names = {r[0] for r in db.execute("SELECT name FROM _migrations")}
            if "m001_initial" not in names:
                raise BadInput(f"{path}: not an srs database (no srs migrations recorded)")
            rows = db.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")
            result = [r[0] for r in rows.fetchall()]
            if result != ["ok"]:
                raise BadInput(f"{path}: fails its integrity check ({'; '.join(result[:3])})")
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise BadInput(f"{path}: not an srs database ({exc})") from None


def restore(home: Path, db_path: Path, source: Path, now: datetime) -> Path | None:
    """Replace the database with `source`, checked first; returns the pre-restore backup.

    Nothing is written, and no backup made, unless `source` is a good srs
    database. The current database, if readable, is backed up first.
    """
    from srs.store.db import exclusive_access

    check_srs_database(source)
    if source.resolve() == db_path.resolve():
        raise BadInput(f"{source}: that is the live database itself")
    with exclusive_access(home):
        saved = None
        if db_path.exists() and db_path.stat().st_size > 0:
            try:
                current = sqlite3.connect(db_path)
                try:
                    saved = make_backup(current, home, now, reason="pre-restore")
                finally:
                    current.close()
            except (sqlite3.DatabaseError, SrsError):
                saved = None  # unreadable or damaged: nothing worth keeping
        tmp = db_path.with_name(db_path.name + ".restore.tmp")
        try:
            src = _open_read_only(source)
            try:
                _copy(src, tmp)
            finally:
                src.close()
            for suffix in _SIDECARS:
                _sidecar(db_path, suffix).unlink(missing_ok=True)
            os.replace(tmp, db_path)
        except (OSError, sqlite3.DatabaseError) as exc:
            tmp.unlink(missing_ok=True)
            raise SrsError(f"{db_path}: cannot restore ({exc})") from None
        folder = backup_dir(home)
        if folder.is_dir():
            _tidy(folder)
    return saved


class Restored(NamedTuple):
    source: Path
    target: Path
    #: the database as it was before the restore, if it could be read
    saved: Path | None


def restore_database(home: Path, source: Path | None, now: datetime) -> Restored:
    """`srs restore`: the database in `home` from `source` (default: the newest good
    backup), checked first."""
    chosen = source or newest_good_backup(home)
    if chosen is None:
        raise BadInput(f"{home / 'backups'}: no good backup to restore from")
    target = Locations(home).database
    return Restored(chosen, target, restore(home, target, chosen, now))
