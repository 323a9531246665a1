"""The review engine: the day's queue, ratings, undo, suspend and bury.

UI-free: the TUI and the CLI call it; it never imports Textual.
"""

from __future__ import annotations

import json
import sqlite3
from bisect import insort
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from fsrs import Card as FsrsCard
from fsrs import Rating as FsrsRating
from fsrs import Scheduler, State

from srs.cards.cloze_kind import is_cloze_kind
from srs.clock import Clock, SystemClock, from_ms, to_ms
from srs.config import Config, load_config
from srs.deck.current import current_slug
from srs.errors import BadInput, SrsError
from srs.locations import Locations, data_dir
from srs.store.card_row import (
    SCHEDULE,
    VIEW_COLUMNS,
    CardView,
    ExportRow,
    card_view,
    export_row,
    state_name,
)
from srs.store.db import open_db
from srs.store.fuzz import fsrs_card_id
from srs.store.load_balance import balanced_due
from srs.store.merge import ForeignReview, MergeReport, merge_reviews
from srs.store.parameters import current_parameters, parameters_version
from srs.store.replay import new_fsrs_card, replay_card
from srs.store.review_log import (
    ReviewEntry,
    ReviewRecord,
    deck_review_records,
    history,
    undo_review,
    write_review,
)
from srs.store.scheduling import Rating, day_bounds, make_scheduler

if TYPE_CHECKING:
    from srs.store.sync import SyncReport

__all__ = [
    "CardView",
    "Engine",
    "ExportRow",
    "QueueCounts",
    "ReviewEntry",
    "ReviewResult",
    "StaleCard",
    "sync_deck_file",
]

_COLUMNS = ", ".join(VIEW_COLUMNS)


class StaleCard(SrsError):
    """The card changed under this session (another session reviewed it)."""


@dataclass(frozen=True)
class QueueCounts:
    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


@dataclass(frozen=True)
class ReviewResult:
    card_id: str
    rating: Rating
    due: datetime
    state: str
    log_id: int
    #: this answer made the card a leech (it has lapsed `leech_threshold` times)
    leech: bool = False


@dataclass(frozen=True)
class DayQueue:
    learning_now: list[str]
    learning_later: list[tuple[str, int]]
    review: list[str]
    new: list[str]
    review_now: int = 0
    #: the due time (ms) of every learning and review card in the queue
    dues: dict[str, int] = field(default_factory=dict)

    def ordered(self) -> list[str]:
        """The day's cards in the order they come: learning due now, reviews, new cards,
        then learning cards due later today."""
        return [
            *self.learning_now,
            *self.review,
            *self.new,
            *(cid for cid, _ in self.learning_later),
        ]

    def counts(self) -> QueueCounts:
        return QueueCounts(
            new=len(self.new),
            learning=len(self.learning_now) + len(self.learning_later),
            review=len(self.review),
        )


def sync_deck_file(deck: str, *, home: Path | None = None) -> None:
    """Bring deck `deck`'s file into the database now (after `srs build` wrote it):
    opening an engine syncs a changed deck file, with its backups and checks."""
    Engine.open(home=home, deck=deck).close()


@dataclass(frozen=True)
class ExportSummary:
    sections: frozenset[str]
    cloze: frozenset[bool]  # which note types are used: basic (False), cloze (True)
    notes: int
    retired: int
    changed_ms: int  # the newest content change: the package's timestamp


