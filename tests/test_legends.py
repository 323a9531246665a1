"""A paper table's legend and layout notes are no entries, and a survey keeps the word that
says what it is (round 65's table: "… ({{c1::YYYY-MM}}), or the conference date …" from
`**Date** = first arXiv version (YYYY-MM)`, and "Who made **BEV**, and when?" for the row
`BEV survey`)."""

from __future__ import annotations

from srs.reading.document import parse_text

TABLE = (
    "# AD perception papers\n\n"
    "- **Date** = first arXiv version (YYYY-MM), or the conference date when there is no arXiv"
    " version.\n"
    "- **Lab** = first-author affiliation(s) as listed on the paper. Corrections welcome.\n"
    "- 🔥 = we think it's a must-read. ⭐ = strong open-source baseline.\n"
    "- Within a section, rows are sorted by date (oldest first), because that order shows the"
    " lineage.\n\n"
    "## Surveys\n\n"
    "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
    "| 2022-09 | BEV survey | Shanghai AI Lab | [Delving into the Devils of Bird's-eye-view"
    " Perception: A Review, Evaluation and Recipe](https://arxiv.org/abs/2209.05324) <br> TPAMI |\n"
    "| 2019-12 | CenterPoint | UT Austin | [Center-based 3D Object Detection and Tracking]"
    "(https://arxiv.org/abs/2006.11275) <br> Detects objects as points. |\n"
)


def test_a_legend_of_columns_and_marks_and_a_layout_note_are_no_entries() -> None:
    names = [entry.name for entry in parse_text(TABLE).entries]
    assert names == ["BEV survey", "CenterPoint"]


def test_an_item_that_links_its_reading_is_no_layout_note() -> None:
    (entry,) = parse_text(
        "# List\n\n## Part\n\n- [Sorting networks](https://example.org/s): papers are sorted"
        " by the comparators they use.\n"
    ).entries
    assert entry.title == "Sorting networks"
