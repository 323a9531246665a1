"""Every benchmark, three times, and the tables of docs/benchmarks.md written from the figures.

    python benchmarks/run_all.py [--runs 3] [--only tui vs_anki ...] [--no-write]
    python benchmarks/run_all.py --smoke

Each benchmark runs `--runs` times, each time in a process of its own, at the size its
table shows. A table cell is the median of the runs with their spread (lowest–highest)
beside it. `bench_vs_anki.py` runs once: inside that one run its srs and Anki trials
alternate (three of each), so that every srs ÷ Anki ratio compares figures taken side
by side; its cells are the medians and spreads of those trials.

The headline figures, each beside its target, go into the README's summary table
(`<!-- bench:summary -->`), built from `RESULTS`, which keeps every benchmark's last runs
(so `--only` updates its own figures and keeps the others').

The tables are written into `TARGET`, each between its two markers
(`<!-- bench:tui -->` ... `<!-- /bench:tui -->`), and the machine they were measured on
(CPU, cores, Python, SQLite, the load average before and after) between
`<!-- bench:machine -->` and `<!-- /bench:machine -->`. A benchmark left out with
`--only` keeps its table.

`--smoke` runs every benchmark once at a small size, to check that each still runs
and prints its figures; nothing is timed against anything and nothing is written (the
test suite runs it: tests/test_benchmarks.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, fmt, markdown_table
from bench_vs_anki import table as vs_anki_table

#: the file the tables are written to
TARGET = ROOT / "docs" / "benchmarks.md"
#: the README's table of headline figures against their targets (`<!-- bench:summary -->`)
README = ROOT / "README.md"
#: every benchmark's runs as last measured, so that `--only` keeps the others' figures in
#: the README's summary
RESULTS = ROOT / "docs" / "benchmarks.json"
HERE = Path(__file__).resolve().parent


class Benchmark:
    """A benchmark script: its arguments for the table in docs/benchmarks.md and for a smoke run."""

    def __init__(self, script: str, full: Sequence[str], smoke: Sequence[str]) -> None:
        self.script = script
        self.full = list(full)
        self.smoke = list(smoke)


BENCHMARKS: dict[str, Benchmark] = {
    "vs_anki": Benchmark(
        "bench_vs_anki.py", ["--trials", "3"], ["--cards", "300", "--trials", "1"]
    ),
    "tui": Benchmark("bench_tui.py", [], ["--cards", "300", "--answers", "3", "--starts", "2"]),
    "engine": Benchmark("bench_engine.py", ["--backlog"], ["--cards", "300", "--backlog"]),
    "export": Benchmark("bench_export.py", ["--cards", "100000"], ["--cards", "300"]),
    "build": Benchmark("bench_build.py", [], ["--copies", "1"]),
    "anki_sync": Benchmark(
        "bench_anki_sync.py",
        ["--sync-runs", "1"],
        [
            "--import-cards",
            "300",
            "--sync-cards",
            "200",
            "--sync-reviews",
            "10",
            "--sync-runs",
            "1",
        ],
    ),
    "learn": Benchmark("bench_learn.py", [], ["--cards", "400"]),
    "llm": Benchmark("bench_llm.py", [], ["--latency", "0"]),
}
#: measured side by side inside one run (its own trials give the median and spread)
ONE_RUN = {"vs_anki"}


def run_once(name: str, args: Sequence[str]) -> dict[str, Any]:
    """One run of a benchmark in a process of its own: its JSON line."""
    bench = BENCHMARKS[name]
    done = subprocess.run(
        [sys.executable, str(HERE / bench.script), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise SystemExit(f"{bench.script} {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    for line in reversed(done.stdout.splitlines()):
        if line.startswith('{"benchmark"'):
            found: dict[str, Any] = json.loads(line)
            return found
    raise SystemExit(f"{bench.script} printed no JSON line:\n{done.stdout[-2000:]}")


def machine(load_before: tuple[float, ...]) -> str:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    after = os.getloadavg()
    return (
        f"Measured {time.strftime('%Y-%m-%d')} on {cpu}, {os.cpu_count()} cores, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}; load average {load_before[0]:.2f} before, "
        f"{after[0]:.2f} after (1-minute)."
    )


def _spread(values: list[Any]) -> str:
    """The median of one figure's runs, and their spread (lowest–highest) when the runs
    differ as written; a text or a flag as it is (each run's, when they differ)."""
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) < len(values):
        shown = [fmt(value) for value in values]
        return shown[0] if len(set(shown)) == 1 else " / ".join(shown)
    middle, low, high = fmt(statistics.median(numbers)), fmt(min(numbers)), fmt(max(numbers))
    return middle if low == high else f"{middle} ({low}–{high})"


