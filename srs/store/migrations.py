"""Append-only, named schema migrations, recorded in the database.

Never edit or reorder a migration that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

__all__ = ["MIGRATIONS", "migrate", "pending"]

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_initial(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE decks (
            slug TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            sections TEXT NOT NULL DEFAULT '[]',
            synced_hash TEXT,
            synced_at INTEGER
        );
        CREATE TABLE cards (
            id TEXT PRIMARY KEY,
            deck TEXT NOT NULL REFERENCES decks(slug),
            entry TEXT NOT NULL,
            kind TEXT NOT NULL,
            front TEXT NOT NULL,
            back TEXT NOT NULL,
            section TEXT NOT NULL,
            links TEXT NOT NULL DEFAULT '[]',
            origin TEXT NOT NULL,
            hash TEXT NOT NULL,
            tags TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL,
            added_at INTEGER NOT NULL,
            changed_at INTEGER NOT NULL,
            retired_at INTEGER,
            state INTEGER,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due INTEGER,
            last_review INTEGER,
            suspended INTEGER NOT NULL DEFAULT 0,
            buried_until INTEGER
        );
        CREATE INDEX cards_new ON cards(deck, position)
            WHERE state IS NULL AND retired_at IS NULL;
        -- covering: the day's queue reads due cards from the index alone
        CREATE INDEX cards_due ON cards(
            deck, state, due, last_review, stability, suspended, buried_until, entry, id
        ) WHERE state IS NOT NULL AND retired_at IS NULL;
        CREATE INDEX cards_entry ON cards(deck, entry);
        CREATE TABLE review_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            card_id TEXT NOT NULL REFERENCES cards(id),
            deck TEXT NOT NULL,
            entry TEXT NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            reviewed_at INTEGER NOT NULL,
            duration_ms INTEGER,
            state_before INTEGER,
            state_after INTEGER NOT NULL,
            before TEXT NOT NULL,
            undone_at INTEGER
        );
        -- covering: today's counts, retention and the heatmap read the index alone
        CREATE INDEX review_log_time
            ON review_log(deck, reviewed_at, state_before, rating, entry)
            WHERE undone_at IS NULL;
        CREATE INDEX review_log_card ON review_log(card_id, reviewed_at);
        """
    )


@migration
def m002_card_extra_and_new_order(db: sqlite3.Connection) -> None:
    """`extra` (shown under the answer, e.g. an abstract) and the order new cards come in."""
    # one statement at a time: executescript would commit the migration's transaction
    for statement in (
        "ALTER TABLE cards ADD COLUMN extra TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE cards ADD COLUMN new_order INTEGER NOT NULL DEFAULT 0",
        "UPDATE cards SET new_order = position",
        "DROP INDEX cards_new",
        """CREATE INDEX cards_new ON cards(deck, new_order)
           WHERE state IS NULL AND retired_at IS NULL""",
    ):
        db.execute(statement)


@migration
def m003_leeches(db: sqlite3.Connection) -> None:
    """A card forgotten too often is marked a leech (kept apart from the deck file's tags:
    a rebuild never unmarks it)."""
    db.execute("ALTER TABLE cards ADD COLUMN leech INTEGER NOT NULL DEFAULT 0")


@migration
def m004_anki_review_ids(db: sqlite3.Connection) -> None:
    """Each review's id in Anki's review log (a millisecond timestamp, unique in a
    collection): srs's own reviews get one when written, reviews from Anki keep theirs,
    so a review that goes to Anki and comes back is known, and never added twice."""
    db.execute("ALTER TABLE review_log ADD COLUMN anki_id INTEGER")
    used: set[int] = set()
    rows = db.execute("SELECT id, reviewed_at FROM review_log ORDER BY reviewed_at, id").fetchall()
    assigned = []
    for log_id, at in rows:
        anki_id = at
        while anki_id in used:
            anki_id += 1
        used.add(anki_id)
        assigned.append((anki_id, log_id))
    db.executemany("UPDATE review_log SET anki_id = ? WHERE id = ?", assigned)
    db.execute("CREATE INDEX review_log_anki ON review_log(anki_id)")
    db.execute("CREATE UNIQUE INDEX review_log_card_anki ON review_log(card_id, anki_id)")


@migration
def m005_fsrs_parameters(db: sqlite3.Connection) -> None:
    """FSRS parameters fitted to the user's history (`srs optimize`): every fit adopted,
    and every reset to the defaults, kept in order; the newest row is in use."""
    db.execute(
        """CREATE TABLE fsrs_parameters (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            parameters TEXT,  -- JSON list; NULL: FSRS's defaults (a reset)
            fitted_at INTEGER NOT NULL,
            reviews INTEGER NOT NULL DEFAULT 0,
            items INTEGER NOT NULL DEFAULT 0,
            log_loss REAL,
            rmse_bins REAL
        )"""
    )


@migration
def m006_bridge_state(db: sqlite3.Connection) -> None:
    """What `srs sync` last pushed to its Anki bridge collection (srs.store.bridge_state),
    so a run reads only what changed since on either side."""
    db.execute(
        """CREATE TABLE bridge_cards (
            card_id TEXT PRIMARY KEY,
            guid TEXT NOT NULL,  -- its Anki note's GUID (derived from the card id)
            cid INTEGER,  -- the bridge's card; NULL: not pushed since the bridge was made
            moved INTEGER NOT NULL DEFAULT 0,  -- its note is in a note type of the user's
            -- what the pushed schedule was made from
            state INTEGER,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due INTEGER,
            last_review INTEGER,
            new_order INTEGER,
            held INTEGER,
            buried INTEGER,
            learning_today INTEGER
        )"""
    )
    db.execute("CREATE INDEX bridge_cards_guid ON bridge_cards(guid)")
    db.execute(
        """CREATE TABLE bridge_mark (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            scm INTEGER NOT NULL,  -- the bridge's schema stamp
            usn INTEGER NOT NULL,  -- the bridge's update sequence number after the sync
            settings TEXT NOT NULL,  -- what else the pushed schedules depend on
            log_id INTEGER NOT NULL  -- the last review-log row when it was pushed
        )"""
    )


