"""The deck file: the generated cards of one deck, as YAML a user may edit.

Lives at `$SRS_HOME/decks/<slug>.yaml`. Users may add cards by hand
(`origin: manual`) and pin a generated card with `locked: true`; both
survive every rebuild. Written atomically. Below the cards, `held_back` lists
the generated cards the quality gate held back, each with its `rule` and
`reason` (never reviewed or exported; move one into `cards` and lock it to keep it).

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
from srs.cards.card import CLOZE, Card, cloze_problem
from srs.cards.cloze_kind import is_cloze_kind
from srs.cards.gate import HeldBack
from srs.deck.yaml_emit import dump_yaml
from srs.errors import BadInput
from srs.locations import Locations
from srs.reading.model import Link
from srs.text import strip_controls
from srs.typed_yaml import read_limited, safe_load_yaml

__all__ = [
    "FORMAT",
    "DeckEntry",
    "DeckFile",
    "deck_path",
    "load_deck",
    "save_deck",
]

FORMAT = 1
MAX_DECK_BYTES = 512 * 1024 * 1024  # a deck file larger than this is not srs's
_HEADER = """\
# srs deck file, written by `srs build`. Edits to generated cards are kept
# only for cards marked `locked: true`; add your own cards with `origin: manual`
# (an `id` is made for you if you leave it out). See the README.
"""


@dataclass(frozen=True)
class DeckEntry:
    """An entry of the list as `srs read` shows it: what it is, where, its links."""

    key: str
    title: str
    section: str
    links: tuple[Link, ...] = ()
    #: arXiv ids of the papers it is about
    papers: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"key": self.key, "title": self.title, "section": self.section}
        if self.links:
            data["links"] = [{"text": link.text, "url": link.url} for link in self.links]
        if self.papers:
            data["papers"] = list(self.papers)
        return data


@dataclass
class DeckFile:
    title: str
    slug: str
    source: str
    date: str | None = None
    sections: list[str] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    held_back: list[HeldBack] = field(default_factory=list)
    #: the list's entries in list order (a deck file written before srs read has none)
    entries: list[DeckEntry] = field(default_factory=list)
    #: the slug the deck's card ids were made with, when it is not `slug` (a deck
    #: renamed with `srs decks rename` keeps its card ids, hence its history)
    ids: str = ""

    @property
    def id_slug(self) -> str:
        return self.ids or self.slug

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT,
            "deck": {
                "title": self.title,
                "slug": self.slug,
                "date": self.date,
                "source": self.source,
                "sections": self.sections,
                **({"ids": self.ids} if self.ids else {}),
            },
        }
        if self.entries:  # before the cards: a card added at the end of the file is a card
            data["entries"] = [entry.to_dict() for entry in self.entries]
        if self.held_back:
            data["held_back"] = [
                {**item.card.to_dict(), "rule": item.rule, "reason": item.reason}
                for item in self.held_back
            ]
        data["cards"] = [card.to_dict() for card in self.cards]
        return data


def deck_path(home: Path, slug: str) -> Path:
    """Deck `slug`'s file in data directory `home` (its folder is made by the first write,
    never by a look: a dry run leaves no empty `decks/`)."""
    return Locations(home).deck(slug)


def _cache_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.cache.json")


def _read_raw(path: Path) -> tuple[Any, str | None]:
    """The deck file's data, and its YAML text when it was parsed (None: the JSON copy)."""
    data = read_limited(path, MAX_DECK_BYTES)
    digest = hashlib.sha256(data).hexdigest()
    try:
        cached = json.loads(_cache_path(path).read_text(encoding="utf-8"))
        if isinstance(cached, dict) and cached.get("sha256") == digest:
            return cached["deck"], None
    except (OSError, ValueError, KeyError):
        pass
    text = data.decode("utf-8")
    return safe_load_yaml(text, path), text


