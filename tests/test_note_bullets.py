"""The bullets under a note's entry: a note on a work's form or release (`Oracle docs, JDK
21 version`) is never what the work is (round 62's notes: "fits any Oracle document"); a
term that opens with a word of advice (`Read barrier: …`) is no advice."""

from __future__ import annotations

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.claim_kinds import is_packaging
from srs.reading.document import parse_text


@pytest.mark.parametrize(
    "note",
    [
        "Oracle docs, JDK 21 version",
        "Rick Hudson, keynote, transcript + slides on the Go blog",
        'Azul (Zing / now "Azul Platform Prime")',
        "JEP 333: experimental in JDK 11, Linux/x64 only",
        "later in CACM",
        "no single paper, notes from reading `ScalarEvolution.cpp`",
    ],
)
def test_notes_on_a_works_form_or_release(note: str) -> None:
    assert is_packaging(note)


@pytest.mark.parametrize(
    "claim",
    [
        "STM in GHC Haskell",  # names only, but what it is
        "RIAL and DIAL (gradients flow through the channel during centralised training)",
        "Concurrent mark + concurrent relocation",
        "Maoni Stephens' long-form doc on .NET memory performance analysis",
        "Generational, concurrent in both generations; now the default",
        "Introduced in the Moshi paper (see dialogue section)",  # what it did
    ],
)
def test_what_a_work_is_is_no_note_on_its_form(claim: str) -> None:
    assert not is_packaging(claim)


def test_the_bullet_after_a_note_on_the_form_says_what_it_is() -> None:
    text = (
        "- **ZGC** — Lidén & Karlsson (Oracle)\n"
        "  - JEP 333: experimental in JDK 11, Linux/x64 only\n"
        "  - Concurrent mark + concurrent relocation\n"
    )
    cards = template_cards(parse_text(text), load_templates()).cards
    gists = [(c.front, c.back) for c in cards if c.kind == "gist"]
    assert gists == [("What is **ZGC**?", "Concurrent mark + concurrent relocation")]


@pytest.mark.parametrize(
    ("bullet", "kept"),
    [
        ("Read barrier: any time the mutator loads a pointer to from-space, copy it first", True),
        ("Start state: the collector has marked every root and nothing else", True),
        ("Read critically: what assumptions would make the confounder identifiable?", False),
        ("Read this: the best treatment of barriers anywhere", False),
        ("Read the paper for the proofs, skip the rest", False),
    ],
)
def test_a_term_opening_with_a_word_of_advice_is_no_advice(bullet: str, kept: bool) -> None:
    text = f"- **Baker's algorithm** — Baker, CACM 1978\n  - {bullet}\n"
    (entry,) = parse_text(text).entries
    assert bool(entry.claims) is kept


def test_what_a_reading_explains_is_a_label_for_the_explanation() -> None:
    # "What is **The New Pass Manager**? → why the legacy PM had to go" (graded useless)
    (entry,) = parse_text(
        "- **The New Pass Manager** — Arthur Eubanks, LLVM blog, 2021\n"
        "  - why the legacy PM had to go: analyses are now cached results managed by"
        " analysis managers keyed on IR unit\n"
    ).entries
    assert [c.text for c in entry.claims] == [
        "analyses are now cached results managed by analysis managers keyed on IR unit"
    ]
    # (but a capitalised one is a post's title: `Why Discord is switching from Go to Rust:`)
    (post,) = parse_text(
        "- **War stories**\n  - Why Discord is switching from Go to Rust: the Read States"
        " service saw latency spikes every 2 minutes\n"
    ).entries
    assert post.claims[0].text.startswith("Why Discord is switching")


@pytest.mark.parametrize(
    ("byline", "authors", "year"),
    [
        ("Cliff Click — PLDI 1995", "Click", 1995),
        ("Lal George & Andrew W. Appel — TOPLAS 1996", "George and Appel", 1996),
        ("Cytron, Ferrante, Rosen, Wegman, Zadeck — TOPLAS 13(4), 1991", "Cytron et al.", 1991),
    ],
)
def test_a_byline_bullet_with_a_dash_before_its_venue(byline: str, authors: str, year: int) -> None:
    # "Global Code Motion / Global Value Numbering: no card at all" (r63 notes): the dash cut
    # `Cliff Click` from `PLDI 1995`, and no one was credited
    (entry,) = parse_text(f"4. **Global Code Motion**\n   - {byline}\n").entries
    assert (entry.attribution.authors, entry.attribution.year) == (authors, year)


