"""Find a deck file by slug, defaulting to the current deck."""

from __future__ import annotations

from pathlib import Path

from srs.current import current_slug
from srs.deckfile import deck_path
from srs.errors import BadInput

__all__ = ["resolve_deck_path"]


def resolve_deck_path(slug: str | None) -> Path:
    slug = slug or current_slug()
    if slug is None:
        raise BadInput("no deck yet: run `srs build` to make one from the bundled list")
    path = deck_path(slug)
    if not path.exists():
        raise BadInput(f"{path}: no deck named {slug!r} (run `srs build` first)")
    return path
