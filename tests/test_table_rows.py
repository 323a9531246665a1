"""A table row with no description: its authors cell read as people cite it, a venue
without its year dated by the row, and the paper's subtitle as what it is."""

from __future__ import annotations

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.definitions import subtitle_definition
from srs.reading.document import parse_text
from srs.reading.model import Claim

ROWS = [
    (
        "2019-04",
        "**Generating Long Sequences with Sparse Transformers**",
        "Rewon Child, Scott Gray, Alec Radford, Ilya Sutskever",
        "arXiv",
        "https://arxiv.org/abs/1904.10509",
    ),
    (
        "2019-05",
        "Adaptive Attention Span in Transformers",
        "Sukhbaatar, Grave, Bojanowski, Joulin",
        "ACL 2019",
        "https://aclanthology.org/P19-1032/",
    ),
    (
        "2021-12",
        "Self-attention Does Not Need O(n²) Memory",
        "Markus N. Rabe, Charles Staats",
        "arXiv",
        "https://arxiv.org/abs/2112.05682",
    ),
    (
        "2023-12",
        "**Mamba: Linear-Time Sequence Modeling with Selective State Spaces**",
        "Albert Gu, Tri Dao",
        "COLM 2024",
        "https://arxiv.org/abs/2312.00752",
    ),
    (
        "2020-01",
        "**Reformer: The Efficient Transformer**",
        "Nikita Kitaev, Łukasz Kaiser, Anselm Levskaya",
        "ICLR 2020",
        "https://arxiv.org/abs/2001.04451",
    ),
]
TABLE = (
    "## Sparse & Local Attention\n\n"
    "| Date | Paper | Authors | Venue | Links |\n|---|---|---|---|---|\n"
    + "".join(
        f"| {date} | {paper} | {authors} | {venue} | [arXiv]({url}) |\n"
        for date, paper, authors, venue, url in ROWS
    )
)


def _cards() -> dict[tuple[str, str], str]:
    doc = parse_text(TABLE)
    made = template_cards(doc, load_templates())
    return {(card.kind, card.front): card.back for card in made.cards}


def test_a_tables_authors_cell_is_cited_and_a_yearless_venue_takes_the_rows_year() -> None:
    cards = _cards()
    made = {front: back for (kind, front), back in cards.items() if kind == "attribution"}
    assert made == {
        "Who made **Generating Long Sequences with Sparse Transformers**, and when?": (
            "Child et al., arXiv 2019"
        ),
        "Who made **Adaptive Attention Span in Transformers**, and when?": (
            "Sukhbaatar et al., ACL 2019"
        ),
        "Who made **Self-attention Does Not Need O(n²) Memory**, and when?": (
            "Markus N. Rabe and Charles Staats, arXiv 2021"
        ),
        "Who made **Mamba**, and when?": "Albert Gu and Tri Dao, COLM 2024",
        "Who made **Reformer**, and when?": "Kitaev et al., ICLR 2020",
    }


def test_a_named_papers_subtitle_says_what_it_is_when_nothing_else_does() -> None:
    cards = _cards()
    assert cards[("gist", "What is **Mamba**?")] == (
        "Linear-Time Sequence Modeling with Selective State Spaces"
    )
    # three words say too little: `The Efficient Transformer`
    assert not any(front == "What is **Reformer**?" for _, front in cards)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Reformer", "Reformer: The Efficient Transformer"),  # too short
        ("Performer", "Performer: Rethinking Attention with Performers"),  # names itself
        ("LSM", "LSM: A Survey of Storage Techniques for Key-Value Stores"),  # a genre
        ("Spatial Planning", "Spatial Planning: A Configuration Space Approach"),  # a manner
        ("Mamba", "Linear-Time Sequence Modeling with Selective State Spaces"),  # no name
    ],
)
def test_a_subtitle_that_says_little_defines_nothing(name: str, title: str) -> None:
    claims: list[Claim] = []
    subtitle_definition(claims, name, title)
    assert claims == []


def test_a_subtitle_never_replaces_what_the_list_says() -> None:
    said = Claim(text="A selective state-space model that scales linearly", kind="defines")
    claims = [said]
    subtitle_definition(claims, "Mamba", "Mamba: Linear-Time Sequence Modeling with Selective")
    assert claims == [said]
