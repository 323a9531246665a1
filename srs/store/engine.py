"""The review engine: the day's queue, ratings, undo, suspend and bury.

UI-free: the TUI and the CLI call it; it never imports Textual.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from fsrs import Card as FsrsCard
from fsrs import Rating as FsrsRating
from fsrs import State

from srs.clock import Clock, SystemClock, from_ms, to_ms
from srs.config import Config, load_config
from srs.deck.current import current_slug
from srs.deck.kinds import is_cloze_kind
from srs.deck.reading_list import Link
from srs.errors import BadInput, SrsError
from srs.locations import data_dir
from srs.store.db import open_db
from srs.store.scheduling import Rating, day_bounds, make_scheduler

if TYPE_CHECKING:
    from srs.store.sync import SyncReport

__all__ = [
    "STATE_NAMES",
    "CardView",
    "Engine",
    "ExportRow",
    "QueueCounts",
    "ReviewEntry",
    "ReviewResult",
    "StaleCard",
]

STATE_NAMES = {None: "new", 1: "learning", 2: "review", 3: "relearning"}
_COLUMNS = (
    "id, entry, kind, front, back, section, links, origin, tags, position, state, step, "
    "stability, difficulty, due, last_review, suspended, buried_until, retired_at, changed_at, "
    "extra"
)
_SCHEDULE = ("state", "step", "stability", "difficulty", "due", "last_review", "buried_until")


class StaleCard(SrsError):
    """The card changed under this session (another session reviewed it)."""


@dataclass(frozen=True)
class CardView:
    id: str
    entry: str
    kind: str
    front: str
    back: str
    section: str
    links: list[Link]
    origin: str
    tags: list[str]
    position: int
    state: str
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime | None
    last_review: datetime | None
    suspended: bool
    buried_until: datetime | None
    retired: bool
    changed_at: datetime
    extra: str = ""

    @property
    def primary_url(self) -> str | None:
        return self.links[0].url if self.links else None

    @property
    def is_cloze(self) -> bool:
        return is_cloze_kind(self.kind)


class ExportRow(NamedTuple):
    id: str
    kind: str
    front: str
    back: str
    section: str
    links: tuple[Link, ...]
    origin: str
    tags: tuple[str, ...]
    retired: bool
    changed_ms: int
    extra: str = ""


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


@dataclass(frozen=True)
class ReviewEntry:
    rating: Rating
    reviewed_at: datetime
    duration_ms: int | None
    state_before: str
    state_after: str
    undone: bool


@dataclass(frozen=True)
class DayQueue:
    learning_now: list[str]
    learning_later: list[tuple[str, int]]
    review: list[str]
    new: list[str]
    review_now: int = 0

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


@lru_cache(maxsize=8192)  # the cards of one entry share their links
def _links(raw: str) -> tuple[Link, ...]:
    return tuple(Link(text, url) for text, url in json.loads(raw))


def _view(row: tuple[Any, ...]) -> CardView:
    return CardView(
        id=row[0],
        entry=row[1],
        kind=row[2],
        front=row[3],
        back=row[4],
        section=row[5],
        links=list(_links(row[6])),
        origin=row[7],
        tags=json.loads(row[8]) if row[8] != "[]" else [],
        position=row[9],
        state=STATE_NAMES[row[10]],
        step=row[11],
        stability=row[12],
        difficulty=row[13],
        due=from_ms(row[14]) if row[14] is not None else None,
        last_review=from_ms(row[15]) if row[15] is not None else None,
        suspended=bool(row[16]),
        buried_until=from_ms(row[17]) if row[17] is not None else None,
        retired=row[18] is not None,
        changed_at=from_ms(row[19]),
        extra=row[20],
    )


class Engine:
    """One deck's reviews over one SQLite database."""

    def __init__(
        self, db: sqlite3.Connection, *, home: Path, deck: str, config: Config, clock: Clock
    ) -> None:
        self.db = db
        self.home = home
        self.deck = deck
        self.config = config
        self.clock = clock
        self._scheduler = make_scheduler(config)
        self._preview_scheduler = make_scheduler(config, fuzz=False)
        self._tz = config.tz()

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
        slug = deck or current_slug()
        if slug is None:
            row = db.execute("SELECT slug FROM decks ORDER BY synced_at DESC LIMIT 1").fetchone()
            slug = row[0] if row else None
        if slug is None:
            db.close()
            raise BadInput("no deck yet: run `srs build` to make one from the bundled list")
        engine = cls(db, home=home, deck=slug, config=config, clock=clock)
        if sync:
            engine.sync_from_file()
        known = db.execute("SELECT 1 FROM decks WHERE slug = ?", (slug,)).fetchone()
        if known is None:
            db.close()
            raise BadInput(f"no deck named {slug!r} (run `srs build` first)")
        return engine

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sync_from_file(self) -> SyncReport | None:
        """Sync the deck file into the database if it changed since the last sync."""
        from srs.deck.deckfile import deck_path, load_deck  # YAML: only when there is work
        from srs.store.sync import deck_file_hash, sync_deck

        path = deck_path(self.deck)
        if not path.exists():
            return None
        digest = deck_file_hash(path)
        row = self.db.execute(
            "SELECT synced_hash FROM decks WHERE slug = ?", (self.deck,)
        ).fetchone()
        if row is not None and row[0] == digest:
            return None
        try:
            return sync_deck(self.db, load_deck(path), to_ms(self.clock.now()), digest)
        except sqlite3.OperationalError as exc:
            raise SrsError(
                f"the database is busy or unwritable ({exc}); {path} is saved and the next "
                "srs command brings it into the database"
            ) from None

    # -- the day -----------------------------------------------------------------

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
            elif state_before == 2:
                reviews += 1
        return new, reviews, entries

    def queue(self) -> DayQueue:
        now = self.clock.now()
        now_ms = to_ms(now)
        start, end = self.today()
        end_ms = to_ms(end)
        new_done, reviews_done, touched = self._done_today(to_ms(start))
        bury = self.config.bury_siblings
        available = "suspended = 0 AND (buried_until IS NULL OR buried_until <= ?)"
        learning_now: list[str] = []
        learning_later: list[tuple[str, int]] = []
        for cid, due in self.db.execute(
            f"""SELECT id, due FROM cards WHERE deck = ? AND state IN (1, 3)
                AND retired_at IS NULL AND due < ? AND {available} ORDER BY due""",
            (self.deck, end_ms, now_ms),
        ):
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
                f"""SELECT id, entry, due FROM cards WHERE deck = ? AND state = 2
                    AND retired_at IS NULL AND due < ? AND {available}
                    ORDER BY (? - last_review) * 1.0 / stability DESC, id LIMIT ?""",
                (self.deck, end_ms, now_ms, now_ms, budget + len(seen) + 50),
            ):
                if bury and entry in seen:
                    continue
                seen.add(entry)
                review.append(cid)
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
        return DayQueue(learning_now, learning_later, review, new, review_now)

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
        return _view(row)

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
        return [_view(row) for row in rows]

    def iter_cards(self, *, include_retired: bool = True) -> Iterator[CardView]:
        where = "" if include_retired else "AND retired_at IS NULL"
        for row in self.db.execute(
            f"SELECT {_COLUMNS} FROM cards WHERE deck = ? {where} ORDER BY position", (self.deck,)
        ):
            yield _view(row)

    def export_rows(self) -> Iterator[ExportRow]:
        """Every card of the deck, retired ones included, with just what an export needs."""
        for row in self.db.execute(
            """SELECT id, kind, front, back, section, links, origin, tags,
                      retired_at IS NOT NULL, changed_at, extra
               FROM cards WHERE deck = ? ORDER BY position""",
            (self.deck,),
        ):
            yield ExportRow(
                id=row[0],
                kind=row[1],
                front=row[2],
                back=row[3],
                section=row[4],
                links=_links(row[5]),
                origin=row[6],
                tags=tuple(json.loads(row[7])) if row[7] != "[]" else (),
                retired=bool(row[8]),
                changed_ms=row[9],
                extra=row[10],
            )

    def history(self, card_id: str) -> list[ReviewEntry]:
        return [
            ReviewEntry(
                rating=Rating(rating),
                reviewed_at=from_ms(at),
                duration_ms=duration,
                state_before=STATE_NAMES[before],
                state_after=STATE_NAMES[after],
                undone=undone is not None,
            )
            for rating, at, duration, before, after, undone in self.db.execute(
                """SELECT rating, reviewed_at, duration_ms, state_before, state_after, undone_at
                   FROM review_log WHERE card_id = ? ORDER BY id""",
                (card_id,),
            )
        ]

    # -- answering -------------------------------------------------------------------

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

    def _fsrs_card(self, row: tuple[Any, ...], now: datetime) -> FsrsCard:
        state, step, stability, difficulty, due, last_review = row[:6]
        if state is None:
            return FsrsCard(card_id=1, state=State.Learning, step=0, due=now)
        return FsrsCard(
            card_id=1,
            state=State(state),
            step=step,
            stability=stability,
            difficulty=difficulty,
            due=from_ms(due),
            last_review=from_ms(last_review) if last_review is not None else None,
        )

    def _schedule_row(self, card_id: str) -> tuple[Any, ...]:
        row = self.db.execute(
            f"SELECT {', '.join(_SCHEDULE)}, entry, retired_at FROM cards"
            " WHERE id = ? AND deck = ?",
            (card_id, self.deck),
        ).fetchone()
        if row is None:
            raise BadInput(f"no card with id {card_id!r} in deck {self.deck!r}")
        return tuple(row)

    def preview(self, card_id: str) -> dict[Rating, timedelta]:
        """The interval each rating would give now (without fuzz)."""
        now = self.clock.now()
        row = self._schedule_row(card_id)
        out: dict[Rating, timedelta] = {}
        for rating in Rating:
            card, _ = self._preview_scheduler.review_card(
                self._fsrs_card(row, now), FsrsRating(int(rating)), now
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
    ) -> ReviewResult:
        """Apply a rating and commit it (one transaction) before returning.

        With `shown` (the card as the reviewer saw it), a card that another
        session reviewed in the meantime is not reviewed twice: `StaleCard`.
        """
        rating = Rating(rating)
        now = self.clock.now()
        with self._write():
            row = self._schedule_row(card_id)
            if row[-1] is not None:
                raise BadInput(f"card {card_id!r} is retired")
            if shown is not None:
                seen = to_ms(shown.last_review) if shown.last_review is not None else None
                if row[5] != seen:
                    raise StaleCard(
                        "this card was just answered in another srs session; "
                        "moved on without reviewing it twice"
                    )
            card, _ = self._scheduler.review_card(
                self._fsrs_card(row, now), FsrsRating(int(rating)), now, duration_ms
            )
            before = json.dumps(dict(zip(_SCHEDULE, row[: len(_SCHEDULE)], strict=True)))
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
            cursor = self.db.execute(
                """INSERT INTO review_log (card_id, deck, entry, rating, reviewed_at, duration_ms,
                   state_before, state_after, before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    card_id,
                    self.deck,
                    row[-2],
                    int(rating),
                    to_ms(now),
                    duration_ms,
                    row[0],
                    int(card.state),
                    before,
                ),
            )
            log_id = cursor.lastrowid
        assert log_id is not None
        return ReviewResult(card_id, rating, card.due, STATE_NAMES[int(card.state)], log_id)

    def undo(self, log_id: int | None = None) -> str | None:
        """Undo a review, restoring the card's exact previous state.

        `log_id`: that review (the review app passes its own session's, so it
        never undoes another session's answer); default: the deck's newest.
        A review the card has had another review after cannot be undone
        (that would overwrite the later one): `StaleCard`.
        """
        now_ms = to_ms(self.clock.now())
        with self._write():
            if log_id is None:
                row = self.db.execute(
                    """SELECT id, card_id, before FROM review_log
                       WHERE deck = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1""",
                    (self.deck,),
                ).fetchone()
            else:
                row = self.db.execute(
                    """SELECT id, card_id, before FROM review_log
                       WHERE id = ? AND deck = ? AND undone_at IS NULL""",
                    (log_id, self.deck),
                ).fetchone()
            if row is None:
                return None
            log_id, card_id, before = row
            later = self.db.execute(
                """SELECT 1 FROM review_log WHERE card_id = ? AND id > ?
                   AND undone_at IS NULL LIMIT 1""",
                (card_id, log_id),
            ).fetchone()
            if later is not None:
                raise StaleCard("that card was reviewed again since (in another session)")
            state = json.loads(before)
            self.db.execute(
                f"UPDATE cards SET {', '.join(f'{k} = ?' for k in _SCHEDULE)} WHERE id = ?",
                (*(state[k] for k in _SCHEDULE), card_id),
            )
            self.db.execute("UPDATE review_log SET undone_at = ? WHERE id = ?", (now_ms, log_id))
        return str(card_id)

    def suspend(self, card_id: str, suspended: bool = True) -> None:
        self._schedule_row(card_id)
        with self._write():
            self.db.execute(
                "UPDATE cards SET suspended = ? WHERE id = ?", (int(suspended), card_id)
            )

    def unsuspend(self, card_id: str) -> None:
        self.suspend(card_id, False)

    def bury(self, card_id: str) -> None:
        """Hide a card until the next day starts."""
        self._schedule_row(card_id)
        _, end = self.today()
        with self._write():
            self.db.execute("UPDATE cards SET buried_until = ? WHERE id = ?", (to_ms(end), card_id))

    def deck_info(self) -> tuple[str, list[str]]:
        row = self.db.execute(
            "SELECT title, sections FROM decks WHERE slug = ?", (self.deck,)
        ).fetchone()
        return (row[0], json.loads(row[1])) if row else (self.deck, [])
