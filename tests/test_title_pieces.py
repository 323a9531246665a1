"""A cloze never hides a piece of a title (round 65's blog: "… then {{c1::Finding
Alignments}} Between Interpretable Causal Variables and …" hid two words of a paper's
title)."""

from __future__ import annotations

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.document import parse_text


def _clozes(item: str) -> list[str]:
    reading = parse_text(f"# List\n\n## Part\n\n{item}\n")
    return [c.back for c in template_cards(reading, load_templates()).cards if c.kind == "cloze"]


@pytest.mark.parametrize(
    "item",
    [
        "- **Disney principled BRDF**: Artist-oriented BRDF with a small set of intuitive"
        ' parameters rather than physical quantities. Burley 2012, "Physically-Based Shading'
        ' at Disney", SIGGRAPH course *Practical Physically Based Shading in Film and Game'
        " Production* ([notes PDF](https://media.disneyanimation.com/s2012_pbs_notes.pdf)).",
        "- **Matrix factorization, Netflix-Prize style** — Matrix Factorization Techniques for"
        " Recommender Systems by Koren, Bell & Volinsky. Still the clearest intro.",
    ],
)
def test_no_cloze_hides_words_a_title_goes_on_from_or_ends_with(item: str) -> None:
    hidden = {"**Practical Physically Based Shading**", "**Recommender Systems**"}
    assert not hidden & set(_clozes(item))


def test_a_name_between_other_names_is_still_clozed() -> None:
    """`WarpBuilder builds Ion's MIR from {{c1::CacheIR}} snapshots`: capitals before it
    that are no title's words."""
    backs = _clozes(
        "- **Warp** — WarpBuilder builds Ion's MIR from CacheIR snapshots (the ICs are the"
        " type info) instead of using TI."
    )
    assert "**CacheIR**" in backs
