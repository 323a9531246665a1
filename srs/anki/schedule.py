"""srs's schedule and review log in Anki's terms: card columns and review-log rows.

Pure mapping, no Anki import: the export writes these rows into a package, the sync
bridge into a collection. Anki counts review due dates in days since the collection
was created; `AnkiDays` turns srs's timestamps into those numbers for a collection
whose "today" is a known day number.

Anki's columns (rslib/src/card, rslib/src/revlog):
* card type 0 new, 1 learning, 2 review, 3 relearning; queue -3 buried, -1 suspended,
  0 new, 1 learning today (due in epoch seconds), 2 review, 3 learning on a later day
  (due a day number); `left` = learning steps still to go; `data` holds FSRS's memory
  state (`s`, `d`), desired retention (`dr`) and the last review (`lrt`, seconds).
* review log: id = the answer's millisecond; ease = the rating; ivl = days, or
  -seconds for intraday steps; factor = FSRS difficulty as Anki logs it
  ((d - 1) / 9 + 0.1) x 1000; time = ms (Anki caps it at 60 s); type 0 learn,
  1 review, 2 relearn (the state the card was in when answered).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any, NamedTuple

from fsrs import State

from srs.config import Config
from srs.store.card_row import ProgressRow
from srs.store.reading_status import holds_new_cards
from srs.store.review_log import ReviewRecord
from srs.store.user_day import DayCounter, day_bounds

__all__ = [
    "AnkiCardColumns",
    "AnkiDays",
    "Progress",
    "RevlogRow",
    "card_columns",
    "card_progress",
    "progress_columns",
    "review_counts",
    "revlog_rows",
]

_DAY_MS = 86_400_000
#: the longest answer time Anki records
_MAX_TIME_MS = 60_000


class AnkiDays:
    """Day numbers of a collection: `today` is the number Anki gives srs's current day."""

    def __init__(self, counter: DayCounter, today: int, next_day_ms: int) -> None:
        self.counter = counter
        self.today = today
        self.today_date = counter.anchor_date
        self.next_day_ms = next_day_ms

    @classmethod
    def at(cls, now: datetime, tz: tzinfo, starts_at: tuple[int, int], today: int) -> AnkiDays:
        _, end = day_bounds(now, tz, starts_at)
        return cls(DayCounter(now, tz, starts_at), today, int(end.timestamp() * 1000))

    def number(self, ms: int) -> int:
        """The collection's number for the (srs) day that holds the moment `ms`."""
        return self.today + self.counter.offset(ms)

    def numbered_starts(self, first_ms: int, last_ms: int) -> list[tuple[int, int]]:
        """(start ms, number) of every day from the one holding `first_ms` to the one
        holding `last_ms`: `number(ms)` is the number of the last start at or before
        `ms`, for every `ms` in that span."""
        return [
            (start, self.today + offset) for start, offset in self.counter.starts(first_ms, last_ms)
        ]


class AnkiCardColumns(NamedTuple):
    type: int
    queue: int
    due: int
    ivl: int
    factor: int
    reps: int
    lapses: int
    left: int
    data: str


class RevlogRow(NamedTuple):
    id: int
    ease: int
    ivl: int
    last_ivl: int
    factor: int
    time: int
    type: int


_TYPE: dict[int | None, int] = {None: 0, State.Learning: 1, State.Review: 2, State.Relearning: 3}
_REVLOG_TYPE: dict[int | None, int] = {
    None: 0,
    State.Learning: 0,
    State.Review: 1,
    State.Relearning: 2,
}


