"""Readings written as paragraphs that each open with the same marker — `📌 Holland, P. W.
(1986). "Statistics and Causal Inference." …`, `➕ Rubin, D. B. (1974). …`, `• …` — are a
list its writer drew by hand: each such paragraph is read as a list item.

A marker is a symbol (an emoji, `★`, `➕`, `→`) or a typographic bullet (`•`, `‣`, `◦`)
at the very start of a line that opens a paragraph, then a space. One marked paragraph
is decoration (`⚠️ This list is a draft`); a marker that opens three paragraphs or more
marks readings. So does a syllabus's reading mark (`[O] C. Calcagno, …`, `**[R]** …`),
which the item keeps. Fenced code keeps its lines as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["marked_paragraphs_as_items"]

#: the typographic bullets (Unicode calls them punctuation, not symbols)
_BULLETS = frozenset("•‣◦⁃∙")
#: a line's opening marker: symbols and their joiners (`⭐️`: a star and a variation
#: selector), then a space and text
_MARKED = re.compile(r"^(?P<mark>[^\x00-\x7f\w\s][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*)[ \t]+(?=\S)")
#: how many paragraphs one marker must open to mark readings
MIN_MARKED = 3
_FENCE = re.compile(r"^[ \t]{0,3}(?:```|~~~)")


def _is_marker(mark: str) -> bool:
    first = mark[0]
    return first in _BULLETS or unicodedata.category(first).startswith("S")


#: a syllabus's reading mark before a paragraph: `[O] C. Calcagno, …`, `**[R]** P. Müller,
#: …` (r128 syllabus: the optional readings' notes went to the required reading above)
_READING_MARKED = re.compile(r"^(?:\*\*|__)?\[(?:R|O|Req|Opt|Rec|\*|†)\](?:\*\*|__)?[ \t]+(?=\S)")


def marked_paragraphs_as_items(text: str) -> str:
    """`text` with each paragraph opened by a marker that opens `MIN_MARKED` paragraphs or
    more written as a list item (`- Holland, …`); other text as it was."""
    text = _reading_marks_as_items(text)
    if text.isascii():  # (most lists: nothing to look for)
        return text
    lines = text.split("\n")
    opens: list[tuple[int, str]] = []  # (line, marker) of each marked paragraph's first line
    fenced = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or (i > 0 and lines[i - 1].strip()):
            continue  # (inside code, or a paragraph's later line)
        found = _MARKED.match(line)
        if found is not None and _is_marker(found.group("mark")):
            opens.append((i, found.group("mark")))
    counts = Counter(mark.rstrip("\ufe0f") for _, mark in opens)
    marks = {mark for mark, count in counts.items() if count >= MIN_MARKED}
    if not marks:
        return text
    for i, mark in opens:
        if mark.rstrip("\ufe0f") in marks:
            lines[i] = "- " + _MARKED.sub("", lines[i], count=1)
    return "\n".join(lines)


def _reading_marks_as_items(text: str) -> str:
    """Paragraphs opened by a syllabus's reading mark (`[O]`, `**[R]**`), when three or more
    are, as list items that keep the mark (`- [O] C. Calcagno, …`)."""
    if "[" not in text:
        return text
    lines = text.split("\n")
    opens = [
        i
        for i, line in enumerate(lines)
        if (i == 0 or not lines[i - 1].strip()) and _READING_MARKED.match(line)
    ]
    if len(opens) < MIN_MARKED:
        return text
    fenced = False
    inside = set(opens)
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        elif i in inside and not fenced:
            lines[i] = "- " + line
            # (the paragraph's later lines: the item's text, indented under it)
            j = i + 1
            while j < len(lines) and lines[j].strip():
                lines[j] = "  " + lines[j]
                j += 1
    return "\n".join(lines)
