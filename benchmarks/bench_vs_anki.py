"""srs and Anki's own engine (the `anki` package, its Rust backend) side by side.

    python benchmarks/bench_vs_anki.py [--cards 20000 100000] [--trials 3] [--json]

Builds the same collection twice — for srs and as an Anki collection — from one
seeded generator: the same cards (a quarter new, the rest in review or learning),
the same FSRS memory states and due dates, ten review-log rows per card, FSRS on,
20 new cards and 200 reviews a day. Then, in fresh processes, alternating srs and
anki, each trial measures on a pristine copy:

  open      open the collection
  queue     the first queue of the day (srs: built from the database; anki: the
            first get_queued_cards)
  next_ready_p50 / _p99   a rating → the next card ready with its four interval
            previews (srs: rate, queue, next_card, preview; anki: build_answer,
            answer_card, get_queued_cards, describe_next_states), over 200 answers;
            each engine works as its app uses it: srs does between answers what
            `srs review` does while a card is read (`tidy`: the log copied back each
            16 answers; `next_card_after`: the likely next card's next states), anki
            checkpoints inside a commit each 1,000 pages (SQLite's default) and computes
            the next card's states in `get_queued_cards`
  stats     srs's statistics vs Anki's graphs for 31 days
  export    the whole deck as an .apkg (srs: its export; anki: export_anki_package)
  rss       peak resident memory at the first card (a fresh process)

Each size (`--cards`, one or more) is built and measured in turn. It prints one JSON
line — {"benchmark": "vs_anki", "results": [one per size: {"cards", "trials", "srs":
{...}, "anki": {...}, "spread": {...}, "ratios": {"open", "queue", "next_ready_p50",
"next_ready_p99", "stats", "export_s", "export_mb", "rss"}}]} (srs ÷ anki, medians of
the trials of that one run) — and a table with the sizes side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
DAY_MS = 86_400_000
ANSWERS = 200
METRICS = ("open", "queue", "next_ready_p50", "next_ready_p99", "stats", "export_s", "export_mb")


# -- one collection, two formats ---------------------------------------------------


def specs(cards: int, seed: int = 11) -> tuple[list[dict[str, Any]], list[tuple[int, int, int]]]:
    """Cards (state, memory, due, last review) and review-log rows (card, time ms, rating)."""
    rng = random.Random(seed)
    now_ms = int(NOW.timestamp() * 1000)
    day_start = now_ms - 8 * 3_600_000  # 04:00 UTC today
    out = []
    for i in range(cards):
        roll = rng.random()
        card: dict[str, Any] = {"i": i, "front": f"Question {i}?", "back": f"Answer {i}."}
        if roll < 0.25:
            card["state"] = None
        else:
            stability = rng.uniform(1, 200)
            card.update(
                state=2 if roll < 0.98 else 1,
                stability=stability,
                difficulty=rng.uniform(1, 10),
            )
            due = now_ms + int(rng.uniform(-7, stability) * DAY_MS)
            if card["state"] == 1:
                due = now_ms + rng.randint(-600_000, 3_600_000)
            card["due"] = due
            card["last"] = min(due - int(stability * DAY_MS), day_start - DAY_MS)
        out.append(card)
    reviewed = [c["i"] for c in out if c["state"] is not None]
    logs = []
    for n in range(cards * 10):
        cid = rng.choice(reviewed)
        # every past review happened before today: today's limits are all still there
        when = day_start - rng.randint(1, 730) * DAY_MS + rng.randint(0, DAY_MS - 1)
        logs.append((cid, when * 1000 + n % 1000, rng.choice((1, 3, 3, 3, 4))))
    return out, logs


def _anki_ids(logs: list[tuple[int, int, int]]) -> list[int]:
    """Each review's Anki id as srs gives it (srs.store.review_log.free_anki_id): its
    millisecond, or the first free one after it (ids are unique in a collection)."""
    used: set[int] = set()
    ids = []
    for _, stamp, _ in logs:
        anki_id = stamp // 1000  # the review's millisecond (`reviewed_at`)
        while anki_id in used:
            anki_id += 1
        used.add(anki_id)
        ids.append(anki_id)
    return ids


def build_srs(home: Path, cards: list[dict[str, Any]], logs: list[tuple[int, int, int]]) -> None:
    from srs.store.backup import make_backup
    from srs.store.db import open_db

    db = open_db(home, now=NOW)
    db.execute("INSERT INTO decks (slug, title, sections) VALUES ('bench', 'Bench', '[\"S\"]')")
    now_ms = int(NOW.timestamp() * 1000)
    rows = [
        (
            f"bench|e{c['i']}|basic",
            "bench",
            f"e{c['i']}",
            "basic",
            c["front"],
            c["back"],
            "S",
            "[]",
            "template",
            f"{c['i']:016x}",
            "[]",
            c["i"],
            c["i"],
            now_ms,
            now_ms,
            c["state"],
            0 if c["state"] == 1 else None,
            c.get("stability"),
            c.get("difficulty"),
            c.get("due"),
            c.get("last"),
        )
        for c in cards
    ]
    with db:
        db.execute("BEGIN")
        db.executemany(
            """INSERT INTO cards (id, deck, entry, kind, front, back, section, links, origin,
               hash, tags, position, new_order, added_at, changed_at, state, step, stability,
               difficulty, due, last_review) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            rows,
        )
        db.executemany(
            """INSERT INTO review_log (card_id, deck, entry, rating, reviewed_at, duration_ms,
               state_before, state_after, before, anki_id)
               VALUES (?, 'bench', ?, ?, ?, 4000, 2, 2, '{}', ?)""",
            (
                (f"bench|e{c}|basic", f"e{c}", r, w // 1000, anki_id)
                for (c, w, r), anki_id in zip(logs, _anki_ids(logs), strict=True)
            ),
        )
    db.execute("ANALYZE")
    make_backup(db, home, NOW, reason="daily")  # today's backup exists: open measures open
    db.close()


def build_anki(path: Path, cards: list[dict[str, Any]], logs: list[tuple[int, int, int]]) -> None:
    from anki.collection import Collection

    col = Collection(str(path))
    col.set_config("fsrs", True)
    decks: Any = col.decks
    conf = decks.config_dict_for_deck_id(1)
    conf["new"]["perDay"] = 20
    conf["rev"]["perDay"] = 200
    decks.update_config(conf)
    model = col.models.by_name("Basic")
    assert model is not None
    today = col.sched.today  # review dues are days since the collection's creation
    now_s = int(NOW.timestamp())
    notes, anki_cards = [], []
    for c in cards:
        nid = cid = 1_600_000_000_000 + c["i"]
        flds = f"{c['front']}\x1f{c['back']}"
        notes.append((nid, f"g{c['i']}", model["id"], now_s, -1, "", flds, c["front"], 0, 0, ""))
        if c["state"] is None:
            ctype = queue = 0
            due, ivl, data = c["i"], 0, ""
        else:
            memory = json.dumps({"s": c["stability"], "d": c["difficulty"], "dr": 0.9})
            ivl = max(1, round(c["stability"]))
            data = memory
            if c["state"] == 2:
                ctype = queue = 2
                due = today + (c["due"] - int(NOW.timestamp() * 1000)) // DAY_MS
            else:
                ctype = queue = 1
                due = c["due"] // 1000
        anki_cards.append(
            (cid, nid, 1, 0, now_s, -1, ctype, queue, due, ivl, 2500, 10, 1, 0, 0, 0, 0, data)
        )
    db: Any = col.db
    db.executemany("INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)", notes)
    db.executemany("INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", anki_cards)
    db.executemany(
        "INSERT INTO revlog VALUES (?,?,?,?,?,?,?,?,?)",
        ((w, 1_600_000_000_000 + c, -1, r, 10, 5, 2500, 4000, 1) for c, w, r in logs),
    )
    col.fix_integrity()  # "Check Database": checksums and sort fields of the rows written
    col.close()


# -- trials, each in a fresh process ---------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, it starts afresh at
    exec, so the parent that spawned the trial does not count)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def trial_srs(home: Path, out: Path) -> dict[str, float]:
    from srs.clock import FixedClock
    from srs.config import Config
    from srs.store.engine import Engine
    from srs.store.rating import Rating

    clock = FixedClock(NOW)
    config = Config(fuzz=False, timezone="UTC")
    result: dict[str, float] = {}
    t = time.perf_counter()
    engine = Engine.open(home=home, deck="bench", config=config, clock=clock, load_file=False)
    engine.hold_checkpoints()  # as `srs review` does: the log is copied back by `tidy`
    result["open"] = time.perf_counter() - t
    t = time.perf_counter()
    card = engine.next_card()
    assert card is not None
    engine.preview(card.id)
    result["queue"] = time.perf_counter() - t
    result["rss"] = peak_rss_mb()
    rng = random.Random(3)
    ready = []
    for _ in range(ANSWERS):
        t = time.perf_counter()
        engine.rate(card.id, Rating(rng.choice((1, 3, 3, 4))), duration_ms=3000)
        card = engine.next_card()
        if card is None:
            break
        engine.preview(card.id)
        ready.append(time.perf_counter() - t)
        # the review app's work while a card is read, not on the key: the log copied
        # back each few answers, the likely next card's four next states computed
        engine.tidy()
        engine.next_card_after(card)
        clock.advance(seconds=5)
    result["next_ready_p50"] = statistics.median(ready)
    result["next_ready_p99"] = sorted(ready)[int(len(ready) * 0.99) - 1]
    from srs.store.stats import compute_stats

    t = time.perf_counter()
    compute_stats(engine)
    result["stats"] = time.perf_counter() - t
    from srs.anki.export import export_deck

    t = time.perf_counter()
    export_deck(engine, out, progress=False)
    result["export_s"] = time.perf_counter() - t
    result["export_mb"] = out.stat().st_size / 1e6
    engine.close()
    return result


