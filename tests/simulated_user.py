"""A simulated learner whose memory follows FSRS with their own true parameters.

srs schedules the reviews (with the parameters in use); whether each review is
recalled is drawn, with a seeded random generator, from the true memory's
retrievability at that moment. The log goes into srs the way reviews from Anki do
(`Engine.merge_reviews`), so every state is srs's own replay.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from fsrs import Card, Rating, Scheduler

from srs.clock import to_ms
from srs.store.engine import Engine
from srs.store.merge import ForeignReview

#: a learner who forgets far sooner than FSRS's defaults expect (initial stabilities
#: about a third of the defaults', slower growth after a success, a steeper curve)
FORGETFUL = (
    0.1, 0.4, 0.9, 3.0, 6.4133, 0.8334, 3.0194, 0.001, 1.2, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.5,
)  # fmt: skip


def simulate(
    engine: Engine,
    cards: list[str],
    *,
    true_parameters: tuple[float, ...],
    start: datetime,
    days: int,
    seed: int = 7,
    per_day: int = 5,
) -> int:
    """Reviews of `cards` (introduced `per_day` a day) over `days` days; returns how many."""
    rng = random.Random(seed)
    truth = Scheduler(parameters=true_parameters, enable_fuzzing=False)
    srs_side = Scheduler(enable_fuzzing=False)
    end = start + timedelta(days=days)
    log: dict[str, list[ForeignReview]] = {}
    taken: set[int] = set()
    for index, card_id in enumerate(cards):
        when = start + timedelta(days=index // per_day, minutes=rng.randint(0, 600))
        true_card, srs_card = Card(), Card()
        first = True
        while when < end:
            if first:
                rating = rng.choices((1, 2, 3, 4), weights=(2, 1, 6, 1))[0]
                first = False
            else:
                recall = truth.get_card_retrievability(true_card, when)
                rating = 1 if rng.random() > recall else rng.choices((2, 3, 4), (1, 8, 1))[0]
            true_card, _ = truth.review_card(true_card, Rating(rating), when)
            srs_card, _ = srs_side.review_card(srs_card, Rating(rating), when)
            at = to_ms(when)
            while at in taken:
                at += 1
            taken.add(at)
            log.setdefault(card_id, []).append(ForeignReview(at, rating, at, 4000))
            when = srs_card.due + timedelta(minutes=rng.randint(0, 180))
    engine.merge_reviews(log)
    return sum(len(reviews) for reviews in log.values())
