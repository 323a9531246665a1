"""A deck's review log written into an exported Anki collection by SQLite itself.

An export with scheduling carries every standing review as a row of Anki's `revlog`
(srs.anki.schedule's `revlog_rows` says what each column holds; this is the same
reading, in `INSERT ... SELECT`s instead of a million rows through Python), and each
card's `reps` and `lapses`.

The log is read on a connection of its own, in a thread, while the export writes the
notes in the main thread (SQLite lets go of Python's lock while it works: the two
overlap). `package_snapshot` starts that connection's read in the same snapshot as the
session's connection, which the export reads the cards on: it holds the database's
write lock for the moment both reads begin, so no commit falls between them. A review
another session commits meanwhile waits for the next export.

The thread writes each review's row, keyed by srs's card id, into a scratch file in the
package's folder; `PackageLog.write` then copies them into the package with each card's
id there (`srs_export_cards`, filled as the notes are written), in id order. The
collection's day number of each user day, by its start, is a temporary table of the
thread's connection (`srs_export_days`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path

from fsrs import State

from srs.locations import Locations
from srs.store.sqlite_errors import database_error

__all__ = ["PackageLog", "package_snapshot"]

_SCHEMA = "scratch"

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

#: the package's review-log rows, keyed by srs's card id, in the order they go in
_PENDING = f"""
CREATE TABLE {_SCHEMA}.revlog AS
SELECT a.anki_id AS id, a.card_id AS card_id, a.rating AS ease,
    {_interval(_NEXT.format(column="state"), _NEXT.format(column="due"), "a.at")} AS ivl,
    CASE WHEN p.rowid IS NULL THEN 0
        ELSE {_interval("a.before_state", "a.before_due", "p.at")} END AS last_ivl,
    {_factor(_NEXT.format(column="difficulty"))} AS factor,
    CASE WHEN a.duration > 60000 THEN 60000 ELSE MAX(a.duration, 0) END AS time,
    CASE a.state_before WHEN {int(State.Review)} THEN 1 WHEN {int(State.Relearning)} THEN 2
        ELSE 0 END AS type
FROM temp.srs_export_reviews a
LEFT JOIN temp.srs_export_reviews n ON n.rowid = a.rowid + 1 AND n.card_id = a.card_id
LEFT JOIN temp.srs_export_reviews p ON p.rowid = a.rowid - 1 AND p.card_id = a.card_id
LEFT JOIN cards c ON n.rowid IS NULL AND c.id = a.card_id
ORDER BY a.anki_id, a.rowid
"""

#: each card's standing reviews and lapses (Again on a review card), as Anki counts
#: `reps` and `lapses` (the reviews are in card order: no sorting)
_COUNTS = f"""
CREATE TABLE {_SCHEMA}.counts AS
SELECT card_id, COUNT(*) AS reps, SUM(rating = 1 AND state_before IS {int(State.Review)})
    AS lapses
FROM temp.srs_export_reviews GROUP BY card_id
"""

#: into the package: the rows of its cards, in id order (of two reviews with one id,
#: the first is kept; the table fills its pages in order, as a smaller file)
_REVLOG = f"""
INSERT OR IGNORE INTO main.revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)
SELECT r.id, m.cid, -1, r.ease, r.ivl, r.last_ivl, r.factor, r.time, r.type
FROM {_SCHEMA}.revlog r JOIN temp.srs_export_cards m ON m.srs_id = r.card_id
ORDER BY r.rowid
"""

#: each package card's counts, by its id there (an UPDATE ... FROM needs SQLite 3.33)
_CARD_COUNTS = f"""
INSERT INTO temp.srs_export_counts
SELECT m.cid, k.reps, k.lapses
FROM {_SCHEMA}.counts k JOIN temp.srs_export_cards m ON m.srs_id = k.card_id
"""

_REPS = """
UPDATE main.cards SET (reps, lapses) =
    (SELECT reps, lapses FROM temp.srs_export_counts k WHERE k.cid = main.cards.id)
