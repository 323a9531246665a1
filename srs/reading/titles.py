"""An entry's title and short name: the bold lead-in, or a title found elsewhere in the
item (a quoted or italic title, a label before a dash, a link that is a paper's title,
a byline's cited paper); the short name a title gives (`2020 Meta RAG paper` -> `RAG`)."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.reading import attribution as attrib
from srs.reading.acronyms import is_acronym, spelling_in, stated_expansions
from srs.reading.markdown import Run, plain
from srs.reading.model import Attribution, Link
from srs.reading.navigation import READING_MARK
from srs.reading.phrases import (
    BOOK_PARTS,
    content_words,
    is_generic_link_text,
    is_name,
    squash,
)
from srs.reading.references import reference_title
from srs.reading.remarks import GENRE_WORDS, is_title_case
from srs.reading.urls import arxiv_id, is_web_url
from srs.text import clean_space

__all__ = [
    "EDGE",
    "NAME_SUFFIX",
    "NUMBERED_DOCUMENT",
    "QUOTED_TITLE",
    "READER_CLAUSE",
    "SEQUEL",
    "clean_title",
    "fallback_title",
    "is_paper_link",
    "is_phrase",
    "is_url_text",
    "italic_terms",
    "lead_in",
    "names_a_thing",
    "numbered_document",
    "quoted_title",
    "short_name",
    "short_subtitle",
    "stressed_concepts",
    "title_citation",
    "without_marker",
]

EDGE = " \t.,;:-–—/&|"


_SEPARATOR = re.compile(r"\s[-–—|]\s|:\s")
#: a clause addressed to the reader: `If you need a VAE refresher`, `For background`
READER_CLAUSE = re.compile(
    r"^(?:if|when|before|after|once|in case)\s+(?:you|we|one)\b|^for\s+(?:background|context|a\s)"
    r"|^(?:week|lecture|class|session|day|module)\s*\d+$",  # `Week 11: Kingma & Welling, …`
    re.IGNORECASE,
)


#: (never after an initial: `Steven J. Phillips, …`, r82 awesome)
#: (never after `vs.`, `e.g.`, `cf.`: `NJ vs. FastTree vs. IQ-TREE on simulated …` (r179
#: syllabus, named "NJ vs"))
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z]\.)(?<!\bvs\.)(?<!\be\.g\.)(?<!\bcf\.)(?<=[.!?])\s")


_TITLE_WORDS = 6


_LINK_TITLE_WORDS = 16  # a link's text may be a paper's whole title
_BOOK_TITLE_WORDS = 30  # a book's title and subtitle in italics, right after its byline


_LEADING_WORDS = {"see", "like", "the", "a", "an", "of", "e.g", "eg", "esp", "read", "and", "or"}


NAME_SUFFIX = re.compile(
    r"\s+(?:papers?|blog ?posts?|blogpost|challenge|benchmark|book|survey|tech(?:nical)? report|"
    r"system card|model card|paper series)$",
    re.IGNORECASE,
)


_LEADING_YEAR = re.compile(r"^(?P<year>(?:19|20)\d\d)\s+(?P<rest>\S.*)$")


_ENUMERATION = re.compile(r"^\s*(?:\(?\d{1,4}[.)]|#(?![A-Z])|[*•·])\s*")  # (not `#P`, `#SAT`)


QUOTED_TITLE = re.compile(r"[\"“](?P<title>[^\"“”]{6,200})[\"”]")


def quoted_title(text: str) -> re.Match[str] | None:
    """The first title `text` quotes that is three words or more (a quoted term is fewer)."""
    found = QUOTED_TITLE.search(text)
    return found if found is not None and len(found["title"].split()) >= 3 else None


def is_url_text(text: str) -> bool:
    return is_web_url(text.strip()) or text.strip().startswith("www.")


_PICTOGRAPHS = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]")


# a syllabus's mark before a reading: `**[R]**`, `[O]`, `(opt)`, `[Required]`, `Optional:`
_MARKER = re.compile(
    r"\s*(?:[\[(]\s*(?:[A-Za-z]{1,3}|required|optional|req|opt|must[- ]read|bonus|extra)\s*[\])]"
    r"|(?:required|optional|bonus)\s*:)\s*",
    re.IGNORECASE,
)


_LEADING_MARKS = re.compile(
    r"^\s*(?:(?:[★☆⭐]|[\[(]\s*(?:R|O|req|opt|required|optional)\s*[\])])\s*)+", re.IGNORECASE
)


def _is_letter_mark(first: Run, rest: list[Run]) -> bool:
    """`**R** Adam Swift, *Political Philosophy*, Introduction` (r167 syllabus, five cards
    asking who made "R"): a syllabus's letter for a required (or optional) reading, set in
    bold or italics, then the reading's byline and its title in italics or quotes. (`*R*
    (Ihaka & Gentleman, 1996). A language for …` names no title after it: R, the language.)"""
    if first.link is not None or not (first.bold or first.italic):
        return False
    if first.text.strip() not in {"R", "O"} or not rest or not rest[0].text[:1].isspace():
        return False
    if rest[0].bold or rest[0].italic or rest[0].text.lstrip()[:1] in {"(", "[", ":", "—", "-"}:
        return False
    return any(run.italic and run.text.strip() for run in rest) or any(
        quote in run.text for run in rest for quote in '"“'
    )


def without_marker(runs: list[Run]) -> list[Run]:
    """The runs after a reading's mark (`**[R]** Zhang et al., "Understanding …"`): a
    mark says how to read the entry, it is never its name."""
    start = 0
    while start < len(runs) and not runs[start].text.strip():
        start += 1
    if start < len(runs) and runs[start].link is None and _MARKER.fullmatch(runs[start].text):
        return runs[start + 1 :]
    if start + 1 < len(runs) and _is_letter_mark(runs[start], runs[start + 1 :]):
        return runs[start + 1 :]
    if start < len(runs) and runs[start].link is None:
        # `★ (R) Holland, P. W. (1986). "Statistics and Causal Inference." …`: marks at
        # the start of the text itself
        marks = _LEADING_MARKS.match(runs[start].text)
        if marks and marks.end() and runs[start].text[marks.end() :].strip():
            first = replace(runs[start], text=runs[start].text[marks.end() :])
            return [first, *runs[start + 1 :]]
        only_marks = re.fullmatch(r"[^\w\s()\[\]\"“'‘]+", runs[start].text.strip())
        if only_marks and start + 1 < len(runs):
            # `⭐ **Category Theory for Programmers** — Bartosz Milewski (…)` (r144 notes: its
            # byline lost, its bold title read as a claim): a mark alone, then the entry
            return runs[start + 1 :]
    return runs


def lead_in(runs: list[Run]) -> list[Run]:
    """The bold runs at the start of the item (whitespace and footnotes allowed between)."""
    lead: list[Run] = []
    for run in runs:
        if run.bold or run.footnote or not run.text.strip():
            lead.append(run)
            continue
        if not lead and _ENUMERATION.fullmatch(run.text):
            continue  # `1) **Title** - …` in a table cell
        if not lead and re.fullmatch(r"[^\w\s()\[\]\"“'‘]+", run.text.strip()):
            continue  # `⭐ **The Design and Implementation of …**`: a mark the list puts first
        break
    while lead and not lead[-1].bold:
        lead.pop()
    return lead


#: a journal's kind of article before the title: `Short Communication: TopoToolbox 2 – an
#: efficient …` (r174 syllabus, named "Short Communication")
_ARTICLE_TYPE = re.compile(
    r"^(?:(?:Short|Brief|Rapid)\s+Communication|Technical\s+(?:Note|Comment)|Research\s+Letter"
    r"|Invited\s+Review|Review\s+Article|Perspective|Commentary|Viewpoint|Editorial)"
    r"\s*:\s+(?=[A-Z0-9])"
)


