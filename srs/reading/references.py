"""A reference-list citation as syllabi and papers write one: its authors, perhaps the
year in brackets, then the title as a sentence of its own, then where it appeared —
`Graefe, G. (1993). Query evaluation techniques for large databases. *ACM Computing
Surveys*, 25(2), 73–169.`, `Viktor Leis, Andrey Gubichev, …, Thomas Neumann. How Good Are
Query Optimizers, Really? *PVLDB* 9(3): 204–215, 2015.`, `Leis, Boncz, Kemper, Neumann.
Morsel-driven parallelism: a NUMA-aware query evaluation framework for the many-core
age. SIGMOD '14.` The journal (often in italics) is where it appeared, never its title."""

from __future__ import annotations

import re

from srs.reading import attribution as attrib
from srs.reading.markdown import Run
from srs.reading.model import Link
from srs.reading.remarks import VENUE_NOTE
from srs.reading.vancouver import vancouver_byline

__all__ = ["bullet_title", "quoted_after_link", "reference_title"]

#: where the authors may end: a full stop (not an initial's: `Graefe, G.` goes on to its
#: year), or a year in brackets and its full stop (`(1993).`)
_BYLINE_END = re.compile(r"(?:\s*\((?:19|20)\d\d[a-z]?\))?\.\s+(?=[A-Z0-9])")
#: the title's own end: a full stop, question or exclamation mark before the next word
_TITLE_END = re.compile(r"[.?!](?=\s|$)")
_TITLE_WORDS = (3, 30)
#: a title quoted or in brackets, a dash before a description: not a reference list's
#: plain byline (`"SoK: …," Szekeres, Payer.`, `DPM-Solver (Lu, Zhou, …)`)
_NOT_BYLINE = re.compile(r"[\"“”«»()\[\]*_]|\s[—–-]\s")
_ENDS_WITH_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\W*$")


#: AGU's and GSA's bylines: the year in brackets, then a comma or nothing (`Roering, J.J.,
#: Kirchner, J.W., and Dietrich, W.E. (1999), Evidence for …`, `Montgomery, D.R. &
#: Dietrich, W.E. (1988) Where do channels begin?`), or between commas (`…, and Roering,
#: J.J., 2003, Geomorphic transport laws …`)
_COMMA_BYLINE_END = re.compile(
    r"\s*\((?:19|20)\d\d[a-z]?\),?\s+(?=[A-Z])|,\s+(?:19|20)\d\d[a-z]?,\s+(?=[A-Z])"
)


def reference_title(text: str, italics: tuple[str, ...] = ()) -> str:
    """The title of a reference-list citation `text` (authors, year, title, venue), or ""
    when `text` is none. `italics`: the texts the citation sets in italics (its journal)."""
    return _title_after_stop(text, italics) or _title_before_journal(text, italics)


def _title_after_stop(text: str, italics: tuple[str, ...] = ()) -> str:
    for end in _BYLINE_END.finditer(text):
        head = text[: end.start()].strip()
        if not head or len(head) > 400 or _NOT_BYLINE.search(head):
            continue
        if re.search(r"\bet al$", head) and vancouver_byline(head) is None:
            # `Poole et al. 2019`: an abbreviation's stop (but `Bankevich A, Nurk S, et al.
            # SPAdes: …` (r179 syllabus, named "J Comput Biol"): the byline's too)
            continue
        if re.search(r"\b(?i:chs?|pp?|vol|no|secs?|pt|eds?|trans)$", head):
            # `David Marr, Vision. W. H. Freeman, 1982. Ch. 1 ("The Philosophy …") — the three
            # levels` (r164 syllabus, the book named by its chapter): a part's abbreviation
            continue
        found = attrib.byline(head)
        if found is None:
            cited, rest = attrib.cut(head)
            if (
                not cited.authors
                and re.search(r",\s*[A-Z]$", head)
                and not re.match(r"[A-Z][.,]", text[end.end() :])
            ):
                # `Li, H. Minimap2: pairwise alignment …` (r179 syllabus, named "Li, H.
                # Minimap2"): the last initial's stop closes the byline (never one before
                # more initials: `Moure, J. C., …`; nor a given name's: `Andrew D. Selbst`)
                cited, rest = attrib.cut(f"{head}.")
            if not cited.authors or rest.strip(" ,.;"):
                continue
        elif not found.authors:
            continue
        rest = text[end.end() :]
        stop = _TITLE_END.search(rest)
        title = (rest[: stop.start() + 1] if stop else rest).strip()
        title = title.rstrip(".")
        words = len(title.split())
        # (two words, when the journal in italics follows: `O'Hagan, A. (1991). Bayes–Hermite
        # quadrature. *Journal of Statistical Planning and Inference* 29(3)` (r178 syllabus,
        # named "O'Hagan, A"))
        after = rest[stop.end() :].lstrip(" *_") if stop else ""
        journal = words == 2 and any(len(i) >= 8 and after.startswith(i) for i in italics)
        if not (_TITLE_WORDS[0] <= words <= _TITLE_WORDS[1] or journal):
            return ""
        if VENUE_NOTE.match(title) or "://" in title or title[:1].islower():
            return ""
        if _ENDS_WITH_YEAR.search(title):  # `IEEE S&P 2013`: where it appeared
            return ""
        return title
    return ""


