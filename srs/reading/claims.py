"""What an entry claims: its sentences and bullets cut into claims, cleaned of debris,
with the references (`See also …`, `… instead`) and opinions set apart.

A claim is a sentence that says what the entry's artefact is or does. Not a
claim: a citation (`Radford et al., 2019.`, read as attribution instead), link
debris (`(pdf)`, a bare URL, an arXiv id), an aside (`(our podcast)`), a
fragment (`like this one, this one, and others.`), an opinion (`Self
explanatory.`, `to understand the leading labs`), a pointer (`See also X, Y and
Z`), or a bare list of names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from srs.reading import attribution
from srs.reading.acronyms import is_acronym, spelled_by
from srs.reading.bylines import signed_byline
from srs.reading.claim_kinds import (
    BE_CLAUSE,
    INTRODUCES,
    LONG_DEFINITION,
    NOT_DEFINING_START,
    THIS_IS,
    claim_kind,
    cut_definition,
    introduced_in,
    is_packaging,
    noun_phrase,
    on_making,
    starts_with_verb,
    verb_of,
)
from srs.reading.definitions import (
    named_subject,
    promote_described,
    promote_labelled,
    promote_subject,
    promote_title_subject,
    subjects,
)
from srs.reading.model import Attribution, Claim, Finding
from srs.reading.navigation import ASSIGNMENT, is_logistics
from srs.reading.orgs import LAB_NAMES, LABS, VENUE_NAMES, VENUE_PATTERN, VENUES, brand_lab
from srs.reading.phrases import (
    BOOK_PARTS,
    CONDITION_FIRST,
    DESCRIBING_WORD,
    JOURNAL_VOLUME,
    PLACE_AND_PUBLISHER,
    PUBLISHED_AT,
    QUANTIFIERS,
    RENAMED,
    VERBS,
    compiled,
    content_words,
    find_word,
    is_generic_link_text,
    is_name,
    partition_outside_brackets,
    replace_word,
    squash,
    without_journal_citation,
)
from srs.reading.remarks import (
    BYLINE_LEFT,
    DOES_AFTER_LEAD,
    GENRE_WORDS,
    GLOSSARY_DOING,
    INSTEAD,
    INSTRUCTION,
    LABEL_WORDS,
    LEADING_SYMBOLS,
    LIST_ITEM_POINTER,
    ORIGIN_OF_THE_IDEA,
    READING_KIND,
    RELEASE_NOTE,
    REPLY,
    SEE_ALSO,
    SIGNED,
    THE_ONE,
    VENUE_NOTE,
    VERSION_NOTE,
    VOICE_WORD,
    WHERE_IN_WORK,
    is_title_case,
    is_verdict,
    opinion_in,
    without_remarks,
)
from srs.reading.sentences import sentences
from srs.reading.terms import COMMON_ACRONYMS, claim_terms
from srs.reading.titles import numbered_document
from srs.text import clean_space

__all__ = ["LIKE_BUT_DOES", "Claims", "read_claims", "tidy"]

_SPLIT_OVER = 20  # words: a longer sentence is cut at its dashes, semicolons and `, but`
#: where a long sentence breaks: a spaced dash (not a minus: `A^{-1} - A^{-1} U …`), a
#: semicolon, `, but`
_CLAUSE_BREAK = re.compile(
    r"(?<![}^_])\s+[-–—]\s+(?![^\s]*[\^{}_])|,\s+but\s+(?=\w+\s+\w+\s+\w+)"
    # (never before a clause about what the one before leaves: `… only a small fraction of
    # time goes to actual computation; the rest is interpretation overhead` (r149 notes,
    # "*MonetDB/X100* the **rest** is …?"))
    r"|;\s+(?!(?i:the\s+(?:rest|remainder|remaining|others?|latter|former))\b)"
)
#: what a claim never opens with: marks, a table's stray bars (never the bar that opens an
#: absolute value, `|STFT|²`)
_LEAD = re.compile(r"^(?:[\s,;:.\-–—)]|\|(?![^|\s][^|]{0,30}\|))+")
#: (`(oral). ~500M-param transformer …`: the stop after it too, r75 table)
_LEADING_ASIDE = re.compile(r"^\([^()]{1,120}\)\s*[:\-–—,.]?\s*(?=\S)")
#: `Eric Brewer.  ."`: a sentence that ends where its quoted title was taken out
_TITLE_GAP = re.compile(r"\s\.?[\"”]\s*$")
_CLOSING_QUOTE = re.compile(r"^[\s,;:.]*[\"”’][\s,;:.]+")
_NAMED_BE = re.compile(r"^(?:is|are|was|were)\s+(?=(?:a|an|the|one)\s)")
_FRAGMENT_START = re.compile(
    r"^(?:/|(?:which|that|who|whose|where|like|such as|and|or|but|including|incl\.?|e\.g\.?|"
    r"esp\.?|especially|plus|as well as|along with|alongside|with|via|than|\(|vs\.?|versus|"
    # `— so the "new materials" claim doesn't hold`: what follows from the clause before
    r"so|hence|thus|therefore)\b(?![-/]))",  # (not `OR-Set without tombstones …`, r167 notes)
    re.IGNORECASE,
)
#: `Like TIES's trim step but also throws away …`: a comparison, then what the work does
LIKE_BUT_DOES = re.compile(
    r"(?i:like)\s+[^,;.]{2,60}?,?\s+but\s+(?:also\s+|instead\s+)?[a-z]+(?:s|es|ed)\s+\S"
)
_ASIDE = re.compile(
    r"\((?:[^()]*?\b(?:our|pod|podcast|video|talk|slides|episode|interview|hr|min|"
    r"LS Live|LS talk|thread|tweet|blog|demo|code|repo|pdf|link|html)\b[^()]*)\)",
    re.IGNORECASE,
)
#: a bracket that points elsewhere: `(see Jordan et al. 1999, "An introduction to …")`,
#: `(TODO: write that entry, Precup et al. 2000)`
#: (`(builds on *Datamodels*, Ilyas et al., ICML 2022 — …)`: the work it builds on, cited)
_SEE_BRACKET = re.compile(
    # (`(Companion paper on prosody transfer, Skerry-Ryan et al., same week.)` (r106 table,
    # "Who made **Global Style Tokens**? → Skerry-Ryan et al."): the other paper's people)
    r"\((?:see|cf\.?|todo|builds? on|based on|extends|follows? up on|companion|sister|"
    r"concurrent(?:ly)?)(?![\w-])[^()]*\)"
    # `(Lavallee et al. 2020, below)` (r152 glossary, "Who made **MAOM**? → Lavallee et
    # al."): a reading another entry of the list is about
    r"|\([^()]*,\s*(?:below|above|see\s+below|see\s+above)\)"
    # `*Oenococcus oeni* (formerly *Leuconostoc oenos*; Dicks, Dellaglio & Collins 1995)`
    # under **Malolactic fermentation** (r163 glossary, "Who made it? → Dicks et al."): who
    # renamed the thing the sentence names
    rf"|\({RENAMED}[^()]*;[^()]*\b(?:1[89]|20)\d\d[^()]*\)",
    re.IGNORECASE,
)
#: a sentence that sends the reader to a work by its title: `For the collapsed version see
#: Griffiths & Steyvers 2004, "Finding scientific topics", PNAS`
_SEE_WORK = re.compile(r"\bsee\b[,:]?\s*[\"“]", re.IGNORECASE)
#: (and one its citation left a word in: `events & threads are duals (cites)`, r102 notes,
#: after `(cites Lauer & Needham 1978)`)
_EMPTY_BRACKETS = re.compile(
    r"\(\s*[,;:/&]*\s*\)|\[\s*[,;:&]*\s*\]"
    r"|\(\s*(?:cites?|citing|cited\s+in|see|see\s+also|cf\.?|via|per|from|after|ref\.?)\s*[,;:]?\s*\)"
)
_URL = re.compile(r"https?://\S+|\bwww\.\S+")
_ARXIV_ID = re.compile(r"\b(?:arXiv:?\s*)?\d{4}\.\d{4,5}(?:v\d+)?\b", re.IGNORECASE)
#: the tail of an old DOI whose brackets ended its link: `<0150:IMIOCM>2.0.CO;2` (r134 glossary,
#: left at the end of the Gent–McWilliams clue)
_SICI_TAIL = re.compile(r"\s*\\?<\d{4}:[A-Z0-9]{2,}\\?>\d\.\d\.(?:CO|TX);\d\.?")
#: a last clause that named whose work it was, its citation cut out: `, formalised in`,
#: `, first described by`
_CITED_TAIL = re.compile(
    r",\s+(?:(?:first|originally|later)\s+)?(?:[a-z]+(?:ed|en)|found|made|shown|built)\s+"
    r"(?:(?:first|originally)\s+)?(?:by|in)"
    # (and the title it cut around, or the journal's bracket: `found by Bok & Keller 2004
    # (Eukaryot Cell)`, r157 glossary, **LaeA** defined by nothing)
    r"\s*(?:,\s*[\"“][^\"“”]*[\"”])?(?:\s*\([^()]*\))?\s*\.?$"
)
_DANGLING = re.compile(
    # (but `asks CodeBERT to fill it in`: a verb's particle)
    # (nor `rebate forms you have to mail in, …` (r106 glossary): a phrasal verb's `in`)
    r"(?<!\bit\s)(?<!\bthem\s)(?<!\bmail\s)(?<!\bfill\s)(?<!\bsign\s)(?<!\blog\s)"
    r"(?<!\bopt\s)(?<!\bplug\s)(?<!\bkick\s)(?<!\bphase\s)(?<!\bcheck\s)"
    # (nor `… in which case self/non-self recognition kicks in` (r157 glossary, the definition
    # of **Anastomosis** lost): the particle of a verb in its other forms
    r"(?<!\bkicks\s)(?<!\bkicked\s)(?<!\bsets\s)(?<!\bset\s)(?<!\bsteps\s)(?<!\bfills\s)"
    r"(?<!\bplugs\s)(?<!\bopts\s)(?<!\bphases\s)(?<!\bphased\s)(?<!\bchecks\s)"
    # (nor `this is where the no-overwrite heap comes from: old record versions stay put, …`
    # (r131 notes, the entry's one fact lost): where it comes from, then what it is)
    r"(?<!\bcomes\s)(?<!\bcome\s)(?<!\bcame\s)"
    # (nor `select columns, group by, sort by)` (r139 table, Chain-of-Table's fact lost): an
    # operation's own `by`)
    r"(?<!\bgroup\s)(?<!\bsort\s)(?<!\border\s)(?<!\bpartition\s)"
    # (nor `MLP input in, MLP output out` (r124 blog, the transcoder's definition lost))
    r"\b(?:by|in(?!,\s+(?:\S+\s+){1,3}out\b)|from|of|with|at|as)\s*(?:[,;:]|$)|\(\s*$|^\)"
    # `… definition is from (J. Math. Biol. 28:365–382)` (r76 glossary): the people gone,
    # their journal left
    r"|\b(?:by|from)\s+\([^()]*\b\d{1,4}(?:\(\d{1,3}\))?\s*:\s*\d[^()]*\)\.?\s*$"
)


#: `MLVU is multi-task long-video evaluation …`: the entry's name, then what it is without
#: an article (`BE_CLAUSE` wants one)
_NAME_IS = re.compile(r"^(?P<subject>.{1,60}?)\s+(?:is|was)\s+(?P<rest>[a-z][\w-]*\s.+)$")


#: an article right before a preposition: where a link's text was taken out
_LINK_GONE = re.compile(r"^(?:the|a|an)\s+(?:by|of|from|in|on|at|with|for)\b", re.IGNORECASE)
#: a bracket of two citations or more: `(Routh 1877; Hurwitz 1895)`
_CITATION_RUN = re.compile(
    r"\s*\((?:[A-Z][\w'’-]+(?:\s+(?:&|and)\s+[A-Z][\w'’-]+|\s+et\s+al\.)?,?\s+"
    r"(?:1[6-9]|20)\d\d[a-z]?;\s*)+[A-Z][\w'’-]+(?:\s+(?:&|and)\s+[A-Z][\w'’-]+|\s+et\s+al\.)?"
    r",?\s+(?:1[6-9]|20)\d\d[a-z]?\)"
)


#: emoji and pictographs (✅, 👀, ⭐, 🗑️, 🔥): a reader's marks on a reading, never a fact
#: (never a symbol the text needs: a flat or a sharp, `D♭7`, `C7♯9` (r178 glossary, every
#: accidental gone: "D 7 for G7"), a sign of the zodiac, `GHA♈` (r177 glossary), the sun,
#: `M☉`, the moon, `♀` and `♂`; a rating's `★` goes)
_PICTOGRAPH = re.compile(
    "[\u2600-\u2608\u260a-\u263c\u263f\u2641\u2643-\u2647\u2654-\u2668"
    "\u2670-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+"
)


#: a repository's `owner/name` after the last sentence (a link's text: where the code is)
_REPO_PATH = re.compile(r"(?<=[.!?])\s+[\w.-]+/[\w.-]+\s*$")
_DOI = re.compile(r"(?<![\w/])doi:\s*10\.\S+", re.IGNORECASE)


# `tidy`'s patterns, compiled once (it runs on every claim of every entry)
_DOUBT = re.compile(r"\s*\(\?+\)")
_LIST_PLACE = re.compile(
    r"(?P<what>\b(?:data|dataset|datasets|benchmark|benchmarks|paper|papers|model|models|"
    r"method|methods|ones|work|survey))\s+(?:above|below)(?=\s*[.,;]?\s*$)"
)
_ENTRY_POINTER = re.compile(r"\s*\(#\d{1,3}\)")
_VOLUME_PAGE = re.compile(
    # (a comma and a space: never `About 1,000 hours of …` (r139 awesome, cut to "hours of
    # …"), a figure's thousands)
    r"^(?:[A-Z][\w.]*\s+){1,4}\d{1,4},\s+\d{3,}[\w-]*\.?\s+(?=\S)"
    # `ACM TODS 1992. the WAL recovery paper: …`, `PVLDB 5(12). describes the …` (r131 notes):
    # where it appeared, then the note in lower case
    r"|^(?:[A-Z][A-Za-z&]*\s+){1,3}(?:(?:19|20)\d\d|\d{1,3}\(\d{1,3}\))\.\s+(?=[a-z])"
    # `Physics Letters B. The original HMC paper, …` (r132 awesome, HMC's gist): a journal's
    # name alone before the note
    r"|^(?:[A-Z][A-Za-z&]*\s+){0,3}(?:Letters|Journal|Transactions|Proceedings|Annals)"
    r"(?:\s+[A-Z])?\.\s+(?=[A-Z])"
)
_QUERIED_BRACKET = re.compile(r"\s*\([^()]*\?\?[^()]*\)")
#: (never a dot before a word: `into .pack + .idx` (r93 notes) are file names)
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:!?)]|\.(?!\w))")
#: (`([arXiv 1511.05823](…), FoCM 2018)` (r132 glossary): the mark after a dropped label)
_SPACE_AFTER_OPEN = re.compile(r"([(])(?:\s*[,;]\s*|\s+)")
#: `([repo](…), which also has the traces)` (r120 blog): an aside on a link, the link gone
_ON_LINK_GONE = re.compile(r"\s*\(\s*[,;]\s*(?:which|that|who)\b[^()]*\)")
_MARK_TWICE = re.compile(r"([,;:])\1+")
_TITLE_QUOTE_LEFT = re.compile(r"^[\"”’]\s+")
#: `Not an agent benchmark at all, but everything below is defined against it: 164
#: hand-written Python …`, `Not a new task set so much as a new metric: the 50% time
#: horizon = …` (r95 table): what it is not, then what it is after the colon
#: `show, under matched compute, that plain captioning …` (r174 blog, CapPa's gist "show,
#: under matched compute"): an aside between a verb of reporting and its `that`
_REPORTED_ASIDE = re.compile(
    r"\b(?P<verb>(?:show|find|prove|demonstrate|argue|confirm|report)(?:s|ed)?),\s+"
    r"(?P<aside>[^,;:.()]{3,60}),\s+that\b"
)
_NOT_THIS_BUT = re.compile(
    r"^not\s+(?:a|an|really\s+a)\s+[^:;.]{2,80}?(?:,\s*but|\s+so\s+much\s+as)\s+[^:;]{2,80}:\s+(?=\S)"
    # (`everything below is defined against it: 164 hand-written …`: the list's own order)
    r"|^(?:everything|all|most)\s+(?:below|above)\b[^:;]{0,60}:\s+(?=\S)",
    re.IGNORECASE,
)
#: `Where it all starts: Corey formalises retrosynthetic analysis …` (r94 table): the
#: reading's place in history, then what it does
_ORIGIN_LEAD = re.compile(
    r"^(?:this\s+is\s+)?(?:where|how)\s+it\s+all\s+(?:starts|started|began|begins)\s*[:—–-]\s+"
    # (`Everything starts here: minimax over a game tree, …` (r140 blog, a cloze on
    # "Everything starts here"))
    r"|^(?:everything|it\s+all)\s+(?:starts|started|begins|began)\s+here\s*[:—–-]\s+"
    r"|^the\s+one\s+that\s+started\s+it\s+all\s*[:—–-]\s+",
    re.IGNORECASE,
)
#: a link's label left at a piece's end once its URL is gone: `… lab. code: .`
_TRAILING_LINK_LABEL = re.compile(
    r"(?:(?<=[.;])|^)\s*(?:code|repo|github|slides|video|paper|pdf|data|demo|website|project\s+page|"
    r"blog(?:\s+post)?)\s*:\s*\.?\s*$",
    re.IGNORECASE,
)
#: a short label, a colon, then only a link: `Code + scan data: https://…`
_LINK_LABEL = re.compile(r"(?P<label>[^:.;]{1,40}):\s*(?P<link>.*?)\s*\.?")


def _labels_a_link(piece: str, link_texts: tuple[str, ...]) -> bool:
    """`Code + scan data: https://github.com/…`, `Eval details: cocodataset.org keypoints
    eval` (its link's text): a label over a link."""
    label = _LINK_LABEL.fullmatch(piece.strip())
    if label is None or len(label["label"].split()) > 5 or re.search(r"[,()]", label["label"]):
        return False  # (`Justin Thaler, *Proofs, …* (free book): https://…`: a byline's)
    link = label["link"].strip(" .")
    if re.search(r"\b(?:19|20)\d\d\b", link):
        return False  # `PALM: [Betzig et al. 2006](…)`: who made it
    # (a bare URL is gone from the text already: `Code + scan data: .`)
    return not link or bool(_URL.fullmatch(link)) or link in link_texts


_TRAILING_MARKS = re.compile(r"[\s,;:\-–—(|]+$|[\s,;:\-–—(]+\.\s*$")


def tidy(text: str) -> str:
    """A claim's text without debris: URLs, arXiv ids, DOIs, asides, empty brackets, stray marks."""
    text = _URL.sub(" ", text)
    text = _ARXIV_ID.sub(" ", text)
    text = _DOI.sub(" ", text)  # `… per pass. doi:10.1109/DAC.1982.1585498`
    text = _SICI_TAIL.sub("", text)
    text = _DOUBT.sub("", text)  # `7/9 (?) neural methods`: the reader's doubt
    text = _ENTRY_POINTER.sub("", text)  # `Dapper's (#1)`: a pointer to another entry
    # `PRL 120, 143001. deepmd-kit is …`: a journal's volume and page left before the claim
    text = _VOLUME_PAGE.sub("", text)
    text = _QUERIED_BRACKET.sub("", text)  # `(… cross products?? check)`
    text = _PICTOGRAPH.sub(" ", text)  # `… Practice ✅`, `👀`: the reader's marks
    text = _REPO_PATH.sub("", text)  # `… compiler bugs. csmith-project/csmith`: a link's text
    # `… gains on the IBM synthetic AML data above` (r140 awesome, a reverse card's clue):
    # where the list put it, no part of the fact
    text = _LIST_PLACE.sub(r"\g<what>", text)
    text = _ON_LINK_GONE.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _ASIDE.sub(" ", text)
        text = _SEE_BRACKET.sub(" ", text)
        text = _EMPTY_BRACKETS.sub(" ", text)
    text = clean_space(text)
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    text = _MARK_TWICE.sub(r"\1", text)
    text = _LEAD.sub("", text)
    text = _ORIGIN_LEAD.sub("", text)
    text = _NOT_THIS_BUT.sub("", text)
    text = _REPORTED_ASIDE.sub(r"\g<verb> that, \g<aside>,", text)
    text = _TITLE_QUOTE_LEFT.sub("", text)  # `"Title," Authors …`: the title's closing quote
    # `(Google DeepMind), "Grandmaster-Level Chess Without Search": a 270M-parameter
    # transformer … reaches ~2895 Elo` (r179 glossary, no claim): what is left of the
    # citation (its people cut) before the colon that says what the work did
    text = _CITED_TITLE_FIRST.sub("", text)
    # (`… MoE training; [code](…).`: the mark before a link's dropped label, and its stop)
    text = _TRAILING_MARKS.sub("", text)
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()  # `… for unseen scripts)`: the close of a bracket cut off
    return text


#: a lab's bracket and a quoted title, then a colon: the rest of a cited work's byline
#: (four words at least without the bracket: `"Explanation tuning": use system prompts …`
#: names the idea)
_CITED_TITLE_FIRST = re.compile(
    r"^(?:\([^()]*\),?\s*[\"“][A-Z][^\"“”]{8,150}|[\"“][A-Z][^\"“”\s]*(?:\s[^\"“”\s]+){3,20})"
    r"[\"”](?:\s*\([^()]*\))?\s*:\s+(?=[a-z])"
)


@dataclass
class Claims:
    claims: list[Claim] = field(default_factory=list)
    see_also: list[str] = field(default_factory=list)
    instead: list[str] = field(default_factory=list)
    attribution: Attribution = field(default_factory=Attribution)
    #: the short name the text gives a long-titled entry (`ResNet: identity skip …`)
    alias: str = ""
    #: the name the text gives the paper of an entry named for something else (`The T5
    #: paper.` in the row of C4, the dataset it introduced)
    paper_alias: str = ""
    #: under a glossary's term, what the studies it cites found (see `_finding`)
    findings: list[Finding] = field(default_factory=list)


_ALIAS = re.compile(r"^(?P<alias>[^\s:;(\[][^:;]{0,30}?)[:;]\s+(?P<rest>\S.*)$")  # `RetinaNet; …`
#: a person's whole name, then where the work is read: its edition, its translator, the
#: volume it is in (`Bruno de Finetti, trans. H. E. Kyburg, in …`); only a claim's test,
#: apart from `remarks.BYLINE_LEFT`, which also tells where a definition starts (folded in
#: there, it moved other cards)
_READ_IN_LEFT = re.compile(
    r"(?:[A-Z][\w'’-]*\.?\s+){1,3}(?:(?:von|van|de|da|di|du|le|la)\s+)?[A-Z][\w'’-]+,\s+"
    r"(?:\(|trans\.|in\s+[A-Z][\w'’-]+(?:\s+(?:&|and)\s+[A-Z][\w'’-]+)?\s+\(eds?\.\)"
    # (`Charles E. Rosenberg, in Charles E. Rosenberg and Janet Golden, eds., *Framing
    # Disease* …` (r169 syllabus, a cloze on its subtitle): the editors in full)
    r"|in\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+(?:,?\s+(?:&|and)\s+(?:[A-Z][\w'’.-]*\s+)"
    r"{0,3}[A-Z][\w'’-]+)?,\s+eds?\.)"
)
#: a name and what it is put together from: `CRNN = CNN + BiLSTM + CTC`
_NAME_OF_PARTS = re.compile(
    r"(?P<alias>[A-Z][\w-]*[A-Z][\w-]*)\s*=\s*"
    r"(?P<rest>[A-Z][\w-]*(?:\s*\+\s*[A-Z][\w-]*(?:\s+[a-z][\w-]*)?)+)\.?"
)
#: a sentence that is only a name, by its shape (`DCA.`, `EVfold.`, `ESM-1b.`, `Top7.`)
#: (a version after it: `**MoCo v3**.`, r74 awesome)
_BARE_NAME = re.compile(
    r"(?P<alias>[A-Za-z][A-Za-z0-9]*(?:[A-Z]|\d)[\w+-]*(?:\s(?:[vV]\d{1,2}(?:\.\d)?|\d{1,2}))?)\.?"
)
#: a sentence that is only a quoted name (`"Raft".`)
#: (a stop or a colon after it: never `"Global" questions (…) are answered …` (r146 awesome,
#: Graph RAG named "Global"), a word quoted in its sentence)
_QUOTED_NAME = re.compile(
    r"[\"“](?P<alias>[A-Z][\w+.-]*)[\"”](?P<mark>[.:=]|\s+[—–=-](?=\s)|$)?(?:\s+(?P<rest>\S.*))?"
)
#: `same authors, SSS 2011 — shorter conference version`: who, by reference to another entry
_SAME_PEOPLE = re.compile(r"^(?:the\s+)?same\s+(?:authors?|team|group|lab|people|folks)\b", re.I)
#: `Csmith — random UB-free C programs, …`: one name-shaped word, a spaced dash, its text
_DASH_ALIAS = re.compile(r"^(?P<alias>[A-Z][\w+.-]*[a-z0-9+][\w+.-]*)\s+[—–]\s+(?P<rest>\S.*)$")
#: an acronym-shaped name, a comma, what it does: `FLARE, GP uncertainty drives …`
_COMMA_ALIAS = re.compile(r"^(?P<alias>[A-Z][A-Z0-9+-]{1,15}),\s+(?P<rest>\S.*)$")
_PAPER_ALIAS = re.compile(
    # (never `The AI-ECG papers in section 4 are its close cousins` (r154 blog, Poplin's
    # retina paper named **AI-ECG**): papers of a kind, others)
    r"^(?:(?:the|effectively the|basically the|essentially the)\s+"
    # (`KataGo paper.` (r171 awesome, after *Accelerating Self-Play Learning in Go*): a coined
    # name alone before "paper", no article)
    r"|(?=(?-i:[A-Z][a-z]+[A-Z0-9][\w-]*)\s+paper\s*(?:[.;]|$)))(?P<alias>\S+)\s+paper\b",
    re.IGNORECASE,
)

#: a sentence that gives an example of the term: `The classic example is …`, `Famous
#: example: …`, `e.g. …`
_AN_EXAMPLE = re.compile(
    r"(?i)\s*(?:the\s+|a\s+)?(?:(?:classic|canonical|textbook|famous|standard|best-known|"
    r"first|best)\s+)?(?:example|case|illustration|instance)s?\b(?:\s+is\b|:)|\s*(?:e\.g\.|"
    r"for\s+example|for\s+instance)"
    # `The classic dataset is 76 speakers … (Peterson & Barney 1952)` under **Formant** (r118
    # glossary), `First solid detection: the Crab, Whipple 10 m (Weekes et al. 1989)` under
    # **Imaging atmospheric Cherenkov telescope** (r117): a study the term is shown by
    r"|\s*(?:the\s+|a\s+)?(?:(?:classic|canonical|textbook|famous|standard|best-known|"
    r"landmark)\s+(?:[\w-]+\s+)?(?:dataset|data\s+set|study|experiment|demonstration|"
    r"measurement|observation|test)|first\s+(?:[\w-]+\s+)?(?:detection|observation|"
    r"demonstration|measurement))s?\b(?:\s+(?:is|was|are|were)\b|:)"
)


def _cites_a_list_item(piece: str, authors: str) -> bool:
    """`— Bd, white-nose syndrome in bats (*P. destructans*; Blehert et al. 2009), wheat
    blast, ash dieback, …` under **Emerging fungal threat** (r157 glossary, "Who made it? →
    Blehert et al."): a bracket inside a list, after one of its items, cites that item."""
    if not authors.strip():
        return False
    surname = attribution.first_surname(authors)
    for bracket in re.finditer(r"\(([^()]*)\)", piece):
        if surname in bracket.group(1):
            before, after = piece[: bracket.start()], piece[bracket.end() :]
            return bool(
                # (a dash inside an item's word is no break: `Fe–Ti oxides`)
                re.search(r"(?:,|\s[—–])\s+(?:(?!\s[—–])[^,()—])+$", before)
                # (or the list's last item: `…, Fe–Ti oxides (Ghiorso & Evans 2008 for T and
                # fO₂), amphibole.` under **Thermobarometry**, r164 glossary)
                and re.match(r"\s*,\s+[^,;.()]{1,40}(?:,|\s+and\s|\.?\s*$)", after)
            )
    return False


def _example_cited(piece: str, piece_before: str, text: str) -> bool:
    """`The classic example is Doll & Hill's London hospital study: … (Doll & Hill 1950).`
    under **Case-control study** (r110 glossary, "Who made it? → Doll and Hill", useless): a
    citation in, or right after, a sentence that gives an example cites the example's
    people, never the term's makers."""
    return bool(_AN_EXAMPLE.match(piece)) or (
        len(text.split()) <= 2 and bool(_AN_EXAMPLE.match(piece_before))
    )


#: an equation and nothing else: `L = λW`, `U_i = X_i · S_i = X · D_i`
_FORMULA = re.compile(r"[^\s=]{1,12}(?:\s*=\s*[^=]{1,30}?)+")
#: a title, then the journal and volume it appeared in: `A robotic platform for flow
#: synthesis of organic compounds informed by AI planning, Science 365` (r94 table)
_IN_JOURNAL = re.compile(
    rf",\s+(?:{VENUE_PATTERN})\s+\d{{1,4}}(?:\s*\(\d{{1,4}}\))?"
    r"(?:\s*[,:]\s*e?\d{1,6}(?:\s*[–-]\s*\d{1,6})?)?\.?$"
)


#: (`AlphaZero preprint; the Science version came out in 2018`: a note on its form still)
_ABOUT_RELEASE = re.compile(r"\b(?:version|edition|preprint|released|came out|published)\b", re.I)


def _is_formula(text: str) -> bool:
    """`L = λW`, or an equation of symbols with hardly a word in it (`L_o(x, ω_o) = L_e(x,
    ω_o) + ∫_Ω f_r(…) L_i(…) (n·ω_i) dω_i`): what the term is written as, then what it says."""
    if _FORMULA.fullmatch(text):
        return True
    # (`i = r* + π + 0.5(π − π*) + 0.5y, where y is the output gap` (r92 glossary, Taylor
    # rule): the equation, then what a symbol stands for)
    text = re.sub(r",\s+where\s+\S{1,3}\s+(?:is|are|=)\s.*$", "", text)
    return "=" in text and len(re.findall(r"\b[a-z]{4,}\b", text)) < 2


_HANDLE_BYLINE = re.compile(
    r"[\w.-]+\s*\((?P<name>(?:[A-Z][\w'’-]+\s){1,2}[A-Z][\w'’-]+)\),?\s*(?P<year>(?:19|20)\d\d)"
)
#: a bracket that cites a view on the term: `(Svensson 2020, …, argues it is not)`
_ARGUED = re.compile(r"\([^()]*\b(?:argues?|argued|disputes?|disputed|contends?)\b[^()]*\)")
#: a sentence that finds fault with the term: `…, which is wrong`, `… is misleading`
_FAULTED = re.compile(
    r"\b(?:which|that|this)\s+is\s+(?:just\s+|simply\s+|plainly\s+)?(?:wrong|misleading|a\s+myth)\b"
    r"|\b(?:criticised|criticized|debunked|overturned)\b"
)
#: a bullet labelled with a short capitalised name: `Ballooning: …`, `Old UNIX FS: …`
_PART_LABEL = re.compile(r"^[A-Z][\w-]*(?:\s[\w-]+){0,3}:\s")
#: a journal's volume (issue) and pages: `117(4): 500–544`, `93: 1074–1089`
#: (a double issue too: `*Linguistics* 18(7–8): 581–618`, r165 syllabus, "known as **Linguistics
#: 18(7–8)**")
_VOLUME_PAGES = re.compile(
    r"\b\d{1,4}(?:\(\d{1,3}(?:[-–]\d{1,3})?\))?\s*:\s*\d{1,5}\s*[-–]\s*\d{1,5}\b"
)
#: `+ the docs under media/docs/`, `+ slides`: what else to read with it
_ADD_ON = re.compile(
    r"^\s*\+\s*(?:the\s+|its\s+)?(?:docs?|documentation|slides|code|video|repo|notes|talk|blog|"
    r"examples?|tutorials?)\b"
    # `Free online: neuronaldynamics.epfl.ch`: where to read it
    r"|^\s*(?:free|freely|available)\s+(?:online|pdf|copy|to read)\s*:[^;]{0,40}$"
    # `Background and scans: Software Preservation Group FORTRAN page (Paul McJones)` (r99
    # syllabus): where to find copies of it
    r"|^\s*(?:background\s+and\s+)?(?:scans|copies|facsimiles?|transcriptions?|pdfs?)\s*:",
    re.IGNORECASE,
)
#: a note to self after the fact: `, check the mailing-list threads`, `; see the LWN thread`
_TOLD_TAIL = re.compile(
    r"[,;]\s+(?:check|read|ask|look\s+at|grep)\s+(?:the|their|his|her|my|its)\b[^,;]*$",
    re.IGNORECASE,
)
#: a segue to the course's next reading: `The indivisible case is much messier, and that's
#: next week.` (r137 syllabus, asked as what the paper is known for)
_SEGUE = re.compile(
    r"(?i),?\s+(?:and|but)\s+that['’]s\s+(?:for\s+)?(?:next\s+(?:week|time|lecture|class)|"
    r"(?:week|lecture)\s+\d+|later(?:\s+in\s+the\s+(?:course|term))?)\.?$"
)
#: the numbers of a reading's parts: `4 (IPv4), 5 (routing subsystem), 9 (netfilter)`
_PART_NUMBERS = re.compile(r"\d+(?:\.\d+)*\s*\(")
#: which part of a book to read: `Tedrake, chapter on …`, `chapters 3–4`, `§2.1 on …`
#: a line of code: a loop's head (`while (`, `for (i`), a logical and (`&&`)
#: (never `for (nearly) the whole periodic table` (r150 blog, M3GNet's gist lost): words)
_CODE = re.compile(r"\bwhile\s*\(|\bfor\s*\((?:\w+\s+)?\w+\s*(?:=|;|:)|&&")
_READING_PART = re.compile(
    r"^(?:[A-Z][\w'’-]+,\s+)?(?:the\s+)?(?:chapters?|ch\.|sections?|sec\.|§)\s*(?:on\b|\d)"
    # `selections from Part One and the medical treatises` (r169 syllabus, asked as what
    # *The Black Death* does): which parts of it to read
    r"|^(?:selections|excerpts?|extracts?)\s+from\b"
    # `Marschner & Shirley, *Fundamentals of …*, ch. 1, ch. 2 (…) and the Viewing chapter`
    # (r101 syllabus, its gist "Marschner & Shirley and the Viewing chapter"): which parts
    r"|^(?:[A-Z][\w'’-]+(?:\s*(?:&|and)\s*[A-Z][\w'’-]+)?,?\s+)?(?:and\s+)?the\s+"
    r"(?:[\w-]+\s+){1,3}chapters?\.?$",
    re.IGNORECASE,
)
#: a compound adjective: `LLM-specific`, `GPU-only`, `model-agnostic`
_KIND_OF_ADJECTIVE = re.compile(
    r"^[\w.+]+-(?:specific|only|agnostic|based|free|aware|centric|oriented|style|like|level|"
    r"wide|focused|friendly)$",
    re.IGNORECASE,
)
#: `introduction to Huisman & Warner, eds., *Locating Medical History: …*` (r169 syllabus,
#: asked as what *Medical Histories* is): where in an edited book the reading is
_IN_EDITED_BOOK = re.compile(
    rf"^(?:the\s+)?{BOOK_PARTS}\s+(?:to|in)\s+[^;]{{0,80}}"
    r"\beds?\.(?!\w)",
    re.IGNORECASE,
)
#: a post's byline: its writer (a handle too), the forum and the date
#: (`Lin Clark, Mozilla Hacks, Aug 2017`, `Samuel Groß, V8 blog, April 2024`, `Mozilla Hacks,
#: May 2021 (Project Fission)` (r88 notes): a company's blog, and maybe no one named)
_POSTED = re.compile(
    r"(?:(?P<who>[\w.-]+(?:\s[A-Z][\w'’-]+)?)"
    # (`Clemens Backes (then Hammacher), V8 blog, Aug 2018`, r94 notes: the name they wrote
    # under then)
    r"(?:\s*\((?:then|formerly|née|now|aka|a\.k\.a\.)\s[^()]{1,30}\))?,\s+)?"
    rf"(?P<where>{attribution.POST_SITES}|"
    rf"(?:[A-Z][\w.-]*\s+){{1,3}}(?:{attribution.BLOG_WORDS}|blog|Engineering|Labs))"
    r"\s*,?\s*(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?"
    r"(?P<year>(?:19|20)\d\d)(?:\s*\([^()]*\))?"
)
_FIGURE = re.compile(r"^[~≈<>]?\d[\d.,]*\+?\s*(?:[kKmMbB%x×]|\s)\s*[a-z]")  # (`120+ pages`)


#: `Over ~20 years`, `In 2019`, `Since 2012`: when, never a name
_SPAN_OF_TIME = re.compile(
    r"^(?:over|in|since|for|after|before|by|until|from|during|within)\s+[~≈]?\d", re.IGNORECASE
)


#: a part of the paper, never its name: `Appendix A:`, `Section 3.2:`, `Fig. 2:`
_DOCUMENT_PART = re.compile(
    r"^(?:appendix|appendices|sections?|secs?|chapters?|chs?|figures?|figs?|tables?|tab|"
    # (a mark or a space after the label: `PETS: …` is a name, not page `ETS`, r76 blog)
    r"equations?|eqs?|parts?|pages?|pp?)(?:\.\s*|\s+)[\w.–-]{1,8}"
    # `Sections 1 and 3 required; …`: more parts, and how to read them
    r"(?:\s*(?:,|&|and|to)\s*[\w.–-]{1,8})?"
    r"(?:\s+(?:required|optional|only|recommended|mandatory|skim(?:med)?))?$",
    re.IGNORECASE,
)
#: `the original paper`, `the arxiv paper`: what kind of paper, never its name (words a
#: link's address may hold too: `…/arxiv.org/…`, `…/original-paper.pdf`)
_KINDS_OF_PAPER = frozenset(
    {
        *("original", "first", "main", "full", "short", "long", "extended", "journal"),
        *("conference", "workshop", "arxiv", "preprint", "published", "survey", "position"),
        *("blog", "pdf", "paper", "code", "project", "github", "html", "abs"),
    }
)


#: `blog post, June 2023`, `Anthropic's announcement, Nov 2024`: what kind of document a
#: link is (whose, and when) — where the reading is, never what the work is
_DOCUMENT_NOTE = re.compile(
    # (`Uber Engineering blog, September 2017`: whose, with or without an apostrophe)
    # (`2017 blog series (plus follow-ups on …)`, `GitHub blog, 2022, five parts`: when, and
    # how many parts, r76 notes)
    r"^(?:(?:19|20)\d\d\s+)?"
    r"(?:(?:the|an?)\s+)?(?:[\w&.-]+(?:\s[\w&.-]+)?['’]s?\s+|(?-i:[A-Z])[\w&.-]*(?:\s(?-i:[A-Z])[\w&.-]*)?\s+)?"
    r"(?:official\s+|original\s+)?"
    r"(?:blog\s+post|blog\s+series|blog|post|announcement|press\s+release|launch\s+post|talk|"
    r"video|thread|tweet|slides|lecture|keynote|podcast|newsletter|docs|documentation|website|"
    r"repo|interview|write-?up)"
    r"(?:\s*,?\s*\(?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\)?)?"
    r"(?:,?\s+(?:in\s+)?(?:two|three|four|five|six|seven|eight|\d{1,2})\s+parts)?"
    r"(?:\s*\([^()]*\))?\.?$"
    # `tech report MSR-TR-95-51`, `technical report TR-2003-12`, `DEC WRL research report
    # 95/7`: which report, by its number (`ANU tech report TR-CS-96-05, 1996`, `INRIA tech
    # report, 2011`: and when, r76 notes)
    r"|^(?:an?\s+|the\s+)?(?:[\w&.-]+\s+){0,3}(?:(?:tech(?:nical)?\.?|research)\s+report|TR)"
    r"(?:\s*[\w./-]*\d[\w./-]*(?:,?\s*(?:19|20)\d\d)?|,?\s*(?:19|20)\d\d)\.?$"
    r"|^(?:19|20)\d\d\s+(?:tech(?:nical)?\.?|research)\s+report\.?$"  # `2012 tech report`
    # `Original French 1967; English trans. W. J. Berg, University of Wisconsin Press, 1983`
    # (r81 syllabus): which translation, by whom and where; `(excerpt on Canvas)`: where
    # the course keeps it
    r"|^(?:original\s+[\w-]+\s+(?:19|20)\d\d\s*[;,]\s*)?(?:[A-Z]?[a-z]+\s+)?"
    r"(?:trans\.|translat(?:ed|ion)\b)[^;]*$"
    r"|^\(?\s*(?:excerpts?|reading)\s+(?:on|in)\s+[\w-]+(?:\s+[\w-]+)?\s*\)?\.?$"
    # `kernel docs, not a paper`: what kind of document it is not
    r"|^(?:[\w&.'’-]+(?:\s+[\w&.'’-]+){0,2}\s*,\s*)?not\s+an?\s+(?:(?:peer-reviewed|real|research|"
    r"academic)\s+)?paper\.?$",
    re.IGNORECASE,
)

#: an award after a name: `Raft, Best Paper Award`
_AWARD_TAIL = re.compile(
    r",?\s*(?:\()?(?:best|outstanding|distinguished)\b[^()]*?(?:paper|award)s?\)?\.?$",
    re.IGNORECASE,
)


def _stressed_alias(text: str, stressed: list[str]) -> str | None:
    """`Ongaro & Ousterhout (Stanford), USENIX ATC 2014 — **Raft**, Best Paper Award`,
    `… — **Hybrid Logical Clocks (HLC)**`: after a note's citation, the name the list sets
    in bold is the name the work goes by (its acronym, when it spells one out)."""
    whole = _AWARD_TAIL.sub("", re.split(r"\s[—–]\s", text)[-1]).strip(" .;")
    bold = {term.rstrip(")") for term in stressed}  # (`Hybrid Logical Clocks (HLC`: as kept)
    if whole.rstrip(")") not in bold or len(whole.split()) > 5 or not whole[:1].isupper():
        return None
    spelled = re.fullmatch(r"(?P<long>[^()]+?)\s*\((?P<short>[^()]+)\)", whole)
    if spelled is not None and is_acronym(spelled.group("short")):
        return spelled.group("short")
    return whole if is_name(whole) else None


#: a name shaped as one (capitals inside or a digit: `LinUCB`, `UCB1`), then a preposition
_NAME_THEN_WHAT = re.compile(
    r"^(?P<alias>[A-Z][\w+-]*(?:[a-z][A-Z]|[A-Z]{2}|\d)[\w+-]*)\s+"
    # (not `ResNet-50 on ImageNet in 1 hour …`: what a paper ran on what)
    r"(?:with\s+\S|(?:on|for|via)\s+[a-z])"
)
#: methods and models so widely built on that a sentence opening with one is about using
#: it (`DPO on preference pairs …`), unless a name of the entry spells it out
_BUILT_ON = frozenset(
    {"DPO", "PPO", "RLHF", "GRPO", "SAC", "DQN", "MCTS", "BERT", "RoBERTa", "CLIP", "LoRA"}
    | {"GPT-2", "GPT-3", "GPT-4", "T5", "ResNet", "U-Net", "VAE", "NeRF", "DINO", "SGD", "Adam"}
    | {"ViT", "ImageNet", "VGG", "LLaMA", "Llama"}
)


def _built_on(name: str) -> bool:
    """A method or model every reader knows, at any size: `ResNet-50`, `BERT-Large`."""
    base = re.sub(r"(?i)[-\s]?(?:\d+[a-z]?|large|base|small|xl)$", "", name)
    return name in _BUILT_ON or base in _BUILT_ON


#: `Verhulst 1838 proposed it`, `Hutchinson (1957) coined the term`: who, when, and that
#: they made it
_PROPOSED_IT = re.compile(
    r"(?P<who>[A-Z][\w'’-]+(?:\s+(?:&|and)\s+[A-Z][\w'’-]+)?)\s+\(?(?P<year>1[6-9]\d\d|20\d\d)\)?"
    r"\s+(?:first\s+)?(?:proposed|introduced|coined|formulated)\s+(?:it|the\s+(?:term|idea|model|"
    r"concept|name))\b"
)
#: someone's own work on it: `Ferenc Huszár's PNAS reply (2018)`, `Hinton's follow-up`
_OTHERS_WORK = re.compile(
    r"\b[A-Z][\w'’-]+['’]s\s+(?:[\w-]+\s+){0,2}(?:reply|comment|response|rebuttal|"
    r"follow-?up|note|critique|correction|erratum)\b"
)
#: `This is where ROP comes from`, `the paper where the term originated`: it introduced it
_WHERE_FROM = re.compile(
    # (`Where the term *sequential consistency* comes from: the result is …`, r132 notes)
    r"(?:(?i:this|it|that)\s+is\s+(?:the\s+paper\s+)?)?(?i:where)\s+"
    # (never `the names in the SD web UIs` (r169 table, "Which paper introduced the names in
    # the SD web UIs? → k-diffusion"): what others call things, not a thing it introduced)
    r"(?!(?i:the\s+(?:names|terms|words|labels|notation)|(?:much|some|most|many|all|a\s+lot)\s+of)\b)"
    r"(?P<what>\S.{0,60}?)\s+"
    r"(?:comes?\s+from|came\s+from|originated|started|was\s+(?:introduced|coined|born))"
)
#: (the same, then a colon and what it is)
_WHERE_FROM_SAID = re.compile(_WHERE_FROM.pattern + r"(?=\s*:\s*\S)")
#: a verb in the past, what the study's people did: `transmitted`, `showed`, `named`
_DID_VERB = (
    r"(?:(?!(?:based|called|used|known|needed)\b)[a-z]{3,}ed|showed|found|made|saw|gave|took|"
    r"built|wrote|ran|drew|won|led|got|began|brought|kept|held|set|split|caught|taught|sought)"
)


#: a person's result, said with their name: `Lesnick proved …`, `Kac showed …`
_SOMEONE_DID = re.compile(
    r"(?P<who>[A-Z][a-z][\w'’-]*)(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’-]+)?\s+"
    r"(?:later\s+|also\s+|then\s+)?"
    # (`Flemming turned the idea into OT constraints`, `Hillenbrand et al. redid it in 1995`
    # (r140 glossary, both credited to the bracket's first work): any verb in the past)
    rf"(?:proved|redid|did|{_DID_VERB})\b"
)


def _cites_the_doer(said: str, piece: str, surname: str) -> bool:
    """`Lesnick proved the converse direction … (Chazal, … 2009, SoCG; [Lesnick 2015](…))`
    (r132 glossary, credited to Chazal et al.): the sentence names whose result it is, and
    the bracket cites them after another work."""
    did = _SOMEONE_DID.match(said)
    if did is None or did["who"] == surname:
        return False
    who = re.escape(did["who"])
    return (
        re.search(rf"\b{who}\b(?:\s+et\s+al\.?|\s*(?:&|and)\s+\w+)?,?\s+(?:19|20)\d\d", piece)
        is not None
    )


#: people named in full, then everyone else: `David MacIver, Zac Hatfield-Dodds + contribs`
_PEOPLE_AND_OTHERS = re.compile(
    r"(?:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s*"
    r"(?:\+|and|&)\s*(?:contribs?|contributors|others|co\.)\.?$"
)
#: a sentence whose subject (the people it cited) is gone
_SUBJECT_CUT_OUT = re.compile(
    r"did\s+(?:exactly\s+|just\s+)?(?:that|this|the\s+same|so)\b"
    r"|[A-Z][\w\s]{0,30},\s+(?:is|are|was|were)\s+(?:the|a|an)\s"
    # (`the Berlin violinists study, is the source of the "10,000 hours" meme` (r167
    # glossary, a clue): an appositive left of a citation cut out of the subject)
    r"|(?:the|a|an)\s[^,;]{2,50}\b(?:study|paper|experiment|survey|review|book|trial),\s+"
    r"(?:is|are|was|were)\s"
)
#: `This is Dreamer (v1).`: the sentence only gives the name
_THIS_IS_NAME = re.compile(
    r"(?i:this|it)\s+is\s+(?P<alias>[A-Z][\w+.-]*[\w+])(?:\s*\((?:v\d+(?:\.\d)?|[a-z]+)\))?\.?"
)
#: `The **R-learner**.` under "Quasi-oracle estimation of heterogeneous treatment effects"
#: (r118 syllabus): a sentence that is only the name, shaped as one (a hyphen, a digit or a
#: capital inside)
_THE_NAME = re.compile(
    r"(?i:the)\s+(?P<alias>[A-Z](?=[\w+.-]*(?:[a-z][A-Z]|-\w|\d|[A-Z]{2}))[\w+.-]*[\w+]"
    # (`The **ID algorithm**.`, r118 syllabus: a name and the kind of thing it is)
    r"(?:\s+(?:algorithm|method|estimator|learner|criterion|procedure|test|trick|benchmark))?)\.?"
)
#: `V-JEPA, the first serious …`: a name shaped like one (a capital or a digit inside), a
#: comma, and what it is
_NAME_APPOSITIVE = re.compile(
    r"(?P<alias>[A-Z][\w+.-]*(?:[a-z][A-Z]|-[A-Z]|\d)[\w+.-]*),\s+(?P<rest>(?:the|an?)\s)"
)
#: the writer's question: `What if the router is... just a hash of the token ID?`
_QUESTION = re.compile(
    r"(?:what|why|how|can|could|does|do|is|are|should|would|will|which|when|where|who)\b"
    r"[^?]*\?[\s*_\"”]*",
    re.IGNORECASE,
)
_SUBJECT_ALIAS = re.compile(
    r"^(?P<alias>[A-Z][\w.+-]*[A-Z0-9][\w.+-]*)\s+(?=(?P<verb>[a-z]+(?:es|s))\b)"
)


# words shaped like a verb in -s that are none (`CC as distributed solution of …`)
_NOT_VERBS = frozenset({"is", "was", "has", "does", "its", "as", "plus", "thus", "this", "us"})


#: a comparison or a degree, never a name: `More ML-oriented`, `Less formal`, `Same idea`
_COMPARING = re.compile(
    r"^(?:more|less|most|least|very|much|also|still|even|just|only|pretty|quite|really|same|"
    r"similar|better|worse|slightly|way)\b",
    re.IGNORECASE,
)


def _aspect_of(alias: str, name: str) -> bool:
    """`OLD GIL (≤3.1)` under *Inside the Python GIL*: an alias that takes a word of the
    title and adds others to it names a part of the work's subject."""
    title_words = {w.casefold() for w in re.findall(r"[\w+-]+", name)}
    words = [w.casefold() for w in re.findall(r"[\w+-]+", re.sub(r"\([^()]*\)", "", alias))]
    shared = [w for w in words if w in title_words]
    # (but `Redis HLL` under antirez's "Redis new data structure: the HyperLogLog" (r116
    # notes) abbreviates it: the name it goes by)
    return (
        bool(shared)
        and len(shared) < len(words)
        and len(words) >= 2
        and not _abbreviates(alias, [name])
    )


def _names_the_work(word: str, link_names: list[str]) -> bool:
    """A sentence of one name-shaped word names the work (`EVfold.`), unless the word is a
    link's text (`PubMed.`, `DOI.`), a lab (`DeepMind.`), a venue (`PNAS.`) or a label."""
    folded = word.casefold()
    return (
        folded not in LABEL_WORDS
        and not is_verdict(word)  # (`Sobering.`, r118 syllabus: the writer's word on it)
        and not is_generic_link_text(word)
        and not _is_link_text(word, link_names)
        and folded not in _KNOWN_ORGS
    )


#: where preprints are posted: a link's label (`bioRxiv: https://…`), never a paper's name
_PREPRINT_SERVERS = frozenset({"arxiv", "biorxiv", "medrxiv", "chemrxiv", "ssrn", "psyarxiv"})
_KNOWN_ORGS = frozenset(name.casefold() for name in (*LABS, *VENUES)) | _PREPRINT_SERVERS
#: a hyphenated word whose later parts are lower-case (`Taxonomy-heavy`), never a name
_PLAIN_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")


#: punctuation left where words were taken out: `papers:, " ",`
#: (`The Amazon version is, "Amazon.com …"`, `Builds on, "Spectral Networks …"`: a verb
#: whose people were taken out)
_DEBRIS = re.compile(
    r"[:;,]\s*,|[\"“]\s*[\"”]|\b(?:is|are|was|were|from|on)\s*,\s"
    # (but `select columns, group by, sort by)` (r139 table): an operation's own `by`)
    r"|(?<!group\s)(?<!sort\s)(?<!order\s)(?<!partition\s)\bby\s*,\s"
    # (`Thermo-Calc paper is (CALPHAD journal)` (r97 glossary): `is` whose people were
    # taken out, then where they published)
    r"|\bby\s+\((?=[A-Za-z])[^()]*\)\W*$"
    r"|\b(?:is|are|was|were)\s+\((?=[^()]*\b(?:journal|proceedings|proc\.|conference|press)\b)"
    r"[^()]*\)\W*$"
)


def _comes_from(piece: str, authors: str, name: str) -> bool:
    """`explore/exploit with side features; LinUCB comes from Li et al. 2010 (WWW)` under
    **Contextual bandit**: the people made another named thing, not the entry's."""
    first = re.escape(attribution.first_surname(authors))
    said = re.search(
        rf"(?P<name>[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*)?)\s+(?:comes?|came|is|was)\s+"
        rf"(?:(?:originally|first)\s+)?from\s+{first}\b",
        piece,
    )
    return said is not None and squash(said.group("name")) != squash(name)


def _successor_of(alias: str, own_names: list[str]) -> bool:
    """`DCN-V2`, `YOLOv3`, `GPT-2`, `BERT++` after `DCN`, `YOLO`, `GPT`, `BERT`: a later
    version of a name the entry goes by."""
    base = re.match(r"^(?P<base>.+?)[-\s]?(?:[vV]\d+(?:\.\d+)?|\d+(?:\.\d+)?|\+\+)$", alias)
    if base is None:
        return False
    return any(find_word(own, base.group("base")) >= 0 for own in own_names)


#: a cross-reference after a sentence: `. see *ANN search*.`, ` (see also HNSW)` (not
#: `…, see [code](…) too`)
_TRAILING_SEE = re.compile(
    r"(?:\s*\((?:[Ss]ee|cf\.)\s+(?:also\s+)?[^.()]{1,40}\)|"
    r"[.;]\s*(?:[Ss]ee|cf\.)\s+(?:also\s+)?[*_]?[^.()*_]{1,40}[*_]?)\.?$"
)


def _opens_with(piece: str, authors: str) -> bool:
    """`Chen et al., [WavLM](…) adds …` opens with `Chen et al.`: its first surname first."""
    return piece.lstrip(" *_([").startswith(attribution.first_surname(authors))


#: what is left of a note's citation bullet after its venue and year: the lab's short
#: name (`DEC`, `DEC WRL`, `IBM`)
_WHERE_LEFT = re.compile(r"[A-Z][\w&.-]*(?:\s*[/&]?\s*[A-Z][\w&.-]*){0,2}")
#: `…; level 2: …`: another labelled part after the first
#: (or after a comma, when the next label is shaped as the first: `1G: low-dim, 2G: atom-
#: centred, 3G: …` (r154 awesome, Behler's review named **1G**): the generations it sorts)
_NEXT_PART = re.compile(
    r";\s+[^\s:;]{1,20}(?:\s[^\s:;]{1,20})?:\s|^[^,;:]{1,40},\s+\d+[A-Za-z]{1,3}:\s"
)
#: `Practice and Experience, 2019`: the rest of a journal's name, then its year
_CITED_REST = re.compile(r"[A-Z][^.;:]{0,60},\s*(?:19|20)\d\d\.?")


#: labels that weigh a thing, never its name: `Downside:`, `Pros:`, `Catch:`
_WEIGHING_LABELS = frozenset(
    {
        *("downside", "downsides", "upside", "upsides", "drawback", "drawbacks", "pros"),
        *("cons", "advantage", "advantages", "disadvantage", "disadvantages", "catch"),
        *("benefit", "benefits", "cost", "costs", "limitation", "limitations", "weakness"),
        *("weaknesses", "strength", "strengths", "tradeoff", "trade-off", "caveat"),
    }
)
#: a title that says the work studies others: `An Empirical Study`, `A Survey of …`
_A_STUDY = re.compile(
    r"(?i)\b(?:an?\s+|large-scale\s+|empirical\s+|comparative\s+)+"
    r"(?:study|survey|evaluation|comparison|analysis)\b"
)


def _alias(
    text: str,
    own_names: list[str],
    link_names: list[str],
    link_words: frozenset[str],
    *,
    later: bool = False,
) -> tuple[str, str] | None:
    """`ResNet: identity skip …` -> (`ResNet`, `identity skip …`); `YOLO frames detection as
    …` -> (`YOLO`, `frames detection as …`, when the title spells YOLO out); `the word2vec
    paper` -> (`word2vec`, the rest); `Csmith — random C programs …` when a link of the
    entry says Csmith (`github.com/csmith-project/csmith`)."""
    if VENUE_NOTE.match(text):  # `PVLDB 4(9): 539–550 (2011)`: a journal, never a name
        return None
    if PUBLISHED_AT.match(text) or JOURNAL_VOLUME.match(text):
        return None  # `Chicago: University of Chicago Press.` (r160 syllabus): where, no name
    dashed = _DASH_ALIAS.match(text)
    if (
        dashed
        and dashed.group("alias").casefold() in link_words
        and _names_the_work(dashed.group("alias"), link_names)
    ):
        return dashed.group("alias"), dashed.group("rest")
    comma = _COMMA_ALIAS.match(text)
    if (
        comma
        and comma.group("alias").casefold() in link_words
        and _names_the_work(comma.group("alias"), link_names)
        # (never `LWN, Mel Gorman`, `LWN, April 2024.`, `JEDEC, original 2013`: where it
        # appeared and who wrote it, when; nor `CGAL, the Computational Geometry Algorithms
        # Library`: a name spelled out)
        and not re.match(r"(?i)(?:the|an?)\s", comma.group("rest"))
        and not re.search(r"\b(?:1[89]|20)\d\d\b", comma.group("rest"))
        and not attribution.cut(comma.group("rest"))[0].authors
        and not re.match(r"[A-Z][a-z]+\s+[A-Z][a-z]+(?:\s*[,(]|\W*$)", comma.group("rest"))
    ):
        # `FLARE, GP uncertainty drives DFT calls during MD.` with [mir-group/flare](…) (r154
        # awesome, its clue naming it over the paper's long title): the name, then what it does
        return comma.group("alias"), comma.group("rest")
    bare = _BARE_NAME.fullmatch(text.strip())
    # (`… (UPenn, 2016). GECCO. TPOT: …`, `— LPAR-21`: where it appeared, no name)
    venue = re.sub(r"[-\s]?\d+$", "", bare.group("alias")) if bare else ""
    venue = re.sub(r"^(?:IEEE|ACM)[\s/-]+", "", venue)  # (`IEEE TKDE`, `ACM TOG`)
    # (`McMillan`, `MacKay`: a surname's capitals, not a name's shape)
    surname = bare is not None and re.fullmatch(r"Ma?c[A-Z][a-z]+", bare.group("alias"))
    if (
        bare
        and not surname
        and not is_verdict(bare.group("alias"))  # (`Pricey; check your library.`)
        # (`JAX-based.` (r157 blog, Brax's paper asked as "Who made **JAX-based**?"): what
        # it is built on, a word that describes, never a name)
        and not DESCRIBING_WORD.search(bare.group("alias"))
        and venue not in VENUE_NAMES
        and _names_the_work(bare.group("alias"), link_names)
    ):
        return bare.group("alias"), ""  # a table's note: `DCA. Coevolution → contacts; …`
    quoted = _QUOTED_NAME.fullmatch(text.strip())
    if (
        quoted
        # (a word quoted in its sentence names nothing, a name-shaped one does: `"Spike-Norm"
        # conversion; …`)
        and (quoted["mark"] is not None or re.search(r"[A-Z0-9-]", quoted["alias"][1:]))
        # (not `"Quasi-oracle" means it achieves …` (r118 syllabus): a word of the title,
        # explained)
        and not re.match(
            r"(?:means|refers\s+to|stands\s+for|is\s+short\s+for)\b", quoted["rest"] or ""
        )
        and _names_the_work(quoted.group("alias"), link_names)
        # (nor `"The" CUDA textbook, started life as …` (r128 notes, "What is **The**?"):
        # a word stressed, no name)
        and quoted.group("alias").casefold() not in {"the", "a", "an", "this", "that"}
        and (
            quoted.group("alias").casefold() in link_words
            or _abbreviates(quoted.group("alias"), own_names)
        )
    ):
        # `"Raft". leader election, …` (raft.github.io)
        return quoted.group("alias"), quoted.group("rest") or ""
    # (a study of methods is named by none of them: `BALD with MC dropout / …` under *Deep
    # Bayesian Active Learning for Natural Language Processing: Results of a Large-Scale
    # Empirical Study*, `AL helps most when …` under *Active Learning for BERT: An Empirical
    # Study* (r174 table, each asked as the method): what the study studied)
    study = any(_A_STUDY.search(own) for own in own_names)
    named = None if study else _NAME_THEN_WHAT.match(text)
    if (
        named
        # (not `GPT-3 with a few examples does entity matching …`: a sentence about the
        # model a paper used, with its own verb)
        and not re.search(r"\b(?:does|do|did|is|are|was|were|can|beats?|shows?|works?)\b", text)
        # (nor `LightGBM with good features dominated, not deep nets.` under the M5 results
        # (r165 blog, "What is **LightGBM**? → Walmart hierarchical sales"): who won)
        and not re.search(r"\b(?:dominat(?:ed|es)|won|wins|outperform(?:ed|s)|lost|loses)\b", text)
        and named.group("alias") not in COMMON_ACRONYMS
        # (not `DPO on preference pairs ranked by …` under "Fine-tuning Language Models for
        # Factuality": a method every reader knows, which the paper uses, r76 awesome)
        # (nor `ResNet-50 with minibatch 8192 on 256 GPUs …` under "Accurate, Large Minibatch
        # SGD" (r97 syllabus): a size of such a model)
        and not (
            _built_on(named.group("alias")) and not _abbreviates(named.group("alias"), own_names)
        )
        # (not `GPT-3 with guided prompting for span identification …`: a lab's model the
        # paper used)
        and not brand_lab(named.group("alias"))
        and named.group("alias") not in VENUE_NAMES
        and _names_the_work(named.group("alias"), link_names)
    ):
        # `"A Contextual-Bandit Approach to …," WWW 2010 — LinUCB on the Yahoo! Today module`:
        # the name the reading goes by, then what it is known for (said as it is)
        return named.group("alias"), text
    parts = _NAME_OF_PARTS.fullmatch(text.strip())
    if (
        parts is not None
        and not later
        and parts["alias"] not in COMMON_ACRONYMS
        and _names_the_work(parts["alias"], link_names)
    ):
        # `CRNN = CNN + BiLSTM + CTC.` after *An End-to-End Trainable Neural Network for
        # Image-based Sequence Recognition …* (r164 awesome, its reverse card's clue naming
        # it): the name, then what it is put together from
        return parts["alias"], parts["rest"]
    match = None if study else _SUBJECT_ALIAS.match(text)
    if (
        match
        and match.group("verb") not in _NOT_VERBS
        # (`MNW allocations are EF1 …`: a plural noun before its verb, the subject MNW's)
        and not re.match(
            r"\s*(?:are|is|were|was|have|has|can|do|may|must|will)\b",
            text[match.end() + len(match.group("verb")) :],
        )
        # `DNN replaces the decision-tree HMMs` under "… using deep neural networks": what
        # the paper uses, not its name
        and match.group("alias") not in COMMON_ACRONYMS
        and _abbreviates(match.group("alias"), own_names)
        # `LoRA underperforms …` under "LoRA Learns Less and Forgets Less": the subject of
        # the paper the title names, not the paper's name
        and not any(
            len(own.split()) > 1 and own.split()[0] == match.group("alias") for own in own_names
        )
        # `DCN-V2 (…) makes the cross layer …` under **DCN / Deep & Cross Network**: the
        # entry's successor, not its name
        and not _successor_of(match.group("alias"), own_names)
        # `MoE wins clearly in-domain, …` under *Efficient Large Scale Language Modeling with
        # Mixtures of Experts* (r155 table, named **MoE**): what the paper works with
        and not _means_in_title(match.group("alias"), own_names)
    ):
        return match.group("alias"), text[match.end() :]
    called = (
        _THIS_IS_NAME.fullmatch(text.strip())
        or _THE_NAME.fullmatch(text.strip())
        or _NAME_APPOSITIVE.match(text)
    )
    if (
        called is not None
        and not later
        and called.group("alias") not in COMMON_ACRONYMS
        and called.group("alias") not in _BUILT_ON
        and not brand_lab(called.group("alias"))
        and _names_the_work(called.group("alias"), link_names)
    ):
        # `This is Dreamer (v1).`, `V-JEPA, the first serious video instantiation of …` (r76
        # blog): the name the paper goes by, then (maybe) what it is
        rest = text[called.start("rest") :] if "rest" in called.re.groupindex else ""
        return called.group("alias"), rest
    match = _ALIAS.match(text)
    if (
        match
        and match.group("alias").strip().casefold() not in LABEL_WORDS
        # (`The sequel to #13: Google's DR system deployed …` (r119 syllabus, "What is
        # **sequel to #13**?"): another item of the list, by its number)
        and not re.search(r"#\d", match.group("alias"))
        # (`~1hr video. covers: interleaving, …` (r119 notes): a note's words, no name)
        and re.match(r"\w", match.group("alias").strip()) is not None
        and ". " not in match.group("alias")
        # (`Head-to-head in FreeBSD: …`: a label, then what it is about)
        and match.group("alias").split()[0].casefold() not in LABEL_WORDS
        and not is_generic_link_text(match.group("alias"))  # `DOI: 10.1007/…`
        # `read Ch. 1–3; the CEGIS chapter is …`: what to read of it, no name
        and not (INSTRUCTION.match(match.group("alias")) or opinion_in(match.group("alias")))
        and not is_verdict(match.group("alias"))  # `Huge; comes with the … repo`
        and not _COMPARING.match(match.group("alias"))  # `More ML-oriented; covers …`
        # `Docker vs KVM: containers equal or beat VMs …` (r105 notes): what it compares
        and not re.search(r"\s(?:vs\.?|versus)\s", match.group("alias"))
        # `formalizes diff3: align A/O/B …`, `v0/v1: server opens by …` (r107 notes, each
        # read as the paper's name): what the paper does, and versions it compares
        and not re.match(r"[a-z]+(?:es|s)\s", match.group("alias"))
        and not re.fullmatch(r"v\d+(?:\s*[/,&]\s*v?\d+)+", match.group("alias").strip())
        # `A2 due start of wk 9. A3 out: fine-tune a cross-encoder …` (r108 syllabus, a
        # course's line run on into the reading before it): an assignment, no name
        and not is_logistics(match.group("alias"))
        and not _DOCUMENT_PART.match(match.group("alias"))  # `Appendix A: a classifier …`
        # `Framing: a barrier = …` (r81 notes): a gerund labels what the bullet does, no name
        and not re.fullmatch(r"[A-Z][a-z]{3,}ing", match.group("alias").strip())
        # `Zuse's Z3 (Berlin, 1941): relays, …` under Rojas's "How to Make Zuse's Z3 a
        # Universal Computer" (r99 syllabus, "Who made **Zuse's Z3**? → Rojas"): someone's
        # work the paper is about, by its maker's name
        # (but `SpiderMonkey's TI` (r69 notes) is a product's part, by its makers)
        and not re.match(r"[A-Z][a-z]+['’]s\s", match.group("alias").strip())
        # (nor `PaLM 540B: 29 ms/token at low batch …` in the row of *Efficiently Scaling
        # Transformer Inference* (r136 table, "What is this paper known as? → PaLM 540B"):
        # a model of some size the paper measured, then the figures)
        and not (
            re.search(r"\b\d+(?:\.\d+)?[BMKT]$", match.group("alias").strip())
            and re.match(r"[~≈<>]?\s*\d", match.group("rest"))
        )
        # (nor `UE4's PBR model: simplified Disney …` under *Real Shading in Unreal Engine 4*
        # (r134 notes): its maker's kind of thing, described, no name)
        and not re.fullmatch(r"\S+['’]s\s.*\s[a-z]+", match.group("alias").strip())
        # `ChaCha20-Poly1305 in OpenSSL: ~2.89 GB/s on 1 thread …` (r114 notes, a post on
        # frequency scaling asked as it): what was measured, and where
        and not re.fullmatch(
            r"\S+\s+(?:in|on|under|with|vs\.?)\s+\S+", match.group("alias").strip()
        )
        # `Scales to ImageNet: 49% certified top-1 …` (r98 awesome, "What is this paper known
        # as? → Scales to ImageNet"): a verb and where it reaches, no name
        and not re.match(
            r"[A-Z][a-z]+s\s+(?:to|on|with|up|in|for|beyond|across|over)\b",
            match.group("alias").strip(),
        )
        and not match.group("rest").startswith(('"', "“"))  # `Jon: "fork was a mistake"`
        # `Cache-Control: immutable → browser doesn't revalidate` (r87 notes): a header or a
        # setting and its value, then what the value does, never the work's name
        and not re.match(r"\s*[a-z][\w.-]*\s*(?:→|->|⇒)", match.group("rest"))
        # `"Federated Optimization: Distributed …"`: a quoted title's words, no name
        and not match.group("alias").startswith(('"', "“", "'", "‘"))
        # `level 1: …; level 2: …`, `LIP: …; BIP: …`: the parts of the work, each labelled
        and not _NEXT_PART.search(match.group("rest"))
        # `Concurrency and Computation: Practice and Experience, 2019`: a journal, cited
        and not _CITED_REST.fullmatch(match.group("rest"))
        # `J. Physiol. 117(4): 500–544`, `Network: Computation in Neural Systems 15(4): 243–262`:
        # a journal's volume and pages, never a name
        and not _VOLUME_PAGES.search(text)
    ):
        said = match.group("alias")
        if said.count("(") > said.count(")"):
            said = said.rsplit("(", 1)[1]  # `JMLR (T5; read sections 1–3 …)`: the bracket's
        if PLACE_AND_PUBLISHER.search(text) and f"({said.strip()}:" in text:
            # `Herbert Butterfield, (London: Bell, 1949), Introduction.` (r172 syllabus, "What
            # is **London**?"): where the book was published, by whom and when
            return None
        if re.fullmatch(r"The\s+\S+", said.strip()) and text[match.end("alias")] == ";":
            return None  # `The NRMP; handles couples.`: the thing a paper redesigned, named
            # (but `The DR-learner: regress …` names what it is)
        if (
            re.fullmatch(r"[A-Z][a-z]{5,}", said.strip())
            and text[match.end("alias")] == ";"
            and said.strip().casefold() not in link_words
            and re.match(r"(?:the|an?)\s", match.group("rest"))
        ):
            # `Anthyphairesis; the alternative to the "crisis of the irrationals" story` after
            # Fowler's *The Mathematics of Plato's Academy* (r163 syllabus, three cards on a
            # book "known as" the Greek procedure it is about): a plain word the note opens
            # with, then what is said of it, is what the work is about
            return None
        alias = re.sub(r"^The\s+(?=\S+\s+\S)", "", said.strip())  # `The One-Class SVM:`
        # `The "GCN": first-order …` (r114 awesome, "Who made **The "GCN"**?"): the quoted name
        alias = re.sub(r'^The\s+"([^"]{2,30})"$|^The\s+“([^“”]{2,30})”$', r"\1\2", alias)
        # `Introduces the VQ-VAE: an autoencoder …`: the name is what it introduces
        alias = re.sub(r"^(?:Introduces|Proposes|Presents)\s+(?:the\s+|a\s+)?(?=\S+$)", "", alias)
        # `They built **GSM1k**: 1,250 new …` (r115 blog, named **They built GSM1k**)
        # (but `It introduced **AnyRes**: …` (r109 blog) is a part of LLaVA-NeXT, named)
        alias = re.sub(
            r"^(?:They|We)\s+(?:built|build|released?|created?|made)\s+(?:the\s+|a\s+)?(?=\S+$)",
            "",
            alias,
        )
        # `Position paper, 2022.`: a comma makes it a citation, never a name
        if (
            len(alias.split()) <= 3
            and "," not in alias
            and (is_name(alias) or any(c.isdigit() for c in alias))
            # `**6470: required.**` (r165 syllabus, "the **6470** paper"): a course's number
            and not alias.isdigit()
            # `35k experiments; …`: a figure, never a name
            and not _FIGURE.match(alias)
            # `the 7 ideals: no spinners, multi-device, …` under *Local-first software* (r167
            # notes, "Who made **the 7 ideals**?"): what the essay lists, in lower case
            and not re.match(r"(?:the|a|an|my|our|its|their)\s", alias)
            # `1st ed. 2011; descends from …`: an edition, never a name
            and not re.match(r"\d+(?:st|nd|rd|th)\s+ed(?:ition|\.|\b)", alias)
            # `Reviewed 519 studies; only ~5% …`: what the work did, never its name
            and not re.match(r"[A-Z][a-z]+ed\s", alias)
            # `Contested; see discussion issue #41.`: a verdict, never a name
            and not re.fullmatch(r"[A-Z][a-z]{4,}ed", alias)
            # `From MaiMemo; this is …`: where it comes from, never its name
            and not re.match(r"(?:From|In|At|By|With|For|On|Via)\s", alias)
            # `… and **TD-MPC2: Scalable, …**`, `Then **Visual Foresight: …**`: the next
            # work the sentence goes on to, never this one's name (r76 blog)
            and not re.match(r"(?:[Aa]nd|[Oo]r|[Tt]hen|[Pp]lus|[Aa]lso|[Ss]ee|vs\.?)\s", alias)
            # `Modular: neural SLAM + global policy …`: an adjective that labels what follows
            and not re.fullmatch(r"[A-Z][a-z]+(?:al|ar|ive|ous|ic|ful|less|able|ible)", alias)
            # `Over ~20 years: peak FLOPS grew …`: a span of time, never a name
            and not _SPAN_OF_TIME.match(alias)
            # `preprint was 2024; read …`: a clause, never a name
            and not any(word.casefold() in VERBS for word in alias.split())
            # `bioRxiv: https://…`: where the paper is, never its name
            and alias.casefold() not in _PREPRINT_SERVERS
            # `Both: great for high-resource, …`: a word of the sentence, no name
            and alias.casefold() not in QUANTIFIERS
            # `Taxonomy-heavy: recurrent / …`: a word of the sentence, capitalised because
            # it opens it (a name's later parts are capitalised too: `Self-Refine`)
            and not _PLAIN_COMPOUND.fullmatch(alias)
            # `ImageNet: 49% certified top-1 accuracy at …` (r130 awesome, randomized smoothing
            # named **ImageNet** on five cards): the benchmark a figure was reached on
            and not (later and re.match(r"\s*(?:about\s+|~|≈)?\d", match.group("rest")))
            # `Ablations: removing the LLM …`, `Findings: …`: a plural noun labels what
            # follows (unless a link of the entry says it: `[Transformers](…)`)
            and not (
                re.fullmatch(r"[A-Z][a-z]{3,}(?:ions|ments|ings|ies|ses|ts|ls)", alias)
                and alias.casefold() not in link_words
            )
            # `Econlib: <url> (or Gutenberg: <url>)` (r168 syllabus, *The Wealth of Nations*
            # "known as" **Econlib**): the site that has the text, then another one
            and not re.match(r"\s*\(?\s*or\s+[A-Z][\w.-]*\s*:", match.group("rest"))
            # `Downside: it can "trip" …` (r175 glossary, the detent escapement named
            # **Downside**): the writer's label for a weighing of it
            and alias.casefold() not in _WEIGHING_LABELS
            # `Knocks out attention edges …. Story: early MLPs enrich …` (r177 table, *Dissecting
            # Recall …* named **Story**): a plain word labels a later sentence, no name
            and not (
                later
                and re.fullmatch(r"[A-Z][a-z]+", alias) is not None
                and alias.casefold() not in link_words
            )
        ):
            return alias, match.group("rest")
    match = _PAPER_ALIAS.match(text)
    if match and not later:  # (after a claim: `The "biology" paper … is the more fun read`)
        alias = match.group("alias").strip("*_\"'“”")
        if alias.casefold() in _KNOWN_ORGS:
            return None  # `The YouTube paper on …`: whose paper, not what it is called
        if (
            any(c.isupper() or c.isdigit() for c in alias[1:])
            or is_name(alias)
            # `The angr paper.`: a tool's lower-case name, when a link of the entry says it
            # (github.com/angr/angr), not a kind of paper or a topic (`hyperthreading`)
            or (alias.isalpha() and alias in link_words and alias not in _KINDS_OF_PAPER)
        ):
            rest = text[match.end() :].strip(" :;,.-–—()")
            return alias, rest  # `the "Chinchilla" paper: for a fixed budget …`
    return None


def _other_paper(text: str, name: str) -> str:
    """`The T5 paper.`: a sentence that only names the entry's paper, by another name than
    the entry's."""
    match = _PAPER_ALIAS.match(text)
    if match is None or text[match.end() :].strip(" .!"):
        return ""
    alias = match.group("alias").strip("*_\"'“”")
    return alias if is_name(alias) and squash(alias) != squash(name) else ""


_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6"}


def _initials_label(text: str, name: str) -> bool:
    """`TL2: global version clock, …` under *Transactional Locking II*: a label made of the
    name's initials (a Roman numeral as its digit), the short name the work goes by."""
    label = re.match(r"^(?P<label>[A-Z][A-Z0-9]{1,5})\s*:\s+\S", text)
    words = re.findall(r"[a-z0-9]+", name.casefold())
    if label is None or len(words) < 2:
        return False
    initials = "".join(_ROMAN.get(word, word[0]) for word in words)
    return initials == label.group("label").casefold()


#: a short name shaped as one (capitals inside, or a digit), then a semicolon or a comma and
#: what it is: `PerAct; voxelized …`, `DP3, point cloud input`
#: (never `UCE, from Jure Leskovec's … labs` (whose it is), `BLEU, chrF, TER with …` (a list of
#: names), `DeepSeek-AI, 2025` (a lab and its year))
_SHORT_THEN_WHAT = re.compile(
    r"(?P<alias>[A-Z][a-z]*[A-Z0-9][\w-]*|[A-Z]{2,}\d*)[;,]\s+"
    r"(?P<rest>(?!(?:from|by|at|in|with|and|or)\b)[a-z]+\b(?!,)[^;]*\S)"
)


def _abbreviates(alias: str, names: list[str]) -> bool:
    """`YOLO` for "You Only Look Once", `ResNet` for "Deep Residual Learning": a word that
    opens a sentence is the entry's short name only when a name of the entry spells it
    out (`SGD dynamics on a wide network …` under "A mean field view …" is not)."""
    letters = re.sub(r"[^a-z0-9]", "", alias.casefold())
    for name in names:
        words = re.findall(r"[a-z0-9]+", name.casefold())
        if letters in "".join(words) or letters in "".join(word[0] for word in words):
            return True
        if len(letters) >= 3 and any(word.startswith(letters[:3]) for word in words):
            return True
        # (`DP3` for "3D Diffusion Policy": its initials, the number last)
        initials = "".join(word[0] for word in words)
        if 2 <= len(letters) <= 5 and sorted(letters) == sorted(initials):
            return True
    return False


_MEANS = frozenset({"with", "using", "via", "for", "of", "in", "on", "through", "by"})


def _means_in_title(alias: str, names: list[str]) -> bool:
    """`MoE` of "… Language Modeling with Mixtures of Experts": the words it abbreviates
    follow a preposition in the title, what the work uses or studies, never its name."""
    letters = re.sub(r"[^a-z0-9]", "", alias.casefold())
    for name in names:
        words = re.findall(r"[a-z0-9]+", name.casefold())
        at = "".join(word[0] for word in words).find(letters)
        if len(letters) >= 2 and at > 0 and words[at - 1] in _MEANS:
            return True
    return False


def _outside_brackets(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of `pattern` in `text` that are not inside brackets."""
    if "(" not in text and "[" not in text:
        return list(pattern.finditer(text))
    depth = 0
    depths: list[int] = []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        depths.append(depth)
    return [m for m in pattern.finditer(text) if depths[m.start()] == 0]


def _split(text: str, pattern: re.Pattern[str]) -> list[str]:
    out: list[str] = []
    last = 0
    for match in _outside_brackets(text, pattern):
        out.append(text[last : match.start()])
        last = match.end()
    out.append(text[last:])
    return [part.strip() for part in out if part.strip()]


#: `NB `, `N.B. ` before a sentence (with a colon, it is a `_NOTE_LABEL`)
_NB_MARK = re.compile(r"^(?:NB|N\.B\.)\s+(?=[A-Z])")


#: a few words between two spaced dashes, inside a sentence that goes on after them
_DASHED_ASIDE = re.compile(
    r"(?<=\w)\s+[—–]\s+(?P<aside>[^—–;:()]+?(?:\s[^—–;:()\s]+){0,5})\s+[—–]\s+(?=[a-z])"
)
#: a finding, labelled, that grants something before its `but`
_CONCEDED_FINDING = re.compile(
    r"^(?i:(?:the\s+)?(?:key|main|headline|central|big)\s+(?:finding|result|takeaway)|"
    r"finding|takeaway)\s*:\s+[^,;:]{5,120},\s+but\s+\S"
)
_FINDING_WORDS = 32  # words: a labelled finding and its concession, kept whole up to this
#: what a work starts from, then its own step after `but`: `Builds on MVE (…), but instead
#: of a fixed horizon, interpolates across horizons …`
_BUILDS_ON_BUT = re.compile(
    r"^(?i:builds\s+on|extends|similar\s+to|same\s+(?:idea\s+|recipe\s+)?as)\s+"
    r"(?:[^,;()]|\([^()]*\)){2,160}?,\s+but\s+(?=\S)"
)


def _pieces(text: str, *, term: bool = False) -> list[tuple[int, str]]:
    """The text's sentences, long ones cut at their clause breaks: (sentence number, piece);
    `term`: the text says what a glossary's term is (its title is apart already)."""
    out: list[tuple[int, str]] = []
    for number, sentence in enumerate(sentences(text)):
        # `NB Schlafly & Finkbeiner 2011 found SFD overpredicts reddening …` (r122 glossary,
        # "Who made **Reddening & extinction**? → Schlafly, 2011"): the writer's mark
        sentence = _NB_MARK.sub("", sentence)
        # `finds human tutoring at about d = 0.79 — nowhere near 2 sigma — and step-based
        # ITSs at about d = 0.76` (r150 syllabus, "nowhere near 2 sigma" its gist): an aside
        # between two dashes, read as the bracket it is
        sentence = _DASHED_ASIDE.sub(r" (\g<aside>) ", sentence)
        symbols = _outside_brackets(sentence, _NEXT_SYMBOL) if term and number == 0 else []
        if symbols and _is_formula(sentence[: symbols[0].start()].strip(" :")):
            # `**Power-law (Norton) creep**: ε̇ = A σ^n exp(−Q/RT), n ≈ 3–8 (…), Q ≈ …`
            # (r97 glossary): the term's equation, then what its symbols are (no clue of
            # the term's, asked alone: "What is described here? → *C ≈ 20*")
            out.append((number, sentence[: symbols[0].start()]))
            continue
        whose = _WHOSE_FIRST.match(sentence) if number == 0 else None
        if whose is not None and _cited_alone(whose["head"]):
            # `Google, open-sourced 2018. "application kernel" written in Go …`, `Kelsey
            # Hightower. bootstrap a cluster by hand …` (r105 notes): who, then the claim
            out.append((number, whose["head"]))
            sentence = sentence[whose.end() :]
        breaks = _outside_brackets(sentence, _CLAUSE_BREAK)
        lead = breaks[0] if breaks else None
        if (
            term
            and number == 0
            and lead is not None
            and lead.group(0).strip() in {"—", "–", "-"}
            and len(sentence[: lead.start()].split()) <= 4
            and re.fullmatch(r"[a-z][a-z\s-]*", sentence[: lead.start()].strip(" :")) is not None
        ):  # (but `G(n, m) — uniformly random graph …`: a notation, then what it is)
            # `**HITS**: two coupled scores — good hubs point to good authorities, …`: a
            # glossary's few words, then what they are, are one claim
            joined = sentence[: lead.end()] + _split(sentence[lead.end() :], _CLAUSE_BREAK)[0]
            out.append((number, joined))
            sentence = sentence[len(joined) :].lstrip(" ;—–-")
            if not sentence.strip():
                continue
        elif (
            number == 0
            and not term
            and lead
            and (
                len(sentence[: lead.start()].split()) <= 10
                # (`dominant share = max over … (your usage / total); DRF = max-min fairness
                # on dominant shares` (r105 notes): two statements, each its own)
                or _statements_joined(sentence, lead)
            )
            and not lead.group(0).lstrip().startswith(",")
            and not _whole_byline(sentence)  # `Cliff Click — PLDI 1995`: who, where, when
            # (`patches commute; a repo is a set of patches not a DAG of snapshots` (r172
            # notes, "What is **Darcs**? → patches commute", held as vague): a note's few
            # lower-case words and the clause that goes on with them, one claim)
            and not (
                lead.group(0).strip() == ";"
                and re.match(r"[a-z]+\s", sentence) is not None
                and len(sentence[: lead.start()].split()) <= 2
                and len(sentence.split()) <= _SPLIT_OVER
            )
        ):
            # `& SWE-Lancer - after adoption by …`: the rest of a title, then its claim (but
            # `Grace hash join, but keep the first partition in memory …` is one claim)
            out.append((number, sentence[: lead.start()]))
            sentence = sentence[lead.end() :]
        second = _NEXT_STATEMENT.search(sentence)
        listed = _LISTED_AFTER_COLON.search(sentence)
        if _CONCEDED_FINDING.match(sentence) and len(sentence.split()) <= _FINDING_WORDS:
            # `Key finding: almost every model aces vanilla NIAH, but only about half of the
            # models that claim 32K+ context still perform …` (r122 blog, "What is the main
            # finding of RULER? → almost every model aces vanilla NIAH"): the finding is
            # what comes after the `but`, read with what it answers
            out.append((number, sentence))
        elif (built := _BUILDS_ON_BUT.match(sentence)) is not None:
            # `Builds on MVE (use the model only for the first H steps …), but instead of a
            # fixed horizon, interpolates across horizons weighted by the ensemble's
            # uncertainty` (r159 blog, STEVE asked as MVE): its own step first, then what it
            # starts from
            own = sentence[built.end() :]
            instead = re.match(
                r"(?i)instead\s+of\s+(?P<not>[^,;]{2,60}),\s+(?P<does>[a-z]\S*\s.*)$", own
            )
            if instead is not None:  # (what it does first: `Interpolates …, instead of …`)
                own = f"{instead['does'].rstrip(' .')}, instead of {instead['not']}"
            out.append((number, own[:1].upper() + own[1:]))
            out.append((number, sentence[: built.end()].rstrip().removesuffix("but").rstrip(" ,")))
        elif listed is not None and all(
            len(item.split()) <= 6 for item in listed["items"].split(";")
        ):
            # `… sorts them into six problem areas: fuels, detection and mapping; fire weather
            # and climate; …` (r145 blog, "fire weather and climate" its gist): a list after a
            # colon, its items kept together
            out.append((number, sentence))
        elif len(sentence.split()) > _SPLIT_OVER or (
            second and _statements_joined(sentence, second)
        ):
            out.extend((number, piece) for piece in _split(sentence, _CLAUSE_BREAK))
        else:
            out.append((number, sentence))
    return out


#: a list after a colon whose items a semicolon parts: `six problem areas: fuels, detection
#: and mapping; fire weather and climate; …`
_LISTED_AFTER_COLON = re.compile(r":\s+(?P<items>[^:;]+(?:;[^:;]+){2,})$")
#: after an equation, about what one of its symbols is: `, n ≈ 3–8`, `, C ≈ 20` (but `, dα =
#: ν α dZ` is the next equation of a system)
# (and `T60 = 0.161 V / A, with V the volume …` (r161 glossary, the Sabine equation's gist
# "Overestimates RT badly …"): what its symbols are, after `with` (but `…, where S is the
# number of segregating sites …` stays with its equation: r119's Watterson's estimator)
_NEXT_SYMBOL = re.compile(r",\s+(?=[^\s,()]{1,3}\s*[≈~]\s|with\s+[^\s,()]{1,3}\s+the\s)")


#: a note's first words, up to a stop that a lower-case word or a quotation follows
#: (never an initial's stop, `Farrell, J. and Saloner, G.`, nor `et al.`'s)
_WHOSE_FIRST = re.compile(
    r"^(?P<head>(?![^.;:()]*\b[A-Z]\.)[^.;:()]{2,60}?(?<!\bal)(?<!\b[A-Z])\.)\s+(?=[\"“a-z])"
)


def _cited_alone(head: str) -> bool:
    """`Google, open-sourced 2018.`, `Kelsey Hightower.`: who made it, and nothing else."""
    found, rest = attribution.cut(head)
    return bool(found.authors or found.lab) and not rest.strip(" .,;:—–-")


def _whole_byline(sentence: str) -> bool:
    found, rest = attribution.cut(sentence)
    return bool(found.authors and found.year) and not rest.strip(" .,;:—–-")


def _names_in(text: str, names: list[str]) -> list[str]:
    return [n for n in names if find_word(text, n) != -1]


def _is_list(text: str, names: list[str]) -> bool:
    """A sentence that is little more than a list of names: `Toolformer and HuggingGPT`,
    `MetaGPT, AutoGen, Smallville` — three names or more with fewer than three meaningful
    words besides them, or two names and nothing else."""
    found = _names_in(text, names)
    if len(found) < 2:
        return False
    rest = text
    for name in sorted(found, key=len, reverse=True):
        rest = replace_word(rest, name, " ")
    others = len(content_words(rest))
    return others < 3 if len(found) >= 3 else others == 0


# figures of what a thing *is* (`75%` of patches, `400M` pairs, `152-layer`), not speed-ups
def _is_link_text(text: str, link_names: list[str]) -> bool:
    """A link's text, or several joined by marks (`usenix.org / ePrint 2013/448`, r76
    syllabus): where to read it, no fact."""
    labels = {name.casefold() for name in link_names}
    parts = re.split(r"\s+(?:/|\||·|&)\s+|,\s+|;\s+", text.strip(" ."))
    if len(parts) == 1:
        return parts[0].casefold() in labels
    # (a site's address among them: `usenix.org` is a link whose text is its host)
    return all(
        part.casefold() in labels or is_generic_link_text(part) or _HOST.fullmatch(part)
        for part in parts
    )


_HOST = re.compile(r"(?:[\w-]+\.)+(?:org|com|net|edu|io|gov|ac\.uk)")


#: `ALOHA + ACT (Action Chunking with Transformers)`: what a thing is made of, joined by
#: `+`, in a short phrase without a verb
_COMPONENTS = re.compile(
    r"(?!.*\b(?:is|are|was|were|has|have|had)\b)(?=[^+]*\S\s\+\s\S)(?:\S+\s+){1,7}\S+"
)


#: a preposition left before the hole a citation made (`an old idea from ___ finally …`)
_BEFORE_HOLE = re.compile(r"\b(?:from|by|of|in|after|with|see)\s*$", re.IGNORECASE)


#: what a study found: `Wyrtki showed …`, `Stommel's two-box model showed …`
_FOUND = r"(?:showed|shows|found|finds|demonstrated|explained|measured|observed|reported)"
#: (`Sabine et al. 2004 (Science) estimated the ocean had absorbed 118 ± 19 PgC …` (r96
#: glossary, "Who made **Ocean carbon sink**?"): what they estimated, with their citation)
_ESTIMATED = r"(?:estimated|quantified|computed)"


def _credits_a_finding(parts: list[tuple[str, str]], name: str, out: Claims) -> bool:
    """The term's citation is for what its people found about it (`Wyrtki showed …`,
    `Stommel's two-box model showed …`), not for the term — unless the cited title opens
    with the term (`Stommel showed … (Stommel 1948, "The westward intensification of …")`
    under **Westward intensification**: they found the term's thing)."""
    text = " ".join(raw for _, raw in parts)
    surname = attribution.first_surname(out.attribution.authors)
    if _named_after(out.attribution.authors, name):
        return False  # `Taylor showed this simple rule …` under **Taylor rule**: his own
    cited = (
        rf"\b{re.escape(surname)}(?:['’]s(?:\s+[\w-]+){{1,3}})?\s+{_FOUND}\b"
        rf"|\b{re.escape(surname)}(?:\s+et\s+al\.?)?(?:,?\s+\(?(?:19|20)\d\d\)?)?"
        rf"(?:\s+\([^()]{{1,40}}\))?\s+{_ESTIMATED}\b"
    )
    if not surname or not re.search(cited, text):
        return False
    opening = re.escape(re.sub(r"\s*\([^()]*\)\s*$", "", name).strip())
    return not re.search(rf"[\"“](?:the\s+|a\s+|an\s+)?{opening}", text, re.IGNORECASE)


#: what a cited work did with a term, not the term itself: standardized it, used it,
#: built on it (`the motivation behind GLUE`)
_USED = re.compile(
    r"\b(?:standardi[sz]ed|(?:has|have)\s+been\s+used|the\s+motivation\s+behind)\b",
    re.IGNORECASE,
)
#: what a cited study did to a term's thing: saw or measured it, never made it
_OBSERVED = re.compile(
    # (`measured under forced desynchrony as averaging about 24.18 h (Czeisler et al. 1999)`
    # (r90 glossary, "Who made **Free-running period (τ)**?"))
    r"\b(?:observed|measured|documented|detected|quantified)\s+(?:directly|first|in\s+situ|"
    r"when|with|by|using|from|in|at|for|under|as|during)\b",
    re.IGNORECASE,
)
_MADE_WORDS = re.compile(r"\b(?:coined|introduced|proposed|defined|named|first)\b", re.I)


def _credits_a_use(parts: list[tuple[str, str]], out: Claims) -> bool:
    """The term's citation is for a work that standardized or used it (`…, standardized via
    FAO-56 Penman–Monteith (Allen et al. 1998)`, `Fountain height has been used to work back
    to … (Head & Wilson 1987)`, `the motivation behind GLUE (Beven & Binley 1992)`; r86 and
    r87 glossaries, graded useless and weak as "Who made …?")."""
    surname = attribution.first_surname(out.attribution.authors)
    if not surname:
        return False
    for _, raw in parts:
        for sentence in sentences(raw):
            if surname not in sentence:
                continue
            if _USED.search(sentence) and not _MADE_WORDS.search(sentence):
                return True
            if _OBSERVED.search(sentence) and not _INTRODUCED_BY.search(sentence):
                # `observed directly when a supraglacial lake drained … (Das et al. 2008)`
                # (r88 glossary, graded weak as "Who made **Hydrofracture**?"): who saw it
                return True
    return False


def _without_holed_clause(said: str, rest: str) -> str:
    """`…, an old idea from Schlag et al. 2021 finally made trainable at scale` (r80 blog)
    with its citation cut out reads `an old idea from finally made …`: the clause that
    held the citation goes with it (up to the comma or dash before it)."""
    if rest == said:
        return rest
    same = 0
    for ours, theirs in zip(said, rest, strict=False):
        if ours != theirs:
            break
        same += 1
    head, tail = rest[:same], rest[same:].lstrip()
    venue = re.match(r"\((?:[A-Z][\w.&’'-]*\s*){1,6}\)\s*(?=,)", tail)
    if venue is not None and re.search(r"\b(?:from|by)\s*$", head):
        # `… by Davis & Coney 1979 (*Geology*), with …` (r129 glossary, "by ({{c1::Geology}})"):
        # the journal left behind the people: who recognized them is what it says
        return said
    taken = said[same : len(said) - len(tail)].strip() if tail else said[same:].strip()
    if (
        re.search(r"\b(?:from|by)\s*$", head)  # (not `see …`: a pointer to a reading)
        and tail.startswith(",")
        and len(head.split()) <= 6
        and re.match(r"[A-Z][a-zà-ÿ'’-]+\b", taken)  # (a person's: not `from ICLR 2024`)
    ):
        # `The idea is from Keynes (1936), revived …` (r92 glossary, "The idea is from),
        # revived …"): the citation is what the sentence says; it stays
        return said
    if not _BEFORE_HOLE.search(head) or not tail[:1].islower():
        return rest
    cut = max(head.rfind(", "), head.rfind(" — "), head.rfind(" – "))
    if cut <= 0 or len(head[:cut].split()) < 4:
        return rest
    # (the sentence goes on after the clause: `…; …` or `. …`)
    after = re.search(r"[.;]\s", tail)
    return head[:cut] + (tail[after.start() :] if after else "")


#: what may stand before a bullet's first word: marks, brackets, quotes
_NOT_WORD = " \t*_([{\"'“‘-–—•·>"
_BRACKET_FIRST = re.compile(r"\s*\((?P<inner>[^()]*)\)")


def _another_cited_work(raw: str, stressed: list[str], own: list[str]) -> bool:
    """A bullet that opens with another bold name and its own citation."""
    mine = {n.casefold() for n in own if n}
    for phrase in stressed:
        if phrase.casefold() in mine or any(phrase.casefold() in n for n in mine):
            continue
        lead = raw.lstrip(_NOT_WORD)
        if not lead.startswith(phrase):
            continue
        opening = _BRACKET_FIRST.match(lead, len(phrase))
        if opening is not None and re.search(r"\b(?:19|20)\d\d\b", opening["inner"]):
            # (people's citation, not `**tcache** (per-thread cache, glibc 2.26, 2017)`)
            return bool(attribution.cut(f"({opening['inner']})")[0].authors)
    return False


def read_claims(
    parts: list[tuple[str, str]],
    *,
    name: str,
    own_names: list[str],
    stressed: list[str],
    link_names: list[str],
    link_words: frozenset[str] = frozenset(),
    long_name: bool = False,
    glossary: bool = False,
    term: bool = False,
    others: tuple[str, ...] = (),
    head_byline: bool = False,
    italics: frozenset[str] = frozenset(),
    link_texts: tuple[str, ...] = (),
    venue_texts: tuple[str, ...] = (),
) -> Claims:
    """The claims of an entry from its texts, each `(source, text)` with the title already
    taken off the head: `("text", …)` for its paragraphs, `("nested", …)` per bullet.

    `stressed` are its bold phrases, `link_names` the texts of its links that name
    things, `link_words` the words of its links' addresses and texts; `own_names` the
    names of what the entry is about. With `long_name` (the entry is named by a paper's
    whole title), a first claim `ResNet: …` or `the word2vec paper` gives the entry its
    short name (`alias`). `term`: the head is a glossary's `**Term**: …` (`glossary` is
    that, or a table row's description); `head_byline`: the entry's head named its authors;
    `italics`: the head's words in italics (not bold); `venue_texts`: the texts of its
    links that say where a cited paper appeared (`([New Phytol](doi))`).
    """
    out = Claims()
    first_cited: set[str] = set()  # the author sets the first sentence cites
    reading_cited = False  # a citation given as a reading (`_READING_POINTER`) was dropped
    example_cited = False  # a citation given with an example of the term was dropped
    formula = ""  # a leading equation the next sentences may define in words
    found_in: set[tuple[int, int, str, int | None]] = set()  # each citation's finding, once
    last_piece = ""  # the piece before, within the entry
    other_titles = [title.casefold() for title in others if len(title.split()) >= 2]
    labelled_bullets = sum(
        source == "nested" and _PART_LABEL.match(raw) is not None for source, raw in parts
    )
    # `"Revisiting the 'Gadgil effect'" ([New Phytol](doi)) finds it real` (r157 glossary,
    # a cloze on "New Phytol"): a bracket that holds only where a paper appeared
    # (but `([Annu Rev Plant Biol](doi))` stays: a review's, which `_term_citation` reads)
    venues = [text for text in venue_texts if not _REVIEW_JOURNAL.search(text)]
    venue_only = (
        re.compile(r"\s*\(\s*(?:" + "|".join(map(re.escape, venues)) + r")\s*\)")
        if venues
        else None
    )
    for index, (source, raw) in enumerate(parts):
        raw = without_journal_citation(raw)
        if venue_only is not None:
            raw = venue_only.sub("", raw)
        if source == "nested" and _another_cited_work(raw, stressed, [name, *own_names]):
            # `- **τ²-bench** ([Barres et al., 2025](…)) is the follow-up. It adds …` under
            # **τ-bench** (r106 blog: its findings asked of τ-bench): another work's bullet
            continue
        said = raw.strip()
        if source == "nested" and said.endswith(":") and not re.search(r"[:.;!?]\s", said):
            # `- the Solomon Hykes tweet that got passed around with it:` over a quote (r161
            # notes, WASI's gist): a bullet that introduces what follows it
            continue
        # (a bullet after notes on the work's form or making alone still says what it is:
        # `- ISMM 2018 keynote, published as a Go blog post` then `- Go GC = concurrent …`,
        # r122 notes)
        leading = (index == 0 and source == "text") or (
            source == "nested" and all(_note_on_work(c.text) for c in out.claims)
        )
        pointed = False  # after `See also X`: the rest of the paragraph is about X
        # a citation counts in the first sentence of a leading part, and in the first bullet
        # (under a glossary's term, a bullet's citation is a remark's, never who made the
        # term: `**Power law**: …` over `- Whether real networks are scale-free is contested:
        # Broido & Clauset 2019`)
        cites = leading or (
            source == "nested"
            and index == _first_nested(parts)
            and not glossary
            and not _ANOTHERS_LABEL.match(raw)  # (`- Against: Keller & Vosshall 2004, …`)
        )
        cited_bullet = by_reference = remarked = False
        bylined = False  # the part opened with the entry's byline alone
        after_title = False  # the piece before ended with a quoted title
        listed = attribution.author_list(raw) if cites else None
        whole_sentences: list[str] = []  # the part's sentences, once a finding asks
        if listed is not None:  # `Jung, Ralf; Jourdan, Jacques-Henri; …`: one byline
            found_list, raw = listed
            out.attribution = out.attribution.merged(found_list)
        for number, piece in _pieces(raw, term=term and index == 0):
            piece_before, last_piece = last_piece, piece
            cites = cites and number == 0
            piece = _CLOSING_QUOTE.sub("", piece)  # `"Title," Authors. …`
            # `Genome Biology 2016, Phillippy lab. code: https://…` (r116 notes, asked as Mash's
            # gist with its link's label): the label at the end, its link gone
            piece = _TRAILING_LINK_LABEL.sub("", piece)
            if _labels_a_link(piece, link_texts):
                # `Code + scan data: https://github.com/…`, `Eval details: [cocodataset.org
                # keypoints eval](…)` (r115 syllabus and awesome, asked as a gist and a
                # cloze): a label over a link, nothing to learn
                continue
            # `[JMLR](…) — AdaGrad.`, `[doi](…) — introduces Hedge`: a link's label, then
            # what the reading is (the label says where it is, not what)
            label = _LABEL_DASH.match(piece)
            # (but `Csmith — random C programs …`: a name, the reading's)
            if label is not None and (
                is_generic_link_text(label.group("label")) or label.group("label") in VENUE_NAMES
            ):
                piece = piece[label.end() :]
            # `(see Jordan et al. 1999, "An introduction to variational methods …")`: a
            # reading about it, not its makers
            piece = _SEE_BRACKET.sub(" ", piece)
            # (a bracket right after another paper's title cites that paper: `[Wasserstein
            # GAN](…) (Arjovsky, Chintala & Bottou) → [Improved Training of …](…)
            # (Gulrajani et al., NeurIPS 2017)`)
            piece = _without_others_citations(piece, others)
            piece = _before_another(piece, others)
            if source == "nested" and cites:
                # `Yang You et al., 2017 / 2019`, `Stich, ICLR 2019 / Douillard et al., 2023`:
                # one citation per paper of a two-paper entry; the first is the first's
                piece = _first_of_two_citations(piece)
            if index == 0 and number >= 1 and len(first_cited) >= 2:
                # `Conneau & Lample, [XLM](…) (…), and Liu et al., [mBART](…) (…). Pretrain a
                # seq2seq denoiser on …`: after a sentence citing two papers, no sentence
                # says what the first is
                leading = False
            if source == "nested" and number == 0:
                # `- COIL: Gao, Dai, Callan, NAACL 2021 — contextualized exact-match …`,
                # `- REALM (Guu et al., Google, 2020): retriever pretrained …`: the bullet
                # says whose it is first, by the entry's own name
                piece = _own_label(piece, [name, *own_names])
            cut_from = _others_cited_dropped(piece, [name, *own_names]) if term else piece
            found, rest = attribution.cut(cut_from, prose_lab=leading)
            cut_found = found  # (before any rule below says whose it is not)
            if term and _EDITION.search(piece):
                found = Attribution()  # `(3rd ed. 1996)`: a textbook's edition, a reading
            at = raw.find(piece)
            gap_after = bool(_TITLE_GAP.search(piece)) or (
                at >= 0 and re.match(r"\s{3,}\S", raw[at + len(piece) :]) is not None
            )
            if leading and index == 0 and number == 0 and not found.authors:
                # `[Physics-Informed Neural Operator …](…) (Li, Zheng, Kovachki, … &
                # Anandkumar)` (r84 table): the surnames in the bracket after the title
                found = found.merged(Attribution(authors=attribution.surnames_bracket(piece)))
            alone = attribution.surname_alone(piece)
            if alone and leading and number == 0 and gap_after and not found.authors:
                # `Fagan. "Design and code inspections …" *IBM Systems Journal* …` (r84
                # syllabus): one surname, then the quoted title that was taken out
                found, rest = replace(found, authors=alone), ""
            placed = (
                attribution.place_after_title(piece, italics) if after_title and bylined else None
            )
            if placed is not None:
                # `Seth Gilbert and Nancy Lynch. "Brewer's Conjecture …." ACM SIGACT News,
                # 2002.`: where and when, after the quoted title (never `News` as an author)
                found, rest = placed
            # (`Śliwerski, Zimmermann, Zeller. "When Do Changes Induce Fixes?" *MSR 2005*.`
            # (r84 syllabus): a title that ends with its own mark leaves only the gap)
            after_title = gap_after
            if (
                glossary
                and found.authors
                and not _named_after(found.authors, name)
                and (
                    _given_as_reading(piece, found.authors)
                    or _their_other_work(piece.split("(", 1)[0], found.authors)
                    # (or in the sentences before a closing citation: `… Schoof's boundary-layer
                    # analysis: … (Schoof 2007)`, r151 glossary)
                    or (
                        piece.lstrip().startswith("(")
                        and _their_other_work(raw[: max(0, raw.find(piece))], found.authors)
                    )
                )
            ):
                # `**Bayes factor**: … — read the warnings before using it (Kass & Raftery
                # 1995, *JASA*)`, `(Rasmussen & Williams 2006, *Gaussian Processes for …*, MIT
                # Press)`: a reading about the term, or a textbook's, not who made it
                found = Attribution()
                # (`Review: Muandet et al. 2017`: the closing citation before it still counts)
                reading_cited = reading_cited or not _READING_LABEL.match(piece.strip())
            if index == 0 and number == 0:
                first_cited.update(attribution.people_in(piece))
            arrow = _ARROW.search(piece)
            if arrow is not None and found.authors:
                # `Neural ODEs, Chen, … → FFJORD uses … (Grathwohl et al., ICLR 2019)`: a
                # citation after the arrow is the next thing's
                found = attribution.cut(piece[: arrow.start()], prose_lab=leading)[0]
            # (`(Routh 1877; Hurwitz 1895)`: the history of a result, no claim of it)
            text = tidy(_CITATION_RUN.sub("", _without_holed_clause(cut_from, rest)))
            # (the text after the entry's byline, in the same sentence or the next)
            described_here = leading and source == "text" and (bylined or bool(found.authors))
            # (`**Pearce, Tan, Karri — "DAVE: …"**, MLCAD 2020 (NYU). Fine-tuned GPT-2 …`:
            # where and when, after a byline the head gave)
            bylined = bylined or (
                leading
                and bool(found.authors or found.lab or (found.venue and head_byline))
                and not text
            )
            if (
                source == "nested"
                and number == 0
                and long_name
                and not out.alias
                and not text
                and found.year
                and found.authors in stressed
                and _stressed_alias(found.authors, stressed) == found.authors
            ):
                # `- SOSP 2013, **Silo**`: where and when, then the name the work goes by
                # (read as its byline)
                out.alias = name = found.authors
                own_names = [*own_names, out.alias]
                found = replace(found, authors="")
            if source == "nested" and number == 0 and found.year and _WHERE_LEFT.fullmatch(text):
                text = ""  # `- ISCA 1998, DEC`: where and when, then the lab's short name
            if _DOCUMENT_NOTE.match(text):
                text = ""  # `— [blog post, June 2023](…)`: what kind of document, and when
            if _SEE_WORK.search(text):
                text = ""  # the work it points to has its own entry, or none
                found = Attribution()
            possessive = _POSSESSIVE_REST.match(text)
            if found.authors and possessive is not None:
                # `Godard et al.'s Monodepth (CVPR 2017) and Monodepth2, plus Zhou et al.'s
                # SfMLearner`: the people's own works, named; their citation is the entry's
                # only when the work is the entry itself
                work = possessive.group("rest").casefold()
                if not any(n and work.startswith(n.casefold()) for n in [name, *own_names]):
                    found = Attribution()
                text = ""
            if source == "nested" and number == 0:
                # `- Brian Oki & Barbara Liskov, PODC 1988 — basically contemporaneous with
                # Paxos`: a bullet that cites, then remarks on the citation
                # (but `See also: [Tuned Lens](…) (Belrose et al. 2023)` cites what it points
                # to, and `- Ponte & Croft, SIGIR 1998 — rank docs by P(query | document
                # LM)` says what the work does after its citation)
                described = _described_after_citation(text)
                aside = bool(found.authors) and not (
                    starts_with_verb(text)
                    or INTRODUCES.match(text)
                    or SEE_ALSO.match(text)
                    or described
                )
                if _SAME_PEOPLE.match(text):  # the whole bullet cites, by reference
                    cited_bullet = by_reference = True
                named = (
                    _stressed_alias(text, stressed)
                    if cited_bullet and long_name and not out.alias
                    else None
                )
                if named is not None:  # `… USENIX ATC 2014 — **Raft**, Best Paper Award`
                    out.alias = name = named
                    own_names = [*own_names, out.alias]
                if (cited_bullet and (by_reference or remarked or not described)) or aside:
                    # `— Best Paper award`, `— basically contemporaneous with …`, and what
                    # follows a remark on the citation (`— the canonical write-up; BM25
                    # itself goes back to …`)
                    remarked = remarked or (cited_bullet and bool(text))
                    text = ""
                elif described:  # `small-world graphs; TPAMI 2018/2020`: no `; /2020` left
                    text = re.sub(r"\s*;[^A-Za-z]*$", "", text)
                cited_bullet = cited_bullet or (bool(found) and not text)
            # (`and [Reducing Activation Recomputation …](…) — …`, `paired with …`,
            # `follow-up: …`: a bullet on the next paper)
            opening = _ANOTHER_PAPER.sub("", text) if source == "nested" else text
            # `and **Reducing Activation Recomputation in …** (…) — …`: another title
            named_next = opening != text and bool(_TITLE_OPENING.match(opening))
            opening = opening.casefold()
            # `Its production descendant is [LLM Critics …](…) — CriticGPT — …`, `Its sequel,
            # [Training a Helpful …](…), released …`: from here on, the next paper's
            named_next = named_next or (source == "text" and bool(_NEXT_WORK.match(text)))
            if named_next or any(opening.startswith(other) for other in other_titles):
                # `[Deep & Cross Network for …](…) adds a cross network …` in DeepFM's entry,
                # `[SmoothQuant: …](…) targets W8A8: …` in AWQ's: from here on the paragraph
                # is about another paper the entry names (its claims, name and citation)
                pointed = True
                continue
            aliased_here = False
            # `→ DiLoCo: …`, `+ ZeRO-Infinity: …`: the next paper of the entry, no alias
            successor = bool(_SUCCESSOR.match(text))
            # `⚠ the older editions predate tensor cores`: a caveat, never what it is
            warned = re.match(r"[\s*_]*(?:⚠|❗|‼|🚨|❌)", raw) is not None
            text = LEADING_SYMBOLS.sub("", text)  # `🔥 The **vLLM** paper.`: the list's marker
            if (
                (long_name or _initials_label(text, name))
                and not out.alias
                and text
                and not successor
                and not pointed  # (a name after the next paper's title is the next paper's)
                and not SEE_ALSO.match(text)  # `Precursors: Song et al. 2013 …`: other papers
                # (`- Query: reverse the IPv4 octets …` under *RFC 5782 — DNS Blacklists …*
                # (r90 notes, "Who made **Query**?"): a numbered document goes by its number)
                and not numbered_document(name)
                # (not `DiLoCo: inner AdamW, …`, a later bullet on the entry's second paper)
                and not (source == "nested" and out.claims)
            ):
                aliased = _alias(text, own_names, link_names, link_words, later=bool(out.claims))
                if aliased is not None and re.match(r"(?:Not|No)\s", aliased[0]):
                    aliased = None  # `Not on arXiv; the model is in …` (r64 awesome): a remark
                if aliased is not None and _KIND_OF_ADJECTIVE.search(aliased[0]):
                    # `LLM-specific; nice taxonomy of …` (r169 awesome, "What is
                    # **LLM-specific**?"): a word on its scope, never its name
                    aliased = None
                if aliased is not None and attribution.is_publisher(
                    re.sub(r"[\s,]+(?:1[89]|20)\d\d[a-z]?$", "", aliased[0])
                ):
                    # `K. J. Arrow, *Social Choice and Individual Values*. Wiley 1951; 2nd ed.
                    # …` (r137 syllabus, "What is this paper known as? → Wiley 1951"): its
                    # publisher and year, never its name
                    aliased = None
                if aliased is not None and re.fullmatch(r"(?:1[89]|20)\d\d[a-z]?", aliased[0]):
                    # `Peter Shirley, *Ray Tracing in One Weekend* (2016; now maintained with
                    # …)` (r101 syllabus, "What is **2016**?"): a year, never a name
                    aliased = None
                byline = found.authors or out.attribution.authors
                if (
                    aliased is not None
                    and byline
                    and aliased[0].split()[-1] == attribution.first_surname(byline)
                    and len(aliased[0].split()) <= 3
                ):
                    # `Craig Reynolds, "Flocks, Herds, and Schools: …," SIGGRAPH 1987:` (r101
                    # syllabus, "When was **Craig Reynolds** introduced?"): its author; the
                    # name, if any, comes after (`Craig Reynolds: Boids: each bird …`)
                    text = aliased[1]
                    aliased = _alias(
                        text, own_names, link_names, link_words, later=bool(out.claims)
                    )
                if aliased is not None and number >= 1 and bylined and aliased[0] in italics:
                    # `- [Computational bioacoustics …](…) - Dan Stowell (…, 2022). *PeerJ*.`
                    # (r82 awesome): a journal in italics after the byline, never the name
                    aliased = None
                if (
                    aliased is not None
                    and source == "nested"
                    and re.match(r"\W*" + re.escape(aliased[0]) + r"\s*;", raw)
                    and not _abbreviates(aliased[0], own_names)
                ):
                    # `- PDP-11; system rewritten in C` under *The UNIX Time-Sharing System*:
                    # what a note lists first, not the work's name
                    aliased = None
                if aliased is not None and source == "nested" and _NEXT_PART.search(raw):
                    aliased = None  # `- level 1: …; level 2: …`: the work's parts, labelled
                if (
                    aliased is not None
                    and source == "nested"
                    and labelled_bullets >= 2
                    and not _abbreviates(aliased[0], own_names)  # (`SLP: …` stays the name)
                ):
                    # `- **Ballooning**: …`, `- **Idle memory tax**: …` under *Memory Resource
                    # Management in VMware ESX Server*: its parts, each labelled, none its name
                    aliased = None
                if aliased is not None and source == "nested" and _aspect_of(aliased[0], name):
                    # `- OLD GIL (≤3.1): running thread releases …` under *Inside the Python
                    # GIL* (r115 notes, read as its name): a word of the title, qualified — a
                    # part of what the work is about, never its name
                    aliased = None
                if (
                    aliased is not None
                    and not aliased[1]
                    and not found.authors
                    and not out.attribution.authors
                    and re.search(
                        rf"(?:^|[—–-]\s)\W*{re.escape(aliased[0])}\.\s+(?:[A-Z][\w&.]*\s+){{1,4}}"
                        r"(?:19|20)\d\d\b",
                        raw,
                    )
                ):
                    # `**End-to-End Differentiable Learning of Protein Structure** — AlQuraishi.
                    # Cell Systems 2019.` (r164 table, "What is **AlQuraishi**?"): one author by
                    # their surname, then where and when
                    out.attribution = out.attribution.merged(Attribution(authors=aliased[0]))
                    aliased = None
                if aliased is not None and aliased[0] in LAB_NAMES:
                    # `… Nuclear Fusion 64 056025. UKAEA. FNOs trained on …` (r151 blog, "Who
                    # made **UKAEA**?"): whose lab it is
                    aliased = None
                if aliased is not None:
                    out.alias, text = aliased
                    name = out.alias
                    own_names = [*own_names, out.alias]
                    aliased_here = True
            elif (
                not long_name
                and name
                and not out.alias
                and not out.claims
                and (short := _SHORT_THEN_WHAT.match(text)) is not None
                and short["alias"] != name
                and short["alias"] not in COMMON_ACRONYMS
                and short["alias"] not in LAB_NAMES
                and not brand_lab(short["alias"])
                and _abbreviates(short["alias"], own_names)
            ):
                # `PerAct; voxelized 3D keyframe actions` under *Perceiver-Actor*, `DP3, point
                # cloud input` under *3D Diffusion Policy* (r165 awesome, each reverse card's
                # clue naming it): the short name it goes by, then what it is
                out.alias, text = short["alias"], short["rest"]
                name = out.alias
                own_names = [*own_names, out.alias]
                aliased_here = True
            elif not long_name and name and not out.paper_alias:
                other = _other_paper(text, name)  # `The T5 paper.` in the row of C4
                if other:
                    out.paper_alias = other
                    continue
            pointer = bool(text) and bool(SEE_ALSO.match(text) or INSTEAD.search(text))
            # (a bullet that cites other people cites another paper: `- Builds on [Optimal
            # Brain Compression](…) - Frantar & Alistarh (NeurIPS 2022)` under GPTQ)
            others_cited = (
                bool(found.authors)
                and bool(out.attribution.authors)
                and found.authors != out.attribution.authors
                and (
                    source == "nested"
                    # `Hsu et al., [HuBERT](…) — masked prediction … Chen et al., [WavLM](…)
                    # adds denoising …`: a later sentence that opens by citing other people
                    # is about their paper, as is the rest of the paragraph
                    or (not cites and _opens_with(piece, found.authors))
                )
            )
            if others_cited and source == "text":
                pointed = True
                continue
            if found.authors and (
                _comes_from(piece, found.authors, name)
                or _cites_another_work(piece, found.authors, name)
                # `(Svensson 2020, Nature Biotechnology, argues it is not)`: their view of it
                or _ARGUED.search(piece)
            ):
                found = Attribution()  # `LinUCB comes from Li et al. 2010` under a bandit
            # (a later sentence citing other people than the entry's fills none of its gaps:
            # `W. Xiong et al., "…", 2016 — read alongside … (Godfrey, …, ICASSP 1992)`)
            known = out.attribution.authors
            elsewhere = (bool(known) and found.authors not in ("", known)) or _cites_another(
                piece, found.authors, [name, *own_names]
            )
            if (
                term
                and found.authors
                and not known
                and out.attribution.year not in (None, found.year)
            ):
                # (`Kaufman & Bernstein, *Computer Calculation …* (1970); Thermo-Calc paper is
                # Sundman, Jansson & Andersson 1985` (r97 glossary): another year's people
                # never fill who made it, as "Sundman et al., 1970")
                found = Attribution()
            # (a citation in or right after an example of the term: see `_example_cited`)
            example = glossary and _example_cited(piece, piece_before, text)
            subject = _NAME_THEN_CITATION.match(piece)
            if not pointer and not pointed and not others_cited and (leading or cites):
                if not elsewhere and not (glossary and _cites_a_list_item(piece, found.authors)):
                    out.attribution = out.attribution.merged(found)
            elif (
                found.authors
                and not known
                and not pointed
                and subject is not None
                and squash(subject.group("name")) == squash(name)
            ):
                # `… got there early. **SayCan** ([Ahn et al., 2022](…)) grounds …`: the
                # entry's own name and its citation, after a remark
                out.attribution = out.attribution.merged(found)
            # (`**Power law**: …` over `- Whether real networks are scale-free is contested:
            # Broido & Clauset 2019`: under a term, a bullet's citation is a remark's)
            elif (
                glossary
                and not pointed
                and not out.attribution.authors
                and source != "nested"
                and not example
                # (`In *Candida albicans* the switch is needed for virulence; Lo et al. 1997`
                # under **Dimorphism** (r157 glossary, "Who made **Dimorphism**? → Lo et
                # al."): a later sentence's citation after its semicolon cites its clause)
                and not (number >= 1 and at > 0 and raw[:at].rstrip().endswith(";"))
                # (`The founding case is patient H.M. …, who … couldn't form new declarative
                # memories … (Scoville & Milner 1957, …)` under **Declarative vs.
                # nondeclarative memory** (r167 glossary, "Who made it? → Scoville and
                # Milner"): a later sentence's study, what it found — never who made the term)
                and not (
                    number >= 1
                    and term
                    and _CASE_STUDY.match(piece.strip())
                    and _finding(
                        _sentence_of(whole_sentences, raw, number, piece), found, first=False
                    )
                    is not None
                )
            ):
                # `**Mixed precision training**: … Micikevicius et al., ICLR 2018, <url>`: a
                # sentence that is nothing but a citation, or `Coined by Wulf & McKee, …`
                out.attribution = out.attribution.merged(
                    _term_citation(text, found, cut_from, name)
                )
            example_cited = example_cited or (example and bool(found.authors))
            if pointed and not pointer:
                continue
            pointed = pointed or (pointer and bool(SEE_ALSO.match(text)))
            # (`…, but the core idea is good: a bi-temporal knowledge graph …` (r89 blog):
            # after the writer's caveat, what it is)
            core_idea = _CORE_IDEA.match(text) is not None and not any(
                claim.kind in {"defines", "does", "introduces"} for claim in out.claims
            )
            cited_here = (index, number, cut_found.authors, cut_found.year)
            if _WHERE_FROM.fullmatch(text.rstrip(". ")) and _OTHERS_WORK.search(piece_before):
                # `Worth knowing: Ferenc Huszár's PNAS reply (2018) points out … This is where
                # "online EWC" comes from.` (r101 blog, "Which paper introduced online EWC?
                # → Kirkpatrick et al."): where the other work's idea comes from
                continue
            if term and source == "text" and name and cited_here not in found_in:
                # (the whole sentence, not the clause a long one was cut to)
                whole = _sentence_of(whole_sentences, raw, number, piece)
                finding = _finding(whole, cut_found, first=index == 0 and number == 0)
                if (
                    finding is not None
                    and finding.did
                    and attribution.first_surname(cut_found.authors).casefold() in name.casefold()
                ):
                    # `*Nash equilibrium*: who proved one always exists …?` (r112 glossary):
                    # the name says who; when stays the card
                    finding = None
                if finding is not None:
                    out.findings.append(finding)
                    found_in.add(cited_here)
            claim = _claim(
                text,
                source,
                leading or aliased_here or core_idea,
                name,
                own_names,
                stressed,
                link_names,
                out,
                glossary=glossary and leading,
                aliased=aliased_here,
                # (`VR teleop + BC on a PR2.` names what it puts together: the next sentence
                # says what it is)
                described=described_here and not _COMPONENTS.fullmatch(text),
            )
            if claim is not None and warned and claim.kind in {"defines", "does"}:
                claim = replace(claim, kind="says")
            if (
                claim is None
                and source == "nested"
                and not out.claims
                and not out.attribution.year
                and _where_and_when_note(text)
            ):
                # `- 135th AES Convention, New York, 2013.`, `- IETF, Sept 2012.` (r143 notes),
                # `- CMCS 2008, ENTCS 203(5)`, `- Springer GTM 5; first ed 1971, second ed 1998`
                # (r144 notes; "Who made **RFC 6716**? → Valin et al."): a note's first
                # bullet says when the work appeared
                out.attribution = out.attribution.merged(
                    Attribution(year=attribution.year_in(text))
                )
            if claim is not None:
                out.claims.append(claim)
                # `VR teleop + BC on a PR2.` then `Showed that …`: a first sentence that only
                # names what the thing puts together leaves the next to say what it is
                leading = leading and (
                    _COMPONENTS.fullmatch(claim.text) is not None or _note_on_work(claim.text)
                )  # (`Oracle docs, JDK 21 version`: nor does a note on its form)
            elif (
                text
                and not BYLINE_LEFT.search(text)  # `Aidan Clark, Diego de las Casas, et al.`
                and not VENUE_NOTE.match(text)
                and not _FRAGMENT_START.match(text)
                and len(text.split()) >= 3
                and not is_title_case(text)  # a title or a journal: the next may define
                # (`**Little's law**: L = λW — the time-average number …`: a formula, then
                # what it says)
                and not _is_formula(text.strip(" .;:"))
                and not _QUESTION.fullmatch(text.strip())  # (a question: the next answers)
                and not _PREAMBLE.match(text.strip())  # (`There are two ideas here.`)
                # (`Hot Chips 34, later in IEEE Micro 2023.`: where it appeared; the next
                # sentence may say what it is)
                and not _publication_note(text)
                # (`Boris Kozinsky's group at Harvard.` (r150 blog, NequIP's gist lost), `From
                # Orbital Materials, a startup.`: whose work it is; the next says what it is)
                and not _names_only(text)
                # (`"Ab initio random structure searching."` under **AIRSS** (r150 blog): what
                # the name stands for; the next sentence says what it is)
                and not (
                    is_acronym(name)
                    and len(text.split()) <= len(name) + 1
                    and spelled_by(name, text.strip(' ."“”'))
                )
            ):
                leading = False  # an opinion or a pointer: what follows is no definition
            elif leading and not formula and "=" in text and _is_formula(text.strip(" .;:")):
                formula = text.strip(" .;:")  # what the term is written as, kept for later
                # (without its citation: `F = C − P + 2 (Gibbs 1876–78, "On the …")`)
                formula = _CITED_AT_END.sub("", formula) or formula
    defining = next((c for c in out.claims if c.kind in {"defines", "does"}), None)
    said_with = (
        formula
        and defining is not None
        and any(
            re.search(rf"{re.escape(formula)}\s*[—–:-]\s*{re.escape(defining.text[:30])}", raw)
            for _, raw in parts
        )
    )
    if (
        formula
        and term
        and defining is not None
        and not said_with
        # (`The integral equation for equilibrium radiance that …` (r63 glossary) says in
        # words what the equation is)
        and not re.match(
            r"(?i)(?:this\s+is\s+|it\s+is\s+|it['’]s\s+)?(?:a|an|the)\s", defining.text
        )
    ):
        # `**Gibbs phase rule**: F = C − P + 2 (Gibbs 1876–78, …). Metallurgists usually fix
        # pressure, so …` (r97 glossary, asked "What is it? → Metallurgists usually fix
        # pressure"): the term's equation is what it is; a later sentence says more (but
        # `L = λW — the time-average number …` says in words what its equation does, and
        # so does a later sentence that names what the equation is)
        out.claims[out.claims.index(defining)] = replace(defining, kind="says")
        defining = None
    if formula and defining is None:
        # `**Logistic growth**: *dN/dt = rN(1 − N/K)*. Verhulst 1838 proposed it …` (r76
        # glossary): the equation is all the definition there is
        out.claims.insert(0, Claim(text=formula, kind="defines", sentence=formula))
    if (
        not out.attribution.authors
        and parts
        and not (glossary and (reading_cited or example_cited))
    ):
        # (under a glossary's term, not a citation of another work the text names:
        # `Evaluated with Smatch (Cai & Knight 2013) ([Banarescu et al. 2013](…))`)
        closing = _others_cited_dropped(parts[0][1], [name, *own_names]) if term else parts[0][1]
        out.attribution = out.attribution.merged(
            _trailing_citation(closing, name, others=others, term=term)
        )
    eponym = _eponym_citation(parts[0][1], name) if term and parts else Attribution()
    if eponym and not _named_after(out.attribution.authors, name) and not _TWO_TERMS.search(name):
        out.attribution = eponym
    elif (
        glossary
        and term
        and out.attribution.authors
        and (eponymous := _EPONYM.search(name)) is not None
        and not any(
            re.search(rf"\b{re.escape(surname)}\b", name)
            for surname in re.findall(r"[A-Z][\w'’-]+", out.attribution.authors)
        )
        and any(re.search(rf"[\"“][^\"“”]*\w\s+{eponymous['person']}['’]", raw) for _, raw in parts)
    ):
        # `**Lambert's problem**: … for actual code I use Izzo's algorithm … — Izzo,
        # "Revisiting Lambert's problem", CMDA 2015` (r159 glossary, "Who made **Lambert's
        # problem**? → Izzo"): a term named for its maker, cited by a later paper whose
        # title names it, is that paper's subject
        out.attribution = Attribution()
    if parts and _NO_PAPER.match(parts[0][1]):
        # `**S3** — no design paper, but:` over `- Bornholt et al., "Using Lightweight Formal
        # Methods to Validate a Key-Value Storage Node in Amazon S3", SOSP 2021`: papers about
        # it, none by its makers
        out.attribution = replace(out.attribution, authors="", venue="", year=None)
    # (a title of five words or more is one paper's, even `… vs. Matrix Factorization
    # Revisited`)
    if _TWO_TERMS.search(name) and len(name.split()) < 5 and len(_people_cited(parts)) >= 2:
        # `**NNGP / NTK**: … (Neal 1996 …) and … (Jacot, Gabriel & Hongler 2018)`: two
        # things, each with its own people: no one made both (nor the journal's publisher,
        # `IBM, 1960`)
        out.attribution = Attribution()
    elif (
        not glossary
        and _PLAIN_PHRASE.fullmatch(name)
        and len(_people_cited(parts)) >= 2
        and not any(name.casefold() in raw.casefold() for _, raw in parts)
    ):
        # `**Real-time corner.** ENet (Paszke et al. 2016), ICNet (Zhao et al., ECCV 2018)
        # and BiSeNet (Yu et al., …)`: a heading over other people's papers names none of
        # them, so no one made it (not Paszke et al. at ECCV 2018)
        out.attribution = Attribution()
    if (
        glossary
        and term
        and out.attribution.authors
        and (_credits_a_finding(parts, name, out) or _credits_a_use(parts, out))
    ):
        # `**ENSO**: … Wyrtki showed El Niño is preceded by … (Wyrtki 1975, …)` (r83
        # glossary, graded useless as "Who made ENSO?"): the citation credits what they
        # found about the term, not the term
        out.attribution = Attribution()
    if term:
        _keep_findings(out)
    _set_against_another(out.claims, name)
    promote_labelled(out.claims)
    promote_title_subject(out.claims, name)
    if len(first_cited) < 2:  # (two papers cited first: no later sentence is the first's)
        promote_subject(out.claims, name)
        promote_described(out.claims, subjects(out.claims, [name, *own_names]))
    return out


#: a bracket with a year in it: a citation (`(Both et al. 2006, *Nature* 441)`)
#: a year a citation gives (from the 1600s: `(Huygens 1673)`)
_CITED_YEAR = r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)"
_DATED_BRACKET = re.compile(rf"\((?P<inside>[^()]*{_CITED_YEAR}[^()]*)\)")
#: a work's name right before a bracket: the bracket cites it (`… a CNN, MistNet (Lin …)`),
#: not a place (`… across the Pacific (Piersma & Gill 1998)`)
_WORK_BEFORE = re.compile(r"\b(?:[A-Z][\w+-]*[A-Z0-9][\w+-]*|[\"“][^\"”]+[\"”])\s*$")
#: what someone found, said of a subject of its own (`EEG loggers on great frigatebirds
#: showed they sleep on the wing`), not of the term (`…; showed that speculation itself is
#: an attack surface` under **Spectre**, `It showed …`)
_SUBJECT_FOUND = re.compile(
    r"(?<![;,:]\s)(?<!^)\b(?!(?:it|this|that|which|is|are|was|were|been)\s)[a-z]\w+\s+"
    r"(?:showed|demonstrated|revealed|(?:found|reported)\s+that)\b"
)


#: what happened in a study: a verb in the past (`declined`, `stayed aloft`, `had tiny
#: digestive organs`) or a measured number (`~10 months`, `~90%`)
_WHAT_HAPPENED = re.compile(
    r"\b(?:(?!(?:based|called|used|named|known|needed|standardi[sz]ed)\b)[a-z]{3,}ed|had|kept|"
    r"showed|shown|found|fell|rose|flew|grew|spent|took|gave|came|went|did|could(?:n['’]t)?)\b"
    r"|\d\s*(?:%|x\b|×|\s(?:days?|months?|years?|hours?|h|min|km|m|times|fold)\b)"
)
#: a sentence on another name or on the term's use, not what a study found
_NOT_A_FINDING = re.compile(
    # (`Nobody has found an explicit colouring that comes close to it` (r133 glossary, asked
    # as what Erdős found in 1947): what nobody found since)
    r"(?i)(?:nobody|no\s+one)\b|"
    r"(?:also|often|sometimes|usually|later|now|see|the\s+poster\s+child|output|used|based|"
    r"called|known\s+as)\b"
    r"|[^\s:]+(?:\s+[^\s:]+){0,2}\s*:"
)
#: other people cited inside the sentence (`… the original four-stage system is Rechtschaffen
#: & Kales 1968`)
_OTHERS_CITED = re.compile(
    r"\b[A-Z][\w'’-]+(?:\s+et\s+al\.?|\s+(?:&|and)\s+[A-Z][\w'’-]+)?,?\s+\(?(?:1[89]|20)\d\d\b"
)


#: a sentence on a case or a study of the term, by its subject: `The founding case is patient
#: H.M. …`, `A classic experiment …` (what someone found, never who made the term)
_CASE_STUDY = re.compile(
    r"(?:The|A|An)\s+(?:[\w-]+\s+){0,2}(?:case|patient|study|experiment|demonstration|trial)s?\b"
)


def _sentence_of(said: list[str], raw: str, number: int, piece: str) -> str:
    """The `number`th sentence of `raw` whole (a long one may have been cut to `piece`);
    `said` keeps `raw`'s sentences once they are asked for."""
    if not said:
        said.extend(sentences(raw))
    return said[number] if number < len(said) else piece


def _finding(piece: str, found: Attribution, *, first: bool) -> Finding | None:
    """What the study a sentence under a glossary's term cites found: `… populations where
    the food peak was earliest declined ~90% over two decades (Both et al. 2006, *Nature*
    441)` (r100 glossary, "Who made **Phenological mismatch**? → Both et al." and none of
    the studies it cites on a card): the sentence without its closing citation, when it
    says something (five words or more) and names neither the people nor another work
    right before the bracket; never a sentence that says who made the term (`Coined by
    …`, `proposed`) nor a reading (`see …`, `Review: …`)."""
    if not found.authors or not found.year:
        return None
    brackets = list(_DATED_BRACKET.finditer(piece))
    surname = attribution.first_surname(found.authors)
    # (not `(the older Helms & Drury 1960 one has …)`: an aside on another work)
    mine = [
        b
        for b in brackets
        if b.group("inside").lstrip().startswith(surname) and str(found.year) in b.group(0)
    ]
    if not brackets:
        # `Arnold et al. 2003 ([PNAS](…)) showed leaf endophytes reducing pathogen damage in
        # cacao.` (r157 glossary, no card): the people and their year open the sentence
        did = _did(tidy(piece).strip(" ."), found.authors)
        return _what_they_did(did, found) if did is not None else None
    if len(mine) != 1:
        return None
    bracket = mine[0]
    # `… the caterpillar peak (Both & Visser 2001, …); populations … declined ~90% (Both et
    # al. 2006, …)`: each citation closes its own clause
    start = max((b.end() for b in brackets if b.end() <= bracket.start()), default=0)
    end = len(piece)
    if any(b.start() > bracket.end() for b in brackets):
        after = re.search(r"[,;]", piece[bracket.end() :])
        end = bracket.end() + after.start() if after else end
    before = piece[start : bracket.start()].rstrip()
    said = tidy(before + piece[bracket.end() : end])
    said = re.sub(r"^[\s,;.]*(?:(?:and|but|while)\s+)?", "", said).strip(" .;:")
    # (or of the clause that closes on the citation: `Von Magnus saw the effect …; Huang
    # and Baltimore named DIs …`)
    did = _did(said, found.authors) or _did(said.rsplit("; ", 1)[-1], found.authors)
    if did is not None:
        # `Rous transmitted a chicken sarcoma with a cell-free filtrate (Rous 1911, …)`,
        # `Huang and Baltimore named DIs and proposed they shape disease (Huang & Baltimore
        # 1970)` (r139 glossary, neither on a card): the study's people did what follows
        return _what_they_did(did, found)
    if (
        len(said.split()) < 5
        or surname in said
        or _WORK_BEFORE.search(before)
        or re.search(rf"\b(?:{_MADE}|first(?!-))\b", piece, re.IGNORECASE)
        or re.search(r"(?i)\bsee\b", before)
        or _READING_LABEL.match(piece.strip())
        or _ARGUED.search(piece)
        or (first and not re.search(rf"\b{_FOUND}\b", said))
        # what the study saw, not the writer's view or advice (`Only meaningful on flat
        # ground`, `If you want a working implementation, Crocoddyl`, `Spurious programs are
        # the main headache`)
        or not _WHAT_HAPPENED.search(said)
        or _NOT_A_FINDING.match(said)
        or _OTHERS_CITED.search(said)  # (`… is Rechtschaffen & Kales 1968; the AASM …`)
        or re.search(r"\d", found.authors)  # (`Engel and ShaderX5`: a book's title)
        # (`Lesnick proved the converse direction …` (r132 glossary, credited to the
        # bracket's first work, Chazal et al. 2009): another person's result, by name)
        or _cites_the_doer(said, piece, surname)
        # (`… ties it to experience replay in deep RL (Kumaran`, `A's efficiency, … is
        # increased"` (r102 glossary): a bracket or a quote cut open; `… had already been
        # shown to cause amnesia in 1968` → 1968: the answer's year on the front)
        or said.count("(") != said.count(")")
        or said.count('"') % 2
        or str(found.year) in said
        or (said[:1].islower() and _WHAT_HAPPENED.match(said))  # (`made it mainstream; …`)
        # (`It streams light candidates through …` under **ReSTIR**: what the term does)
        or re.match(r"(?i)(?:it|its|it['’]s|they|their)\b", said)
        or opinion_in(said)
        or INSTRUCTION.match(said)
        or is_verdict(said)
    ):
        return None
    return Finding(text=said, cited=found)


def _what_they_did(did: str, found: Attribution) -> Finding | None:
    """A finding of what the cited people did (`_did`), when it says enough and gives no
    answer away."""
    if (
        len(did.split()) >= 4
        # (no year near the answer's: `invented it in 1947 …` → Gabor, 1948, r141
        # glossary; but `… before the Nobel in 1978` → Mitchell, 1961 is plain)
        and not any(
            abs(int(year) - (found.year or 0)) <= 5
            for year in re.findall(r"\b(?:1[5-9]|20)\d\d\b", did)
        )
        and attribution.first_surname(found.authors) not in did
        and did.count("(") == did.count(")")
        and not did.count('"') % 2
        and not opinion_in(did)
        and not _OTHERS_CITED.search(did)
        and not re.search(r"\d", found.authors)
    ):
        return Finding(text=did, cited=found, did=True)
    return None


def _did(said: str, authors: str) -> str | None:
    """What a sentence says its cited people did, when they are its subject: `Huang and
    Baltimore named DIs …` (cited `Huang and Baltimore`) -> `named DIs …`."""
    surnames = [
        name for name in re.split(r",\s*|\s+(?:and|&)\s+|\s+et\s+al\.?", authors) if name.strip()
    ]
    if not surnames:
        return None
    first = re.escape(surnames[0].split()[-1])
    subject = re.match(
        rf"{first}(?:\s+et\s+al\.?|(?:,\s*[A-Z][\w'’-]+)*,?\s+(?:and|&)\s+[A-Z][\w'’-]+"
        rf"|\s+and\s+(?:colleagues|co-?workers|coauthors))?(?:\s*\(\d{{4}}\)|\s+\d{{4}})?\s+"
        rf"(?=(?:(?:first|independently|later|then|also)\s+)?{_DID_VERB}\s)",
        said,
    )
    if subject is None:
        return None
    # (`made it work for animal viruses (…), which turned animal virology into …`, `built
    # NONMEM around it at UCSF, and it's now the default …`, `derived it …; the IAU voted
    # …`: what they did, not what came of it)
    return _AFTERWARDS.split(said[subject.end() :], maxsplit=1)[0].rstrip(" ,;")


#: where a sentence goes on past what its subject did: `, which …`, `; …`, ` — …`, `, and
#: it's now …` (a new subject after `and`)
_AFTERWARDS = re.compile(
    # (`Chiba & Kajiyama (1941) got there earlier but Fant is the standard cite`, r118
    # glossary: what they did, then the writer's `but`)
    # (never `"similar but different"`, r149 glossary: a quoted gloss)
    r",\s+which\s|;\s|\s[—–]\s|,\s+but\s|\s+but\s+(?=[A-Z])"
    r"|,\s+and\s+(?=(?:it|it['’]s|its|they|he|she|his|her|this|that|these|a|an|the|[A-Z][\w-]*)\b)"
)


def _keep_findings(out: Claims) -> None:
    """A study's finding under the term keeps its card; the term's own citation is the
    finding's, not the term's, only when its sentence says what someone showed (`EEG
    loggers on great frigatebirds showed they sleep on the wing …` under **Sleep in
    flight**, r100 glossary, "Who made **Sleep in flight**? → Rattenborg et al.")."""
    own = out.attribution.authors
    kept: list[Finding] = []
    for finding in out.findings:
        if own and finding.cited.authors == own:
            if not finding.did and not _SUBJECT_FOUND.search(finding.text):
                # `Finds sequences in a database … (Altschul et al. 1990)` under **BLAST**,
                # `The default index structure of … (Bayer & McCreight 1972)`: what the
                # term is or does, cited to its makers
                continue
            out.attribution = Attribution()
            own = ""
        kept.append(finding)
    out.findings = kept


#: the verbs that say a term was made (`Coined by …`, `Introduced … in System R (…)`)
_MADE = (
    r"(?:coined|introduced|proposed|invented|named|defined|formali[sz]ed|discovered|developed|"
    r"devised)"
)
_INTRODUCED_BY = re.compile(
    # (`It was discovered in station data by Madden & Julian (1971)` (r156 glossary, no
    # card of who found the MJO): the term, passive, then where or how — a few words)
    r"^(?:(?:it|this|the\s+(?:term|name|effect|phenomenon|concept))\s+(?:was|were)\s+)?"
    rf"(?:(?:independently|jointly|first|originally)\s+)?{_MADE}\s+"
    # (`Named and analysed by Berliner in his PhD thesis, …` (r179 glossary): two deeds)
    r"(?:and\s+[a-z]{3,}(?:ed|en)\s+)?"
    r"(?:(?:independently|jointly|first|originally)\s+)?"
    r"(?:(?:in|on|from|during|using)\s+(?:[\w*-]+\s+){1,3}?(?=by\b))?(?:by|in)\b"
    # (`Usually credited to Ary Sternfeld (1934).` (r159 glossary, no card of who made the
    # bi-elliptic transfer))
    r"|^(?:(?:it\s+is|it['’]s)\s+)?(?:(?:usually|often|generally|commonly|widely|"
    r"traditionally)\s+)?(?:credited|attributed)\s+to\b",
    re.I,
)


#: `The term (…) comes from …`, `The name came from …`: where the term began
_TERM_FROM = re.compile(
    # (`The term is from Newell et al. (1992)`, r156 glossary)
    r"(?i)^the\s+(?:term|name|word|idea|concept)\b[^.;]{0,80}?\b(?:comes?|came|is|was)\s+from\b"
)


def _entry_does(text: str, name: str) -> str:
    """What `text` says the entry does when it opens with the entry's name and a verb
    (`ExpeL tries to carry lessons …` → `tries to carry lessons …`), else ""."""
    said = compiled(rf"(?:the\s+)?{re.escape(name)}\s+(?=[a-z]+s\s)").match(text)
    return text[said.end() :] if said and name else ""


def _set_against_another(claims: list[Claim], name: str) -> None:
    """`Reflexion works within one task; ExpeL tries to carry lessons across tasks …` (r89
    blog, graded useless as ExpeL's gist "Reflexion works within one task"): a first claim
    about another named thing, then one whose subject is the entry: the second says what
    the entry does."""
    if len(claims) < 2 or claims[0].kind not in {"defines", "does"} or not name:
        return
    first, second = claims[0], claims[1]
    other = re.match(r"(?P<other>[A-Z][\w.+-]*)\s+[a-z]+s\b", first.text)
    rest = _entry_does(second.text, name)
    if (
        other is None
        or not rest
        or second.source != first.source
        or other.group("other").casefold() in name.casefold()
        or named_subject(first.text, name)
    ):
        return
    claims[:2] = [replace(second, kind="does", text=rest), replace(first, kind="says")]


def _people_cited(parts: list[tuple[str, str]]) -> set[str]:
    """The authors the texts cite: each sentence's citation (`Fixes: Callaway & Sant'Anna
    2021, …`) and every citation bracket's (each of `(A 1996; B 2018)`)."""
    found: set[str] = set()
    for _, raw in parts:
        found.update(attribution.cut(piece)[0].authors for _, piece in _pieces(raw))
        for bracket in re.findall(r"\(([^()]*)\)", raw):
            for one in bracket.split(";"):
                found.add(attribution.cut(f"({one})")[0].authors)
    return found - {""}


def _before_another(piece: str, others: tuple[str, ...]) -> str:
    """`… fits a functional form for loss …, and [RegMix: …](…) takes the brute-force
    route: …`: the sentence up to the next paper's title, which says what that paper does."""
    for other in others:
        if len(other.split()) < 2:
            continue
        # (the other paper the subject of a clause of its own, not an item of a list:
        # `Kimi K-2 and Qwen 3`, `Gated SAEs and JumpReLU SAEs, both from …`)
        joined = compiled(
            rf"[,;]\s+(?:and|while|whereas)\s+{re.escape(other)}(?:\s*\([^()]*\))?"
            r"\s+(?:[a-z]+s|is|was|are|were)\b"
        ).search(piece)
        if joined is not None and joined.start() > 0:
            piece = piece[: joined.start()]
    return piece


def _without_others_citations(piece: str, others: tuple[str, ...]) -> str:
    for other in others:
        if len(other.split()) >= 2 and other in piece:
            piece = compiled(rf"({re.escape(other)})\s*\([^()]*\)").sub(r"\1", piece)
    return piece


_ARROWS = r"(?:→|->|=>|⟶)"
_SUCCESSOR = re.compile(rf"^\s*(?:{_ARROWS}|\+|&)\s*\S")
#: a title opening a text: three capitalised words or more (small words between them)
_TITLE_OPENING = re.compile(
    r"^[A-Z][\w'’+-]*(?:\s+(?:(?:in|of|for|with|and|the|a|an|on|to|via)\s+)*[A-Z][\w'’+-]*){2,}"
    r"\s*(?:\(|[—–-]\s|$)"
)
#: a sentence that opens on the paper after the entry's: its sequel, successor, descendant
_NEXT_WORK = re.compile(
    r"^(?:its|their|the|a)\s+(?:[\w-]+\s+)?(?:sequel|successor|descendant|follow-?up)s?\b"
    r"(?:\s*[,:]|\s+(?:is|was|are|were)\b)",
    re.IGNORECASE,
)
#: the words that open a bullet on another paper than the entry's
_ANOTHER_PAPER = re.compile(
    r"^\s*(?:and|plus|paired\s+with|follow-?ups?:?|successor:?)\s+", re.IGNORECASE
)
_ARROW = re.compile(rf"\s{_ARROWS}\s+(?=[A-Z])")
#: a book's citation: a year and its publisher in one bracket
_BOOK_CITED = re.compile(
    # (not a chapter in an edited volume, `(Drela 1989, in *Low Reynolds Number
    # Aerodynamics*, Springer Lecture Notes …)` (r101 glossary): the work's own paper)
    r"\((?![^()]*\b(?:19|20)\d\d\b,?\s+in\s)[^()]*\b(?:19|20)\d\d\b[^()]*"
    r"\b(?:Press|Books|Springer|Wiley|O'Reilly)\b"
    # `(Boyd & Vandenberghe 2004, ch. 5)`: a chapter or a section of a book, a reading
    r"|\([^()]*\b(?:19|20)\d\d\b[^()]*,\s*(?:ch\.|chap\.|chapter|sec\.|section|§|pp?\.)\s*\d"
)


#: `The standard treatment of stability …`, `A good map of the area`: what the cited work is
#: to a reader, not who made the term
_READING_PRAISED = re.compile(
    r"\b(?:standard|classic|canonical|good|nice|great|best|gentle|readable|definitive)\s+"
    r"(?:treatment|map|overview|survey|introduction|intro|reference|textbook|tutorial|review|"
    r"account|exposition|summary|framing)\b"
    # `(Han & Lee 2005, IEEE Wireless Commun., overview of clipping, SLM, …)`: a bracket that
    # says the citation is a survey of the term's methods
    r"|\b(?-i:overview|survey|review|tutorial)\s+of\b",  # (not a journal's `Annual Review of`)
    re.IGNORECASE,
)


#: `Review: Muandet et al. 2017 (…)`, `Survey: …`: a label that gives a reading about the
#: term
_READING_LABEL = re.compile(
    r"^(?:a\s+)?(?:good\s+)?(?:reviews?|surveys?|tutorials?|overviews?|textbooks?|"
    r"further\s+reading|background|primer|explainer)\s*:",
    re.IGNORECASE,
)


#: a term named for a person: `Lambert's problem`, `Bowen's reaction series`
_EPONYM = re.compile(r"\b(?P<person>[A-Z][a-zà-ÿ]+(?:[-–][A-Z][a-zà-ÿ]+)?)['’]s?\s+[a-z]")


def _named_after(authors: str, name: str) -> bool:
    """The term bears its first author's surname (`Taylor` of **Taylor rule**): what they
    showed of it is theirs (r92 glossary: "Taylor showed this simple rule … (Taylor 1993)")."""
    surname = attribution.first_surname(authors) if authors.split() else ""
    return bool(surname) and re.search(rf"\b{re.escape(surname)}\b", name) is not None


def _given_as_reading(piece: str, authors: str) -> bool:
    """A term's citation given as a reading: in a clause that tells the reader what to do
    (`— read the warnings before using it (Kass & Raftery 1995)`, `— don't just raise …`),
    or of a publisher's book; not another clause's citation (`Old (MacKay 1992) …; see
    "Laplace Redux" (Daxberger et al. 2021)` credits MacKay)."""
    surname = attribution.first_surname(authors)
    for clause in re.split(r"\s[—–-]\s|;\s", piece):
        if surname in clause and (
            INSTRUCTION.match(clause.strip())
            or _READING_LABEL.match(clause.strip())
            or _BOOK_CITED.search(clause)
            or _READING_PRAISED.search(clause)
        ):
            return True
    # `Freitag et al. showed that MQM … (Freitag et al. 2021)`, `the Codex paper gave the
    # unbiased estimator … (Chen et al. 2021)`: a finding about the term, not who made it
    return _REPORTED.search(piece) is not None


#: two things in one name: `NNGP / NTK`, `A vs B`, `ShuffleNet v1 and v2`, `FPN and UPerNet`
_TWO_TERMS = re.compile(
    r"\S\s*/\s*\S|\bvs\.?\s|\bversus\b|\b[vV]\d+(?:\.\d+)?\s*(?:and|&|\+)\s*[vV]\d+\b"
    r"|^[A-Z][\w.+-]*\s+(?:and|&)\s+[A-Z][\w.+-]*$"  # `FPN and UPerNet`
)
_TWO_CITATIONS = re.compile(r"\s+/\s+")
#: what a possessive byline leaves: `'s Monodepth and Monodepth2`
_POSSESSIVE_REST = re.compile(r"^['’]s\s+(?P<rest>\S.*)$")
#: `no paper :(`, `no design paper, but:`, `there's no real paper`
_NO_PAPER = re.compile(
    r"^[\s\-–—:,(]*(?:(?:there\s+is|there['’]s|it\s+has)\s+)?no\s+(?:(?:real|design|official|proper|published|academic)\s+)?(?:paper|publication)s?\b",
    re.IGNORECASE,
)
#: a heading in plain words, no name in it: `Self-supervised depth`, `Real-time corner`
_PLAIN_PHRASE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*(?:\s+[a-z]+(?:-[a-z]+)*){1,4}")


def _first_of_two_citations(piece: str) -> str:
    halves = _TWO_CITATIONS.split(piece, maxsplit=1)
    if len(halves) == 2 and all(
        attribution.year_in(half) or re.search(r"\bSC\d\d\b", half) for half in halves
    ):
        return halves[0]
    return piece


#: a sentence that reports what a work argued, found or gave about the term, its citation
#: (or `the X paper`) the subject: `Wilson & Izmailov 2020 argue it is …`, `Freitag et al.
#: showed that …`, `the Codex paper gave the unbiased estimator …`
_REPORTED = re.compile(
    r"^\s*(?:[A-Z][\w'’-]+(?:\s*(?:&|and)\s*[A-Z][\w'’-]+|\s+et\s+al\.?)?"
    r"(?:,?\s*\(?(?:19|20)\d\d\)?)?|(?i:the)\s+[\w@-]+(?:\s+[\w@-]+)?\s+paper)\s+"
    r"(?i:(?:argue|show|find|prove|claim|note|demonstrate|suggest|observe|report|point out|"
    r"call|give|measure)(?:s|es|ed|d)?|found|gave|shown)\b"
)


#: `the Hearthstone and Magic: The Gathering card datasets`: a bare phrase naming datasets
_DATASETS_NAMED = re.compile(
    r"the\s+(?:[\w:'’&-]+\s+){1,8}(?:datasets?|benchmarks?|corpus|corpora|test\s+suites?)"
)
#: `RankNet = pairwise cross-entropy`: a name, then what it equals
_OTHER_DEFINED = re.compile(r"^(?P<term>[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*)?)\s*:?=\s")


def _own_label(piece: str, names: list[str]) -> str:
    """`piece` without a leading label that is one of `names` (`REALM (…): …` → `(…): …`,
    `COIL: Gao, … — …` → `Gao, … — …`), when a citation follows it."""
    for known in names:
        if not known:
            continue
        label = re.match(rf"{re.escape(known)}\s*(?::\s+|(?=\([^()]*\)\s*:))", piece)
        if label is not None and attribution.cut(piece[label.end() :])[0].authors:
            return piece[label.end() :]
    return piece


#: what a term's first people did to it: `named it`, `coined the term`
_NAMED_IT = re.compile(
    r"(?i)(?:\([^()]*\)\s*)?(?:(?:first\s+)?(?:named|coined|introduced|proposed|defined)\s+"
    r"(?:it|the\s+(?:term|effect|idea|concept|method))\b"
    # (`Hofer et al. were the first I know of`, `[Zeevi et al. 2015, Cell](…) (Weizmann, …)
    # kicked off the "precision nutrition" wave`, `Coffin & Eldholm (1994) is the classic
    # definition`, `Fisher et al. 2012 ([Nature](…)) is the paper everyone cites for this`)
    r"|(?:were|was)\s+the\s+first\b|kicked\s+off\b|is\s+the\s+(?:classic|original)\s+"
    r"definition\b|is\s+the\s+paper\s+everyone\s+cites\b)"
)


#: a label that points to another work: `Sequel: D4 (…)`, `Follow-up: …`, `Successor: …`
_ANOTHERS_LABEL = re.compile(
    r"(?i)\s*(?:sequel|prequel|follow-?ups?|successors?|predecessors?|precursors?|"
    r"see\s+also|compare|cf\.?|extended\s+(?:in|by)|"
    # `- Against: Keller & Vosshall 2004, "A psychophysical test of …"` under **Vibration
    # theory** (r174 glossary, "Who made **Vibration theory**? → Keller and Vosshall"): a
    # work for or against it
    r"(?:evidence\s+)?(?:for|against)(?:\s+again)?|rebuttals?|critiques?|repl(?:y|ies)|"
    r"responses?)\s*:"
)


def _term_citation(text: str, found: Attribution, piece: str, name: str) -> Attribution:
    """In a glossary, a later sentence cites for the term only when it is a bare citation
    (`Dao, Fu, Ermon, Rudra & Ré, NeurIPS 2022`) or says who coined it — never `Classic
    tutorial: Rabiner 1989` (who explained it, not who made it), a reading whose title
    says it is one (`Rabiner (1989), "A Tutorial on Hidden Markov Models …"`), nor the
    citation of another thing it names (`C-Store (Stonebraker et al. 2005, VLDB)` under
    **Column store**: one column store, not the idea)."""
    quoted = attribution.QUOTED_TITLE.search(piece)
    if quoted and re.search(rf"\b{GENRE_WORDS}\b", quoted.group(0), re.IGNORECASE):
        return Attribution()
    if found.authors and _REVIEW_JOURNAL.search(piece):
        # `Lo Presti et al. 2015 ([Annu Rev Plant Biol](…)).` under **Effector** (r157
        # glossary, "Who made **Effector**?"): a review of the term, cited where it appeared
        return Attribution()
    if (
        quoted
        and name
        and quoted.group(0).strip('"“”*_ ').casefold().startswith(name.casefold() + ":")
    ):
        # `Parniske 2008, "Arbuscular mycorrhiza: the mother of plant root endosymbioses"`
        # under **Arbuscular mycorrhiza** (r157 glossary, "Who made it? → Parniske"): a
        # later paper titled by the term, then what it says of it
        return Attribution()
    if _ANOTHERS_LABEL.match(piece):
        # `Sequel: D4 (Tirumala et al. 2023).` under SemDeDup (r174 table, "Who made
        # **SemDeDup**? → Tirumala et al."): the citation of the work it points to
        return Attribution()
    other = _CITED_NAME.match(piece)
    if other and squash(other.group("name")) != squash(name):
        return Attribution()
    if _REPORTED.match(piece) or _ARGUED.search(piece):
        return Attribution()  # `Wilson & Izmailov 2020 argue it is …`: their view of it
    said = tidy(text)
    if found.authors and (not said or _reference_only(said)):
        if (
            not (found.year or found.venue)
            and found.authors.endswith("et al.")
            and not re.search(r"&|\band\b|et\s+al\b", piece)
        ):
            # `Munster, Époisses, Limburger, Taleggio.` under **Smear (washed rind)** (r169
            # glossary, "Who made it? → Munster et al."): three names or more in a row, no
            # year, no venue, nothing that joins people — a list of examples
            return Attribution()
        return found
    left = said.strip(" ,;.")
    surname = attribution.first_surname(found.authors) if found.authors else ""
    if (
        surname
        # (`Originally Sonnhammer, Eddy & Durbin 1997; …` (r74 glossary): when, first)
        and re.match(
            rf"[\s\[(]*(?:(?:Originally|Initially|First)\s+)?{re.escape(surname)}\b", piece
        )
        and (
            _NAMED_IT.match(left)
            # (the writer's word right after the citation and its comma: never `Leutbecher &
            # Palmer (2008), "…", is the review I'd start with`, nor `Whitlock & McCauley
            # (1999) explain at length why you shouldn't`, later people's work on it)
            or (
                len(left.split()) >= 3
                and _writers_voice(left)
                and re.match(
                    rf"[\s\[(]*{re.escape(surname)}\b[^,;.()]{{0,60}}?\(?(?:19|20)\d\d\)?[\])]*"
                    r"(?:\([^()]*\))?\s*,\s+(?!and\b)",
                    piece,
                )
                and not re.match(
                    r"(?i)(?:is|are|was|were|has|have|gives|gave)\b",
                    attribution.QUOTED_TITLE.sub("", left).lstrip(" ,"),
                )
            )
            # (`[Fletcher & Munson 1933](…); current version is ISO 226:2003 …`)
            or (";" in piece and not tidy(attribution.cut(piece.split(";")[0])[1]).strip(" ,."))
            # (`Schroeder ([1975](…)) and his 1979 JASA paper on lateral diffusion`)
            or re.match(r"(?i)and\s+(?:his|her|their)\s+(?:(?:19|20)\d\d\s+)?", left)
        )
    ):
        # `Wallach, Newman & Rosenzweig 1949 named it`, `[Allen & Berkley 1979](…), still the
        # first thing to implement if you're learning` (r161 glossary, the precedence effect
        # and the image source method made by no one): a citation that opens the sentence,
        # then that they named it, or the writer's word on it
        return found
    if found.authors and _TERM_FROM.match(text):
        # `The term (*Konsolidierung*) and the first experiments come from Müller & Pilzecker
        # 1900, "…"` (r77 glossary): where the term began
        return found
    coined = _INTRODUCED_BY.match(text)
    if coined is None and found.authors and re.match(rf"^{_MADE}\s+(?:for|as)\b", text, re.I):
        return found  # `Introduced for pseudocode-to-code search (Kulal et al. 2019)`
    if coined is None:
        return Attribution()
    after = text[coined.end() :].lstrip(" :")
    cited, _ = attribution.cut(after)
    person = re.match(r"(?P<who>[^,;()]{3,60}?),\s+(?:who|whose)\b", after)
    if not cited.authors and person is not None:
        # `Introduced by Sigurður Thorarinsson, who more or less founded tephrochronology in
        # Iceland.` (r164 glossary, **Tephra** made by no one): the person, then who they were
        cited, _ = attribution.cut(f"{person['who']}.")
    in_their = re.match(r"(?P<who>[A-Z][\w'’-]*[a-z])\s+in\s+(?:his|her|their)\s", after)
    if not cited.authors and in_their is not None:
        # `Named and analysed by Berliner in his PhD thesis, *Chess as …* (CMU, 1974)` (r179
        # glossary, the horizon effect made by no one): the surname, then where they did it
        cited = Attribution(authors=in_their["who"], year=cited.year)
    if found.authors:
        return found.merged(cited)
    # (the year read out of the sentence before: `… and Vera Kublanovskaya (1961)`)
    return cited.merged(found) if cited.authors else Attribution()


#: a journal of reviews, by its name or its abbreviation: `Annu. Rev. Microbiol.`, `Nat Rev
#: Microbiol`, `Trends Ecol Evol`, `Curr Opin Plant Biol`, `FEMS Microbiol Rev`
_REVIEW_JOURNAL = re.compile(
    r"\b(?:Annu(?:al)?\.?\s+Rev(?:iew)?s?\b|Nat(?:ure)?\.?\s+Rev(?:iews?)?\b|Trends\s+(?:in\s+)?[A-Z]"
    r"|Curr(?:ent)?\.?\s+Opin(?:ion)?\b|(?:Microbiol|Chem|Physiol|Pharmacol)\.?\s+Rev\b"
    # (never `Phys. Rev. E`: the Physical Review publishes papers)
    r"|Rev\.?\s+Mod\.?\s+Phys\b|\bReviews\b)"
)
#: a name, then the bracket that cites it: `C-Store (Stonebraker et al. 2005, VLDB)`
#: (people in the bracket: `Chvátal (1975), "…"` is a byline, its author and year)
#: the one case a sentence speaks of, first: `For Earth, …` (one case's model, never the
#: term's)
_ONE_CASE = r"(?:(?i:for|in|on)\s+[\w-]+(?:\s+[\w-]+)?,\s*)"
_CITED_NAME = re.compile(
    # (`Examples: Dyna (Sutton 1990, …), PETS (…)`: the first example's)
    r"^\s*(?:(?i:examples?|e\.g\.|for example|such as|including)\s*[:,]?\s*)?"
    # (`For Earth, EGM2008 (Pavlis et al., JGR 2012).` under **Geopotential model** (r159
    # glossary, "Who made it? → Pavlis et al."): one case's model)
    rf"{_ONE_CASE}?"
    r"(?P<name>[A-Z][\w.+-]*(?:[\s-][A-Z][\w.+-]*){0,2})\s*\([^()]*[A-Z]\w+[^()]*\d{4}"
)


#: a work's name (`itself`: the one the entry builds on), a colon, then its citation
_LABELLED_CITATION = re.compile(r"(?P<name>[\w.+-]+)(?:\s+itself)?:\s+(?P<rest>[A-Z].*)")


def _reference_only(text: str) -> bool:
    """`"A combinatorial theorem in plane geometry", *J. Combin. Theory Ser. B* 18`: a
    citation's title and where it appeared (its journal, volume, pages, address), nothing
    said of the term."""
    left = attribution.QUOTED_TITLE.sub(" ", text)
    left = re.sub(r"\*[^*]+\*|(?<!\w)_[^_]+_(?!\w)", " ", left)  # the journal, in italics
    left = re.sub(r"https?://\S+|\b\d+(?:\(\d+\))?(?:\s*[:,]\s*\d+\s*[–-]\s*\d+)?\b", " ", left)
    # what is left names where it appeared (`J. Combin. Theory Ser. B`): capitalised words
    words = re.findall(r"[^\W\d_][\w'’.&-]*", left)
    return all(word[0].isupper() or word in _JOURNAL_SMALL for word in words)


_JOURNAL_SMALL = frozenset(("of", "and", "in", "on", "for", "the", "de", "&"))


#: what a bullet says of its citation, not of the work: when it came (`basically
#: contemporaneous with Paxos`), an award (`Best Paper award`), a version (`the SOSP 2019
#: version is …`), what kind of write-up it is (`the canonical write-up`) or its length
_CITATION_ASIDE = re.compile(
    r"^(?:basically|roughly|about|around|probably|apparently|aka|a\.k\.a\.|also|"
    r"same|later|earlier|before|after|predates|concurrent|contemporaneous|independent|"
    r"original|journal|conference|extended|short|long|preprint|tech(?:nical)? report|"
    r"v\d|\d+\s*pages?)\b|\b(?:award|best paper|test of time|contemporaneous|"
    r"concurrently|independently|versions?|write-?up|canonical|reference|reprint|slides|"
    r"talk|video|blog|repo|code)\b",
    re.IGNORECASE,
)


def _described_after_citation(text: str) -> bool:
    """`rank docs by P(query | document language model)` after `Ponte & Croft, SIGIR 1998
    —`: what the work is or does, in lower case and three words or more (not a remark on
    the citation, an opinion or a title)."""
    # (`"application kernel" written in Go …` (r105 notes): a quoted term opens it too, but
    # not `"fastest wasm interpreter" claim`)
    quoted = re.match(r"[\"“][a-z][^\"“”]*[\"”]((?:\s+\S+){3,})", text)
    if not (text[:1].islower() or quoted or re.match(r"[A-Z]{2,}[\w-]*\s+[a-z]", text)):
        return False  # (`GPU k-selection, IVF-PQ on GPU` opens with an acronym)
    if len(text.split()) < 3 or _CITATION_ASIDE.search(text):
        return False
    return not (opinion_in(text) or INSTRUCTION.match(text) or is_verdict(text))


def _first_nested(parts: list[tuple[str, str]]) -> int:
    return next((i for i, (source, _) in enumerate(parts) if source == "nested"), -1)


#: a name the sentence credits, right before a bracket: `… again by Mistral 7B (…)`
_CREDITED_NAME = re.compile(
    r"\b(?:by|in|from|via|than|like|unlike|after)\s+"
    r"(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3})\s*\([^()]*\)$"
)

#: a sentence on where the term was made: `Introduced … in System R (Selinger et al. 1979)`
_MADE_IN = re.compile(rf"^(?:{_MADE}|first)\b", re.IGNORECASE)


#: `Inner Monologue (Huang et al., 2022) feeds …`: a sentence that opens with a name (two
#: capitalised words or more, or one with a capital or a digit inside: `SayCan`, not `Old
#: (MacKay 1992)`) and its citation
_NAME_THEN_CITATION = re.compile(
    r"^(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){1,3}|[A-Z][\w.+-]*[A-Z0-9][\w.+-]*)\s*\("
)


def _eponym_citation(text: str, name: str) -> Attribution:
    """`**Wagner function**: … (Wagner 1925, *ZAMM*). Its gust counterpart is the Küssner
    function … (Küssner 1936).` (r101 glossary, "Who made **Wagner function**? → Küssner"):
    the citation of the person the term is named after, wherever it stands."""
    for bracket in _DATED_BRACKET.finditer(text):
        if len(re.findall(_CITED_YEAR, bracket.group(0))) >= 2:
            # `(Spearman 1910; Brown 1910)` under **Spearman–Brown prophecy formula** (r144
            # glossary): each of the people it is named after, the same year
            each = [
                attribution.cut(f"({one.strip(' ()')})", prose_lab=False)[0]
                for one in bracket.group(0).split(";")
            ]
            if (
                len(each) == 2
                and all(one.authors and _named_after(one.authors, name) for one in each)
                and each[0].year is not None
                and each[0].year == each[1].year
            ):
                return Attribution(
                    authors=f"{each[0].authors} and {each[1].authors}", year=each[0].year
                )
            continue  # `(Rao 1945; Cramér 1946)`: the history of a result, no one's alone
        found, _ = attribution.cut(bracket.group(0), prose_lab=False)
        if found.authors and found.year and _named_after(found.authors, name):
            return found
    return Attribution()


#: `It was proposed to explain …`, `It was introduced for …`: the sentence says where it began
_PROPOSED_TO = re.compile(
    r"\s*(?:was|were)\s+(?:first\s+|originally\s+)?(?:proposed|introduced|coined|formulated|"
    r"defined|named|put\s+forward|devised)\s+(?:to|for|as|in|by)\b"
)
#: a bracket with a year in it, names or not (`_CITING_BRACKET` wants a capitalised word)
_CITING_YEAR_BRACKET = re.compile(r"\([^()]*\b(?:1[89]|20)\d\d\b[^()]*\)")
#: a short sentence that cites nothing: no bracket, no year
_AFTERWORD = re.compile(r"[^()\[\]\d]{10,200}")


def _short_for(word: str, name: str) -> bool:
    """`GLA` of `Gradual Learning Algorithm`, `OT` of `Optimality Theory`: an acronym the
    name's words spell."""
    return len(word) >= 2 and word.isupper() and spelled_by(word, name)


def _named_before(last: str, text: str) -> bool:
    """Whether the people the bracket closing `last` cites are named in `text` before it."""
    cited, _ = attribution.cut(last[last.rfind("(") :], prose_lab=False)
    surname = attribution.first_surname(cited.authors) if cited.authors else ""
    return (
        bool(surname)
        and re.search(rf"\b{re.escape(surname)}\b", text[: text.rfind(last)]) is not None
    )


def _trailing_citation(
    text: str, name: str = "", *, others: tuple[str, ...] = (), term: bool = False
) -> Attribution:
    """The citation that closes an entry's text (`… relational database (Bayer & McCreight
    1972)`), unless its sentence is about something else the list names (`The ARIES recovery
    algorithm is … (Mohan et al. 1992)`) or the bracket cites a name the sentence credits
    (`Popularised again by Mistral 7B (Jiang et al. 2023)`: Mistral's authors, not the
    term's)."""
    pieces = _pieces(_SEE_BRACKET.sub(" ", text))  # `(see …)`: a reading about it
    while len(pieces) > 1 and (
        _READING_LABEL.match(pieces[-1][1].strip())
        # (`… (Clements 1985, …). See also Sagey's 1986 MIT dissertation for the
        # articulator-based version.` (r140 glossary, Feature geometry not credited))
        or re.match(r"(?i)see\s+also\b", pieces[-1][1].strip())
    ):
        pieces.pop()  # `… injective (Smola et al. 2007). Review: Muandet et al. 2017`
    if (
        term
        and len(pieces) > 2
        and _AFTERWORD.fullmatch(pieces[-1][1].strip())
        # (one work cited in all: `… minimap2, … (Li 2018, …). Both by Heng Li, …` under
        # **Read mapping** cites BWA's paper too, each for its tool)
        and len(_CITING_YEAR_BRACKET.findall(text)) == 1
    ):
        # `… learn first (Kingman 1982, ["The coalescent"](…), *Stochastic Processes …*
        # 13:235–248). Hudson and Tajima were doing closely related things around the same
        # time.` (r135 glossary: no term of it credited): a remark after the closing
        # citation, which cites nothing itself
        pieces.pop()
    if not pieces:
        return Attribution()
    last = pieces[-1][1].rstrip(" .")
    if _ARROW.search(last) or _ANOTHERS_LABEL.match(last):
        # `… → FFJORD uses … (Grathwohl et al., ICLR 2019)`, `Sequel: D4 (Tirumala et al.
        # 2023)` (r174 table): the next work's
        return Attribution()
    if _ARGUED.search(last):
        return Attribution()  # `… is debated (Svensson 2020, …, argues it is not)`: a view
    if _FAULTED.search(last.split("(", 1)[0]):
        # `It also makes people think every uneven-aged stand should look like a textbook
        # reverse-J, which is wrong (O'Hara & Gersonde 2004, …)` under **BDq** (r165
        # glossary, "Who made **BDq**? → O'Hara and Gersonde"): who found fault with it
        return Attribution()
    # (a sentence on what the term does may open with its short name, never one on what
    # someone did with it)
    does = _WHAT_HAPPENED.search(last) is None
    # (`For Earth, EGM2008 (Pavlis et al., JGR 2012)` under **Geopotential model** (r159
    # glossary): one case's own model)
    capitalised = re.match(rf"^{_ONE_CASE}?(?:The\s+)?(?P<word>[A-Z]\w*[A-Z]\w*)", last)
    if not last.endswith(")") or (
        # (but `The GLA learns those values …` under **Stochastic OT / Gradual Learning
        # Algorithm** (r140 glossary): the term's own short name)
        # (what it does, not what someone did with it: `The human light PRC was mapped …`
        # (r90 glossary) is a finding)
        capitalised and not (does and _short_for(capitalised["word"], name))
    ):
        return Attribution()
    before = last.split("(", 1)[0]
    if any(o and o in before and squash(name) not in squash(o) for o in others):
        # `[Dolma: an Open Corpus …](arXiv) (Soldaini et al., AI2, 2024) is the corpus …`
        # after RedPajama's own: the other paper's citation, never the entry's (but `Paper:
        # [Captum: A unified …](arXiv) (Kokhlikyan et al., 2020)` is Captum's own)
        return Attribution()
    opening = re.match(r"^(?:Its|It|Their|This|These|The|A|An)\b", last)
    if (
        term
        and len(pieces) >= 3
        and re.search(r"\b(?:because|due\s+to|caused\s+by)\b", last.split("(", 1)[0])
        and not re.match(r"^(?:Its|It|Their|They|This|These)\b", last)
        and not any(
            squash(word) in squash(last.split("(", 1)[0]) for word in [name, *name.split(" (")]
        )
        # (`Kramer's "map-and-compass" model … because a map is much harder to test in a cage
        # (Kramer 1953)`: people the text already named as the term's are its makers)
        and not _named_before(last, text)
    ):
        # `… White grapes are white mainly because of a retrotransposon insertion in the
        # *VvMybA1* promoter ([Kobayashi, Goto-Yamamoto & Hirochika 2004](…)).` under
        # **Anthocyanins** (r163 glossary, "Who made **Anthocyanins**? → Kobayashi et al."):
        # deep in a definition, a sentence that is not about the term by name and says why
        # something is so cites a finding, never who made the term
        return Attribution()
    said = last.split("(", 1)[0][opening.end() :] if opening else ""
    if len(pieces) > 1 and opening and re.search(r"\b(?:not|never)\b|n['’]t\b", said):
        # `It is not the probability that the null is true, … ([Wasserstein & Lazar 2016](…))`:
        # a warning, from a reading about the term
        return Attribution()
    # (the cited people named in the sentence are no other thing: `The term comes from
    # Turing's paper on rounding errors (Turing 1948)`)
    if (
        len(pieces) > 1
        and opening
        and _names_another(
            re.sub(r"\b[A-Z]{2,}\b", lambda m: "" if _short_for(m[0], name) else m[0], said),
            f"{name} {_cited_in(last)}",
        )
        # (but `It was proposed to explain why regions of low recombination in *Drosophila*
        # have low diversity … (Charlesworth, Morgan & Charlesworth 1993, …)` (r135
        # glossary): where it came from, whatever else it names)
        and not _PROPOSED_TO.match(said)
    ):
        # `Its inverse gives the Cramér–Rao bound … (Rao 1945)`: a later sentence on another
        # named result (but `Its trees are oblivious (Prokhorenkova et al. 2018)`, `It reduces
        # variance, … (Breiman 1996)` say what the term is or does, and cite it)
        return Attribution()
    named = re.findall(r"\b[A-Z]{2,}[a-z]?\b", last.split("(", 1)[0])
    if len(pieces) > 1 and any(
        squash(word) not in squash(name) and not (does and _short_for(word, name)) for word in named
    ):
        # `The original GAN objective … is 2·JS − log 4 (Goodfellow et al. 2014)` under
        # **Jensen–Shannon divergence**: a later sentence on another named thing
        return Attribution()
    other = _CREDITED_NAME.search(last)
    if other and squash(other.group("name")) != squash(name) and not _MADE_IN.match(last):
        return Attribution()
    subject = _NAME_THEN_CITATION.match(last)
    if len(pieces) > 1 and subject and squash(subject.group("name")) not in squash(name):
        # `**Inner Monologue and SayCan** — … Inner Monologue (Huang et al., 2022) feeds …`
        # under SayCan: a later sentence's bracket right after another name is that name's
        return Attribution()
    # (a journal's issue inside: `(van Veen, … 2019, JOSS 4(42), [github](…))`, r132 glossary)
    brackets = list(re.finditer(r"\((?:[^()]|\(\d{1,4}\))*\)", last))
    if (
        len(brackets) >= 2
        and not last[brackets[-2].end() : brackets[-1].start()].strip()
        and all(attribution.year_in(each[0]) for each in brackets[-2:])
    ):
        # `Wasserstein variants came later (Cohen-Steiner … 2010, "Lipschitz …") (Cohen-Steiner,
        # Edelsbrunner & Harer 2007, …)` (r132 glossary): two brackets side by side at the
        # end; the last one is the term's, the one before cites the sentence's
        brackets = brackets[-1:]
    for bracket in (each[0] for each in brackets):  # the first: `(Lamport 1998), … (2001)`
        if _EDITION.search(bracket):
            # `Etkin & Reid, *Dynamics of Flight: Stability and Control* (3rd ed. 1996)` (r101
            # glossary, "Who made **Stability derivatives**? → Stability and Control"): a
            # textbook's edition, a reading
            return Attribution()
        parts = bracket.strip("()").split(";")
        if len(parts) == 1 and re.fullmatch(
            r"[A-Z][\w-]+\s+(?:19|20)\d\d(?:,\s*[A-Z][\w-]+\s+(?:19|20)\d\d)+", parts[0].strip()
        ):
            # `(Ontake 2014, Whakaari 2019)` under **Phreatomagmatic eruption** (r164 glossary,
            # "Who made it? → Ontake, 2014"): events by place and year, each
            parts = parts[0].split(",")
        years = [attribution.year_in(part) for part in parts]
        if sum(year is not None for year in years) >= 2:
            together = _independently(parts)
            if together is not None:
                return together
            return Attribution()  # `(Rao 1945; Cramér 1946)`: the history of a result
        # (`(Cortes & Vapnik 1995; doi)`: a citation, then its link)
        found, _ = attribution.cut(f"({parts[0]})", prose_lab=False)
        if found.authors and _cites_another_work(last, found.authors, name):
            # `Builds on Branchformer (Peng et al., ICML 2022)` closing E-Branchformer's row
            # (r166 table): the work it grew from, cited
            return Attribution()
        if found.authors and _their_other_work(last.split("(", 1)[0], found.authors):
            # `Carson and Higham analyse the three-precision version (Carson & Higham
            # 2018)`, `Kolda and Bader's survey is … (Kolda & Bader 2009)`: their work on it
            return Attribution()
        if found.authors and _cited_before(text, last, found.authors):
            # `… the dipole BSSRDF of Jensen, Marschner, Levoy & Hanrahan, SIGGRAPH 2001; in
            # real time it's usually screen-space blurs (Jimenez et al. 2015)`: the people
            # cited first made it; the last bracket cites a later take on it — theirs, when
            # a bracket closing an earlier sentence cites them (`In *global* remapping …
            # (Muller & Kubie 1987, *J Neurosci*). In *rate* remapping … (Leutgeb et al.
            # 2005, *Science*)`, r102 glossary)
            return _closing_citation(pieces[:-1], name) if term else Attribution()
        if (
            term
            and len(pieces) > 1
            and found.authors
            and _CASE_STUDY.match(last)
            and _finding(pieces[-1][1], found, first=False)
        ):
            # `The founding case is patient H.M. …, who … couldn't form new declarative
            # memories … (Scoville & Milner 1957, …)` closing **Declarative vs. nondeclarative
            # memory** (r167 glossary, "Who made it? → Scoville and Milner"): a later
            # sentence's study and what it found, never who made the term
            return Attribution()
        if found.authors:
            return Attribution() if _cites_another_work(bracket, found.authors, name) else found
    return Attribution()


def _closing_citation(pieces: list[tuple[int, str]], name: str) -> Attribution:
    """The people the first sentence that closes with a citing bracket cites, when that
    sentence names the term (`In *global* remapping …`, not `The reference example is
    Framingham … (Dawber, Meadors & Moore 1951)` under **Cohort study**) and its bracket
    cites no one else; no one otherwise."""
    head = next(iter(re.findall(r"[^\W\d_]{4,}", name)), "").casefold()
    for _, piece in pieces:
        closing = _CITED_AT_END.search(piece.rstrip(" ."))
        if closing is None:
            continue
        said = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", piece[: closing.start()])}
        if ";" in closing.group(0) or head not in said:
            return Attribution()
        found, _ = attribution.cut(closing.group(0).strip(), prose_lab=False)
        return found if found.authors and found.year else Attribution()
    return Attribution()


def _independently(parts: list[str]) -> Attribution | None:
    """`(Hardy 1908, "Mendelian proportions …"; Weinberg 1908)` under *Hardy–Weinberg
    equilibrium* (r135 glossary): one person each, the same year — found independently,
    credited together; None for anything else."""
    cited = [attribution.cut(f"({part.strip()})", prose_lab=False)[0] for part in parts]
    years = {each.year for each in cited}
    if len(cited) != 2 or len(years) != 1 or None in years:
        return None
    if not all(each.authors and " " not in each.authors for each in cited):
        return None
    return Attribution(authors=f"{cited[0].authors} and {cited[1].authors}", year=cited[0].year)


#: a book's edition: `(3rd ed. 1996)`, `(2nd edition, 2009)`
_EDITION = re.compile(r"(?i)\b\d+(?:st|nd|rd|th)\s+(?:ed\.|edn\.?|edition)")


def _cited_before(text: str, last: str, authors: str) -> bool:
    """Whether `text`, before its last sentence's bracket, already cites other people."""
    head = text[: text.rfind(last)] + last.split("(", 1)[0]
    first = attribution.first_surname(authors)
    return any(found["first"] != first for found in _PEOPLE_AND_YEAR.finditer(head))


#: people and a year in running text: `Jensen, Marschner, Levoy & Hanrahan, SIGGRAPH 2001`,
#: `by Zhang et al. (2006)`
_PEOPLE_AND_YEAR = re.compile(
    r"(?P<first>[A-Z][\w'’-]+)(?:,\s+[A-Z][\w'’-]+)*\s*(?:&\s*[A-Z][\w'’-]+|and\s+[A-Z][\w'’-]+|"
    r"et\s+al\.?),?\s+(?:[A-Z][A-Za-z]+\s+)?\(?\s*(?:19|20)\d\d\b"
)


#: a clause that gives a later reading of a term, or its update
_OTHER_VIEW = re.compile(
    r"\b(?:updated|revised)\s+(?:as|in|to)\b|\bin\s+the\s+[\w-]+\s+view\b|^\s*under\s+[\w-]+\b"
    # `… and has been combined with neural speakers and listeners for reference games`: a
    # later use of it
    r"|\bhas\s+been\s+(?:combined|extended|applied|paired|used)\s+with\b",
    re.IGNORECASE,
)


#: `Evaluated with Smatch (Cai & Knight 2013)`, `Early systems: GeoQuery (Zelle & Mooney
#: 1996)`: a name inside a sentence, then its own citation
_NAMED_CITATION = re.compile(
    r"(?<=\s)(?P<name>[A-Z][\w.+'’-]*[A-Za-z0-9+])\s*\((?P<inner>[^()\[\]]*\b(?:19|20)\d\d[a-z]?)\)"
)


def _others_cited_dropped(piece: str, names: list[str]) -> str:
    """A glossary sentence without the citations of other works it names (`Smatch (Cai &
    Knight 2013)` under AMR): who made them, never who made the term."""
    own = {word.casefold() for name in names for word in re.findall(r"[\w+'’-]+", name)}

    def dropped(found: re.Match[str]) -> str:
        word = found["name"].casefold()
        if word in own or re.sub(r"['’]s$", "", word) in own:
            return found.group(0)
        if re.match(r"[\s.;,]*$", piece[found.end() :]):
            return found.group(0)  # (`… most steerable MLIPs (Thomas et al. 2018).`: the
            # bracket that closes the sentence cites the sentence)
        before = piece[: found.start()]
        if re.search(r"(?:&|\band|[A-Za-z],)\s*$", before):
            return found.group(0)  # (`Bernardin & Stiefelhagen (…, 2008)`: a person)
        if re.search(r"(?:^|[.!?])\s*$", before):
            return found.group(0)  # (`… Hessian. Old (MacKay 1992), newly cheap …`)
        if not attribution.cut(f"({found['inner']})", prose_lab=False)[0].authors:
            return found.group(0)  # (`Spider (2018)`: when, no one's)
        return found["name"]

    return _NAMED_CITATION.sub(dropped, piece)


def _their_other_work(said: str, authors: str) -> bool:
    """What `said` (a glossary's text before its citation of `authors`) credits them with is
    their work on the term, not the term: a later reading of it or its update (`…; under
    monotonicity the IV estimate is the LATE`, `In the structural view it is …`, `updated as
    PRISMA 2020`), their analysis, survey or test (`Carson and Higham analyse …`, `Kolda and
    Bader's survey`, `Egger's regression test checks …`)."""
    if _OTHER_VIEW.search(said.rsplit(";", 1)[-1]):
        return True
    surname = attribution.first_surname(authors)
    later = (
        rf"\b{re.escape(surname)}\b(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)?"
        r"(?:\s+(?:analy[sz]ed?|stud(?:y|ied)|extend(?:ed)?|generali[sz]ed?|revisit(?:ed)?"
        # `Pritchard et al. used ICESat to show …`, `Robinson et al. put the threshold …`
        # (r151 glossary, "Who made **Ice-shelf basal melting**? → Pritchard et al."): what
        # they measured of it
        # (but `Büchi used it to show …` (r130 glossary) is the maker's use of it)
        r"|used\s+(?-i:[A-Z])[\w-]*|measured|mapped|then\s+showed"
        # (but `Duda put it out without patenting it` (r120 glossary) is the maker's)
        r"|put\s+(?:the|a|an)\s+(?:threshold|number|figure|estimate|limit|bound|value))"
        # (`Schoof's boundary-layer analysis`, r151 glossary, "Who made **Grounding line**?";
        # but `Munk's estimate from …` under **Abyssal recipes** (r134) is the work itself)
        r"|['’]s?\s+(?:[\w-]+\s+)?(?:analysis|measurements?|simulations?)"
        r"|['’]s?\s+(?:survey|review|tutorial|overview|textbook|book|analysis|"
        # (`Yen's Q3 statistic … is the standard check (Yen 1984)` under **Local
        # independence**, r144 glossary: their check of it)
        r"(?:[\w-]+\s+)?(?:test|method|procedure|estimator|correction|statistic|index|criterion)"
        # `Bernanke's 2002 "deflation speech" used it to argue …` (r92 glossary, "Who made
        # **Helicopter money**? → Bernanke 2002"): their use of the term
        r"|(?:(?:1[89]|20)\d\d\s+)?[\"“]?(?:[^\"“”]{1,40}\s)?"
        r"(?:speech|talk|lecture|address|essay)))\b"
    )
    return bool(surname) and bool(re.search(later, said))


def _cited_in(text: str) -> str:
    """The people `text`'s brackets cite (`Turing` of `… Turing's paper (Turing 1948)`)."""
    return " ".join(
        attribution.cut(bracket, prose_lab=False)[0].authors
        for bracket in re.findall(r"\([^()]*\)", text)
    )


def _names_another(text: str, name: str) -> bool:
    """`text` names something by a capitalised word that is no word of `name`."""
    words = {squash(word) for word in name.split()}
    return any(squash(word) not in words for word in re.findall(r"\b[A-Z][\w–-]+", text))


def _cites_another_work(text: str, authors: str, name: str) -> bool:
    """`… became its own paper (MT-Bench / Chatbot Arena, Zheng et al. 2023)` in Vicuna's
    row: a bracket that names another work before its people cites that work."""
    first = attribution.first_surname(authors)
    for part in re.finditer(r"\+\s*[^+()]{1,40}?\s*\((?P<bracket>[^()]*)\)\s*\+", text):
        if part.group("bracket").lstrip().startswith(first):
            return True  # `DQN + double Q + dueling nets (Wang et al. 2016) + PER + …`
    compared = (
        r"\b(?:as|than|like|unlike|vs\.?|versus"
        # `Compiles models via Apache TVM (Chen et al., …, OSDI 2018)` under MLC LLM: what
        # the entry builds on, cited
        r"|via|using|through|atop|on top of|built on|based on)"
        r"\s+(?:[A-Z][\w.+-]*\s+){0,2}?(?P<work>[A-Z][\w.+-]*)\s*"
    )
    for before in re.finditer(compared + r"\((?P<bracket>[^()]*)\)", text):
        # `Same month as VisualBERT (Li et al., UCLA)` in VL-BERT's row: a bracket right
        # after a name the entry is set against cites that name
        work = before.group("work")
        shaped = re.search(r"[a-z][A-Z]|[A-Za-z]-[A-Z]|[A-Z]{2,}", work)
        if (
            before.group("bracket").lstrip().startswith(first)
            and shaped
            and work not in LAB_NAMES
            and work not in VENUE_NAMES
            and squash(work) not in squash(name)
        ):
            return True
    grown = re.search(
        rf"\b(?:[Bb]uilds?\s+on|[Ee]xtends|[Ff]ollows\s+up\s+on|[Ii]mproves\s+on)\s+[*_]?"
        rf"(?P<work>[A-Z][\w.+-]*)[*_]?\s*\(\s*{re.escape(first)}\b",
        text,
    )
    if grown is not None and squash(grown.group("work")) != squash(name):
        # `E-Branchformer: … Builds on Branchformer (Peng et al., ICML 2022)` (r166 table, "Who
        # made **E-Branchformer**? → Peng et al."): the people of the work it grew from, even
        # when its name is inside the entry's
        return True
    titled = re.search(
        # `It extends MiniWoB from *World of Bits* (Shi et al., ICML 2017)` (r88 table, the
        # row of MiniWoB++ credited to Shi et al.): the people of the work it comes from
        r"\bfrom\s+[*_]?(?P<work>[A-Z][\w.+-]*(?:\s+(?:of|the|for|and|in|on|to|a|[A-Z][\w.+-]*))"
        rf"{{1,5}})[*_]?\s*\(\s*{re.escape(first)}\b",
        text,
    )
    if (
        titled is not None
        and titled.group("work") not in LAB_NAMES
        and titled.group("work") not in VENUE_NAMES
        and squash(titled.group("work")) not in squash(name)
    ):
        return True
    for bracket in re.findall(r"\(([^()]*)\)", text):
        at = bracket.find(first)
        if at <= 0:
            continue
        named = re.match(r"\s*(?P<work>[A-Z][\w.+-]*(?:\s*/\s*|\s+)?[\w.+ -]*?)\s*,", bracket)
        if named is None or named.end() > at + 1:
            continue
        work = named.group("work")
        shaped = re.search(r"[a-z][A-Z]|[A-Za-z]-[A-Z]|\d|/", work)
        known = (
            work.strip() in LAB_NAMES or work.split()[0] in VENUE_NAMES
        )  # `(ICML 2017, Finn et al.)`
        if shaped and squash(work) != squash(name) and not known:
            return True
    return False


#: a lead-in that sends the reader to what to know first: `You need AlphaZero in your head
#: first`, `Recall DQN`, `Background on MVE`
_PREREQUISITE_LEAD = re.compile(
    r"(?i)^(?:you(?:['’]ll)?\s+(?:need|want|should\s+(?:know|have\s+read))\b|recall\b|"
    r"remember\b|first\s+(?:read|know)\b|(?:some\s+)?background\b)"
)


def _sends_to_another(lead: str, names: list[str]) -> bool:
    """Whether the writer's lead-in sends the reader to another work first (`You need
    AlphaZero in your head first`): what follows its colon says what that work is (but
    `shows you don't need RDMA …: ~2.3µs RPC latency …` is the entry's own finding)."""
    if _PREREQUISITE_LEAD.match(lead.strip()) is None:
        return False
    own = {squash(word) for name in names if name for word in name.split()}
    return any(
        is_name(word) and squash(word) not in own
        for word in re.findall(r"(?<![\w-])[A-Z][\w.+-]*[A-Z0-9][\w.+-]*", lead)
    )


#: a bracket that points into the course: `(Week 13)`, `(see week 4)`, `(back in lecture 2!)`
_WEEK_BRACKET = re.compile(
    r"\s*\((?:(?:see|cf\.?|back\s+in|from|as\s+in)\s+)?(?:wk|week|lecture)s?\s+\d{1,2}\W*\)",
    re.IGNORECASE,
)


#: one word, then a spaced dash: a link's label before what is said of the reading
_LABEL_DASH = re.compile(r"^\s*(?P<label>[\w.+-]+)\s+[—–]\s+(?=\S)")


#: `is five pages of arithmetic showing that …`, `is a short note arguing that …`
def _before_the_remark(text: str) -> str:
    """`Google's quantizer that penalizes the error parallel to the datapoint …, because
    that's what matters for MIPS`: what it is, then the writer's voice in a later clause —
    the clause before the voice, when it says enough on its own (five words or more)."""
    voice = _writers_voice(text)
    if voice is None or voice.start() == 0:
        return text
    # (a comma that opens a clause: `, because`, `, and a …`, `, designed so that …`)
    # (never inside a quote: `the obvious "DUSt3R init → 3DGS" combo if you want …`, r161
    # blog, a cloze cut to `… the obvious "DUSt3R init`)
    clauses = [
        m.start()
        for m in _CLAUSE_COMMA.finditer(text, 0, voice.start())
        if text.count('"', 0, m.start()) % 2 == 0
        and text.count("“", 0, m.start()) == text.count("”", 0, m.start())
    ]
    if not clauses or len(text[: clauses[-1]].split()) < 5:
        return text
    head = text[: clauses[-1]].rstrip(" ,")
    if (
        opinion_in(head)
        or is_verdict(head)
        or VOICE_WORD.search(head)
        or (NOT_DEFINING_START.match(head) and not _ALSO_INTRODUCED.match(head))
        or head.count("(") != head.count(")")
        or head.count("[") != head.count("]")
    ):
        return text
    return head


#: `Also introduced spoken StoryCloze (…), which you'll see in a lot of tables`: a second
#: thing the work made, then the writer's word on it — the thing made stands on its own
_ALSO_INTRODUCED = re.compile(rf"(?i:also)\s+{INTRODUCES.pattern}", INTRODUCES.flags)


#: a quoted example of what someone writes or prompts: `system messages like "think
#: step-by-step and justify your answer"`
_QUOTATION = re.compile(
    # (`then a D-study to ask "what if we used 3 raters instead of 2?"` (r144 glossary, the
    # definition of G theory dropped as the writer's voice): a question quoted)
    r"(?P<before>\b(?:like|e\.g\.|as|saying|says|asks?|asking|asked)\s)"
    r'(?:"[^"]{1,200}"|“[^“”]{1,200}”)'
)


#: anyone's "you" in a clause that says which thing: `the σ you plug into BS to reproduce
#: the market price` (r94 glossary: the definition dropped as the writer's voice)
_GENERIC_YOU = re.compile(
    r"(?P<noun>\b(?:the|a|an|any|each|every)\s+[^\s,;:.]+"
    r"(?:\s+(?!(?:if|when|so|as|because|unless|once|until|whether|than|that)\b)[^\s,;:.]+)?)"
    r"\s+you(?=\s+"
    r"(?:plug|put|get|use|pay|see|need|feed|pass|set|choose|pick|observe|measure|compute|apply)"
    r"\b)"
)


#: what the writers did about what they saw: `So they keep a single stride …`
_SO_THEY = re.compile(r"(?i)(?:so|hence|thus|therefore),?\s+(?:they|the\s+authors)\s+(?=[a-z]+\b)")
#: what a work starts from, labelled: `The observation: …`, `Key insight: …`, `Problem: …`
_STARTS_FROM = re.compile(
    r"(?i)(?:the\s+)?(?:key\s+|main\s+|core\s+)?(?:observation|insight|problem|motivation)\s*:\s"
)
#: a generic `you` in a clause of when a thing happens: `fcc γ -> bct α′ when you quench
#: past M_s` (r97 glossary) (but `when you want the whole story, read …` is the writer's)
#: `as many keys as you need` (r115 syllabus, HKDF's definition dropped as the writer's):
#: anyone's need, not the reader's
_AS_YOU_NEED = re.compile(
    r"\bas\s+(?:many|much|long|often)\s+(?:[\w-]+\s+){0,3}as\s+you(?=\s+(?:need|want|like)\b)"
)
#: anyone's `you` in a comparison that scales: `does more useful work the faster you're
#: going` (r159 glossary: the Oberth effect's definition dropped as the writer's voice)
_THE_MORE_YOU = re.compile(
    r"(?<=\bthe\s)(?P<more>(?:more|less|fewer|[a-z]{2,}er)(?:\s+[a-z]+)?\s+)you"
    r"(?=(?:['’]re|\s+are|\s+go)\b)"
)
_WHEN_YOU = re.compile(
    # (`performance going up as you add "agents"` (r179 blog, the More Agents paper's one
    # claim dropped as the writer's voice): as anyone adds, not `as you know`)
    # (`… until the position is "quiet", so you don't evaluate in the middle of an exchange`
    # (r179 glossary, quiescence search defined by "Shannon already saw the need"): so that
    # anyone does not)
    r"(?P<when>\b(?:when|once|until|unless|whenever|as|so)\b)\s+you(?=\s+(?!(?:want|wish|like|care|"
    r"read|only|have|are|just|ever|can|need|should|might|must|will|would|get\s+to|know|see|"
    r"saw|expect|guess|guessed|say|said|may|probably|already)\b)[a-z]+\b)"
)


#: what happens to anyone, after the condition that opens a definition: `when a sound and a
#: delayed copy arrive within ~1–30 ms, you hear one fused sound …` (r161 glossary, the
#: precedence effect defined by nothing)
_THEN_YOU = re.compile(
    r"(?P<when>^\s*(?:when|if|whenever)\b[^,;:]{3,120},)\s+you(?=\s+(?:hear|see|get|perceive|"
    r"feel|find|notice|lose|obtain|observe|end\s+up)\b)",
    re.IGNORECASE,
)


#: a bracket that cites: `(Schmid 1924; the classic write-up is Schmid & Boas, 1935)`
_CITING_BRACKET = re.compile(r"\((?=[^()]*\b[A-Z][a-z]+\b[^()]*\b(?:1[6-9]|20)\d\d\b)[^()]*\)")


#: a kind in two words, the first of a hyphen (`eBPF-based CNI`, `user-space scheduler`)
_SHORT_KIND = re.compile(
    r"[\w]+-[a-z]+\s+(?:[A-Z]{2,6}s?|(?!(?:survey|series|tutorial|paper|post|book|overview|"
    r"intro|introduction|primer|review|read|writeup|explainer)\b)[a-z]{3,})"
)
#: a statement after a clause's break: `; DRF = max-min fairness …`
_NEXT_STATEMENT = re.compile(r"(?<=;\s)[\w-]+(?:\s[\w-]+){0,2}\s=\s")


def _statements_joined(sentence: str, at: re.Match[str]) -> bool:
    """`Coscheduling = gang scheduling …; CapacityScheduling = elastic quotas`: a statement,
    a semicolon, and another (not `20 classes; metric = mAP at IoU 0.5`)."""
    return (
        " = " in sentence[: at.start()] and _NEXT_STATEMENT.search(sentence, at.start()) is not None
    )


#: a bracket that holds a ratio or a product: `(your usage / total)`
_FORMULA_BRACKET = re.compile(r"\([^()]*\s[/×÷*]\s[^()]*\)")


#: the same, closing a text: an equation's citation (`F = C − P + 2 (Gibbs 1876–78, …)`)
_CITED_AT_END = re.compile(rf"\s*{_CITING_BRACKET.pattern}\s*$")


#: a bracket the writer speaks in, inside a sentence that goes on after it
_ASIDE_BRACKET = re.compile(
    r"\((?=[^()]*\b(?:you|I)\b)[^()]*\)(?=,?\s+\S)"
    # (`… followed by first-order elimination (the classic oral-dose "hump")` (r125
    # glossary, the Bateman function's whole definition dropped): the usual example of it)
    r"|\((?:the|a)\s+(?:classic|canonical|textbook|famous)\s[^()]*\)"
)


def _writers_voice(text: str) -> re.Match[str] | None:
    """Where the list's writer speaks in `text` (`opinion_in`), never in a quoted example:
    `system messages like "think step-by-step and justify your answer"` (r94 blog) quote a
    prompt (but `the "if you disagree with me you're ugly and stupid" talk` is the
    writer's)."""
    text = _QUOTATION.sub(lambda quoted: quoted["before"].ljust(len(quoted[0])), text)
    # (`… reaches the CRSS (Schmid 1924; the classic write-up is Schmid & Boas, 1935)` (r97
    # glossary): the writer's word on a citation, in its bracket, is not on the claim)
    text = _CITING_BRACKET.sub(lambda cited: " " * len(cited[0]), text)
    # (`dominant share = max over resources of (your usage / total)` (r105 notes): a
    # formula's reader is anyone)
    text = _FORMULA_BRACKET.sub(lambda formula: " " * len(formula[0]), text)
    # (`With a fixed model-selection protocol (you can't tune on the test domain!), plain ERM
    # … is about as good as every fancy DG method` (r118 syllabus): the writer's aside, in
    # its bracket, is not the claim's voice)
    text = _ASIDE_BRACKET.sub(lambda aside: " " * len(aside[0]), text)
    text = _GENERIC_YOU.sub(lambda generic: generic["noun"] + " one", text)
    text = _AS_YOU_NEED.sub(lambda generic: generic[0][:-3] + "one", text)
    text = _THE_MORE_YOU.sub(lambda generic: generic["more"] + "one", text)
    text = _THEN_YOU.sub(lambda generic: generic["when"] + " one", text)
    return opinion_in(_WHEN_YOU.sub(lambda generic: generic["when"] + " one", text))


_CLAUSE_COMMA = re.compile(
    r",\s+(?=(?:because|since|which|so|and|but|though|although|while|where|whereas|"
    r"[a-z]+ed|using|making|giving|leading|allowing|enabling|letting|yielding|requiring|"
    # (`A fungus living inside plant tissue without causing visible symptoms, at least for
    # now` (r157 glossary, **Endophyte** defined by nothing): the writer's hedge after it)
    r"at\s+least|for\s+now|so\s+far)\b"
    # (`…, i.e. what patents don't give you`, r94 table)
    r"|i\.e\.\s)"
    # (`uses Girard's linear logic to type values used exactly once → you can update arrays
    # in place …`, `… are affine, not linear — you're allowed to drop` (r145 notes): an arrow
    # or a dash before the writer's aside)
    r"|\s+(?:→|->|—|–)\s+"
)


#: the writer's label for what they tell themselves: `note to self:`, `Note:`, `NB:`
_NOTE_LABEL = re.compile(
    r"^(?i:note(?:\s+to\s+(?:self|me))?(?:\s+\d{1,2})?|nb|n\.b\.)\s*:\s+(?=\S)"
    # `Sec 2.2 is the tokenizer bit: BPE over bytes, …` (r118 table, "What is **GPT-2
    # byte-level BPE**? → Sec 2.2 is the tokenizer bit: …"): where to read it, then what
    r"|^(?i:sec(?:tion)?s?\.?|§|ch(?:apter)?s?\.?|appendix)\s*[\dA-Z][\d.]*\s+(?i:is|are)\s+"
    r"(?i:the)\s+[\w\s-]{1,30}?\s*(?i:bit|part|section|chapter|one)s?\s*:\s+(?=\S)"
    # `Worth keeping in mind: nothing in here checks that a speaker may actually originate a
    # prefix.` (r135 notes, RFC 4271's gist with the label): the writer's nudge, then the fact
    r"|^(?i:(?:(?:also\s+)?worth\s+(?:keeping\s+in\s+mind|noting|knowing|remembering))|"
    r"(?:something|one\s+thing)\s+to\s+(?:keep\s+in\s+mind|note|remember)|keep\s+in\s+mind|"
    r"remember)\s*:\s+(?=\S)"
)
#: a label that sets another thing beside the entry (`Useful contrast:`, `Relevant to X:`)
_ASIDE_LABEL = re.compile(
    r"(?i)(?:(?:a\s+)?(?:useful|nice|good|interesting|important|key)\s+)?(?:contrast|comparison)"
    r"|relevant\s+to\s+[^:]{2,30}|(?:compare|contrast)\s+(?:to|with)\s+[^:]{2,30}"
)
#: the writer's label before a colon, never what the work is — what follows is:
_WRITERS_LABEL = re.compile(
    # `The Google Brain paper that kicked everything off: an RL agent …`
    r"(?:the|a|an)\s+(?:[\w-]+\s+){1,3}(?:paper|one|entry|pick)(?:\s+that\s+[^:]{1,40})?"
    # `why the legacy PM had to go: analyses are now cached …`: what the reading explains
    # (but `Why …:` is a title)
    r"|(?-i:(?:why|how)\s+[^:]{3,60})"
    # a signpost: `Context for what follows: Gopher is …` (r85 blog), `Exactly what it says:
    # …` (r89 blog), `Where the two worlds meet: …`, `The dumbest trick that works: …` (r97
    # blog), `Two reasons it matters: it coined …` (r98 blog)
    r"|(?:some\s+)?(?:context|background)\s+for\s+[^:]{3,30}"
    r"|(?:it(?:'s|\s+is|\s+does)\s+)?exactly\s+what\s+it\s+says(?:\s+on\s+the\s+tin)?"
    # `The title says it all: if all ensemble members share …` (r157 table, the gist with it)
    r"|(?:the\s+)?title\s+says\s+it\s+all"
    r"|where\s+(?:the\s+)?(?:two|these|both)\s+[\w-]+\s+meet"
    r"|(?:(?:two|three|a\s+few|the)\s+)?reasons?\s+(?:it|this)\s+matters|why\s+it\s+matters"
    r"|(?:the|a|an)\s+(?:[\w-]+est|best|most\s+[\w-]+)\s+(?:trick|idea|hack|baseline|method|"
    r"thing|paper)(?:\s+that\s+(?:works|matters|counts))?"
    # how it stands to another work: `Important rebuttal: collapse happens when …` (r94 blog)
    r"|(?:(?:an?|the)\s+)?(?:(?:important|key|major|famous|necessary|direct)\s+)?"
    r"(?:rebuttal|counterpoint|response|reply|critique|correction)"
    # how widely it is used: `The recipe still used everywhere: keep an fp32 master copy …`
    # (r97 syllabus), `The architecture recipe everyone copied for years: …` (r99 table)
    r"|(?:the|a|an)\s+(?:[\w-]+\s+){1,3}(?:(?:still\s+)?used\s+(?:everywhere|today|widely)"
    r"|(?:everyone|everybody|people|the\s+field)\s+(?:copied|copies|uses|used|adopted)"
    r"(?:\s+for\s+years)?)"
    # `The detail that matters for this list: they arrange …` (r126 blog): what the writer
    # picks out, then the fact; `The recipe was brute force plus a lot of cleverness: sample
    # up to millions of programs, …`: the writer's word on the recipe, then the recipe (but
    # `The trick is partial noising: …` names the trick)
    r"|(?:the|a|an)\s+(?:[\w-]+\s+){1,2}that\s+matters?\s+(?:for|to|in|here)\b[^:]{0,30}"
    r"|(?:the|its|their)\s+recipe\s+(?:was|is)\s+[^:]{3,50}"
    # `The fix is weirdly simple: freeze the random patch-projection layer` (r128 table)
    r"|the\s+fix\s+(?:is|was)\s+(?:\w+\s+)?(?:simple|easy|trivial|small|tiny)"
    # `The actual origin of the idea: compress a big ensemble into one small neural net …`
    # (r129 awesome, "What is **Model Compression**? → The actual origin of the idea")
    rf"|{ORIGIN_OF_THE_IDEA}",
    re.IGNORECASE,
)
#: what the work is not (`… comes from Bigtable/LevelDB, not this paper`)
_NOT_THIS_WORK = re.compile(
    r"(?i)\bnot\s+(?:from\s+)?(?:this|the)\s+(?:paper|book|post|article|talk)\b"
)
#: who recommends a thing, after what it is: the list's voice, never what it is
_VOUCHED = re.compile(
    r",?\s+(?:recommended|endorsed|praised|championed)\s+by\s+[\w .&'’-]{1,40}?\.?$"
)
#: the writer's label for why the reading is in the list: `Why it's in a VM list: the
#: decades-old "kernel mapped into every address space" design got broken by …` (r139
#: notes, "What is **Meltdown**? → Why it's in a VM list")
_WHY_LISTED = re.compile(
    r"(?i)why\s+(?:it['’]s|it\s+is|this\s+is|this['’]s|i\s+(?:list|include)(?:ed)?\s+it)"
    r"(?:\s+(?:in|on)\s+(?:a|an|the|this|my)\s+[\w\s-]{1,30}|\s+here)?$"
)
# (`… with Bayesian variants (…) so you get calibrated uncertainties` (r135 blog, SuperNNova
# left without a gist): what it gives the reader)
_SO_YOU_CAN = re.compile(
    r",?\s+so(?:\s+that)?\s+(?:you|we|one)\s+(?:can|could|get|have|know)\b"
    # (to the next item of a list: `Two key moves: a temporal encoding so you can mask across
    # a time series of images, and grouping spectral bands …` (r139 blog, cut to "Two key
    # moves: a temporal encoding"))
    r"(?:[^,;]*(?=,\s+and\s+(?!(?:you|we|one)\b)[a-z]+ing\b)|.*$)"
    # (`… corresponds to a Lindahl equilibrium, which you can compute with a convex program`
    # (r137 syllabus, dropped whole for its `you`))
    r"|,\s+which\s+(?:you|we|one)\s+(?:can|could)\b.*$"
)
_SHOWING = re.compile(
    r"^(?:is|was)\s+(?:[\w-]+\s+){1,6}?(?P<verb>show|argu|prov|demonstrat)ing\s+that\s+"
)
_SHOWS = {"show": "shows", "argu": "argues", "prov": "proves", "demonstrat": "demonstrates"}


#: a pointer to another item of the list that ends a fact: `…, see #16`, `(…, see #9)`
_SEE_ITEM = re.compile(r",\s*see\s+#\d{1,3}(?=\))|\s*[,;—–-]?\s*\(?see\s+#\d{1,3}\)?\s*$", re.I)
#: a definition's reader: `in your interest`, `forms you have to mail in`, and one a
#: relative clause names (`Items you produce yourself are remembered better than items you
#: just read`, `the circumstances in which you heard shocking news`, `What you see during
#: training …`, r167 glossary, definitions dropped as the writer's voice) — anyone; never
#: the reader told what to do (`If you've never fit an ETS …, do that first`)
#: `the residue you get by extracting …`: what anyone gets, in any list (`What you get when
#: you wash a concrete …` under **Absolute**, r174 glossary, written `**Term** — …`)
_ANYONE_GETS = re.compile(r"(?<=\w\s)you(?=\s+(?:get|obtain)\s+(?:by|when|from|if|after)\b)")
_GLOSSARY_YOU = re.compile(
    r"\byour\b|\byourself\b|\byou(?=\s+(?:have|need)\s+to\b)"
    r"|(?:(?<=\bwhich\s)|(?<=\bthat\s)|(?<=\bwhat\s)|(?<=\bWhat\s)|(?<=\bwhen\s)"
    r"|(?<=[a-z]s\s))you\b(?!['’])"
    # (`(Paris is the capital of France; you don't remember when you learned that)` under
    # **Semantic memory**: anyone's memory)
    r"|\byou(?=\s+(?:don['’]t|do\s+not|can['’]t|cannot)\s+(?:remember|recall|notice)\b)"
    r"|" + _ANYONE_GETS.pattern
)
#: an example's words in quotes, which may say `I`: `("what I had for breakfast today")`
_QUOTED_EXAMPLE = re.compile(r"\(\s*[\"“][^\"“”]{3,80}[\"”]\s*\)")
#: a research group by its name, then maybe its head and where the work appeared
_GROUP_AND_VENUE = re.compile(
    # (never `Same group`, `From Stanford's … group`: a pointer, or a clause)
    r"(?P<group>(?!(?:Same|From|Also|Another|Their|His|Her|Our|This|That|The)\b)"
    r"(?:[A-Z][\w&.'’-]*\s+){1,4}(?:lab|group|team|Lab|Group|Team))"
    r"(?:\s*\([^()]{1,40}\))?(?:,\s+[^.;:]{1,50})?"
)
#: `W3C Internationalization article (Richard Ishida)`: a kind of reading, and its writer
_KIND_AND_WRITER = re.compile(
    r"(?:an?\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?:article|post|blog\s+post|explainer|write-?up|essay|"
    r"tutorial|talk|column)\s*\((?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\)"
)
#: `… but the core idea is good: …`, `The key idea:`: a lead-in to what the work is
_CORE_IDEA = re.compile(
    # (but `Key idea: …` heads the gist "What is the key idea of …?")
    r"(?i)(?:(?:^(?:but\s+)?|,\s+(?:but\s+)?)(?:the\s+)?(?:core|key|main|central|big)\s+"
    r"(?:idea|insight|trick|contribution)\s+is(?:\s+(?:good|simple|neat|clever|solid))?"
    r"|,\s+(?:but\s+)?(?:the\s+)?(?:core|key|main|central|big)\s+(?:idea|insight|trick))"
    r":\s+"
)
#: where a paper appeared, alone: a journal's name, its volume and its pages or article
#: number (`Behavioral and Brain Sciences 43, e1`, r94 syllabus; `Nature 529(7587), 484–489`)
#: how people cite the work: `Usually cited as Software Practice & Experience 2001`
_CITED_AS = re.compile(
    r"(?i)^(?:usually|often|mostly|commonly|also|normally)?\s*cited\s+as\s+(?!the\s)"
    r"[^:]{0,60}\b(?:19|20)\d\d\b"
)
#: a publisher's series a book appeared in: `Cambridge Manuals in Archaeology`, `Lecture
#: Notes in Computer Science`, `Springer Series in Statistics`, `Oxford Studies in …`
_BOOK_SERIES = re.compile(
    r"(?:[A-Z][\w&'’-]*\s+){0,3}(?:Manuals?|Series|Studies|Handbooks?|Texts|Textbooks|Library|"
    r"Lecture\s+Notes|Monographs|Classics|Primers|Companions)"
    r"(?:\s+(?:in|on|of)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:and\s+)?[A-Z][\w&'’-]*){0,4})?"
    r"(?:\s*,?\s*(?:vol(?:ume)?\.?|no\.?)\s*\d+)?"
)
#: how many wrote it, then where it appeared: `15 authors, LNCS 7998`
_AUTHOR_COUNT = re.compile(
    r"(?:\d{1,4}|a\s+dozen|dozens\s+of|hundreds\s+of)\+?\s+(?:co-?)?authors"
    r"(?:\s*[,;(]\s*[A-Z][\w.&/-]*(?:\s+[\w.&/-]+){0,3}\)?)*"
)
#: what is left of a venue once its name and year are read: `workshop on Anomaly Detection
#: in Finance`
_WORKSHOP_LEFT = re.compile(
    r"(?i:the\s+)?(?i:workshop|symposium|track|special\s+session)\s+(?i:on|for)\s+"
    r"[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|in|of|for|on|the|&))*"
)
#: a note on how a work was published, never what it says
#: which version of a paper it is: `The arXiv preprint of the Nature paper below` (r150
#: table, "What is described here? *Mirhoseini, Goldie, et al. The arXiv preprint …*")
_VERSION_OF = re.compile(
    r"(?i)(?:the\s+|an?\s+)?(?:(?:arxiv|conference|journal|workshop|extended|short|earlier|"
    r"longer|open-access|full)\s+)*(?:preprint|pre-print|version|write-up)\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:paper|article|version|one)(?:\s+(?:below|above|later|here))?"
)
#: what kind of paper and where: `Wharton working paper, SSRN` (r150 syllabus, asked "What
#: is **Generative AI Can Harm Learning**? → Wharton working paper, SSRN")
_PAPER_KIND = re.compile(
    r"(?:an?\s+)?(?:[A-Z][\w&'’-]*\s+){0,3}(?i:working|discussion|white|position|technical|tech\.?)"
    r"\s+(?i:paper|report)(?:\s*[,(]\s*(?:SSRN|arXiv|NBER|RePEc|[A-Z]{2,8})\)?)?"
)
#: where its write-ups appear: `System descriptions appear in the SAT Competition
#: proceedings, e.g. "…"` (r147 notes)
_WHERE_DESCRIBED = re.compile(
    r"(?i)(?:the\s+|its\s+|their\s+)?(?:system\s+|tool\s+)?(?:descriptions?|write-?ups?)\s+"
    r"(?:appear(?:s|ed)?|(?:is|are|was|were)\s+published)\s+in\b.*"
)
#: what the entry's link is: `The LWN link is Corbet's write-up; several later LWN articles
#: follow the patch set's revisions` (r139 notes)
_LINK_IS = re.compile(
    r"(?i)the\s+(?:[\w.-]+\s+)?(?:link|url|pdf)\s+(?:is|goes\s+to|points\s+to)\b.*"
)
_PUBLICATION_NOTES = (
    *(_AUTHOR_COUNT, _WORKSHOP_LEFT, _BOOK_SERIES, _VERSION_OF, _PAPER_KIND, _WHERE_DESCRIBED),
    _LINK_IS,
)
_JOURNAL_ISSUE = re.compile(
    r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|and|of|for|in|on|the|&))*"
    # (`Science Advances 9(16): eadg6175` (r160 syllabus, a gist): an article's number)
    r"\s+\d{1,4}(?:\s*\(\d{1,5}\))?\s*[,:]\s*(?:e[a-z]{0,4}\d{1,7}|\d{1,6}(?:\s*[–-]\s*\d{1,6})?)\.?"
)
#: a standard's status, not what it says: `Informational, Independent Submission stream`,
#: `Proposed Standard`, `BCP 14`
_DOCUMENT_STATUS = re.compile(
    r"(?:Informational|Standards?\s+Track|Proposed\s+Standard|Internet\s+Standard|Draft\s+Standard|"
    r"Experimental|Historic|Best\s+Current\s+Practice|BCP\s+\d+|Independent\s+Submission)"
    r"(?:\s*[,;.]\s*(?:Independent\s+Submission|IETF|IRTF|IAB)?(?:\s+stream)?)*\s*\.?"
    r"(?:\s+[—–-]\s.*)?$"
)
#: a document's place among its versions: `Obsoletes RFC 7234`, `Supersedes …`
_SUPERSEDES = re.compile(
    # (a document by its id: `Updates the index in place` says what a work does)
    r"(?i:obsoletes|supersedes|deprecates|updates)\s+(?:RFC|PEP|JEP|KIP|ISO|ECMA|[A-Z]{2,}[- ]?\d)"
)


