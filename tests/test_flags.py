"""Flagging a bad card (issue 20): the reason and time kept, the card out of the queue
until it is unflagged, edited or regenerated, the flag rate in `srs stats`, `srs cards
--flagged` and `--unflag`, the export's tag in a real Anki collection, a rebuild that
clears a flag and says so, and the `f` key in the review app and in browse."""

from __future__ import annotations

import html
import json
import re
import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from cli_helpers import srs
from engine_helpers import SMALL_LIST, START, answer_all, engine_config, open_engine, write_list

from srs.anki.bridge import Bridge
from srs.anki.export import export_deck, note_guid
from srs.anki.note_push import push_deck_notes
from srs.clock import FixedClock, to_ms
from srs.deck.deckfile import deck_path, load_deck, save_deck
from srs.errors import BadInput
from srs.locations import data_dir
from srs.store.db import db_path
from srs.store.engine import Engine
from srs.tui import make_app
from srs.tui.browse import BrowseScreen, CardDetailScreen
from srs.tui.flag import FlagPicker
from srs.tui.review import ReviewScreen

GIST = "small|arxiv:1706.03762|gist"
REVERSE = "small|arxiv:1706.03762|reverse"
#: the Attention entry reworded: its gist and reverse cards change, nothing else
REWORDED = SMALL_LIST.replace("that started it all.", "behind every LLM.")


def flag_rows() -> list[tuple[str, str, int, str, str, int | None, str | None]]:
    with sqlite3.connect(db_path(data_dir())) as db:
        return db.execute(
            """SELECT card_id, reason, flagged_at, kind, origin, cleared_at, cleared_by
               FROM card_flags ORDER BY id"""
        ).fetchall()


def queued(engine: Engine) -> set[str]:
    return set(engine.queue().ordered())


def reopen(clock: FixedClock) -> Engine:
    """The deck opened again, as the next `srs` command would (loading a changed file)."""
    return Engine.open(home=data_dir(), deck="small", config=engine_config(), clock=clock)


# -- the store -------------------------------------------------------------------


def test_a_flag_keeps_its_reason_and_time_and_the_card_leaves_the_queue(tmp_path: Path) -> None:
    clock = FixedClock(START)
    with open_engine(tmp_path, clock, bury_siblings=False) as engine:
        assert GIST in queued(engine)
        clock.advance(minutes=5)
        engine.flag(GIST, "gives-away")
        assert flag_rows() == [
            (
                GIST,
                "gives-away",
                to_ms(START + timedelta(minutes=5)),
                "gist",
                "template",
                None,
                None,
            )
        ]
        assert engine.card(GIST).flag == "gives-away"
        [flagged] = engine.flagged_cards()
        assert (flagged.id, flagged.reason, flagged.flagged_at) == (
            GIST,
            "gives-away",
            START + timedelta(minutes=5),
        )
        assert GIST not in queued(engine)
        # never shown, today or any day after, while it stays flagged
        assert GIST not in answer_all(engine)
        clock.advance(days=3)
        assert GIST not in answer_all(engine)
        assert engine.card(GIST).state == "new"
        # unflagged: back in the queue; the flag stays in the database, cleared
        assert engine.unflag(GIST) == "gives-away"
        assert GIST in queued(engine)
        assert engine.card(GIST).flag is None and engine.flagged_cards() == []
        [row] = flag_rows()
        assert row[1] == "gives-away" and row[5] == to_ms(clock.now()) and row[6] == "unflag"
        assert engine.unflag(GIST) is None  # not flagged: nothing to clear


def test_a_bad_reason_or_card_is_refused(tmp_path: Path) -> None:
    with open_engine(tmp_path) as engine:
        with pytest.raises(BadInput, match="one of vague, gives-away, off-target, wrong"):
            engine.flag(GIST, "boring")
        with pytest.raises(BadInput, match="no card with id"):
            engine.flag("small|nope", "vague")
        with pytest.raises(BadInput, match="no card with id"):
            engine.unflag("small|nope")
        assert flag_rows() == []


