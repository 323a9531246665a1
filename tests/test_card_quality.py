"""Cards worth learning: short answers, no answer on the front, clozes of facts, titles
that name an entry without quoting it. Checked on the bundled list and on generated lists."""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from srs.deck.cards import CLOZE, Card, plain_text
from srs.deck.facts import MAX_ANSWER_WORDS, in_list
from srs.deck.generate import template_cards
from srs.deck.parse import parse_file, parse_text
from srs.deck.templates import DEFAULT_PATH, load_templates
from srs.errors import BadInput

BUNDLED = Path(__file__).resolve().parent.parent / "decks" / "ai-engineering-2025.md"
TEMPLATES = load_templates(DEFAULT_PATH)
_ID_LINES = re.compile(r"^(?:Papers|Related):.*$", re.MULTILINE)
_SMALL = {"the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "is", "are", "with"}


def answer_words(card: Card) -> int:
    """Words of a template answer, links and ids not counted."""
    return len(_ID_LINES.sub("", plain_text(card.back)).split())


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", plain_text(text)) if w not in _SMALL}


def shows_answer(card: Card) -> bool:
    """An independent reading of "the front gives the answer away"."""
    if card.is_cloze:
        visible = plain_text(CLOZE.sub(" ", card.front))
        hidden = [plain_text(m.group(2)) for m in CLOZE.finditer(card.front)]
        return any(re.search(rf"(?<!\w){re.escape(h)}", visible) for h in hidden if h)
    back = words(_ID_LINES.sub("", card.back)) - {"arxiv"}
    return bool(back) and back <= words(card.front)


@pytest.fixture(scope="module")
def bundle() -> tuple[object, list[Card]]:
    parsed = parse_file(BUNDLED)
    return parsed, template_cards(parsed, TEMPLATES)


def test_answers_are_short_and_cards_plenty(bundle) -> None:  # type: ignore[no-untyped-def]
    parsed, cards = bundle
    lengths = [answer_words(card) for card in cards]
    assert statistics.median(lengths) <= 20
    assert max(lengths) <= MAX_ANSWER_WORDS
    assert len(cards) / len(parsed.entries) >= 2.5
    assert not [card.id for card in cards if shows_answer(card)]


def test_entries_without_a_lead_in_get_a_short_name(bundle) -> None:  # type: ignore[no-untyped-def]
    parsed, cards = bundle
    titles = {entry.title for entry in parsed.entries}
    for whole in (
        "(1.5hr video) Compare architectures of the various open models from Ahead of AI",
        "In particular, BERTs are underrated as workhorse classification models",
        "More Image/Video work is done in Startups now",
    ):
        assert whole not in titles
    assert {"Compare architectures", "ModernBERT", "Ideogram"} <= titles
    for entry in parsed.entries:
        assert len(entry.title.split()) <= 12, entry.title
    gists = {card.entry: card for card in cards if card.kind == "gist"}
    video = next(e for e in parsed.entries if e.title == "Compare architectures")
    assert "various open models" not in gists[video.key].front
    assert "various open models" in gists[video.key].back


def test_the_papers_line_credits_only_the_title(bundle) -> None:  # type: ignore[no-untyped-def]
    parsed, cards = bundle
    by_title = {entry.title: entry for entry in parsed.entries}
    assert by_title["AudioPaLM paper"].papers == []  # its link is not arXiv
    assert by_title["AudioPaLM paper"].related == ["2407.21783"]  # Llama 3, "See also"
    dpo = by_title["DPO paper"]
    assert dpo.papers == ["2305.18290"] and "1707.06347" in dpo.related  # PPO
    reverse = next(c for c in cards if c.id.endswith(f"{dpo.key}|reverse"))
    papers_line = next(line for line in reverse.back.splitlines() if line.startswith("Papers:"))
    assert "1707.06347" not in papers_line and "Related: arXiv:1707.06347" in reverse.back


def test_a_nested_items_bold_phrase_is_not_the_title() -> None:
    entry = parse_text(
        "## Inference\n"
        "- Read [Fast Inference from Transformers via Speculative Decoding]"
        "(https://arxiv.org/abs/2211.17192) and its follow-ups on serving models quickly\n"
        "  - it uses a **draft model** to propose tokens\n"
    ).entries[0]
    assert entry.title == "Fast Inference from Transformers via Speculative Decoding"
    assert entry.concepts == ["draft model"] and entry.papers == ["2211.17192"]


def test_clozes_hide_facts_not_list_items_or_clauses(bundle) -> None:  # type: ignore[no-untyped-def]
    _, cards = bundle
    clozes = {card.id.rsplit("|", 1)[-1]: card for card in cards if card.kind == "cloze"}
    assert "chaining" not in clozes  # one of six: "chaining, routing, parallelization, …"
    assert "humans-are-terrible-zero-shot-prompters" not in clozes  # a clause
    assert "kaplan" not in clozes and "mmlu-pro" not in clozes
    # named things of a description are candidates, not only bold phrases
    assert {"gpqa", "big-bench", "scratchpads"} <= set(clozes)
    assert "{{c1::GPQA}} and BIG-Bench" in clozes["gpqa"].front


@pytest.mark.parametrize(
    ("sentence", "phrase", "listed"),
    [
        ("the importance of chaining, routing, parallelization and evaluation", "chaining", True),
        ("GPT3.5, 4o, o1, o3, GPT4.5 have launch events", "GPT4.5", True),
        ("You can also view Mistral 7B, Mixtral and Pixtral as a branch", "Pixtral", True),
        ("the main knowledge benchmark, next to GPQA and BIG-Bench.", "GPQA", False),
        ("the main knowledge benchmark, next to GPQA and BIG-Bench.", "knowledge", False),
        ("if you can do Prefix-Tuning, adjust decoding, or use steering", "Prefix-Tuning", True),
        ("adopted by ChatGPT and LangGraph.", "LangGraph", False),
    ],
)
def test_list_items(sentence: str, phrase: str, listed: bool) -> None:
    start = sentence.index(phrase)
    assert in_list(sentence, start, start + len(phrase)) is listed


# -- generated lists: no card ever shows its answer ---------------------------------

WORD = st.sampled_from(
    [
        *("model", "models", "attention", "transformer", "retrieval", "agent", "benchmark"),
        *("scaling", "data", "code", "reasoning", "vision", "speech", "memory", "tool"),
        *("search", "eval", "loss", "token", "context", "paper"),
    ]
)
NAME = st.sampled_from(["GPT", "Llama", "BERT", "MMLU", "ReAct", "CLIP", "DPO", "LoRA"]).flatmap(
    lambda base: st.sampled_from([base, f"{base} 2", f"{base}-X", f"{base} Pro"])
)
PHRASE = st.lists(WORD, min_size=1, max_size=6).map(" ".join)
LINK = st.tuples(NAME, st.integers(1000, 9999)).map(
    lambda t: f"[{t[0]}](https://arxiv.org/abs/2401.{t[1]:05d})"
)


@st.composite
def entry_text(draw: st.DrawFn) -> str:
    """An entry in one of the shapes lists come in."""
    name, link, words_ = draw(NAME), draw(LINK), draw(PHRASE)
    more = draw(st.lists(st.one_of(PHRASE, LINK, NAME), min_size=0, max_size=6))
    tail = ", ".join(more)
    shape = draw(st.integers(0, 6))
    if shape == 0:  # bold lead-in with a link, a dash, a description
        return f"**{link} paper** - the {words_} of {name}. See also {tail}."
    if shape == 1:  # no lead-in: a plain sentence with a link inside
        return f"{words_} is done with {link} now. {tail}"
    if shape == 2:  # only a link
        return link
    if shape == 3:  # a label and a list
        return f"{words_.capitalize()}: {tail or link}"
    if shape == 4:  # the title said again in the description
        return f"**{name}** - {name} {words_}; {name} again with **{draw(PHRASE)}**."
    if shape == 5:  # a whole sentence with bold inside and no links
        return f"The {words_} of **{draw(PHRASE)}** matters for {name}."
    return f"{link} {words_} {link}"  # links around text


@given(st.lists(entry_text(), min_size=1, max_size=6))
def test_no_generated_card_shows_its_answer(entries: list[str]) -> None:
    text = "## Section\n" + "\n".join(f"- {entry}" for entry in entries) + "\n"
    parsed = parse_text(text)
    cards = template_cards(parsed, TEMPLATES)
    assert len({card.id for card in cards}) == len(cards)
    for card in cards:
        assert not shows_answer(card), (card.front, card.back)
        assert answer_words(card) <= MAX_ANSWER_WORDS + 12  # a title may add a few words
    for entry in parsed.entries:
        assert len(entry.title.split()) <= 12 or entry.title.endswith("…")


def test_the_kinds_come_from_one_registry(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("mnemonic:\n  front: q\n  back: a\n")
    with pytest.raises(BadInput, match="mnemonic"):
        load_templates(path)
    path.write_text("gist:\n  front: '$paper_title'\n  back: a\n")  # a paper placeholder
    with pytest.raises(BadInput, match=r"gist.front: unknown placeholder \$paper_title"):
        load_templates(path)
    path.write_text("paper-title:\n  front: 'Which $year paper?'\n  back: '$paper_title'\n")
    assert list(load_templates(path).kinds()) == ["paper-title"]