def test_a_glossarys_formula_first_leaves_the_next_sentence_to_say_what_it_is() -> None:
    term, _, _ = parse_text(
        "**Rendering equation**: L_o(x, ω_o) = L_e(x, ω_o) + ∫_Ω f_r(x, ω_i, ω_o) L_i(x, ω_i)"
        " (n·ω_i) dω_i. The integral equation for equilibrium radiance that every physically"
        " based method approximates.\n\n"
        "**Mipmapping**: Precomputed pyramid of prefiltered texture images.\n\n"
        "**BRDF**: How much light a surface reflects from one direction into another.\n"
    ).entries
    assert [c.kind for c in term.claims] == ["defines"]


def test_a_note_on_the_form_before_a_semicolon_gives_way_to_what_follows() -> None:
    text = (
        "- [Forecasting: Principles and Practice (3rd ed.)](https://otexts.com/fpp3/) - Rob J."
        " Hyndman, George Athanasopoulos (OTexts, 2021). Free online textbook; the standard"
        " intro to ETS, ARIMA, hierarchical reconciliation and forecast evaluation.\n"
        "- [Mastering Chess and Shogi by Self-Play with a General Reinforcement Learning"
        " Algorithm](https://arxiv.org/abs/1712.01815) - Silver et al. (DeepMind, 2017)."
        " AlphaZero preprint; the Science version came out in 2018.\n"
        '- R. Snow, B. O\'Connor. "Cheap and Fast — But is it Good?" *EMNLP 2008*.\n'
        '  (the Mechanical Turk paper; pair it with Dawid & Skene 1979, "Maximum Likelihood'
        ' Estimation of Observer Error-Rates", *Applied Statistics*)\n'
    )
    book, alphazero, turk = parse_text(text).entries
    assert [c.text for c in book.claims][:1] == [
        "the standard intro to ETS, ARIMA, hierarchical reconciliation and forecast evaluation"
    ]
    assert not any(c.text.startswith("the Science version") for c in alphazero.claims)
    assert not any("pair it with" in c.text for c in turk.claims)


def test_a_label_that_abbreviates_the_title_is_an_acronym() -> None:
    (entry,) = parse_text(
        "4. **Global Code Motion / Global Value Numbering** (https://doi.org/10.1145/207110.207154)\n"
        "   - Cliff Click — PLDI 1995\n"
        "   - GCM: schedule each instruction early and late, then pick the shallowest loop nest\n"
        "   - IR: a graph of nodes\n"
    ).entries
    assert entry.acronyms == {"GCM": "Global Code Motion"}


def test_r65_a_bullet_on_another_paper_never_credits_its_people_to_the_entry() -> None:
    """r65 blog: "Who made **Causal abstraction**, and when? → Makelov et al. (Stanford),
    NeurIPS 2021": the people came from a bullet under it on another paper."""
    (entry,) = parse_text(
        "# Blog\n\n## Causal\n\n"
        "- **Causal abstraction** line from Stanford: *Causal Abstractions of Neural Networks*"
        " (NeurIPS 2021, [arXiv:2106.02997](https://arxiv.org/abs/2106.02997)).\n"
        "  - **An Interpretability Illusion for Subspace Activation Patching** (Makelov, Lange &"
        " Nanda, ICLR 2024, [arXiv:2311.17030](https://arxiv.org/abs/2311.17030)) — the"
        " necessary caution on subspace patching.\n"
    ).entries
    assert "Makelov" not in entry.attribution.authors


def test_r65_a_journal_after_its_author_is_where_not_who() -> None:
    """r65 blog: "Belinkov and Linguistics" from `Yonatan Belinkov, *Computational
    Linguistics* 2022`."""
    (entry,) = parse_text(
        "# Blog\n\n## Probes\n\n"
        "- **Probing Classifiers: Promises, Shortcomings, and Advances** — Yonatan Belinkov,"
        " *Computational Linguistics* 2022 ([arXiv:2102.12452](https://arxiv.org/abs/2102.12452))."
        " Short survey.\n"
    ).entries
    assert entry.attribution.authors == "Belinkov"


