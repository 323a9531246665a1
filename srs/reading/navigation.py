"""What a list holds besides entries: navigation, boilerplate and notes to self.

A table of contents (a list of links to the document's own headings), the
sections every awesome list ends with (Contributing, License), badges, and
`TODO` items are never entries.
"""

from __future__ import annotations

import re

from srs.reading.markdown import Run

__all__ = [
    "ASSIGNMENT",
    "READING_MARK",
    "is_boilerplate_heading",
    "is_course_rules_heading",
    "is_logistics",
    "is_navigation",
    "is_reading_label",
    "is_todo",
]

_BOILERPLATE = re.compile(
    r"^\W*(?:table of contents|contents|toc|license|licence|contributing|contribute|"
    r"contributors|contribution guidelines|how to contribute|citation|cite|citing|"
    r"how to cite|acknowledge?ments?|thanks|star history|stargazers|sponsors?|support|"
    r"changelog|related (?:lists|repos|projects|awesome lists)|footnotes|notes on this list|"
    r"about|about this list|disclaimer|maintainers?|authors? of this list|"
    # a course's rules (`## Course policies`: late work, collaboration, accommodations)
    # (but a bare `## Policies` may hold a robot-learning list's papers: its linkless items
    # only are a course's rules, below)
    r"(?:course |class )polic(?:y|ies)|academic (?:integrity|honesty)|honou?r code)\W*$",
    re.IGNORECASE,
)
_TODO = re.compile(r"^\W*(?:todo|to do|fixme|tbd)\b", re.IGNORECASE)
_ASSIGNMENT = (
    r"^\W*(?:a|hw|ps|mp|pa|lab|mini-?project|project|problem\s+set|assignment)\s*\d{1,2}\b"
    r"[^.]{0,40}?\b(?:due|out|released)\b"
)
#: a course's assignment line: `A3 out: fine-tune …`, `Mini-project 1 (due end of Week 4)`
ASSIGNMENT = re.compile(_ASSIGNMENT, re.IGNORECASE)
_LOGISTICS = re.compile(
    r"^\W*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    # (`**No final exam.** The final paper is due …` (r169 syllabus, "What is **No final
    # exam**?"): what the course does not hold)
    r"|no class|no lecture|(?:no\s+)?(?:final\s+)?(?:midterm|exam)|quiz|holiday|break|"
    r"office hours|"
    r"poster session|(?:project )?check-?ins?(?: meetings?)?|presentations? sign-?ups?|"
    r"homework|hw\s?\d|assignment|deadline|due\b|"
    # (`**Final project report** due May 6` (r118 syllabus))
    r"(?:final\s+)?project (?:proposal|milestone|report|presentation|poster)s?|"
    # (`**Final reports due May 6, 11:59pm.**` (r178 syllabus, "What is **Final reports
    # due …**?"))
    r"(?:final\s+)?(?:reports?|papers?|write-?ups?|essays?|presentations?)\s+(?:are\s+)?due\b|"
    r"(?:required|optional|recommended|further|additional|supplementary)\s+readings?|"
    # (`Reading`, `Readings:`, `Readings for week 3`; never a title that opens with the word:
    # `"Reading senseless sentences: …"` (r180 syllabus, Kutas & Hillyard 1980 no entry))
    r"readings?(?=\W*$|\s*[:(—–-]|\s+(?:for|list|week|due|responses?|reflections?|"
    r"summar(?:y|ies)|quiz(?:zes)?|groups?|notes)\b)|none)\b"
    # `**Software:** problem sets use OMPL`, `Compute: each team gets a GPU allocation`: a
    # course's tools, resources and rules, not a reading
    r"|^\W*(?:software|tools|tooling|prerequisites|prereqs|grading|logistics|platform|"
    r"compute|gpus?|hardware|cluster|forum|piazza|slack|discord|communication|contact|"
    r"(?:late |collaboration |course )?polic(?:y|ies)|collaboration|late days|attendance|"
    r"participation|"
    r"accessibility|(?:paper |student )?presentations?|scribing|scribe notes|projects?|"
    # (`**Academic integrity:** Standard university policy applies.` (r180 syllabus, asked
    # as "What is **Academic integrity**?"))
    r"academic (?:integrity|honesty|misconduct)|plagiarism|recording|accommodations?|"
    r"final projects?|"
    # (`*Extensions*: ask before the deadline`, `Re-read: Searle (Week 3), Block 1978 …` (r164
    # syllabus, "Who made **Re-read**? → Searle et al., 1978"): the course's rules, what to
    # read again)
    r"extensions?|late work|re-?read(?:ing)?|"
    # (`**Things I haven't added yet:** code rerankers, …, CoSQA+ …` (r170 table, a cloze on
    # CoSQA): what the list does not hold yet)
    r"things\s+i\s+haven['’]?t\s+(?:added|read|covered)(?:\s+yet)?|not\s+(?:yet\s+)?"
    r"(?:added|covered)(?:\s+yet)?|to\s+add|todo|to-do)\W*$"
    # `Mini-project 1 (due end of Week 4)` (r104 syllabus), `A2 due start of wk 9. A3 out:`
    # (r108 syllabus): an assignment, when it is handed out or due
    rf"|{_ASSIGNMENT}"
    # `Paper presentation (15%)`, `Problem sets — 25 %`: a part of the grade
    r"|^[^()]{1,40}[(—–-]\s*\d{1,3}\s?%\s*\)?\W*$"
    # `**Spring 2025** · Tue/Thu 2:00–3:20pm · Room 214` (r113 syllabus, asked "What is
    # **Spring 2025**?"): the term a course runs in
    r"|^\W*(?:spring|summer|fall|autumn|winter)\s+(?:term\s+|quarter\s+|semester\s+)?"
    r"(?:19|20)\d\d\W*$",
    re.IGNORECASE,
)
#: how a syllabus marks a reading required or not, in full or abbreviated: `Req.`, `*[opt]*`
READING_MARK = r"(?i:req(?:uired)?|opt(?:ional)?|rec(?:ommended)?|supp(?:lementary)?)"
#: `**Textbook:** S. M. LaValle, *Planning Algorithms*, …`: a label before a reading, never
#: its name
_READING_LABEL = re.compile(
    r"^\W*(?:(?:main |primary |secondary |course |the )?(?:textbooks?|text|books?)"
    r"(?:\s*\([^()]*\))?|"  # `**Textbooks (none required to buy):**`
    r"(?:main |primary |key |background )?references?|"
    # (and as a syllabus abbreviates them: `**Req.**`, `**Opt.**`, `**Req. (textbook)**`, r95)
    rf"{READING_MARK}\.?"
    r"(?:\s+readings?)?(?:\s*\([^()]*\))?|"
    # `**On reserve:** Thomas Haigh & Paul Ceruzzi, *A New History of Modern Computing* …`
    # (r99 syllabus, "Who made **On reserve**?"): where the library keeps it
    r"(?:on|in) (?:the )?(?:course )?reserves?|(?:also )?(?:on|in) the library|"
    # `*No link, and not ML at all:* RFUZZ (…)`: the writer's note on the reading after it
    r"no (?:link|pdf|url|paper)\b[^:]{0,40})\W*$",  # (not `Core`, `Background`: a glossary's terms)
    re.IGNORECASE,
)


