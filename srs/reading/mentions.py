"""Works an entry names with their own citation: `ICM (Pathak et al. 2017, [arXiv](…))
uses forward-model error …; RND (Burda et al. 2018, …) uses …` under **Curiosity**.

A mention is a name, then a bracket that cites people and a year. It is read only where
the name stands as a name does — first in a sentence or a clause, in a list (`, `, `and`,
`+`), after `e.g.`, `like`, `as`, `vs` or a label (`Examples:`) — never after an
article, a preposition or `than`, where the bracket cites the sentence (`… the most
probable state sequence in an HMM (Viterbi 1967)`: Viterbi's algorithm, not the HMM;
`… more powerful than Bonferroni (Holm 1979)`: Holm's procedure, not Bonferroni).
"""

from __future__ import annotations

import re

from srs.reading import attribution as attrib
from srs.reading.acronyms import loosely_spelled
from srs.reading.model import Attribution, Link, Mention
from srs.reading.orgs import LAB_NAMES, VENUE_NAMES
from srs.reading.phrases import POINTING, RENAMED, STOPWORDS, compiled, is_generic_link_text
from srs.reading.urls import arxiv_id

__all__ = ["QUOTED_CITED", "mentions"]

#: a name (one to three words, each capitalised or shaped like a name), then its bracket
_MENTION = re.compile(
    r"(?P<name>[A-Z][\w.+'’-]*[\w+](?:\s+[A-Z][\w.+'’-]*[\w+]){0,2})\s*\((?P<inner>[^()]*)\)"
)
#: what may stand before a name: nothing, a clause's or a list's mark, or a word that sets
#: it beside another (`e.g.`, `like`, `as`, `vs`)
_BEFORE = re.compile(
    # (a dash with spaces around it: `Glivenko–Cantelli` is one name)
    r"(?:^|[,;:+(]|\s[-—–/]|\.|\b(?:and|or|e\.g\.|i\.e\.|like|as|vs\.?|versus|including|"
    r"plus|then|(?i:examples?|see(?:\s+also)?|cf\.|compare)))\s*$"
)
#: the start of a sentence (where any word has a capital)
_OPENING = re.compile(r"(?:^|[.!?]\s+)$")
#: a word long enough to be a name, not shaped as an adverb or a participle (`Splitwise`,
#: `Dragonnet`; not `Old`, `Recently`, `Trained`)
_NAME_WORD = re.compile(r"^(?!\w+(?:ly|ed|ing)$)[A-Z][a-z]{4,}$")
#: a name marked as one: a capital inside or a digit (`ICM`, `TD-Gammon`, `F5`)
_MARKED = re.compile(r"^.+[A-Z0-9]")
#: the end of a list a bracket would close: `SuiteSparse and `, `such as `
#: (`IFN-γ/IL-2 vs IL-4 (Mosmann et al. 1986).`, r81 glossary: a comparison's last side)
_LIST_END_BEFORE = re.compile(
    r"(?:\b[A-Z][\w'’-]*,?\s+(?:and|or)|\bsuch\s+as|\bincluding|[^\s()]+\s+(?:vs\.?|versus))\s*$"
)
#: a byline's names before the last one: `Brody, Alon, `, `by Lafortune and `
_BYLINE_BEFORE = re.compile(
    # (a surname's shape: `Brody, ` — not `… in RAM, Medusa (Cai et al., …)`)
    r"\b[A-Z](?=[\w'’-]*[a-z])[\w'’-]+,\s*$|\b(?:by|from|of|with)\s+(?:[A-Z][\w'’-]+\s+)+(?:and|&)\s*$"
    # `Dimitris N. Metaxas (Rutgers, 2019)`: a surname after its initial
    r"|(?<![\w.])[A-Z]\.\s*$"
)
#: the kind of reading after a name: `Roofline paper`, `SmolLM blog post`
_OF_KIND = re.compile(r"\s+(?:blog\s+post|post|paper|write-?up)$")
#: the kind of paper a name may stand for, never a work's name alone: `angr SoK (…)`
_GENRES = frozenset({"sok", "survey", "tutorial", "primer", "overview", "review", "paper"})
#: words before a genre that name no work: `see also SoK (…)`, `the survey (…)`
_NOT_OWNERS = frozenset({"also", "see", "cf", "this", "that", "their", "our", "its", "his", "her"})
#: a name shaped as one: capitals inside (`ICM`, `ColBERTv2`, `DeepSeek`), a digit
#: (`PETS`, `GPT-2`), or a single capitalised word (`Dyna`, `Dreamer`)
_SHAPED = re.compile(r"^(?:\S*[A-Z]\S*[A-Z0-9]\S*|\S*\d\S*|[A-Z][a-z]+[\w+-]*)$")


