"""Flag claims in a model's card that the entry does not support."""

from __future__ import annotations

import re

from srs.reading.model import Entry

__all__ = ["unsupported_terms"]

_ARXIV = re.compile(r"\b\d{4}\.\d{4,5}\b")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*%?(?![\w.])")
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9-]*\b")
_SMALL_NUMBERS = {str(n) for n in range(0, 11)}


def _haystack(entry: Entry, grounding: str) -> str:
    parts = [entry.title, entry.description, *entry.papers, *entry.related, *entry.concepts]
    parts.append(grounding)
    for link in entry.links:
        parts.extend((link.text, link.url))
    return " ".join(parts).casefold()


def unsupported_terms(text: str, entry: Entry, grounding: str = "") -> list[str]:
    """arXiv ids, numbers and acronyms in `text` found nowhere in the entry, its links
    or `grounding` (the titles and abstracts of its papers)."""
    hay = _haystack(entry, grounding)
    found: dict[str, None] = {}
    for pattern in (_ARXIV, _NUMBER, _ACRONYM):
        for match in pattern.finditer(text):
            term = match.group(0).rstrip("%")
            if term in _SMALL_NUMBERS or (len(term) < 2 and not term.isdigit()):
                continue
            if term.casefold() not in hay:
                found[term] = None
    return list(found)