def rows_table(runs: list[dict[str, Any]]) -> str:
    """A `report` benchmark's table: each cell the median of the runs, with spread."""
    columns: list[str] = runs[0]["columns"]
    count = len(runs[0]["results"])

    def cell(row: dict[str, Any], column: str) -> str:
        index = row["index"]
        return _spread([run["results"][index].get(column, "") for run in runs])

    return markdown_table([{"index": i} for i in range(count)], columns, cell)


def vs_anki_cells(result: dict[str, Any], kind: str, key: str, scale: float) -> str:
    median = result[kind][key] * scale
    spread = result["spread"][kind].get(key)
    if spread is None or result["trials"] < 2:
        return f"{median:.3g}"
    low, high = (value * scale for value in spread)
    return f"{median:.3g} ({low:.3g}–{high:.3g})"


#: the phases of one answer in the order they happen (a JSON file may have sorted them)
_PHASE_ORDER = ("dispatch", "rate", "next_card", "screen", "to_frame", "layout", "paint")


def profile_table(runs: list[dict[str, Any]]) -> str:
    """bench_tui's profile of one answer: each phase's median over the answers of a
    run, the median of the runs (with their spread)."""
    first = runs[0]["results"][0]
    lines = ["| phase | ms | what happens |", "|---|---|---|"]
    phases: dict[str, str] = first["profile_phases"]
    order = [name for name in _PHASE_ORDER if name in phases]
    order += [name for name in phases if name not in order]
    for phase, what in ((name, phases[name]) for name in order):
        found = [run["results"][0]["profile_ms"].get(phase) for run in runs]
        shown = _spread([value for value in found if value is not None]) if any(found) else "—"
        lines.append(f"| {phase} | {shown} | {what} |")
    return "\n".join(lines)


def tables(name: str, runs: list[dict[str, Any]]) -> dict[str, str]:
    """The sections of docs/benchmarks.md a benchmark's runs fill, by marker name."""
    if name == "vs_anki":
        return {name: str(vs_anki_table(runs[0]["results"], vs_anki_cells))}
    found = {name: rows_table(runs)}
    if name == "tui" and "profile_ms" in runs[0]["results"][0]:
        found["tui_profile"] = profile_table(runs)
    return found


def _figure(runs: list[dict[str, Any]], key: str, where: Callable[[dict[str, Any]], bool]) -> str:
    """One figure over the runs (median and spread) of the result row `where` picks."""
    found = [row[key] for run in runs for row in run["results"] if where(row) and key in row]
    return _spread(found) if found else "—"


def summary(latest: dict[str, list[dict[str, Any]]]) -> str:
    """The README's table: the figures each target is about, as last measured."""
    rows: list[tuple[str, str, str]] = []
    tui = latest.get("tui")
    if tui:
        every = lambda row: True  # noqa: E731
        rows += [
            (
                f"`srs review`, {tui[0]['results'][0].get('cards', 0):,} cards: first card"
                " (warm start)",
                "< 0.6 s",
                _figure(tui, "first_card_s_median", every) + " s",
            ),
            (
                "… first card (the day's first start)",
                "reported",
                _figure(tui, "first_card_cold_s", every) + " s",
            ),
            (
                "keypress → next card, p50",
                "< 8 ms",
                _figure(tui, "next_card_p50_ms", every) + " ms",
            ),
            (
                "keypress → next card, p99",
                "< 17 ms",
                _figure(tui, "next_card_p99_ms", every) + " ms",
            ),
        ]
    vs = latest.get("vs_anki")
    if vs:
        for result in vs[0]["results"]:
            size = f"{result['cards']:,}"
            for key, what, target in (
                ("next_ready_p50", "rating → next card ready, p50", "≤ 1"),
                ("next_ready_p99", "rating → next card ready, p99", "≤ 1"),
                ("export_s", "export with scheduling, time", "≤ 1"),
                ("export_mb", "export size", "≤ 2.5"),
            ):
                ratio = result["ratios"].get(key)
                shown = "—" if ratio is None else f"{ratio:.2f}"
                rows.append((f"srs ÷ Anki, {size} cards: {what}", target, shown))
    build = latest.get("build")
    if build:
        rows += [
            (
                "`srs build`, bundled list (in process)",
                "< 0.5 s",
                _figure(build, "in_process_s", lambda row: row["list"] == "bundled") + " s",
            ),
            (
                "`srs build`, a list 100× larger (in process)",
                "< 20 s",
                _figure(build, "in_process_s", lambda row: row["list"] != "bundled") + " s",
            ),
        ]
    engine = latest.get("engine")
    if engine:
        biggest = max(row["cards"] for run in engine for row in run["results"])
        steady = lambda row: row["cards"] == biggest and row.get("collection") != "backlog"  # noqa: E731
        for key, what, target in (
            ("open_ms", "open", "< 100 ms"),
            ("queue_ms", "the day's first queue", "< 20 ms"),
            ("review_p99_ms", "a review committed, p99", "< 5 ms"),
            ("stats_ms", "statistics", "< 500 ms"),
        ):
            rows.append(
                (f"engine, {biggest:,} cards: {what}", target, _figure(engine, key, steady) + " ms")
            )
    lines = ["| figure | target | measured: median (spread) |", "|---|---|---|"]
    lines += [f"| {figure} | {target} | {shown} |" for figure, target, shown in rows]
    return "\n".join(lines)