#: a chemical formula: `SiO₂`, `CO2`, `FeO` (element symbols, with a digit or a lower-case
#: letter among them)
_FORMULA = re.compile(
    r"(?=.*[0-9₀-₉a-z])(?:(?:Si|Fe|Mg|Ca|Na|Al|Ti|Mn|Cl|Zn|Cu|H|C|O|N|S|K|P)[0-9₀-₉]*){2,}[+-]?"
)
#: the noun a name before its bracket describes, closing the phrase: `… (…) fits.`
_MODIFIES = re.compile(r"\s+(?!is\b|are\b|was\b|does\b|did\b|too\b)[a-z][a-z-]{2,}\s*(?:[.,;)]|$)")


def mentions(
    text: str,
    links: list[Link],
    exclude: list[str],
    own_authors: str,
    own_papers: list[str] | None = None,
    stressed: list[str] | None = None,
) -> list[Mention]:
    """The works `text` names with a citation of their own, in order; `exclude`: the
    entry's own names (its mentions of itself are no other work), `own_authors`: the
    people the entry cites for itself, `own_papers`: the arXiv ids of its own papers (a
    linked title of another paper by the same people is still another work), `stressed`:
    the entry's bold phrases (a name however many words: `**Program of Thoughts** ([Chen
    et al., 2022](…))`)."""
    out: list[Mention] = []
    if "(" not in text:
        return out
    skip = {name.casefold() for name in exclude if name}
    titled = _linked_titles(text, links)
    titled += _stressed_names(text, stressed or [], titled)
    quoted = _quoted_names(text, titled)
    titled += quoted
    for found in [*titled, *_MENTION.finditer(text)]:
        # (`[Roofline paper](…)`; `Hugging Face's [SmolLM blog post](…) (Ben Allal, …)` (r105
        # blog): the entry's own work, by its name)
        name = _OF_KIND.sub("", found.group("name")) or found.group("name")
        if found not in titled and any(t.start() <= found.start() < t.end() for t in titled):
            continue  # (`Time` of a cited `[Language Models Represent Space and Time]`)
        before = text[max(0, found.start() - 40) : found.start()]  # (what stands right before)
        # (a linked title of two words or more is cited by its bracket wherever it stands:
        # `Its production descendant is [LLM Critics Help Catch LLM Bugs](…) (McAleese …)`)
        cited_title = found in titled and len(found.group("name").split()) >= 2
        # (`competitive with SparseGPT (Frantar & Alistarh, ICML 2023)`: a name with a
        # capital inside is a work's, wherever it stands)
        camel = len(name.split()) == 1 and re.search(r"[a-z][A-Z]", name) is not None
        if (not _BEFORE.search(before) and not cited_title and not camel) or _BYLINE_BEFORE.search(
            before
        ):
            continue  # (`Brody, Alon, Yahav (Technion, ICLR 2022)`: the last author)
        if name.casefold() in skip or name in LAB_NAMES or name in VENUE_NAMES:
            continue
        if _JOURNAL_NAME.search(name) and re.search(r"\b(?:in|published in)\s+[*_]*$", before):
            # `two 1937 papers in *Archives Internationales de Pharmacodynamie et de Thérapie*
            # (Teorell 1937)` (r125 glossary, "Who made **Archives …**?"): where they appeared
            continue
        if re.search(r"\d\s*$", before) and found not in titled:
            # `a resonance near 7.65 MeV (Hoyle 1954)` (r145 glossary, "Who made **MeV**?"):
            # a unit after its number, and the citation is the sentence's
            continue
        if re.search(r"[→⇒=][^,;()→⇒=]{0,30}\+\s*$", before):
            # `ClO + O → Cl + O2 (Molina & Rowland 1974)` (r89 glossary, "Who made **O2**?"):
            # a formula's last term, and the citation is the sentence's
            continue
        if found not in titled and _FORMULA.fullmatch(name):
            # `FeO*/MgO vs SiO₂ ([Miyashiro 1974](…))` (r164 glossary, "Who made **SiO₂**?"): a
            # chemical formula, and the citation is the sentence's
            continue
        if found not in titled and _MODIFIES.match(text[found.end() :]):
            # `power-law (Bonadonna & Houghton 2005) and Weibull (Bonadonna & Costa 2012)
            # fits.` (r164 glossary, "Who made **Weibull**?"): a name that says what kind the
            # noun after its bracket is; the citation is for that
            continue
        closing = re.match(r"\s*(?:[.;]|$)", text[found.end() :]) is not None
        if found not in titled and closing and _LIST_END_BEFORE.search(before):
            # `It ships in SuiteSparse and MATLAB ([Amestoy, Davis & Duff 1996](…)).`, `…
            # matrix–matrix operations such as GEMM ([Dongarra et al. 1990](…)).`: the
            # bracket that closes the sentence cites the sentence, not its last word
            continue
        if found not in titled and not (len(name.split()) == 1 and _SHAPED.match(name)):
            continue  # `Cross Pseudo Supervision (…)`: words, or a sentence's opening
        if (
            found not in titled
            and _OPENING.search(before)
            and not _MARKED.search(name)
            and not _NAME_WORD.match(name)
        ):
            continue  # `Old (MacKay 1992), newly cheap …`: a capital that opens a sentence
        if name.casefold() in _GENRES:
            # `see also angr SoK (Shoshitaishvili et al., IEEE S&P 2016)` (r104 notes, "Who
            # made **SoK**?"): the kind of paper; the name is the word before it, if any
            owner = re.search(r"(?<![\w.+'’-])([\w+'’-]{2,})\s+$", before)
            if owner is None or owner[1].casefold() in {*STOPWORDS, *_NOT_OWNERS}:
                continue
            name = f"{owner[1]} {name}"
        if name.casefold() in STOPWORDS or name in {m.name for m in out}:
            continue
        if re.match(rf"\s*{RENAMED}", found.group("inner"), re.IGNORECASE):
            # `*Oenococcus oeni* (formerly *Leuconostoc oenos*; Dicks, Dellaglio & Collins
            # 1995)` (r163 glossary, "Who made **Oenococcus oeni**?"): who renamed it
            continue
        years = re.findall(r"\b(?:19|20)\d\d\b", found.group("inner"))
        if len(years) >= 2 and ";" in found.group("inner"):
            continue  # `FrameNet (Fillmore 1982; Baker, Fillmore & Lowe 1998)`: whose is whose?
        alias, semicolon, _ = found.group("inner").partition(";")
        if (
            semicolon
            and re.fullmatch(r"[A-Z][\w&+.-]*(?:\s+[A-Z][\w&+.-]*){0,2}", alias.strip())
            and not attrib.cut(f"({alias})")[0].authors
            and not loosely_spelled(name, alias.strip())
        ):
            # `or Tn5 (CUT&Tag; Kaya-Okur et al. 2019, …)` (r126 glossary, "Who made **Tn5**?
            # → Kaya-Okur et al."): the bracket names another work first, and cites that one
            # (but `TLS (Transit Least Squares; Hippke & Heller 2019)` spells the name out)
            continue
        cited, left = attrib.cut(f"({found.group('inner')})", prose_lab=False)
        if _OTHER_CITED.match(left.strip(" (),;")) and found not in titled:
            # `Monolix (SAEM algorithm, Kuhn & Lavielle 2005)` (r125 glossary, "Who made
            # **Monolix**? → Kuhn and Lavielle"): the bracket cites what it names first
            continue
        whose = _WHOSE.search(before) if found in quoted else None
        if found in titled and whose is None and _HOUSE_AND_YEAR.fullmatch(found.group("inner")):
            # `Gould's *Wonderful Life* (Norton, 1989)` (r150 glossary, "Who made **Wonderful
            # Life**? → Norton, 1989"): whose book, then its house and year
            whose = _WHOSE.search(before)
            if whose is not None and re.search(r"[A-Z][\w'’-]*\s+$", before[: whose.start()]):
                whose = None  # (`Hugging Face's [SmolLM blog post](…)`: a longer name's end)
        if whose is not None and (
            whose["who"] in LAB_NAMES or whose["who"].split()[-1] in found.group("inner")
        ):
            whose = None  # (`Dingwell's "Volcanic dilemma …" (Dingwell 1996)`: cited as ever)
        if whose is not None:
            # `Jäckel's "Let's Be Rational" (Wilmott 2015)` (r94 glossary, "Who made **Let's
            # Be Rational**? → Wilmott"): whose it is, then where it appeared and when
            year_only = attrib.year_in(found.group("inner"))
            venue = re.sub(r"[\s,]*\b(?:19|20)\d\d\b", "", found.group("inner")).strip(" ,;")
            if not re.fullmatch(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}", venue):
                # (`Tene's talk "How NOT to Measure Latency" (Strange Loop and many other
                # venues, ~2013–2016)` (r58 glossary, its venue garbled): where, said loosely)
                venue = ""
            cited = Attribution(
                authors=re.sub(r"\s*&\s*", " and ", whose["who"]),
                year=year_only,
                venue=f"{venue} {year_only}".strip(),
            )
        paper = _paper_in(text, found, links) or _linked(name, links)
        year = cited.year or _year_of(paper)  # `REPLUG (Shi et al., [arXiv:2301.12652](…))`
        if not cited.authors or not year or cited.authors in VENUE_NAMES:
            continue  # (`*IEEE TVCG* (InfoVis 2009)`: where it appeared, and when)
        other = (
            found in quoted
            or (found in titled and _linked(name, links) not in {"", *(own_papers or ())})
            # (a title of its own, three words or more: `follow-up: *The Building Blocks of
            # Interpretability* (Olah et al., Distill 2018)` is the same people's next work)
            or (found in titled and len(name.split()) >= 3 and not _linked(name, links))
        )
        if cited.authors == own_authors and not other:
            continue  # (but `[Gated SAEs](…) (Rajamanoharan et al.) and [JumpReLU SAEs](…)
            # (Rajamanoharan et al.)`: the same people's other paper)
        if (
            whose is None
            and not attrib.PEOPLE_CITED.search(cited.authors)
            and not re.match(
                rf"\s*{re.escape(cited.authors)},?\s+(?:19|20)\d\d\b", found.group("inner")
            )
        ):
            continue  # `(Technion, ICLR 2022)`: a place, not people (`Sutton 1990` is)
        if attrib.first_surname(cited.authors) == name:
            continue  # `Viterbi (Viterbi 1967)`: the person, not a work
        out.append(
            Mention(
                name=name,
                authors=cited.authors,
                year=year,
                venue=cited.venue,
                paper=paper,
                does=_does(text[found.end() :]),
            )
        )
    return out


