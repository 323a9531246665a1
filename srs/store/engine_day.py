"""A session's day: its bounds, the day's queue (kept in memory, or a cram's), the next
card and when the next one is due (the `Engine`'s queue, over `day_queue`,
`decks_queue` and `cram`)."""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from srs.clock import Clock
from srs.config import Config
from srs.errors import SrsError
from srs.store import day_queue
from srs.store.card_row import CardView
from srs.store.cram import CramQueue, cram_cards
from srs.store.day_queue import DayQueue, QueueCounts, QueueKeeper
from srs.store.decks_queue import build_decks_queue
from srs.store.rating import Rating
from srs.store.session_scope import Scope
from srs.store.user_day import HeldDay

__all__ = ["EngineDay"]


class EngineDay:
    """The engine's day (mixed into `Engine`, which sets these attributes)."""

    db: sqlite3.Connection
    deck: str
    config: Config
    clock: Clock
    scope: Scope
    _tz: tzinfo
    _queue: QueueKeeper
    _cram: CramQueue | None
    _day: HeldDay

    if TYPE_CHECKING:

        def card(self, card_id: str) -> CardView: ...
        def _card_to_answer(self, card_id: str, data: int) -> CardView: ...
        def preview(self, card_id: str) -> dict[Rating, timedelta]: ...

    def today(self) -> tuple[datetime, datetime]:
        return self._day.bounds(self.clock.now(), self._tz, self.config.day_start)

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
        return self._queue.counts(self.db, self.build_queue, self.today()[0])

    def next_card(self) -> CardView | None:
        """The card to show now, or None when nothing is due (learning ahead up to a limit)."""
        if self.cramming:
            cid = self._cram_queue().next_id()
            return None if cid is None else self.card(cid)
        ahead = timedelta(minutes=self.config.learn_ahead_minutes)
        now = self.clock.now()
        start = self._day.bounds(now, self._tz, self.config.day_start)[0]
        cid = self._queue.next_id(self.db, self.build_queue, now, start, ahead)
        return None if cid is None else self._card_to_answer(cid, self._queue.data_seen)

    def next_card_after(self, card: CardView) -> CardView | None:
        """The card most likely to follow `card` once it is answered, for prefetching while
        `card` is read: its four next states are computed now too (`preview`), so that
        after the answer its preview is a lookup, not four FSRS runs on the key's path."""
        if self.cramming:
            cid = self._cram_queue().after(card.id)
            return None if cid is None else self.card(cid)
        siblings = self.config.bury_siblings
        after = day_queue.card_after(self.queue(), card, self.card, bury_siblings=siblings)
        if after is not None:
            with suppress(SrsError):  # (its preview, when it shows, says what went wrong)
                self.preview(after.id)
        return after

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
