"""FSRS's fuzz, drawn per card and review instead of from the `random` module.

py-fsrs spreads a review interval over a small range (its `FUZZ_RANGES`: about
±15 % of a short interval, ±5 % of a long one; under 2.5 days none) with the global
`random.random()`, so replaying the same log twice gives other due dates. srs draws
the same fuzz from a generator seeded with the card's id and the time of the review
that set the interval (Anki seeds its fuzz from the card id and its review count):
a card answered, replayed after a sync or rescheduled under the same parameters
lands on the same day every time, and cards reviewed together still spread out.
"""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta
from typing import Any

from fsrs import Card as FsrsCard
from fsrs import Rating as FsrsRating
from fsrs import ReviewLog, Scheduler, State
from fsrs.scheduler import FUZZ_RANGES

from srs.clock import to_ms
from srs.config import Config

__all__ = [
    "SeededFuzzScheduler",
    "fsrs_card_id",
    "fuzz_range",
    "fuzzed_days",
    "make_scheduler",
]


def fsrs_card_id(card_id: str) -> int:
    """The integer py-fsrs's `Card.card_id` holds for srs's card `card_id` (the fuzz's seed)."""
    digest = hashlib.blake2b(card_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1  # a positive 63-bit integer


def fuzz_range(interval_days: int, maximum_interval: int) -> tuple[int, int]:
    """The days FSRS's fuzz could give an interval (py-fsrs's own bounds)."""
    delta = 1.0
    for fuzz in FUZZ_RANGES:
        delta += fuzz["factor"] * max(min(float(interval_days), fuzz["end"]) - fuzz["start"], 0.0)
    low = max(2, round(interval_days - delta))
    high = min(round(interval_days + delta), maximum_interval)
    return min(low, high), high


def fuzzed_days(interval_days: int, maximum_interval: int, card: int, reviewed_ms: int) -> int:
    """`interval_days` fuzzed as py-fsrs fuzzes it, with the draw seeded by the card
    (`fsrs_card_id`) and the review's time."""
    if interval_days < 3:  # py-fsrs: no fuzz under 2.5 days
        return interval_days
    low, high = fuzz_range(interval_days, maximum_interval)
    draw = random.Random(f"{card}:{reviewed_ms}").random()
    return min(round(draw * (high - low + 1) + low), maximum_interval)


class SeededFuzzScheduler(Scheduler):
    """py-fsrs's `Scheduler` with its fuzz seeded per card and review (`fuzzed_days`);
    `seeded_fuzz=False`: no fuzz at all. Cards must carry `fsrs_card_id` as their id."""

    def __init__(self, *, seeded_fuzz: bool, **settings: Any) -> None:
        super().__init__(**settings, enable_fuzzing=False)
        self.seeded_fuzz = seeded_fuzz

    def review_card(
        self,
        card: FsrsCard,
        rating: FsrsRating,
        review_datetime: datetime | None = None,
        review_duration: int | None = None,
    ) -> tuple[FsrsCard, ReviewLog]:
        card, log = super().review_card(card, rating, review_datetime, review_duration)
        return self.seeded(card), log

    def seeded(self, card: FsrsCard) -> FsrsCard:
        """`card` as py-fsrs's unfuzzed answer left it, with this scheduler's fuzz
        (changed in place)."""
        if self.seeded_fuzz and card.state == State.Review and card.last_review is not None:
            # py-fsrs's review interval is whole days: due - last review, unfuzzed
            days = (card.due - card.last_review).days
            fuzzed = fuzzed_days(days, self.maximum_interval, card.card_id, to_ms(card.last_review))
            card.due = card.last_review + timedelta(days=fuzzed)
        return card


def make_scheduler(
    config: Config,
    *,
    fuzz: bool | None = None,
    parameters: tuple[float, ...] | None = None,
    desired_retention: float | None = None,
) -> SeededFuzzScheduler:
    """py-fsrs's scheduler for these settings, its fuzz seeded per card and review;
    `parameters`: fitted ones (default: FSRS's)."""
    extra = {"parameters": parameters} if parameters is not None else {}
    return SeededFuzzScheduler(
        **extra,
        desired_retention=desired_retention or config.desired_retention,
        learning_steps=config.learning_steps,
        relearning_steps=config.relearning_steps,
        maximum_interval=config.maximum_interval,
        seeded_fuzz=config.fuzz if fuzz is None else fuzz,
    )
