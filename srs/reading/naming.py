"""What an entry is called, and whether it names one thing at all: the short name a
paper's title starts with (`Toolformer: …`), one a headline shares with the title it
cites only in passing (`The YouTube paper.`), a term spelled out with a shared tail (`TD
learning (Temporal-Difference learning)`), and topic entries (`Honorable mentions`) —
unless their authors sign them."""

from __future__ import annotations

import re
from collections import Counter

from srs.reading import attribution as attrib
from srs.reading.acronyms import is_acronym, spelled_by
from srs.reading.model import Attribution, Entry, Link
from srs.reading.phrases import STOPWORDS, find_word, in_list, is_name
from srs.reading.titles import (
    NAME_SUFFIX,
    NUMBERED_DOCUMENT,
    SEQUEL,
    about_its_head,
    heads_its_topic,
    is_phrase,
    short_subtitle,
)

__all__ = [
    "NAME_TOKEN",
    "SHAPED_NAME",
    "WORD_NAME",
    "bylined",
    "earlier_entries_acronyms_left",
    "field_prefixes_kept_whole",
    "is_topic",
    "label_over_citations",
    "numbered_subject",
    "passing_name",
    "people_kept_whole",
    "repeated_readings_left",
    "several_names",
    "shared_tail",
    "title_prefix",
]

_NAMED_BY_WORDS = frozenset({"lead", "label", "words", "bold"})
#: heads that also end a method's own name (`Consistency Models`, `Mixture of Experts Systems`)
_NAMING_HEADS = frozenset({"models", "methods", "approaches", "systems", "techniques", "networks"})
#: topic heads that also end a term a glossary defines (`Parallel trends`, `Scaling laws`)
_TERM_HEADS = frozenset({"trends", "models", "methods", "systems", "techniques", "ideas", "laws"})
_TOPIC_HEADS = frozenset(
    {
        *("papers", "work", "works", "research", "mentions", "models", "methods", "approaches"),
        *("resources", "readings", "surveys", "techniques", "tools", "links", "notes", "talks"),
        *("posts", "blogs", "videos", "courses", "tutorials", "picks", "others", "misc"),
        *("know", "reading", "ideas", "trends", "directions", "lists", "systems", "topics"),
        # (`**Evaluation gotchas**, in the order they've bitten me:` (r171 table, "What is
        # **Evaluation gotchas**?"): a list's notes on traps, each a bullet of its own)
        *("gotchas", "pitfalls", "caveats"),
    }
)


#: `→ netmap, DPDK, mTCP, IX/Arrakis`, `→ BPF'93 (history), Cai et al. SIGCOMM'21`: an
#: arrow, then a list of short names or citations and nothing else
_ARROW_TO_WORKS = re.compile(
    r"^[\s*_]*(?:→|->|=>)\s*(?:[^\s,()]+(?:\s+[^\s,()]+){0,3}(?:\s*\([^()]*\))?\s*,\s*)+"
    r"[^\s,()]+(?:\s+[^\s,()]+){0,3}(?:\s*\([^()]*\))?\s*$"
)


#: a heading that counts the works under it: `two papers at ICLR 2018`, `3 papers`
_SEVERAL_WORKS = re.compile(
    r"(?i)\b(?:two|three|four|five|several|a\s+few|a\s+pair\s+of|\d)\s+(?:papers|works|"
    r"preprints|posts)\b"
)


