"""Lists of the six shapes a generator meets (`tests/lists/`, written for the test, from
six fields), read as a learner would: names, own papers, attribution, claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.document import parse_file, parse_text
from srs.reading.model import Entry, ReadingList
from srs.reading.sentences import sentences

LISTS = Path(__file__).parent / "lists"


def read(name: str) -> ReadingList:
    return parse_file(LISTS / f"{name}.md")


def entry(reading: ReadingList, name: str) -> Entry:
    return next(e for e in reading.entries if e.name == name)


def test_an_awesome_list_skips_its_badges_contents_and_licence() -> None:
    """`- [Paper title](arxiv) - Authors (Lab, Venue Year). Name: what it does.`"""
    reading = read("awesome-list")
    assert reading.title == "Awesome Computer Vision Papers"
    names = [section.name for section in reading.sections]
    assert "Contents" not in names and "License" not in names and "Contributing" not in names
    assert len(reading.entries) == 24
    assert not [e for e in reading.entries if e.links and e.links[0].url.startswith("#")]
    resnet = entry(reading, "ResNet")  # named by the text, not by the long title
    assert resnet.title == "Deep Residual Learning for Image Recognition"
    assert resnet.papers == ["1512.03385"]
    assert (resnet.attribution.authors, resnet.attribution.venue) == ("He et al.", "CVPR 2016")
    assert resnet.attribution.lab == "Microsoft Research Asia"
    assert (
        resnet.claims[0].text
        == "identity skip connections let the network learn residual functions"
    )
    assert entry(reading, "Faster R-CNN").see_also == ["Fast R-CNN"]
    ldm = next(e for e in reading.entries if e.papers == ["2112.10752"])
    assert ldm.attribution.lab == "LMU Munich & Runway"  # both, not only the lab srs knows


def test_personal_notes_read_nested_bullets_and_skip_the_todo() -> None:
    """`**Name** ([pdf](arxiv))` or `**Name** (bare URL)`, facts in nested bullets."""
    reading = read("personal-notes")
    assert len(reading.entries) == 23
    assert not [e for e in reading.entries if "TODO" in e.description]
    dqn = entry(reading, "DQN")
    assert dqn.papers == ["1312.5602"]  # `([pdf](arxiv))` names its own paper
    assert dqn.paper_titles["1312.5602"] == "Playing Atari with Deep Reinforcement Learning"
    assert {c.source for c in dqn.claims} == {"nested"}
    assert any("experience replay" in c.terms for c in dqn.claims)
    assert (dqn.attribution.authors, dqn.attribution.lab) == ("Mnih et al.", "DeepMind")
    reinforce = entry(reading, "REINFORCE")  # no link at all
    assert reinforce.key == "title:reinforce" and reinforce.attribution.year == 1992
    human = entry(reading, "Deep RL from Human Preferences")
    assert human.attribution.lab == "OpenAI & DeepMind"  # `(OpenAI + DeepMind)`


def test_a_glossary_defines_every_term() -> None:
    """`**Term**: definition (Author et al. Year)`, some entries without a link."""
    reading = read("glossary")
    assert len(reading.entries) == 25
    for item in reading.entries:
        assert item.claims and item.claims[0].kind == "defines", item.title
    mvcc = entry(reading, "MVCC")
    assert mvcc.acronyms == {"MVCC": "multiversion concurrency control"}
    bloom = entry(reading, "Bloom filter")
    assert (bloom.attribution.authors, bloom.attribution.year) == ("Bloom", 1970)


def test_a_paper_table_makes_each_row_an_entry() -> None:
    """`| Date | Name | Lab | Paper |` rows under `##` sections, a table of contents above."""
    reading = read("paper-table")
    assert len(reading.entries) == 46
    assert "Table of Contents" not in [section.name for section in reading.sections]
    fold = entry(reading, "AlphaFold")
    assert (fold.attribution.lab, fold.attribution.year, fold.attribution.date) == (
        "DeepMind",
        2020,
        "2020-01",
    )
    assert "Improved protein structure prediction using potentials from deep learning" in (
        fold.paper_titles.values()
    )
    assert entry(reading, "ProtTrans").papers == ["2007.06225"]


def test_a_weekly_table_of_papers_with_a_contents_list() -> None:
    """`| Paper | Links |` rows under weekly headings, each a paragraph; the links to the
    document's own headings are navigation, never entries."""
    reading = parse_text(
        "# ML Papers of the Week\n\n"
        "## Top ML Papers of the Week (June 23 - June 29)\n\n"
        "- [Top ML Papers of the Week (June 23 - June 29)](#top-ml-papers-of-the-week)\n"
        "- [Top ML Papers of the Week (June 16 - June 22)](#top-ml-papers-of-the-week-2)\n\n"
        "| **Paper**  | **Links** |\n| --- | --- |\n"
        "| 1) **Ultra-Long Generation** - LongWriter-Zero trains a model with RL to write"
        " ultra-long texts. | [Paper](https://arxiv.org/abs/2506.18841),"
        " [Tweet](https://x.com/a/1) |\n"
        "| 2) **Mixture of Grounding** - MoG combines several grounding strategies so a web"
        " agent picks the right element. | [Paper](https://arxiv.org/abs/2506.12345) |\n"
    )
    assert [e.name for e in reading.entries] == ["Ultra-Long Generation", "Mixture of Grounding"]
    grounding = reading.entries[1]
    assert grounding.papers == ["2506.12345"]
    # the row's title is not read again as its first claim
    assert [c.text for c in grounding.claims] == [
        "MoG combines several grounding strategies so a web agent picks the right element"
    ]


