"""A table of benchmarks (`| Benchmark | Paper | Links | What it measures |`) whose paper
column cites its people and venue (round 63's table: a dozen rows were read as entries
named "Lai et al., ICML 2023")."""

from __future__ import annotations

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.document import parse_text

TABLE = (
    "## Function-level benchmarks\n\n"
    "| Benchmark | Paper | Links | What it measures |\n"
    "|-----------|-------|-------|------------------|\n"
    "| DS-1000 | Lai et al., ICML 2023 | [arXiv:2211.11501](https://arxiv.org/abs/2211.11501) |"
    " 1,000 data-science problems derived from StackOverflow across seven Python libraries. |\n"
    "| MultiPL-E | Cassano et al., IEEE TSE 2023 | [arXiv:2208.08227](https://arxiv.org/abs/"
    "2208.08227) | Compiles HumanEval and MBPP (tests included) into 18 programming languages,"
    " so you can measure how performance drops off for low-resource languages. |\n"
    "| HumanEval | Chen et al. 2021 (Codex paper) | [paper](https://arxiv.org/abs/2107.03374) |"
    " 164 hand-written Python problems, checked with unit tests, reported as pass@k. |\n"
)


def test_a_benchmark_column_names_the_rows_and_a_cited_paper_column_credits_them() -> None:
    entries = parse_text(TABLE).entries
    assert [(e.name, e.attribution.authors, e.attribution.year) for e in entries] == [
        ("DS-1000", "Lai et al.", 2023),
        ("MultiPL-E", "Cassano et al.", 2023),
        ("HumanEval", "Chen et al.", 2021),
    ]
    assert all(e.paper_titles == {} for e in entries)  # no title "Lai et al., ICML 2023"


def test_what_it_does_is_kept_without_what_the_reader_can_do_with_it() -> None:
    cards = template_cards(parse_text(TABLE), load_templates()).cards
    gists = {c.front: c.back for c in cards if c.kind == "gist"}
    assert gists["What does **MultiPL-E** do?"] == (
        "Compiles HumanEval and MBPP (tests included) into 18 programming languages"
    )


def test_what_it_came_out_with_is_no_definition() -> None:
    # "What does **HumanEval-X** do? → Introduced alongside the CodeGeeX 13B model"
    text = TABLE + (
        "| HumanEval-X | Zheng et al. (Tsinghua / Zhipu), KDD 2023 | [arXiv:2303.17568]"
        "(https://arxiv.org/abs/2303.17568) | Introduced alongside the **CodeGeeX** 13B model."
        " Hand-translated HumanEval into C++, Java, JavaScript and Go, with tests. |\n"
    )
    cards = template_cards(parse_text(text), load_templates()).cards
    assert not [c for c in cards if c.kind in {"gist", "reverse"} and "CodeGeeX" in c.back]
    assert not [c for c in cards if "**HumanEval-X**" in c.front and c.kind == "gist"]


def test_a_verdict_before_a_semicolon_is_no_name_and_what_it_ships_with_no_definition() -> None:
    # "What is **Huge**? → comes with the codefuse-ai/Awesome-Code-LLM repo" (useless)
    text = (
        "| Date | Name | Lab | Paper | Notes |\n|---|---|---|---|---|\n"
        "| 2023-11 | Unifying the Perspectives of NLP and Software Engineering: A Survey on"
        " Language Models for Code | Ant Group / SJTU | [arXiv:2311.07989](https://arxiv.org/abs/"
        "2311.07989) | Zhang et al., TMLR. Huge; comes with the codefuse-ai/Awesome-Code-LLM repo"
        " which is kept more up to date than this table. |\n"
    )
    (entry,) = parse_text(text).entries
    assert entry.name.startswith("Unifying the Perspectives")
    assert [c.kind for c in entry.claims if c.kind in {"defines", "does"}] == []
