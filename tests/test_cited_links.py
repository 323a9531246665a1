"""Links whose text is a whole citation with a quoted title, and what an entry "also
introduced" (round 63 work, from the coverage graders found missing on round 59's blog)."""

from __future__ import annotations

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.attribution import cut
from srs.reading.document import parse_text
from srs.reading.model import Entry
from srs.reading.paper import Paper


def _entry(text: str) -> Entry:
    (entry,) = parse_text(text).entries
    return entry


def _fronts_backs(text: str, kind: str) -> list[tuple[str, str]]:
    cards = template_cards(parse_text(text), load_templates()).cards
    return [(card.front, card.back) for card in cards if card.kind == kind]


PUBMEDBERT = (
    '- **PubMedBERT** — [Gu et al., "Domain-Specific Language Model Pretraining for Biomedical'
    ' Natural Language Processing"](https://arxiv.org/abs/2007.15779) (Microsoft Research; ACM'
    " Trans. Comput. Healthcare 2021). The argument for pretraining *from scratch* with an"
    " in-domain vocabulary. Also introduced the BLURB benchmark.\n"
)


def test_a_link_holding_a_byline_and_a_quoted_title_gives_both() -> None:
    entry = _entry(PUBMEDBERT)
    assert entry.paper_titles == {
        "2007.15779": "Domain-Specific Language Model Pretraining for Biomedical Natural"
        " Language Processing"
    }
    assert entry.attribution.authors == "Gu et al."


def test_what_an_entry_also_introduced_is_asked() -> None:
    assert _fronts_backs(PUBMEDBERT, "introduced") == [
        (
            "Which paper introduced the BLURB benchmark?",
            "PubMedBERT: Domain-Specific Language Model Pretraining for Biomedical Natural"
            " Language Processing (Gu et al.)",
        )
    ]


def test_a_plain_label_before_a_cited_link_is_the_posts_label() -> None:
    # "Who made **Clinical summarization**?" asked who made a topic
    entry = _entry(
        '- **Clinical summarization** — [Van Veen et al., "Adapted large language models can'
        ' outperform medical experts in clinical text summarization"](https://arxiv.org/abs/'
        "2309.07430), *Nature Medicine* 2024. Radiology reports, patient questions, progress"
        " notes; physician reader study.\n"
    )
    assert entry.name == (
        "Adapted large language models can outperform medical experts in clinical text"
        " summarization"
    )
    assert (entry.attribution.authors, entry.attribution.year) == ("Van Veen et al.", 2024)


def test_a_link_of_only_people_is_still_no_title() -> None:
    entry = _entry(
        "- **Two Faces of Active Learning** — [Sanjoy Dasgupta et al.](https://example.org/x)."
        " Why active learning helps in theory and where it fails.\n"
    )
    assert entry.name == "Two Faces of Active Learning"


def test_a_reference_with_a_quoted_title_is_read_for_its_people_place_and_year() -> None:
    found, rest = cut(
        'Schlick, "An Inexpensive BRDF Model for Physically-based Rendering", Computer Graphics'
        " Forum (Eurographics) 1994."
    )
    assert (found.authors, found.year) == ("Schlick", 1994)
    assert rest == '"An Inexpensive BRDF Model for Physically-based Rendering"'
    found, _ = cut(
        'Cook & Torrance, "A Reflectance Model for Computer Graphics", ACM TOG 1982, adapting'
        " the optics work of Torrance & Sparrow (1967)."
    )
    assert (found.authors, found.year, found.venue) == ("Cook and Torrance", 1982, "ACM TOG 1982")
    # an initial before the surname, a volume and pages before the year
    found, _ = cut(
        'J. Preskill, "Quantum Computing in the NISQ era and beyond", Quantum 2, 79, 2018'
    )
    assert (found.authors, found.year) == ("Preskill", 2018)


def test_a_quoted_title_that_holds_a_domain_is_still_the_headlines_paper() -> None:
    # "Who made **IEEE Internet Computing**?" (useless): `Amazon.com` split the quote's runs
    entry = _entry(
        '- **Item-to-item collaborative filtering.** Linden, Smith & York, "Amazon.com'
        ' Recommendations: Item-to-Item Collaborative Filtering", *IEEE Internet Computing*,'
        " 2003. Four pages.\n"
    )
    assert entry.title == "Amazon.com Recommendations: Item-to-Item Collaborative Filtering"
    assert (entry.attribution.authors, entry.attribution.year) == ("Linden et al.", 2003)


def test_a_companys_paper_is_not_named_after_the_company() -> None:
    # "Who made **YouTube**, and when? → Chen et al., WSDM 2019" (useless)
    entry = _entry(
        "- **Top-K Off-Policy Correction for a REINFORCE Recommender System** — Chen, Beutel,"
        " Covington, Jain, Belletti & Chi, WSDM 2019 ([arXiv:1812.02353](https://arxiv.org/abs/"
        "1812.02353)). The YouTube paper on learning a recommendation policy with REINFORCE.\n"
    )
    assert entry.name == "Top-K Off-Policy Correction for a REINFORCE Recommender System"