def trial_anki(path: Path, out: Path) -> dict[str, float]:
    from anki.collection import Collection, ExportAnkiPackageOptions
    from anki.scheduler_pb2 import CardAnswer

    result: dict[str, float] = {}
    t = time.perf_counter()
    col = Collection(str(path))
    sched: Any = col.sched  # the v3 scheduler (typed as a union with a dummy)
    result["open"] = time.perf_counter() - t
    t = time.perf_counter()
    queued = sched.get_queued_cards()
    top = queued.cards[0]
    sched.describe_next_states(top.states)
    result["queue"] = time.perf_counter() - t
    result["rss"] = peak_rss_mb()
    rng = random.Random(3)
    ratings = {1: CardAnswer.AGAIN, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}
    ready = []
    from anki.cards import Card

    for _ in range(ANSWERS):
        t = time.perf_counter()
        card = Card(col)
        card._load_from_backend_card(top.card)
        card.start_timer()
        answer = sched.build_answer(
            card=card, states=top.states, rating=ratings[rng.choice((1, 3, 3, 4))]
        )
        sched.answer_card(answer)
        queued = sched.get_queued_cards()
        if not queued.cards:
            break
        top = queued.cards[0]
        sched.describe_next_states(top.states)
        ready.append(time.perf_counter() - t)
    result["next_ready_p50"] = statistics.median(ready)
    result["next_ready_p99"] = sorted(ready)[int(len(ready) * 0.99) - 1]
    t = time.perf_counter()
    col._backend.graphs(search="", days=31)
    result["stats"] = time.perf_counter() - t
    t = time.perf_counter()
    col.export_anki_package(
        out_path=str(out),
        options=ExportAnkiPackageOptions(with_scheduling=True, with_media=False),
        limit=None,
    )
    result["export_s"] = time.perf_counter() - t
    result["export_mb"] = out.stat().st_size / 1e6
    col.close()
    return result


