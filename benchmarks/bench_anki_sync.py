"""Time `srs import-anki` and `srs sync` (Anki's own library and sync server).

    python benchmarks/bench_anki_sync.py [--import-cards 100000] [--sync-cards 10000]
                                        [--sync-reviews 1000] [--part import|sync|both]
                                        [--sync-runs 3]

Targets: import-anki of a 100,000-card collection with 1,000,000 review rows in under
30 s; `srs sync` with 10,000 cards and 1,000 new reviews on each side in under 10 s,
and with nothing new in under 0.3 s.

* import-anki, worst case: the package is srs's own export with scheduling (100,000
  notes, 1,000,000 review rows) and the srs database it goes into has the same cards
  with no review at all, so every row is added and every card replayed. Timed: the
  whole command (Anki reads the package into a throwaway collection, rows are read,
  merged and replayed, one commit).
* sync: srs and a "phone" (a collection driven by the anki library) share 10,000
  cards through `python -m anki.syncserver` on 127.0.0.1, after a first full upload.
  Then the phone answers 1,000 cards through Anki's scheduler and syncs, srs answers
  1,000 others, and `srs sync` is timed (pull 1,000, replay, push 1,000 reviews and
  the changed schedules, two syncs with the server). Then `srs sync` with nothing
  new, three times: the median (a run reads only what changed since the last one).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from _common import report
from bench_engine import NOW, make_collection

from srs.clock import FixedClock
from srs.config import Config
from srs.locations import Locations
from srs.store.engine import Engine
from srs.store.rating import Rating

CONFIG = Config(fuzz=False, timezone="UTC")


def _engine(home: Path, clock: FixedClock | None = None) -> Engine:
    return Engine.open(
        home=home, deck="bench", config=CONFIG, clock=clock or FixedClock(NOW), load_file=False
    )


def _never_reviewed(source: Path, target: Path) -> Engine:
    """A copy of `source`'s database with every review gone: all rows are new to it."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    engine = _engine(target)
    with engine.db:
        engine.db.execute("DELETE FROM review_log")
        engine.db.execute(
            """UPDATE cards SET state = NULL, step = NULL, stability = NULL,
               difficulty = NULL, due = NULL, last_review = NULL"""
        )
    return engine


def bench_import(cards: int) -> dict[str, object]:
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    from srs.anki.export import export_deck
    from srs.anki.import_reviews import import_anki

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "source"
        source.mkdir()
        make_collection(source, cards, realistic=True)
        engine = _engine(source)
        apkg = Path(tmp) / "anki.apkg"
        start = time.perf_counter()
        export_deck(engine, apkg, progress=False)
        export_s = time.perf_counter() - start
        engine.close()
        # a real Anki collection holding those notes and reviews (made by Anki itself)
        (Path(tmp) / "anki").mkdir()
        collection = Path(tmp) / "anki" / "collection.anki2"
        col = Collection(str(collection))
        col.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(apkg),
                options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True),
            )
        )
        anki_rows = col.db.scalar("SELECT count() FROM revlog") if col.db else 0
        col.close()
        timings = {}
        for name, path in (("collection_s", collection), ("apkg_s", apkg)):
            engine = _never_reviewed(source, Path(tmp) / "target")
            start = time.perf_counter()
            result = import_anki(engine, path)
            timings[name] = round(time.perf_counter() - start, 2)
            engine.close()
    return {
        "part": "import-anki",
        "cards": cards,
        "review_rows": anki_rows,
        "added": result.reviews_added,
        "replayed": result.cards_updated,
        "seconds": timings["collection_s"],
        "apkg_s": timings["apkg_s"],
        "export_with_scheduling_s": round(export_s, 2),
    }


