"""A note's bullet that states what a term is (`srs.reading.statements`), and the `term`
cards that ask it (r79 notes: 87 facts in nested bullets, 26 tested; most bullets were
asked as "What is described here?" → the source, graded weak)."""

from __future__ import annotations

import pytest

from srs.cards.card import Card
from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.document import parse_text
from srs.reading.statements import Statement, statement


@pytest.mark.parametrize(
    ("text", "term", "sep", "answer"),
    [
        ("heap page = 8 KB", "heap page", "=", "8 KB"),
        ("LSN = byte position in the WAL stream", "LSN", "=", "byte position in the WAL stream"),
        (
            "a TID / ctid is (block number, line pointer offset)",
            "a TID / ctid",
            "is",
            "(block number, line pointer offset)",
        ),
        (
            "checkpoint: flush all dirty buffers, write checkpoint record",
            "checkpoint",
            ":",
            "flush all dirty buffers, write checkpoint record",
        ),
        # a hedge and an aside are no part of the answer
        (
            "RR in PG is actually snapshot isolation; stronger than the standard asks",
            "RR in PG",
            "is",
            "snapshot isolation",
        ),
        (
            "Postgres = process-per-connection model (postmaster forks a backend), hence why"
            " poolers matter",
            "Postgres",
            "=",
            "process-per-connection model (postmaster forks a backend)",
        ),
        # a setting's value and what it does
        (
            "synchronous_commit = off → may lose last few txns on crash",
            "synchronous_commit = off",
            "→",
            "may lose last few txns on crash",
        ),
        # a number stays the answer
        (
            "default_statistics_target = 100 → 100 MCVs",
            "default_statistics_target",
            "=",
            "100 → 100 MCVs",
        ),
        # a second term's statement ends the first's
        (
            "Ignition = register-based bytecode interpreter, TurboFan = sea-of-nodes compiler",
            "Ignition",
            "=",
            "register-based bytecode interpreter",
        ),
        (
            "shallow buffers: massive loss. deep buffers: cwnd-limited",
            "shallow buffers",
            ":",
            "massive loss",
        ),
    ],
)
def test_a_bullet_that_states_what_a_term_is(text: str, term: str, sep: str, answer: str) -> None:
    assert statement(text) == Statement(term=term, sep=sep, answer=answer)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence about the source, not a term's statement
        "free online book, chapter per subsystem",
        "defines snapshot isolation formally and shows it isn't serializable",
        # a label over a list of parts
        "history: original Berkeley POSTGRES had a no-overwrite storage manager",
        "parts: isolation & MVCC / buffer cache & WAL / locks / query execution",
        "levels: Read Committed (default), Repeatable Read, Serializable",
        "anomalies: P0 dirty write, P1 dirty read, P2 fuzzy read, P3 phantom",
        "PG-specific finding: nested-loop joins picked on underestimates are the disasters",
        # a pointer, a verdict, a negation, a membership
        "this is why WAL volume spikes right after a checkpoint",
        "java.util.concurrent.ConcurrentLinkedQueue is based on it",
        "docs on the security model are excellent",
        "Mind = blown, first time",
        "PG is not ARIES: thanks to MVCC there's no undo phase",
        "PG is one of the systems tested",
        "methodology is the point: pointer-chasing to measure latency",
        # a clause, a verb's subject, a command line, a source, a citation
        'aborts when it sees a "dangerous structure": two consecutive rw-edges',
        "LLVM has both: the Loop Vectorizer and the SLP vectorizer",
        "Proves state-based and op-based are equivalent in expressive power",
        "pg_waldump -p $PGDATA/pg_wal --start=<LSN> to see actual records",
        "theory from TODS 2005: every non-serializable SI execution has a dangerous structure",
        'userspace: Desnoyers, McKenney, Stern, "User-Level Implementations of RCU", TPDS',
        "part 2 is a catalogue: spin locks, lists, queues",
        "~20 years later: Intel TSX, IBM POWER8 HTM",
        # under a glossary's term or a blog's paper: a numbered caveat, a dangling label, a
        # question, a verdict
        "Caveat 1: resolution limit",
        "Still the right model for: connection pools that reject when full",
        "A good replication exercise: How does GPT-2 compute greater-than?",
        "The gains are real, but read the per-subset numbers",
        "the Gaussian approximation version is much faster and good enough",
        # (r80 notes, graded weak: whose argument, which post; a reason, not what it is)
        "argument: BPF is to the kernel what JavaScript was to HTML",
        'companion post: "...Sending Data" (same site)',
        "state pruning is why verification is tractable at all",
        # (r81 notes, graded weak: a document's part, advice, a quality, a kind of another)
        "Khronos wiki: copy-paste barrier recipes (compute write → vertex read)",
        "Swapchain chapter: presentation modes",
        "Key advice: Descriptor sets: allocate from per-frame pools",
        "Hi-Z / early-Z is conservative",
        "Hardware Hi-Z is a simplified version",
        "The functions are linear",
        # (r82 notes: a pointer, a document's age)
        "FLUSHALL ASYNC is the same mechanism",
        "the doc page is old (mentions anet.c + redis.c) but the structure still holds",
    ],
)
def test_what_is_no_statement_of_a_term(text: str) -> None:
    assert statement(text) is None


