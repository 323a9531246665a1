"""A deck's review log written into an exported Anki collection by SQLite itself.

An export with scheduling carries every standing review as a row of Anki's `revlog`
(srs.anki.schedule's `revlog_rows` says what each column holds; this is the same
reading, in one `INSERT ... SELECT` instead of a million rows through Python). The
export attaches its package's collection to the session's connection
(`package_snapshot`): the deck's cards and its reviews are then read in one snapshot,
as a review another session commits meanwhile waits for the next export.

Two temporary tables tell this SQL what only the export knows: `srs_export_cards`
(each exported card's id in the package) and `srs_export_days` (the collection's day
number of each user day, by its start).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from fsrs import State

__all__ = ["PackageLog", "package_snapshot"]

_SCHEMA = "package"

#: a moment's day number: the last day starting at or before it
_DAY = "(SELECT n FROM temp.srs_export_days WHERE start <= {ms} ORDER BY start DESC LIMIT 1)"


def _interval(state: str, due: str, at: str) -> str:
    """Anki's `ivl` of a review at `at` that left the card in `state`, due at `due`:
    whole days (of the collection) for a review card, -seconds for a step."""
    return f"""CASE WHEN {state} IS NULL OR {due} IS NULL THEN 0
        WHEN {state} = {int(State.Review)}
            THEN MAX(1, {_DAY.format(ms=due)} - {_DAY.format(ms=at)})
        ELSE -MAX(1, CAST(({due} - {at}) AS INTEGER) / 1000) END"""


def _factor(difficulty: str) -> str:
    """Anki's `factor` of an FSRS difficulty: ((d - 1) / 9 + 0.1) x 1000, rounded as
    Python's round() rounds (a half to the even integer; SQLite's round() takes it
    away from zero)."""
    x = f"((CAST({difficulty} AS REAL) - 1) / 9 + 0.1) * 1000"
    floor = f"(CAST({x} AS INTEGER) - ({x} < CAST({x} AS INTEGER)))"
    return f"""CASE WHEN {difficulty} IS NULL THEN 0 ELSE {floor}
        + ({x} - {floor} > 0.5 OR ({x} - {floor} = 0.5 AND {floor} % 2 != 0)) END"""


#: the deck's standing reviews, by card then time, the schedule each found (`before`)
#: read out of its JSON: rows in a temporary table whose rowids follow that order, so
#: that a review's neighbours on its card are one rowid away
_SEQUENCE = """
CREATE TEMP TABLE srs_export_reviews AS
SELECT card_id, anki_id, rating, reviewed_at AS at, COALESCE(duration_ms, 0) AS duration,
    state_before, json_extract(before, '$.state') AS before_state,
    json_extract(before, '$.due') AS before_due,
    json_extract(before, '$.difficulty') AS before_difficulty
FROM review_log NOT INDEXED WHERE deck = ? AND undone_at IS NULL
ORDER BY card_id, reviewed_at, id
"""

# a review's result is the next review's `before`, or for its card's last review the
# card's schedule now
_NEXT = "CASE WHEN n.rowid IS NULL THEN c.{column} ELSE n.before_{column} END"

_REVLOG = f"""
INSERT OR IGNORE INTO {_SCHEMA}.revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)
SELECT a.anki_id, m.cid, -1, a.rating,
    {_interval(_NEXT.format(column="state"), _NEXT.format(column="due"), "a.at")},
    CASE WHEN p.rowid IS NULL THEN 0
        ELSE {_interval("a.before_state", "a.before_due", "p.at")} END,
    {_factor(_NEXT.format(column="difficulty"))},
    CASE WHEN a.duration > 60000 THEN 60000 ELSE MAX(a.duration, 0) END,
    CASE a.state_before WHEN {int(State.Review)} THEN 1 WHEN {int(State.Relearning)} THEN 2
        ELSE 0 END