def run_trial(kind: str, base: Path, work: Path) -> dict[str, float]:
    """One trial in a fresh process, on a fresh copy of the collection."""
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(base, work)
    done = subprocess.run(
        [sys.executable, __file__, "--trial", kind, "--dir", str(work)],
        capture_output=True,
        text=True,
        env={**os.environ, "SRS_HOME": str(work / "srs")},
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} trial failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def measure(cards_n: int, trials: int) -> dict[str, Any]:
    """One size: both collections built, then `trials` trials of each, alternating."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        (base / "srs").mkdir(parents=True)
        (base / "anki").mkdir()
        cards, logs = specs(cards_n)
        os.environ["SRS_HOME"] = str(base / "srs")
        build_srs(base / "srs", cards, logs)
        build_anki(base / "anki" / "collection.anki2", cards, logs)
        runs: dict[str, list[dict[str, float]]] = {"srs": [], "anki": []}
        for _ in range(trials):
            for kind in ("srs", "anki"):  # alternating, each in a fresh process
                runs[kind].append(run_trial(kind, base, Path(tmp) / "trial"))
    med = {
        kind: {key: statistics.median(r[key] for r in found) for key in (*METRICS, "rss")}
        for kind, found in runs.items()
    }
    ratios = {
        key: med["srs"][key] / med["anki"][key] if med["anki"][key] else None
        for key in (*METRICS, "rss")
    }
    spread = {
        kind: {key: [min(r[key] for r in found), max(r[key] for r in found)] for key in METRICS}
        for kind, found in runs.items()
    }
    return {
        "cards": cards_n,
        "log_rows": len(logs),
        "trials": trials,
        "srs": med["srs"],
        "anki": med["anki"],
        "spread": spread,
        "ratios": ratios,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    parser.add_argument("--trial", choices=("srs", "anki"), help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.trial:
        if args.trial == "srs":
            found = trial_srs(args.dir / "srs", args.dir / "srs.apkg")
        else:
            found = trial_anki(args.dir / "anki" / "collection.anki2", args.dir / "anki.apkg")
        print(json.dumps(found))
        return
    results = [measure(n, args.trials) for n in args.cards]
    print(json.dumps({"benchmark": "vs_anki", "results": results}))
    if args.json:
        return
    print()
    print(table(results))


UNITS = {"export_mb": "MB", "rss": "MB", "export_s": "s"}


def table(results: list[dict[str, Any]], cell: Any = None) -> str:
    """The sizes side by side: srs, Anki and srs ÷ Anki for each measure; `cell(result,
    kind, key, scale)`: how a figure is written (default: the median)."""

    def median(result: dict[str, Any], kind: str, key: str, scale: float) -> str:
        return f"{result[kind][key] * scale:.3g}"

    cell = cell or median
    head = ["measure"]
    for result in results:
        size = f"{result['cards']:,}"
        head += [f"srs, {size}", f"anki, {size}", f"srs ÷ anki, {size}"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for key in (*METRICS, "rss"):
        unit = UNITS.get(key, "ms")
        scale = 1000 if unit == "ms" else 1
        row = [f"{key} ({unit})"]
        for result in results:
            ratio = result["ratios"][key]
            row += [
                cell(result, "srs", key, scale),
                cell(result, "anki", key, scale),
                "" if ratio is None else f"{ratio:.2f}",
            ]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
