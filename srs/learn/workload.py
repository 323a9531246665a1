"""What `srs plan` reports: the simulated workload at the desired retention and a few
nearby, and the minimum recommended retention (with fsrs-rs-python, when installed)."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from typing import Any

from srs.learn.plan import CardMemory, Plan, load_cards, nearby_retentions, simulate_plan
from srs.store.engine import Engine

__all__ = ["PlanStart", "Workload", "plan_start", "workload"]


@dataclass(frozen=True)
class Workload:
    deck: str
    days: int
    retention: float
    new_per_day: int
    reviewed_cards: int
    new_cards: int
    plans: list[Plan]
    #: None when fsrs-rs-python (the `optimize` extra) is not installed, or when no
    #: card is left to simulate
    minimum_recommended_retention: float | None
    optimizer_installed: bool = True

    @property
    def mine(self) -> Plan:
        return next(p for p in self.plans if abs(p.retention - self.retention) < 1e-9)

    def to_json(self) -> dict[str, Any]:
        return {
            "deck": self.deck,
            "days": self.days,
            "retention": self.retention,
            "new_per_day": self.new_per_day,
            "plans": [plan.to_json() for plan in self.plans],
            "minimum_recommended_retention": self.minimum_recommended_retention,
        }


@dataclass(frozen=True)
class PlanStart:
    """What every simulation of a deck starts from: its cards' memory states, the new
    cards waiting, the parameters and the settings in use (`srs plan`, the statistics
    screen's chart)."""

    cards: list[CardMemory]
    new: int
    parameters: list[float]
    new_per_day: int
    reviews_per_day: int
    maximum_interval: int

    def simulate(self, *, retention: float, days: int, new_per_day: int | None = None) -> Plan:
        """The coming `days` at `retention` (`new_per_day`: default, the setting)."""
        return simulate_plan(
            self.cards,
            self.new,
            self.parameters,
            retention=retention,
            days=days,
            new_per_day=self.new_per_day if new_per_day is None else new_per_day,
            reviews_per_day=self.reviews_per_day,
            maximum_interval=self.maximum_interval,
        )


def plan_start(engine: Engine) -> PlanStart:
    """The engine's deck, as of its clock, ready to simulate."""
    config = engine.config
    cards, new = load_cards(
        engine.db, engine.deck, engine.clock.now(), config.tz(), config.day_start
    )
    return PlanStart(
        cards,
        new,
        list(engine.scheduler.parameters),
        config.new_per_day,
        config.reviews_per_day,
        config.maximum_interval,
    )


def workload(
    engine: Engine,
    *,
    retention: float | None = None,
    new_per_day: int | None = None,
    days: int = 30,
) -> Workload:
    config = engine.config
    start = plan_start(engine)
    target = round(retention or config.desired_retention, 2)
    per_day = config.new_per_day if new_per_day is None else new_per_day
    plans = [
        start.simulate(retention=r, days=days, new_per_day=per_day)
        for r in sorted({*nearby_retentions(target), target})
    ]
    recommended = None
    installed = importlib.util.find_spec("fsrs_rs_python") is not None
    if installed:
        from srs.learn.retention import minimum_recommended_retention

        recommended = minimum_recommended_retention(
            start.cards,
            start.new,
            start.parameters,
            days=days,
            new_per_day=per_day,
            reviews_per_day=config.reviews_per_day,
        )
    return Workload(
        engine.deck,
        days,
        target,
        per_day,
        len(start.cards),
        start.new,
        plans,
        recommended,
        installed,
    )
