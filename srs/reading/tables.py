"""Tables of papers: each row an entry, each column one of its fields.

Lists keep papers as `| Date | Name | Lab | Paper |` rows (a milestone table) or as
`| Paper | Links |` rows whose paper cell is `1) **Title** - a paragraph` and whose
links cell holds `[Paper](arXiv…), [Tweet](…)`. A column is known by its
header: a date, a name, a lab, authors, a venue, the paper, links, a description.
"""

from __future__ import annotations

import re

from srs.reading import attribution as attrib
from srs.reading.definitions import subtitle_definition
from srs.reading.entry import finish_row
from srs.reading.item import Item
from srs.reading.markdown import Run, link_list, plain
from srs.reading.model import Attribution, Entry, Link
from srs.reading.phrases import is_generic_link_text
from srs.reading.titles import EDGE, clean_title, fallback_title, lead_in
from srs.reading.urls import arxiv_id

__all__ = ["column_role", "read_row"]

_ROLES = {
    "date": ("date", "year", "published", "when", "month", "released", "release date"),
    "name": (
        *("name", "keywords", "keyword", "model", "method", "short name", "system", "tool"),
        *("model name", "acronym", "nickname", "algorithm", "architecture", "dataset"),
        *("milestone", "result", "technique", "approach", "benchmark", "benchmarks"),
        *("datasets", "models", "methods", "systems", "tools", "task", "library", "framework"),
        *("project", "agent", "agents"),
    ),
    "lab": ("lab", "institute", "institution", "org", "organization", "organisation", "company"),
    "authors": ("authors", "author", "by", "who", "people", "team", "researchers"),
    "venue": ("venue", "conference", "journal", "publication venue", "published in"),
    "paper": ("paper", "papers", "title", "paper title", "publication", "work", "article"),
    "links": ("links", "link", "code", "resources", "url", "urls", "pdf", "arxiv", "source"),
    "description": (
        *("description", "summary", "tldr", "tl;dr", "notes", "note", "comment", "comments"),
        *("what it does", "contribution", "key idea", "idea", "why", "about", "highlights"),
        *("why it matters", "significance", "impact", "takeaway", "remarks"),
        *("what it measures", "what it is", "what it tests", "details", "measures"),
    ),
}
_BY_HEADER = {header: role for role, headers in _ROLES.items() for header in headers}


def column_role(header: str) -> str | None:
    """What a column holds, from its header (`**Paper**`, `Institute`, `TL;DR`)."""
    key = re.sub(r"[*_`:#]+", "", header).strip().casefold()
    if key in _BY_HEADER:
        return _BY_HEADER[key]
    # `Authors / Lab`, `Model & Paper`: two fields in one column, read as the first
    first = re.split(r"\s*(?:/|&|\+|,|\band\b)\s*", key)[0]
    return _BY_HEADER.get(first) if first != key else None


#: a name cell that names nothing: a dash, then only a note in brackets
_NOTE_ONLY = re.compile(r"[—–-]*\s*\([^()]*\)")
#: a name cell that only says what kind of reading the row is
_KIND_ONLY = re.compile(
    r"(?i)(?:a\s+)?(?:blog(?:\s+post)?|post|survey|tutorial|talk|video|book|course|notes|"
    r"review|explainer|write-?up|thread|slides|paper|report)"
)


#: a name cell that goes on to say what the row's work is: a short name (and its sizes in
#: a bracket, left out), a full stop, then sentences
_NAME_THEN_SENTENCES = re.compile(
    r"(?:⭐\s*)?(?P<name>[^.()]{2,40}?)(?:\s*\([^()]{1,40}\))?\.\s+(?P<rest>[A-Z0-9][^|]{10,})"
)


def _text(runs: list[Run]) -> str:
    return plain(runs).strip(EDGE)


def _cell_end(runs: list[Run]) -> Run:
    """What ends a cell's words before the next cell's: a sentence never runs on from the
    paper cell into the description (`… — *JACM* | A single inference rule …`)."""
    text = plain(runs).strip()
    return Run(" ") if not re.search(r"\w", text) or text[-1] in ".!?;:" else Run(". ")


#: what a paper cell says before a link to another work: `See also Ying et al., […](…)`
_ANOTHER_WORK = re.compile(
    r"(?i)\b(?:see\s+also|cf\.|compare|follow-?up|successor|predecessor|builds\s+on|based\s+on|"
    r"vs\.?|versus)\b"
)


