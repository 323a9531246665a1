from __future__ import annotations

import html
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from engine_helpers import SMALL_LIST, START, engine_config, open_engine
from textual.widgets import DataTable

from srs.clock import FixedClock
from srs.locations import data_dir
from srs.store.db import db_path
from srs.store.engine import Engine
from srs.store.rating import Rating
from srs.tui import make_app
from srs.tui.browse import BrowseScreen, CardDetailScreen
from srs.tui.card_text import CardText
from srs.tui.help import HelpScreen
from srs.tui.links import LinkPicker
from srs.tui.notices import NoticeLine
from srs.tui.render import question_markdown
from srs.tui.review import ReviewScreen
from srs.tui.stats import StatsScreen


class Ticker:
    """A fake monotonic clock: each reading is two seconds after the last."""

    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        self.t += 2.0
        return self.t


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    svg = app.export_screenshot()
    text = html.unescape(re.sub(r"<[^>]+>", "", svg))
    return text.replace("\xa0", " ")


def make(tmp_path: Path, **overrides: object):  # type: ignore[no-untyped-def]
    engine = open_engine(tmp_path, FixedClock(START), **overrides)
    opened: list[str] = []
    app = make_app(engine, open_url=opened.append, monotonic=Ticker())
    return app, engine, opened


async def until(pilot, condition, what: str) -> None:  # type: ignore[no-untyped-def]
    """Let the app run until `condition()` holds (a timer fired, a toast showed), however
    slow the machine: never a fixed pause raced against the app's own delay."""
    for _ in range(600):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never happened: {what}")


