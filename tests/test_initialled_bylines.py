"""A syllabus in IEEE style names its people by their initials first (`P. E. Hart, N. J.
Nilsson, B. Raphael, "Title," Journal, 1968`): they are the reading's authors, and the
journal after them is where, not what (a blind grade found 20 of 31 such readings with no
card at all)."""

from __future__ import annotations

import pytest

from srs.reading import attribution
from srs.reading.document import parse_text


@pytest.mark.parametrize(
    ("text", "authors", "year"),
    [
        ("T. Lozano-Pérez, IEEE Transactions on Computers, C-32(2), 1983.", "Lozano-Pérez", 1983),
        (
            "P. E. Hart, N. J. Nilsson, B. Raphael, IEEE Trans. Systems Science and"
            " Cybernetics, 1968.",
            "Hart et al.",
            1968,
        ),
        ("J. J. Kuffner and S. M. LaValle, ICRA 2000.", "Kuffner and LaValle", 2000),
        ("[R] W. Li & E. Todorov, ICINCO 2004.", "Li and Todorov", 2004),
        ("C. Mohan, Haderle, Lindsay, Pirahesh, Schwarz — *ACM TODS*, 1992", "Mohan et al.", 1992),
        ("Edgar, R.C. . *Nucleic Acids Res.* 32(5):1792–1797 (2004).", "Edgar", 2004),
        ("Pearson & Lipman (1988),  , PNAS 85(8):2444-2448", "Pearson and Lipman", 1988),
        ("Sutskever, I., Vinyals, O., & Le, Q. V. (2014).", "Sutskever et al.", 2014),
        (
            "Brown, P. F., Della Pietra, S. A., Della Pietra, V. J., & Mercer, R. L. (1993).",
            "Brown et al.",
            1993,
        ),
        ("Schrimpf, M., Kubilius, J. et al. (2018)", "Schrimpf et al.", 2018),
        (
            "O. Khatib, International Journal of Robotics Research 5(1), 1986. (the original"
            " potential fields paper)",
            "Khatib",
            1986,
        ),
    ],
)
def test_people_by_their_initials_are_the_authors(text: str, authors: str, year: int) -> None:
    found, _ = attribution.cut(text)
    assert (found.authors, found.year) == (authors, year)


def test_a_technical_report_is_no_author() -> None:
    found, _ = attribution.cut("S. M. LaValle, Tech. Rep. TR 98-11, Iowa State University, 1998.")
    assert found.authors == "LaValle"


def test_a_syllabus_reading_in_ieee_style_is_attributed_and_keeps_its_name() -> None:
    entries = parse_text(
        "## Week 6\n"
        '- [R] J. Schulman, J. Ho, A. Lee, I. Awwal, H. Bradlow, P. Abbeel, "Finding Locally'
        ' Optimal, Collision-Free Trajectories with Sequential Convex Optimization,"'
        " *Robotics: Science and Systems (RSS)* 2013. [pdf](http://www.roboticsproceedings.org/"
        "rss09/p31.pdf) (TrajOpt)\n"
        '- [R] T. Lozano-Pérez, "Spatial Planning: A Configuration Space Approach," *IEEE'
        " Transactions on Computers*, C-32(2), 1983. [doi](https://doi.org/10.1109/TC.1983.1676196)\n"
    ).entries
    trajopt, spatial = entries
    assert trajopt.name.startswith("Finding Locally Optimal")  # not `Robotics`
    assert (trajopt.attribution.authors, trajopt.attribution.year) == ("Schulman et al.", 2013)
    assert (spatial.attribution.authors, spatial.attribution.year) == ("Lozano-Pérez", 1983)


def test_a_glossary_term_is_attributed_by_a_later_sentence_that_only_cites() -> None:
    terms = parse_text(
        "## Terms\n\n"
        "**Mixed precision training**: do the math in fp16, keep an fp32 master copy of the"
        " weights, and scale the loss. Micikevicius et al., ICLR 2018,"
        " https://arxiv.org/abs/1710.03740\n\n"
        "**Memory wall**: processor speed grows faster than memory bandwidth. Coined by Wulf"
        ' & McKee, "Hitting the Memory Wall: Implications of the Obvious", SIGARCH CAN 1995.\n\n'
        "**Hidden Markov model**: a Markov chain whose states are hidden. Classic tutorial:"
        " Rabiner 1989.\n"
    ).entries
    mixed, wall, hmm = (term.attribution for term in terms)
    assert (mixed.authors, mixed.year) == ("Micikevicius et al.", 2018)
    assert (wall.authors, wall.year) == ("Wulf and McKee", 1995)
    assert hmm.authors == ""  # who explained it, not who made it


def test_a_hyphenated_initial_ends_no_sentence() -> None:
    (entry,) = parse_text(
        "## Week 3\n"
        "- [R] L. E. Kavraki, P. Švestka, J.-C. Latombe, M. H. Overmars, “Probabilistic"
        " Roadmaps for Path Planning in High-Dimensional Configuration Spaces,” *IEEE Trans."
        " on Robotics and Automation* 12(4), 1996.\n"
    ).entries
    assert (entry.attribution.authors, entry.attribution.year) == ("Kavraki et al.", 1996)