def read_row(item: Item, description: str) -> Entry | None:
    cells = item.cells
    paper = cells.get("paper", [])
    name_runs = cells.get("name", [])
    if _NOTE_ONLY.fullmatch(_text(name_runs)) or _KIND_ONLY.fullmatch(_text(name_runs)):
        # `— (position paper)`, `— (GNN)`: no name, a note on the row; `blog`, `survey` (r98
        # table, "Who made **blog**?"): what kind of reading the row is
        name_runs = []
    if name_runs and not any(char.isalnum() for char in _text(name_runs)):
        # `| 2024/06 | ⭐ | NVIDIA | [An Empirical Study of …](…). … |` (r167 table, the row
        # lost): the list's mark alone, no name; the row goes by its paper
        name_runs = []
    said_of_name: list[Run] = []
    named = _NAME_THEN_SENTENCES.fullmatch(_text(name_runs))
    if named is not None:
        # `| 2025-07 | Kimi K2 (1T / 32B). Basically the DeepSeek-V3 architecture … | Moonshot
        # AI | …` (r155 table, the whole cell asked as the name): the name, then what the
        # row says of it
        name_runs = [Run(named["name"])]
        said_of_name = [Run(named["rest"]), Run(" ")]
    cited_name: list[Run] = []
    name_text = _text(name_runs).strip(EDGE + ".")
    # (`Barron et al.`, `Horn & Schunck`; never `Flow Matching Guide and Code`)
    if re.fullmatch(r"[A-Z][\w'’-]+(?:\s+et\s+al|\s+(?:and|&)\s+[A-Z][\w'’-]+)", name_text) and (
        attrib.cut(name_text)[0].authors
    ):
        # `| 1994 | Barron et al. | … | [Performance of Optical Flow Techniques](…) |`: the
        # name column holds the byline; the row goes by its paper's title
        cited_name, name_runs = name_runs, []
    links = link_list(item.everything)
    paper_links = link_list(paper)
    lead = lead_in(paper)
    body: list[Run] = [*said_of_name, *cells.get("description", []), *_links_prose(cells)]
    title_links: list[Link] = []
    plain_title = ""
    if name_runs and _text(name_runs):
        title = clean_title(_text(name_runs))
        # (the paper cell's first link is its paper: `[arXiv:2107.03312](…) … See also Meta's
        # [EnCodec](…)` (r106 table, "Who made **EnCodec**? → Google, 2021") names another)
        first_named = paper_links[:1] if paper_links and not _an_id(paper_links[0]) else []
        title_links = link_list(name_runs) or [
            link for link in first_named if not is_generic_link_text(link.text)
        ]
        # `[Title](url) — Simonyan, Vedaldi, Zisserman. Gradient of the class score …`:
        # what the paper cell says besides its title is the row's text too
        rest = [run for run in paper if run.link is None or run.link not in title_links]
        # a title in italics, unless the cell's link is the title (`Lion (*EvoLved Sign
        # Momentum*)` further on is an expansion)
        paper_title = _cell_title(rest) if link_list(name_runs) or not title_links else None
        if paper_title is not None:  # `*Temporal Fusion Transformers for …* — Bryan Lim, …`
            rest = [run for run in rest if run is not paper_title]
        elif not link_list(paper) and _is_plain_title(plain(paper)):
            # `| MPNN | Neural Message Passing for Quantum Chemistry | …`: the paper cell is
            # the title of the row's paper, never the first words of its text
            plain_title = clean_title(plain(paper))
            rest = []
        body = [*rest, _cell_end(rest), *body]
    elif lead:
        title = clean_title(plain(lead))
        title_links = link_list(lead)
        after = next(i for i, run in enumerate(paper) if run is lead[-1]) + 1  # `1) ` skipped
        body = [*paper[after:], _cell_end(paper[after:]), *body]
    elif paper_links and not is_generic_link_text(paper_links[0].text):
        title = clean_title(paper_links[0].text)
        title_links = paper_links[:1]
        unlinked = [r for r in paper if r.link is None]
        body = [*unlinked, _cell_end(unlinked), *body]
    else:
        text = _text(paper) or next((_text(runs) for runs in cells.values() if _text(runs)), "")
        if not text:
            return None
        head, _, remainder = text.partition(" - ")
        named = _NAMED_CELL.match(text) if not remainder else None
        if named is not None:  # `ForecastPFN: Dooley et al. (Abacus.AI), NeurIPS 2023. …`
            head, remainder = named.group("name"), named.group("rest")
        title = clean_title(head)
        bracketed = re.fullmatch(rf"{re.escape(title)}\s*(?P<bracket>\([^()]+\))", head.strip())
        if bracketed is not None and attrib.cut(bracketed["bracket"])[0].authors:
            # `| MultiPL-E (Cassano et al. 2022) | … |` (r161 table, made by no one): who made
            # it, in a bracket after its name, is the row's text too
            remainder = f"{bracketed['bracket']} {remainder}"
        if _text(paper) and _CITED_CELL.search(plain(paper)):
            # `*LibriSpeech: an ASR corpus …* — Panayotov, Chen, Povey, Khudanpur (ICASSP
            # 2015)`: a title set apart, then its byline (read as the row's attribution)
            found, _, _ = fallback_title(paper)
            if found and found in text:
                title, remainder = found, text.replace(found, " ", 1)
        # a paper cell in plain text is its title (`1) Title - a paragraph`: then the
        # paragraph), never the row's first claim
        body = [Run(remainder), Run(" "), *body] if _text(paper) else [*paper, Run(" "), *body]
    if not title:
        return None
    if cited_name:
        body = [*cited_name, Run(". "), *body]
    # (once the cell's title is linked, its other links are the same paper's only by a
    # generic text: `See also Ying et al., [Image Classification at Supercomputer Scale](…)`
    # (r115 table) is another work, whose title and arXiv id the row's own were taken for)
    cell_text = plain(paper)
    same_paper = [
        link
        for link in paper_links
        if not title_links
        or link in title_links
        or is_generic_link_text(link.text)
        or not _ANOTHER_WORK.search(cell_text[: max(cell_text.find(link.text), 0)][-60:])
    ]
    own = [
        link
        for link in [*title_links, *same_paper, *link_list(cells.get("links", []))]
        if arxiv_id(link.url)
    ]
    papers = list(dict.fromkeys(pid for link in own[:1] if (pid := arxiv_id(link.url))))
    extra = _fields(cells)
    entry = finish_row(
        item,
        title=title,
        description=description,
        links=links,
        title_links=title_links,
        papers=papers,
        body=body,
        extra=extra,
    )
    linked = clean_title(title_links[0].text) if title_links and entry.name else ""
    if linked.startswith(entry.name + ": ") and entry.title == entry.name and not entry.claims:
        # `| GAIA-1 | Wayve | [GAIA-1: A Generative World Model for Autonomous Driving](…) |`
        # (r154 table, no card said what it is): the paper's subtitle, as a title's is, when
        # the row says nothing else (`A Cast of Media Foundation Models` says less than the
        # row's `30B transformer … trained with flow matching`)
        subtitle_definition(entry.claims, entry.name, linked)
    cell_title = (
        _cell_title(paper)
        if name_runs and _text(name_runs) and (link_list(name_runs) or not title_links)
        else None
    )
    if cell_title is not None and papers:  # the row's name, and its paper's title
        entry.paper_titles.setdefault(papers[0], clean_title(cell_title.text))
    if plain_title and papers:
        entry.paper_titles.setdefault(papers[0], plain_title)
    for link in paper_links:
        cited, left = attrib.cut(link.text)
        # (but `[Listen, Attend and Spell](…)` (r87 table: "Listen et al."): a title's words
        # in a row, with no year and no `et al.` to cite people by)
        citing = cited.year is not None or "et al" in link.text
        if cited.authors and not left.strip(" ,.;") and citing:
            # `| ChestX-ray14 | CXR | [Wang et al., CVPR 2017](arXiv) |`: the link cites its
            # paper's people, it does not title it
            entry.attribution = entry.attribution.merged(cited)
            key = arxiv_id(link.url) or link.url
            if entry.paper_titles.get(key) == clean_title(link.text):
                del entry.paper_titles[key]
            continue
        if not is_generic_link_text(link.text) and len(link.text.split()) >= 2:
            key = arxiv_id(link.url) or link.url
            entry.paper_titles.setdefault(key, clean_title(link.text))
    return entry