def _title_before_journal(text: str, italics: tuple[str, ...]) -> str:
    """`Sklar, L.S., and W.E. Dietrich (2004), A mechanistic model for river incision into
    bedrock by saltating bed load, *Water Resour. Res.*, 40, …` (r174 syllabus, asked as
    "What is **Sklar, L.S., and W.E. Dietrich (2004)…**?"): the title runs from the byline
    to the comma before the journal in italics (or a question's mark: `Where do channels
    begin? *Nature* 336`); a title may hold commas of its own."""
    end = _COMMA_BYLINE_END.search(text)
    if end is None or end.start() == 0 or len(text[: end.start()]) > 400:
        return ""
    head = text[: end.start()].strip()
    if _NOT_BYLINE.search(head):
        return ""
    cited, left = attrib.cut(head)
    if not cited.authors or left.strip(" ,.;"):
        return ""
    rest = text[end.end() :]
    stops = [at for italic in italics if len(italic) >= 2 and (at := rest.find(f", {italic}")) > 0]
    asked = re.search(r"\?(?=\s)", rest)
    if asked is not None and italics and rest[asked.end() :].lstrip().startswith(italics):
        stops.append(asked.end())
    if not stops:
        return ""
    title = rest[: min(stops)].strip()
    if not _TITLE_WORDS[0] <= len(title.split()) <= _TITLE_WORDS[1] or title[:1].islower():
        return ""
    if VENUE_NOTE.match(title) or "://" in title or _NOT_BYLINE.search(title):
        return ""
    return title


#: a title in quotes: three words or more, capitalised
_QUOTED = re.compile(r"[\"“](?P<title>[A-Z][^\"“”]{10,200}?)[,.]?[\"”]")


def bullet_title(bullets: list[str]) -> str:
    """The title a note's first bullet quotes when that bullet cites the entry's paper —
    `Grill, Strub, Altché, … (DeepMind) — NeurIPS 2020, "Bootstrap Your Own Latent: A
    New Approach to Self-Supervised Learning"` under `**BYOL** (arxiv…)` — or ""."""
    if not bullets:
        return ""
    first = bullets[0]
    found = _QUOTED.search(first)
    if found is None or len(found.group("title").split()) < 3:
        return ""
    before = re.sub(r"\([^()]*\)", " ", first[: found.start()]).strip(" ,;:—–-")
    cited, _ = attrib.cut(before)
    if not cited.authors and attrib.byline(before.split(" — ")[0].strip(" ,")) is None:
        return ""
    return found.group("title").strip()


def quoted_after_link(runs: list[Run]) -> tuple[Link, str] | None:
    """`**Sa et al., WeedMap (2018)**: [Remote Sensing](mdpi…). "WeedMap: A Large-Scale
    Semantic Weed Mapping Framework …"` (r144 blog): the link that comes first after the
    head says where the paper is, the quoted title right after it is the paper's — or None."""
    seen = [run for run in runs if run.text.strip() or run.link is not None]
    for at, run in enumerate(seen[:3]):
        if run.link is None:
            if run.text.strip(" .:;,—–-()"):
                return None  # (words before any link: no citation of the head's paper)
            continue
        after = "".join(r.text for r in seen[at + 1 : at + 3] if r.link is None)
        found = re.match(r"[\s).:;,—–-]*[\"“](?P<title>[A-Z][^\"“”]{10,200}?)[,.]?[\"”]", after)
        if found is None or len(found.group("title").split()) < 3:
            return None
        return run.link, found.group("title").strip()
    return None
