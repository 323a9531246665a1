"""A field of plain text skips cmark (srs.anki.field_html): what it renders to is
exactly what cmark makes of it, so an export's notes are the same either way."""

from __future__ import annotations

import random

from srs.anki.field_html import _PLAIN, _cmark_field_html, field_html, text_html

#: characters cmark, HTML or Anki read something into, and ordinary ones
_TRICKY = [
    *"\\`*_[]<>&{}!#|~=+-.)(:;\"'%$@^/?,",
    " ",
    "  ",
    "\t",
    "\n",
    "\r",
    "\x00",
    "\x0b",
    "\x85",
    "\xa0",
    "\u2028",
    "\u3000",
    "\ufeff",
    "1.",
    "2)",
    "    ",
    "&amp;",
    "{{c1::x}}",
    "http://x.y",
    "www.a.b",
    "<p>",
]
_ORDINARY = [*"abcXYZéßж中7 ", "word", "Question", "😀"]


def _texts(rng: random.Random, count: int) -> list[str]:
    texts = []
    for _ in range(count):
        tricky = rng.choice((0.02, 0.1, 0.4))
        parts = [
            rng.choice(_TRICKY) if rng.random() < tricky else rng.choice(_ORDINARY)
            for _ in range(rng.randint(0, 12))
        ]
        texts.append("".join(parts))
    return texts


def test_plain_text_renders_as_cmark_renders_it() -> None:
    rng = random.Random(5)
    texts = _texts(rng, 30_000)
    texts += ["Question 12?", 'He said "yes" - twice.', "a :) (b) 1. 2) # ~~s~~ | = +"]
    texts += ["It's 5% off!", "x -- y ... z", "ends in a space ", "a\xa0", "a\u2028b"]
    plain = 0
    for text in texts:
        assert field_html(text) == _cmark_field_html(text), repr(text)
        plain += bool(_PLAIN.fullmatch(text))
    assert plain > 5000  # the quick way was taken, often


def test_markdown_still_goes_through_cmark() -> None:
    assert field_html("a *b* `c`") == "a <em>b</em> <code>c</code>"
    assert field_html("x < y & z") == "x &lt; y &amp; z"
    assert field_html("1. one") == "<ol>\n<li>one</li>\n</ol>"
    assert field_html("a {{c1::b}}") == "a {{c1::b}}"
    assert field_html("a {b}") == "a &#123;b&#125;"
    assert field_html('say "hi"') == "say &quot;hi&quot;"


def test_plain_text_fields_are_escaped_as_before() -> None:
    """`text_html` leaves text with nothing to escape as it is, and escapes the rest as
    `html.escape` does, braces as entities."""
    import html

    rng = random.Random(6)
    texts = [*_texts(rng, 5000), "srs · template · deck|e1|basic", "a'b", "{x}"]
    for text in texts:
        expected = html.escape(text).replace("{", "&#123;").replace("}", "&#125;")
        assert text_html(text) == expected, repr(text)
