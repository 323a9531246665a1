"""Browse's one-line fronts: the words every card of a kind shares are dropped."""

from __future__ import annotations

from pathlib import Path

from engine_helpers import START, open_engine

from srs.clock import FixedClock
from srs.tui.front_summary import front_summaries


def test_each_kinds_shared_wording_is_dropped(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    cards = engine.cards()
    fronts = front_summaries(cards)
    by_kind: dict[str, list[str]] = {}
    for card in cards:
        by_kind.setdefault(card.kind, []).append(fronts[card.id])
    assert by_kind["gist"] == ["Attention", "BERT", "GPT3", "LoRA", "DPO", "ReAct"]
    assert by_kind["acronym"] == ["LoRA", "DPO", "ReAct"]
    assert by_kind["attribution"] == ["GPT3", "LoRA", "DPO", "ReAct"]
    assert by_kind["reverse"][0] == "the transformer architecture that started it all"
    # a kind with one card keeps its whole front
    (title,) = by_kind["paper-title"]
    assert title == "What is the title of the GPT3 paper (Brown et al., 2020)?"
    # every card keeps a word of its front, even when two fronts are the same
    assert front_summaries([cards[0], cards[0]]) == {cards[0].id: "Attention"}
