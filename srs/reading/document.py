"""Parse a Markdown reading list into sections and entries.

Works on markdown-it-py's token stream, never on regexes over the Markdown
source. A section is a `#`, `##` or `###` heading with entries under it (but a single
`#` that is the first heading heads the document: it is the deck's title); an
entry is a top-level list item (its nested bullets belong to it, but the
readings under a label such as `Required:` are entries of their own), a row
of a table of papers, or — in a glossary written as paragraphs — a paragraph that
opens with its bold term (`**BM25** (Best Matching 25): …`; the paragraphs after
it, up to the next term, belong to it) — and in a post of lists, a paragraph led by a
paper's bold name and its arXiv link. Other prose is never an entry, nor is
navigation: a table of contents, badges, and the License, Contributing or
Contents sections.
"""

from __future__ import annotations

import re
import stat
import sys
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from markdown_it.token import Token

from srs.errors import BadInput
from srs.parallel import ordered_map
from srs.reading.bylines import writes_bylined_heads
from srs.reading.entry import read_entry
from srs.reading.indents import nested_under_numbers, numbers_after_bullets
from srs.reading.item import Item, append_runs
from srs.reading.keys import assign_keys
from srs.reading.markdown import Run, block_end, markdown, plain, runs
from srs.reading.markers import marked_paragraphs_as_items
from srs.reading.model import Entry, ReadingList, Section
from srs.reading.naming import (
    earlier_entries_acronyms_left,
    field_prefixes_kept_whole,
    people_kept_whole,
    repeated_readings_left,
    shared_names_qualified,
)
from srs.reading.navigation import is_boilerplate_heading, is_course_rules_heading
from srs.reading.paragraphs import (
    LABEL,
    MIN_TERMS,
    entry_paragraph,
    paper_paragraph,
    term_items,
    term_paragraphs,
)
from srs.reading.table_rows import table_notes, table_rows
from srs.reading.terms import field_words_dropped
from srs.text import clean_space, slugify, strip_controls
from srs.typed_yaml import read_limited, safe_load_yaml

__all__ = ["MAX_BYTES", "is_piped", "parse_file", "parse_text"]

MAX_BYTES = 20 * 1024 * 1024
MAX_SLUG = 80  # a deck's slug names files: far below any file system's limit
_SECTION_TAGS = {"h1", "h2", "h3"}
_SECTION_PREFIX = re.compile(r"^(?:section|part|chapter)\s+[\w.]+\s*[:.\-–—]\s*", re.IGNORECASE)
_STEM_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})\b")
_EDGE_PUNCT = " \t.,;:-–—/&"


def is_piped(path: Path) -> bool:
    """Whether `path` is standard input (`-`) or a pipe (`<(…)` gives `/dev/fd/63`): a
    name that says nothing about the list, so it never names a deck."""
    text = str(path)
    if text == "-" or text.startswith(("/dev/fd/", "/proc/self/fd/", "/dev/stdin")):
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def parse_file(path: Path, *, deck: str | None = None) -> ReadingList:
    """Read and parse a reading list (`-`: standard input); any problem is a `BadInput`
    naming the file. `deck`: the deck's slug, whatever the list says.

    A list from a pipe takes its slug from its front matter's `slug:`, else its title
    (front matter or `#` heading), else `deck`: never from the pipe's name.
    """
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise BadInput(
                f"standard input: too large (the limit is {MAX_BYTES // (1024 * 1024)} MiB)"
            )
        return _parse_bytes(data, "standard input", None, deck)
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
    return _parse_bytes(data, str(path), None if is_piped(path) else path.stem, deck)


def _parse_bytes(data: bytes, name: str, stem: str | None, deck: str | None) -> ReadingList:
    if b"\x00" in data:
        raise BadInput(f"{name}: looks like a binary file, not Markdown text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{name}: not UTF-8 text (bad byte at offset {exc.start})") from None
    parsed = parse_text(text, name=name, stem=stem, fallback=deck)
    return parsed if deck is None else replace(parsed, slug=deck)


