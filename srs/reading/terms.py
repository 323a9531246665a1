"""The terms of a claim: what a cloze may hide or a card ask for (stressed phrases,
quoted and "called" terms, capitalised names), never a figure, an own name or one item
of a list."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.reading.claim_kinds import starts_with_verb
from srs.reading.model import Entry
from srs.reading.orgs import JOURNAL_NAME, LAB_NAMES, VENUES
from srs.reading.phrases import DOCUMENTS, STOPWORDS, content_words, find_word, in_list, squash
from srs.reading.remarks import MONTH
from srs.reading.titles import QUOTED_TITLE

__all__ = ["COMMON_ACRONYMS", "claim_terms", "field_words_dropped", "implicit_terms"]

#: (an opening quote, never the closing one of `"P'". NB: the "Lehmann …"`, r108 glossary)
_QUOTED_TERM = re.compile(r"(?<![\w'’])[\"“](?![\s.,;:])([^\"“”]{3,40})[\"”]")
_JOINED_WORD = re.compile(r"[a-z]{2,}(?:-[a-z]{2,}){2,}", re.IGNORECASE)
_CALLED = re.compile(
    r"\b(?:called|calls|known as|dubbed|termed)\s+(?:the\s+)?"
    r"(?P<term>[\w-]+(?:\s+[\w-]+){0,2}?)(?=[,.;:)]|\s+(?:and|or|but|which|that)\b|$)"
)
#: words after `calls` that name nothing: `… in LLM calls though`
_NOT_CALLED = frozenset({"though", "too", "also", "again", "anyway", "instead", "here", "now"})
_CAPITALISED_TERM = re.compile(r"(?<=\w\s)(?:[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)+)")
_CAPITALISED_BEFORE = re.compile(r"(?:^|[.!?:;]\s+)[A-Z][a-z]+\s$")
_NAME_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+\s$")
#: a journal's volume after its name: ` 22(4)`, ` 8, 1992`
_VOLUME = re.compile(r"\s+\d{1,4}\s*(?:\(\d+(?:[-–]\d+)?\)|[,:]\s*\d)")
#: a one-word name in running text, its capitals mixed with lower case as a system's or a
#: dataset's name is (`PopQA`, `MMTk`, `HotSpot`, `SparseGPT`): never an all-capital
#: acronym (`RTT`, `NIC`, `ECN`: graded trivial to guess, round 64; a Roman numeral, `32
#: KB`), a unit (`_UNIT`) or a name with its number after it (`JDK 15`, `JEP 377`)
_ONE_WORD_NAME = re.compile(
    r"(?<![\w/.@#$-])(?=[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Z0-9])(?=[A-Za-z0-9-]*[a-z])"
    r"[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)?"
    r"(?![\w/.@-]|\s+\d|'s\b|'\d)"  # (`ATC'23`: a venue and its year)
)
_NAME_WORD = r"[A-Z][\w]*(?:-[A-Z0-9][\w]*)*(?![\w-])"
_NAME_NEXT = re.compile(rf"[ +/-]{_NAME_WORD}")
_NAME_BEFORE = re.compile(rf"(?<![.!?:;]\s)(?<!^)\b{_NAME_WORD}[ +/-]$")
#: `Pre-ChatGPT`, `Non-IID`: a word made of a name, not the name
_PREFIXED = re.compile(r"(?:Pre|Post|Non|Anti|Multi|Sub|Co|Semi|Self|Cross)-", re.IGNORECASE)
#: a unit (`32 KiB`, `3 GHz`, `200 GPa`), never a name
_UNIT = re.compile(r"[KMGTP]iB|[KMG]Hz|[kMG]?Pa")
#: an acronym's plural (`LMs`, `JITs`): too thin to hide
_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+s")
_BRACKETED_NAME = re.compile(r"(?<=\w )\(((?=[^)]*[A-Z][^)]*[A-Z])[A-Za-z][\w-]{1,14})\)")
#: acronyms too common to be worth a card, or to name a paper
COMMON_ACRONYMS = frozenset(
    {
        *("AI", "ML", "NLP", "LLM", "LLMs", "GPU", "GPUs", "CPU", "CPUs", "API", "APIs"),
        *("SOTA", "RL", "CNN", "CNNs", "RNN", "MLP", "TPU", "RAM", "OK", "US", "UK", "PDF"),
        *("HTML", "URL", "SQL", "JSON", "IO", "OS", "PhD", "CS", "DL", "NN", "NNs", "QA"),
        *("KV", "SLO", "SLOs", "GAN", "GANs", "MLPs", "ViT", "ViTs", "LSTM", "MLM", "SFT"),
        *("RM", "KL", "TD", "HW", "FLOPs", "FP8", "FP16", "HBM", "SRAM", "VRAM"),
        *("DNN", "DNNs", "HMM", "HMMs", "SVM", "SVMs", "GMM", "GMMs", "CRF", "CRFs"),
        *("GNN", "GNNs"),  # (`BrainGNN` asked as what "GNN" stands for, r136 awesome)
        # (r123 awesome: `BLSTM on magnitude spectrograms, …` named Open-Unmix "BLSTM")
        *("BLSTM", "BiLSTM", "LSTMs", "GRU", "GRUs", "VAE", "VAEs", "STFT"),
        # a metric's or a format's everyday name (`gains of 1% MSE`)
        *("MSE", "MAE", "RMSE", "MAPE", "AUC", "ROC", "CSV", "XML", "YAML", "HTTP", "TCP"),
        # the internet's everyday parts (r113 notes: `global {{c1::IPv4}} table crossed 512k
        # routes`, graded weak: a guess, with the fact on the front)
        *("IP", "IPv4", "IPv6", "UDP", "DNS", "AS", "ASes", "ASN", "ASNs", "ISP", "ISPs"),
    }
)


#: an identifier or a site's address: nothing to learn by heart
_ADDRESS = re.compile(
    r"(?i:arxiv|doi|isbn):\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|edu|gov)(?:/\S*)?"
)


#: a document's number (`JEP 291`, `RFC 7230`, `KIP-732`, `proposal 48409`, `CVE-2021-44228`)
#: is trivia beside what it says; a model's number (`GPT 4`, `Llama 2`) has one digit
_NUMBERED_DOCUMENT = re.compile(
    r"[A-Z]{2,6}\s#?\d{2,}|[A-Z]{2,6}-\d{3,}|(?i:issue|proposal|ticket|bug|pr)\s#?\d+"
    r"|CVE-\d{4}-\d+"
    # an autonomous system's number: `Verizon (AS701)` (r113 notes, a cloze on it)
    r"|AS\d{2,6}"
)


_ABBREVIATED = re.compile(r"\b[A-Z][a-z]{0,7}\.(?=\s|$)")
#: a journal's name, all abbreviated: `Am. Nat.`, `J. Mol. Biol`, `Phys. Rev`
_SHORT_JOURNAL = re.compile(r"(?:[A-Z][a-z]{0,6}\.\s*)+[A-Z][a-z]{0,6}\.?")
_VENUE_WORD = re.compile(
    r"\b(?:Symposium|Conference|Journal|Proceedings|Letters|Transactions|Workshop|Review|"
    # (`Annals of Math. Stat`, `Proc. Cambridge Phil. Soc`: a journal, abbreviated)
    r"Annals|Proc\.|Trans\.|J\.)(?!\w)"
)
_VENUES = frozenset(venue.casefold() for venue in VENUES)


#: a kind of work the writer names in scare quotes: `Almost every "BO for ML" paper is a
#: descendant of this one` (r128 blog), `Every "tile the image" method since then …` (both
#: graded weak as clozes)
_SCARE_QUOTED = re.compile(
    r"(?i)\b(?:every|everything|any|all)\s+$"
    # `the paper to hand anyone who says "just add OTel"` (r133 notes, a cloze on the quip,
    # useless): words someone says, quoted
    r"|\b(?:says?|said|saying|asks?|asked|tells?\s+you)\s+$"
    # `a counterpoint to the "just scale DINOv2" approach` (r142 blog, a cloze on the quip):
    # the view the work is set against
    r"|\b(?:counterpoint|alternative|antidote|contrast|response|reaction|answer)\s+to\s+the\s+$"
)
#: a quoted phrase the writer names a camp by: `Foundational for the "screenshots only" school`
#: (never a `framing` or an `approach`: `the "three pillars" framing: logs, metrics, traces`
#: names a view the field took up)
_QUOTED_VIEW_AFTER = re.compile(r"[\"”]\s+(?:crowd|camp|school|mindset|instinct|mantra)\b")
#: one of two quoted phrases set against each other: `Separated "making oxygen" from "fixing
#: carbon"` (r128 glossary, weak), `why "most likely error" and "most likely error class"
#: decoding …` (r127 glossary, weak)
_QUOTED_PARTNER = re.compile(r"[\"”]\s+(?:from|and|or|vs\.?|versus|to)\s+[\"“]")
_QUOTED_PARTNER_BEFORE = re.compile(r"[\"”]\s+(?:from|and|or|vs\.?|versus|to)\s+$")


def _scare_quoted(text: str, quoted: re.Match[str]) -> bool:
    """The writer's phrase in quotes, no term: one kind of work (`every "BO for ML"
    paper`) or one of two phrases set against each other — unless it is named (`whether it's
    called "continuous batching" or …`) or a proper name (`"Capability Thresholds" and
    "Required Safeguards"`)."""
    if _SCARE_QUOTED.search(text, 0, quoted.start()) or _QUOTED_VIEW_AFTER.match(
        text, quoted.end() - 1
    ):
        return True
    paired = _QUOTED_PARTNER.match(text, quoted.end() - 1) or _QUOTED_PARTNER_BEFORE.search(
        text, 0, quoted.start()
    )
    if not paired:
        return False
    proper = all(word[:1].isupper() for word in quoted.group(1).split())
    return not proper and not re.search(r"\bcalled\s+$", text[: quoted.start()])


def implicit_terms(text: str) -> list[str]:
    """Terms a text stresses without bold: quoted phrases of two words or more (`"attention
    sinks"`), what it says something is called (`what everyone now calls continuous
    batching`), and names of two capitalised words or more inside a sentence."""
    found: list[str] = [
        m.group(1).strip()
        for m in _QUOTED_TERM.finditer(text)
        # (or one word joined of three: `the "chain-of-modality" prompting`)
        if (len(m.group(1).split()) >= 2 or _JOINED_WORD.fullmatch(m.group(1)))
        and text[m.start() - 1 : m.start()] != "("
        and not _scare_quoted(text, m)
    ]  # `stall ongoing decodes ("generation stalls")`: a label of what the text says
    # (never `LLM calls though` (r146 awesome, a cloze on "though"): `calls` a noun, then a
    # word no term is)
    found += [
        m.group("term")
        for m in _CALLED.finditer(text)
        if m.group("term").casefold() not in STOPWORDS | _NOT_CALLED
    ]
    # not inside a quoted title: `Schneider, "Implementing Fault-Tolerant Services Using …"`
    titles = [m.span() for m in QUOTED_TITLE.finditer(text) if len(m["title"].split()) >= 4]
    # (nor part of a quoted name: `Jäckel's "Let's {{c1::Be Rational}}"`, r94 glossary)
    quoted = [m.span(1) for m in _QUOTED_TERM.finditer(text)]
    # (nor a word of the writer's quip: `the "just scale {{c1::DINOv2}}" approach`, r142 blog)
    quips = [m.span(1) for m in _QUOTED_TERM.finditer(text) if _scare_quoted(text, m)]
    found += [
        m.group(0)
        for m in _CAPITALISED_TERM.finditer(text)
        if not any(start <= m.start() < end for start, end in titles)
        and not any(start < m.start() < end or start < m.end() < end for start, end in quoted)
        and not _VOLUME.match(text, m.end())  # `ACM Computing Surveys 22(4)`: a journal
        # the tail of a name that opens the sentence: `Common Crawl April 2019` is no
        # `Crawl April`
        and not _CAPITALISED_BEFORE.search(text, 0, m.start())
        # (`Tyler Treat, Brave New Geek blog`: the tail of a longer name is no name)
        and not _NAME_WORD_BEFORE.search(text, 0, m.start())
        # (`Google Quantum AI`: a longer name's first words)
        and not _NAME_NEXT.match(text, m.end())
    ]
    # `a pre-trained seq2seq generator (BART)`, `(MaxSim)`: the name of what was described
    found += [m.group(1) for m in _BRACKETED_NAME.finditer(text)]
    found += [
        m.group(0)
        for m in _ONE_WORD_NAME.finditer(text)
        # (a word of a longer name: `LLVM IR`, `GPT-4 Turbo`, `Unity HDRP`, `LTSF
        # Transformer` — the name's other word gives it away)
        if not _NAME_NEXT.match(text, m.end())
        and not _NAME_BEFORE.search(text, 0, m.start())
        and not _UNIT.fullmatch(m.group(0))
        and not _PLURAL_ACRONYM.fullmatch(m.group(0))
        and not _PREFIXED.match(m.group(0))
        and m.group(0) not in LAB_NAMES  # `NVIDIA says these adders …`: who, not what
        and not any(start <= m.start() < end for start, end in titles)
        and not any(start <= m.start() < end for start, end in quips)
    ]
    return [term for term in dict.fromkeys(found) if len(term) >= 2]