NOTES = """# Postgres internals: reading notes

## WAL

1. **Docs: Reliability and the Write-Ahead Log (ch. 30)** (https://www.postgresql.org/docs/current/wal-intro.html)
   - rule: log record describing a change must be flushed before the data page is written
   - LSN = byte position in the WAL stream
   - WAL segments are 16 MB by default (configurable at initdb since PG 11)
2. **MVCC Unmasked** — Bruce Momjian ([pdf](https://momjian.us/main/writings/pgsql/mvcc.pdf))
   - slides; best visual intro to xmin / xmax / cmin / cmax
   - every tuple header has xmin (inserting xid) and xmax (deleting xid, 0 if live)
   - visibility = snapshot (xmin, xmax, xip list) + commit status from CLOG
3. **SAC** ([pdf](https://arxiv.org/abs/1801.01290))
   - maximum-entropy objective: reward + α · entropy of the policy
   - off-policy, stochastic policy, very sample-efficient on continuous control
"""


def _cards() -> list[Card]:
    return template_cards(parse_text(NOTES), load_templates()).cards


def test_a_term_card_asks_what_the_bullet_says_the_term_is() -> None:
    terms = {card.front: card.back for card in _cards() if card.kind == "term"}
    wal = "*Docs: Reliability and the Write-Ahead Log (ch. 30)*\n\n"
    assert terms[wal + "**LSN** = …?"] == "byte position in the WAL stream"
    assert (
        terms[wal + "**WAL segments** are …?"]
        == "16 MB by default (configurable at initdb since PG 11)"
    )
    assert terms[wal + "**rule**: …?"].startswith("log record describing a change")
    assert terms["*MVCC Unmasked*\n\n**visibility** = …?"].startswith("snapshot (xmin, xmax")


def test_a_term_card_is_keyed_by_its_term() -> None:
    """Rewording what the bullet says keeps the card (and its history)."""
    (lsn,) = [card for card in _cards() if card.kind == "term" and "LSN" in card.front]
    reworded = NOTES.replace("byte position in the WAL stream", "the WAL position, in bytes")
    again = template_cards(parse_text(reworded), load_templates()).cards
    (moved,) = [card for card in again if card.kind == "term" and "LSN" in card.front]
    assert moved.id == lsn.id and moved.id.endswith("|term|lsn")
    assert moved.back == "the WAL position, in bytes"


def test_a_stated_term_is_no_clue_for_its_source_and_no_gist_of_it() -> None:
    """r79 notes: "What is described here? *visibility = snapshot …*" → MVCC Unmasked and
    "What is **MVCC Unmasked**? → visibility = snapshot …" (weak): which source holds a
    fact of the field, not the fact."""
    cards = _cards()
    other = [card for card in cards if card.kind != "term"]
    assert not any("visibility = snapshot" in card.front + card.back for card in other)
    assert not any("LSN = byte" in card.front + card.back for card in other)


def test_a_methods_first_bullet_still_says_what_the_method_is() -> None:
    """`**SAC**` — `maximum-entropy objective: …`: under a method's short name the first
    bullet is what the method is, asked by its gist (not a `term` card)."""
    cards = _cards()
    gists = {card.front: card.back for card in cards if card.kind == "gist"}
    assert gists["What is **SAC**?"].startswith("maximum-entropy objective")
    assert not any(card.kind == "term" and "SAC" in card.front for card in cards)


def test_a_page_of_documentation_has_no_gist_from_a_notes_detail() -> None:
    """r79 notes: "What is **Docs: Using EXPLAIN**? → seq scan cost = pages × …" (useless):
    a bullet under a docs page says a detail, not what the page is."""
    text = (
        "## Planner\n\n1. **Docs: Using EXPLAIN**"
        " (https://www.postgresql.org/docs/current/using-explain.html)\n"
        "   - always EXPLAIN (ANALYZE, BUFFERS) and compare the estimated rows with the"
        " actual ones\n"
    )
    cards = template_cards(parse_text(text), load_templates()).cards
    assert not [card for card in cards if card.kind == "gist"]


def test_notes_byline_of_one_person_after_the_name() -> None:
    """r79 notes: `**The Internals of PostgreSQL** — Hironobu Suzuki (https://…) ⭐` and
    `— Egor Rogov, Postgres Professional ([pdf](…))` made no who-made card."""
    text = (
        "## S\n\n1. **The Internals of PostgreSQL** — Hironobu Suzuki"
        " (https://www.interdb.jp/pg/) ⭐\n"
        "   - free online book, chapter per subsystem\n"
        "2. **PostgreSQL 14 Internals** — Egor Rogov, Postgres Professional "
        "([pdf](https://postgrespro.com/community/books/internals)) 🔁\n"
        "   - free PDF, translated from Russian\n"
        "3. **The Part of PostgreSQL We Hate the Most** — Andy Pavlo & Bohan Zhang, OtterTune"
        " blog, 2023 (https://www.cs.cmu.edu/~pavlo/blog/2023/04/x.html)\n"
        "   - version copying, table bloat\n"
        "4. **Raft** — Extended Version ([pdf](https://raft.github.io/raft.pdf))\n"
        "   - leader election, log replication\n"
    )
    suzuki, rogov, pavlo, raft = parse_text(text).entries
    assert suzuki.attribution.authors == "Suzuki"
    assert (rogov.attribution.authors, rogov.attribution.lab) == ("Rogov", "Postgres Professional")
    assert (pavlo.attribution.authors, pavlo.attribution.year) == ("Pavlo and Zhang", 2023)
    assert not raft.attribution.authors  # (`Extended Version`: no person)


