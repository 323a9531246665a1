"""Reading progress in `srs stats` and on the statistics screen: entries read out of all
per section, and the entries read in the last 30 days."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

from cli_helpers import srs
from engine_helpers import SMALL_LIST, START, engine_config, open_engine

from srs.build import build
from srs.clock import FixedClock
from srs.learn.reading_plan import mark_entry
from srs.locations import Locations, data_dir
from srs.store.engine import Engine
from srs.store.reading_progress import reading_progress
from srs.store.stats import compute_stats
from srs.tui import make_app
from srs.tui.stats import StatsScreen

ATTENTION, LORA, DPO = "arxiv:1706.03762", "arxiv:2106.09685", "arxiv:2305.18290"


def test_read_per_section_and_in_the_last_30_days(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock)
    mark_entry(engine, "1", "read")
    mark_entry(engine, "2", "skipped")  # neither read nor counted as read
    clock.advance(timedelta(days=20))
    mark_entry(engine, "4", "reading")
    clock.advance(timedelta(days=11))
    mark_entry(engine, "4", "read")  # keeps the time it was first marked
    mark_entry(engine, "5", "read")
    mark_entry(engine, "6", "reading")  # being read is not read
    reading = compute_stats(engine).reading
    assert reading is not None
    assert (reading.entries, reading.read) == (6, 3)
    assert [(s.name, s.read, s.entries) for s in reading.sections] == [
        ("Basics", 1, 3),
        ("More", 2, 3),
    ]
    # the first entry was read 31 days ago: not in the last 30
    assert [(e.key, e.title) for e in reading.read_30d] == [
        (DPO, "DPO paper"),
        (LORA, "LoRA paper"),
    ]
    assert reading.read_30d[1].marked_at == (START + timedelta(days=20)).isoformat()
    data = compute_stats(engine).to_json()["reading"]
    assert set(data) == {"entries", "read", "sections", "read_30d"}
    assert set(data["sections"][0]) == {"name", "entries", "read"}
    assert set(data["read_30d"][0]) == {"deck", "key", "title", "section", "marked_at"}


def test_no_deck_file_no_reading_progress(tmp_path: Path) -> None:
    engine = open_engine(tmp_path)
    assert reading_progress(engine.db, Locations(tmp_path / "none"), ["small"], 0) is None
    assert reading_progress(engine.db, engine.locations, ["small"], 0) is not None


def test_stats_command_shows_reading(tmp_path: Path) -> None:
    path = tmp_path / "small.md"
    path.write_text(SMALL_LIST, encoding="utf-8")
    assert srs("build", str(path)).returncode == 0
    assert srs("read", "--mark", "read", "2").returncode == 0
    out = srs("stats").stdout
    assert "reading:  1 of 6 entries read, 1 in the last 30 days (`srs read`)" in out
    assert re.search(r"^  Basics\s+1/3\s+read$", out, re.MULTILINE)
    assert re.search(r"^  More\s+0/3\s+read$", out, re.MULTILINE)
    assert re.search(r"^  read \d{4}-\d\d-\d\d: BERT paper$", out, re.MULTILINE)
    data = json.loads(srs("stats", "--json").stdout)["reading"]
    assert data["read"] == 1 and data["read_30d"][0]["title"] == "BERT paper"


def test_stats_over_several_decks_name_each_decks_sections(tmp_path: Path) -> None:
    open_engine(tmp_path, FixedClock(START)).close()
    other = tmp_path / "other.md"
    other.write_text(SMALL_LIST.replace("slug: small", "slug: other"), encoding="utf-8")
    build(other, home=data_dir())
    engine = Engine.open(
        home=data_dir(), config=engine_config(), clock=FixedClock(START), all_decks=True
    )
    mark_entry(engine, "1", "read", "other")
    reading = compute_stats(engine).reading
    assert reading is not None and (reading.entries, reading.read) == (12, 1)
    assert [s.name for s in reading.sections] == [
        "other: Basics",
        "other: More",
        "small: Basics",
        "small: More",
    ]
    assert [(e.deck, e.key) for e in reading.read_30d] == [("other", ATTENTION)]


async def test_statistics_screen_shows_reading(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    mark_entry(engine, "1", "read")
    app = make_app(engine, open_url=list().append, monotonic=lambda: 0.0)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("t")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        panel = str(app.screen.query_one("#reading").render())
        assert "Reading progress (entries read)" in panel
        assert re.search(r"Basics .* 1/3", panel) and re.search(r"More .* 0/3", panel)
        assert "Read in the last 30 days: 1" in panel
        assert "2026-03-02  Attention paper" in panel
