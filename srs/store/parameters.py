"""The FSRS parameters in use: FSRS's defaults, or the ones `srs optimize` fitted to
this user's history (with when, and on how much)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from srs.clock import from_ms, to_ms

__all__ = [
    "FittedParameters",
    "current_parameters",
    "parameters_version",
    "reset_parameters",
    "save_parameters",
]


@dataclass(frozen=True)
class FittedParameters:
    values: tuple[float, ...]
    fitted_at: datetime
    reviews: int
    items: int
    log_loss: float | None
    rmse_bins: float | None


def parameters_version(db: sqlite3.Connection) -> int:
    """Changes whenever parameters are adopted or reset (0: never)."""
    row = db.execute("SELECT MAX(id) FROM fsrs_parameters").fetchone()
    return int(row[0] or 0)


def current_parameters(db: sqlite3.Connection) -> FittedParameters | None:
    """The fitted parameters in use; None: FSRS's defaults."""
    row = db.execute(
        """SELECT parameters, fitted_at, reviews, items, log_loss, rmse_bins
           FROM fsrs_parameters ORDER BY id DESC LIMIT 1"""
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return FittedParameters(
        tuple(float(v) for v in json.loads(row[0])), from_ms(row[1]), row[2], row[3], row[4], row[5]
    )


def save_parameters(db: sqlite3.Connection, fitted: FittedParameters) -> None:
    """Adopt fitted parameters (inside the caller's transaction)."""
    db.execute(
        """INSERT INTO fsrs_parameters (parameters, fitted_at, reviews, items, log_loss,
           rmse_bins) VALUES (?, ?, ?, ?, ?, ?)""",
        (
            json.dumps(list(fitted.values)),
            to_ms(fitted.fitted_at),
            fitted.reviews,
            fitted.items,
            fitted.log_loss,
            fitted.rmse_bins,
        ),
    )


def reset_parameters(db: sqlite3.Connection, now: datetime) -> None:
    """Go back to FSRS's defaults (the fits stay on record)."""
    db.execute(
        "INSERT INTO fsrs_parameters (parameters, fitted_at) VALUES (NULL, ?)", (to_ms(now),)
    )
