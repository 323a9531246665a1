"""The next card, read while a rating commits.

A rating's commit waits for the disk (`synchronous=FULL`: the log is on disk before
COMMIT returns), and SQLite lets go of Python's lock while it waits. `Engine.rate` uses
that wait: inside the rating's transaction, after its writes, it reads the card that
comes next (its row as it stands once the rating commits) and hands the card's four next
states (its preview) to a worker thread, which computes them while the main thread
commits. `next_card` then finds that card here and `preview` finds its states in the
answering's cache (`Answering.next_states`).

Nothing shows before the commit: `rate` waits for the worker before it returns, and a
failed commit drops the card read. A card kept here stands for the database as it was
read (`stamp`: the connection's own writes and `PRAGMA data_version`); any write since,
by this session or another, makes `take` miss, and the card is read again.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait

from srs.store.card_row import CardView

__all__ = ["ReadAhead"]

#: what the database was when a card was read: the connection's `total_changes` and
#: `PRAGMA data_version` (as `answering`'s stamps)
Stamp = tuple[int, int]


class ReadAhead:
    """One session's card read ahead, and the thread its preview is computed in."""

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None
        self._kept: tuple[str, Stamp, CardView] | None = None

    def keep(self, card_id: str, stamp: Stamp, view: CardView) -> None:
        """The card to show next, read when the database was `stamp`."""
        self._kept = card_id, stamp, view

    def take(self, card_id: str, stamp: Stamp) -> CardView | None:
        """The card kept, if it is `card_id` and the database is still as it was read."""
        kept = self._kept
        if kept is None or kept[0] != card_id or kept[1] != stamp:
            return None
        return kept[2]

    def drop(self) -> None:
        """Forget the card kept (its read was rolled back)."""
        self._kept = None

    def start(self, work: Callable[[], object]) -> Future[object]:
        """Run `work` in the worker thread (the caller waits with `finish`)."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="srs-read-ahead")
        return self._pool.submit(work)

    @staticmethod
    def finish(pending: Future[object] | None) -> None:
        """Wait for work started; its failure is not the rating's (a preview computes
        its states again, and raises then)."""
        if pending is not None:
            wait((pending,))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        self._kept = None
