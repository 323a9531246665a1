"""What `srs optimize` prints: the history it fitted, the comparison of the parameters in
use with the fitted ones (log loss and RMSE), whether it adopted them, what
rescheduling moved, and the parameters."""

from __future__ import annotations

import re
from pathlib import Path

from cli_helpers import srs
from simulated_user import FORGETFUL, simulate
from test_optimize import START, engine_after

from srs.locations import data_dir
from srs.store.engine import Engine
from srs.store.parameters import current_parameters

COMPARISON = re.compile(
    r"^log loss (\d+\.\d{4}) \(in use\) vs (\d+\.\d{4}) \(fitted\); "
    r"RMSE\(bins\) (\d+\.\d{4}) vs (\d+\.\d{4}) \(time-series splits\)$"
)


def lines_of(*args: str) -> list[str]:
    done = srs("optimize", *args)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()


def comparison(lines: list[str]) -> tuple[float, float, float, float]:
    (found,) = [m for m in map(COMPARISON.match, lines) if m is not None]
    loss_now, loss_fit, rmse_now, rmse_fit = (float(x) for x in found.groups())
    return loss_now, loss_fit, rmse_now, rmse_fit


def test_optimize_says_what_it_compared_and_what_it_did(bundled_list: Path) -> None:
    engine = engine_after(300, bundled_list)
    cards = [view.id for view in engine.cards()]
    reviews = simulate(engine, cards, true_parameters=FORGETFUL, start=START, days=300)
    engine.close()

    dry = lines_of("--dry-run", "--reschedule")
    assert re.fullmatch(rf"history: {reviews} reviews, \d+ training items", dry[0]), dry[0]
    loss_now, loss_fit, rmse_now, rmse_fit = comparison(dry)
    assert loss_fit < loss_now and rmse_fit < rmse_now  # a forgetful user: the fit wins
    assert "better on both, not adopted (--dry-run)" in dry
    (would,) = [line for line in dry if line.startswith("dry run: ")]
    moved = re.fullmatch(
        r"dry run: (\d+) cards would be rescheduled under the fitted parameters, "
        r"(\d+) due dates would move",
        would,
    )
    assert moved is not None and int(moved[1]) == len(cards) and 0 < int(moved[2]) <= len(cards)
    fitted = dry[-1].removeprefix("parameters: ").split(", ")
    assert dry[-1].startswith("parameters: ") and len(fitted) == len(FORGETFUL)
    with Engine.open(home=data_dir()) as engine:
        assert current_parameters(engine.db) is None  # nothing adopted

    adopted = lines_of("--reschedule")
    assert comparison(adopted) == (loss_now, loss_fit, rmse_now, rmse_fit)  # the same fit
    assert "adopted: the fitted parameters schedule your next card" in adopted
    assert (
        f"{len(cards)} cards rescheduled under the new parameters, {moved[2]} due dates moved"
        in adopted
    )
    assert adopted[-1] == dry[-1]
    with Engine.open(home=data_dir()) as engine:
        stored = current_parameters(engine.db)
        assert stored is not None and [f"{v:.4f}" for v in stored.values] == fitted

    # fitted again on the same history: no better than the fit in use, which stays
    again = lines_of()
    loss_now, loss_fit, rmse_now, rmse_fit = comparison(again)
    assert loss_fit >= loss_now or rmse_fit >= rmse_now
    assert "not adopted: the parameters in use predict your history as well or better" in again
    assert not any("rescheduled" in line for line in again)


def test_too_little_history_says_so_and_compares_nothing(bundled_list: Path) -> None:
    engine = engine_after(20, bundled_list)
    cards = [view.id for view in engine.cards()][:10]
    reviews = simulate(engine, cards, true_parameters=FORGETFUL, start=START, days=20)
    engine.close()
    lines = lines_of()
    assert lines[0].startswith(f"history: {reviews} reviews, ")
    assert any(line.startswith("health: ") and "too little history" in line for line in lines)
    assert not any(COMPARISON.match(line) for line in lines)
    assert not any("adopted" in line for line in lines)
    assert lines[-1].startswith("parameters: ")