#: what a bracket names before its citation, when that is another work: `SAEM algorithm`
_OTHER_CITED = re.compile(
    r"[A-Z][\w-]*[A-Z][\w-]*\s+(?:algorithm|method|estimator|model|test|procedure|paper)\b"
)
#: a journal's words: `Archives …`, `Journal of …`, `Acta …`, `Annals of …`
_JOURNAL_NAME = re.compile(
    r"\b(?:Archives|Journal|Annals|Proceedings|Transactions|Letters|Bulletin|Acta|Zeitschrift|"
    r"Review|Reviews|Reports|Archiv)\b"
)


def _linked_titles(text: str, links: list[Link]) -> list[re.Match[str]]:
    """A link's whole text, then its bracket: `[Language Models Represent Space and Time](…)
    (Gurnee & Tegmark, 2023)` names the work by all of its words, not its last."""
    found: list[re.Match[str]] = []
    for link in links:
        title = link.text.strip()
        words = len(title.split())
        if not 1 <= words <= 12 or not title[:1].isupper() or is_generic_link_text(title):
            continue
        match = compiled(rf"(?P<name>{re.escape(title)})\s*\((?P<inner>[^()]*)\)").search(text)
        if match is not None and all(match.start() != f.start() for f in found):
            found.append(match)
    return found


