"""Reading an Anki collection the way a user would see it, to compare with srs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from srs.anki.export import note_guid
from srs.store.engine import CardView
from srs.store.scheduling import day_bounds

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
