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
  counted. Before each rating the app finishes drawing the next question ahead,
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
from _common import ROOT, report
from bench_build import cli_env
from bench_engine import make_collection
from textual import events
from textual.message import Message
from textual.screen import Screen

from srs.clock import FixedClock
from srs.config import Config
from srs.store.engine import Engine
from srs.tui import make_app
from srs.tui.review import ReviewScreen


def first_card_seconds(home: Path, runs: int = 5) -> list[float]:
    """Start `srs review` in a pty and wait for the first card's text; `srs` runs as
    installed, its bytecode compiled (`cli_env`)."""
    env = dict(cli_env(home), TERM="xterm-256color", COLUMNS="80", LINES="24")
    compileall = [sys.executable, "-m", "compileall", "-q", str(ROOT / "srs")]
    subprocess.run(compileall, env=env, check=True)  # as `pip install` does
    out = []
    for _ in range(runs):
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
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


#: where the time between the key and the next card's frame goes, in order
PHASES = {
    "dispatch": "the key reaches the rating action (Textual's key and binding dispatch)",
    "rate": "`engine.rate`: the answer (its FSRS states computed once, at the preview) "
    "and its commit (`synchronous=FULL`)",
    "next_card": "the engine names the next card and the counts (the live queue, one read)",
    "screen": "the screen takes them: the question's lines swapped in (drawn while the "
    "answer was read), buttons, top bar, hint",
    "to_frame": "Textual's messages until its refresh starts",
    "layout": "layout: Textual arranges the screen (only when a widget's size changed) "
    "and collects the widgets to redraw",
    "paint": "paint: the compositor renders what changed and writes it out",
}


class AnswerProfile:
    """Marks along one timed answer, by wrapping the engine's and the screen's methods
    (Textual's refresh through its private `_on_timer_update` and `_compositor_refresh`;
    a Textual without them gives no layout or paint phase)."""

    def __init__(self) -> None:
        self.marks: dict[str, float] = {}
        self.timing = False
        self.phases: dict[str, list[float]] = {name: [] for name in PHASES}
        self._undo: list[tuple[type, str, object]] = []

    def mark(self, name: str) -> None:
        """The first time `name` happens in the answer (the frame's: after the card)."""
        if not self.timing or name in self.marks:
            return
        if name in ("update<", "paint<", "paint>") and "shown" not in self.marks:
            return
        if name == "paint>" and "paint<" not in self.marks:
            return
        self.marks[name] = time.perf_counter()

    def wrap(self, cls: type, name: str, before: str | None, after: str | None) -> None:
        original = getattr(cls, name, None)
        if original is None:
            return
        self._undo.append((cls, name, original))
        if asyncio.iscoroutinefunction(original):

            async def wrapped_async(*args: object, **kwargs: object) -> object:
                if before:
                    self.mark(before)
                result = await original(*args, **kwargs)
                if after:
                    self.mark(after)
                return result

            setattr(cls, name, wrapped_async)
        else:

            def wrapped(*args: object, **kwargs: object) -> object:
                if before:
                    self.mark(before)
                result = original(*args, **kwargs)
                if after:
                    self.mark(after)
                return result

            setattr(cls, name, wrapped)

    def install(self) -> None:
        self.wrap(ReviewScreen, "action_rate", "action", None)
        self.wrap(Engine, "rate", "rate<", "rate>")
        self.wrap(Engine, "next_card", "reads<", None)
        self.wrap(Engine, "counts", None, "reads>")
        self.wrap(Screen, "_on_timer_update", "update<", None)
        self.wrap(Screen, "_compositor_refresh", "paint<", "paint>")

    def uninstall(self) -> None:
        for cls, name, original in reversed(self._undo):
            setattr(cls, name, original)

    def done(self) -> None:
        """The frame after the next card: the answer's phases."""
        m = self.marks
        points = ["key", "action", "rate<", "rate>", "reads<", "reads>", "shown"]
        if all(point in m for point in points):
            span = (m["key"], m["action"], m["rate<"], m["rate>"])
            spans = {
                "dispatch": span[1] - span[0],
                "rate": span[3] - span[2],
                "next_card": m["reads>"] - m["reads<"],
                "screen": (m["shown"] - span[3]) - (m["reads>"] - m["reads<"]),
            }
            if "update<" in m and "paint<" in m and "paint>" in m:
                spans["to_frame"] = m["update<"] - m["shown"]
                spans["layout"] = m["paint<"] - m["update<"]
                spans["paint"] = m["paint>"] - m["paint<"]
            for name, seconds in spans.items():
                self.phases[name].append(seconds * 1000)
        self.marks = {}
        self.timing = False

    def medians(self) -> dict[str, float]:
        return {name: statistics.median(found) for name, found in self.phases.items() if found}


async def keypress_latencies(
    home: Path, answers: int, now: datetime, profile: AnswerProfile | None = None
) -> list[float]:
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
            if profile is not None:
                profile.timing = True
                profile.mark("key")

    original = ReviewScreen.show_next

    async def show_next(self: ReviewScreen) -> None:
        await original(self)
        if key_at:
            start = key_at.pop()
            if profile is not None:
                profile.mark("shown")

            def frame() -> None:
                latencies.append((time.perf_counter() - start) * 1000)
                if profile is not None:
                    profile.done()

            self.app.call_after_refresh(frame)

    ReviewScreen.show_next = show_next  # type: ignore[method-assign]
    if profile is not None:
        profile.install()
    try:
        async with app.run_test(size=(80, 24), message_hook=on_message) as pilot:
            screen = app.screen
            assert isinstance(screen, ReviewScreen)
            for _ in range(answers):
                await pilot.press("space")
                await pilot.pause()
                # a reader looks at the answer for far longer than the few ms it takes
                # to draw the next question (after the answer's frame); let that work,
                # and any in workers, finish
                await app.workers.wait_for_complete()
                await pilot.pause()
                before = screen.card
                await pilot.press("3")
                await pilot.pause()
                assert screen.card is not None and screen.card != before
    finally:
        ReviewScreen.show_next = original  # type: ignore[method-assign]
        if profile is not None:
            profile.uninstall()
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
        profile = AnswerProfile()
        latencies = asyncio.run(keypress_latencies(home, args.answers, now, profile))
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
        # the median of each phase of an answer (they add up to about the p50)
        "profile_ms": profile.medians(),
        "profile_phases": PHASES,
    }
    report("tui", [row], columns)


if __name__ == "__main__":
    main()
