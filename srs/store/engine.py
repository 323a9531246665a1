"""The review engine: one session, a thin facade over the modules doing each job
(`opening`, `day_queue`, `decks_queue`, `cram`, `answering`, `card_actions`,
`card_reads`); it owns the session's connection, transactions and caches. UI-free: the
TUI and the CLI call it.

A session reviews one deck (`deck`), or several in one queue (`scope.decks`, `srs
review --all`), all their cards or a part (`scope.subset`), for real or as cramming
(`scope.cram`: ratings move cards in memory only). Reads of one deck (an export, the
deck's info) are of `deck`, the current one."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from fsrs import Scheduler

from srs.clock import Clock, SystemClock, to_ms
from srs.config import Config, load_config
from srs.errors import BadInput
from srs.locations import Locations
from srs.store import answering, card_reads, opening
from srs.store.answering import ReviewResult, StaleCard
from srs.store.card_row import CardView, ExportRow
from srs.store.cram import CramQueue
from srs.store.day_queue import QueueCounts, QueueKeeper
from srs.store.db import checkpoint, hold_checkpoints, open_db
from srs.store.engine_actions import EngineCardActions
from srs.store.engine_day import EngineDay
from srs.store.engine_reads import EngineReads
from srs.store.flags import FlaggedCard
from srs.store.rating import Rating
from srs.store.review_log import ReviewEntry
from srs.store.session_scope import Scope, deck_of_card, deck_of_review, resolve_scope
from srs.store.transaction import write_transaction
from srs.store.user_day import HeldDay, day_bounds

if TYPE_CHECKING:
    from srs.store.deck_load import DeckLoadReport

__all__ = [
    "CHECKPOINT_EVERY",
    "CardView",
    "Engine",
    "ExportRow",
    "FlaggedCard",
    "QueueCounts",
    "ReviewEntry",
    "ReviewResult",
    "Scope",
    "StaleCard",
    "load_deck_file",
]


#: answers between two checkpoints of a held log (`Engine.tidy`; 8 to 10 pages an answer)
CHECKPOINT_EVERY = 16


def load_deck_file(deck: str, *, home: Path) -> DeckLoadReport | None:
    """Load deck `deck`'s file now (after `srs build`): opening loads a changed one;
    what the load changed (None: the file had not changed)."""
    engine = Engine.open(home=home, deck=deck)
    engine.close()
    return engine.loaded


class Engine(EngineDay, EngineReads, EngineCardActions):
    """One session's reviews over one SQLite database."""

    def __init__(
        self,
        db: sqlite3.Connection,
        *,
        home: Path,
        deck: str,
        config: Config,
        clock: Clock,
        scope: Scope | None = None,
    ) -> None:
        self.db = db
        self.home = home
        self.locations = Locations(home)
        self.deck = deck
        self.config = config
        self.clock = clock
        self.scope = scope or Scope((deck,))
        self._tz = config.tz()
        self._day = HeldDay()
        self._answerings = {deck: answering.Answering(db, deck, config, self._tz)}
        self._queue = QueueKeeper()
        #: what opening loaded from the deck file (None: it had not changed)
        self.loaded: DeckLoadReport | None = None
        self._cram: CramQueue | None = None
        self._titles: dict[str, str] = {}
        self._writing = False  # inside `transaction`: parameters may be adopted there
        self._unchecked = 0  # answers committed since the log was last copied back

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
        all_decks: bool | None = False,
        section: str | None = None,
        entries: Sequence[str] = (),
        cram: bool = False,
    ) -> Engine:
        """Deck `deck` (default: the current one) of `home`, with `home`'s config;
        `all_decks`: every deck in one session (None: when there are several and no
        `deck` is named); `section`, `entries`: only the cards they name (see
        `srs.store.subset`); `cram`: practise them, schedules unchanged."""
        config = config or load_config(Locations(home).config)
        clock = clock or SystemClock()
        now = clock.now()
        start, _ = day_bounds(now, config.tz(), config.day_start)
        db = open_db(home, now=now, day_start=start)
        try:
            engine = cls(
                db, home=home, deck=opening.choose_deck(db, deck, home), config=config, clock=clock
            )
            if all_decks is None:
                all_decks = deck is None and len(opening.deck_slugs(db)) > 1
            if load_file:
                engine.loaded = engine.load_from_file()
                if all_decks:
                    engine.load_deck_files()
            opening.check_deck(db, engine.deck)
            decks = opening.deck_slugs(db) if all_decks else [engine.deck]
            if all_decks or section is not None or entries or cram:
                engine.scope = resolve_scope(db, decks, section=section, entries=entries, cram=cram)
        except BaseException:
            db.close()
            raise
        return engine

    def close(self) -> None:
        self.db.close()

    def hold_checkpoints(self) -> None:
        """The log is copied into the database only by `checkpoint` (or `tidy`), never
        inside a commit (a review app checkpoints while a card is read, not between a
        key and the next card); every commit stays durable before it returns
        (`db.hold_checkpoints`)."""
        hold_checkpoints(self.db)

    def tidy(self) -> None:
        """What a session does while the learner reads (the review app calls it once the
        next question is on screen): after each `CHECKPOINT_EVERY` answers, the log is
        copied into the database. The log then starts again from its beginning, so an
        answer's commit overwrites log pages already on disk instead of growing the file,
        and its fsync has no file size to write (about a fifth of an answer's time)."""
        if self._unchecked >= CHECKPOINT_EVERY:
            self.checkpoint()
            self._unchecked = 0

    def checkpoint(self) -> None:
        """Copy the log's committed pages into the database (`db.checkpoint`)."""
        checkpoint(self.db)

    @contextmanager
    def reader(self) -> Iterator[Engine]:
        """The same deck on a connection of its own, for reading in another thread
        (a UI worker computing stats) while this one keeps answering."""
        from srs.store.db import connect

        db = connect(self.locations.database)
        try:
            real = Scope(self.scope.decks, self.scope.subset)  # statistics of the real queue
            yield Engine(
                db, home=self.home, deck=self.deck, config=self.config, clock=self.clock, scope=real
            )
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
        """One write transaction, all or nothing; the day's queue is rebuilt after it,
        and the parameters in use looked up again (it may have adopted others)."""
        self._writing = True
        try:
            with write_transaction(self.db, self.home):
                yield
        finally:
            self._writing = False
            for one in self._answerings.values():  # an adoption, or a rolled-back one
                one.forget()  # that may have been read
        self._queue.forget()

    def _deck_of(self, card_id: str, shown: CardView | None = None) -> str:
        """The deck of a card of this session (BadInput: a card of another deck)."""
        if not self.scope.several:
            return self.deck  # the deck's own reads check that the card is in it
        deck = shown.deck if shown is not None and shown.deck else deck_of_card(self.db, card_id)
        if deck not in self.scope.decks:
            raise BadInput(f"card {card_id!r} is not in this session's decks")
        return deck

    def _card_to_answer(self, card_id: str, data: int) -> CardView:
        """The card about to be shown, its schedule kept for its preview and its answer
        (`Answering.remember`); `data`: the `PRAGMA data_version` just read."""
        stamp = (self.db.total_changes, data)  # before the read: a write since shows
        view, row = card_reads.card_and_row(self.db, card_id)
        self._answering(view.deck).remember(card_id, row, stamp)
        return view

    def _answering(self, deck: str) -> answering.Answering:
        if deck not in self._answerings:
            self._answerings[deck] = answering.Answering(self.db, deck, self.config, self._tz)
        return self._answerings[deck]

    # -- answering ---------------------------------------------------------------

    @property
    def scheduler(self) -> Scheduler:
        """The (fuzzed) scheduler in use, with the parameters in use now."""
        return self._answering(self.deck).scheduler(self.config, recheck=self._writing)

    def preview(self, card_id: str) -> dict[Rating, timedelta]:
        """The interval each rating would give now (without fuzz)."""
        one = self._answering(self._deck_of(card_id))
        return one.preview(self.config, card_id, self.clock.now())

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
        if self.cramming:  # nothing is written: the card moves in the cram queue only
            step = self._cram_queue().rate(card_id, rating)
            state = shown.state if shown is not None else self.card(card_id).state
            return ReviewResult(card_id, rating, now, state, step)
        one = self._answering(self._deck_of(card_id, shown))
        with write_transaction(self.db, self.home):
            answer = one.answer(self.config, card_id, rating, duration_ms, shown, now)
        result, card = answer
        if (result.leech and self.config.leech_action == "suspend") or result.probe_set is not None:
            self._queue.forget()  # a known entry's probe: its other cards changed
        else:
            self._queue.answered(card_id, card.state, to_ms(card.due), to_ms(self.today()[1]))
        self._unchecked += 1
        return result

    def undo(self, log_id: int | None = None) -> str | None:
        """Undo a review, restoring the card's exact previous state (see `answering.undo`).

        `log_id`: that review (the review app passes its own session's, so it
        never undoes another session's answer); default: the deck's newest. Cramming:
        the last cram rating, in memory.
        """
        if self.cramming:
            return self._cram_queue().undo(log_id)
        deck = self.deck
        if log_id is not None and self.scope.several:
            deck = deck_of_review(self.db, log_id) or deck
        now_ms = to_ms(self.clock.now())
        with self.transaction():
            return answering.undo(self.db, deck, log_id, now_ms, self.scheduler)
