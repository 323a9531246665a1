"""A flashcard, its serialised form, and the check that it does not give itself away."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any, NotRequired, TypedDict

from srs.deck.facts import content_words
from srs.deck.kinds import is_cloze_kind
from srs.deck.reading_list import Link
from srs.text import clean_space, strip_markdown_escapes

__all__ = [
    "ORIGINS",
    "Card",
    "CardDict",
    "cloze_answers",
    "plain_text",
    "reveals_answer",
]

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
    extra: NotRequired[str]


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
    #: Markdown shown under the answer (a paper's abstract); not part of the answer
    extra: str = ""

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = self.content_hash()

    @property
    def is_cloze(self) -> bool:
        return is_cloze_kind(self.kind)

    def content_hash(self) -> str:
        """A hash of what a reviewer sees: changes when the content changes, never the id."""
        links = [[link.text, link.url] for link in self.links]
        content: list[Any] = [self.kind, self.front, self.back, self.section, links]
        if self.extra:  # cards without one keep the hash they always had
            content.append(self.extra)
        payload = json.dumps(content, ensure_ascii=False)
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
        if self.extra:
            data["extra"] = self.extra
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Card:
        links = [Link(str(x["text"]), str(x["url"])) for x in data.get("links") or []]
        front = str(data["front"])
        return cls(
            id=str(data["id"]),
            entry=str(data.get("entry") or ""),
            kind=str(data.get("kind") or ("cloze" if CLOZE.search(front) else "basic")),
            front=front,
            back=str(data["back"]),
            section=str(data.get("section") or ""),
            links=links,
            origin=str(data.get("origin") or "manual"),
            hash=str(data.get("hash") or ""),
            locked=bool(data.get("locked", False)),
            tags=[str(t) for t in data.get("tags") or []],
            extra=str(data.get("extra") or ""),
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
    deletions. Any other card when its whole back appears on its front, or
    when most of the back's meaningful words (three quarters, ids and
    `Papers:` lines not counted) can be read on the front.
    """
    if card.is_cloze:
        visible = plain_text(CLOZE.sub(" ", card.front))
        return any(
            (answer := plain_text(text))
            # `AlphaCode` shows in `AlphaCode2`: a word that starts with the answer gives it away
            and re.search(rf"(?<!\w){re.escape(answer)}", visible)
            for text in cloze_answers(card.front)
        )
    back = plain_text(card.back)
    if back and back in plain_text(card.front):
        return True
    wanted = set(content_words(back))
    if not wanted:
        return False
    shown = set(content_words(plain_text(card.front)))
    return len(wanted & shown) * 4 >= len(wanted) * 3
