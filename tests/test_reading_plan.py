"""The reading list as a reading plan (srs.learn.reading_plan, `srs read`): statuses kept
by entry key, new cards following reading with new_cards = "read", the next entry, the
re-read suggestion."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from cli_helpers import srs
from engine_helpers import SMALL_KEYS, SMALL_LIST, START, open_engine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srs.build import build
from srs.clock import FixedClock
from srs.learn.reading_plan import mark_entry, reading_plan
from srs.locations import data_dir
from srs.store.backup import backup_now, restore_database
from srs.store.engine import Engine
from srs.store.rating import Rating

KEYS = SMALL_KEYS


def statuses(engine: Engine) -> dict[str, str]:
    return {state.entry.key: state.status for state in reading_plan(engine).entries}


def test_every_entry_starts_unread_and_the_next_is_the_first(tmp_path: Path) -> None:
    engine = open_engine(tmp_path)
    plan = reading_plan(engine)
    assert [state.entry.key for state in plan.entries] == KEYS
    assert {state.status for state in plan.entries} == {"unread"}
    upcoming = plan.next_entry()
    assert upcoming is not None and upcoming.number == 1
    assert upcoming.entry.title == "Attention paper" and upcoming.cards > 0
    assert plan.next_entry("more") is not None
    assert plan.next_entry("more").entry.key == KEYS[3]  # type: ignore[union-attr]


def test_an_entry_being_read_comes_next_then_the_first_unread(tmp_path: Path) -> None:
    engine = open_engine(tmp_path)
    mark_entry(engine, "1", "read")
    mark_entry(engine, KEYS[4], "reading")
    assert reading_plan(engine).next_entry().entry.key == KEYS[4]  # type: ignore[union-attr]
    mark_entry(engine, "5", "read")
    mark_entry(engine, "2", "skipped")
    assert reading_plan(engine).next_entry().entry.key == KEYS[2]  # type: ignore[union-attr]


def test_status_survives_a_rebuild_that_rewords_and_reorders(tmp_path: Path) -> None:
    engine = open_engine(tmp_path)
    mark_entry(engine, KEYS[1], "read")
    mark_entry(engine, KEYS[5], "skipped")
    engine.close()
    lines = SMALL_LIST.splitlines()
    bert = next(line for line in lines if "BERT" in line)
    reworded = (
        SMALL_LIST.replace(bert + "\n", "")
        .replace("## Section 2: More\n", "## Section 2: More\n\n" + bert.replace("1.", "-") + "\n")
        .replace("bidirectional encoders", "masked-language-model encoders")
    )
    (tmp_path / "small.md").write_text(reworded, encoding="utf-8")
    build(tmp_path / "small.md", home=data_dir())
    engine = Engine.open(home=data_dir(), deck="small", clock=FixedClock(START))
    plan = reading_plan(engine)
    assert statuses(engine)[KEYS[1]] == "read"
    assert statuses(engine)[KEYS[5]] == "skipped"
    assert plan.find(KEYS[1]).entry.section == "More"  # it moved, its status kept


def test_status_survives_backup_and_restore(tmp_path: Path) -> None:
    engine = open_engine(tmp_path)
    mark_entry(engine, "3", "read")
    engine.close()
    backup = backup_now(data_dir(), START)
    engine = Engine.open(home=data_dir(), deck="small", clock=FixedClock(START))
    mark_entry(engine, "3", "unread")
    engine.close()
    restore_database(data_dir(), backup, START + timedelta(minutes=1))
    engine = Engine.open(home=data_dir(), deck="small", clock=FixedClock(START))
    assert statuses(engine)[KEYS[2]] == "read"


def test_read_mode_brings_only_read_entries_cards_in_marking_order(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, new_cards="read", bury_siblings=False)
    assert engine.counts().new == 0 and engine.next_card() is None
    mark_entry(engine, "4", "read")
    clock.advance(timedelta(seconds=1))
    mark_entry(engine, "2", "reading")
    new = engine.queue().new
    entries = [cid.split("|")[1] for cid in new]
    assert set(entries) == {KEYS[3], KEYS[1]}
    assert entries == sorted(entries, key=[KEYS[3], KEYS[1]].index)  # marking order


def test_skipped_entries_cards_never_come(tmp_path: Path) -> None:
    engine = open_engine(tmp_path)
    mark_entry(engine, "1", "skipped")
    assert all(cid.split("|")[1] != KEYS[0] for cid in engine.queue().new)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    marks=st.lists(
        st.tuples(
            st.integers(1, 6), st.sampled_from(["reading", "read", "skipped", "unread", "known"])
        ),
        max_size=10,
    ),
    limit=st.integers(0, 8),
)
def test_read_mode_against_a_reference_model(tmp_path_factory, marks, limit) -> None:  # type: ignore[no-untyped-def]
    """The new cards of a day, with new_cards = "read", are the first `limit` cards of the
    entries read, being read or known, entries in the order first marked (reading then
    read keeps the first mark), cards in the deck's order; a known entry (every card
    new) brings only its probe, its gist card."""
    tmp = tmp_path_factory.mktemp("plan")
    clock = FixedClock(START)
    home = tmp / "home"
    import os

    os.environ["SRS_HOME"] = str(home)
    engine = open_engine(tmp, clock, new_cards="read", bury_siblings=False, new_per_day=limit)
    model: dict[str, tuple[str, int]] = {}
    for tick, (number, status) in enumerate(marks):
        clock.advance(timedelta(seconds=1))
        mark_entry(engine, str(number), status)
        key = KEYS[number - 1]
        old = model.get(key)
        if status == "unread":
            model.pop(key, None)
        elif old and (old[0] == status or {old[0], status} <= {"reading", "read"}):
            model[key] = (status, old[1])
        else:
            model[key] = (status, tick)
    order = sorted(
        (key for key, (status, _) in model.items() if status in ("reading", "read", "known")),
        key=lambda key: (model[key][1], KEYS.index(key)),
    )
    deck_order = [cid for cid, _ in engine.db.execute("SELECT id, new_order FROM cards ORDER BY 2")]
    expected = [
        cid
        for key in order
        for cid in deck_order
        if f"|{key}|" in cid and (model[key][0] != "known" or cid == f"small|{key}|gist")
    ]
    assert engine.queue().new == expected[:limit]
    engine.close()


def test_due_says_how_many_cards_wait_for_reading(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, new_cards="read")
    engine.close()
    (data_dir() / "config.toml").write_text('new_cards = "read"\n', encoding="utf-8")
    done = srs("read", "--mark", "read", "1")
    assert done.returncode == 0, done.stderr
    report = json.loads(srs("due", "--json").stdout)
    total = len([c for c in json.loads(srs("cards", "--json").stdout)])
    attention = len([c for c in json.loads(srs("cards", "--json").stdout) if KEYS[0] in c["id"]])
    assert report["waiting_for_reading"] == total - attention
    assert "wait until their entries are read" in srs("due").stdout


def test_several_lapses_in_a_week_suggest_re_reading(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False, new_per_day=99)
    lora = [card for card in engine.cards() if card.entry == KEYS[3]]
    assert len(lora) >= 2
    for card in lora:  # learned: Easy twice, days apart
        engine.rate(card.id, Rating.EASY, duration_ms=1000)
    clock.advance(timedelta(days=30))
    for card in lora[:2]:
        engine.rate(card.id, Rating.AGAIN, duration_ms=1000)
    plan = reading_plan(engine)
    state = plan.find(KEYS[3])
    assert state.learned == len(lora) and state.lapses == 2 and state.reread
    assert state.retrievability is not None and 0 < state.retrievability <= 1
    assert [s.entry.key for s in plan.to_reread()] == [KEYS[3]]
    clock.advance(timedelta(days=8))
    assert not reading_plan(engine).find(KEYS[3]).reread  # a week later: no longer news


def test_srs_read_command(tmp_path: Path) -> None:
    path = tmp_path / "small.md"
    path.write_text(SMALL_LIST, encoding="utf-8")
    assert srs("build", str(path)).returncode == 0
    shown = srs("read")
    assert shown.returncode == 0 and "next: 1. Attention paper" in shown.stdout
    assert "srs read --mark read 1" in shown.stdout
    marked = srs("read", "--mark", "read", "1")
    assert marked.stdout.strip() == "1. Attention paper: unread -> read"
    listed = srs("read", "--list").stdout
    assert "[read   ] Attention paper" in listed and "\nMore\n" in listed
    data = json.loads(srs("read", "--list", "--json").stdout)
    assert set(data) == {"deck", "entries"}
    assert set(data["entries"][0]) == {
        "number", "key", "title", "section", "status", "marked_at", "cards", "learned",
        "retrievability", "lapses_30d", "reread", "links", "papers",
    }  # fmt: skip
    assert set(json.loads(srs("read", "--json").stdout)) == {
        "deck", "next", "reread", "read", "entries",
    }  # fmt: skip
    bad = srs("read", "--mark", "read", "99")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "no entry" in bad.stderr
    section = srs("read", "--section", "nope")
    assert section.returncode == 2 and "names no section" in section.stderr
    alone = srs("read", "--mark", "read")
    assert alone.returncode == 2


def test_a_deck_file_from_before_srs_read_asks_for_a_build(tmp_path: Path) -> None:
    path = tmp_path / "small.md"
    path.write_text(SMALL_LIST, encoding="utf-8")
    assert srs("build", str(path)).returncode == 0
    deck = data_dir() / "decks" / "small.yaml"
    text = deck.read_text(encoding="utf-8")
    start = text.index("entries:")
    end = text.index("cards:")
    deck.write_text(text[:start] + text[end:], encoding="utf-8")
    old = srs("read")
    assert old.returncode == 2 and "run `srs build` once" in old.stderr
