"""Reference-list citations as syllabi write them: authors, a year perhaps, the title as
its own sentence, the journal after it; a reading struck through is no reading."""

from __future__ import annotations

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.document import parse_text
from srs.reading.model import Entry


def one(text: str) -> Entry:
    entries = parse_text("## Week 1\n" + text).entries
    assert len(entries) == 1, entries
    return entries[0]


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        (
            "- Graefe, G. (1993). Query evaluation techniques for large databases. *ACM Computing"
            " Surveys*, 25(2), 73–169. https://doi.org/10.1145/152610.152611\n",
            "Query evaluation techniques for large databases",
            "Graefe",
        ),
        (
            "- Viktor Leis, Andrey Gubichev, Atanas Mirchev, Peter Boncz, Alfons Kemper, Thomas"
            " Neumann. How Good Are Query Optimizers, Really? *PVLDB* 9(3): 204–215, 2015."
            " [pdf](http://www.vldb.org/pvldb/vol9/p204-leis.pdf)\n",
            "How Good Are Query Optimizers, Really?",
            "Leis et al.",
        ),
        (
            "- Leis, Boncz, Kemper, Neumann. Morsel-driven parallelism: a NUMA-aware query"
            " evaluation framework for the many-core age. SIGMOD '14."
            " https://doi.org/10.1145/2588555.2610507\n",
            "Morsel-driven parallelism: a NUMA-aware query evaluation framework for the many-core"
            " age",
            "Leis et al.",
        ),
    ],
)
def test_a_reference_lists_title_is_the_sentence_after_its_authors(
    text: str, title: str, authors: str
) -> None:
    entry = one(text)
    assert (entry.title, entry.attribution.authors) == (title, authors)
    # the journal is where it appeared: no name, no card about it (a who-made card's when
    # may name it: `Leis et al., PVLDB 2015`)
    cards = template_cards(parse_text("## Week 1\n" + text), load_templates()).cards
    assert not any(
        "Computing Surveys**" in card.front or ("PVLDB" in card.back and card.kind != "attribution")
        for card in cards
    )


@pytest.mark.parametrize(
    "text",
    [
        '"SoK: Eternal War in Memory," László Szekeres, Mathias Payer. IEEE S&P 2013.',
        "DPM-Solver (Lu, Zhou, Bao, Chen, Li, Zhu). NeurIPS 2022. Fast sampling, no retraining.",
        "Poole et al. 2019 (On Variational Bounds of Mutual Information, ICML) unify these.",
        "Sutton & Barto. The bible. Read chapters 1 to 6.",  # a remark, too short to be a title
    ],
)
def test_what_is_no_reference_gives_no_title(text: str) -> None:
    from srs.reading.references import reference_title

    assert reference_title(text) == ""


def test_a_journals_volume_and_pages_are_no_short_name() -> None:
    entry = one(
        '- Thomas Neumann. "Efficiently Compiling Efficient Query Plans for Modern Hardware."'
        " PVLDB 4(9): 539–550 (2011). http://www.vldb.org/pvldb/vol4/p539-neumann.pdf\n"
    )
    assert entry.name == "Efficiently Compiling Efficient Query Plans for Modern Hardware"


def test_a_reading_struck_through_is_no_entry() -> None:
    doc = parse_text(
        "## Week 9\n"
        '- ~~Ioannidis, "The History of Histograms (abridged)", VLDB 2003~~ — moved to next'
        " year, we ran out of time last spring\n"
        "- Avnur & Hellerstein. Eddies: Continuously Adaptive Query Processing. SIGMOD 2000.\n"
    )
    assert [entry.name for entry in doc.entries] == ["Eddies"]


def test_a_title_that_asks_a_question_is_not_asked_twice() -> None:
    text = (
        "## Week 4\n- Viktor Leis, Andrey Gubichev, Atanas Mirchev. How Good Are Query"
        " Optimizers, Really? Read before class.\n"
    )
    cards = template_cards(parse_text(text), load_templates()).cards
    fronts = [card.front for card in cards if card.kind == "attribution"]
    assert fronts == ["Who made **How Good Are Query Optimizers, Really?**"]


def test_a_notes_citation_bullet_gives_the_papers_title() -> None:
    text = (
        "## SSL\n1. **BYOL** (https://arxiv.org/abs/2006.07733)\n"
        "    - Grill, Strub, Altché, Tallec, Richemond, et al. (DeepMind) — NeurIPS 2020,"
        ' "Bootstrap Your Own Latent: A New Approach to Self-Supervised Learning"\n'
        "    - online net + predictor, target = EMA. no negatives\n"
        '2. **SimSiam** (https://arxiv.org/abs/2011.10566)\n    - "stop-gradient is all you'
        ' need", as I keep telling people\n'
    )
    byol, simsiam = parse_text(text).entries
    assert byol.paper_titles == {
        "2006.07733": "Bootstrap Your Own Latent: A New Approach to Self-Supervised Learning"
    }
    assert simsiam.paper_titles == {}  # a quote after no byline is no title
    cards = template_cards(parse_text(text), load_templates()).cards
    assert ("What does **BYOL** stand for?", "Bootstrap Your Own Latent") in [
        (card.front, card.back) for card in cards
    ]


def test_a_bare_title_keeps_its_citation_apart() -> None:
    entry = one("4. Colorful Image Colorization (Zhang, Isola, Efros 2016)\n")
    assert (entry.title, entry.attribution.authors, entry.attribution.year) == (
        "Colorful Image Colorization",
        "Zhang et al.",
        2016,
    )


def test_a_paper_to_read_next_takes_the_rest_of_the_paragraph() -> None:
    doc = parse_text(
        "## Neural rendering\n\n"
        "**NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis** —"
        " Mildenhall et al., ECCV 2020. [arXiv](https://arxiv.org/abs/2003.08934)\n"
        "You've already read it. Then immediately read **NeRF in the Dark: High Dynamic Range"
        " View Synthesis from Noisy Raw Images** (Mildenhall et al., CVPR 2022,"
        " [arXiv](https://arxiv.org/abs/2111.13679)), a.k.a. RawNeRF, which connects NeRF"
        " back to the camera pipeline — train on linear raw, get denoising for free.\n\n"
        "**3D Gaussian Splatting for Real-Time Radiance Field Rendering** — Kerbl et al.,"
        " SIGGRAPH 2023. [arXiv](https://arxiv.org/abs/2308.04079)\n"
        "Anisotropic Gaussians rasterized in real time.\n\n"
        "**Mip-NeRF 360: Unbounded Anti-Aliased Neural Radiance Fields** — Barron et al.,"
        " CVPR 2022. [arXiv](https://arxiv.org/abs/2111.12077)\n"
        "Handles unbounded scenes with a contraction of space.\n"
    )
    nerf = doc.entries[0]
    assert nerf.name == "NeRF"
    assert not any("linear raw" in claim.text for claim in nerf.claims)
