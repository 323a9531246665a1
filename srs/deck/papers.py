"""arXiv paper metadata and its cache under the data directory.

`srs papers` fills the cache from the arXiv API (see `srs.deck.arxiv_fetch`);
`srs build` only ever reads it, so builds stay offline and deterministic. The
bundled lists ship the facts of their papers (title, authors, date, category —
never abstracts) in `decks/<list>.papers.json`, so a fresh machine has paper cards
before `srs papers` ever runs; the cache, once filled, takes precedence.
Everything here is data from outside: cleaned of control characters on the
way in, escaped by whoever renders it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from srs.atomic import atomic_write_text
from srs.locations import Locations, bundled_dir
from srs.reading.model import ReadingList
from srs.reading.paper import Paper

__all__ = [
    "PapersReport",
    "bundled_facts",
    "cache_path",
    "list_papers",
    "load_missing",
    "load_papers",
    "paper_facts",
    "save_papers",
]

_FORMAT = 1
#: arXiv answered, without this id: remembered, so a second run sends nothing
NOT_FOUND = "not in arXiv's reply"


def cache_path(home: Path) -> Path:
    return Locations(home).papers_cache


def load_missing(home: Path) -> set[str]:
    """Ids arXiv answered it does not know (asked again only with `--refresh`)."""
    try:
        raw = json.loads(cache_path(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    missing = raw.get("missing") if isinstance(raw, dict) else None
    return {str(pid) for pid in missing} if isinstance(missing, list) else set()


def load_papers(home: Path) -> dict[str, Paper]:
    """The cached metadata by arXiv id; a missing or damaged cache is empty, never an error.

    Entries that do not validate are skipped one by one, so one bad entry
    cannot hide the rest.
    """
    return _read_papers(cache_path(home))


def bundled_facts() -> dict[str, Paper]:
    """The paper facts shipped with the bundled lists (`decks/*.papers.json`)."""
    try:
        folder = bundled_dir("decks")
    except FileNotFoundError:
        return {}
    found: dict[str, Paper] = {}
    for path in sorted(folder.glob("*.papers.json")):
        found.update(_read_papers(path))
    return found


def paper_facts(home: Path) -> dict[str, Paper]:
    """What a build knows of papers: the bundled facts, overlaid by the user's cache."""
    return {**bundled_facts(), **load_papers(home)}


def _read_papers(path: Path) -> dict[str, Paper]:
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


def save_papers(papers: Mapping[str, Paper], home: Path, missing: set[str] | None = None) -> Path:
    """Write the whole cache atomically, sorted by id (the same papers, the same bytes)."""
    path = cache_path(home)
    data: dict[str, Any] = {
        "format": _FORMAT,
        "papers": [papers[key].to_dict() for key in sorted(papers)],
    }
    if missing:
        data["missing"] = sorted(missing - set(papers))
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return path


@dataclass
class PapersReport:
    """What `srs papers` found: metadata for the list's ids, and where it came from."""

    papers: list[tuple[Paper, str]]  # each paper with the title of the entry naming it
    fetched: int
    cached: int
    requests: int
    failed: list[dict[str, str]]

    def to_json(self) -> dict[str, Any]:
        return {
            "papers": [
                {
                    "arxiv_id": paper.arxiv_id,
                    "title": paper.title,
                    "authors": list(paper.authors),
                    "year": paper.year,
                    "abstract": paper.abstract,
                    "entry": entry,
                }
                for paper, entry in self.papers
            ],
            "fetched": self.fetched,
            "cached": self.cached,
            "requests": self.requests,
            "failed": self.failed,
        }


def list_papers(
    reading_list: ReadingList,
    *,
    home: Path,
    refresh: bool = False,
    progress: bool | None = None,
    delay: float = 3.0,
    deadline: float | None = None,
) -> PapersReport:
    """Metadata of every arXiv id in the list: from the cache in data directory `home`,
    the rest from arXiv.

    What arrives is saved after every batch, so an interrupted run keeps it;
    `refresh` asks arXiv again for every id; `deadline` is each request's whole
    time (default `arxiv_fetch.DEADLINE`).
    """
    from srs.deck.arxiv_fetch import DEADLINE, FetchResult, fetch_papers

    entry_of: dict[str, str] = {}
    for entry in reading_list.entries:
        for pid in [*entry.papers, *entry.related]:
            entry_of.setdefault(pid, entry.title)
    known = load_papers(home)
    missing = set() if refresh else load_missing(home)
    wanted = list(entry_of)
    todo = wanted if refresh else [p for p in wanted if p not in known and p not in missing]

    def keep(result: FetchResult) -> None:
        unknown = {item["arxiv_id"] for item in result.failed if item["reason"] == NOT_FOUND}
        if result.papers or unknown:
            save_papers({**known, **result.papers}, home, missing | unknown)

    fetched = (
        fetch_papers(
            todo, delay=delay, deadline=deadline or DEADLINE, progress=progress, on_batch=keep
        )
        if todo
        else FetchResult()
    )
    known.update(fetched.papers)
    remembered = [
        {"arxiv_id": pid, "reason": NOT_FOUND} for pid in wanted if pid in missing and not refresh
    ]
    return PapersReport(
        papers=[(known[pid], entry_of[pid]) for pid in wanted if pid in known],
        fetched=len(fetched.papers),
        cached=sum(1 for pid in wanted if pid in known and pid not in fetched.papers),
        requests=fetched.requests,
        failed=remembered + fetched.failed,
    )
