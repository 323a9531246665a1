"""Parse a Markdown reading list into sections and entries.

Works on markdown-it-py's token stream, never on regexes over the Markdown
source: an entry is a top-level list item under a `#`, `##` or `###`
heading; nested items belong to their parent; prose is never an entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from srs.deck.identity import arxiv_id, is_web_url, normalise_url
from srs.deck.reading_list import Entry, Link, ReadingList, Section
from srs.errors import BadInput
from srs.text import clean_space, slugify, strip_controls
from srs.typed_yaml import read_limited, safe_load_yaml

__all__ = ["MAX_BYTES", "parse_file", "parse_text"]

MAX_BYTES = 20 * 1024 * 1024
MAX_SLUG = 80  # a deck's slug names files: far below any file system's limit
_SECTION_TAGS = {"h1", "h2", "h3"}
_SECTION_PREFIX = re.compile(r"^(?:section|part|chapter)\s+[\w.]+\s*[:.\-–—]\s*", re.IGNORECASE)
_FOOTNOTE_TEXT = re.compile(r"^\s*(?:\(\d{1,3}\)|\[\d{1,3}\])\s*$")
_SEPARATOR = re.compile(r"\s[-–—]\s|:\s")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_STEM_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})\b")
_EDGE_PUNCT = " \t.,;:-–—/&"
_TITLE_WORDS = 6
_LINK_TITLE_WORDS = 12  # a link's text may be a paper's whole title
_LEADING_WORDS = {"see", "like", "the", "a", "an", "of", "e.g", "eg", "esp", "read", "and", "or"}
_GENERIC_LINK_TEXT = {
    "here",
    "link",
    "paper",
    "papers",
    "blog",
    "post",
    "video",
    "podcast",
    "pod",
    "talk",
    "thread",
    "tweet",
    "code",
    "repo",
    "slides",
    "site",
    "website",
    "source",
    "more",
}


def _md() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "linkify": True})
    md.enable(["linkify", "strikethrough", "table"])
    md.use(front_matter_plugin)
    return md


@dataclass
class _Run:
    """A piece of inline text with the formatting that matters to us."""

    text: str
    bold: bool
    link: Link | None = None
    footnote: bool = False


@dataclass
class _ItemText:
    runs: list[_Run] = field(default_factory=list)
    #: number of runs that belong to the item's first paragraph
    first_block: int = -1


def parse_file(path: Path) -> ReadingList:
    """Read and parse a reading list; any problem is a `BadInput` naming the file."""
    try:
        if path.is_dir():
            raise BadInput(f"{path}: is a directory, not a reading list")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BadInput(
                f"{path}: file is too large ({size // (1024 * 1024)} MiB; the limit is "
                f"{MAX_BYTES // (1024 * 1024)} MiB)"
            )
        data = read_limited(path, MAX_BYTES)  # a device or FIFO says size 0: read no more
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except PermissionError:
        raise BadInput(f"{path}: permission denied") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in data:
        raise BadInput(f"{path}: looks like a binary file, not Markdown text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    return parse_text(text, name=str(path), stem=path.stem)


def parse_text(text: str, *, name: str = "<text>", stem: str = "reading-list") -> ReadingList:
    """Parse Markdown text; raises only `BadInput`."""
    if "\x00" in text:
        raise BadInput(f"{name}: looks like a binary file, not Markdown text")
    try:
        tokens = _md().parse(text)
    except Exception as exc:  # markdown-it should never fail; keep the promise anyway
        raise BadInput(f"{name}: cannot parse Markdown ({type(exc).__name__})") from None
    meta: dict[str, Any] = {}
    if tokens and tokens[0].type == "front_matter":
        meta = _front_matter(tokens[0].content, name)
    heading_title = _first_heading(tokens)
    title = _meta_str(meta, "title") or heading_title or stem
    slug = slugify(_meta_str(meta, "slug") or stem)
    notes: list[str] = []
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rstrip("-_")
        notes.append(f"{name}: the deck's slug is cut to {MAX_SLUG} characters: {slug}")
    sections = _sections(tokens, default_name=title)
    entries = [entry for section in sections for entry in section.entries]
    if not entries:
        raise BadInput(f"{name}: no entries found (expected list items under headings)")
    _assign_keys(entries)
    date_match = _STEM_DATE.match(stem)
    return ReadingList(
        title=title,
        slug=slug,
        date=_meta_date(meta) or (date_match.group(1) if date_match else None),
        source=name,
        sections=sections,
        notes=notes,
    )


def _front_matter(content: str, name: str) -> dict[str, Any]:
    meta = safe_load_yaml(content, Path(name), "front matter", first_line=2)  # after `---`
    return meta if isinstance(meta, dict) else {}


def _meta_str(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    return clean_space(strip_controls(str(value))) or None


def _meta_date(meta: dict[str, Any]) -> str | None:
    value = meta.get("date")
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        return value.strip()[:10]
    return None


def _first_heading(tokens: list[Token]) -> str | None:
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h1":
            return _plain(_runs(tokens[i + 1])) or None
    return None


def _sections(tokens: list[Token], *, default_name: str) -> list[Section]:
    sections: list[Section] = []
    heading: str = default_name
    current: Section | None = None
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "heading_open" and token.tag in _SECTION_TAGS and token.level == 0:
            heading = _section_name(_plain(_runs(tokens[i + 1]))) or default_name
            current = None
        elif token.type in {"bullet_list_open", "ordered_list_open"} and token.level == 0:
            close = token.type.replace("_open", "_close")
            j = i + 1
            while j < len(tokens) and not (tokens[j].type == close and tokens[j].level == 0):
                if tokens[j].type == "list_item_open" and tokens[j].level == 1:
                    item, j = _collect_item(tokens, j)
                    entry = _entry(item)
                    if entry is not None:
                        if current is None:
                            current = Section(name=heading)
                            sections.append(current)
                        current.entries.append(entry)
                    continue
                j += 1
            i = j
        i += 1
    return sections


def _section_name(text: str) -> str:
    return clean_space(_SECTION_PREFIX.sub("", text)).strip(_EDGE_PUNCT) or clean_space(text)


def _collect_item(tokens: list[Token], start: int) -> tuple[_ItemText, int]:
    """Gather the inline runs of the list item opening at `start`."""
    item = _ItemText()
    j = start + 1
    while j < len(tokens) and not (tokens[j].type == "list_item_close" and tokens[j].level == 1):
        token = tokens[j]
        if token.type == "inline":
            if item.runs:
                item.runs.append(_Run(" ", bold=False))
            item.runs.extend(_runs(token))
            if item.first_block < 0:
                item.first_block = len(item.runs)
        elif token.type in {"code_block", "fence"}:
            item.runs.append(_Run(" " + token.content, bold=False))
        j += 1
    return item, j + 1


def _runs(inline: Token) -> list[_Run]:
    """Flatten an inline token into runs, dropping HTML tags and images."""
    runs: list[_Run] = []
    bold = 0
    link_href: str | None = None
    link_runs: list[_Run] = []
    skip_image = 0

    def emit(text: str) -> None:
        run = _Run(strip_controls(text), bold=bold > 0)
        (link_runs if link_href is not None else runs).append(run)

    for child in inline.children or []:
        kind = child.type
        if skip_image:
            if kind == "image":
                skip_image += 1
            continue
        if kind in {"text", "code_inline"}:
            emit(child.content)
        elif kind in {"softbreak", "hardbreak"}:
            emit(" ")
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold = max(0, bold - 1)
        elif kind == "link_open":
            link_href = str(child.attrs.get("href", ""))
            link_runs = []
        elif kind == "link_close" and link_href is not None:
            text = "".join(run.text for run in link_runs)
            footnote = bool(_FOOTNOTE_TEXT.match(text)) or "#footnote" in link_href
            link = Link(clean_space(text), link_href) if is_web_url(link_href) else None
            for run in link_runs:
                run.footnote = footnote
                run.link = None if footnote else link
            runs.extend(link_runs)
            link_href, link_runs = None, []
        elif kind == "image":
            # alt text of images is not entry text
            continue
        # html_inline and everything else: tags are dropped, text kept above
    if link_href is not None:
        runs.extend(link_runs)
    return runs


def _plain(runs: list[_Run]) -> str:
    return clean_space("".join(run.text for run in runs if not run.footnote))


def _entry(item: _ItemText) -> Entry | None:
    description = _plain(item.runs)
    if not description.strip(_EDGE_PUNCT):
        return None
    links = _links(item.runs)
    first = item.runs[: max(item.first_block, 0)]
    lead = _lead_in(first)
    if lead:
        title = _plain(lead).strip(_EDGE_PUNCT)
        title_links = _links(lead)
    else:
        title, title_links = "", []
    head_links: list[Link] = []
    if not title:
        title, named_by = _fallback_title(first)
        title_links = []
        # an item named by a link, or opening with one, is about that link
        opening = next((run for run in first if run.text.strip()), None)
        if named_by is not None:
            head_links = [named_by]
        elif opening is not None and opening.link is not None:
            head_links = [opening.link]
    all_ids = _ids(links)
    # the entry's papers are those its title links (else its bold links, else the link
    # it opens with); every other arXiv link is related work
    papers = (
        _ids(title_links) or _ids(_links([run for run in first if run.bold])) or _ids(head_links)
    )
    related = [pid for pid in all_ids if pid not in papers]
    concepts = _concepts(item.runs[len(lead) :], exclude=title)
    return Entry(
        title=title,
        description=description,
        links=links,
        papers=papers,
        concepts=concepts,
        title_links=title_links,
        related=related,
    )


def _ids(links: list[Link]) -> list[str]:
    return list(dict.fromkeys(pid for link in links if (pid := arxiv_id(link.url))))


def _links(runs: list[_Run]) -> list[Link]:
    seen: dict[str, Link] = {}
    for run in runs:
        if run.link is not None and not run.footnote:
            key = normalise_url(run.link.url)
            if key not in seen:
                seen[key] = run.link
    return list(seen.values())


def _lead_in(runs: list[_Run]) -> list[_Run]:
    """The bold runs at the start of the item (whitespace and footnotes allowed between)."""
    lead: list[_Run] = []
    for run in runs:
        if run.bold or run.footnote or not run.text.strip():
            lead.append(run)
            continue
        break
    while lead and not lead[-1].bold:
        lead.pop()
    return lead


def _fallback_title(runs: list[_Run]) -> tuple[str, Link | None]:
    """A title for an item without a bold lead-in, from its first paragraph only.

    In order: a short label before `:` or ` - `; the first bold phrase; the
    first link whose text is a name; the few words before the first link; the
    first words of the text. Never a whole long sentence. Returns the title and
    the link it came from, if it did.
    """
    text = _plain(runs)
    match = _SEPARATOR.search(text)
    if match and match.start() >= 2 and len(text[: match.start()].split()) <= _TITLE_WORDS:
        return text[: match.start()].strip(_EDGE_PUNCT), None
    concepts = _concepts(runs, exclude="")
    if concepts:
        return concepts[0], None
    before: list[str] = []
    for run in runs:
        if run.link is not None and not run.footnote:
            name = clean_space(run.link.text).strip(_EDGE_PUNCT)
            if _is_name(name):
                return name, run.link
            break
        before.append(run.text)
    words = clean_space("".join(before)).strip(_EDGE_PUNCT).split()
    while words and words[-1].casefold() in _LEADING_WORDS:
        words.pop()
    if 1 <= len(words) <= _TITLE_WORDS:
        return " ".join(words).strip(_EDGE_PUNCT), None
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0].strip(_EDGE_PUNCT)
    words = [word for word in sentence.split() if not is_web_url(word)] or sentence.split()
    sentence = " ".join(words)
    if len(words) <= _TITLE_WORDS:
        return sentence, None
    return " ".join(words[:_TITLE_WORDS]).strip(_EDGE_PUNCT) + "…", None


def _is_name(text: str) -> bool:
    """Link text that names a thing (`ModernBERT`, a paper's title), not `here` or `this one`."""
    words = text.split()
    return (
        1 <= len(words) <= _LINK_TITLE_WORDS
        and any(ch.isalpha() for ch in text)
        and not is_web_url(text)
        and text.casefold() not in _GENERIC_LINK_TEXT
        and words[0].casefold() not in {"this", "that", "our", "here"}
    )


def _concepts(runs: list[_Run], *, exclude: str) -> list[str]:
    """Bold phrases that are not links: the entry's key concepts."""
    groups: list[list[_Run]] = []
    current: list[_Run] = []
    for run in runs:
        if run.bold and not run.footnote:
            current.append(run)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    found: dict[str, str] = {}
    for group in groups:
        if any(run.link is not None for run in group):
            continue
        phrase = _plain(group).strip(_EDGE_PUNCT + "*\"'“”‘’()")
        if len(phrase) < 2 or len(phrase) > 60 or not any(ch.isalpha() for ch in phrase):
            continue
        key = phrase.casefold()
        if key != exclude.casefold() and key not in found:
            found[key] = phrase
    return list(found.values())


def _assign_keys(entries: list[Entry]) -> None:
    """Give each entry a key from what it is about; resolve rare collisions.

    Linear in the number of entries: each clashing key remembers the next
    number to try, so 16,000 identical entries do not try 16,000² keys.
    """
    claims: dict[str, Entry] = {}
    counters: dict[str, int] = {}
    for entry in entries:
        key, strong = _candidate_key(entry)
        holder = claims.get(key)
        if holder is not None:
            _, holder_strong = _candidate_key(holder)
            if strong and not holder_strong:
                # a title that links the paper outranks a passing mention
                del claims[key]
                holder.key = _unique(f"{key}~{slugify(holder.title)}", claims, counters)
                claims[holder.key] = holder
            else:
                key = _unique(f"{key}~{slugify(entry.title)}", claims, counters)
        entry.key = key
        claims[key] = entry


def _unique(key: str, claims: dict[str, Entry], counters: dict[str, int]) -> str:
    if key not in claims:
        return key
    n = counters.get(key, 2)
    while f"{key}~{n}" in claims:
        n += 1
    counters[key] = n + 1
    return f"{key}~{n}"


def _candidate_key(entry: Entry) -> tuple[str, bool]:
    """(key, strong): strong when the key comes from the entry's own title."""
    for link in entry.title_links:
        pid = arxiv_id(link.url)
        if pid:
            return f"arxiv:{pid}", True
    if entry.title_links:
        return f"url:{normalise_url(entry.title_links[0].url)}", True
    if entry.links:
        pid = arxiv_id(entry.links[0].url)
        if pid:
            return f"arxiv:{pid}", False
        return f"url:{normalise_url(entry.links[0].url)}", False
    return f"title:{slugify(entry.title)}", True