class _LiveQueue:
    """The day's queue in memory, updated per answer instead of rebuilt (a rebuild at
    100,000 cards costs milliseconds; an answer here costs microseconds)."""

    def __init__(self, built: DayQueue, day_start: datetime, version: int) -> None:
        self.day_start = day_start
        self.version = version
        self.learning: list[tuple[int, str]] = [
            (built.dues[cid], cid) for cid in built.learning_now
        ] + [(due, cid) for cid, due in built.learning_later]
        self.review = list(built.review)
        self.review_due = {cid: built.dues[cid] for cid in built.review}
        self.new = list(built.new)

    def answered(self, card_id: str, state: State, due_ms: int, end_ms: int) -> None:
        self.learning = [(due, cid) for due, cid in self.learning if cid != card_id]
        if card_id in self.review_due:
            self.review.remove(card_id)
            del self.review_due[card_id]
        elif card_id in self.new:
            self.new.remove(card_id)
        if state in (State.Learning, State.Relearning) and due_ms < end_ms:
            insort(self.learning, (due_ms, card_id))

    def snapshot(self, now_ms: int) -> DayQueue:
        return DayQueue(
            learning_now=[cid for due, cid in self.learning if due <= now_ms],
            learning_later=[(cid, due) for due, cid in self.learning if due > now_ms],
            review=list(self.review),
            new=list(self.new),
            review_now=sum(1 for due in self.review_due.values() if due <= now_ms),
            dues={cid: due for due, cid in self.learning} | self.review_due,
        )