#: words that say how, how much or how good, never what: a phrase of only these (`already
#: in here`, `arbitrary`, `very fast`) is a trivial thing to hide or ask for
_TRIVIAL_WORDS = frozenset(
    {
        *("already", "here", "there", "now", "then", "still", "also", "just", "only", "even"),
        *("very", "really", "quite", "much", "many", "more", "most", "less", "least", "all"),
        *("any", "some", "every", "each", "both", "same", "other", "different", "new", "old"),
        *("first", "last", "arbitrary", "general", "simple", "easy", "hard", "good", "bad"),
        *("better", "worse", "best", "worst", "big", "small", "large", "fast", "slow", "few"),
        *("several", "various", "certain", "whole", "entire", "full", "real", "actual"),
        *("basic", "main", "important", "possible", "common", "usual", "typical", "exactly"),
        *("almost", "nearly", "mostly", "always", "never", "often", "sometimes", "usually"),
        *("again", "away", "back", "out", "well", "way", "lot", "lots", "thing", "things"),
        # `Hash *everything*, including the statement`: an emphasis, no term
        *("everything", "anything", "nothing", "something", "everyone", "none", "not", "no"),
        *("stuff", "cool", "nice", "neat", "great", "huge", "tiny", "clever", "elegant"),
        # `the {{c1::current}} model`, `{{c1::removing}} batch norm`, `{{c1::from scratch}}`:
        # the writer's emphasis on a plain word (round 46)
        *("current", "previous", "next", "own", "original", "scratch", "directly"),
        *("entirely", "explicitly", "instead", "removing", "adding", "keeping", "dropping"),
        # `on *each other's* datasets` (r113 table: a cloze on it)
        *("other's", "others", "others'", "another", "one's", "their", "its"),
    }
)


