"""Card Markdown prepared for display: cloze gaps, answers, links as plain text."""

from __future__ import annotations

from markdown_it import MarkdownIt
from rich.text import Text

from srs.cards import CLOZE
from srs.engine import CardView
from srs.identity import is_web_url

__all__ = ["answer_markdown", "links_text", "markdown_parser", "question_markdown"]


def markdown_parser() -> MarkdownIt:
    """CommonMark without raw HTML or autolinking: card text can only ever be text."""
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def question_markdown(card: CardView) -> str:
    return CLOZE.sub(lambda m: "**\\[…\\]**", card.front)


def answer_markdown(card: CardView) -> str:
    if CLOZE.search(card.front):
        revealed = CLOZE.sub(lambda m: f"**{m.group(2)}**", card.front)
        return f"{revealed}\n\n---\n\n{card.back}"
    return f"{question_markdown(card)}\n\n---\n\n{card.back}"


def links_text(card: CardView, limit: int = 6) -> Text:
    """The card's section and links as Rich Text built from parts: never parsed as markup."""
    text = Text()
    text.append("Section: ", style="bold")
    text.append(card.section)
    shown = [link for link in card.links if is_web_url(link.url)][:limit]
    for link in shown:
        text.append("\n• ")
        if link.text and link.text != link.url:
            text.append(link.text, style="bold")
            text.append("  ")
        text.append(link.url, style="dim")
    extra = len([link for link in card.links if is_web_url(link.url)]) - len(shown)
    if extra > 0:
        text.append(f"\n… and {extra} more")
    return text
