"""Card Markdown prepared for display: cloze gaps, answers, links as plain text."""

from __future__ import annotations

from markdown_it import MarkdownIt

from srs.cards.card import CLOZE
from srs.reading.urls import is_web_url
from srs.store.engine import CardView
from srs.text import md_escape

__all__ = [
    "answer_markdown",
    "links_markdown",
    "markdown_parser",
    "question_markdown",
]


def markdown_parser() -> MarkdownIt:
    """CommonMark without raw HTML or autolinking: card text can only ever be text."""
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def question_markdown(card: CardView) -> str:
    return CLOZE.sub(lambda m: "**\\[…\\]**", card.front)


def answer_markdown(card: CardView) -> str:
    """The answer side: the question revealed, the back, the extra, section and links."""
    if card.is_cloze:
        revealed = CLOZE.sub(lambda m: f"**{m.group(2)}**", card.front)
        text = f"{revealed}\n\n---\n\n{card.back}"
    else:
        text = f"{question_markdown(card)}\n\n---\n\n{card.back}"
    if card.extra:
        text += f"\n\n> {card.extra}"
    return text + links_markdown(card)


def links_markdown(card: CardView, limit: int = 6) -> str:
    """The section and http(s) links, every piece escaped: shown, never followed as markup."""
    lines = [f"\n\n*Section:* {md_escape(card.section)}\n"]
    web = [link for link in card.links if is_web_url(link.url)]
    for link in web[:limit]:
        label = f"**{md_escape(link.text)}** · " if link.text and link.text != link.url else ""
        lines.append(f"- {label}{md_escape(link.url)}")
    if len(web) > limit:
        lines.append(f"- … and {len(web) - limit} more")
    return "\n".join(lines)