def test_r81_the_sections_subject_is_no_term() -> None:
    """r81 notes: "*Introduction to Turing Mesh Shaders* — **Vulkan**: …?" under a section
    on Vulkan: too broad to cue one answer (an acronym is still a term: `WAND = …`)."""
    text = (
        "## Vulkan: mesh shading\n\n1. **Introduction to Turing Mesh Shaders**"
        " (https://developer.nvidia.com/blog/introduction-turing-mesh-shaders/)\n"
        "   - Vulkan: VK_NV_mesh_shader first, then the cross-vendor VK_EXT_mesh_shader\n"
        "   - meshlets = small clusters of up to 64 vertices and 126 triangles\n"
    )
    cards = template_cards(parse_text(text), load_templates()).cards
    terms = [card.front.rsplit("\n\n", 1)[-1] for card in cards if card.kind == "term"]
    assert terms == ["**meshlets** = …?"]


def test_r81_a_notes_title_and_its_first_label_are_not_the_name() -> None:
    """r81 notes: *GPUs: A Closer Look* was asked as "What is **GPUs**?" and *Yet another
    blog explaining Vulkan synchronization* as **Framing**, its first bullet's label."""
    gpus, sync = parse_text(
        "## S\n\n6. **GPUs: A Closer Look** (https://queue.acm.org/detail.cfm?id=1365498)\n"
        "   - Readable overview of the pipeline as a mix of fixed-function and programmable"
        " units.\n\n"
        "19. **Yet another blog explaining Vulkan synchronization**"
        " (https://themaister.net/blog/2019/08/14/yet-another-blog/) ⭐\n"
        "    - Hans-Kristian Arntzen (Themaister), 2019.\n"
        "    - Framing: a barrier = execution dependency + memory dependency.\n"
    ).entries
    assert gpus.name == "GPUs: A Closer Look"
    assert sync.name == "Yet another blog explaining Vulkan synchronization"


def test_r84_a_verdict_or_why_it_matters_states_no_term() -> None:
    # `the **cross-layer thing** is …? → what's novel`, `**relevant**: …? → the OTel Collector
    # doesn't …` (r84 notes, graded useless): the writer's verdict, and why they care
    assert statement("the cross-layer thing is what's novel") is None
    assert statement("relevant: the OTel Collector doesn't do template mining") is None
    assert statement("span = one timed operation with a parent id") is not None


@pytest.mark.parametrize(
    "bullet",
    [
        "Kafka: controller/ZK (now KRaft) vs ISR",  # a contrast and nothing else
        "useful contrast: Kafka's ISR isn't a chain, the leader fans out to followers",
        "min.insync.replicas + acks=all + unclean.leader.election.enable=false",  # settings
        "consumers with isolation.level=read_committed only see committed data",
        "main point: malloc speed alone is the wrong metric",
    ],
)
def test_r85_a_contrast_a_lead_in_or_a_setting_states_no_term(bullet: str) -> None:
    # r85 notes (graded useless and weak): `**Kafka**: …? → controller/ZK (now KRaft) vs
    # ISR`, `**useful contrast**: …?`, `**min.insync.replicas + acks** = …? → all + …`
    assert statement(bullet) is None


def test_r85_a_contrast_inside_a_longer_answer_still_states_a_term() -> None:
    found = statement(
        "TCP Vegas: compares expected vs actual throughput, keeps a few packets queued"
    )
    assert found is not None and found.term == "TCP Vegas"


@pytest.mark.parametrize(
    "text",
    [
        "Explicitly: decoders must reject overlong forms",
        "Breakdown: U+1F926 FACE PALM + U+1F3FC skin tone modifier",
        "The important ones: code point vs Unicode scalar value, code unit",
        "Rules are numbered GB1…GB999, evaluated as first matching rule wins",
        "Fallout: rustc, GCC and GitHub now warn on unterminated bidi controls",
        "Argues UTF-8 code units are a perfectly fine default length",
        "UTF-8 is the default",
    ],
)
def test_r89_a_stem_that_names_nothing_is_no_term(text: str) -> None:
    """r89 notes, graded useless: "**Explicitly**: …?", "**Breakdown**: …?", "The
    **important ones**: …?", "**UTF-8** is …? → the default"."""
    assert statement(text) is None


def test_r89_a_named_rule_set_is_still_a_term() -> None:
    found = statement("policy routing rules are checked first (ip rule)")
    assert found is not None and found.term == "policy routing rules"
