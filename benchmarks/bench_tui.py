"""Review app timings on the engine's synthetic collection (default 100,000 cards).

    python benchmarks/bench_tui.py [--cards 100000] [--answers 300] [--starts 5]

The collection is made at the moment the benchmark starts (due dates relative to
the real clock, a week of overdue cards), so every run reviews the same kind of day;
its last daily backup is from yesterday.

* first card: wall time from starting `srs review` in an 80x24 pseudo-terminal
  to the first card's text arriving on that terminal. The first start of a run is
  the day's first (`first_card_cold_s`: it also checks and backs up the database,
  as the first srs command of each day does); the median and worst of the others
  are the warm starts (target: median < 0.6 s);
* keypress to next card: Pilot presses `3` on a revealed card; timed from the
  key event reaching the app until the rating is committed and the next card
  has been rendered (the first refresh after it is shown) (targets: p50 < 8 ms,
  p99 < 17 ms, a frame at 60 Hz). Pilot's own waiting between presses is not
  counted. Before each rating the app finishes pre-rendering the next question,
  as it does while a person reads the answer.
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import report
from bench_engine import make_collection
from textual import events
from textual.message import Message

from srs.clock import FixedClock
from srs.config import Config
from srs.store.engine import Engine
from srs.tui import make_app
from srs.tui.review import ReviewScreen


def first_card_seconds(home: Path, runs: int = 5) -> list[float]:
    """Start `srs review` in a pty and wait for the first card's text."""
    out = []
    for _ in range(runs):
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = dict(os.environ, SRS_HOME=str(home), TERM="xterm-256color", COLUMNS="80", LINES="24")
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "srs", "review", "--deck", "bench"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            close_fds=True,
        )
        os.close(slave)
        seen = b""
        elapsed = None
        while time.perf_counter() - start < 20:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
            if b"front" in seen:
                elapsed = time.perf_counter() - start
                break
        os.write(master, b"q")
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        os.close(master)
        if elapsed is None:
            tail = seen[-400:].decode(errors="replace")
            raise RuntimeError(f"the first card never appeared: {tail}")
        out.append(elapsed)
    return out


async def keypress_latencies(home: Path, answers: int, now: datetime) -> list[float]:
    config = Config(fuzz=False, timezone="UTC")  # the defaults: 20 new, 200 reviews a day
    engine = Engine.open(
        home=home, deck="bench", config=config, clock=FixedClock(now), load_file=False
    )
    app = make_app(engine, open_url=lambda url: None)
    latencies: list[float] = []
    key_at: list[float] = []

    def on_message(message: Message) -> None:
        if isinstance(message, events.Key) and message.key == "3" and not key_at:
            key_at.append(time.perf_counter())

    original = ReviewScreen.show_next

    async def show_next(self: ReviewScreen) -> None:
        await original(self)
        if key_at:
            start = key_at.pop()
            self.app.call_after_refresh(
                lambda: latencies.append((time.perf_counter() - start) * 1000)
            )

    ReviewScreen.show_next = show_next  # type: ignore[method-assign]
    try:
        async with app.run_test(size=(80, 24), message_hook=on_message) as pilot:
            screen = app.screen
            assert isinstance(screen, ReviewScreen)
            for _ in range(answers):
                await pilot.press("space")
                await pilot.pause()
                # a reader looks at the answer for far longer than the ~20 ms it takes
                # to pre-render the next question; let that background work finish
                await app.workers.wait_for_complete()
                before = screen.card
                await pilot.press("3")
                await pilot.pause()
                assert screen.card is not None and screen.card != before
    finally:
        ReviewScreen.show_next = original  # type: ignore[method-assign]
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--starts", type=int, default=5, help="starts of `srs review` (>= 2)")
    args = parser.parse_args()
    now = datetime.now(UTC).replace(microsecond=0)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        make_collection(home, args.cards, now=now, backup_at=now - timedelta(days=1))
        (home / "config.toml").write_text('timezone = "UTC"\n')
        cold, *warm = first_card_seconds(home, runs=max(2, args.starts))
        latencies = asyncio.run(keypress_latencies(home, args.answers, now))
    ordered = sorted(latencies)
    columns = [
        "cards",
        "first_card_cold_s",
        "first_card_s_median",
        "first_card_s_max",
        "answers",
        "next_card_p50_ms",
        "next_card_p99_ms",
    ]
    row = {
        "cards": args.cards,
        "first_card_cold_s": cold,
        "first_card_s_median": statistics.median(warm),
        "first_card_s_max": max(warm),
        "answers": len(latencies),
        "next_card_p50_ms": statistics.median(latencies),
        "next_card_p99_ms": ordered[max(0, int(len(ordered) * 0.99) - 1)],
    }
    report("tui", [row], columns)


if __name__ == "__main__":
    main()
