"""Time `srs build` on the bundled list and on a synthetic list 100 times larger.

    python benchmarks/bench_build.py [--copies 100]

Targets: bundled list < 0.5 s, 100x list < 20 s, cost linear in list size.
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


def time_cli(args: list[str], home: Path) -> float:
    env = dict(os.environ, SRS_HOME=str(home))
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "srs", *args], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def time_inprocess(path: Path, home: Path) -> tuple[float, int, int]:
    os.environ["SRS_HOME"] = str(home)
    from srs.build import build

    start = time.perf_counter()
    result, _, _ = build(path)
    return time.perf_counter() - start, result.entries, result.cards


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
            first = time_cli(["build", "-q", str(path)], home)
            again = time_cli(["build", "-q", str(path)], home)
            inproc, entries, cards = time_inprocess(path, base / f"inproc-{label}")
            rows.append(
                {
                    "list": label,
                    "entries": entries,
                    "cards": cards,
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
            "cli_first_s",
            "cli_rebuild_s",
            "in_process_s",
            "ms_per_entry",
        ],
    )


if __name__ == "__main__":
    main()
