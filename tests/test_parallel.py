"""A large list's entries are read and carded on every core: the same deck, in the same
order, as on one core; a worker's error is the same error; a dead worker costs nothing."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from srs import parallel
from srs.build import build
from srs.errors import BadInput
from srs.locations import data_dir
from srs.parallel import ordered_map

_PARENT = os.getpid()


def _square(n: int) -> int:
    return n * n


def _refuse_seven(n: int) -> int:
    if n == 7:
        raise BadInput(f"item {n}: refused")
    return n


def _die_in_worker(n: int) -> int:
    if os.getpid() != _PARENT:
        os._exit(3)  # a worker killed mid-chunk (out of memory, a signal)
    return n + 1


def test_results_come_back_in_order() -> None:
    items = list(range(101))
    assert ordered_map(_square, items, min_items=1) == [n * n for n in items]


def test_small_lists_stay_in_this_process() -> None:
    assert ordered_map(_die_in_worker, [1, 2, 3]) == [2, 3, 4]  # under MIN_ITEMS: no fork


def test_an_error_in_a_worker_is_raised_here_as_it_was() -> None:
    # item 7 is in the second chunk: a worker process reads it
    with pytest.raises(BadInput, match=r"^item 7: refused$"):
        ordered_map(_refuse_seven, list(range(10)), min_items=1)


def test_a_dead_worker_makes_the_work_run_here() -> None:
    assert ordered_map(_die_in_worker, list(range(10)), min_items=1) == list(range(1, 11))


def _frozen_here(n: int) -> int:
    return gc.get_freeze_count() if os.getpid() == _PARENT else n


@pytest.mark.parametrize("work", [_frozen_here, _refuse_seven, _die_in_worker])
def test_the_heap_is_frozen_for_the_work_and_thawed_after(work: Callable[[int], int]) -> None:
    # frozen while the chunks run (no collection walks the document, none writes to the
    # pages a worker shares), and given back to the collector however the work ends
    before = gc.get_freeze_count()
    try:
        found = ordered_map(work, list(range(10)), min_items=1)
    except BadInput:
        found = []
    if work is _frozen_here:
        assert found[0] > before  # the first chunk runs here, with the heap frozen
    assert gc.get_freeze_count() == before


def test_a_build_on_every_core_is_the_build_on_one(
    list_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, serial_list, serial = build(list_copy, home=data_dir(), dry_run=True)
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    _, forked_list, forked = build(list_copy, home=data_dir(), dry_run=True)
    assert forked.to_dict() == serial.to_dict()
    assert forked_list == serial_list
    assert [(h.card.id, h.rule, h.reason) for h in forked.held_back] == [
        (h.card.id, h.rule, h.reason) for h in serial.held_back
    ]