#: the words a note on a work's publishing is written in, besides names and numbers
_PUBLISHING_WORDS = frozenset(
    {
        *("ed", "edn", "edition", "editions", "first", "second", "third", "later", "earlier"),
        # (`in Wilcock, and Iverson, eds., Prediction in Geomorphology: AGU Geophysical
        # Monograph 135`, r174 syllabus, a cloze on it: the edited book it appeared in)
        *("eds", "editor", "editors", "edited", "by"),
        *("reprint", "reprints", "reprinted", "printed", "published", "publishes", "put"),
        # (`Posted in 2021, merged in Linux 6.1 (Dec 2022)` (r139 notes): a patch set's)
        *("posted", "merged", "landed", "upstreamed", "mainlined"),
        *("arxiv", "free", "online", "licence", "license", "series", "volume", "vol", "no", "pp"),
        *("onwards", "version", "versions", "draft", "older", "newer", "extended", "study"),
        # (`authorized English translation by Karl F. MacDorman and Norri Kageki, …, 2012`,
        # r146 syllabus, The Uncanny Valley's gist)
        *("translation", "translated", "authorized", "authorised", "originally"),
        *("lecture", "notes", "spring", "summer", "school", "book", "proceedings", "same"),
        *("titled", "called", "renamed", "has", "is", "was", "it", "as", "in", "on", "at"),
        *("of", "and", "the", "a", "an", "for", "from", "with", "by", "its", "to"),
    }
)


