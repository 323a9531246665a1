"""One srs card is one Anki card: a cloze may only use `c1` (issue 18, High 2).

Anki makes one card per distinct cloze number and none for `c0`, an empty or a
missing deletion; import and sync map Anki reviews to srs cards by note, so a
`{{c2::…}}` would give one srs card two reviews a day. Every way a cloze enters
srs (deck file, model reply, card template) refuses such fronts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from anki.collection import Collection
from anki_helpers import import_package
from cli_helpers import srs

from srs.cards.card import cloze_problem
from srs.cards.templates import load_templates
from srs.deck.deckfile import deck_path, load_deck
from srs.errors import BadInput
from srs.locations import data_dir

DECK = "ai-engineering-2025"


@pytest.mark.parametrize(
    "front",
    [
        "The {{c1::transformer}} uses attention.",
        "{{c1::LoRA}} freezes the weights; {{c1::LoRA}} trains low-rank adapters.",
        "It scored {{c1::94%::a share}} on GSM8K.",
    ],
)
def test_c1_deletions_are_one_card(front: str) -> None:
    assert cloze_problem(front) is None


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("The {{c2::transformer}} uses attention.", "only c1"),
        ("The {{c1::transformer}} uses {{c2::attention}}.", "only c1"),
        ("The {{c0::transformer}} uses attention.", "only c1"),
        ("The {{c01::transformer}} uses attention.", "only c1"),
        ("The {{c1::}} uses attention.", "empty"),
        ("The {{c1::  }} uses attention.", "empty"),
        ("The {{c1::trans {{c1::former}} x}} uses attention.", "inside another"),
        ("The {{c1::transformer uses attention.", "unclosed"),
        ("The transformer uses attention.", "needs a {{c1"),
    ],
)
def test_fronts_that_are_not_exactly_one_anki_card(front: str, reason: str) -> None:
    problem = cloze_problem(front)
    assert problem is not None and reason in problem


@pytest.fixture
def deck_file(srs_home: Path) -> Path:
    assert srs("build", "-q").returncode == 0
    return deck_path(data_dir(), DECK)


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("Attention is {{c1::all}} you {{c2::need}}", "only c1"),
        ("Attention is {{c0::all}} you need", "only c1"),
        ("Attention is {{c1::}} you need", "empty"),
    ],
)
def test_a_hand_made_cloze_in_the_deck_file_is_refused(
    deck_file: Path, front: str, reason: str
) -> None:
    text = deck_file.read_text(encoding="utf-8")
    count = len(load_deck(deck_file).cards)
    card = f'- front: "{front}"\n  back: "title"\n  kind: cloze\n  origin: manual\n'
    deck_file.write_text(text + card, encoding="utf-8")
    done = srs("due")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    line = done.stderr.strip()
    assert line.count("\n") == 0
    assert str(deck_file) in line and f"cards[{count}].front" in line and reason in line
    with pytest.raises(BadInput, match=r"only c1|empty"):
        load_deck(deck_file)


def test_a_template_cannot_write_its_own_cloze_marker(tmp_path: Path) -> None:
    path = tmp_path / "card_templates.yaml"
    path.write_text('cloze:\n  front: "{{c2::$concept}} $cloze_claim"\n  back: "x"\n')
    with pytest.raises(BadInput, match=r"cloze\.front: write no"):
        load_templates(path)
    path.write_text('cloze:\n  front: "$concept"\n  back: "x"\n')
    with pytest.raises(BadInput, match=r"cloze\.front: a cloze needs \$cloze_claim"):
        load_templates(path)


def test_several_c1_deletions_make_one_anki_card(
    deck_file: Path, collection: Collection, tmp_path: Path
) -> None:
    """Anki itself counts the cards: every note of the export, including a hand-made
    cloze with two `c1` deletions, is exactly one card."""
    text = deck_file.read_text(encoding="utf-8")
    card = (
        '- front: "{{c1::LoRA}} freezes the weights and trains {{c1::low-rank}} adapters"\n'
        '  back: "LoRA"\n  kind: cloze\n  origin: manual\n'
    )
    deck_file.write_text(text + card, encoding="utf-8")
    apkg = tmp_path / "deck.apkg"
    done = srs("export", "-o", str(apkg))
    assert done.returncode == 0, done.stderr
    import_package(collection, str(apkg))
    cards = len(load_deck(deck_file).cards)
    assert collection.note_count() == cards
    assert collection.card_count() == cards
    assert collection.find_cards('"Text:*{{c1::LoRA}} freezes*"')
