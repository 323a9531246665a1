from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srs.errors import BadInput
from srs.reading.document import parse_file, parse_text
from srs.reading.model import Link
from srs.reading.phrases import find_word, replace_word


@pytest.fixture(scope="module")
def parsed():  # type: ignore[no-untyped-def]
    return parse_file(Path(__file__).resolve().parent.parent / "decks" / "ai-engineering-2025.md")


def test_bundled_list_shape(parsed) -> None:  # type: ignore[no-untyped-def]
    assert parsed.title == "2025 AI Engineering Reading List论文"
    assert parsed.slug == "ai-engineering-2025"
    assert parsed.date == "2026-01-14"
    assert len(parsed.sections) == 10
    assert len(parsed.entries) == 57
    assert [s.name for s in parsed.sections] == [
        "Frontier LLMs",
        "Benchmarks and Evals",
        "Prompting, ICL & Chain of Thought",
        "Retrieval Augmented Generation",
        "Agents",
        "Code Generation",
        "Vision",
        "Voice",
        "Image/Video Diffusion",
        "Finetuning",
    ]
    assert [len(s.entries) for s in parsed.sections] == [10, 5, 5, 5, 5, 5, 5, 5, 7, 5]
    assert len({e.key for e in parsed.entries}) == 57


def test_mmlu_entry_exactly(parsed) -> None:  # type: ignore[no-untyped-def]
    mmlu = parsed.sections[1].entries[0]
    assert mmlu.title == "MMLU paper"
    assert mmlu.key == "arxiv:2009.03300"
    assert mmlu.description == (
        "MMLU paper - the main knowledge benchmark, next to GPQA and BIG-Bench. In 2025 frontier "
        "labs use MMLU Pro, GPQA Diamond, and BIG-Bench Hard."
    )
    assert mmlu.links == [
        Link("MMLU", "https://arxiv.org/abs/2009.03300"),
        Link("GPQA", "https://arxiv.org/abs/2311.12022"),
        Link("BIG-Bench", "https://arxiv.org/abs/2206.04615"),
        Link("MMLU Pro", "https://arxiv.org/abs/2406.01574"),
        Link("BIG-Bench Hard", "https://arxiv.org/abs/2210.09261"),
    ]
    # the entry's paper is the one its title links; the others are related work
    assert mmlu.papers == ["2009.03300"]
    assert mmlu.related == ["2311.12022", "2206.04615", "2406.01574", "2210.09261"]
    assert mmlu.concepts == ["knowledge"]


def test_llama_entry_entities_and_split_bold(parsed) -> None:  # type: ignore[no-untyped-def]
    llama = parsed.sections[0].entries[2]
    assert llama.title == "LLaMA 1, Llama 2, Llama 3 papers"
    assert llama.description.startswith(
        "LLaMA 1, Llama 2, Llama 3 papers to understand the leading open models."
    )
    assert llama.papers[:3] == ["2302.13971", "2307.09288", "2407.21783"]
    assert llama.key == "arxiv:2302.13971"


def test_mrcr_entry_footnote_and_html_arxiv(parsed) -> None:  # type: ignore[no-untyped-def]
    mrcr = parsed.sections[1].entries[1]
    assert mrcr.title == "MRCR paper"
    assert mrcr.concepts == ["long context"]
    assert mrcr.papers[0] == "2409.12640"  # from arxiv.org/html/2409.12640v2
    assert mrcr.key == "arxiv:2409.12640"
    assert "(5)" not in mrcr.description
    assert all("footnote" not in link.url for link in mrcr.links)
    assert mrcr.description.startswith("MRCR paper - evaluating long context, used by OpenAI")


def test_first_entry_footnotes_removed(parsed) -> None:  # type: ignore[no-untyped-def]
    gpt = parsed.entries[0]
    assert gpt.title == "GPT1, GPT2, GPT3, Codex, InstructGPT, GPT4 papers"
    assert gpt.description.endswith("have launch events and system cards instead.")
    assert "(2)" not in gpt.description
    assert [link.text for link in gpt.links][:3] == ["GPT1", "GPT2", "GPT3"]


def test_ifeval_concepts_and_entities(parsed) -> None:  # type: ignore[no-untyped-def]
    ifeval = parsed.sections[1].entries[3]
    assert ifeval.title == "IFEval paper"
    assert ifeval.concepts == ["instruction following"]
    assert "instruction following eval" in ifeval.description
    assert parsed.sections[2].entries[2].concepts == ["lookaheads", "backtracking"]


def test_no_markup_leaks_into_entries(parsed) -> None:  # type: ignore[no-untyped-def]
    for entry in parsed.entries:
        for text in (entry.title, entry.description, *entry.concepts):
            assert "<span" not in text and "</" not in text
            assert "](" not in text and "**" not in text
            assert "&#x" not in text and "&amp;" not in text
            assert text == " ".join(text.split())


def test_prose_and_empty_bullets_are_not_entries(parsed) -> None:  # type: ignore[no-untyped-def]
    descriptions = [e.description for e in parsed.entries]
    assert not any(d.startswith("You can both use and learn") for d in descriptions)
    assert not any(d.startswith("RAG is the bread and butter") for d in descriptions)
    assert all(d.strip() for d in descriptions)


