"""`srs review --all` queues the cards of several decks as Anki's v3 scheduler queues a
parent deck's: the same cards, built in a real Anki collection under a parent deck, come
out of `col.sched.get_queued_cards()` in the order srs's queue gives them — learning due
now first, then reviews and new cards mixed (Anki's default), then learning ahead; each
deck within its own limits, all of them within the parent's."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from anki.collection import Collection
from engine_helpers import SMALL_LIST, engine_config

from srs.build import build
from srs.clock import FixedClock, to_ms
from srs.locations import data_dir
from srs.store.db import db_path
from srs.store.engine import Engine, load_deck_file
from srs.store.queue_mix import intersperse

DECKS = ("alpha", "beta", "gamma")
PER_DECK_NEW, PER_DECK_REVIEWS = 4, 3
TOTAL_NEW, TOTAL_REVIEWS = 7, 5
LEARN_AHEAD = timedelta(minutes=20)  # Anki's default, and srs's


@dataclass(frozen=True)
class Planned:
    """One card's schedule, set the same way in srs and in Anki."""

    card_id: str
    deck: str
    kind: str  # "learning", "review" or "new"
    due: datetime | None = None  # learning: the time; review: the day (at `now`)
    interval: int = 0  # review: days
    position: int = 0  # new: its place in the deck's order


def _build_decks(tmp_path: Path) -> None:
    for slug in DECKS:
        text = SMALL_LIST.replace("slug: small", f"slug: {slug}").replace(
            "title: Small list", f"title: {slug.title()} list"
        )
        path = tmp_path / f"{slug}.md"
        path.write_text(text, encoding="utf-8")
        build(path, home=data_dir())
        load_deck_file(slug, home=data_dir())  # as `srs build` does


def _plan(engine: Engine, now: datetime) -> list[Planned]:
    """Per deck: two learning cards due now, one due within the learn-ahead, one due in
    three hours, four reviews due (on days no other review shares: Anki breaks ties at
    random), one review not due; the rest new, in the deck's order."""
    planned: list[Planned] = []
    with sqlite3.connect(db_path(data_dir())) as db:
        new_orders = dict(db.execute("SELECT id, new_order FROM cards"))
    for index, deck in enumerate(DECKS):
        cards = [card for card in engine.cards() if card.deck == deck]
        learning, ahead, later = cards[0:2], cards[2], cards[3]
        due_reviews, not_due = cards[4:8], cards[8]
        for k, card in enumerate(learning):
            when = now - timedelta(minutes=5 + 7 * k + index)
            planned.append(Planned(card.id, deck, "learning", when))
        planned.append(Planned(ahead.id, deck, "learning", now + timedelta(minutes=5 + index)))
        planned.append(Planned(later.id, deck, "learning", now + timedelta(hours=3)))
        for k, card in enumerate(due_reviews):
            # overdue by 1 + 3k + index days: the decks take turns from most overdue down,
            # so the per-deck limit and the total both cut
            due = now - timedelta(days=1 + 3 * k + index)
            planned.append(Planned(card.id, deck, "review", due, interval=10))
        planned.append(Planned(not_due.id, deck, "review", now + timedelta(days=3), interval=10))
        news = sorted(cards[9:], key=lambda card: new_orders[card.id])
        for position, card in enumerate(news):
            planned.append(Planned(card.id, deck, "new", position=position))
    return planned


def _schedule_in_srs(planned: list[Planned]) -> None:
    with sqlite3.connect(db_path(data_dir())) as db:
        for card in planned:
            if card.kind == "learning":
                assert card.due is not None
                at = to_ms(card.due)
                db.execute(
                    """UPDATE cards SET state = 1, step = 0, stability = 1.0, difficulty = 5.0,
                       due = ?, last_review = ? WHERE id = ?""",
                    (at, at - 600_000, card.card_id),
                )
            elif card.kind == "review":
                assert card.due is not None
                due = to_ms(card.due)
                last = due - card.interval * 86_400_000
                db.execute(
                    """UPDATE cards SET state = 2, step = NULL, stability = ?,
                       difficulty = 5.0, due = ?, last_review = ? WHERE id = ?""",
                    (float(card.interval), due, last, card.card_id),
                )
    # the new cards keep their order (new_order): `planned` numbers them in it