def _cites_another(piece: str, authors: str, own: list[str]) -> bool:
    """`Standardized version of CRYSTALS-Kyber (Bos et al., *IEEE EuroS&P 2018*, …)` under
    **FIPS 203** (r115 syllabus, "Who made FIPS 203? → Bos et al."): the bracket comes right
    after another work's name-shaped name, and cites that work."""
    surname = attribution.first_surname(authors) if authors else ""
    if not surname:
        return False
    # (the name in the sentence's run, after `of`, `from`, `like`: never a head's or a title's
    # own, `LeNet-5 (LeCun et al. 1998)`, `… with Multi-gate Mixture-of-Experts (Jiaqi Ma, …)`)
    cited = re.search(
        r"\b(?:of|from|like|than|vs\.?)\s+"
        # (a name of a work's shape, `CRYSTALS-Kyber`, `GPT-2`: never `NOx (Chameides …)`)
        r"(?P<name>[A-Z][\w.+]*-(?:[A-Z][\w.+-]*|\d[\w.+-]*))\s*\([^()]*?" + re.escape(surname),
        piece,
    )
    mine = {squash(n) for n in own if n}
    if cited is None:
        # (`dma-buf (Sumit Semwal et al.): share a buffer between devices …` under **DMA
        # buffer sharing in 3.3** (r169 notes, "Who wrote it? → Semwal et al.": the LWN
        # article is not theirs): a note that opens with another thing's name and its
        # people, then what it is
        opening = compiled(
            r"(?P<name>[\w.+-]+(?:\s+[\w.+-]+){0,2})\s*\([^()]*?"
            + re.escape(surname)
            + r"[^()]*\)\s*:\s"
        ).match(piece)
        return opening is not None and squash(opening["name"]) not in mine
    return not any(squash(cited["name"]) in m or m in squash(cited["name"]) for m in mine if m)


