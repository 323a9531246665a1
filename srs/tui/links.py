"""Pick one of a card's links: open it, or copy it when no browser can be opened."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from srs.reading.model import Link
from srs.tui.host import Host

__all__ = ["LinkPicker", "Notify", "open_link"]

#: `notify` as Textual spells it (message, then timeout=, markup=, severity=...)
Notify = Callable[..., None]


def open_link(app: Host, url: str, notify: Notify | None = None) -> bool:
    """Open `url` in the browser; when none can be opened, say so and copy the link.

    The URL is shown as plain text either way (select it with the mouse), and
    written to the clipboard with OSC 52, which works over SSH in most terminals.
    `notify`: where to say it (default: the app's toasts).
    """
    tell = notify or app.notify
    try:
        opened = app.url_opener(url) is not False  # webbrowser.open: False when it failed
    except Exception:  # a broken browser set-up must not end the session
        opened = False
    if opened:
        tell(f"Opened {url}", timeout=4, markup=False)
        return True
    app.copy_to_clipboard(url)
    tell(
        f"No browser could be opened here. The link, copied to the clipboard:\n{url}",
        severity="warning",
        timeout=12,
        markup=False,
    )
    return False


class LinkPicker(ModalScreen[str | None]):
    """The card's http(s) links: Enter picks one (the screen underneath opens it and
    says so), c copies it."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close", id="close-links"),
        Binding("c", "copy", "Copy link", id="copy-link"),
    ]

    def __init__(self, links: list[Link]) -> None:
        super().__init__()
        self.links = links

    def compose(self) -> ComposeResult:
        with Vertical(id="links"):
            yield Static(Text("Open which link?", style="bold"))
            yield OptionList(
                *(
                    Option(Text.assemble((link.text or link.url, "bold"), "\n", link.url))
                    for link in self.links
                ),
                id="link-list",
            )
        yield Footer()

    def _chosen(self) -> Link | None:
        index = self.query_one(OptionList).highlighted
        return self.links[index] if index is not None else None

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.links[event.option_index].url)

    def action_copy(self) -> None:
        link = self._chosen()
        if link is not None:
            self.app.copy_to_clipboard(link.url)
            self.notify(f"Copied {link.url}", timeout=6, markup=False)
