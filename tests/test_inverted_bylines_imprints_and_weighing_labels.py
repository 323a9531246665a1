"""Readings found wrong by the blind grading of round 175 (on-device LLMs, ML for
combinatorial optimisation, async-Rust notes, a horology glossary, an ethnomusicology
seminar, knowledge-tracing papers): a Chicago bibliography's first author read as two
people, a book's imprint read as its author or its name, the parts a course assigns read
as what a book is, and a label that weighs a thing read as its name."""

from __future__ import annotations

import pytest

from srs.reading import attribution
from srs.reading.document import parse_text
from srs.reading.model import Attribution
from tests.test_figures_and_heads import cards

_COURSE = "# MUSC 611\n\n## Week 3\n\n{}\n"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Tenzer, Michael, ed.", "Tenzer"),
        # (two people, given names first: never one)
        ("Burkhard Rost, Chris Sander", "Rost and Sander"),
        ("Miguel Castro, Barbara Liskov.", "Castro and Liskov"),
        ("Weidman, Amanda J", "Weidman"),
        ("Pettan, Svanibor, and Jeff Todd Titon, eds.", "Pettan and Titon"),
        ("Keil, Charles, and Steven Feld", "Keil and Feld"),
        # (two surnames, as a list writes them: never one person)
        ("Hinton, Salakhutdinov", "Hinton and Salakhutdinov"),
        ("Krizhevsky, Sutskever, Hinton", "Krizhevsky et al."),
    ],
)
def test_a_bibliographys_first_author_surname_first_is_one_person(
    byline: str, authors: str
) -> None:
    assert attribution.cut(byline)[0].authors == authors


def test_a_surname_and_one_given_name_are_one_person_only_before_the_title() -> None:
    assert attribution.inverted_byline("Rice, Timothy.", before_title=True) == Attribution(
        authors="Rice"
    )
    assert attribution.inverted_byline("Kisliuk, Michelle,", before_title=True) == Attribution(
        authors="Kisliuk"
    )
    # (`[Shap-E: …](…). Jun, Nichol.` (r69 table): two surnames after the title)
    assert attribution.inverted_byline("Jun, Nichol.") is None
    made = cards(
        "# 3D\n\n## Generation\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2023/05 | **Shap-E** | OpenAI | [Shap-E: Generating Conditional 3D Implicit"
        " Functions](https://arxiv.org/abs/2305.02463). Jun, Nichol. Encoder maps assets to"
        " the parameters of an implicit function. |\n"
    )
    assert [card.back for card in made if card.kind == "attribution"] == ["OpenAI, 2023"]


def test_the_people_of_a_chicago_bibliography() -> None:
    made = cards(
        _COURSE.format(
            '- Rice, Timothy, "Toward a Mediation of Field Methods and Field Experience in'
            ' Ethnomusicology"\n'
            "- Koskoff, Ellen, ed. *Women and Music in Cross-Cultural Perspective*. New York:"
            " Greenwood Press, 1987.\n"
            "- Weidman, Amanda J. *Singing the Classical, Voicing the Modern: The Postcolonial"
            " Politics of Music in South India*. Durham: Duke University Press, 2006.\n"
        )
    )
    answers = [card.back for card in made if card.kind == "attribution"]
    assert answers == ["Rice", "Koskoff, 1987", "Weidman, 2006"]


def test_a_books_imprint_in_brackets_is_no_name() -> None:
    entry = parse_text(
        _COURSE.format(
            "- Thomas Turino, *Music as Social Life: The Politics of Participation* (Chicago:"
            " University of Chicago Press, 2008)\n- Nettl, Bruno. *The Study of"
            " Ethnomusicology*. Urbana: University of Illinois Press, 2015.\n"
        ),
        name="t",
    ).entries[0]
    assert entry.name == "Music as Social Life: The Politics of Participation"
    assert (entry.attribution.authors, entry.attribution.year) == ("Turino", 2008)


