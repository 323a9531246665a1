"""A list's own markers are no text: GitHub's emoji shortcodes (`:star:` = must-read) in
front of an awesome list's link hid the whole entry (a blind grade found all eight of a
list's must-reads without a card)."""

from __future__ import annotations

from srs.reading.document import parse_text


def test_an_emoji_shortcode_before_the_link_is_a_marker() -> None:
    (entry,) = parse_text(
        "## Point clouds\n"
        "- :star: [PointNet: Deep Learning on Point Sets for 3D Classification and"
        " Segmentation](https://arxiv.org/abs/1612.00593) - Charles R. Qi, Hao Su (Stanford,"
        " CVPR 2017). First network to consume raw unordered point sets directly. :fire:\n"
    ).entries
    assert entry.name == "PointNet"
    assert entry.papers == ["1612.00593"]
    assert entry.claims[0].text == "First network to consume raw unordered point sets directly"


def test_a_tables_alignment_row_and_a_time_are_no_shortcodes() -> None:
    (row,) = parse_text(
        "## Papers\n\n| Year | Name | Paper |\n| :---: | :--- | ---: |\n"
        "| 2017 | Transformer | [Attention Is All You Need](https://arxiv.org/abs/1706.03762),"
        " talk at 10:30:00 |\n"
    ).entries
    assert row.papers == ["1706.03762"]
    assert "10:30:00" in row.description
