"""The current deck: the one `srs` commands use when no --deck is given."""

from __future__ import annotations

from srs.atomic import atomic_write_text
from srs.locations import data_dir

__all__ = ["current_slug", "set_current_slug"]


def current_slug() -> str | None:
    marker = data_dir() / "current-deck"
    try:
        slug = marker.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return slug or None


def set_current_slug(slug: str) -> None:
    atomic_write_text(data_dir() / "current-deck", slug + "\n")