def clean_title(text: str) -> str:
    """A title without URLs, enumeration, symbols in front (`⭐`), quotes around it, a
    citation after it (`(Pope et al., Google, 2022)`), dangling brackets or edge punctuation."""
    text = re.sub(r"https?://\S+", " ", text)
    text = _ENUMERATION.sub("", text)
    # (`∞Bench`, `#P`, `#SAT`: a name's own sign)
    text = re.sub(r"^(?!#[A-Z])[^\w\"'“‘(\[∞]+", "", clean_space(text))
    # (and `**Chain-of-Thought Prompting (Wei et al., 2022).**` (r125 blog): a full stop after
    # the citation, inside the bold)
    text = re.sub(r"\s*\((?=[^()]*\b(?:19|20)\d\d\b)[^()]*\)\s*[.:;,]?\s*$", "", text)
    text = _PICTOGRAPHS.sub(" ", text)  # `Saliency maps 📌`: a legend's mark, not the name
    text = clean_space(text).strip(EDGE)
    text = _ARTICLE_TYPE.sub("", text)
    if len(text) > 2 and text[0] in '"“' and text[-1] in '"”':
        text = text[1:-1].strip(EDGE)
    while text and text[-1] in "([{":
        text = text[:-1].strip(EDGE)
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].strip(EDGE) or text.replace("(", "").strip(EDGE)
    if text.count(")") > text.count("("):
        text = text.replace(")", "").strip(EDGE)
    return text


def _masked(runs: list[Run]) -> str:
    """The runs' text with link texts and quoted titles blanked out, same length: where a
    separator may be looked for without cutting a title at its colon."""
    out: list[str] = []
    for run in runs:
        if run.footnote:
            continue
        text = run.text
        hidden = run.link is not None or run.anchor or run.italic
        out.append("x" * len(text) if hidden else text)
    joined = "".join(out)
    return QUOTED_TITLE.sub(lambda m: "x" * len(m.group(0)), joined)


def stressed_concepts(runs: list[Run], *, exclude: str) -> list[str]:
    """Bold phrases that are not links: the entry's key concepts."""
    groups: list[list[Run]] = []
    current: list[Run] = []
    for run in runs:
        if run.bold and not run.footnote:
            current.append(run)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    found: dict[str, str] = {}
    for group in groups:
        if any(run.link is not None for run in group):
            continue
        phrase = plain(group).strip(EDGE + "*\"'“”‘’()")
        if len(phrase) < 2 or len(phrase) > 60 or not any(ch.isalpha() for ch in phrase):
            continue
        if re.fullmatch(r"\[[^\[\]]{1,8}\]", phrase):
            continue  # `(Referred to below as **[N]**.)`: a reference's key, no concept
        key = phrase.casefold()
        if key != exclude.casefold() and key not in found:
            found[key] = phrase
    return list(found.values())


#: words italicised for tone, not to name an idea
_TONE = frozenset(
    {
        *("together", "really", "very", "much", "actually", "just", "only", "also", "both"),
        *("all", "exactly", "always", "never", "still", "already", "using", "use", "used"),
        *("same", "different", "more", "less", "most", "least", "any", "every", "before"),
        *("after", "instead", "without", "within", "one", "two", "not", "no", "first"),
        *("last", "new", "old"),
    }
)


def italic_terms(runs: list[Run], *, exclude: str) -> list[str]:
    """Phrases in italics that name an idea (`*late interaction*`, `*in-batch negatives*`,
    `*zero-shot*`): after the bold ones, what a list stresses. Not a paper's title (title
    case), not a word stressed for tone (`*using*`, `*together with*`)."""
    found: dict[str, str] = {}
    for run in runs:
        if not run.italic or run.bold or run.link is not None or run.footnote:
            continue
        phrase = run.text.strip(EDGE + "*\"'“”‘’()")
        words = phrase.split()
        if not 1 <= len(words) <= 5 or is_title_case(phrase):
            continue
        if phrase.casefold() == exclude.casefold():
            continue
        if re.search(r"\b(?:itself|themselves|ourselves|yourself)\b", phrase, re.IGNORECASE):
            continue  # `*prompting itself*`: stressed for tone
        meaning = [word for word in content_words(phrase) if word not in _TONE]
        if not meaning or (
            len(words) == 1
            and (len(phrase) < 4 or (not re.search(r"[-A-Z]", phrase[1:]) and len(phrase) < 7))
        ):
            continue  # `*exact*`, `*not*`: stressed for tone; `*2D*`: no idea of its own
        found.setdefault(phrase.casefold(), phrase)
    return list(found.values())


def is_paper_link(link: Link) -> bool:
    """A link whose text is a paper's title: a few capitalised words, not a bare name."""
    words = link.text.split()
    if is_generic_link_text(link.text) or len(words) > _LINK_TITLE_WORDS:
        return False
    if arxiv_id(link.url) and len(words) >= 3:
        return True
    return len(words) >= 4 and is_name(link.text.replace(":", "").replace("-", " "))