def _stressed_names(
    text: str, stressed: list[str], titled: list[re.Match[str]]
) -> list[re.Match[str]]:
    """A bold phrase, then its bracket: `**Visual ChatGPT** ([Wu et al., 2023](…))`,
    `**Plan-and-Solve prompting** (…)` — the list marks it as a name wherever it stands."""
    found: list[re.Match[str]] = []
    for phrase in stressed:
        if not 1 <= len(phrase.split()) <= 12 or not phrase[:1].isupper():
            continue
        match = re.search(rf"(?P<name>{re.escape(phrase)})\s*\((?P<inner>[^()]*)\)", text)
        if match is not None and all(match.start() != f.start() for f in [*titled, *found]):
            found.append(match)
    return found


#: a name in quotes, then its citation: `"Powers of Tau" (Bowe, Gabizon, Miers, …)`
#: `Jäckel's ` right before a quoted title: its author
_WHOSE = re.compile(
    # (`Lito Tejada-Flores' "Games Climbers Play" (*Ascent*, 1967)` (r180 glossary, "→ Ascent,
    # 1967"): a name in -s, its apostrophe alone)
    r"(?P<who>(?:[A-Z][\w'’-]*[a-z]\s*(?:&|and)\s+)?[A-Z][\w'’-]*[a-z](?:\s+et\s+al\.)?)"
    r"(?:['’]s|(?<=s)['’])\s+"
    # (`Rayner's essay "The challenge of …" (Mycologia, 1991)` (r157 glossary, "Who made
    # **The challenge …**? → Mycologia, 1991"): whose, then what kind of work it is)
    r"(?:(?:classic|famous|short|seminal|early|later|first|last)\s+)?"
    r"(?:(?:essay|book|paper|article|review|monograph|lecture|talk|note|letter|thesis)\s+)?$"
)
#: a bracket with one name and a year, nothing else: `(Norton, 1989)`
_HOUSE_AND_YEAR = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)?,\s*(?:19|20)\d\d")
QUOTED_CITED = re.compile(r"[\"“](?P<name>[A-Z][^\"“”()]{1,60}?)[\"”]\s*\((?P<inner>[^()]*)\)")


