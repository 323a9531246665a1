"""What a session does while the learner reads, so that the key's path is short:
`Engine.tidy` copies a held log into the database each `CHECKPOINT_EVERY` answers (the
log stops growing: an answer's commit overwrites log pages already on disk), and
`Engine.next_card_after` computes the likely next card's next states."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from engine_helpers import START, open_engine

from srs.clock import FixedClock
from srs.store import engine as engine_module
from srs.store.db import db_path
from srs.store.engine import Engine
from srs.store.fuzz import SeededFuzzScheduler
from srs.store.rating import Rating


def log_size(engine: Engine) -> int:
    wal = Path(f"{db_path(engine.home)}-wal")
    return wal.stat().st_size if wal.exists() else 0


def answer(engine: Engine, times: int, *, tidy: bool) -> list[int]:
    """The log's size after each answer (and the session's tidying, if it tidies)."""
    sizes = []
    for _ in range(times):
        card = engine.next_card()
        assert card is not None
        engine.rate(card.id, Rating.AGAIN, duration_ms=1000)
        if tidy:
            engine.tidy()
        sizes.append(log_size(engine))
    return sizes


def test_tidy_checkpoints_each_few_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "CHECKPOINT_EVERY", 3)
    engine = open_engine(tmp_path, bury_siblings=False)
    engine.hold_checkpoints()
    copied: list[int] = []
    checkpoint = engine.checkpoint

    def counted() -> None:
        copied.append(engine.db.execute("SELECT count(*) FROM review_log").fetchone()[0])
        checkpoint()

    engine.checkpoint = counted  # type: ignore[method-assign]
    engine.tidy()  # nothing answered yet: nothing to copy
    answer(engine, 7, tidy=True)
    assert copied == [3, 6]
    engine.close()


@pytest.mark.parametrize("tidy", [True, False])
def test_a_tidied_log_stops_growing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tidy: bool
) -> None:
    monkeypatch.setattr(engine_module, "CHECKPOINT_EVERY", 3)
    engine = open_engine(tmp_path, bury_siblings=False)
    engine.hold_checkpoints()
    sizes = answer(engine, 15, tidy=tidy)
    if tidy:  # from the second round on, each commit writes over the pages of the first
        assert max(sizes[6:]) <= max(sizes[:6])
    else:  # one log, longer with each answer
        assert sizes == sorted(sizes) and sizes[-1] > max(sizes[:6])
    engine.close()


def test_the_card_after_has_its_next_states_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a card is read, the likely next card's four next states are computed, so
    that after the answer its preview runs no FSRS: and it is the preview FSRS gives."""
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False)
    card = engine.next_card()
    assert card is not None
    engine.preview(card.id)
    after = engine.next_card_after(card)
    assert after is not None
    engine.rate(card.id, Rating.GOOD, duration_ms=1000, shown=card)
    clock.advance(seconds=20)
    shown = engine.next_card()
    assert shown is not None and shown.id == after.id
    runs: list[object] = []
    review_card = SeededFuzzScheduler.review_card

    def counted(self: SeededFuzzScheduler, *args: Any, **kwargs: Any) -> Any:
        runs.append(args)
        return review_card(self, *args, **kwargs)

    monkeypatch.setattr(SeededFuzzScheduler, "review_card", counted)
    ready = engine.preview(shown.id)
    assert runs == []  # computed while the first card was read
    fresh = Engine.open(home=engine.home, deck="small", config=engine.config, clock=clock)
    assert fresh.preview(shown.id) == ready  # the same intervals, computed now
    assert runs  # (that one did run FSRS)
    fresh.close()
    engine.close()
