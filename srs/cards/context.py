"""What every card builder needs of an entry, computed once: its own papers with their
titles and bylines, the claim that defines it, and the template values all kinds share."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property

from srs.cards.giveaway import shows_name
from srs.reading import attribution as attrib
from srs.reading.acronyms import is_acronym, spelled_by
from srs.reading.model import Claim, Entry, Link
from srs.reading.naming import NAME_TOKEN
from srs.reading.orgs import PLATFORMS
from srs.reading.paper import Paper
from srs.reading.phrases import content_words, is_generic_link_text, is_name, squash
from srs.reading.statements import Statement, aspect, statement
from srs.reading.urls import arxiv_id, normalise_url
from srs.text import md_escape, slugify

__all__ = ["DOCUMENT_NAME", "EntryContext", "OwnPaper", "Slot"]

_NAME_SUFFIX = re.compile(r"\s+(?:papers?|paper/framework|framework|benchmark)$", re.IGNORECASE)


def _names_paper(name: str, paper: Paper) -> bool:
    """The list's label for a related paper is that paper's own name: its title holds it
    (`GPQA: A Graduate-Level …`) — not `IOI` for a paper about competing in it, and not
    `StarCoder` for *StarCoder 2 and The Stack v2*."""
    title = paper.title
    if sum(ch.isalpha() for ch in name) < 2 or re.fullmatch(r"[vV]\d+(?:\.\d+)?", name):
        return False  # `V2` of `DeepSeek [V1], …, [V2]`: no name without its family
    head, colon, _ = title.partition(":")
    if colon and squash(head) != squash(name) and squash(head).startswith(squash(name)):
        return False  # `OpenSora` for *Open-Sora Plan: …*, `LongBench` for *LongBench v2: …*
    if re.match(rf"{re.escape(name)}\s+(?:is|are|was|were|as|at|in)\s", title, re.IGNORECASE):
        return False  # `Muon` for *Muon is Scalable for LLM Training*: a paper about it
    match = re.search(r"(?<!\w)" + re.escape(name) + r"(?P<after>\s*\d)?", title, re.IGNORECASE)
    if match is not None:
        return match.group("after") is None
    return squash(name) in squash(title.split(":")[0]) and len(squash(name)) >= 4


def _credits_others(authors: str, paper: Paper) -> bool:
    """The list cites other people for the entry than the paper it links (`pass@k: …
    Introduced … (Kulal et al. 2019)` linking the Codex paper, Chen et al.): the paper is
    a reading about it, not its own — no card credits the paper with it."""
    if not authors or not paper.byline:
        return False
    theirs = squash(paper.byline.split()[0].rstrip(","))
    ours = {squash(word) for word in re.findall(r"[^\W\d_][\w'’-]+", authors)} - {"et", "al", "and"}
    return bool(theirs and ours) and theirs not in ours  # (`Alec Radford`: Radford et al.'s)


def _whole_name(name: str, link: Link, description: str) -> str:
    """`Reka Core` of `Reka [Core](…)`: a link's name with the capitalised word set right
    before it (`Optimized [PQ](…)` is not PQ)."""
    found = re.search(rf"(?<![\w’'])([A-Z][\w-]*)\s+{re.escape(link.text.strip())}", description)
    if found is None or found.group(1) in {"See", "Also", "And", "Or", "The", "A", "An"}:
        return name
    return f"{found.group(1)} {name}"


def _name_of_link(text: str) -> str:
    """`GPQA`, `Scale MultiChallenge`: a link text that names a paper (not `this one`)."""
    text = _NAME_SUFFIX.sub("", text.strip(" .,;:")).strip()
    if not text or len(text.split()) > 4 or is_generic_link_text(text):
        return ""
    return text if is_name(text) or is_acronym(text) else ""


@dataclass(frozen=True)
class Slot:
    """One card a kind makes for an entry: what identifies it and the template values."""

    values: dict[str, str]
    concept: str | None = None  # the id's last part (a cloze's concept, an acronym)
    key: str | None = None  # the id's key when it is not the entry's (paper cards)
    links: list[Link] | None = None  # the card's links when not all the entry's


@dataclass(frozen=True)
class OwnPaper:
    """A paper an entry is about, with what is known of it (from arXiv or from the list)."""

    key: str  # `arxiv:<id>`, else the entry's key
    name: str  # what the list calls it: `GPT3`, `MMLU`
    title: str  # its full title, or "" when neither arXiv nor the list gives it
    byline: str  # `Brown et al.`, or ""
    year: int | None
    lab: str
    venue: str
    abstract: str
    links: list[Link] = field(default_factory=list)
    arxiv_id: str = ""
    #: the list's name is the paper's own (in its title), not an acronym of a method in it
    #: (`MoE` for *DeepSeekMoE: …*): who made *it* is then a fair question
    named: bool = True
    #: linked by no name of its own (`[adjust decoding](…)`): asked by its title
    by_title: bool = False

    @property
    def cited(self) -> str:
        """`Brown et al., 2020`, `Brown et al.`, `2020` or ""."""
        parts = [self.byline, str(self.year) if self.year else ""]
        return ", ".join(part for part in parts if part)

    def named_in_title(self) -> bool:
        """The title holds the name (`ReAct: Synergizing …`, `GPT-4 Technical Report`)."""
        return bool(self.title) and squash(self.name) in squash(self.title)

    def has_title_cards(self) -> bool:
        """Its title and its name make a `paper-title` and a `paper-name` card: a title
        that neither holds the name, nor a word of it, nor spells it; and a name (not
        `Inverse-square-root with warmup`, a table row named for what its paper brought:
        *Attention Is All You Need* is not known by that)."""
        return self._title_cards

    @cached_property
    def _title_cards(self) -> bool:  # (asked by each kind of paper card)
        if not self.title or not self.name or squash(self.title) in squash(self.name):
            return False
        if len(self.name.split()) > 1 and not is_name(self.name):
            return False
        if self.named_in_title() or spelled_by(self.name, self.title):
            return False
        # `Emergence` and *Emergent Abilities of …*, `ResNet` and *Deep Residual Learning*
        return not shows_name(self.name, self.title) and not _prefix_shown(self.name, self.title)


def _prefix_shown(name: str, title: str) -> bool:
    """`ResNet` in *Deep Residual Learning …*: a camel-cased name whose first part starts a
    word of the title."""
    parts = re.findall(r"[A-Z][a-z]+", name)
    words = re.findall(r"[^\W\d_]+", title.casefold())
    return (
        bool(parts) and len(parts[0]) >= 3 and any(w.startswith(parts[0].casefold()) for w in words)
    )


#: a page of documentation rather than a work: `etcd docs`, `namespaces(7) man page`,
#: `Kubernetes Scheduling Framework` at kubernetes.io/docs, an admin guide, a spec, a post
#: (a kind of document anywhere in the name, or last: `WebAssembly Core Specification`,
#: but not *Specification and Complexity of Collaborative Text Editing*, a paper)
DOCUMENT_NAME = re.compile(
    r"\b(?:docs?|documentation|man\s+page|manual|handbook|README|wiki|FAQ)\b"
    r"|\b(?:spec(?:ification)?|guide|blog|post|series|archive)\W*$",
    re.IGNORECASE,
)
_DOCUMENT_URL = re.compile(
    r"^https?://(?:[\w-]+\.)*(?:man7\.org|readthedocs\.io|docs\.[\w.-]+)/|/(?:docs|blog|"
    r"man-pages|admin-guide|manual|wiki|doc/html)/",
    re.IGNORECASE,
)


def _subject_of(term: str, section: str) -> bool:
    """One capitalised word that the section's heading names: the section's subject, too
    broad to be asked (`Vulkan: …`, `Postgres = …`)."""
    # (an acronym is a term of its own, whatever the heading: `WAND = "Weak AND": …`)
    return re.fullmatch(r"[A-Z][\w-]*[a-z][\w-]*", term) is not None and bool(
        re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", section)
    )


#: a named concept of the field with its article: `The Burgers vector`, `The Taylor factor`
_NAMED_CONCEPT = re.compile(r"(?:The|A|An)\s+[A-Z][a-z]+(?:[–-][A-Z][a-z]+)?\s+[a-z]+$")


#: a term that names two things to tell apart: `Osculating vs. mean elements`
_VERSUS = re.compile(r"^(?P<left>[^()]+?)\s+(?:vs\.?|versus)\s+(?P<right>[^()]+?)(?:\s*\(.*)?$")


def _sides(name: str) -> set[str]:
    """The words that name each side of a term like `Antigenic drift vs. shift` (`drift`,
    `shift`, `antigenic drift`): a sentence stating one of them says what that side is."""
    found = _VERSUS.match(name)
    if found is None:
        return set()
    sides: set[str] = set()
    for side in (found["left"], found["right"]):
        words = [re.sub(r"['’]s$", "", word).casefold() for word in side.split()]
        sides |= {" ".join(words), words[0], words[-1]}
    return sides


def _bare(name: str) -> str:
    """A name without its article, squashed: `The Log` and `log` are one."""
    return squash(re.sub(r"(?i)^(?:the|a|an)\s+", "", name.strip()))


def _related(link: Link, pid: str, meta: Paper, name: str, *, named: bool) -> OwnPaper:
    """A related paper of the entry, with the facts known of it."""
    return OwnPaper(
        key=f"arxiv:{pid}",
        name=name,
        title=meta.title,
        byline=meta.byline,
        year=meta.year,
        lab="",
        venue="",
        abstract=meta.abstract,
        links=[link],
        arxiv_id=pid,
        named=named,
    )


@dataclass
class EntryContext:
    """An entry with what every builder needs, computed once."""

    deck: str
    section: str
    entry: Entry
    papers: Mapping[str, Paper] = field(default_factory=dict)

    @cached_property
    def name(self) -> str:
        return self.entry.name

    @cached_property
    def definition(self) -> Claim | None:
        """The claim that says what the entry is (`the main knowledge benchmark`); never a
        note's statement of another term (`LSN = byte position in the WAL stream`)."""
        if self.entry.topic:
            return None
        return next(
            (
                c
                for c in self.entry.claims
                if c.kind in {"defines", "does"} and id(c) not in self.statements
            ),
            None,
        )

    @cached_property
    def is_document(self) -> bool:
        """A page of documentation rather than a work (`DOCUMENT_NAME`, or a docs site)."""
        if self.entry.papers:
            return False
        url = self.entry.primary_url or ""
        if url.casefold().endswith(".pdf"):
            return False  # (`…/doc/dsa.pdf`: a paper, wherever it is kept)
        return bool(DOCUMENT_NAME.search(self.name) or _DOCUMENT_URL.search(url))

    @cached_property
    def statements(self) -> dict[int, Statement]:
        """The entry's nested bullets that state what a term of the field is, by the id of
        their claim: `term` cards ask them, and no other kind takes them for a clue."""
        out: dict[int, Statement] = {}
        names = {_bare(name) for name in (self.entry.name, *self.entry.names) if name}
        first = next((c for c in self.entry.claims if c.kind in {"defines", "does"}), None)
        # (`**SAC**` — `maximum-entropy objective: reward + α · entropy`: the first bullet
        # under a method's short name says what the method is; its gist asks it)
        named = " " not in self.entry.name and is_name(self.entry.name)
        sides = _sides(self.entry.name)
        for claim in self.entry.claims:
            if claim.source != "nested" and sides:
                # `**Osculating vs. mean elements**: Osculating = elements of the conic …
                # Mean = averaged over …` (r159 glossary, one half asked as the whole's
                # gist, the other held): each side, asked by its name
                found = statement(claim.text)
                side = found.term.strip("*_ ").casefold() if found is not None else ""
                if found is not None and re.sub(r"['’]s$", "", side) in sides:
                    out[id(claim)] = found
                    continue
            if claim.source != "nested":
                found = statement(claim.text) if claim.kind == "says" else None
                if (
                    found is not None
                    and found.sep == "is"
                    and _NAMED_CONCEPT.match(found.term)
                    and _bare(found.term) not in names
                    # (not `The Hawk–Dove game is the standard example`, r93 glossary)
                    and len(content_words(found.answer)) >= 3
                ):
                    # `**Dislocation**: … The Burgers vector is the closure failure of a
                    # lattice circuit …` (r97 glossary, asked as a clue to Dislocation):
                    # a sentence that says what another named concept is
                    out[id(claim)] = found
                elif claim.kind == "says" and (told := aspect(claim.text)) is not None:
                    # `**Extraction yield** — … The usual target is 18–22%.` (r174 glossary:
                    # a later sentence, no card): one side of the entry, asked of it
                    out[id(claim)] = told
                continue
            # (not a finding the reading put in other words: `VanLehn … finds human tutoring at
            # about d = 0.79 …` (r150 syllabus), asked as a term `human tutoring at about d`)
            reported = claim.label in {"main finding", "main argument"}
            found = statement(claim.text) if not reported else None
            # (but `**Jaeger** (…) and **Zipkin** (…)` over `- Zipkin = Twitter, …` (r84
            # notes, graded useless as Jaeger's gist): the other name the head stresses)
            if (
                claim is first
                and named
                and (
                    found is None
                    or not is_name(found.term)
                    or found.term not in self.entry.concepts
                )
            ):
                continue
            if found is not None and _subject_of(found.term, self.section):
                continue  # `Vulkan: …` under "Vulkan: synchronization" (r81 notes): the topic
            if found is not None and _bare(found.term) not in names:  # (`log =` of The Log)
                out[id(claim)] = found
        return out

    @cached_property
    def own_papers(self) -> list[OwnPaper]:
        entry = self.entry
        names = entry.paper_names()
        single = len(entry.papers) <= 1
        out: list[OwnPaper] = []
        for pid in entry.papers:
            meta = self.papers.get(pid)
            name = names.get(pid) or entry.name
            if not name or (single and meta and _credits_others(entry.attribution.authors, meta)):
                continue
            out.append(
                OwnPaper(
                    key=f"arxiv:{pid}",
                    name=name,
                    title=meta.title if meta else entry.paper_titles.get(pid, ""),
                    byline=meta.byline if meta else (entry.attribution.authors if single else ""),
                    year=meta.year if meta else (entry.attribution.year if single else None),
                    lab=entry.attribution.lab,
                    venue=entry.attribution.venue if single else "",
                    abstract=meta.abstract if meta else "",
                    links=[link for link in entry.links if arxiv_id(link.url) == pid],
                    arxiv_id=pid,
                )
            )
        if not out and entry.name and (entry.links or "title" in entry.paper_titles):
            # a paper the list names without arXiv: its title from the list, if it gives one
            # (a note's `**Title** (NDP)` without a link, too)
            shown = entry.title_links or entry.links
            link = shown[0] if shown else None
            title = entry.paper_titles.get(normalise_url(link.url) if link else "title", "")
            attribution = entry.attribution
            if title or attribution.authors:
                out.append(
                    OwnPaper(
                        key=entry.key,
                        name=entry.name,
                        title=title,
                        byline=attribution.authors,
                        year=attribution.year,
                        lab=attribution.lab,
                        venue=attribution.venue,
                        abstract="",
                        links=[link] if link else [],
                    )
                )
        return out

    def _related_links(self) -> list[tuple[Link, str, Paper, str]]:
        """(link, arXiv id, facts, the list's name for it) of each paper the entry links
        as related work whose facts are known and whose link text is a name, once each."""
        entry = self.entry
        out: list[tuple[Link, str, Paper, str]] = []
        for link in entry.links:
            pid = arxiv_id(link.url)
            meta = self.papers.get(pid) if pid else None
            if pid is None or meta is None or pid not in entry.related:
                continue
            name = _name_of_link(link.text)
            if not name or any(seen[1] == pid for seen in out):
                continue
            out.append((link, pid, meta, _whole_name(name, link, entry.description)))
        return out

    @cached_property
    def related_papers(self) -> list[OwnPaper]:
        """The papers the entry names as related work (`See also [GPQA](arXiv…)`), when
        their facts are known and the list calls them by a name."""
        out: list[OwnPaper] = []
        for link, pid, meta, name in self._related_links():
            # its own name, or an acronym its title spells (`PPO`: *Proximal Policy
            # Optimization Algorithms*)
            named = _names_paper(name, meta)
            if named or (is_acronym(name) and spelled_by(name, meta.title)):
                out.append(_related(link, pid, meta, name, named=named))
        return out

    @cached_property
    def site_works(self) -> list[OwnPaper]:
        """The works the entry names by a link to their lab's own site (`[Claude
        3](anthropic.com/…model-card.pdf)`, `[Gemini 2.0 Flash](blog.google/…)`): the lab
        made them, a fact the link states — never the entry's own name, nor a work that has
        arXiv facts."""
        entry = self.entry
        own = {squash(name) for name in [entry.name, entry.title] if name}
        out: list[OwnPaper] = []
        for link in entry.links:
            lab = attrib.lab_of_site(link.url)
            name = _name_of_link(link.text) if lab else ""
            if not name or squash(name) in own or arxiv_id(link.url):
                continue
            shaped = re.search(r"\d", name) or any(NAME_TOKEN.match(w) for w in name.split())
            if not name[0].isalpha() or not shaped:
                continue  # (`4`, `2.5`: a version; `Preference Finetuning`: a feature)
            if squash(lab) in squash(name) or any(p.name == name for p in out):
                continue  # (`OpenAI o1`: the name says whose)
            out.append(
                OwnPaper(
                    key=f"title:{slugify(name)}",
                    name=name,
                    title="",
                    byline="",
                    year=None,
                    lab=lab,
                    venue="",
                    abstract="",
                    links=[link],
                )
            )
        return out

    @cached_property
    def cited_papers(self) -> list[OwnPaper]:
        """The other papers the entry links as related work whose facts are known, by a
        label that is no name of theirs (`[Let's Think Step By Step](…)` for *Large
        Language Models are Zero-Shot Reasoners*, `[adjust decoding](…)`): who wrote them,
        and when, is still a fact — asked by their title (`name` is the title)."""
        entry = self.entry
        # (a paper known by a name its title shows, `Emergence`, has no title card: it is
        # asked by its title here)
        named = [*self.related_papers, *(p for p in self.known_as if p.has_title_cards())]
        # (a work the entry cites by name, `MTEB ([Muennighoff et al., 2022](…))`, has its
        # card by that name: `attribution`'s mentions)
        taken = {p.arxiv_id for p in named} | {m.paper for m in entry.mentions if m.paper}
        out: list[OwnPaper] = []
        for link in entry.links:
            pid = arxiv_id(link.url)
            meta = self.papers.get(pid) if pid else None
            if pid is None or meta is None or pid not in entry.related or pid in taken:
                continue
            taken.add(pid)
            paper = _related(link, pid, meta, meta.title, named=False)
            out.append(replace(paper, by_title=True))
        return out

    @cached_property
    def known_as(self) -> list[OwnPaper]:
        """The related papers the list calls by a name their titles do not hold, a name
        people know them by (`[Chinchilla](…)` for *Training Compute-Optimal Large Language
        Models*, `[LLaVA](…)` for *Visual Instruction Tuning*): their title and name are
        a fact to learn (`[Kaplan](…)`, its first author's surname, too: "the Kaplan
        paper"). Never an acronym the title does not spell (`[IOI](…)`, a paper about
        competing in it), nor a name of several words."""
        named = {p.arxiv_id for p in self.related_papers}
        return [
            _related(link, pid, meta, name, named=False)
            for link, pid, meta, name in self._related_links()
            if pid not in named
            and len(name.split()) == 1
            and not is_acronym(name)
            and name.casefold() not in PLATFORMS  # `[Codeforces](arXiv…)`: where, not what
        ]

    @cached_property
    def values(self) -> dict[str, str]:
        entry = self.entry

        def ids(label: str, found: list[str]) -> str:
            listed = ", ".join(f"arXiv:{p}" for p in found)
            return f"\n\n{label}: {md_escape(listed)}" if found else ""

        return {
            "section": md_escape(self.section),
            "title": md_escape(entry.title),
            "name": md_escape(entry.name or entry.title),
            "papers": md_escape(", ".join(entry.papers)),
            "papers_line": ids("Papers", entry.papers),
            "related_line": ids("Related", entry.related),
        }
