"""The short name a paper's reference is followed by: `"Ultrafast and memory-efficient
alignment of …" *Genome Biology* 10:R25 (2009). [full text](…)` over `Bowtie. Uses the
Burrows–Wheeler transform …` names the entry Bowtie, not the paper's whole title (r109)."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.reading.acronyms import is_acronym
from srs.reading.claim_kinds import claim_kind
from srs.reading.model import Claim
from srs.reading.naming import NAME_TOKEN
from srs.reading.orgs import LAB_NAMES, ONE_WORD_PLACES, ONE_WORD_SCHOOLS, VENUE_NAMES
from srs.reading.phrases import (
    DESCRIBING_WORD,
    JOURNAL_VOLUME,
    PUBLISHED_AT,
    STOPWORDS,
    is_generic_link_text,
)
from srs.reading.remarks import VERDICT_WORDS

__all__ = ["name_after_reference", "without_name_label"]

#: where a reference ends: its year (in a bracket or not), then a full stop
_REFERENCE_END = re.compile(r"\b(?:1[89]|20)\d\d[a-z]?\)?\.\s+")
#: a name alone, first after the reference: `Bowtie. Uses the …`, `scVI: a VAE …`,
#: `BWA (the "BWA-backtrack" algorithm).`, `kallisto / *pseudoalignment*: …`, `**MDM** — the …`
_NAME_FIRST = re.compile(
    r"(?P<name>[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
    r"(?:(?P<alone>\.\s+(?=[A-Z(])|\.$)|:\s|\s\((?!\d)|\s/\s|\s[—–]\s)"
)
#: after a name, a bracket that says what kind of thing it is, then what it is joined with:
#: `(a continuous-time Sinkhorn, basically) with score-based models`
_WHAT_IT_BUILDS_ON = re.compile(
    # (never `ALOHA (the ~$20k bimanual teleop rig) plus ACT …` (r146 syllabus): its parts)
    r"\((?:an?|the)\s[^()]*\)\s+(?:with|on|over|for|into|inside)\s",
    re.IGNORECASE,
)
#: a word that opens a remark, never a name: `Classic.`, `Skim.`, `Ch. 3`
_NO_NAME_WORDS = frozenset(
    {
        *("ch", "chs", "chapter", "chapters", "sec", "section", "pp", "vol", "see", "skim"),
        *("read", "also", "optional", "required", "recommended", "classic", "historical"),
        *("idea", "ideas", "note", "notes", "the", "a", "an", "this", "it", "its", "why"),
        # `High SFE: …`, `First-gen TPU: …`: a kind of the thing, never its name
        *("high", "low", "first", "first-gen", "second", "new", "old", "early", "late"),
        # an RFC's status (`Experimental.`), a reader's mark (`Must-read.`)
        *("experimental", "informational", "historic", "obsolete", "draft", "must-read"),
        # `(CMU, CVPR 2017). Bottom-up. Part Affinity Fields are …` (r115 awesome, OpenPose
        # asked as **Bottom-up**): what kind of method, never its name
        *("bottom-up", "top-down", "end-to-end", "one-stage", "two-stage", "single-stage"),
        *("multi-stage", "real-time", "realtime", "offline", "online", "supervised"),
        *("unsupervised", "self-supervised", "semi-supervised", "weakly-supervised"),
    }
)
_NOT_A_NAME = _NO_NAME_WORDS | VERDICT_WORDS | STOPWORDS
#: `This is CaMeL (…)`: the name the sentence gives the work
_THIS_IS = re.compile(r"^(?:This|It)\s+is\s+(?=[A-Z])(?!The\b|A\b|An\b)")
#: `The Morris II paper, from …`: the name it goes by, before "paper"
_THE_PAPER = re.compile(
    r"^The\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+paper(?:[,.;]\s*|\s*$)"
)
#: a verb that opens what a work does: `Introduces EvalGen (…)`, `Defines E4M3 …`
_OPENING_VERB = re.compile(r"(?i:[a-z]+(?:es|ed|s))$")

#: words of a journal's name, never a work's (`ACM Computing Surveys.`)
_JOURNAL_HEADS = frozenset(
    {
        *("journal", "letters", "surveys", "transactions", "proceedings", "review"),
        *("reviews", "magazine", "bulletin", "annals", "press", "csur"),
    }
)


def name_after_reference(description: str, title: str, link_texts: list[str]) -> str:
    """`"Ultrafast and memory-efficient alignment of …" *Genome Biology* 10:R25 (2009).
    [full text](…)` over `Bowtie. Uses the Burrows–Wheeler transform …` (r109 syllabus: the
    tool asked by its paper's whole title, never by its name): the name a reference's text
    opens with, once the reference (and its links' texts) are done; else ""."""
    at = description.find(title)
    if at < 0:
        return ""
    end = _REFERENCE_END.search(description, at + len(title), at + len(title) + 200)
    if end is None:
        return ""
    rest = description[end.end() :]
    texts = sorted((t for t in link_texts if t), key=len, reverse=True)
    while True:  # (the links after a reference: `[doi](…) · [kallisto](…)`, `[W3C](…).`)
        rest = rest.lstrip(" ·|,;.")
        text = next((t for t in texts if re.match(rf"{re.escape(t)}[\s.]", rest)), None)
        if text is None:
            break
        after = rest[len(text) :].lstrip(" ·|,;")
        if after.startswith(text):  # `[kallisto](…) kallisto / pseudoalignment: …`
            rest = after
            break
        rest = after
    return _name_first(rest, title, texts)


#: journals named by one plain word (kept out of the venues every reader matches, since each
#: is a word too): alone after a citation, where the paper appeared
_ONE_WORD_JOURNALS = frozenset(
    {
        *("Patterns", "Cell", "Neuron", "Joule", "Matter", "Chem", "Sensors", "Entropy"),
        *("Heliyon", "iScience", "Genes", "Cells", "Brain", "Blood", "Gut", "Electronics"),
        *("Mathematics", "Symmetry", "Algorithms", "Information"),
    }
)


#: where a course keeps its texts, said alone after a citation
_COURSE_MATERIALS = frozenset(
    {"reader", "coursepack", "course pack", "handout", "canvas", "moodle"}
)


def _name_first(rest: str, title: str, texts: list[str], *, again: bool = True) -> str:
    """The name `rest` opens with (see `name_after_reference`), or ""."""
    if PUBLISHED_AT.match(rest) or JOURNAL_VOLUME.match(rest):
        # `*Language Universals, …*. The Hague: Mouton.`, `"Grambank reveals …" *Science
        # Advances* 9(16): eadg6175.` (r160 syllabus, six works asked as "The Hague",
        # "Leipzig", "Chicago", …): where it was published, never its name
        return ""
    # `This is **CaMeL** (CApabilities for MachinE Learning), the Dual LLM pattern …`, `The
    # Morris II paper, from Cornell Tech …` (r113 blog: both asked by the paper's title)
    rest = _THIS_IS.sub("", rest, count=1)
    paper = _THE_PAPER.match(rest)
    if paper is not None and paper["name"].split()[0] in LAB_NAMES:
        return ""  # `The Baidu SVAIL paper.`: whose paper, not its name
    if paper is not None:
        rest = f"{paper['name']}: {rest[paper.end() :]}"
    found = _NAME_FIRST.match(rest)
    if found is None:
        return ""
    if _WHAT_IT_BUILDS_ON.match(rest, found.end() - 1):
        # `IPF (a continuous-time Sinkhorn, basically) with score-based models; …` (r178
        # awesome, the Diffusion Schrödinger Bridge paper "known as" **IPF**): a method,
        # said what it is in brackets, then what the paper adds to it
        return ""
    if again and found["alone"]:
        # `(Univ. of Sussex, 2016). Sensors. **DeepConvLSTM**: …`, `*JCIM.* **MEGAN** …`:
        # where it appeared, then its name
        second = _name_first(rest[found.end() :], title, texts, again=False)
        if second:
            return second
    name = found["name"]
    words = name.split()
    if len(name) < 2 or name.casefold() in _COURSE_MATERIALS:
        # `Replaces B. J. T. Dobbs, …` (r172 syllabus, named **J**): an initial; `Reader.`
        # (named **Reader**): where a course keeps the text
        return ""
    if found["alone"] and name in ONE_WORD_SCHOOLS | ONE_WORD_PLACES and name not in texts:
        return ""  # `TOPLAS 16(3), 1994. Rice.` (r125 notes, asked "What is **Rice**?"): where
    if found["alone"] and name in _ONE_WORD_JOURNALS and name not in texts:
        # `(Stanford, 2023). Patterns. Ran 7 popular detectors …` (r122 awesome, asked as
        # "Who made **Patterns**?"): where it appeared
        return ""
    if found.group(0).endswith(" / ") and name not in texts:
        return ""  # `GPT-4 / CodeLlama with …`: the works it used
    verb = _OPENING_VERB.match(words[0]) and not NAME_TOKEN.match(words[0]) and paper is None
    if (verb and len(words) > 1) or (
        words[0].casefold() in _NOT_A_NAME
        or name.casefold() in title.casefold()
        or re.sub(r"^(?:IEEE|ACM)\s+", "", name) in VENUE_NAMES  # (`IEEE TKDE`, r140 awesome)
        or name in LAB_NAMES
        or is_generic_link_text(name)
        or any(word.casefold() in _JOURNAL_HEADS for word in words)
        or DESCRIBING_WORD.search(name) is not None  # (`Pre-deep-learning.`, r159 awesome)
    ):
        return ""
    shaped = all(NAME_TOKEN.match(word) or is_acronym(word) for word in words[1:]) and (
        len(words) == 1 or any(NAME_TOKEN.match(word) for word in words)
    )
    # (a plain word before a colon or a bracket is a label: `Idea: …`, `Hybrid: …`)
    labelled = len(words) == 1 and not found["alone"] and not NAME_TOKEN.match(name)
    if (not shaped or labelled) and not (len(words) == 1 and name in texts):
        return ""
    return name


def without_name_label(claim: Claim, name: str) -> Claim:
    """`ConvNeXt: "modernizes" a ResNet …`, `GCG (Greedy Coordinate Gradient): optimizes …`,
    `GraphGPS — local MPNN + …` once they are the entries' names: what follows the label."""
    label = re.match(rf"{re.escape(name)}(?:\s*\([^()]*\))?(?:\s*:|\s+[—–])\s+(?=\S)", claim.text)
    # (`This is CaMeL (…), the Dual LLM pattern …`, `The Morris II paper, from Cornell Tech
    # …` (r113 blog): the sentence that named it, then what it says)
    named = re.match(
        rf"(?:(?:This|It)\s+is\s+{re.escape(name)}(?:\s*\([^()]*\))?|"
        rf"The\s+{re.escape(name)}\s+paper),?\s+(?=\S)",
        claim.text,
    )
    label = label or named
    if label is None:
        return claim
    text = claim.text[label.end() :]
    sentence = claim.sentence.replace(label.group(0), "", 1) if claim.sentence else ""
    kind = claim_kind(text, True, name) if claim.kind == "says" or named else claim.kind
    return replace(claim, text=text, sentence=sentence, kind=kind)
