"""Markdown as srs reads it: markdown-it-py's token stream flattened into runs of text
that keep only the formatting a reader uses (bold, italics, links, footnote marks).

Everything is read from tokens, never with regexes over the Markdown source:
HTML tags are dropped with their text kept, images (badges) are dropped whole, and
only http(s) links become links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore, linkify, text_join
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from srs.parallel import ordered_map
from srs.reading.model import Link
from srs.reading.urls import is_web_url
from srs.text import clean_space, strip_controls

__all__ = ["Run", "block_end", "link_list", "markdown", "plain", "runs"]

_FOOTNOTE_TEXT = re.compile(r"^\s*(?:\(\d{1,3}\)|\[\d{1,3}\])\s*$")
_BREAK_TAG = re.compile(r"^<br\s*/?>$", re.IGNORECASE)


def markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "linkify": True})
    md.enable(["linkify", "strikethrough", "table"])
    md.use(front_matter_plugin)
    # `$D_{KL}(q \| p) - H$`: TeX stays one piece of text (no emphasis read into its
    # underscores, no clause cut at its minus); `$5 and $10` stays prices
    md.use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=False)
    md.core.ruler.at("inline", _inline)
    md.core.ruler.disable(["linkify", "text_join"])  # (run by `_inline`, text by text)
    return md


def _inline(state: StateCore) -> None:
    """markdown-it's own `inline`, `linkify` and `text_join` rules (each paragraph's,
    heading's and cell's text parsed into its children), then `runs` of the children
    kept in the token's `meta`; a long list's texts on every core (`ordered_map`).
    Each text is parsed on its own, as markdown-it does it; what comes back from another
    core is the runs, not the tokens (sent back, the tokens cost more time than their
    parse on another core saved)."""
    md, env = state.md, state.env
    inline = [token for token in state.tokens if token.type == "inline"]

    def read(token: Token) -> list[Run]:
        token.children = md.inline.parse(token.content, md, env, list(token.children or []))
        alone = StateCore(token.content, md, env, [token])
        linkify(alone)
        text_join(alone)
        return _runs(token)

    for token, parts in zip(inline, ordered_map(read, inline), strict=True):
        token.children = []  # read: its runs are all srs keeps of it
        token.meta[_RUNS] = parts


@dataclass
class Run:
    """A piece of inline text with the formatting that matters to us."""

    text: str
    bold: bool = False
    link: Link | None = None
    footnote: bool = False
    italic: bool = False
    #: the link's target is a heading of this document (`#section`): navigation
    anchor: bool = False
    #: struck through (`~~…~~`): text its author took back, never read as the entry's
    struck: bool = False


#: a domain alone, no scheme, `www.` or path (`Abacus.AI`, `fast.ai`, `Node.js`): markdown-it's
#: linkify makes it a link; a list means the company or the project, never a page
_BARE_DOMAIN = re.compile(r"^(?!www\.)[\w-]+(?:\.[\w-]+)+$", re.IGNORECASE)


def _is_bare_name(text: list[Token]) -> bool:
    return bool(text) and text[0].type == "text" and bool(_BARE_DOMAIN.match(text[0].content))


#: where `_inline` keeps an inline token's runs
_RUNS = "srs_runs"


def runs(inline: Token) -> list[Run]:
    """An inline token's text as runs (HTML tags and images dropped), as `_inline` read
    them when it parsed the text."""
    return list(inline.meta[_RUNS])


def _runs(inline: Token) -> list[Run]:
    """Flatten an inline token's children into runs, dropping HTML tags and images."""
    out: list[Run] = []
    bold = italic = struck = 0
    href: str | None = None
    in_link: list[Run] = []
    bare = last_bare = False  # the link open, the last one closed: a bare URL in the text

    def emit(text: str) -> None:
        if struck:  # what its author struck out is gone; a mark keeps where it stood
            text = ""
        run = Run(strip_controls(text), bold=bold > 0, italic=italic > 0, struck=struck > 0)
        (in_link if href is not None else out).append(run)

    children = inline.children or []
    for at, child in enumerate(children):
        kind = child.type
        if kind in {"text", "code_inline"}:
            emit(child.content)
        elif kind == "math_inline":  # a minus, not a dash that ends a clause
            emit("$" + child.content.replace(" - ", " − ") + "$")
        elif kind == "html_inline" and _BREAK_TAG.match(child.content.strip()):
            # `… NVIDIA · CVPR 2024 · Dec 2023<br>An ablation study …`: a table cell's lines
            # are apart, as sentences are
            said = "".join(run.text for run in [*out, *in_link]).rstrip()
            emit(". " if said and (said[-1].isalnum() or said[-1] in ")]*_") else " ")
        elif kind in {"softbreak", "hardbreak"}:
            following = children[at + 1] if at + 1 < len(children) else None
            if (
                href is None
                and out
                and out[-1].link is not None
                and following is not None
                and following.type == "text"
                and following.content[:1].isupper()
                # (but not a short label or name first, `Phase 3: 2,504 individuals …`,
                # `Seurat v4. Introduces …`: read with the line before, as it was — unless
                # the line ends on a bare URL: `An English translation is at https://…` then
                # `NNUE: a small, shallow network …` (r151 syllabus, read as one sentence))
                and (
                    last_bare or not re.match(r"\S+(?:\s+\S+){0,2}?[:.](?:\s|$)", following.content)
                )
            ):
                # `… 1975. [MIT Press](…)` then `Where the GA comes from: …` on the next line
                # (r147 syllabus, "MIT Press Where the GA comes from" read as one): a line that
                # ends with its link, the next line's sentence its own
                emit(". ")
            else:
                emit(" ")
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold = max(0, bold - 1)
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic = max(0, italic - 1)
        elif kind == "s_open":
            struck += 1
        elif kind == "s_close":
            struck = max(0, struck - 1)
        elif kind == "link_open":
            if child.markup == "linkify" and _is_bare_name(children[at + 1 : at + 2]):
                continue  # `Dooley et al. (Abacus.AI)`: a name shaped like a domain
            href = str(child.attrs.get("href", ""))
            in_link = []
            # (a bare URL after a colon is the line's own pointer, `… Production:
            # https://…` (r101 syllabus): the next line goes on with it, as before)
            said = "".join(run.text for run in out).rstrip()
            bare = child.markup == "linkify" and not said.endswith(":")
        elif kind == "link_close" and href is not None:
            text = "".join(run.text for run in in_link)
            footnote = bool(_FOOTNOTE_TEXT.match(text)) or "#footnote" in href
            link = Link(clean_space(text), href) if is_web_url(href) else None
            anchor = href.startswith("#")
            for run in in_link:
                run.footnote = footnote
                run.link = None if footnote else link
                run.anchor = anchor
            out.extend(in_link)
            href, in_link, last_bare = None, [], bare
        # images (badges, figures), other HTML tags: dropped, their text kept above
    if href is not None:
        out.extend(in_link)
    return out


def plain(parts: list[Run]) -> str:
    """The runs' text as one line, footnote marks left out."""
    return clean_space("".join(run.text for run in parts if not run.footnote))


def link_list(parts: list[Run]) -> list[Link]:
    """The distinct web links of the runs, in order (one per normalised URL)."""
    from srs.reading.urls import normalise_url

    seen: dict[str, Link] = {}
    for run in parts:
        if run.link is not None and not run.footnote:
            key = normalise_url(run.link.url)
            if key not in seen:
                seen[key] = run.link
    return list(seen.values())


def block_end(tokens: list[Token], start: int) -> int:
    """The index of the token that closes the one opening at `start`."""
    opening = tokens[start]
    close = opening.type.replace("_open", "_close")
    j = start + 1
    while j < len(tokens) and not (tokens[j].type == close and tokens[j].level == opening.level):
        j += 1
    return j
