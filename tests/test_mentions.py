"""Other works an entry names with their own citation, and their who-made cards."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from srs.cards.from_templates import template_cards
from srs.cards.templates import DEFAULT_PATH, load_templates
from srs.reading.document import parse_text
from srs.reading.mentions import mentions
from srs.reading.model import Mention

CURIOSITY = (
    "- **Curiosity / intrinsic motivation**: bonus reward for novelty to drive exploration."
    " ICM (Pathak et al. 2017, [arXiv](https://arxiv.org/abs/1705.05363)) uses forward-model"
    " error; RND (Burda et al. 2018, https://arxiv.org/abs/1810.12894) uses error in"
    " predicting a fixed random network.\n"
)


def _mentions(text: str) -> list[Mention]:
    return parse_text("## S\n\n" + text).entries[0].mentions


def test_named_works_with_their_citations_are_mentions() -> None:
    assert _mentions(CURIOSITY) == [
        Mention(
            name="ICM",
            authors="Pathak et al.",
            year=2017,
            paper="1705.05363",
            does="uses forward-model error",
        ),
        Mention(
            name="RND",
            authors="Burda et al.",
            year=2018,
            paper="1810.12894",
            does="uses error in predicting a fixed random network",
        ),
    ]
    listed = _mentions(
        "- **Model-based RL**: learn a model of the dynamics. Examples: Dyna (Sutton 1990),"
        " PETS (Chua et al. 2018), Dreamer (Hafner et al., ICLR 2020), MuZero.\n"
    )
    assert [(m.name, m.authors, m.year, m.venue) for m in listed] == [
        ("Dyna", "Sutton", 1990, ""),
        ("PETS", "Chua et al.", 2018, ""),
        ("Dreamer", "Hafner et al.", 2020, "ICLR 2020"),
    ]


@pytest.mark.parametrize(
    "item",
    [
        # the bracket cites the sentence, not the word before it
        "- **Viterbi algorithm**: the most probable state sequence in an HMM (Viterbi 1967).",
        "- **CRF**: fixes the label bias problem of MEMMs (Lafferty, McCallum & Pereira 2001).",
        # a byline's last author, and a bracket of places
        "- [How Attentive are Graph Attention Networks?](https://arxiv.org/abs/2105.14491) -"
        " Brody, Alon, Yahav (Technion, ICLR 2022). GATv2.",
        "- [Semi-Supervised Classification with Graph Convolutional Networks](https://arxiv.org/"
        "abs/1609.02907) - Thomas Kipf & Max Welling (Amsterdam, ICLR 2017). GCN.",
        # the entry itself, under its own name
        "- **ColBERT** — late interaction. ColBERT (Khattab & Zaharia, SIGIR 2020) keeps one"
        " vector per token.",
        # words, not a name
        "- **Rainbow**: DQN + dueling nets (Wang et al. 2016) + noisy nets.",
    ],
)
def test_what_is_no_mention(item: str) -> None:
    assert _mentions(item + "\n") == []


def test_a_mention_of_a_work_the_list_has_an_entry_for_is_left_to_that_entry() -> None:
    reading = parse_text(
        "## S\n\n" + CURIOSITY + "- **RND**: random network distillation (Burda et al. 2018).\n"
    )
    assert [m.name for m in reading.entries[0].mentions] == ["ICM"]


def test_a_mention_gets_a_who_made_card_keyed_by_its_paper_or_its_name() -> None:
    cards = template_cards(parse_text("## S\n\n" + CURIOSITY, name="t"), load_templates()).cards
    made = {card.front: (card.back, card.id) for card in cards if card.kind == "attribution"}
    # (the entry takes ICM's link, its first, for its own paper: ICM goes by its name)
    assert made["Who made **ICM**, and when?"] == (
        "Pathak et al., 2017",
        "reading-list|title:icm|attribution",
    )
    assert made["Who made **RND**, and when?"] == (
        "Burda et al., 2018",
        "reading-list|arxiv:1810.12894|attribution",
    )


def test_a_kind_s_card_limit_counts_the_mentions_after_the_entry_s_own(tmp_path: Path) -> None:
    """`max_cards: 1` on `attribution` keeps one who-made card an entry: its own, not a
    mention's."""
    shipped = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    shipped["attribution"]["max_cards"] = 1
    path = tmp_path / "cards.yaml"
    path.write_text(yaml.safe_dump(shipped, allow_unicode=True), encoding="utf-8")
    reading = parse_text(
        "## S\n\n- **Model-based RL**: learn a model of the dynamics (Sutton & Barto 2018)."
        " Examples: PETS (Chua et al. 2018), Dreamer (Hafner et al., ICLR 2020).\n",
        name="t",
    )
    everything = template_cards(reading, load_templates()).cards
    limited = template_cards(reading, load_templates(path)).cards
    assert [c.back for c in everything if c.kind == "attribution"] == [
        "Sutton and Barto, 2018",
        "Chua et al., 2018",
        "Hafner et al., ICLR 2020",
    ]
    assert [c.back for c in limited if c.kind == "attribution"] == ["Sutton and Barto, 2018"]


def test_a_bracket_closing_a_sentence_after_a_list_cites_the_sentence() -> None:
    """r51 glossary: "Who made **MATLAB**? → Amestoy et al., 1996", "Who made **GEMM**? →
    Dongarra et al., 1990"."""
    amd = parse_text(
        "## S\n- **AMD**: A greedy fill-reducing ordering. It ships in SuiteSparse and MATLAB"
        " ([Amestoy, Davis & Duff 1996](https://doi.org/10.1137/S0895479894278952)).\n"
        "- **BLAS**: Level 3 covers matrix–matrix operations such as GEMM ([Dongarra et al."
        " 1990](https://doi.org/10.1145/77626.79170)).\n"
    ).entries
    assert [entry.mentions for entry in amd] == [[], []]


