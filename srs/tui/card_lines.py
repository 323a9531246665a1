"""Card Markdown drawn as lines of text, as Textual's `Markdown` widget draws it.

Textual's `Markdown` widget mounts a widget for each block (a paragraph, a rule,
a quote, a list and each of its items), and showing another card lays all of
them out again. Cards are small documents of a few kinds of block, so this
module turns a card's Markdown into a tree of blocks once (`card_blocks`), and
`draw` lays the tree out into lines of the width given, with the margins,
bullets, quote borders and styles the `Markdown` widget gives them: one widget
shows a card, and a card drawn while the previous side is read is shown by
swapping its lines in.

Anything else (a heading, a table, code, a link, an image) is left to the
`Markdown` widget itself: `card_blocks` returns None for it.

Card text stays text: it becomes `Content` built from the parser's tokens, never
from markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from markdown_it.token import Token
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.content import Content, Span
from textual.strip import Strip

__all__ = ["Block", "Styles", "card_blocks", "draw"]

#: Textual's `Markdown.BULLETS`, by depth of nested bullet lists
BULLETS = ["• ", "▪ ", "‣ ", "⭑ ", "◦ "]

_INLINE_STYLES = {"em_open": ".em", "strong_open": ".strong", "s_open": ".s"}
_INLINE_CLOSE = {"em_close", "strong_close", "s_close"}
_SPACE = re.compile(r"\s+")


@dataclass
class Block:
    """A paragraph ("paragraph": `content`), a rule ("hr"), a quote ("quote": `children`)
    or a list ("bullets", "numbers": `items`, each item's blocks after its symbol)."""

    kind: str
    content: Content | None = None
    children: list[Block] = field(default_factory=list)
    items: list[tuple[str, list[Block]]] = field(default_factory=list)


class _Unsupported(Exception):
    """A token the lines cannot draw as the Markdown widget does."""


def card_blocks(tokens: Iterable[Token]) -> list[Block] | None:
    """The card's blocks from markdown-it tokens; None when one is of a kind left to
    the `Markdown` widget (a heading, a table, code, a link, an image...)."""
    try:
        return _blocks(list(tokens))
    except _Unsupported:
        return None


def _blocks(tokens: list[Token]) -> list[Block]:
    # the same nesting as Textual's Markdown._parse_markdown
    root: list[Block] = []
    # what each open token fills: a paragraph, quote or list (a Block), an item's blocks
    stack: list[tuple[str, Block | list[Block]]] = []

    def add(block: Block) -> None:
        if not stack:
            root.append(block)
            return
        into = stack[-1][1]
        if isinstance(into, list):
            into.append(block)
        else:
            into.children.append(block)

    for token in tokens:
        kind = token.type
        into = stack[-1][1] if stack else None
        if kind == "paragraph_open":
            paragraph = Block("paragraph", Content(""))
            add(paragraph)
            stack.append((kind, paragraph))
        elif kind == "inline":
            if not isinstance(into, Block) or into.kind != "paragraph":
                raise _Unsupported(kind)
            into.content = _inline(token)
        elif kind == "hr":
            add(Block("hr"))
        elif kind == "blockquote_open":
            quote = Block("quote")
            add(quote)
            stack.append((kind, quote))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            listed = Block("bullets" if kind == "bullet_list_open" else "numbers")
            add(listed)
            stack.append((kind, listed))
        elif kind == "list_item_open":
            if not isinstance(into, Block) or into.kind not in ("bullets", "numbers"):
                raise _Unsupported(kind)
            if into.kind == "bullets":
                # Textual's bullet: by the number of bullet items open around this one
                depth = sum(opened == "bullet_item" for opened, _ in stack)
                symbol, opened = BULLETS[depth % len(BULLETS)], "bullet_item"
            else:
                symbol, opened = token.info, "number_item"
            children: list[Block] = []
            into.items.append((symbol, children))
            stack.append((opened, children))
        elif kind.endswith("_close") and stack:
            stack.pop()
        else:
            raise _Unsupported(kind)
    if stack:
        raise _Unsupported("unclosed")
    return root


def _inline(token: Token) -> Content:
    """A paragraph's text and its styles, as Textual's MarkdownBlock._token_to_content
    makes them (the styles name the widget's component classes)."""
    parts: list[str] = []
    spans: list[Span] = []
    opened: list[tuple[str, int]] = []
    position = 0

    def text(value: str) -> None:
        nonlocal position
        parts.append(value)
        position += len(value)

    for child in token.children or []:
        kind = child.type
        if kind == "text":
            text(_SPACE.sub(" ", child.content))
        elif kind == "hardbreak":
            text("\n")
        elif kind == "softbreak":
            text(" ")
        elif kind == "code_inline":
            start = position
            text(child.content)
            spans.append(Span(start, position, ".code_inline"))
        elif kind in _INLINE_STYLES:
            opened.append((_INLINE_STYLES[kind], position))
        elif kind in _INLINE_CLOSE:
            style, start = opened.pop()
            spans.append(Span(start, position, style))
        else:
            raise _Unsupported(kind)
    return Content("".join(parts), spans=spans)


@dataclass(frozen=True)
class Styles:
    """What `draw` needs of the widget: its text drawn (`text(content, width)`: lines of
    exactly `width` cells), and the Rich styles of blank space, bullets, rules and
    quotes (background and border)."""

    text: Callable[[Content, int, bool], list[Strip]]
    blank: RichStyle
    bullet: RichStyle
    bullet_quoted: RichStyle
    rule: RichStyle
    quote: RichStyle
    quote_border: RichStyle


def draw(blocks: list[Block], width: int, styles: Styles) -> list[Strip]:
    """`blocks` laid out `width` cells wide, as the Markdown widget lays them out."""
    return _stack(blocks, width, styles, top=True, quoted=False, in_list=False)


def _margins(block: Block, *, top: bool, in_list: bool) -> tuple[int, int]:
    """(top, bottom): `Markdown > MarkdownParagraph` 0 0 1 0 (the document's own
    paragraphs only), the rule's and the quote's, a list's 0 0 1 0 (0 in a list)."""
    if block.kind == "paragraph":
        return (0, 1) if top else (0, 0)
    if block.kind == "hr":
        return (0, 1)
    if block.kind == "quote":
        return (1, 1)
    return (0, 0) if in_list else (0, 1)


def _stack(
    blocks: list[Block], width: int, styles: Styles, *, top: bool, quoted: bool, in_list: bool
) -> list[Strip]:
    """Blocks one under the other, margins collapsed as Textual's vertical layout does."""
    blank = styles.quote if quoted else styles.blank
    lines: list[Strip] = []
    gap = 0
    for index, block in enumerate(blocks):
        above, below = _margins(block, top=top, in_list=in_list)
        space = above if index == 0 else max(gap, above)
        lines.extend(Strip.blank(width, blank) for _ in range(space))
        lines.extend(_draw_block(block, width, styles, quoted=quoted, in_list=in_list))
        gap = below
    lines.extend(Strip.blank(width, blank) for _ in range(gap))
    return lines


def _draw_block(
    block: Block, width: int, styles: Styles, *, quoted: bool, in_list: bool
) -> list[Strip]:
    blank = styles.quote if quoted else styles.blank
    if block.kind == "paragraph":
        assert block.content is not None
        return styles.text(block.content, width, quoted)
    if block.kind == "hr":
        # height 1 with a padding above and a border below: a blank line, then the rule
        return [
            Strip.blank(width, blank),
            Strip([Segment("─" * width, styles.rule)], width),
        ]
    if block.kind == "quote":
        # border-left: outer (one cell); padding: 0 1
        inner = _stack(
            block.children, max(0, width - 3), styles, top=False, quoted=True, in_list=in_list
        )
        pad = Segment(" ", styles.quote)
        border = Segment("▌", styles.quote_border)
        return [Strip([border, pad, *line, pad], width) for line in inner]
    # a list: each item a symbol (width auto), then its blocks; the items' margin-right
    # of 1 belongs to the item widget, which Textual's lists drop
    out: list[Strip] = []
    symbols = [symbol for symbol, _ in block.items]
    if block.kind == "numbers":
        symbols = _numbers(symbols)
    for symbol, (_, children) in zip(symbols, block.items, strict=True):
        size = len(symbol)
        inner = _stack(
            children, max(0, width - size), styles, top=False, quoted=quoted, in_list=True
        )
        if not inner:
            inner = [Strip.blank(max(0, width - size), blank)]
        head = Segment(symbol, styles.bullet_quoted if quoted else styles.bullet)
        indent = Segment(" " * size, blank)
        for row, line in enumerate(inner):
            out.append(Strip([head if row == 0 else indent, *line], width))
    return out


def _numbers(infos: list[str]) -> list[str]:
    """An ordered list's symbols, as MarkdownOrderedList.compose writes them."""
    try:
        start = int(infos[0]) if infos else 1
    except ValueError:
        start = 1
    suffix = ". "
    size = max((len(f"{n}{suffix}") for n in range(start, start + len(infos))), default=0)
    return [f"{n}{suffix}".rjust(size + 1) for n in range(start, start + len(infos))]