def names_a_thing(text: str) -> bool:
    """Link text that names a thing (`ModernBERT`, a paper's title), not `here` or `this one`."""
    words = text.split()
    return (
        1 <= len(words) <= _LINK_TITLE_WORDS
        and any(ch.isalpha() for ch in text)
        and not is_generic_link_text(text)
        and words[0].casefold() not in {"this", "that", "our", "here"}
    )


def _opens_with_link(runs: list[Run]) -> bool:
    first = next((run for run in runs if run.text.strip(EDGE)), None)
    return first is not None and first.link is not None and not first.footnote


#: a stressed phrase in lower case with a verb of its own: `on-policy data matters`
_STRESSED_CLAUSE = re.compile(
    r"^[a-z][\w-]*(?:\s+[a-z][\w-]*)*\s+(?:matters|is|are|was|were|works|helps|hurts|wins|"
    r"fails|beats|does|do|did|can|cannot|can't|won't|doesn't|don't)(?:\s+[a-z][\w-]*)*$"
)


def fallback_title(runs: list[Run]) -> tuple[str, str, Link | None]:
    """(title, how it was found, the link it came from) for an item without a lead-in."""
    text = plain(runs)
    quoted_title = _quoted_title(runs, text)
    if quoted_title:  # `Vaswani et al., "Attention Is All You Need", …`: authors, then title
        cited, rest = attrib.cut(_EDITOR.sub("", text.split(quoted_title)[0]).strip(' ,"“*_'))
        named = rest.strip(" -–—:,.")
        # (but `[LAMMPS](…) - … Aidan P. Thompson et al. (…). "LAMMPS - a flexible …"` (r154
        # awesome): the name before the byline opens the quoted title, and stays the name)
        if (
            cited.authors
            and len(rest.split()) <= 3
            and not (named and quoted_title.split()[0] == named.split()[0])
        ):  # not a paper cited further on
            return quoted_title, "quoted", None
        if re.fullmatch(r"[A-Z][\w'’-]+", rest.strip()):  # `LaValle, *Planning Algorithms*`
            return quoted_title, "quoted", None
        if re.fullmatch(r"(?:[A-Z][\w'’-]*\.?\s+){1,2}[A-Z][\w'’-]+", rest.strip()):
            # `Fred Brooks, *The Mythical Man-Month* (1975). Brooks ran IBM's OS/360 …` (r99
            # syllabus, titled "Brooks ran IBM's OS/360 effort"): a person, then the title
            return quoted_title, "quoted", None
    italics = tuple(
        clean_space(run.text).strip() for run in runs if run.italic and run.text.strip()
    )
    referenced = "" if _opens_with_link(runs) else reference_title(text, italics)
    link_texts = [run.link.text for run in runs if run.link is not None and run.link.text.strip()]
    if referenced and not any(referenced in text or text in referenced for text in link_texts):
        # `Graefe, G. (1993). Query evaluation techniques for large databases. *ACM …*`
        return clean_title(referenced), "quoted", None
    masked = clean_space(_masked(runs))
    match = _SEPARATOR.search(masked)
    if match and match.start() >= 2:
        label = text[: match.start()].strip(EDGE)
        cites = re.fullmatch(r"(?P<head>\S.*?)\s*\((?P<inner>[^()]+)\)", label)
        if (
            cites is not None
            and attrib.cut(f"({cites['inner']})")[0].authors
            # (not `sacreBLEU and chrF (Popović, WMT 2015)`: whose is it?)
            and not re.search(r"\s(?:and|&)\s|,", cites["head"])
        ):
            label = cites["head"]  # `ProofNet (Azerbayev, …, Avigad; 2023) — …`: its citation
        label_words = label.split()
        cited, rest = attrib.cut(label)
        link = next((r.link for r in runs if r.link is not None and r.link.text in label), None)
        linked = link is not None and clean_title(link.text) == clean_title(label)
        # `[Modeling Task Relationships in Multi-task Learning …](doi) - Ma, Zhao, …`: a
        # link that is the whole label is the entry's title, however long
        most = _LINK_TITLE_WORDS if linked else _TITLE_WORDS
        # `[Tanks and Temples](…) - Knapitsch, Park, Zhou, Koltun (Intel, …)`: two words
        # joined by "and" read as people, unless the people come after them
        byline_label = cited.authors and not rest.strip(EDGE) and not _bylined(text, match)
        if match.group().strip() == ":" and not linked and not cited.authors:
            # `Malware Images: Visualization and Automatic Classification - Nataraj,
            # Karthikeyan, … (UCSB, VizSec 2011).`: a title and its subtitle, then its byline
            after = _SEPARATOR.search(masked, match.end())
            if (
                after is not None
                and after.group().strip() != ":"
                and _bylined(text, after, _SEPARATOR.search(masked, after.end()))
            ):
                return clean_title(text[: after.start()]), "label", None
        # (`If you need a VAE refresher: Kingma & Welling, *Auto-Encoding …*`: a clause
        # addressed to the reader labels the reading, it is not its title)
        if 1 <= len(label_words) <= most and not byline_label and not READER_CLAUSE.match(label):
            if link is not None and linked:
                return clean_title(label), "link-label", link
            return clean_title(label), "label", None
        # (`Atomistic Line Graph Neural Network for improved materials property predictions -
        # Kamal Choudhary, Brian DeCost (NIST, …)` (r77 awesome): in sentence case too)
        cased = is_title_case(label) or (
            len(label_words) >= 4 and label[:1].isupper() and not READER_CLAUSE.match(label)
        )
        if len(label_words) <= _LINK_TITLE_WORDS and cased and not cited.authors:
            # `Estimating the Support of a High-Dimensional Distribution - Schölkopf, Platt,
            # … (Microsoft Research, 2001). *Neural Computation* 13(7).`: a paper's title,
            # then its byline (and a journal in italics, which is no title)
            after = _SEPARATOR.search(masked, match.end())
            if _bylined(text, match, after):
                # (a title in sentence case is a paper's too, signed: never a topic's label)
                return clean_title(label), "label" if is_title_case(label) else "quoted", None
        if cited.authors and not rest.strip(EDGE):
            # `Leviathan, Kalman, Matias — Fast Inference from Transformers via Speculative
            # Decoding (ICML 2023) — URL`: the authors, then the title
            after = _SEPARATOR.search(masked, match.end())
            segment = text[match.end() : after.start() if after else len(text)]
            segment = _SENTENCE_END.split(segment, maxsplit=1)[0]
            segment = re.sub(r"\s*\([^()]*\)\s*$", "", segment).strip(EDGE)
            # (`Brendan Gregg, *Systems Performance* (…) — not queueing theory per se but …`:
            # the writer's remark after the reading, in lower case, is no title)
            if (
                3 <= len(segment.split()) <= _LINK_TITLE_WORDS
                and not is_url_text(segment)
                and not segment[:1].islower()
            ):
                if (
                    after is not None
                    and match.group().strip() == ":"
                    and _bylined(text, after, _SEPARATOR.search(masked, after.end()))
                ):
                    # `Flow Straight and Fast: Learning to Generate … — Xingchao Liu, …`: the
                    # words before a colon that read as names are a title's head when a
                    # byline follows the rest of it
                    return clean_title(text[: after.start()]), "label", None
                return clean_title(segment), "quoted", None
    first_sentence = len(_SENTENCE_END.split(text, maxsplit=1)[0])
    seen = 0
    for run in runs:
        if run.bold and not run.link and run.text.strip():
            break  # a bold phrase first: it names the entry
        if seen > first_sentence:
            break
        if run.link is not None and not run.footnote and is_paper_link(run.link):
            return clean_title(run.link.text), "paper-link", run.link
        seen += len(run.text)
    if quoted_title and not _opens_with_link(runs):
        # not `[Title](url) - … Used in the YouTube "what to watch next" paper`: after a
        # leading link (the entry's own title), a quote names another paper
        return quoted_title, "quoted", None
    # (never `… the best evidence I know that **on-policy data matters** more than …` (r157
    # table, "Who made **on-policy data matters**?"): a clause the writer stressed)
    concepts = [c for c in stressed_concepts(runs, exclude="") if not _STRESSED_CLAUSE.search(c)]
    if concepts:
        return concepts[0], "bold", None
    before: list[str] = []
    for run in runs:
        if run.link is not None and not run.footnote:
            name = clean_space(run.link.text).strip(EDGE)
            if names_a_thing(name):
                return clean_title(name), "link", run.link
            break
        before.append(run.text)
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0].strip(EDGE)
    trailing = _TRAILING_CITATION.search(sentence)
    # `Colorful Image Colorization (Zhang, Isola, Efros 2016)`: a title, then its citation
    if (
        trailing
        and 2 <= len(sentence[: trailing.start()].split()) <= _LINK_TITLE_WORDS
        and attrib.cut(trailing.group(0).strip())[0].authors
    ):
        return clean_title(sentence[: trailing.start()]), "label", None
    words = clean_space("".join(before)).strip(EDGE).split()
    while words and words[-1].casefold() in _LEADING_WORDS:
        words.pop()
    if 1 <= len(words) <= _TITLE_WORDS:
        return clean_title(" ".join(words)), "words", None
    words = [word for word in sentence.split() if not is_url_text(word)] or sentence.split()
    if len(words) <= _TITLE_WORDS:
        return clean_title(" ".join(words)), "words", None
    return " ".join(words[:_TITLE_WORDS]).strip(EDGE) + "…", "words", None


