"""The template cards of the bundled list: ids, fields, markup, templates."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from srs.cards.from_templates import Generated, template_cards
from srs.cards.gate import reveals_answer
from srs.cards.templates import DEFAULT_PATH, load_templates
from srs.cards.wording import MASK, mask, name_variants
from srs.deck.deckfile import DeckFile, load_deck, save_deck
from srs.deck.papers import bundled_facts
from srs.locations import data_dir
from srs.reading.document import parse_file, parse_text

BUNDLED = Path(__file__).resolve().parent.parent / "decks" / "ai-engineering-2025.md"


@pytest.fixture(scope="module")
def bundle():  # type: ignore[no-untyped-def]
    parsed = parse_file(BUNDLED)
    return parsed, template_cards(parsed, load_templates(DEFAULT_PATH), bundled_facts())


def test_every_kind_earns_cards_and_ids_are_unique(bundle) -> None:  # type: ignore[no-untyped-def]
    parsed, generated = bundle
    cards = generated.cards
    kinds = Counter(card.kind for card in cards)
    for kind in ("gist", "reverse", "paper-title", "paper-name", "acronym", "attribution"):
        assert kinds[kind] >= 3, (kind, kinds)
    assert kinds["introduced"] >= 1  # "Which paper coined the term “RAG”?"
    assert len({card.id for card in cards}) == len(cards)
    keys = {entry.key for entry in parsed.entries}
    assert {card.entry for card in cards} <= keys
    # nearly every entry that names one thing is asked about (not, e.g., "Claude 3 / 4 and
    # Gemini 1 / 2.5 to understand the leading labs": no fact but a name)
    named = {entry.key for entry in parsed.entries if not entry.topic}
    assert len(named - {card.entry for card in cards}) <= 6
    held = {item.card.id for item in generated.held}
    assert held and not held & {card.id for card in cards}


def test_a_newcomers_first_cards_ask_about_a_paper(bundle) -> None:  # type: ignore[no-untyped-def]
    """The old first card asked "GPT1, GPT2, … papers: what is it, and why is it on the
    reading list?" and answered with the list's aside about launch events."""
    _, generated = bundle
    first = generated.cards[0]
    assert first.front == "What is the title of the **GPT3** paper (Brown et al., 2020)?"
    assert first.back == "*Language Models are Few-Shot Learners*"
    for card in generated.cards:
        assert "reading list" not in card.front.casefold(), card.id
        assert "launch events" not in card.back, card.id


def test_no_card_shows_its_answer(bundle) -> None:  # type: ignore[no-untyped-def]
    parsed, generated = bundle
    names = {entry.key: entry.name for entry in parsed.entries}
    for card in generated.cards:
        assert not reveals_answer(card), card.id
        if card.kind == "reverse" and names[card.entry]:
            assert names[card.entry].casefold() not in card.front.casefold(), card.id
        if card.is_cloze:
            hidden = re.findall(r"\{\{c1::(.*?)\}\}", card.front)
            assert hidden, card.id
            visible = re.sub(r"\{\{c1::.*?\}\}", "", card.front).casefold()
            for phrase in hidden:  # not even as the start of a word (`AlphaCode2`)
                assert not re.search(rf"(?<!\w){re.escape(phrase.casefold())}", visible), card.id


def test_no_markup_from_the_list_leaks(bundle) -> None:  # type: ignore[no-untyped-def]
    _, generated = bundle
    for card in generated.cards:
        for text in (card.front, card.back):
            assert "<span" not in text and "<" not in text.replace("\\<", "")
            assert "](" not in text
            assert not re.search(r"&#?\w+;", text)
            assert "http" not in text


def test_card_fields(bundle) -> None:  # type: ignore[no-untyped-def]
    _, generated = bundle
    card = generated.cards[0]
    assert card.id == "ai-engineering-2025|arxiv:2005.14165|paper-title"
    assert card.entry == "arxiv:2005.14165"
    assert card.section == "Frontier LLMs"
    assert card.origin == "template"
    assert [link.text for link in card.links] == ["GPT3"]  # the paper's own link
    assert len(card.hash) == 16 and card.hash == card.content_hash()
    assert set(card.to_dict()) >= {"id", "entry", "kind", "front", "back", "section", "links"}


