"""Where srs keeps its files: everything lives under one data directory."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["bundled_dir", "data_dir", "decks_dir"]


def data_dir() -> Path:
    """`$SRS_HOME` if set, else the platform's user data dir. Created on demand."""
    env = os.environ.get("SRS_HOME")
    if env:
        path = Path(env).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("srs", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def decks_dir() -> Path:
    path = data_dir() / "decks"
    path.mkdir(parents=True, exist_ok=True)
    return path


def bundled_dir(name: str) -> Path:
    """A folder shipped with srs (`decks` or `prompts`).

    In a wheel they live in `srs/_bundled/`; in a source checkout or an
    editable install they are the top-level folders of the repository.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "_bundled" / name, here.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} is missing from this install")
