"""Sentences of an entry's text, as a reader would cut them.

A sentence ends at `.`, `!` or `?` before a space and a capital, a digit or an
opening quote or bracket — but never after an abbreviation (`et al.`, `e.g.`,
`vs.`, `Fig.`, `No.`), a journal's abbreviated word (`J. Combin. Theory`) or an initial
(`A. Vaswani`), and never inside brackets.
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "JOURNAL_WORDS", "sentences"]

ABBREVIATIONS = frozenset(
    {
        *("al", "e.g", "i.e", "eg", "ie", "vs", "cf", "fig", "figs", "no", "nos", "eq"),
        *("eqs", "sec", "ch", "pp", "p", "vol", "proc", "conf", "dr", "mr", "mrs", "ms"),
        *("prof", "inc", "ltd", "co", "corp", "jr", "sr", "st", "approx", "est", "dept"),
        *("univ", "ed", "eds", "trans", "ref", "refs", "tab", "app", "resp", "incl", "u.s"),
        *("u.k", "a.k.a", "aka", "ca", "min", "max", "avg", "esp", "viz", "op", "repr"),
        # `Digital Scholarship in the Humanities 32, suppl. 2 (2017)` (r89 syllabus)
        *("suppl", "supp", "iss", "pt", "chap", "sect"),
        # `MIT Press, 2017. Chs. 2 and 6.` (r118 syllabus: a clue opening "2 and 6."): parts
        *("chs", "chaps", "secs", "sects", "pts", "vols", "lect", "lects"),
        # a month's abbreviation before its day or year: `announced 7 Apr. 1964: …` (r99
        # syllabus, where `1964` was taken for a paper's name)
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        # a given name's abbreviation in the middle of a person's name (`Naveen Kr. Sharma`)
        *("kr", "md", "wm", "chas", "jas", "thos"),
    }
)
#: a journal's abbreviated words (`J. Combin. Theory Ser. B`, `Ann. Math. Statist.`,
#: `Proc. Natl. Acad. Sci.`): capitalised, no sentence ends after them
JOURNAL_WORDS = frozenset(
    {
        *("Combin", "Ser", "Math", "Phys", "Comput", "Stat", "Statist", "Appl", "Sci", "Rev"),
        *("Lett", "Soc", "Amer", "Assoc", "Inst", "Mech", "Anal", "Geom", "Optim", "Numer"),
        *("Syst", "Eng", "Res", "Biol", "Chem", "Med", "Mol", "Natl", "Acad", "Int", "Intell"),
        *("Artif", "Mach", "Inf", "Inform", "Commun", "Netw", "Oper", "Manag", "Econ", "Ann"),
        *("Probab", "Dyn", "Recogn", "Vis", "Softw", "Symb", "Bull", "Jpn", "Eur", "Philos"),
        *("Comp", "Electron", "Ecol", "Evol", "Psychol", "Neurosci", "Cogn", "Theor", "Lond"),
        *("Publ", "Hung", "Ital", "Pol"),  # `Publ. Math. Inst. Hung. Acad. Sci.`
        # `Wösten 2001, *Annu. Rev. Microbiol.* is the review …` (r157 glossary, "Wösten and
        # Annu"): the life sciences' abbreviations
        *("Annu", "Microbiol", "Immunol", "Genet", "Physiol", "Pathol", "Biochem", "Biophys"),
        *("Mycol", "Bot", "Zool", "Entomol", "Environ", "Geophys", "Atmos", "Meteorol"),
        *("Oceanogr", "Opin", "Curr", "Proc", "Trans", "Nucl", "Exp", "Clin", "Vet", "Agric"),
        # (`Pringle 1948, "…", *Phil. Trans. R. Soc. B*`, `*J. Morphol.*`, `*Am. Nat.*`,
        # `(J. Proteome Res., 2023)` (r158 glossary and awesome, "Pringle and Phil", "Res"))
        *("Phil", "Morphol", "Am", "Nat", "Proteome", "Ent", "Zoologica", "Insect"),
        # (`*Acta Cryst. D* 66:125–132 (2010)` (r158 syllabus, "Kabsch, D 2010"))
        *("Cryst", "Crystallogr", "Struct", "Biomol", "Spectrom"),
        # (`*Z. Lebensm. Unters. Forsch.* 184:277` (r174 glossary): food and flavour
        # science's)
        *("Lebensm", "Unters", "Forsch", "Chim", "Cosmet", "Ber", "Dtsch"),
    }
)
_END = re.compile(
    r"[.!?]+[\"'”’)\]]*\s+"
    # (never before a journal's volume and page: `*Trends Food Sci. Technol.* 4:68` (r174
    # glossary, a cloze on "Trends Food Sci"))
    r"(?!\d{1,4}(?:\(\d{1,3}\))?:\s?\d)"
    # the next sentence: a capital, a digit, a name with a capital inside (`pFedMe, …`),
    # after the list's marker if any (`… NeurIPS 2019). ⭐ Reconstructs …`)
    "(?=(?:[\u2600-\u27bf\u2b50\U0001f000-\U0001faff]\ufe0f?\\s*)?"
    # (`… (AI2), 2024. ~7B total / ~1B active …`: an approximate figure, r77 blog)
    r"(?:[\"'“‘(\[]?[A-Z0-9]|[a-z]+[A-Z]|[-–—]\s+\S|[~≈]\d"  # (`… Models. — retention …`)
    # (`…, CACM. v2 is the training chip` (r115 table): a version opens the next)
    r"|v\d+\s"
    # (`… stress (CRSS). cosφ cosλ is the Schmid factor` (r97 glossary): a formula's
    # symbols open the next sentence)
    r"|[a-z]{0,4}[\u0370-\u03ff]))"
    # `two pages!! defines sequential consistency …`: a note's exclamation ends it
    r"|!{2,}\s+(?=[a-z])"
    # `… two consecutive rw-antidependency edges. everything below builds on this` (r131
    # notes): a note's sentence in lower case, opened by a word that opens sentences
    r"|[.!?](?<=[a-z0-9)\"”]{2}[.!?])\s+(?=(?:so|it|its|this|these|they|their|everything|"
    # (`— Alon et al., POPL 2019. see also [code2seq](…)` (r161 table, made by no one): a
    # pointer to another work opens its own)
    r"but|then|also|still|we|i|you|both|here|there|now|note|time|see)\s)"
)
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d[a-z]?\.(?:\s|$)")
_WORD_EDGES = re.compile(r"^[^\w]+|[.!?\"'”’)\]]+$")  # `(e.g.` -> `e.g`


#: names that end in their own `!`: a venue's, a company's (`Onward! 2019`, `Yahoo! 2008`)
_EXCLAIMED_NAMES = frozenset({"Onward!", "Yahoo!"})
#: the next sentence's first word, capitalised
_OPENING_CAPITAL = re.compile(r"\s+[A-Z][a-z]")
#: a sentence's first word, never a title's or a name's: `Don't`, `This`, `However`
_AFTER_ET_AL = re.compile(
    r"\s*(?:Don['’]t|Do|Ask|It|Its|This|These|They|Their|Then|Thus|However|Instead|But|So|"
    r"We|Both|Here)\b(?!\.)"
)


def _closes_here(text: str, end: int) -> bool:
    """Whether the sentence may end at the punctuation just before `end`."""
    head = text[max(0, end - 80) : end].rstrip()  # the word before, not the whole text
    last = head.rsplit(None, 1)[-1] if head else ""
    word = _WORD_EDGES.sub("", last).rstrip(".").casefold()
    if text.startswith("...", end - 1) and re.search(r",\s*\.$", head):
        return False  # `Siracusano, Bianchi, ... Bifulco`: a list's elision goes on
    if not word:
        return True
    if last in _EXCLAIMED_NAMES and re.match(r"!\s+(?:1[89]|20)\d\d\b", text[end - 1 :]):
        return False  # `McGranaghan. Onward! 2019` (r167 notes, its year lost): a venue
    if head.rstrip("\"'”’)]").endswith(("!", "?")):
        return True
    if re.search(r"[A-Za-z]\)\.$", last) and _OPENING_CAPITAL.match(text, end):
        # `… from glass experiments (Griffith 1921, Phil. Trans. A). Irwin (1957) recast it
        # …` (r97 glossary): a bracket closed, then a capital — no initial's stop
        return True
    if word == "al" and _AFTER_ET_AL.match(text, end):
        # `A constructive answer to Duan et al. Don't ask whether …` (r115 blog, one clue
        # made of both sentences): a sentence's first word after a citation ends it
        return True
    if word in ABBREVIATIONS:
        return False
    if _WORD_EDGES.sub("", last).rstrip(".") in JOURNAL_WORDS and not re.search(r"[)\]]\.$", last):
        return False  # (but `… (Bliss & Lømo 1973, J Physiol). A companion paper …` ends)
    # an initial (`A. Vaswani`) or a dotted abbreviation (`U.S.`): no end; but a symbol
    # (`… tells you about θ. Its inverse …`, `… a variable x. Then …`) ends a sentence
    letter = _WORD_EDGES.sub("", last).rstrip(".")
    # (`J.-C. Latombe`: a hyphenated initial too)
    # (`Sercan Ö. Arık`: an accented capital too)
    hyphenated = bool(re.fullmatch(r"[A-Z]\.-[A-Z]", letter))
    # (never `°C.`: `… the trigger is 37 °C. In *Candida albicans* …`, r157 glossary, two
    # sentences read as one)
    initial = (len(letter) == 1 and letter.isupper() and "°" not in last) or hyphenated
    if (
        initial
        and not hyphenated
        and _SYMBOL_BEFORE.search(text[max(0, end - 80) : end])
        and _OPENING_WORD.match(text, end)
    ):
        # `… the uncertainty about X obtained by observing Y. It is symmetric …`: a variable
        # after a word in lower case, then a sentence's first word, ends a sentence
        return True
    return not initial and not re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)


#: a capital letter alone and its full stop after a word in lower case (not a name's
#: particle), then a word that opens sentences (never a surname: `by J. Smith`)
_SYMBOL_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:van|von|de|der|den|da|del|di|du|la|le|dos|das|bin|al)\s)[a-z]{2,}\s+"
    r"[A-Z]\.\s*$"
)
_OPENING_WORD = re.compile(
    # (never `A.` of `M. A. Satterthwaite`: an initial)
    r"\s*(?:It|Its|This|These|The|They|Then|Thus|Here|In|If|When|So|But|Both|We|A|An)\b(?!\.)"
)


def _depths(text: str) -> list[int]:
    """For each position of `text`, how many brackets are open before it."""
    depths: list[int] = []
    depth = 0
    for ch in text:
        depths.append(depth)
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
    depths.append(depth)
    return depths


def _whole_bracket(text: str, start: int, match: re.Match[str], depths: list[int]) -> bool:
    """`(Drela 1989, in … vol. 54.) (Everyone uses it, …)` (r101 glossary): a sentence that
    is one bracket, its stop inside, ends where the bracket closes."""
    opened = start + len(text[start:]) - len(text[start:].lstrip())
    closed = text.find(")", match.start(), match.end())
    return (
        text.startswith("(", opened)
        and closed >= 0
        and depths[match.start()] == 1
        and min(depths[opened + 1 : match.start() + 1]) >= 1
    )


def _inside_quote(text: str, start: int, match: re.Match[str]) -> bool:
    """`"When an axon of cell A is near enough … firing it... A's efficiency … is increased"`
    (r102 glossary, Hebb's quote cut in two at its ellipsis): a stop inside a quotation
    that closes later in the text ends no sentence."""
    said = text[start : match.start() + 1]
    if said.count('"') % 2 == 0 or '"' in match.group(0):
        return False
    return '"' in text[match.end() :]


def sentences(text: str) -> list[str]:
    """The sentences of `text`, stripped, in order."""
    text = text.strip()
    out: list[str] = []
    start = 0
    depths = _depths(text) if "(" in text or "[" in text else None
    for match in _END.finditer(text):
        if not _closes_here(text, match.start() + 1):
            continue
        if depths and depths[match.start()] and not _whole_bracket(text, start, match, depths):
            continue
        if _inside_quote(text, start, match):
            continue
        if _YEAR_ALONE.match(text, match.end()):
            continue  # `Centola, Damon. 2010. "The Spread …"`: a byline's year is no sentence
        piece = text[start : match.end()].strip()
        if piece:
            out.append(piece)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out
