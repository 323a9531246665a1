"""Opening a deck session (srs.store.opening): which deck, and deck files brought in."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_helpers import SMALL_LIST, START, engine_config, open_engine, write_list

from srs.build import build
from srs.clock import FixedClock, to_ms
from srs.deck.current import set_current_slug
from srs.errors import BadInput
from srs.locations import Locations, data_dir
from srs.store import card_reads, opening
from srs.store.db import open_db
from srs.store.engine import Engine

OTHER_LIST = SMALL_LIST.replace("slug: small", "slug: other").replace("Small list", "Other list")


def test_the_deck_asked_for_else_the_current_one_else_the_newest(tmp_path: Path) -> None:
    clock = FixedClock(START)
    other = tmp_path / "other"
    other.mkdir()
    build(write_list(other, OTHER_LIST), home=data_dir())
    Engine.open(home=data_dir(), deck="other", config=engine_config(), clock=clock).close()
    clock.advance(minutes=1)
    db = open_engine(tmp_path, clock).db  # synced a minute later
    assert opening.choose_deck(db, "asked", data_dir()) == "asked"
    assert opening.choose_deck(db, None, data_dir()) == "small"  # `srs build` made it current
    set_current_slug(data_dir(), "other")
    assert opening.choose_deck(db, None, data_dir()) == "other"
    Locations(data_dir()).current_deck.unlink()
    assert opening.choose_deck(db, None, data_dir()) == "small"  # no current deck: the newest
    (tmp_path / "empty").mkdir()
    empty = open_db(tmp_path / "empty", now=START)
    with pytest.raises(BadInput, match="no deck yet"):
        opening.choose_deck(empty, None, data_dir())
    with pytest.raises(BadInput, match="no deck named 'small'"):
        opening.check_deck(empty, "small")
    empty.close()


def test_a_deck_file_comes_in_once_per_change(tmp_path: Path) -> None:
    build(write_list(tmp_path), home=data_dir())
    home = data_dir()
    db = open_db(home, now=START)
    path = Locations(home).deck("small")
    assert opening.load_if_changed(db, path.with_name("none.yaml"), "small", 0, home) is None
    report = opening.load_if_changed(db, path, "small", to_ms(START), home)
    assert report is not None and report.added
    assert opening.load_if_changed(db, path, "small", to_ms(START), home) is None  # unchanged
    assert opening.deck_slugs(db) == ["small"]
    db.close()


def test_a_session_brings_in_every_decks_changed_file(tmp_path: Path) -> None:
    clock = FixedClock(START)
    other = tmp_path / "other"
    other.mkdir()
    build(write_list(other, OTHER_LIST), home=data_dir())
    Engine.open(home=data_dir(), deck="other", config=engine_config(), clock=clock).close()
    engine = open_engine(tmp_path, clock)
    lora = "other|arxiv:2106.09685|gist"
    assert not card_reads.card(engine.db, lora).retired
    edited = "\n".join(line for line in OTHER_LIST.splitlines() if "LoRA" not in line)
    build(
        write_list(other, edited + "\n"), home=data_dir()
    )  # a build of the other deck, not yet synced
    engine.load_deck_files()
    assert card_reads.card(engine.db, lora).retired
    assert {v.id for v in engine.cards()} == {v.id for v in card_reads.cards(engine.db, "small")}


def test_a_session_opened_on_a_data_directory_reads_its_config_and_current_deck(
    tmp_path: Path, srs_home: Path
) -> None:
    """`Engine.open(home=X)` under another `$SRS_HOME`: X's database, config and current
    deck, none of `$SRS_HOME`'s."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    lists = tmp_path / "lists"
    lists.mkdir()
    build(write_list(lists, SMALL_LIST), home=elsewhere)
    build(write_list(tmp_path, OTHER_LIST), home=elsewhere)  # "other" is elsewhere's current
    (elsewhere / "config.toml").write_text("desired_retention = 0.8\n", encoding="utf-8")
    (srs_home / "config.toml").write_text("desired_retention = 0.95\n", encoding="utf-8")
    set_current_slug(srs_home, "small")
    with Engine.open(home=elsewhere, clock=FixedClock(START)) as engine:
        assert engine.deck == "other"
        assert engine.config.desired_retention == 0.8
        assert {view.id.split("|")[0] for view in engine.cards()} == {"other"}
    assert not Locations(srs_home).database.exists()
