"""The deck file: the generated cards of one deck, as YAML a user may edit.

Lives at `$SRS_HOME/decks/<slug>.yaml`. Users may add cards by hand
(`origin: manual`) and pin a generated card with `locked: true`; both
survive every rebuild. Written atomically.

Parsing YAML (always with `yaml.safe_load`) is slow for large decks, so each
write also leaves a JSON copy keyed by the SHA-256 of the YAML bytes. A read
uses the copy only while the YAML is byte-for-byte what srs wrote; any edit
by hand makes srs read the YAML itself.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from srs.atomic import atomic_write_bytes
from srs.cards import Card
from srs.errors import BadInput
from srs.locations import decks_dir
from srs.yaml_emit import dump_yaml

__all__ = [
    "FORMAT",
    "DeckFile",
    "deck_path",
    "load_deck",
    "save_deck",
]

FORMAT = 1
_HEADER = """\
# srs deck file, written by `srs build`. Edits to generated cards are kept
# only for cards marked `locked: true`; add your own cards with `origin: manual`
# (an `id` is made for you if you leave it out). See the README.
"""


@dataclass
class DeckFile:
    title: str
    slug: str
    source: str
    date: str | None = None
    sections: list[str] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "deck": {
                "title": self.title,
                "slug": self.slug,
                "date": self.date,
                "source": self.source,
                "sections": self.sections,
            },
            "cards": [card.to_dict() for card in self.cards],
        }


def deck_path(slug: str) -> Path:
    return decks_dir() / f"{slug}.yaml"


def _cache_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.cache.json")


def _read_raw(path: Path) -> Any:
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    try:
        cached = json.loads(_cache_path(path).read_text(encoding="utf-8"))
        if isinstance(cached, dict) and cached.get("sha256") == digest:
            return cached["deck"]
    except (OSError, ValueError, KeyError):
        pass
    return yaml.safe_load(data.decode("utf-8"))


def load_deck(path: Path) -> DeckFile:
    """Read a deck file; a broken file is a `BadInput` naming it and the problem."""
    try:
        raw = _read_raw(path)
    except FileNotFoundError:
        raise BadInput(f"{path}: no such deck file (run `srs build` first)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path}: cannot read deck file ({exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "syntax"
        raise BadInput(f"{path}: deck file is not valid YAML ({where})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("deck"), dict):
        raise BadInput(f"{path}: not an srs deck file (no `deck` mapping)")
    deck = raw["deck"]
    cards_raw = raw.get("cards") or []
    if not isinstance(cards_raw, list):
        raise BadInput(f"{path}: cards: must be a list")
    cards: list[Card] = []
    for index, item in enumerate(cards_raw):
        if not isinstance(item, dict):
            raise BadInput(f"{path}: cards[{index}]: must be a mapping")
        for key in ("front", "back"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise BadInput(f"{path}: cards[{index}].{key}: missing or empty")
        if "id" not in item:
            if item.get("origin", "manual") != "manual":
                raise BadInput(f"{path}: cards[{index}].id: missing")
            item = {**item, "id": _manual_id(str(deck.get("slug", "")), item["front"])}
        try:
            cards.append(Card.from_dict(item))
        except (KeyError, TypeError, ValueError) as exc:
            raise BadInput(f"{path}: cards[{index}]: {exc}") from None
    return DeckFile(
        title=str(deck.get("title") or ""),
        slug=str(deck.get("slug") or path.stem),
        source=str(deck.get("source") or ""),
        date=None if deck.get("date") is None else str(deck.get("date")),
        sections=[str(s) for s in deck.get("sections") or []],
        cards=cards,
    )


def _manual_id(slug: str, front: str) -> str:
    digest = hashlib.sha256(front.strip().encode("utf-8")).hexdigest()[:12]
    return f"{slug}|manual|{digest}"


def save_deck(deck: DeckFile, path: Path | None = None) -> Path:
    path = path or deck_path(deck.slug)
    raw = deck.to_dict()
    data = (_HEADER + dump_yaml(raw)).encode("utf-8")
    cache = {"sha256": hashlib.sha256(data).hexdigest(), "deck": raw}
    atomic_write_bytes(_cache_path(path), json.dumps(cache, ensure_ascii=False).encode("utf-8"))
    atomic_write_bytes(path, data)
    return path