def test_r57_a_work_after_an_acronym_and_a_comma_or_with_a_capital_inside() -> None:
    """r57 blog: `… two models in RAM, Medusa (Cai et al., ICML 2024) bolts …` (`RAM,` read
    as an author's surname before it) and `competitive with SparseGPT (Frantar & Alistarh,
    ICML 2023)` (a name after a preposition) gave no card."""
    medusa = mentions(
        "If you can't afford two models in RAM, Medusa (Cai et al., ICML 2024) bolts extra"
        " decoding heads onto the one you have.",
        [],
        ["Speculative decoding"],
        "Leviathan et al.",
    )
    sparse = mentions(
        "Embarrassingly competitive with SparseGPT (Frantar & Alistarh, ICML 2023).",
        [],
        ["Wanda"],
        "Sun et al.",
    )
    assert [(m.name, m.authors) for m in [*medusa, *sparse]] == [
        ("Medusa", "Cai et al."),
        ("SparseGPT", "Frantar and Alistarh"),
    ]
    # (still not the bracket of a plain word after a preposition)
    assert mentions("the most probable state sequence in an HMM (Viterbi 1967)", [], [], "") == []


RALM = (
    "- **In-Context RALM** — Ram et al. (TACL 2023), [arXiv:2302.00083](https://arxiv.org/abs/"
    "2302.00083). Prepending retrieved docs to a frozen LM gets most of the gain.\n"
    "  See also: REPLUG (Shi et al., [arXiv:2301.12652](https://arxiv.org/abs/2301.12652)),"
    " which trains the retriever using the\n  black-box LM's feedback.\n"
)


def test_a_mentions_year_may_come_from_its_arxiv_id() -> None:
    (replug,) = _mentions(RALM)
    assert (replug.name, replug.authors, replug.year, replug.paper) == (
        "REPLUG",
        "Shi et al.",
        2023,
        "2301.12652",
    )


@pytest.mark.parametrize(
    ("after", "does"),
    [
        (
            ", which trains the retriever using the black-box LM's feedback.",
            "trains the retriever using the black-box LM's feedback",
        ),
        (
            " bolts extra decoding heads onto the one you have.",
            "bolts extra decoding heads onto the one you have",
        ),
        # its first deed, not what the list thinks of it
        (
            " distills the last layer's self-attention and is absurdly simple for how well it"
            " works.",
            "distills the last layer's self-attention",
        ),
        (" takes it to huge structured tables.", ""),  # leans on the sentence before
        (" is the compromise everyone uses now.", ""),  # what it is to the list
        (" and DeepSpeed-Inference (Aminabadi et al., SC 2022).", ""),
        (" lives on in every runtime since.", ""),
    ],
)
def test_what_a_mentioned_work_does(after: str, does: str) -> None:
    (found,) = _mentions(
        f"- **Speculative decoding**: draft, then verify; see also Medusa (Cai et al., ICML"
        f" 2024){after}\n"
    )[:1]
    assert (found.name, found.does) == ("Medusa", does)


def test_a_mentioned_work_that_does_something_gets_a_reverse_card_keyed_as_itself() -> None:
    cards = template_cards(parse_text(RALM), load_templates()).cards
    (replug,) = [c for c in cards if c.kind == "reverse" and "REPLUG" in c.back]
    assert replug.front == (
        "What is described here?\n\n*trains the retriever using the black-box LM's feedback"
        " (Shi et al., 2023)*"
    )
    assert replug.id == "ai-engineering-2025|arxiv:2301.12652|reverse" or replug.id.endswith(
        "|arxiv:2301.12652|reverse"
    )
    # under a topic entry too: the work it cites is one thing
    topic = parse_text(
        "- **Benchmarks you'll see cited**: Natural Questions (Kwiatkowski et al., TACL 2019)"
        " and KILT (Petroni et al., NAACL 2021), which bundles eleven datasets of five"
        " tasks with a shared Wikipedia snapshot.\n"
        # (not "knowledge-intensive tasks": Knowledge Intensive Language Tasks, given away)
    )
    backs = [c.back for c in template_cards(topic, load_templates()).cards if c.kind == "reverse"]
    assert backs == ["**KILT**"]


def test_r65_an_italic_title_with_its_citation_is_another_work_even_by_the_same_people() -> None:
    """r65 blog: "*The Building Blocks of Interpretability* (Olah et al., Distill 2018)" and
    "*The Clock and the Pizza* (Zhong, …, NeurIPS 2023)" in bullets under other entries had
    no card (coverage)."""
    text = (
        "# Interp\n\n## Vision\n\n"
        "- **Feature Visualization** — Olah, Mordvintsev & Schubert (Distill, 2017). How to"
        " optimize an input for a neuron.\n"
        "  - follow-up: *The Building Blocks of Interpretability* (Olah et al., Distill 2018,"
        " [link](https://distill.pub/2018/building-blocks/)), which combines feature"
        " visualization with attribution.\n"
        "  - see also *The Clock and the Pizza* (Zhong, Liu, Tegmark & Andreas, NeurIPS 2023,"
        " [arXiv:2306.17844](https://arxiv.org/abs/2306.17844)).\n"
    )
    asked = {
        c.front: c.back
        for c in template_cards(parse_text(text), load_templates()).cards
        if c.kind == "attribution"
    }
    assert asked["Who made **The Building Blocks of Interpretability**, and when?"] == (
        "Olah et al., Distill 2018"
    )
    assert asked["Who made **The Clock and the Pizza**, and when?"] == "Zhong et al., NeurIPS 2023"
