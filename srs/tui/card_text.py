"""Card text in Textual's Markdown widget, double-buffered.

Mounting a Markdown document costs tens of milliseconds, so the widget keeps
a hidden second buffer: while the user reads one side, the side most likely
to come next (the answer, then the next question) is rendered into it, and
showing it is a swap.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Markdown

from srs.tui.render import markdown_parser

__all__ = ["CardText"]


class CardText(Vertical):
    DEFAULT_CSS = """
    CardText { height: auto; }
    CardText > Markdown { margin: 0; padding: 0; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: str | None = None
        self._ready: dict[int, str | None] = {0: None, 1: None}
        self._front = 0

    def compose(self) -> ComposeResult:
        for index in (0, 1):
            markdown = Markdown(
                id=f"buffer-{index}", parser_factory=markdown_parser, open_links=False
            )
            markdown.display = index == 0
            yield markdown

    def _buffer(self, index: int) -> Markdown:
        return self.query_one(f"#buffer-{index}", Markdown)

    @property
    def markdown(self) -> str | None:
        """The Markdown source currently shown."""
        return self._shown

    async def show(self, markdown: str) -> None:
        back = 1 - self._front
        if self._ready[back] == markdown:
            self._buffer(back).display = True
            self._buffer(self._front).display = False
            self._front = back
        elif self._shown != markdown:
            self._ready[self._front] = None
            await self._buffer(self._front).update(markdown)
            self._ready[self._front] = markdown
        self._shown = markdown

    def prepare(self, markdown: str) -> None:
        """Render `markdown` into the hidden buffer, in the background."""
        back = 1 - self._front
        if self._ready[back] == markdown:
            return
        self._ready[back] = None
        self._fill(back, markdown)

    # a worker started as a call (not a coroutine object): a fill replaced before it
    # starts leaves no coroutine behind that is never awaited
    @work(group="prepare", exclusive=True)
    async def _fill(self, index: int, markdown: str) -> None:
        await self._buffer(index).update(markdown)
        if index != self._front:
            self._ready[index] = markdown
