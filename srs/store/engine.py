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
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from fsrs import Scheduler

from srs.clock import Clock, SystemClock, to_ms
from srs.config import Config, load_config
from srs.errors import BadInput
from srs.locations import Locations
from srs.store import answering, card_actions, card_reads, day_queue, flags, opening
from srs.store.anki_names import anki_deck_name
from srs.store.answering import ReviewResult, StaleCard
from srs.store.card_reads import ExportSummary
from srs.store.card_row import CardView, ExportRow
from srs.store.cram import CramQueue, cram_cards
from srs.store.day_queue import DayQueue, QueueCounts, QueueKeeper
from srs.store.db import open_db
from srs.store.decks_queue import build_decks_queue
from srs.store.flags import FlaggedCard
from srs.store.merge import ForeignReview, MergeReport
from srs.store.rating import Rating
from srs.store.review_log import ReviewEntry, ReviewRecord, deck_review_records, history
from srs.store.session_scope import Scope, deck_of_card, deck_of_review, resolve_scope
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
    "Scope",
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
        self._answerings = {deck: answering.Answering(db, deck, config, self._tz)}
        self._queue = QueueKeeper()
        #: what opening loaded from the deck file (None: it had not changed)
        self.loaded: DeckLoadReport | None = None
        self._cram: CramQueue | None = None
        self._titles: dict[str, str] = {}

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
        """One write transaction, all or nothing; the day's queue is rebuilt after it."""
        try:
            with write_transaction(self.db, self.home):
                yield
        except BaseException:
            for one in self._answerings.values():  # a rolled-back adoption or reset
                one.forget()  # may have been read
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
        now, day, subset = self.clock.now(), self.today(), self.scope.subset
        if self.scope.several:
            return build_decks_queue(self.db, self.scope.decks, self.config, now, day, subset)
        return day_queue.build_queue(self.db, self.deck, self.config, now, day, subset)

    @property
    def cramming(self) -> bool:
        """Cards are practised, schedules unchanged: ratings are written nowhere."""
        return self.scope.cram

    def _cram_queue(self) -> CramQueue:
        if self._cram is None:
            self._cram = CramQueue(cram_cards(self.db, self.scope.decks, self.scope.subset))
        return self._cram

    def counts(self) -> QueueCounts:
        """The cards left today (cramming: the cards left to cram)."""
        if self.cramming:
            return self._cram_queue().counts()
        return self.queue().counts()

    def next_card(self) -> CardView | None:
        """The card to show now, or None when nothing is due (learning ahead up to a limit)."""
        if self.cramming:
            cid = self._cram_queue().next_id()
            return None if cid is None else self.card(cid)
        ahead = timedelta(minutes=self.config.learn_ahead_minutes)
        cid = day_queue.next_card_id(self.queue(), self.clock.now(), ahead)
        return None if cid is None else self.card(cid)

    def next_card_after(self, card: CardView) -> CardView | None:
        """The card most likely to follow `card` once it is answered (for prefetching)."""
        if self.cramming:
            cid = self._cram_queue().after(card.id)
            return None if cid is None else self.card(cid)
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
        new_limit = self.config.total_new if self.scope.several else self.config.new_per_day
        config = replace(self.config, new_per_day=new_limit)
        dues = [
            day_queue.next_due(
                self.db, deck, now=now, day_end=end, config=config, subset=self.scope.subset
            )
            for deck in self.scope.decks
        ]
        return min((due for due in dues if due is not None), default=None)

    # -- reads -------------------------------------------------------------------

    def card(self, card_id: str) -> CardView:
        return card_reads.card(self.db, card_id)

    def kinds_and_sections(self, ids: list[str]) -> list[tuple[str, str, str]]:
        """(id, kind, section) of each of `ids`, in their order."""
        return card_reads.kinds_and_sections(self.db, ids)

    def cards(self, *, include_retired: bool = False) -> list[CardView]:
        """The cards of the session's decks (each deck's in its order)."""
        return [
            card
            for deck in self.scope.decks
            for card in card_reads.cards(self.db, deck, include_retired=include_retired)
        ]

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

    def deck_info_of(self, slug: str) -> tuple[str, list[str]]:
        """Deck `slug`'s title and sections."""
        return card_reads.deck_info(self.db, slug)

    def deck_title(self, slug: str) -> str:
        """Deck `slug`'s title (kept: a header asks on every card)."""
        if slug not in self._titles:
            self._titles[slug] = card_reads.deck_info(self.db, slug)[0]
        return self._titles[slug]

    def session_title(self) -> str:
        """What the session reviews: the deck's title, or "All decks"."""
        return "All decks" if self.scope.several else self.deck_title(self.deck)

    def _deck_of(self, card_id: str, shown: CardView | None = None) -> str:
        """The deck of a card of this session (BadInput: a card of another deck)."""
        if not self.scope.several:
            return self.deck  # the deck's own reads check that the card is in it
        deck = shown.deck if shown is not None and shown.deck else deck_of_card(self.db, card_id)
        if deck not in self.scope.decks:
            raise BadInput(f"card {card_id!r} is not in this session's decks")
        return deck

    def _answering(self, deck: str) -> answering.Answering:
        if deck not in self._answerings:
            self._answerings[deck] = answering.Answering(self.db, deck, self.config, self._tz)
        return self._answerings[deck]

    # -- answering ---------------------------------------------------------------

    @property
    def scheduler(self) -> Scheduler:
        """The (fuzzed) scheduler in use, with the parameters in use now."""
        return self._answering(self.deck).scheduler(self.config)

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
        one.load(self.config)
        with write_transaction(self.db, self.home):
            answer = one.answer(self.config, card_id, rating, duration_ms, shown, now)
        result, card = answer
        if result.leech and self.config.leech_action == "suspend":
            self._queue.forget()
        else:
            self._queue.answered(card_id, card.state, to_ms(card.due), to_ms(self.today()[1]))
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

    def _no_cram(self, what: str) -> None:
        if self.cramming:
            raise BadInput(f"cram: schedules unchanged, so no {what} here")

    def suspend(self, card_id: str, suspended: bool = True) -> None:
        self._no_cram("suspending")
        with self.transaction():
            card_actions.suspend(self.db, self._deck_of(card_id), card_id, suspended)

    def unsuspend(self, card_id: str) -> None:
        self.suspend(card_id, False)

    def bury(self, card_id: str) -> None:
        """Hide a card until the next day starts."""
        self._no_cram("burying")
        with self.transaction():
            card_actions.bury(self.db, self._deck_of(card_id), card_id, self.today()[1])

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