def is_trivial(phrase: str) -> bool:
    """A lower-case phrase of only words that say how, how much or how good."""
    if phrase != phrase.casefold() or any(ch.isdigit() for ch in phrase):
        return False
    # `puts the dataplane *in the app*`, `an *in-kernel* answer`, `run *unmodified* …`
    if _WHERE_OR_HOW.match(phrase):
        return True
    words = content_words(phrase)
    return all(word in _TRIVIAL_WORDS for word in words)


#: a lower-case emphasis on where or in what state, never a term: `in the app`, `in-kernel`,
#: `down`, `unmodified`, `untouched`
#: a year right before a phrase, and `paper` right after it: the phrase is a venue
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
_PAPER_AFTER = re.compile(r"\s+(?:paper|article)\b")
_WHERE_OR_HOW = re.compile(
    # (but `in-place updates`, `in-context learning`: a compound before its noun is a term)
    r"(?:in|on|at|inside|outside|within|into|down|up|before|after|out)(?:-[a-z]+$|\s|$)"
    r"|un[a-z]{3,}ed$"
)


#: (never `May`: a word more often than a month)
_ENDS_ON_MONTH = re.compile(rf"\s(?!May\b){MONTH}\.?$")


def claim_terms(
    text: str, stressed: list[str], names: list[str], own: list[str]
) -> tuple[str, ...]:
    """Phrases of `text` a card may hide or ask for: stressed (bold) phrases first, then
    names the text links; never a figure (graders found `{{c1::94k}} h of audio` and
    `86.8% on MMLU` trivia), the entry's own names, or one item of a list."""
    found: list[str] = []
    owned = {squash(n) for n in own}
    titles = [m.span() for m in QUOTED_TITLE.finditer(text) if len(m["title"].split()) >= 4]
    for phrase in [*stressed, *implicit_terms(text), *names, *leading_label(text)]:
        if not phrase or squash(phrase) in owned or phrase in found or phrase in COMMON_ACRONYMS:
            continue
        if _ADDRESS.fullmatch(phrase) or _NUMBERED_DOCUMENT.fullmatch(phrase):
            continue  # `arXiv:quant-ph/0505030`, `webDiplomacy.net`, `JEP 291`, `RFC 7230`
        if is_trivial(phrase):  # `is *already in here*`, `handles {{c1::arbitrary}} queries`
            continue
        if phrase.endswith(".") and phrase == phrase.casefold():
            # `the answer is "a non-trivial fraction."` (r115 blog): a quoted remark; but
            # `call it "constrained discretion."` names a term, its full stop aside
            if re.match(r"(?:a|an|the|some|most|all)\s", phrase) or " " not in phrase:
                continue
            phrase = phrase.rstrip(".")
            if phrase in found:
                continue
        if phrase.count("(") == phrase.count(")") + 1 and f"{phrase})" in text:
            # `**out-of-process iframes (OOPIFs)**` (r88 notes) cut before its bracket closed:
            # the whole phrase, never `{{c1::… (OOPIFs}})`
            phrase = f"{phrase})"
            if phrase in found:
                continue
        if phrase.count("(") != phrase.count(")"):
            continue
        if phrase.count('"') % 2 or phrase.count("“") != phrase.count("”"):
            continue  # `**"larson" benchmark**` cut at a quote: half a quotation
        if re.match(r"(?i:why|how|what|when|where|who|which)\s", phrase):
            continue  # `**why it died**: branchy code → …`: the note's own heading
        if _ENDS_ON_MONTH.search(phrase):
            continue  # `W3C {{c1::Recommendation Dec}} 2019` (r78 notes): a word and a date
        if _SHORT_JOURNAL.fullmatch(phrase):  # `{{c1::Am. Nat}}` (r119 glossary): a journal
            continue
        if len(_ABBREVIATED.findall(phrase)) >= 2:  # `Proc. Cambridge Philos. Soc.`: a journal
            continue
        if _VENUE_WORD.search(phrase) or phrase.casefold() in _VENUES:
            continue  # `PNAS`, `Berkeley Symposium`, `Electronics Letters`: where it appeared
        if JOURNAL_NAME.fullmatch(phrase):
            continue  # `{{c1::Nature Climate Change}}` (r151 glossary, a link's text): a journal
        if phrase in LAB_NAMES:
            continue  # `BEVFusion ({{c1::MIT}})`: whose, never what
        if any(squash(phrase) in o or o in squash(phrase) for o in owned if len(o) >= 3):
            continue  # `RAG` in GraphRAG, `OpenSora` of Sora: the name gives it away
        at = find_word(text, phrase)
        if at == -1 or any(start <= at < end for start, end in titles):
            continue  # (not a word of a quoted title: `"Solution of sparse indefinite …"`)
        if _YEAR_BEFORE.search(text, 0, at) and _PAPER_AFTER.match(text, at + len(phrase)):
            continue  # `VanderPlas's 2018 {{c1::ApJS}} paper` (r105 glossary): where it was
        if in_list(text, at, at + len(phrase)):
            continue
        if re.match(r"\s*=\s*~?\d[^→]*→", text[at + len(phrase) :]):
            continue  # `XOR = 0 → a single 0 bit` (r91 notes): one case of a table of cases
        found.append(phrase)
    return tuple(found)


