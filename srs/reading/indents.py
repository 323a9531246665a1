"""Bullets its writer nested under a numbered item, indented less than CommonMark asks.

CommonMark nests a line under `10. **IX** (…)` only when it is indented to the item's
text, four spaces; most writers indent every item's bullets the same three spaces they
used under `9.`, and the bullets become a list of their own, each read as an entry (r157
notes: the authors and facts of items 10 to 43 became entries named "Belay, Prekas, …").
The same happens under `1. ` with two spaces. A numbered item's indented lines are moved
right by as much as its first bullet lacks, so they nest as their writer meant.
"""

from __future__ import annotations

import re

__all__ = ["nested_under_numbers", "numbers_after_bullets"]

#: a numbered item at the start of a line, then one to four spaces: its text's column
_NUMBERED = re.compile(r"^(?P<marker>\d{1,3}[.)])(?P<gap> {1,4})(?=\S)")
_INDENT = re.compile(r"^ +(?=\S)")
_ANY_NUMBERED = re.compile(r"^\d{1,3}[.)] ", re.MULTILINE)
#: the first line under the item opens a bullet or a numbered item of its own
_BULLET = re.compile(r"(?:[-*+]|\d{1,3}[.)])[ \t]")


def nested_under_numbers(text: str) -> str:
    """`text` with the indented lines under each numbered item moved right to its text's
    column, by as much as its first indented bullet lacks (a line indented further keeps
    its depth under that one)."""
    if not _ANY_NUMBERED.search(text):
        return text
    lines = text.split("\n")
    column: int | None = None  # the text column of the numbered item being read
    shift: int | None = None  # how far its indented lines move (decided by its first bullet)
    for at, line in enumerate(lines):
        if not line.strip():
            continue
        indent = _INDENT.match(line)
        if indent is None:
            item = _NUMBERED.match(line)
            column = len(item.group(0)) if item else None
            shift = None
            continue
        if column is None:
            continue
        if shift is None:
            if not _BULLET.match(line, len(indent.group(0))):
                continue  # (the item's text run on, or a paragraph maybe meant on its own)
            shift = max(0, column - len(indent.group(0)))
        if shift:
            lines[at] = " " * shift + line
    return "\n".join(lines)


#: a bullet, then an item's number: `- 1. **Nroff/Troff User's Manual** — …`
_NUMBER_AFTER_BULLET = re.compile(r"^(?P<bullet>[ \t]*[-*+][ \t]+)\d{1,2}[.)][ \t]+(?=\S)", re.M)


def numbers_after_bullets(text: str) -> str:
    """`text` without the numbers its writer put after bullets (`- 1. **Nroff/Troff …** —
    …`, r179 notes: CommonMark reads a numbered list inside each bullet, and the seven
    items of a section became entries named by nothing): the bullet is the item."""
    return _NUMBER_AFTER_BULLET.sub(r"\g<bullet>", text)
