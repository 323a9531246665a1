"""A bracket after an acronym spells it out only when its words reach the acronym's last
letter: `MVCC (multiversion concurrency control)` does, `TCP (their claim)` does not (a blind
grade, round 68: "What does TCP stand for? → their claim")."""

from __future__ import annotations

import pytest

from srs.reading.acronyms import stated_expansions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MVCC (multiversion concurrency control)", {"MVCC": "multiversion concurrency control"}),
        ("DCTCP (Data Center TCP) marks packets early", {"DCTCP": "Data Center TCP"}),
        ("SSAO (screen-space AO) from the depth buffer", {"SSAO": "screen-space AO"}),
        ("3x better Gbps/core than kernel TCP (their claim)", {}),
        ("the CPU (their numbers) and the NIC", {}),
    ],
)
def test_a_loose_expansion_reaches_the_last_letter(text: str, expected: dict[str, str]) -> None:
    assert stated_expansions(text) == expected
