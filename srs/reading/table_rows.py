"""A table of papers read row by row (each row an entry, its columns its fields), and the
notes under it that say more about its rows."""

from __future__ import annotations

import re

from markdown_it.token import Token

from srs.reading.item import Item, append_runs
from srs.reading.markdown import Run, block_end, plain, runs
from srs.reading.sentences import sentences
from srs.reading.tables import column_role

__all__ = ["table_notes", "table_rows"]

_EDGE_PUNCT = " \t.,;:-–—/&"


def table_rows(tokens: list[Token], start: int, end: int) -> list[Item]:
    """One item per body row of a table whose columns say what they hold."""
    headers: list[str] = []
    rows: list[list[list[Run]]] = []
    row: list[list[Run]] | None = None
    in_head = False
    for token in tokens[start:end]:
        if token.type == "thead_open":
            in_head = True
        elif token.type == "thead_close":
            in_head = False
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if in_head:
                headers = [plain(cell) for cell in row]
            else:
                rows.append(row)
            row = None
        elif token.type == "inline" and row is not None:
            row.append(runs(token))
    roles = [column_role(header) for header in headers]
    if not {"paper", "name"} & set(roles):
        return []  # a table, but not of papers
    items: list[Item] = []
    for cells in rows:
        filled = [
            (role, cell) for role, cell in zip(roles, cells, strict=False) if plain(cell).strip()
        ]
        if items and len(filled) == 1 and _continues(filled[0][1]):
            # `| **GUIDE-seq**: Tsai, …, *Nat Biotechnol* 2015 | [paper](…) |` then `| A short
            # double-stranded oligo tag gets captured into DSBs … | |` (r140 table, the row
            # read as an entry of its own): a row of prose alone goes on about the row above
            role, cell = filled[0]
            before = items[-1]
            held = before.cells.setdefault(role or "paper", [])
            stop = "" if re.search(r"[.!?]\W*$", plain(held)) or not held else "."
            held.extend([Run(f"{stop} "), *cell])
            append_runs(before.everything, cell)
            continue
        item = Item()
        for role, cell in zip(roles, cells, strict=False):
            if role is None or not cell:
                continue
            item.cells.setdefault(role, []).extend(cell)
            append_runs(item.everything, cell)
        if item.cells:
            items.append(item)
    return items


def _continues(cell: list[Run]) -> bool:
    """A cell of prose only: sentences (six words or more), no bold name and no link."""
    text = plain(cell).strip()
    return (
        len(text.split()) >= 6
        and not any(run.bold or run.link is not None for run in cell if run.text.strip())
        and re.search(r"[.!?]$|[a-z]{3,}\.\s", text) is not None
    )


def table_notes(tokens: list[Token], start: int, rows: list[Item]) -> int:
    """`> **Notes.** NPID treats every image as its own class … MoCo replaces the memory
    bank with a queue …` or a list of `- **OpenVLA**: …` under a table: what a sentence or
    a bullet says of a row's name belongs to that row (a nested claim), not to an entry of
    its own. Returns where the notes end (`start` when there are none)."""
    names: dict[str, Item] = {}
    for item in rows:
        for name in _row_names(item):
            names.setdefault(name, item)
    if not names:
        return start
    pattern = re.compile(
        r"^\W*(?P<name>"
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?![\w-])"
    )
    i = start
    while i < len(tokens):
        token = tokens[i]
        if token.type in {"heading_open", "table_open", "hr"}:
            break
        if token.type not in {"paragraph_open", "blockquote_open", "bullet_list_open"}:
            i += 1
            continue
        end = block_end(tokens, i)
        pieces: list[str] = []
        for inner in tokens[i:end]:
            if inner.type != "inline":
                continue
            text = _NOTES_LABEL.sub("", plain(runs(inner)))
            pieces += sentences(text) if token.type != "bullet_list_open" else [text]
        if token.type == "paragraph_open" and not "".join(pieces).strip(" .:*_"):
            # `Notes:` on a line of its own, then `- ROME = causal tracing …` (r177 table,
            # each note an entry of its own): the label over the notes
            i = end + 1
            continue
        matched = [(pattern.match(piece), piece) for piece in pieces]
        if not any(found for found, _ in matched):
            break  # prose of its own: the notes, if any, are over
        if token.type == "bullet_list_open" and not all(found for found, _ in matched):
            break  # a list that also names other things: its items are entries
        about: Item | None = None
        for found, piece in matched:
            if found:
                # `**SimCLR**: drops the queue …`: the name as a label goes; `NPID treats …`
                # keeps it as the subject
                # (or as an equation's left side: `ROME = causal tracing …`, r177 table)
                label = re.match(r"\s*[:—–=-]\s*", piece[found.end() :])
                text = piece[found.end() + label.end() :] if label else piece
                about = names[found.group("name")]
                about.nested.append([Run(text.strip())])
            elif about is not None and token.type != "bullet_list_open":
                # `Hash Layers is my favourite sanity-check paper. Route tokens by a fixed
                # hash of the token id, …` (r132 table, the fact lost): the paragraph goes on
                # about the row it opened with
                about.nested.append([Run(piece.strip())])
        i = end + 1
    return i


#: a title's head before a capitalised joining word: `Hash Layers | For Large Sparse Models`
_TITLE_HEAD = re.compile(
    r"(?P<head>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3})\s+"
    r"(?i:for|with|via|in|on|of|from|to|and|are|is|as)\s"
)


def _row_names(item: Item) -> list[str]:
    """The names a note under the table may call a row by: its name column, else its
    paper's title, the title's head before a colon (`StableMoE: Stable Routing …`) and its
    first capitalised words (`Hash Layers For Large Sparse Models`)."""
    # (without its marks: `⭐ **ROME**` (r177 table) is called `ROME` in the notes)
    name = re.sub(r"^[^\w(\[]+", "", plain(item.cells.get("name", []))).strip(_EDGE_PUNCT + "*_")
    if name:
        return [name]
    paper = item.cells.get("paper", [])
    titled = next(
        (run for run in paper if (run.bold or run.link is not None) and run.text.strip()), None
    )
    if titled is None:
        return []
    title = titled.text.strip(_EDGE_PUNCT + "*_")
    found = [title]
    before_colon = title.split(":", 1)[0].strip()
    if before_colon != title and len(before_colon.split()) <= 3:
        found.append(before_colon)
    head = _TITLE_HEAD.match(title)
    if head is not None:
        found.append(head.group("head"))
    return found


_NOTES_LABEL = re.compile(r"^\W*(?:notes?|remarks?|comments?)\s*[.:]\s*", re.IGNORECASE)