_CODE_OR_TEX = re.compile(r"(?P<kept>`[^`\n]*`|\$[^$\n]+\$)|\^\*")


def parse_text(
    text: str,
    *,
    name: str = "<text>",
    stem: str | None = "reading-list",
    fallback: str | None = None,
) -> ReadingList:
    """Parse Markdown text; raises only `BadInput`. `stem`: the file's name without its
    suffix (None: a pipe, which names nothing); `fallback`: the title and slug of a list
    that names neither, with no file name to take them from."""
    if "\x00" in text:
        raise BadInput(f"{name}: looks like a binary file, not Markdown text")
    text = _LABELLED_LIST.sub(r"\g<label>\n\n\g<item>", text)
    if _ANY_SHORTCODE.search(text):  # (most lists have none: two passes saved)
        text = _MARKED_BRACKET.sub(r"\g<bracket>. ", text)  # `(RSS 2023) :robot: Denoising …`
        text = _SHORTCODE.sub("", text)  # `- :star: [PointNet](…)`: GitHub's emoji, a marker
    text = _ITEM_LABEL.sub(r"\g<bullet>", text)  # `- Optional: Brooke, J. "SUS: …"`
    text = marked_paragraphs_as_items(text)  # `📌 Holland, P. W. (1986). "…"` paragraphs
    text = nested_under_numbers(text)  # `10. **IX** (…)` over bullets three spaces in
    text = numbers_after_bullets(text)  # `- 1. **Nroff/Troff User's Manual** — …`
    # `W = H^*(H H^*)^{-1}`: a conjugate transpose, never the start of italics (outside code
    # and TeX, which keep their text as it is)
    text = _CODE_OR_TEX.sub(lambda found: found.group(0) if found.group("kept") else "^\\*", text)
    try:
        tokens = markdown().parse(text)
    except Exception as exc:  # markdown-it should never fail; keep the promise anyway
        raise BadInput(f"{name}: cannot parse Markdown ({type(exc).__name__})") from None
    meta: dict[str, Any] = {}
    if tokens and tokens[0].type == "front_matter":
        meta = _front_matter(tokens[0].content, name)
    heading_title = _first_heading(tokens)
    named = _meta_str(meta, "title") or heading_title
    title = named or stem or fallback
    slug_from = _meta_str(meta, "slug") or (stem if stem is not None else named) or fallback
    if title is None or slug_from is None:
        raise BadInput(
            f"{name}: a list from a pipe needs a name for its deck: give it `slug:` or "
            "`title:` in its front matter, a `# Title` heading, or use --deck SLUG"
        )
    slug = slugify(slug_from)
    notes: list[str] = []
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rstrip("-_")
        notes.append(f"{name}: the deck's slug is cut to {MAX_SLUG} characters: {slug}")
    sections = _sections(tokens, default_name=title, title_at=_title_heading(tokens))
    entries = [entry for section in sections for entry in section.entries]
    if not entries:
        raise BadInput(
            f"{name}: no entries found (expected list items, table rows or `**Term**: …`"
            " paragraphs under headings)"
        )
    field_prefixes_kept_whole(entries, title)
    _mentions_of_entries_left(entries)
    earlier_entries_acronyms_left(entries)
    shared_names_qualified(entries)
    people_kept_whole(entries)
    repeated_readings_left(entries)
    field_words_dropped(entries)
    assign_keys(entries)
    date_match = _STEM_DATE.match(stem or "")
    return ReadingList(
        title=title,
        slug=slug,
        date=_meta_date(meta) or (date_match.group(1) if date_match else None),
        source=name,
        sections=sections,
        notes=notes,
    )


