"""Anki's own library (the `anki` extra), loaded only by the commands that talk to Anki."""

from __future__ import annotations

from srs.extras import require_extra

__all__ = ["require_anki"]


def require_anki(command: str) -> None:
    """Fail with one line when the `anki` package is not installed."""
    require_extra("anki", command=command, extra="anki", package="anki")
