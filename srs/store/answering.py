"""Answering a card: the schedulers in use, previews, a rating, leeches, and undo.

The writes here run inside the caller's transaction (the engine's); the engine keeps
its day queue up to date with what they return.
"""

from __future__ import annotations

import sqlite3
from copy import copy
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from fsrs import Card as FsrsCard
from fsrs import Rating as FsrsRating
from fsrs import Scheduler, State

from srs.clock import from_ms, to_ms
from srs.config import Config
from srs.errors import BadInput, SrsError
from srs.store.card_row import CardView, state_name
from srs.store.db import data_version
from srs.store.fuzz import SeededFuzzScheduler, make_scheduler
from srs.store.known_probe import answer_probe
from srs.store.load_balance import balanced_due
from srs.store.parameters import current_parameters, parameters_version
from srs.store.rating import Rating
from srs.store.replay import replay_card, replay_cards
from srs.store.review_log import undo_review, write_review
from srs.store.schedule_codec import (
    FSRS_COLUMNS,
    ScheduleColumns,
    fsrs_card,
    read_schedule,
    restore_schedule,
    saved_schedule,
    write_answer,
)
from srs.store.schedule_sets import sets_of_review, undo_sets

__all__ = [
    "Answering",
    "ReviewResult",
    "StaleCard",
    "is_new_leech",
    "undo",
]


class StaleCard(SrsError):
    """The card changed under this session (another session reviewed it)."""


@dataclass(frozen=True)
class ReviewResult:
    card_id: str
    rating: Rating
    due: datetime
    state: str
    log_id: int
    #: this answer made the card a leech (it has lapsed `leech_threshold` times)
    leech: bool = False
    #: the card was its known entry's probe (srs.store.known_probe): how many of the
    #: entry's other cards it set (0: forgotten, they come as new cards); None: no probe
    probe_set: int | None = None


#: what FSRS's answers to a card depend on: the card, its schedule columns and the
#: whole days since its last review (py-fsrs counts elapsed time in whole days; a
#: step is added to the time of the answer)
_StateKey = tuple[str, tuple[object, ...], int | None]
_KEEP = 8  # cards whose next states are kept (the one shown, the one prefetched, ...)
#: each rating, and as py-fsrs names it
_RATINGS = tuple((rating, FsrsRating(int(rating))) for rating in Rating)
#: what the database was when a row was read: this connection's `total_changes` (its
#: own writes) and `PRAGMA data_version` (other connections' commits)
_Stamp = tuple[int, int]


class _QuickCopyCard(FsrsCard):
    """py-fsrs's `Card` with a quick shallow copy: `review_card` copies the card it is
    given, and `copy.copy`'s generic path is a quarter of its time (a preview calls it
    four times). The same fields, the same values."""

    def __copy__(self) -> _QuickCopyCard:
        card = object.__new__(_QuickCopyCard)
        card.__dict__.update(self.__dict__)
        return card


def _quick_copy(card: FsrsCard) -> _QuickCopyCard:
    quick = object.__new__(_QuickCopyCard)
    quick.__dict__.update(card.__dict__)
    return quick


def _state_key(card_id: str, row: ScheduleColumns, now: datetime) -> _StateKey:
    last = row["last_review"]
    days = None if last is None else (now - from_ms(last)).days
    return card_id, tuple(row[column] for column in FSRS_COLUMNS), days


@dataclass(frozen=True)
class NextStates:
    """A card's four possible answers, unfuzzed: the card FSRS gives for each rating,
    and the interval from the time of the answer to its due time."""

    cards: dict[Rating, FsrsCard]
    intervals: dict[Rating, timedelta]


