"""Take the collection out of an Anki package (`.apkg`, `.colpkg`), within bounds.

A package is a zip. Its collection is `collection.anki21b` (zstd-compressed, Anki
2.1.50 and later) or a plain SQLite `collection.anki21` / `collection.anki2` (older
exports, srs's own). Only the collection is taken out: reviews need no media.

A hostile package must not fill the disk or hang srs (srs.anki.import_limits):
* the collection's declared size is checked before anything is written, and bytes
  are counted while extracting (declared sizes can lie);
* a zstd collection is inflated by Anki's own library in a child process that can
  write no file larger than the cap (RLIMIT_FSIZE) and is stopped at the deadline.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from srs.anki import import_limits as limits
from srs.anki.import_limits import Deadline, too_big, too_slow
from srs.anki.import_scratch import scratch_failed
from srs.errors import BadInput, SrsError
from srs.extras import missing_extra

__all__ = ["copy_bounded", "unpack_package"]

_CHUNK = 1 << 20
_ZSTD = "collection.anki21b"
_PLAIN = ("collection.anki21", "collection.anki2")
#: Anki's package metadata (protobuf PackageMetadata{version: LATEST}) and an empty
#: media list (a zstd frame holding an empty MediaEntries): the collection goes to
#: Anki's unpacker alone, without the package's media
_META = b"\x08\x03"
_NO_MEDIA = b"\x28\xb5\x2f\xfd\x20\x00\x01\x00\x00"

# Runs in the child: `import_collection_package` inflates the zstd collection and
# checks it opens. Python ignores SIGXFSZ, so a write past RLIMIT_FSIZE fails with
# EFBIG ("os error 27") instead of killing the child; RLIMIT_CPU stops a child whose
# parent died.
_CHILD = """
import resource, sys
anki_root, cap, seconds, col_path, package, media = sys.argv[1:]
def limit(kind, value):
    hard = resource.getrlimit(kind)[1]
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(kind, (value, hard))
limit(resource.RLIMIT_FSIZE, int(cap))
limit(resource.RLIMIT_CPU, int(seconds))
sys.path.insert(0, anki_root)
from anki._backend import RustBackend
try:
    RustBackend().import_collection_package(
        col_path=col_path, backup_path=package, media_folder=media, media_db=media + ".db"
    )
except Exception as exc:
    text = str(exc).strip()
    sys.stderr.write(text.splitlines()[0] if text else type(exc).__name__)
    sys.exit(3)
"""
_EFBIG = "(os error 27)"
_FULL = ("(os error 28)", "(os error 122)", "(os error 30)")  # ENOSPC, EDQUOT, EROFS


def copy_bounded(source: IO[bytes], target: Path, *, cap: int | None, origin: Path) -> int:
    """Copy `source` into a new scratch file `target`, counting: more than `cap` bytes
    is bad input (naming `origin`), a failed write an environment error."""
    try:
        out = target.open("wb")
    except OSError as exc:
        raise scratch_failed(exc) from None
    with out:
        written = _pump(source, out.write, cap=cap, origin=origin)
        try:
            out.flush()
        except OSError as exc:
            raise scratch_failed(exc) from None
    return written


def _pump(
    source: IO[bytes], write: Callable[[bytes], object], *, cap: int | None, origin: Path
) -> int:
    written = 0
    while chunk := source.read(_CHUNK):
        written += len(chunk)
        if cap is not None and written > cap:
            raise too_big(origin, cap)
        try:
            write(chunk)
        except OSError as exc:
            raise scratch_failed(exc) from None
    return written


def unpack_package(path: Path, target: Path, deadline: Deadline) -> None:
    """Write the plain SQLite collection held in the package at `path` to `target`."""
    cap = limits.MAX_INFLATED
    try:
        package = zipfile.ZipFile(path)
    except (OSError, SrsError):
        raise
    except Exception:  # a zip's own errors: BadZipFile, and worse for hostile ones
        raise BadInput(f"{path}: not an Anki package (not a zip file)") from None
    with package:
        names = set(package.namelist())
        inner = next((n for n in (_ZSTD, *_PLAIN) if n in names), None)
        if inner is None:
            raise BadInput(f"{path}: not an Anki package (no collection in it)")
        if package.getinfo(inner).file_size > cap:
            raise too_big(path, cap)
        try:
            if inner == _ZSTD:
                _inflate_zstd(package, path, target, cap=cap, deadline=deadline)
            else:
                with package.open(inner) as source:
                    copy_bounded(source, target, cap=cap, origin=path)
        except (OSError, SrsError):
            raise
        except Exception as exc:  # a bad CRC, a truncated or unsupported member
            raise BadInput(f"{path}: not a readable Anki package ({exc})") from None


def _inflate_zstd(
    package: zipfile.ZipFile, path: Path, target: Path, *, cap: int, deadline: Deadline
) -> None:
    """Repack the compressed collection alone and let Anki inflate it, bounded."""
    alone = target.with_name("collection-alone.colpkg")
    try:
        with zipfile.ZipFile(alone, "w", zipfile.ZIP_STORED) as out:
            out.writestr("meta", _META)
            with package.open(_ZSTD) as source, out.open(_ZSTD, "w", force_zip64=True) as dest:
                _pump(source, dest.write, cap=cap, origin=path)
            out.writestr("media", _NO_MEDIA)
    except OSError as exc:
        raise scratch_failed(exc) from None
    spec = importlib.util.find_spec("anki._backend")  # `anki` is a namespace package
    if spec is None or spec.origin is None:
        raise missing_extra(command="srs import-anki", extra="anki", package="anki")
    seconds = deadline.left()
    if seconds <= 0:
        raise too_slow(path, deadline.seconds)
    media = target.with_name("media")
    args = [str(Path(spec.origin).parent.parent), str(cap), str(int(seconds) + 1)]
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-c", _CHILD, *args, str(target), str(alone), str(media)],
            capture_output=True,
            timeout=seconds,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise too_slow(path, deadline.seconds) from None
    finally:
        alone.unlink(missing_ok=True)
    if done.returncode == 0:
        return
    lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
    reason = lines[-1] if lines else f"stopped by signal {-done.returncode}"
    if _EFBIG in reason:
        raise too_big(path, cap)
    if any(code in reason for code in _FULL):
        raise scratch_failed(OSError(reason))
    if done.returncode < 0:  # SIGXCPU: the CPU limit
        raise too_slow(path, deadline.seconds)
    raise BadInput(f"{path}: Anki could not read it ({reason})")
