"""Readings found wrong by the blind grading of rounds 140 to 142 (game-playing AI, fraud
and anti-money-laundering, type theory notes, phonology, macroeconomics, genome editing;
then drones, speech recognition, compression, optics, operations research, graph networks;
then pathology, chip design, microarchitecture, sleep, philosophy of mind, translation): a
journal's abbreviation read as the paper's name, a company's second word read as a surname,
a page read as a year, a model's suffix read as its author, a study credited with what
another person did, and the writer's voice read as a fact."""

from __future__ import annotations

from srs.reading.attribution import cut
from srs.reading.claim_kinds import cut_definition
from srs.reading.claims import tidy
from srs.reading.document import parse_text
from srs.reading.remarks import is_verdict, opinion_in
from tests.test_figures_and_heads import claim_texts, one


def test_a_journals_abbreviation_is_no_name() -> None:
    entry = one(
        "- [A Comprehensive Survey on Graph Anomaly Detection with Deep Learning]"
        "(https://arxiv.org/abs/2106.07178) - Xiaoxiao Ma, Jia Wu, Shan Xue (Macquarie"
        " University et al., 2021). IEEE TKDE. The deep-learning follow-up: anomalous nodes,"
        " edges, subgraphs and whole graphs, with a taxonomy of methods.\n"
    )
    assert entry.name == "A Comprehensive Survey on Graph Anomaly Detection with Deep Learning"


def test_a_companys_name_is_no_surname() -> None:
    assert cut("Ziqi Liu, Chaochao Chen, Le Song (Ant Financial, 2018).")[0].authors == (
        "Liu et al."
    )
    assert (
        cut("Vesta Corporation & IEEE Computational Intelligence Society (Kaggle, 2019).")[
            0
        ].authors
        != "Corporation"
    )


def test_a_page_after_its_volume_is_no_year() -> None:
    assert cut("Dixit, Parnas, ..., Regev (Broad), Cell 167:1853 (2016)")[0].year == 2016


def test_a_models_suffix_is_part_of_its_name_not_its_author() -> None:
    entry = one(
        "- **AlphaGo Zero (2017).** [Mastering the game of Go without human knowledge]"
        "(https://www.nature.com/articles/nature24270), Silver, Schrittwieser, Simonyan et al.,"
        " *Nature*. Drops the human data, drops the rollouts, and merges policy and value into"
        " one residual network.\n"
    )
    assert entry.name == "AlphaGo Zero"
    assert entry.attribution.authors == "Silver et al."


def test_what_is_left_of_a_workshop_venue_is_no_claim() -> None:
    entry = one(
        "- [Anti-Money Laundering in Bitcoin: Experimenting with Graph Convolutional Networks"
        " for Financial Forensics](https://arxiv.org/abs/1908.02591) - Mark Weber, Giacomo"
        " Domeniconi, Jie Chen (Elliptic, MIT-IBM Watson AI Lab, 2019). KDD 2019 workshop on"
        " Anomaly Detection in Finance. Releases the Elliptic dataset: 203,769 Bitcoin"
        " transactions.\n"
    )
    assert not any("workshop" in text for text in claim_texts(entry))


def test_where_the_list_put_a_work_is_no_part_of_the_fact() -> None:
    assert tidy("Big minority-class F1 gains on the IBM synthetic AML data above.") == (
        "Big minority-class F1 gains on the IBM synthetic AML data."
    )


def test_another_persons_result_is_not_credited_to_the_bracket() -> None:
    parsed = parse_text(
        "## Terms\n\n**Genetic drift**: random change in allele frequencies (Wright 1931).\n\n"
        "**Mutation load**: the fitness lost to deleterious mutations (Haldane 1937).\n\n"
        "**Dispersion theory**: vowel systems spread out to maximise perceptual distance."
        " Liljencrants & Lindblom simulated this and mostly predicted real inventories."
        " Flemming turned the idea into OT constraints on contrast (Liljencrants & Lindblom"
        " 1972, *Language* 48; Flemming 1995/2002)\n"
    )
    assert parsed.entries[-1].findings == []


