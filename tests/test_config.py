from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from cli_helpers import srs

from srs.config import Config, load_config
from srs.errors import BadInput
from srs.locations import Locations, data_dir


def test_defaults_when_absent(srs_home: Path) -> None:
    config = load_config(Locations(data_dir()).config)
    assert config == Config()
    assert config.desired_retention == 0.90
    assert config.learning_steps == (timedelta(minutes=1), timedelta(minutes=10))
    assert config.relearning_steps == (timedelta(minutes=10),)
    assert config.maximum_interval == 36500 and config.fuzz is True
    assert (config.new_per_day, config.reviews_per_day) == (20, 200)
    assert config.day_start == (4, 0) and config.bury_siblings is True
    # a session over every deck: the totals are the per-deck limits (an Anki parent deck
    # on its children's preset); new cards mixed among reviews, Anki's default
    assert (config.total_new, config.total_reviews, config.new_mix) == (20, 200, "mix")


def test_values_are_read(srs_home: Path) -> None:
    (srs_home / "config.toml").write_text(
        'desired_retention = 0.85\nlearning_steps = ["30s", "5m", "1h"]\nnew_per_day = 5\n'
        'day_starts_at = "05:30"\nfuzz = false\ntimezone = "Asia/Tokyo"\n'
        '[llm]\nmodel = "llama3"\nbase_url = "http://127.0.0.1:11434/v1"\nconcurrency = 2\n'
    )
    config = load_config(Locations(data_dir()).config)
    assert config.desired_retention == 0.85 and config.new_per_day == 5
    assert config.learning_steps == (
        timedelta(seconds=30),
        timedelta(minutes=5),
        timedelta(hours=1),
    )
    assert config.day_start == (5, 30) and not config.fuzz and config.timezone == "Asia/Tokyo"
    assert config.llm.model == "llama3" and config.llm.concurrency == 2
    assert (config.total_new, config.total_reviews) == (5, 200)  # follow new_per_day


def test_session_totals_and_new_mix_are_read(srs_home: Path) -> None:
    (srs_home / "config.toml").write_text(
        'total_new_per_day = 30\ntotal_reviews_per_day = 0\nnew_mix = "before"\n'
    )
    config = load_config(Locations(data_dir()).config)
    assert (config.total_new, config.total_reviews, config.new_mix) == (30, 0, "before")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("desired_retention = 1.5", "desired_retention = 1.5: must be a number from 0.7 to 0.99"),
        ("new_per_day = -1", "new_per_day = -1: must be a whole number from 0 to 9999"),
        ("reviews_per_day = 'lots'", "reviews_per_day = 'lots': must be a whole number"),
        ("maximum_interval = 40000", "maximum_interval = 40000: must be a whole number from 1"),
        ("learning_steps = ['1 fortnight']", "learning_steps = ['1 fortnight']: must be a list"),
        ("fuzz = 'yes'", "fuzz = 'yes': must be true or false"),
        ("new_mix = 'random'", 'new_mix = \'random\': must be "mix", "after" or "before"'),
        ("total_new_per_day = -1", "total_new_per_day = -1: must be a whole number from 0"),
        ("day_starts_at = '25:00'", "day_starts_at = '25:00': must be a time of day"),
        ("colour = 'blue'", "colour: unknown setting"),
        ("timezone = 'Mars/Olympus'", "timezone = 'Mars/Olympus': must be an IANA zone name"),
        ("[llm]\nconcurrency = 0", "llm.concurrency = 0: must be a whole number from 1 to 64"),
        ("[llm]\napi_key = 'sk-secret'", "llm.api_key: unknown setting"),
        ("this is = not toml", "not valid TOML"),
    ],
)
def test_bad_values_name_the_key_and_range(srs_home: Path, text: str, message: str) -> None:
    path = srs_home / "config.toml"
    path.write_text(text)
    with pytest.raises(BadInput) as info:
        load_config(Locations(data_dir()).config)
    assert info.value.message.startswith(str(path)) and message in info.value.message
    assert "sk-secret" not in info.value.message


def test_bad_config_exit_code_two(srs_home: Path) -> None:
    (srs_home / "config.toml").write_text("new_per_day = 100000\n")
    srs("build", "-q")
    done = srs("due")
    assert done.returncode == 2 and "new_per_day" in done.stderr and "Traceback" not in done.stderr