def is_topic(
    name: str,
    title: str,
    source: str,
    title_links: list[Link],
    text: str,
    linked: bool = True,
) -> bool:
    """An entry that names no single artefact: "Honorable mentions of LLMs to know",
    "Post Training Survey Papers", a link picked out of a list ("See Ideogram, Recraft, …").
    `linked`: the entry links anything."""
    if title_links and source in {"lead", "link-label", "paper-link", "table"}:
        return False
    words = name.split()
    if not words or all(word in STOPWORDS for word in words):
        # (`- Dates are arXiv v1 …, whichever came first *for the paper*.` (r163 table's
        # notes, "What is **for the** known for?"): function words name nothing (in lower
        # case: `ITS` names the internal transcribed spacer, r157 glossary)
        return True
    if source == "lead" and _SEVERAL_WORKS.search(name):
        # `**Unsupervised NMT, two papers at ICLR 2018**: Lample et al., "…", and Artetxe et
        # al., "…"` (r98 blog, "Who made it? → Lample et al."): a heading over two works
        return True
    if source == "lead" and re.fullmatch(r"(?i:the|a|an|my|our)\s+[a-z][a-z -]*", name):
        # `**The textbook:** Nathan Lambert's free [RLHF book](…)`: a label; but `**The
        # cascade**: ASR → text LLM → TTS, glued together with a VAD …`, linking nothing, is
        # an idea the list defines
        idea = _DEFINED_AFTER.match(text[len(name) :]) is not None
        # (but `**The extensible scheduler class** (https://lwn.net/Articles/922405/)` (r130
        # notes, no card): an article's title in sentence case, its link right after it)
        # (nor `**A tutorial on the universality and expressiveness of fold** — Graham Hutton
        # ([pdf](…))` (r144 notes, no card): its byline between)
        titled = (
            re.match(
                r"\.?\s*(?:[—–-]\s*[A-Z][^()]{0,80}?\s*)?\((?:https?://|pdf\b|arxiv\b)",
                text[len(name) :],
            )
            is not None
        )
        if (
            (linked and not titled)
            or (not idea and not titled)
            or words[-1].casefold() in _REMARK_HEADS
        ):
            return True
    if source == "lead" and _OTHERS.fullmatch(name) and not title_links:
        # `**Other runtimes** (one-liners, for the comparison table)` (r78 notes): a group
        # whose members its bullets name, no work of its own
        return True
    if source == "lead" and not is_name(name) and _ARROW_TO_WORKS.match(text[len(name) :]):
        # `**bypass the kernel entirely** → netmap, DPDK, mTCP, IX/Arrakis, eRPC`: a group,
        # the works it lists its members
        return True
    head = title.split()[-1].casefold().strip(".")
    # `Consistency Models`, `DDPM — Denoising Diffusion Probabilistic Models`: a method's name
    # in title case; but `Diffusion models`, `Post Training Survey Papers` are topics
    named = head in _NAMING_HEADS and (is_name(title) or is_acronym(words[0]))
    # (`**Parallel trends**: The key DiD identifying assumption: …`: a glossary's term, defined)
    defined = head in _TERM_HEADS and re.match(
        rf"{re.escape(title)}\s*:\s+(?:the|a|an)\s", text, re.IGNORECASE
    )
    # (`**Direct vs. indirect methods**: Direct = …` (r159 glossary, held as a topic): two
    # kinds set against each other, then what each is)
    versus = re.search(r"\s(?:vs\.?|versus)\s", title) is not None and re.match(
        rf"{re.escape(title)}\s*:\s+\S", text
    )
    # (`**Genie 3: A new frontier for world models**` (r167 blog, no card of Genie 3): a
    # name, then its subtitle)
    prefix, colon, _ = title.partition(": ")
    prefixed = bool(colon) and len(prefix.split()) <= 3 and is_name(prefix)
    if (
        head in _TOPIC_HEADS
        and not named
        and not defined
        and not versus
        and not prefixed
        and not title_links
        and source in _NAMED_BY_WORDS
    ):
        return True
    if source in {"label", "words", "bold"} and not is_name(name):
        return True
    if source == "link":
        if not is_name(name):
            return True
        at = text.find(name)
        return at < 0 or in_list(text, at, at + len(name)) or at > len(text) // 3
    return False


_OTHERS = re.compile(
    r"(?:other|more|misc(?:ellaneous)?|further|additional|assorted)\s+[a-z][\w-]*s\b", re.IGNORECASE
)


