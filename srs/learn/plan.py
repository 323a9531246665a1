"""`srs plan`: the coming days' workload, simulated from the cards' real memory states.

Each reviewed card starts from its own stability, difficulty, last review and due
date; new cards come in at `new_per_day`, from those waiting and, when the plan reads
entries (`srs plan --entries-per-week`, srs.learn.reading_pace), from those that
arrive as their entries are read. Every day, each due card is recalled with
the probability FSRS gives it (its retrievability), drawn from a seeded generator,
rated as users rate (Anki's simulator defaults: Hard, Good, Easy shares of
successes, the first rating of new cards), updated with the FSRS-6 formulas and the
parameters in use, and scheduled at the desired retention. Seconds per answer are
Anki's simulator defaults by state and rating (srs does not know your pace yet).
Learning steps are folded into the day a card is answered (their cost counts, they
take no extra day), as FSRS's long-term model does; the review limit applies.

Pure Python, no extra package: the review app's statistics chart uses it too. The
minimum recommended retention comes from fsrs-rs-python (`srs.learn.retention`).
"""

from __future__ import annotations

import math
import random
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from srs.store.learning_data import card_schedules
from srs.store.user_day import DayCounter

__all__ = [
    "CardMemory",
    "DayPlan",
    "Plan",
    "load_cards",
    "nearby_retentions",
    "next_memory",
    "simulate_plan",
]

#: Anki's simulator defaults (fsrs-rs `default_simulator_config`)
FIRST_RATING = (0.24, 0.094, 0.495, 0.171)  # Again, Hard, Good, Easy of a new card
SUCCESS_RATING = (0.224, 0.631, 0.145)  # Hard, Good, Easy of a recalled card
#: seconds per answer: rows learning, review, relearning; columns Again..Easy
COSTS = (
    (19.58, 18.79, 13.78, 10.71),
    (19.38, 17.59, 12.38, 8.94),
    (16.44, 15.25, 12.32, 8.03),
)


@dataclass(frozen=True)
class CardMemory:
    stability: float
    difficulty: float
    last_day: float  # days since the last review, negative (relative to today)
    due_day: int  # days from today (0: today or overdue)


@dataclass
class DayPlan:
    reviews: int = 0
    new: int = 0
    seconds: float = 0.0

    @property
    def minutes(self) -> float:
        return self.seconds / 60


@dataclass
class Plan:
    retention: float
    days: list[DayPlan] = field(default_factory=list)
    #: expected cards remembered at the end (sum of retrievabilities)
    memorized: float = 0.0

    @property
    def total_reviews(self) -> int:
        return sum(day.reviews + day.new for day in self.days)

    @property
    def total_minutes(self) -> float:
        return sum(day.minutes for day in self.days)

    def to_json(self) -> dict[str, Any]:
        return {
            "retention": self.retention,
            "reviews_per_day": [day.reviews + day.new for day in self.days],
            "new_per_day": [day.new for day in self.days],
            "minutes_per_day": [round(day.minutes, 1) for day in self.days],
            "total_reviews": self.total_reviews,
            "total_minutes": round(self.total_minutes, 1),
            "memorized": round(self.memorized, 1),
        }


def load_cards(
    db: sqlite3.Connection, deck: str, now: datetime, tz: tzinfo, starts_at: tuple[int, int]
) -> tuple[list[CardMemory], int]:
    """The deck's reviewed cards as memory states, and how many new cards wait (not
    suspended, not retired)."""
    days = DayCounter(now, tz, starts_at)
    now_ms = int(now.timestamp() * 1000)
    cards: list[CardMemory] = []
    new = 0
    for state, stability, difficulty, due, last in card_schedules(db, deck):
        if state is None:
            new += 1
            continue
        if stability is None or difficulty is None or due is None or last is None:
            continue  # no memory state to start from
        elapsed = (now_ms - last) / 86_400_000
        cards.append(CardMemory(stability, difficulty, -elapsed, max(0, days.offset(due))))
    return cards, new


def nearby_retentions(retention: float) -> list[float]:
    """The retention in use and a few around it, within 0.70-0.97."""
    around = {round(retention + step, 2) for step in (-0.05, -0.02, 0.0, 0.02, 0.04)}
    return sorted(r for r in around if 0.70 <= r <= 0.97)


