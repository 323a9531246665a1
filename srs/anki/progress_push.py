"""Which card schedules and review-log rows a sync writes into the bridge: srs's
schedule of each card in Anki's columns, where the bridge holds another, and srs's
reviews the bridge does not have yet. Pure: the bridge is read and written by the
caller (srs.anki.sync_run)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from srs.anki.bridge import BridgeCard, merged_data, same_schedule
from srs.anki.holds import Hold, hold_of
from srs.anki.schedule import AnkiCardColumns, AnkiDays, card_progress
from srs.config import Config
from srs.store.card_row import ProgressRow
from srs.store.review_log import ReviewRecord

__all__ = ["ProgressPush", "progress_push"]


@dataclass
class ProgressPush:
    #: (bridge card id, columns) of each card whose schedule the bridge lacks
    schedules: list[tuple[int, AnkiCardColumns]] = field(default_factory=list)
    #: review-log rows (id, bridge card id, ...) that may be new to the bridge, in order
    reviews: list[tuple[Any, ...]] = field(default_factory=list)
    #: the hold each card is left with, by srs card id
    holds: dict[str, Hold] = field(default_factory=dict)


def progress_push(
    rows: Iterable[ProgressRow],
    records: Mapping[str, list[ReviewRecord]],
    there: Mapping[str, BridgeCard],
    days: AnkiDays,
    config: Config,
    now_ms: int,
) -> ProgressPush:
    """`rows`: srs's cards; `records`: their standing reviews; `there`: the bridge's
    card of each (cards it lacks are left out)."""
    out = ProgressPush()
    for row in rows:
        card = there.get(row.id)
        if card is None:
            continue
        progress = card_progress(
            row,
            records.get(row.id, []),
            days,
            new_position=card.columns.due if card.columns.type == 0 else None,
            now_ms=now_ms,
            config=config,
        )
        columns = progress.card
        out.holds[row.id] = hold_of(columns.queue)
        if not same_schedule(card.columns, columns):
            data = merged_data(card.columns.data, columns.data)
            out.schedules.append((card.cid, columns._replace(data=data)))
        for log in progress.revlog:
            out.reviews.append((log.id, card.cid, *log[1:]))
    return out
