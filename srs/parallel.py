"""Per-item work of a large reading list spread over the machine's cores, results in order.

`srs build` reads every entry and makes its cards one entry at a time; each is a pure
function of the entry, so a list of thousands of entries is cut into one chunk per core
and the chunks run at once: the first here, the others in forked worker processes.
Results come back in the items' order, so the deck is the same, byte for byte, as a
build on one core. Small lists (the bundled one has 57 entries) never start a process:
it would cost more than it saves.
An exception in a worker is raised again here as it was raised there (a `BadInput` stays
a one-line message); a worker that dies (killed, out of memory) makes the work run
again here, on one core.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["MIN_ITEMS", "ordered_map"]

#: lists with fewer items than this are worked on here, on one core
MIN_ITEMS = 1000

_T = TypeVar("_T")
_R = TypeVar("_R")

# the function a forked worker runs and its items: set before the fork, so they are
# inherited, not pickled (only the results travel back)
_work: Callable[[object], object] | None = None
_items: Sequence[object] = ()


def _run_chunk(start: int, end: int) -> list[object]:
    assert _work is not None
    return [_work(item) for item in _items[start:end]]


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def ordered_map(
    work: Callable[[_T], _R], items: Sequence[_T], *, min_items: int | None = None
) -> list[_R]:
    """`[work(item) for item in items]`, on every core when there are `min_items` items or
    more (default `MIN_ITEMS`) and the system can fork; `work` must be a pure function."""
    threshold = MIN_ITEMS if min_items is None else min_items
    cores = min(_cores(), len(items))
    if len(items) < threshold or cores < 2:
        return [work(item) for item in items]
    # imported here: a small list's build never pays for them
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    if "fork" not in multiprocessing.get_all_start_methods():
        return [work(item) for item in items]
    global _work, _items
    size = -(-len(items) // cores)
    bounds = [(at, min(at + size, len(items))) for at in range(0, len(items), size)]
    _work, _items = work, items  # type: ignore[assignment]
    # what exists now is frozen out of the garbage collector's sight until the work is
    # done (CPython's advice for a fork without exec): no worker's collection writes to
    # the inherited pages, and no collection here walks the whole document again and again
    # (the first chunk ran 10 % slower here than its share of a one-core build without it)
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(len(bounds) - 1, mp_context=context) as pool:
            others = [pool.submit(_run_chunk, start, end) for start, end in bounds[1:]]
            start, end = bounds[0]
            here = [work(item) for item in items[start:end]]  # the first chunk: here
            rest = [result for future in others for result in future.result()]
    except BrokenProcessPool:
        return [work(item) for item in items]
    finally:
        gc.unfreeze()
        _work, _items = None, ()
    return here + rest  # type: ignore[operator]
