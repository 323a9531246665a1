"""The terms a claim's cloze may hide: one-word names in running text (round 63 work:
nested bullets of personal notes name their facts this way, without bold), when their
capitals mix with lower case as a system's name does — an all-capital acronym (`RTT`,
`ECN`, `SATB`) was graded trivial to guess in round 64."""

from __future__ import annotations

import pytest

from srs.cards.card import Card
from srs.cards.from_templates import template_cards
from srs.cards.gate import check
from srs.cards.templates import load_templates
from srs.reading.document import parse_text
from srs.reading.model import Entry
from srs.reading.terms import claim_terms


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("introduced PopQA and showed retrieval helps most on long-tail entities", "PopQA"),
        ("Lives on in MMTk (now rewritten in Rust), which ships Immix-based plans", "MMTk"),
        ("basically the blueprint for HotSpot and then for Crankshaft", "HotSpot"),
        ("Also introduces PR-MoE (pyramid-residual)", "PR-MoE"),
    ],
)
def test_a_one_word_name_is_a_term(text: str, term: str) -> None:
    assert term in claim_terms(text, [], [], [])


@pytest.mark.parametrize(
    ("text", "not_a_term"),
    [
        ("Heap = 32 KB blocks of 128 B lines", "KB"),  # a unit
        ("JEP 377: production-ready in JDK 15", "JDK"),  # the number after it is the fact
        ("hard to use for decoder LMs", "LMs"),  # an acronym's plural
        ("no global request ID, so events are joined after the fact", "ID"),  # two letters
        ("NVIDIA says these adders ended up in Hopper", "NVIDIA"),  # who, not what
        ("Pre-ChatGPT and so it looks quaint now", "Pre-ChatGPT"),  # a word made of a name
        ("which Meta's ATC'23 paper suggests is optimistic", "ATC"),  # a venue and its year
        ("the GPT-4 planner", "GPT-4"),  # the entry's own name
        # a word of a longer name, whose other word gives it away (round 63)
        ("trained from scratch on LLVM IR to predict pass lists", "LLVM"),
        ("competitive with GPT-4 Turbo on coding benchmarks", "GPT-4"),
        ("Used for rect/disk lights in UE and Unity HDRP", "HDRP"),
        ("a linear model beat every LTSF Transformer at the time", "LTSF"),
        ("treat gains of 1% MSE with suspicion", "MSE"),  # a metric's everyday name
        # an all-capital acronym: trivial to guess in its sentence (round 64's notes)
        ("RTO_min = 200 ms, far above the ~100 µs RTT", "RTT"),
        ("v2 adds loss and ECN as signals", "ECN"),
        ("G1 and Shenandoah both use SATB marking", "SATB"),
    ],
)
def test_what_is_no_one_word_term(text: str, not_a_term: str) -> None:
    assert not_a_term not in claim_terms(text, [], [], ["GPT-4"])


def test_a_nested_bullet_naming_a_system_becomes_a_cloze() -> None:
    text = (
        "- **Real-time garbage collection on general-purpose machines** (Yuasa, 1990)\n"
        "  - Everything reachable at the start of marking gets marked\n"
        "  - Lives on in MMTk, which ships Immix-based plans\n"
    )
    cards = template_cards(parse_text(text), load_templates()).cards
    fronts = [c.front for c in cards if c.kind == "cloze"]
    assert fronts == [
        "**Real-time garbage collection on general-purpose machines** — Lives on in"
        " {{c1::MMTk}}, which ships Immix-based plans"
    ]


@pytest.mark.parametrize("number", ["JEP 291", "RFC 7230", "PEP 484", "proposal 48409"])
def test_a_documents_number_is_no_term(number: str) -> None:
    # "CMS deprecated in JDK 9 ({{c1::JEP 291}})": graded weak, trivia beside the fact
    text = f"the old collector, deprecated in JDK 9 ({number}), removed later"
    assert claim_terms(text, [], [number], []) == ()


