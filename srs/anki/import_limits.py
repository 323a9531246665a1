"""The bounds on reading one Anki file (`srs import-anki`), and how they are reported.

A hostile file must not fill the disk (a zip bomb) or hang srs (a view over an
endless query): a package's collection inflates to at most `MAX_INFLATED` bytes, and
unpacking and reading one file takes at most `TIME_LIMIT_S` seconds.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import NamedTuple

from srs.errors import BadInput

__all__ = ["MAX_INFLATED", "TIME_LIMIT_S", "Deadline", "size_text", "too_big", "too_slow"]

#: the most a package's collection may inflate to (a million reviews take ~200 MB)
MAX_INFLATED = 1 << 30
#: the most unpacking and reading one file may take (a million reviews: seconds)
TIME_LIMIT_S = 300.0


class Deadline(NamedTuple):
    """When the time for reading one file is up (`time.monotonic()`)."""

    at: float
    seconds: float

    @classmethod
    def start(cls) -> Deadline:
        return cls(time.monotonic() + TIME_LIMIT_S, TIME_LIMIT_S)

    def left(self) -> float:
        return self.at - time.monotonic()


def size_text(count: int) -> str:
    """`1 GiB`, `64 KiB`, `1500 bytes`."""
    for unit, shift in (("GiB", 30), ("MiB", 20), ("KiB", 10)):
        if count >= 1 << shift and count % (1 << shift) == 0:
            return f"{count >> shift} {unit}"
    return f"{count} bytes"


def too_big(path: Path, cap: int) -> BadInput:
    return BadInput(
        f"{path}: its collection inflates to more than {size_text(cap)}, the most srs "
        "unpacks from a package (a zip bomb?)"
    )


def too_slow(path: Path, seconds: float) -> BadInput:
    return BadInput(
        f"{path}: reading it took more than {seconds:g} s, the most srs allows "
        "(a broken or hostile collection?)"
    )