FROM temp.srs_export_reviews a
JOIN temp.srs_export_cards m ON m.srs_id = a.card_id
LEFT JOIN temp.srs_export_reviews n ON n.rowid = a.rowid + 1 AND n.card_id = a.card_id
LEFT JOIN temp.srs_export_reviews p ON p.rowid = a.rowid - 1 AND p.card_id = a.card_id
LEFT JOIN cards c ON n.rowid IS NULL AND c.id = a.card_id
ORDER BY a.anki_id, a.rowid
"""

_TEMPORARY = ("srs_export_reviews", "srs_export_cards", "srs_export_days")


class PackageLog:
    """The package's collection, attached to the session's connection for one export
    (in one read transaction): the exported cards' ids are added as their notes are
    written, then `write` appends their reviews."""

    def __init__(self, db: sqlite3.Connection, deck: str) -> None:
        self.db = db
        self.deck = deck

    def add_cards(self, cards: Iterable[tuple[str, int]]) -> None:
        """Exported cards, as (srs id, the card's id in the package)."""
        self.db.executemany("INSERT INTO temp.srs_export_cards VALUES (?, ?)", cards)

    def review_counts(self) -> dict[str, tuple[int, int]]:
        """Each card's standing reviews and lapses (Again on a review card), by card id."""
        return {
            row[0]: (row[1], row[2])
            for row in self.db.execute(
                """SELECT card_id, COUNT(*), SUM(rating = 1 AND state_before IS ?)
                   FROM temp.srs_export_reviews GROUP BY card_id""",
                (int(State.Review),),
            )
        }

    def time_span(self) -> tuple[int, int] | None:
        """The earliest and latest moment (ms) the log's rows need a day number of:
        the reviews' times, the due dates they set and the cards' due dates now (None:
        no review)."""
        reviews = self.db.execute(
            """SELECT MIN(at), MAX(at), MIN(before_due), MAX(before_due)
               FROM temp.srs_export_reviews"""
        ).fetchone()
        if reviews is None or reviews[0] is None:
            return None
        dues = self.db.execute(
            "SELECT MIN(due), MAX(due) FROM cards WHERE deck = ?", (self.deck,)
        ).fetchone()
        moments = [int(value) for value in (*reviews, *dues) if value is not None]
        return min(moments), max(moments)

    def write(self, days: Iterable[tuple[int, int]]) -> None:
        """Append the standing reviews of the added cards to the package's `revlog` (in
        id order: the table fills its pages in order, as a smaller file; of two reviews
        with one id, the first is kept); `days`: (start ms, day number) of every user
        day `time_span` covers."""
        self.db.executemany("INSERT INTO temp.srs_export_days VALUES (?, ?)", days)
        self.db.execute(_REVLOG)


@contextmanager
def package_snapshot(db: sqlite3.Connection, deck: str, package: Path) -> Iterator[PackageLog]:
    """One read transaction on the session's connection, with the collection file
    `package` attached (a scratch file: no journal) for `PackageLog.write`. The
    package's own connection may write to it until `write`, not while it runs."""
    db.execute(f"ATTACH DATABASE ? AS {_SCHEMA}", (str(package),))
    try:
        db.execute(f"PRAGMA {_SCHEMA}.journal_mode = OFF")
        db.execute(f"PRAGMA {_SCHEMA}.synchronous = OFF")
        db.execute("BEGIN")
        try:
            db.execute(_SEQUENCE, (deck,))
            db.execute(  # without rowid: a review finds its card's id in the key itself
                """CREATE TEMP TABLE srs_export_cards (srs_id TEXT PRIMARY KEY, cid INTEGER)
                   WITHOUT ROWID"""
            )
            db.execute("CREATE TEMP TABLE srs_export_days (start INTEGER PRIMARY KEY, n INTEGER)")
            yield PackageLog(db, deck)
            for table in _TEMPORARY:
                db.execute(f"DROP TABLE temp.{table}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")  # the temporary tables go with it
            raise
    finally:
        db.execute(f"DETACH DATABASE {_SCHEMA}")
