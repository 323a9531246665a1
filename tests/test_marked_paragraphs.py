"""Readings written as paragraphs that each open with the same marker (`📌 Holland, P. W.
(1986). "…"`) are list items drawn by hand: a syllabus written so (r62) gave 4 cards from
46 readings, all from its textbook list."""

from __future__ import annotations

from srs.reading.document import parse_text
from srs.reading.markers import marked_paragraphs_as_items

_WEEK = (
    "# Causal inference\n\n"
    "## Week 1: Potential outcomes\n\n"
    '📌 Holland, P. W. (1986). "Statistics and Causal Inference." *Journal of the American'
    " Statistical Association*, 81(396), 945–960.\n"
    "   Read the paper, skim the discussions.\n\n"
    '➕ Rubin, D. B. (1974). "Estimating causal effects of treatments in randomized and'
    ' nonrandomized studies." *Journal of Educational Psychology*, 66(5), 688–701.\n\n'
    "## Week 2: Graphs\n\n"
    '📌 Cinelli, C., Forney, A., & Pearl, J. "A Crash Course in Good and Bad Controls."'
    " *Sociological Methods & Research* (2022).\n\n"
    '📌 Pearl, J. "Causal inference in statistics: An overview," *Statistics Surveys* 3 (2009).\n\n'
    '➕ Stuart, E. A. "Matching Methods for Causal Inference: A Review and a Look Forward."'
    " *Statistical Science* 25(1), 2010.\n\n"
    '➕ Imbens, G. W. (2004). "Nonparametric Estimation of Average Treatment Effects Under'
    ' Exogeneity: A Review." *The Review of Economics and Statistics*, 86(1), 4–29.\n'
)


def test_paragraphs_opened_by_a_marker_are_readings() -> None:
    reading = parse_text(_WEEK)
    assert [(e.name, e.attribution.authors, e.attribution.year) for e in reading.entries] == [
        ("Statistics and Causal Inference", "Holland", 1986),
        (
            "Estimating causal effects of treatments in randomized and nonrandomized studies",
            "Rubin",
            1974,
        ),
        ("A Crash Course in Good and Bad Controls", "Cinelli et al.", 2022),
        ("Causal inference in statistics: An overview", "Pearl", 2009),
        ("Matching Methods for Causal Inference: A Review and a Look Forward", "Stuart", 2010),
        (
            "Nonparametric Estimation of Average Treatment Effects Under Exogeneity: A Review",
            "Imbens",
            2004,
        ),
    ]
    # a paragraph's later line stays in its reading
    assert "skim the discussions" in reading.entries[0].description


def test_one_marked_paragraph_is_decoration() -> None:
    text = "⚠️ This list is a draft.\n\n- **BM25** — a ranking function.\n"
    assert marked_paragraphs_as_items(text) == text
    # two markers, each opening fewer than three paragraphs: decoration too
    two = "🔥 Hot.\n\n🔥 Hotter.\n\n✅ Done.\n"
    assert marked_paragraphs_as_items(two) == two


def test_markers_inside_code_or_within_a_paragraph_stay() -> None:
    text = (
        "```\n📌 a\n\n📌 b\n\n📌 c\n```\n\nLegend:\n📌 = required\n📌 = read first\n📌 = optional\n"
    )
    assert marked_paragraphs_as_items(text) == text


def test_three_bulleted_paragraphs_become_items() -> None:
    text = "• Vaswani et al. 2017\n\n• Devlin et al. 2019\n\n• Brown et al. 2020\n"
    assert marked_paragraphs_as_items(text) == (
        "- Vaswani et al. 2017\n\n- Devlin et al. 2019\n\n- Brown et al. 2020\n"
    )
