"""A title's words are never people, and a plain label's closing citation is no part of its
name (round 66: "Who made **SORT**, and when? → Online and Tracking (QUT, …)", and a blog's
"**ProofNet (Azerbayev, Piotrowski, Schoelkopf, Ayers, Radev…**")."""

from __future__ import annotations

from srs.reading import attribution
from srs.reading.document import parse_text


def test_a_titles_words_before_its_venue_are_no_people() -> None:
    found, rest = attribution.cut("Simple Online and Realtime Tracking (ICIP 2016)")
    assert (found.authors, found.venue, rest) == (
        "",
        "ICIP 2016",
        "Simple Online and Realtime Tracking",
    )


def test_a_labels_closing_citation_is_who_made_it_not_its_name() -> None:
    (entry,) = parse_text(
        "# Math\n\n## Benchmarks\n\n- ProofNet (Azerbayev, Piotrowski, Schoelkopf, Ayers, Radev,"
        " Avigad; 2023) — [arXiv:2302.12433](https://arxiv.org/abs/2302.12433). Undergraduate-"
        "level statements paired with natural-language proofs.\n"
    ).entries
    assert (entry.name, entry.attribution.authors) == ("ProofNet", "Azerbayev et al.")


def test_two_names_before_one_citation_credit_neither() -> None:
    """`sacreBLEU and chrF (Popović, WMT 2015)`: chrF is Popović's, sacreBLEU is not."""
    from srs.cards.from_templates import template_cards
    from srs.cards.templates import load_templates

    reading = parse_text(
        "# MT\n\n## Metrics\n\n- sacreBLEU and chrF (Popović, WMT 2015,"
        " https://aclanthology.org/W15-3049/) — for low-resource languages, report both.\n"
    )
    cards = template_cards(reading, load_templates()).cards
    assert not [card for card in cards if card.kind == "attribution"]


def test_r67_a_verdict_before_a_semicolon_is_no_name() -> None:
    """r67 table: "What is **Contested**? → At large k, base models' pass@k catches up …" from
    a row that ends `Contested; see discussion issue #41.` (useless)."""
    (entry,) = parse_text(
        "# Reasoning\n\n## RL\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2025-04 | **RLVR ≠ new capability?** | Tsinghua | [Does Reinforcement Learning Really"
        " Incentivize Reasoning Capacity in LLMs Beyond the Base Model?]"
        "(https://arxiv.org/abs/2504.13837) (Yue et al., 2025). At large k, base models' pass@k"
        " overtakes their RLVR-trained versions. Contested; see discussion issue #41. |\n"
    ).entries
    assert entry.name != "Contested"