def _schedule_in_anki(col: Collection, planned: list[Planned], now: datetime) -> int:
    """The same cards under a parent deck `all` (the totals) whose children (the
    decks) share a preset (the per-deck limits); the parent's id."""
    col.set_config("newCardsIgnoreReviewLimit", True)  # srs's new limit stands alone
    parent = col.decks.id("all")
    assert parent is not None
    parent_conf = col.decks.get_config(1)
    assert parent_conf is not None
    parent_conf["new"]["perDay"] = TOTAL_NEW
    parent_conf["rev"]["perDay"] = TOTAL_REVIEWS
    col.decks.update_config(parent_conf)
    child_conf = col.decks.add_config_returning_id("decks")
    conf = col.decks.get_config(child_conf)
    assert conf is not None
    conf["new"]["perDay"] = PER_DECK_NEW
    conf["rev"]["perDay"] = PER_DECK_REVIEWS
    col.decks.update_config(conf)
    children = {}
    for slug in DECKS:
        did = col.decks.id(f"all::{slug}")
        assert did is not None
        deck = col.decks.get(did)
        assert deck is not None
        deck["conf"] = child_conf
        col.decks.save(deck)
        children[slug] = did
    basic = col.models.by_name("Basic")
    assert basic is not None
    today = col.sched.today
    for card in planned:
        note = col.new_note(basic)
        note["Front"] = card.card_id
        note["Back"] = "-"
        col.add_note(note, children[card.deck])
        anki = note.cards()[0]
        if card.kind == "learning":
            assert card.due is not None
            anki.type, anki.queue = 1, 1
            anki.due, anki.reps, anki.left = int(card.due.timestamp()), 1, 1
        elif card.kind == "review":
            assert card.due is not None
            days = (card.due.date() - now.date()).days
            anki.type, anki.queue = 2, 2
            anki.due, anki.ivl, anki.reps = today + days, card.interval, 3
        else:
            anki.due = card.position
        col.update_card(anki)
    col.decks.select(parent)
    return parent


def test_all_decks_queue_is_ankis_parent_deck_queue(tmp_path: Path, collection: Collection) -> None:
    now = datetime.now(UTC)
    hour = now.hour + now.minute / 60
    if 3.5 <= hour < 4.5 or hour >= 23.5:  # the day rolls over at 04:00: no boundary near
        pytest.skip("too near Anki's day rollover for both sides to count the same day")
    _build_decks(tmp_path)
    config = engine_config(
        timezone="UTC",
        bury_siblings=False,  # Anki's default; one note per card there
        new_per_day=PER_DECK_NEW,
        reviews_per_day=PER_DECK_REVIEWS,
        total_new_per_day=TOTAL_NEW,
        total_reviews_per_day=TOTAL_REVIEWS,
    )
    engine = Engine.open(home=data_dir(), all_decks=True, config=config, clock=FixedClock(now))
    planned = _plan(engine, now)
    _schedule_in_srs(planned)
    _schedule_in_anki(collection, planned, now)

    queued = collection.sched.get_queued_cards(fetch_limit=200)
    anki_order = [collection.get_card(q.card.id).note()["Front"] for q in queued.cards]

    queue = engine.build_queue()
    ahead = to_ms(now + LEARN_AHEAD)
    srs_order = [
        *queue.learning_now,
        *queue.main(),
        *(cid for cid, due in queue.learning_later if due <= ahead),
    ]
    kinds = {card.card_id: card.kind for card in planned}
    # the grouping and the limits, then the whole order
    assert [kinds[cid] for cid in srs_order] == [kinds[cid] for cid in anki_order]
    assert len(queue.review) == TOTAL_REVIEWS and len(queue.new) == TOTAL_NEW
    by_deck = {deck: sum(cid.startswith(f"{deck}|") for cid in queue.new) for deck in DECKS}
    assert by_deck == {"alpha": 4, "beta": 3, "gamma": 0}  # deck by deck, then the total
    for deck in DECKS:
        assert sum(cid.startswith(f"{deck}|") for cid in queue.review) <= PER_DECK_REVIEWS
    assert srs_order == anki_order
    assert (queued.new_count, queued.review_count) == (TOTAL_NEW, TOTAL_REVIEWS)
    engine.close()


@pytest.mark.parametrize(("mix", "first"), [("after", "review"), ("before", "new")])
def test_new_mix_puts_new_cards_after_or_before_the_reviews(
    tmp_path: Path, mix: str, first: str
) -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    _build_decks(tmp_path)
    config = engine_config(timezone="UTC", bury_siblings=False, new_mix=mix)
    engine = Engine.open(home=data_dir(), all_decks=True, config=config, clock=FixedClock(now))
    planned = _plan(engine, now)
    _schedule_in_srs(planned)
    queue = engine.build_queue()
    kinds = {card.card_id: card.kind for card in planned}
    main = [kinds[cid] for cid in queue.main()]
    second = "new" if first == "review" else "review"
    assert main == sorted(main, key=lambda kind: kind != first)
    assert main[0] == first and main[-1] == second
    engine.close()


def test_intersperse_is_ankis() -> None:
    """Anki's own cases (rslib/src/scheduler/queue/builder/intersperser.rs)."""
    a = ["1", "2", "3"]

    def mixed(b: list[int]) -> list[str]:
        return intersperse(a, [str(n) for n in b])

    assert mixed([11, 22, 33]) == ["1", "11", "2", "22", "3", "33"]
    assert mixed([11, 22]) == ["1", "11", "2", "22", "3"]
    assert mixed([11, 22, 33, 44, 55, 66]) == ["11", "1", "22", "33", "2", "44", "55", "3", "66"]
    assert mixed([11, 22, 33, 44, 55, 66, 77, 88]) == (
        ["11", "22", "1", "33", "44", "2", "55", "66", "3", "77", "88"]
    )
    assert mixed([]) == a