#: a syllabus's label at the start of a reading (`- Optional: Brooke, J. "…"`, `- **(R)**
#: Kensing, F. …`): how the course uses it, never its title or its authors
_ITEM_LABEL = re.compile(
    r"^(?P<bullet>[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)"
    r"(?:(?:\*\*|__|\*|_)?(?:optional|required|recommended|supplementary|supplemental|extra|"
    r"bonus|additional|further|background)(?:\s+read(?:ing)?s?)?(?:\*\*|__|\*|_)?\s*:\s*"
    r"(?:\*\*|__|\*|_)?|(?:\*\*|__)?\((?:R|O|req|opt|required|optional)\)(?:\*\*|__)?\s+)"
    r"(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)
#: an emoji as GitHub writes it (`:star:`, `:fire:`): a marker of the list, never text
_SHORTCODE = re.compile(
    r"(?<![\w:/]):(?=[a-z0-9_+-]{2,30}:)[a-z0-9_+-]*[a-z][a-z0-9_+-]*:(?![\w:/-])"
)  # (never a table's alignment row, `| :---: |`)
#: what every shortcode holds: a quick test before the two passes that take them out
_ANY_SHORTCODE = re.compile(r":[a-z0-9_+-]*[a-z][a-z0-9_+-]*:")
#: `- Chi, …, Song (RSS 2023) :computer: :robot: Denoising diffusion …`: markers between a
#: byline's bracket (never a link's target) and the text after it end the byline, as a
#: full stop would: taken out with nothing in their place, the byline ran on into the claim
_MARKED_BRACKET = re.compile(
    rf"(?<!\])(?P<bracket>\([^()\n]*\))(?:[ \t]+{_SHORTCODE.pattern})+[ \t]+(?=[\w\[*\"“])"
)


# `*Optional*` on its own line, then `2. Gerstner …`: CommonMark lets only a list that
# starts at 1 interrupt a paragraph, so the reading would be read as the label's text; a
# blank line between them makes it the list item its writer meant (and after a label's
# bracket: `**Optional** (if you want to understand what spconv is doing:)`, r155 syllabus)
_LABELLED_LIST = re.compile(
    r"^(?P<label>[ \t]*(?:\*\*|__|\*|_)[^*_\n]{1,40}(?:\*\*|__|\*|_)"
    r"(?:[ \t]*\([^()\n]{1,200}\))?:?[ \t]*)\n"
    r"(?P<item>[ \t]*\d{1,3}[.)][ \t]+\S)",
    re.MULTILINE,
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
            return plain(runs(tokens[i + 1])) or None
    return None


def _title_heading(tokens: list[Token]) -> int | None:
    """The index of the heading that heads the whole document, if one does: a single `#`
    that is the document's first heading. It is the deck's title, not a section (the
    entries under it, before any other heading, belong to the deck itself)."""
    headings = [
        i for i, token in enumerate(tokens) if token.type == "heading_open" and token.level == 0
    ]
    if not headings or tokens[headings[0]].tag != "h1":
        return None
    if sum(1 for i in headings if tokens[i].tag == "h1") != 1:
        return None  # several `#` headings: each is a section
    if is_boilerplate_heading(plain(runs(tokens[headings[0] + 1]))):
        return None
    return headings[0]


def _section_name(text: str) -> str:
    text = clean_space(_SECTION_PREFIX.sub("", text))
    named = re.sub(r"^[^\w(\[\"'“]+", "", text).strip(_EDGE_PUNCT)
    return named or text


def _sections(
    tokens: list[Token], *, default_name: str, title_at: int | None = None
) -> list[Section]:
    """The list's sections; entries under no section heading (or under the title heading
    `title_at`) are in a section named `default_name`, the deck's title."""
    heading = default_name
    skip_level: int | None = None  # inside a License or Contents section of this level
    i = 0
    # the items in order, each with the heading it is under and the number of the section
    # it opens or joins (a new number after each heading); read all at once at the end
    found: list[tuple[Item, str, int]] = []
    part = 0

    def add(items: list[Item]) -> None:
        found.extend((item, heading, part) for item in items)

    items = sum(1 for t in tokens if t.type == "list_item_open" and t.level == 1)
    terms = term_paragraphs(tokens)
    # a glossary, or a post written as paragraphs that each open in bold; not a list's
    # asides
    # (or one that writes some sections as `**Term**: …` paragraphs and others as bullets of
    # the same shape: r155 glossary, whose 28 paragraph terms made no card)
    glossary = terms >= MIN_TERMS and (terms >= items or 2 * term_items(tokens) >= items)
    term: Item | None = None  # the glossary paragraph being read, and what follows it

    def flush() -> None:
        nonlocal term
        if term is not None:
            add([term])
            term = None

    while i < len(tokens):
        token = tokens[i]
        if glossary and token.type == "paragraph_open" and token.level == 0:
            parts = runs(tokens[i + 1])
            if entry_paragraph(parts):
                flush()
                if skip_level is None:
                    term = Item(head=parts, everything=list(parts))
            elif term is not None:
                term.rest.append(parts)
                append_runs(term.everything, parts)
            i = block_end(tokens, i) + 1
            continue
        if not glossary and token.type == "paragraph_open" and token.level == 0:
            # a post that is mostly lists may still give a paper a paragraph of its own
            parts = runs(tokens[i + 1])
            lead = paper_paragraph(parts)
            if skip_level is None and lead is not None:
                # from its bold name on: `Khandelwal et al.'s **kNN-LM** (…)` is led by the
                # name, and its authors come with the paper's metadata
                add([Item(head=parts[lead:], everything=list(parts[lead:]))])
            i = block_end(tokens, i) + 1
            continue
        if glossary and term is not None and token.type == "bullet_list_open":
            end = block_end(tokens, i)
            bullets = [
                _item(tokens, j, block_end(tokens, j))[0]
                for j in range(i + 1, end)
                if tokens[j].type == "list_item_open" and tokens[j].level == token.level + 1
            ]
            if not any(entry_paragraph(bullet.head) for bullet in bullets):
                # `**Modularity**: … ` then `- Caveat 1: **resolution limit** — …`: bullets
                # right under a term are its facts, as a list item's nested bullets are
                for bullet in bullets:
                    term.nested.append(bullet.everything)
                    append_runs(term.everything, bullet.everything)
                i = end + 1
                continue
        if token.type in {"heading_open", "bullet_list_open", "ordered_list_open", "hr"}:
            flush()
        if token.type == "heading_open" and token.level == 0:
            level = int(token.tag[1])
            text = plain(runs(tokens[i + 1]))
            if skip_level is not None and level <= skip_level:
                skip_level = None
            if is_boilerplate_heading(text):
                skip_level = level if skip_level is None else skip_level
            elif i == title_at:
                heading = default_name
                part += 1
            elif token.tag in _SECTION_TAGS and skip_level is None:
                heading = _section_name(text) or default_name
                part += 1
            i = block_end(tokens, i) + 1
            continue
        if token.level == 0 and token.type in {"bullet_list_open", "ordered_list_open"}:
            end = block_end(tokens, i)
            if skip_level is None:
                add(_list_items(tokens, i, end))
            i = end + 1
            continue
        if token.level == 0 and token.type == "table_open":
            end = block_end(tokens, i)
            if skip_level is None:
                rows = table_rows(tokens, i, end)
                end = table_notes(tokens, end + 1, rows) - 1
                add(rows)
            i = end + 1
            continue
        i += 1
    flush()
    sections: list[Section] = []
    current: tuple[Section, int] | None = None
    held = [item for item, _, _ in found]
    bylined = writes_bylined_heads(item.head for item in held if not item.cells)
    entries = ordered_map(partial(read_entry, bylined_heads=bylined), held)
    for (_, name, number), entry in zip(found, entries, strict=True):
        if entry is None:
            continue
        if is_course_rules_heading(name) and not (entry.links or entry.attribution.authors):
            # `## Logistics` › `**Discussion leading.** Each student co-leads two sessions`
            # (r74 syllabus): a rule of the course, no reading
            continue
        if current is None or current[1] != number:
            current = (Section(name=name), number)
            sections.append(current[0])
        current[0].entries.append(entry)
    return sections


def _list_items(tokens: list[Token], start: int, end: int) -> list[Item]:
    """The entries of the list between `start` and `end`: one per item, but for a label
    item (`Required:`) whose nested items are the entries."""
    level = tokens[start].level + 1
    items: list[Item] = []
    j = start + 1
    while j < end:
        if tokens[j].type == "list_item_open" and tokens[j].level == level:
            close = block_end(tokens, j)
            item, children = _item(tokens, j, close)
            if children and _is_label(item, children):
                items.extend(children)
            else:
                items.append(item)
            j = close + 1
            continue
        j += 1
    return items


def _is_label(item: Item, children: list[Item]) -> bool:
    """`- Required readings:` or `- Lecture 3: Attention` over nested readings."""
    if any(run.link is not None for run in item.head) or item.rest:
        return False
    text = plain(item.head)
    with_links = sum(1 for child in children if any(r.link for r in child.everything))
    if with_links * 2 < len(children):
        return False
    if LABEL.match(text) or text.endswith(":"):
        return True
    return len(text.split()) <= 8 and not any(run.bold for run in item.head)


def _item(
    tokens: list[Token], start: int, end: int, *, nested: bool = False
) -> tuple[Item, list[Item]]:
    """The list item between `start` and `end`, and its nested items as items of their own.
    `nested`: the item is a bullet under another, whose own bullets end its sentence."""
    item = Item()
    children: list[Item] = []
    level = tokens[start].level
    j = start + 1
    while j < end:
        token = tokens[j]
        if token.type == "list_item_open":
            close = block_end(tokens, j)
            child, grandchildren = _item(tokens, j, close, nested=True)
            children.append(child)
            if grandchildren and not child.rest and plain(child.head).rstrip().endswith(":"):
                # `- Facts to remember:` over bullets of their own (r124 notes, four facts
                # run together into one claim): each bullet under the label is a bullet
                item.nested.extend(grandchild.everything for grandchild in grandchildren)
            elif grandchildren:
                # (`- two halves, basically two papers glued together` over `- (a) hierarchical
                # locking, …` and `- (b) degrees of consistency …` (r174 notes, one claim):
                # each bullet under a bullet is a fact of its own)
                own: list[Run] = []
                for part in (child.head, *child.rest):
                    append_runs(own, part)
                item.nested.append(own)
                item.nested.extend(grandchild.everything for grandchild in grandchildren)
            else:
                item.nested.append(child.everything)
            if nested:
                # (`- defines SI formally: …` over `- SI prevents P0–P3 …, but allows write
                # skew (A5B)` over … (r174 notes, two bullets read as one sentence, "allows
                # write skew (A5B) → NOT serializable SI and RR are incomparable"): a bullet
                # under a bullet is a sentence of its own
                _end_sentence(item.everything)
            append_runs(item.everything, child.everything)
            j = close + 1
            continue
        if token.type == "inline":
            parts = runs(token)
            if token.level == level + 2 and not item.head and not item.rest:
                item.head = parts
            else:
                item.rest.append(parts)
            append_runs(item.everything, parts)
        elif token.type == "code_block":  # (text indented past its item's: prose, mostly)
            # (a fenced block is code, never a claim: r157 notes read a loop's C as facts)
            parts = [Run(" " + token.content)]
            item.rest.append(parts)
            append_runs(item.everything, parts)
        j += 1
    return item, children


def _end_sentence(runs: list[Run]) -> None:
    """End the runs' text with a full stop, unless it ends with a mark of its own."""
    last = next((run for run in reversed(runs) if run.text.strip()), None)
    if last is not None and last.link is None and last.text.rstrip()[-1] not in ".!?;:,([{—–-→":
        runs.append(Run("."))


def _mentions_of_entries_left(entries: list[Entry]) -> None:
    """A work the list has an entry for gets its cards there, not from another entry's
    mention of it."""
    # (its own names are left to the entry: `**ReWOO and LLMCompiler**` names each of the two
    # with its citation)
    listed: dict[str, set[int]] = {}
    for at, entry in enumerate(entries):
        for name in (entry.name, *entry.names):
            listed.setdefault(name.casefold(), set()).add(at)
    for at, entry in enumerate(entries):
        if entry.mentions:
            entry.mentions = [
                m for m in entry.mentions if not listed.get(m.name.casefold(), set()) - {at}
            ]
