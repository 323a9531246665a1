"""A part of the decks to study now (`srs review --section`, `--entry`): which sections
and entries a name means, and the SQL that keeps a queue to them.

Matching, case-insensitive, spaces at the ends ignored:
- a section: its exact name, else the one section whose name contains the text;
- an entry: its key (`arxiv:1706.03762`), its key without the prefix (`1706.03762`),
  its name (the text of its first link, `Attention`), else the one entry whose name
  contains the text.
No match, or several: `BadInput` naming the near ones.
"""

from __future__ import annotations

import difflib
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from srs.errors import BadInput

__all__ = ["Subset", "resolve_entries", "resolve_section"]


@dataclass(frozen=True)
class Subset:
    """Cards of these sections, of these entries (empty: no condition)."""

    sections: tuple[str, ...] = ()
    entries: tuple[str, ...] = ()

    def sql(self) -> tuple[str, tuple[str, ...]]:
        """An `AND …` clause on `cards` and its parameters."""
        clause = ""
        if self.sections:
            clause += f" AND section IN ({', '.join('?' * len(self.sections))})"
        if self.entries:
            clause += f" AND entry IN ({', '.join('?' * len(self.entries))})"
        return clause, (*self.sections, *self.entries)

    def describe(self) -> str:
        """`section Agents`, `entry arxiv:1706.03762`, for a screen's header."""
        parts = [f"section {name}" for name in self.sections]
        parts += [f"entry {key}" for key in self.entries]
        return ", ".join(parts)


def _decks_clause(decks: Sequence[str]) -> str:
    return f"deck IN ({', '.join('?' * len(decks))})"


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _pick(
    wanted: str,
    what: str,
    names: dict[str, str],
    where: str,
    label: Callable[[str], str] = str,
) -> str:
    """The one value whose name (the key of `names`, normalised) `wanted` means;
    `label`: how a value is named in an error."""
    key = _norm(wanted)
    if key in names:
        return names[key]
    inside = sorted({value for name, value in names.items() if key and key in name})
    if len(inside) == 1:
        return inside[0]
    shown = sorted({label(value) for value in names.values()})
    if len(inside) > 1:
        several = ", ".join(label(value) for value in inside[:8])
        raise BadInput(f"{what} {wanted!r} matches several in {where}: {several}")
    near = difflib.get_close_matches(key, list(names), n=5, cutoff=0.5)
    hint = sorted({label(names[n]) for n in near}) or shown[:8]
    which = "near" if near else "known"
    more = ", …" if not near and len(shown) > 8 else ""
    raise BadInput(f"no {what} {wanted!r} in {where} ({which}: {', '.join(hint)}{more})")


def resolve_section(db: sqlite3.Connection, decks: Sequence[str], wanted: str) -> str:
    """The section of `decks`' cards that `wanted` names (BadInput: none, or several)."""
    rows = db.execute(
        f"SELECT DISTINCT section FROM cards WHERE {_decks_clause(decks)} AND retired_at IS NULL",
        tuple(decks),
    )
    names = {_norm(section): section for (section,) in rows}
    return _pick(wanted, "section", names, _where(decks))


def resolve_entries(
    db: sqlite3.Connection, decks: Sequence[str], wanted: Sequence[str]
) -> tuple[str, ...]:
    """The entries of `decks`' cards that `wanted` name, one each (BadInput: a name
    that matches none, or several)."""
    names: dict[str, str] = {}
    titles: dict[str, str] = {}
    for entry, links in db.execute(
        f"""SELECT entry, links FROM cards WHERE {_decks_clause(decks)}
            AND retired_at IS NULL ORDER BY deck, position""",
        tuple(decks),
    ):
        names[_norm(entry)] = entry
        names.setdefault(_norm(entry.partition(":")[2]) or _norm(entry), entry)
        parsed = json.loads(links)
        if parsed and entry not in titles:
            titles[entry] = parsed[0][0]
    for entry, title in titles.items():
        names.setdefault(_norm(title), entry)

    def label(entry: str) -> str:
        return f"{titles[entry]} ({entry})" if entry in titles else entry

    where = _where(decks)
    return tuple(dict.fromkeys(_pick(w, "entry", names, where, label) for w in wanted))


def _where(decks: Sequence[str]) -> str:
    return f"deck {decks[0]}" if len(decks) == 1 else f"decks {', '.join(decks)}"
