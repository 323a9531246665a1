"""A deck file's fingerprint: what says whether it changed since it was last loaded
(light to import: an unchanged deck reaches its first card without the deck reader)."""

from __future__ import annotations

import hashlib
from pathlib import Path

__all__ = ["deck_file_hash"]


def deck_file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