OTHER_LIST = """\
# Lecturas

Intro prose that is not an entry.

### Básicos
* **[Atención](https://arxiv.org/pdf/1706.03762v7.pdf)** - el artículo del *transformer*.
  - nested note belongs to the parent
* Bare URL entry https://example.com/page?utm_source=x#frag about **tokenizers**

### Empty heading

Just prose.

### Más
- <https://arxiv.org/abs/2005.14165v4> autolinked paper
1. **Solo título**
"""


def test_other_list_styles() -> None:
    parsed = parse_text(OTHER_LIST, name="x.md", stem="mis-lecturas")
    assert parsed.title == "Lecturas" and parsed.slug == "mis-lecturas" and parsed.date is None
    assert [s.name for s in parsed.sections] == ["Básicos", "Más"]
    first, second = parsed.sections[0].entries
    assert first.title == "Atención"
    assert first.papers == ["1706.03762"] and first.key == "arxiv:1706.03762"
    assert "nested note belongs to the parent" in first.description
    assert second.links[0].url == "https://example.com/page?utm_source=x#frag"
    assert second.key == "url:example.com/page"
    # no bold lead-in and no early separator: the first bold phrase names the entry
    assert second.title == "tokenizers" and second.concepts == []
    auto, solo = parsed.sections[1].entries
    assert auto.papers == ["2005.14165"]
    assert solo.title == "Solo título" and solo.key == "title:solo-título"


def test_date_and_slug_from_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2025-01-14-My Reading List.md"
    path.write_text("## A\n- **Thing** worth reading\n", encoding="utf-8")
    parsed = parse_file(path)
    assert parsed.date == "2025-01-14" and parsed.slug == "2025-01-14-my-reading-list"
    assert parsed.title == "2025-01-14-My Reading List"


def test_duplicate_primary_paper_gets_distinct_keys() -> None:
    text = (
        "## A\n- **[X](https://arxiv.org/abs/1234.5678) paper** one\n"
        "- **[Y](https://arxiv.org/abs/1234.5678v2) paper** two\n"
    )
    keys = [e.key for e in parse_text(text).entries]
    assert keys[0] == "arxiv:1234.5678" and keys[1].startswith("arxiv:1234.5678~")


def test_non_http_links_are_not_links() -> None:
    entry = parse_text("## A\n- **[files](ftp://x.org/a)** and [ok](https://a.org)\n").entries[0]
    assert entry.links == [Link("ok", "https://a.org")]
    assert entry.title == "files"
    evil = parse_text("## A\n- [evil](javascript:alert(1)) text\n").entries[0]
    assert evil.links == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "no entries found"),
        (b"# Title\n\nJust prose, no list.\n", "no entries found"),
        (b"\xff\xfe\x00b\x00i\x00n", "binary"),
        (b"caf\xe9 latin-1\n- item\n", "not UTF-8"),
        (b"---\ntitle: [unclosed\n---\n- x\n", "front matter is not valid YAML"),
    ],
)
def test_bad_input_is_one_clear_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(BadInput) as info:
        parse_file(path)
    assert str(path) in info.value.message and reason in info.value.message
    assert "\n" not in info.value.message


def test_missing_directory_and_huge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(BadInput, match="no such file"):
        parse_file(tmp_path / "nope.md")
    with pytest.raises(BadInput, match="is a directory"):
        parse_file(tmp_path)
    big = tmp_path / "big.md"
    big.write_text("- x\n" * 10)
    monkeypatch.setattr("srs.reading.document.MAX_BYTES", 16)
    with pytest.raises(BadInput, match="too large"):
        parse_file(big)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_parser_raises_only_its_own_error(text: str) -> None:
    try:
        parsed = parse_text(text)
    except BadInput as exc:
        assert exc.message
    else:
        assert parsed.entries


MD_ALPHABET = st.sampled_from(
    [
        "# ",
        "## ",
        "- ",
        "* ",
        "1. ",
        "**",
        "[",
        "](",
        "https://arxiv.org/abs/1234.5678",
        ")",
        "<span>",
        "</span>",
        "&#x20;",
        "\n",
        " ",
        "text",
        "---\n",
        "> ",
        "`",
        "![](x.png)",
        ":",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(MD_ALPHABET, max_size=60).map("".join))
def test_parser_survives_markdownish_junk(text: str) -> None:
    try:
        parsed = parse_text(text)
    except BadInput:
        return
    keys = [entry.key for entry in parsed.entries]
    assert len(keys) == len(set(keys))


_WORDISH = st.text(alphabet="ab_é1-. ", max_size=14)


@settings(max_examples=300, deadline=None)
@given(text=_WORDISH, word=st.text(alphabet="ab_é1-. ", min_size=1, max_size=3))
def test_find_word_is_the_whole_word_regex(text: str, word: str) -> None:
    """The string search that spares a build hundreds of regex compiles finds what
    `(?<!\\w)word(?!\\w)` finds, and replaces what it replaces."""
    pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
    match = re.search(pattern, text)
    assert find_word(text, word) == (match.start() if match else -1)
    assert replace_word(text, word, "X") == re.sub(pattern, "X", text)
