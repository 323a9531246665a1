"""Suspensions and buries made elsewhere (Anki on another device), set on srs's cards.

srs keeps a card out of its queue two ways: `suspended` (until unsuspended) and
`buried_until` (a moment: the end of the day the card was buried on; NULL when not
buried). A review is untouched: only these two columns change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

__all__ = ["set_holds"]


def set_holds(
    db: sqlite3.Connection,
    suspended: Mapping[str, bool],
    buried_until: Mapping[str, int | None],
) -> int:
    """Suspend or unsuspend, bury (until a moment, ms) or unbury cards by id, inside the
    caller's transaction; returns how many cards changed."""
    db.executemany(
        "UPDATE cards SET suspended = ? WHERE id = ?",
        [(int(value), card_id) for card_id, value in suspended.items()],
    )
    db.executemany(
        "UPDATE cards SET buried_until = ? WHERE id = ?",
        [(until, card_id) for card_id, until in buried_until.items()],
    )
    return len(set(suspended) | set(buried_until))
