"""The day's queue of one deck: which cards come today, in which order, and the next.

Learning cards due now come first, then reviews (lowest retrievability first, up to
the daily review limit) and new cards (in the deck's order, or with new_cards = "read"
in the order their entries were marked read, up to the daily new limit; a known
entry's probe card first, `known_probe`), mixed as
`new_mix` says (`queue_mix`), then learning cards due later today. With
`bury_siblings`, one card per entry a day, as Anki buries siblings: the new cards that
wait for that are counted (`new_buried`), not replaced by others. Flagged cards
(srs.store.flags) stay out until their flag is cleared. `QueueKeeper` keeps the queue
in memory and follows each answer instead of rebuilding it. A `Subset` keeps the queue
to some sections or entries; `decks_queue` builds one queue over several decks.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from fsrs import State

from srs.clock import from_ms, to_ms
from srs.config import Config
from srs.store.card_row import CardView
from srs.store.db import data_version
from srs.store.flags import open_flag_ids
from srs.store.known_probe import WAITS_FOR_PROBE, has_known
from srs.store.queue_mix import first_of_main, main_queue
from srs.store.subset import Subset

__all__ = [
    "DayQueue",
    "QueueCounts",
    "QueueKeeper",
    "build_queue",
    "card_after",
    "done_today",
    "new_cards_left",
    "next_card_id",
    "next_due",
]


@dataclass(frozen=True)
class QueueCounts:
    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


@dataclass(frozen=True)
class DayQueue:
    learning_now: list[str]
    learning_later: list[tuple[str, int]]
    review: list[str]
    new: list[str]
    review_now: int = 0
    #: the due time (ms) of every learning and review card in the queue
    dues: dict[str, int] = field(default_factory=dict)
    #: new cards within today's new limit that wait because a card of their entry
    #: comes (or came) today (`bury_siblings`)
    new_buried: int = 0
    #: where new cards go among the reviews (the `new_mix` setting)
    mix: str = "after"

    def main(self) -> list[str]:
        """The reviews and new cards in the order they come."""
        return main_queue(self.review, self.new, self.mix)

    def ordered(self) -> list[str]:
        """The day's cards in the order they come: learning due now, reviews and new
        cards, then learning cards due later today."""
        return [
            *self.learning_now,
            *self.main(),
            *(cid for cid, _ in self.learning_later),
        ]

    def counts(self) -> QueueCounts:
        return QueueCounts(
            new=len(self.new),
            learning=len(self.learning_now) + len(self.learning_later),
            review=len(self.review),
        )


def done_today(db: sqlite3.Connection, deck: str, start_ms: int) -> tuple[int, int, set[str]]:
    """(new cards introduced, review-state cards reviewed, entries touched) today."""
    new = reviews = 0
    entries: set[str] = set()
    for state_before, entry in db.execute(
        """SELECT state_before, entry FROM review_log
           WHERE deck = ? AND reviewed_at >= ? AND undone_at IS NULL""",
        (deck, start_ms),
    ):
        entries.add(entry)
        if state_before is None:
            new += 1
        elif state_before == State.Review:
            reviews += 1
    return new, reviews, entries


def build_queue(
    db: sqlite3.Connection,
    deck: str,
    config: Config,
    now: datetime,
    day: tuple[datetime, datetime],
    subset: Subset | None = None,
) -> DayQueue:
    """The day's queue from the database; `day`: the user's day holding `now`;
    `subset`: only these sections or entries (within the deck's limits)."""
    part, part_args = (subset or Subset()).sql()
    now_ms = to_ms(now)
    start, end = day
    end_ms = to_ms(end)
    new_done, reviews_done, touched = done_today(db, deck, to_ms(start))
    bury = config.bury_siblings
    available = "suspended = 0 AND (buried_until IS NULL OR buried_until <= ?)"
    flagged = open_flag_ids(db, deck)
    learning_now: list[str] = []
    learning_later: list[tuple[str, int]] = []
    dues: dict[str, int] = {}
    for cid, due in db.execute(
        f"""SELECT id, due FROM cards WHERE deck = ? AND state IN (?, ?)
            AND retired_at IS NULL AND due < ? AND {available}{part} ORDER BY due, id""",
        (deck, State.Learning, State.Relearning, end_ms, now_ms, *part_args),
    ):
        if cid in flagged:
            continue
        dues[cid] = due
        if due <= now_ms:
            learning_now.append(cid)
        else:
            learning_later.append((cid, due))
    seen = set(touched) if bury else set()
    review: list[str] = []
    review_now = 0
    budget = max(0, config.reviews_per_day - reviews_done)
    if budget:
        # lowest retrievability first: R falls as (now - last_review) / stability grows
        for cid, entry, due in db.execute(
            f"""SELECT id, entry, due FROM cards WHERE deck = ? AND state = ?
                AND retired_at IS NULL AND due < ? AND {available}{part}
                ORDER BY (? - last_review) * 1.0 / stability DESC, id LIMIT ?""",
            (
                deck,
                State.Review,
                end_ms,
                now_ms,
                *part_args,
                now_ms,
                budget + len(seen) + len(flagged) + 50,
            ),
        ):
            if cid in flagged or (bury and entry in seen):
                continue
            seen.add(entry)
            review.append(cid)
            dues[cid] = due
            review_now += due <= now_ms
            if len(review) >= budget:
                break
    new: list[str] = []
    buried = 0
    budget = max(0, config.new_per_day - new_done)
    if budget:
        query = new_cards_query(db, deck, config.new_cards, available, part)
        for cid, entry in db.execute(query, (deck, now_ms, *part_args)):
            if cid in flagged or (bury and entry in seen):
                buried += 1
                continue
            seen.add(entry)
            new.append(cid)
            if len(new) >= budget:
                break
    new_buried = min(buried, budget - len(new))
    return DayQueue(
        learning_now, learning_later, review, new, review_now, dues, new_buried, config.new_mix
    )


class _LiveQueue:
    """The day's queue in memory, updated per answer instead of rebuilt (a rebuild at
    100,000 cards costs milliseconds; an answer here costs microseconds)."""

    def __init__(self, built: DayQueue, day_start: datetime, version: int) -> None:
        self.day_start = day_start
        self.version = version
        self.learning: list[tuple[int, str]] = [
            (built.dues[cid], cid) for cid in built.learning_now
        ] + [(due, cid) for cid, due in built.learning_later]
        self.learning_due = {cid: due for due, cid in self.learning}
        self.review = list(built.review)
        self.review_due = {cid: built.dues[cid] for cid in built.review}
        self.new = list(built.new)
        self.new_buried = built.new_buried
        self.mix = built.mix

    def answered(self, card_id: str, state: State, due_ms: int, end_ms: int) -> None:
        due = self.learning_due.pop(card_id, None)
        if due is not None:  # the list is sorted: the card's place is found, not searched
            at = bisect_left(self.learning, (due, card_id))
            if at < len(self.learning) and self.learning[at] == (due, card_id):
                del self.learning[at]
            else:  # never expected: then by a search
                self.learning = [(d, cid) for d, cid in self.learning if cid != card_id]
        if card_id in self.review_due:
            self.review.remove(card_id)
            del self.review_due[card_id]
        elif card_id in self.new:
            self.new.remove(card_id)
        if state in (State.Learning, State.Relearning) and due_ms < end_ms:
            insort(self.learning, (due_ms, card_id))
            self.learning_due[card_id] = due_ms

    def counts(self) -> QueueCounts:
        return QueueCounts(len(self.new), len(self.learning), len(self.review))

    def next_id(self, now_ms: int, ahead_ms: int) -> str | None:
        """`next_card_id` of the snapshot at `now_ms`, without taking one."""
        learning = self.learning
        if learning and learning[0][0] <= now_ms:
            return learning[0][1]
        first = first_of_main(self.review, self.new, self.mix)
        if first is not None:
            return first
        if learning and learning[0][0] <= now_ms + ahead_ms:
            return learning[0][1]
        return None

    def snapshot(self, now_ms: int) -> DayQueue:
        return DayQueue(
            learning_now=[cid for due, cid in self.learning if due <= now_ms],
            learning_later=[(cid, due) for due, cid in self.learning if due > now_ms],
            review=list(self.review),
            new=list(self.new),
            review_now=sum(1 for due in self.review_due.values() if due <= now_ms),
            dues={cid: due for due, cid in self.learning} | self.review_due,
            new_buried=self.new_buried,
            mix=self.mix,
        )


class QueueKeeper:
    """One session's day queue, kept in memory and updated on each answer; rebuilt when
    the day rolls over, after `forget` (undo, suspend, bury, a deck load) and when
    another connection wrote to the database (`PRAGMA data_version` changed)."""

    def __init__(self) -> None:
        self._live: _LiveQueue | None = None
        #: the `PRAGMA data_version` read by the last call
        self.data_seen = -1

    def current(
        self,
        db: sqlite3.Connection,
        build: Callable[[], DayQueue],
        now: datetime,
        day_start: datetime,
    ) -> DayQueue:
        """The queue at `now`; `build`: the day's queue from the database."""
        return self._current(db, build, day_start).snapshot(to_ms(now))

    def counts(
        self, db: sqlite3.Connection, build: Callable[[], DayQueue], day_start: datetime
    ) -> QueueCounts:
        """`current(...).counts()`, without a snapshot of the queue."""
        return self._current(db, build, day_start).counts()

    def next_id(
        self,
        db: sqlite3.Connection,
        build: Callable[[], DayQueue],
        now: datetime,
        day_start: datetime,
        learn_ahead: timedelta,
    ) -> str | None:
        """`next_card_id(current(...), now, learn_ahead)`, without a snapshot of the queue."""
        live = self._current(db, build, day_start)
        return live.next_id(to_ms(now), learn_ahead // timedelta(milliseconds=1))

    def _current(
        self, db: sqlite3.Connection, build: Callable[[], DayQueue], day_start: datetime
    ) -> _LiveQueue:
        version = self.data_seen = data_version(db)
        live = self._live
        if live is None or live.day_start != day_start or live.version != version:
            live = self._live = _LiveQueue(build(), day_start, version)
        return live

    def answered(self, card_id: str, state: State, due_ms: int, end_ms: int) -> None:
        """Follow an answer: the card leaves the queue, or comes back later today
        (learning, due before `end_ms`)."""
        if self._live is not None:
            self._live.answered(card_id, state, due_ms, end_ms)

    def forget(self) -> None:
        """A card changed in a way the live queue cannot follow: rebuild it next time."""
        self._live = None


def next_card_id(queue: DayQueue, now: datetime, learn_ahead: timedelta) -> str | None:
    """The card to show now, or None when nothing is due (learning cards due within
    `learn_ahead` come early)."""
    if queue.learning_now:
        return queue.learning_now[0]
    if queue.review or queue.new:
        return queue.main()[0]
    if queue.learning_later:
        cid, due = queue.learning_later[0]
        if from_ms(due) <= now + learn_ahead:
            return cid
    return None


def card_after(
    queue: DayQueue, card: CardView, read: Callable[[str], CardView], *, bury_siblings: bool
) -> CardView | None:
    """The card most likely to follow `card` once it is answered (for prefetching);
    `read`: a card by id."""
    for cid in (*queue.learning_now, *queue.main()):
        if cid == card.id:
            continue
        candidate = read(cid)
        if bury_siblings and candidate.entry == card.entry:
            continue
        return candidate
    return None


#: a new card's entry as the reading plan has it (srs.store.reading_status)
_STATUS = "(SELECT status FROM entry_status s WHERE s.deck = c.deck AND s.entry = c.entry)"
_MARKED = "(SELECT marked_at FROM entry_status s WHERE s.deck = c.deck AND s.entry = c.entry)"


def new_cards_query(
    db: sqlite3.Connection, deck: str, mode: str, available: str = "1", part: str = ""
) -> str:
    """The deck's new cards in the order they come, as (id, entry): with `mode` "all" in
    the deck's order, with "read" only those of entries read, being read or known, in the
    order the entries were marked. Cards of skipped entries never come; a known entry
    brings its probe card first, its other cards once the probe is answered
    (srs.store.known_probe). `part`: a subset's condition (its arguments follow the
    deck's and `available`'s)."""
    base = f"""SELECT id, entry FROM cards c WHERE deck = ? AND state IS NULL
               AND retired_at IS NULL AND {available}{part}"""
    if mode == "read":
        waits = WAITS_FOR_PROBE.format(status=_STATUS)
        return (
            f"{base} AND {_STATUS} IN ('read', 'reading', 'known') AND NOT {waits} "
            f"ORDER BY {_MARKED}, new_order"
        )
    skipped = db.execute(
        "SELECT 1 FROM entry_status WHERE deck = ? AND status = 'skipped' LIMIT 1", (deck,)
    ).fetchone()
    if skipped:  # else the plain query: no lookup per card
        base += f" AND {_STATUS} IS NOT 'skipped'"
    if has_known(db, deck):
        base += f" AND NOT {WAITS_FOR_PROBE.format(status=_STATUS)}"
    return f"{base} ORDER BY new_order"


def waiting_behind_reading(db: sqlite3.Connection, deck: str) -> int:
    """New cards that wait until their entry is read (with new_cards = "read"): those of
    unread entries (a known entry's cards wait for its probe, not for reading)."""
    row = db.execute(
        f"""SELECT COUNT(*) FROM cards c WHERE deck = ? AND state IS NULL
            AND retired_at IS NULL AND suspended = 0 AND {_STATUS} IS NULL""",
        (deck,),
    ).fetchone()
    return int(row[0])


def next_due(
    db: sqlite3.Connection,
    deck: str,
    *,
    now: datetime,
    day_end: datetime,
    config: Config,
    subset: Subset | None = None,
) -> datetime | None:
    """When the next card is due, when none is due now: the earliest of the next
    scheduled card and the next day's start while new cards are left (they come with
    the day, even when every scheduled card is weeks away)."""
    part, part_args = (subset or Subset()).sql()
    unflagged = "id NOT IN (SELECT card_id FROM card_flags WHERE cleared_at IS NULL)"
    row = db.execute(
        f"""SELECT MIN(due) FROM cards WHERE deck = ? AND state IS NOT NULL
           AND retired_at IS NULL AND suspended = 0 AND due > ? AND {unflagged}{part}""",
        (deck, to_ms(now), *part_args),
    ).fetchone()
    candidates = [from_ms(row[0])] if row[0] is not None else []
    if new_cards_left(db, deck, config.new_cards, subset) and config.new_per_day > 0:
        candidates.append(day_end)
    return min(candidates, default=None)


def new_cards_left(
    db: sqlite3.Connection, deck: str, mode: str, subset: Subset | None = None
) -> bool:
    """Whether a new card can still come, on some day (`mode`: new_cards, "all" or
    "read"): one neither suspended, nor flagged, nor waiting for its entry to be read."""
    part, part_args = (subset or Subset()).sql()
    unflagged = "id NOT IN (SELECT card_id FROM card_flags WHERE cleared_at IS NULL)"
    new_cards = new_cards_query(db, deck, mode, f"suspended = 0 AND {unflagged}", part)
    return (
        db.execute(f"SELECT 1 FROM ({new_cards}) LIMIT 1", (deck, *part_args)).fetchone()
        is not None
    )
