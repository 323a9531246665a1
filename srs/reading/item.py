"""The raw parts of one entry before it is read: a list item's paragraphs and nested
bullets, or a table row's cells by what their column holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from srs.reading.markdown import Run

__all__ = ["Item", "append_runs"]


@dataclass
class Item:
    #: the item's first paragraph (a table row: its main cell)
    head: list[Run] = field(default_factory=list)
    #: its other paragraphs and code, each a list of runs
    rest: list[list[Run]] = field(default_factory=list)
    #: its nested bullets, each flattened with the bullets under it
    nested: list[list[Run]] = field(default_factory=list)
    #: a table row's cells by role (`name`, `paper`, `date`, `lab`, `authors`, `venue`,
    #: `links`, `description`)
    cells: dict[str, list[Run]] = field(default_factory=dict)
    #: every run in document order (the entry's whole text)
    everything: list[Run] = field(default_factory=list)


def append_runs(everything: list[Run], parts: list[Run]) -> None:
    """Add `parts` to an entry's whole text, a space between them and what was there."""
    if everything:
        everything.append(Run(" "))
    everything.extend(parts)
