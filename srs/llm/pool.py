"""A bounded pool of daemon threads with a deadline per item, stoppable at once.

`concurrent.futures` joins its worker threads at interpreter exit, so a
request stuck on a server that drips one byte every half second kept
`srs build --llm` alive for minutes after Ctrl-C, and a per-read timeout
never fired. Here every item has a whole deadline: one that runs past it is
given up (its thread is abandoned, a fresh one takes its place), and Ctrl-C
returns at once — daemon threads never hold the process open.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["run_bounded"]

T = TypeVar("T")
_POLL = 0.1


class _Run(Generic[T]):
    def __init__(self, items: Sequence[T], work: Callable[[T], None]) -> None:
        self.todo: queue.SimpleQueue[int] = queue.SimpleQueue()
        for index in range(len(items)):
            self.todo.put(index)
        self.items = items
        self.work = work
        self.done: queue.SimpleQueue[tuple[int, BaseException | None]] = queue.SimpleQueue()
        self.started: dict[int, float] = {}
        self.lock = threading.Lock()

    def worker(self) -> None:
        while True:
            try:
                index = self.todo.get_nowait()
            except queue.Empty:
                return
            with self.lock:
                self.started[index] = time.monotonic()
            try:
                self.work(self.items[index])
            except BaseException as exc:  # handed to the main thread, raised there
                self.done.put((index, exc))
                return
            self.done.put((index, None))

    def spawn(self) -> None:
        threading.Thread(target=self.worker, daemon=True).start()


def run_bounded(
    items: Sequence[T],
    work: Callable[[T], None],
    *,
    concurrency: int,
    deadline: float,
    on_done: Callable[[T], None] = lambda item: None,
    on_late: Callable[[T], None] = lambda item: None,
) -> None:
    """Run `work` on every item, `concurrency` at a time.

    An item still running `deadline` seconds after it started is given up:
    `on_late(item)`. An exception in `work` stops the run and is raised here.
    """
    run = _Run(items, work)
    for _ in range(min(concurrency, len(items))):
        run.spawn()
    finished: set[int] = set()
    while len(finished) < len(items):
        try:
            index, error = run.done.get(timeout=_POLL)
        except queue.Empty:
            now = time.monotonic()
            with run.lock:
                late = [
                    i for i, t in run.started.items() if i not in finished and now - t > deadline
                ]
            for i in late:
                finished.add(i)
                on_late(items[i])
                on_done(items[i])
                run.spawn()  # the stuck thread keeps its place no longer
            continue
        if index in finished:
            continue  # it answered after all, too late to count
        if error is not None:
            raise error
        finished.add(index)
        on_done(items[index])