def _bylined(text: str, start: re.Match[str], end: re.Match[str] | None = None) -> bool:
    """Whether the first sentence of `text` between the separator `start` and the next
    one, `end`, names authors (a byline after a title)."""
    byline = text[start.end() : end.start() if end else len(text)]
    return bool(attrib.cut(_SENTENCE_END.split(byline, maxsplit=1)[0])[0].authors)


#: a bracket at a sentence's end that holds a year: `(Zhang, Isola, Efros 2016)`
_TRAILING_CITATION = re.compile(r"\s*\([^()]*\b(?:19|20)\d\d\b[^()]*\)\.?\s*$")

_BY = re.compile(r"\s+by\s+(?P<who>[\w.’'-]+(?:\s+[A-Z][\w’'-]+)?)\s*$")


def _by_author(title: str) -> re.Match[str] | None:
    """`Transformer Inference Arithmetic by kipply`: a title and its author; not `Bayes
    by Backprop`, one name of a word on each side of "by"."""
    match = _BY.search(title)
    if match is None or len(title[: match.start()].split()) < 2:
        return None
    if ": " in title[: match.start()]:
        # `Angora: Efficient Fuzzing by Principled Search` (r104 notes, "Who made **Angora**?
        # → Principled Search"): a subtitle says how, by what method
        return None
    if re.search(
        r"(?i)\b(?:theme|tribute|homage|idea|suggestion|remark|problem|conjecture|question|"
        r"result|theorem)s?\s*$",
        title[: match.start()],
    ):
        # `Variations on a Theme by Huffman` (r141 notes, "Who made **Variations on a
        # Theme**? → Huffman": Gallager's paper): whose theme, a part of the title
        return None
    # `Let's Verify Step by Step`: a word of the title again, no author
    said = {word.casefold() for word in title[: match.start()].split()}
    if match.group("who").casefold() in said:
        return None
    if _NOT_AUTHORED.search(title[: match.start()]) or re.fullmatch(
        r"[A-Z]{2,}s?\.?", match.group("who")
    ):
        # `protocol fuzzing guided by RFCs`: what it follows, no author; `SAR by NMR` (r95
        # glossary, "Who made **FBDD / SAR**? → NMR"): a technique's acronym
        return None
    # `Text and Code Embeddings by Contrastive Pre-Training`: a method, no one's name
    return None if _NOT_A_NAME.search(match.group("who")) else match


#: a participle before "by" that says what guides the work, never who wrote it
_NOT_AUTHORED = re.compile(
    r"\b(?:guided|driven|powered|inspired|followed|replaced|supervised|conditioned|informed|"
    r"backed|enabled|constrained|accelerated|motivated|generated|bounded|caused|"
    # (`Sketch of the Analytical Engine Invented by Charles Babbage` (r99 syllabus): the
    # maker of what the title names, inside the title)
    r"invented|designed|built|devised|conceived|proposed|described|discovered)\s*$",
    re.IGNORECASE,
)


_NOT_A_NAME = re.compile(
    r"(?:ing|tion|sion|ment|ness|ity|ics|ance|ence)\b"
    # `Defeating Prompt Injections by Design` (r113 blog, "Who made …? → Design"): an idiom
    # of the title, how, not by whom
    r"|^(?:design|default|example|construction|hand|accident|chance|proxy|nature|analogy|"
    r"induction|contrast|comparison|reference|heart|rote)$"
    # (`Word Hy-phen-a-tion by Com-put-er` (r179 notes, "Who made it? → Com-put-er"): a word
    # cut into its syllables)
    r"|[a-z]-[a-z]+-",
    re.IGNORECASE,
)


