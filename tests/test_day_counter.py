"""The user's days counted across threads: an export reads its log (day numbers of the
reviews) in one thread while it writes its cards (day numbers of their due dates) in
another, both through one `DayCounter`."""

from __future__ import annotations

import random
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from srs.store.user_day import DayCounter, day_bounds

DAY_MS = 86_400_000
ANCHOR = datetime(2026, 6, 1, 12, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def often_switching() -> Iterator[None]:
    """Threads switch after every few bytecodes: a race shows within a few runs."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def test_the_days_of_a_span_are_each_day_start_in_order() -> None:
    counter = DayCounter(ANCHOR, BERLIN, (4, 0))
    base = int(ANCHOR.timestamp() * 1000)
    found = counter.starts(base - 200 * DAY_MS, base + 200 * DAY_MS)  # across two clock changes
    assert [day for _, day in found] == list(range(-200, 201))
    for start, day in found[::37]:
        moment = datetime.fromtimestamp(start / 1000, UTC)
        assert day_bounds(moment, BERLIN, (4, 0))[0] == moment  # a real day start
        assert counter.offset(start) == day and counter.offset(start - 1) == day - 1


def test_one_counter_shared_by_two_threads_stays_consistent(often_switching: None) -> None:
    """The regression: growing the known starts at the front replaced the list, then the
    day of its first start, so a reader between the two steps indexed the wrong day (a
    duplicate day start: `UNIQUE constraint failed: srs_export_days.start`)."""
    base = int(ANCHOR.timestamp() * 1000)
    for trial in range(12):
        counter = DayCounter(ANCHOR, BERLIN, (4, 0))
        seen: list[list[int]] = []
        failed: list[BaseException] = []

        def read(
            counter: DayCounter = counter,
            seen: list[list[int]] = seen,
            failed: list[BaseException] = failed,
        ) -> None:
            try:
                for k in range(1, 150):
                    found = counter.starts(base - 3 * k * DAY_MS, base + 3 * k * DAY_MS)
                    seen.append([start for start, _ in found])
            except BaseException as exc:  # (an IndexError from the race, reported below)
                failed.append(exc)

        def write(counter: DayCounter = counter, trial: int = trial) -> None:
            rng = random.Random(trial)
            for _ in range(3000):
                counter.offset(base + rng.randint(-500, 500) * DAY_MS)

        threads = [threading.Thread(target=read), threading.Thread(target=write)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failed == []
        assert all(starts == sorted(set(starts)) for starts in seen)
        assert all(len(starts) == 6 * k + 1 for k, starts in enumerate(seen, start=1))
