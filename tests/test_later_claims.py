"""A later claim of an entry — not its definition — that names no term for a cloze is
asked the reverse way: the claim, its name masked → the entry (round 70: graders listed
"Inverse kinematics may have zero, finitely many or infinitely many solutions", "Hoard's
per-processor heaps", "LSLM compares early, middle and late fusion" among the facts no
card tested). Never a remark, a pointer, a citation or a claim that leans on another."""

from __future__ import annotations

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.document import parse_text

TEMPLATES = load_templates()


def later_reverse(item: str) -> list[tuple[str, str]]:
    made = template_cards(parse_text("# G\n\n## S\n\n" + item + "\n"), TEMPLATES)
    return [
        (card.front.split("\n\n", 1)[1], card.back) for card in made.cards if "|reverse|" in card.id
    ]


def test_a_later_claim_asks_for_its_entry() -> None:
    cards = later_reverse(
        "- **Inverse kinematics**: finding joint angles that put the end effector at a target"
        " pose. May have zero, finitely many, or infinitely many solutions (the last for"
        " redundant robots). Closed-form solutions exist for six-DOF arms with three"
        " intersecting wrist axes."
    )
    assert cards == [
        (
            "*May have zero, finitely many, or infinitely many solutions (the last for"
            " redundant robots)*",
            "**Inverse kinematics**",
        ),
        (
            "*Closed-form solutions exist for six-DOF arms with three intersecting wrist axes*",
            "**Inverse kinematics**",
        ),
    ]


@pytest.mark.parametrize(
    "later",
    [
        "Caveat for both: unstructured sparsity rarely speeds anything up on a phone.",
        "The padding trick for shared-memory bank conflicts lives here, in chapter five.",
        "Tornado Cash and Semaphore use the same idea for their anonymous withdrawals.",
        'Defined in Bernstein & Vazirani, "Quantum complexity theory", a STOC paper.',
        "Jaeger = Uber, 2015-ish, now a graduated project of the foundation.",
        "The cleanest large-scale open example of pattern (2) in the whole field today.",
        "Also handles network latency by having the model anticipate what comes next.",
        "Releases the **S2-VL** dataset of scientific page layouts for the community.",
        # r71 notes: a pronoun in its first words, a fragment its figure left, the voice
        "Any branch or lookup on them gets flagged by the checker at run time.",
        "of Cloudflare traffic using hybrid post-quantum key exchange in March 2024.",
        "Useful as a snapshot of why the whole design ended up this particular way.",
        "draw it out by hand, it's the only way to learn the key schedule properly.",
    ],
)
def test_a_remark_a_pointer_a_citation_or_a_term_is_no_clue(later: str) -> None:
    cards = later_reverse(
        "- **Widget model**: a small recurrent model that predicts the next widget from the"
        f" last three. {later}"
    )
    assert [clue for clue, _ in cards if "recurrent" not in clue] == []


def test_a_later_claim_of_few_words_picks_out_no_entry() -> None:
    """Rounds 120–129: of 34 sampled reverse cards whose clue was a later claim of six or
    seven meaningful words, 4 were graded useful (r129: `*Real speedups on normal hardware,
    unlike unstructured sparsity*` → Network Slimming, `*The 2016 release has about 42,000
    data records*` → World Stress Map, `*Gives empirical support, especially for wide
    networks*`); such a clue fits many entries, so a later claim needs eight."""
    cards = later_reverse(
        "- **World Stress Map**: A global database of present-day crustal stress orientations"
        " and tectonic regimes, compiled from earthquake focal mechanisms and borehole"
        " breakouts. The 2016 release has about 42,000 data records. Borehole breakouts and"
        " drilling-induced fractures make up a large share of the records in sedimentary"
        " basins."
    )
    assert [clue for clue, _ in cards] == [
        "*Borehole breakouts and drilling-induced fractures make up a large share of the records"
        " in sedimentary basins*"
    ]


def test_what_the_works_one_author_did_is_asked_as_what_it_does() -> None:
    """r135 blog: `He fits a Gaussian process to each light curve, then uses it …` under
    Boone's Avocado made no card (the coverage missed the method)."""
    cards = later_reverse(
        '- **Boone, "Avocado: Photometric Classification of Astronomical Transients with'
        ' Gaussian Process Augmentation" (AJ, 2019)**: [arXiv:1907.04690](https://arxiv.org/'
        "abs/1907.04690). Kyle Boone's PLAsTiCC-winning solution. He fits a Gaussian process"
        " to each light curve, then uses it to make fake versions of the training objects at"
        " higher redshift and lower signal-to-noise."
    )
    assert (
        "*Fits a Gaussian process to each light curve, then uses it to make fake versions of"
        " the training objects at higher redshift and lower signal-to-noise*",
        "**Avocado**",
    ) in cards


def test_he_of_several_authors_is_no_one_to_ask_about() -> None:
    cards = later_reverse(
        '- **Smith, Jones & Lee, "Gaussian Process Light Curves" (AJ, 2019)**: [arXiv:1907.'
        "04690](https://arxiv.org/abs/1907.04690). A light-curve classifier. He fits a"
        " Gaussian process to each light curve and samples fake training objects from it."
    )
    assert not any(clue.startswith("*Fits") for clue, _ in cards)


def test_the_first_author_by_name_did_it() -> None:
    cards = later_reverse(
        '- **Dieleman, Willett & Dambre, "Galaxy Zoo Morphology with Convnets" (MNRAS,'
        " 2015)**: [arXiv:1503.07077](https://arxiv.org/abs/1503.07077). The write-up of the"
        " winning Kaggle entry. Sander Dieleman built the rotation symmetry into the model by"
        " feeding it rotated and flipped crops of each image and sharing weights across them."
    )
    assert any(clue.startswith("*Built the rotation symmetry") for clue, _ in cards)