def is_reading_label(lead: str) -> bool:
    """Bold words that label the reading after them (`Textbook:`, `Optional:`)."""
    return bool(_READING_LABEL.match(lead))


#: `## Logistics`, `## Grading`: how a course runs; what it reads there cites its reading
#: (`**Textbook:** LaValle, *Planning Algorithms*, …`), the rest is the course's rules
_COURSE_RULES = re.compile(
    r"^\W*(?:course )?(?:logistics|grading|assessment|requirements|administrivia|"
    r"polic(?:y|ies))\W*$"
    # `## About the course` › `1. **Sources.** Nearly everything we "know" about early Rome
    # …` (r177 syllabus, "What is **Sources** known for?"): what the course is about
    r"|^\W*(?:about (?:the|this) (?:course|class|seminar|module)|course (?:description|"
    r"overview|aims|goals|objectives)|(?:learning )?(?:goals|objectives|outcomes))\W*$"
    # `### Software (install before week 2)` › `**OxCal** — use the online version at …, no
    # install needed` (r139 syllabus, "What does **OxCal** do? → use the online version …"):
    # what to install for the course, not a reading
    r"|^\W*(?:software|tools|tooling)(?:\s+(?:setup|set-up|installation|requirements)"
    r"|\s*\((?=[^()]*\b(?:install|set\s*up|setup|download)\w*)[^()]*\))\W*$",
    re.IGNORECASE,
)


def is_course_rules_heading(text: str) -> bool:
    return bool(_COURSE_RULES.match(text.strip()))


def is_boilerplate_heading(text: str) -> bool:
    """`## License`, `## Contributing`, `## Contents`, `## Star History`: not a section."""
    return bool(_BOILERPLATE.match(text.strip()))


def is_navigation(runs: list[Run]) -> bool:
    """An item made only of links to the document's own headings (`[Detection](#detection)`)."""
    text_runs = [run for run in runs if run.text.strip(" ,;|·-–—()[]")]
    return bool(text_runs) and all(run.anchor for run in text_runs)


