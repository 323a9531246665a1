"""The user's day: it starts at a local time of the user's choosing, not at midnight UTC."""

from __future__ import annotations

from bisect import bisect_right
from datetime import UTC, datetime, time, timedelta, tzinfo
from threading import Lock

__all__ = ["DayCounter", "HeldDay", "day_bounds"]


def day_bounds(now: datetime, tz: tzinfo, starts_at: tuple[int, int]) -> tuple[datetime, datetime]:
    """The user's current day as [start, end) in UTC; a day starts at `starts_at` local time."""
    local = now.astimezone(tz)
    start_time = time(starts_at[0], starts_at[1])
    day = local.date()
    if local.time() < start_time:
        day -= timedelta(days=1)
    start = datetime.combine(day, start_time, tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), start_time, tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


class HeldDay:
    """`day_bounds`, kept while the moments asked stay inside the day last computed (a
    session asks on every answer)."""

    def __init__(self) -> None:
        self._held: tuple[tzinfo, tuple[int, int], datetime, datetime] | None = None

    def bounds(
        self, now: datetime, tz: tzinfo, starts_at: tuple[int, int]
    ) -> tuple[datetime, datetime]:
        held = self._held
        if held is not None and held[0] is tz and held[1] == starts_at and held[2] <= now < held[3]:
            return held[2], held[3]
        start, end = day_bounds(now, tz, starts_at)
        self._held = (tz, starts_at, start, end)
        return start, end


_DAY_MS = 86_400_000


class DayCounter:
    """Whole user days (they start at `starts_at` local time) from the day holding
    `anchor`: quick enough for millions of timestamps (a binary search among the day
    starts, which follow clock changes).

    Safe to share between threads (an export reads its log in one while it writes its
    cards in another): the known starts and the day of the first are one value, replaced
    whole under a lock when a moment falls outside them, never changed in place."""

    def __init__(self, anchor: datetime, tz: tzinfo, starts_at: tuple[int, int]) -> None:
        start, _ = day_bounds(anchor, tz, starts_at)
        self.anchor_date = start.astimezone(tz).date()
        self.tz = tz
        self.starts_at = starts_at
        self._lock = Lock()
        #: (the day, from the anchor's, of the first start; the day starts, in order)
        self._span: tuple[int, list[int]] = (
            -1,
            [self._day_start(-1), self._day_start(0), self._day_start(1)],
        )

    def _day_start(self, days: int) -> int:
        day = self.anchor_date + timedelta(days=days)
        local = datetime.combine(day, time(*self.starts_at), tzinfo=self.tz)
        return int(local.timestamp() * 1000)

    def offset(self, ms: int) -> int:
        """How many days after the anchor's day the moment `ms` falls (negative: before)."""
        first, starts = self._span
        if not starts[0] <= ms < starts[-1]:
            first, starts = self._grown(ms)
        return first + bisect_right(starts, ms) - 1

    def _grown(self, ms: int) -> tuple[int, list[int]]:
        """The span, grown to hold `ms` (by another thread meanwhile, or here)."""
        with self._lock:
            first, starts = self._span
            if ms < starts[0]:
                need = (starts[0] - ms) // _DAY_MS + 2
                starts = [self._day_start(first - k) for k in range(need, 0, -1)] + starts
                first -= need
            elif ms >= starts[-1]:
                need = (ms - starts[-1]) // _DAY_MS + 2
                last = first + len(starts) - 1
                starts = starts + [self._day_start(last + k) for k in range(1, need + 1)]
            self._span = (first, starts)
            return first, starts

    def starts(self, first_ms: int, last_ms: int) -> list[tuple[int, int]]:
        """(start ms, days after the anchor's day) of every day from the one holding
        `first_ms` to the one holding `last_ms`."""
        low, high = self.offset(first_ms), self.offset(last_ms)
        first, starts = self._span  # (it only grows: it holds both days now)
        return [(starts[day - first], day) for day in range(low, high + 1)]
