"""Each rule of the quality gate, with a card it holds back and a close one it lets
through."""

from __future__ import annotations

import pytest

from srs.cards.card import Card
from srs.cards.gate import RULES, check, gate
from srs.reading.document import parse_text
from srs.reading.model import Entry

ENTRY = parse_text(
    "## Evals\n"
    "- **[MMLU](https://arxiv.org/abs/2009.03300) paper** - the main **knowledge** benchmark,"
    " next to [GPQA](https://arxiv.org/abs/2311.12022) and BIG-Bench.\n"
).entries[0]
RLHF = parse_text(
    "## Tuning\n- **RLHF** (reinforcement learning from human feedback): tunes a model on"
    " a reward model trained from human preferences.\n"
).entries[0]
TOPIC = parse_text(
    "## Misc\n- **Post Training Survey Papers** like [this one](https://example.com/a) and"
    " [that one](https://example.com/b).\n"
).entries[0]


def card(kind: str, front: str, back: str, *, origin: str = "template") -> Card:
    return Card(f"d|e|{kind}|{abs(hash(front))}", "e", kind, front, back, "S", origin=origin)


def rule_of(item: Card, entry: Entry = ENTRY) -> str | None:
    failed = check(item, entry)
    return failed[0] if failed else None


# (rule, entry, card held back, a close card let through)
CASES: list[tuple[str, Entry, Card, Card]] = [
    (  # a letter and a count: H3 from "Hungry Hungry Hippos"
        "answer-on-front",
        ENTRY,
        card(
            "paper-name",
            "*Hungry Hungry Hippos: Towards Language Modeling with State Space Models*"
            "\n\nWhat is this paper known as?",
            "**H3**",
        ),
        card(
            "paper-name",
            "*Towards Language Modeling with State Space Models*\n\nWhat is this paper known as?",
            "**H3**",
        ),
    ),
    (
        "answer-on-front",
        ENTRY,
        card("reverse", "What is described here?\n\n*MMLU, the knowledge benchmark*", "**MMLU**"),
        card(
            "reverse",
            "What is described here?\n\n*the main knowledge benchmark of 57 subjects*",
            "**MMLU**",
        ),
    ),
    (  # a name with a digit, hidden, but shown inside a longer name (r144 table)
        "answer-on-front",
        ENTRY,
        card(
            "cloze",
            '**Spectrogram Diffusion** — It\'s essentially the "{{c1::Midi2Wave}}" half of'
            " Wave2Midi2Wave, generalized",
            "**Midi2Wave**",
        ),
        card(
            "cloze",
            '**Spectrogram Diffusion** — It\'s essentially the "{{c1::Midi2Wave}}" half of'
            " the MAESTRO pipeline, generalized",
            "**Midi2Wave**",
        ),
    ),
    (  # an acronym's expansion on the front gives the acronym away
        "answer-on-front",
        RLHF,
        card(
            "cloze",
            "{{c1::RLHF}} (reinforcement learning from human feedback) tunes models",
            "RLHF",
        ),
        card(
            "cloze",
            "{{c1::RLHF}} tunes a model on a reward model trained from human preferences",
            "RLHF",
        ),
    ),
    (  # a name spelled out by the clue: LoRA from "Low-Rank Adaptation"
        "answer-on-front",
        ENTRY,
        card(
            "reverse",
            "What is described here?\n\n*Low-Rank Adaptation of large language "
            "models, cheap to train*",
            "**LoRA**",
        ),
        card(
            "reverse",
            "What is described here?\n\n*finetuning through small added matrices"
            " on frozen weights*",
            "**LoRA**",
        ),
    ),
    (  # a clipping and the capitals of a run of the name's words give it away
        "answer-on-front",
        ENTRY,
        card(
            "reverse",
            "What is described here?\n\n*Resolves ambiguity with max-ent; nearly every"
            " modern IRL method builds on it*",
            "**Maximum Entropy Inverse Reinforcement Learning**",
        ),
        card(
            "reverse",
            "What is described here?\n\n*Resolves the reward's ambiguity by preferring the"
            " least committed distribution over paths*",
            "**Maximum Entropy Inverse Reinforcement Learning**",
        ),
    ),
    (
        "topic-entry",
        TOPIC,
        card("gist", "What is **Post Training Survey Papers**?", "surveys of post-training"),
        card("acronym", "What does **PTS** stand for?", "Post Training Survey"),
    ),
    (
        "link-debris",
        ENTRY,
        card("gist", "What is **MMLU**?", "(pdf) the main knowledge benchmark"),
        card("gist", "What is **MMLU**?", "the main knowledge benchmark of 57 subjects"),
    ),
    (
        "link-debris",
        ENTRY,
        card("gist", "What is **MMLU**?", "a benchmark, see https://example.com/mmlu"),
        card("gist", "What is **MMLU**?", "a benchmark of 57 subjects from law to physics"),
    ),
    (
        "citation-only",
        ENTRY,
        card("gist", "What is **MMLU**?", "Hendrycks et al. (Berkeley, 2020)."),
        card("attribution", "Who made **MMLU**, and when?", "Hendrycks et al., 2020"),
    ),
    (  # a gist that names two people with a year
        "citation-only",
        ENTRY,
        card("gist", "What is **MMLU**?", "Hendrycks and Burns, 2020"),
        card("gist", "What is **ReAct**?", "Reasoning and Acting, interleaved in a loop"),
    ),
    (
        "fragment",
        ENTRY,
        card("gist", "What is **MMLU**?", "which coined the term knowledge benchmark."),
        card("gist", "What is **MMLU**?", "a benchmark that coined the term knowledge test"),
    ),
    (
        "opinion",
        ENTRY,
        card("gist", "What is **MMLU**?", "a benchmark you should know to understand the labs"),
        card("gist", "What is **MMLU**?", "a benchmark of 57 subjects the labs report"),
    ),
    (
        "vague-answer",
        ENTRY,
        card("gist", "What is **MMLU**?", "a training paper"),
        card("gist", "What is **MMLU**?", "a training paper", origin="llm"),  # asks its own way
    ),
    (  # a narrow question (`Idea: *late interaction*`) takes a short answer
        "vague-answer",
        ENTRY,
        card("gist", "What is **MMLU**?", "late interaction"),
        card("gist", "What is the key idea of **MMLU**?", "late interaction"),
    ),
    (
        "list-item-cloze",
        ENTRY,
        card(
            "cloze",
            "See also {{c1::SWE-Agent}}, SWE-Bench Multimodal and the Konwinski Prize.",
            "SWE-Agent",
        ),
        card(
            "cloze",
            "The {{c1::Konwinski Prize}} pays for open solutions to GitHub issues.",
            "Konwinski Prize",
        ),
    ),
    (  # one of a pair
        "list-item-cloze",
        ENTRY,
        card("cloze", "the main benchmark, next to GPQA and {{c1::BIG-Bench}}.", "BIG-Bench"),
        card(
            "cloze",
            "the main {{c1::knowledge}} benchmark, next to GPQA and BIG-Bench.",
            "knowledge",
        ),
    ),
    (
        "digit-cloze",
        ENTRY,
        card("cloze", "**Gemma** — Google's open model family, now at version {{c1::3}}", "3"),
        card(
            "cloze", "**Gemma** — Google's open models share research with {{c1::Gemini}}", "Gemini"
        ),
    ),
    (  # (r162 notes, graded useless: the writer's label hidden as if it were the fact)
        "label-cloze",
        ENTRY,
        card(
            "cloze",
            "**Jepsen: etcd 3.4.3** — {{c1::bad news}}: etcd locks are not safe as mutexes",
            "bad news",
        ),
        card(
            "cloze",
            "**Jepsen: etcd 3.4.3** — bad news: etcd locks are not safe as mutexes without"
            " {{c1::fencing}}",
            "fencing",
        ),
    ),
    (
        "id-cloze",
        ENTRY,
        card(
            "cloze",
            "**MMLU** — the benchmark's questions are all in the {{c1::pdf}} of the paper",
            "pdf",
        ),
        card("cloze", "**MMLU** — the paper has {{c1::57}} subjects from law to physics", "57"),
    ),
    (
        "link-text-cloze",
        parse_text(
            "## S\n- **ARC** - a moving and [often gamed](https://example.com/q) target for"
            " reasoning\n"
        ).entries[0],
        card(
            "cloze",
            "**ARC** — a moving and {{c1::often gamed}} target for reasoning",
            "often gamed",
        ),
        card(
            "cloze",
            "**ARC** — a moving and often gamed target for {{c1::abstract reasoning}}",
            "abstract reasoning",
        ),
    ),
    (
        "context-free-cloze",
        ENTRY,
        card("cloze", "**MMLU** — followed by {{c1::GPQA}}.", "GPQA"),
        card(
            "cloze", "**MMLU** — frontier labs now report the harder {{c1::GPQA}} instead.", "GPQA"
        ),
    ),
    (  # what "the same split" is, the card does not say
        "context-free-cloze",
        ENTRY,
        card(
            "cloze",
            "**DistServe** — {{c1::Splitwise}} makes the same split from a cost angle",
            "Splitwise",
        ),
        card(
            "cloze",
            "**DistServe** — puts prefill and decode on separate {{c1::GPU pools}}",
            "GPU pools",
        ),
    ),
    (
        "thin-clue",
        ENTRY,
        card("reverse", "What is described here?\n\n*\\_\\_\\_ - Vaswani et al.*", "**MMLU**"),
        card(
            "reverse",
            "What is described here?\n\n*a benchmark of multiple-choice questions"
            " over 57 subjects*",
            "**MMLU**",
        ),
    ),
    (  # a hedged clue fits anything
        "thin-clue",
        ENTRY,
        card(
            "reverse",
            "What is described here?\n\n*one of many notable approaches to "
            "emulating long running agent memory*",
            "**MemGPT**",
        ),
        card(
            "reverse",
            "What is described here?\n\n*an agent that pages memory in and out "
            "like an operating system*",
            "**MemGPT**",
        ),
    ),
    (  # round 27: named only by its kin
        "vague-answer",
        ENTRY,
        card("gist", "What is **PPO**?", "TRPO's practical cousin"),
        card("gist", "What is **PPO**?", "TRPO's practical cousin that clips the ratio"),
    ),
    (  # round 26: one sentence on two tools, asked of one of them
        "two-things",
        ENTRY,
        card(
            "gist",
            "What is **lighteval**?",
            "the former for model-level benchmarking, the latter for prompt regression tests",
        ),
        card("gist", "What is **lighteval**?", "a library for model-level benchmarking"),
    ),
    (  # round 29: a cloze on the acronym in brackets after its own words
        "answer-on-front",
        ENTRY,
        card("cloze", "**QLoRA** — 4-bit NormalFloat ({{c1::NF4}}) frozen base", "NF4"),
        card("cloze", "**RAG** — a pre-trained seq2seq generator ({{c1::BART}})", "BART"),
    ),
    (  # round 29: another entry's idea, another paper
        "points-elsewhere",
        ENTRY,
        card("gist", "What is **Show Your Work**?", "the pre-CoT version of the idea"),
        card("gist", "What is **Show Your Work**?", "scratchpads for intermediate computation"),
    ),
    (
        "points-elsewhere",
        ENTRY,
        card(
            "gist",
            "What is **Speculative Decoding**?",
            "Concurrent w/ Accelerating Large Language Model Decoding",
        ),
        card(
            "gist",
            "What is **Speculative Decoding**?",
            "draft with a small model, verify in parallel with the big one",
        ),
    ),
    (  # round 27: an answer that leans on another entry
        "points-elsewhere",
        ENTRY,
        card("gist", "What is **Speculative sampling**?", "same idea, developed concurrently"),
        card(
            "gist",
            "What is **Speculative sampling**?",
            "a small draft model proposes tokens that the large model checks in one pass",
        ),
    ),
    (  # and on the list's own layout
        "points-elsewhere",
        ENTRY,
        card(
            "reverse",
            "What is described here?\n\n*not an agent paper but everything below assumes it*",
            "**Chain-of-Thought**",
        ),
        card(
            "reverse",
            "What is described here?\n\n*edge coverage bitmap and a genetic mutation loop;"
            " the template for everything below*",
            "**AFL**",
        ),
    ),
    (
        "long-answer",
        ENTRY,
        card("gist", "What is **MMLU**?", " ".join(["a benchmark of many subjects"] * 8)),
        card("gist", "What is **MMLU**?", " ".join(["a benchmark of many subjects"] * 3)),
    ),
    (
        "list-answer",
        ENTRY,
        card("gist", "What is **MMLU**?", "Aider, Codeforces, IOI, BigCodeBench, SciCode"),
        card("gist", "What is **MMLU**?", "a benchmark of law, physics, medicine and history"),
    ),
    (
        "debris-answer",
        ENTRY,
        card("paper-title", "What is the title of the **MMLU** paper?", "pdf"),
        card(
            "paper-title",
            "What is the title of the **MMLU** paper?",
            "*Measuring Massive Multitask Language Understanding*",
        ),
    ),
]