def notices(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The notices the review screen shows now."""
    review = next(s for s in app.screen_stack if isinstance(s, ReviewScreen))
    return review.query_one(NoticeLine).messages


def log_rows() -> list[tuple[str, int, int | None]]:
    with sqlite3.connect(db_path(data_dir())) as db:
        return db.execute(
            "SELECT card_id, rating, undone_at FROM review_log ORDER BY id"
        ).fetchall()


async def test_reveal_then_each_rating_is_committed(tmp_path: Path) -> None:
    app, _, _ = make(tmp_path, bury_siblings=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        for value in (1, 2, 3, 4):
            card = screen.card
            assert card is not None and not screen.revealed
            await pilot.press(str(value))  # rating before reveal does nothing
            assert screen.card == card and len(log_rows()) == value - 1
            await pilot.press("space")
            assert screen.revealed and screen.query_one("#answers").display
            label = str(screen.query_one(f"#rate-{value}").label)
            assert label.startswith(f"{value} {Rating(value).label} · ")
            await pilot.press(str(value))
            # committed before the next card shows: another connection sees it
            rows = log_rows()
            assert rows[-1][:2] == (card.id, value)
            assert screen.card is not None and not screen.revealed
        assert [r for _, r, _ in log_rows()] == [1, 2, 3, 4]
        assert screen.session.spent_ms == 4 * 2000


async def test_enter_reveals_too_and_buttons_rate(tmp_path: Path) -> None:
    app, _, _ = make(tmp_path)
    async with app.run_test() as pilot:
        await pilot.press("enter")
        assert app.screen.revealed  # type: ignore[attr-defined]
        await pilot.click("#rate-3")
        assert [r for _, r, _ in log_rows()] == [3]


async def test_the_buttons_rate_only_with_the_answer(tmp_path: Path) -> None:
    """Under a question the rating buttons show, disabled (drawn as Textual draws a
    disabled button); under the answer they rate. (One row, relabelled and disabled
    without a restyle: showing a card restyles and lays out no button.)"""
    app, _, _ = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        buttons = list(screen.query("#answers Button"))
        for _ in range(2):
            assert [str(b.label) for b in buttons] == [f"{r.value} {r.label}" for r in Rating]
            assert all(b.disabled and b.styles.text_opacity == 0.6 for b in buttons)
            await pilot.click("#rate-3")
            assert not screen.revealed and len(log_rows()) == len(screen.session.ratings)
            await pilot.press("space")
            assert all(
                str(b.label).startswith(f"{r.value} {r.label} · ")
                for b, r in zip(buttons, Rating, strict=True)
            )
            assert not any(b.disabled for b in buttons)
            assert all(b.styles.text_opacity == 1.0 for b in buttons)
            await pilot.click("#rate-3")
            assert log_rows()[-1][1] == 3 and not screen.revealed


async def test_undo_restores_and_shows_the_card_again(tmp_path: Path) -> None:
    app, engine, _ = make(tmp_path)
    async with app.run_test() as pilot:
        screen = app.screen
        first = screen.card.id  # type: ignore[attr-defined]
        await pilot.press("space", "3", "space", "1")
        await pilot.press("u")
        assert log_rows()[-1][2] is not None
        await pilot.press("u")
        assert screen.card.id == first  # type: ignore[attr-defined]
        assert all(undone is not None for _, _, undone in log_rows())
        assert engine.card(first).state == "new"
        await pilot.press("u")  # nothing left: a notice, no crash
        assert screen.card.id == first  # type: ignore[attr-defined]


async def test_suspend_bury_and_open_link(tmp_path: Path) -> None:
    app, engine, opened = make(tmp_path, bury_siblings=False)
    async with app.run_test() as pilot:
        screen = app.screen
        first = screen.card  # type: ignore[attr-defined]
        await pilot.press("space", "o")
        assert opened == ["https://arxiv.org/abs/1706.03762"]
        await pilot.press("s")
        assert engine.card(first.id).suspended
        second = screen.card  # type: ignore[attr-defined]
        assert second.id != first.id
        await pilot.press("b")
        assert engine.card(second.id).buried_until is not None
        assert screen.card.id not in {first.id, second.id}  # type: ignore[attr-defined]


async def test_quit_and_relaunch_keeps_everything(tmp_path: Path) -> None:
    app, _, _ = make(tmp_path)
    async with app.run_test() as pilot:
        await pilot.press("space", "4", "space", "3")
        seen = [cid for cid, _, _ in log_rows()]
        await pilot.press("q")
    assert not app.is_running
    engine = Engine.open(
        home=data_dir(), deck="small", config=engine_config(), clock=FixedClock(START)
    )
    app2 = make_app(engine, open_url=list().append, monotonic=Ticker())
    async with app2.run_test() as pilot:
        assert [cid for cid, _, _ in log_rows()] == seen
        assert app2.screen.card.id not in seen  # type: ignore[attr-defined]
        assert engine.card(seen[0]).state == "review"
        await pilot.press("u")  # undo stays within a session: the last one's reviews stand
        assert all(undone is None for _, _, undone in log_rows())


async def test_nothing_due_shows_when_next(tmp_path: Path) -> None:
    app, _, _ = make(tmp_path, new_per_day=0)
    async with app.run_test() as pilot:
        text = screen_text(app)
        assert "Nothing is due now." in text and "Next card due" in text
        await pilot.press("t")
        assert isinstance(app.screen, StatsScreen)


async def test_session_summary(tmp_path: Path) -> None:
    app, _, _ = make(tmp_path, new_per_day=2)
    async with app.run_test() as pilot:
        await pilot.press("space", "4", "space", "1", "space", "4")
        text = screen_text(app)
        assert "Session complete" in text
        assert re.search(r"Cards reviewed\s+3", text)
        assert re.search(r"Answered Again\s+33%", text)
        assert re.search(r"Time spent\s+0m 06s", text)


MARKUP_LIST = SMALL_LIST.replace(
    "bidirectional encoders for **classification** tasks.",
    "bidirectional [bold]encoders[/] with [link=https://evil.example]x[/link] and "
    "[red]tags[/red] <b>html</b> for **classification** tasks.",
)


async def test_markup_in_cards_shows_literally(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START), text=MARKUP_LIST, bury_siblings=False)
    # (the gist: its answer is the list's text, markup and all — a long noun phrase after
    # the name defines it, so the list's words are asked as what BERT is)
    bert = engine.card("small|arxiv:1810.04805|gist")
    app = make_app(engine, open_url=list().append, monotonic=Ticker())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await screen.show_card(bert)  # type: ignore[attr-defined]
        await pilot.press("space")
        text = screen_text(app)
        assert "[bold]encoders[/]" in text
        assert "[link=" in text and "]x[/link]" in text  # the URL is debris: cut, as text
        assert "[red]tags[/red]" in text
        # raw HTML in the list is stripped at parse time: only its text remains
        assert "<b>" not in bert.back, bert.back
        assert "[red]tags[/red] html" in text


async def test_help_lists_every_key(tmp_path: Path) -> None:
    app, _, _ = make(tmp_path)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for key in ("Space / Enter", "1", "2", "3", "4", "u", "s", "b", "o", "?", "q", "t", "/"):
            assert re.search(rf"^\s*│?\s*{re.escape(key)}\s{{2,}}\w", text, re.MULTILINE), key
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_stats_screen(tmp_path: Path) -> None:
    app, _, _ = make(tmp_path)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("space", "3")
        await pilot.press("t")
        text = screen_text(app)
        for label in (
            "Cards by state",
            "True retention",
            "Due in the next 30 days",
            "Workload plan, next 30 days",
            "Reviews, last 26 weeks",
            "Progress per section",
            "Basics",
            "More",
        ):
            assert label in text
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_browse_filter_detail_and_suspend(tmp_path: Path) -> None:
    app, engine, _ = make(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space", "3")
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        table = screen.query_one("DataTable")
        assert table.row_count == len(engine.cards())  # type: ignore[attr-defined]
        first_row = table.get_row_at(0)  # type: ignore[attr-defined]
        assert first_row[1] == "learning"  # due cards sort before new ones
        await pilot.press("ctrl+f", *"kind:acronym")
        clozes = [c for c in engine.cards() if c.kind == "acronym"]
        # the filter runs once typing pauses (a 0.15 s timer)
        await until(pilot, lambda: table.row_count == len(clozes), "the filter ran")  # type: ignore[attr-defined]
        await pilot.press("enter")  # to the table
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert sum(engine.card(c.id).suspended for c in clozes) == 1
        await pilot.press("enter")
        assert isinstance(app.screen, CardDetailScreen)
        detail = screen_text(app)
        assert "Schedule" in detail and "History (0 reviews)" in detail
        await pilot.press("s")
        assert sum(engine.card(c.id).suspended for c in clozes) == 0
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_fits_80_by_24(tmp_path: Path) -> None:
    app, _, _ = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        for value in range(1, 5):
            region = app.screen.query_one(f"#rate-{value}").region
            assert region.width > 0 and region.right <= 80 and region.bottom <= 24
        text = screen_text(app)
        assert "Good" in text and "New" in text


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
async def test_uses_larger_terminals(tmp_path: Path, size: tuple[int, int]) -> None:
    app, _, _ = make(tmp_path)
    async with app.run_test(size=size):
        card = app.screen.query_one("#card")
        assert card.region.width >= size[0] - 4 and card.region.height >= size[1] - 10


async def test_typing_a_filter_never_runs_a_hotkey(tmp_path: Path) -> None:
    app, engine, _ = make(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        await pilot.press(*"s t q / ? stats")
        assert screen.query_one("#filter").value == "s t q / ? stats"  # type: ignore[attr-defined]
        assert app.screen is screen and app.is_running  # no stats, help or quit
        assert not any(card.suspended for card in engine.cards())
        await pilot.press("ctrl+a", "ctrl+k", "down", "s")  # from the table, `s` suspends
        assert sum(card.suspended for card in engine.cards()) == 1


async def test_browse_columns_fit_the_width_with_ellipsis(tmp_path: Path) -> None:
    for width in (80, 140):
        app, _, _ = make(tmp_path)
        async with app.run_test(size=(width, 30)) as pilot:
            await pilot.press("slash")
            table = app.screen.query_one("DataTable")
            # every column fits in what the table shows: nothing cut off by the edge
            assert table.virtual_size.width <= table.scrollable_content_region.width  # type: ignore[attr-defined]
            fronts = [str(cell) for cell in table.get_column("front")]  # type: ignore[attr-defined]
            assert any(front.endswith("…") for front in fronts) or width > 80
            assert "new" in {str(table.get_row_at(0)[0])}  # type: ignore[attr-defined]


def other_session() -> Engine:
    """A second review session on the same database, as another terminal would open."""
    return Engine.open(
        home=data_dir(),
        deck="small",
        config=engine_config(bury_siblings=False),
        clock=FixedClock(START),
    )


async def test_undo_never_undoes_another_sessions_review(tmp_path: Path) -> None:
    app, _, _ = make(tmp_path, bury_siblings=False)
    other = other_session()
    async with app.run_test() as pilot:
        screen = app.screen
        await pilot.press("space", "3")  # this session's review
        mine = log_rows()[-1]
        theirs_card = other.next_card()
        assert theirs_card is not None
        other.rate(theirs_card.id, Rating.EASY)  # another session, later
        await pilot.press("u")
        rows = log_rows()
        assert rows[-1][0] == theirs_card.id and rows[-1][2] is None  # theirs stands
        assert [r for r in rows if r[0] == mine[0]][-1][2] is not None  # mine is undone
        assert screen.session.log_ids == []  # type: ignore[attr-defined]
    other.close()


async def test_a_card_answered_in_another_session_is_not_reviewed_twice(tmp_path: Path) -> None:
    app, _, _ = make(tmp_path, bury_siblings=False)
    other = other_session()
    async with app.run_test() as pilot:
        screen = app.screen
        shown = screen.card  # type: ignore[attr-defined]
        other.rate(shown.id, Rating.GOOD)  # answered elsewhere while shown here
        await pilot.press("space", "3")
        assert [r for r in log_rows() if r[0] == shown.id] == [(shown.id, 3, None)]
        assert screen.card is None or screen.card.id != shown.id  # type: ignore[attr-defined]
        assert "another srs session" in str(notices(app))
    other.close()


async def test_a_busy_database_is_shown_not_a_crash(tmp_path: Path) -> None:
    app, engine, _ = make(tmp_path)
    engine.db.execute("PRAGMA busy_timeout = 50")
    blocker = sqlite3.connect(db_path(data_dir()), timeout=0.05)
    async with app.run_test() as pilot:
        screen = app.screen
        card = screen.card  # type: ignore[attr-defined]
        blocker.execute("BEGIN IMMEDIATE")  # another writer holds the database
        for key in ("s", "b"):
            await pilot.press(key)
            assert app.is_running and screen.card.id == card.id  # type: ignore[attr-defined]
        await pilot.press("space", "3")
        assert app.is_running and screen.card.id == card.id  # type: ignore[attr-defined]
        assert "busy or unwritable" in " ".join(notices(app))
        blocker.rollback()
        await pilot.press("3")  # once it is free, the same answer lands
        assert log_rows()[-1][0] == card.id
    blocker.close()


async def test_footer_end_screen_toasts_and_deck_name(tmp_path: Path) -> None:
    app, engine, _ = make(tmp_path, new_per_day=1, bury_siblings=False)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Small list (small)" in text  # the deck, in the header
        for key in ("? Help", "t Stats", "/ Browse", "q Quit"):  # all fit at 80 columns
            assert key in text, key
        await pilot.press("space", "4")  # the one new card of the day: done
        await pilot.pause()
        text = screen_text(app)
        assert "Session complete" in text
        assert "Show answer" not in text and "1 Again" not in text  # no card keys or buttons
        assert not app.screen.query_one("#answers").display
        app.screen.notify("a notice")
        await pilot.pause()
        assert "a notice" in screen_text(app)  # in the notice line, not a toast
        assert not app.screen.query("Toast")
    assert engine.deck == "small"


async def test_links_open_pick_or_copy(tmp_path: Path) -> None:
    two_links = SMALL_LIST.replace(
        "the **transformer** architecture that started it all.",
        "the **transformer** architecture, see [code](https://github.com/x/y) too.",
    )
    engine = open_engine(tmp_path, FixedClock(START), text=two_links, bury_siblings=False)
    opened: list[str] = []

    def no_browser(url: str) -> bool:
        opened.append(url)
        return False  # as webbrowser.open over SSH

    app = make_app(engine, open_url=no_browser, monotonic=Ticker())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space", "o")  # two links: a picker
        assert isinstance(app.screen, LinkPicker)
        await pilot.press("down", "enter")
        assert opened == ["https://github.com/x/y"]
        assert app.clipboard == "https://github.com/x/y"  # copied, since no browser opened
        messages = " ".join(notices(app))
        assert "No browser could be opened" in messages and "https://github.com/x/y" in messages
        await pilot.press("o", "c")
        assert app.clipboard == "https://arxiv.org/abs/1706.03762"
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_stats_and_browse_load_in_workers(tmp_path: Path) -> None:
    from srs.tui.stats import StatsScreen as Stats

    seen: list[str] = []
    app, _, _ = make(tmp_path)
    async with app.run_test(message_hook=lambda m: seen.append(type(m).__qualname__)) as pilot:
        await pilot.press("t")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "StatsScreen.Loaded" in seen and isinstance(app.screen, Stats)
        assert "Counting" not in screen_text(app)
        await pilot.press("escape", "slash")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "BrowseScreen.Loaded" in seen


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_end_screen_says_why_fewer_new_cards_came(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """Regression: with `bury_siblings` a six-entry list ended the day after six new
    cards under `new_per_day = 10`, and the end screen did not say why."""
    app, _, _ = make(tmp_path, new_per_day=10)
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        while screen.card is not None:  # type: ignore[attr-defined]
            await pilot.press("space", "4")
        assert len(screen.session.ratings) == 6  # type: ignore[attr-defined]
        text = " ".join(screen_text(app).replace("│", " ").split())
        assert "Session complete" in text
        assert "4 more new cards wait for another day: a card of the same entry" in text


TWO_LINKS = SMALL_LIST.replace(
    "the **transformer** architecture that started it all.",
    "the **transformer** architecture, see [code](https://github.com/x/y) too.",
)
SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES)
async def test_links_wait_for_the_answer(tmp_path: Path, size: tuple[int, int]) -> None:
    """Regression: `o` on the question side listed the links by their text, which is
    the answer of a "which entry is this?" card. Links come with the answer."""
    engine = open_engine(tmp_path, FixedClock(START), text=TWO_LINKS, bury_siblings=False)
    opened: list[str] = []
    app = make_app(engine, open_url=opened.append, monotonic=Ticker())
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        card = screen.card  # type: ignore[attr-defined]
        assert card.links[0].text == "Attention"
        await pilot.press("o")
        assert app.screen is screen and opened == []  # no picker, nothing opened
        assert "Links open with the answer" in " ".join(notices(app))
        assert "Attention" not in screen_text(app).replace("What is Attention?", "")
        assert "o links" not in screen_text(app)
        await pilot.press("space", "o")
        assert isinstance(app.screen, LinkPicker)
        await pilot.press("enter")
        assert opened == ["https://arxiv.org/abs/1706.03762"]
        assert app.screen is screen and screen.card == card and screen.revealed  # type: ignore[attr-defined]
        assert "Opened https://arxiv.org/abs/1706.03762" in notices(app)


@pytest.mark.parametrize("size", SIZES)
async def test_the_card_never_changes_behind_a_modal(tmp_path: Path, size: tuple[int, int]) -> None:
    """Regression: back from a modal on the question side, a different card showed
    because a learning card had come due meanwhile. The shown card stays until rated."""
    app, engine, _ = make(tmp_path, bury_siblings=False)
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        learning = screen.card  # type: ignore[attr-defined]
        await pilot.press("space", "1")  # Again: learning, due in a minute
        shown = screen.card  # type: ignore[attr-defined]
        assert shown.id != learning.id and shown.state == "new"
        engine.clock.advance(minutes=5)  # type: ignore[attr-defined]
        assert engine.next_card().id == learning.id  # it came due
        for key in ("question_mark", "t", "slash"):  # help, stats, browse
            await pilot.press(key)
            await app.workers.wait_for_complete()
            assert app.screen is not screen
            await pilot.press("escape")
            assert app.screen is screen and screen.card == shown, key  # type: ignore[attr-defined]
            assert not screen.revealed  # type: ignore[attr-defined]
        shown_text = screen.query_one(CardText).markdown
        assert shown_text == question_markdown(shown)  # its question, not another's
        await pilot.press("space", "3")
        assert screen.card.id == learning.id  # type: ignore[attr-defined]  # now its turn


async def test_a_card_suspended_in_browse_gives_way(tmp_path: Path) -> None:
    app, engine, _ = make(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        shown = screen.card  # type: ignore[attr-defined]
        await pilot.press("slash")
        await app.workers.wait_for_complete()
        engine.suspend(shown.id)
        await pilot.press("escape")
        assert screen.card is not None and screen.card.id != shown.id  # type: ignore[attr-defined]


LONG_TITLE = SMALL_LIST.replace(
    "title: Small list", "title: Transformers and attention, a reading list for long evenings"
)


@pytest.mark.parametrize("size", SIZES)
async def test_the_header_keeps_its_counts(tmp_path: Path, size: tuple[int, int]) -> None:
    """Regression: at 80x24 a long deck title pushed the Learning and Review counts
    off the header. The counts stay; the title shortens with an ellipsis."""
    engine = open_engine(tmp_path, FixedClock(START), text=LONG_TITLE)
    app = make_app(engine, open_url=list().append, monotonic=Ticker())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        top = screen_text(app)
        assert re.search(r"New 6\s+Learning 0\s+Review 0", top)
        if size[0] == 80:
            assert "Transformers and attention, a reading" in top and "…" in top
        else:
            assert "Transformers and attention, a reading list for long evenings (small)" in top
        counts = app.screen.query_one("#counts")
        title = app.screen.query_one("#deck-title")
        assert counts.region.right <= size[0] and title.region.right <= counts.region.x


@pytest.mark.parametrize("size", SIZES)
async def test_notices_never_cover_the_card(tmp_path: Path, size: tuple[int, int]) -> None:
    """Regression: toasts covered the question for five seconds after `b`, `s`, `u`.
    Notices take the hint line's place below the buttons; the card is never under one."""
    app, _, _ = make(tmp_path, bury_siblings=False)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = app.screen
        await pilot.press("space", "3")
        for key, said in (
            ("b", "Card buried until tomorrow"),
            ("s", "Card suspended"),
            ("u", "Undid the last review"),
            ("o", "Links open with the answer"),
        ):
            await pilot.press(key)
            await pilot.pause()
            card = screen.query_one("#card")
            for toast in screen.query("Toast"):
                assert not toast.region.overlaps(card.region), key
            notice = screen.query_one(NoticeLine)
            assert notice.display and any(m.startswith(said) for m in notice.messages), key
            assert said in screen_text(app)
            assert not card.region.overlaps(notice.region), key
            for widget in ("#card", "#answers"):
                assert not screen.query_one(widget).region.overlaps(notice.region)
            assert notice.region.bottom <= size[1] - 1  # above the footer
            assert not [t for t in screen.query("Toast") if t.region.area], key
        # a long notice takes more lines; the card gives them up and stays whole
        screen.notify("x " * 150, severity="warning")
        await pilot.pause()
        assert notice.region.height >= 3
        assert not card.region.overlaps(notice.region) and card.region.height > 5


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
async def test_browse_front_shows_what_tells_cards_apart(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """Regression: at 80-100 columns the Front column got 20-30 characters and every
    reverse card read "What is described here? …". Front takes the width left, and
    the row drops the wording all cards of a kind share."""
    app, engine, _ = make(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.press("slash")
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        labels = [str(column.label) for column in table.ordered_columns]
        front = labels.index("Front")
        assert table.ordered_columns[front].width >= 35
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert ("Section" in labels) == (size[0] >= 100)
        kinds = [str(cell) for cell in table.get_column_at(labels.index("Kind"))]
        fronts = [str(cell) for cell in table.get_column_at(front)]
        reverse = [f for k, f in zip(kinds, fronts, strict=True) if k == "reverse"]
        cards = [c for c in engine.cards() if c.kind == "reverse"]
        assert all(c.front.startswith("What is described here?") for c in cards)
        assert len(reverse) == len(cards) == len(set(reverse)) >= 3
        assert not any(f.startswith("What is described") for f in reverse), reverse
        assert any(f.startswith("the transformer architecture") for f in reverse), reverse
        text = screen_text(app)
        assert "bidirectional encoders for classifi" in text


async def test_the_intervals_are_computed_while_the_question_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FSRS runs for a card's four intervals after its question is drawn, not on the key
    that shows the answer: showing it asks FSRS nothing about that card (once the answer
    is drawn, the next card's intervals are computed, while the answer is read)."""
    from srs.store.fuzz import SeededFuzzScheduler, fsrs_card_id

    app, _, _ = make(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("space")
        await pilot.press("3")  # a card whose state FSRS has not seen in this session
        await pilot.pause()
        shown = screen.card
        assert shown is not None
        ran_for: list[int] = []
        review_card = SeededFuzzScheduler.review_card

        def recorded(self: SeededFuzzScheduler, card: Any, *args: Any, **kwargs: Any) -> Any:
            ran_for.append(card.card_id)
            return review_card(self, card, *args, **kwargs)

        monkeypatch.setattr(SeededFuzzScheduler, "review_card", recorded)
        await pilot.press("space")
        assert screen.revealed
        assert str(screen.query_one("#rate-3").label).startswith("3 Good · ")
        assert fsrs_card_id(shown.id) not in ran_for  # its intervals were ready
