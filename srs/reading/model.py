"""The reading of a list: a deck of sections, each a list of entries, each entry read
as a learner reads it — what it names, which papers are its own, who made it and when,
and what it claims."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from srs.reading.urls import arxiv_id

__all__ = [
    "Attribution",
    "Claim",
    "Entry",
    "Finding",
    "Link",
    "Mention",
    "ReadingList",
    "Section",
]


@dataclass(frozen=True)
class Link:
    text: str
    url: str


@dataclass(frozen=True)
class Attribution:
    """Who made an entry's artefact and when: its metadata, never its fact."""

    authors: str = ""  # as people cite them: `Vaswani et al.`, `Hinton and Dean`
    lab: str = ""  # `Google`, `Meta`, `Stanford`
    year: int | None = None
    venue: str = ""  # `NeurIPS 2017`, `ACL`
    date: str = ""  # `2017-06` when the list gives more than a year

    def __bool__(self) -> bool:
        return bool(self.authors or self.lab or self.year or self.venue)

    def merged(self, other: Attribution) -> Attribution:
        """This attribution, its gaps filled from `other` — but never with a venue two
        years or more before its year (`Munzner, … (A K Peters/CRC, 2014). … Also her "A
        Nested Model …" (InfoVis 2009)`, r105 syllabus: the book is no InfoVis 2009 paper;
        a later venue is where a preprint was published, and a year before is a table's
        arXiv date after the proceedings: `2023-03 | ROOTS | … NeurIPS 2022`)."""
        dated = re.search(r"\b(?:19|20)\d\d\b", other.venue)
        early = self.year and dated and int(dated[0]) <= self.year - 2
        venue = "" if early else other.venue
        return Attribution(
            authors=self.authors or other.authors,
            lab=self.lab or other.lab,
            year=self.year or other.year,
            venue=self.venue or venue,
            date=self.date or other.date,
        )


@dataclass(frozen=True)
class Mention:
    """Another work an entry names with its own citation: `ICM (Pathak et al. 2017)`."""

    name: str
    authors: str
    year: int
    venue: str = ""
    #: its arXiv id, when the bracket links it
    paper: str = ""
    #: what the list says it does, right after its citation: `REPLUG (Shi et al., …), which
    #: trains the retriever using the black-box LM's feedback` → `trains the retriever …`
    does: str = ""


@dataclass(frozen=True)
class Claim:
    """One thing an entry says its artefact is or does, cleaned of debris.

    `text` is plain text with the entry's name as its subject where the list
    left it implicit (`MMLU - the main knowledge benchmark` reads `the main
    knowledge benchmark`); `terms` are the phrases the list stressed in it
    (bold, or linked names) that a card may ask for.
    """

    text: str
    #: `defines` (what it is), `does` (what it does), `introduces` (coined, proposed,
    #: started), or `says`
    kind: str
    terms: tuple[str, ...] = ()
    #: `text`, `nested` (a bullet under the entry), `abstract`, `title` (its subtitle)
    source: str = "text"
    #: for `introduces`: what was introduced (`lookaheads and backtracking`, `the term`)
    introduced: str = ""
    #: the whole sentence the claim was cut from (a definition keeps only its head)
    sentence: str = ""
    #: for `introduces`: its verb in the past tense (`introduced`, `coined`, `started`)
    verb: str = ""
    #: what the list labelled it (`Idea: late interaction` → `key idea`), or nothing
    label: str = ""


@dataclass(frozen=True)
class Finding:
    """What a study the entry cites found about its term: `populations where the food peak
    was earliest declined ~90% (Both et al. 2006, *Nature* 441)` under **Phenological
    mismatch**: the people found that, they did not make the term."""

    text: str
    cited: Attribution
    #: the study's people are the sentence's subject, cut off: `text` opens with what they
    #: did (`transmitted a chicken sarcoma with a cell-free filtrate`, Rous 1911)
    did: bool = False


@dataclass
class Entry:
    """One entry of a section: a list item, or a row of a table."""

    title: str
    description: str
    links: list[Link] = field(default_factory=list)
    #: arXiv ids of the entry's own papers (the ones it is about)
    papers: list[str] = field(default_factory=list)
    concepts: list[str] = field(default_factory=list)
    #: links that make up the title (its bold lead-in, a table's name or paper cell)
    title_links: list[Link] = field(default_factory=list)
    key: str = ""
    #: arXiv ids the entry links to as related work (not its own)
    related: list[str] = field(default_factory=list)
    #: the short name of what the entry is about (`MMLU`), empty for a topic entry
    name: str = ""
    #: the names of the things an entry groups (`LoRA`, `QLoRA`); one for most entries
    names: list[str] = field(default_factory=list)
    #: the entry names no single artefact ("Honorable mentions", "Post-training surveys")
    topic: bool = False
    #: paper titles the list itself gives, by arXiv id or by URL (an awesome list's link text)
    paper_titles: dict[str, str] = field(default_factory=dict)
    attribution: Attribution = field(default_factory=Attribution)
    claims: list[Claim] = field(default_factory=list)
    #: names the entry points to as related ("See also X, Y and Z")
    see_also: list[str] = field(default_factory=list)
    #: names the entry says stand in for papers ("… have system cards instead")
    instead: list[str] = field(default_factory=list)
    #: the names the entry's own papers go by (`2005.14165` -> `GPT3`)
    own_names: dict[str, str] = field(default_factory=dict)
    #: acronyms the entry spells out (`WAL` -> `Write-ahead logging`)
    acronyms: dict[str, str] = field(default_factory=dict)
    #: other works the entry names with their own citation (`ICM (Pathak et al. 2017)`)
    mentions: list[Mention] = field(default_factory=list)
    #: what the studies a glossary's term cites found about it, each with its citation
    findings: list[Finding] = field(default_factory=list)

    def paper_names(self) -> dict[str, str]:
        """Each of `papers` with the name the list gives it (`2005.14165` -> `GPT3`)."""
        names: dict[str, str] = {}
        for pid in self.papers:
            if pid in self.own_names:
                names[pid] = self.own_names[pid]
        for link in [*self.title_links, *self.links]:
            linked = arxiv_id(link.url)
            if linked is not None and linked in self.papers and linked not in names:
                names[linked] = link.text
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
