"""Time `srs optimize` (FSRS parameters fitted to the review log, with evaluation).

    python benchmarks/bench_learn.py [--cards 100000]

Targets: `srs optimize` on 100,000 cards with 1,000,000 reviews in under 10 s;
`srs plan --days 365` in under 5 s. The synthetic log is the engine benchmark's (ten
reviews per card over two years, ratings 1/3/3/3/4). Timed: the whole of what the
commands run — for optimize (as `--dry-run`): items built from the log, five
time-series splits (a fit on each past, both parameter sets evaluated on each fold),
the fit on the whole history; for plan: the cards' memory states loaded, five
retentions simulated for 365 days, the minimum recommended retention. Each size
runs in its own process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import report
from bench_engine import NOW, make_collection

from srs.clock import FixedClock
from srs.config import Config
from srs.store.engine import Engine


def one(cards: int) -> dict[str, object]:
    from srs.learn.items import history
    from srs.learn.optimize import optimize
    from srs.learn.workload import workload

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        make_collection(home, cards)
        config = Config(fuzz=False, timezone="UTC")
        engine = Engine.open(
            home=home, deck="bench", config=config, clock=FixedClock(NOW), load_file=False
        )
        start = time.perf_counter()
        history(engine.db, NOW, config.tz(), config.day_start)
        items_s = time.perf_counter() - start
        start = time.perf_counter()
        result = optimize(engine, dry_run=True)
        seconds = time.perf_counter() - start
        start = time.perf_counter()
        planned = workload(engine, days=365)
        plan_s = time.perf_counter() - start
        engine.close()
    return {
        "cards": cards,
        "reviews": result.reviews,
        "items": result.items,
        "optimize_s": round(seconds, 2),
        "items_s": round(items_s, 2),
        "plan_365_s": round(plan_s, 2),
        "plan_reviews": planned.mine.total_reviews,
        "better": bool(
            result.fitted and result.current and result.fitted.log_loss < result.current.log_loss
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, nargs="+", default=[100_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    rows = []
    for n in args.cards:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], check=True, capture_output=True, text=True
        ).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    report(
        "learn",
        rows,
        [
            "cards",
            "reviews",
            "items",
            "optimize_s",
            "items_s",
            "better",
            "plan_365_s",
            "plan_reviews",
        ],
    )


if __name__ == "__main__":
    main()
