"""A word a list's entries name again and again is the field's, not one entry's fact
(round 65's driving table: "… 6 cameras + 1 {{c1::LiDAR}} + 5 radars", "the default
{{c1::LiDAR}} head", "projected {{c1::LiDAR}} depth" — one word, three weak cards)."""

from __future__ import annotations

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.document import parse_text

ROWS = [
    ("nuScenes", "A driving dataset of 1000 scenes. It has 6 cameras, 1 LiDAR and 5 radars."),
    ("CenterPoint", "Detects objects as centers. It became the default LiDAR head."),
    ("BEVDepth", "Adds explicit depth to BEV. It supervises depth with projected LiDAR points."),
    ("PointPillars", "Detects in a bird's-eye view. It encodes LiDAR points in vertical pillars."),
    ("VoxelNet", "Learns features end to end. It learns LiDAR features per voxel."),
    ("SECOND", "Sparse voxel detection. Its kernels come from the MinkowskiEngine library."),
]


def _table(rows: list[tuple[str, str]]) -> str:
    lines = ["# Driving", "", "## 3D", "", "| Name | Notes |", "|---|---|"]
    lines += [f"| {name} | {notes} |" for name, notes in rows]
    return "\n".join(lines) + "\n"


def _hidden(text: str) -> list[str]:
    cards = template_cards(parse_text(text), load_templates()).cards
    return [card.back for card in cards if card.kind == "cloze"]


def test_a_word_most_entries_name_is_never_hidden() -> None:
    assert "**LiDAR**" not in _hidden(_table(ROWS))


def test_a_word_one_entry_names_is_still_hidden() -> None:
    assert "**MinkowskiEngine**" in _hidden(_table(ROWS))


def test_a_lab_in_a_bracket_is_never_hidden() -> None:
    """r65 table: "BEVDet, BEVDepth, BEVFusion ({{c1::MIT}}) and most depth-based BEV methods
    use it directly" (weak: whose, never what)."""
    from srs.reading.terms import claim_terms

    said = "Most BEV methods reuse it, BEVFusion (MIT) among them"
    assert "MIT" not in claim_terms(said, ["MIT", "BEVFusion"], [], [])


@pytest.mark.parametrize(
    ("phrase", "trivial"),
    [
        ("in the app", True),
        ("in-kernel", True),
        ("unmodified", True),
        ("in-place updates", False),
        ("in-context learning", False),
        ("undo buffers", False),
    ],
)
def test_r68_an_emphasis_on_where_or_in_what_state_is_no_term(phrase: str, trivial: bool) -> None:
    """r68 notes: "Arrakis puts the dataplane {{c1::in the app}}", "run {{c1::unmodified}}
    Linux binaries", "an {{c1::in-kernel}} answer" (graded weak: the writer's emphasis)."""
    from srs.reading.terms import is_trivial

    assert is_trivial(phrase) is trivial
