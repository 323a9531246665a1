"""Card wording: an entry's name and its variants, and masking them out of a clue."""

from __future__ import annotations

import re

from srs.reading.model import Entry
from srs.reading.phrases import name_pattern

__all__ = ["MASK", "MEASURING_VERBS", "mask", "name_variants"]

MASK = "___"
#: what a test or a quantity does, asked as such: "What does **Jominy end-quench test**
#: measure? → hardenability" (the gist asks it, the gate takes it as a narrow question)
MEASURING_VERBS = ("measure", "quantify", "detect", "predict", "estimate", "count")
_SUFFIX = re.compile(
    r"\s+(papers?|blog ?posts?|blogpost|challenge|benchmark|book|survey)$", re.IGNORECASE
)


def name_variants(entry: Entry) -> list[str]:
    """The entry's title, name and their obvious variants (the names it groups, the texts
    of its title's links, its acronyms' expansions), longest first."""
    found = {entry.title, entry.name, _SUFFIX.sub("", entry.title), *entry.names}
    found.update(link.text for link in entry.title_links)
    found.update(entry.own_names.values())
    for acronym, expansion in entry.acronyms.items():
        if entry.name and acronym.casefold() in entry.name.casefold():
            found.add(expansion)
    for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", entry.title):
        found.add(_SUFFIX.sub("", part.strip()))
    useful = {v.strip() for v in found if len(v.strip()) >= 2 and any(c.isalpha() for c in v)}
    return sorted(useful, key=lambda v: (-len(v), v))


def mask(text: str, variants: list[str]) -> str:
    """`text` with every variant masked (`___`), runs of masks folded into one."""
    for variant in variants:
        text = re.sub(name_pattern(variant), MASK, text, flags=re.IGNORECASE)
    return re.sub(rf"{MASK}(?:[\s,/&]*{MASK})+", MASK, text)
