"""Reading an Anki collection the way a user would see it, to compare with srs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from engine_helpers import open_engine

from srs.anki.export import note_guid
from srs.clock import FixedClock
from srs.store.engine import CardView, Engine
from srs.store.rating import Rating
from srs.store.user_day import day_bounds

ANKI_ROLLOVER = (4, 0)  # Anki's default: days start at 4:00 (the tests run in UTC)


def import_package(col: Collection, apkg: str, *, scheduling: bool = True) -> object:
    return col.import_anki_package(
        ImportAnkiPackageRequest(
            package_path=apkg,
            options=ImportAnkiPackageOptions(merge_notetypes=True, with_scheduling=scheduling),
        )
    )


def anki_today() -> date:
    start, _ = day_bounds(datetime.now(UTC), UTC, ANKI_ROLLOVER)
    return start.date()


def srs_day(when: datetime) -> date:
    start, _ = day_bounds(when, UTC, ANKI_ROLLOVER)
    return start.date()


@dataclass(frozen=True)
class AnkiSide:
    """A card as Anki holds it."""

    type: int
    queue: int
    due_day: date | None  # review and day-learning cards
    due_secs: int | None  # learning cards due today
    reps: int
    lapses: int
    stability: float | None
    difficulty: float | None
    revlog_ids: list[int]
    revlog_eases: list[int]


def anki_card(col: Collection, card_id: str) -> AnkiSide:
    (nid,) = col.db.list("SELECT id FROM notes WHERE guid = ?", note_guid(card_id))
    (cid,) = col.db.list("SELECT id FROM cards WHERE nid = ?", nid)
    card = col.get_card(cid)
    due_day = due_secs = None
    if card.queue in (2, 3) or (card.queue in (-1, -2, -3) and card.type == 2):
        due_day = date.fromordinal(anki_today().toordinal() + card.due - col.sched.today)
    elif card.queue == 1:
        due_secs = card.due
    memory = card.memory_state
    revlog = col.db.all("SELECT id, ease FROM revlog WHERE cid = ? ORDER BY id", cid)
    return AnkiSide(
        type=card.type,
        queue=card.queue,
        due_day=due_day,
        due_secs=due_secs,
        reps=card.reps,
        lapses=card.lapses,
        stability=memory.stability if memory else None,
        difficulty=memory.difficulty if memory else None,
        revlog_ids=[row[0] for row in revlog],
        revlog_eases=[row[1] for row in revlog],
    )


_TYPE = {"new": 0, "learning": 1, "review": 2, "relearning": 3}


def expected_type(view: CardView) -> int:
    return _TYPE[view.state]


def srs_due_day(view: CardView) -> date | None:
    return srs_day(view.due) if view.due is not None else None


def answer_in_anki(col: Collection, count: int, rating: int = 3) -> list[tuple[str, int]]:
    """Answer up to `count` cards the way Anki's own reviewer does (the v3 scheduler);
    returns (note GUID, review id) of each answer."""
    from anki.scheduler_pb2 import CardAnswer

    done: list[tuple[str, int]] = []
    for _ in range(count):
        queued = col.sched.get_queued_cards()
        if not queued.cards:
            break
        top = queued.cards[0]
        card = col.get_card(top.card.id)
        card.start_timer()
        answer = col.sched.build_answer(
            card=card, states=top.states, rating=CardAnswer.Rating.ValueType(rating - 1)
        )
        col.sched.answer_card(answer)
        review_id = col.db.scalar("SELECT max(id) FROM revlog WHERE cid = ?", card.id)
        done.append((card.note().guid, review_id))
    return done


def reviewed_engine(tmp_path: Path, clock: FixedClock) -> Engine:
    """A deck with every kind of state: review, learning, relearning, new, suspended,
    buried, an undone review."""
    engine = open_engine(tmp_path, clock, timezone="UTC")
    ids = [card.id for card in engine.cards()]
    review, learning, relearning, suspended, buried, undone = ids[:6]
    for rating in (Rating.GOOD, Rating.GOOD):
        engine.rate(review, rating, 4000)
        engine.rate(relearning, rating, 3000)
        clock.advance(minutes=11)
    engine.rate(learning, Rating.AGAIN, 70_000)  # Anki logs at most 60 s
    engine.rate(buried, Rating.GOOD)
    engine.bury(buried)
    engine.suspend(suspended)
    result = engine.rate(undone, Rating.EASY)
    engine.undo(result.log_id)
    clock.advance(days=5)
    engine.rate(relearning, Rating.AGAIN)  # a lapse
    clock.advance(minutes=1)
    return engine