#: a note's label before what it says: `slab coloring: offset object starts …`,
#: `major GC = concurrent marking + parallel compaction`
_LEADING_LABEL = re.compile(
    r"^(?P<label>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s*(?::\s|\s=\s)\s*(?=\S)"
)
#: a label's words that make it the heading of a remark, never a term: `Main lesson:`,
#: `Caveat:`, `Fun fact:`, `Practical habit:`, `Theory side:`, `First construction:`
_REMARK_LABEL_WORDS = frozenset(
    {
        *("main", "key", "big", "core", "one", "the", "a", "an", "my", "our", "its", "this"),
        *("their", "his", "her", "note", "notes", "nb", "ps", "todo", "aside", "edit"),
        *("update", "also", "see", "idea", "ideas", "point", "points", "lesson", "lessons"),
        *("takeaway", "takeaways", "result", "results", "finding", "findings", "conclusion"),
        *("verdict", "status", "summary", "tldr", "gist", "upshot", "punchline", "headline"),
        *("insight", "trick", "caveat", "caveats", "warning", "problem", "question", "answer"),
        *("beware",),
        *("thesis", "claim", "example", "examples", "context", "background", "setup", "cost"),
        *("limitation", "limitations", "pros", "cons", "why", "how", "what", "when", "who"),
        *("where", "which", "code", "data", "link", "source", "read", "benchmarks"),
        *("numbers", "fix", "method", "model", "approach", "solution", "contribution"),
        *("definition", "formal-ish", "intuition", "informally", "formally", "tip", "gotcha"),
        *("contributions", "observation", "reason", "motivation", "surprise", "history"),
        *("fun", "fact", "nice", "detail", "practical", "habit", "theory", "side", "tidbit"),
        # `Root cause: the underlying Unicode 3.2 tables …` (r89 notes)
        *("cause", "fallout", "breakdown", "defense", "defence"),
        # `Heads up: the data is distributed as YouTube IDs …` (r94 awesome)
        *("heads", "heads-up", "psa", "reminder", "beware", "careful", "pitfall", "pitfalls"),
        # `Rebonato's line: "the wrong number to put in …"` (r94 glossary): who said it
        *("line", "quip", "quote", "joke", "motto", "slogan", "saying", "words", "fast"),
        *("impl", "impls", "implementation", "implementations"),  # `server impl: ublksrv`
        *("chosen", "instead", "fight", "shown"),  # `chosen instead: demand-driven …` (r109)
        # `Famous story: started as a term paper in Fano's class` (r141 notes, "**Famous
        # story**: …?")
        *("famous", "story", "anecdote", "trivia", "backstory", "aside", "bonus"),
        # `Hardest common setting: train ABC → test D`, `Defaults worth memorizing: …` (r96)
        *("hardest", "easiest", "harder", "easier", "defaults", "worth", "memorizing"),
        *("first", "modern", "good", "early", "experimental", "standard", "original", "new"),
        *("old", "later", "interesting", "important", "review", "recipe", "version"),
        *("section", "view", "experience", "stage", "stages", "step", "steps", "analysis"),
        *("validation", "toolkits", "complaints", "rule", "construction", "effect", "ablation"),
        *("three", "two", "four", "five", "several", "many", "most", "all", "some", "usage"),
        *("weakness", "strength", "only", "fewer", "more", "less", "better"),
        *("faster", "slower", "smaller", "larger", "lower", "higher", "cheaper", "simpler"),
    }
)
#: words of a clause, never of a name: `heavy to train`, `originally about debugging`
_CLAUSE_WORDS = frozenset(
    {
        *("to", "about", "in", "for", "but", "and", "or", "of", "on", "with", "by", "at"),
        *("from", "as", "if", "than", "now", "not", "vs", "into", "over", "is", "are", "was"),
        *("be", "via", "per", "without", "under", "after", "before"),
        # `They multiply: (1 − F_IT) = …` (r119 glossary, a cloze on "They multiply"): a
        # pronoun's clause, never a term
        *("they", "it", "we", "he", "she", "this", "these", "those"),
        # `Rendering isn't ray marching: …` (r127 table), `MMTk itself: "Oil and Water? …"`
        # (r127 notes): a clause, a pointer back to a name — no term
        *("isn't", "aren't", "wasn't", "doesn't", "don't", "can't", "won't", "itself"),
        *("were", "has", "have", "had", "themselves"),
    }
)
#: what follows a heading, not a definition: a chain (`grid → block → warp`; one arrow is
#: what it leads to: `superblock = owned by one heap → avoids false sharing`) or a
#: numbered list (`(1) train the projector …, (2) …`)
_CHAIN_OR_STEPS = re.compile(r"(?:→|->).*(?:→|->)|\(1\)|^\s*1[.)]\s")


