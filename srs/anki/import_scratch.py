"""The scratch folder `srs import-anki` unpacks an Anki file into.

One folder per run in the temp directory (`TMPDIR`), named `srs-import-anki-…` and
removed when the run ends. A run that was killed (SIGKILL, power loss) cannot remove
its own: the next run removes such leftovers, only folders with this prefix, owned
by this user, untouched for an hour and not locked by a run still going.

Writing there can fail because of the machine, not the file being read (a full or
read-only temp directory): `scratch_failed` says so, as an environment error.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from srs.errors import SrsError

__all__ = ["PREFIX", "STALE_AFTER_S", "remove_stale", "scratch_dir", "scratch_failed"]

PREFIX = "srs-import-anki-"
#: the prefix before this one (its folders, left by a killed run, are ours too)
_OLD_PREFIX = "srs-anki-"
#: a leftover folder untouched this long (seconds) is removed by the next run
STALE_AFTER_S = 3600
_LOCK = ".lock"


def scratch_failed(exc: OSError, where: Path | None = None) -> SrsError:
    """An environment error (exit 1) for a failed write to the scratch folder."""
    root = where if where is not None else Path(tempfile.gettempdir())
    reason = exc.strerror or str(exc) or type(exc).__name__
    return SrsError(
        f"cannot write temporary files in {root} ({reason}): the temp directory is full "
        "or not writable; free space there or set TMPDIR to another folder"
    )


@contextmanager
def scratch_dir() -> Iterator[Path]:
    """A fresh private folder for one run, locked while it runs, removed after."""
    root = Path(tempfile.gettempdir())
    remove_stale(root)
    try:
        work = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root))
    except OSError as exc:
        raise scratch_failed(exc, root) from None
    try:
        try:
            lock = (work / _LOCK).open("w")
        except OSError as exc:
            raise scratch_failed(exc, root) from None
        with lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def remove_stale(root: Path, *, now: float | None = None) -> list[Path]:
    """Remove the folders killed runs left in `root`; returns them. Best effort."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(root))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith((PREFIX, _OLD_PREFIX)):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not entry.is_dir(follow_symlinks=False) or info.st_uid != os.getuid():
                continue
        except OSError:
            continue
        if now - info.st_mtime < STALE_AFTER_S or _in_use(Path(entry.path)):
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        removed.append(Path(entry.path))
    return removed


def _in_use(folder: Path) -> bool:
    """A run still holds the folder's lock."""
    try:
        with (folder / _LOCK).open("rb") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            with suppress(OSError):
                fcntl.flock(lock, fcntl.LOCK_UN)
    except OSError:  # no lock file: a run killed before it took one, or an old one
        return False
    return False
