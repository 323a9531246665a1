"""A rating button draws each look once and shows it again: it looks as drawn afresh,
after relabelling, under the mouse and in another theme."""

from __future__ import annotations

from typing import Any

from test_tui_card_text import cells
from textual.app import App, ComposeResult

from srs.tui.rating_button import RatingButton


class Row(App[None]):
    CSS = "RatingButton { width: 24; }"

    def __init__(self, label: str, theme: str = "textual-dark") -> None:
        super().__init__()
        self.label, self.theme = label, theme

    def compose(self) -> ComposeResult:
        yield RatingButton(self.label, id="rate-3", classes="good")


async def fresh(label: str, *, theme: str = "textual-dark", hover: bool = False) -> Any:
    app = Row(label, theme)
    async with app.run_test(size=(30, 5)) as pilot:
        if hover:
            await pilot.hover("#rate-3")
        await pilot.pause()
        return cells(app.export_screenshot())


async def test_each_look_is_the_one_drawn_afresh() -> None:
    app = Row("3 Good")
    async with app.run_test(size=(30, 5)) as pilot:
        button = app.query_one(RatingButton)
        for label in ("3 Good · 10m", "3 Good", "3 Good · 2d", "3 Good · 10m", "3 Good"):
            button.label = label
            await pilot.pause()
            assert cells(app.export_screenshot()) == await fresh(label), label
        button.styles.text_opacity = 0.6
        await pilot.pause()
        dim = cells(app.export_screenshot())
        assert dim != await fresh("3 Good")
        button.styles.text_opacity = 1.0
        await pilot.pause()
        assert cells(app.export_screenshot()) == await fresh("3 Good")
        await pilot.hover("#rate-3")
        await pilot.pause()
        hovered = cells(app.export_screenshot())
        assert hovered == await fresh("3 Good", hover=True) != await fresh("3 Good")
        app.theme = "textual-light"
        await pilot.pause()
        assert cells(app.export_screenshot()) == await fresh(
            "3 Good", theme="textual-light", hover=True
        )
