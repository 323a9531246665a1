"""arXiv paper metadata and its cache under the data directory.

`srs papers` fills the cache from the arXiv API (see `srs.arxiv_fetch`);
`srs build` only ever reads it, so builds stay offline and deterministic.
Everything here is data from outside: cleaned of control characters on the
way in, escaped by whoever renders it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from srs.atomic import atomic_write_text
from srs.locations import data_dir
from srs.text import clean_space, strip_controls

__all__ = ["Paper", "PaperDict", "cache_path", "load_papers", "save_papers"]

_FORMAT = 1


class PaperDict(TypedDict):
    arxiv_id: str
    title: str
    authors: list[str]
    published: str
    abstract: str
    category: str


@dataclass(frozen=True)
class Paper:
    arxiv_id: str
    title: str
    authors: tuple[str, ...]
    published: str  # YYYY-MM-DD
    abstract: str
    category: str = ""

    @classmethod
    def make(
        cls,
        arxiv_id: str,
        title: str,
        authors: list[str] | tuple[str, ...],
        published: str,
        abstract: str,
        category: str = "",
    ) -> Paper:
        """A paper from untrusted text: control characters gone, whitespace folded."""

        def clean(text: str) -> str:
            return clean_space(strip_controls(text))

        return cls(
            arxiv_id=clean(arxiv_id),
            title=clean(title),
            authors=tuple(name for a in authors if (name := clean(a))),
            published=clean(published)[:10],
            abstract=clean(abstract),
            category=clean(category),
        )

    @property
    def year(self) -> int:
        return int(self.published[:4])

    @property
    def byline(self) -> str:
        """`Brown et al.`, `Vaswani and Shazeer`, `Radford`: surnames as people cite them."""
        names = [author.split()[-1] for author in self.authors if author.split()]
        if not names:
            return "unknown authors"
        if len(names) == 1:
            return names[0]
        if len(names) == 2:
            return f"{names[0]} and {names[1]}"
        return f"{names[0]} et al."

    def is_valid(self) -> bool:
        return bool(self.arxiv_id and self.title and self.published[:4].isdigit())

    def to_dict(self) -> PaperDict:
        return {
            "arxiv_id": self.arxiv_id,
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published,
            "abstract": self.abstract,
            "category": self.category,
        }

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
        )


def cache_path(home: Path | None = None) -> Path:
    return (home or data_dir()) / "papers" / "arxiv.json"


def load_papers(home: Path | None = None) -> dict[str, Paper]:
    """The cached metadata by arXiv id; a missing or damaged cache is empty, never an error.

    Entries that do not validate are skipped one by one, so one bad entry
    cannot hide the rest.
    """
    path = cache_path(home)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    items = raw.get("papers") if isinstance(raw, dict) else None
    papers: dict[str, Paper] = {}
    for item in items if isinstance(items, list) else []:
        try:
            paper = Paper.from_dict(item)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        if paper.is_valid():
            papers[paper.arxiv_id] = paper
    return papers


def save_papers(papers: Mapping[str, Paper], home: Path | None = None) -> Path:
    """Write the whole cache atomically, sorted by id (the same papers, the same bytes)."""
    path = cache_path(home)
    data = {
        "format": _FORMAT,
        "papers": [papers[key].to_dict() for key in sorted(papers)],
    }
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return path
