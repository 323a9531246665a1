"""Sessions over several decks (`--all`), a part of them (`--section`, `--entry`), and
cramming (`--cram`): what each queues, the names each accepts, and that a cram writes
nothing (real SQLite files, the real CLI)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_helpers import srs
from engine_helpers import SMALL_LIST, START, answer_all, engine_config

from srs.build import build
from srs.clock import FixedClock
from srs.errors import BadInput
from srs.locations import data_dir
from srs.store.db import db_path
from srs.store.engine import Engine, load_deck_file
from srs.store.rating import Rating


def two_decks(tmp_path: Path) -> None:
    """Decks `small` and `other` (the same list under two slugs), both loaded."""
    for slug, title in (("small", "Small list"), ("other", "Other list")):
        text = SMALL_LIST.replace("slug: small", f"slug: {slug}").replace(
            "title: Small list", f"title: {title}"
        )
        path = tmp_path / f"{slug}.md"
        path.write_text(text, encoding="utf-8")
        build(path, home=data_dir())
        load_deck_file(slug, home=data_dir())


def session(clock: FixedClock | None = None, **kwargs: object) -> Engine:
    config = kwargs.pop("config", None) or engine_config()
    return Engine.open(
        home=data_dir(),
        config=config,  # type: ignore[arg-type]
        clock=clock or FixedClock(START),
        **kwargs,  # type: ignore[arg-type]
    )


def dump(home: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Every card row and every review-log row, as they are on disk."""
    with sqlite3.connect(db_path(home)) as db:
        cards = db.execute("SELECT * FROM cards ORDER BY id").fetchall()
        log = db.execute("SELECT * FROM review_log ORDER BY id").fetchall()
    return cards, log


# -- one session for all decks -------------------------------------------------------


def test_several_decks_make_one_session_by_default(tmp_path: Path) -> None:
    two_decks(tmp_path)
    with session(all_decks=None) as engine:  # as the CLI: no deck named, two decks: both
        assert engine.scope.decks == ("other", "small") and engine.scope.several
        decks = {cid.split("|")[0] for cid in engine.queue().ordered()}
        assert decks == {"other", "small"}
        assert engine.session_title() == "All decks"
    with session(deck="small") as engine:
        assert {cid.split("|")[0] for cid in engine.queue().ordered()} == {"small"}


def test_per_deck_and_total_limits(tmp_path: Path) -> None:
    two_decks(tmp_path)
    config = engine_config(new_per_day=4, total_new_per_day=6, bury_siblings=False)
    with session(all_decks=True, config=config) as engine:
        new = engine.queue().new
        assert [cid.split("|")[0] for cid in new] == ["other"] * 4 + ["small"] * 2
        # the totals default to the per-deck limits, as an Anki parent on the same preset
    with session(all_decks=True, config=engine_config(new_per_day=4)) as engine:
        assert len(engine.queue().new) == 4


def test_answers_in_an_all_decks_session_go_to_each_cards_deck(tmp_path: Path) -> None:
    two_decks(tmp_path)
    clock = FixedClock(START)
    config = engine_config(new_per_day=2, total_new_per_day=4, bury_siblings=False)
    with session(clock, all_decks=True, config=config) as engine:
        shown = answer_all(engine, Rating.EASY)
        assert {cid.split("|")[0] for cid in shown} == {"other", "small"}
        live, built = engine.queue(), engine.build_queue()
        assert live.ordered() == built.ordered() == []
        undone = engine.undo(None)  # the newest review of the current deck
        assert undone is not None
    with sqlite3.connect(db_path(data_dir())) as db:
        rows = db.execute("SELECT card_id, deck FROM review_log").fetchall()
    assert rows and all(card_id.startswith(f"{deck}|") for card_id, deck in rows)


def test_the_live_all_decks_queue_is_what_a_rebuild_gives(tmp_path: Path) -> None:
    two_decks(tmp_path)
    clock = FixedClock(START)
    config = engine_config(new_per_day=3, total_new_per_day=5)
    with session(clock, all_decks=True, config=config) as engine:
        for step, rating in enumerate([1, 3, 4, 3, 1, 2, 3, 3, 4, 3, 3, 3] * 2):
            card = engine.next_card()
            if card is None:
                clock.advance(minutes=15)
                continue
            engine.rate(card.id, Rating(rating))
            clock.advance(minutes=step % 4)
            live, built = engine.queue(), engine.build_queue()
            assert live.ordered() == built.ordered()
            assert live.counts() == built.counts()


