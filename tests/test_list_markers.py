"""A list's own markers are no text: GitHub's emoji shortcodes (`:star:` = must-read) in
front of an awesome list's link hid the whole entry (a blind grade found all eight of a
list's must-reads without a card); and markers between a byline's bracket and the
description end the byline, as a full stop would."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("line", "cited", "claim"),
    [
        (
            "- [Guided Cost Learning: Deep Inverse Optimal Control via Policy Optimization]"
            "(https://arxiv.org/abs/1603.00448) - Finn, Levine, Abbeel (ICML 2016) :robot:"
            " Sample-based MaxEnt IRL with neural net costs, on a real PR2.\n",
            "Finn et al., ICML 2016",
            "Sample-based MaxEnt IRL with neural net costs, on a real PR2",
        ),
        (
            "- :star: [Generative Adversarial Imitation Learning](https://arxiv.org/abs/1606.03476)"
            " - Jonathan Ho, Stefano Ermon (NeurIPS 2016) :computer: GAIL. IL as"
            " occupancy-measure matching with a GAN-style discriminator.\n",
            "Ho and Ermon, NeurIPS 2016",
            # `GAIL.`: a sentence that is only a name names the paper
            "IL as occupancy-measure matching with a GAN-style discriminator",
        ),
        (
            "- [OpenVLA: An Open-Source Vision-Language-Action Model](https://arxiv.org/abs/"
            "2406.09246) - Kim, Pertsch, Karamcheti et al. (CoRL 2024) :computer: 7B, Prismatic"
            " VLM backbone, outperforms RT-2-X with far fewer params.\n",
            "Kim et al., CoRL 2024",
            "7B, Prismatic VLM backbone, outperforms RT-2-X with far fewer params",
        ),
        (
            "- :star: [Diffusion Policy: Visuomotor Policy Learning via Action Diffusion]"
            "(https://arxiv.org/abs/2303.04137) - Cheng Chi, Siyuan Feng, Yilun Du, Zhenjia Xu,"
            " Eric Cousineau, Benjamin Burchfiel, Shuran Song (RSS 2023) :computer: :robot:"
            " Denoising diffusion over action sequences. If you read one modern BC paper, read"
            " this.\n",
            "Chi et al., RSS 2023",
            "Denoising diffusion over action sequences",
        ),
    ],
)
def test_markers_after_a_bylines_bracket_end_the_byline(line: str, cited: str, claim: str) -> None:
    # taken out with nothing in their place, the markers let the byline run on into the
    # description: its last author in a cloze (`Shuran {{c1::Song Denoising}} diffusion …`),
    # the description's capitals read as the byline's end (`Finn and Levine`, `Ho`)
    (entry,) = parse_text("## Papers\n" + line).entries
    found = entry.attribution
    assert f"{found.authors}, {found.venue}" == cited
    assert claim in [c.text for c in entry.claims]
    assert not any(
        name in c.text for c in entry.claims for name in ("Abbeel", "Ermon", "Pertsch", "Song")
    )


def test_a_first_sentence_naming_what_a_thing_combines_leaves_the_next_to_define_it() -> None:
    (entry,) = parse_text(
        "## Papers\n- [Deep Imitation Learning for Complex Manipulation Tasks from Virtual"
        " Reality Teleoperation](https://arxiv.org/abs/1710.04615) - Tianhao Zhang, McCarthy,"
        " Jow, Lee, Chen, Goldberg, Abbeel (ICRA 2018) :robot: VR teleop + BC on a PR2. Showed"
        " that cheap VR teleop gives good enough demos.\n"
    ).entries
    assert [(c.kind, c.text) for c in entry.claims] == [
        ("says", "VR teleop + BC on a PR2"),
        ("does", "Showed that cheap VR teleop gives good enough demos"),
    ]
