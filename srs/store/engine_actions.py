"""What a session does to a card besides answering it: replay, merge, edit, suspend,
bury, flag (the `Engine`'s card actions, each in one transaction)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fsrs import Scheduler

from srs.clock import Clock, to_ms
from srs.errors import BadInput
from srs.locations import Locations
from srs.store import card_actions, card_reads, flags, opening
from srs.store.card_row import CardView
from srs.store.day_queue import QueueKeeper
from srs.store.flags import FlaggedCard
from srs.store.merge import ForeignReview, MergeReport

__all__ = ["EngineCardActions"]


class EngineCardActions:
    """The engine's card actions (mixed into `Engine`, which sets these attributes)."""

    db: sqlite3.Connection
    deck: str
    home: Path
    locations: Locations
    clock: Clock
    _queue: QueueKeeper

    if TYPE_CHECKING:

        @property
        def scheduler(self) -> Scheduler: ...
        @property
        def cramming(self) -> bool: ...
        def transaction(self) -> AbstractContextManager[None]: ...
        def today(self) -> tuple[datetime, datetime]: ...
        def card(self, card_id: str) -> CardView: ...
        def _deck_of(self, card_id: str, shown: CardView | None = None) -> str: ...

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
