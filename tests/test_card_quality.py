"""Cards worth learning: short answers, no answer on the front, names that name an entry
without quoting it. Checked on the bundled list and on generated lists."""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from srs.cards.card import CLOZE, Card, plain_text
from srs.cards.from_templates import template_cards
from srs.cards.gate import MAX_ANSWER_WORDS
from srs.cards.templates import DEFAULT_PATH, load_templates
from srs.deck.papers import bundled_facts
from srs.errors import BadInput
from srs.reading.document import parse_file, parse_text
from srs.reading.phrases import in_list

BUNDLED = Path(__file__).resolve().parent.parent / "decks" / "ai-engineering-2025.md"
TEMPLATES = load_templates(DEFAULT_PATH)
_ID_LINES = re.compile(r"^(?:Papers|Related):.*$", re.MULTILINE)
_SMALL = {"the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "is", "are", "with"}


def answer_words(card: Card) -> int:
    """Words of a template answer, links and ids not counted."""
    return len(_ID_LINES.sub("", plain_text(card.back)).split())


def words(text: str) -> set[str]:
    # (every script's letters: `R = λ/Δλ` answers more than the `R` on its front, r117)
    return {w for w in re.findall(r"[^\W_]+", plain_text(text)) if w not in _SMALL}


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
    return parsed, template_cards(parsed, TEMPLATES, bundled_facts()).cards


def test_answers_are_short(bundle) -> None:  # type: ignore[no-untyped-def]
    _, cards = bundle
    lengths = [answer_words(card) for card in cards if card.kind not in {"introduced"}]
    assert statistics.median(lengths) <= 12
    assert max(lengths) <= MAX_ANSWER_WORDS
    assert not [card.id for card in cards if shows_answer(card)]


def test_entries_without_a_lead_in_get_a_short_name(bundle) -> None:  # type: ignore[no-untyped-def]
    parsed, _ = bundle
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


def test_own_papers_and_related_ones_are_told_apart(bundle) -> None:  # type: ignore[no-untyped-def]
    parsed, cards = bundle
    by_title = {entry.title: entry for entry in parsed.entries}
    assert by_title["AudioPaLM paper"].papers == []  # its link is not arXiv
    assert by_title["AudioPaLM paper"].related == ["2407.21783"]  # Llama 3, "See also"
    dpo = by_title["DPO paper"]
    assert dpo.papers == ["2305.18290"] and dpo.related == ["1707.06347"]  # PPO
    assert dpo.name == "DPO"
    keyed = {card.id for card in cards if card.entry == dpo.key}
    assert "ai-engineering-2025|arxiv:2305.18290|acronym|dpo" in keyed


def test_a_nested_items_bold_phrase_is_not_the_title() -> None:
    entry = parse_text(
        "## Inference\n"
        "- Read [Fast Inference from Transformers via Speculative Decoding]"
        "(https://arxiv.org/abs/2211.17192) and its follow-ups on serving models quickly\n"
        "  - it uses a **draft model** to propose tokens\n"
    ).entries[0]
    assert entry.title == "Fast Inference from Transformers via Speculative Decoding"
    assert entry.concepts == ["draft model"] and entry.papers == ["2211.17192"]
    # `it …`: the entry is the subject, so the bullet says what it does
    assert [(c.source, c.kind, c.text) for c in entry.claims] == [
        ("nested", "does", "uses a draft model to propose tokens")
    ]


@pytest.mark.parametrize(
    ("sentence", "phrase", "listed"),
    [
        ("the importance of chaining, routing, parallelization and evaluation", "chaining", True),
        ("GPT3.5, 4o, o1, o3, GPT4.5 have launch events", "GPT4.5", True),
        ("You can also view Mistral 7B, Mixtral and Pixtral as a branch", "Pixtral", True),
        # two are no list (hiding one of a pair is the gate's `list-item-cloze` too)
        ("the main knowledge benchmark, next to GPQA and BIG-Bench.", "GPQA", False),
        ("few-shot learners at scale, with in-context learning", "in-context learning", False),
        # a leading "the" or a parenthetical does not hide the list (issue 17)
        ("See also SWE-Agent, SWE-Bench Multimodal and the Konwinski Prize", "SWE-Agent", True),
        ("uses Mistral (7B), Mixtral (8x7B) and the Pixtral model", "Mixtral", True),
        ("the main knowledge benchmark, next to GPQA and BIG-Bench.", "knowledge", False),
        ("if you can do Prefix-Tuning, adjust decoding, or use steering", "Prefix-Tuning", True),
        ("adopted by ChatGPT and LangGraph.", "LangGraph", False),
        # a list opens after a bracket or a colon (round 68's notes: "{{c1::FastClick}} on
        # DPDK, BESS, VPP-ish graph nodes", "use cases: {{c1::DDoS}} drop, …")
        ("shows up later (FastClick on DPDK, BESS, VPP-ish graph nodes)", "FastClick", True),
        ("use cases in the paper: DDoS drop, L4 load balancing, software router", "DDoS", True),
        # (but a name alone in its bracket after an item is no item)
        (
            "6,739 patients, few-shot tasks, and a released model (CLMBR-T-base)",
            "CLMBR-T-base",
            False,
        ),
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
    cards = template_cards(parsed, TEMPLATES).cards
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