WHERE id IN (SELECT cid FROM temp.srs_export_counts)
"""

#: (start ms, day number) of every user day from the one holding the first moment to
#: the one holding the last (srs.anki.schedule's `AnkiDays.numbered_starts`)
DayNumbers = Callable[[int, int], Iterable[tuple[int, int]]]


def _time_span(db: sqlite3.Connection, deck: str) -> tuple[int, int] | None:
    """The earliest and latest moment (ms) the log's rows need a day number of: the
    reviews' times, the due dates they set and the cards' due dates now (None: no
    review)."""
    reviews = db.execute(
        "SELECT MIN(at), MAX(at), MIN(before_due), MAX(before_due) FROM temp.srs_export_reviews"
    ).fetchone()
    if reviews is None or reviews[0] is None:
        return None
    dues = db.execute("SELECT MIN(due), MAX(due) FROM cards WHERE deck = ?", (deck,)).fetchone()
    moments = [int(value) for value in (*reviews, *dues) if value is not None]
    return min(moments), max(moments)


def _read_log(db: sqlite3.Connection, deck: str, day_numbers: DayNumbers) -> int:
    """The thread's work on its own connection (already in its snapshot, the scratch
    file attached): the deck's standing reviews as the package's rows and each card's
    counts, in the scratch file; returns how many reviews stand."""
    db.execute(_SEQUENCE, (deck,))
    db.execute("CREATE TEMP TABLE srs_export_days (start INTEGER PRIMARY KEY, n INTEGER)")
    span = _time_span(db, deck)
    db.executemany(
        "INSERT INTO temp.srs_export_days VALUES (?, ?)", day_numbers(*span) if span else ()
    )
    db.execute(_PENDING)
    db.execute(_COUNTS)
    (reviews,) = db.execute(f"SELECT COUNT(*) FROM {_SCHEMA}.revlog").fetchone()
    db.execute("COMMIT")  # the read ends; the scratch file is complete
    db.execute(f"DETACH DATABASE {_SCHEMA}")
    return int(reviews)


class PackageLog:
    """The deck's review log for one package, read in a thread meanwhile: the exported
    cards' ids are added as their notes are written, then `write` puts their reviews
    and counts into the package."""

    def __init__(self, package: sqlite3.Connection, scratch: Path, read: Future[int]) -> None:
        self.package = package
        self.scratch = scratch
        self.read = read
        package.execute(  # without rowid: a review finds its card's id in the key itself
            """CREATE TEMP TABLE srs_export_cards (srs_id TEXT PRIMARY KEY, cid INTEGER)
               WITHOUT ROWID"""
        )

    def add_cards(self, cards: Iterable[tuple[str, int]]) -> None:
        """Exported cards, as (srs id, the card's id in the package)."""
        self.package.executemany("INSERT INTO temp.srs_export_cards VALUES (?, ?)", cards)

    def write(self) -> int:
        """Wait for the thread, then append the standing reviews of the added cards to the
        package's `revlog` and set their cards' `reps` and `lapses`, in the package
        connection's transaction; returns how many reviews of the deck stand."""
        reviews = self.read.result()
        db = self.package
        db.execute(f"ATTACH DATABASE ? AS {_SCHEMA}", (str(self.scratch),))
        try:
            db.execute(_REVLOG)
            db.execute(
                "CREATE TEMP TABLE srs_export_counts (cid INTEGER PRIMARY KEY, reps, lapses)"
            )
            db.execute(_CARD_COUNTS)
            db.execute(_REPS)
            db.commit()
        finally:
            db.execute(f"DETACH DATABASE {_SCHEMA}")
        return reviews


@contextmanager
def package_snapshot(
    db: sqlite3.Connection,
    home: Path,
    deck: str,
    package: sqlite3.Connection,
    scratch: Path,
    day_numbers: DayNumbers,
) -> Iterator[PackageLog]:
    """One read transaction on the session's connection `db` (to the database in `home`),
    and the deck's review log read in the same snapshot by a thread on a connection of its
    own (into `scratch`, a file of the package's folder) for `PackageLog.write` into
    `package` (the package's connection)."""
    path = Locations(home).database
    timeout = db.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
    reader = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro",  # read only (a URI: special characters escaped)
        uri=True,
        timeout=timeout,
        isolation_level=None,
        check_same_thread=False,
    )
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="srs-export-log")
    try:
        reader.execute(f"ATTACH DATABASE ? AS {_SCHEMA}", (str(scratch),))
        reader.execute(f"PRAGMA {_SCHEMA}.journal_mode = OFF")
        reader.execute(f"PRAGMA {_SCHEMA}.synchronous = OFF")
        fence = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        try:  # no commit between the two reads' starts: both see the same database
            fence.execute("BEGIN IMMEDIATE")
            db.execute("BEGIN")
            db.execute("SELECT 1 FROM cards LIMIT 1").fetchall()
            reader.execute("BEGIN")
            reader.execute("SELECT 1 FROM review_log LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise database_error(
                exc, home, what="the database is busy", then="; nothing was exported, try again"
            ) from None
        finally:
            fence.close()  # its write lock goes with it, nothing written
        read = pool.submit(_read_log, reader, deck, day_numbers)
        try:
            yield PackageLog(package, scratch, read)
            db.execute("COMMIT")
        except BaseException:
            reader.interrupt()  # the thread's statement stops where it is
            with suppress(BaseException):
                read.result()
            db.execute("ROLLBACK")
            raise
    finally:
        pool.shutdown(wait=True)
        reader.close()