@pytest.mark.parametrize(
    ("text", "lab", "venue"),
    [
        ("(Rein et al., COLM 2024)", "", "COLM 2024"),  # a venue srs does not know by name
        ("(MIT, NeurIPS 2019)", "MIT", "NeurIPS 2019"),
        ("(CMU 2019)", "CMU", ""),  # a lab srs knows stays the lab
        ("introduced with Volta (V100, 2017)", "", ""),  # a product, not who made it
        ("(Hendrycks et al., Datasets & Benchmarks, NeurIPS 2021)", "", "NeurIPS 2021"),  # a track
        ("Kipf & Welling (NIPS 2016 Bayesian Deep Learning Workshop)", "", "NIPS 2016"),
        ('(preprint was "The Curse of Recursion", 2023)', "", ""),  # a title's word
    ],
)
def test_a_name_in_capitals_before_the_year_is_where_it_appeared(
    text: str, lab: str, venue: str
) -> None:
    found, _ = attribution.cut(text)
    assert (found.lab, found.venue) == (lab, venue)


def test_an_awesome_lists_byline_ends_before_its_marker_or_a_camel_cased_name() -> None:
    leakage, pfedme, paged = parse_text(
        "## Attacks\n"
        "- [Deep Leakage from Gradients](https://arxiv.org/abs/1906.08935) - Ligeng Zhu,"
        " Zhijian Liu, Song Han (MIT, NeurIPS 2019). ⭐ Reconstructs training images"
        " pixel-by-pixel from shared gradients.\n"
        "- [Personalized Federated Learning with Moreau Envelopes]"
        "(https://arxiv.org/abs/2006.08848) - Canh T. Dinh, Tran, Nguyen (NeurIPS 2020)."
        " pFedMe, bi-level formulation decoupling personalized and global models.\n"
        "- [Efficient Memory Management for Large Language Model Serving with PagedAttention]"
        "(https://arxiv.org/abs/2309.06180) - Woosuk Kwon, Zhuohan Li, Ion Stoica (UC"
        " Berkeley, 2023). 🔥 The **vLLM** paper. Stores the KV cache in fixed-size blocks.\n"
    ).entries
    assert leakage.attribution.authors == "Zhu et al."
    assert (
        leakage.claims[0].text
        == "Reconstructs training images pixel-by-pixel from shared gradients"
    )
    assert pfedme.attribution.authors == "Dinh et al."
    assert paged.name == "vLLM"
    assert paged.claims[0].text == "Stores the KV cache in fixed-size blocks"


@pytest.mark.parametrize(
    ("text", "authors", "lab"),
    [
        ("(Kung & Robinson, 1981)", "Kung and Robinson", ""),  # two people, not a lab
        ("(Chen & Guestrin 2016, KDD)", "Chen and Guestrin", ""),  # and a venue, no lab
        ("(Wager & Athey, JASA, 2018)", "Wager and Athey", ""),  # and a journal
        (
            "(Rasmussen & Williams, Gaussian Processes for Machine Learning, 2006)",
            "Rasmussen and Williams",
            "",  # a book's title, not a lab
        ),
        ("(LMU Munich & Runway, CVPR 2022)", "", "LMU Munich & Runway"),  # two labs
    ],
)
def test_two_surnames_are_people_and_a_journal_or_a_book_no_lab(
    text: str, authors: str, lab: str
) -> None:
    found, _ = attribution.cut(text)
    assert (found.authors, found.lab) == (authors, lab)


def test_r58_a_surname_with_an_apostrophe_among_initialled_people() -> None:
    """r58 syllabus: `A. Bajcsy, D. P. Losey, M. K. O'Malley, A. D. Dragan` read as
    "Bajcsy and Losey" (graded useless: four people given as two)."""
    people = "A. Bajcsy, D. P. Losey, M. K. O'Malley, A. D. Dragan"
    assert attribution.cut(people)[0].authors == "Bajcsy et al."


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # r59 awesome: the first author dropped (`MacDonald`, `Zisserman` credited alone)
        ("- H. McGurk, J. MacDonald (University of Surrey, 1976).", "McGurk and MacDonald"),
        (" - J. S. Chung, A. Zisserman (VGG Oxford, ACCV 2016).", "Chung and Zisserman"),
        # (initials, then people by their whole names, then et al.)
        (
            "- J. K. Terry, Benjamin Black, Nathaniel Grammel, et al. (University of Maryland,"
            " NeurIPS 2021).",
            "Terry et al.",
        ),
    ],
)
def test_r59_initialled_people_before_a_bracket_after_a_dash(text: str, authors: str) -> None:
    assert attribution.cut(text)[0].authors == authors


@pytest.mark.parametrize(
    ("text", "authors", "year"),
    [
        # r71 notes: `Drucker & Gueron, 2019 (J. Cryptology 2021)` carded "Cryptology, 2021"
        ("Drucker & Gueron, 2019 (J. Cryptology 2021)", "Drucker and Gueron", 2019),
        ("Drucker & Gueron, 2019 (Journal of Cryptology, 2021)", "Drucker and Gueron", 2019),
        ("J. Smith, 2020", "Smith", 2020),  # an initial still
    ],
)
def test_an_abbreviated_journal_is_no_person_and_no_lab(text: str, authors: str, year: int) -> None:
    found, _ = attribution.cut(text)
    assert (found.authors, found.lab, found.year) == (authors, "", year)
