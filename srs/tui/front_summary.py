"""A card's front on one line, as browse lists it: the part that tells it from its kind's
other cards.

Cards of one kind share their template's wording ("What is described here? …",
"Who made …, and when?"), so in a narrow column every reverse card read the same.
The words every card of a kind begins or ends with are dropped; the Kind column
says which template it is, and the detail view shows the whole card.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from srs.store.engine import CardView
from srs.text import strip_markdown_escapes

__all__ = ["front_line", "front_summaries"]

_EDGE_PUNCTUATION = ",;:·—–-"


def front_line(card: CardView) -> str:
    """The front as plain text on one line, without the section it may lead with."""
    line = " ".join(strip_markdown_escapes(card.front).replace("*", "").split())
    return line.removeprefix(f"{card.section} · ")  # older templates led with the section


def _shared(rows: Sequence[Sequence[str]]) -> tuple[int, int]:
    """How many words all `rows` begin with, and end with, leaving each one word."""
    shortest = min(len(words) for words in rows)
    head = 0
    while head < shortest - 1 and len({words[head] for words in rows}) == 1:
        head += 1
    tail = 0
    while head + tail < shortest - 1 and len({words[-1 - tail] for words in rows}) == 1:
        tail += 1
    return head, tail


def front_summaries(cards: Iterable[CardView]) -> dict[str, str]:
    """Each card's front line without the words all cards of its kind share (by id)."""
    by_kind: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for card in cards:
        by_kind[card.kind].append((card.id, front_line(card).split(" ")))
    summaries: dict[str, str] = {}
    for group in by_kind.values():
        head, tail = _shared([words for _, words in group]) if len(group) > 1 else (0, 0)
        # a fragment left of a question needs no question mark
        edges = _EDGE_PUNCTUATION + (" ?" if head or tail else " ")
        for card_id, words in group:
            kept = " ".join(words[head : len(words) - tail]).strip(edges)
            summaries[card_id] = kept or " ".join(words)
    return summaries