#: `Shorter and friendlier than Eiben & Smith.`: the reading weighed against another one
_READING_COMPARED = re.compile(
    r"(?i)(?:much\s+|a\s+bit\s+|far\s+)?(?:shorter|friendlier|easier|gentler|clearer|denser|"
    r"harder|drier|more\s+(?:readable|accessible|approachable))"
    r"(?:,?\s+(?:and\s+)?(?:shorter|friendlier|easier|gentler|clearer|denser|harder|drier|"
    # (`… than the Wen et al. review` (r158 awesome, a reverse card's clue once its remark
    # went): another reading, by its people)
    r"more\s+\w+))?\s+than\s+(?:[^.;:]|(?<=\bal)\.){1,60}\.?$"
)
#: `This is where the task gets its name.`: where a word comes from, and nothing of it
_NAMED_HERE = re.compile(
    r"(?i)(?:this|it)\s+is\s+where\s+.{1,60}?\s+gets?\s+its\s+name\.?$"
    # (`The paper that named it.` (r146 awesome, Graph RAG's gist))
    r"|(?:this\s+is\s+)?the\s+(?:paper|work|post)\s+that\s+(?:named|coined)\s+(?:it|the\s+term)\.?$"
    # (`The paper that coined "VLA".` (r120 table, RT-2's gist once its date led))
    r"|the\s+(?:paper|work|post)\s+that\s+coined\s+[\"“][^\"“”]{1,30}[\"”]\.?$"
)
#: `There are two ideas here.`: a count of what the next sentences say
_PREAMBLE = re.compile(
    r"(?i)there\s+(?:are|were)\s+(?:two|three|four|several|a\s+few)\s+(?:main\s+|key\s+|big\s+)?"
    r"(?:ideas|things|parts|pieces|contributions|tricks|components|steps|halves)"
    r"(?:\s+(?:here|in\s+(?:it|this(?:\s+paper)?)|to\s+it))?\s*[.:]?$"
    # `The contribution is mostly about *representation*.` (r144 table, Pop Music
    # Transformer's gist, weak): what the next sentence is about
    r"|(?:the\s+)?(?:main\s+|key\s+|real\s+|big\s+)?(?:contribution|novelty|point|trick)"
    r"\s+(?:here\s+)?is\s+(?:mostly\s+|mainly\s+|really\s+|largely\s+|all\s+)?about\s+"
    r"[\w-]+(?:\s+[\w-]+)?\s*[.:]?$"
)
#: `This is the DLR group.` (r145 blog, a gist): whose group made it
_THEIR_GROUP = re.compile(
    r"(?i:this|it)\s+is\s+(?:from\s+)?(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
    r"(?:['’]s)?\s+(?:group|lab|team)\.?"
)
#: sentences that say nothing of the work: the writer weighing readings, where a name comes
#: from, a count of what follows, whose group made it
_SAYS_NOTHING = (_READING_COMPARED, _NAMED_HERE, _PREAMBLE, _THEIR_GROUP)
#: the words a byline is written in, besides the names of people and places
_BYLINE_WORDS = frozenset(
    {
        *("with", "and", "others", "at", "from", "by", "of", "the", "in", "et", "al"),
        *("group", "lab", "team", "colleagues", "collaborators", "coauthors", "co-authors"),
        *("his", "her", "their", "students", "later", "now", "plus", "a", "few", "several"),
        *("startup", "start-up", "company", "spin-off", "spinout", "spin-out"),
        # (`Thompson, Farley, Barker, Gee, Stewart, 2011 tech paper` (r173 notes, a clue for
        # the **LMAX Disruptor**): who wrote it, when, and what kind of paper)
        *("tech", "paper", "whitepaper"),
    }
)


