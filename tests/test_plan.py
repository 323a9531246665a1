"""`srs plan`: the workload ahead, simulated from the cards' real memory states."""

from __future__ import annotations

import json
import random
from pathlib import Path

from click.testing import CliRunner
from fsrs import Rating, Scheduler
from hypothesis import given
from hypothesis import strategies as st

from srs.cli import cli
from srs.learn.plan import CardMemory, next_memory, simulate_plan
from srs.locations import data_dir

DEFAULTS = list(Scheduler().parameters)


@given(
    stability=st.floats(0.1, 3000),
    difficulty=st.floats(1, 10),
    recall=st.floats(0.01, 0.999),
    rating=st.sampled_from([1, 2, 3, 4]),
)
def test_the_memory_update_is_fsrs_own(
    stability: float, difficulty: float, recall: float, rating: int
) -> None:
    fsrs = Scheduler()
    expected_s = fsrs._next_stability(
        difficulty=difficulty, stability=stability, retrievability=recall, rating=Rating(rating)
    )
    expected_d = fsrs._next_difficulty(difficulty=difficulty, rating=Rating(rating))
    s, d = next_memory(DEFAULTS, stability, difficulty, recall, rating)
    assert abs(s - expected_s) <= 1e-9 * max(1.0, expected_s)
    assert abs(d - expected_d) <= 1e-9


def _cards(count: int, seed: int = 1) -> list[CardMemory]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        stability = rng.uniform(1, 60)
        last = -rng.uniform(0, stability)
        out.append(CardMemory(stability, rng.uniform(2, 9), last, max(0, round(last + stability))))
    return out


def test_higher_retention_costs_more_and_keeps_more() -> None:
    cards = _cards(2000)
    kwargs = {"days": 180, "new_per_day": 0, "reviews_per_day": 100_000}
    low = simulate_plan(cards, 0, DEFAULTS, retention=0.80, **kwargs)
    high = simulate_plan(cards, 0, DEFAULTS, retention=0.95, **kwargs)
    assert high.total_reviews > low.total_reviews * 1.5
    assert high.memorized > low.memorized
    assert simulate_plan(cards, 0, DEFAULTS, retention=0.80, **kwargs).to_json() == low.to_json()


def test_new_cards_and_the_review_limit() -> None:
    plan = simulate_plan(
        _cards(3000), 45, DEFAULTS, retention=0.9, days=20, new_per_day=10, reviews_per_day=50
    )
    assert [day.new for day in plan.days][:5] == [10, 10, 10, 10, 5]
    assert sum(day.new for day in plan.days) == 45
    assert max(day.reviews for day in plan.days) == 50
    assert all(day.minutes > 0 for day in plan.days)


def test_plan_command(srs_home: Path) -> None:
    (srs_home / "config.toml").write_text('fuzz = false\ntimezone = "UTC"\n', encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "-q"]).exit_code == 0
    done = runner.invoke(cli, ["plan", "--days", "60", "--new-per-day", "10", "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert data["days"] == 60 and data["new_per_day"] == 10 and data["retention"] == 0.9
    retentions = [plan["retention"] for plan in data["plans"]]
    assert 0.9 in retentions and len(retentions) >= 4
    mine = next(plan for plan in data["plans"] if plan["retention"] == 0.9)
    cards = len(json.loads(runner.invoke(cli, ["cards", "--json"]).output))
    assert len(mine["reviews_per_day"]) == 60 and sum(mine["new_per_day"]) == cards
    assert 0.7 <= data["minimum_recommended_retention"] <= 0.99
    text = runner.invoke(cli, ["plan", "--retention", "0.85"])
    assert text.exit_code == 0 and "at retention 0.85" in text.output
    assert "minimum recommended retention" in text.output
    bad = runner.invoke(cli, ["plan", "--retention", "1.5"])
    assert bad.exit_code == 2


def test_a_deck_with_nothing_to_review_plans_nothing(srs_home: Path) -> None:
    """Regression: the minimum recommended retention of an empty deck was a traceback
    (fsrs-rs-python's InvalidDeckSize)."""
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "-q"]).exit_code == 0
    from srs.store.engine import Engine

    engine = Engine.open(home=data_dir())
    with engine.db:
        engine.db.execute("UPDATE cards SET suspended = 1")
    engine.close()
    done = runner.invoke(cli, ["plan", "--json", "--days", "7"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert data["minimum_recommended_retention"] is None
    assert all(plan["total_reviews"] == 0 for plan in data["plans"])


def test_the_day_table_counts_what_reviews_per_day_counts(srs_home: Path) -> None:
    """Regression: the day table's `reviews` left out first looks at new cards while the
    summary's `reviews/day` counted them (day 0 of a fresh deck showed 0 reviews under
    a summary of more than 30 a day)."""
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "-q"]).exit_code == 0
    lines = runner.invoke(cli, ["plan", "--days", "7"]).output.splitlines()
    assert lines[2].split() == ["day", "reviews", "of", "them", "new", "minutes"]
    rows = [[float(x) for x in line.split()] for line in lines[3:10]]
    assert rows[0][1] == rows[0][2] == 20  # a fresh deck's first day: 20 first looks
    (mine,) = [line.split() for line in lines if line.endswith("<- yours")]
    assert float(mine[1]) == round(sum(row[1] for row in rows) / 7, 1)
    data = json.loads(runner.invoke(cli, ["plan", "--days", "7", "--json"]).output)
    (plan,) = [p for p in data["plans"] if p["retention"] == 0.9]
    assert plan["reviews_per_day"] == [row[1] for row in rows]
