"""Daily and pre-migration backups through SQLite's backup API; restore."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from srs.errors import BadInput, SrsError

__all__ = ["KEEP", "backup_dir", "backups", "make_backup", "newest_backup", "restore"]

KEEP = 7


def backup_dir(home: Path) -> Path:
    return home / "backups"


def backups(home: Path) -> list[Path]:
    """Backups, oldest first."""
    folder = backup_dir(home)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("srs-*.db"))


def newest_backup(home: Path) -> Path | None:
    found = backups(home)
    return found[-1] if found else None


def make_backup(db: sqlite3.Connection, home: Path, when: datetime, reason: str = "daily") -> Path:
    """Copy the open database into `backups/`, keeping the newest `KEEP`."""
    folder = backup_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = when.strftime("%Y%m%d-%H%M%S")
    target = folder / f"srs-{stamp}-{reason}.db"
    fd, name = tempfile.mkstemp(prefix=".srs-", suffix=".db.tmp", dir=folder)
    os.close(fd)
    tmp = Path(name)
    dest = sqlite3.connect(tmp)
    try:
        db.backup(dest)
    finally:
        dest.close()
    os.replace(tmp, target)
    for old in backups(home)[:-KEEP]:
        old.unlink(missing_ok=True)
    return target


def restore(db_path: Path, source: Path) -> None:
    """Replace the database with a backup (checked first), atomically."""
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            ok = src.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok":
                raise BadInput(f"{source}: backup fails its integrity check ({ok})")
            tmp = db_path.with_name(db_path.name + ".restore.tmp")
            dest = sqlite3.connect(tmp)
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        raise BadInput(f"{source}: not a usable srs backup ({exc})") from None
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    try:
        os.replace(tmp, db_path)
    except OSError as exc:  # pragma: no cover - disk trouble
        raise SrsError(f"{db_path}: cannot restore ({exc.strerror})") from None
