"""The review screen's notices: a line in the layout, never a toast over the card.

Textual's toasts float over the screen; on the review screen there is no place
for them where the card is not, so the screen's notices take the hint line's
place below the answer buttons for a few seconds instead (the card above gives
up a line when a notice needs more than one, and is never covered).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.widgets import Static

__all__ = ["NoticeLine"]

_STYLES: dict[str, str] = {
    "information": "bold $text-success",
    "warning": "bold $text-warning",
    "error": "bold $text-error",
}
_KEEP = 3  # notices shown at once, the newest last


@dataclass(eq=False)
class _Notice:
    content: Content


class NoticeLine(Static):
    """The newest notices, each shown until its timeout; hidden when there are none."""

    DEFAULT_CSS = """
    NoticeLine {
        display: none;
        height: auto;
        max-height: 4;
        padding: 0 1;
        text-align: center;
    }
    """

    class Changed(Message):
        """The line appeared (`showing`) or went away."""

        def __init__(self, showing: bool) -> None:
            super().__init__()
            self.showing = showing

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._notices: list[_Notice] = []

    @property
    def messages(self) -> list[str]:
        """The notices shown now, oldest first, as plain text."""
        return [notice.content.plain for notice in self._notices]

    def add(
        self, message: str, severity: SeverityLevel = "information", timeout: float | None = None
    ) -> None:
        """Show `message` (always as plain text: card text and paths stay text)."""
        notice = _Notice(Content.styled(message, _STYLES.get(severity, "")))
        self._notices.append(notice)
        del self._notices[:-_KEEP]
        wait = self.app.NOTIFICATION_TIMEOUT if timeout is None else timeout
        self.set_timer(wait, lambda: self._expire(notice))
        self._show()

    def _expire(self, notice: _Notice) -> None:
        if notice in self._notices:
            self._notices.remove(notice)
            self._show()

    def _show(self) -> None:
        showing = bool(self._notices)
        self.update(Content("\n").join(notice.content for notice in self._notices))
        if self.display != showing:
            self.display = showing
            self.post_message(self.Changed(showing))