def title_citation(raw: str) -> Attribution:
    """What a title says of its authors: `… (Pope et al., Google, 2022)`, `… by kipply`."""
    found = Attribution()
    paren = _TRAILING_CITATION.search(raw)
    inner = paren.group(0).strip(" .()") if paren else ""
    if paren and inner not in stated_expansions(raw).values():
        # (but `**OC20 (Open Catalyst 2020)**`: the name spelled out, a year in it, no one's)
        bracket = paren.group(0).strip()
        # `(CodeAct; Wang et al., ICML 2024)` (r92 blog, "Who made …? → CodeAct et al."): the
        # name the work goes by, then its citation
        bracket = re.sub(r"^\(\s*[\w.+-]+(?:\s[\w.+-]+)?;\s*(?=\S)", "(", bracket)
        found, _ = attrib.cut(bracket)
    by = _by_author(raw)
    if by:
        found = found.merged(Attribution(authors=by.group("who")))
    return found


def _lower_phrase(text: str) -> bool:
    """`add noise then denoise`, not `word2vec …` or `iTransformer: …`: a phrase in lower
    case is no title."""
    return text[:1].islower() and not re.search(r"[A-Z0-9]", text)  # (`fairseq S2T: …` is)


_ABBREVIATED_WORD = re.compile(r"(?<![\w.])[A-Z][a-z]{0,6}\.(?=\s)")  # (not a full stop)


#: a mark in italics before a reading: `*[opt]*`, `*(optional)*`, `*Req.*`, `*[R]*` (a letter
#: only in its brackets: `*R*` is a language)
_MARK_RUN = re.compile(rf"[\[(]?\s*{READING_MARK}\.?\s*[\])]?:?|\[\s*[RO]\s*\]:?")


def _first_italics(runs: list[Run]) -> list[Run]:
    """The first words set in italics (`S. M. LaValle, *Planning Algorithms*, … Choset et
    al., *Principles of Robot Motion*`: the first book, not both run together)."""
    found: list[Run] = []
    for run in runs:
        if not found and run.italic and _MARK_RUN.fullmatch(run.text.strip()):
            continue  # `*[opt]* David Marr, *Vision*. …` (r164 syllabus): the reading's mark
        if not found and run.italic and re.fullmatch(r"\s*\([^()]*\)\s*", run.text):
            # `*(for the phylogenetics weeks)* Felsenstein, J. (2004). *Inferring
            # Phylogenies*.` (r179 syllabus, named "(for the phylogenetics weeks)"): an aside
            continue
        if run.italic and not run.footnote:
            found.append(run)
        elif found:
            break
    return found


#: `, 2nd edition`, `, Oxford University Press`: what follows a book's title
_EDITION_OR_PUBLISHER = re.compile(
    # (`*Exoplanets* (University of Arizona Press, 2010)` (r132 syllabus): in its bracket)
    r"\s*[,(]\s*(?:\d+(?:st|nd|rd|th)\s+ed|[^,()]*\b(?:Press|Publishers|Springer|Wiley)\b"
    # (`Hobbes, *Leviathan*, ed. Edwin Curley (Hackett, 1994)` (r167 syllabus, named "Hobbes,
    # Leviathan, ed"): the edition's editor or translator)
    r"|(?:ed|trans)\.\s+[A-Z]|(?:edited|translated)\s+by\b)"
)
#: an editor's mark after a name: `Sara Seager (ed.)`, `(eds.)`
_EDITOR = re.compile(r"\s*\((?:eds?\.?|editors?)\)", re.IGNORECASE)


#: a journal's volume (and issue) right after its name: ` 190.`, ` 10(4).`, ` 13(7):1443`
#: (never a passage, `*Annals* 1.1–15` (r177 syllabus))
_VOLUME_AFTER = re.compile(r"[*_]*\s+\d{1,4}(?:\(\d{1,3}\))?(?=\.(?!\d)|[,:;]|\s*$)")


def _after_byline_alone(before: str) -> bool:
    """Whether `before` is only a byline and its comma (`S. P. Vadhan, `)."""
    before = _EDITOR.sub("", before.rstrip(" *_"))
    if re.fullmatch(r"\s*[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?){1,3}", before):
        return True  # `Cornell, T. J. *The Beginnings of Rome …*` (r177 syllabus): Chicago's
    if not before.endswith(","):
        return False
    if re.fullmatch(r"\s*(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][a-z][\w'’-]*,", before):
        return True  # `David Marr, *Vision*. W. H. Freeman, 1982.` (r164 syllabus): a person
    if attrib.named_by_place(before.strip()):
        return True  # `Tacitus, *Annals* 1.1–15` (r177 syllabus): a writer known by one name
    cited, rest = attrib.cut(before.rstrip(","))
    return bool(cited.authors) and not rest.strip(EDGE)


#: a one-word title a reference quotes with its own full stop: `Kabsch, W. "XDS." Acta …`
_SHORT_QUOTED = re.compile(r"[\"“](?P<title>[A-Z][\w+-]{1,30})[.,][\"”]")


def _byline_alone(before: str) -> bool:
    """Whether `before` is only a reference's byline (`Kabsch, W. `)."""
    cited, rest = attrib.cut(before.strip())
    return bool(cited.authors) and not rest.strip(EDGE)