#: a word an organisation's name ends with: `Coding Technologies`, `Bell Labs`
_ORG_WORD = re.compile(
    r"\b(?:Technologies|Technology|Labs?|Laboratories|Inc|Corp|Corporation|Research|Institute|"
    r"University|Group|Systems|Software|Foundation)\b"
)


def _names_only(text: str) -> bool:
    """`Inge Sa with ETH Zurich (Siegwart's lab) and Bonn (Stachniss)`: people and places
    and the small words between them — a byline, never a claim."""
    bare = re.sub(r"\([^()]*\)", " ", attribution.QUOTED_TITLE.sub(" ", text))
    opening = bare.strip(" ,")
    if starts_with_verb(opening[:1].lower() + opening[1:]) or re.match(
        r"\W*(?:[A-Z0-9-]{3,}|[A-Z][a-z]+[A-Z])", bare
    ):
        # (`Introduces MultiMedQA … and Med-PaLM`, `MERFISH, from Xiaowei Zhuang's lab`: what it
        # does, what it is called)
        return False
    words = re.findall(r"\b[A-Za-z][\w'’.-]*", bare)
    lower = [w for w in words if w[0].islower()]
    if any(w.casefold().rstrip(".") not in _BYLINE_WORDS for w in lower):
        return False
    # (`Coding Technologies (later bought by Dolby)` (r143 notes, SBR's gist once its venue
    # led): a company's name alone, too; never `Residual VQ (a stack of quantizers, …)`,
    # `Two-asset HANK (liquid and illiquid wealth)`, what a thing is, named)
    person = re.fullmatch(
        r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][a-z'’-]+){1,2}", bare.strip(" ,.;")
    )
    if not lower and not (person or _ORG_WORD.search(bare) or attribution.lab_in(bare, loose=True)):
        return False
    # (a name first, of two capitalised words: `Inge Sa with …`, never `Comes with …`)
    # (and when: `Thompson, Farley, Barker, Gee, Stewart, 2011 tech paper` (r173 notes))
    undated = re.sub(r"\b(?:19|20)\d\d\b", " ", bare)
    return re.match(r"\W*[A-Z][\w'’.-]*,?\s+[A-Z]", bare) is not None and not re.search(
        r"\d", undated
    )


