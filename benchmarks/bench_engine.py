"""Engine timings on a synthetic collection (N cards, 10 review-log rows per card).

    python benchmarks/bench_engine.py [--cards 10000 100000]

Targets on the 2-core machine, at 100,000 cards and 1,000,000 log rows:
open < 100 ms, queue < 20 ms, review p99 < 5 ms, stats < 500 ms. The answers are timed as
`srs review` gives them: its log held and copied back between answers (`Engine.tidy`).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BUNDLED, report

from srs.clock import FixedClock, to_ms
from srs.config import Config
from srs.store.backup import make_backup
from srs.store.db import db_path, open_db
from srs.store.engine import Engine
from srs.store.rating import Rating
from srs.store.stats import compute_stats
from srs.store.user_day import day_bounds

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
DAY = 86_400_000


def bundled_texts() -> list[tuple[str, str, str, str]]:
    """(kind, front, back, links JSON) of every card of the bundled list."""
    from srs.cards.from_templates import template_cards
    from srs.cards.templates import DEFAULT_PATH, load_templates
    from srs.deck.papers import bundled_facts
    from srs.reading.document import parse_file

    cards = template_cards(parse_file(BUNDLED), load_templates(DEFAULT_PATH), bundled_facts()).cards
    return [
        (c.kind, c.front, c.back, json.dumps([[lk.text, lk.url] for lk in c.links])) for c in cards
    ]


def make_collection(
    home: Path,
    cards: int,
    seed: int = 7,
    backlog: bool = False,
    realistic: bool = False,
    *,
    now: datetime = NOW,
    backup_at: datetime | None = None,
) -> None:
    """A steady-state collection at `now`: due dates spread over the coming months, a
    week of overdue cards. With `backlog`, most review cards are overdue (months away
    from srs). With `realistic`, card text, kinds and links cycle through the bundled
    list's cards (each made unique by a number) instead of short placeholders. Its last
    daily backup is from `backup_at` (default: `now`, so that opening it backs nothing up)."""
    texts = bundled_texts() if realistic else []
    rng = random.Random(seed)
    now_ms = to_ms(now)
    db = open_db(home, now=now)
    sections = [f"Section {i}" for i in range(10)]
    db.execute(
        "INSERT INTO decks (slug, title, sections) VALUES ('bench', 'Benchmark', ?)",
        (json.dumps(sections),),
    )
    rows = []
    for i in range(cards):
        roll = rng.random()
        if roll < 0.25:
            state = due = last = stability = difficulty = step = None
        else:
            state = 2 if roll < 0.95 else 1
            stability = rng.uniform(1, 200)
            difficulty = rng.uniform(1, 10)
            if backlog:
                last = now_ms - rng.randint(1, 300) * DAY
                due = last + int(stability * DAY)
            else:
                due = now_ms + int(rng.uniform(-7, stability) * DAY)
                last = due - int(stability * DAY)
            step = 0 if state == 1 else None
        kind, front, back, links = (
            texts[i % len(texts)]
            if texts
            else ("gist" if i % 2 == 0 else "reverse", f"front {i}", f"back {i}", "[]")
        )
        if texts:
            front, back = f"{front} ({i})", f"{back} ({i})"
        rows.append(
            (
                f"bench|e{i // 2}|{kind}{i}",
                "bench",
                f"e{i // 2}",
                kind,
                front,
                back,
                sections[i % 10],
                links,
                "template",
                f"{i:016x}",
                "[]",
                i,
                now_ms,
                now_ms,
                state,
                step,
                stability,
                difficulty,
                due,
                last,
            )
        )
    with db:
        db.execute("BEGIN")
        db.executemany(
            """INSERT INTO cards (id, deck, entry, kind, front, back, section, links, origin, hash,
               tags, position, added_at, changed_at, state, step, stability, difficulty, due,
               last_review) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            rows,
        )
        reviewed = [r[0] for r in rows if r[14] is not None]
        logs = []
        insert = """INSERT INTO review_log (card_id, deck, entry, rating, reviewed_at,
                    duration_ms, state_before, state_after, before, anki_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
        anki_ids: set[int] = set()  # every review has its own Anki id, as srs writes them
        day_start = to_ms(day_bounds(now, UTC, (4, 0))[0])  # 04:00 UTC, the day's start
        for _ in range(cards * 10):
            card = rng.choice(reviewed)
            # all before today: today's 200 reviews and 20 new cards are still to do
            # (the generator once put 451 review-state reviews on today, so the queue
            # benchmark measured a day whose review limit was already used up)
            when = day_start - rng.randint(1, 730) * DAY + rng.randint(0, DAY - 1)
            rating = rng.choice((1, 3, 3, 3, 4))
            anki_id = when
            while anki_id in anki_ids:
                anki_id += 1
            anki_ids.add(anki_id)
            logs.append(
                (card, "bench", card.split("|")[1], rating, when, 4000, 2, 2, "{}", anki_id)
            )
            if len(logs) >= 100_000:
                db.executemany(insert, logs)
                logs = []
        db.executemany(insert, logs)
    db.execute("ANALYZE")
    # today's backup exists: opening measures opening (unless `backup_at` is older)
    make_backup(db, home, backup_at or now, reason="daily")
    db.close()


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p99(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.99) - 1)]


def run(cards: int, backlog: bool = False) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        t0 = time.perf_counter()
        make_collection(home, cards, backlog=backlog)
        setup_s = time.perf_counter() - t0
        clock = FixedClock(NOW)
        defaults = Config(fuzz=False, timezone="UTC")  # 20 new and 200 reviews a day

        def opener() -> None:
            Engine.open(
                home=home, deck="bench", config=defaults, clock=clock, load_file=False
            ).close()

        open_ms = timed(opener, 10)
        engine = Engine.open(home=home, deck="bench", config=defaults, clock=clock, load_file=False)
        queue_ms = timed(engine.build_queue, 30)  # the day's queue from the database
        queued = engine.build_queue().counts()
        due_today = engine.db.execute(
            "SELECT COUNT(*) FROM cards WHERE state IS NOT NULL AND due < ?",
            (to_ms(NOW) + DAY,),
        ).fetchone()[0]
        engine.close()
        # time 1,000 answers: lift the daily review limit so that many are due
        config = Config(fuzz=False, timezone="UTC", reviews_per_day=100_000)
        engine = Engine.open(home=home, deck="bench", config=config, clock=clock, load_file=False)
        engine.hold_checkpoints()  # as `srs review` does: the log copied back by `tidy`
        targets = engine.queue().review[:1000]
        rng = random.Random(1)
        review_ms = []
        for cid in targets:
            rating = Rating(rng.choice((1, 3, 3, 4)))
            start = time.perf_counter()
            engine.rate(cid, rating, duration_ms=3000)
            review_ms.append((time.perf_counter() - start) * 1000)
            engine.tidy()  # the app's, while the next card is read
            clock.advance(seconds=5)
        undo_ms = timed(engine.undo, 100)
        engine.close()
        engine = Engine.open(home=home, deck="bench", config=defaults, clock=clock, load_file=False)
        stats_ms = timed(lambda: compute_stats(engine), 5)
        logs = engine.db.execute("SELECT COUNT(*) FROM review_log").fetchone()[0]
        engine.close()
        size_mb = db_path(home).stat().st_size / 1e6
    return {
        "cards": cards,
        "collection": "backlog" if backlog else "steady",
        "due_today": due_today,
        "queued": f"{queued.new}+{queued.learning}+{queued.review}",
        "log_rows": logs,
        "db_mb": round(size_mb, 1),
        "setup_s": round(setup_s, 1),
        "open_ms": statistics.median(open_ms),
        "queue_ms": statistics.median(queue_ms),
        "queue_p99_ms": p99(queue_ms),
        "review_p50_ms": statistics.median(review_ms),
        "review_p99_ms": p99(review_ms),
        "reviews_timed": len(review_ms),
        "undo_p50_ms": statistics.median(undo_ms),
        "undo_p99_ms": p99(undo_ms),
        "stats_ms": statistics.median(stats_ms),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--backlog",
        action="store_true",
        help="also measure the largest size with most review cards overdue",
    )
    args = parser.parse_args()
    rows = [run(n) for n in args.cards]
    if args.backlog:
        rows.append(run(max(args.cards), backlog=True))
    report(
        "engine",
        rows,
        [
            "cards",
            "collection",
            "due_today",
            "queued",
            "log_rows",
            "open_ms",
            "queue_ms",
            "queue_p99_ms",
            "review_p50_ms",
            "review_p99_ms",
            "undo_p50_ms",
            "undo_p99_ms",
            "stats_ms",
        ],
    )


if __name__ == "__main__":
    main()