def next_memory(
    w: Sequence[float], s: float, d: float, recall: float, rating: int
) -> tuple[float, float]:
    """FSRS-6's stability and difficulty after a review on a later day (py-fsrs's
    formulas: `Scheduler._next_stability`, `_next_difficulty`)."""
    if rating == 1:
        long_term = w[11] * d ** -w[12] * ((s + 1) ** w[13] - 1) * math.exp((1 - recall) * w[14])
        s = min(long_term, s / math.exp(w[17] * w[18]))
    else:
        bonus = w[15] if rating == 2 else w[16] if rating == 4 else 1.0
        s = s * (
            1 + math.exp(w[8]) * (11 - d) * s ** -w[9] * (math.exp((1 - recall) * w[10]) - 1)
            * bonus
        )  # fmt: skip
    easy_d0 = w[4] - math.exp(w[5] * 3) + 1
    d = d - w[6] * (rating - 3) * (10 - d) / 9
    d = min(10.0, max(1.0, w[7] * easy_d0 + (1 - w[7]) * d))
    return max(s, 0.001), d


def simulate_plan(
    cards: Sequence[CardMemory],
    new_cards: int,
    parameters: Sequence[float],
    *,
    retention: float,
    days: int,
    new_per_day: int,
    reviews_per_day: int,
    maximum_interval: int = 36500,
    seed: int = 2024,
    arrivals: Sequence[int] = (),
) -> Plan:
    """Simulate `days` days from today (see the module's notes); `arrivals`: new cards
    that join those waiting on each day (day 0 first), as their entries are read."""
    w = list(parameters)
    decay = -w[20]
    factor = 0.9 ** (1 / decay) - 1
    interval_scale = (retention ** (1 / decay) - 1) / factor
    rng = random.Random(seed)
    rand = rng.random

    stability = [c.stability for c in cards]
    difficulty = [c.difficulty for c in cards]
    last = [c.last_day for c in cards]
    buckets: list[list[int]] = [[] for _ in range(days)]
    for index, card in enumerate(cards):
        if card.due_day < days:
            buckets[card.due_day].append(index)
    plan = Plan(retention)
    waiting = new_cards
    success_edges = (SUCCESS_RATING[0], SUCCESS_RATING[0] + SUCCESS_RATING[1])
    first_edges = (
        FIRST_RATING[0],
        FIRST_RATING[0] + FIRST_RATING[1],
        FIRST_RATING[0] + FIRST_RATING[1] + FIRST_RATING[2],
    )

    def schedule(index: int, today: int) -> None:
        ivl = max(1, min(maximum_interval, round(stability[index] * interval_scale)))
        if today + ivl < days:
            buckets[today + ivl].append(index)

    for today in range(days):
        day = DayPlan()
        due = buckets[today]
        if len(due) > reviews_per_day:  # the rest waits for tomorrow
            if today + 1 < days:
                buckets[today + 1].extend(due[reviews_per_day:])
            due = due[:reviews_per_day]
        for index in due:
            s = stability[index]
            recall = (1 + factor * max(0.0, today - last[index]) / s) ** decay
            if rand() < recall:
                roll = rand()
                rating = 2 if roll < success_edges[0] else 3 if roll < success_edges[1] else 4
                day.seconds += COSTS[1][rating - 1]
            else:
                rating = 1
                day.seconds += COSTS[1][0] + COSTS[2][2]  # the lapse and its relearning step
            stability[index], difficulty[index] = next_memory(
                w, s, difficulty[index], recall, rating
            )
            last[index] = today
            schedule(index, today)
        day.reviews = len(due)
        if today < len(arrivals):
            waiting += arrivals[today]
        for _ in range(min(new_per_day, waiting)):
            waiting -= 1
            roll = rand()
            rating = (
                1
                if roll < first_edges[0]
                else 2
                if roll < first_edges[1]
                else (3 if roll < first_edges[2] else 4)
            )
            stability.append(max(w[rating - 1], 0.001))
            difficulty.append(min(10.0, max(1.0, w[4] - math.exp(w[5] * (rating - 1)) + 1)))
            last.append(float(today))
            day.seconds += COSTS[0][rating - 1] + (COSTS[0][2] if rating == 1 else 0.0)
            day.new += 1
            schedule(len(stability) - 1, today)
        plan.days.append(day)
    end = days
    plan.memorized = sum(
        (1 + factor * max(0.0, end - last[i]) / stability[i]) ** decay for i in range(len(last))
    )
    return plan
