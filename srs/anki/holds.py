"""Suspend and bury across devices: which side changed a card's hold since the last sync.

`srs sync` pushes every card's queue as srs has it. To tell a suspension or a bury
made on another device from a change srs has not pushed yet, each sync records the
hold it left in the bridge for each card (`anki-bridge/pushed-holds.json`). At the
next sync, a bridge card whose hold differs from that record was changed on another
device since, and that change is the user's: srs takes it (as Anki does between
devices), then pushes. A bury from an earlier day is over (Anki unburies at its next
day) and is not taken. Without a record (the first sync, a bridge from before this
file) srs's holds stand.

Anki's queues (rslib/src/card): -1 suspended, -2 buried with a sibling, -3 buried
by hand; a bury lasts until the day ends.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from srs.atomic import atomic_write_text

__all__ = ["HoldChanges", "changes_elsewhere", "hold_of", "load_pushed", "save_pushed"]

Hold = Literal["suspended", "buried"] | None
SUSPENDED: Hold = "suspended"
BURIED: Hold = "buried"


def hold_of(queue: int) -> Hold:
    """The hold an Anki queue number stands for."""
    if queue == -1:
        return SUSPENDED
    if queue in (-2, -3):
        return BURIED
    return None


@dataclass
class HoldChanges:
    """What other devices changed: cards to (un)suspend, and to bury (until a moment,
    ms) or unbury (None)."""

    suspended: dict[str, bool] = field(default_factory=dict)
    buried_until: dict[str, int | None] = field(default_factory=dict)


def changes_elsewhere(
    bridge: Mapping[str, tuple[int, int]],
    pushed: Mapping[str, Hold],
    day_ms: tuple[int, int],
) -> HoldChanges:
    """The holds other devices changed. `bridge`: each srs card's (queue, modified at
    in seconds) in the bridge; `pushed`: the holds the last sync left (cards not in it
    were left unheld); `day_ms`: srs's day now, (start, end)."""
    start_ms, end_ms = day_ms
    changes = HoldChanges()
    for card_id, (queue, mod_s) in bridge.items():
        before = pushed.get(card_id)
        now = hold_of(queue)
        if now == BURIED and before != BURIED and mod_s * 1000 < start_ms:
            now = None  # buried on an earlier day: that bury is over
        if now == before:
            continue
        if before == SUSPENDED:
            changes.suspended[card_id] = False
        elif before == BURIED:
            changes.buried_until[card_id] = None
        if now == SUSPENDED:
            changes.suspended[card_id] = True
        elif now == BURIED:
            changes.buried_until[card_id] = end_ms
    return changes


def load_pushed(path: Path) -> dict[str, Hold] | None:
    """The holds the last sync left, by srs card id; None without a (readable) record."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    pushed: dict[str, Hold] = {}
    for hold in (SUSPENDED, BURIED):
        ids = data.get(hold)
        if not isinstance(ids, list):
            return None
        pushed.update((card_id, hold) for card_id in ids if isinstance(card_id, str))
    return pushed


def save_pushed(path: Path, holds: Mapping[str, Hold]) -> None:
    data = {
        hold: sorted(card_id for card_id, held in holds.items() if held == hold)
        for hold in (SUSPENDED, BURIED)
    }
    atomic_write_text(path, json.dumps(data, separators=(",", ":")))