def test_a_glossarys_last_bracket_after_other_people_cites_a_later_take() -> None:
    # "Who made **Subsurface scattering**? → Jimenez et al., 2015", "Who made **Cascaded
    # shadow maps**? → Engel and ShaderX5, 2006" (both useless)
    terms = parse_text(
        "**Subsurface scattering (SSS)**: Light entering a translucent material exits at a"
        " different point. The practical model for rendering is the BSSRDF dipole approximation"
        " of Jensen, Marschner, Levoy & Hanrahan, SIGGRAPH 2001; in real time it's usually"
        " screen-space separable blurs (Jimenez et al. 2015).\n\n"
        "**Cascaded shadow maps (CSM)**: Split the view frustum into depth slices and render one"
        " shadow map per slice. Published as parallel-split shadow maps by Zhang et al. (2006);"
        ' "cascaded" is the name that stuck in games (Engel, ShaderX5, 2006).\n\n'
        "**Mipmapping**: Precomputed pyramid of prefiltered texture images (Williams 1983).\n"
    ).entries
    assert [t.attribution.authors for t in terms] == ["", "", "Williams"]


def test_a_site_that_links_a_paper_is_not_the_papers_name() -> None:
    # "What is the title of the **Codeforces** paper?" (useless: Codeforces is a site)
    text = (
        "- **[HumanEval/Codex paper](https://arxiv.org/abs/2107.03374)** - a saturated"
        " benchmark. Modern replacements include [Codeforces](https://arxiv.org/abs/2312.02143)"
        " and [Chinchilla](https://arxiv.org/abs/2203.15556).\n"
    )
    papers = {
        "2312.02143": Paper.make(
            "2312.02143",
            "Competition-Level Problems are Effective LLM Evaluators",
            ["Yiming Huang", "Zhenghao Lin"],
            "2023-12-04",
            "",
        ),
        "2203.15556": Paper.make(
            "2203.15556",
            "Training Compute-Optimal Large Language Models",
            ["Jordan Hoffmann", "Sebastian Borgeaud"],
            "2022-03-29",
            "",
        ),
    }
    cards = template_cards(parse_text(text), load_templates(), papers).cards
    fronts = [c.front for c in cards]
    assert not any("**Codeforces**" in f for f in fronts)
    assert (
        "Who wrote *Competition-Level Problems are Effective LLM Evaluators*, and when?" in fronts
    )
    assert any("**Chinchilla** paper" in f for f in fronts)  # a name people know it by


def test_a_venues_sponsor_belongs_to_the_venue() -> None:
    # "What is the title of the **ASIA** paper?" (useless), "What is **RAPPOR**? → ACM. (…)"
    assert cut("ASIA CCS 2017.")[0].venue == "ASIA CCS 2017"
    assert cut("ACM CCS 2014.")[0].venue == "ACM CCS 2014"
    entry = parse_text(
        '## Week 9\n\n- Papernot, McDaniel, Goodfellow. "Practical Black-Box Attacks against'
        ' Machine Learning." ASIA CCS 2017. [arXiv](https://arxiv.org/abs/1602.02697)\n'
    ).entries[0]
    assert entry.name == "Practical Black-Box Attacks against Machine Learning"


def test_equal_contribution_marks_and_a_labs_et_al_are_no_people() -> None:
    found, _ = cut(
        "Keyulu Xu*, Weihua Hu*, Jure Leskovec, Stefanie Jegelka (MIT / Stanford, ICLR 2019)."
    )
    assert (found.authors, found.lab) == ("Xu et al.", "MIT / Stanford")
    # "Who made Open Graph Benchmark? → Stanford et al." (graded weak, round 64)
    found, _ = cut("Weihua Hu, Matthias Fey, Marinka Zitnik (Stanford et al., NeurIPS 2020).")
    assert (found.authors, found.lab) == ("Hu et al.", "Stanford")
    # (a starred symbol in a formula stays: `the knee sits at N* = (D+Z)/D_max`)
    assert cut("The knee sits at N* = (D+Z)/D_max.")[1] == "The knee sits at N* = (D+Z)/D_max."


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("2020 [Meta RAG](https://arxiv.org/abs/2005.11401) paper", "RAG"),
        ("[Google USM](https://arxiv.org/abs/2303.01037)", "USM"),
        ("[DeepSeek Coder](https://arxiv.org/abs/2401.14196)", "DeepSeek Coder"),
        ("[DeepSeek V3](https://arxiv.org/abs/2412.19437)", "DeepSeek V3"),
    ],
)
def test_a_labs_name_before_a_name_says_whose_it_is(head: str, name: str) -> None:
    # "Who made **Meta RAG**?" (graded weak on the bundled list: no name the field uses)
    entry = _entry(f"- **{head}** - which coined the term.\n")
    assert entry.name == name
    assert set(entry.paper_names().values()) == {name}


def test_a_bracket_citing_one_author_by_initial_and_surname() -> None:
    # "Who made Stabilizer code? → Caltech, 1997" (useless); NISQ's gist kept its citation
    assert cut("(D. Gottesman, PhD thesis, Caltech 1997, arXiv)")[0].authors == "Gottesman"
    terms = parse_text(
        "**NISQ**: Noisy Intermediate-Scale Quantum — devices with roughly 50 to a few hundred"
        ' qubits, no error correction (J. Preskill, "Quantum Computing in the NISQ era and'
        ' beyond", Quantum 2, 79, 2018).\n\n'
        "**Stabilizer code**: A quantum code defined as the joint +1 eigenspace of an abelian"
        " subgroup of the Pauli group (D. Gottesman, PhD thesis, Caltech 1997).\n\n"
        "**Qubit**: the unit of quantum information.\n"
    ).entries
    assert [(t.attribution.authors, t.attribution.year) for t in terms[:2]] == [
        ("Preskill", 2018),
        ("Gottesman", 1997),
    ]
    assert "Preskill" not in terms[0].claims[0].text