R66_NOTES = """# GPU notes

## Fundamentals

1. **CUDA C++ Programming Guide** (https://docs.nvidia.com/cuda/cuda-c-programming-guide/)
   - NVIDIA, updated every release. I re-read the memory chapter every time.
   - hierarchy: grid → block (≤1024 threads) → warp (32) → thread.
2. **Programming Massively Parallel Processors** — Hwu, Kirk & El Hajj, 4th ed.
   (Morgan Kaufmann, 2022)
   - ⚠ the older editions predate tensor cores entirely; get the 4th.
3. **Optimizing Parallel Reduction in CUDA** ([pdf](https://developer.download.nvidia.com/reduction.pdf))
    - Mark Harris, NVIDIA. Slide deck, originally from the CUDA SDK (~2007).
    - 7 kernel versions, from interleaved addressing to multiple elements per thread.
4. **CUTLASS** (https://github.com/NVIDIA/cutlass) + the docs under `media/docs/`
    - NVIDIA's templated GEMM library.
"""


def test_r66_a_note_on_a_works_release_a_caveat_or_its_docs_is_no_definition() -> None:
    """r66 notes: "What is **CUDA C++ Programming Guide**? → NVIDIA, updated every release",
    "What is **Programming Massively Parallel Processors**? → the older editions predate
    tensor cores entirely", "What is **CUTLASS**? → + the docs under media/docs/" (useless)
    and "→ Slide deck, originally from the CUDA SDK (~2007)" (weak)."""
    reading = parse_text(R66_NOTES)
    cards = template_cards(reading, load_templates()).cards
    gists = {card.front: card.back for card in cards if card.kind == "gist"}
    # (the guide's `hierarchy: grid → block …` is a note on a term: a `term` card asks it,
    # never "What is the guide?")
    assert "What is **CUDA C++ Programming Guide**?" not in gists
    terms = {card.front: card.back for card in cards if card.kind == "term"}
    assert terms["*CUDA C++ Programming Guide*\n\n**hierarchy**: …?"].startswith("grid → block")
    assert gists["What is **CUTLASS**?"] == "NVIDIA's templated GEMM library"
    assert "What is **Programming Massively Parallel Processors**?" not in gists
    # (the slide deck's note on its form is none; the bullet after it says what it walks
    # through, since r122)
    reduction = gists.get("What is **Optimizing Parallel Reduction in CUDA**?", "")
    assert not reduction.startswith("Slide deck"), reduction
    pmpp = reading.entries[1]
    assert pmpp.attribution.authors == "Hwu et al."  # (Morgan Kaufmann publishes it)


def test_r67_bullets_each_labelled_with_a_part_name_none_of_them_the_works_name() -> None:
    """r67 notes: "**Ballooning** — {{c1::Idle memory tax}}: reclaim …" asked the VMware ESX
    paper as Ballooning, the first of its three labelled mechanisms (useless)."""
    (entry,) = parse_text(
        "# OS notes\n\n## Virtualization\n\n"
        "13. **Memory Resource Management in VMware ESX Server** — Carl Waldspurger, OSDI 2002\n"
        "    - **Ballooning**: a driver in the guest allocates pinned memory so the guest OS"
        " decides what to page out\n"
        "    - **Content-based page sharing**: hash pages, share identical ones copy-on-write\n"
        "    - **Idle memory tax**: reclaim preferentially from VMs that aren't using their"
        " allocation\n"
    ).entries
    assert entry.name == "Memory Resource Management in VMware ESX Server"


def test_r68_a_note_that_a_work_is_not_a_paper_is_never_what_it_is() -> None:
    """r68 notes: "What is **AF_XDP**? → kernel docs, not a paper"."""
    text = (
        "# notes\n\n## eBPF\n\n"
        "16. **AF_XDP** (https://www.kernel.org/doc/html/latest/networking/af_xdp.html)\n"
        "    - kernel docs, not a paper. Merged 4.18 (2018), Björn Töpel & Magnus Karlsson\n"
        "    - UMEM + 4 rings (fill, completion, rx, tx); XDP program redirects into an XSKMAP\n"
        "17. **The BSD Packet Filter** ([pdf](https://www.tcpdump.org/papers/bpf-usenix93.pdf))\n"
        "   - McCanne & Jacobson, USENIX Winter 1993\n"
        "   - register-based filter VM + buffer model\n"
    )
    reading = parse_text(text)
    af_xdp = reading.entries[0]
    assert [claim.text for claim in af_xdp.claims][:1] == [
        "UMEM + 4 rings (fill, completion, rx, tx)"
    ]
    cards = template_cards(reading, load_templates()).cards
    assert not [card for card in cards if "not a paper" in card.back]


