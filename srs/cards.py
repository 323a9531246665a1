"""A flashcard, its serialised form, and the check that it does not give itself away."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any, NotRequired, TypedDict

from srs.reading_list import Link
from srs.text import clean_space, strip_markdown_escapes

__all__ = [
    "KINDS",
    "ORIGINS",
    "Card",
    "CardDict",
    "cloze_answers",
    "plain_text",
    "reveals_answer",
]

KINDS = ("gist", "reverse", "cloze", "basic")
ORIGINS = ("template", "llm", "manual")
CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_MD_MARKS = re.compile(r"(?<!\\)[*_`]")


class CardDict(TypedDict):
    id: str
    entry: str
    kind: str
    front: str
    back: str
    section: str
    links: list[dict[str, str]]
    origin: str
    hash: str
    locked: NotRequired[bool]
    tags: NotRequired[list[str]]


@dataclass
class Card:
    """One question/answer card. `front` and `back` are Markdown."""

    id: str
    entry: str
    kind: str
    front: str
    back: str
    section: str
    links: list[Link] = field(default_factory=list)
    origin: str = "template"
    hash: str = ""
    locked: bool = False
    tags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = self.content_hash()

    @property
    def is_cloze(self) -> bool:
        return bool(CLOZE.search(self.front))

    def content_hash(self) -> str:
        """A hash of what a reviewer sees: changes when the content changes, never the id."""
        links = [[link.text, link.url] for link in self.links]
        payload = json.dumps(
            [self.kind, self.front, self.back, self.section, links],
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> CardDict:
        data: CardDict = {
            "id": self.id,
            "entry": self.entry,
            "kind": self.kind,
            "front": self.front,
            "back": self.back,
            "section": self.section,
            "links": [{"text": link.text, "url": link.url} for link in self.links],
            "origin": self.origin,
            "hash": self.hash,
        }
        if self.locked:
            data["locked"] = True
        if self.tags:
            data["tags"] = list(self.tags)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Card:
        links = [Link(str(x["text"]), str(x["url"])) for x in data.get("links") or []]
        return cls(
            id=str(data["id"]),
            entry=str(data.get("entry") or ""),
            kind=str(data.get("kind") or "basic"),
            front=str(data["front"]),
            back=str(data["back"]),
            section=str(data.get("section") or ""),
            links=links,
            origin=str(data.get("origin") or "manual"),
            hash=str(data.get("hash") or ""),
            locked=bool(data.get("locked", False)),
            tags=[str(t) for t in data.get("tags") or []],
        )


def plain_text(markdown: str) -> str:
    """Card Markdown reduced to comparable plain text (casefolded, spaced)."""
    text = _MD_MARKS.sub("", markdown)
    text = strip_markdown_escapes(text)
    text = re.sub(r"[\-‐‑–—]", " ", text)
    return clean_space(text).casefold()


def cloze_answers(front: str) -> list[str]:
    return [match.group(2) for match in CLOZE.finditer(front)]


def reveals_answer(card: Card) -> bool:
    """True when the front gives away the answer.

    A cloze gives itself away when a hidden phrase also shows outside the
    deletions; any other card when its whole back appears on its front.
    """
    if card.is_cloze:
        visible = plain_text(CLOZE.sub(" ", card.front))
        return any(
            (answer := plain_text(text))
            and re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", visible)
            for text in cloze_answers(card.front)
        )
    back = plain_text(card.back)
    return bool(back) and back in plain_text(card.front)