def _links_prose(cells: dict[str, list[Run]]) -> list[Run]:
    """What a links cell says besides its links, when it says what the work is: `| Paper |
    Links |` rows whose links cell is a paragraph, its links at the end (`164 hand-written
    Python problems with unit tests … [paper](…) · [repo](…)`, r161 table: no card said
    what HumanEval is); a venue or a separator between links is no such text."""
    said = [
        Run(re.sub(r"^[\s·•|]+|[\s·•|]+$", " ", run.text))  # (`[arXiv](…) · GRU over …`)
        for run in cells.get("links", [])
        if run.link is None and not re.fullmatch(r"[\s·•|,;/–—-]*", run.text)
    ]
    if len(re.findall(r"[^\W\d_]{2,}", plain(said))) < 4:
        return []
    return [Run(" "), *said, Run(" ")]


def _is_plain_title(text: str) -> bool:
    """A cell that is a title and nothing else: capitalised, a few words, one sentence."""
    words = text.split()
    return (
        2 <= len(words) <= 30
        and _capitalised(text)
        and not re.search(r"[.!?]\s+\S", text.strip())  # one sentence: no text after it
        and not _CITED_CELL.search(text)
        # (`Lai et al., ICML 2023`, `Chen et al. 2021 (Codex paper)`: who and where, no title)
        and not (attrib.cut(text)[0].authors and not attrib.cut(text)[1].strip(EDGE + "()."))
        and not re.match(r"[A-Z][\w'’-]+\s+et\s+al\b", text)
    )


