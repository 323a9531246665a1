from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import srs


def test_due_and_stats_json(srs_home: Path) -> None:
    assert srs("build", "-q").returncode == 0
    (srs_home / "config.toml").write_text("new_per_day = 7\n")
    due = json.loads(srs("due", "--json").stdout)
    assert due["today"] == {"new": 7, "learning": 0, "review": 0}
    assert due["now"]["new"] == 7 and due["next_due"] is not None
    # the day's cards in order: list order of entries, kinds taking turns
    queue = due["queue"]
    assert len(queue) == 7 and set(queue[0]) == {"id", "kind", "section"}
    assert queue[0]["section"] == "Frontier LLMs"
    assert queue[0]["id"] == "ai-engineering-2025|arxiv:2005.14165|paper-title"
    # one card per entry a day, the kinds taking turns at leading an entry
    assert len({card["id"].split("|")[1] for card in queue}) == 7
    assert len({card["kind"] for card in queue[:5]}) >= 3
    stats = json.loads(srs("stats", "--json").stdout)
    assert set(stats) >= {
        "reviews_today",
        "reviews_total",
        "due_today",
        "new_today",
        "cards",
        "retention_7d",
        "retention_30d",
        "forecast",
        "sections",
    }
    total = len(json.loads(srs("cards", "--json").stdout))
    assert stats["cards"]["new"] == total > 100 and stats["cards"]["retired"] == 0
    assert len(stats["forecast"]) == 30 and stats["new_today"] == 7
    assert [s["name"] for s in stats["sections"]][:2] == ["Frontier LLMs", "Benchmarks and Evals"]
    human = srs("stats").stdout
    assert "true retention" in human and "Frontier LLMs" in human
    assert "due now" in srs("due").stdout


def test_build_syncs_and_retires(srs_home: Path, list_copy: Path) -> None:
    assert srs("build", "-q", str(list_copy)).returncode == 0
    cards = json.loads(srs("cards", "--json").stdout)
    arc = [c for c in cards if "|url:arcprize.org/arc|" in c["id"]]
    assert len(arc) >= 2  # what it is, and which it is
    text = list_copy.read_text(encoding="utf-8")
    start = text.index("5. **[<span")
    list_copy.write_text(text[:start] + text[text.index("This is a moving") :], encoding="utf-8")
    assert srs("build", "-q").returncode == 0
    stats = json.loads(srs("stats", "--json").stdout)
    assert stats["cards"]["retired"] == len(arc)


def test_due_says_why_fewer_new_cards_came(srs_home: Path, tmp_path: Path) -> None:
    """Regression: with `bury_siblings` `srs due` showed fewer new cards than
    `new_per_day` and did not say why."""
    from engine_helpers import write_list

    assert srs("build", "-q", str(write_list(tmp_path))).returncode == 0
    (srs_home / "config.toml").write_text("new_per_day = 10\n")
    due = json.loads(srs("due", "--json").stdout)
    assert due["today"]["new"] == 6 and due["new_buried"] == 4
    text = srs("due").stdout
    assert "4 more new cards wait for another day" in text and "bury_siblings" in text
    (srs_home / "config.toml").write_text("new_per_day = 10\nbury_siblings = false\n")
    assert json.loads(srs("due", "--json").stdout)["new_buried"] == 0
    assert "wait for another day" not in srs("due").stdout