def bylined(head_text: str, nested: list[str]) -> bool:
    """`**The Protection of Information in Computer Systems** (url)` over `- Jerome Saltzer &
    Michael Schroeder, Proceedings of the IEEE, 1975`: a work its authors sign is one thing,
    however general its title sounds."""
    # (never at an initial: `Rob J. Hyndman, Yeasmin Khandakar (…, 2008)`, r63 awesome)
    first = re.split(r"(?<![\s.][A-Z])\.\s", head_text.strip(" -–—:,;("), maxsplit=1)[0]
    return any(
        attrib.byline(re.sub(r"\([^()]*\)", " ", piece.split(" — ")[0]).strip(" .")) is not None
        for piece in [first, *nested[:1]]
        if piece
    )


#: a colon, then what the thing is in four words or more
_DEFINED_AFTER = re.compile(r"\s*:\s+\S+(?:\s+\S+){3,}")
#: `**The catch**: …`, `**The bottom line**: …`: a remark's heading, never an idea
_REMARK_HEADS = frozenset(
    {
        *("catch", "line", "point", "idea", "problem", "answer", "question", "gist"),
        *("takeaway", "lesson", "verdict", "summary", "result", "upshot", "twist", "caveat"),
        *("short", "long", "rest", "end", "plan", "goal", "reason", "bet", "hope", "news"),
    }
)


_PREFIX = re.compile(r"^(?P<short>[^:]{2,30}):\s+\S")


def title_prefix(title: str) -> str:
    """`Toolformer` of "Toolformer: Language Models Can Teach Themselves to Use Tools"."""
    found = _PREFIX.match(title)
    if found is None:
        return ""
    short = found.group("short").strip()
    if is_phrase(short):
        return ""  # `Back to Basics: Revisiting REINFORCE …`: a phrase, not a name
    if short_subtitle(title.split(":", 1)[1]):
        return ""  # `Design: Cultural probes`: a column's name and the paper's, one title
    if SEQUEL.fullmatch(title.split(":", 1)[1]):
        # `Borg: the Next Generation` (r77 notes, a trace study of Borg), `Paxos: Ten Years
        # Later`: a later look at the thing its head names, not that thing
        return ""
    if about_its_head(title) and not any(_COINED.fullmatch(word) for word in short.split()):
        # `Thompson Sampling: An Asymptotically Optimal …`: its subject, no name (but
        # `Kimina-Prover Preview: Towards …` is named by a coined word)
        return ""
    if len(short.split()) > 3 or not is_name(short):
        return ""
    if heads_its_topic(title):
        return ""  # `Archaeology: The Loss of Innocence`: a field, no name (see there)
    # `Phi-3 Technical Report: A Highly Capable …`: the work's name, not the report's kind
    return NAME_SUFFIX.sub("", short).strip() or short


#: a word coined for a name: `Kimina-Prover`, `DeepSeek-Prover`, `LangSplat`, `GPT-4`
_COINED = re.compile(r"[A-Z][a-z]+-[A-Z][\w-]*|[A-Z]?[a-z]+[A-Z][\w-]*|[A-Za-z]+-?\d[\w.-]*")


NAME_TOKEN = re.compile(r"^(?:[A-Z][A-Z0-9-]{1,9}|[A-Z]?[a-z]+[A-Z][\w-]*|[A-Za-z]+-?\d[\w.-]*)$")


#: between a numbered document and its title: a colon or a spaced dash
_TITLE_AFTER = re.compile(r"\s*(?::|\s[-—–])\s+(?P<subject>\S.*)$", re.DOTALL)


def numbered_subject(name: str, title: str) -> str:
    """What a numbered document is titled (`JEP 333: ZGC: A Scalable Low-Latency Garbage
    Collector` → `ZGC: A Scalable Low-Latency Garbage Collector`) when its entry goes by the
    number alone; else ``""``."""
    if not NUMBERED_DOCUMENT.fullmatch(name) or not title.startswith(name):
        return ""
    after = _TITLE_AFTER.match(title[len(name) :])
    return after.group("subject").strip() if after else ""