def _quoted_title(runs: list[Run], text: str) -> str:
    """A title the text gives in quotes or italics (`"Attention Is All You Need"`)."""
    # not one inside brackets: `(Chen et al. had the same idea, "speculative sampling")`
    quoted = next(
        (
            match
            for match in QUOTED_TITLE.finditer(text)
            if text.count("(", 0, match.start()) <= text.count(")", 0, match.start())
        ),
        None,
    )
    if quoted and (len(quoted.group("title").split()) < 2 or _lower_phrase(quoted.group("title"))):
        quoted = None  # `the "add noise then denoise" editing trick`: a phrase, not a title
    if quoted is None:
        quoted = _SHORT_QUOTED.search(text)
        if quoted is not None and not _byline_alone(text[: quoted.start()]):
            quoted = None
    italic = clean_space("".join(r.text for r in _first_italics(runs)))
    # (`*J. Econometrics*`, `*Proc. IEEE*`: a journal, not a title; but `*Software
    # Foundations, Vol. 2: …*` is a book's volume)
    abbreviated = _ABBREVIATED_WORD.search(re.sub(r"\b[Vv]ol\.\s*\d+", " ", italic))
    # (`Newman, *Networks*, 2nd edition, Oxford University Press`: a book's one-word title,
    # its edition or its publisher after it)
    book = (
        len(italic.split()) == 1
        and italic[:1].isupper()
        and (
            _EDITION_OR_PUBLISHER.match(text, text.find(italic) + len(italic)) is not None
            # (`S. P. Vadhan, *Pseudorandomness*, Foundations and Trends in TCS …` (r124
            # syllabus, named "S"): a one-word title right after its byline)
            or _after_byline_alone(text[: text.find(italic)])
        )
    )
    # (a long one too, right after its byline: `Cornell, T. J. *The Beginnings of Rome: Italy
    # and Rome from the Bronze Age to the Punic Wars (c. 1000–264 BC)*. London: …` (r177
    # syllabus, no card))
    fits = 2 <= len(italic.split()) <= _LINK_TITLE_WORDS or book
    long_book = (
        not fits
        and len(italic.split()) <= _BOOK_TITLE_WORDS
        and _after_byline_alone(text[: text.find(italic)])
    )
    if not (fits or long_book) or abbreviated:
        italic = ""
    if italic and _VOLUME_AFTER.match(text, text.find(italic) + len(italic)):
        # `… (AT&T Labs / CUNY / Princeton, 2006). *Ecological Modelling* 190.` (r82
        # awesome): a journal and its volume, never the title
        italic = ""
    # the first of the two: `*Orca: …*. OSDI 2022. … (what everyone calls "continuous
    # batching")` is titled by its italics, not by the quote further on
    at = text.find(italic) if italic else -1
    if quoted and (at < 0 or quoted.start() < at):
        return clean_title(quoted.group("title"))
    return clean_title(italic) if italic else ""


def _without_kind(text: str) -> str:
    """`MMLU benchmark` -> `MMLU`, `DALL-E / DALL-E-2 / DALL-E-3 paper` -> `DALL-E / …`;
    but a paper's whole title keeps its last word (`… for each Benchmark`, `The Fuzzing
    Book`)."""
    kind = NAME_SUFFIX.search(text)
    if kind is None or (len(text.split()) > _NAME_WITH_KIND and not kind.group(0).islower()):
        return text
    if text.startswith("The ") and kind.group(0).strip()[:1].isupper():
        return text  # `The Fuzzing Book`, `The Deep Learning Book`: the work's own title
    before = text[: kind.start()].split()
    if before and before[-1].casefold() in {"white", "position", "working", "discussion"}:
        # `Quantization white paper` (r165 table, "Who made **Quantization white**?"): a kind
        # of paper by its two words
        return text
    if len(before) >= 4 and before[-1].islower() and kind.group(0).strip() == "book":
        # `High-frequency trading in a limit order book`: a title's own last word
        return text
    if (
        len(before) == 1
        and kind.group(0).strip() == "book"
        and re.fullmatch(r"[A-Z][a-z]+", before[0])
    ):
        # `**Opening book**: For engines, a precomputed table of opening moves …` (r179
        # glossary, named "Opening"): a word of the language and "book", one term (a book
        # goes by a name with capitals or figures of its own: `SICP book`, `D2L book`)
        return text
    if kind.group(0).strip().casefold() == "survey":
        # `LLM Agent Survey`, `BEV survey`: a survey is named by what it surveys, never by
        # its subject alone (`BEV`)
        return text
    named = text[: kind.start()].strip(EDGE) or text
    # `MT-Bench & the judge paper`: the name, and the paper that goes with it
    return re.sub(r"\s+(?:&|and)\s+the\s+[\w-]+$", "", named) or named


_NAME_WITH_KIND = 5  # words: a name and the kind of thing it is (`Meta RAG paper series`)


_SUBTITLE_WORDS = 3  # words after a name's colon: fewer, and the colon is part of a title
#: what kind of work a subtitle says it is: a survey, or a walk through the head's subject
#: (`Quadratic Arithmetic Programs: from Zero to Hero` is a post about QAPs, not QAPs)
_GENRE = re.compile(
    rf"^\s*(?:an?\s+|the\s+)?(?:{GENRE_WORDS}|(?:(?:gentle|visual|practical|short|brief|"
    r"friendly|illustrated|applied)\s+)?(?:introduction|guide|walkthrough|deep dive)|"
    r"from zero to hero|explained|demystified|for beginners|in plain english|the basics|"
    r"under the hood|"
    # `Multiversion Concurrency Control: Theory and Algorithms`: a treatment of the field
    r"(?:theory|principles|concepts|foundations|models|methods|algorithms)\s+(?:and|&)\s+"
    r"(?:algorithms|practice|techniques|theory|applications|implementation)s?\s*$)\b",
    re.IGNORECASE,
)


def short_subtitle(subtitle: str) -> bool:
    """`Cultural probes` of *Design: Cultural probes*: too short to leave its head a name of
    its own — unless it says what kind of work it is (*LSM-based Storage Techniques: A
    Survey*)."""
    return len(subtitle.split()) < _SUBTITLE_WORDS and not _GENRE.match(subtitle)


#: a subtitle that says what the paper does about its head: an analysis, a study, a way
#: towards it
_ABOUT = re.compile(
    r"^\s*(?:towards?\s|(?:an?|the)\s+(?:[\w-]+\s+){0,4}"
    r"(?:analysis|study|evaluation|comparison|investigation|examination|"
    # `Deep Ensembles: A Loss Landscape Perspective` (r171 blog, "Who made **Deep
    # Ensembles**? → Fort et al."), `Animal Liberation: A Triangular Affair` (r170 syllabus):
    # a view of what the head names, not its name
    r"perspective|point\s+of\s+view|affair|revolution|critique|reappraisal|reassessment)\b"
    # `Systems Programming: Coping with Parallelism`: what the work does about it
    r"|(?-i:[A-Z][a-z]+ing)\s+(?:with|for|about|beyond|through)\s"
    # `Technical Debt: From Metaphor to Theory and Practice` (r84 syllabus): where the
    # subject has got to
    r"|from\s+\S.*\sto\s)",
    re.IGNORECASE,
)
#: two to four words in title case, none shaped as a name (`Thompson Sampling`)
_PLAIN_WORDS = re.compile(r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,3}")


def about_its_head(title: str) -> bool:
    """`Thompson Sampling: An Asymptotically Optimal Finite-Time Analysis`: a title whose
    head names its subject in common words and whose subtitle studies it."""
    head, _, subtitle = title.partition(": ")
    return bool(_ABOUT.match(subtitle)) and _PLAIN_WORDS.fullmatch(head.strip()) is not None


