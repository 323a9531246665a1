"""Time `srs build` on the bundled list and on a synthetic list 100 times larger.

    python benchmarks/bench_build.py [--copies 100]

Targets: bundled list < 0.5 s, 100x list < 20 s, cost linear in list size.
Every arXiv id of the list has metadata in the paper cache (as after `srs papers`),
so paper cards are built and counted too.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BUNDLED, report, synthetic_list


def cli_env(home: Path) -> dict[str, str]:
    """The environment of a user's `srs`: bytecode cached as `pip install` leaves it (a
    sandbox's PYTHONDONTWRITEBYTECODE would have every run compile srs from source)."""
    env = dict(os.environ, SRS_HOME=str(home))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_cli(args: list[str], home: Path) -> float:
    env = cli_env(home)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "srs", *args], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def seed_papers(path: Path, home: Path) -> None:
    """Metadata for every arXiv id of the list, as `srs papers` would cache it."""
    from srs.deck.papers import save_papers
    from srs.reading.document import parse_file
    from srs.reading.paper import Paper

    ids = {pid for e in parse_file(path).entries for pid in [*e.papers, *e.related]}
    papers = {
        pid: Paper.make(
            pid,
            f"Scaling Studies of Widget Models, Volume {index}",
            ["Ada Lovelace", "Alan Turing", "Grace Hopper"],
            "2023-05-01",
            "We study things at scale and find that they work. " * 8,
        )
        for index, pid in enumerate(sorted(ids))
    }
    save_papers(papers, home)


def time_inprocess(path: Path, home: Path) -> tuple[float, int, int, int]:
    os.environ["SRS_HOME"] = str(home)
    from srs.build import build

    start = time.perf_counter()
    result, _, deck = build(path, home=home)
    elapsed = time.perf_counter() - start
    paper_cards = sum(1 for card in deck.cards if card.kind.startswith("paper-"))
    return elapsed, result.entries, result.cards, paper_cards


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=100)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        big = base / "synthetic.md"
        big.write_text(synthetic_list(args.copies), encoding="utf-8")
        for label, path in (("bundled", BUNDLED), (f"{args.copies}x", big)):
            home = base / f"home-{label}"
            seed_papers(path, home)
            seed_papers(path, base / f"inproc-{label}")
            time_cli(["--version"], base / "warm-up")  # bytecode written once, as on install
            first = time_cli(["build", "-q", str(path)], home)
            again = time_cli(["build", "-q", str(path)], home)
            inproc, entries, cards, paper_cards = time_inprocess(path, base / f"inproc-{label}")
            rows.append(
                {
                    "list": label,
                    "entries": entries,
                    "cards": cards,
                    "paper_cards": paper_cards,
                    "cli_first_s": first,
                    "cli_rebuild_s": again,
                    "in_process_s": inproc,
                    "ms_per_entry": 1000 * inproc / entries,
                }
            )
    report(
        "build",
        rows,
        [
            "list",
            "entries",
            "cards",
            "paper_cards",
            "cli_first_s",
            "cli_rebuild_s",
            "in_process_s",
            "ms_per_entry",
        ],
    )


if __name__ == "__main__":
    main()
