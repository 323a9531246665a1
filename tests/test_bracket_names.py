"""A name in brackets after a syllabus reading's citation is the name the paper goes by,
alone or before a note on it (round 63's syllabus: "the deck rarely links a paper's common
name to its title")."""

from __future__ import annotations

import pytest

from srs.reading.document import parse_text


@pytest.mark.parametrize(
    ("reading", "name"),
    [
        (
            '- A. van den Oord, O. Vinyals, K. Kavukcuoglu. "Neural Discrete Representation'
            ' Learning." NeurIPS 2017. [arXiv:1711.00937](https://arxiv.org/abs/1711.00937)'
            " (VQ-VAE: nearest-neighbour codebook, straight-through gradient, commitment loss;"
            " prior fit afterwards with a PixelCNN)",
            "VQ-VAE",
        ),
        (
            '- T. Karras, S. Laine, T. Aila (NVIDIA). "A Style-Based Generator Architecture for'
            ' Generative Adversarial Networks." CVPR 2019. [arXiv:1812.04948](https://arxiv.org'
            "/abs/1812.04948) (StyleGAN — we'll look at pictures in class)",
            "StyleGAN",
        ),
        (
            '- Radford, Wu, Child, Luan, Amodei, Sutskever. "Language Models are Unsupervised'
            ' Multitask Learners." OpenAI technical report, 2019. [PDF](https://cdn.openai.com/'
            "better-language-models/language_models_are_unsupervised_multitask_learners.pdf)"
            " (GPT-2)",
            "GPT-2",
        ),
    ],
)
def test_a_bracketed_name_after_the_citation_names_the_paper(reading: str, name: str) -> None:
    (entry,) = parse_text("## Week 6\n\n" + reading + "\n").entries
    assert entry.name == name


def test_a_bracketed_remark_is_no_name() -> None:
    (entry,) = parse_text(
        '## Week 2\n\n- Vaswani et al., "Attention Is All You Need," NeurIPS 2017.'
        " [arXiv:1706.03762](https://arxiv.org/abs/1706.03762) (you've probably read it;"
        ' re-read §3 with "this is a conditional density model" in mind)\n'
    ).entries
    assert entry.name == "Attention Is All You Need"


NOTE = (
    "# Datacenter networking\n\n"
    "1. **Revisiting Network Support for RDMA** (IRN) ([arXiv](https://arxiv.org/abs/1806.08159))\n"
    "    - R. Mittal, A. Shpiner, S. Shenker — SIGCOMM 2018\n"
    "    - IRN without PFC beats RoCE with PFC in their simulations\n"
    "2. **Low-Latency, High-Throughput Garbage Collection** (LXR)\n"
    "    - W. Zhao, S. M. Blackburn, K. S. McKinley — PLDI 2022\n"
    "    - reference counting over an Immix heap, with an occasional concurrent trace\n"
)


def test_a_bracketed_name_after_a_bold_paper_title_names_the_paper() -> None:
    """Round 64's notes: `**Revisiting Network Support for RDMA** (IRN)` was asked by its
    whole title and gave IRN away; a reader knows the paper as IRN, and its title is the
    fact to learn."""
    irn, lxr = parse_text(NOTE).entries
    assert (irn.name, lxr.name) == ("IRN", "LXR")
    assert irn.paper_titles["1806.08159"] == "Revisiting Network Support for RDMA"
    assert lxr.paper_titles["title"] == "Low-Latency, High-Throughput Garbage Collection"


def test_a_bold_paper_title_and_its_name_become_paper_cards() -> None:
    from srs.cards.from_templates import entry_cards
    from srs.cards.templates import load_templates

    reading = parse_text(NOTE)
    section = reading.sections[0]
    kept, _ = entry_cards(reading.slug, section.name, section.entries[1], load_templates(), None)
    named = {card.kind: card for card in kept}
    assert "*Low-Latency, High-Throughput Garbage Collection*" in named["paper-title"].back
    assert named["paper-name"].back == "**LXR**"


@pytest.mark.parametrize(
    "head",
    [
        "**Dense Passage Retrieval for Open-Domain Question Answering** (DPR)",  # spelled
        "**CUBIC: A New TCP-Friendly High-Speed TCP Variant** (RFC: https://example.org/rfc)",
        "**BBR: Congestion-Based Congestion Control** ([ACM Queue](https://queue.acm.org/x))",
        "**HIPAA de-identification guidance** (HHS)",  # three words: no paper's title
    ],
)
def test_no_name_from_a_bracket_that_is_an_acronym_a_link_or_a_label(head: str) -> None:
    (entry,) = parse_text(f"# Notes\n\n1. {head}\n    - a note on what it does\n").entries
    assert entry.name.split(":")[0] in head.replace("**", "")
    assert entry.name not in {"DPR", "RFC", "ACM Queue", "HHS"}


@pytest.mark.parametrize(
    ("reading", "title"),
    [
        (  # r66 syllabus: "Who made **MNW**, and when? → Caragiannis et al., EC 2016"
            '- I. Caragiannis, D. Kurokawa, H. Moulin, "The Unreasonable Fairness of Maximum Nash'
            ' Welfare", *ACM TEAC* 7(3), 2019 (EC 2016). MNW allocations are EF1 and Pareto'
            " optimal.",
            "The Unreasonable Fairness of Maximum Nash Welfare",
        ),
        (  # r66 syllabus: "Who made **The NRMP**, and when? → Roth and Peranson, AER 1999"
            '- A. E. Roth and E. Peranson, "The Redesign of the Matching Market for American'
            ' Physicians", *AER* 89(4), 1999. The NRMP; handles couples.',
            "The Redesign of the Matching Market for American Physicians",
        ),
    ],
)
def test_what_a_paper_is_about_is_not_its_name(reading: str, title: str) -> None:
    (entry,) = parse_text("## Week 9\n\n" + reading + "\n").entries
    assert entry.name == title


R67_SYLLABUS = """## Week 3

- **[R]** Hodgkin, A. L. & Huxley, A. F. (1952). "A quantitative description of membrane current and its application to conduction and excitation in nerve." *J. Physiol.* 117(4): 500–544.
- **[O]** Paninski, L. (2004). "Maximum likelihood estimation of cascade point-process neural encoding models." *Network: Computation in Neural Systems* 15(4): 243–262.
- **[R]** D&A ch. 8, "Plasticity and Learning" (§8.1–8.3).
- Gerstner, W., Kistler, W. M., Naud, R. & Paninski, L. *Neuronal Dynamics: From Single Neurons to Networks and Models of Cognition*. Cambridge University Press, 2014. Free online: [neuronaldynamics.epfl.ch](https://neuronaldynamics.epfl.ch/online/index.html) **(GKNP)**
"""  # noqa: E501


def test_r67_a_journals_volume_a_section_or_where_to_read_it_is_no_name() -> None:
    """r67 syllabus: "What is this paper known as? → **117(4)**", "→ **Network**", "What is
    the title of the **§8.1–8.3** paper?", "*Free online: \\_\\_\\_.epfl.ch (GKNP)* →
    **Neuronal Dynamics**" (useless, every one)."""
    from srs.cards.from_templates import template_cards
    from srs.cards.templates import load_templates

    reading = parse_text(R67_SYLLABUS)
    names = [entry.name for entry in reading.entries]
    assert not {"117(4)", "Network", "§8.1–8.3"} & set(names)
    fronts = [card.front for card in template_cards(reading, load_templates()).cards]
    assert not [front for front in fronts if "Free online" in front or "§" in front]