def readme_summary(latest: dict[str, list[dict[str, Any]]], machine_line: str) -> str:
    """The README's section: the summary, the profile of one answer, the machine."""
    parts = [summary(latest)]
    tui = latest.get("tui")
    if tui and "profile_ms" in tui[0]["results"][0]:
        parts.append(
            "Where the time between a key and the next card goes (`bench_tui.py`, the"
            " median of each phase over the answers of a run):\n\n" + profile_table(tui)
        )
    parts.append(machine_line)
    return "\n\n".join(parts)


def remember(runs_by_name: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """`RESULTS` updated with this invocation's runs (written atomically); all of them."""
    latest: dict[str, list[dict[str, Any]]] = {}
    if RESULTS.exists():
        latest = json.loads(RESULTS.read_text(encoding="utf-8"))
    latest.update(runs_by_name)
    scratch = RESULTS.with_name(f".{RESULTS.name}.bench")
    scratch.write_text(json.dumps(latest, indent=1) + "\n", encoding="utf-8")
    os.replace(scratch, RESULTS)
    return latest


_MARKED = "<!-- bench:{name} -->\n{body}\n<!-- /bench:{name} -->"


def write_tables(target: Path, sections: dict[str, str]) -> None:
    """Put each section's text between its markers in `target` (atomically)."""
    text = target.read_text(encoding="utf-8")
    for name, body in sections.items():
        pattern = re.compile(
            rf"<!-- bench:{re.escape(name)} -->\n.*?<!-- /bench:{re.escape(name)} -->", re.DOTALL
        )
        found = pattern.search(text)
        if found is None:
            raise SystemExit(
                f"{target}: no <!-- bench:{name} --> ... <!-- /bench:{name} --> markers"
            )
        start, end = found.span()
        text = text[:start] + _MARKED.format(name=name, body=body) + text[end:]
    scratch = target.with_name(f".{target.name}.bench")
    scratch.write_text(text, encoding="utf-8")
    os.replace(scratch, target)


def main(argv: Sequence[str] | None = None, out: Callable[[str], None] = print) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), default=None)
    parser.add_argument("--smoke", action="store_true", help="once each, small; nothing written")
    parser.add_argument("--no-write", action="store_true", help="print the tables only")
    args = parser.parse_args(argv)
    names = args.only or list(BENCHMARKS)
    load = os.getloadavg()
    sections: dict[str, str] = {}
    measured: dict[str, list[dict[str, Any]]] = {}
    for name in names:
        bench = BENCHMARKS[name]
        if args.smoke:
            runs = [run_once(name, bench.smoke)]
        else:
            count = 1 if name in ONE_RUN else args.runs
            runs = [run_once(name, bench.full) for _ in range(count)]
        measured[name] = runs
        for section, text in tables(name, runs).items():
            sections[section] = text
            out(f"## {section}\n\n{text}\n")
    sections["machine"] = machine(load)
    out(sections["machine"])
    if not args.smoke and not args.no_write:
        write_tables(TARGET, sections)
        latest = remember(measured)
        write_tables(README, {"summary": readme_summary(latest, sections["machine"])})


if __name__ == "__main__":
    main()