def bench_sync(cards: int, reviews: int) -> dict[str, object]:
    from sync_server import PASSWORD, USER, Phone, SyncServer

    from srs.anki.sync import sync
    from srs.anki.sync_login import login

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "srs"
        home.mkdir()
        # a backlog: enough cards are due for a thousand answers on the phone
        make_collection(home, cards, realistic=True, backlog=True)
        server = SyncServer(Path(tmp) / "server").start()
        try:
            clock = FixedClock(NOW)
            engine = _engine(home, clock)
            login(Locations(home).sync_login, USER, PASSWORD, server.url)
            start = time.perf_counter()
            sync(engine)
            first_s = time.perf_counter() - start
            phone = Phone(Path(tmp) / "phone", server)
            phone.sync()
            answered = _phone_answers(phone, reviews)
            phone.sync()
            mine = 0
            for view in engine.cards():
                if mine == reviews:
                    break
                if view.state == "review":
                    engine.rate(view.id, Rating.GOOD, 3000)
                    clock.advance(seconds=7)
                    mine += 1
            start = time.perf_counter()
            result = sync(engine)
            sync_s = time.perf_counter() - start
            quiet = []
            for _ in range(3):  # nothing new: the median of three
                start = time.perf_counter()
                sync(engine)
                quiet.append(time.perf_counter() - start)
            phone.close()
            engine.close()
        finally:
            server.kill()
    return {
        "part": "sync",
        "cards": cards,
        "phone_reviews": answered,
        "srs_reviews": mine,
        "pulled": result.pulled_reviews,
        "pushed": result.pushed_reviews,
        "seconds": round(sync_s, 2),
        "nothing_new_s": round(statistics.median(quiet), 3),
        "first_full_upload_s": round(first_s, 2),
    }


def _phone_answers(phone: object, count: int) -> int:
    from anki.collection import Collection
    from anki.decks import DeckId
    from anki_helpers import answer_in_anki

    col: Collection = phone.col  # type: ignore[attr-defined]
    deck = next(d for d in col.decks.all_names_and_ids() if d.name.startswith("Benchmark"))
    deck_id = DeckId(deck.id)
    col.decks.select(deck_id)
    for conf in col.decks.all_config():  # no daily limit in the way
        conf["new"]["perDay"] = conf["rev"]["perDay"] = 9999
        col.decks.update_config(conf)
    return len(answer_in_anki(col, count))


def _median(runs: list[dict[str, object]]) -> dict[str, object]:
    """Each timing (`*_s`, `seconds`) as the median of the runs; the rest from the first."""
    row = dict(runs[0])
    for key, value in row.items():
        if isinstance(value, float) and (key == "seconds" or key.endswith("_s")):
            row[key] = statistics.median(float(run[key]) for run in runs)  # type: ignore[arg-type]
    if len(runs) > 1:
        row["runs"] = len(runs)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--import-cards", type=int, default=100_000)
    parser.add_argument("--sync-cards", type=int, default=10_000)
    parser.add_argument("--sync-reviews", type=int, default=1_000)
    parser.add_argument("--part", choices=["import", "sync", "both"], default="both")
    parser.add_argument("--sync-runs", type=int, default=3, help="sync scenarios (median)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one == "import":
        print(json.dumps(bench_import(args.import_cards)))
        return
    if args.one == "sync":
        print(json.dumps(bench_sync(args.sync_cards, args.sync_reviews)))
        return
    rows = []
    parts = ["import", "sync"] if args.part == "both" else [args.part]
    for part in parts:  # each in its own process; sync's figures: the median of runs
        runs = []
        for _ in range(args.sync_runs if part == "sync" else 1):
            out = subprocess.run(
                [sys.executable, __file__, "--one", part, *sys.argv[1:]],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            runs.append(json.loads(out.strip().splitlines()[-1]))
        rows.append(_median(runs))
    report(
        "anki_sync",
        rows,
        [
            "part",
            "runs",
            "cards",
            "review_rows",
            "phone_reviews",
            "srs_reviews",
            "added",
            "replayed",
            "pulled",
            "pushed",
            "seconds",
            "nothing_new_s",
            "first_full_upload_s",
            "export_with_scheduling_s",
        ],
    )


if __name__ == "__main__":
    main()
