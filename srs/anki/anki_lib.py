"""Anki's own library (the `anki` extra), loaded only by the commands that talk to Anki."""

from __future__ import annotations

import importlib.util

from srs.errors import SrsError

__all__ = ["require_anki"]


def require_anki(command: str) -> None:
    """Fail with one line when the `anki` package is not installed."""
    if importlib.util.find_spec("anki") is None:
        raise SrsError(
            f"{command} needs Anki's library: pip install 'srs-reading-list[anki]' "
            "(or pipx inject srs-reading-list anki)"
        )
