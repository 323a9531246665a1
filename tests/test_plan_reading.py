"""`srs plan --entries-per-week N`: new cards arrive as entries are read (as
new_cards = "read" brings them), unread entries in list order, N a week."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from cli_helpers import srs
from engine_helpers import open_engine
from hypothesis import given, settings
from hypothesis import strategies as st

from srs.learn.reading_pace import reading_pace
from srs.learn.reading_plan import mark_entry, reading_plan
from srs.learn.workload import plan_start
from srs.store.rating import Rating

STATUSES = ["reading", "read", "skipped", "known", "unread"]
#: entries whose cards new_cards = "read" introduces
INTRODUCED = ("reading", "read", "known")


def test_new_cards_arrive_as_entries_are_read_against_a_reference_model(tmp_path: Path) -> None:
    """Each day brings min(new_per_day, waiting) new cards: waiting starts with the new
    cards of entries read, being read or known, and by the end of day d (from 0) the
    first ⌈(d + 1) · N / 7⌉ unread entries in list order are read, their new cards
    joining; skipped entries bring none; suspended and answered cards are no new cards."""
    engine = open_engine(tmp_path)
    cards = engine.cards()
    engine.rate(cards[0].id, Rating.GOOD, duration_ms=2000)  # no longer new
    engine.suspend(next(card.id for card in cards if card.entry == cards[-1].entry))
    keys = [state.entry.key for state in reading_plan(engine).entries]
    start = plan_start(engine)

    @settings(max_examples=60, deadline=None)
    @given(
        marks=st.lists(st.sampled_from(STATUSES), min_size=len(keys), max_size=len(keys)),
        per_week=st.integers(0, 15),
        new_per_day=st.integers(0, 6),
        days=st.integers(1, 25),
    )
    def check(marks: list[str], per_week: int, new_per_day: int, days: int) -> None:
        for number, status in enumerate(marks, start=1):
            mark_entry(engine, str(number), status)
        new = Counter(
            card.entry for card in engine.cards() if card.state == "new" and not card.suspended
        )
        waiting = sum(
            new[key] for key, status in zip(keys, marks, strict=True) if status in INTRODUCED
        )
        unread = [key for key, status in zip(keys, marks, strict=True) if status == "unread"]
        expected, read = [], 0
        for day in range(days):
            by_now = min(len(unread), -(-(day + 1) * per_week // 7))
            waiting += sum(new[key] for key in unread[read:by_now])
            read = by_now
            expected.append(min(new_per_day, waiting))
            waiting -= expected[-1]

        pace = reading_pace(engine, per_week, days)
        assert (pace.unread, pace.entries_read) == (len(unread), read)
        for retention in (0.85, 0.9):
            plan = start.simulate(
                retention=retention, days=days, new_per_day=new_per_day, reading=pace
            )
            assert [day.new for day in plan.days] == expected

    check()


def test_plan_entries_per_week_command(tmp_path: Path) -> None:
    open_engine(tmp_path).close()
    assert srs("read", "--mark", "read", "1").returncode == 0
    text = srs("plan", "--days", "14", "--entries-per-week", "2")
    assert text.returncode == 0, text.stderr
    assert "reading 2 entries a week:" in text.stdout
    assert "4 of the 5 unread entries read within 14 days" in text.stdout
    data = json.loads(srs("plan", "--days", "14", "--entries-per-week", "2", "--json").stdout)
    assert (data["entries_per_week"], data["entries_read"]) == (2, 4)
    plain = json.loads(srs("plan", "--days", "14", "--json").stdout)
    assert (plain["entries_per_week"], plain["entries_read"]) == (None, None)
    mine = next(p for p in data["plans"] if p["retention"] == data["retention"])
    every = next(p for p in plain["plans"] if p["retention"] == plain["retention"])
    assert sum(mine["new_per_day"]) < sum(every["new_per_day"])  # entry 6 unread still
    bad = srs("plan", "--entries-per-week", "-1")
    assert bad.returncode == 2
