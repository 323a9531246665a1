"""A title's prefix before its colon is the paper's short name (`Toolformer: …`) — but not
when it names the list's whole field: two papers of an awesome list on federated learning
are both titled `Federated Learning: …` (a blind grade found "Who made Federated
Learning?" asked twice, with two answers)."""

from __future__ import annotations

import pytest

from srs.reading.document import parse_text

LIST = (
    "# Awesome Federated Learning\n\n## Papers\n"
    "- [Federated Learning: Strategies for Improving Communication Efficiency]"
    "(https://arxiv.org/abs/1610.05492) - Konečný et al. (Google, 2016). Structured and"
    " sketched updates.\n"
    "- [Toolformer: Language Models Can Teach Themselves to Use Tools]"
    "(https://arxiv.org/abs/2302.04761) - Schick et al. (Meta, 2023). Self-supervised tool"
    " use.\n\n## Blog posts\n"
    "- [Federated Learning: Collaborative Machine Learning without Centralized Training Data]"
    "(https://ai.googleblog.com/2017/04/federated-learning-collaborative.html) - McMahan &"
    " Ramage (Google AI Blog, 2017).\n"
)


def test_a_prefix_that_names_the_field_is_no_short_name() -> None:
    strategies, toolformer, blog = parse_text(LIST).entries
    assert strategies.name == strategies.title
    assert blog.name == blog.title
    assert toolformer.name == "Toolformer"


def test_a_heading_may_name_the_method_a_paper_introduced() -> None:
    (dpo,) = parse_text(
        "# CS 8803: AI Safety\n\n## Week 4 — direct preference optimization\n"
        "- Rafailov et al., [Direct Preference Optimization: Your Language Model is Secretly"
        " a Reward Model](https://arxiv.org/abs/2305.18290), NeurIPS 2023.\n"
    ).entries
    assert dpo.name == "Direct Preference Optimization"


def test_someones_paper_is_no_name_and_a_long_title_keeps_its_last_word() -> None:
    (entry,) = parse_text(
        "## Contamination\n"
        "- **Sainz et al.'s position paper** — [NLP Evaluation in trouble: On the Need to"
        " Measure LLM Data Contamination for each Benchmark](https://arxiv.org/abs/2310.18018)"
        " (Findings of EMNLP 2023). Short, angry, correct.\n"
    ).entries
    title = (
        "NLP Evaluation in trouble: On the Need to Measure LLM Data Contamination for each"
        " Benchmark"
    )
    assert (entry.title, entry.name) == (title, title)
    assert entry.claims == []  # `Short, angry, correct`: a verdict on the reading


def test_an_eponymous_law_keeps_its_name() -> None:
    goodhart, amdahl, _ = parse_text(
        "## Terms\n\n**Goodhart's law**: \"When a measure becomes a target, it ceases to be a"
        " good measure\" — Marilyn Strathern's phrasing of an observation by Charles Goodhart."
        "\n\n**Amdahl's law**: the speedup of a program is limited by its serial part.\n\n"
        "**Reward hacking**: a policy exploits flaws in its reward.\n"
    ).entries
    assert (goodhart.name, amdahl.name) == ("Goodhart's law", "Amdahl's law")


def test_a_short_name_before_a_semicolon_names_the_paper() -> None:
    (entry,) = parse_text(
        "## Detection\n"
        '- Tsung-Yi Lin, Priya Goyal, Ross Girshick, Kaiming He, Piotr Dollár, "Focal Loss for'
        ' Dense Object Detection," ICCV 2017. [arXiv](https://arxiv.org/abs/1708.02002) —'
        " RetinaNet; the focal loss down-weights easy negatives of one-stage detectors.\n"
    ).entries
    assert entry.name == "RetinaNet"
    assert entry.claims[0].text.startswith("the focal loss down-weights easy negatives")


def test_a_title_then_a_dash_is_no_definition() -> None:
    (entry,) = parse_text(
        "## Linear RNNs\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2023-07 | RetNet | Microsoft Research | Sun et al. — Retentive Network: A Successor"
        " to Transformer for Large Language Models. https://arxiv.org/abs/2307.08621 —"
        " retention with parallel, recurrent *and* chunkwise forms. |\n"
    ).entries
    assert entry.claims[0].text == "retention with parallel, recurrent and chunkwise forms"


