"""A paper's metadata as arXiv gives it: title, authors, date, abstract, category.

Untrusted text from outside: cleaned of control characters on the way in,
escaped by whoever renders it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NotRequired, TypedDict

from srs.reading.orgs import TEAM_LABS
from srs.text import clean_space, strip_controls

__all__ = ["Paper", "PaperDict"]

_GROUPS = ("team", "group", "lab", "labs", "consortium", "collaboration", "project")
#: a paper with more authors than this lists them alphabetically or by team: no first author
CROWD = 100
#: the most kept of each text, whatever a server sends (a real abstract is under 1,920
#: characters, a title under 300): longer text is cut at a word and ends in `…`
MAX_TITLE = 400
MAX_ABSTRACT = 5_000
MAX_AUTHOR = 200
MAX_CATEGORY = 40
#: the most author names kept; `authors_total` still counts them all
MAX_AUTHORS = 50


def _surname(author: str) -> str:
    """`Tom B. Brown` -> `Brown`; a team or a one-word author (`Gemini Team`, `OpenAI`) whole."""
    words = author.split()
    if len(words) == 1 or words[-1].casefold() in _GROUPS:
        return author
    return words[-1]


def _is_group(author: str) -> bool:
    words = author.replace("-", " ").split()
    return len(author.split()) == 1 or words[-1].casefold() in _GROUPS or "Team" in words


def _capped(text: str, limit: int) -> str:
    """`text`, or its first `limit` characters cut at a word and ended with `…`."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


class PaperDict(TypedDict):
    arxiv_id: str
    title: str
    authors: list[str]
    published: str
    abstract: str
    category: str
    authors_total: NotRequired[int]


@dataclass(frozen=True)
class Paper:
    arxiv_id: str
    title: str
    authors: tuple[str, ...]
    published: str  # YYYY-MM-DD
    abstract: str
    category: str = ""
    #: how many authors arXiv lists (`authors` may hold only the first few); 0: all listed
    authors_total: int = 0

    @classmethod
    def make(
        cls,
        arxiv_id: str,
        title: str,
        authors: list[str] | tuple[str, ...],
        published: str,
        abstract: str,
        category: str = "",
        authors_total: int = 0,
    ) -> Paper:
        """A paper from untrusted text: control characters gone, whitespace folded, each
        text cut to its cap (`MAX_TITLE`, `MAX_ABSTRACT`, ...)."""

        def clean(text: str, limit: int = 100) -> str:
            # cut before cleaning too: a megabyte of abstract is never scanned whole
            return _capped(clean_space(strip_controls(text[: 2 * limit])), limit)

        names = [name for a in authors[: 2 * MAX_AUTHORS] if (name := clean(a, MAX_AUTHOR))]
        total = max(0, authors_total)
        if len(authors) > MAX_AUTHORS:
            total = max(total, len(authors))
        return cls(
            arxiv_id=clean(arxiv_id),
            title=clean(title, MAX_TITLE),
            authors=tuple(names[:MAX_AUTHORS]),
            published=clean(published)[:10],
            abstract=clean(abstract, MAX_ABSTRACT),
            category=clean(category, MAX_CATEGORY),
            authors_total=total,
        )

    @property
    def year(self) -> int:
        return int(self.published[:4])

    @property
    def byline(self) -> str:
        """`Brown et al.`, `Vaswani and Shazeer`, `Radford`: surnames as people cite them."""
        names = [_surname(author) for author in self.authors if author.split()]
        if not names:
            return "unknown authors"
        if _is_group(self.authors[0]):
            # `OpenAI`, `DeepSeek-AI`: the lab wrote it; `Gemini Team`: Google DeepMind did
            return TEAM_LABS.get(self.authors[0], self.authors[0])
        if max(self.authors_total, len(self.authors)) > CROWD:
            return ""  # 559 authors in alphabetical order: its first is nobody's byline
        if len(names) == 1:
            return names[0]
        if len(names) == 2:
            return f"{names[0]} and {names[1]}"
        return f"{names[0]} et al."

    def is_valid(self) -> bool:
        return bool(self.arxiv_id and self.title and self.published[:4].isdigit())

    def to_dict(self) -> PaperDict:
        data: PaperDict = {
            "arxiv_id": self.arxiv_id,
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published,
            "abstract": self.abstract,
            "category": self.category,
        }
        if self.authors_total:
            data["authors_total"] = self.authors_total
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Paper:
        authors = data.get("authors")
        return cls.make(
            arxiv_id=str(data["arxiv_id"]),
            title=str(data["title"]),
            authors=[str(a) for a in authors] if isinstance(authors, list) else [],
            published=str(data["published"]),
            abstract=str(data.get("abstract") or ""),
            category=str(data.get("category") or ""),
            authors_total=_count(data.get("authors_total")),
        )