def test_the_writers_voice_is_no_fact() -> None:
    assert is_verdict("Pleasant, fun, somewhat evangelical")
    assert opinion_in("Old now (the pX330/pX459 era) but it's still how a lot of people learned")
    assert opinion_in("Noam Brown joining OpenAI from the Pluribus line is not a coincidence")
    assert tidy("Everything starts here: minimax over a game tree, cut off at some depth.") == (
        "minimax over a game tree, cut off at some depth."
    )
    notes = one(
        "1. **Gonthier, SSReflect** (https://example.org/ssreflect)\n"
        "    - the tactic language used for #20/#21, with boolean reflection.\n"
        "    - Now shipped with Coq itself.\n"
    )
    assert not any("#20" in text for text in claim_texts(notes))


def test_a_lists_last_item_is_no_clause() -> None:
    assert cut_definition(
        'One framework for sound, music, and speech via a "language of audio" (AudioMAE'
        " features) predicted by a GPT-2 and then decoded by an LDM"
    ) == ("One framework for sound, music, and speech")


def test_how_many_wrote_it_is_no_fact() -> None:
    entry = one(
        "25. **Gonthier et al. — A Machine-Checked Proof of the Odd Order Theorem**"
        " (https://inria.hal.science/hal-00816699)\n"
        "    - 15 authors, ITP 2013, LNCS 7998.\n"
        "    - Feit–Thompson in Coq/SSReflect, finished Sept 2012 after ~6 years.\n"
    )
    assert claim_texts(entry) == [
        "Feit–Thompson in Coq/SSReflect, finished Sept 2012 after ~6 years"
    ]


def test_a_theme_by_someone_is_part_of_the_title() -> None:
    entry = one(
        '6. **Gallager, "Variations on a Theme by Huffman"**'
        " (https://ieeexplore.ieee.org/document/1055959)\n"
        "   - IEEE Trans. Inf. Theory 24(6), 1978.\n"
        "   - Adaptive Huffman coding: update the tree as counts change.\n"
    )
    assert entry.name == "Variations on a Theme by Huffman"
    assert entry.attribution.authors == "Gallager"


def test_chapters_and_what_they_cover_are_no_reading() -> None:
    parsed = parse_text(
        "## Week 9 — Integer programming\n\n**Required**\n"
        "- Bertsimas & Tsitsiklis, Ch. 10–11 (integer programming formulations and methods).\n"
        '- Karmarkar, "A new polynomial-time algorithm for linear programming",'
        " *Combinatorica* 4, 1984. https://doi.org/10.1007/BF02579150\n"
    )
    assert [entry.name for entry in parsed.entries] == [
        "A new polynomial-time algorithm for linear programming"
    ]


def test_a_series_word_and_a_label_are_no_author_or_term() -> None:
    assert (
        "Lectures"
        not in cut("William L. Hamilton, Morgan & Claypool Synthesis Lectures (McGill, 2020).")[
            0
        ].authors
    )
    assert opinion_in("The controller that half the field is secretly running")
    assert opinion_in("The autopilot most research drones that aren't racing drones end up using")


def test_the_writers_taste_and_price_are_no_fact_nor_name() -> None:
    """r142: `Funny and infuriating in about equal measure` (Quining Qualia's gist), `Ties
    OoO and the memory wall together nicely` (Runahead Execution's), `Pricey; check your
    library.` (an edited book asked as "Pricey"), a cloze on `the "just scale DINOv2"
    approach` — but `(hence "funny")` is the funny current's own word."""
    assert opinion_in("Funny and infuriating in about equal measure")
    assert opinion_in("Ties OoO and the memory wall together nicely")
    assert not opinion_in('an inward current activated by hyperpolarisation (hence "funny")')
    book = one(
        "- [Machine Learning Applications in Electronic Design Automation]"
        "(https://link.springer.com/book/10.1007/978-3-031-13074-8) - Haoxing Ren, Jiang Hu"
        " (eds.) (NVIDIA / Texas A&M, Springer, 2022). Edited book, one chapter per problem"
        " area. Pricey; check your library.\n"
    )
    assert book.name == "Machine Learning Applications in Electronic Design Automation"
    chief = one(
        "- **CHIEF** ([Nature](https://www.nature.com/articles/s41586-024-07894-z)) — A"
        " pathology foundation model trained on 60k slides. Interesting as a counterpoint to"
        ' the "just scale DINOv2" approach.\n'
    )
    assert not any(
        "DINOv2" in claim.terms or "just scale DINOv2" in claim.terms for claim in chief.claims
    )
