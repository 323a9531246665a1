"""A note's bullet that states what a term is: `LSN = byte position in the WAL stream`,
`a TID / ctid is (block number, line pointer offset)`, `checkpoint: flush all dirty
buffers`.

Personal notes keep the facts of a source in bullets like these, each about a term of
the field rather than about the source itself (round 79's notes: 87 facts, 26 tested,
most of them asked as "What is described here?" → the source). Such a bullet is asked
about its term (`srs.cards.term`), not turned into a clue for its source. So is a
sentence, in any list, that says what one side of the entry is (`aspect`: `The usual
target is 18–22%.`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from srs.reading.claim_kinds import DOING_VERBS
from srs.reading.phrases import (
    DOCUMENTS,
    POINTING,
    QUANTIFIERS,
    STOPWORDS,
    VERBS,
    content_words,
)
from srs.reading.remarks import VOICE_WORD, opinion_in

__all__ = ["Statement", "aspect", "statement"]

#: the term, then how the bullet says what it is (the first `:`, `=`, ` is `, ` are `)
_SHAPE = re.compile(
    r"^(?P<term>[^:=;,()\[\]\"“”'’#→⇒<>!?]{2,48}?)\s*"
    # (`=` between spaces: `acks=all`, `isolation.level=read_committed` are settings)
    r"(?P<sep>:(?=\s)|(?<=\s)=(?=\s)|\s(?:is|are|means)\s)\s*(?P<what>\S.*)$"
)
#: a setting's value, then what it does: `synchronous_commit = off → may lose …`
_VALUE_THEN = re.compile(r"^(?P<value>[\w.%-]+(?:\s[\w.%-]+)?)\s*(?:→|⇒|->)\s*(?P<rest>\S.*)$")
_NUMBER = re.compile(r"^~?\d")
#: where a bullet's statement ends and the writer's aside starts
_ASIDE = re.compile(
    r";\s|,\s+(?:hence|so|which is why|that's why)\b|\s[—–]\s|\s+\((?:see|cf\.?)\s"
    # (a sentence's end; a second term's statement: `Ignition = …, TurboFan = …`)
    # (`the Morrow Plots, Univ. of Illinois, 1876` (r98 glossary): an abbreviation's dot)
    # (nor an initial's: `Paul F. Berliner` (r178 glossary, "… is …? → Paul F"))
    r"|(?<![A-Z]\.)(?<![a-z]\s[A-Z])(?<!\be\.g)(?<!\bi\.e)(?<!\ba\.k\.a)(?<!\bprob)(?<!\b[Uu]niv)(?<!\bDept)(?<!\bInst)(?<!\bapprox)"
    r"\.\s+(?=\S)|,\s+[\w-]+\s+=\s"
)
#: a lead word that hedges the answer (`is actually snapshot isolation`)
_HEDGE = re.compile(r"^(?:actually|basically|really|just|literally|essentially)\s+")
#: labels that head a list of parts, never a term (`parts: …`, `history: …`)
_LABELS = frozenset(
    {
        *("history", "parts", "contents", "chapters", "sections", "topics", "covers"),
        *("structure", "outline", "overview", "summary", "tl;dr", "tldr", "note", "notes"),
        *("todo", "also", "related", "why", "how", "takeaway", "takeaways", "verdict"),
        *("status", "result", "results", "finding", "findings", "idea", "key idea"),
        *("main idea", "example", "examples", "e.g", "pros", "cons", "caveat", "caveats"),
        *("beware",),  # `Beware: single-thread, in-memory, …` (r154 notes, asked as a term)
        *("motivation", "problem", "solution", "approach", "method", "setup", "question"),
        *("questions", "update", "context", "my take", "opinion", "quote", "lesson"),
        *("lessons", "bottom line", "read", "reading", "source", "code", "repo", "slides"),
        *("video", "talk", "paper", "pdf", "book", "authors", "venue", "year", "see"),
        *("goal", "goals", "counterpoint", "aside", "gotcha", "tip", "warning", "part"),
        *("ablation", "ablations", "methodology", "critique", "evaluation", "eval"),
        *("argument", "companion", "companion post", "link", "links", "advice"),
        *("key advice", "mental model", "recommendation", "recommendations", "tips"),
        *("practical", "practically", "in practice", "intuition", "intuitively", "formally"),
        *("informally", "counting", "proof", "proof sketch", "usage", "use", "uses"),
        *("point", "main point", "the point", "framing", "detail", "contrast", "fun fact"),
        # `relevant: the OTel Collector doesn't …` (r84 notes): why the writer cares
        *("relevant", "for us", "why it matters", "why relevant", "relevance"),
        *("observation", "key observation", "observations"),  # (r97 syllabus)
        # `chosen instead: …`, `syntax fight: …` (r109 notes, weak):
        # the writer's turns in an argument, never a term
        *("instead", "fight"),
        # `Big influence: Python's asyncio.TaskGroup …`, `Before: one global run queue …`
        # (r124 notes, weak): what came of it, the writer's then-and-now — no term
        *("influence", "impact", "legacy", "before", "after"),
        # `Apples-to-apples: builds two minimal engines …`, `Lectures are on YouTube`, `Short
        # answer: politics + complexity tiers` (r149 notes, r143 notes): how the writer frames
        # a point, where it is, or the answer to a question asked before — no term
        *("apples-to-apples", "lectures", "answer", "short answer"),
        # `An English translation is at https://…` (r151 syllabus): where another version is
        *("translation", "english translation", "mirror", "preprint", "copy", "edition"),
    }
)
#: `Less sure the fix is "just use threads"` (r124 notes): the writer hedging, no term
_HEDGING = frozenset({"less", "more", "not", "pretty", "fairly", "quite", "so", "too", "very"})
#: `Walks through writing a mini-tokio: …` (r124 notes): what the reading does, no term
_WALKS = re.compile(r"[A-Z][a-z]+s\s+(?:through|over|into|up|out|you|the|a|an)\b")
#: whose: `his claim`, `their answer`
_WHOSE = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_QUANTIFIERS_OR_WHOSE = QUANTIFIERS | _WHOSE
#: a whole stem that names nothing to recall: `Breakdown: U+1F926 …`, `Rules are numbered
#: GB1…`, `Fallout: rustc, GCC …`, `The important ones: …` (r89 notes, graded useless)
_GENERIC_TERMS = frozenset(
    {"breakdown", "difference", "rules", "root cause", "fallout", "defense", "defence"}
    | {"details", "ones", "important ones", "versions", "newer versions", "older versions"}
    # `One is the sharding annotation API in XLA. The other is …` (r132 table): one of what?
    | {"one", "the other", "another", "the first", "the second", "the third", "both"}
    # `Best is a combination` (r149 notes, "**Best** is …?"): best of what?
    | {"best", "worst", "the best", "the worst"}
)
#: `Explicitly: decoders must reject …` (r89 notes): an adverb heads the note, no term
_ADVERB = re.compile(
    r"(?i)[a-z]+(?:ally|ively|edly|ently|antly|ously|ately|ibly|ably|itly|ctly|stly)"
)
#: `Argues UTF-8 code units are …` (r89 notes): what the reading says, not a term
_REPORTING = frozenset(
    {"argues", "claims", "notes", "says", "suggests", "explains", "describes", "mentions"}
    # `Introduces R-hat: run several chains …` (r113 syllabus, asked "**Introduces R-hat**:
    # …?"): what the paper introduced, then what it is
    | {"introduces", "introduced", "coins", "coined", "proposes", "proposed"}
)
#: a writer's verdict, not a fact (`docs … are excellent`, `Mind = blown`)
_VERDICT = frozenset(
    {
        *("excellent", "great", "good", "nice", "bad", "terrible", "amazing", "awesome"),
        *("later", "soon", "blown", "confusing", "unclear", "interesting", "fun", "hard"),
        *("easy", "overkill", "meh", "informational", "wrong", "right", "true", "false"),
        *("real", "much", "far", "way", "faster", "slower", "better", "worse", "cheaper"),
    }
)
#: an answer that is the writer's word on it, or a reader's stance: `Plastic Davis sextants
#: are fine to learn on`, `Cornell is optimistic about the tradition` (r177 glossary and
#: syllabus; but `fine: local feature matching + PnP` names a stage)
_STANCE = frozenset({"fine", "ok", "okay", "optimistic", "pessimistic", "sceptical", "skeptical"})
#: one thing set against another, and nothing else (`controller/ZK (now KRaft) vs ISR`)
_CONTRAST = re.compile(r"[^,;]+\s(?:vs\.?|versus)\s[^,;]+")
#: a lead word that praises what follows (`useful contrast: …`, `neat trick: …`)
_PRAISE = frozenset({"useful", "neat", "cool", "important", "notable", "handy", "key", "fun"})
#: `a simplified version`, `the newer variant`: a kind of something else, unnamed
_A_KIND_OF = re.compile(
    r"(?i:a|an|the)\s+(?:[\w-]+\s+)?(?:version|variant|kind|form|one|thing|way|counterpart)"
)
_JOINERS = frozenset({"for", "of", "to", "in", "on", "with", "by", "from", "and", "or", "as"})
#: an answer that does not say what the term is (`one of the systems tested`, `not ARIES`)
_NO_ANSWER = re.compile(
    # (`the cross-layer thing is what's novel` (r84 notes): the writer's verdict on it)
    r"^(?:the default$|not|no|one of|part of|still|also|same|like|similar|why|old|outdated|what's|"
    r"the (?:same|key|main|point|best|whole point|reason|real|other|others|rest))\b"
    # `The VAE is the running example` (r113 syllabus, useless): its part in the reading
    r"|^(?:the|a|our)\s+(?:running|worked|motivating|toy|main|first)\s+example\b",
    re.I,
)
_MAX_TERM_WORDS = 5
_MAX_ANSWER_WORDS = 20


@dataclass(frozen=True)
class Statement:
    """`term` `sep` `answer`: what a bullet says a term is."""

    term: str
    sep: str  # `:`, `=`, `is`, `are`, `means`, `→`
    answer: str


def statement(text: str) -> Statement | None:
    """The term a bullet states and what it says it is, or None when the bullet is no
    such statement (a sentence about the source, a label over a list, a pointer)."""
    shape = _SHAPE.match(text.strip())
    if shape is None:
        return None
    term, sep, what = shape["term"].strip(), shape["sep"].strip(), shape["what"]
    words = term.split()
    if (
        not words
        or len(words) > _MAX_TERM_WORDS
        or re.sub(r"\s*\d+$", "", term.casefold().strip(" .")) in _LABELS  # (`Caveat 1`)
        or words[-1].casefold() in _JOINERS  # `Still the right model for: …`
        or words[0].casefold() in STOPWORDS - {"a", "an", "the"}
        or words[0].casefold() in _QUANTIFIERS_OR_WHOSE
        # `useful contrast: Kafka's ISR isn't a chain …` (r85 notes): the writer's lead-in
        or words[0].casefold() in _VERDICT | _PRAISE | _HEDGING
        or _WALKS.match(term) is not None
        or words[0].casefold() in DOING_VERBS  # `Proves state-based and op-based are …`
        # `formalizes diff3: align A/O/B …` (r107 notes): what the paper does
        or re.fullmatch(r"[a-z]{3,}(?:izes|ises|ates|ifies)", words[0]) is not None
        or words[0].casefold() in _REPORTING
        or re.sub(r"(?i)^(?:a|an|the)\s+", "", term).casefold() in _GENERIC_TERMS
        or _ADVERB.fullmatch(term) is not None
        or any(word.casefold() in VERBS for word in words)  # `LLVM has both: …`
        or re.match(r"(?i)(?:part|chapter|ch\.|section|§)\s*\d", term)
        or POINTING.search(term)
        or not any(ch.isalpha() for ch in term)
        or term[0] in "~≈"  # `~20 years later: …`
        or re.search(r"\b(?:19|20)\d\d\b", term)  # `theory from TODS 2005: …`: a source
        or words[-1].casefold() in _LABELS  # `PG-specific finding: …`
        or words[-1].casefold() in DOCUMENTS  # `Khronos wiki: …`, `Swapchain chapter: …`
        or re.search(r"\b(?:when|if|because|while|where|which|that|who)\b", term, re.I)
        or re.search(r"[$`]|\s--?\w", term)  # `pg_waldump -p $PGDATA …`: a command line
    ):
        return None
    value = _VALUE_THEN.match(what) if sep == "=" else None
    if value is not None and _NUMBER.match(value["value"]) and not re.search(r"[_.]", term):
        # `dod = 0 → a single 0 bit`, `XOR = 0 → …` (r91 notes): one case of a table of
        # cases, never what the term is
        return None
    if value is not None and not _NUMBER.match(value["value"]):
        # `synchronous_commit = off → …`: what the setting's value does
        term, sep, what = f"{term} {sep} {value['value']}", "→", value["rest"]
    answer = _HEDGE.sub("", _ASIDE.split(what, maxsplit=1)[0]).strip(" ,.")
    if answer.count("(") > answer.count(")"):
        # `time ns: 5.6 (newest — mostly for CRIU …)` (r96 notes): the aside's dash fell
        # inside the brackets; the answer is what stands before them, never `5.6 (newest`
        answer = answer[: answer.rfind("(")].strip(" ,.")
    if (
        not answer
        or _NO_ANSWER.match(answer)
        or POINTING.search(answer)  # `is based on it`
        or answer.split()[0].casefold().strip(",.!") in _VERDICT | _STANCE
        or _cites(answer)
        or answer.endswith("?")  # `A good replication exercise: How does GPT-2 …?`
        # `Hi-Z / early-Z is conservative`, `Hardware Hi-Z is a simplified version` (r81
        # notes, graded weak): a quality, not what it is
        or re.fullmatch(r"[a-z]+", answer) is not None
        or _A_KIND_OF.fullmatch(answer) is not None
        or len(answer.split()) > _MAX_ANSWER_WORDS
        or _a_list_of_parts(term, answer)
        # `Kafka: controller/ZK (now KRaft) vs ISR` (r85 notes): a comparison, no answer
        # (but `isotopomers (H vs D) should smell different` (r174 glossary): a contrast
        # inside brackets is an aside)
        or (
            _CONTRAST.fullmatch(re.sub(r"\s*\([^()]*\)", "", answer)) is not None
            and len(answer.split()) <= 8
        )
    ):
        return None
    return Statement(term=term, sep=sep, answer=answer)


def _cites(answer: str) -> bool:
    """`Desnoyers, McKenney, Stern, …, "User-Level …", IEEE TPDS 2012`: a citation, whose
    and where, not what the term is."""
    surnames = re.findall(r"(?:^|,\s*)[A-Z][a-z]+(?=\s*(?:,|&|\band\b))", answer)
    return len(surnames) >= 2 or re.search(r"[\"“][A-Z][^\"”]{12,}[\"”]", answer) is not None


def _a_list_of_parts(term: str, answer: str) -> bool:
    """`anomalies: P0 dirty write, P1 dirty read, …`, `levels: Read Committed, …`: a plural
    label over three items or more is a list to read, not a fact to recall."""
    plural = term.split()[-1].endswith("s") and " " not in term.strip()
    return plural and len(re.findall(r",|\s/\s|\s×\s", answer)) >= 2


#: one side of the entry a sentence names: `The usual target`, `The testable prediction`
_ASPECT = re.compile(r"The\s+(?P<aspect>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")
#: sides that are the reading's, the list's or nobody's: `The paper is thin on details`,
#: `The answer is "sort of"`, `The two are end-members`
_NO_ASPECT = frozenset(
    {
        *("paper", "papers", "book", "chapter", "code", "repo", "numbers", "checkpoints"),
        *("ablations", "name", "term", "word", "answer", "two", "other", "others", "rest"),
        *("reference", "references", "point", "result", "results", "phenomenon", "story"),
        *("statement", "demon", "same", "difference", "catch", "problem", "question"),
        *("idea", "thing", "part", "bit", "trick", "lesson", "takeaway", "upshot", "one"),
        *("concept", "origin", "source", "history", "context", "motivation"),
        # (what the labelled claims say: `The conclusion is …` is the work's finding)
        *("conclusion", "finding", "headline", "punchline", "argument", "claim", "thesis"),
        *("message", "moral", "verdict", "original", "supplementary", "appendix"),
        *("appendices", "material", "materials", "slides", "video", "talk", "math"),
        # (`The basic knowledge is Let's Verify Step By Step, s1, STaR` in the bundled list:
        # what to read first, not a side of the thing)
        *("knowledge", "basics", "background", "prerequisite", "prerequisites", "start"),
    }
)


#: words on the reading or the writer's taste: `The lexicon is the underappreciated half`
_ABOUT_READING = re.compile(
    r"(?i)\b(?:paper|book|read|reading|worth|recommend\w*|under-?(?:appreciated|rated)|"
    r"over-?rated|famous\w*|classic|favou?rite|honest\w*|obvious\w*|surprising\w*)\b"
)


#: an answer that says how much or what next, not what: `huge, though`, `then …-tuned to`,
#: `nasty: judges happily pick …`, `half the value here` (beyond what `statement` already
#: refuses: `_NO_ANSWER`'s `still`, `also`, `_VERDICT`'s `great`, `good`)
_NO_ASPECT_ANSWER = re.compile(
    r"(?i)(?:then|now|just|only|half|huge|tiny|nasty|neat|"
    r"cute|clever|fine|ok|okay|weird|wild|crazy|brutal|painful)\b"
    # (`The math is heavier than the other papers here` (r175 table): the reading, compared)
    r"|(?:heavier|lighter|harder|easier|longer|shorter|denser)\s+than\b"
    # (`the bit that survived`, `the genuinely interesting part`: the writer's word on it;
    # `on HF as …`, `in Annales de Chimie …`: where it is)
    r"|the\s+(?:[\w-]+\s+){0,2}(?:bit|part|piece|one|thing)(?![\w-])|(?:on|at|in)\s+(?-i:[A-Z])"
    # (`Arkes & Blumer (1985, OBHDP 35(1))`: whose work it is, a citation)
    r"|[A-Z][\w'’-]+(?:\s+(?:&|and)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)\s*\(\s*(?:1[89]|20)\d\d"
)


def aspect(text: str) -> Statement | None:
    """`The usual target is 18–22%.`, `The testable prediction is that isotopomers (H vs D)
    should smell different.` (r174 glossary: a glossary's or a post's later sentence, no
    card): what a sentence says one side of the entry is (its usual target, its testable
    prediction, its founding case), with an answer to check — or None."""
    found = statement(text)
    side = _ASPECT.fullmatch(found.term) if found is not None else None
    if found is None or side is None or found.sep not in {"is", "are"}:
        return None
    if set(side["aspect"].split()) & _NO_ASPECT:
        return None  # (`The thing to remember is …`, `The other headline is …`)
    if opinion_in(text) or VOICE_WORD.search(text) or _ABOUT_READING.search(text):
        return None
    if _NO_ASPECT_ANSWER.match(found.answer):
        return None  # `The scatter is huge, though`, `The model is then …-tuned`
    if not re.search(r"\d", found.answer) and len(content_words(found.answer)) < 2:
        return None
    answer = re.sub(r"^(?:that|simply)\s+", "", found.answer)
    answer = re.split(r",\s+(?:and|but|which|so|while|whereas)\s+", answer)[0]
    return replace(found, answer=answer)
