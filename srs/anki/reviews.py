"""Which rows of an Anki collection are reviews of srs cards (import-anki, sync).

Which rows are reviews, as Anki's FSRS reads its log (rslib/src/revlog): a row with
no rating (ease 0: "set due date", "forget", rescheduling) is not a review; a row of
type 3 (filtered deck) with factor 0 is cramming without rescheduling and does not
count either. Learning, review, relearning and rescheduling filtered-deck rows are
reviews.

The rows come from a file srs did not write: every value is checked for the type
and range Anki itself stores (rslib's revlog columns) before it can reach srs's log.
A row that fails is skipped and counted by reason, never stored. A GUID names one
note: a collection with several notes under one srs GUID is damaged (or hostile);
the first of them by note id (the oldest) is taken and the others are skipped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from srs.store.merge import ForeignReview

__all__ = ["AnkiReviews", "collect_reviews", "row_problem"]

_FILTERED = 3
#: Anki's review kinds: learning, review, relearning, filtered, manual, rescheduled
_LAST_KIND = 5
#: a review's id is its millisecond: after 1970 and before the year 9000 (a later
#: date leaves no room for an interval before Python's dates end)
_LAST_MS = 221_845_392_000_000
#: the longest answer time srs takes (Anki caps its own at 60 s by default)
_MAX_TAKEN_MS = 86_400_000
_U32 = (1 << 32) - 1

NOT_SRS = "not an srs card"
DUPLICATE_GUID = "duplicate GUID"
BAD_NOTE_ID = "bad note id"
NOT_A_REVIEW = "not a review"


@dataclass
class AnkiReviews:
    """The reviews of srs cards found in an Anki collection."""

    by_card: dict[str, list[ForeignReview]] = field(default_factory=dict)
    #: notes left alone, by reason (not srs cards, duplicate GUIDs)
    notes_skipped: Counter[str] = field(default_factory=Counter)
    #: review-log rows of srs cards not merged, by reason (not reviews, bad values)
    rows_skipped: Counter[str] = field(default_factory=Counter)


def _is_int(value: object) -> bool:
    return type(value) is int


def _within(value: object, low: int, high: int) -> bool:
    """An integer (SQLite's, not a float or text) from `low` to `high`."""
    return type(value) is int and low <= value <= high


def row_problem(
    anki_id: object, ease: object, factor: object, taken: object, kind: object
) -> str | None:
    """Why a review-log row cannot be stored (None: its values are sound)."""
    if not _within(anki_id, 1, _LAST_MS - 1):
        return "bad review id"
    if not _within(ease, 0, 4):
        return "bad rating"
    if not _within(kind, 0, _LAST_KIND):
        return "bad type"
    if not _within(factor, 0, _U32):
        return "bad factor"
    if not _within(taken, 0, _MAX_TAKEN_MS):
        return "bad answer time"
    return None


def collect_reviews(
    notes: Iterable[Sequence[Any]],
    revlog: Iterable[Sequence[Any]],
    cards_by_guid: Mapping[str, str],
) -> AnkiReviews:
    """The reviews of srs cards (`cards_by_guid`: note GUID -> srs card id) among a
    collection's notes (id, guid) and review-log rows (note id, review id, ease,
    factor, time, type), in any order (a merge puts each card's in time order)."""
    out = AnkiReviews()
    first: dict[str, int] = {}  # srs GUID -> the note that has it (the lowest id)
    for note_id, guid in notes:
        if not isinstance(guid, str) or guid not in cards_by_guid:
            out.notes_skipped[NOT_SRS] += 1
        elif not _is_int(note_id):
            out.notes_skipped[BAD_NOTE_ID] += 1
        elif guid in first:
            out.notes_skipped[DUPLICATE_GUID] += 1
            first[guid] = min(first[guid], note_id)
        else:
            first[guid] = note_id
    ours = {note_id: cards_by_guid[guid] for guid, note_id in first.items()}
    by_card: defaultdict[str, list[ForeignReview]] = defaultdict(list)
    int_ = int
    for note_id, anki_id, ease, factor, taken, kind in revlog:
        card_id = ours.get(note_id)
        if card_id is None or type(note_id) is not int_:
            continue
        # the checks of `row_problem`, inline: a million rows go through here
        if not (
            type(anki_id) is int_
            and 0 < anki_id < _LAST_MS
            and type(ease) is int_
            and 0 <= ease <= 4
            and type(kind) is int_
            and 0 <= kind <= _LAST_KIND
            and type(factor) is int_
            and 0 <= factor <= _U32
            and type(taken) is int_
            and 0 <= taken <= _MAX_TAKEN_MS
        ):
            out.rows_skipped[row_problem(anki_id, ease, factor, taken, kind) or "bad value"] += 1
        elif ease == 0 or (kind == _FILTERED and factor == 0):
            out.rows_skipped[NOT_A_REVIEW] += 1
        else:
            by_card[card_id].append(ForeignReview(anki_id, ease, anki_id, taken or None))
    out.by_card = dict(by_card)
    return out