def test_a_models_number_is_still_a_term() -> None:
    assert claim_terms("distilled from GPT 4 outputs", [], ["GPT 4"], []) == ("GPT 4",)


def test_the_first_words_of_a_longer_name_are_no_term() -> None:
    # "shown by {{c1::Google Quantum}} AI on the Willow chip" (graded weak, round 64)
    text = "Below-threshold operation was shown by Google Quantum AI on the Willow chip"
    assert "Google Quantum" not in claim_terms(text, [], [], [])


def test_an_introduced_thing_named_after_its_paper_gives_the_answer_away() -> None:
    card = Card(
        id="d|e|introduced|llava-bench",
        entry="e",
        kind="introduced",
        front="Which paper introduced LLaVA-Bench?",
        back="LLaVA: Visual Instruction Tuning (Liu et al., 2023)",
        section="s",
        links=[],
        origin="template",
    )
    found = check(card, Entry(key="e", title="LLaVA", description=""))
    assert found is not None and found[0] == "answer-on-front"


def test_r65_an_emphasised_everything_is_no_term() -> None:
    """r65 glossary: "**Fiat–Shamir transform** — Hash {{c1::everything}}, including the
    statement/public inputs" (weak: a word the sentence gives away)."""
    from srs.reading.terms import is_trivial

    assert is_trivial("everything")
    assert is_trivial("not")
    assert not is_trivial("transcript")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "slab coloring: offset object starts in different slabs so they miss each other",
            "slab coloring",
        ),
        ("major GC = concurrent marking + parallel compaction → short pauses", "major GC"),
        (
            "replicated mode: run several copies w/ different seeds, vote on output",
            "replicated mode",
        ),
        ("ZPP = RP ∩ coRP: zero error, expected poly time (Las Vegas)", "ZPP"),
        (
            'The "chain-of-modality" prompting is basically a cascade inside one model',
            "chain-of-modality",
        ),
    ],
)
def test_r70_a_notes_label_or_a_quoted_joined_word_is_a_term(text: str, term: str) -> None:
    assert claim_terms(text, [], [], [])[:1] == (term,)


@pytest.mark.parametrize(
    "text",
    [
        "Main lesson: scale beats cleaning",  # the heading of a remark
        "Fun fact: the GC is mostly one enormous file",
        "Heavy to train: multi-stage, and a lot of GPUs",  # a clause
        "cost: a store + full fence on every protect",  # a lone lower-case word
        "superblock = owned by one heap at a time",
        "tiers: C++ interpreter → Baseline → Ion",  # the heading of a chain
        "culprits: background processes, non-FIFO scheduling, poor placement",  # of a list
        "fixes wave quantization: split the MAC-loop iterations evenly",  # what it does
        "target rate λ = 1/(δ·d_q), the queueing delay",  # a formula's symbol
        "non-blocking via helping: a transaction helps the owner finish",
        '"quoted" words alone stay text',
    ],
)
def test_r70_a_label_that_heads_a_remark_a_clause_or_a_list_is_no_term(text: str) -> None:
    assert claim_terms(text, [], [], []) == ()


@pytest.mark.parametrize(
    ("text", "not_a_term"),
    [
        # r72 notes: the tail of a blog's name, a proposal's number, a hedge's label
        ("Tyler Treat, Brave New Geek blog, 2015", "New Geek"),
        ("old exactly_once deprecated (KIP-732)", "KIP-732"),
        (
            "formal-ish definition: watermark = monotonic lower bound on event time",
            "formal-ish definition",
        ),
        (
            "good pointers for the signature side (Merkle Tree Certificates etc.)",
            "Tree Certificates",
        ),
    ],
)
def test_r72_a_names_tail_a_numbered_proposal_or_a_hedge_is_no_term(
    text: str, not_a_term: str
) -> None:
    assert not_a_term not in claim_terms(text, [], [], [])
