"""Where an export may be written: a new path or a regular file, never srs's own files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from srs.errors import BadInput
from srs.locations import Locations

__all__ = ["export_target"]


def export_target(output: str | None, deck: str, home: Path) -> Path:
    """The `.apkg` path for `srs export [-o OUTPUT]`.

    No OUTPUT: `$SRS_HOME/exports/<deck>.apkg`. A folder (existing, or written
    with a trailing slash): `<folder>/<deck>.apkg`. Refused: an empty path, a
    path that is a device, FIFO, socket, link or folder, and srs's own files
    (the database, backups, deck files) — an export never replaces them.
    """
    if output is None:
        return Locations(home).exports / f"{deck}.apkg"
    if not output.strip():
        raise BadInput("-o/--output: empty path")
    path = Path(output).expanduser()
    if output.endswith(("/", os.sep)) or (path.is_dir() and not path.is_symlink()):
        path = path / f"{deck}.apkg"
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise BadInput(f"{path}: cannot write there ({exc.strerror or exc})") from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        kind = (
            "a link"
            if stat.S_ISLNK(info.st_mode)
            else "a folder"
            if stat.S_ISDIR(info.st_mode)
            else "not a regular file (a device, FIFO or socket)"
        )
        raise BadInput(f"{path}: is {kind}; an export only writes a new or regular file")
    resolved = path.resolve()
    own = home.resolve()
    exports = Locations(own).exports
    if resolved.is_relative_to(own) and not resolved.is_relative_to(exports):
        raise BadInput(
            f"{path}: inside srs's data directory ({own}); exports go to {exports} or outside it"
        )
    return path