#: a field of study by its name: `Archaeology`, `Linguistics`, `Cartography`
_FIELD_NAME = re.compile(
    r"[A-Z][a-z]*(?:ology|ography|onomy|osophy|ematics|istics|economics|physics|genetics|ethics)"
)
_BOOK_PART = re.compile(BOOK_PARTS, re.IGNORECASE)
#: a subtitle saying what suffices for the task its head names
_ALL_YOU_NEED = re.compile(r"\b(?:is|are)\s+all\s+(?:you|we)\s+need\b", re.IGNORECASE)


def heads_its_topic(title: str) -> bool:
    """`Archaeology: The Loss of Innocence` (r171 syllabus, "Who made **Archaeology**? →
    Clarke"), `Open-Set Recognition: A Good Closed-Set Classifier Is All You Need` (r171
    table, "Who made **Open-Set Recognition**? → Vaze et al."): a head that names a field or
    a task, the subtitle what the work says of it — never the work's own name; nor a part
    of a book (`"Introduction: Aspects of Change." In … *London: Aspects of Change*`, r173
    syllabus, "Who made **Introduction**?")."""
    head, colon, subtitle = title.partition(": ")
    if not colon:
        return False
    # (but `Zoology: Measuring and Improving Recall …`, `Psychoacoustics: Facts and Models`
    # are named by their head: a field's name only when the subtitle is a phrase about it)
    field = _FIELD_NAME.fullmatch(head.strip()) is not None and re.match(r"(?:The|An?)\s", subtitle)
    part = head[:1].isupper() and _BOOK_PART.fullmatch(head.strip()) is not None
    return bool(field) or part or bool(_ALL_YOU_NEED.search(subtitle))


_WHOSE_QUOTED = re.compile(
    r"^(?P<whose>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s*:\s*[\"“](?P<title>[^\"“”]{8,})[\"”]$"
)


#: after a lab's `'s`: a paper's whole title, its head and a subtitle
_WHOLE_TITLE = re.compile(r"^['’]s?\s+(?:\S+\s+){2,}\S*:\s+\S+(?:\s+\S+){2,}")


_EDITION = re.compile(
    r"\s*\((?:\d+(?:st|nd|rd|th)|first|second|third|fourth|new|revised)\s+ed(?:ition|n?\.)?\)"
    # (`Programming Massively Parallel Processors, 4th ed.` (r128 notes))
    r"|,\s*(?:\d+(?:st|nd|rd|th)|first|second|third|fourth)\s+ed(?:ition|n?\.)?\.?$",
    re.IGNORECASE,
)


_DASHED_HEAD = re.compile(r"^(?P<head>[^\s:—–]{2,30})\s[—–]\s+(?=\S)")


def short_name(title: str, sites: tuple[str, ...] = ()) -> tuple[str, Attribution]:
    """The short name a title gives (`2020 Meta RAG paper` -> `RAG`, year and lab apart);
    `sites`: the hosts of the entry's links."""
    # (`Forecasting: Principles and Practice (3rd ed.)` (r127 blog, "What is
    # **Forecasting**?"): the edition is no part of the subtitle's length)
    dashed = _DASHED_HEAD.match(title)
    # (not `SDR – half-baked or well done?` (r100 table): a question about what it names)
    # (nor `PSI — Pressure Stall Information`: an acronym, then what it stands for, which
    # the entry reads as such)
    if (
        dashed is not None
        and not title.rstrip().endswith("?")
        and spelling_in(dashed["head"], title[dashed.end() :]) is None
    ):
        # `Brax — A Differentiable Physics Engine for …` (r157 blog, named by the whole
        # title): a one-word name before a spaced dash, read as before a colon
        named = short_name(_DASHED_HEAD.sub(r"\g<head>: ", title, count=1), sites)
        if named[0] == dashed["head"]:
            return named
    title = _EDITION.sub("", title)
    text = title
    found = Attribution()
    whose = _WHOSE_QUOTED.match(text)
    owner = whose["whose"].strip() if whose is not None else ""
    if whose is not None and (owner in attrib.LABS or any(squash(owner) in host for host in sites)):
        # `Vespa: "Scaling ColPali to billions of PDFs"` (blog.vespa.ai): whose, then the
        # quoted title of the work (but `DistBelief: "Large Scale …"` names the system)
        return whose["title"].strip(), Attribution(lab=owner)
    year = _LEADING_YEAR.match(text)
    if year:
        found = Attribution(year=int(year.group("year")))
        text = year.group("rest")
    text = _without_kind(text)
    # `Commentary: The Materials Project: A materials genome approach …` (r77 awesome): the
    # journal's kind of article, then the title
    text = _ARTICLE_KIND.sub("", text)
    by = _by_author(text)
    text = text[: by.start()] if by else text
    for lab in sorted(attrib.LABS, key=len, reverse=True):
        if not text.startswith(lab):
            continue
        rest = text[len(lab) :]
        possessive = re.match(r"^['’]s?\s+(?=\S)|^\s+on\s+(?=\S)", rest)
        if possessive:  # `Anthropic on Building Effective Agents`, `Google's Gemini`
            # (but `Google's Neural Machine Translation System: Bridging the Gap …` (r98
            # blog) is a paper's whole title, the lab's word its own)
            if not (possessive.group(0).startswith(("'", "’")) and _WHOLE_TITLE.match(rest)):
                text = rest[possessive.end() :]
        elif rest.startswith(" "):
            found = found.merged(Attribution(lab=lab))
            # `Meta RAG` -> RAG; `DeepSeek V1, Coder, Math` and `Apple Intelligence` stay
            if is_acronym(rest.strip().split()[0]) and len(rest.split()) == 1:
                text = rest.strip()
            break
        else:
            continue
        found = found.merged(Attribution(lab=lab))
        break
    if _GENRE.match(title.partition(": ")[2]) and not by:
        # `Neural Architecture Search: A Survey`: a survey of a field is not the field
        return title.strip(), found
    if (about_its_head(title) or heads_its_topic(title)) and not by:
        # `Thompson Sampling: An Asymptotically Optimal Finite-Time Analysis`, `Approximate
        # Nearest Neighbors: Towards Removing the Curse of Dimensionality`: a paper about
        # a subject its head names in common words, not a thing the paper made
        return title.strip(), found
    text = _without_kind(text)
    head, colon, _ = text.partition(": ")
    phrase = is_phrase(head)
    # not `Design: Cultural probes`: a two-word subtitle makes one title with its head
    # (but `RFC 9114: HTTP/3` (r118 notes) goes by its number, whatever its subject)
    long_enough = not short_subtitle(title.partition(": ")[2]) or numbered_document(head)
    if (
        colon
        and 1 <= len(head.split()) <= 3
        and is_name(head)
        and head not in _GENRES
        # (`Google: Email sender guidelines` (r90 notes, "What is **Google**?"): whose
        # document it is, not its name)
        and head not in attrib.LABS
        and long_enough
        # `The Linux Scheduler: a Decade of Wasted Cores`: "the" and a subject, no name
        # (but `The Pile: An 800GB Dataset …`)
        and not re.match(r"^the\s+\S+\s+\S", head, re.IGNORECASE)
        and not SEQUEL.fullmatch(title.partition(": ")[2])
        # `Pointer Analysis: Haven't We Solved This Problem Yet?` (r83 syllabus, "Who made
        # Pointer Analysis? → Hind, 2001"): a question about what the head names
        # (but `MMBench: Is Your Multi-modal Model an All-around Player?` names MMBench)
        and not (
            title.rstrip().endswith("?")
            and re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", head) is not None
        )
    ):
        text = head if not phrase else text  # not `Back to Basics`: a phrase, no name
    return text, found


