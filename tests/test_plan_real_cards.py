"""`srs plan`'s minimum recommended retention from cards with a real review history (the
simulator starts from each card's stability, difficulty, last review and due day), and
the seeded sample that stands for a large collection."""

from __future__ import annotations

import json
import random
import re
import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import fsrs_rs_python
import pytest
from cli_helpers import srs
from fsrs import Scheduler
from simulated_user import FORGETFUL, simulate

from srs.build import build
from srs.clock import FixedClock
from srs.config import Config
from srs.learn.plan import CardMemory
from srs.learn.retention import SAMPLE, minimum_recommended_retention
from srs.locations import data_dir
from srs.store.engine import Engine

DEFAULTS = list(Scheduler().parameters)


def test_plan_recommends_a_retention_from_the_reviewed_cards(
    bundled_list: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a learner's last 90 days, up to this hour (`srs plan` plans from the real today)
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    build(bundled_list, home=data_dir())
    engine = Engine.open(
        home=data_dir(), config=Config(fuzz=False, timezone="UTC"), clock=FixedClock(now)
    )
    cards = [view.id for view in engine.cards()]
    simulate(engine, cards, true_parameters=FORGETFUL, start=now - timedelta(days=90), days=90)
    engine.close()

    seen: list[tuple[int, int]] = []  # (cards simulated, deck size) of each call
    optimal = fsrs_rs_python.optimal_retention

    def spy(config: Any, parameters: list[float], simulated: list[Any]) -> float:
        assert all(card.stability > 0 and card.last_date <= 0 for card in simulated)
        seen.append((len(simulated), config.deck_size))
        return float(optimal(config, parameters, simulated))

    monkeypatch.setattr(fsrs_rs_python, "optimal_retention", spy)
    text = srs("plan", "--days", "60")
    assert text.returncode == 0, text.stderr
    counts = re.match(r"ai-engineering-2025: (\d+) cards in review, (\d+) new;", text.stdout)
    assert counts is not None, text.stdout
    reviewed, new = int(counts[1]), int(counts[2])
    assert 0 < reviewed <= len(cards) and new == len(cards) - reviewed
    assert seen == [(reviewed, len(cards))]  # every reviewed card, as it stands
    done = srs("plan", "--json", "--days", "60")
    assert done.returncode == 0, done.stderr
    recommended = json.loads(done.stdout)["minimum_recommended_retention"]
    assert isinstance(recommended, float) and 0.7 <= recommended <= 0.99
    assert (
        f"minimum recommended retention: {recommended:.2f} (the most learned per minute)"
        in text.stdout
    )
    assert len(seen) == 2 and seen[1] == seen[0]


def _memories(count: int, seed: int = 3) -> list[CardMemory]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        stability = rng.uniform(1, 90)
        last = -rng.uniform(0, stability)
        out.append(CardMemory(stability, rng.uniform(2, 9), last, max(0, round(last + stability))))
    return out


def _f32(value: float) -> float:
    return float(struct.unpack("f", struct.pack("f", value))[0])


def test_a_large_collection_is_a_seeded_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    cards = _memories(SAMPLE + 500)  # 1,500 reviewed and 500 new: 2,000, twice SAMPLE
    seen: list[tuple[int, int, int, int]] = []
    samples: list[list[float]] = []
    optimal = fsrs_rs_python.optimal_retention

    def spy(config: Any, parameters: list[float], simulated: list[Any]) -> float:
        seen.append((len(simulated), config.deck_size, config.learn_limit, config.review_limit))
        samples.append([card.stability for card in simulated])
        return float(optimal(config, parameters, simulated)) if len(seen) == 1 else 0.9

    monkeypatch.setattr(fsrs_rs_python, "optimal_retention", spy)
    kwargs = {"days": 30, "new_per_day": 20, "reviews_per_day": 400}
    first = minimum_recommended_retention(cards, 500, DEFAULTS, **kwargs)
    # the sample is half of everything: 750 cards, 250 new, half the daily limits
    assert seen == [(750, 1000, 10, 200)]
    assert first is not None and 0.7 <= first <= 0.99
    chosen = set(samples[0])  # cards of the collection, as the simulator's float32 holds them
    assert len(chosen) == 750 and chosen < {_f32(card.stability) for card in cards}
    minimum_recommended_retention(cards, 500, DEFAULTS, **kwargs)
    assert samples[1] == samples[0]  # seeded: the same cards every time