def test_a_syllabus_reads_lectures_and_quoted_titles() -> None:
    reading = read("syllabus")
    assert len(reading.sections) == 17 and reading.sections[0].name.startswith("Lecture 2")
    word2vec = entry(reading, "word2vec")  # `the word2vec paper` names it
    assert word2vec.title == "Efficient Estimation of Word Representations in Vector Space"
    bahdanau = next(e for e in reading.entries if e.papers == ["1409.0473"])
    assert bahdanau.claims[0].kind == "introduces"


def test_a_blog_post_reads_who_introduced_what() -> None:
    reading = read("blog-post")
    assert len(reading.entries) == 21
    mqa = next(e for e in reading.entries if e.papers == ["1911.02150"])
    assert mqa.claims[0].kind == "introduces"
    assert mqa.claims[0].introduced.startswith("multi-query attention (MQA)")
    assert mqa.acronyms["MQA"] == "multi-query attention"
    assert entry(reading, "FlashAttention").attribution.authors == "Dao et al."


@pytest.mark.parametrize(
    "name", ["awesome-list", "blog-post", "glossary", "paper-table", "personal-notes", "syllabus"]
)
def test_every_shape_gives_cards_for_nearly_every_entry(name: str) -> None:
    reading = read(name)
    made = template_cards(reading, load_templates())
    asked = {card.entry for card in made.cards}
    named = [e for e in reading.entries if not e.topic]
    assert len(asked) >= 0.9 * len(named), [e.title for e in named if e.key not in asked]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vaswani et al. introduced it. It works, e.g. for translation vs. RNNs. See Fig. 3"
            " and No. 5 for details. Done.",
            [
                "Vaswani et al. introduced it.",
                "It works, e.g. for translation vs. RNNs.",
                "See Fig. 3 and No. 5 for details.",
                "Done.",
            ],
        ),
        ("Up 2.5x on A100. Then i.e. less.", ["Up 2.5x on A100.", "Then i.e. less."]),
    ],
)
def test_sentences_do_not_split_at_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_glossary_of_paragraphs_makes_each_term_an_entry() -> None:
    """`**Term**: definition` paragraphs under letter headings, not list items; the
    paragraphs after a term belong to it, prose before the first term is no entry."""
    reading = parse_text(
        "# IR Glossary\n\nThis glossary covers the terms of our reading group.\n\n## A\n\n"
        "**ANN (Approximate Nearest Neighbor) search**: Finding vectors that are probably"
        " closest to a query vector, trading a little recall for speed.\n\n## B\n\n"
        "**BEIR** — a heterogeneous benchmark for zero-shot evaluation of retrieval models.\n\n"
        "It covers 18 datasets.\n\n"
        "**BM25** (Best Matching 25): The standard lexical ranking function of the Okapi"
        " system (Robertson et al., 1994).\n"
    )
    assert [e.name for e in reading.entries] == ["ANN search", "BEIR", "BM25"]
    ann, beir, bm25 = reading.entries
    assert ann.acronyms == {"ANN": "Approximate Nearest Neighbor"}
    assert ann.claims[0].text.startswith("Finding vectors that are probably closest")
    assert [c.text for c in beir.claims] == [
        "a heterogeneous benchmark for zero-shot evaluation of retrieval models",
        "It covers 18 datasets",
    ]
    assert bm25.acronyms == {"BM25": "Best Matching 25"}
    assert (bm25.attribution.authors, bm25.attribution.year) == ("Robertson et al.", 1994)
    # one bold paragraph in a blog post is prose, not a glossary
    with pytest.raises(Exception, match="no entries found"):
        parse_text("# Post\n\n**Note**: this is prose.\n\nMore prose.\n")
