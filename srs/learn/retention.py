"""The minimum recommended retention: the desired retention that teaches the most for
the least time, as Anki's "compute minimum recommended retention" finds it
(fsrs-rs-python's `optimal_retention`, a simulation over the cards' real states).

Large collections are represented by a seeded random sample of `SAMPLE` cards (the
optimum depends on the ratio of time to memories, not on the deck's size), so the
answer takes a second or two at any size.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from srs.learn.plan import CardMemory

__all__ = ["SAMPLE", "minimum_recommended_retention"]

SAMPLE = 1000


def minimum_recommended_retention(
    cards: Sequence[CardMemory],
    new_cards: int,
    parameters: Sequence[float],
    *,
    days: int,
    new_per_day: int,
    reviews_per_day: int,
    seed: int = 2024,
) -> float | None:
    """None when there is nothing to simulate (every card suspended or retired)."""
    import fsrs_rs_python as rs

    total = len(cards) + new_cards
    if total == 0:
        return None
    chosen = list(cards)
    scale = 1.0
    if total > SAMPLE:
        scale = SAMPLE / total
        chosen = random.Random(seed).sample(chosen, round(len(cards) * scale))
    config = rs.default_simulator_config()
    config.deck_size = len(chosen) + round(new_cards * scale)
    config.learn_span = max(1, days)
    config.learn_limit = max(1, round(new_per_day * scale))
    config.review_limit = max(1, round(reviews_per_day * scale))
    simulated = []
    for index, card in enumerate(chosen):
        item = rs.Card()
        item.id = index
        item.stability = card.stability
        item.difficulty = card.difficulty
        item.last_date = card.last_day
        item.due = float(card.due_day)
        item.interval = max(1.0, card.due_day - card.last_day)
        item.lapses = 0
        item.desired_retention = 0.9
        simulated.append(item)
    return round(float(rs.optimal_retention(config, list(parameters), simulated)), 3)
