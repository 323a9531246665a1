"""A flashcard and its serialised form."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NotRequired, TypedDict

from srs.cards.cloze_kind import is_cloze_kind
from srs.reading.model import Link
from srs.text import clean_space, strip_markdown_escapes

__all__ = [
    "CLOZE",
    "ORIGINS",
    "Card",
    "CardDict",
    "cloze_answers",
    "cloze_problem",
    "plain_text",
]

ORIGINS = ("template", "llm", "manual")
CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_MD_MARKS = re.compile(r"(?<!\\)[*_`]")
# what is left of a deletion once the well-formed ones are gone: an opening marker
_CLOZE_OPENING = re.compile(r"\{\{c\d*::")


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
        """The card as a deck file and `srs cards --json` hold it (read back, checked, by
        `srs.deck.deckfile`)."""
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


@lru_cache(maxsize=8192)
def plain_text(markdown: str) -> str:
    """Card Markdown reduced to comparable plain text (casefolded, spaced)."""
    text = _MD_MARKS.sub("", markdown)
    text = strip_markdown_escapes(text)
    text = re.sub(r"[\-‐‑–—]", " ", text)
    return clean_space(text).casefold()


def cloze_answers(front: str) -> list[str]:
    return [match.group(2) for match in CLOZE.finditer(front)]


def cloze_problem(front: str) -> str | None:
    """Why this cloze front would not make exactly one Anki card, or None when it does.

    One srs card is one Anki card: Anki makes a card per distinct cloze number, and
    none for `c0`, an empty deletion or a front without any, so only `{{c1::...}}`
    (once or several times) is a cloze srs keeps; deletions inside deletions are refused
    too, as Anki reads them differently from srs.
    """
    if _CLOZE_OPENING.search(CLOZE.sub("", front)):
        return "an unclosed or nested {{c1:: deletion"
    matches = list(CLOZE.finditer(front))
    if not matches:
        return "a cloze card needs a {{c1::...}} deletion"
    for match in matches:
        if match.group(1) != "1":
            return (
                f"{{{{c{match.group(1)}::...}}}}: only c1 deletions are allowed "
                "(one srs card is one Anki card)"
            )
        if _CLOZE_OPENING.search(match.group(0), 2):
            return "a deletion inside another deletion"
        if not match.group(2).strip():
            return "an empty {{c1::}} deletion"
    return None