class Engine:
    """One deck's reviews over one SQLite database."""

    def __init__(
        self, db: sqlite3.Connection, *, home: Path, deck: str, config: Config, clock: Clock
    ) -> None:
        self.db = db
        self.home = home
        self.locations = Locations(home)
        self.deck = deck
        self.config = config
        self.clock = clock
        self._parameters_seen = -1
        self._scheduler = self._preview_scheduler = make_scheduler(config)
        self._load_parameters()
        self._tz = config.tz()
        self._queue_cache: _LiveQueue | None = None

    # -- opening -----------------------------------------------------------------

    @classmethod
    def open(
        cls,
        *,
        home: Path | None = None,
        deck: str | None = None,
        config: Config | None = None,
        clock: Clock | None = None,
        sync: bool = True,
    ) -> Engine:
        home = home or data_dir()
        config = config or load_config()
        clock = clock or SystemClock()
        now = clock.now()
        start, _ = day_bounds(now, config.tz(), config.day_start)
        db = open_db(home, now=now, day_start=start)
        try:  # whatever fails from here closes the database and lets go of its lock
            slug = deck or current_slug()
            if slug is None:
                row = db.execute(
                    "SELECT slug FROM decks ORDER BY synced_at DESC LIMIT 1"
                ).fetchone()
                slug = row[0] if row else None
            if slug is None:
                raise BadInput("no deck yet: run `srs build` to make one from the bundled list")
            engine = cls(db, home=home, deck=slug, config=config, clock=clock)
            if sync:
                engine.sync_from_file()
            known = db.execute("SELECT 1 FROM decks WHERE slug = ?", (slug,)).fetchone()
            if known is None:
                raise BadInput(f"no deck named {slug!r} (run `srs build` first)")
        except BaseException:
            db.close()
            raise
        return engine

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def reader(self) -> Iterator[Engine]:
        """The same deck on a connection of its own, for reading in another thread
        (a UI worker computing stats) while this one keeps answering."""
        from srs.store.db import connect

        db = connect(self.locations.database)
        try:
            yield Engine(db, home=self.home, deck=self.deck, config=self.config, clock=self.clock)
        finally:
            db.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sync_from_file(self) -> SyncReport | None:
        """Sync the deck file into the database if it changed since the last sync."""
        from srs.deck.deckfile import load_deck  # YAML: only when there is work
        from srs.store.sync import deck_file_hash, sync_deck

        path = self.locations.deck(self.deck)  # the same data directory as the database
        if not path.exists():
            return None
        digest = deck_file_hash(path)
        row = self.db.execute(
            "SELECT synced_hash FROM decks WHERE slug = ?", (self.deck,)
        ).fetchone()
        if row is not None and row[0] == digest:
            return None
        self._queue_cache = None  # the deck changes under the queue
        try:
            return sync_deck(self.db, load_deck(path), to_ms(self.clock.now()), digest)
        except sqlite3.OperationalError as exc:
            raise SrsError(
                f"the database is busy or unwritable ({exc}); {path} is saved and the next "
                "srs command brings it into the database"
            ) from None

    def sync_deck_files(self) -> None:
        """Sync every deck's file that changed since its last sync into the database, not
        only this deck's (a hand edit to another deck, a build that found the database
        busy)."""
        slugs = [row[0] for row in self.db.execute("SELECT slug FROM decks ORDER BY slug")]
        for slug in slugs:
            if slug == self.deck:
                self.sync_from_file()
            else:
                Engine(
                    self.db, home=self.home, deck=slug, config=self.config, clock=self.clock
                ).sync_from_file()

    # -- the day -----------------------------------------------------------------

    def _forget_queue(self) -> None:
        """A card changed in a way the live queue cannot follow: rebuild it next time."""
        self._queue_cache = None

    def today(self) -> tuple[datetime, datetime]:
        return day_bounds(self.clock.now(), self._tz, self.config.day_start)

    def _done_today(self, start_ms: int) -> tuple[int, int, set[str]]:
        """(new cards introduced, review-state cards reviewed, entries touched) today."""
        new = reviews = 0
        entries: set[str] = set()
        for state_before, entry in self.db.execute(
            """SELECT state_before, entry FROM review_log
               WHERE deck = ? AND reviewed_at >= ? AND undone_at IS NULL""",
            (self.deck, start_ms),
        ):
            entries.add(entry)
            if state_before is None:
                new += 1
            elif state_before == State.Review:
                reviews += 1
        return new, reviews, entries

    def queue(self) -> DayQueue:
        """The day's queue: kept in memory and updated on each answer; rebuilt when the
        day rolls over, after undo, suspend, bury or a deck sync, and when another
        process wrote to the database (`PRAGMA data_version` changed)."""
        now_ms = to_ms(self.clock.now())
        start, _ = self.today()
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        live = self._queue_cache
        if live is None or live.day_start != start or live.version != version:
            live = self._queue_cache = _LiveQueue(self.build_queue(), start, version)
        return live.snapshot(now_ms)

    def build_queue(self) -> DayQueue:
        """The day's queue from the database (what `queue` keeps up to date)."""
        now = self.clock.now()
        now_ms = to_ms(now)
        start, end = self.today()
        end_ms = to_ms(end)
        new_done, reviews_done, touched = self._done_today(to_ms(start))
        bury = self.config.bury_siblings
        available = "suspended = 0 AND (buried_until IS NULL OR buried_until <= ?)"
        learning_now: list[str] = []
        learning_later: list[tuple[str, int]] = []
        dues: dict[str, int] = {}
        for cid, due in self.db.execute(
            f"""SELECT id, due FROM cards WHERE deck = ? AND state IN (?, ?)
                AND retired_at IS NULL AND due < ? AND {available} ORDER BY due, id""",
            (self.deck, State.Learning, State.Relearning, end_ms, now_ms),
        ):
            dues[cid] = due
            if due <= now_ms:
                learning_now.append(cid)
            else:
                learning_later.append((cid, due))
        seen = set(touched) if bury else set()
        review: list[str] = []
        review_now = 0
        budget = max(0, self.config.reviews_per_day - reviews_done)
        if budget:
            # lowest retrievability first: R falls as (now - last_review) / stability grows
            for cid, entry, due in self.db.execute(
                f"""SELECT id, entry, due FROM cards WHERE deck = ? AND state = ?
                    AND retired_at IS NULL AND due < ? AND {available}
                    ORDER BY (? - last_review) * 1.0 / stability DESC, id LIMIT ?""",
                (self.deck, State.Review, end_ms, now_ms, now_ms, budget + len(seen) + 50),
            ):
                if bury and entry in seen:
                    continue
                seen.add(entry)
                review.append(cid)
                dues[cid] = due
                review_now += due <= now_ms
                if len(review) >= budget:
                    break
        new: list[str] = []
        budget = max(0, self.config.new_per_day - new_done)
        if budget:
            for cid, entry in self.db.execute(
                f"""SELECT id, entry FROM cards WHERE deck = ? AND state IS NULL
                    AND retired_at IS NULL AND {available} ORDER BY new_order""",
                (self.deck, now_ms),
            ):
                if bury and entry in seen:
                    continue
                seen.add(entry)
                new.append(cid)
                if len(new) >= budget:
                    break
        return DayQueue(learning_now, learning_later, review, new, review_now, dues)

    def counts(self) -> QueueCounts:
        return self.queue().counts()

    def next_card(self, queue: DayQueue | None = None) -> CardView | None:
        """The card to show now, or None when nothing is due (learning ahead up to a limit)."""
        queue = queue or self.queue()
        for ids in (queue.learning_now, queue.review, queue.new):
            if ids:
                return self.card(ids[0])
        if queue.learning_later:
            cid, due = queue.learning_later[0]
            ahead = timedelta(minutes=self.config.learn_ahead_minutes)
            if from_ms(due) <= self.clock.now() + ahead:
                return self.card(cid)
        return None

    def next_card_after(self, card: CardView, queue: DayQueue | None = None) -> CardView | None:
        """The card most likely to follow `card` once it is answered (for prefetching)."""
        queue = queue or self.queue()
        for cid in (*queue.learning_now, *queue.review, *queue.new):
            if cid == card.id:
                continue
            candidate = self.card(cid)
            if self.config.bury_siblings and candidate.entry == card.entry:
                continue
            return candidate
        return None

    def next_due(self, queue: DayQueue | None = None) -> datetime | None:
        """When the next card is due: now if one is; else the earliest of the next
        scheduled card and the next day's start while new cards are left (they come
        with the day, even when every scheduled card is weeks away)."""
        if self.next_card(queue) is not None:
            return self.clock.now()
        now_ms = to_ms(self.clock.now())
        row = self.db.execute(
            """SELECT MIN(due) FROM cards WHERE deck = ? AND state IS NOT NULL
               AND retired_at IS NULL AND suspended = 0 AND due > ?""",
            (self.deck, now_ms),
        ).fetchone()
        candidates = [from_ms(row[0])] if row[0] is not None else []
        has_new = self.db.execute(
            """SELECT 1 FROM cards WHERE deck = ? AND state IS NULL AND retired_at IS NULL
               AND suspended = 0 LIMIT 1""",
            (self.deck,),
        ).fetchone()
        if has_new and self.config.new_per_day > 0:
            candidates.append(self.today()[1])
        return min(candidates, default=None)

    # -- cards -----------------------------------------------------------------------

    def card(self, card_id: str) -> CardView:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM cards WHERE id = ?", (card_id,)).fetchone()
        if row is None:
            raise BadInput(f"no card with id {card_id!r}")
        return card_view(row)

    def kinds_and_sections(self, ids: list[str]) -> list[tuple[str, str, str]]:
        """(id, kind, section) of each of `ids`, in their order."""
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for cid, kind, section in self.db.execute(
                f"SELECT id, kind, section FROM cards WHERE id IN ({marks})", chunk
            ):
                found[cid] = (kind, section)
        return [(cid, *found[cid]) for cid in ids if cid in found]

    def cards(self, *, include_retired: bool = False) -> list[CardView]:
        where = "" if include_retired else "AND retired_at IS NULL"
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM cards WHERE deck = ? {where} ORDER BY position", (self.deck,)
        )
        return [card_view(row) for row in rows]

    def export_rows(self, *, by_id: bool = False) -> Iterator[ExportRow]:
        """Every card of the deck, retired ones included, with just what an export needs;
        in the deck's order, or by card id (to walk along `review_records`)."""
        order = "id" if by_id else "position"
        for row in self.db.execute(
            f"SELECT {_COLUMNS} FROM cards WHERE deck = ? ORDER BY {order}", (self.deck,)
        ):
            yield export_row(row)

    def review_records(self) -> Iterator[tuple[str, ReviewRecord]]:
        """The deck's standing reviews as (card id, record), by card id then time."""
        return deck_review_records(self.db, self.deck)

    def export_summary(self) -> ExportSummary:
        """What an export must know before it streams the cards (one query)."""
        sections: set[str] = set()
        cloze: set[bool] = set()
        notes = retired = changed = 0
        for section, kind, count, gone, newest in self.db.execute(
            """SELECT section, kind, COUNT(*), SUM(retired_at IS NOT NULL), MAX(changed_at)
               FROM cards WHERE deck = ? GROUP BY section, kind""",
            (self.deck,),
        ):
            sections.add(section)
            cloze.add(is_cloze_kind(kind))
            notes += count
            retired += gone
            changed = max(changed, newest)
        return ExportSummary(frozenset(sections), frozenset(cloze), notes, retired, changed)

    def standing_reviews(self) -> int:
        """How many reviews of this deck stand (not undone)."""
        return int(
            self.db.execute(
                "SELECT COUNT(*) FROM review_log WHERE deck = ? AND undone_at IS NULL",
                (self.deck,),
            ).fetchone()[0]
        )

    def history(self, card_id: str) -> list[ReviewEntry]:
        return history(self.db, card_id)

    # -- answering -------------------------------------------------------------------

    @property
    def scheduler(self) -> Scheduler:
        self._load_parameters()
        return self._scheduler

    def _load_parameters(self) -> None:
        """Schedule with the parameters in use (fitted by `srs optimize`, or FSRS's
        defaults); picked up from the next card on, even in a running session."""
        version = parameters_version(self.db)
        if version == self._parameters_seen:
            return
        fitted = current_parameters(self.db)
        values = fitted.values if fitted is not None else None
        self._scheduler = make_scheduler(self.config, parameters=values)
        self._preview_scheduler = make_scheduler(self.config, fuzz=False, parameters=values)
        self._parameters_seen = version

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction around a caller's changes: all or nothing."""
        try:
            with self._write():
                yield
        except BaseException:
            # a rolled-back adoption or reset may have been read (ids are reused)
            self._parameters_seen = -1
            raise
        self._forget_queue()

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction, committed on success; a busy database is a clear error."""
        try:
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                yield
        except sqlite3.OperationalError as exc:
            raise SrsError(
                f"the database is busy or unwritable ({exc}); nothing was saved, try again"
            ) from None
        except sqlite3.DatabaseError as exc:
            from srs.store.backup import damaged
            from srs.store.db import db_path

            raise damaged(self.home, db_path(self.home), str(exc)) from None

    @staticmethod
    def _fsrs_card(card_id: str, row: sqlite3.Row, now: datetime) -> FsrsCard:
        if row["state"] is None:
            return new_fsrs_card(card_id, now)
        return FsrsCard(
            card_id=fsrs_card_id(card_id),
            state=State(row["state"]),
            step=row["step"],
            stability=row["stability"],
            difficulty=row["difficulty"],
            due=from_ms(row["due"]),
            last_review=from_ms(row["last_review"]) if row["last_review"] is not None else None,
        )

    def _schedule_row(self, card_id: str) -> sqlite3.Row:
        row: sqlite3.Row | None = self.db.execute(
            f"SELECT {', '.join(SCHEDULE)}, entry, retired_at FROM cards WHERE id = ? AND deck = ?",
            (card_id, self.deck),
        ).fetchone()
        if row is None:
            raise BadInput(f"no card with id {card_id!r} in deck {self.deck!r}")
        return row

    def preview(self, card_id: str) -> dict[Rating, timedelta]:
        """The interval each rating would give now (without fuzz)."""
        now = self.clock.now()
        self._load_parameters()
        row = self._schedule_row(card_id)
        out: dict[Rating, timedelta] = {}
        for rating in Rating:
            card, _ = self._preview_scheduler.review_card(
                self._fsrs_card(card_id, row, now), FsrsRating(int(rating)), now
            )
            out[rating] = card.due - now
        return out

    def rate(
        self,
        card_id: str,
        rating: Rating | int,
        duration_ms: int | None = None,
        *,
        shown: CardView | None = None,
        at: datetime | None = None,
    ) -> ReviewResult:
        """Apply a rating and commit it (one transaction) before returning.

        `at`: when the review happened (default: now). With `shown` (the card as the
        reviewer saw it), a card that another session reviewed in the meantime is
        not reviewed twice: `StaleCard`.
        """
        rating = Rating(rating)
        now = at or self.clock.now()
        self._load_parameters()
        with self._write():
            row = self._schedule_row(card_id)
            if row["retired_at"] is not None:
                raise BadInput(f"card {card_id!r} is retired")
            if shown is not None:
                seen = to_ms(shown.last_review) if shown.last_review is not None else None
                if row["last_review"] != seen:
                    raise StaleCard(
                        "this card was just answered in another srs session; "
                        "moved on without reviewing it twice"
                    )
            balance = self.config.load_balance or bool(self.config.easy_days)
            scheduler = self._preview_scheduler if balance else self._scheduler
            card, _ = scheduler.review_card(
                self._fsrs_card(card_id, row, now), FsrsRating(int(rating)), now, duration_ms
            )
            if balance and card.state == State.Review:
                card.due = balanced_due(
                    self.db,
                    deck=self.deck,
                    card_id=card_id,
                    now=now,
                    due=card.due,
                    tz=self._tz,
                    starts_at=self.config.day_start,
                    maximum_interval=self.config.maximum_interval,
                    easy_days=self.config.easy_days,
                )
            self.db.execute(
                """UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?,
                   last_review = ?, buried_until = NULL WHERE id = ?""",
                (
                    int(card.state),
                    card.step,
                    card.stability,
                    card.difficulty,
                    to_ms(card.due),
                    to_ms(now),
                    card_id,
                ),
            )
            log_id = write_review(
                self.db,
                card_id=card_id,
                deck=self.deck,
                entry=row["entry"],
                rating=rating,
                reviewed_at_ms=to_ms(now),
                duration_ms=duration_ms,
                state_before=row["state"],
                state_after=int(card.state),
                before={key: row[key] for key in SCHEDULE},
            )
            leech = self._leech_check(card_id, row["state"], rating)
        if leech and self.config.leech_action == "suspend":
            self._forget_queue()
        elif self._queue_cache is not None:
            self._queue_cache.answered(card_id, card.state, to_ms(card.due), to_ms(self.today()[1]))
        return ReviewResult(card_id, rating, card.due, state_name(int(card.state)), log_id, leech)

    def replay(self, card_id: str) -> CardView:
        """Recompute a card's schedule from its whole review log (see `srs.store.replay`)."""
        with self._write():
            self._schedule_row(card_id)
            replay_card(self.db, card_id, self.scheduler)
        self._forget_queue()
        return self.card(card_id)

    def undo(self, log_id: int | None = None) -> str | None:
        """Undo a review, restoring the card's exact previous state.

        `log_id`: that review (the review app passes its own session's, so it
        never undoes another session's answer); default: the deck's newest.
        A review the card has had another review after cannot be undone
        (that would overwrite the later one): `StaleCard`. "After" is by review
        time: older reviews merged in later (`srs import-anki`, sync) do not block.
        """
        now_ms = to_ms(self.clock.now())
        with self._write():
            if log_id is None:
                row = self.db.execute(
                    """SELECT id FROM review_log WHERE deck = ? AND undone_at IS NULL
                       ORDER BY reviewed_at DESC, id DESC LIMIT 1""",
                    (self.deck,),
                ).fetchone()
                if row is None:
                    return None
                log_id = int(row[0])
            target = self.db.execute(
                "SELECT card_id, reviewed_at FROM review_log WHERE id = ? AND deck = ?",
                (log_id, self.deck),
            ).fetchone()
            if target is None:
                return None
            card_id, at = target[0], target[1]
            later = self.db.execute(
                """SELECT 1 FROM review_log WHERE card_id = ? AND undone_at IS NULL
                   AND (reviewed_at > ? OR (reviewed_at = ? AND id > ?)) LIMIT 1""",
                (card_id, at, at, log_id),
            ).fetchone()
            if later is not None:
                raise StaleCard("that card was reviewed again since (in another session)")
            # an older review merged in after this one: the schedule saved with this
            # review predates it, so the card's log is the truth
            merged_since = self.db.execute(
                "SELECT 1 FROM review_log WHERE card_id = ? AND id > ? LIMIT 1",
                (card_id, log_id),
            ).fetchone()
            undone = undo_review(self.db, log_id, now_ms)
            if undone is None:
                return None
            card_id, before = undone
            if not before or merged_since is not None:  # a merged review, or one since
                replay_card(self.db, card_id, self.scheduler)
            else:
                self.db.execute(
                    f"UPDATE cards SET {', '.join(f'{k} = ?' for k in SCHEDULE)} WHERE id = ?",
                    (*(before[k] for k in SCHEDULE), card_id),
                )
        self._forget_queue()
        return card_id

    def merge_reviews(
        self, reviews: Mapping[str, Sequence[ForeignReview]], *, dry_run: bool = False
    ) -> MergeReport:
        """Merge reviews made in Anki (by srs card id, any deck) into the log, once each,
        and replay the cards that gained one; `dry_run`: count, change nothing."""
        with self._write():
            report = merge_reviews(self.db, reviews, self.scheduler)
            if dry_run:
                self.db.rollback()
        self._forget_queue()
        return report

    def _leech_check(self, card_id: str, state_before: int | None, rating: Rating) -> bool:
        """A lapse (Again on a review card) that brings the card's lapses to the threshold,
        or to every half threshold past it (as Anki), marks it a leech; `leech_action`
        "suspend" also suspends it."""
        if rating != Rating.AGAIN or state_before != State.Review:
            return False
        lapses = self.db.execute(
            """SELECT COUNT(*) FROM review_log WHERE card_id = ? AND undone_at IS NULL
               AND rating = 1 AND state_before = ?""",
            (card_id, State.Review),
        ).fetchone()[0]
        threshold = self.config.leech_threshold
        half = max(1, (threshold + 1) // 2)
        if lapses < threshold or (lapses - threshold) % half:
            return False
        suspend = int(self.config.leech_action == "suspend")
        self.db.execute(
            "UPDATE cards SET leech = 1, suspended = MAX(suspended, ?) WHERE id = ?",
            (suspend, card_id),
        )
        return True

    def suspend(self, card_id: str, suspended: bool = True) -> None:
        self._schedule_row(card_id)
        with self._write():
            self.db.execute(
                "UPDATE cards SET suspended = ? WHERE id = ?", (int(suspended), card_id)
            )
        self._forget_queue()

    def unsuspend(self, card_id: str) -> None:
        self.suspend(card_id, False)

    def bury(self, card_id: str) -> None:
        """Hide a card until the next day starts."""
        self._schedule_row(card_id)
        _, end = self.today()
        with self._write():
            self.db.execute("UPDATE cards SET buried_until = ? WHERE id = ?", (to_ms(end), card_id))
        self._forget_queue()

    def deck_info(self) -> tuple[str, list[str]]:
        row = self.db.execute(
            "SELECT title, sections FROM decks WHERE slug = ?", (self.deck,)
        ).fetchone()
        return (row[0], json.loads(row[1])) if row else (self.deck, [])
