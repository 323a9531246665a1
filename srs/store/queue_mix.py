"""Where the day's new cards go among its reviews, as Anki's v3 scheduler places them
(`new_mix`): after the reviews, before them, or spread evenly among them (Anki's
default, its `Intersperser` in rslib/src/scheduler/queue/builder/intersperser.rs)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["MIXES", "first_of_main", "intersperse", "main_queue"]

#: the values of the `new_mix` setting
MIXES = ("mix", "after", "before")


def intersperse(one: Sequence[str], two: Sequence[str]) -> list[str]:
    """`one` and `two` evenly mixed, each in its own order, the longer one first: Anki's
    `Intersperser` (with exact arithmetic where Anki uses 32-bit floats)."""
    out: list[str] = []
    i = j = 0
    n1, n2 = len(one), len(two)
    while i < n1 or j < n2:
        # Anki: take from `two` when (j + 1) * (n1 + 1) / (n2 + 1) < i + 1
        if j < n2 and (i == n1 or (j + 1) * (n1 + 1) < (i + 1) * (n2 + 1)):
            out.append(two[j])
            j += 1
        else:
            out.append(one[i])
            i += 1
    return out


def main_queue(review: Sequence[str], new: Sequence[str], mix: str) -> list[str]:
    """The day's reviews and new cards in the order they come (learning cards aside)."""
    if mix == "before":
        return [*new, *review]
    if mix == "after":
        return [*review, *new]
    return intersperse(review, new)


def first_of_main(review: Sequence[str], new: Sequence[str], mix: str) -> str | None:
    """`main_queue(review, new, mix)[0]` without building the queue (None: both empty)."""
    if not review or not new:
        return review[0] if review else (new[0] if new else None)
    if mix == "before":
        return new[0]
    if mix == "after":
        return review[0]
    # intersperse's first step: `new` first only when it is the longer one
    return new[0] if len(review) < len(new) else review[0]
