from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from srs.deck.cards import Card, reveals_answer
from srs.deck.generate import MASK, mask_title, template_cards
from srs.deck.parse import parse_file, parse_text
from srs.deck.templates import DEFAULT_PATH, load_templates


@pytest.fixture(scope="module")
def bundle():  # type: ignore[no-untyped-def]
    parsed = parse_file(Path(__file__).resolve().parent.parent / "decks" / "ai-engineering-2025.md")
    return parsed, template_cards(parsed, load_templates(DEFAULT_PATH))


def test_every_entry_gets_cards_of_each_kind(bundle) -> None:  # type: ignore[no-untyped-def]
    parsed, cards = bundle
    kinds = Counter(card.kind for card in cards)
    assert kinds["gist"] == 57
    assert kinds["reverse"] >= 50
    assert kinds["cloze"] >= 15
    assert len({card.id for card in cards}) == len(cards)
    assert {card.entry for card in cards} == {entry.key for entry in parsed.entries}


def test_no_card_shows_its_answer(bundle) -> None:  # type: ignore[no-untyped-def]
    parsed, cards = bundle
    titles = {entry.key: entry.title for entry in parsed.entries}
    for card in cards:
        assert not reveals_answer(card), card.id
        if card.kind == "reverse":
            assert titles[card.entry].casefold() not in card.front.casefold(), card.id
        if card.kind == "cloze":
            hidden = re.findall(r"\{\{c1::(.*?)\}\}", card.front)
            assert hidden, card.id
            visible = re.sub(r"\{\{c1::.*?\}\}", "", card.front).casefold()
            for phrase in hidden:  # not even as the start of a word (`AlphaCode2`)
                assert not re.search(rf"(?<!\w){re.escape(phrase.casefold())}", visible), card.id


def test_no_markup_from_the_list_leaks(bundle) -> None:  # type: ignore[no-untyped-def]
    _, cards = bundle
    for card in cards:
        for text in (card.front, card.back):
            assert "<span" not in text and "<" not in text.replace("\\<", "")
            assert "](" not in text
            assert not re.search(r"&#?\w+;", text)


def test_card_fields(bundle) -> None:  # type: ignore[no-untyped-def]
    _, cards = bundle
    gist = cards[0]
    assert gist.id == "ai-engineering-2025|arxiv:2005.14165|gist"
    assert gist.entry == "arxiv:2005.14165"
    assert gist.section == "Frontier LLMs"
    assert gist.origin == "template"
    assert gist.links[0].text == "GPT1"
    assert len(gist.hash) == 16 and gist.hash == gist.content_hash()
    assert set(gist.to_dict()) >= {
        "id",
        "entry",
        "kind",
        "front",
        "back",
        "section",
        "links",
        "origin",
        "hash",
    }
    assert Card.from_dict(dict(gist.to_dict())) == gist


def test_known_cloze_and_reverse(bundle) -> None:  # type: ignore[no-untyped-def]
    _, cards = bundle
    by_id = {card.id: card for card in cards}
    cloze = by_id["ai-engineering-2025|arxiv:2409.12640|cloze|long-context"]
    assert cloze.front.startswith(
        "MRCR paper - evaluating {{c1::long context}}, used by OpenAI over MuSR"
    )
    reverse = by_id["ai-engineering-2025|arxiv:2009.03300|reverse"]
    assert reverse.front == (
        "*Benchmarks and Evals* · Which entry is this?\n\n"
        "\\_\\_\\_ - the main knowledge benchmark, next to GPQA and BIG-Bench."
    )
    assert reverse.back.startswith("**MMLU paper**")
    # the title's paper, then the related ones, each labelled
    assert "\n\nPapers: arXiv:2009.03300\n\nRelated: arXiv:2311.12022" in reverse.back


def test_masking_keeps_version_numbers_apart() -> None:
    entry = parse_text(
        "## S\n- **[GPT3](https://arxiv.org/abs/2005.14165) paper** then GPT3.5 came\n"
    ).entries[0]
    assert mask_title(entry) == f"{MASK} then GPT3.5 came"


def test_list_text_cannot_inject_markup() -> None:
    text = (
        "## S\n- **Evil** has `[bold]x[/]` and \\*stars\\* and {{c1::cloze}} and &lt;script&gt;\n"
    )
    parsed = parse_text(text)
    cards = template_cards(parsed, load_templates(DEFAULT_PATH))
    gist = cards[0]
    assert "\\[bold\\]x\\[/\\]" in gist.back
    assert "\\*stars\\*" in gist.back
    assert "\\{\\{c1::cloze\\}\\}" in gist.back
    assert "\\<script\\>" in gist.back
    assert not any(card.is_cloze for card in cards)


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


def test_user_templates_override(tmp_path: Path, srs_home: Path) -> None:
    from srs.deck.templates import templates_path

    assert templates_path() == DEFAULT_PATH
    (srs_home / "card_templates.yaml").write_text(
        "gist:\n  front: 'Tell me about $title'\n  back: '$description'\n"
    )
    templates = load_templates()
    parsed = parse_text("## S\n- **Thing** is a thing worth knowing about\n")
    cards = template_cards(parsed, templates)
    assert [c.kind for c in cards] == ["gist"]
    assert cards[0].front == "Tell me about Thing"