def revlog_rows(
    reviews: Sequence[ReviewRecord], schedule: dict[str, Any], days: AnkiDays
) -> list[RevlogRow]:
    """One Anki review-log row per standing review; `schedule` is the card's schedule now
    (what the last review gave: each review's result is the next one's "before")."""
    rows: list[RevlogRow] = []
    last_ivl = 0
    count = len(reviews)
    number = days.number
    for index, review in enumerate(reviews):
        if index + 1 < count:
            after = reviews[index + 1]
            state, due, difficulty = after.before_state, after.before_due, after.before_difficulty
        else:
            state, due = schedule.get("state"), schedule.get("due")
            difficulty = schedule.get("difficulty")
        at = review.at_ms
        if state is None or due is None:
            ivl = 0
        elif state == State.Review:
            ivl = max(1, number(due) - number(at))
        else:
            ivl = -max(1, (due - at) // 1000)
        duration = review.duration_ms or 0
        rows.append(
            RevlogRow(
                review.anki_id,
                review.rating,
                ivl,
                last_ivl,
                round(((difficulty - 1) / 9 + 0.1) * 1000) if difficulty is not None else 0,
                _MAX_TIME_MS if duration > _MAX_TIME_MS else max(duration, 0),
                _REVLOG_TYPE[review.state_before],
            )
        )
        last_ivl = ivl
    return rows


def review_counts(reviews: Sequence[ReviewRecord]) -> tuple[int, int]:
    """A card's reviews and lapses (Again on a review card), as Anki counts `reps` and
    `lapses`, from its standing reviews."""
    lapses = sum(1 for r in reviews if r.rating == 1 and r.state_before == State.Review)
    return len(reviews), lapses


def card_columns(
    schedule: dict[str, Any],
    counts: tuple[int, int],
    days: AnkiDays,
    *,
    new_position: int,
    suspended: bool,
    now_ms: int,
    config: Config,
) -> AnkiCardColumns:
    """A card's Anki scheduling columns from its srs schedule (`schedule`: the SCHEDULE
    columns), its standing reviews' `review_counts` and srs's settings (steps, desired
    retention)."""
    state = schedule.get("state")
    buried = (schedule.get("buried_until") or 0) > now_ms
    reps, lapses = counts
    if state is None:
        queue = -1 if suspended else (-3 if buried else 0)
        return AnkiCardColumns(0, queue, new_position, 0, 0, reps, lapses, 0, "")
    due_ms = int(schedule["due"])
    last = schedule.get("last_review")
    memory = _memory_data(
        round(float(schedule["stability"]), 4),
        round(float(schedule["difficulty"]), 4),
        config.desired_retention,
        int(last) // 1000 if last is not None else None,
    )
    if state == State.Review:
        queue, due = 2, days.number(due_ms)
        ivl = max(1, due - days.number(int(last))) if last is not None else 1
        left = 0
    else:
        steps = config.learning_steps if state == State.Learning else config.relearning_steps
        total = len(steps)
        left = max(1, total - int(schedule.get("step") or 0))
        if due_ms < days.next_day_ms:
            queue, due = 1, due_ms // 1000
        else:
            queue, due = 3, days.number(due_ms)
        ivl = max(1, round(float(schedule["stability"]))) if state == State.Relearning else 0
    if suspended:
        queue = -1
    elif buried:
        queue = -3
    return AnkiCardColumns(
        _TYPE[state],
        queue,
        due,
        ivl,
        2500 if state in (State.Review, State.Relearning) else 0,
        reps,
        lapses,
        left,
        memory,
    )


def _memory_data(stability: float, difficulty: float, retention: float, last: int | None) -> str:
    """A card's `data`: its FSRS memory state, desired retention and last review, as the
    compact JSON `json.dumps(..., separators=(",", ":"))` writes (a float as its repr),
    formatted directly: an export writes 100,000."""
    floats = type(stability) is float and type(difficulty) is float and type(retention) is float
    if not floats or not math.isfinite(stability + difficulty + retention):
        data: dict[str, Any] = {"s": stability, "d": difficulty, "dr": retention}
        if last is not None:
            data["lrt"] = last
        return json.dumps(data, separators=(",", ":"))
    if last is None:
        return f'{{"s":{stability!r},"d":{difficulty!r},"dr":{retention!r}}}'
    return f'{{"s":{stability!r},"d":{difficulty!r},"dr":{retention!r},"lrt":{last}}}'


class Progress(NamedTuple):
    """A card's progress as Anki holds it: its scheduling columns and its review log."""

    card: AnkiCardColumns
    revlog: list[RevlogRow]


def progress_columns(
    row: ProgressRow,
    counts: tuple[int, int],
    days: AnkiDays,
    *,
    now_ms: int,
    config: Config,
    new_position: int | None = None,
) -> AnkiCardColumns:
    """A card's Anki columns from srs's row of it and its standing reviews' counts
    (`review_counts`): the one reading of them, for an export and for a sync. A new card
    takes its place among new cards from `row` unless `new_position` (where Anki has it)
    says; a new card srs keeps back for its entry's reading status (a skipped entry's;
    with new_cards = "read", one of an entry not read yet) is suspended."""
    waits = row.schedule.get("state") is None and holds_new_cards(row.status, config.new_cards)
    return card_columns(
        row.schedule,
        counts,
        days,
        new_position=row.new_order if new_position is None else new_position,
        suspended=row.held or waits,
        now_ms=now_ms,
        config=config,
    )


def card_progress(
    row: ProgressRow,
    reviews: Sequence[ReviewRecord],
    days: AnkiDays,
    *,
    now_ms: int,
    config: Config,
    new_position: int | None = None,
) -> Progress:
    """A card's progress in Anki's columns (`progress_columns`) and its review log."""
    columns = progress_columns(
        row,
        review_counts(reviews),
        days,
        now_ms=now_ms,
        config=config,
        new_position=new_position,
    )
    return Progress(columns, revlog_rows(reviews, row.schedule, days))
