"""Card Markdown to the HTML of an Anki field: escaped, emphasis kept, no raw HTML.

List and LLM text reaches us already escaped for Markdown, so `<script>` is
text before it is ever rendered. Rendering uses cmark-gfm (GitHub's C
CommonMark, through cmarkgfm) in its safe mode — raw HTML omitted, unsafe link
schemes blanked — because it is twenty times faster than a pure-Python parser
on 100,000-card exports. Braces are escaped as entities so that no text can
become an Anki cloze or field reference; only the cloze markers srs itself made
survive as `{{c1::...}}`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache

import cmarkgfm

from srs.cards.card import CLOZE
from srs.reading.model import Link
from srs.reading.urls import is_web_url

__all__ = ["field_html", "links_html", "text_html"]

_OPEN, _CLOSE = "\ue000", "\ue001"
_EMPTY_LINK = re.compile(r'<a href="">(.*?)</a>', re.DOTALL)
_OMITTED = "<!-- raw HTML omitted -->"
#: what `text_html` escapes: HTML's specials (`html.escape`) and braces
_SPECIAL = re.compile(r"[&<>\"'{}]")
#: Markdown that cmark renders as itself, one paragraph of plain text: it starts with a
#: letter (no block starts so) and holds no character that means something to Markdown's
#: inlines, HTML or Anki (backslash, backtick, `*`, `_`, brackets, `<`, `>`, `&`, braces),
#: no line break or other control character (and no lone surrogate)
_PLAIN = re.compile(r"[^\W\d_][^\\`*_\[\]<>&{}\x00-\x1f\x7f\ud800-\udfff]*")


def _render(markdown: str) -> str:
    # options=0: cmark's safe default (no raw HTML, no javascript:/data: links)
    out: str = cmarkgfm.markdown_to_html(markdown, options=0)
    if '<a href="">' in out:
        out = _EMPTY_LINK.sub(r"\1", out)
    return out.replace(_OMITTED, "") if _OMITTED in out else out


def _braces(text: str) -> str:
    if "{" not in text and "}" not in text:
        return text
    return text.replace("{", "&#123;").replace("}", "&#125;")


def text_html(text: str) -> str:
    """Plain text for a field: HTML-escaped, braces as entities."""
    if _SPECIAL.search(text) is None:  # nothing to escape (an export has 200,000)
        return text
    return _braces(html.escape(text))


def _inline(markdown: str) -> str:
    rendered = _render(markdown).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>"):
        rendered = rendered[3:-4]
    return _braces(rendered)


def field_html(markdown: str) -> str:
    """Render one field; a card's own cloze markers become Anki clozes."""
    if _PLAIN.fullmatch(markdown) and not markdown[-1].isspace():
        # what cmark makes of it, without cmark (an export renders 200,000 fields)
        return markdown.replace('"', "&quot;")
    return _cmark_field_html(markdown)


def _cmark_field_html(markdown: str) -> str:
    answers: list[tuple[str, str]] = []

    def hold(match: object) -> str:
        assert hasattr(match, "group")
        answers.append((match.group(1), match.group(2)))
        return f"{_OPEN}{len(answers) - 1}{_CLOSE}"

    held = CLOZE.sub(hold, markdown) if "{{c" in markdown else markdown
    rendered = _braces(_render(held).strip())
    # a single paragraph needs no <p> wrapper in a card
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    for index, (number, answer) in enumerate(answers):
        rendered = rendered.replace(
            f"{_OPEN}{index}{_CLOSE}", f"{{{{c{number}::{_inline(answer)}}}}}"
        )
    return rendered


def links_html(links: Sequence[Link]) -> str:
    """Links as `<a href>` only for http(s) URLs; everything else as escaped text."""
    return _links_html(links if isinstance(links, tuple) else tuple(links))


@lru_cache(maxsize=4096)  # the cards of one entry share their links
def _links_html(links: tuple[Link, ...]) -> str:
    items = []
    for link in links:
        text = text_html(link.text or link.url)
        if is_web_url(link.url):
            href = _braces(html.escape(link.url, quote=True))
            items.append(f'<a href="{href}">{text}</a>')
        else:
            items.append(text)
    return " · ".join(items)
