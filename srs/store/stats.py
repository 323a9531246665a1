"""Numbers about a deck, or all of a session's decks (`srs stats --all`): states,
reviews, true retention, forecast, history, sections, flags, reading progress."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any

from fsrs import State

from srs.clock import to_ms
from srs.store.card_row import state_name
from srs.store.engine import Engine
from srs.store.flags import flag_summary
from srs.store.parameters import current_parameters
from srs.store.reading_progress import ReadingProgress, reading_progress

__all__ = ["DAY_MS", "SectionProgress", "Stats", "compute_stats"]

DAY_MS = 86_400_000
HEATMAP_DAYS = 26 * 7


@dataclass(frozen=True)
class SectionProgress:
    name: str
    cards: int
    new: int
    learning: int
    review: int
    suspended: int

    @property
    def seen_share(self) -> float:
        return 0.0 if not self.cards else (self.cards - self.new) / self.cards


@dataclass(frozen=True)
class Stats:
    deck: str | None  # None: several decks (`decks`)
    title: str
    cards: dict[str, int]
    reviews_today: int
    reviews_total: int
    due_today: int
    new_today: int
    learning_today: int
    retention_7d: float | None
    retention_30d: float | None
    forecast: list[int]
    history: list[int]
    sections: list[SectionProgress]
    next_due: str | None
    leeches: int = 0
    #: the FSRS parameters in use: None for FSRS's defaults, else when and on how many
    #: reviews they were fitted (`srs optimize`)
    parameters: dict[str, Any] | None = None
    #: flagged cards: now, ever, by reason, and the flag rate per kind and per origin
    #: (`srs.store.flags.flag_summary`)
    flags: dict[str, Any] | None = None
    #: the decks counted (slugs)
    decks: list[str] = field(default_factory=list)
    #: entries read per section and in the last 30 days (None: no deck lists entries)
    reading: ReadingProgress | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["sections"] = [asdict(s) for s in self.sections]
        return data


def _in_decks(engine: Engine) -> tuple[str, tuple[str, ...]]:
    """`deck IN (?, …)` for the session's decks, and its parameters."""
    decks = engine.scope.decks
    return f"deck IN ({', '.join('?' * len(decks))})", decks


def _retention(engine: Engine, since_ms: int) -> float | None:
    in_decks, decks = _in_decks(engine)
    row = engine.db.execute(
        f"""SELECT COUNT(*), SUM(rating > 1) FROM review_log
            WHERE {in_decks} AND reviewed_at >= ? AND undone_at IS NULL AND state_before = ?""",
        (*decks, since_ms, State.Review),
    ).fetchone()
    total, passed = row
    return None if not total else round(passed / total, 4)


def compute_stats(engine: Engine) -> Stats:
    db = engine.db
    several = engine.scope.several
    in_decks, decks = _in_decks(engine)
    now = engine.clock.now()
    start, end = engine.today()
    start_ms, end_ms = to_ms(start), to_ms(end)
    title, section_names = engine.deck_info()
    if several:  # sections named with their deck's slug: two decks may share a name
        title = engine.session_title()
        section_names = [
            f"{slug}: {name}" for slug in decks for name in engine.deck_info_of(slug)[1]
        ]

    cards = {"new": 0, "learning": 0, "review": 0, "relearning": 0, "suspended": 0, "retired": 0}
    per_section: dict[str, dict[str, int]] = {}
    for deck, section, state, suspended, retired, count in db.execute(
        f"""SELECT deck, section, state, suspended, retired_at IS NOT NULL, COUNT(*)
            FROM cards WHERE {in_decks}
            GROUP BY deck, section, state, suspended, retired_at IS NOT NULL""",
        decks,
    ):
        if several:
            section = f"{deck}: {section}"
        if retired:
            cards["retired"] += count
            continue
        bucket = per_section.setdefault(
            section, {"cards": 0, "new": 0, "learning": 0, "review": 0, "suspended": 0}
        )
        bucket["cards"] += count
        if suspended:
            cards["suspended"] += count
            bucket["suspended"] += count
            continue
        name = state_name(state)
        cards[name] += count
        bucket["learning" if name == "relearning" else name] += count  # sections: 3 groups

    reviews_total = db.execute(
        f"SELECT COUNT(*) FROM review_log WHERE {in_decks} AND undone_at IS NULL", decks
    ).fetchone()[0]
    history = [0] * HEATMAP_DAYS
    first_day_ms = start_ms - (HEATMAP_DAYS - 1) * DAY_MS
    for day, count in db.execute(
        f"""SELECT (reviewed_at - ?) / ?, COUNT(*) FROM review_log
            WHERE {in_decks} AND reviewed_at >= ? AND undone_at IS NULL GROUP BY 1""",
        (first_day_ms, DAY_MS, *decks, first_day_ms),
    ):
        if 0 <= day < HEATMAP_DAYS:
            history[day] += count

    forecast = [0] * 30
    for day, count in db.execute(
        f"""SELECT CASE WHEN due < ? THEN 0 ELSE (due - ?) / ? END, COUNT(*) FROM cards
            WHERE {in_decks} AND state IS NOT NULL AND retired_at IS NULL AND suspended = 0
            AND due < ? GROUP BY 1""",
        (end_ms, start_ms, DAY_MS, *decks, start_ms + 30 * DAY_MS),
    ):
        if 0 <= day < 30:
            forecast[day] += count

    day_queue = engine.queue()
    queue = day_queue.counts()
    sections = [
        SectionProgress(name=name, **per_section.pop(name))
        for name in section_names
        if name in per_section
    ] + [SectionProgress(name=name, **counts) for name, counts in per_section.items()]
    next_due = engine.next_due(day_queue)
    return Stats(
        deck=None if several else engine.deck,
        title=title,
        cards=cards,
        reviews_today=history[-1],
        reviews_total=reviews_total,
        due_today=queue.total,
        new_today=queue.new,
        learning_today=queue.learning,
        retention_7d=_retention(engine, to_ms(now - timedelta(days=7))),
        retention_30d=_retention(engine, to_ms(now - timedelta(days=30))),
        forecast=forecast,
        history=history,
        sections=sections,
        next_due=next_due.isoformat() if next_due else None,
        leeches=db.execute(
            f"SELECT COUNT(*) FROM cards WHERE {in_decks} AND leech = 1 AND retired_at IS NULL",
            decks,
        ).fetchone()[0],
        parameters=_parameters(db),
        flags=flag_summary(db, decks),
        decks=list(decks),
        reading=reading_progress(db, engine.locations, decks, to_ms(now), several=several),
    )


def _parameters(db: sqlite3.Connection) -> dict[str, Any] | None:
    fitted = current_parameters(db)
    if fitted is None:
        return None
    return {
        "values": list(fitted.values),
        "fitted_at": fitted.fitted_at.isoformat(),
        "reviews": fitted.reviews,
        "items": fitted.items,
        "log_loss": fitted.log_loss,
        "rmse_bins": fitted.rmse_bins,
    }