def test_r68_an_elided_author_list_is_one_byline() -> None:
    """r68 notes: "What is described here? *Bifulco — (Tor Vergata / NEC Labs). long author
    list, double check* → hXDP": `Bianchi, ... Bifulco` cut the byline in two."""
    from srs.reading.sentences import sentences

    byline = "Brunella, Bonola, Bianchi, ... Bifulco — OSDI 2020 (Tor Vergata / NEC Labs)."
    assert sentences(f"{byline} Runs XDP on an FPGA.") == [byline, "Runs XDP on an FPGA."]
    text = (
        "# notes\n\n## eBPF\n\n"
        "19. **hXDP: Efficient Software Packet Processing on FPGA NICs**"
        " (https://www.usenix.org/conference/osdi20/presentation/brunella)\n"
        "    - Brunella, Belocchi, Bonola, Pontarelli, Siracusano, Bianchi, ... Bifulco — OSDI"
        " 2020 (Tor Vergata / NEC Labs). long author list, double check\n"
        "    - runs unmodified XDP programs on an FPGA soft-core (Sephirot)\n"
    )
    (entry,) = parse_text(text).entries
    assert (entry.attribution.authors, entry.attribution.year) == ("Brunella et al.", 2020)
    assert not [claim for claim in entry.claims if "Bifulco" in claim.text]


def test_r69_a_team_and_a_year_are_who_and_when() -> None:
    """r69 notes: "What is **Launching Ignition and TurboFan**? → V8 team, 2017 (V8 5.9)"."""
    text = (
        "# notes\n\n## V8\n\n"
        "17. **Launching Ignition and TurboFan** (https://v8.dev/blog/launching-ignition-and-turbofan)\n"
        "    - V8 team, 2017 (V8 5.9)\n"
        "    - retired Full-codegen + Crankshaft\n"
        "18. **The BSD Packet Filter** ([pdf](https://www.tcpdump.org/papers/bpf-usenix93.pdf))\n"
        "   - McCanne & Jacobson, USENIX Winter 1993\n"
    )
    entry = parse_text(text).entries[0]
    assert (entry.attribution.authors, entry.attribution.year) == ("V8 team", 2017)
    assert [claim.text for claim in entry.claims] == ["retired Full-codegen + Crankshaft"]


def test_what_follows_the_writers_word_and_its_colon_is_the_fact() -> None:
    """r135 blog: ALeRCE's `The companion papers are worth reading as a pair: a *stamp
    classifier* that …, and a hierarchical random-forest *light-curve classifier* …` was
    dropped whole as the writer's voice."""
    entry = parse_text(
        "## Brokers\n\n- **ALeRCE broker papers (Förster et al., AJ 2021)**: [arXiv:2008."
        "03303](https://arxiv.org/abs/2008.03303). The Chilean alert broker on the ZTF stream."
        " The companion papers are worth reading as a pair: a *stamp classifier* that uses"
        " only the first detection's images to sort things into AGN / supernova / bogus, and a"
        " hierarchical random-forest *light-curve classifier* with about fifteen classes.\n"
    ).entries[0]
    assert any(claim.text.startswith("a stamp classifier that uses") for claim in entry.claims)


@pytest.mark.parametrize(
    "bullet",
    [
        "- chapters I used: 4 (IPv4), 5 (routing subsystem), 9 (netfilter), 11 (sockets)",
        "- dated re: tooling, but the threat-model sections still hold up well enough",
    ],
)
def test_which_parts_to_read_or_a_remark_on_something_is_no_fact(bullet: str) -> None:
    entry = parse_text(
        "## Books\n\n1. **Linux Kernel Networking** (https://example.org/lkn)\n"
        "   - Rami Rosen, Apress, 2014.\n   " + bullet + "\n"
    ).entries[0]
    assert not any(claim.text.startswith(("4 (IPv4)", "tooling, but")) for claim in entry.claims)


def test_so_you_get_is_what_it_gives_the_reader_not_the_writers_voice() -> None:
    """r135 blog: SuperNNova's only description, `An open-source RNN framework for supernova
    light-curve classification, with Bayesian variants (…) so you get calibrated
    uncertainties`, was dropped as the writer talking to the reader."""
    entry = parse_text(
        '## Classifiers\n\n- **Möller & de Boissière, "SuperNNova" (MNRAS, 2020)**:'
        " [arXiv:1901.06384](https://arxiv.org/abs/1901.06384). An open-source RNN framework"
        " for supernova light-curve classification, with Bayesian variants (Bayes by Backprop"
        " and MC dropout) so you get calibrated uncertainties.\n"
    ).entries[0]
    assert entry.claims[0].kind == "defines"
    assert entry.claims[0].text.startswith("An open-source RNN framework")