def test_a_card_reads_back_from_its_deck_file(bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`Card.to_dict` writes a card and the deck file's reader reads it back unchanged."""
    _, generated = bundle
    cards = [*generated.cards[:20], replace(generated.cards[0], id="x", locked=True, tags=["t"])]
    path = save_deck(DeckFile(title="T", slug="t", source="s", cards=cards), tmp_path / "t.yaml")
    assert load_deck(path).cards == cards


def test_one_entry_read_as_a_learner_would(bundle) -> None:  # type: ignore[no-untyped-def]
    """`**[MMLU](arXiv) paper** - the main **knowledge** benchmark, next to GPQA …`."""
    _, generated = bundle
    by_id = {card.id: card for card in generated.cards}
    mmlu = "ai-engineering-2025|arxiv:2009.03300"
    assert by_id[f"{mmlu}|gist"].front == "What is **MMLU**?"
    assert by_id[f"{mmlu}|gist"].back == "the main knowledge benchmark, next to GPQA and BIG-Bench"
    assert by_id[f"{mmlu}|reverse"].back == "**MMLU**"
    assert by_id[f"{mmlu}|acronym|mmlu"].back == "Massive Multitask Language Understanding"
    assert by_id[f"{mmlu}|attribution"].back == "Hendrycks et al., 2020"
    # GPQA is named as related work: its own card, keyed by its paper
    gpqa = by_id["ai-engineering-2025|arxiv:2311.12022|attribution"]
    assert gpqa.front == "Who made **GPQA**, and when?" and gpqa.back == "Rein et al., 2023"


def test_masking_keeps_version_numbers_apart() -> None:
    entry = parse_text(
        "## S\n- **[GPT3](https://arxiv.org/abs/2005.14165) paper** then GPT3.5 came\n"
    ).entries[0]
    assert mask("the GPT3 paper then GPT3.5 came", name_variants(entry)) == (
        f"the {MASK} then GPT3.5 came"
    )


def test_list_text_cannot_inject_markup() -> None:
    text = (
        "## S\n- **Evil** is a model that has `[bold]x[/]` and \\*stars\\* and {{c1::cloze}} "
        "and &lt;script&gt; in it\n"
    )
    generated = template_cards(parse_text(text), load_templates(DEFAULT_PATH))
    cards = generated.cards + [item.card for item in generated.held]
    assert cards
    backs = "\n".join(card.front + card.back for card in cards)
    assert "\\[bold\\]x\\[/\\]" in backs
    assert "\\*stars\\*" in backs
    assert "\\{\\{c1:" in backs and "{{" not in backs.replace("\\{\\{", "")
    assert "\\<script\\>" in backs
    assert not any("{{c1::cloze}}" in card.front for card in cards)


def test_bad_templates_are_clear(tmp_path: Path) -> None:
    from srs.errors import BadInput

    path = tmp_path / "t.yaml"
    path.write_text("gist:\n  front: 'Q $nope'\n  back: x\n")
    with pytest.raises(BadInput, match=r"gist.front: unknown placeholder \$nope"):
        load_templates(path)
    path.write_text("gist:\n  front: q\n  back: x\n  colour: red\n")
    with pytest.raises(BadInput, match=r"gist\.colour"):
        load_templates(path)
    path.write_text("gist: [\n")
    with pytest.raises(BadInput, match="not valid YAML"):
        load_templates(path)
    for text, message in [
        ("gist:\n  front: [q]\n  back: x\n", r"gist\.front: must be text"),
        ("gist:\n  front: q\n", r"gist\.back: missing or empty"),
        ("gist:\n  front: q\n  back: x\n  max_cards: -1\n", r"gist\.max_cards: must be"),
        ("gist:\n  front: q\n  back: x\n  min_words: yes\n", r"gist\.min_words: must be"),
        ("gist: [q, x]\n", r"gist: must be a mapping"),
        ("gits:\n  front: q\n  back: x\n", r"gits: not a card kind"),
        ("version: '3'\n", r"version: must be a whole number"),
        ("- gist\n", r"must be a YAML mapping"),
    ]:
        path.write_text(text)
        with pytest.raises(BadInput, match=message):
            load_templates(path)


def test_user_templates_override(tmp_path: Path, srs_home: Path) -> None:
    from srs.cards.templates import templates_path

    assert templates_path(data_dir()) == DEFAULT_PATH
    (srs_home / "card_templates.yaml").write_text(
        "gist:\n  front: 'Tell me about $name'\n  back: '$definition'\n"
    )
    templates = load_templates(templates_path(data_dir()))
    parsed = parse_text("## S\n- **Thing**: a data structure that keeps sorted keys\n")
    generated = template_cards(parsed, templates)
    assert isinstance(generated, Generated)
    assert [c.kind for c in generated.cards] == ["gist"]
    assert generated.cards[0].front == "Tell me about Thing"
    assert generated.cards[0].back == "a data structure that keeps sorted keys"
