"""Shared set-up for engine tests: a small list, a fixed clock, fuzz off."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from srs.build import build
from srs.clock import FixedClock
from srs.config import Config
from srs.locations import data_dir
from srs.store.engine import Engine
from srs.store.rating import Rating

SMALL_LIST = """\
---
title: Small list
slug: small
---
## Section 1: Basics

1. **[Attention](https://arxiv.org/abs/1706.03762) paper** - the **transformer** architecture that started it all.
2. **[BERT](https://arxiv.org/abs/1810.04805) paper** - bidirectional encoders for **classification** tasks.
3. **[GPT3](https://arxiv.org/abs/2005.14165) paper** - few-shot learners at scale, with **in-context learning**.

## Section 2: More

- **[LoRA](https://arxiv.org/abs/2106.09685) paper** - cheap finetuning with **low-rank adapters** on frozen weights.
- **[DPO](https://arxiv.org/abs/2305.18290) paper** - preference tuning without a reward model, simpler than PPO.
- **[ReAct](https://arxiv.org/abs/2210.03629) paper** - reasoning and acting with **tool use** in a loop.
"""

#: the entry keys of SMALL_LIST, in list order
SMALL_KEYS = [
    "arxiv:1706.03762",
    "arxiv:1810.04805",
    "arxiv:2005.14165",
    "arxiv:2106.09685",
    "arxiv:2305.18290",
    "arxiv:2210.03629",
]

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday, 10:00 in Paris


def engine_config(**overrides: object) -> Config:
    base = Config(fuzz=False, timezone="Europe/Paris")
    return replace(base, **overrides)  # type: ignore[arg-type]


def write_list(tmp: Path, text: str = SMALL_LIST) -> Path:
    path = tmp / "small.md"
    path.write_text(text, encoding="utf-8")
    return path


def open_engine(
    tmp: Path, clock: FixedClock | None = None, text: str = SMALL_LIST, **overrides: object
) -> Engine:
    path = write_list(tmp, text)
    build(path, home=data_dir())
    return Engine.open(
        home=data_dir(),
        deck="small",
        config=engine_config(**overrides),
        clock=clock or FixedClock(START),
    )


def answer_all(engine: Engine, rating: Rating = Rating.GOOD) -> list[str]:
    """Answer every card the engine shows until none is due; the ids shown."""
    shown = []
    while (card := engine.next_card()) is not None:
        shown.append(card.id)
        engine.rate(card.id, rating, duration_ms=1000)
        if len(shown) > 500:
            raise AssertionError("queue never empties")
    return shown
