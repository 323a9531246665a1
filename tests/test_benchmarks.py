"""Every benchmark runs, once, at a small size, and prints its figures (nothing is timed
here: a smoke test that keeps the scripts from rotting); docs/benchmarks.md holds the markers
`benchmarks/run_all.py` writes its tables between."""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import run_all  # noqa: E402
from bench_vs_anki import METRICS  # noqa: E402

pytestmark = pytest.mark.slow


def _numbers(value: Any) -> list[float]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int | float):
        return [float(value)]
    if isinstance(value, dict):
        return [n for item in value.values() for n in _numbers(item)]
    if isinstance(value, list):
        return [n for item in value for n in _numbers(item)]
    return []


@pytest.mark.parametrize("name", sorted(run_all.BENCHMARKS))
def test_each_benchmark_runs_and_prints_its_figures(name: str) -> None:
    found = run_all.run_once(name, run_all.BENCHMARKS[name].smoke)
    assert found["benchmark"] == name
    rows = found["results"]
    assert rows
    if name == "vs_anki":
        for row in rows:
            assert set(row["ratios"]) == {*METRICS, "rss"}
            assert set(row["srs"]) == set(row["anki"]) == set(row["ratios"])
    else:  # every column the table shows is a figure of the run
        shown = set(found["columns"]) - {"runs"}
        assert shown <= set().union(*rows), shown - set().union(*rows)
    figures = _numbers(rows)
    assert figures and all(math.isfinite(n) and n >= 0 for n in figures)
    for table in run_all.tables(name, [found]).values():
        assert table.count("\n") >= 2 and "|---" in table


def test_the_readme_has_every_tables_markers(tmp_path: Path) -> None:
    """run_all writes each table between its markers in TARGET: every pair is there,
    and writing leaves the rest of the file as it was."""
    copy = tmp_path / run_all.TARGET.name
    text = run_all.TARGET.read_text(encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    names = [*run_all.BENCHMARKS, "tui_profile", "machine"]
    sections = {name: f"table of {name}" for name in names}
    run_all.write_tables(copy, sections)
    written = copy.read_text(encoding="utf-8")
    for name, body in sections.items():
        assert f"<!-- bench:{name} -->\n{body}\n<!-- /bench:{name} -->" in written
    outside = text.split("<!-- bench:")[0]
    assert written.startswith(outside)


def test_the_readme_summary_shows_each_target_beside_its_figure(tmp_path: Path) -> None:
    """The README's table, from the last runs of each benchmark (`--only` keeps the rest)."""
    tui = [
        {
            "results": [
                {
                    "cards": 100000,
                    "first_card_s_median": s,
                    "first_card_cold_s": 2.0,
                    "next_card_p50_ms": 7.0 + s,
                    "next_card_p99_ms": 15.0,
                }
            ]
        }
        for s in (0.5, 0.4, 0.6)
    ]
    ratios = {"next_ready_p50": 0.9, "next_ready_p99": 1.2, "export_s": 0.8, "export_mb": 0.85}
    vs_anki = [{"results": [{"cards": 20000, "ratios": ratios}]}]
    build = [
        {
            "results": [
                {"list": "bundled", "in_process_s": 0.3},
                {"list": "100x", "in_process_s": 18.0},
            ]
        }
    ]
    table = run_all.summary({"tui": tui, "vs_anki": vs_anki, "build": build})
    assert "| keypress → next card, p50 | < 8 ms | 7.500 (7.400–7.600) ms |" in table
    assert "| srs ÷ Anki, 20,000 cards: rating → next card ready, p99 | ≤ 1 | 1.20 |" in table
    assert "| `srs build`, a list 100× larger (in process) | < 20 s | 18.000 s |" in table
    assert "engine" not in table  # not measured yet: no row
    copy = tmp_path / "README.md"
    copy.write_text(run_all.README.read_text(encoding="utf-8"), encoding="utf-8")
    run_all.write_tables(copy, {"summary": table})
    assert table in copy.read_text(encoding="utf-8")


def test_the_readme_shows_the_profile_of_one_answer_in_the_order_it_happens() -> None:
    phases = {name: f"what {name} is" for name in sorted(run_all._PHASE_ORDER)}  # as JSON sorts
    tui = [
        {
            "results": [
                {
                    "cards": 1000,
                    "first_card_s_median": 0.5,
                    "first_card_cold_s": 1.0,
                    "next_card_p50_ms": 7.0,
                    "next_card_p99_ms": 15.0,
                    "profile_ms": {name: 1.0 for name in phases},
                    "profile_phases": phases,
                }
            ]
        }
    ]
    text = run_all.readme_summary({"tui": tui}, "Measured on a test.")
    rows = [
        line.split(" | ")[0].strip("| ")
        for line in text.splitlines()
        if line.endswith(" is |")  # a phase's row (`what dispatch is`), not the header
    ]
    assert rows == list(run_all._PHASE_ORDER)
    assert text.endswith("Measured on a test.")