#: a paper cell that opens with a name and a colon, then its text (the bold `**LLMTime**: …`
#: without the bold)
_NAMED_CELL = re.compile(r"^(?P<name>[A-Z][\w.+-]*(?:\s[\w.+-]+){0,3}):\s+(?P<rest>\S.*\.\s.*)$")

#: a paper cell that sets its title apart: quotes, or a spaced dash before a byline
_CITED_CELL = re.compile(r"[\"“]|\s[—–]\s")


def _capitalised(text: str) -> bool:
    """`Temporal Fusion …`, `iTransformer: …`, `3D …`: how a title starts."""
    return re.match(r"^[\W_]*(?:[A-Z0-9]|[a-z]+[A-Z0-9])", text) is not None


def _cell_title(runs: list[Run]) -> Run | None:
    """A paper cell's title set in italics or bold (three words or more), if any: never a
    term it stresses (`*probability density distillation*`), a label (`**Probability density
    distillation**: a trained …`), a phrase inside a sentence (`MOS **4.53 vs 4.58** for …`)
    or a name before its gloss (`**Repetition Aware Sampling** (stops the …) + …`) (r106
    table: each was asked as the paper's title)."""
    for index, run in enumerate(runs):
        if not (run.italic or run.bold) or run.link is not None or len(run.text.split()) < 3:
            continue
        if not _capitalised(run.text) or len(re.findall(r"[^\W\d_]{3,}", run.text)) < 2:
            continue
        before = "".join(r.text for r in runs[:index]).rstrip()
        after = "".join(r.text for r in runs[index + 1 :]).lstrip()
        glossed = re.match(r"\(\s*[a-z]", after) is not None  # (not `(Chen et al.)`)
        if after.startswith(":") or glossed or (before and before[-1] not in ".,;—–-|("):
            continue
        return run
    return None


#: a journal's volume, issue and pages after its name (never a year: `ICLR 2024`)
_VOLUME_PAGES = re.compile(
    r"\s+(?:\d{1,4}(?:\(\d{1,4}\))?\s*:\s*[A-Za-z]*\d+(?:\s*[–-]\s*[A-Za-z]*\d+)?"
    r"|\d{1,4}\(\d{1,4}\)|(?!(?:19|20)\d\d$)\d{1,4}(?:,\s*\d+)?)$"
)


#: an organisation's word: never a person's (`U. Alberta`, `TU Munich`); the labs srs
#: knows by name (`Hugging Face et al`, `DeepMind`) are `attribution.lab_in`'s
_ORG_WORD = re.compile(
    r"(?i:\b(?:u|univ|inst)\.|\b(?:univ|university|universit[äéa]t?|institute|labs?|research|"
    r"team|tech|college|school|cent(?:er|re)|group)\b)|\b[A-Z]{2,}\b|/"
)
#: `Org (Jumper et al.)`: an organisation, its people in the bracket
_ORG_PEOPLE = re.compile(r"^(?P<org>[^()]+?)\s*\((?P<people>[^()]*\bet\s+al\.?)\)$")
_NAMES_ORG = re.compile(r"^(?P<names>[^()]+?)\s*(?:\((?P<org>[^()]*)\))?$")
#: `Org (Surname, Surname, …)`: an organisation, its people in the bracket, by surname
_ORG_LIST = re.compile(r"^(?P<org>[^()]+?)\s*\((?P<people>[^()]*,[^()]*)\)$")
#: a surname alone, maybe with a particle: `Johnson`, `Ver Steeg`, `van Hoof`, `Salimi-Khorshidi`
_SURNAME_ONLY = re.compile(
    r"(?:(?:van|von|de|der|da|del|di|la|le|Ver|Van|De)\s+){0,2}[A-Z][\w'’-]+"
)


def _an_id(link: Link) -> bool:
    """A link whose text is its paper's id (`arXiv:2107.03312`, `2106.09685`)."""
    return bool(arxiv_id(link.url)) and is_generic_link_text(link.text)