def test_a_label_before_a_colon_is_no_name() -> None:
    kalman, _, _ = parse_text(
        "## Terms\n\n**Kalman filter / EKF**: recursive linear-Gaussian state estimator"
        " (predict / update). Original: Kalman 1960.\n\n"
        "**Occupancy grid**: a map of cells, each with the probability that it is occupied.\n\n"
        "**Odometry**: the pose estimated from the robot's own motion sensors.\n"
    ).entries
    (scaling,) = parse_text(
        "## Papers\n- **Scaling Data-Constrained Language Models**"
        " ([arXiv:2305.16264](https://arxiv.org/abs/2305.16264)) — Muennighoff et al., NeurIPS"
        " 2023. What if you run out of unique tokens? Answer: up to ~4 epochs of repeated"
        " data is about as good as fresh data.\n"
    ).entries
    assert kalman.name == "Kalman filter / EKF"
    assert scaling.name == "Scaling Data-Constrained Language Models"


def test_a_lowercase_quote_or_italic_term_is_no_papers_title() -> None:
    wayformer, _, _ = parse_text(
        '## Prediction\n\n**Wayformer**: "just use attention" motion forecaster from Waymo'
        " (Nayakanti et al. 2022) https://arxiv.org/abs/2207.05844\n\n"
        "**VectorNet**: polylines for map and agents, with a graph network over them.\n\n"
        "**Occupancy grid**: a map of cells, each with the probability that it is occupied.\n"
    ).entries
    assert wayformer.paper_titles == {}
    parallel, itransformer = parse_text(
        "## Vocoders\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        '| 2017-11 | Parallel WaveNet | DeepMind | "Parallel WaveNet: Fast High-Fidelity Speech'
        ' Synthesis", van den Oord et al., ICML 2018. Distils a WaveNet teacher into a flow'
        " student with *probability density distillation*. https://arxiv.org/abs/1711.10433 |\n"
        "| 2023-10 | iTransformer | Tsinghua | Liu et al. *iTransformer: Inverted Transformers"
        " Are Effective for Time Series Forecasting*, ICLR 2024."
        " [arXiv:2310.06625](https://arxiv.org/abs/2310.06625). Each variate is a token. |\n"
    ).entries
    assert "probability density distillation" not in parallel.paper_titles.values()
    assert list(itransformer.paper_titles.values())[:1] == [
        "iTransformer: Inverted Transformers Are Effective for Time Series Forecasting"
    ]


def test_a_one_word_field_is_no_short_name_but_a_name_of_one_word_is() -> None:
    reflections, afl = parse_text(
        "# Fuzzing papers every security engineer should read\n\n## Surveys\n"
        "- [Fuzzing: Challenges and Reflections](https://doi.org/10.1109/MS.2020.3016773) -"
        " Böhme, Cadar, Roychoudhury (IEEE Software, 2021). Came out of a Shonan meeting.\n"
        "- [AFLGo: Directed Greybox Fuzzing](https://doi.org/10.1145/3133956.3134020) -"
        " Böhme et al. (CCS 2017). Simulated annealing towards target locations.\n"
    ).entries
    assert reflections.name == "Fuzzing: Challenges and Reflections"
    assert afl.name == "AFLGo"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # a name in lower case with a digit or a capital inside is a name
        (
            "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
            "wav2vec 2.0",
        ),
        (
            "iTransformer: Inverted Transformers Are Effective for Time Series Forecasting",
            "iTransformer",
        ),
        # a walk through a subject is not the subject: the post keeps its whole title
        (
            "Quadratic Arithmetic Programs: from Zero to Hero",
            "Quadratic Arithmetic Programs: from Zero to Hero",
        ),
        ("Zoom In: An Introduction to Circuits", "Zoom In: An Introduction to Circuits"),
        # "the" and a subject is no name; "the" and one word may be
        (
            "The Linux Scheduler: a Decade of Wasted Cores",
            "The Linux Scheduler: a Decade of Wasted Cores",
        ),
        ("The Pile: An 800GB Dataset of Diverse Text for Language Modeling", "The Pile"),
    ],
)
def test_short_names_of_titles(title: str, name: str) -> None:
    from srs.reading.titles import short_name

    assert short_name(title)[0] == name