def is_logistics(title: str, text: str = "") -> bool:
    """A course's calendar or a reading label (`Tue Oct 1`, `No class`, `Optional readings`),
    not a reading; `text`: the item's text, for a calendar slot that says what happens in it
    (`Week 12: no lecture, project check-ins during OH`)."""
    if _LOGISTICS.match(title):
        return True
    if _CHAPTERS_ONLY.fullmatch(text.strip()) or (
        _CHAPTERS_ONLY.fullmatch(title.strip()) and len(title.split(",")[0].split()) <= 3
    ):
        # (or its title, a shorthand's chapters: `R&W, Chapters 1–2 (Regression). Read 2.1–2.3
        # carefully; …` (r178 syllabus, "What is **R&W, Chapters 1–2 (Regression)**?"); but
        # `The Linux Programming Interface, ch. 41–42` is a book's part to learn)
        return True  # `Dodelson & Schmidt, Ch. 9 and 11.` (r136 syllabus, "Who made **9 and 11**?")
    slot = _SLOT.match(text)
    return slot is not None and bool(_LOGISTICS.match(text[slot.end() :]))


#: which chapters of the course's textbook to read, and nothing else: `Dodelson & Schmidt, Ch.
#: 9 and 11.`, `Hatcher, §§2.1–2.2`
_CHAPTERS_ONLY = re.compile(
    r"[^,()\[\]]{1,60},\s*(?i:ch(?:apters?|s)?\.?|§§?|sections?|secs?\.?|pp?\.)\s*[\d.]+"
    r"(?:\s*(?:[–,-]|and|&)\s*[\d.]+)*"
    # (`Bertsimas & Tsitsiklis, Ch. 10–11 (integer programming formulations and methods).`
    # (r141 syllabus, "Who made **10–11 (integer programming …)**?"): what the chapters cover)
    r"(?:\s*\([^()]{1,80}\))?\.?"
)
#: a slot of a course's calendar: `Week 12:`, `Lecture 3 —`, `Day 2.`
_SLOT = re.compile(r"^\W*(?:week|lecture|class|session|day|module)\s*\d+\s*[:.—–-]\s*", re.I)


#: a legend of the list's columns or marks: `**Date** = first arXiv version …`, `🔥 = …`
_LEGEND = re.compile(
    r"^\W{0,4}(?:(?:date|lab|labs|name|paper|title|venue|code|links?|authors?|year|notes?|"
    r"stars|affiliations?|status|tags?|org|organi[sz]ation|type)\s*=|[^\w\s]{1,3}\s*=\s)"
    # `**JTB** = Mark Levine, *The Jazz Theory Book* (Sher Music, 1995)`, `**ARJS** =
    # *Annual Review of Jazz Studies*` (r178 glossary, asked as terms): the list's shorthand
    # for a book or a journal it cites
    r"|^\W{0,4}(?-i:[A-Z][A-Za-z]{1,5})\s*=\s*[*_\"“]?(?-i:(?:[A-Z][\w-]*\s+){0,2}(?:Review|"
    r"Journal|Proceedings|Transactions|Quarterly)\b)",
    re.IGNORECASE,
)
#: `JTB = Mark Levine, The Jazz Theory Book`: a shorthand, then the writer of what it cites
#: (never `PPO = Proximal Policy Optimization, Schulman et al.`: what the letters spell)
_SHORTHAND_FOR = re.compile(
    r"\W{0,4}(?P<short>[A-Z][A-Za-z]{1,5})\s*=\s*[*_\"“]?(?P<who>[A-Z][a-z]+(?:\s+[A-Z]\.)*"
    r"\s+[A-Z][a-z'’-]+),\s*[*_\"“]?(?P<title>[A-Z][^,()]*)"
)
#: a note on the list's layout: `Within a section, rows are sorted by date (oldest first)`
_LAYOUT = re.compile(
    r"\b(?:rows|entries|papers|items|links)\s+(?:are|get)\s+(?:sorted|ordered|grouped|listed)\b",
    re.IGNORECASE,
)


def is_legend(text: str, *, linked: bool = False) -> bool:
    """A key to the list's columns or marks, or a note on its layout (one with no link of
    its own), not an entry."""
    shorthand = _SHORTHAND_FOR.match(text)
    if shorthand is not None:
        # (the shorthand the title's words spell, never the writer's: `JTB`, "The Jazz
        # Theory Book")
        initials = "".join(word[0] for word in shorthand["title"].split() if word[0].isupper())
        if shorthand["short"].upper() in initials.upper():
            return True
    return bool(_LEGEND.match(text)) or (not linked and bool(_LAYOUT.search(text)))


def is_todo(text: str) -> bool:
    """A note to self (`TODO: read …`), not an entry."""
    return bool(_TODO.match(text))
