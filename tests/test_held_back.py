"""Cards the quality gate holds back: kept in the deck file with their rule, listed by
`srs cards --held-back`, retired with their history when a card turns bad, never a card
written or locked by hand."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import yaml
from cli_helpers import srs

from srs.build import build
from srs.clock import FixedClock
from srs.deck.deckfile import deck_path, load_deck
from srs.locations import data_dir
from srs.store.engine import Engine
from srs.store.rating import Rating

LIST = """\
---
title: Held back
slug: held
---
## Evals

- **[MMLU](https://arxiv.org/abs/2009.03300) paper** - the main knowledge benchmark of 57
  subjects, from law to physics.
- **[IFEval](https://arxiv.org/abs/2311.07911) paper** - the leading instruction following eval.
"""
BAD = LIST.replace("the main knowledge benchmark of 57", "the MMLU benchmark of 57")
IFEVAL = "held|arxiv:2311.07911|reverse"
GIST = "held|arxiv:2009.03300|gist"
CLOCK = FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "held.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_held_back_cards_are_kept_and_listed(srs_home: Path, tmp_path: Path) -> None:
    report, _, deck = build(write(tmp_path, LIST), home=data_dir())
    # "the leading instruction following eval" spells IFEval out: its reverse card
    assert [(i.card.id, i.rule) for i in deck.held_back] == [(IFEVAL, "answer-on-front")]
    assert {cid for cid, _ in report.held_back} == {item.card.id for item in deck.held_back}
    # the deck file keeps them, with rule and reason, and reads them back
    again = load_deck(deck_path(data_dir(), "held"))
    assert [(i.card.id, i.rule, i.reason) for i in again.held_back] == [
        (i.card.id, i.rule, i.reason) for i in deck.held_back
    ]
    raw = yaml.safe_load(deck_path(data_dir(), "held").read_text(encoding="utf-8"))
    assert list(raw).index("held_back") < list(raw).index("cards")
    listed = json.loads(srs("cards", "--held-back", "--json").stdout)
    assert {card["id"] for card in listed} == {item.card.id for item in deck.held_back}
    assert all(card["rule"] and card["reason"] for card in listed)
    text = srs("cards", "--held-back").stdout
    assert "answer-on-front" in text and "instruction following eval" in text
    # the review deck has none of them
    shown = {card["id"] for card in json.loads(srs("cards", "--json").stdout)}
    assert GIST in shown and not shown & {card["id"] for card in listed}


def test_a_card_that_turns_bad_retires_with_its_history(srs_home: Path, tmp_path: Path) -> None:
    path = write(tmp_path, LIST)
    build(path, home=data_dir())
    with Engine.open(clock=CLOCK, home=data_dir()) as engine:
        engine.rate(GIST, Rating.GOOD)
        history = engine.history(GIST)
    assert history
    path.write_text(BAD, encoding="utf-8")
    report, _, _ = build(path, home=data_dir())
    assert GIST in report.removed
    assert (GIST, "answer-on-front") in report.held_back
    with Engine.open(clock=CLOCK, home=data_dir()) as engine:
        assert engine.card(GIST).retired
        assert engine.history(GIST) == history
    # fixed again: the card comes back with its history
    path.write_text(LIST, encoding="utf-8")
    build(path, home=data_dir())
    with Engine.open(clock=CLOCK, home=data_dir()) as engine:
        assert not engine.card(GIST).retired and engine.history(GIST) == history


def test_a_locked_card_is_never_held_back(srs_home: Path, tmp_path: Path) -> None:
    path = write(tmp_path, LIST)
    build(path, home=data_dir())
    file = deck_path(data_dir(), "held")
    raw = yaml.safe_load(file.read_text(encoding="utf-8"))
    gist = next(card for card in raw["cards"] if card["id"] == GIST)
    gist["locked"] = True
    file.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    path.write_text(BAD, encoding="utf-8")
    report, _, deck = build(path, home=data_dir())
    assert GIST in {card.id for card in deck.cards} and GIST in report.kept
    assert GIST not in {item.card.id for item in deck.held_back}
    assert GIST not in report.removed


def test_a_deck_with_nothing_held_back_says_so(srs_home: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "## S\n- **Bloom filter**: a compact probabilistic set with k hashes.\n")
    build(path, home=data_dir())
    done = srs("cards", "--held-back")
    assert (
        done.returncode == 0
        and done.stdout.strip() == "held: no card is held back by the quality gate"
    )
    assert json.loads(srs("cards", "--held-back", "--json").stdout) == []


def test_the_build_line_counts_held_back_cards_in_words(srs_home: Path, tmp_path: Path) -> None:
    done = srs("build", str(write(tmp_path, LIST)))
    assert "\n1 card held back by the quality gate (answer-on-front 1)" in done.stdout
