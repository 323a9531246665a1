"""Card text: one widget of lines, drawn ahead of time.

Textual's `Markdown` widget mounts a widget for each block of a card, and showing
a card lays them all out again. `CardLines` draws a card's Markdown into lines of
text instead (`card_lines`: the same look), and while the user reads one side the
side most likely to come next (the answer, then the next question) is drawn too:
showing it swaps its lines in, with no layout unless the card's height changes.

The few cards the lines do not draw (a heading, a table, code, a link) are shown
by Textual's `Markdown` widget, in the lines' place: mounted the first time one is
shown (its import and styles are not on the way to the first card).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt
from rich.style import Style as RichStyle
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Region, Size
from textual.selection import Selection
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget

from srs.tui.card_lines import Block, Styles, card_blocks, draw
from srs.tui.render import markdown_parser

if TYPE_CHECKING:
    from textual.widgets import Markdown

__all__ = ["CardLines", "CardText"]

_KEPT = 4  # cards drawn ahead and kept (the sides shown and about to be)


class CardLines(Widget):
    """Card Markdown of the kinds `card_lines` draws, as Textual's Markdown draws it
    (the same padding, colours and text styles)."""

    COMPONENT_CLASSES = {
        "em",
        "strong",
        "s",
        "code_inline",
        "card-lines--bullet",
        "card-lines--rule",
        "card-lines--quote",
        "card-lines--quote-border",
    }
    # Markdown's (less its padding, which the card's box has), MarkdownBullet's,
    # MarkdownHorizontalRule's and MarkdownBlockQuote's
    DEFAULT_CSS = """
    CardLines {
        height: auto;
        color: $foreground;
        &:dark > .code_inline {
            background: $warning 10%;
            color: $text-warning 95%;
        }
        &:light > .code_inline {
            background: $error 5%;
            color: $text-error 95%;
        }
        &:ansi > .code_inline {
            background: ansi_default;
        }
        & > .em { text-style: italic; }
        & > .strong { text-style: bold; }
        & > .s { text-style: strike; }
        & > .card-lines--bullet { color: $text-primary; }
        &:light > .card-lines--bullet { color: $text-secondary; }
        & > .card-lines--rule { color: $secondary; }
        & > .card-lines--quote { background: $boost; }
        & > .card-lines--quote-border { color: $text-primary 50%; }
        &:light > .card-lines--quote-border { color: $text-secondary; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._blocks: list[Block] = []
        self._lines: dict[int, list[Strip]] = {}  # the blocks drawn, by width
        self._styles: Styles | None = None

    def show(self, blocks: list[Block], drawn: dict[int, list[Strip]]) -> None:
        """Show `blocks` (`drawn`: their lines by width, drawn ahead, or empty)."""
        width, height = self.size
        before = len(self._lines[width]) if width in self._lines else None
        self._blocks, self._lines = blocks, drawn
        after = len(self.lines(width)) if width else None
        # The widget is at least as high as the box that scrolls it (min-height), so a
        # card shorter than the box keeps its height: only its lines change, and the
        # screen is not laid out again.
        same = after is not None and (
            after == before or (before is not None and before < height and after <= height)
        )
        if same and before is not None and after is not None:
            # only the rows either card has: the blank rows under both are drawn already
            self.refresh(Region(0, 0, width, max(before, after)))
        else:
            self.refresh(layout=True)

    def lines(self, width: int) -> list[Strip]:
        """The blocks shown, drawn `width` cells wide (drawn once per width)."""
        if width not in self._lines:
            self._lines[width] = self.draw(self._blocks, width)
        return self._lines[width]

    def draw(self, blocks: list[Block], width: int) -> list[Strip]:
        return draw(blocks, width, self._drawing_styles())

    def _drawing_styles(self) -> Styles:
        if self._styles is None:
            base = self.visual_style
            quote = self.get_visual_style("card-lines--quote")
            # the border's colour blends over the background around the quote
            border = self.get_visual_style("card-lines--quote-border").rich_style
            border += RichStyle(bgcolor=quote.rich_style.bgcolor)

            def text(content: Content, width: int, quoted: bool) -> list[Strip]:
                style = quote if quoted else base
                return Visual.to_strips(self, content, width, None, style, pad=True)

            bullet = self.get_visual_style("card-lines--bullet").rich_style
            self._styles = Styles(
                text=text,
                blank=base.rich_style,
                bullet=bullet,
                bullet_quoted=bullet + RichStyle(bgcolor=quote.rich_style.bgcolor),
                rule=self.get_visual_style("card-lines--rule").rich_style,
                quote=quote.rich_style,
                quote_border=border,
            )
        return self._styles

    def notify_style_update(self) -> None:
        """A new theme or style: lines drawn before it are stale."""
        super().notify_style_update()
        self._styles = None
        self._lines.clear()

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render_line(self, y: int) -> Strip:
        # no padding or border: the outer width is the lines' (and `size` would look the
        # widget up in the screen's map for each line)
        width = self.outer_size.width
        lines = self._lines.get(width) or self.lines(width)
        if y < len(lines):
            return lines[y]
        return Strip.blank(width, self.visual_style.rich_style)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text selected with the mouse (lines as drawn)."""
        text = "\n".join(line.text.rstrip() for line in self.lines(self.size.width))
        return selection.extract(text), "\n"


class CardText(Vertical):
    """The card: its lines, or (for the few cards they do not draw) a Markdown widget."""

    DEFAULT_CSS = """
    CardText { height: auto; min-height: 100%; }
    CardText > CardLines { min-height: 100%; }  /* the height of the box, at least */
    CardText > Markdown { margin: 0; padding: 0; display: none; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: str | None = None
        self._parser: MarkdownIt = markdown_parser()
        # Markdown source -> its blocks (None: the Markdown widget's) and lines by width
        self._ready: OrderedDict[str, tuple[list[Block] | None, dict[int, list[Strip]]]] = (
            OrderedDict()
        )

    def compose(self) -> ComposeResult:
        yield CardLines(id="lines")

    async def _fallback(self) -> Markdown:
        """The Markdown widget for what the lines do not draw, mounted the first time."""
        from textual.widgets import Markdown

        found = self.query(Markdown)
        if found:
            return found.first()
        widget = Markdown(id="markdown", parser_factory=markdown_parser, open_links=False)
        await self.mount(widget)
        return widget

    @property
    def markdown(self) -> str | None:
        """The Markdown source currently shown."""
        return self._shown

    def _prepared(self, markdown: str) -> tuple[list[Block] | None, dict[int, list[Strip]]]:
        ready = self._ready.get(markdown)
        if ready is None:
            ready = (card_blocks(self._parser.parse(markdown)), {})
            self._ready[markdown] = ready
            while len(self._ready) > _KEPT:
                self._ready.popitem(last=False)
        else:
            self._ready.move_to_end(markdown)
        return ready

    async def show(self, markdown: str) -> None:
        if markdown == self._shown:
            return
        self._shown = markdown
        blocks, drawn = self._prepared(markdown)
        lines = self.query_one(CardLines)
        if blocks is None:
            fallback = await self._fallback()
            await fallback.update(markdown)
            if not fallback.display:
                fallback.display, lines.display = True, False
            return
        if not lines.display:
            lines.display = True
            for widget in self.children:
                if widget is not lines:
                    widget.display = False
        lines.show(blocks, drawn)

    def notify_style_update(self) -> None:
        """A new theme or style: lines drawn before it are stale."""
        super().notify_style_update()
        for _, drawn in self._ready.values():
            drawn.clear()

    def prepare(self, markdown: str, *, again: bool = True) -> None:
        """Draw `markdown` ahead, at the width the card has now (not laid out yet, as
        when the first card has just been shown: once it is)."""
        blocks, drawn = self._prepared(markdown)
        lines = self.query_one(CardLines)
        width = lines.size.width
        if blocks is None or width in drawn:
            return
        if width:
            drawn[width] = lines.draw(blocks, width)
        elif again:
            self.call_after_refresh(self.prepare, markdown, again=False)
