"""A reviewer process for the crash and concurrency tests.

    python tests/reviewer.py HOME COUNT SEED

Reviews COUNT cards (0: forever) on a fixed clock that moves a minute per
answer, printing "ack <log id>" after each review is committed.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

from srs.clock import FixedClock
from srs.config import Config
from srs.store.engine import Engine
from srs.store.rating import Rating


def main() -> None:
    home, count, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    clock = FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    config = Config(fuzz=False, timezone="UTC", new_per_day=9999, reviews_per_day=99999)
    engine = Engine.open(home=home, deck="small", config=config, clock=clock)
    done = 0
    while count == 0 or done < count:
        card = engine.next_card()
        if card is None:
            clock.advance(days=1)
            continue
        result = engine.rate(card.id, Rating(rng.randint(1, 4)), duration_ms=rng.randint(500, 9000))
        print(f"ack {result.log_id}", flush=True)
        done += 1
        clock.advance(minutes=1)
    engine.close()


if __name__ == "__main__":
    main()