def _an_org(part: str) -> bool:
    return _ORG_WORD.search(part) is not None or bool(attrib.lab_in(part, loose=True))


def _people_in_lab(cell: str, others: str = "") -> tuple[str, str] | None:
    """The authors and the lab of a lab column that names people: `DeepMind (Jumper et
    al.)`, `Marks, Colwell, …, Sander (Harvard/MSKCC)`, `Burkhard Rost, Chris Sander (EMBL)`;
    None for organisations (`U. Alberta`, `TU Munich, Politecnico di Torino`)."""
    org_people = _ORG_PEOPLE.match(cell)
    if org_people is not None:
        found = attrib.cut(org_people["people"])[0]
        return (found.authors, org_people["org"].strip()) if found.authors else None
    listed = _ORG_LIST.match(cell)
    if listed is not None and _an_org(listed["org"]):
        # `MIT LCP (Johnson, Pollard, Shen, Lehman, ... Celi, Mark)` (r152 table, "Who made
        # **MIMIC-III**? → MIT LCP (Johnson, Pollard, …)", held as a list): the lab, then
        # its people by their surnames
        names = [
            part.strip(" .…")
            for part in re.split(r",|\.\.\.|…", listed["people"])
            if part.strip(" .…")
        ]
        more = re.search(r"\.\.\.|…|\bet\s+al\b", listed["people"]) is not None
        if (
            len(names) >= 2
            and all(_SURNAME_ONLY.fullmatch(name) for name in names)
            # (never `Octo Model Team (Berkeley, Stanford, CMU, DeepMind)`: its places)
            and not any(_an_org(name) for name in names)
        ):
            two = len(names) == 2 and not more  # (`(Shah, ..., Dao)`: more than two)
            authors = f"{names[0]} and {names[1]}" if two else f"{names[0]} et al."
            if re.search(r"\bet\s+al\b|\w,\s+[A-Z]\w+,\s", others):
                # `MIT (Barzilay, Jaakkola)` over `Jin, Barzilay, Jaakkola. [Junction Tree
                # …](…)` (r59 table): the lab's group leaders; the row's own byline (`others`:
                # the row's other cells) names the authors
                authors = ""
            return authors, listed["org"].strip()
    named = _NAMES_ORG.match(cell)
    if named is None:
        return None
    parts = [
        part.strip() for part in named["names"].split(",") if part.strip() not in ("", "...", "…")
    ]
    if len(parts) < 2 or any(_an_org(part) for part in parts):
        return None
    words = [re.sub(r"\s+et\s+al\.?$", "", part).split() for part in parts]
    if any(not 1 <= len(w) <= 3 or not all(x[:1].isupper() for x in w) for w in words):
        return None
    if len(parts) == 2 and any(len(w) < 2 for w in words) and "et al" not in parts[-1]:
        return None  # (`TTI-Chicago, Purdue`: two places, no given names)
    found = attrib.cut(named["names"])[0]
    return (found.authors, (named["org"] or "").strip()) if found.authors else None


def _fields(cells: dict[str, list[Run]]) -> Attribution:
    date = _text(cells.get("date", []))
    authors = _text(cells.get("authors", []))
    # `Kumar et al. (Lyrebird / Mila)`: the lab in the authors' bracket
    bracket = re.search(r"\(([^()]*)\)\s*$", authors)
    lab = _text(cells.get("lab", [])) or (bracket.group(1).strip() if bracket else "")
    if lab.endswith("?"):
        lab = ""  # `Stanford?` (r157 table, "Stanford?, 2024"): the writer's guess, no fact
    others = " ".join(_text(runs) for column, runs in cells.items() if column != "lab")
    people = _people_in_lab(lab, others) if lab and not authors else None
    if people is not None:
        # `DeepMind (Jumper et al.)`, `Marks, Colwell, …, Sander (Harvard/MSKCC)` (r103 table,
        # "Who made **AlphaFold2**? → Evans et al.", the row's side note's people): a lab
        # column that names the people names the authors
        authors, lab = people
    # `J. Mol. Biol. 268:209–225`, `PNAS 118(15)`: where, without its volume and pages
    venue = _VOLUME_PAGES.sub("", _text(cells.get("venue", [])))
    date_match = re.search(r"(?<!\d)(?:19|20)\d\d(?:[-/.](?:0?[1-9]|1[0-2]))?(?!\d)", date)
    year = int(date_match.group(0)[:4]) if date_match else attrib.year_in(venue)
    return Attribution(
        authors=attrib.author_column(authors),
        lab=lab,
        year=year,
        venue=venue,
        date=date_match.group(0).replace("/", "-").replace(".", "-") if date_match else "",
    )