class Answering:
    """One deck session's previews and ratings (a rating inside the caller's
    transaction; `undo` is below). Each call takes the session's settings (`config`),
    and schedules with the parameters in use (fitted by `srs optimize`, or FSRS's
    defaults), picked up from the next card on, even in a running session; `tz`: the
    user's zone (load balancing counts its days).

    The parameters in use are looked up again only when `PRAGMA data_version` says
    another connection wrote to the database, after `forget`, or with `recheck` (the
    engine's own transactions, which may adopt parameters). A card's next states are
    computed once per card state (`next_states`): the preview shown with its answer
    and the answer itself share them. The schedule row of the card the session just
    read (`remember`) serves its preview and its answer while the database is as it
    was then (nothing written since, by this connection or another): no second read."""

    def __init__(self, db: sqlite3.Connection, deck: str, config: Config, tz: tzinfo) -> None:
        self.db = db
        self.deck = deck
        self.tz = tz
        self._seen = -1
        self._data_seen: int | None = None
        self._states: dict[_StateKey, NextStates] = {}
        self._row: tuple[str, _Stamp, ScheduleColumns] | None = None
        #: fuzzed, for answers; unfuzzed, for previews and load balancing (which spreads
        #: the unfuzzed due date itself)
        self.fuzzed: SeededFuzzScheduler
        self.unfuzzed: SeededFuzzScheduler
        self.load(config)

    def load(self, config: Config, *, recheck: bool = False) -> None:
        """Rebuild the schedulers if the parameters changed since the last load (and
        note the database's `data_version`, for `schedule`)."""
        data = data_version(self.db)
        if not recheck and self._seen >= 0 and data == self._data_seen:
            return  # nobody else wrote: the parameters are those of the last load
        version = parameters_version(self.db)
        self._data_seen = data
        if version == self._seen:
            return
        fitted = current_parameters(self.db)
        values = fitted.values if fitted is not None else None
        self.fuzzed = make_scheduler(config, parameters=values)
        self.unfuzzed = make_scheduler(config, fuzz=False, parameters=values)
        self._seen = version
        self._states.clear()

    def forget(self) -> None:
        """Reload at the next `load` (a rolled-back adoption or reset may have been
        read, and parameter ids are reused)."""
        self._seen = -1

    def stamp(self, data: int) -> _Stamp:
        """The database as it is now, `data` being its `PRAGMA data_version` just read."""
        return self.db.total_changes, data

    def remember(self, card_id: str, row: ScheduleColumns, stamp: _Stamp) -> None:
        """Card `card_id`'s schedule columns with its entry, `retired_at` and `deck` (a
        row of `card_row.VIEW_COLUMNS`), read when the database was `stamp` (taken
        before the read)."""
        self._row = card_id, stamp, row

    def schedule(self, card_id: str) -> ScheduleColumns:
        """The card's schedule columns now (`read_schedule`), from the row remembered
        when nothing was written since; the last `load` read the data version."""
        kept = self._row
        if kept is not None and kept[0] == card_id and kept[2]["deck"] == self.deck:
            assert self._data_seen is not None
            if kept[1] == self.stamp(self._data_seen):
                return kept[2]
        return read_schedule(self.db, card_id, self.deck)

    def scheduler(self, config: Config, *, recheck: bool = False) -> Scheduler:
        """The (fuzzed) scheduler in use now."""
        self.load(config, recheck=recheck)
        return self.fuzzed

    def preview(self, config: Config, card_id: str, now: datetime) -> dict[Rating, timedelta]:
        """The interval each rating would give now (without fuzz)."""
        self.load(config)
        row = self.schedule(card_id)
        return dict(self.next_states(card_id, row, now).intervals)

    def next_states(self, card_id: str, row: ScheduleColumns, now: datetime) -> NextStates:
        """What each rating of the card (its schedule columns `row`) gives at `now`,
        unfuzzed, from the schedulers of the last `load`: computed once per card state."""
        key = _state_key(card_id, row, now)
        found = self._states.get(key)
        if found is not None:
            return found
        card = _quick_copy(fsrs_card(card_id, row, now))  # review_card copies it
        cards: dict[Rating, FsrsCard] = {}
        intervals: dict[Rating, timedelta] = {}
        for rating, as_fsrs in _RATINGS:
            after, _ = self.unfuzzed.review_card(card, as_fsrs, now)
            cards[rating] = after
            intervals[rating] = after.due - now
        if len(self._states) >= _KEEP:
            del self._states[next(iter(self._states))]
        found = self._states[key] = NextStates(cards, intervals)
        return found

    def _answered(
        self, card_id: str, row: ScheduleColumns, rating: Rating, now: datetime, fuzz: bool
    ) -> FsrsCard:
        """The card as FSRS leaves it after `rating` at `now`: from its next states when
        they were computed for this state (a preview), else one FSRS call."""
        found = self._states.get(_state_key(card_id, row, now))
        scheduler = self.fuzzed if fuzz else self.unfuzzed
        if found is None:
            card, _ = scheduler.review_card(
                fsrs_card(card_id, row, now), FsrsRating(int(rating)), now
            )
            return card
        card = copy(found.cards[rating])  # as review_card sets them, at `now`
        card.due = now + found.intervals[rating]
        card.last_review = now
        return scheduler.seeded(card)

    def answer(
        self,
        config: Config,
        card_id: str,
        rating: Rating,
        duration_ms: int | None,
        shown: CardView | None,
        now: datetime,
    ) -> tuple[ReviewResult, FsrsCard]:
        """Rate a card at `now` and log the review: the result, and the card as FSRS
        left it. With `shown` (the card as the reviewer saw it), a card that another
        session reviewed in the meantime is not reviewed twice: `StaleCard`. The
        parameters in use are looked up (`load`) inside the caller's transaction."""
        db, deck = self.db, self.deck
        self.load(config)
        row = self.schedule(card_id)
        if row["retired_at"] is not None:
            raise BadInput(f"card {card_id!r} is retired")
        if shown is not None:
            seen = to_ms(shown.last_review) if shown.last_review is not None else None
            if row["last_review"] != seen:
                raise StaleCard(
                    "this card was just answered in another srs session; "
                    "moved on without reviewing it twice"
                )
        balance = config.load_balance or bool(config.easy_days)
        card = self._answered(card_id, row, rating, now, fuzz=not balance)
        if balance and card.state == State.Review:
            card.due = balanced_due(
                db,
                deck=deck,
                card_id=card_id,
                now=now,
                due=card.due,
                tz=self.tz,
                starts_at=config.day_start,
                maximum_interval=config.maximum_interval,
                easy_days=config.easy_days,
            )
        write_answer(db, card_id, card)
        log_id = write_review(
            db,
            card_id=card_id,
            deck=deck,
            entry=row["entry"],
            rating=rating,
            reviewed_at_ms=to_ms(now),
            duration_ms=duration_ms,
            state_before=row["state"],
            state_after=int(card.state),
            before=saved_schedule(row),
        )
        leech = is_new_leech(db, config, card_id, row["state"], rating)
        probe_set = None
        if row["state"] is None:
            probe_set = answer_probe(
                db,
                self.fuzzed,
                deck=deck,
                entry=row["entry"],
                card_id=card_id,
                rating=rating,
                at=now,
                review_id=log_id,
            )
        state = state_name(int(card.state))
        result = ReviewResult(card_id, rating, card.due, state, log_id, leech, probe_set)
        return result, card