def passing_name(name: str, title: str, headline: str) -> bool:
    """`**The YouTube paper.** [Deep Neural Networks for YouTube Recommendations]`,
    `**REINFORCE at YouTube.** [Top-K Off-Policy Correction for a REINFORCE …]`, `**Dot
    product vs. MLP.**`: a word the headline shares with the title's middle, or one side
    of a comparison, is what the paper is about, not what it is called."""
    if re.search(r"\b(?:vs\.?|versus)\s", headline, re.IGNORECASE):
        return True
    at = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", headline)
    if at is not None and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title) is None:
        after = headline[at.end() :].strip(" .:")
        # `**UNOSAT's SAR flood segmentation.**` (r145 blog, named for the UN programme):
        # whose work; `**U-Net on single Sentinel-2 scenes.**` (named for the network it
        # trains): what it is about, when the title does not say the name
        if re.match(r"['’]s\b", after) or re.match(r"(?:on|for|with|in|from|at)\s", after):
            return True
    found = re.search(rf"(?<![\w-]){re.escape(name)}(?!\w)", title)  # `CTC-Attention` too
    # `… for YouTube Recommendations`, `Back to Basics: Revisiting REINFORCE …`: what the
    # paper is about; but `The Probabilistic Relevance Framework: BM25 and Beyond` names it
    if found is None or found.start() == 0:
        return False
    return not title[: found.start()].rstrip().endswith(":")  # `…: BM25 and Beyond` names it


def _letters(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.casefold())


def earlier_entries_acronyms_left(entries: list[Entry]) -> None:
    """`**LAS goes to production.** Chiu et al., [State-of-the-art Speech Recognition …]`
    after an entry on "Listen, Attend and Spell": an acronym of a headline that an earlier
    entry goes by (or spells out), and that the entry's own title neither holds nor
    spells, is what the paper builds on, not its name: the entry goes by its title."""
    seen: list[Entry] = []
    for entry in entries:
        name, title = entry.name, entry.title
        if (
            name
            and title
            and name != title
            and is_acronym(name)
            and re.sub(r"[^A-Za-z]", "", name).isupper()
            and find_word(title, name) < 0
            and not spelled_by(name, title)
            and any(
                other.name == name
                or spelled_by(name, other.title)
                or spelled_by(name, other.name)
                or _letters(other.name).startswith(_letters(name))  # `RNN-Transducer`
                for other in seen
            )
        ):
            _rename(entry, name, title)
        seen.append(entry)


def shared_tail(outer: str, inner: str) -> tuple[str, str] | None:
    """`TD learning`, `Temporal-Difference learning` → (`TD`, `Temporal-Difference`)."""
    a, b = outer.split(), inner.split()
    shared = 0
    while (
        shared < min(len(a), len(b)) - 1 and a[-1 - shared].casefold() == b[-1 - shared].casefold()
    ):
        shared += 1
    if not shared:
        return None
    return " ".join(a[:-shared]), " ".join(b[:-shared])


def field_prefixes_kept_whole(entries: list[Entry], list_title: str) -> None:
    """`Federated Learning: Strategies for Improving Communication Efficiency` in a list on
    federated learning: a title's prefix before its colon that names the list's field (the
    list's own title says it, or another entry goes by it too) is no name for one paper, so
    the entry goes by its whole title. (A heading may name the method a paper introduced,
    `Week 4 — direct preference optimization`: `Direct Preference Optimization: …` keeps
    its name.)"""
    said = list_title.casefold()
    counts = Counter(entry.name.casefold() for entry in entries if entry.name)
    # `Google DP` in a list on differential privacy: the field's acronym is no name
    initials = "".join(word[0] for word in re.findall(r"[^\W\d_]+", said))
    for entry in entries:
        name = entry.name
        if (
            name
            and is_acronym(name)
            and len(name) >= 2
            and name.casefold() in initials
            and entry.title != name
            and name.casefold() in entry.title.casefold().split()
        ):
            _rename(entry, name, entry.title)
            continue
        # `Toolformer: …` keeps its name; `Fuzzing: Challenges and Reflections` in a list
        # on fuzzing does not (one plain word, no acronym or camel case: a field's name)
        plain_word = " " not in name and name[1:].islower() and name.isalpha()
        # (`Sim-to-Real: Learning Agile Locomotion …` in "Awesome Sim-to-Real", r78: words
        # joined by hyphens, a field's name too)
        plain_word = plain_word or bool(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)+", name))
        if not name or (" " not in name and not plain_word):
            continue
        if not entry.title.startswith(f"{name}:"):
            continue
        folded = name.casefold()
        named_field = re.search(rf"(?<![\w-]){re.escape(folded)}(?![\w-])", said)
        if counts[folded] > 1 or named_field:
            _rename(entry, name, entry.title)