#: a verb in -s that heads a clause: `fixes`, `throttles`, and as a sentence opens it,
#: `Introduces`, `Proposes`
_DOES_S = re.compile(
    r"[a-z]+(?:es|s)|(?:Introduce|Propose|Define|Coin|Show|Present|Formali[sz]e|Describe|Prove)s"
)


def leading_label(text: str) -> list[str]:
    """The term a note's claim is about, when it opens with it and a colon or an equals
    sign (`slab coloring: offset object starts in different slabs …`, `major GC = concurrent
    marking + parallel compaction`): a noun phrase of two to four words, or one word written
    as a name (`ZPP`, `AF_XDP`); never the heading of a remark (`Main lesson:`, `Fun fact:`),
    a clause (`heavy to train:`), a lone lower-case word (`cost:`, `states:`, `superblock =`),
    a formula's symbol or the heading of a chain or a list (`tiers: C++ interpreter →
    Baseline → …`)."""
    match = _LEADING_LABEL.match(text)
    if match is None:
        return []
    label = match.group("label")
    words = label.split()
    said = text[match.end() :]
    if _CHAIN_OR_STEPS.search(said) or said.count(",") >= 2:
        return []
    if any(word.casefold().strip("'’") in _REMARK_LABEL_WORDS | DOCUMENTS for word in words):
        return []
    if any(word.casefold() in _CLAUSE_WORDS or len(word) == 1 for word in words):
        return []
    if words[0].casefold().endswith("ly") or not label.isascii() or re.search(r"\d", label):
        return []
    if len(words) > 1 and re.fullmatch(r"[A-Z]?[a-z]+ing", words[0]) and "_" in label:
        return []  # `Taking T_ref = T_g, …` (r114 glossary): a step of a derivation
    if len(words) == 1 and not re.fullmatch(r"[A-Z][A-Z_]+|[a-z]+[A-Z]\w*", label):
        return []  # (one word: a name only, `ZPP`, `AF_XDP`, `coNP`)
    if len(words) > 1 and _DOES_S.fullmatch(words[0]) and words[1].islower():
        return []  # `fixes wave quantization:`, `throttles stealing:`: what it does, a clause
        # (`Introduces distortion: voters have …` (r117 syllabus): what the paper does)
    if words[0][:1].isupper() and starts_with_verb(label):
        return []  # `Exploits immutability-heavy heaps: …` (r127 notes): what it does
    return [label]


#: entries that name a term, out of every ten, before it is the field's word (and at least
#: `_FIELD_ENTRIES` of them)
_FIELD_SHARE = 1
_FIELD_ENTRIES = 5


def field_words_dropped(entries: list[Entry]) -> None:
    """A term a list's entries name again and again (`LiDAR` in a driving table, `RoCE` in
    datacenter notes) is the field's own word: hiding it in one entry's claim tests the
    field, never that entry, so no claim offers it."""
    terms = {term for entry in entries for claim in entry.claims for term in claim.terms}
    enough = max(_FIELD_ENTRIES, len(entries) * _FIELD_SHARE // 10)
    common = {
        term
        for term in terms
        if sum(find_word(entry.description, term) != -1 for entry in entries) >= enough
    }
    if not common:
        return
    for entry in entries:
        entry.claims[:] = [
            replace(claim, terms=tuple(t for t in claim.terms if t not in common))
            if set(claim.terms) & common
            else claim
            for claim in entry.claims
        ]
