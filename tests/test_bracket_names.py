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
