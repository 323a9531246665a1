"""The parsed reading list: a deck of sections, each a list of entries."""

from __future__ import annotations

from dataclasses import dataclass, field

from srs.deck.identity import arxiv_id

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
    #: arXiv ids of the papers the entry names in its title (else in its bold links)
    papers: list[str] = field(default_factory=list)
    concepts: list[str] = field(default_factory=list)
    #: links that make up the bold lead-in (the title)
    title_links: list[Link] = field(default_factory=list)
    key: str = ""
    #: arXiv ids the entry links to as related work (not in its title)
    related: list[str] = field(default_factory=list)

    def paper_names(self) -> dict[str, str]:
        """Each of `papers` with the text that links it (`2005.14165` -> `GPT3`)."""
        names: dict[str, str] = {}
        for link in [*self.title_links, *self.links]:
            pid = arxiv_id(link.url)
            if pid in self.papers and pid not in names:
                names[pid] = link.text
        return names

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
    #: things the parser changed and the user should hear about (a slug cut short)
    notes: list[str] = field(default_factory=list)

    @property
    def entries(self) -> list[Entry]:
        return [entry for section in self.sections for entry in section.entries]
