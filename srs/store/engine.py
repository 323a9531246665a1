"""The review engine: one deck's session, a thin facade over the modules doing each job
(`opening`, `day_queue`, `answering`, `card_actions`, `card_reads`); it owns the session's
connection, transactions and caches. UI-free: the TUI and the CLI call it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from fsrs import Scheduler

from srs.clock import Clock, SystemClock, to_ms
from srs.config import Config, load_config
from srs.locations import Locations
from srs.store import answering, card_actions, card_reads, day_queue, flags, opening
from srs.store.anki_names import anki_deck_name
from srs.store.answering import ReviewResult, StaleCard
from srs.store.card_reads import ExportSummary
from srs.store.card_row import CardView, ExportRow
from srs.store.day_queue import DayQueue, QueueCounts, QueueKeeper
from srs.store.db import open_db
from srs.store.flags import FlaggedCard
from srs.store.merge import ForeignReview, MergeReport
from srs.store.rating import Rating
from srs.store.review_log import ReviewEntry, ReviewRecord, deck_review_records, history
from srs.store.transaction import write_transaction
from srs.store.user_day import day_bounds

if TYPE_CHECKING:
    from srs.store.deck_load import DeckLoadReport

__all__ = [
    "CardView",
    "Engine",
    "ExportRow",
    "FlaggedCard",
    "QueueCounts",
    "ReviewEntry",
    "ReviewResult",
    "StaleCard",
    "load_deck_file",
]


def load_deck_file(deck: str, *, home: Path) -> DeckLoadReport | None:
    """Load deck `deck`'s file now (after `srs build`): opening loads a changed one;
    what the load changed (None: the file had not changed)."""
    engine = Engine.open(home=home, deck=deck)
    engine.close()
    return engine.loaded


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
        self._tz = config.tz()
        self._answering = answering.Answering(db, deck, config, self._tz)
        self._queue = QueueKeeper()
        #: what opening loaded from the deck file (None: it had not changed)
        self.loaded: DeckLoadReport | None = None

    # -- the session -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        *,
        home: Path,
        deck: str | None = None,
        config: Config | None = None,
        clock: Clock | None = None,
        load_file: bool = True,
    ) -> Engine:
        """Deck `deck` (default: the current one) of `home`, with `home`'s config."""
        config = config or load_config(Locations(home).config)
        clock = clock or SystemClock()
        now = clock.now()
        start, _ = day_bounds(now, config.tz(), config.day_start)
        db = open_db(home, now=now, day_start=start)
        try:
            engine = cls(
                db, home=home, deck=opening.choose_deck(db, deck, home), config=config, clock=clock
            )
            if load_file:
                engine.loaded = engine.load_from_file()
            opening.check_deck(db, engine.deck)
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

    def load_from_file(self) -> DeckLoadReport | None:
        """Load the deck file into the database if it changed since the last load."""
        path = self.locations.deck(self.deck)  # the same data directory as the database
        now_ms = to_ms(self.clock.now())
        report = opening.load_if_changed(self.db, path, self.deck, now_ms, self.home)
        if report is not None:
            self._queue.forget()  # the deck changed under the queue
        return report

    def load_deck_files(self) -> None:
        """Load every deck's changed file, not only this deck's (a hand edit to another
        deck, a build that found the database busy)."""
        now_ms = to_ms(self.clock.now())
        for slug in opening.deck_slugs(self.db):
            if slug == self.deck:
                self.load_from_file()
            else:
                opening.load_if_changed(self.db, self.locations.deck(slug), slug, now_ms, self.home)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction, all or nothing; the day's queue is rebuilt after it."""
        try:
            with write_transaction(self.db, self.home):
                yield
        except BaseException:
            self._answering.forget()  # a rolled-back adoption or reset may have been read
            raise
        self._queue.forget()

    # -- the day -----------------------------------------------------------------

    def today(self) -> tuple[datetime, datetime]:
        return day_bounds(self.clock.now(), self._tz, self.config.day_start)

    def queue(self) -> DayQueue:
        """The day's queue, kept in memory and updated on each answer (`QueueKeeper`)."""
        now = self.clock.now()
        return self._queue.current(self.db, self.build_queue, now, self.today()[0])

    def build_queue(self) -> DayQueue:
        """The day's queue from the database (what `queue` keeps up to date)."""
        return day_queue.build_queue(
            self.db, self.deck, self.config, self.clock.now(), self.today()
        )

    def counts(self) -> QueueCounts:
        return self.queue().counts()

    def next_card(self) -> CardView | None:
        """The card to show now, or None when nothing is due (learning ahead up to a limit)."""
        ahead = timedelta(minutes=self.config.learn_ahead_minutes)
        cid = day_queue.next_card_id(self.queue(), self.clock.now(), ahead)
        return None if cid is None else self.card(cid)

    def next_card_after(self, card: CardView) -> CardView | None:
        """The card most likely to follow `card` once it is answered (for prefetching)."""
        siblings = self.config.bury_siblings
        return day_queue.card_after(self.queue(), card, self.card, bury_siblings=siblings)

    def next_due(self, queue: DayQueue | None = None) -> datetime | None:
        """When the next card is due: now if one is; else the earliest of the next
        scheduled card and the next day's start while new cards are left. `queue`: the
        snapshot the caller counted from, if it has one."""
        now = self.clock.now()
        ahead = timedelta(minutes=self.config.learn_ahead_minutes)
        if day_queue.next_card_id(queue or self.queue(), now, ahead) is not None:
            return now
        end = self.today()[1]
        return day_queue.next_due(self.db, self.deck, now=now, day_end=end, config=self.config)

    # -- reads -------------------------------------------------------------------

    def card(self, card_id: str) -> CardView:
        return card_reads.card(self.db, card_id)

    def kinds_and_sections(self, ids: list[str]) -> list[tuple[str, str, str]]:
        """(id, kind, section) of each of `ids`, in their order."""
        return card_reads.kinds_and_sections(self.db, ids)

    def cards(self, *, include_retired: bool = False) -> list[CardView]:
        return card_reads.cards(self.db, self.deck, include_retired=include_retired)

    def export_rows(self, *, by_id: bool = False) -> Iterator[ExportRow]:
        """Every card of the deck for an export (see `card_reads.export_rows`)."""
        return card_reads.export_rows(self.db, self.deck, by_id=by_id)

    def review_records(self) -> Iterator[tuple[str, ReviewRecord]]:
        """The deck's standing reviews as (card id, record), by card id then time."""
        return deck_review_records(self.db, self.deck)

    def export_summary(self) -> ExportSummary:
        """What an export must know before it streams the cards (one query)."""
        return card_reads.export_summary(self.db, self.deck)

    def standing_reviews(self) -> int:
        """How many reviews of this deck stand (not undone)."""
        return card_reads.standing_reviews(self.db, self.deck)

    def history(self, card_id: str) -> list[ReviewEntry]:
        return history(self.db, card_id)

    def deck_info(self) -> tuple[str, list[str]]:
        return card_reads.deck_info(self.db, self.deck)

    def anki_deck_name(self) -> str:
        """The name of the deck's Anki deck (srs.store.anki_names)."""
        return anki_deck_name(self.db, self.deck)

    # -- answering ---------------------------------------------------------------

    @property
    def scheduler(self) -> Scheduler:
        """The (fuzzed) scheduler in use, with the parameters in use now."""
        return self._answering.scheduler(self.config)

    def preview(self, card_id: str) -> dict[Rating, timedelta]:
        """The interval each rating would give now (without fuzz)."""
        return self._answering.preview(self.config, card_id, self.clock.now())

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
        self._answering.load(self.config)
        with write_transaction(self.db, self.home):
            answer = self._answering.answer(self.config, card_id, rating, duration_ms, shown, now)
        result, card = answer
        if result.leech and self.config.leech_action == "suspend":
            self._queue.forget()
        else:
            self._queue.answered(card_id, card.state, to_ms(card.due), to_ms(self.today()[1]))
        return result

    def undo(self, log_id: int | None = None) -> str | None:
        """Undo a review, restoring the card's exact previous state (see `answering.undo`).

        `log_id`: that review (the review app passes its own session's, so it
        never undoes another session's answer); default: the deck's newest.
        """
        now_ms = to_ms(self.clock.now())
        with self.transaction():
            return answering.undo(self.db, self.deck, log_id, now_ms, self.scheduler)

    # -- card actions ------------------------------------------------------------

    def replay(self, card_id: str) -> CardView:
        """Recompute a card's schedule from its whole review log (see `srs.store.replay`)."""
        with self.transaction():
            card_actions.replay(self.db, self.deck, card_id, self.scheduler)
        return self.card(card_id)

    def merge_reviews(
        self, reviews: Mapping[str, Sequence[ForeignReview]], *, dry_run: bool = False
    ) -> MergeReport:
        """Merge reviews made in Anki (by srs card id, any deck) into the log, once each,
        and replay the cards that gained one; `dry_run`: count, change nothing."""
        with self.transaction():
            return card_actions.merge(self.db, reviews, self.scheduler, dry_run=dry_run)

    def edit_card(self, card_id: str, front: str, back: str) -> bool:
        """Rewrite a card's front and back: locked in its deck file (a rebuild keeps the
        wording) and in the database at once, with the same id, schedule and history.
        False: the text is unchanged. A bad edit (an empty side, a broken cloze) is a
        `BadInput` and changes nothing."""
        from srs.deck.card_edit import edit_card

        deck = card_reads.card_deck(self.db, card_id)
        path = self.locations.deck(deck)
        if edit_card(path, card_id, front, back) is None:
            return False
        opening.load_if_changed(self.db, path, deck, to_ms(self.clock.now()), self.home)
        self._queue.forget()
        return True

    def suspend(self, card_id: str, suspended: bool = True) -> None:
        with self.transaction():
            card_actions.suspend(self.db, self.deck, card_id, suspended)

    def unsuspend(self, card_id: str) -> None:
        self.suspend(card_id, False)

    def bury(self, card_id: str) -> None:
        """Hide a card until the next day starts."""
        with self.transaction():
            card_actions.bury(self.db, self.deck, card_id, self.today()[1])

    # -- flags -------------------------------------------------------------------

    def flag(self, card_id: str, reason: str) -> None:
        """Flag a card as bad (`flags.REASONS`): out of the queue until unflagged,
        edited or regenerated."""
        now_ms = to_ms(self.clock.now())
        with self.transaction():
            flags.flag(self.db, card_id, reason, now_ms)

    def unflag(self, card_id: str) -> str | None:
        """Clear a card's flag; the reason it had (None: it was not flagged)."""
        now_ms = to_ms(self.clock.now())
        with self.transaction():
            return flags.unflag(self.db, card_id, now_ms)

    def flagged_cards(self) -> list[FlaggedCard]:
        """This deck's cards flagged now, in the deck's order."""
        return flags.flagged_cards(self.db, self.deck)