def test_due_and_stats_cover_every_deck(tmp_path: Path) -> None:
    two_decks(tmp_path)
    import json

    due = json.loads(srs("due", "--json").stdout)
    assert due["deck"] is None and due["decks"] == ["other", "small"]
    assert {item["id"].split("|")[0] for item in due["queue"]} == {"other", "small"}
    one = json.loads(srs("due", "--deck", "small", "--json").stdout)
    assert one["deck"] == "small" and one["decks"] == ["small"]
    stats = json.loads(srs("stats", "--all", "--json").stdout)
    assert stats["deck"] is None and stats["title"] == "All decks"
    assert sum(stats["cards"].values()) == 2 * sum(
        json.loads(srs("stats", "--deck", "small", "--json").stdout)["cards"].values()
    )
    assert {s["name"].split(": ")[0] for s in stats["sections"]} == {"other", "small"}
    text = srs("stats").stdout
    assert text.startswith("All decks (other, small)")
    both = srs("review", "--all", "--deck", "small")
    assert both.returncode == 2
    assert both.stderr.strip().splitlines() == ["srs: --all and --deck: give one of them"]


# -- a subset ------------------------------------------------------------------------


def test_section_keeps_the_queue_to_its_cards(tmp_path: Path) -> None:
    two_decks(tmp_path)
    for name in ("More", "more", " MORE ", "mor"):  # case, spaces, a part of one name
        with session(deck="small", section=name) as engine:
            sections = {
                section for _, _, section in engine.kinds_and_sections(engine.queue().ordered())
            }
            assert sections == {"More"}
            assert engine.queue().new  # new cards of the section come too
    with session(all_decks=True, section="basics") as engine:  # every deck's
        ids = engine.queue().ordered()
        assert {cid.split("|")[0] for cid in ids} == {"other", "small"}
        assert {s for _, _, s in engine.kinds_and_sections(ids)} == {"Basics"}


def test_entry_names(tmp_path: Path) -> None:
    two_decks(tmp_path)
    for name in ("arxiv:1706.03762", "1706.03762", "attention", "ATTENT"):
        with session(deck="small", entries=[name]) as engine:
            assert engine.scope.subset is not None
            assert engine.scope.subset.entries == ("arxiv:1706.03762",)
            assert {cid.split("|")[1] for cid in engine.queue().ordered()} == {"arxiv:1706.03762"}
    with session(deck="small", entries=["bert", "lora"]) as engine:
        assert {cid.split("|")[1] for cid in engine.queue().ordered()} == {
            "arxiv:1810.04805",
            "arxiv:2106.09685",
        }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--section", "Basix"),
            "srs: no section 'Basix' in deck small (near: Basics)",
        ),
        (
            ("--section", "zzz"),
            "srs: no section 'zzz' in deck small (known: Basics, More)",
        ),
        (
            ("--entry", "Atention"),
            "srs: no entry 'Atention' in deck small (near: Attention (arxiv:1706.03762))",
        ),
        (
            ("--entry", "r"),
            "srs: entry 'r' matches several in deck small: ",
        ),
    ],
)
def test_unknown_or_ambiguous_names_are_one_line(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    two_decks(tmp_path)
    done = srs("review", "--deck", "small", *args)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message), lines
    assert "Traceback" not in done.stderr


# -- cram ----------------------------------------------------------------------------


def test_cram_leaves_every_schedule_and_the_review_log_unchanged(tmp_path: Path) -> None:
    two_decks(tmp_path)
    clock = FixedClock(START)
    config = engine_config(new_per_day=3)
    with session(clock, deck="small", config=config) as engine:  # some real history first
        answer_all(engine, Rating.GOOD)
        card = engine.cards()[5]
        engine.suspend(card.id)
    clock.advance(days=1, hours=1)
    before = dump(data_dir())
    with session(clock, deck="small", config=config, section="basics", cram=True) as engine:
        assert engine.cramming
        counts = engine.counts()
        assert counts.total == 8  # every Basics card of the deck but the suspended one
        seen: list[str] = []
        ratings = [Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY]
        step = 0
        while (card := engine.next_card()) is not None:
            rating = ratings[step % 4]
            result = engine.rate(card.id, rating, duration_ms=500, shown=card)
            seen.append(card.id)
            step += 1
            if step == 5:
                assert engine.undo(result.log_id) == card.id  # undo, in memory
                assert engine.next_card() == card
            assert step < 100
        assert engine.counts().total == 0
        assert len(set(seen)) == 8
        with pytest.raises(BadInput, match="cram: schedules unchanged"):
            engine.bury(seen[0])
    assert dump(data_dir()) == before


def test_cram_through_the_cli_is_one_line_on_a_bad_name(tmp_path: Path) -> None:
    two_decks(tmp_path)
    done = srs("review", "--cram", "--section", "nothing-like-it")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1


def test_cram_answers_the_next_day_as_if_it_never_happened(tmp_path: Path) -> None:
    """The real queue after a cram is the one without it."""
    two_decks(tmp_path)
    clock = FixedClock(START)
    with session(clock, deck="small") as engine:
        expected = engine.build_queue().ordered()
    with session(clock, deck="small", cram=True) as engine:
        while (card := engine.next_card()) is not None:
            engine.rate(card.id, Rating.EASY)
    clock.advance(minutes=1)
    with session(clock, deck="small") as engine:
        assert engine.build_queue().ordered() == expected
        assert engine.next_due() == clock.now()
