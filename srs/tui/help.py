"""A modal listing every key of the current screen and of the app."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

__all__ = ["HelpScreen", "key_table"]

_KEY_NAMES = {
    "space": "Space",
    "enter": "Enter",
    "question_mark": "?",
    "slash": "/",
    "escape": "Esc",
}


def _keys(binding: Binding) -> str:
    return " / ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in binding.key.split(","))


def key_table(screen: Screen[object]) -> Text:
    text = Text()
    groups: list[tuple[str, list[Binding]]] = [
        ("This screen", [b for b in screen.BINDINGS if isinstance(b, Binding)]),
        ("Everywhere", [b for b in screen.app.BINDINGS if isinstance(b, Binding)]),
    ]
    for title, bindings in groups:
        if not bindings:
            continue
        text.append(f"{title}\n", style="bold underline")
        for binding in bindings:
            text.append(f"  {_keys(binding):<16}", style="bold")
            text.append(f"{binding.description}\n")
        text.append("\n")
    text.append("Esc or ? closes this help.", style="dim")
    return text


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,question_mark", "dismiss", "Close", id="close-help"),
    ]

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(key_table(self.under), id="help-keys")
