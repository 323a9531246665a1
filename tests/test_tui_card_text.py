"""The review card's text: lines drawn ahead (`CardText`), looking as Textual's Markdown
widget draws the same Markdown, cell for cell; showing a card lays out nothing."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from engine_helpers import START, open_engine
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Markdown

from srs.clock import FixedClock
from srs.tui import card_lines as card_lines_module
from srs.tui import make_app
from srs.tui.card_text import CardLines, CardText
from srs.tui.render import markdown_parser
from srs.tui.review import ReviewScreen

SAMPLES = [
    "What is **BERT** for, *and* ~~not~~ `code` here?",
    "A long paragraph " + "that wraps around the line several times " * 6 + "end.",
    "Q?\n\n---\n\nThe answer **bold**\n\n> an extra that is long enough to wrap around the "
    "line of the box\n\n*Section:* Foo\n\n- **label** · https://x.example/a\n- b",
    "1. one\n2. two\n10. ten",
    "- a\n  - nested\n    - deeper\n- b\n\n  a paragraph in the item",
    "soft\nbreak  \nhard break",
    "> quote\n>\n> - a list in the quote\n\nafter",
    "x\n\n---\n\n---\n\ny",
    "",
]

#: drawn by Textual's Markdown widget (CardText shows one for them)
LEFT_TO_MARKDOWN = [
    "# A heading",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "```\ncode\n```",
    "[a link](https://example.org)",
]


class Box(App[None]):
    """The review screen's card box, with Textual's Markdown or with CardText."""

    CSS = "#card { height: 1fr; padding: 0 2; border: round $primary; margin: 0 1; }"

    def __init__(self, markdown: str, *, lines: bool, theme: str = "textual-dark") -> None:
        super().__init__()
        self.markdown, self.lines = markdown, lines
        self.theme = theme

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="card"):
            if self.lines:
                yield CardText(id="text")
            else:
                yield Markdown(id="text", parser_factory=markdown_parser, open_links=False)

    async def on_mount(self) -> None:
        text = self.query_one("#text")
        if isinstance(text, CardText):
            await text.show(self.markdown)
        else:
            assert isinstance(text, Markdown)
            text.styles.margin = text.styles.padding = 0  # as CardText > Markdown
            await text.update(self.markdown)


def cells(svg: str) -> dict[tuple[int, int], dict[str, str]]:
    """A screenshot's cells: character, its style (text that is not a space), background."""
    classes = dict(re.findall(r"\.terminal(?:-\d+)?-(r\d+) \{ ([^}]*) \}", svg))
    grid: dict[tuple[int, int], dict[str, str]] = {}
    rects = re.findall(r'<rect fill="([^"]+)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"', svg)
    for fill, x, y, width in rects:
        row, first = round((float(y) - 1.5) / 24.4), round(float(x) / 12.2)
        for column in range(first, first + round(float(width) / 12.2)):
            grid.setdefault((row, column), {})["bg"] = fill
    texts = re.findall(
        r'<text class="terminal(?:-\d+)?-(r\d+)" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>',
        svg,
    )
    for name, x, y, text in texts:
        row, first = round((float(y) - 20) / 24.4), round(float(x) / 12.2)
        for offset, char in enumerate(html.unescape(text).replace("\xa0", " ")):
            cell = grid.setdefault((row, first + offset), {})
            cell["char"] = char
            if char != " ":
                cell["style"] = classes[name]
    return grid


async def shot(app: Box, size: tuple[int, int], then: str | None = None) -> Any:
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        if then is not None:
            await app.query_one(CardText).show(then)
            await pilot.pause()
        return cells(app.export_screenshot())


@pytest.mark.parametrize("size", [(80, 24), (40, 30)])
@pytest.mark.parametrize("markdown", SAMPLES)
async def test_lines_look_as_the_markdown_widget(markdown: str, size: tuple[int, int]) -> None:
    expected = await shot(Box(markdown, lines=False), size)
    assert await shot(Box(markdown, lines=True), size) == expected
    # shown in place of a shorter card, and of one that needs a scrollbar
    assert await shot(Box(SAMPLES[0], lines=True), size, then=markdown) == expected
    assert await shot(Box("long " * 300, lines=True), size, then=markdown) == expected


