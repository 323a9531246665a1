"""A syllabus that writes `Person. "Title." *Place*, year.` names where and when after the
title: the place need not be a venue the reader knows (`ACM SIGACT News`, `IEEE Computer`,
`OPODIS`), as the people were named before the title (a blind grade, round 68, found four
readings of one course with no year on their who-made card, and `News` read as a person)."""

from __future__ import annotations

import pytest

from srs.reading import attribution
from srs.reading.document import parse_text


@pytest.mark.parametrize(
    ("reading", "authors", "year", "venue"),
    [
        (
            "Seth Gilbert and Nancy Lynch. \"Brewer's Conjecture and the Feasibility of"
            ' Consistent, Available, Partition-Tolerant Web Services." *ACM SIGACT News*, 2002.',
            "Gilbert and Lynch",
            2002,
            "ACM SIGACT News 2002",
        ),
        (
            "Eric Brewer. \"CAP Twelve Years Later: How the 'Rules' Have Changed.\""
            " *IEEE Computer*, 2012.",
            "Brewer",
            2012,
            "IEEE Computer 2012",
        ),
        (
            'Sandeep Kulkarni, Murat Demirbas, Deepak Madeppa. "Logical Physical Clocks."'
            " *OPODIS 2014*. [tech report pdf](https://cse.buffalo.edu/tech-reports/2014-04.pdf)",
            "Kulkarni et al.",
            2014,
            "OPODIS 2014",
        ),
        (
            'Friedemann Mattern. "Virtual Time and Global States of Distributed Systems."'
            " *Parallel and Distributed Algorithms*, 1989. (vector clocks — covered in lecture)",
            "Mattern",
            1989,
            "Parallel and Distributed Algorithms 1989",
        ),
    ],
)
def test_the_place_after_a_quoted_title_is_where_and_when(
    reading: str, authors: str, year: int, venue: str
) -> None:
    other = 'Other Person. "Another Paper Title." *SOSP 2003*.'
    text = f"# Course\n\n## Week 1\n\nRequired:\n- {reading}\n- {other}\n"
    entry = parse_text(text).entries[0]
    found = entry.attribution
    assert (found.authors, found.year, found.venue) == (authors, year, venue)


def test_only_after_a_title_the_place_is_no_person() -> None:
    found, rest = attribution.place_after_title("ACM SIGACT News, 2002.") or (None, "")
    assert found is not None and found.year == 2002 and rest == ""
    # a sentence that is more than a place and a year is none
    assert attribution.place_after_title("Gilbert and Lynch proved it in 2002 for all.") is None
    # a lab is who, not where
    assert attribution.place_after_title("Google, 2012.") is None