def test_a_card_edited_in_its_deck_file_comes_back(tmp_path: Path) -> None:
    clock = FixedClock(START)
    with open_engine(tmp_path, clock) as engine:
        engine.flag(GIST, "vague")
        engine.flag(REVERSE, "wrong")
    path = deck_path(data_dir(), "small")
    deck = load_deck(path)
    deck.cards = [
        replace(card, back="the first transformer: attention only, no recurrence", locked=True)
        if card.id == GIST
        else card
        for card in deck.cards
    ]
    save_deck(deck, path)
    clock.advance(hours=1)
    with reopen(clock) as engine:
        assert engine.loaded is not None and engine.loaded.unflagged == [GIST]
        assert GIST in queued(engine) and REVERSE not in queued(engine)
        assert [card.id for card in engine.flagged_cards()] == [REVERSE]
    assert [(row[0], row[6]) for row in flag_rows()] == [(GIST, "changed"), (REVERSE, None)]


# -- srs build -------------------------------------------------------------------


def test_a_rebuild_that_changes_a_flagged_card_clears_its_flag_and_says_so(
    tmp_path: Path,
) -> None:
    with open_engine(tmp_path) as engine:
        engine.flag(GIST, "vague")
        engine.flag("small|arxiv:1810.04805|gist", "off-target")  # unchanged by the rebuild
    write_list(tmp_path, REWORDED)
    dry = srs("build", str(tmp_path / "small.md"), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"unflagged {GIST}: its text changed" in dry.stdout
    assert "1 flagged card changed: its flag would be cleared" in dry.stdout
    assert all(row[5] is None for row in flag_rows())  # a dry run clears nothing

    done = srs("build", str(tmp_path / "small.md"), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["changed"] == [GIST, REVERSE] and report["unflagged"] == [GIST]
    assert [(row[0], row[6]) for row in flag_rows()] == [
        (GIST, "changed"),
        ("small|arxiv:1810.04805|gist", None),
    ]
    with reopen(FixedClock(START)) as engine:
        assert GIST in queued(engine)
        assert "small|arxiv:1810.04805|gist" not in queued(engine)

    write_list(tmp_path, SMALL_LIST)
    back = srs("build", str(tmp_path / "small.md"))
    assert "unflagged" not in back.stdout and "flagged card" not in back.stdout


# -- srs stats -------------------------------------------------------------------


def test_stats_show_the_flag_rate_per_kind_and_origin(tmp_path: Path) -> None:
    clock = FixedClock(START)
    with open_engine(tmp_path, clock, bury_siblings=False) as engine:
        reviewed: list[str] = []
        for _ in range(4):  # four cards met by a review
            card = engine.next_card()
            assert card is not None
            engine.rate(card.id, 3)
            reviewed.append(card.id)
        engine.flag(GIST, "vague")  # met: flagged
        engine.flag(REVERSE, "wrong")
        engine.unflag(REVERSE)  # flagged once: still counts
        cards = {card.id: card for card in engine.cards()}
    met = set(reviewed) | {GIST, REVERSE}
    result = srs("stats", "--deck", "small", "--json")
    assert result.returncode == 0, result.stderr
    flags = json.loads(result.stdout)["flags"]
    assert (flags["open"], flags["flagged"]) == (1, 2)
    assert flags["reasons"] == {"vague": 1, "wrong": 1}
    by_kind = {row["kind"]: row for row in flags["by_kind"]}
    for kind in {cards[cid].kind for cid in met}:
        count = sum(1 for cid in met if cards[cid].kind == kind)
        flagged = {"gist": 1, "reverse": 1}.get(kind, 0)
        assert by_kind[kind] == {
            "kind": kind,
            "met": count,
            "flagged": flagged,
            "open": 1 if kind == "gist" else 0,
            "rate": round(flagged / count, 4),
        }
    assert set(by_kind) == {cards[cid].kind for cid in met}
    assert flags["by_origin"] == [
        {
            "origin": "template",
            "met": len(met),
            "flagged": 2,
            "open": 1,
            "rate": round(2 / len(met), 4),
        }
    ]

    text = srs("stats", "--deck", "small")
    assert "flags:    1 flagged now, 2 ever (vague 1, wrong 1)" in text.stdout
    gist_rate = by_kind["gist"]["rate"]
    assert any(
        line.split() == ["kind", "gist", str(by_kind["gist"]["met"]), "1", f"{gist_rate:.1%}"]
        for line in text.stdout.splitlines()
    )


def test_a_flag_counts_for_the_origin_the_card_had_when_flagged(tmp_path: Path) -> None:
    clock = FixedClock(START)
    with open_engine(tmp_path, clock) as engine:
        engine.flag(GIST, "wrong")
    path = deck_path(data_dir(), "small")
    deck = load_deck(path)
    deck.cards = [
        replace(card, back="my own answer", origin="manual") if card.id == GIST else card
        for card in deck.cards
    ]
    save_deck(deck, path)
    with reopen(clock) as engine:
        assert engine.card(GIST).origin == "manual" and engine.flagged_cards() == []
    flags = json.loads(srs("stats", "--deck", "small", "--json").stdout)["flags"]
    assert flags["by_origin"] == [
        {"origin": "manual", "met": 1, "flagged": 0, "open": 0, "rate": 0.0},
        {"origin": "template", "met": 1, "flagged": 1, "open": 0, "rate": 1.0},
    ]


def test_stats_say_nothing_of_flags_before_the_first(tmp_path: Path) -> None:
    open_engine(tmp_path).close()
    assert "flag" not in srs("stats", "--deck", "small").stdout
    flags = json.loads(srs("stats", "--deck", "small", "--json").stdout)["flags"]
    assert flags == {"open": 0, "flagged": 0, "reasons": {}, "by_kind": [], "by_origin": []}


# -- srs cards -------------------------------------------------------------------


def test_cards_flagged_lists_them_and_unflag_clears_one(tmp_path: Path) -> None:
    with open_engine(tmp_path) as engine:
        none = srs("cards", "--flagged")
        assert none.returncode == 0 and "small: no card is flagged" in none.stdout
        engine.flag(REVERSE, "gives-away")
        engine.flag(GIST, "vague")

    listed = json.loads(srs("cards", "--flagged", "--json").stdout)
    assert [(card["id"], card["reason"]) for card in listed] == [
        (GIST, "vague"),
        (REVERSE, "gives-away"),
    ]  # in the deck's order
    assert set(listed[0]) == {
        "id",
        "kind",
        "origin",
        "section",
        "front",
        "back",
        "reason",
        "flagged_at",
        "retired",
    }
    assert listed[0]["flagged_at"] == START.isoformat()
    assert (listed[0]["kind"], listed[0]["origin"], listed[0]["retired"]) == (
        "gist",
        "template",
        False,
    )
    text = srs("cards", "--flagged").stdout
    assert f"{GIST}  [gist, template] Basics" in text
    assert "  flagged: gives the answer away (" in text and "  Q: What is **Attention**?" in text

    cleared = srs("cards", "--unflag", GIST)
    assert cleared.returncode == 0
    assert cleared.stdout == f"unflagged {GIST} (it was flagged vague); it comes back to reviews\n"
    again = srs("cards", "--unflag", GIST, "--json")
    assert json.loads(again.stdout) == {"id": GIST, "reason": None}
    assert [card["id"] for card in json.loads(srs("cards", "--flagged", "--json").stdout)] == [
        REVERSE
    ]

    unknown = srs("cards", "--unflag", "small|nope")
    assert unknown.returncode == 2
    assert unknown.stderr == "srs: no card with id 'small|nope'\n"
    both = srs("cards", "--flagged", "--held-back")
    assert both.returncode == 2 and "Traceback" not in both.stderr


# -- the Anki export -------------------------------------------------------------


def _import(col: Collection, apkg: Path) -> None:
    col.import_anki_package(
        ImportAnkiPackageRequest(
            package_path=str(apkg), options=ImportAnkiPackageOptions(merge_notetypes=True)
        )
    )


def _tags(col: Collection, card_id: str) -> set[str]:
    nid = col.db.scalar("SELECT id FROM notes WHERE guid = ?", note_guid(card_id))
    return set(col.get_note(nid).tags)


def test_the_export_tags_flagged_notes(collection: Collection, tmp_path: Path) -> None:
    clock = FixedClock(START)
    with open_engine(tmp_path, clock) as engine:
        engine.flag(GIST, "off-target")
        export_deck(engine, tmp_path / "v1.apkg", progress=False)
        _import(collection, tmp_path / "v1.apkg")
        assert "srs::flagged::off-target" in _tags(collection, GIST)
        assert not any(tag.startswith("srs::flagged") for tag in _tags(collection, REVERSE))
        assert len(collection.find_notes("tag:srs::flagged::*")) == 1
        # unflagged a day later: the re-import drops the tag (the note is newer)
        clock.advance(days=1)
        engine.unflag(GIST)
        engine.flag(REVERSE, "gives-away")
        export_deck(engine, tmp_path / "v2.apkg", progress=False)
        _import(collection, tmp_path / "v2.apkg")
    assert not any(tag.startswith("srs::flagged") for tag in _tags(collection, GIST))
    assert "srs::flagged::gives-away" in _tags(collection, REVERSE)


def test_a_sync_push_carries_the_flag_tag(tmp_path: Path) -> None:
    clock = FixedClock(START)
    with open_engine(tmp_path, clock) as engine:
        bridge = Bridge.open(tmp_path / "bridge" / "collection.anki2")
        try:
            push_deck_notes(engine, bridge, frozenset(), to_ms(clock.now()))
            clock.advance(hours=1)
            engine.flag(GIST, "wrong")
            # the deck's notes stamp moved: a sync pushes its notes again
            assert push_deck_notes(engine, bridge, frozenset(), to_ms(clock.now())) == 1
            assert "srs::flagged::wrong" in _tags(bridge.col, GIST)
            clock.advance(hours=1)
            engine.unflag(GIST)
            assert push_deck_notes(engine, bridge, frozenset(), to_ms(clock.now())) == 1
            assert not any(tag.startswith("srs::flagged") for tag in _tags(bridge.col, GIST))
        finally:
            bridge.close()


# -- the review app and browse (Pilot) -------------------------------------------


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")


def make(tmp_path: Path, clock: FixedClock | None = None):  # type: ignore[no-untyped-def]
    engine = open_engine(tmp_path, clock or FixedClock(START), bury_siblings=False)
    return make_app(engine, open_url=[].append, monotonic=lambda: 0.0), engine


async def test_f_in_review_flags_the_shown_card_with_the_reason_picked(tmp_path: Path) -> None:
    app, engine = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        first = screen.card
        assert first is not None
        await pilot.press("f")
        assert isinstance(app.screen, FlagPicker)
        await pilot.press("escape")  # cancelled: nothing flagged, the same card
        assert app.screen is screen and screen.card is not None
        assert screen.card.id == first.id and flag_rows() == []

        await pilot.press("space", "f")  # on the answer side too
        assert isinstance(app.screen, FlagPicker)
        await pilot.press("down", "enter")  # the second reason: gives the answer away
        await pilot.pause()
        assert app.screen is screen
        assert [(row[0], row[1]) for row in flag_rows()] == [(first.id, "gives-away")]
        assert screen.card is not None and screen.card.id != first.id and not screen.revealed
        assert engine.card(first.id).flag == "gives-away"
        assert first.id not in queued(engine)

        second = screen.card
        await pilot.press("f", "4")  # a digit picks at once
        await pilot.pause()
        assert (second.id, "wrong") in [(row[0], row[1]) for row in flag_rows()]
        assert screen.card is not None and screen.card.id not in {first.id, second.id}
        assert screen.session.ratings == []  # flagging is not a review

        await pilot.press("question_mark")  # the help lists the key
        assert re.search(r"^\s*│?\s*f\s{2,}Flag a bad card", screen_text(app), re.MULTILINE)


async def test_f_in_browse_flags_and_unflags(tmp_path: Path) -> None:
    app, engine = make(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash")
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("f")  # typed into the filter, not a hotkey
        assert browse.query_one("#filter").value == "f"  # type: ignore[attr-defined]
        await pilot.press("backspace", "down")  # to the table
        await app.workers.wait_for_complete()
        await pilot.pause()
        card_id = browse._current_id()
        assert card_id is not None
        await pilot.press("f")
        assert isinstance(app.screen, FlagPicker)
        await pilot.press("1")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is browse and engine.card(card_id).flag == "vague"
        table = browse.query_one("DataTable")
        row = table.get_row(card_id)  # type: ignore[attr-defined]
        assert row[1] == "flagged"

        await pilot.press("f")  # the same key on a flagged card unflags it
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, FlagPicker)
        assert engine.card(card_id).flag is None
        assert [row[6] for row in flag_rows()] == ["unflag"]

        # in a card's details too
        await pilot.press("enter")
        assert isinstance(app.screen, CardDetailScreen)
        await pilot.press("f", "3")
        await pilot.pause()
        assert engine.card(card_id).flag == "off-target"
        assert isinstance(app.screen, CardDetailScreen)
        assert "flagged     off-target" in str(
            app.screen.query_one("#detail-schedule").render()  # type: ignore[attr-defined]
        )
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+f", *"is:flagged")
        await pilot.pause(0.3)
        assert table.row_count == 1  # type: ignore[attr-defined]
