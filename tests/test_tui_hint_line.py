"""The hint line draws each text once and shows it again: it looks as drawn afresh,
after a change of text, of width and of theme."""

from __future__ import annotations

from typing import Any

from test_tui_card_text import cells
from textual.app import App, ComposeResult

from srs.tui.hint_line import HintLine

QUESTION = "basic · Space: show the answer · s suspend · b bury · f flag"
ANSWER = "basic · rate 1-4 · u undo · f flag · o links"


class Line(App[None]):
    CSS = "HintLine { height: 1; text-align: center; color: $text-muted; }"

    def __init__(self, text: str, theme: str = "textual-dark") -> None:
        super().__init__()
        self.text, self.theme = text, theme

    def compose(self) -> ComposeResult:
        yield HintLine(id="hint")

    def on_mount(self) -> None:
        self.query_one(HintLine).update(self.text)


async def fresh(text: str, *, theme: str = "textual-dark", width: int = 80) -> Any:
    app = Line(text, theme)
    async with app.run_test(size=(width, 3)) as pilot:
        await pilot.pause()
        return cells(app.export_screenshot())


async def test_each_text_is_the_one_drawn_afresh() -> None:
    app = Line(QUESTION)
    async with app.run_test(size=(80, 3)) as pilot:
        hint = app.query_one(HintLine)
        for text in (ANSWER, QUESTION, "", ANSWER, QUESTION):
            hint.update(text, layout=False)
            await pilot.pause()
            assert cells(app.export_screenshot()) == await fresh(text), text
        await pilot.resize_terminal(60, 3)
        await pilot.pause()
        assert cells(app.export_screenshot()) == await fresh(QUESTION, width=60)
        app.theme = "textual-light"
        await pilot.pause()
        shown = cells(app.export_screenshot())
        assert shown == await fresh(QUESTION, theme="textual-light", width=60)
        assert shown != await fresh(QUESTION, width=60)
