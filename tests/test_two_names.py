"""An entry of two names (`**Qubitization / QSVT**`) whose definition says what one of them
does: its gist and reverse card are about that one (round 64's glossary: "What is
**Qubitization / QSVT**? → Qubitization embeds a Hamiltonian in a block of a unitary" asked
two terms and answered with one of them)."""

from __future__ import annotations

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.document import parse_text

GLOSSARY = (
    "# Glossary\n\n## Q\n\n"
    "**Quantum walk**: quantum analogue of a random walk on a graph.\n\n"
    "**Qubit**: a two-level quantum system.\n\n"
    "**Qubitization / QSVT**: Qubitization (Low & Chuang, 2019) embeds a Hamiltonian in a"
    " block of a unitary; quantum singular value transformation applies polynomials to its"
    " singular values.\n"
)


def test_a_definition_of_one_of_two_names_asks_that_one() -> None:
    cards = template_cards(parse_text(GLOSSARY), load_templates()).cards
    by_kind = {card.kind: card for card in cards if "Hamiltonian" in card.front + card.back}
    assert by_kind["gist"].front == "What does **Qubitization** do?"
    assert by_kind["gist"].back == "embeds a Hamiltonian in a block of a unitary"
    assert by_kind["reverse"].back == "**Qubitization**"


def test_one_name_keeps_its_question() -> None:
    cards = template_cards(parse_text(GLOSSARY), load_templates()).cards
    (gist,) = [card for card in cards if card.kind == "gist" and "Qubit**" in card.front]
    assert gist.front == "What is **Qubit**?"


def test_r65_two_terms_in_lower_case_and_a_definition_by_equals() -> None:
    """r65 glossary: "*___ = an honest prover …* → **Completeness / soundness**" (the blank
    is Completeness)."""
    text = GLOSSARY + (
        "\n**Completeness / soundness**: Completeness = an honest prover with a valid witness"
        " always convinces the honest verifier. Soundness = no prover convinces the verifier"
        " of a false statement.\n"
    )
    cards = template_cards(parse_text(text), load_templates()).cards
    by_kind = {card.kind: card for card in cards if "honest prover" in card.front + card.back}
    assert by_kind["gist"].front == "What is **Completeness**?"
    assert by_kind["reverse"].back == "**Completeness**"


def test_a_clue_with_both_names_masked_asks_neither() -> None:
    text = GLOSSARY + (
        "\n**Griffin / Hawk**: Hawk = pure RG-LRU recurrence; Griffin = RG-LRU blocks and local"
        " attention.\n"
    )
    cards = template_cards(parse_text(text), load_templates()).cards
    assert not [card for card in cards if card.kind == "reverse" and "RG-LRU" in card.front]