@migration
def m007_entry_status(db: sqlite3.Connection) -> None:
    """Where the learner is with each entry of a list (srs.store.reading_status): kept by
    the entry's key, as card history is, so rewording and reordering keep it."""
    db.execute(
        """CREATE TABLE entry_status (
            deck TEXT NOT NULL,
            entry TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('reading', 'read', 'skipped', 'known')),
            marked_at INTEGER NOT NULL,  -- ms; "read" entries bring their cards in this order
            PRIMARY KEY (deck, entry)
        )"""
    )


@migration
def m008_card_flags(db: sqlite3.Connection) -> None:
    """Cards the learner flagged as bad (srs.store.flags): each flag with its reason and
    time, and the kind, origin and text hash of the card as it was flagged; a flag is
    cleared (never deleted) when the card is unflagged or its text changes."""
    db.execute(
        """CREATE TABLE card_flags (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            card_id TEXT NOT NULL REFERENCES cards(id),
            reason TEXT NOT NULL,
            flagged_at INTEGER NOT NULL,
            kind TEXT NOT NULL,
            origin TEXT NOT NULL,
            hash TEXT NOT NULL,  -- the flagged text's content hash
            cleared_at INTEGER,  -- NULL: the flag stands
            cleared_by TEXT  -- 'unflag', 'changed' (edited or regenerated), 'reflag'
        )"""
    )
    db.execute("CREATE INDEX card_flags_card ON card_flags(card_id)")
    db.execute(
        "CREATE UNIQUE INDEX card_flags_open ON card_flags(card_id) WHERE cleared_at IS NULL"
    )


@migration
def m009_anki_deck_names(db: sqlite3.Connection) -> None:
    """Each deck's Anki deck name, unique among srs's decks and fixed once given
    (srs.store.anki_names): decks that share a title, oldest first, keep the title
    for the first and add their slug for the others."""
    from srs.store.anki_names import assign_anki_name

    db.execute("ALTER TABLE decks ADD COLUMN anki_name TEXT")
    for (slug,) in db.execute("SELECT slug FROM decks ORDER BY rowid").fetchall():
        assign_anki_name(db, slug)


@migration
def m010_reading_in_anki(db: sqlite3.Connection) -> None:
    """Entry statuses reach Anki: each exported note is tagged with its entry's status
    (srs.anki.export), so every note changed once: a second on each card's content
    change makes it newer than the note Anki has, and the next import or sync takes the
    tag. `srs sync` records the status each card's schedule was pushed with
    (srs.store.bridge_state): marking an entry changes its new cards' hold."""
    db.execute("ALTER TABLE bridge_cards ADD COLUMN entry_status TEXT")
    db.execute("UPDATE cards SET changed_at = changed_at + 1000")


@migration
def m011_schedule_sets(db: sqlite3.Connection) -> None:
    """Schedules set without a review (srs.store.schedule_sets): the cards of an entry
    marked known whose probe card was recalled start as if answered once; each such set
    is logged here, apart from the review log (the optimizer, Anki and the statistics
    read only reviews), and undone with the answer it followed from."""
    db.execute(
        """CREATE TABLE schedule_sets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            card_id TEXT NOT NULL REFERENCES cards(id),
            deck TEXT NOT NULL,
            entry TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('known')),  -- why it was set
            as_rating INTEGER NOT NULL CHECK (as_rating BETWEEN 1 AND 4),  -- set as if
            -- a new card had been answered so, at set_at (replays recompute it)
            set_at INTEGER NOT NULL,  -- ms
            review_id INTEGER NOT NULL REFERENCES review_log(id),  -- the answer it
            -- followed from (the probe's); undoing that answer undoes the set
            undone_at INTEGER
        )"""
    )
    db.execute("CREATE INDEX schedule_sets_card ON schedule_sets(card_id)")
    db.execute("CREATE INDEX schedule_sets_review ON schedule_sets(review_id)")


@migration
def m012_one_card_index_on_the_log(db: sqlite3.Connection) -> None:
    """The review log keeps one index by card, not two: `review_log_card_anki`
    (card_id, anki_id), unique, finds a card's reviews as `review_log_card` (card_id,
    reviewed_at) did (a card has few; they are sorted by time after), and every answer
    has one index less to write (srs.store.review_log)."""
    db.execute("DROP INDEX IF EXISTS review_log_card")


def _ensure_table(db: sqlite3.Connection) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )


def pending(db: sqlite3.Connection) -> list[str]:
    exists = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'"
    ).fetchone()
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")} if exists else set()
    return [name for name, _ in MIGRATIONS if name not in done]


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply pending migrations, each in its own transaction; return their names."""
    _ensure_table(db)
    applied: list[str] = []
    todo = set(pending(db))
    for name, fn in MIGRATIONS:
        if name not in todo:
            continue
        with db:
            db.execute("BEGIN IMMEDIATE")
            if db.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone():
                continue  # another process got there first
            fn(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        applied.append(name)
    return applied