#: a numbered proposal or standard (`JEP 333`, `KIP-98`, `RFC 1034`, `PEP 484`, `FLIP-76`);
#: not a name with a number (`LRW-1000`, a benchmark)
NUMBERED_DOCUMENT = re.compile(
    r"(?:RFC|PEP|JEP|KIP|FLIP|KEP|BIP|EIP|ERC|NEP|OTEP|JSR|SPIP|XEP|ADR|ISO|ECMA)"
    r"[ -]#?\d{2,5}"
)


def numbered_document(name: str) -> bool:
    """`RFC 5782 — DNS Blacklists and Whitelists`, `JEP 333: …`: a name that opens with a
    numbered document's id, which is what it goes by."""
    return NUMBERED_DOCUMENT.match(name) is not None


_ARTICLE_KIND = re.compile(
    r"^(?:Commentary|Editorial|Viewpoint|Perspective|Opinion|Essay|Correspondence)\s*:\s+(?=\S)"
)
#: a later look at what a title's head names: `Borg: the Next Generation` (r77 notes, a
#: trace study of Borg), `Paxos: Ten Years Later` — the head is its subject, no name
SEQUEL = re.compile(
    r"\s*(?:the\s+)?(?:next\s+generation|revisited|reloaded|redux|strikes\s+back|"
    r"an?\s+retrospective|(?:\w+\s+)?years\s+(?:later|on)|lessons\s+learned|"
    # `Chinchilla Scaling: A replication attempt` (r85 blog): a second look by others
    r"an?\s+(?:replication|reproduction|re-?analysis)(?:\s+(?:attempt|study))?\W*$|"
    # `GPUs: A Closer Look` (r81 notes), `… : A Primer`, `…: An Overview`: a look at what
    # the head names
    r"an?\s+(?:closer\s+look|(?:gentle\s+|brief\s+|short\s+)?introduction|primer|overview|"
    r"deep\s+dive|tutorial|explainer)|"
    # `Kubernetes: Up and Running` (r105 notes, "Who made **Kubernetes**? → Burns et al."):
    # a book in a publisher's series on what the head names
    r"up\s+and\s+running|definitive\s+guide|good\s+parts|missing\s+manual|"
    # `CRDTs: The Hard Parts` (r119 notes, "Who made **CRDTs**? → Kleppmann"): a talk on the
    # head's trouble
    r"(?:hard|tricky|bad|ugly|difficult|missing)\s+parts|"
    # `RocksDB: Evolution of Development Priorities in a Key-value Store …` (r121 notes,
    # "Who made **RocksDB**? → Dong et al., FAST 2021"): the head's history, told later
    r"(?:the\s+)?evolution\s+of\b.*|a\s+decade\s+of\b.*|(?:\w+\s+){0,2}years\s+of\b.*|"
    # `MonetDB: Two Decades of Research in Column-oriented Database Architectures` (r149
    # notes, "Who made **MonetDB**? → Idreos et al., 2012"): an overview, told later;
    # `Mixed Integer Programming: Analyzing 12 Years of Progress` (r150 notes)
    r"(?:\w+\s+){0,2}decades\s+of\b.*|"
    r"lessons\s+(?:learned\s+)?from\b.*|experiences?\s+(?:with|from|in|of)\b.*|"
    r"(?:demystified|explained|in\s+practice|in\s+the\s+wild|myths\s+and\s+facts)\W*$|"
    r"an?\s+(?:practical|hands-on)\s+guide|"
    # `Internet Anycast: Performance, Problems, & Potential` (r106 notes): aspects of the
    # head, listed
    # (never `Point Transformer V3: Simpler, Faster, Stronger`: what the name is, compared)
    r"(?!(?-i:[A-Z][a-z]+er),)(?-i:[A-Z][a-z]+),\s+(?-i:[A-Z][a-z]+),?\s+(?:(?:&|and)\s+)?"
    r"(?-i:[A-Z][a-z]+))\W*",
    re.IGNORECASE,
)


_PHRASE_WORD = re.compile(r"\s(?:to|of|the|for|and|a|an|in|on|with)\s")


def is_phrase(text: str) -> bool:
    """`Back to Basics`: words joined by small words, a phrase rather than a name."""
    return _PHRASE_WORD.search(f" {text} ") is not None


# title heads that say what kind of paper it is, not its name (`SoK: Eternal War in Memory`)
_GENRES = frozenset(
    {"SoK", "Survey", "Position", "Tutorial", "Review", "Perspective", "Update"}
    # `Proposal: Eliminate STW stack re-scanning`: a design document's kind
    | {"Proposal", "Design", "RFC", "Draft", "Keynote", "Talk", "Lecture", "Notes", "Errata"}
    # `Docs: Reliability and the Write-Ahead Log` (r79 notes): a kind of document, no name
    | {"Docs", "Doc", "Documentation", "Manual", "Handbook", "Guide", "Wiki", "README", "FAQ"}
    | {"Blog", "Slides", "Video", "Podcast", "Book", "Chapter", "Whitepaper", "Spec"}
    # `Experience Report: Developing the Servo Web Browser Engine using Rust` (r88 notes,
    # graded useless as "What is **Experience Report**?"): a track's kind of paper
    | {"Experience Report", "Case Study", "Position Paper", "Vision Paper", "Short Paper"}
    | {"Extended Abstract", "Technical Report", "Tech Report", "Industry Paper", "Invited Paper"}
)
