"""Readings found wrong by the blind grading of round 166 (tool use in LLMs,
self-supervised vision, query-optimization notes, coffee-science glossary, history and
philosophy of statistics seminar, speech recognition and synthesis table): a citation's
leftovers asked as what a work is, a translation's year given for the original's, and the
writer's verdicts."""

from __future__ import annotations

from tests.test_figures_and_heads import cards, claim_texts, one


def test_a_citations_leftovers_are_no_claims() -> None:
    von_mises = one(
        "- Richard von Mises, *Probability, Statistics and Truth* (2nd English ed., Allen &"
        " Unwin, 1957; Dover reprint), Lectures 1–3.\n"
    )
    assert not claim_texts(von_mises)
    de_finetti = one(
        '- Bruno de Finetti, "Foresight: its logical laws, its subjective sources" (1937), trans.'
        " H. E. Kyburg, in Kyburg & Smokler (eds.), *Studies in Subjective Probability* (Wiley,"
        " 1964). Chs. 1–3.\n"
    )
    assert not claim_texts(de_finetti)
    assert (de_finetti.attribution.authors, de_finetti.attribution.year) == ("de Finetti", 1937)
    exchange = one(
        '- The 1955 exchange in *JRSS B* 17: Fisher, "Statistical methods and scientific'
        " induction\" (pp. 69–78), and E. S. Pearson's reply.\n"
    )
    assert not any("pp. 69" in text for text in claim_texts(exchange))


def test_the_originals_year_is_the_works() -> None:
    # "Who made **Foundations of the Theory of Probability**, and when? → Kolmogorov, 1950"
    kolmogorov = one(
        "- A. N. Kolmogorov, *Foundations of the Theory of Probability* (Chelsea, 1950; orig."
        " *Grundbegriffe der Wahrscheinlichkeitsrechnung*, 1933), ch. 1 only. It's short.\n"
    )
    assert (kolmogorov.attribution.authors, kolmogorov.attribution.year) == ("Kolmogorov", 1933)


def test_the_writers_verdicts_are_no_gists() -> None:
    lines = (
        "## Week 14\n\n- Theodore M. Porter, *Trust in Numbers: The Pursuit of Objectivity in"
        " Science and Public Life* (Princeton UP, 1995), chs. 1 & 8. A good book to end on.\n"
        "- Mark Raasveldt, Hannes Mühleisen, *DuckDB: an Embeddable Analytical Database*"
        " (SIGMOD 2019). the paper itself is thin.\n"
    )
    backs = " ".join(card.back for card in cards(lines))
    assert "good book to end on" not in backs and "itself is thin" not in backs
