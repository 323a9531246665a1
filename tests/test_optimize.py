"""`srs optimize`: FSRS parameters fitted to a (simulated) user's own history, with
fsrs-rs-python, evaluated before they are adopted."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from simulated_user import FORGETFUL, simulate

from srs.build import build
from srs.cli import cli
from srs.clock import FixedClock
from srs.config import Config
from srs.errors import SrsError
from srs.learn.items import History, history
from srs.learn.optimize import MIN_REVIEWS, health_notes, optimize, reschedule, reset
from srs.locations import data_dir
from srs.store import replay as replay_module
from srs.store.db import db_path
from srs.store.engine import Engine
from srs.store.fuzz import make_scheduler
from srs.store.parameters import FittedParameters, current_parameters, save_parameters
from srs.store.replay import reschedule_all

START = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)
CONFIG = Config(fuzz=False, timezone="UTC")


def engine_after(days: int, bundled_list: Path) -> Engine:
    build(bundled_list, home=data_dir())
    clock = FixedClock(START + timedelta(days=days))
    return Engine.open(home=data_dir(), deck="ai-engineering-2025", config=CONFIG, clock=clock)


def _log(engine: Engine) -> list[tuple[object, ...]]:
    return [tuple(row) for row in engine.db.execute("SELECT * FROM review_log ORDER BY id")]


def test_a_user_unlike_the_defaults_gets_better_parameters(bundled_list: Path) -> None:
    engine = engine_after(300, bundled_list)
    cards = [view.id for view in engine.cards()]
    reviews = simulate(engine, cards, true_parameters=FORGETFUL, start=START, days=300)
    assert reviews > MIN_REVIEWS
    dues = {view.id: view.due for view in engine.cards()}
    log = _log(engine)

    report = optimize(engine, reschedule_cards=True)
    assert report.current is not None and report.fitted is not None
    assert report.fitted.log_loss < report.current.log_loss
    assert report.fitted.rmse_bins < report.current.rmse_bins
    assert report.adopted
    assert report.reviews == reviews and report.items > 0
    # stored, with when and on how much, and in use from the next card on
    stored = current_parameters(engine.db)
    assert stored is not None and list(stored.values) == report.parameters
    assert stored.reviews == reviews and stored.fitted_at == engine.clock.now()
    assert tuple(engine.scheduler.parameters) == pytest.approx(tuple(report.parameters))
    # the fit moved towards the truth: a first Good is remembered for less than the
    # defaults' 2.3 days (true: 0.9)
    assert report.parameters[2] < 1.5
    # rescheduling changed due dates, and not a byte of the log
    assert report.rescheduled == len(cards)
    after = {view.id: view.due for view in engine.cards()}
    assert sum(1 for card in cards if after[card] != dues[card]) > len(cards) // 2
    assert _log(engine) == log


def test_a_dry_run_adopts_nothing(bundled_list: Path) -> None:
    engine = engine_after(300, bundled_list)
    cards = [view.id for view in engine.cards()]
    simulate(engine, cards, true_parameters=FORGETFUL, start=START, days=300)
    before = _dump(db_path(data_dir()))
    report = optimize(engine, dry_run=True, reschedule_cards=True)
    assert report.fitted is not None and not report.adopted
    assert current_parameters(engine.db) is None
    # it says what rescheduling under the fit would move, and moves nothing
    assert report.dry_run and report.rescheduled == len(cards)
    assert len(cards) // 2 < report.moved <= len(cards)
    assert _dump(db_path(data_dir())) == before


def test_too_little_history_keeps_the_parameters(bundled_list: Path) -> None:
    engine = engine_after(20, bundled_list)
    cards = [view.id for view in engine.cards()][:10]
    reviews = simulate(engine, cards, true_parameters=FORGETFUL, start=START, days=20)
    assert reviews < MIN_REVIEWS
    report = optimize(engine)
    assert not report.adopted and report.fitted is None
    assert any("too little history" in note for note in report.health)
    assert current_parameters(engine.db) is None
    assert report.parameters == pytest.approx(list(engine.scheduler.parameters))


def test_the_health_check_names_bad_rating_habits() -> None:
    habits = History(reviews=600, ratings={2: 200, 3: 400}, review_state_ratings={2: 150, 3: 350})
    notes = health_notes(habits)
    assert any("Again is never used" in note for note in notes)
    assert any("Hard is given to 30% of review cards" in note for note in notes)
    fine = History(reviews=600, ratings={1: 60, 3: 540}, review_state_ratings={1: 40, 3: 400})
    assert health_notes(fine) == []


def test_items_are_built_as_anki_builds_them(bundled_list: Path) -> None:
    engine = engine_after(30, bundled_list)
    card = engine.cards()[0].id
    from srs.clock import to_ms
    from srs.store.merge import ForeignReview

    day = 86_400_000
    t0 = to_ms(START)
    times = [t0, t0 + 600_000, t0 + day, t0 + 3 * day, t0 + 3 * day + 60_000, t0 + 9 * day]
    engine.merge_reviews(
        {
            card: [
                ForeignReview(t, r, t, 1000) for t, r in zip(times, (1, 3, 3, 3, 1, 3), strict=True)
            ]
        }
    )
    found = history(engine.db, engine.clock.now(), CONFIG.tz(), CONFIG.day_start)
    # one item per review on a later day than the one before; same-day ones stay inside
    assert [item.reviews for item in found.items] == [
        ((1, 0), (3, 0), (3, 1)),
        ((1, 0), (3, 0), (3, 1), (3, 2)),
        ((1, 0), (3, 0), (3, 1), (3, 2), (1, 0), (3, 6)),
    ]


def test_optimize_command_and_reset(bundled_list: Path, srs_home: Path) -> None:
    engine = engine_after(300, bundled_list)
    cards = [view.id for view in engine.cards()]
    simulate(engine, cards, true_parameters=FORGETFUL, start=START, days=300)
    engine.close()
    (srs_home / "config.toml").write_text('fuzz = false\ntimezone = "UTC"\n', encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(cli, ["optimize", "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert set(data) >= {
        "reviews",
        "items",
        "parameters",
        "adopted",
        "log_loss",
        "rmse_bins",
        "health",
    }
    assert data["adopted"] and data["log_loss"]["fitted"] < data["log_loss"]["current"]
    assert len(data["parameters"]) == 21
    stats = runner.invoke(cli, ["stats"])
    assert "parameters fitted" in stats.output
    assert (
        json.loads(runner.invoke(cli, ["stats", "--json"]).output)["parameters"]["reviews"]
        == data["reviews"]
    )
    done = runner.invoke(cli, ["optimize", "--reset"])
    assert done.exit_code == 0 and "default parameters" in done.output
    assert "default parameters" in runner.invoke(cli, ["stats"]).output
    engine = Engine.open(home=data_dir(), deck="ai-engineering-2025", config=CONFIG)
    assert current_parameters(engine.db) is None
    reset(engine)  # resetting twice is harmless
    engine.close()


def test_a_missing_extra_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec

    def hide(name: str, *args: object) -> object:
        return None if name in ("fsrs_rs_python", "anki") else real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", hide)
    runner = CliRunner()
    for command, extra in (
        (["optimize"], "pip install fsrs-rs-python into srs's environment"),
        (["import-anki", "x.apkg"], "pip install anki into srs's environment"),
        (["sync"], "pip install anki into srs's environment"),
    ):
        done = runner.invoke(cli, command)
        assert done.exit_code == 1, command
        lines = done.output.strip().splitlines()
        assert len(lines) == 1 and extra in lines[0]
    # `srs plan` runs without it and says what to install: a package that exists today
    assert runner.invoke(cli, ["build", "-q"]).exit_code == 0
    planned = runner.invoke(cli, ["plan", "--days", "3"])
    assert planned.exit_code == 0 and planned.output.splitlines()[-1] == (
        "minimum recommended retention: pip install fsrs-rs-python (the optimize extra) "
        "to compute it"
    )


def _dump(path: Path) -> list[str]:
    """Every row of the database file, read through a connection of its own."""
    db = sqlite3.connect(path)
    try:
        return list(db.iterdump())
    finally:
        db.close()


def _fitted_and_rescheduled(engine: Engine) -> None:
    """Fitted parameters in use (the simulated learner's own) and every card under them."""
    with engine.transaction():
        save_parameters(engine.db, FittedParameters(FORGETFUL, engine.clock.now(), 1, 1, 0.5, 0.1))
        reschedule(engine)


def test_rescheduling_twice_gives_the_same_due_dates(bundled_list: Path) -> None:
    build(bundled_list, home=data_dir())
    clock = FixedClock(START + timedelta(days=120))
    fuzzed = Config(fuzz=True, timezone="UTC")
    engine = Engine.open(home=data_dir(), deck="ai-engineering-2025", config=fuzzed, clock=clock)
    cards = [view.id for view in engine.cards()]
    simulate(engine, cards, true_parameters=FORGETFUL, start=START, days=120)
    random.seed(1)  # py-fsrs's own fuzz draws from here: the test is the same every run
    runs = []
    for _ in range(2):
        with engine.transaction():
            reschedule(engine)
        runs.append({view.id: view.due for view in engine.cards()})
    assert runs[0] == runs[1]
    # and the fuzz is there: without it some due dates differ
    _, moved = reschedule_all(engine.db, make_scheduler(fuzzed, fuzz=False), write=False)
    assert moved > 10


def test_a_reset_dry_run_writes_nothing(bundled_list: Path, srs_home: Path) -> None:
    engine = engine_after(120, bundled_list)
    cards = [view.id for view in engine.cards()]
    simulate(engine, cards, true_parameters=FORGETFUL, start=START, days=120)
    _fitted_and_rescheduled(engine)
    engine.close()
    (srs_home / "config.toml").write_text('fuzz = false\ntimezone = "UTC"\n', encoding="utf-8")
    before = _dump(db_path(srs_home))
    runner = CliRunner()
    done = runner.invoke(cli, ["optimize", "--reset", "--reschedule", "--dry-run"])
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert lines[0] == (
        "dry run: would go back to FSRS's default parameters (fitted parameters are in use)"
    )
    assert lines[1].startswith(f"dry run: {len(cards)} cards would be rescheduled, ")
    assert lines[-1] == "dry run: nothing written"
    data = json.loads(runner.invoke(cli, ["optimize", "--reset", "--dry-run", "--json"]).output)
    assert data == {
        "reset": False,
        "dry_run": True,
        "was_fitted": True,
        "rescheduled": 0,
        "moved": 0,
    }
    data = json.loads(
        runner.invoke(cli, ["optimize", "--reset", "--reschedule", "--dry-run", "--json"]).output
    )
    assert data["rescheduled"] == len(cards) and data["moved"] > len(cards) // 2
    assert _dump(db_path(srs_home)) == before
    # without --dry-run it is done, and says what moved
    done = runner.invoke(cli, ["optimize", "--reset", "--reschedule", "--json"])
    assert json.loads(done.output) == {
        "reset": True,
        "dry_run": False,
        "was_fitted": True,
        "rescheduled": len(cards),
        "moved": data["moved"],
    }
    assert _dump(db_path(srs_home)) != before


def test_a_reset_and_its_reschedule_are_one_transaction(
    bundled_list: Path, srs_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = engine_after(120, bundled_list)
    cards = [view.id for view in engine.cards()]
    simulate(engine, cards, true_parameters=FORGETFUL, start=START, days=120)
    _fitted_and_rescheduled(engine)
    before = _dump(db_path(srs_home))
    real = replay_module.write_schedules

    def write_then_fail(db: sqlite3.Connection, *args: Any, **kwargs: Any) -> None:
        real(db, *args, **kwargs)  # some cards are rescheduled, then the disk fails
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(replay_module, "write_schedules", write_then_fail)
    with pytest.raises(SrsError, match="nothing was saved"):
        reset(engine, reschedule_cards=True)
    assert _dump(db_path(srs_home)) == before  # neither the reset nor a due date
    assert engine.scheduler.parameters == pytest.approx(FORGETFUL)
    engine.close()


def test_an_adoption_and_its_reschedule_are_one_transaction(
    bundled_list: Path, srs_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = engine_after(300, bundled_list)
    cards = [view.id for view in engine.cards()]
    simulate(engine, cards, true_parameters=FORGETFUL, start=START, days=300)
    before = _dump(db_path(srs_home))

    def fail(*args: Any, **kwargs: Any) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(replay_module, "write_schedules", fail)
    with pytest.raises(SrsError, match="nothing was saved"):
        optimize(engine, reschedule_cards=True)
    assert _dump(db_path(srs_home)) == before
    assert current_parameters(engine.db) is None
    engine.close()