def _text(value: Any, where: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise BadInput(f"{where}: must be text")
    return strip_controls(str(value))


def _flag(value: Any, where: str) -> bool:
    """A YAML boolean (`true`/`false`; YAML 1.1's bare yes/no/on/off are booleans too).
    Anything else is refused, so `locked: "no"` (text, which would read as true in many
    a program) or `locked: 0` never decides silently whether a card is locked."""
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    raise BadInput(f"{where}: must be true or false (a YAML boolean, not {value!r})")


def _card(item: Any, index: int, path: Path, slug: str, where_list: str = "cards") -> Card:
    where = f"{path}: {where_list}[{index}]"
    if not isinstance(item, dict):
        raise BadInput(f"{where}: must be a mapping")
    for key in ("front", "back"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise BadInput(f"{where}.{key}: missing or empty")
    links_raw = item.get("links") or []
    if not isinstance(links_raw, list) or not all(
        isinstance(link, dict) and "url" in link for link in links_raw
    ):
        raise BadInput(f"{where}.links: must be a list of {{text, url}}")
    tags_raw = item.get("tags") or []
    if not isinstance(tags_raw, list):
        raise BadInput(f"{where}.tags: must be a list")
    origin = _text(item.get("origin"), f"{where}.origin") or "manual"
    if "id" in item:
        cid = _text(item["id"], f"{where}.id", required=True)
    elif origin == "manual":
        cid = _manual_id(slug, item["front"])
    else:
        raise BadInput(f"{where}.id: missing")
    front = strip_controls(item["front"])
    kind = _text(item.get("kind"), f"{where}.kind") or ("cloze" if CLOZE.search(front) else "basic")
    if is_cloze_kind(kind) and (why := cloze_problem(front)) is not None:
        raise BadInput(f"{where}.front: {why}")
    return Card(
        id=cid,
        entry=_text(item.get("entry"), f"{where}.entry"),
        kind=kind,
        front=front,
        back=strip_controls(item["back"]),
        section=_text(item.get("section"), f"{where}.section"),
        links=[
            Link(_text(link.get("text"), f"{where}.links"), _text(link["url"], f"{where}.links"))
            for link in links_raw
        ],
        origin=origin,
        hash=_text(item.get("hash"), f"{where}.hash"),
        locked=_flag(item.get("locked"), f"{where}.locked"),
        tags=[_text(tag, f"{where}.tags") for tag in tags_raw],
        extra=_text(item.get("extra"), f"{where}.extra"),
    )


def load_deck(path: Path) -> DeckFile:
    """Read a deck file; a broken file is a `BadInput` naming it, the key and the problem."""
    try:
        raw, text = _read_raw(path)
    except FileNotFoundError:
        raise BadInput(f"{path}: no such deck file (run `srs build` first)") from None
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot read deck file ({exc.strerror or exc})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("deck"), dict):
        raise BadInput(f"{path}: not an srs deck file (no `deck` mapping)")
    deck = raw["deck"]
    cards_raw = raw.get("cards") or []
    if not isinstance(cards_raw, list):
        raise BadInput(f"{path}: cards: must be a list")
    sections = deck.get("sections") or []
    if not isinstance(sections, list):
        raise BadInput(f"{path}: deck.sections: must be a list of section names")
    slug = _text(deck.get("slug"), f"{path}: deck.slug") or path.stem
    cards = [_card(item, index, path, slug) for index, item in enumerate(cards_raw)]
    seen: dict[str, int] = {}
    for index, card in enumerate(cards):
        if card.id in seen:
            first, second = _lines(text, path, (seen[card.id], index))
            raise BadInput(
                f"{path}: two cards have the id {card.id!r} (lines {first} and {second}); "
                "give one of them another id, or delete it"
            )
        seen[card.id] = index
    held_raw = raw.get("held_back") or []
    held = [
        HeldBack(
            _card(item, index, path, slug, "held_back"),
            _text(item.get("rule"), f"{path}: held_back[{index}].rule"),
            _text(item.get("reason"), f"{path}: held_back[{index}].reason"),
        )
        for index, item in enumerate(held_raw if isinstance(held_raw, list) else [])
        if isinstance(item, dict)
    ]
    entries_raw = raw.get("entries") or []
    if not isinstance(entries_raw, list):
        raise BadInput(f"{path}: entries: must be a list")
    entries = [_entry(item, index, path) for index, item in enumerate(entries_raw)]
    date = deck.get("date")
    return DeckFile(
        title=_text(deck.get("title"), f"{path}: deck.title"),
        slug=slug,
        source=_text(deck.get("source"), f"{path}: deck.source"),
        date=None if date is None else str(date),
        sections=[_text(s, f"{path}: deck.sections") for s in sections],
        cards=cards,
        held_back=held,
        entries=entries,
        ids=_text(deck.get("ids"), f"{path}: deck.ids"),
    )


def _entry(item: Any, index: int, path: Path) -> DeckEntry:
    where = f"{path}: entries[{index}]"
    if not isinstance(item, dict):
        raise BadInput(f"{where}: must be a mapping")
    links_raw = item.get("links") or []
    papers_raw = item.get("papers") or []
    if not isinstance(links_raw, list) or not all(
        isinstance(link, dict) and "url" in link for link in links_raw
    ):
        raise BadInput(f"{where}.links: must be a list of {{text, url}}")
    if not isinstance(papers_raw, list):
        raise BadInput(f"{where}.papers: must be a list of arXiv ids")
    return DeckEntry(
        key=_text(item.get("key"), f"{where}.key", required=True),
        title=strip_controls(_text(item.get("title"), f"{where}.title")),
        section=_text(item.get("section"), f"{where}.section"),
        links=tuple(
            Link(_text(link.get("text"), f"{where}.links"), _text(link["url"], f"{where}.links"))
            for link in links_raw
        ),
        papers=tuple(_text(paper, f"{where}.papers") for paper in papers_raw),
    )


def _lines(text: str | None, path: Path, indexes: tuple[int, int]) -> tuple[int, int]:
    """The line numbers of two cards, from the YAML's own node marks."""
    if text is None:  # read from srs's own JSON copy: cannot happen, but name cards then
        return indexes
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if node is None:
        return indexes
    cards = next(v for k, v in node.value if k.value == "cards")
    first, second = (cards.value[i].start_mark.line + 1 for i in indexes)
    return first, second


def _manual_id(slug: str, front: str) -> str:
    digest = hashlib.sha256(front.strip().encode("utf-8")).hexdigest()[:12]
    return f"{slug}|manual|{digest}"


def save_deck(deck: DeckFile, path: Path) -> Path:
    raw = deck.to_dict()
    data = (_HEADER + dump_yaml(raw)).encode("utf-8")
    cache = {"sha256": hashlib.sha256(data).hexdigest(), "deck": raw}
    atomic_write_bytes(_cache_path(path), json.dumps(cache, ensure_ascii=False).encode("utf-8"))
    atomic_write_bytes(path, data)
    return path