def _where_and_when_note(text: str) -> bool:
    """`CMCS 2008, ENTCS 203(5)`, `IETF, Sept 2012.`, `first ed 1971, second ed 1998`: where
    and when a work appeared, and nothing else."""
    unquoted = attribution.QUOTED_TITLE.sub(" ", text)
    return attribution.year_in(text) is not None and (
        VENUE_NOTE.match(text) is not None
        or _publication_history(text)
        or not re.search(r"\b[a-z]{3,}", unquoted)
    )


def _publication_note(text: str) -> bool:
    """A note on how a work was published, never what it says: one of `_PUBLICATION_NOTES`,
    or where and when its versions appeared (`_publication_history`)."""
    return any(
        kind.fullmatch(text.strip(" .,;")) for kind in _PUBLICATION_NOTES
    ) or _publication_history(text)


def _publication_history(text: str) -> bool:
    """`first ed 1971, second ed 1998`, `free as TAC Reprints no. 22`, `CUP published it in
    2019 as *An Invitation to …*`: names, numbers and publishing words alone, with a year or
    a volume's number — where and when a work appeared."""
    # (a bracket is an aside: `published on HTML5 Rocks in 2011 (Garsiel's original was on her
    # own site a bit earlier)`, r146 notes)
    unquoted = re.sub(r"\([^()]*\)", " ", attribution.QUOTED_TITLE.sub(" ", text))
    lower = [w for w in re.findall(r"\b[A-Za-z][\w'’-]*", unquoted) if w[0].islower()]
    if any(w.casefold().rstrip(".") not in _PUBLISHING_WORDS for w in lower):
        return False
    return bool(
        re.search(r"(?<!RFC )\b(?:1[6-9]|20)\d\d\b", text)
        or re.search(r"\b(?:no|vol|volume)\.?\s*(?:as\s+)?\d", text, re.IGNORECASE)
        # (`in *New Structures for Physics* (Lecture Notes in Physics 813,)`: a series' volume)
        or re.search(r"\b[A-Z][a-z]+\s+\d{1,4}\s*(?:[,)]|$)", text)
    )