async def test_a_new_theme_draws_the_lines_again() -> None:
    expected = await shot(Box(SAMPLES[2], lines=False, theme="textual-light"), (60, 30))
    app = Box(SAMPLES[2], lines=True)
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        dark = cells(app.export_screenshot())
        text = app.query_one(CardText)
        text.prepare(SAMPLES[6])  # drawn ahead in the old theme
        app.theme = "textual-light"
        await pilot.pause()
        assert cells(app.export_screenshot()) == expected != dark
        await text.show(SAMPLES[6])
        await pilot.pause()
        light = Box(SAMPLES[6], lines=False, theme="textual-light")
        assert cells(app.export_screenshot()) == await shot(light, (60, 30))


@pytest.mark.parametrize("markdown", LEFT_TO_MARKDOWN)
async def test_what_the_lines_do_not_draw_goes_to_the_markdown_widget(markdown: str) -> None:
    expected = await shot(Box(markdown, lines=False), (60, 20))
    app = Box(markdown, lines=True)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        lines, widget = app.query_one(CardLines), app.query_one(CardText).query_one(Markdown)
        assert widget.display and not lines.display
        assert cells(app.export_screenshot()) == expected
        await app.query_one(CardText).show(SAMPLES[0])  # and back to the lines
        await pilot.pause()
        assert lines.display and not widget.display
        assert cells(app.export_screenshot()) == await shot(Box(SAMPLES[0], lines=False), (60, 20))


async def test_card_text_is_never_markup() -> None:
    source = r"a \[b\] [bold]x[/bold] [link=https://evil.example]y[/link] [red]z"
    app = Box(source, lines=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.query_one(CardLines).display
        text = "".join(c.get("char", "") for _, c in sorted(cells(app.export_screenshot()).items()))
        assert "a [b] [bold]x[/bold] [link=https://evil.example]y[/link] [red]z" in text


async def test_the_next_side_is_drawn_ahead_and_shown_without_a_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a side is read the next one is drawn; the key that shows it draws nothing
    and, when it fits the box as the last did, lays out nothing before its frame."""
    app = make_app(
        open_engine(tmp_path, FixedClock(START), bury_siblings=False),
        open_url=list().append,
        monotonic=lambda: 0.0,
    )
    events: list[str] = []
    draw = card_lines_module.draw

    def counted_draw(*args: Any, **kwargs: Any) -> Any:
        events.append("draw")
        return draw(*args, **kwargs)

    monkeypatch.setattr("srs.tui.card_text.draw", counted_draw)
    for name in ("_refresh_layout", "_compositor_refresh"):
        original = getattr(Screen, name)

        def wrapped(
            self: Screen[Any], *args: Any, _o: Any = original, _n: str = name, **kwargs: Any
        ) -> Any:
            events.append(_n)
            return _o(self, *args, **kwargs)

        monkeypatch.setattr(Screen, name, wrapped)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        for key in ("space", "3", "space", "3"):
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            events.clear()
            await pilot.press(key)
            await pilot.pause()
            # the first frame after the key: neither drawn (that was done while the other
            # side was read) nor laid out
            assert events and events[0] == "_compositor_refresh", (key, events)
            assert "draw" in events  # the side after it: drawn once the frame is out


async def test_a_card_longer_than_the_box_scrolls(tmp_path: Path) -> None:
    app = Box("line\n\n" * 40 + "the end", lines=True)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        box = app.query_one("#card", VerticalScroll)
        assert box.show_vertical_scrollbar and box.max_scroll_y > 0
        box.scroll_end(animate=False)
        await pilot.pause()
        text = "".join(c.get("char", "") for _, c in sorted(cells(app.export_screenshot()).items()))
        assert "the end" in text
        await app.query_one(CardText).show("short")  # and back: no scrollbar
        await pilot.pause()
        assert not box.show_vertical_scrollbar
