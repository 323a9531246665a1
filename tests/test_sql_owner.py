"""One owner of srs's tables (issue 19): only `srs.store` speaks SQL to the tables the
migrations create; every other package calls named functions there.

Every string literal of every module outside `srs/store/` (docstrings aside; an
f-string with `?` for each of its holes) that holds an SQL keyword is compiled, one
statement at a time, by SQLite itself against an empty database built by srs's own
migrations, with an authorizer that records every table the statement reads or writes.
A statement that compiles and touches srs's tables is reported. One that does not
compile is either SQL for another database (Anki's collection has its own `cards` and
`decks`: SQLite says "no such table" or "no such column") or a fragment; a fragment is
reported when it names srs's tables where SQL names a table (after FROM, JOIN, INTO,
UPDATE, TABLE or ON).
"""

from __future__ import annotations

import ast
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import srs
from srs.store.migrations import migrate

SRS = Path(srs.__file__).resolve().parent

# modules allowed SQL on srs's tables outside store while a move is under way (none now)
TEMPORARY_ALLOWED: set[str] = set()
# modules whose SQL runs only on an Anki collection (the sync bridge), whose `cards` and
# `notes` share srs's table names: a query built from parts (`WHERE {test}`) compiles
# against srs's schema too, so the schema cannot tell them apart
ANKI_COLLECTION_SQL = {"srs/anki/bridge.py", "srs/anki/bridge_notes.py"}

_KEYWORD = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|ALTER|DROP|WITH)\b", re.I)
_TABLE_AT = re.compile(
    r"\b(?:FROM|JOIN|INTO|UPDATE|TABLE|ON)\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?"
    r"(?:\w+\.)?[\"`\[]?(\w+)",
    re.I,
)
#: SQLite's words for a statement written for another database's schema
_OTHER_SCHEMA = re.compile(r"no such (table|column)|table \w+ has \d+ columns but \d+ values")


def _schema() -> sqlite3.Connection:
    # no statement cache: a statement compiled again must meet the authorizer again
    db = sqlite3.connect(":memory:", cached_statements=0)
    migrate(db)
    return db


def srs_tables() -> frozenset[str]:
    """The tables srs's migrations create (SQLite's own `sqlite_*` aside)."""
    db = _schema()
    try:
        rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        db.close()
    return frozenset(name for (name,) in rows if not name.startswith("sqlite_"))


TABLES = srs_tables()


class SqlJudge:
    """Which of srs's tables a piece of SQL reads or writes, by SQLite's own compiler."""

    def __init__(self) -> None:
        self.db = _schema()
        self.seen: set[str] = set()
        self.db.set_authorizer(self._record)

    def _record(self, _action: int, *names: str | None) -> int:
        self.seen.update(name for name in names if name)
        return sqlite3.SQLITE_OK

    def tables(self, text: str) -> set[str]:
        found: set[str] = set()
        for statement in filter(str.strip, text.split(";")):
            self.seen = set()
            try:  # EXPLAIN: compiled, never run
                self.db.execute(f"EXPLAIN {statement}")
            except sqlite3.ProgrammingError:
                pass  # compiled; only the bindings are missing
            except sqlite3.OperationalError as exc:
                if not _OTHER_SCHEMA.search(str(exc)):  # a fragment: where it names tables
                    found |= {n for n in _TABLE_AT.findall(statement) if n in TABLES}
                continue
            found |= self.seen & TABLES
        return found

    def close(self) -> None:
        self.db.close()


