"""The parsed reading list: a deck of sections, each a list of entries."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Entry", "Link", "ReadingList", "Section"]


@dataclass(frozen=True)
class Link:
    text: str
    url: str


@dataclass
class Entry:
    """One top-level list item of a section."""

    title: str
    description: str
    links: list[Link] = field(default_factory=list)
    papers: list[str] = field(default_factory=list)
    concepts: list[str] = field(default_factory=list)
    #: links that make up the bold lead-in (the title)
    title_links: list[Link] = field(default_factory=list)
    key: str = ""

    @property
    def primary_url(self) -> str | None:
        links = self.title_links or self.links
        return links[0].url if links else None


@dataclass
class Section:
    name: str
    entries: list[Entry] = field(default_factory=list)


@dataclass
class ReadingList:
    title: str
    slug: str
    date: str | None
    source: str
    sections: list[Section] = field(default_factory=list)

    @property
    def entries(self) -> list[Entry]:
        return [entry for section in self.sections for entry in section.entries]
