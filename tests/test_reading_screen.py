"""The review app's reading screen (`r`) and the end screen's reading suggestions, with
Textual's Pilot at 80x24 and 120x40."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from engine_helpers import SMALL_LIST, START, engine_config, open_engine
from textual.widgets import OptionList

from srs.build import build
from srs.clock import FixedClock
from srs.learn.reading_plan import mark_entry, reading_plan
from srs.locations import data_dir
from srs.store.day_queue import new_cards_left
from srs.store.engine import Engine
from srs.store.rating import Rating
from srs.tui import make_app
from srs.tui.help import HelpScreen
from srs.tui.links import LinkPicker
from srs.tui.reading import ReadingScreen
from srs.tui.review import ReviewScreen

SIZES = [(80, 24), (120, 40)]
ATTENTION, BERT, GPT3, LORA = (
    "arxiv:1706.03762",
    "arxiv:1810.04805",
    "arxiv:2005.14165",
    "arxiv:2106.09685",
)


def screen_text(app: Any) -> str:
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")


def statuses(engine: Engine) -> dict[str, str]:
    return {state.entry.key: state.status for state in reading_plan(engine).entries}


async def settle(pilot: Any) -> None:
    """Let the workers finish and their messages land."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def open_reading(pilot: Any) -> ReadingScreen:
    await pilot.press("r")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


@pytest.mark.parametrize("size", SIZES)
async def test_reading_screen_lists_marks_and_keeps_the_cursor(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    mark_entry(engine, "1", "read")
    mark_entry(engine, "2", "skipped")
    opened: list[str] = []
    app = make_app(engine, open_url=opened.append, monotonic=lambda: 0.0)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "r Reading" in screen_text(app)  # in the review screen's footer
        screen = await open_reading(pilot)
        text = screen_text(app)
        assert "Small list" in text and "1 of 6 entries read" in text
        for label in ("Basics", "More", "Attention paper", "skipped", "ReAct paper", "learned"):
            assert label in text, label
        assert re.search(r"▶\s+3\s+unread\s+GPT3 paper", text)  # the next entry, marked
        highlighted = screen.highlighted()
        assert highlighted is not None and highlighted.entry.key == GPT3  # and under the cursor
        assert "5 cards" in text  # its detail line
        for key in ("esc Back", "m Mark read", "r Reading", "q Quit"):  # the footer fits
            assert key in text, key

        await pilot.press("m")  # GPT3: read
        await settle(pilot)
        assert statuses(engine)[GPT3] == "read"
        assert screen.highlighted().entry.key == GPT3  # type: ignore[union-attr]
        text = screen_text(app)
        assert "2 of 6 entries read" in text and re.search(r"▶\s+4\s+unread\s+LoRA", text)

        await pilot.press("down", "i")  # LoRA: reading
        await settle(pilot)
        assert statuses(engine)[LORA] == "reading"
        await pilot.press("up", "u")  # GPT3: unread again
        await settle(pilot)
        assert statuses(engine)[GPT3] == "unread"
        await pilot.press("s")
        await settle(pilot)
        assert statuses(engine)[GPT3] == "skipped"

        await pilot.press("enter")  # one web link: opened
        assert opened == ["https://arxiv.org/abs/2005.14165"]
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_enter_offers_an_entrys_links_in_the_link_picker(tmp_path: Path) -> None:
    two_links = SMALL_LIST.replace(
        "the **transformer** architecture that started it all.",
        "the **transformer** architecture, see [code](https://github.com/x/y) too.",
    )
    engine = open_engine(tmp_path, FixedClock(START), text=two_links)
    opened: list[str] = []
    app = make_app(engine, open_url=opened.append, monotonic=lambda: 0.0)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_reading(pilot)
        assert screen.highlighted().entry.key == ATTENTION  # type: ignore[union-attr]
        assert "2 links" in screen_text(app)
        await pilot.press("enter")
        assert isinstance(app.screen, LinkPicker)
        await pilot.press("down", "enter")
        assert opened == ["https://github.com/x/y"]
        assert isinstance(app.screen, ReadingScreen)


async def test_help_lists_the_reading_keys(tmp_path: Path) -> None:
    app = make_app(open_engine(tmp_path), open_url=list().append, monotonic=lambda: 0.0)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert re.search(r"^\s*│?\s*r\s{2,}Reading", screen_text(app), re.MULTILINE)
        await pilot.press("escape")
        await open_reading(pilot)
        await pilot.press("question_mark")
        text = screen_text(app)
        for key, does in (
            ("Enter", "Open the entry's links"),
            ("m", "Mark read"),
            ("i", "Mark reading"),
            ("s", "Mark skipped"),
            ("u", "Mark unread"),
        ):
            assert re.search(rf"^\s*│?\s*{key}\s{{2,}}{does}", text, re.MULTILINE), key


MARKUP_LIST = (
    SMALL_LIST.replace("title: Small list", "title: Tricky [b]list[/b]")
    .replace("## Section 1: Basics", "## [red]Red[/red] section")
    .replace("**[Attention](", "**[Attention [bold]x[/bold]](")
)


async def test_titles_and_sections_show_as_text(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START), text=MARKUP_LIST)
    app = make_app(engine, open_url=list().append, monotonic=lambda: 0.0)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_reading(pilot)
        text = screen_text(app)
        assert "Attention [bold]x[/bold] paper" in text
        assert "[red]Red[/red] section" in text
        assert "Tricky [b]list[/b]" in text
        await pilot.press("m")
        await settle(pilot)
        assert statuses(engine)[ATTENTION] == "read"


