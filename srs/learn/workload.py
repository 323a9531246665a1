"""What `srs plan` reports: the simulated workload at the desired retention and a few
nearby, and the minimum recommended retention (with fsrs-rs-python, when installed);
with `entries_per_week`, new cards arrive as entries are read (srs.learn.reading_pace)."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from typing import Any

from srs.learn.plan import CardMemory, Plan, load_cards, nearby_retentions, simulate_plan
from srs.learn.reading_pace import ReadingPace, reading_pace
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
    #: the reading the plan assumes (`entries_per_week`); None: every new card waits now
    reading: ReadingPace | None = None

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
            "entries_per_week": None if self.reading is None else self.reading.entries_per_week,
            "entries_read": None if self.reading is None else self.reading.entries_read,
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

    def simulate(
        self,
        *,
        retention: float,
        days: int,
        new_per_day: int | None = None,
        reading: ReadingPace | None = None,
    ) -> Plan:
        """The coming `days` at `retention` (`new_per_day`: default, the setting;
        `reading`: new cards come as entries are read, not all at once)."""
        return simulate_plan(
            self.cards,
            self.new if reading is None else reading.ready,
            self.parameters,
            retention=retention,
            days=days,
            new_per_day=self.new_per_day if new_per_day is None else new_per_day,
            reviews_per_day=self.reviews_per_day,
            maximum_interval=self.maximum_interval,
            arrivals=() if reading is None else reading.arrivals,
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
    entries_per_week: int | None = None,
) -> Workload:
    config = engine.config
    start = plan_start(engine)
    reading = None if entries_per_week is None else reading_pace(engine, entries_per_week, days)
    target = round(retention or config.desired_retention, 2)
    per_day = config.new_per_day if new_per_day is None else new_per_day
    plans = [
        start.simulate(retention=r, days=days, new_per_day=per_day, reading=reading)
        for r in sorted({*nearby_retentions(target), target})
    ]
    # the minimum recommended retention takes the new cards as waiting from the start:
    # with reading, those that come within the days planned
    new = start.new if reading is None else reading.ready + reading.arriving
    recommended = None
    installed = importlib.util.find_spec("fsrs_rs_python") is not None
    if installed:
        from srs.learn.retention import minimum_recommended_retention

        recommended = minimum_recommended_retention(
            start.cards,
            new,
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
        reading,
    )