def is_new_leech(
    db: sqlite3.Connection, config: Config, card_id: str, state_before: int | None, rating: Rating
) -> bool:
    """A lapse (Again on a review card) that brings the card's lapses to the threshold,
    or to every half threshold past it (as Anki), marks it a leech; `leech_action`
    "suspend" also suspends it."""
    if rating != Rating.AGAIN or state_before != State.Review:
        return False
    lapses = db.execute(
        """SELECT COUNT(*) FROM review_log WHERE card_id = ? AND undone_at IS NULL
           AND rating = 1 AND state_before = ?""",
        (card_id, State.Review),
    ).fetchone()[0]
    threshold = config.leech_threshold
    half = max(1, (threshold + 1) // 2)
    if lapses < threshold or (lapses - threshold) % half:
        return False
    suspend = int(config.leech_action == "suspend")
    db.execute(
        "UPDATE cards SET leech = 1, suspended = MAX(suspended, ?) WHERE id = ?",
        (suspend, card_id),
    )
    return True


def undo(
    db: sqlite3.Connection, deck: str, log_id: int | None, now_ms: int, scheduler: Scheduler
) -> str | None:
    """Undo a review inside the caller's transaction, restoring the card's exact
    previous state; returns the card (None: no such review, or already undone).

    `log_id`: that review; default: the deck's newest. A review the card has had
    another review after cannot be undone (that would overwrite the later one):
    `StaleCard`. "After" is by review time: older reviews merged in later
    (`srs import-anki`, sync) do not block; the card is then replayed from its log
    (`scheduler`), as it is when the review undone came from elsewhere. Undoing a
    known entry's probe answer undoes the schedules it set (srs.store.known_probe),
    unless one of those cards was reviewed since (`StaleCard`).
    """
    if log_id is None:
        row = db.execute(
            """SELECT id FROM review_log WHERE deck = ? AND undone_at IS NULL
               ORDER BY reviewed_at DESC, id DESC LIMIT 1""",
            (deck,),
        ).fetchone()
        if row is None:
            return None
        log_id = int(row[0])
    target = db.execute(
        "SELECT card_id, reviewed_at FROM review_log WHERE id = ? AND deck = ?", (log_id, deck)
    ).fetchone()
    if target is None:
        return None
    card_id, at = target[0], target[1]
    later = db.execute(
        """SELECT 1 FROM review_log WHERE card_id = ? AND undone_at IS NULL
           AND (reviewed_at > ? OR (reviewed_at = ? AND id > ?)) LIMIT 1""",
        (card_id, at, at, log_id),
    ).fetchone()
    if later is not None:
        raise StaleCard("that card was reviewed again since (in another session)")
    set_by_it = sets_of_review(db, log_id)  # a known entry's probe: the cards it set
    if set_by_it and reviewed_since(db, set_by_it, at):
        raise StaleCard("cards of its entry that this answer scheduled were reviewed since")
    # an older review merged in after this one: the schedule saved with this review
    # predates it, so the card's log is the truth
    merged_since = db.execute(
        "SELECT 1 FROM review_log WHERE card_id = ? AND id > ? LIMIT 1", (card_id, log_id)
    ).fetchone()
    undone = undo_review(db, log_id, now_ms)
    if undone is None:
        return None
    card_id, before = undone
    if not before or merged_since is not None:  # a merged review, or one since
        replay_card(db, card_id, scheduler)
    else:
        restore_schedule(db, card_id, before)
    if set_by_it:  # back to new cards, behind the probe again
        replay_cards(db, undo_sets(db, log_id, now_ms), scheduler)
    return card_id


def reviewed_since(db: sqlite3.Connection, card_ids: list[str], at_ms: int) -> bool:
    """Whether any of `card_ids` has a standing review from `at_ms` on."""
    marks = ", ".join("?" * len(card_ids))
    row = db.execute(
        f"""SELECT 1 FROM review_log WHERE card_id IN ({marks}) AND undone_at IS NULL
            AND reviewed_at >= ? LIMIT 1""",
        (*card_ids, at_ms),
    ).fetchone()
    return row is not None
