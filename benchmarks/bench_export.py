"""Time and peak memory of exporting a synthetic collection to an Anki package.

    python benchmarks/bench_export.py [--cards 10000 100000]

Target: 100,000 cards in under 10 s. The cards carry the bundled list's real text
(Markdown with emphasis, escapes, clozes and links), cycled, and ten reviews each
(a million at 100,000 cards). Each size and mode runs in its own process so that the
peak resident memory (ru_maxrss) is that export's alone: `--no-scheduling` (notes
only) and the default, with each card's schedule and its review log.
"""

from __future__ import annotations

import argparse
import json
import resource
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


def one(cards: int, scheduling: bool) -> dict[str, object]:
    from srs.anki.export import export_deck

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        make_collection(home, cards, realistic=True)
        engine = Engine.open(
            home=home,
            deck="bench",
            config=Config(fuzz=False, timezone="UTC"),
            clock=FixedClock(NOW),
            load_file=False,
        )
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        result = export_deck(engine, home / "bench.apkg", progress=False, scheduling=scheduling)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        size = result.path.stat().st_size
        engine.close()
    return {
        "cards": cards,
        "scheduling": scheduling,
        "review_rows": result.reviews,
        "notes": result.notes,
        "export_s": round(seconds, 2),
        "peak_rss_mb": round(peak / 1024, 1),
        "rss_before_mb": round(before / 1024, 1),
        "apkg_mb": round(size / 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, scheduling=not args.plain)))
        return
    rows = []
    for n in args.cards:
        for plain in (True, False):
            command = [sys.executable, __file__, "--one", str(n), *(["--plain"] if plain else [])]
            done = subprocess.run(command, capture_output=True, text=True)
            if done.returncode != 0:  # the trial's own error, not only its exit status
                raise SystemExit(f"{' '.join(command[1:])} failed:\n{done.stderr[-3000:]}")
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    report(
        "export",
        rows,
        [
            "cards",
            "scheduling",
            "review_rows",
            "notes",
            "export_s",
            "peak_rss_mb",
            "rss_before_mb",
            "apkg_mb",
        ],
    )


if __name__ == "__main__":
    main()
