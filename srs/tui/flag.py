"""Pick why a card is bad: the reason a flag is kept with (srs.store.flags)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from srs.store.flags import REASONS

__all__ = ["FlagPicker", "flag_label"]


def flag_label(reason: str) -> str:
    """How a reason reads on screen (its code when it is not one srs knows)."""
    return REASONS.get(reason, reason)


class FlagPicker(ModalScreen[str | None]):
    """The reasons a card can be flagged for: Enter or 1-4 picks one, Escape cancels
    (the result: the reason's code, or None)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="cancel-flag"),
        *(
            Binding(str(number), f"pick({number - 1})", show=False, id=f"flag-reason-{number}")
            for number in range(1, len(REASONS) + 1)
        ),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="flag-reasons"):
            yield Static(Text("Flag this card as", style="bold"))
            yield OptionList(
                *(
                    Option(f"{number} {label}", id=code)
                    for number, (code, label) in enumerate(REASONS.items(), start=1)
                ),
                id="flag-list",
            )
            yield Static(
                Text("It leaves reviews until edited, regenerated or unflagged", style="dim")
            )
        yield Footer()

    @on(OptionList.OptionSelected, "#flag-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_pick(self, index: int) -> None:
        self.dismiss(list(REASONS)[index])

    def action_cancel(self) -> None:
        self.dismiss(None)