def shared_names_qualified(entries: list[Entry]) -> None:
    """`| HENS (Part I) |` and `| HENS (Part II) |`, `| DLWP |` and `| DLWP (cubed sphere) |`:
    two entries that would go by one name, where one's title is that name and a bracket
    that tells it apart, go by that title (never two cards asking who made "HENS", with
    two answers)."""
    counts = Counter(entry.name for entry in entries if entry.name)
    # (names some entry's title opens with: `AMP: Adversarial Motion Priors for …`, and the
    # papers that entry links)
    headed = {
        entry.name: set(entry.papers)
        for entry in entries
        if entry.name and entry.title.startswith(entry.name)
    }
    for entry in entries:
        name = entry.name
        qualified = re.fullmatch(re.escape(name) + r"\s*\((?P<which>[^()]+)\)", entry.title)
        if counts[name] > 1 and qualified and len(qualified["which"].split()) <= 3:
            _rename(entry, name, entry.title)
        elif (
            counts[name] > 1
            and headed.get(name)
            and entry.papers
            and not headed[name] & set(entry.papers)
            and not entry.title.startswith(name)
        ):
            # `**Adversarial Motion Priors Make Good Substitutes for …**` — `AMP on a real
            # A1.` (r157 blog, "Who made **AMP**?" twice, two answers): another paper's name,
            # by its title, is what this one uses; this one goes by its own title (but a
            # paper and its code share one: `[ScaNN](github…)`)
            _rename(entry, name, entry.title)


def people_kept_whole(entries: list[Entry]) -> None:
    """`*Rousseau: A Free Community of Equals*` by Joshua Cohen, where another reading is
    Rousseau's own (r167 syllabus, "What is **Rousseau**? → A Free Community of Equals"): a
    title whose head is a person the list cites as an author is a book about them, known by
    its whole title."""
    firsts = {id(entry): _first_author(entry) for entry in entries}
    authors = set(firsts.values()) - {""}
    for entry in entries:
        name = entry.name
        if (
            name
            and re.fullmatch(r"[A-Z][a-z'’-]+", name)
            and name in authors
            and entry.title.startswith(f"{name}: ")
            and firsts[id(entry)] != name
        ):
            _rename(entry, name, entry.title)


#: a word shaped as a name: a capital or a digit after its first letter (`LLaVA`, `E5`)
SHAPED_NAME = re.compile(r"[A-Za-z][\w-]*?(?:[A-Z]|\d)[\w-]*")
#: a plain word that may be a work's name: `Flamingo`, `cpt-text`
WORD_NAME = re.compile(r"[A-Z][a-z]{2,}|[a-z]+-[a-z]+")


def several_names(name: str) -> bool:
    """`Reformer, Longformer, BigBird`, `DSS, S4D and S5`, `Parallel RNN prehistory: QRNN, SRU
    and Martin & Cundy` (r178 blog, each credited to its first work's authors): three names
    or more under one head, after its label."""
    head, colon, listed = name.partition(": ")
    # (after a label, `Parallel RNN prehistory:`; never a title's subtitle, `Evaluating
    # Modern GPU Interconnect: PCIe, NVLink, NV-SLI, NVSwitch and GPUDirect`)
    if colon and not (len(head.split()) <= 3 and head.split()[-1].islower()):
        return False
    parts = re.split(r",\s+(?:and\s+)?|\s+(?:and|&)\s+", listed or head)
    # (one name shaped as a work's at least: never a title's own list, `Listen, Attend and
    # Spell`, `Borg, Omega, and Kubernetes`, `…: Samples, Histograms, Wavelets, Sketches`)
    return (
        len(parts) >= 3
        and any(NAME_TOKEN.match(part) for part in parts)
        and all(
            NAME_TOKEN.match(part) or SHAPED_NAME.fullmatch(part) or WORD_NAME.fullmatch(part)
            for part in parts
        )
    )


