"""Read the reviews of srs cards out of an Anki file, through Anki's own library.

Accepted: an `.apkg` exported with scheduling, a `.colpkg` (a whole collection, as
Anki's backups folder holds them) or a collection file (`collection.anki2`). The
user's file is never opened for writing: a package is imported into a throwaway
collection, a collection file is copied first. The rows are then read with sqlite3
(fast: a million review rows in a second or two); which of them are reviews of srs
cards is srs.anki.anki_reviews.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from srs.anki.anki_reviews import AnkiReviews, collect_reviews
from srs.errors import BadInput, SrsError

__all__ = ["anki_collection_file", "read_reviews"]

_PACKAGES = (".apkg", ".colpkg")
_COLLECTIONS = (".anki2", ".anki21")


@contextmanager
def anki_collection_file(path: Path) -> Iterator[Path]:
    """A plain SQLite copy of the collection in `path`, whatever its kind; removed after."""
    if not path.is_file():
        raise BadInput(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix not in _PACKAGES + _COLLECTIONS:
        raise BadInput(f"{path}: not an Anki file (expected .apkg, .colpkg or a collection.anki2)")
    with tempfile.TemporaryDirectory(prefix="srs-anki-") as work:
        target = Path(work) / "collection.anki2"
        try:
            _materialise(path, suffix, target)
        except SrsError:
            raise
        except Exception as exc:  # Anki's errors carry their own message
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise BadInput(f"{path}: Anki could not read it ({message})") from None
        yield target


def _materialise(path: Path, suffix: str, target: Path) -> None:
    from anki.collection import (
        Collection,
        ImportAnkiPackageOptions,
        ImportAnkiPackageRequest,
    )

    if suffix in _PACKAGES and not zipfile.is_zipfile(path):
        raise BadInput(f"{path}: not an Anki package (not a zip file)")
    if suffix == ".colpkg":
        from anki._backend import RustBackend

        media = target.parent / "media"
        media.mkdir()
        RustBackend().import_collection_package(
            col_path=str(target),
            backup_path=str(path),
            media_folder=str(media),
            media_db=str(target.parent / "media.db"),
        )
        Collection(str(target)).close()  # checks it opens
        return
    if suffix in _COLLECTIONS:
        _check_sqlite(path)
        shutil.copyfile(path, target)
        wal = path.with_name(path.name + "-wal")
        if wal.is_file():  # Anki may still hold recent changes there
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        Collection(str(target)).close()  # upgrades the copy, checkpoints its log
        return
    if _plain_package(path, target):
        return
    col = Collection(str(target))
    try:
        col.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(path),
                options=ImportAnkiPackageOptions(merge_notetypes=True, with_scheduling=True),
            )
        )
    finally:
        col.close()


def _plain_package(path: Path, target: Path) -> bool:
    """Take the collection out of a package that holds a plain SQLite one (srs's own
    exports, Anki's "support older versions" exports): much faster than an import.
    Packages with a compressed collection (`collection.anki21b`) go through Anki."""
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        if "collection.anki21b" in names:
            return False
        inner = next((n for n in ("collection.anki21", "collection.anki2") if n in names), None)
        if inner is None:
            return False
        with package.open(inner) as source, target.open("wb") as out:
            shutil.copyfileobj(source, out, 1 << 20)
    try:
        _check_sqlite(target)
    except BadInput:
        target.unlink()
        return False
    return True


def _check_sqlite(path: Path) -> None:
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BadInput(f"{path}: not an Anki collection (not an SQLite database)")


def read_reviews(collection: Path, cards_by_guid: Mapping[str, str]) -> AnkiReviews:
    """The reviews of srs cards in a plain collection file (see `collect_reviews`)."""
    db = sqlite3.connect(f"file:{collection}?mode=ro", uri=True)
    try:
        return collect_reviews(
            db.execute("SELECT id, guid FROM notes"),
            db.execute(
                """SELECT c.nid, r.id, r.ease, r.factor, r.time, r.type
                   FROM revlog r JOIN cards c ON c.id = r.cid"""
            ),
            cards_by_guid,
        )
    except sqlite3.DatabaseError as exc:
        raise BadInput(f"not a readable Anki collection ({exc})") from None
    finally:
        db.close()