@pytest.mark.parametrize(
    "assigned",
    [
        "Introduction + ch. on the voice.",
        "The opening chapters plus the ones on learning the gaida.",
        "Editors' introduction only.",
        "Koskoff's introduction.",
    ],
)
def test_the_parts_a_course_assigns_are_no_gist(assigned: str) -> None:
    made = cards(
        _COURSE.format(
            "- Rice, Timothy. *May It Fill Your Soul: Experiencing Bulgarian Music*. Chicago:"
            f" University of Chicago Press, 1994. {assigned}\n"
        )
    )
    assert [card.front for card in made if card.kind in {"gist", "reverse"}] == []


def test_a_label_that_weighs_a_thing_is_not_its_name() -> None:
    parsed = parse_text(
        "# Watches\n\n## Escapements\n\n"
        "**Detent escapement (chronometer escapement)**: The balance is locked and unlocked by"
        " a separate detent. Very little sliding friction. Downside: it can trip and gain a"
        " beat.\n\n**Accord**: A small blend.\n\n**Fixative**: A material that slows"
        " evaporation.\n",
        name="t",
    )
    assert parsed.entries[0].name == "Detent escapement (chronometer escapement)"


def test_what_to_read_first_is_no_side_of_a_thing() -> None:
    made = cards(
        "# Reasoning\n\n## Models\n\n"
        "- **reasoning models** — [o1](https://openai.com/o1/) and [o3](https://en.wikipedia"
        ".org/wiki/OpenAI_o3). The basic knowledge is Let's Verify Step By Step, s1, STaR.\n"
    )
    assert [card.front for card in made if card.kind == "term"] == []


def test_whose_group_alone_is_no_gist() -> None:
    made = cards(
        "# KT\n\n## Surveys\n\n| Paper | Links |\n|---|---|\n| A Survey of Knowledge Tracing"
        " (Liu et al., 2021) | [arXiv](https://arxiv.org/abs/2105.15106). From the USTC"
        " group. |\n| Deep Knowledge Tracing (Piech et al., 2015) | [arXiv](https://arxiv.org"
        "/abs/1506.05908). An LSTM over a student's answer history. |\n"
    )
    assert [card.back for card in made if card.kind == "gist" and "USTC" in card.back] == []


@pytest.mark.parametrize(
    "reading",
    [
        "Einhard, *Life of Charlemagne*, in *Two Lives of Charlemagne*, trans. David Ganz"
        " (Penguin Classics, 2008).",
        "Gregory of Tours, *The History of the Franks*, trans. Lewis Thorpe (Penguin Classics,"
        " 1974).",
        "Charles Homer Haskins, *The Renaissance of the Twelfth Century* (Cambridge, MA:"
        " Harvard UP, 1927), ch. 1. — The book that invented the phrase.",
        "Monica Green, ed., *Pandemic Disease in the Medieval World* (2014). Green's own"
        " introductory essay is the one to read.",
        "Rosamond McKitterick, *Charlemagne's Court Culture* (2008). Short, sharp and still"
        " relevant about who gets to do medieval history.",
    ],
)
def test_a_syllabus_aside_is_no_gist(reading: str) -> None:
    # (r176 syllabus: each a gist, graded weak or useless)
    made = cards(
        f"# HIST 320\n\n## Week 4\n\n- {reading}\n- Chris Wickham, *The Inheritance of"
        " Rome* (2009).\n"
    )
    assert [card.back for card in made if card.kind in {"gist", "reverse"}] == []


def test_a_writer_known_by_a_place_wrote_the_work_not_its_translator() -> None:
    made = cards(
        "# HIST 320\n\n## Week 2\n\n- Gregory of Tours, *The History of the Franks*, trans."
        " Lewis Thorpe (Penguin Classics, 1974).\n- Chris Wickham, *The Inheritance of Rome*"
        " (2009).\n"
    )
    assert "Gregory of Tours" in [card.back for card in made if card.kind == "attribution"]
    assert attribution.named_by_place("University of Toronto") == ""
