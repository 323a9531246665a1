"""Decks renamed with `srs decks rename`: the list that made deck OLD still says OLD
(its file name or `slug:`), so `srs build` of that list builds into the deck's new
name. Kept in `decks/renamed.json` as {old slug: new slug}."""

from __future__ import annotations

import json
from pathlib import Path

from srs.atomic import atomic_write_text
from srs.locations import Locations
from srs.text import is_slug

__all__ = ["forget_deck", "record_rename", "renamed_to"]


def _file(home: Path) -> Path:
    return Locations(home).decks / "renamed.json"


def _read(home: Path) -> dict[str, str]:
    try:
        data = json.loads(_file(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if is_slug(str(k)) and is_slug(str(v))}


def _write(home: Path, renames: dict[str, str]) -> None:
    path = _file(home)
    if not renames:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(renames, ensure_ascii=False, sort_keys=True) + "\n")


def renamed_to(home: Path, slug: str) -> str | None:
    """The deck that deck `slug` was renamed to, if it was."""
    return _read(home).get(slug)


def record_rename(home: Path, old: str, new: str) -> None:
    """Deck `old` is now `new` (and so is every deck renamed to `old` before)."""
    renames = {k: (new if v == old else v) for k, v in _read(home).items() if k != new}
    renames[old] = new
    _write(home, renames)


def forget_deck(home: Path, slug: str) -> None:
    """Deck `slug` is gone: no list builds into it through a rename any more."""
    renames = _read(home)
    kept = {k: v for k, v in renames.items() if v != slug and k != slug}
    if kept != renames:
        _write(home, kept)
