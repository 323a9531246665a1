"""Sentences of an entry's text, as a reader would cut them.

A sentence ends at `.`, `!` or `?` before a space and a capital, a digit or an
opening quote or bracket — but never after an abbreviation (`et al.`, `e.g.`,
`vs.`, `Fig.`, `No.`) or an initial (`A. Vaswani`), and never inside brackets.
"""

from __future__ import annotations

import re

__all__ = ["sentences"]

_ABBREVIATIONS = frozenset(
    {
        *("al", "e.g", "i.e", "eg", "ie", "vs", "cf", "fig", "figs", "no", "nos", "eq"),
        *("eqs", "sec", "ch", "pp", "p", "vol", "proc", "conf", "dr", "mr", "mrs", "ms"),
        *("prof", "inc", "ltd", "co", "corp", "jr", "sr", "st", "approx", "est", "dept"),
        *("univ", "ed", "eds", "trans", "ref", "refs", "tab", "app", "resp", "incl", "u.s"),
        *("u.k", "a.k.a", "aka", "ca", "min", "max", "avg", "esp", "viz", "op", "repr"),
    }
)
_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*[\"'”’)\]]*\s*$")


def _closes_here(text: str, end: int) -> bool:
    """Whether the sentence may end at the punctuation just before `end`."""
    head = text[:end].rstrip()
    match = _WORD_BEFORE.search(head)
    if match is None:
        return True
    word = match.group(1).rstrip(".").casefold()
    if head.rstrip("\"'”’)]").endswith(("!", "?")):
        return True
    if word in _ABBREVIATIONS:
        return False
    # an initial (`A. Vaswani`) or a dotted abbreviation (`U.S.`): no end
    return not (len(word) == 1 and word.isalpha()) and not re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)


def _depth_ok(text: str, end: int) -> bool:
    """True when position `end` is outside any bracket."""
    depth = 0
    for ch in text[:end]:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
    return depth == 0


def sentences(text: str) -> list[str]:
    """The sentences of `text`, stripped, in order."""
    text = text.strip()
    out: list[str] = []
    start = 0
    for match in _END.finditer(text):
        if not _closes_here(text, match.start() + 1) or not _depth_ok(text, match.start()):
            continue
        piece = text[start : match.end()].strip()
        if piece:
            out.append(piece)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out