#: a sentence's last clause, added on: `, plus the instance generators from #17`
_POINTING_TAIL = re.compile(r",\s+(?:plus|and|with|along\s+with|as\s+well\s+as)\s+[^,;]*$")


def _claim(
    text: str,
    source: str,
    leading: bool,
    name: str,
    own_names: list[str],
    stressed: list[str],
    link_names: list[str],
    out: Claims,
    glossary: bool = False,
    aliased: bool = False,
    described: bool = False,
) -> Claim | None:
    """The claim a cleaned piece makes, or None (noting pointers in `out`); `described`:
    the piece comes right after the entry's byline."""
    # (`Regret matching; the ancestor of CFR (Week 13).` (r66 syllabus): where the course
    # comes back to it, in its bracket, is no part of the claim)
    text = _WEEK_BRACKET.sub("", text)
    if _ADD_ON.match(text):
        return None  # `**CUTLASS** (url) + the docs under media/docs/`: more to read, no fact
    if _SEGUE.search(text.strip()):
        return None  # (what the course reads next, not what this reading says)
    if _CODE.search(text):
        # `the 2-proc algorithm everyone teaches: \`flag[i] = true; turn = j; while (flag[j]
        # && turn == j) ;\`` (r102 notes, "What is **Myths About the Mutual Exclusion
        # Problem**? → turn = j; while (…)"): code, cut at its semicolons, says nothing
        return None
    if ASSIGNMENT.match(text):
        return None  # `A3 out: fine-tune a cross-encoder …` (r108 syllabus): course work
    if (_READING_PART.match(text) and ":" not in text) or _IN_EDITED_BOOK.match(text):
        # `Tedrake, *Underactuated Robotics*, chapter on trajectory optimization (…)` (r92
        # syllabus, graded useless as its gist): which part to read, no fact
        return None
    if leading and not glossary and _QUESTION.fullmatch(text.strip()):
        # `What if the router is... just a hash of the token ID?` (r77 blog): the writer's
        # question; what follows answers it
        return None
    proposed = _PROPOSED_IT.match(text) if leading else None
    if proposed is not None:
        # `Verhulst 1838 proposed it (in …), and Pearl & Reed …` (r76 glossary, Logistic
        # growth): who made the term and when, not what it is — before anyone the sentence
        # cites after (`… and [Pearl & Reed 1920](…) rediscovered it`)
        who = attribution.cite_authors(re.split(r"\s+(?:&|and)\s+", proposed.group("who")))
        first = int(proposed.group("year"))
        if not out.attribution.authors or (out.attribution.year or 0) > first:
            out.attribution = Attribution(authors=who, year=first)
        return None
    text = LEADING_SYMBOLS.sub("", text)  # `⭐ RAG, …`, `👉 …`: the list's markers
    journal = attribution.JOURNAL_ABBREVIATION.match(text)
    if journal is not None and re.match(r"\.?\s*[\"“A-Z]", text[journal.end() :]):
        # `Chem. Rev.. Probably the single most-run C–C bond-forming reaction …` (r124
        # glossary): a journal link's text, left before the sentence that follows it
        text = text[journal.end() :].lstrip(" .")
    # `note to self: UTS = hostname + NIS domainname, nothing else` (r96 notes): the
    # writer's label, then the fact (what follows is read as any other clause)
    text = _NOTE_LABEL.sub("", text)
    if not text or _LINK_GONE.match(text) or text.rstrip(" .").endswith(":"):
        # `the [Natural Number Game](…) by Kevin Buzzard` without its link: `the by …`;
        # `Weights first, paper later: [The Llama 3 Herd …](…)`: a label for what follows
        return None
    labelled = _LABELLED_CITATION.fullmatch(text.strip(" ."))
    if labelled is not None:
        by, rest = attribution.cut(labelled["rest"])
        if by.authors and (not tidy(rest) or _reference_only(tidy(rest))):
            # `monoBERT itself: Nogueira & Cho, "Passage Re-ranking with BERT"` under the
            # book that surveys it (r154 notes, its gist): where another work is, no fact
            return None
    posted = _POSTED.fullmatch(text.strip(" ."))
    if posted is not None:
        # `nostalgebraist, LessWrong, Aug 2020`: who posted it, where, and when
        who = posted.group("who") or ""
        if re.fullmatch(r"[A-Z][\w'’-]+\s[A-Z][\w'’-]+", who):
            who = attribution.cite_authors([who])  # (`Lin Clark`: cited as Clark)
        if not out.attribution.authors:
            out.attribution = out.attribution.merged(
                Attribution(
                    authors=who,
                    venue=posted.group("where"),
                    year=int(posted.group("year")),
                )
            )
        return None
    group = _GROUP_AND_VENUE.fullmatch(text.strip(" ."))
    if group is not None:
        # `HKU XLang lab, NeurIPS 2024`, `OSU NLP group (Yu Su's lab), Datasets & Benchmarks
        # spotlight` (r106 blog, each asked "What is …?"): whose group made it, and where
        if not out.attribution.lab:
            out.attribution = out.attribution.merged(Attribution(lab=group["group"].strip()))
        return None
    kind_by = _KIND_AND_WRITER.fullmatch(text.strip(" ."))
    if kind_by is not None:
        # `W3C Internationalization article (Richard Ishida)` (r89 notes, graded useless as
        # a clue): what kind of reading it is, and who wrote it
        if not out.attribution.authors and source == "nested":
            writer = attribution.cite_authors([kind_by.group("who")])
            out.attribution = out.attribution.merged(Attribution(authors=writer))
        return None
    handle = _HANDLE_BYLINE.fullmatch(text.strip(" ."))
    if handle is not None:
        # `withoutboats (Saoirse Shipwright), 2023`: a writer's handle, their name, the year
        if not out.attribution.authors and source == "nested":
            named = attribution.whole_names(handle.group("name"))
            out.attribution = out.attribution.merged(
                Attribution(authors=named, year=int(handle.group("year")))
            )
        return None
    byline = signed_byline(text, leading=leading)
    if byline is not None and (source == "nested" or leading):
        # `Jason Gregory (Naughty Dog), CRC Press / A K Peters, 2018.` (r134 notes): who
        # made the work, where they worked, and when; never what it is
        if not out.attribution.authors:
            out.attribution = out.attribution.merged(byline)
        return None
    signed = SIGNED.match(text)
    if signed and len(text[signed.end() :].split()) <= 4:
        # `Adi Shamir, two pages!`: who, and a remark on it
        if not out.attribution.authors and source == "nested":
            names = re.split(r"\s*(?:,|&|\band\b)\s*", signed.group(0).strip(" ,"))
            signers = Attribution(authors=attribution.cite_authors([n for n in names if n]))
            out.attribution = out.attribution.merged(signers)
        return None
    if (
        BYLINE_LEFT.search(text)
        or VENUE_NOTE.match(text)
        or text.strip(" .,;") in VENUE_NAMES
        or attribution.is_journal_reference(text)
    ):
        # (`npj Digital Medicine`: a journal alone, where it appeared)
        # a byline the citation reader did not take: who, not what; `MAPL 2019 (co-located
        # with PLDI)`: where, not what
        if (
            leading
            and (attribution.is_journal_reference(text) or BYLINE_LEFT.search(text))
            and not out.attribution.year
        ):
            # (`Behavioral and Brain Sciences 40, e253, 2017` (r91 syllabus): when, too)
            out.attribution = out.attribution.merged(Attribution(year=attribution.year_in(text)))
        pair = re.fullmatch(r"(?P<first>[^,]+?) and [^,]+", out.attribution.authors)
        if leading and pair is not None and BYLINE_LEFT.search(text):
            # (`Kashif Rasul, Arjun Ashok, Andrew Robert Williams and a big … crew` (r127
            # blog, "Rasul and Ashok"): the first two of many)
            out.attribution = replace(out.attribution, authors=f"{pair['first']} et al.")
        return None
    if SEE_ALSO.match(text):
        out.see_also.extend(_names_in(text, link_names + stressed))
        return None
    if INSTEAD.search(text):
        out.instead.extend(_names_in(text, link_names + stressed))
        return None
    if leading:  # `**RLHF** (reinforcement learning from human feedback): tunes …`
        bracket = re.match(r"^\([^()]*\b(?:19|20)\d\d\)\s*", text)
        if bracket is not None:  # (its where and when are the title's: `(CACM, 2009)`)
            cited = attribution.cut(bracket.group(0).strip())[0]
            year = attribution.year_in(bracket.group(0))
            out.attribution = out.attribution.merged(cited).merged(Attribution(year=year))
            text = text[bracket.end() :]
        text = _LEADING_ASIDE.sub("", text, count=1)
        # `Rendle again: models all pairwise interactions …`
        text = re.sub(r"^[A-Z][\w'’-]+\s+again\s*[:,—–-]\s*", "", text)
        # `[Title](…) by Koren et al. (IEEE Computer, 2009) is the readable write-up of …`:
        # the cited title is the subject
        # (`… is NVIDIA Research's 36-chiplet inference prototype`: whose it is, then what)
        text = re.sub(
            r"^(?:is|was)\s+(?=(?:the|a|an|(?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*['’]s)\s)", "", text
        )
        # `[Hitting the Memory Wall](…) (…, 1995) is five pages of arithmetic showing that
        # …`: what the paper shows, its length the writer's aside
        text = _SHOWING.sub(lambda found: _SHOWS[found.group("verb")] + " that ", text, count=1)
    head, colon, tail = text.partition(": ")
    if colon and starts_with_verb(tail) and DOES_AFTER_LEAD.match(tail) and "?" in head:
        # `Two answers to "can we drop the crosses?": replaces the wide part …`
        text = tail
    # `the classic stack buffer overflow tutorial: …` defines; the praise is dropped
    # (`the classic on separating the compute definition from …`: what it is about)
    text = re.sub(r"^(?i:the|a|an)\s+(?:classic|readable)\s+(?:on|about)\s+(?=\w+ing\s)", "", text)
    praised = re.match(
        r"^(?i:(the|a|an))\s+(?:classic|readable|impressive|influential|excellent|solid)\s+(?=\w)",
        text,
    )
    if praised:  # (the opinions' own words: `the classic …`, `the readable write-up …`)
        rest = text[praised.end() :]
        article = praised.group(1)
        if article.casefold() != "the":
            article = article[0] + ("n" if rest[:1].casefold() in "aeiou" else "")
        text = f"{article} {rest}"
    text = without_remarks(text)  # `origin of the InfoNCE name. only really read …`
    # `… item recommendations. see *ANN search*.`: a pointer to another term, no part of it
    text = _TRAILING_SEE.sub("", text) or text
    judged, semicolon, rest = text.partition("; ")
    if semicolon and (
        is_verdict(judged) or (is_packaging(judged) and not _ABOUT_RELEASE.search(rest))
    ):
        # `Huge; comes with the … repo`, `Free online textbook; the standard intro to ETS,
        # ARIMA …`: the list's verdict or the reading's form, then what it says
        text = rest
    verdict, colon, said = text.partition(": ")
    # (`Useful contrast: SQLite throws out …`, `Relevant to SQLite: it does not …` (r86
    # notes, graded useless as gists): another thing set beside the entry, never what it is)
    aside = _ASIDE_LABEL.fullmatch(verdict) is not None
    if (
        colon
        and (is_verdict(verdict) or aside or _WRITERS_LABEL.fullmatch(verdict))
        and len(said.split()) >= 4
    ):
        # (`The contrarian paper: strip the block down, …`: the writer's label, then what)
        text = said  # `Short paper, two big ideas: 1×1 convolutions as …`: what it says
    core = _CORE_IDEA.search(text)
    if core is not None and len(text[core.end() :].split()) >= 4:
        # `Vendor paper, so calibrate accordingly, but the core idea is good: a bi-temporal
        # knowledge graph …` (r89 blog, graded useless as Zep's gist): the writer's caveat,
        # then what it is
        text = text[core.end() :]
    # `Compiles HumanEval and MBPP into 18 languages, so you can measure how …`: what it
    # does, then what the reader may do with it
    text = _SO_YOU_CAN.sub("", text) or text
    # `the simple RAG eval recommended by OpenAI` (the bundled list's RAGAS): what it is,
    # then who vouches for it
    vouched = _VOUCHED.search(text)
    if vouched is not None and len(text[: vouched.start()].split()) >= 3:
        text = text[: vouched.start()]
    # `Caused a few perf regressions reports, e.g. on some DB benchmarks, check the
    # mailing-list threads` (r92 notes): the fact, then the writer's note to self
    told = _TOLD_TAIL.search(text)
    if told is not None and len(text[: told.start()].split()) >= 5:
        text = text[: told.start()]
    text = _before_the_remark(text)
    cited_tail = _CITED_TAIL.search(text)
    if cited_tail is not None and len(text[: cited_tail.start()].split()) >= 4:
        # `Subkingdom uniting Ascomycota and Basidiomycota, formalised in` (r157 glossary,
        # **Dikarya** defined by nothing): a last clause whose citation was cut out
        text = text[: cited_tail.start()]
    if BYLINE_LEFT.search(text) or _PEOPLE_AND_OTHERS.match(text):
        return None  # `Per Martin-Löf, notes by Giovanni Sambin. retypeset pdf`: who, once
        # the link's text is gone; `David MacIver, Zac Hatfield-Dodds + contribs` (r104
        # notes): who wrote it
    instruction = INSTRUCTION.match(text) and not (glossary and GLOSSARY_DOING.match(text))
    # (a glossary's `you` is anyone: `friction that makes it harder to do what's in your
    # interest, e.g. rebate forms you have to mail in` (r106 glossary, under **Sludge**))
    heard = (
        _GLOSSARY_YOU.sub("one", _QUOTED_EXAMPLE.sub("", text))
        if glossary
        else _ANYONE_GETS.sub("one", text)
    )
    lead, colon_mark, after_lead = partition_outside_brackets(text, ": ")
    if (
        colon_mark
        and not glossary
        # (`dated re: tooling, but …`: what the remark is about, and the remark goes on)
        and not re.search(r"(?i)\b(?:re|regarding|wrt|w\.r\.t)\.?$", lead.strip())
        and (_writers_voice(lead) or _WHY_LISTED.match(lead.strip()))
        # (`chapters I used: 4 (IPv4), 5 (routing subsystem), …`: which parts to read)
        and not _PART_NUMBERS.match(after_lead)
        and len(after_lead.split()) >= 6
        and not _writers_voice(after_lead)
        and not INSTRUCTION.match(after_lead)
        and not after_lead.rstrip().endswith("?")  # (`Question for discussion: if …?`)
        # (`You need AlphaZero in your head first: MCTS + policy/value net + self-play, with
        # the rules given.` under MuZero (r159 blog, its gist): what follows says what the
        # other work is)
        and not _sends_to_another(lead, [name, *own_names])
    ):
        # `The companion papers are worth reading as a pair: a stamp classifier that uses
        # only the first detection's images …, and a hierarchical random-forest light-curve
        # classifier …` (r135 blog, ALeRCE): the writer's word, then the fact
        text = heard = after_lead
    if _writers_voice(heard) or instruction or THE_ONE.match(text) or is_verdict(text):
        return None
    # `the "send packets to userspace" path, see #16`, `(ECS cache fragmentation, see #9)`:
    # a fact, then a pointer to another item of the list
    text = _SEE_ITEM.sub("", text)
    if text.count(",") >= 3:
        # `C syntax, but: never-NULL pointers (@), fat pointers …, regions (→ #13),
        # exceptions, polymorphism` (r145 notes, Cyclone's description lost): a pointer on
        # one item of a list, not the whole claim's
        text = re.sub(r"\s*\((?:→|->)\s*#\d{1,3}\)", "", text)
    pointer = LIST_ITEM_POINTER.search(text)
    last = _POINTING_TAIL.search(text)
    if (
        pointer
        and last
        and last.start() <= pointer.start()
        and len(text[: last.start()].split()) >= 6
    ):
        # `OpenAI-Gym-style environments over SCIP for branching and configuration, plus the
        # instance generators from #17.` (r150 notes, Ecole's gist lost): the fact, then a
        # last clause that points into the list
        text = text[: last.start()]
    elif pointer:
        return None  # `nice demonstration of the tradeoff from #8 biting back` (r88 notes)
    # (a syllabus's mark after it: `*Studies in Language* 13(2): 257–292. †`, r160 syllabus)
    if _JOURNAL_ISSUE.fullmatch(text.strip(" †‡§")):
        return None  # `Behavioral and Brain Sciences 43, e1`: where it appeared
    if _publication_note(text):
        # `15 authors, ITP 2013, LNCS 7998.` (r140 notes), `KDD 2019 workshop on Anomaly
        # Detection in Finance.` once its venue is read (r140 awesome), `Cambridge Manuals in
        # Archaeology` (r139 syllabus), `first ed 1971, second ed 1998`, `put on arXiv in 2016
        # with a free licence` (r144 notes), each once a gist: how many wrote it, where and
        # when its versions appeared, never what it says
        return None
    if any(kind.fullmatch(text.strip()) for kind in _SAYS_NOTHING) or _names_only(text):
        # `Shorter and friendlier than Eiben & Smith.` (r147 syllabus), `This is where the
        # task gets its name.` (r146 table), `There are two ideas here.` (r144 blog), `This
        # is the DLR group.` (r145 blog), `Inge Sa with ETH Zurich (Siegwart's lab) and Bonn
        # (Stachniss)`, `"A scalable …," David Lobell with David Thau and others at Google`
        # (r144 blog), each once a gist or a cloze: the writer's word, or who made it
        return None
    in_journal = _IN_JOURNAL.search(text)
    if in_journal is not None:
        if not re.match(r"[A-Z][a-z]+ed\s", text):
            return None  # `A robotic platform for … AI planning, Science 365`: a citation
        text = text[: in_journal.start()]  # `Discovered in the Halley Bay Dobson record, …`
    if _DOCUMENT_STATUS.match(text):
        return None  # `Informational, Independent Submission stream` (r90 notes): its status
    if _CITED_AS.match(text):
        return None  # `Usually cited as Software Practice & Experience 2001` (r125 notes)
    if WHERE_IN_WORK.search(text) or RELEASE_NOTE.match(text.rstrip(" .")):
        return None  # `the "TL;DR:" result is in sec. 3.6`, `weights in Feb, report in March`
    if REPLY.match(text) or READING_KIND.match(text) or VERSION_NOTE.match(text):
        # `Yes, it's a compilers paper.`, `the canonical explainer, kept updated for years`,
        # `The journal version of DMPs`: the writer's word on the reading, what kind or
        # which version it is, not what it says
        return None
    if _DEBRIS.search(text):
        # `Gboard papers:, " ", plus Ramaswamy et al. 2019 …`: what is left of a sentence
        # whose citation and quoted title were taken out, not a claim
        return None
    if is_title_case(text):
        # `Robust Anomaly Detection for Multivariate Time Series through Stochastic
        # Recurrent Neural Network`: a paper's title between its authors and venue
        return None
    unquoted = attribution.QUOTED_TITLE.sub(" ", text)
    # (but `STM in GHC Haskell`: names joined by a small word make a phrase)
    phrase = re.fullmatch(
        r"[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*)*\s+(?:in|on|for|with|over|via)\s+[A-Z].*", text
    )
    # (`Obsoletes RFC 7234.` (r87 notes): a verb, then what it acts on, says a fact)
    acts = starts_with_verb(text) and re.match(r"[A-Z][a-z]+s\s+\S", text) is not None
    # (`CNN + BiLSTM + CTC` (r164 awesome, CRNN's): the parts it is put together from)
    # (never `Google + UCSF + UChicago`: whose work it is)
    built = re.fullmatch(r"[A-Z][\w-]*(?:\s*\+\s*[A-Z][\w-]*){2,}", text.strip(" .")) and all(
        sum(ch.isupper() for ch in part) >= 2 and part.strip() not in LAB_NAMES
        for part in text.strip(" .").split("+")
    )
    if (not re.search(r"\b[a-z]{3,}", unquoted) and not phrase and not acts and not built) or (
        # `"Federated Optimization: …" and the companion "Federated Learning: …"`: titles
        len(attribution.QUOTED_TITLE.findall(text)) >= 2
        and len(re.findall(r"[A-Za-z]{2,}", unquoted)) <= 3
    ):
        # `(IEEE/ACM TASLP)`, `OpenAI, 2022, "Robust Speech Recognition via …"`: a
        # citation's leftovers, a paper's quoted title — what it is called, not a claim
        return None
    if _READ_IN_LEFT.match(text) or (
        re.search(r"\(pp?\.\s*\d", text) and not re.search(r"\b(?:is|are|was|were)\b", text)
    ):
        # `Richard von Mises, (2nd English ed.; Dover reprint), Lectures 1–3`, `Bruno de
        # Finetti, trans. H. E. Kyburg, in Kyburg & Smokler (eds.), …`, `The 1955 exchange in
        # *JRSS B* 17: Fisher, (pp. 69–78)` (r166 syllabus, asked as gists and clues): a
        # citation's leftovers, its people, edition and pages
        return None
    credited = _INTRODUCED_BY.match(text)
    if credited is not None:
        # `Usually credited to Ary Sternfeld.` (r159 glossary): who made it, read as the
        # attribution; nothing else said
        cited, left = attribution.cut(text[credited.end() :].strip(" .") + ".")
        if cited.authors and not left.strip(" .,;"):
            return None
    so_they = _SO_THEY.match(text)
    observed = next((c for c in out.claims if c.kind in {"defines", "does"}), None)
    if so_they is not None and observed is not None and _STARTS_FROM.match(observed.text):
        # `The observation: downsampling hurts small objects … So they keep a single stride
        # and use sparse regional attention …` (r97 awesome, asked "What is SST? → The
        # observation: …"): what the work starts from, then what it does about it
        out.claims[out.claims.index(observed)] = replace(observed, kind="says")
        text = text[so_they.end() :]
    introduces = INTRODUCES.search(text) is not None
    fragment = (
        _FRAGMENT_START.match(text)
        and not (introduces and re.match(r"^(?:which|that|who)\b", text, re.IGNORECASE))
        # (but `With a fixed model-selection protocol (…), plain ERM with careful tuning is
        # about as good as …` (r118 syllabus): a condition, then the whole sentence)
        and not CONDITION_FIRST.match(text)
        # (`Like TIES's trim step but also throws away the *largest* outliers` (r171 blog,
        # *Model Breadcrumbs* left with no gist): what it shares with another, then what it
        # does beyond it)
        and not LIKE_BUT_DOES.match(text)
        # (`Where the term *sequential consistency* comes from: …` (r132 notes): what it
        # introduced, see `_WHERE_FROM`)
        and not _WHERE_FROM_SAID.match(text)
    )
    # (`Survives print-and-photograph.` after StegaStamp's byline (r167 awesome): capitalised)
    short_does = (
        leading and len(text.split()) == 2 and bool(re.match(r"^[A-Za-z][a-z]+(?:es|s)\s", text))
    )
    # `- eBPF-based CNI; originally by Isovalent …` (r105 notes, under **Cilium**): a note's
    # first bullet, what kind of thing it is in two words
    short_kind = source == "nested" and not out.claims and _SHORT_KIND.fullmatch(text) is not None
    if fragment or (len(text.split()) < 3 and not (short_does or short_kind)):
        return None  # but `fixes overestimation` right after a name says what it does
    if len(content_words(text)) < 2:
        return None
    if _DANGLING.search(text):
        return None  # `coined by, building on …`: a citation was cut out of it
    if _is_list(text, link_names + stressed):
        return None
    text = re.sub(r"^(?:which|that|who)\s+", "", text, flags=re.IGNORECASE)
    if leading and name:  # `**Evil** is a model that …`: the name is the subject
        text = _NAMED_BE.sub("", text, count=1)
    if re.match(r"^(?:is|are|was|were|has|have|had)\b", text) or _is_link_text(text, link_names):
        return None  # `is all the rage …`: no subject; `Lilian Weng survey here`: a link
    if _SUBJECT_CUT_OUT.match(text):
        # `did exactly that for filtrations, …`, `For applications, is the showcase paper`
        # (r132 glossary): the people cited as its subject were cut out
        return None
    where_from = _WHERE_FROM.fullmatch(text.rstrip(". ")) or _WHERE_FROM_SAID.match(text)
    if where_from is not None:
        # `This is where ROP comes from.` (r76 syllabus): the paper introduced it; `this is
        # where the no-overwrite heap comes from: old record versions stay put, …` (r131
        # notes): and what it is
        said = text[where_from.end() :].lstrip(": ")
        text = f"Introduces {where_from.group('what')}" + (f": {said}" if said else "")
    if leading and _DATASETS_NAMED.fullmatch(text.rstrip(". ")):
        # `"Latent Predictor Networks for Code Generation." ACL 2016 — the Hearthstone and
        # Magic: The Gathering card datasets`: what the paper is known for introducing
        text = f"Introduces {text}"
    kind = claim_kind(
        text,
        leading,
        name,
        glossary,
        nested=source == "nested",
        aliased=aliased,
        described=described,
    )
    if aside:
        return None  # (about the other thing: no clue, cloze or gist of the entry's)
    if so_they is not None and observed is not None and _STARTS_FROM.match(observed.text):
        kind = "does"
    if kind == "does" and _SUPERSEDES.match(text):
        # `Obsoletes RFC 7234` (r87 notes): which document it replaces, not what it does
        kind = "says"
    if _NOT_THIS_WORK.search(text):
        # (`… comes from Bigtable/LevelDB, not this paper` (r86 notes): what it is not)
        kind = "says"
    other = _OTHER_DEFINED.match(text)
    if kind == "defines" and other is not None and len(name.split()) <= 3:
        # (under a paper's whole title, `PTD-P = …` may be what the paper calls its own)
        term = other.group("term").casefold()
        # (`LMP = T (C + log t_r)` under **Larson–Miller parameter** (r97 glossary): the
        # name's initials are its own short name)
        initials = {
            "".join(word[0] for word in re.findall(r"[a-z0-9]+", known.casefold()))
            for known in [name, *own_names]
        }
        if term not in initials and not any(
            term in known.casefold() for known in [name, *own_names] if known
        ):
            kind = "says"  # `RankNet = pairwise cross-entropy` under LambdaMART: another's
    equated = re.match(r"(?P<term>[A-Za-z][\w-]*)\s+=\s+(?=\S)", text)
    if (
        equated is not None
        and kind == "says"
        and source == "nested"
        and len(name.split()) >= 2
        and equated.group("term").casefold() in name.casefold().split()[-1:]
        and not any(claim.kind in {"defines", "does", "introduces"} for claim in out.claims)
    ):
        # `sandbox = reserve a big virtual region, …` under *The V8 Sandbox* (r88 notes): the
        # name's own head word, equated with what it is
        kind = "defines"
    named = named_subject(text, name)
    _, semicolon, about = text.partition("; ")
    if not named and semicolon and kind == "says" and named_subject(about, name):
        # `Needle-in-a-haystack is too easy; RULER adds multi-hop tracing, …`: what the
        # entry does, after what it answers
        named = named_subject(about, name)
    other_first = re.match(r"[A-Z][\w.+-]*\s+[a-z]+s\b", text)
    if not named and semicolon and other_first and _entry_does(about, name):
        # (`Reflexion works within one task; ExpeL tries to carry lessons across tasks …`
        # (r89 blog, graded useless as ExpeL's gist "Reflexion works within one task"))
        named = _entry_does(about, name)
    if (
        named
        and kind in {"defines", "says"}
        and not any(claim.kind in {"defines", "does", "introduces"} for claim in out.claims)
    ):  # `NPID treats every image as its own class …`, wherever it stands
        kind, text = "does", named
    sentence = text.rstrip(".")
    if kind == "does" and re.match(r"(?:[Ii]t|[Tt]his paper)\s+[a-z]+(?:es|s)\s", text):
        # `It swaps online planning for …` (r76 blog): what it does, said of it
        capital = text[:1].isupper()
        text = text.split(None, 2 if text[:1] in "Tt" else 1)[-1]
        text = text[:1].upper() + text[1:] if capital else text
    if kind in {"defines", "does"}:
        text = THIS_IS.sub("", text)
        be = BE_CLAUSE.match(text)
        bare = _NAME_IS.match(text) if be is None and kind == "does" else None
        if bare is not None and not noun_phrase(bare.group("rest")):
            bare = None
        be = be or bare
        if be and name and be.group("subject").casefold().endswith(name.casefold()):
            text = be.group("rest")
            sentence = text.rstrip(".")
            # (`MLVU (Zhou et al.) is multi-task long-video evaluation with …` (r177 blog,
            # "What does **MLVU** do? → is multi-task …"): what it is, never what it does
            kind = "defines" if kind == "does" else kind
        if len(text.split()) > LONG_DEFINITION:
            text = cut_definition(text)
    return Claim(
        text=text.rstrip("."),
        kind=kind,
        terms=claim_terms(sentence, stressed, link_names, own_names),
        source=source,
        introduced=introduced_in(text) if kind == "introduces" else "",
        sentence=sentence,
        verb=verb_of(text) if kind == "introduces" else "",
    )


def is_debris(text: str) -> bool:
    """Text that says nothing once its links, ids and asides are gone."""
    return not tidy(text) or not any(ch.isalpha() for ch in tidy(text))


def names_of(text: str) -> list[str]:
    """Capitalised names in a text (for pointers that carry no links)."""
    return [w for w in re.findall(r"\b[A-Z][\w\-.]*[A-Z0-9][\w\-.]*\b", text) if is_name(w)]


def _note_on_work(text: str) -> bool:
    """A note on a work's form, release or making (`Oracle docs, JDK 21 version`, `Built on
    Baker's collector`): the next sentence or bullet may still say what the work is."""
    return is_packaging(text) or on_making(text)