@pytest.mark.parametrize(
    ("rule", "entry", "held", "passed"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_each_rule_holds_back_its_card_and_not_a_close_one(
    rule: str, entry: Entry, held: Card, passed: Card
) -> None:
    assert rule_of(held, entry) == rule, (held.front, held.back, check(held, entry))
    assert rule_of(passed, entry) is None, (passed.front, passed.back, check(passed, entry))


def test_every_rule_has_its_cases() -> None:
    assert {rule.name for rule in RULES} == {case[0] for case in CASES}
    assert len({rule.name for rule in RULES}) == len(RULES)


def test_same_fact_keeps_the_first_card_and_both_directions() -> None:
    gist = card("gist", "What is **MMLU**?", "the main knowledge benchmark")
    twin = card(
        "cloze", "**MMLU** — the main {{c1::knowledge benchmark}} of the frontier labs", "x"
    )
    reverse = card(
        "reverse",
        "What is described here?\n\n*the main knowledge benchmark of the labs*",
        "**MMLU**",
    )
    again = card("claim", "What is **MMLU**?", "a benchmark of 57 subjects")
    kept, held = gate([gist, reverse, again], ENTRY)
    assert kept == [gist, reverse]  # a name from its definition and back: both ways kept
    assert [(item.card, item.rule) for item in held] == [(again, "same-fact")]
    kept, held = gate([gist, card("claim", "Q?", "the main knowledge benchmark")], ENTRY)
    assert kept == [gist] and held[0].rule == "same-fact"
    assert twin.is_cloze  # a cloze of a different fact passes next to the gist
    kept, _ = gate([gist, twin], ENTRY)
    assert kept == [gist, twin]


@pytest.mark.parametrize(
    ("text", "abbreviates"),
    [
        ("resolves ambiguity with max-ent", True),  # Maximum Entropy
        ("every modern IRL method", True),  # Inverse Reinforcement Learning
        ("every modern irl method", False),  # capitals only: `irl` may be a word
        ("the max of the entries", False),  # no clipping of two words that follow each other
        ("an RL method", False),  # two words are too few to give the name away
        ("an MERL method", True),  # one word passed over (`Inverse`)
        ("an MRL method", False),  # (two passed over: no abbreviation of this name)
    ],
)
def test_a_clipping_or_a_run_of_capitals_abbreviates_a_name(text: str, abbreviates: bool) -> None:
    from srs.cards.giveaway import abbreviates_name

    name = "Maximum Entropy Inverse Reinforcement Learning"
    assert abbreviates_name(name, text) is abbreviates


def test_r55_an_acronym_that_passes_over_a_word_of_the_title_gives_it_away() -> None:
    """r55 notes: "What is described here? *OCC = three phases: read → validation → write*
    → **On Optimistic Methods for Concurrency Control**" (graded useless: OCC spells it)."""
    held = card(
        "reverse",
        "What is described here?\n\n*OCC = three phases: read → validation → write*",
        "**On Optimistic Methods for Concurrency Control**",
    )
    assert rule_of(held) == "answer-on-front"


@pytest.mark.parametrize(
    ("text", "gives_away"),
    [
        ("*Stacks MoE layers inside a deep net*", True),
        ("*Stacks gated layers inside one network*", False),
        ("*A DMoE of two layers*", True),
        ("*Trained with MoCo on ImageNet*", False),
    ],
)
def test_r68_a_mixed_case_acronym_of_a_run_of_words_gives_the_name_away(
    text: str, gives_away: bool
) -> None:
    """r68 table: "What is described here? *Stacks MoE layers inside a deep net* → **Deep
    Mixture of Experts**" (graded useless: MoE spells Mixture of Experts)."""
    reverse = card("reverse", f"What is described here?\n\n{text}", "**Deep Mixture of Experts**")
    assert (rule_of(reverse) == "answer-on-front") is gives_away


def test_an_acronym_before_the_gap_counts_its_first_letter_only() -> None:
    """`Multimodal versions of MMLU ({{c1::MMMU}})` (the bundled list): MMLU's capitals do
    not spell MMMU, so the cloze stays."""
    kept = card("cloze", "**MMVP** — Multimodal versions of MMLU ({{c1::MMMU}}) exist", "MMMU")
    assert rule_of(kept) is None


def test_a_title_that_spells_a_name_out_of_order_gives_it_away() -> None:
    """Round 49 (a diffusion table): "*Score-based Generative Modeling in Latent Space* —
    What is this paper known as? → LSGM": every capital of the name starts a word of the
    title, in another order (but a description in lower case gives nothing away)."""
    from srs.cards.giveaway import shows_name

    assert shows_name("LSGM", "*Score-based Generative Modeling in Latent Space* (2021)")
    assert not shows_name("ANCE", "*samples training negatives from an ANN index over the corpus*")
    assert not shows_name("BERT", "*Pre-training of Deep Bidirectional Transformers for Language*")


def test_an_introduced_card_whose_front_holds_the_papers_title_is_held() -> None:
    """r50 awesome: "Which paper introduced the online meta-learning setting …? → Online
    Meta-Learning (Finn et al., 2019)"."""
    held = card(
        "introduced",
        "Which paper introduced the online meta-learning setting and the follow-the-meta-leader"
        " (FTML) algorithm with regret guarantees?",
        "Online Meta-Learning (Finn et al., 2019)",
    )
    kept = card(
        "introduced",
        "Which paper introduced GRPO?",
        "DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models"
        " (Shao et al., 2024)",
    )
    assert rule_of(held) == "answer-on-front"
    assert rule_of(kept) is None


NOTES = parse_text(
    "## Storage\n1. **Copysets** ([pdf](https://www.usenix.org/system/files/conference/atc13/"
    "atc13-cidon.pdf))\n    - copyset replication: restrict replicas to a few fixed node groups\n"
).entries[0]


def test_a_cloze_whose_name_in_front_spells_its_gap_or_whose_bracket_expands_it_is_held() -> None:
    """r50 notes: `**Copysets** — {{c1::copyset replication}}: …` and `… describes
    {{c1::3FS}} (Fire-Flyer File System), …`."""
    stem = card(
        "cloze",
        "**Copysets** — {{c1::copyset replication}}: restrict replicas to a few fixed node groups",
        "**copyset replication**",
    )
    expanded = card(
        "cloze",
        "**Fire-Flyer AI-HPC** — the storage part describes {{c1::3FS}} (Fire-Flyer File"
        " System), their distributed FS on NVMe SSDs",
        "**3FS**",
    )
    kept = card(
        "cloze",
        "**Fire-Flyer AI-HPC** — 3FS uses {{c1::CRAQ}} (chain replication) for strong consistency",
        "**CRAQ**",
    )
    assert rule_of(stem, NOTES) == "answer-on-front"
    assert rule_of(expanded, NOTES) == "answer-on-front"
    assert rule_of(kept, NOTES) is None


def test_r51_awesome_a_name_read_off_the_front() -> None:
    """r51 awesome: "What does **BoxE** stand for? → Box Embedding", and "*Queries become
    boxes that contain their answers* → Query2box"."""
    trivial = card("acronym", "What does **BoxE** stand for?", "Box Embedding")
    kept = card("acronym", "What does **NeRF** stand for?", "Neural Radiance Fields")
    plural = card(
        "reverse",
        "What is described here?\n\n*Queries become boxes that contain their answers*",
        "**Query2box**",
    )
    assert rule_of(trivial) == "answer-on-front"
    assert rule_of(kept) is None
    assert rule_of(plural) == "answer-on-front"


def test_r56_a_gist_that_is_the_names_acronym_and_little_else_restates_it() -> None:
    """r56 notes: "What is **RDMA over Commodity Ethernet at Scale**? → RoCEv2 in prod"
    (graded useless: the name spells RoCE)."""
    entry = parse_text(
        "## RDMA\n1. **RDMA over Commodity Ethernet at Scale**"
        " ([pdf](https://doi.org/10.1145/2934872.2934908))\n    - RoCEv2 in prod\n"
    ).entries[0]
    held = card("gist", "What is **RDMA over Commodity Ethernet at Scale**?", "RoCEv2 in prod")
    assert rule_of(held, entry) == "answer-on-front"
    kept = card(
        "gist",
        "What is **RDMA over Commodity Ethernet at Scale**?",
        "RoCEv2 with DSCP-based PFC, run across Microsoft's data centers",
    )
    assert rule_of(kept, entry) is None


def test_r57_notes_a_plural_gap_the_name_in_front_holds() -> None:
    """r57 notes: `**LCRQ** — linked list of ring buffers ({{c1::CRQs}})` (graded useless)."""
    plural = card("cloze", "**LCRQ** — linked list of ring buffers ({{c1::CRQs}})", "**CRQs**")
    kept = card("cloze", "**LCRQ** — needs double-width CAS ({{c1::CMPXCHG16B}})", "**CMPXCHG16B**")
    assert rule_of(plural, NOTES) == "answer-on-front"
    assert rule_of(kept, NOTES) is None


def test_r57_table_a_word_and_a_known_acronym_stand_for_nothing_worth_a_card() -> None:
    """r57 table: "What does **FastMoE** stand for? → Fast Mixture-of-Expert" (useless)."""
    fast = card("acronym", "What does **FastMoE** stand for?", "Fast Mixture-of-Expert")
    kept = card("acronym", "What does **GShard** stand for?", "Giant Sharding")
    assert rule_of(fast) == "answer-on-front"
    assert rule_of(kept) is None


def test_r59_an_answer_that_leans_on_the_entry_before_it_is_held() -> None:
    """r59 notes: "What is **JavaScript engine fundamentals: …**? → same concept, different
    names across engines" (useless); r58: "Same goal, but from the netlist graph …"."""
    concept = card("gist", "What is **Shapes and Inline Caches**?", "same concept, different names")
    goal = card(
        "reverse",
        "What is described here?\n\n*Same goal, but from the netlist graph before placement*",
        "**X**",
    )
    kept = card("gist", "What is **X**?", "the same weights shared across all layers")
    assert rule_of(concept) == rule_of(goal) == "points-elsewhere"
    assert rule_of(kept) is None


def test_r59_a_results_name_read_back_as_its_claim_is_held() -> None:
    """r59 glossary: "What is **2-to-2 Games Theorem**? → the 2-to-2 conjecture (with
    imperfect completeness) is true" (graded useless)."""
    games = parse_text(
        "## G\n- **2-to-2 Games Theorem**: the 2-to-2 conjecture (with imperfect completeness)"
        " is true.\n"
    ).entries[0]
    pcp = parse_text("## G\n- **PCP theorem**: NP = PCP(log n, 1).\n").entries[0]
    held = card(
        "gist",
        "What is **2-to-2 Games Theorem**?",
        "the 2-to-2 conjecture (with imperfect completeness) is true",
    )
    kept = card("gist", "What is **PCP theorem**?", "NP = PCP(log n, 1)")
    assert rule_of(held, games) == "answer-on-front"
    assert rule_of(kept, pcp) is None


@pytest.mark.parametrize(
    ("front", "answer", "held"),
    [
        (  # round 64's notes: RDMA over (Converged) Ethernet
            "**RDMA over Ethernet for Distributed Training at Meta Scale** — {{c1::RoCE}}"
            " backend network for AI training, rail-optimized topology",
            "RoCE",
            True,
        ),
        (  # Knowledge Intensive (Language) Tasks
            "What is described here?\n\n*bundles knowledge-intensive tasks with a shared"
            " Wikipedia snapshot*",
            "KILT",
            True,
        ),
        (  # its initials are far apart: no spelling
            "What is described here?\n\n*knowledge benchmark: intensive study of retrieval"
            " tasks over a shared Wikipedia snapshot*",
            "KILT",
            False,
        ),
        (  # three letters: two initials spell nothing
            "**Sparse models** — {{c1::MoE}} layers route tokens to experts",
            "MoE",
            False,
        ),
    ],
)
def test_r64_an_acronym_whose_words_the_front_writes_but_one_is_given_away(
    front: str, answer: str, held: bool
) -> None:
    kind = "cloze" if "{{c1::" in front else "reverse"
    item = card(kind, front, f"**{answer}**")
    assert (rule_of(item) == "answer-on-front") is held


@pytest.mark.parametrize(
    "answer",
    [
        "Same 1-WL result found independently, plus k-GNNs that operate on k-tuples",  # r64
        "Same model generates test cases",
        "same conference as DCQCN, opposite answer: use RTT as the signal",
        "The reconstruction attack that motivates everything else",  # r64 syllabus
        "Short and under-specified, which is why the next two readings exist",  # r65 syllabus
        "The same result, found independently, with empirical data",  # r66 syllabus
    ],
)
def test_r64_a_gist_that_opens_with_same_or_points_to_the_rest_of_the_list_is_held(
    answer: str,
) -> None:
    assert rule_of(card("gist", "What is **CodeT**?", answer)) == "points-elsewhere"
    # (a sameness inside the fact is no pointer)
    close = card("gist", "What is **CodeT**?", "the model writes tests with the same prompt")
    assert rule_of(close) is None


def test_r65_a_clean_example_is_the_lists_opinion() -> None:
    """r65 blog: "… → a clean example of a linear \"truth direction\" with causal validation"."""
    held = card("gist", "What is **X**?", 'a clean example of a linear "truth direction"')
    kept = card("gist", "What is **X**?", "an example of a linear truth direction")
    assert (rule_of(held), rule_of(kept)) == ("opinion", None)


def test_r65_a_cloze_on_one_of_an_also_list_is_context_free() -> None:
    """r65 notes: "**A Critique of ANSI SQL Isolation Levels** — also {{c1::Cursor
    Stability}}, lost update (P4)" (useless: SI, write skew … fit the gap as well)."""
    held = card("cloze", "**X** — also {{c1::Cursor Stability}}, lost update (P4)", "**C**")
    kept = card(
        "cloze",
        '**Orca** — Also "{{c1::selective batching}}" (batch the matmuls, not the attention)',
        "**selective batching**",
    )
    assert (rule_of(held), rule_of(kept)) == ("context-free-cloze", None)


def test_r65_the_writers_plan_for_a_reading_is_no_fact() -> None:
    """r65 notes: "… — framing for the lit review intro: the {{c1::RUM conjecture}}"."""
    from srs.reading.remarks import OPINION

    assert OPINION.search("framing for the lit review intro: the RUM conjecture")
    assert OPINION.search("they give a decision tree. handy for the survey intro")
    # r65 awesome: "**ColabFold** — Most people who \"{{c1::ran AlphaFold}}\" actually ran this"
    assert OPINION.search('Most people who "ran AlphaFold" actually ran this')
    assert not OPINION.search("A living, continuously updated literature review")


def test_r65_an_acronym_spelled_with_a_words_inner_capitals_is_its_expansion() -> None:
    """r65 glossary: "*Succinct Non-interactive ARgument of Knowledge: proofs that are short
    …* → **SNARK**" (useless: the front spells it); the expansion is the acronym card's."""
    from srs.cards.from_templates import template_cards
    from srs.cards.templates import load_templates

    reading = parse_text(
        "# Glossary\n\n## Proofs\n\n"
        "**Soundness**: no prover convinces the verifier of a falsehood.\n\n"
        "**Witness**: the secret input.\n\n"
        "**SNARK**: Succinct Non-interactive ARgument of Knowledge: proofs that are short"
        " (polylog or constant size) and fast to verify.\n"
    )
    cards = template_cards(reading, load_templates()).cards
    asked = {card.kind: card.back for card in cards if "SNARK" in card.front + card.back}
    assert asked["acronym"] == "Succinct Non-interactive ARgument of Knowledge"
    assert asked["gist"].startswith("proofs that are short")
    assert (
        rule_of(
            card(
                "reverse",
                "What is described here?\n\n*Succinct Non-interactive ARgument of Knowledge — short"
                " proofs*",
                "**SNARK**",
            )
        )
        == "answer-on-front"
    )


def test_r66_the_courses_view_of_a_reading_is_no_fact() -> None:
    """r66 syllabus: "*The most important paper in the course*", "A survey; read Sections
    1–5", "The C and G in VCG. (just for history)"."""
    from srs.reading.remarks import OPINION

    for said in [
        "The most important paper in the course",
        "A survey; read Sections 1–5",
        "The C and G in VCG. (just for history)",
    ]:
        assert OPINION.search(said), said
    assert not OPINION.search("Sections 1–5 prove the bound")


def test_r66_a_clue_of_a_bracket_of_where_and_when_is_thin() -> None:
    thin = card(
        "reverse",
        "What is described here?\n\n*\\_\\_\\_ (first printing 2008; second edition 2020 with"
        " new chapters)*",
        "**X**",
    )
    kept = card(
        "reverse",
        "What is described here?\n\n*\\_\\_\\_ catalogues spin locks, lock-free queues and"
        " skip lists (2nd ed. 2020)*",
        "**X**",
    )
    assert (rule_of(thin), rule_of(kept)) == ("thin-clue", None)


def test_r66_a_letter_and_a_dimension_on_the_front_spell_the_name() -> None:
    """r66 table: "*Learning Spatiotemporal Features with 3D Convolutional Networks* → C3D",
    "*Inflates 2D ImageNet filters into 3D* → I3D" (weak: near give-aways)."""
    c3d = card(
        "paper-name",
        "*Learning Spatiotemporal Features with 3D Convolutional Networks* (2014)\n\n"
        "What is this paper known as?",
        "**C3D**",
    )
    i3d = card(
        "reverse", "What is described here?\n\n*Inflates 2D ImageNet filters into 3D*", "**I3D**"
    )
    kept = card(
        "reverse", "What is described here?\n\n*A two-stream network over video frames*", "**I3D**"
    )
    assert (rule_of(c3d), rule_of(i3d), rule_of(kept)) == (
        "answer-on-front",
        "answer-on-front",
        None,
    )


def test_r67_a_name_written_inflected_or_done_again_on_the_front_is_given_away() -> None:
    """r67 glossary: "*Samples per second (Hz)* → **Sampling rate**", "*Changing the sample
    rate, …* → **Resampling**" (useless: the front spells the answer)."""
    rate = card(
        "reverse", "What is described here?\n\n*Samples per second (Hz)*", "**Sampling rate**"
    )
    again = card(
        "reverse",
        "What is described here?\n\n*Changing the sample rate, usually via polyphase"
        " interpolation*",
        "**Resampling**",
    )
    kept = card(
        "reverse",
        "What is described here?\n\n*How many values per second a converter takes (Hz)*",
        "**Sampling rate**",
    )
    assert (rule_of(rate), rule_of(again), rule_of(kept)) == (
        "answer-on-front",
        "answer-on-front",
        None,
    )


def test_r67_a_hidden_word_whose_root_the_front_writes_is_given_away() -> None:
    """r67 notes: "Separates {{c1::ordering}} from durability: new primitives osync (order
    only) and dsync (durable)" (useless: 'order only' spells it)."""
    held = card(
        "cloze",
        "**Optimistic Crash Consistency** — Separates {{c1::ordering}} from durability: new"
        " primitives osync (order only) and dsync (durable)",
        "**ordering**",
    )
    kept = card(
        "cloze",
        "**Optimistic Crash Consistency** — Separates {{c1::ordering}} from durability: new"
        " primitives osync and dsync",
        "**ordering**",
    )
    assert (rule_of(held), rule_of(kept)) == ("answer-on-front", None)


@pytest.mark.parametrize(
    ("back", "held"),
    [
        ("256GB of legal and administrative text", True),
        ("legal and administrative text from 35 sources", False),
        ("a 256GB corpus of court opinions, contracts, regulations and filings", False),
    ],
)
def test_r68_a_gist_that_restates_the_titles_figure_gives_it_away(back: str, held: bool) -> None:
    """r68 awesome: "What is **Pile of Law: … and a 256GB Open-Source Legal Dataset**? → 256GB
    of legal and administrative text" (graded useless: the title says it)."""
    title = (
        "Pile of Law: Learning Responsible Data Filtering from the Law and a 256GB Open-Source"
        " Legal Dataset"
    )
    reading = parse_text(
        f"# L\n\n## Data\n\n- [{title}](https://arxiv.org/abs/2207.00220) - {back}.\n"
    )
    (entry,) = reading.entries
    gist = card("gist", f"What is **{title}**?", back)
    assert (rule_of(gist, entry) == "answer-on-front") is held


def test_r68_a_name_whose_every_word_is_on_the_front_is_given_away() -> None:
    """r68 glossary: "What is described here? *Learning the difference between a cheap
    baseline and an expensive target …* → **Δ-learning**" (its one word on the front)."""
    front = (
        "What is described here?\n\n*Learning the difference between a cheap baseline and an"
        " expensive target*"
    )
    assert rule_of(card("reverse", front, "**Δ-learning**")) == "answer-on-front"
    assert rule_of(card("reverse", front, "**Δ-ML**")) is None


@pytest.mark.parametrize(
    ("front", "held"),
    [
        ("**Shap-E** — Converges faster than {{c1::Point-E}} and has better quality", True),
        (
            "**Zero123++** — the default multi-view front end for {{c1::InstantMesh}} and others",
            True,
        ),
        ("**Point-E** — 1–2 minutes on a single GPU versus hours for {{c1::DreamFusion}}", True),
        ("**AlphaGo** — beat {{c1::Fan Hui}} 5–0, then Lee Sedol 4–1 in March 2016", False),
    ],
)
def test_r69_a_cloze_on_what_it_is_compared_with_or_one_of_an_open_list(
    front: str, held: bool
) -> None:
    """r69 table: "Shap-E — Converges faster than {{c1::Point-E}}", "… for
    {{c1::InstantMesh}} and others" (graded weak: one of a pair, one of an open list)."""
    hidden = front.split("{{c1::")[1].split("}}")[0]
    assert (rule_of(card("cloze", front, f"**{hidden}**")) == "list-item-cloze") is held


def test_r70_a_gap_whose_word_stands_beside_it_with_a_prefix_is_given_away() -> None:
    """r70 blog: "Also introduced spoken {{c1::StoryCloze}} (sStoryCloze / tStoryCloze)";
    a glossary's "{{c1::NL}} = coNL": the front writes the hidden word inside another."""
    story = card(
        "cloze",
        "**TWIST** — Also introduced spoken {{c1::StoryCloze}} (sStoryCloze / tStoryCloze)",
        "**StoryCloze**",
    )
    conl = card("cloze", "**Immerman–Szelepcsényi theorem** — {{c1::NL}} = coNL", "**NL**")
    kept = card("cloze", "**BPP** — {{c1::ZPP}} = RP ∩ coRP: zero error, expected poly time", "Z")
    assert [rule_of(c) for c in (story, conl, kept)] == ["answer-on-front"] * 2 + [None]


def test_r70_the_same_thing_all_of_a_sentence_share_points_nowhere_else() -> None:
    """r70 notes: "slab coloring: offset object starts in different slabs so they don't all
    hit the same cache lines" says what it is; "makes the same split" leans on another."""
    kept = card(
        "cloze",
        "**The Slab Allocator** — {{c1::slab coloring}}: offset object starts in different"
        " slabs so they don't all hit the same cache lines",
        "**slab coloring**",
    )
    held = card(
        "cloze",
        "**DistServe** — {{c1::Splitwise}} makes the same split from a cost angle",
        "**Splitwise**",
    )
    assert (rule_of(kept), rule_of(held)) == (None, "context-free-cloze")


def test_r72_a_clue_that_is_the_names_expansion_gives_it_away() -> None:
    """r72 glossary: "*Reservoir-based spatiotemporal importance resampling*" → **ReSTIR**
    (useless: the acronym's own words, `spatiotemporal` giving S and T)."""
    held = card(
        "reverse",
        "What is described here?\n\n*Reservoir-based spatiotemporal importance resampling*",
        "**ReSTIR**",
    )
    kept = card(
        "reverse",
        "What is described here?\n\n*Streams light candidates through weighted reservoirs and"
        " reuses them across neighbouring pixels and frames*",
        "**ReSTIR**",
    )
    assert (rule_of(held), rule_of(kept)) == ("answer-on-front", None)


def test_r73_a_clue_whose_words_open_with_the_names_pieces_gives_it_away() -> None:
    """r73 glossary: *Short for "query relevance judgments"* → **Qrels** and *"Binary
    preference": counts how many …* → **bpref** (useless: the name is its words' openings,
    joined); a clue that only shares the name's first word keeps its card."""
    qrels = card(
        "reverse",
        'What is described here?\n\n*Short for "query relevance judgments"; the TREC file'
        " format that holds the ground truth*",
        "**Qrels**",
    )
    bpref = card(
        "reverse",
        'What is described here?\n\n*"Binary preference": counts how many judged non-relevant'
        " docs are ranked above each relevant doc*",
        "**bpref**",
    )
    kept = card(
        "reverse",
        "What is described here?\n\n*Listwise loss: cross-entropy between top-one probability"
        " distributions of the predicted scores and of the labels*",
        "**ListNet**",
    )
    assert [rule_of(c) for c in (qrels, bpref, kept)] == ["answer-on-front"] * 2 + [None]


def test_r73_an_answer_that_points_to_a_numbered_item_or_a_successor_is_held() -> None:
    """r73 notes: "What does RFC 7871 do? → ties directly into #18 (Akamai end-user
    mapping)" and "What is RFC 7816? → obsoleted by RFC 9156" say nothing of what it is."""
    numbered = card(
        "gist", "What does **RFC 7871** do?", "ties directly into #18 (Akamai end-user mapping)"
    )
    successor = card("gist", "What is **RFC 7816**?", "obsoleted by RFC 9156")
    ranked = card(
        "gist", "What is **ColBERTv2**?", "A late-interaction retriever, ranked #1 on BEIR"
    )
    assert [rule_of(c) for c in (numbered, successor, ranked)] == ["points-elsewhere"] * 2 + [None]


def test_r74_a_gap_whose_acronym_the_name_writes_or_whose_pair_stands_beside_it() -> None:
    """r74 notes: "**Keeping CALM** — {{c1::CALM theorem}}: …" (useless: the title gives it
    away); r74 table: `the "{{c1::Type A}}" (brute force) vs "Type B" (selective)`."""
    calm = card(
        "cloze",
        "**Keeping CALM** — {{c1::CALM theorem}}: programs have consistent, coordination-free"
        " implementations iff they are monotonic",
        "**CALM theorem**",
    )
    type_a = card(
        "cloze",
        "**Shannon's chess program** — Introduces minimax with an evaluation function and the"
        ' "{{c1::Type A}}" (brute force) vs "Type B" (selective) search distinction',
        "**Type A**",
    )
    kept = card(
        "cloze",
        "**Gated SAEs** — Then Gemma Scope released {{c1::JumpReLU SAEs}} for every layer of"
        " Gemma 2",
        "**JumpReLU SAEs**",
    )
    assert [rule_of(c) for c in (calm, type_a, kept)] == ["answer-on-front"] * 2 + [None]


def test_r72_a_gist_that_points_to_the_previous_entry_is_held() -> None:
    held = card("gist", "What is **AutoCommenter**?", "The flip side of the previous entry")
    kept = card(
        "reverse",
        "What is described here?\n\n*a seq2seq Transformer decodes the next item's Semantic"
        " ID directly from the history*",
        "**TIGER**",
    )
    assert (rule_of(held), rule_of(kept)) == ("points-elsewhere", None)


def test_r72_a_short_gist_half_of_which_the_long_title_says_is_held() -> None:
    """r72 blog: "What is **Exploring the Potential of ChatGPT in Automated Code Refinement:
    An Empirical Study**? → Just prompting ChatGPT on the refinement task" (useless)."""
    entry = parse_text(
        "## Refinement\n- **Exploring the Potential of ChatGPT in Automated Code Refinement: An"
        " Empirical Study** ([arXiv](https://arxiv.org/abs/2309.08221)). Guo et al., ICSE 2024."
        " Just prompting ChatGPT on the refinement task.\n"
    ).entries[0]
    ask = f"What is **{entry.name}**?"
    held = card("gist", ask, "Just prompting ChatGPT on the refinement task")
    kept = card("gist", ask, "An evaluation of how often reviewers' comments are ambiguous")
    assert (rule_of(held, entry), rule_of(kept, entry)) == ("answer-on-front", None)


def test_r72_a_parallel_study_is_another_entrys_twin() -> None:
    held = card("gist", "What is **Impact of Code LMs on APR**?", "A parallel study from a group")
    assert rule_of(held) == "points-elsewhere"


def test_r73_a_names_root_written_on_the_front_gives_it_away() -> None:
    """r73 glossary: "… assessors judge only the union of the top-k results … (the "pool")"
    → **Pooling** (useless)."""
    held = card(
        "reverse",
        "What is described here?\n\n*assessors judge only the union of the top-k results from"
        ' the participating runs (the "pool")*',
        "**Pooling**",
    )
    kept = card(
        "reverse",
        "What is described here?\n\n*assessors judge only the union of the top-k results from"
        " the participating runs*",
        "**Pooling**",
    )
    assert (rule_of(held), rule_of(kept)) == ("answer-on-front", None)


@pytest.mark.parametrize(
    "front",
    [
        "**Intermediate disturbance hypothesis** — Fox 2013 ({{c1::TREE}}) argued it should be"
        " abandoned",
        "**Functional response** — There are two Holling papers from that year in"
        " {{c1::Canadian Entomologist}} 91: the sawfly study and another",
        "**Logistic growth** — Verhulst 1838 proposed it (in {{c1::Correspondance mathématique"
        " et physique}}), and Pearl \\& Reed 1920 rediscovered it",
    ],
)
def test_r76_a_cloze_that_hides_the_journal_of_a_citation(front: str) -> None:
    held = card("cloze", front, "x")
    assert rule_of(held) == "citation-only"
    # (but `in {{c1::1953}}`, `grew in {{c1::Kenya}} 20 %`: no journal)
    kept = card("cloze", "**Moran effect** — Populations in {{c1::Finland}} cycle together", "x")
    assert rule_of(kept) != "citation-only"


def test_r76_a_cloze_whose_gap_but_its_last_word_is_written_beside_it() -> None:
    held = card(
        "cloze",
        '**Darcs** — Known issue: exponential merge (the "{{c1::exponential merge problem}}") in'
        " some conflict cases",
        "**exponential merge problem**",
    )
    assert rule_of(held) == "answer-on-front"
    kept = card(
        "cloze",
        "**Darcs** — Patches commute, so cherry-picking comes from the {{c1::patch theory"
        " algebra}}",
        "**patch theory algebra**",
    )
    assert rule_of(kept) != "answer-on-front"


def test_r76_an_answer_about_another_entrys_agenda_points_elsewhere() -> None:
    held = card(
        "gist", "What is **V-JEPA**?", "the first serious video instantiation of that agenda"
    )
    assert rule_of(held) == "points-elsewhere"


def test_r80_an_acronym_in_the_answer_that_the_front_spells_out() -> None:
    """r80 syllabus: "What is **Brewer's Conjecture and … Consistent, Available,
    Partition-Tolerant Web Services**? → the formal version of CAP" (useless)."""
    front = (
        "What is **Brewer's Conjecture and the Feasibility of Consistent, Available,"
        " Partition-Tolerant Web Services**?"
    )
    assert rule_of(card("gist", front, "the formal version of CAP")) == "answer-on-front"
    assert rule_of(card("gist", front, "the formal version of the theorem")) is None


@pytest.mark.parametrize(
    ("kind", "front", "back"),
    [
        (
            "gist",
            "What is **Open-sourcing Katran, a scalable network load balancer**?",
            "Facebook engineering blog, May 2018",
        ),
        (
            "gist",
            "What is **BPF Design Q&A**?",
            "short FAQ from the maintainers",
        ),
        (
            "gist",
            "What is **The Internals of PostgreSQL**?",
            "free online book, chapter per subsystem",
        ),
        (
            "reverse",
            "What is described here?\n\n*Facebook engineering blog, May 2018*",
            "**Katran**",
        ),
        (  # (r84 notes, graded useless: which chapter of which book)
            "gist",
            'What is **Borgmon / "Practical Alerting from Time-Series Data"**?',
            "Google SRE book ch. 10",
        ),
    ],
)
def test_r80_only_what_kind_of_writing_it_is(kind: str, front: str, back: str) -> None:
    """r80 notes: a gist or a clue that only says what kind of writing the entry is (useless
    or weak) — but not a description that opens with such a word (`Video + text + action
    tokens into a big autoregressive transformer`, `Predicts post-layout parasitics`).
    (`Facebook engineering blog, May 2018` is a link's kind and date, debris, since r109.)"""
    assert rule_of(card(kind, front, back)) in {"vague-answer", "debris-answer"}


@pytest.mark.parametrize(
    "back",
    [
        "a post on score matching",  # (what it covers: it defines the reading)
        "Video + text + action tokens into a big autoregressive transformer",
        "Predicts post-layout parasitics from the schematic for custom/analog circuits",
        "Direct audio-to-video diffusion, no intermediate 3D model or landmarks",
        "Coverage (pass@k) grows log-linearly with samples over four orders of magnitude",
    ],
)
def test_r80_a_description_that_opens_with_a_writings_word_passes(back: str) -> None:
    assert rule_of(card("gist", "What is **GAIA-1**?", back)) is None


def test_r80_a_gist_of_a_titles_head_answered_by_what_the_writing_is() -> None:
    """r80 notes: *BPF: the universal in-kernel virtual machine* (an LWN article) asked as
    "What is **BPF**? → Contemporaneous coverage of Alexei Starovoitov's eBPF patches"."""
    entry = parse_text(
        "## S\n\n9. **BPF: the universal in-kernel virtual machine**"
        " (https://lwn.net/Articles/599755/)\n"
        "   - Jonathan Corbet, LWN, May 2014. Contemporaneous coverage of Alexei"
        " Starovoitov's eBPF patches\n"
    ).entries[0]
    assert entry.name == "BPF"
    about = card("gist", "What is **BPF**?", "Contemporaneous coverage of Alexei's eBPF patches")
    assert rule_of(about, entry) == "vague-answer"
    said = card("gist", "What is **BPF**?", "an in-kernel virtual machine for safe programs")
    assert rule_of(said, entry) is None


def test_r80_an_acronym_only_setting_the_answer_is_not_given_away() -> None:
    """`**LSN** = …? → byte position in the WAL stream` under *Docs: Reliability and the
    Write-Ahead Log*: WAL is the answer's setting, not what it names."""
    front = "*Docs: Reliability and the Write-Ahead Log (ch. 30)*\n\n**LSN** = …?"
    assert rule_of(card("term", front, "byte position in the WAL stream")) is None


@pytest.mark.parametrize(
    ("back", "rule"),
    [
        ("overview in (41(3))", "fragment"),
        ("The friendliest explanation of (27)", "fragment"),
        ("annotation syntax like C:maj7 and A:min/b3 comes from", "fragment"),
        # (sentences that end as English does)
        ("planar and radial flows; where the name comes from", None),
        ("How to optimize an input to show what a neuron responds to", None),
        ("Terminates paths at random with probability q and divides the survivors by (1−q)", None),
    ],
)
def test_r82_a_clause_whose_closing_citation_was_cut_out(back: str, rule: str | None) -> None:
    """r82 glossary: "What is **Automatic music transcription**? → overview in (41(3))"."""
    assert rule_of(card("gist", "What is **AMT**?", back)) == rule


def test_r82_a_clue_whose_closing_citation_was_cut_out() -> None:
    clue = "What is described here?\n\n*annotation syntax like C:maj7 and A:min/b3 comes from*"
    assert rule_of(card("reverse", clue, "**Chord recognition**")) == "fragment"


@pytest.mark.parametrize(
    ("clue", "name"),
    [
        (
            "small zsets aren't skiplists at all: listpack encoding until"
            " zset-max-listpack-entries 128",
            "**t\\_zset.c (Redis source)**",
        ),
        (
            "Redis adds a sparse representation for small cardinalities, switches to dense past"
            " hll-sparse-max-bytes (3000)",
            "**HyperLogLog**",
        ),
    ],
)
def test_r82_a_clue_with_the_files_stem_or_the_names_initials(clue: str, name: str) -> None:
    """r82 notes (useless): the clue says `zset` for **t_zset.c**, `hll` for HyperLogLog."""
    assert rule_of(card("reverse", f"What is described here?\n\n*{clue}*", name)) == (
        "answer-on-front"
    )


@pytest.mark.parametrize(
    ("clue", "rule"),
    [
        ("about ten times what's measured in the open-ocean thermocline", "fragment"),
        ("Probably the most reproduced figure in tropical meteorology", "opinion"),
    ],
)
def test_r83_a_clue_without_its_subject_or_with_the_writers_verdict(clue: str, rule: str) -> None:
    """r83 glossary (useless): "What is described here? *about ten times what's measured …*"
    → Abyssal recipes; "*Probably the most reproduced figure …*" → Matsuno–Gill response."""
    front = f"What is described here?\n\n*{clue}*"
    assert rule_of(card("reverse", front, "**Abyssal recipes**")) == rule


def test_r83_a_masked_name_is_the_clues_subject() -> None:
    """(`___ with the regex pre-tokenizer …` is no fragment: the mask stands for the name)"""
    front = (
        "What is described here?\n\n*\\_\\_\\_ with the regex pre-tokenizer that became tiktoken's*"
    )
    assert rule_of(card("reverse", front, "**Byte-level BPE**")) is None


def test_a_models_reverse_card_asks_its_own_question() -> None:
    """(the clue rules read a template's clue: a model's reverse card is a question, and
    `Which …?` is no fragment)"""
    front = "Which encoder-only model introduced masked-language-model pretraining?"
    assert rule_of(card("reverse", front, "**BERT**", origin="llm")) is None


def test_r83_an_expansion_that_holds_the_name_itself() -> None:
    """r83 table: "What does **SeaLLM** stand for? → SeaLLMs — Large Language Models"."""
    asked = "What does **SeaLLM** stand for?"
    assert rule_of(card("acronym", asked, "SeaLLMs — Large Language Models")) == "answer-on-front"
    assert rule_of(card("acronym", asked, "Southeast Asian Large Language Model")) is None


def test_r84_a_gist_that_adds_a_second_thing_is_a_fragment() -> None:
    """r84 notes: "What is **OTel sampling docs**? → + tail sampling processor" (useless)."""
    assert rule_of(
        card("gist", "What is **OTel sampling docs**?", "+ tail sampling processor")
    ) == ("fragment")


def test_r84_a_cloze_that_hides_the_names_own_words_reordered() -> None:
    """r84 awesome: `**Malware Images** — the origin of the "{{c1::malware as images}}" line
    of work` (useless): the gap is the name's words."""
    entry = Entry(
        title="Malware Images: Visualization and Automatic Classification",
        description="",
        name="Malware Images",
        names=["Malware Images"],
    )
    front = '**Malware Images** — the origin of the "{{c1::malware as images}}" line of work'
    assert rule_of(card("cloze", front, "**malware as images**"), entry) == "answer-on-front"
    other = "**Malware Images** — classifies {{c1::grayscale texture}} features with GIST"
    assert rule_of(card("cloze", other, "**grayscale texture**"), entry) is None


@pytest.mark.parametrize(
    "back",
    [
        "Epoch AI again",  # (r85 blog, useless: a lab the list named before, and no fact)
        "Used inside Docling",  # (r85 table, weak: where it is used, not what it is)
    ],
)
def test_r85_a_gist_that_only_points_at_another_name(back: str) -> None:
    assert rule_of(card("gist", "What is **X**?", back)) == "points-elsewhere"
    assert rule_of(card("gist", "What is **X**?", "a ranking model used inside Docling")) is None


def test_r85_a_gist_that_is_the_rest_of_the_title_spelling_the_name() -> None:
    """r85 table: "What is **DocVQA**? → A Dataset for VQA on Document Images" (useless): the
    rest of its title, `Doc` and `VQA` read out; an answer that says more is kept."""
    entry = Entry(
        title="DocVQA: A Dataset for VQA on Document Images",
        description="",
        name="DocVQA",
        names=["DocVQA"],
    )
    front = "What is **DocVQA**?"
    assert rule_of(card("gist", front, "A Dataset for VQA on Document Images"), entry) == (
        "answer-on-front"
    )
    kept = "50k questions over 12k scanned industry documents, answers read off the page"
    assert rule_of(card("gist", front, kept), entry) is None


@pytest.mark.parametrize(
    ("clue", "rule"),
    [
        # (r86 glossary, useless: the people cut out, a journal and its volume left)
        (
            "Column dynamics were first treated quantitatively by (Geophys. J. R. Astr. Soc. 45)",
            "fragment",
        ),
        ("Sheet-flow inflation is described in (GSA Bull. 106)", "fragment"),
        # (r86 glossary, useless: a pointer to a reading)
        ("The review and analysis is Sparks 1978 (JVGR 3)", "points-elsewhere"),
    ],
)
def test_r86_a_clue_left_with_a_journal_or_a_reading(clue: str, rule: str) -> None:
    assert rule_of(card("reverse", f"What is described here?\n\n*{clue}*", "**Plinian**")) == rule


def test_r85_a_gist_made_of_the_names_words_and_one_more() -> None:
    """r85 glossary: "What is **Inner core**? → The innermost part of the core" (useless)."""
    entry = Entry(title="Inner core", description="", name="Inner core", names=["Inner core"])
    front = "What is **Inner core**?"
    assert rule_of(card("gist", front, "The innermost part of the core"), entry) == (
        "answer-on-front"
    )
    merkle = Entry(title="Merkle tree", description="", name="Merkle tree", names=["Merkle tree"])
    assert rule_of(card("gist", "What is **Merkle tree**?", "Binary hash tree"), merkle) is None


def test_r91_a_result_title_proved_back_is_held() -> None:
    """r91 awesome: "What does **Symbolic Regression is NP-hard** do? → Proves that SR is
    NP-hard": every word of the answer is in the title (`SR` by its initials)."""
    entry = parse_text(
        "## S\n- [Symbolic Regression is NP-hard](https://arxiv.org/abs/2207.01018) - Virgolin"
        " & Pissis (TMLR 2022). Proves that SR is NP-hard.\n"
    ).entries[0]
    held = card(
        "gist", "What does **Symbolic Regression is NP-hard** do?", "Proves that SR is NP-hard"
    )
    kept = card(
        "gist",
        "What does **Symbolic Regression is NP-hard** do?",
        "Proves that SR is NP-hard even for a fixed grammar of operators",
    )
    assert rule_of(held, entry) == "answer-on-front"
    assert rule_of(kept, entry) is None


def test_r81_a_handle_after_its_owners_name_is_given_away() -> None:
    """r81 notes: `Matt Pettineo ({{c1::MJP}})` — the name before the gap holds all its
    letters but a middle initial; `Probe Timeout ({{c1::PTO}})` all but one inner letter."""
    for front in (
        "**Breaking Down Barriers** — Matt Pettineo ({{c1::MJP}}), 6-part series, 2018",
        "**RFC 9002** — Probe Timeout ({{c1::PTO}}) replaces both RTO and TLP",
    ):
        assert rule_of(card("cloze", front, "**x**")) == "answer-on-front"
    kept = card("cloze", "**Barriers** — written by Matt Pettineo ({{c1::Ubisoft}})", "**x**")
    assert rule_of(kept) is None


def test_r94_a_name_spelled_out_in_quotes_gives_it_away() -> None:
    """r94 notes: *Wasmtime's baseline compiler = "WebAssembly Intentionally-Non-Optimizing
    Compiler and Host"* → **Winch** (useless: the name's letters, in quotes on the front)."""
    held = card(
        "reverse",
        "What is described here?\n\n*Wasmtime's baseline compiler = \"WebAssembly"
        ' Intentionally-Non-Optimizing Compiler and Host"*',
        "**Winch**",
    )
    kept = card(
        "reverse",
        "What is described here?\n\n*single pass, reuses Cranelift's machine-code emission"
        ' layer, "no optimizations at all"*',
        "**Winch**",
    )
    assert (rule_of(held), rule_of(kept)) == ("answer-on-front", None)


def test_r94_a_clue_whose_citation_was_cut_after_its_preposition_is_a_fragment() -> None:
    """r94 table: *~50k atom-mapped patent reactions …; became THE single-step retro
    benchmark after* → **USPTO-50K** (`after Liu et al. 2017` cut out); but `published
    alongside the design, not after`, `… model since` and `GROUP BY` end where they should."""
    held = card(
        "reverse",
        "What is described here?\n\n*~50k atom-mapped patent reactions labelled with 10"
        " reaction classes; became THE single-step retro benchmark after*",
        "**USPTO-50K**",
    )
    observed = card(
        "reverse",
        "What is described here?\n\n*first exoplanet detection on HD 209458 b by*",
        "**Rossiter–McLaughlin effect**",
    )
    kept = [
        card("reverse", f"What is described here?\n\n*{clue}*", "**M4**")
        for clue in (
            "formal semantics published alongside the design, not after",
            "the template for every image-text embedding model since",
            "pushed down into the database as plain SQL GROUP BY",
        )
    ]
    assert (rule_of(held), rule_of(observed)) == ("fragment", "fragment")
    assert [rule_of(item) for item in kept] == [None, None, None]


def test_a_cloze_on_the_person_a_word_on_its_front_is_named_after_is_held() -> None:
    """r97 glossary: `**Martensite** — … Named after {{c1::Adolf Martens}}` spells the
    hidden name; `{{c1::Dijkstra}}'s algorithm finds shortest paths` does not."""
    held = card(
        "cloze",
        "**Martensite** — Hardness climbs steeply with carbon. Named after {{c1::Adolf Martens}}",
        "**Adolf Martens**",
    )
    kept = card(
        "cloze",
        "**Shortest paths** — the greedy algorithm by {{c1::Edsger Dijkstra}} settles the"
        " nearest vertex first",
        "**Edsger Dijkstra**",
    )
    assert rule_of(held) == "answer-on-front"
    assert rule_of(kept) is None


def test_what_a_test_measures_is_a_narrow_question_a_one_word_answer_may_meet() -> None:
    """r97 glossary: "What does **Jominy end-quench test** measure? → hardenability" was held
    as too vague; "What is **Jominy end-quench test**? → hardenability" still is."""
    asked = card("gist", "What does **Jominy end-quench test** measure?", "hardenability")
    vague = card("gist", "What is **Jominy end-quench test**?", "hardenability")
    assert rule_of(asked) is None
    assert rule_of(vague) is not None


def test_a_clue_that_is_only_a_result_figure_is_thin() -> None:
    """r97 blog and awesome (weak): `*10–45% faster than plain speculative decoding*` →
    DistillSpec, `*65.5 NDS and 63.8 AMOTA on nuScenes test*` → CenterPoint; but a
    dataset's size and make-up (`*~134k small organic molecules with up to 9 heavy atoms
    …*` → QM9) says what it is."""
    faster = card(
        "reverse",
        "What is described here?\n\n*10–45% faster than plain speculative decoding*",
        "**DistillSpec**",
    )
    scored = card(
        "reverse",
        "What is described here?\n\n*65.5 NDS and 63.8 AMOTA on nuScenes test (single model)*",
        "**CenterPoint**",
    )
    dataset = card(
        "reverse",
        "What is described here?\n\n*\\~134k small organic molecules with up to 9 heavy atoms"
        " (C, N, O, F), B3LYP properties*",
        "**QM9**",
    )
    assert rule_of(faster) == "thin-clue"
    assert rule_of(scored) == "thin-clue"
    assert rule_of(dataset) is None


def test_a_short_name_in_the_answers_brackets_on_the_clue_gives_it_away() -> None:
    """r98 glossary: "*the FAO-56 approach: ETc = Kc × ET0*" → **Crop coefficient (Kc) /
    reference ET**; a clue without `Kc` keeps its card."""
    shown = card(
        "reverse",
        "What is described here?\n\n*the FAO-56 approach: ETc = Kc × ET0*",
        "**Crop coefficient (Kc) / reference ET**",
    )
    hidden = card(
        "reverse",
        "What is described here?\n\n*the ratio that scales short grass's water use to a"
        " field's, stage by stage*",
        "**Crop coefficient (Kc) / reference ET**",
    )
    assert rule_of(shown) == "answer-on-front"
    assert rule_of(hidden) is None


def test_a_cloze_on_the_initials_of_the_name_on_its_front_is_held() -> None:
    """r98 glossary: `**van Genuchten model** — When someone says "{{c1::VG parameters}}"
    they mean α and n` (useless: VG is the name's initials); `{{c1::RMSE}}` under the same
    name hides no initials of it."""
    entry = Entry(title="van Genuchten model", description="", name="van Genuchten model")
    held = card(
        "cloze",
        '**van Genuchten model** — When someone says "{{c1::VG parameters}}" they mean α and n',
        "**VG parameters**",
    )
    kept = card(
        "cloze",
        "**van Genuchten model** — fits are judged by {{c1::RMSE}} against measured retention",
        "**RMSE**",
    )
    assert rule_of(held, entry) == "answer-on-front"
    assert rule_of(kept, entry) is None


def test_a_gist_that_only_says_which_part_of_a_manual_it_is_is_vague() -> None:
    """r100 notes: "What is **Processes**? → chapter of the Reference Manual" (useless); a
    chapter that says what it covers keeps its card."""
    entry = Entry(title="Processes", description="", name="Processes")
    held = card("gist", "What is **Processes**?", "chapter of the Reference Manual")
    kept = card(
        "gist",
        "What is **Processes**?",
        "lightweight isolated units of the VM that share nothing and talk by message passing",
    )
    assert rule_of(held, entry) == "vague-answer"
    assert rule_of(kept, entry) is None


def test_r103_a_cloze_on_a_journal_before_its_volume_is_held() -> None:
    """r103 glossary: "**Nutrient spiraling** — … Newbold et al. 1981 ({{c1::CJFAS}}
    38:860–863)" (useless: citation debris)."""
    entry = Entry(title="Nutrient spiraling", description="", name="Nutrient spiraling")
    held = card(
        "cloze",
        "**Nutrient spiraling** — measurement approach in Newbold et al. 1981 ({{c1::CJFAS}}"
        " 38:860–863)",
        "**CJFAS**",
    )
    assert rule_of(held, entry) == "id-cloze"
    kept = card(
        "cloze",
        "**Nutrient spiraling** — nutrients cycle while moving {{c1::downstream}} 38 times",
        "**downstream**",
    )
    assert rule_of(kept, entry) is None


def test_r105_all_previous_ones_of_its_own_sentence_point_nowhere_else() -> None:
    """r105 awesome: WaveNet's gist `… predict each audio sample from all previous ones`
    was held as pointing to other entries."""
    own = card(
        "gist",
        "What is **WaveNet**?",
        "Dilated causal convolutions predict each audio sample from all previous ones",
    )
    other = card("gist", "What is **X**?", "Same trick as the previous ones, at scale")
    assert rule_of(own) is None
    assert rule_of(other) == "points-elsewhere"


def test_r105_a_proper_name_that_starts_a_word_of_the_clue_gives_it_away() -> None:
    """r105 notes: "*Borgmaster replicated 5x, …*" → **Large-scale cluster management at
    Google with Borg**."""
    borg = card(
        "reverse",
        "What is described here?\n\n*Borgmaster replicated 5x, state in a Paxos-based store*",
        "**Large-scale cluster management at Google with Borg**",
    )
    chubby = card(
        "reverse",
        "What is described here?\n\n*state in a Paxos-based store, leader elected via Chubby*",
        "**Large-scale cluster management at Google with Borg**",
    )
    assert rule_of(borg) == "answer-on-front"
    assert rule_of(chubby) is None
    # (a title in title case names no proper noun: `GraphCast` gives nothing of *Forecasting
    # Global Weather with Graph Neural Networks* away)
    graphcast = card(
        "reverse",
        "What is described here?\n\n*Previewed the GraphCast architecture on a mesh*",
        "**Forecasting Global Weather with Graph Neural Networks**",
    )
    assert rule_of(graphcast) is None


def test_r107_an_abbreviation_or_a_latin_root_on_the_clue_gives_the_term_away() -> None:
    """r107 glossary: "*Type I = IFN-α/β …*" → **Interferon**, "*Neonatal thymectomy in mice
    → …*" → **Thymus** (but `WASI` gives nothing of *Wasmtime* away)."""
    ifn = card(
        "reverse", "What is described here?\n\n*Type I = IFN-α/β (antiviral)*", "**Interferon**"
    )
    thymus = card(
        "reverse",
        "What is described here?\n\n*Neonatal thymectomy in mice → no T cells*",
        "**Thymus**",
    )
    wasm = card(
        "reverse",
        "What is described here?\n\n*reference implementation of WASI 0.2*",
        "**Wasmtime**",
    )
    assert rule_of(ifn) == rule_of(thymus) == "answer-on-front"
    assert rule_of(wasm) is None


def test_r105_when_it_came_out_is_no_answer_to_what_it_is() -> None:
    """r105 glossary: "What is **JWST**? → launched 25 Dec 2021"."""
    assert rule_of(card("gist", "What is **JWST**?", "launched 25 Dec 2021")) == "vague-answer"
    assert rule_of(card("gist", "What is **JWST**?", "A 6.5 m infrared space telescope")) is None


def test_r106_a_cloze_on_a_journal_before_its_volume_and_issue_is_held() -> None:
    """r106 glossary: `… ("Toward a Positive Theory of Consumer Choice", {{c1::JEBO}} 1(1))`."""
    journal = card(
        "cloze",
        '**Endowment effect** — Thaler coined the term in 1980 ("Toward a Positive Theory of'
        ' Consumer Choice", {{c1::JEBO}} 1(1))',
        "**JEBO**",
    )
    assert rule_of(journal) == "id-cloze"


def test_r113_a_count_before_its_listed_items_is_no_cloze() -> None:
    """r113 blog: `It has {{c1::six patterns}}: action-selector, plan-then-execute, …` (useless:
    count the list on the front); a count with no list after it is still asked."""
    listed = card(
        "cloze",
        "**Design Patterns** — It has {{c1::six patterns}}: action-selector, plan-then-execute,"
        " LLM map-reduce, dual LLM, code-then-execute, and context-minimization",
        "six patterns",
    )
    assert rule_of(listed) == "list-item-cloze"
    unlisted = card(
        "cloze",
        "**Design Patterns** — It has {{c1::six patterns}}: each one limits what injected text can"
        " trigger",
        "six patterns",
    )
    assert rule_of(unlisted) is None


def test_r113_an_acronym_spelled_by_a_word_and_the_name_is_on_the_front() -> None:
    """r113 glossary: `**Unit root / Dickey–Fuller test** — The augmented version
    ({{c1::ADF}}) adds lagged differences …` (useless: Augmented + Dickey–Fuller spell it)."""
    entry = Entry(
        title="Unit root / Dickey–Fuller test",
        description="",
        name="Unit root / Dickey–Fuller test",
        names=["Unit root / Dickey–Fuller test"],
    )
    spelled = card(
        "cloze",
        "**Unit root / Dickey–Fuller test** — The augmented version ({{c1::ADF}}) adds lagged"
        " differences to soak up serial correlation",
        "ADF",
    )
    assert rule_of(spelled, entry) == "answer-on-front"
    other = card(
        "cloze",
        "**Unit root / Dickey–Fuller test** — The other test ({{c1::KPSS}}) flips the null to"
        " stationarity",
        "KPSS",
    )
    assert rule_of(other, entry) is None


def test_r113_a_names_trailing_acronym_spelled_out_first_is_on_the_front() -> None:
    """r113 table: "*A Prior-Data Fitted Network: a transformer trained …*" → **TabPFN**
    (useless: PFN spelled out); a clue that does not spell it is let through."""
    spelled = card(
        "reverse",
        "What is described here?\n\n*A Prior-Data Fitted Network: a transformer trained offline"
        " on millions of synthetic datasets*",
        "**TabPFN**",
    )
    assert rule_of(spelled) == "answer-on-front"
    plain = card(
        "reverse",
        "What is described here?\n\n*A transformer trained offline on millions of synthetic"
        " datasets, then used in one forward pass*",
        "**TabPFN**",
    )
    assert rule_of(plain) is None


def test_r113_an_acronym_on_the_front_inside_the_hidden_one() -> None:
    """r113 syllabus: `Wraps it into particle MCMC ({{c1::PMCMC}})` (useless)."""
    hidden = card(
        "cloze", "**Anglican** — Wraps it into particle MCMC ({{c1::PMCMC}}) for programs", "PMCMC"
    )
    assert rule_of(hidden) == "answer-on-front"
    other = card(
        "cloze",
        "**Anglican** — Wraps it into a sampler ({{c1::PMCMC}}) for general programs",
        "PMCMC",
    )
    assert rule_of(other) is None


def test_r113_one_of_a_pair_joined_by_a_plus_is_no_cloze() -> None:
    """r113 notes: `BGPStream merges {{c1::RouteViews}} + RIS archives` (weak: one of two)."""
    paired = card("cloze", "**BGPStream** — merges {{c1::RouteViews}} + RIS archives", "RouteViews")
    assert rule_of(paired) == "list-item-cloze"
    alone = card("cloze", "**BGPStream** — merges {{c1::RouteViews}} archives in time order", "x")
    assert rule_of(alone) is None


def test_r114_the_answers_greek_letter_as_a_symbol_is_on_the_front() -> None:
    """r114 glossary: "*Below θ the chain collapses into a globule*" → **Theta solvent**."""
    shown = card(
        "reverse", "What is described here?\n\n*Below θ the chain collapses*", "**Theta solvent**"
    )
    assert rule_of(shown) == "answer-on-front"
    plain = card(
        "reverse",
        "What is described here?\n\n*Below this temperature the polymer chain collapses into a"
        " compact globule*",
        "**Theta solvent**",
    )
    assert rule_of(plain) is None


def test_r79_a_clue_whose_citation_was_cut_after_is_from_is_a_fragment() -> None:
    """r79 glossary: "*The coupled-wave theory, including the idea of quasi-phase matching, is
    from*" → **Second-harmonic generation** (the citation cut out of its end)."""
    cut = card(
        "reverse",
        "What is described here?\n\n*The coupled-wave theory, including the idea of quasi-phase"
        " matching, is from*",
        "**Second-harmonic generation**",
    )
    assert rule_of(cut) == "fragment"


def test_r115_the_answers_short_form_on_the_front() -> None:
    """r115 glossary: "*Ivabradine is a selective I_f blocker …*" → **Funny current (I_f)**,
    "*ectopic beats … in the PVs initiate paroxysmal AF*" → **Pulmonary vein triggers**."""
    bracketed = card(
        "reverse",
        "What is described here?\n\n*Ivabradine is a selective I\\_f blocker → slows sinus rate*",
        "**Funny current (I\\_f)**",
    )
    assert rule_of(bracketed) == "answer-on-front"
    initials = card(
        "reverse",
        "What is described here?\n\n*ectopic beats firing from myocardial sleeves in the PVs"
        " initiate paroxysmal AF*",
        "**Pulmonary vein triggers**",
    )
    assert rule_of(initials) == "answer-on-front"
    field = card(
        "reverse",
        "What is described here?\n\n*The standard taxonomy: ML alongside solvers, ML inside"
        " solvers, and end-to-end learning*",
        "**Machine Learning for Combinatorial Optimization**",
    )
    assert rule_of(field) is None


def test_r117_a_clue_or_cloze_on_what_the_list_said_before_is_held() -> None:
    """r117 table: "*Others pushed back on that number quickly …*" → Genesis; r117 blog: a
    cloze on "… is built out of these pieces"; but a sentence's own "that" is no pointer."""
    pushed = card(
        "reverse",
        "What is described here?\n\n*Others pushed back on that number quickly because of how"
        " it was benchmarked*",
        "**Genesis**",
    )
    pieces = card(
        "cloze",
        "**NVIDIA Hopper Architecture In-Depth** — {{c1::FlashAttention-3}} and basically every"
        " modern Hopper kernel is built out of these pieces",
        "**FlashAttention-3**",
    )
    assert rule_of(pushed) == rule_of(pieces) == "points-elsewhere"
    picks = card(
        "gist",
        "What does **tinyBenchmarks** do?",
        "uses item response theory to pick \\~100 items that estimate full-benchmark accuracy",
    )
    harmonic = card(
        "cloze",
        "**HyperLogLog** — same registers as LogLog, but combine with the {{c1::harmonic mean}}",
        "**harmonic mean**",
    )
    assert rule_of(picks) is None
    assert rule_of(harmonic) is None


def test_r118_a_sentence_that_opens_on_its_condition_is_no_fragment() -> None:
    """`with staggered adoption, the TWFE DiD coefficient is a weighted average of every
    possible 2×2 DiD` (r113 glossary, read again in r118's round): a whole sentence; but
    `with a global pooling layer` alone is a fragment."""
    whole = card(
        "gist",
        "What is **Goodman-Bacon decomposition**?",
        "with staggered adoption, the TWFE DiD coefficient is a weighted average of every"
        " possible 2×2 DiD",
    )
    part = card("gist", "What is **CAM**?", "with a global average pooling layer before the FC")
    assert rule_of(whole) is None
    assert rule_of(part) == "fragment"


def test_r118_a_gist_that_only_sizes_up_the_paper_is_vague() -> None:
    """r118 table: "What is **GNMT wordpieces**? → Big production NMT paper"; but "What is
    **Latent Diffusion**? → effectively the Stable Diffusion paper" (the bundled list) says
    which paper it is, and a numbered document's subject answers it (`FLIP-76`)."""
    sized = card("gist", "What is **GNMT wordpieces**?", "Big production NMT paper")
    which = card("gist", "What is **Latent Diffusion**?", "effectively the Stable Diffusion paper")
    assert rule_of(sized) == "vague-answer"
    assert rule_of(which) is None
    flip = parse_text(
        "## Flink\n\n- **FLIP-76: Unaligned Checkpoints** (https://cwiki.apache.org/confluence/"
        "display/FLINK/FLIP-76)\n  - barriers overtake in-flight buffers\n"
    ).entries[0]
    assert rule_of(card("gist", "What is **FLIP-76**?", "Unaligned Checkpoints"), flip) is None


def test_r118_the_writers_taste_a_bare_speedup_and_an_unnamed_successor_are_held() -> None:
    """r118 blog: "*A nice palate cleanser after all the bespoke architectures*" → Stormer,
    "*This is the ECMWF paper that basically opened the field*", "*The 0.25° successor, run
    out of Google Research …*" → WeatherBench 2; r118 awesome: "*Reported \\~60x faster than
    comparable end-to-end linkers*" → ReFinED."""

    def clue(text: str) -> str | None:
        return rule_of(card("reverse", f"What is described here?\n\n*{text}*", "**Stormer**"))

    assert clue("A nice palate cleanser after all the bespoke architectures") == "opinion"
    assert clue("This is the ECMWF paper that basically opened the field") == "opinion"
    assert clue("The 0.25° successor, run out of Google Research with ECMWF folks") == (
        "points-elsewhere"
    )
    assert clue("Reported \\~60x faster than comparable end-to-end linkers") == "thin-clue"
    assert clue("A near-vanilla transformer trained to predict over varying intervals") is None


def test_r119_a_kind_of_survey_with_its_aside_is_vague() -> None:
    """r119 awesome: "What is **Deep Learning for Anomaly Detection: A Review**? → General
    (not industrial-specific) survey"."""
    review = card(
        "gist",
        "What is **Deep Learning for Anomaly Detection: A Review**?",
        "General (not industrial-specific) survey",
    )
    assert rule_of(review) == "vague-answer"


def test_r119_an_essay_and_where_it_was_published_is_only_a_medium() -> None:
    """r119 notes: "What is **Peritext**? → Ink & Switch essay w/ interactive demos"."""
    peritext = card("gist", "What is **Peritext**?", "Ink \\& Switch essay w/ interactive demos")
    assert rule_of(peritext) == "vague-answer"


@pytest.mark.parametrize(
    "clue",
    [
        # r122 table, blog and syllabus (weak): sizes and scores, nothing of what it is
        "Claimed 8.4x faster decoding and ~70% memory savings vs a 7B transformer at 8K",
        "Pushes to 2,048K (≈2M) tokens",
        "Built on ~4000 scaling experiments on up to 512 GPUs",
        # r122 glossary and blog (weak and useless): leaning on what it answers or on others
        "The alternative is an iodine absorption cell as the wavelength reference",
        "The catch for long context is exactly the fixed-size state",
        "Faster variants: Clark 1980, Cotton–Schwab",
        "Reviews: Antonucci 1993 (ARA&A 31, 473), the latter for radio-loud objects",
    ],
)
def test_r122_clues_that_tell_nothing_apart_are_held(clue: str) -> None:
    assert rule_of(card("reverse", f"What is described here?\n\n*{clue}*", "**Zorblat**")) in {
        "thin-clue",
        "points-elsewhere",
    }


@pytest.mark.parametrize(
    "clue",
    [
        "Stable LM over up to 4M tokens and 22.2x faster than sliding-window-with-recompute",
        "1,266 hard-to-find-but-easy-to-verify questions",
        "1 / absolute risk reduction",
        "The alternative to ring: all-to-all to swap from sequence-sharded to head-sharded",
    ],
)
def test_r122_clues_with_a_figure_that_still_say_what_it_is_pass(clue: str) -> None:
    assert rule_of(card("reverse", f"What is described here?\n\n*{clue}*", "**Zorblat**")) is None


def test_r122_a_cloze_hiding_one_of_the_front_names_and_a_size_is_held() -> None:
    """r122 blog (useless): `**ProLong / "How to Train …"** — Their {{c1::ProLong-8B}} …`."""
    front = (
        '**ProLong / "How to Train Long-Context Language Models (Effectively)"** — Their'
        " {{c1::ProLong-8B}} (from Llama-3-8B) handles up to 512K tokens"
    )
    assert rule_of(card("cloze", front, "**ProLong-8B**")) == "answer-on-front"
    other = front.replace("{{c1::ProLong-8B}}", "{{c1::Llama-3-8B}}").replace(
        "(from Llama-3-8B)", "(from ProLong-8B)"
    )
    assert rule_of(card("cloze", other, "**Llama-3-8B**")) != "answer-on-front"


@pytest.mark.parametrize(
    ("term", "answer"),
    [
        ("whole FS", "a tree rooted there"),  # r123 notes (useless): rooted where?
        ("segment cleaner", "the hard part"),  # r123 notes (useless): a verdict
        ("take-away", "apps silently depend on ext4-data=ordered-ish behaviour"),
    ],
)
def test_r123_term_cards_on_a_label_or_leaning_on_the_note_are_held(term: str, answer: str) -> None:
    front = f"*Some Paper*\n\n**{term}** is …?"
    assert rule_of(card("term", front, answer)) == "vague-answer"
    assert (
        rule_of(card("term", "*Some Paper*\n\n**group commit**: …?", "batch many updates")) is None
    )


def test_r128_a_clue_that_follows_from_a_sentence_left_behind_is_a_fragment() -> None:
    """r128 glossary: "What is described here? *Meaning most chlorophyll is antenna, not
    reaction centre*" → Photosynthetic unit (graded useless: a dangling fragment)."""
    held = card(
        "reverse",
        "What is described here?\n\n*Meaning most chlorophyll is antenna, not reaction centre*",
        "**Photosynthetic unit**",
    )
    passed = card(
        "reverse",
        "What is described here?\n\n*Most chlorophyll is antenna, not reaction centre*",
        "**Photosynthetic unit**",
    )
    assert rule_of(held) == "fragment"
    assert rule_of(passed) is None


def test_a_finding_passes_the_gate_a_gist_answer_passes() -> None:
    """A `finding` card's answer is the list's sentence, read as a gist's is: one that leans
    on what the list said before, or an opinion, is held; a result said as how much is not
    a fragment (`About an order of magnitude faster than Tacotron 2`)."""
    ask = "What result is **MMLU** known for?"
    assert rule_of(card("finding", ask, "Those speedups held up at 70B")) == "points-elsewhere"
    assert rule_of(card("finding", ask, "which beat GPT-3 by 20 points")) == "fragment"
    assert (
        rule_of(card("finding", ask, "About an order of magnitude faster than Tacotron 2")) is None
    )
    assert (
        rule_of(card("finding", ask, "Same or better throughput than TCP w/ 90% less buffer"))
        is None
    )


def test_a_cloze_whose_subject_was_cut_as_a_citation_is_a_fragment() -> None:
    """r129 glossary: `Hirth & Tullis 1992 (*J. Struct. Geol.*) defined them experimentally
    as "regimes 1–3"` lost its people as a citation: `**Quartz recrystallization regimes**
    — defined them experimentally as "{{c1::regimes 1–3}}"` (graded useless)."""
    cloze = card(
        "cloze",
        '**Quartz recrystallization regimes** — defined them experimentally as "{{c1::regimes'
        ' 1–3}}"',
        "**regimes 1–3**",
    )
    assert rule_of(cloze) == "fragment"


def test_a_cloze_beside_a_lower_case_tool_name_hides_one_of_a_pair() -> None:
    """r128 blog: `… it's the engine under {{c1::Auto-WEKA}} and auto-sklearn` (graded weak:
    one item of a pair); a hyphenated adjective after `and` is no partner."""
    pair = card(
        "cloze",
        "**SMAC** — It came out of the SAT-solver configuration world, and it's the engine"
        " under {{c1::Auto-WEKA}} and auto-sklearn",
        "**Auto-WEKA**",
    )
    assert rule_of(pair) == "list-item-cloze"
    described = card(
        "cloze",
        "**DD-PPO** — This is why the community moved on to {{c1::ObjectNav}} and noisy-sensor"
        " navigation tasks",
        "**ObjectNav**",
    )
    assert rule_of(described) != "list-item-cloze"


def test_r132_a_gist_that_points_to_a_line_of_the_list_is_held() -> None:
    """r132 table: "What is **A Review of Sparse Expert Models in Deep Learning**? → Written
    by people who built half of the Google line above" (useless: which line?)."""
    review = card(
        "gist",
        "What is **A Review of Sparse Expert Models in Deep Learning**?",
        "Written by people who built half of the Google line above",
    )
    assert rule_of(review) == "points-elsewhere"
    chapters = card(
        "gist", "What is **Exoplanets**?", "Several of the chapters below come from this one"
    )
    assert rule_of(chapters) == "points-elsewhere"
    assert rule_of(card("gist", "What is **X**?", "A line search above the trust region")) is None


def test_r132_a_clue_that_leans_on_a_scheme_above_is_held_but_not_the_water_above() -> None:
    clue = card(
        "reverse",
        "What is described here?\n\n*Balancing uses the aux-loss-free bias scheme above, with"
        " only a tiny sequence-wise balance loss kept as a backstop*",
        "**DeepSeek-V3**",
    )
    assert rule_of(clue) == "points-elsewhere"
    for said in (
        "A lake where a bottom layer never mixes with the water above",
        "A fold formed as a thrust sheet rides over a bend in the fault below it",
        "A single linear layer beat all the fancy LTSF transformers above on their benchmarks",
    ):
        assert rule_of(card("gist", "What is **X**?", said)) is None


def test_r133_a_cloze_whose_coded_word_is_in_the_names_beside_it_is_held() -> None:
    """r133 notes: "**Zipkin** — Gave us {{c1::B3 propagation}} (X-B3-TraceId,
    X-B3-SpanId, …)" (useless: B3 is on the front)."""
    zipkin = card(
        "cloze",
        "**Zipkin** — Gave us {{c1::B3 propagation}} (X-B3-TraceId, X-B3-SpanId,"
        " X-B3-ParentSpanId, X-B3-Sampled), which is still everywhere in older meshes",
        "**B3 propagation**",
    )
    assert rule_of(zipkin) == "answer-on-front"
    plain = card(
        "cloze",
        "**Zipkin** — Gave us {{c1::B3 propagation}}, which is still everywhere in older meshes",
        "**B3 propagation**",
    )
    assert rule_of(plain) != "answer-on-front"
