"""A note that names the work's people in full, then its form and when (`- Jason Gregory
(Naughty Dog), CRC Press / A K Peters, 2018.`): who made the work, never what it is. Found
by the blind grading of round 134's notes, where such bullets were asked as the gist
("What is **EnTT**? → Michele Caini (skypjack), header-only C++17, since ~2017") and the
"who made it" fact they hold was missing from the deck."""

from __future__ import annotations

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.bylines import signed_byline
from srs.reading.document import parse_text
from srs.reading.model import Attribution, Entry


def one(text: str) -> Entry:
    return parse_text("## S\n" + text).entries[0]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Jason Gregory (Naughty Dog), CRC Press / A K Peters, 2018.",
            Attribution(authors="Gregory", lab="Naughty Dog", year=2018),
        ),
        (
            "Mike Acton (then engine director at Insomniac), CppCon 2014 keynote.",
            # (CppCon is a conference where talks are given: r159 notes)
            Attribution(authors="Acton", lab="Insomniac", year=2014, venue="CppCon 2014"),
        ),
        (
            "Richard Fabian, 2018, free online (also a print version).",
            Attribution(authors="Fabian", year=2018),
        ),
        (
            "Carter Anderson + community, Rust, first release Aug 2020.",
            Attribution(authors="Anderson", year=2020),
        ),
        (
            "Ilya Sutskever and Oriol Vinyals (Google), NeurIPS 2014",
            Attribution(
                authors="Sutskever and Vinyals", lab="Google", year=2014, venue="NeurIPS 2014"
            ),
        ),
        (
            "Leslie Lamport, Microsoft Research, 1998",
            Attribution(authors="Lamport", lab="Microsoft Research", year=1998),
        ),
    ],
)
def test_people_named_in_full_then_the_works_form_and_year(
    note: str, expected: Attribution
) -> None:
    assert signed_byline(note) == expected


@pytest.mark.parametrize(
    "note",
    [
        # a title's words, a company, a tool's contents: no one
        "Information Theory, Inference, and Learning Algorithms (CUP 2003)",
        "Dgraph Labs, 2017, pure Go, WiscKey-style KV separation",
        "Postgres Professional, English translation came out 2023, free PDF",
        "Fast AutoARIMA, AutoETS, Theta and friends in Python, 2020",
        # a clause about the person, not the work's form
        "Yann LeCun, who introduced convolutional nets in 1989",
        "Geoffrey Hinton, famously, argues that backprop is not enough, 2022",
        # without a year, only where the note leads the entry's notes
        "Brian Karis (Epic), Physically Based Shading course.",
    ],
)
def test_what_is_no_signed_byline(note: str) -> None:
    assert signed_byline(note) is None


def test_a_leading_note_without_its_year_still_signs_the_work() -> None:
    assert signed_byline("Brian Karis (Epic), Physically Based Shading course.", leading=True) == (
        Attribution(authors="Karis", lab="Epic")
    )


NOTES = """\
1. **EnTT** (https://github.com/skypjack/entt)
    - Michele Caini (skypjack), header-only C++17, since ~2017. Mojang uses it.
    - Sparse-set based, not archetypes: cheap add/remove of components.
2. **Game Engine Architecture, 3rd ed.** (https://www.gameenginebook.com/)
   - Jason Gregory (Naughty Dog), CRC Press / A K Peters, 2018.
   - The overview book: runtime architecture, the game loop, memory.
"""


def test_a_signed_note_is_the_works_attribution_and_never_its_gist() -> None:
    entries = parse_text("## Engines\n" + NOTES).entries
    assert [e.attribution.authors for e in entries] == ["Caini", "Gregory"]
    assert entries[1].attribution.lab == "Naughty Dog"
    assert entries[1].attribution.year == 2018
    assert not any(
        "Caini" in claim.text or "Gregory" in claim.text for e in entries for claim in e.claims
    )
    made = template_cards(parse_text("## Engines\n" + NOTES, name="t"), load_templates()).cards
    who = [card for card in made if card.kind == "attribution"]
    assert [card.back for card in who] == ["Caini, 2017", "Gregory (Naughty Dog), 2018"]
    assert not any(card.kind == "gist" and "Gregory" in card.back for card in made)


def test_a_makers_kind_of_thing_before_a_colon_is_neither_the_name_nor_the_gist() -> None:
    """r134 notes: under *Real Shading in Unreal Engine 4*, after the signed note, `UE4's PBR
    model: simplified Disney …` became the entry's name, and then its gist was cut to the
    label "UE4's PBR model"."""
    entry = one(
        "31. **Real Shading in Unreal Engine 4** ([pdf](https://blog.selfshadow.com/karis.pdf))\n"
        "    - Brian Karis (Epic), SIGGRAPH 2013 Physically Based Shading course.\n"
        "    - UE4's PBR model: simplified Disney base color/metallic/roughness parameterisation,"
        " GGX + Schlick-Smith, and the split-sum approximation for image-based lighting"
        " (prefiltered env map × pre-integrated BRDF LUT).\n"
    )
    assert entry.name == "Real Shading in Unreal Engine 4"
    assert entry.attribution.authors == "Karis"
    assert entry.claims[0].text.startswith("simplified Disney base color")


def test_a_word_of_the_title_qualified_is_no_name() -> None:
    """r115 notes: `- OLD GIL (≤3.1): running thread releases …` under *Inside the Python GIL*
    became the entry's name ("Who made **OLD GIL (≤3.1)**?")."""
    entry = one(
        "1. **Inside the Python GIL** — David Beazley, Chicago Python user group, June 2009"
        " ([pdf](http://www.dabeaz.com/python/GIL.pdf))\n"
        '   - OLD GIL (≤3.1): running thread releases + reacquires every 100 "ticks"\n'
    )
    assert entry.name == "Inside the Python GIL"
    assert entry.attribution.authors == "Beazley"


def test_a_short_name_that_abbreviates_the_title_stays_the_name() -> None:
    entry = one(
        '- **antirez, "Redis new data structure: the HyperLogLog"** (http://antirez.com/news/75)\n'
        "    - Redis HLL: cmds PFADD / PFCOUNT / PFMERGE\n"
    )
    assert entry.name == "Redis HLL"
