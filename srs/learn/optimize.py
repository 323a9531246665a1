"""`srs optimize`: FSRS parameters fitted to this user's history, adopted only when
they predict it better.

* Items are built as Anki's FSRS builds them (srs.learn.items).
* Fitting and evaluation are open-spaced-repetition's Rust FSRS (`fsrs-rs-python`,
  the `optimize` extra): the same optimizer Anki runs.
* Evaluation, as the srs-benchmark does it: time-series splits (items sorted by
  time; five folds; parameters fitted on everything before a fold are tested on the
  fold), log loss and RMSE(bins) of the parameters in use and of the fitted ones on
  the same folds, averaged by fold size. The fit on the whole history is adopted
  only when it is better on both. A history of more than `EVAL_ITEMS` items is
  evaluated on a seeded sample of whole cards holding about that many (the final
  fit uses every item).
* Health check: under `MIN_REVIEWS` reviews nothing is fitted (FSRS's defaults, or
  the parameters in use, beat a fit on so little); rating habits that spoil a fit
  are named.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from srs.errors import SrsError
from srs.extras import require_extra
from srs.learn.items import History, TrainingItem, history
from srs.store.engine import Engine
from srs.store.fuzz import make_scheduler
from srs.store.parameters import (
    FittedParameters,
    current_parameters,
    reset_parameters,
    save_parameters,
)
from srs.store.replay import reschedule_all

__all__ = [
    "MIN_REVIEWS",
    "Evaluation",
    "OptimizeReport",
    "Rescheduled",
    "ResetReport",
    "health_notes",
    "optimize",
    "require_fsrs_rs",
    "reschedule",
    "reset",
]

#: below this many reviews nothing is fitted (Anki's own floor for a fit is 400 reviews)
MIN_REVIEWS = 400
SPLITS = 5
#: a larger history is evaluated on a sample of its cards (the fit uses them all)
EVAL_ITEMS = 300_000


def require_fsrs_rs(command: str) -> None:
    require_extra("fsrs_rs_python", command=command, extra="optimize", package="fsrs-rs-python")


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
    #: cards replayed under the fit (with `dry_run`: that would be), and due dates moved
    rescheduled: int = 0
    moved: int = 0
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
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
            "moved": self.moved,
            "dry_run": self.dry_run,
        }


@dataclass(frozen=True)
class Rescheduled:
    cards: int
    moved: int  # due dates that changed


@dataclass(frozen=True)
class ResetReport:
    was_fitted: bool  # fitted parameters were in use
    dry_run: bool
    #: cards replayed under the defaults (with `dry_run`: that would be), due dates moved
    rescheduled: int = 0
    moved: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "reset": not self.dry_run,
            "dry_run": self.dry_run,
            "was_fitted": self.was_fitted,
            "rescheduled": self.rescheduled,
            "moved": self.moved,
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


def _built(items: Sequence[TrainingItem]) -> list[Any]:
    """fsrs-rs-python's items, made once and shared by every split (a card's reviews are
    made once and shared by its items)."""
    import fsrs_rs_python as rs

    review, item_of = rs.FSRSReview, rs.FSRSItem
    made: dict[int, list[Any]] = {}
    out = []
    for item in items:
        reviews = made.get(id(item.log))
        if reviews is None:
            reviews = made[id(item.log)] = [review(r, d) for r, d in item.log]
        out.append(item_of(reviews[: item.length]))
    return out


def _fit(built: Sequence[Any], cards: Sequence[int], relearning_steps: int) -> list[float]:
    import fsrs_rs_python as rs

    try:
        fitted = rs.FSRS(rs.DEFAULT_PARAMETERS).compute_parameters(
            built,
            card_ids=cards,
            enable_short_term=True,
            num_relearning_steps=relearning_steps,
        )
    except (ValueError, RuntimeError) as exc:  # fsrs-rs reports bad data this way
        raise SrsError(f"the FSRS optimizer could not fit this history ({exc})") from None
    return [float(v) for v in fitted]


def _evaluate(parameters: Sequence[float], built: Sequence[Any]) -> Evaluation:
    import fsrs_rs_python as rs

    try:
        result = rs.FSRS(list(parameters)).evaluate(built)
    except (ValueError, RuntimeError) as exc:
        raise SrsError(f"the FSRS optimizer could not evaluate this history ({exc})") from None
    return Evaluation(float(result.log_loss), float(result.rmse_bins))


def evaluate_splits(
    current: Sequence[float], built: Sequence[Any], cards: Sequence[int], relearning_steps: int
) -> tuple[Evaluation, Evaluation]:
    """Time-series splits over `built` (fsrs-rs items in time order, with their cards):
    (parameters in use, fitted on the past) on each later fold."""
    fold = len(built) // (SPLITS + 1)
    totals = {"current": [0.0, 0.0], "fitted": [0.0, 0.0]}
    weight = 0
    bounds = [
        (split * fold, (split + 1) * fold if split < SPLITS else len(built))
        for split in range(1, SPLITS + 1)
        if split * fold > 0
    ]
    for start, end in bounds:
        test = built[start:end]
        fitted = _fit(list(built[:start]), list(cards[:start]), relearning_steps)
        for name, parameters in (("current", current), ("fitted", fitted)):
            found = _evaluate(parameters, list(test))
            totals[name][0] += found.log_loss * len(test)
            totals[name][1] += found.rmse_bins * len(test)
        weight += len(test)
    if not weight:
        raise SrsError("too few reviews on separate days to evaluate a fit")
    return (
        Evaluation(totals["current"][0] / weight, totals["current"][1] / weight),
        Evaluation(totals["fitted"][0] / weight, totals["fitted"][1] / weight),
    )


def _sample(cards: Sequence[int]) -> list[int]:
    """Which items (indexes) the evaluation uses: all, or for a history of more than
    `EVAL_ITEMS` items, those of whole cards drawn with a seeded generator to hold about
    that many (a fair estimate at a third of the cost; the fit uses every item)."""
    if len(cards) <= EVAL_ITEMS:
        return list(range(len(cards)))
    share = EVAL_ITEMS / len(cards)
    rng = random.Random(2024)
    kept = {card for card in sorted(set(cards)) if rng.random() < share}
    return [index for index, card in enumerate(cards) if card in kept]


def _in_use(engine: Engine) -> list[float]:
    fitted = current_parameters(engine.db)
    if fitted is not None:
        return list(fitted.values)
    return [float(v) for v in engine.scheduler.parameters]


def optimize(
    engine: Engine, *, dry_run: bool = False, reschedule_cards: bool = False
) -> OptimizeReport:
    """Fit, evaluate, and adopt when better (not with `dry_run`); `reschedule_cards`:
    and replay every card under the fit, in the same transaction (with `dry_run`:
    only count the due dates that would move)."""
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
    ordered = sorted(found.items, key=lambda item: item.at_ms)
    built, cards = _built(ordered), [item.card for item in ordered]
    kept = _sample(cards)
    current, fitted_eval = evaluate_splits(
        in_use, [built[i] for i in kept], [cards[i] for i in kept], steps
    )
    fitted = _fit(built, cards, steps)
    better = fitted_eval.log_loss < current.log_loss and fitted_eval.rmse_bins < current.rmse_bins
    fitted_parameters = FittedParameters(
        tuple(fitted),
        now,
        found.reviews,
        len(found.items),
        fitted_eval.log_loss,
        fitted_eval.rmse_bins,
    )
    moved = Rescheduled(0, 0)
    if better and dry_run and reschedule_cards:
        scheduler = make_scheduler(config, parameters=fitted_parameters.values)
        moved = Rescheduled(*reschedule_all(engine.db, scheduler, write=False))
    elif better and not dry_run:
        with engine.transaction():  # the fit and the schedules it gives: both or neither
            save_parameters(engine.db, fitted_parameters)
            if reschedule_cards:
                moved = reschedule(engine)
    return OptimizeReport(
        found.reviews,
        len(found.items),
        fitted if better else in_use,
        better and not dry_run,
        current,
        fitted_eval,
        notes,
        moved.cards,
        moved.moved,
        dry_run,
    )


def reschedule(engine: Engine) -> Rescheduled:
    """Every reviewed card's schedule, replayed from its log under the parameters in use
    (the log is not touched), inside the caller's transaction."""
    return Rescheduled(*reschedule_all(engine.db, engine.scheduler))


def reset(engine: Engine, *, reschedule_cards: bool = False, dry_run: bool = False) -> ResetReport:
    """Back to FSRS's default parameters (fits stay on record); `reschedule_cards`: and
    every card replayed under them, in the same transaction. `dry_run`: only count what
    would change; nothing is written."""
    was_fitted = current_parameters(engine.db) is not None
    if dry_run:
        moved = Rescheduled(0, 0)
        if reschedule_cards:
            defaults = make_scheduler(engine.config)
            moved = Rescheduled(*reschedule_all(engine.db, defaults, write=False))
        return ResetReport(was_fitted, True, moved.cards, moved.moved)
    with engine.transaction():  # the reset and the schedules it gives: both or neither
        reset_parameters(engine.db, engine.clock.now())
        moved = reschedule(engine) if reschedule_cards else Rescheduled(0, 0)
    return ResetReport(was_fitted, False, moved.cards, moved.moved)
