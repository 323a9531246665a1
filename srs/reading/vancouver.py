"""The byline medicine and biology write (NLM's, "Vancouver" style): each author's surname,
then the initials of their given names with no stops — `Smith TF, Waterman MS`, `Altschul
SF, Madden TL, Schäffer AA, …`, `Nguyen L-T, Schmidt HA, von Haeseler A, Minh BQ`,
`Bankevich A, Nurk S, Antipov D, et al.` — perhaps with the year in brackets after it.

A reading list copied from PubMed writes every reference this way, and a byline read as
no one leaves `Smith TF, Waterman MS` as the entry's name (r179 syllabus).
"""

from __future__ import annotations

import re

from srs.reading.model import Attribution
from srs.reading.orgs import BRANDS, LAB_NAMES
from srs.text import NAME_LOWER, NAME_UPPER

__all__ = ["GIVEN_NAMES", "SOURCE", "vancouver_byline"]

_UPPER = NAME_UPPER
_LOWER = NAME_LOWER
#: a surname: a capitalised word with a lower-case letter (`Schäffer`, `McCreight`,
#: `Marco-Sola`), perhaps after a particle (`von Haeseler`, `de Bruijn`)
_SURNAME = (
    rf"(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos)\s){{0,2}}"
    rf"[{_UPPER}][{_LOWER}'’]*[{_LOWER}][{_LOWER}'’]*(?:-[{_UPPER}][{_LOWER}'’]+)?"
)
#: the initials: one to three capitals, a hyphened one (`L-T`) too
_INITIALS = rf"[{_UPPER}]{{1,3}}(?:-[{_UPPER}])?"
_BYLINE = re.compile(
    rf"\s*(?P<first>{_SURNAME})\s{_INITIALS}(?![\w'’-])"
    rf"(?P<more>(?:,\s+{_SURNAME}\s{_INITIALS}(?![\w'’-]))*)"
    r"(?P<etal>,?\s+et\s+al\b\.?)?"
    # (the last one's initials may close with a stop: `Felsenstein J. (1978)`)
    r"\.?\s*(?:\((?P<year>(?:1[6-9]|20)\d\d)[a-z]?\))?[.,;:]?\s*"
)
#: initials that are a lab's or a field's letters, never a person's: `Mistral AI`
_NOT_INITIALS = frozenset({"AI", "ML", "RL", "CV", "IR", "UI", "UX", "DB", "OS", "HQ", "IO"})
_BRAND_WORDS = frozenset(brand for brands in BRANDS.values() for brand in brands)
#: given names a middle initial follows (`Andrew D.`): no surname and its initial
GIVEN_NAMES = frozenset(
    {
        *("Aaron", "Adam", "Alan", "Albert", "Alexander", "Alice", "Andrew", "Ann", "Anna"),
        *("Anne", "Anthony", "Arthur", "Barbara", "Benjamin", "Brian", "Carl", "Carol"),
        *("Catherine", "Charles", "Christopher", "Daniel", "David", "Donald", "Dorothy"),
        *("Edward", "Elizabeth", "Emily", "Eric", "Frank", "Frederick", "Gary", "George"),
        *("Gerald", "Harold", "Harry", "Helen", "Henry", "Howard", "Jack", "James", "Jane"),
        *("Jason", "Jeffrey", "Jennifer", "John", "Jonathan", "Joseph", "Judith", "Julia"),
        *("Karen", "Kenneth", "Laura", "Lawrence", "Linda", "Margaret", "Maria", "Mark"),
        *("Martin", "Mary", "Matthew", "Michael", "Nancy", "Nicholas", "Patricia", "Paul"),
        *("Peter", "Philip", "Raymond", "Richard", "Robert", "Ronald", "Samuel", "Sarah"),
        *("Scott", "Stephen", "Steven", "Susan", "Thomas", "Timothy", "Walter", "William"),
    }
)


#: where and when in the same style: the journal's abbreviation, then `year;volume(issue):
#: pages` — `J Mol Biol. 1981;147(1):195–197.`, `Nucleic Acids Res 1997; 25(17):3389–3402`,
#: `Bioinformatics. 2013;29(8):1072–1075.`
SOURCE = re.compile(
    r"(?:(?<![\w.])(?P<journal>[A-Z][A-Za-z]*\.?(?:\s+(?:[A-Z][A-Za-z]*\.?|&|of))*?)\.?\s+)?"
    # (its pages always: never `(Navarro, Frenk & White 1996; 1997)`, two years)
    r"(?<!\d)(?P<year>(?:1[89]|20)\d\d)(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*\d{1,4}"
    r"(?:\s*\([^()]*\))?\s*:\s*[A-Za-z]?\d+(?:\s*[–-]\s*[A-Za-z]?\d+)?\.?"
)


def vancouver_byline(text: str) -> Attribution | None:
    """`text` read as a Vancouver byline and nothing else (`Smith TF, Waterman MS`,
    `Gotoh O`, `Pevzner PA, Tang H, Waterman MS (2001)`); None when it is not one."""
    found = _BYLINE.fullmatch(text)
    if found is None:
        return None
    people = [found["first"], *re.findall(rf"({_SURNAME})\s{_INITIALS}", found["more"])]
    initials = re.findall(rf"\s({_INITIALS})(?:,|\s|\.|$)", text[: found.end("more") or None])
    if not initials or set(initials) & _NOT_INITIALS:
        return None  # (`Mistral AI`, `Google AI`: a lab)
    if (
        len(people) == 1
        and not found["etal"]
        and (people[0] in LAB_NAMES or people[0] in _BRAND_WORDS or len(initials[0]) > 2)
    ):
        return None  # (`Apple MLR`, `Claude UI`: a lab's or a product's name)
    if len(people) == 1 and len(initials[0]) == 1 and people[0] in GIVEN_NAMES:
        # (`Andrew D. Selbst, danah boyd, …`, `Samuel K. Cohn Jr.` (r93 and r169 syllabi,
        # "Andrew", "Samuel"): a given name and a middle initial, the person's surname after)
        return None
    year = int(found["year"]) if found["year"] else None
    if found["etal"] or len(people) >= 3:
        return Attribution(authors=f"{people[0]} et al.", year=year)
    return Attribution(authors=" and ".join(people), year=year)
