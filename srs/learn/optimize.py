"""`srs optimize`: FSRS parameters fitted to this user's history, adopted only when
they predict it better.

* Items are built as Anki's FSRS builds them (srs.learn.items).
* Fitting and evaluation are open-spaced-repetition's Rust FSRS (`fsrs-rs-python`,
  the `optimize` extra): the same optimizer Anki runs.
* Evaluation, as the srs-benchmark does it: time-series splits (items sorted by
  time; five folds; parameters fitted on everything before a fold are tested on the
  fold), log loss and RMSE(bins) of the parameters in use and of the fitted ones on
  the same folds, averaged by fold size. The fit on the whole history is adopted
  only when it is better on both.
* Health check: under `MIN_REVIEWS` reviews nothing is fitted (FSRS's defaults, or
  the parameters in use, beat a fit on so little); rating habits that spoil a fit
  are named.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from srs.errors import SrsError
from srs.learn.items import History, TrainingItem, history
from srs.store.engine import Engine
from srs.store.parameters import (
    FittedParameters,
    current_parameters,
    reset_parameters,
    save_parameters,
)
from srs.store.replay import replay_cards

__all__ = [
    "MIN_REVIEWS",
    "Evaluation",
    "OptimizeReport",
    "health_notes",
    "optimize",
    "require_fsrs_rs",
    "reschedule",
    "reset",
]

#: below this many reviews nothing is fitted (Anki's own floor for a fit is 400 reviews)
MIN_REVIEWS = 400
SPLITS = 5


def require_fsrs_rs(command: str) -> None:
    if importlib.util.find_spec("fsrs_rs_python") is None:
        raise SrsError(
            f"{command} needs FSRS's optimizer: pip install 'srs-reading-list[optimize]' "
            "(or pipx inject srs-reading-list fsrs-rs-python)"
        )


@dataclass(frozen=True)
class Evaluation:
    log_loss: float
    rmse_bins: float


@dataclass(frozen=True)
class OptimizeReport:
    reviews: int
    items: int
    parameters: list[float]
    adopted: bool
    current: Evaluation | None = None
    fitted: Evaluation | None = None
    health: list[str] = field(default_factory=list)
    rescheduled: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "reviews": self.reviews,
            "items": self.items,
            "parameters": self.parameters,
            "adopted": self.adopted,
            "log_loss": {
                "current": self.current.log_loss if self.current else None,
                "fitted": self.fitted.log_loss if self.fitted else None,
            },
            "rmse_bins": {
                "current": self.current.rmse_bins if self.current else None,
                "fitted": self.fitted.rmse_bins if self.fitted else None,
            },
            "health": self.health,
            "rescheduled": self.rescheduled,
        }


def health_notes(found: History) -> list[str]:
    """What in this history keeps a fit from being trusted."""
    notes: list[str] = []
    if found.reviews < MIN_REVIEWS:
        notes.append(
            f"too little history to fit: {found.reviews} reviews (at least {MIN_REVIEWS} "
            "are needed); keeping the parameters in use"
        )
    if found.reviews >= 50 and not found.ratings.get(1):
        notes.append(
            "Again is never used: a forgotten card must be rated Again, or FSRS cannot "
            "learn how you forget"
        )
    in_review = sum(found.review_state_ratings.values())
    if in_review >= 100:
        hard = found.review_state_ratings.get(2, 0) / in_review
        again = found.review_state_ratings.get(1, 0) / in_review
        if hard >= 0.15 and again < 0.02:
            notes.append(
                f"Hard is given to {hard:.0%} of review cards and Again to {again:.1%}: if "
                "you press Hard when you forgot, FSRS learns that forgotten cards were "
                "remembered; Hard means recalled with effort"
            )
    return notes


def _items(items: Sequence[TrainingItem]) -> tuple[list[Any], list[int]]:
    import fsrs_rs_python as rs

    built = [rs.FSRSItem([rs.FSRSReview(r, d) for r, d in item.reviews]) for item in items]
    return built, [item.card for item in items]


def _fit(items: Sequence[TrainingItem], relearning_steps: int) -> list[float]:
    import fsrs_rs_python as rs

    built, cards = _items(items)
    fitted = rs.FSRS(rs.DEFAULT_PARAMETERS).compute_parameters(
        built, card_ids=cards, enable_short_term=True, num_relearning_steps=relearning_steps
    )
    return [float(v) for v in fitted]


def _evaluate(parameters: Sequence[float], items: Sequence[TrainingItem]) -> Evaluation:
    import fsrs_rs_python as rs

    built, _ = _items(items)
    result = rs.FSRS(list(parameters)).evaluate(built)
    return Evaluation(float(result.log_loss), float(result.rmse_bins))


def evaluate_splits(
    current: Sequence[float], items: Sequence[TrainingItem], relearning_steps: int
) -> tuple[Evaluation, Evaluation]:
    """Time-series splits: (parameters in use, fitted on the past) on each later fold."""
    ordered = sorted(items, key=lambda item: item.at_ms)
    fold = len(ordered) // (SPLITS + 1)
    totals = {"current": [0.0, 0.0], "fitted": [0.0, 0.0]}
    weight = 0
    for split in range(1, SPLITS + 1):
        train = ordered[: split * fold]
        test = ordered[split * fold : (split + 1) * fold if split < SPLITS else len(ordered)]
        if not train or not test:
            continue
        fitted = _fit(train, relearning_steps)
        for name, parameters in (("current", current), ("fitted", fitted)):
            found = _evaluate(parameters, test)
            totals[name][0] += found.log_loss * len(test)
            totals[name][1] += found.rmse_bins * len(test)
        weight += len(test)
    if not weight:
        raise SrsError("too few reviews on separate days to evaluate a fit")
    return (
        Evaluation(totals["current"][0] / weight, totals["current"][1] / weight),
        Evaluation(totals["fitted"][0] / weight, totals["fitted"][1] / weight),
    )


def _in_use(engine: Engine) -> list[float]:
    fitted = current_parameters(engine.db)
    if fitted is not None:
        return list(fitted.values)
    return [float(v) for v in engine.scheduler.parameters]


def optimize(
    engine: Engine, *, dry_run: bool = False, reschedule_cards: bool = False
) -> OptimizeReport:
    """Fit, evaluate, and adopt when better (not with `dry_run`); `reschedule_cards`:
    then replay every card under the parameters in use."""
    config = engine.config
    now = engine.clock.now()
    found = history(engine.db, now, config.tz(), config.day_start)
    notes = health_notes(found)
    in_use = _in_use(engine)
    if found.reviews < MIN_REVIEWS or len(found.items) < SPLITS + 1:
        if found.reviews >= MIN_REVIEWS:
            notes.append(
                f"only {len(found.items)} reviews fall on a later day than the one "
                "before: too few to fit; keeping the parameters in use"
            )
        return OptimizeReport(found.reviews, len(found.items), in_use, False, health=notes)
    steps = len(config.relearning_steps)
    current, fitted_eval = evaluate_splits(in_use, found.items, steps)
    fitted = _fit(found.items, steps)
    better = fitted_eval.log_loss < current.log_loss and fitted_eval.rmse_bins < current.rmse_bins
    rescheduled = 0
    if better and not dry_run:
        with engine.transaction():
            save_parameters(
                engine.db,
                FittedParameters(
                    tuple(fitted),
                    now,
                    found.reviews,
                    len(found.items),
                    fitted_eval.log_loss,
                    fitted_eval.rmse_bins,
                ),
            )
        if reschedule_cards:
            rescheduled = reschedule(engine)
    return OptimizeReport(
        found.reviews,
        len(found.items),
        fitted if better else in_use,
        better and not dry_run,
        current,
        fitted_eval,
        notes,
        rescheduled,
    )


def reschedule(engine: Engine) -> int:
    """Every reviewed card's schedule, replayed from its log under the parameters in use
    (the log is not touched); returns how many cards."""
    with engine.transaction():
        cards = [
            row[0]
            for row in engine.db.execute(
                "SELECT DISTINCT card_id FROM review_log WHERE undone_at IS NULL"
            )
        ]
        replay_cards(engine.db, cards, engine.scheduler, log_states=False)
    return len(cards)


def reset(engine: Engine, *, reschedule_cards: bool = False) -> int:
    """Back to FSRS's default parameters (fits stay on record)."""
    with engine.transaction():
        reset_parameters(engine.db, engine.clock.now())
    return reschedule(engine) if reschedule_cards else 0
