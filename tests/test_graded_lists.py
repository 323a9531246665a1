"""The lists blind graders graded (docs/cards.md, "How good the cards are"): six per round,
one per shape, each written for the test by a helper that never saw the code (from a field
no earlier list used, but for rounds 71, 72 and 80, which return to earlier rounds' fields):
`tests/lists/graded/r57-blog.md`, …. The grades are people's; what a test can hold every
list to is what any card must do."""

from __future__ import annotations

from pathlib import Path

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.document import parse_file
from tests.test_card_quality import shows_answer

GRADED = sorted((Path(__file__).parent / "lists" / "graded").glob("*.md"))


def test_the_graded_lists_are_here() -> None:
    shapes = {path.stem.split("-", 1)[1] for path in GRADED}
    assert shapes == {"blog", "awesome", "notes", "glossary", "syllabus", "table"}


@pytest.mark.parametrize("path", GRADED, ids=lambda path: path.stem)
def test_a_graded_list_gives_cards_that_keep_their_answers_hidden(path: Path) -> None:
    reading = parse_file(path)
    made = template_cards(reading, load_templates())
    assert len({card.id for card in made.cards}) == len(made.cards)
    assert [card.front for card in made.cards if shows_answer(card)] == []
    # (a held-back card is never also kept)
    assert not {item.card.id for item in made.held} & {card.id for card in made.cards}
    # (by the work's name: a work a course assigns again, `Beard, *SPQR*, ch. 3`, is asked
    # about once)
    keys = {card.entry for card in made.cards}
    asked = {entry.name for entry in reading.entries if entry.key in keys}
    named = {entry.name: entry.title for entry in reading.entries if not entry.topic}
    assert len(asked) >= 0.8 * len(named), [t for n, t in named.items() if n not in asked]