def _quoted_names(text: str, titled: list[re.Match[str]]) -> list[re.Match[str]]:
    """`… a multi-party ceremony — "Powers of Tau" (Bowe, Gabizon, Miers, ePrint 2017/1050)`:
    a name the list quotes, cited by the bracket right after it — another work than the
    entry, whoever it names."""
    return [
        found
        for found in QUOTED_CITED.finditer(text)
        if len(found.group("name").split()) <= 6
        and all(not t.start() <= found.start("name") < t.end() for t in titled)
        # (not `the carrier sentence "Please say what this word is" (Ladefoged & Broadbent
        # 1957, …)` (r118 glossary, "Who made **Please say what this word is**?"): words
        # someone said or heard, quoted)
        and not _UTTERANCE_BEFORE.search(text, 0, found.start())
    ]


#: what a quotation is when it is said, not written: `the carrier sentence "…"`
_UTTERANCE_BEFORE = re.compile(
    r"\b(?:sentences?|phrases?|words?|utterances?|prompts?|questions?|instructions?|strings?|"
    r"stimul(?:us|i)|syllables?|tokens?|commands?|slogans?|says?|said|asked|hear[sd]?)\s*$",
    re.IGNORECASE,
)


#: what follows a mention's citation when it says what the work does: a verb of the
#: present or the past, after `, which` or nothing (`AWQ (…) quantizes …`, `KILT (…),
#: which bundles …`), to the end of the sentence
_DOES = re.compile(
    r"(?:,\s*which|\s+[—–]|\s+-)?\s+(?:only\s+|also\s+)?"
    r"(?P<does>[\"“]?(?!(?:is|was|has|does)\b)[a-z]{3,}(?:es|s|ed)\b[\"”]?[^.;!?]{12,160}?)"
    r"\s*(?:[.;!?]\s|[.;!?]?$)"
)