def _literals(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Every string literal (f-strings with `?` in their holes), docstrings and other bare
    string statements aside."""
    bare = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant | ast.JoinedStr)
    }
    parts = {
        id(value)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for value in node.values
    }
    for node in ast.walk(tree):
        if id(node) in bare or id(node) in parts:
            continue
        if isinstance(node, ast.JoinedStr):
            text = "".join(
                v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "?"
                for v in node.values
            )
            yield node.lineno, text
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def sql_on_srs_tables(source: str, judge: SqlJudge) -> list[tuple[int, list[str]]]:
    """(line, tables) of each literal in `source` that speaks SQL to srs's tables."""
    found = []
    for line, text in _literals(ast.parse(source)):
        if _KEYWORD.search(text):
            tables = judge.tables(text)
            if tables:
                found.append((line, sorted(tables)))
    return sorted(found)


@pytest.fixture(scope="module")
def judge() -> Iterator[SqlJudge]:
    found = SqlJudge()
    yield found
    found.close()


def _modules() -> list[Path]:
    return sorted(SRS.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(SRS.parent).as_posix()


def test_the_tables_come_from_the_migrations() -> None:
    assert {"decks", "cards", "review_log", "fsrs_parameters", "_migrations"} <= TABLES
    assert not any(name.startswith("sqlite_") for name in TABLES)


@pytest.mark.parametrize(
    ("source", "tables"),
    [
        ('db.execute("SELECT id FROM cards WHERE deck = ?", (deck,))', ["cards"]),
        (
            'x = "select count(*) from review_log r join decks d on d.slug = r.deck"',
            ["decks", "review_log"],
        ),
        ('db.execute(f"UPDATE cards SET {column} = ? WHERE id = ?")', ["cards"]),
        ('q = f"SELECT {cols} FROM fsrs_parameters ORDER BY id DESC"', ["fsrs_parameters"]),
        ('q = "DELETE FROM review_log; SELECT 1"', ["review_log"]),
        ('q = "SELECT * FROM cards WHERE "', ["cards"]),  # a fragment
        # Anki's collection: its own `cards` and `decks`, not srs's
        ('q = "SELECT c.nid, r.ease FROM revlog r JOIN cards c ON c.id = r.cid"', []),
        ('q = "UPDATE cards SET type = ?, queue = ?, ivl = ? WHERE id = ?"', []),
        ('q = "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"', []),
        ("q = \"SELECT name FROM sqlite_master WHERE type = 'table'\"", []),
        # prose, and documentation, are not SQL
        ('msg = "select the cards you want, then update the deck"', []),
        ('def f():\n    """SELECT id FROM cards: what this reads."""', []),
    ],
)
def test_the_judge_tells_srs_sql_from_other_text(
    source: str, tables: list[str], judge: SqlJudge
) -> None:
    found = [names for _, names in sql_on_srs_tables(source, judge)]
    assert found == ([tables] if tables else [])


def test_the_judge_sees_a_statement_each_time_it_meets_it(judge: SqlJudge) -> None:
    source = 'a = "SELECT id FROM cards"\nb = "SELECT id FROM cards"'
    assert sql_on_srs_tables(source, judge) == [(1, ["cards"]), (2, ["cards"])]


def test_the_judge_finds_stores_own_sql(judge: SqlJudge) -> None:
    """The check sees real SQL: store's own modules speak to srs's tables."""
    found = {
        _name(path)
        for path in _modules()
        if sql_on_srs_tables(path.read_text(encoding="utf-8"), judge)
    }
    owners = {
        "srs/store/learning_data.py",
        "srs/store/deck_list.py",
        "srs/store/card_ids.py",
        "srs/store/review_log.py",
        "srs/store/parameters.py",
    }
    assert owners <= found


def test_only_store_speaks_sql_to_srs_tables(judge: SqlJudge) -> None:
    outside = {
        _name(path): found
        for path in _modules()
        if path.relative_to(SRS).parts[0] != "store"
        and (found := sql_on_srs_tables(path.read_text(encoding="utf-8"), judge))
    }
    bad = {
        name: found
        for name, found in outside.items()
        if name not in TEMPORARY_ALLOWED | ANKI_COLLECTION_SQL
    }
    assert not bad, (
        f"SQL on srs's tables outside srs/store/ (line, tables): {bad}; "
        "add a named function to a store module and call it"
    )
    stale = TEMPORARY_ALLOWED - set(outside)
    assert not stale, (
        f"{sorted(stale)} no longer speak SQL to srs's tables: remove them from "
        "TEMPORARY_ALLOWED (issue 19)"
    )