async def test_a_deck_file_without_entries_says_so(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    deck = data_dir() / "decks" / "small.yaml"
    text = deck.read_text(encoding="utf-8")
    deck.write_text(text[: text.index("entries:")] + text[text.index("cards:") :], "utf-8")
    app = make_app(engine, open_url=list().append, monotonic=lambda: 0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reading(pilot)
        assert "run `srs build` once" in screen_text(app).replace("\n", " ")
        assert screen.highlighted() is None
        await pilot.press("m", "enter")  # nothing to mark or open: nothing happens
        assert app.is_running and app.screen is screen


# -- the end screen ---------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
async def test_end_screen_suggests_the_next_entry_then_its_cards_come(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """With new_cards = "read" and nothing read, no new card is left: the end screen
    names the entry to read; marked read on the reading screen, its cards come."""
    engine = open_engine(tmp_path, FixedClock(START), new_cards="read")
    app = make_app(engine, open_url=list().append, monotonic=lambda: 0.0)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen) and review.card is None
        text = screen_text(app)
        assert "Nothing is due now" in text
        assert "No new cards left. Read next: 1. Attention paper" in text
        assert "r: reading list" in text
        await open_reading(pilot)
        await pilot.press("m", "escape")
        await settle(pilot)
        assert app.screen is review
        assert review.card is not None and review.card.entry == ATTENTION


async def test_no_suggestion_while_new_cards_are_left(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START), new_per_day=1)
    app = make_app(engine, open_url=list().append, monotonic=lambda: 0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "4")  # the day's one new card: the end
        await settle(pilot)
        text = screen_text(app)
        assert "Session complete" in text and "Read next" not in text


@pytest.mark.parametrize("size", SIZES)
async def test_end_screen_names_entries_to_re_read(tmp_path: Path, size: tuple[int, int]) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False, new_per_day=99)
    lora = [card for card in engine.cards() if card.entry == LORA]
    for card in lora:
        engine.rate(card.id, Rating.EASY, duration_ms=1000)
    clock.advance(timedelta(days=30))
    for card in lora[:2]:  # two of its cards lapse in a week: re-read it
        engine.rate(card.id, Rating.AGAIN, duration_ms=1000)
    for card in engine.cards():  # nothing due, no new card left: the session is over
        engine.suspend(card.id)
    app = make_app(engine, open_url=list().append, monotonic=lambda: 0.0)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert app.screen.card is None  # type: ignore[attr-defined]
        text = screen_text(app)
        assert "Re-read: 4. LoRA paper (2 lapses in 30 days" in text.replace("\n", " ")
        assert "No new cards left. Read next: 1. Attention paper" in text
        screen = await open_reading(pilot)
        assert "re-read" in screen_text(app)
        assert screen.highlighted().entry.key == ATTENTION  # type: ignore[union-attr]
        entries = screen.query_one(OptionList)
        assert entries.option_count == 8  # two sections, six entries


async def test_a_session_of_several_decks_shows_each_list(tmp_path: Path) -> None:
    open_engine(tmp_path, FixedClock(START)).close()
    other = tmp_path / "other.md"
    other.write_text(
        SMALL_LIST.replace("title: Small list", "title: Other list").replace(
            "slug: small", "slug: other"
        ),
        encoding="utf-8",
    )
    build(other, home=data_dir())
    engine = Engine.open(
        home=data_dir(), config=engine_config(), clock=FixedClock(START), all_decks=True
    )
    assert engine.scope.several
    app = make_app(engine, open_url=list().append, monotonic=lambda: 0.0)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_reading(pilot)
        text = screen_text(app)
        assert "Reading lists (2 decks)" in text and "0 of 12 entries read" in text
        assert "Other list (other)" in text and "Small list (small)" in text
        first = screen.highlighted()
        assert first is not None and first.entry.key == ATTENTION
        for _ in range(6):  # the cursor skips headings: to the second deck's first entry
            await pilot.press("down")
        assert screen.highlighted_row() == ("small", ATTENTION)
        await pilot.press("m")
        await settle(pilot)
        plans = {plan.deck: plan for plan in screen.found.plans}  # type: ignore[union-attr]
        assert plans["small"].find(ATTENTION).status == "read"
        assert plans["other"].find(ATTENTION).status == "unread"


def test_new_cards_left_follows_the_reading_mode(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    assert new_cards_left(engine.db, "small", "all")
    assert not new_cards_left(engine.db, "small", "read")  # nothing read yet
    mark_entry(engine, "6", "read")
    assert new_cards_left(engine.db, "small", "read")
    for card in engine.cards():
        if card.entry != "arxiv:2210.03629":
            engine.suspend(card.id)
    assert new_cards_left(engine.db, "small", "all")
    for card in engine.cards():
        if not card.suspended:
            engine.flag(card.id, "vague")  # flagged cards never come
    assert not new_cards_left(engine.db, "small", "all")