#: what a mention's work is, said right after its citation: `, which is a "perceptive
#: router" trained to predict downstream loss per expert model`
_WHICH_IS = re.compile(
    r",\s*which\s+is\s+(?P<is>(?:an?|the)\s[^.;!?]{12,160}?)\s*(?:,\s+and\s+|[.;!?]\s|[.;!?]?$)"
)


def _does(after: str) -> str:
    """What a mention's work does (or is), said right after its citation, or ""."""
    being = _WHICH_IS.match(after)
    if being is not None and not POINTING.search(being["is"]):
        # (`**Tryage: …** ([arXiv](…), Hari & Thomson, 2023), which is a "perceptive router"
        # trained to predict downstream loss per expert model` (r179 blog, no card said what)
        return being["is"] if being["is"].count("(") == being["is"].count(")") else ""
    found = _DOES.match(after)
    if found is None or found.group("does").strip('"“”').split()[0] in _NOT_DOING:
        return ""
    does = found.group("does").strip(" ,")
    # (`distills the last layer's self-attention and is absurdly simple …`: its first deed)
    does = re.split(r",?\s+and\s+(?=(?:is|are|was|[a-z]{3,}(?:es|s|ed))\b)", does)[0]
    if POINTING.search(does) or does.count("(") != does.count(")"):
        return ""
    return does


#: words shaped as a verb that say where or how a work is read, not what it does
_NOT_DOING = frozenset({"needs", "seems", "goes", "comes", "lives", "sits", "reads", "looks"})


def _year_of(paper: str) -> int | None:
    """The year an arXiv id of the new scheme was given (`2301.12652` → 2023), or None."""
    found = re.fullmatch(r"(\d\d)(\d\d)\.\d{4,5}", paper)
    if found is None or not 1 <= int(found.group(2)) <= 12:
        return None
    return 2000 + int(found.group(1))


def _paper_in(text: str, found: re.Match[str], links: list[Link]) -> str:
    """The arXiv id of a link whose text the bracket holds (`Pathak et al. 2017, arXiv`);
    of several links with one text (`([arXiv](…), Hari & Thomson, 2023), and … ([arXiv](…),
    Šakota, …)`, r179 blog, both credited with the first paper), the one at the bracket."""
    inner, start = found.group("inner"), found.start("inner")
    seen: dict[str, int] = {}
    for link in links:
        label = link.text.strip()
        nth = seen.get(label, 0)
        seen[label] = nth + 1
        pid = arxiv_id(link.url)
        if pid is None or not label or label not in inner:
            continue
        if text.count(label, 0, start) <= nth:
            return pid
    return ""


def _linked(name: str, links: list[Link]) -> str:
    """The arXiv id of the link whose text is `name`, or ""."""
    for link in links:
        pid = arxiv_id(link.url)
        if pid is not None and link.text.strip() == name:
            return pid
    return ""