def repeated_readings_left(entries: list[Entry]) -> None:
    """`Wickham, *Medieval Europe*, ch. 6.` after `Chris Wickham, *Medieval Europe* (…, 2016)`
    (r176 syllabus, "Who made **Medieval Europe**? → Wickham" three times): a work the list
    assigns again, by the same writer, asks who made it once — where the list says when,
    if it does anywhere (`Hobbes, *Leviathan*, …` then `… (1651)`)."""
    readings: dict[tuple[str, str, tuple[str, ...]], list[Entry]] = {}
    for entry in entries:
        key, first = entry.name.casefold(), _first_author(entry)
        if key and first:
            # (by its papers too: two arXiv ids under one name are two works)
            readings.setdefault((key, first, tuple(sorted(entry.papers))), []).append(entry)
    for same in readings.values():
        kept = next((entry for entry in same if entry.attribution.year), same[0])
        for entry in same:
            if entry is not kept:
                entry.attribution = Attribution()


def _first_author(entry: Entry) -> str:
    return (
        attrib.first_surname(entry.attribution.authors) if entry.attribution.authors.split() else ""
    )


def _rename(entry: Entry, name: str, to: str) -> None:
    entry.name = to
    entry.names = [to if n == name else n for n in entry.names]
    entry.own_names = {k: to if v == name else v for k, v in entry.own_names.items()}


#: a citation's people: `Lowe et al.`, `Sutton, Precup & Singh`, `Duan and Abbeel`
_PEOPLE = re.compile(r"\bet al\b|\s(?:&|and)\s[A-Z]")
#: a citation that opens with its people (`Rimsky (now Panickssery) et al.`: a bracket after
#: a name too)
_PEOPLE_FIRST = re.compile(
    r"[A-Z][\w'’-]+(?:\s+\([^()]{1,40}\))?(?:,\s|\s+et al\b|\s+(?:&|and)\s+[A-Z])"
)
#: the name a bracket gives right after a quoted title: `"Multi-Agent Actor-Critic …" (MADDPG)`
_BRACKET_AFTER_QUOTE = re.compile(r"[\"”]\s*\((?P<name>[A-Z][\w.+²-]{1,20})\)")
_QUOTED = re.compile(r"[\"“](?P<title>[A-Z][^\"“”]{2,200}?)[,.]?[\"”]")


def label_over_citations(label: str, after: str) -> tuple[str, str]:
    """`**Multi-agent RL:** Lowe et al., "…" (MADDPG), NIPS 2017; Rashid et al., "QMIX,"
    ICML 2018.`, `**Steering: ActAdd → CAA → RepE.** Turner et al., *…* (2023, …); …`: a
    short bold label over two citations or more (each its own people and year, apart by
    semicolons) heads a topic, never a work of its own. The first work's name (its bracket,
    its quoted title's short name, or the first the label lists) and its citation, or
    ("", "") when it is no such label."""
    label = label.strip(" .:—–-")
    if not 1 <= len(label.split()) <= 8:
        return "", ""
    parts = [
        re.sub(r"^(?:and|&)\s+", "", part) for part in re.split(r";\s+", after.strip(" .:—–-"))
    ]
    # (each part opens with its people: never a definition that cites two sources)
    cited = [
        part
        for part in parts
        if attrib.year_in(part) is not None and _PEOPLE.search(part) and _PEOPLE_FIRST.match(part)
    ]
    if len(cited) < 2 or len(cited) < len(parts):
        return "", ""
    first = cited[0]
    bracket = _BRACKET_AFTER_QUOTE.search(first)
    if bracket is not None:
        return bracket.group("name"), first
    quoted = _QUOTED.search(first)
    if quoted is not None:
        title = quoted.group("title").strip(" ,.")
        return title_prefix(title) or title, first
    listed = re.split(r"\s*(?:→|->|,|/|\band\b)\s*", label.partition(": ")[2])
    if len(listed) >= 2 and NAME_TOKEN.match(listed[0]):
        return listed[0], first  # `Steering: ActAdd → CAA → RepE`
    return "", ""
