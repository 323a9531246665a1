"""An entry whose list never says "X is a …" still gets the question a reader would ask:
the first claim that describes it (what it is, what it does, its key idea, how it works)
becomes its definition — never a remark, a result or a claim that leans on another."""

from __future__ import annotations

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.document import parse_text
from srs.reading.model import Entry


def one(text: str) -> Entry:
    return parse_text("## S\n" + text).entries[0]


def gist(text: str) -> tuple[str, str]:
    made = template_cards(parse_text("## S\n" + text), load_templates(), {})
    card = next(card for card in made.cards if card.kind == "gist")
    return card.front, card.back


REMARK = "If GraphCast made forecasters nervous, this one made them take notice. "


@pytest.mark.parametrize(
    ("body", "front", "back"),
    [
        (
            "It's a conditional diffusion model: instead of predicting the mean next state"
            " (which is what makes MSE models blurry), it samples plausible next states, and"
            " each sample is rolled out in 12-hour steps for 15 days at 0.25°.",
            "What is **GenCast**?",
            "a conditional diffusion model",
        ),
        (
            "Hourly global reanalysis at 0.25° on 137 levels.",
            "What is **GenCast**?",
            "Hourly global reanalysis at 0.25° on 137 levels",
        ),
        (
            "Put the PDE residual into the loss, computed with automatic differentiation.",
            "What is the key idea of **GenCast**?",
            "Put the PDE residual into the loss, computed with automatic differentiation",
        ),
        (
            "An LLM proposes programs, an automated evaluator scores them, and the best ones"
            " are fed back in an evolutionary loop.",
            "How does **GenCast** work?",
            "An LLM proposes programs, an automated evaluator scores them, and the best ones"
            " are fed back in an evolutionary loop",
        ),
        (
            "Parameterizes graph filters as Chebyshev polynomials of the graph Laplacian.",
            "What does **GenCast** do?",
            "Parameterizes graph filters as Chebyshev polynomials of the graph Laplacian",
        ),
    ],
)
def test_the_first_claim_that_describes_the_entry_defines_it(
    body: str, front: str, back: str
) -> None:
    text = f"- **GenCast** — [Price et al., Nature 2024](https://example.org/g). {REMARK}{body}\n"
    assert gist(text) == (front, back)


def test_a_short_name_that_its_title_spells_out_is_the_subject() -> None:
    entry = one(
        "- [Graph Attention Networks](https://arxiv.org/abs/1710.10903) - Veličković et al."
        " (ICLR 2018). Still the baseline to beat for many tasks. GAT replaces GCN's fixed"
        " neighbour weights with learned, masked self-attention over each node's neighbours.\n"
    )
    assert entry.claims[0].kind == "does"
    assert entry.claims[0].text.startswith("replaces GCN's fixed neighbour weights")


@pytest.mark.parametrize(
    "body",
    [
        "Not an ML paper, but every model in this post is trained on it.",  # a remark
        "The one I send people first when they ask where to start.",  # the list's voice
        "Beats Conformer on LibriSpeech with less compute.",  # a result
        "More than halves the word error rate on 54 FLEURS languages.",  # a result
        "scales those channels instead of keeping them in fp16.",  # leans on another claim
        "Matthias Zwicker, Hanspeter Pfister, Jeroen van Baar and Markus Gross.",  # a byline
        "Targets come from offline k-means clustering on MFCCs.",  # a plural noun, then its verb
        "LLMs are known to generate code that can have security issues.",  # a sentence of its own
        "Proceedings of the IEEE, volume 109.",  # a venue
        "Gerard Salton's SMART group made the combined weighting standard.",  # people
    ],
)
def test_no_remark_result_or_leaning_claim_defines_the_entry(body: str) -> None:
    entry = one(
        f"- **GenCast** — [Price et al., Nature 2024](https://example.org/g). {REMARK}{body}\n"
    )
    assert all(claim.kind == "says" for claim in entry.claims), entry.claims


def test_an_entry_that_defines_itself_keeps_its_own_definition() -> None:
    entry = one(
        "- **ERA5** — the reanalysis every model here trains on. Hourly global reanalysis at"
        " 0.25° on 137 levels.\n"
    )
    assert [c.kind for c in entry.claims][:1] == ["defines"]
    assert entry.claims[0].text == "the reanalysis every model here trains on"


def test_a_claim_that_opens_with_a_verb_says_what_the_entry_does() -> None:
    front, back = gist(
        "- **Prefix-Tuning and Prompt Tuning — read them together.** [Prefix-Tuning:"
        " Optimizing Continuous Prompts for Generation](https://arxiv.org/abs/2101.00190)"
        " (Li & Liang, Stanford, ACL 2021) prepends trainable continuous vectors to the"
        " activations at *every* layer and tunes about 0.1% of the parameters.\n"
    )
    assert (front, back) == (
        "What does **Prefix-Tuning** do?",
        "prepends trainable continuous vectors to the activations at every layer and tunes"
        " about 0.1% of the parameters",
    )


@pytest.mark.parametrize(
    "aside",
    [
        "no pdf saved, the Acta Informatica version is paywalled",
        "didn't find a free pdf, library copy",
        "should've read this first tbh",
        "the leaderboard people actually watch",
        "probably the easiest way to get started in 2024",
        "the original announcement, still a good non-technical intro",
        "short, read in one sitting",
        "Acta Informatica 1(3), 1972 (tech report 1970, Boeing)",
        "Nature Biotechnology 29:987–991 ← read this one FIRST, it's a primer",
        "Systematic Zoology 20(4):406–416",
        "three pages! no excuse not to read it",
        "2 pages, read before lecture",
        "Not audio-specific but the experiments are why it's here",
    ],
)
def test_the_readings_logistics_and_asides_are_no_definition(aside: str) -> None:
    front, back = gist(
        "1. **B-tree** ([pdf](https://example.org/btree.pdf))\n"
        f"   - {aside}\n"
        "   - nodes hold between k and 2k keys, all leaves at the same depth\n"
    )
    assert (front, back) == (
        "What is **B-tree**?",
        "nodes hold between k and 2k keys, all leaves at the same depth",
    )


def test_when_it_was_introduced_is_no_definition() -> None:
    entry = one(
        "- **Q-learning** — [Watkins & Dayan 1992](https://example.org/q). The one everyone"
        " starts with. Introduced in Watkins' 1989 PhD thesis at Cambridge.\n"
    )
    assert all(claim.kind != "does" for claim in entry.claims)


def gists(text: str) -> list[tuple[str, str]]:
    made = template_cards(parse_text("## S\n" + text), load_templates(), {})
    return [(card.front, card.back) for card in made.cards if card.kind == "gist"]


@pytest.mark.parametrize(
    "lead",
    ["The key insight, which sounds obvious in hindsight:", "The key insight:", "Key insight:"],
)
def test_a_labelled_idea_is_what_follows_the_label_and_its_aside(lead: str) -> None:
    front, back = gist(
        "- **Burst photography for high dynamic range and low-light imaging on mobile"
        " cameras** — Hasinoff, Sharlet, Geiss & Levoy, SIGGRAPH Asia 2016."
        f" HDR+. {lead} capture a burst of identically underexposed frames instead of a"
        " bracket, then merge them. Same exposure means alignment is easy.\n"
    )
    assert front == "What is the key idea of **HDR+**?"  # the name the text gives it
    assert back == (
        "capture a burst of identically underexposed frames instead of a bracket, then merge them"
    )


WENG = (
    '- **Lilian Weng, "What are Diffusion Models?"**'
    " ([lilianweng.github.io](https://lilianweng.github.io/posts/2021-07-11-diffusion-models/))"
    " — {}. The notation is consistent with DDPM which helps when you go read the paper.\n"
)


@pytest.mark.parametrize(
    "remark",
    [
        "the canonical explainer, kept updated for years",
        "Yes, it's a compilers paper",
        "it's a compilers paper",
        "No, really: read it",
    ],
)
def test_what_kind_of_reading_it_is_or_the_writers_reply_is_no_definition(remark: str) -> None:
    assert gists(WENG.format(remark)) == []


@pytest.mark.parametrize(
    "said",
    [
        "a tutorial that derives the training loss from the ELBO",
        "a post on score matching",
        "The hyperthreading paper, more or less",
    ],
)
def test_a_reading_said_with_what_it_covers_still_defines(said: str) -> None:
    # (the head is a byline and a quoted title: the entry goes by the title, r76 notes)
    assert gists(WENG.format(said)) == [("What is **What are Diffusion Models?**", said)]


def test_after_a_reply_on_the_reading_the_subtitle_says_what_it_is() -> None:
    front, back = gist(
        "- **Halide: A Language and Compiler for Optimizing Parallelism, Locality, and"
        " Recomputation in Image Processing Pipelines** — Ragan-Kelley, Barnes, Adams, Paris,"
        " Durand & Amarasinghe, PLDI 2013. Yes, it's a compilers paper. Read it anyway.\n"
    )
    assert (front, back) == (
        "What is **Halide**?",
        "A Language and Compiler for Optimizing Parallelism, Locality, and Recomputation in"
        " Image Processing Pipelines",
    )


NEO = (
    '- Marcus et al. "Neo: A Learned Query Optimizer." PVLDB 12(11), 2019.'
    " http://www.vldb.org/pvldb/vol12/p1705-marcus.pdf\n"
    "  - {}\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "read Bao first; Neo makes more sense in hindsight. My opinion: the jury is still out.",
        "Neo makes more sense after Bao.",
    ],
)
def test_how_the_reading_makes_sense_is_not_what_it_does(note: str) -> None:
    assert gists(NEO.format(note)) == [("What is **Neo**?", "A Learned Query Optimizer")]


def test_what_it_makes_sense_of_is_still_what_it_does() -> None:
    entry = one(NEO.format("Neo makes sense of query plans with a tree convolution."))
    assert [claim.text for claim in entry.claims] == [
        "Neo makes sense of query plans with a tree convolution"
    ]


DMP = (
    "- [Dynamical Movement Primitives: Learning Attractor Models for Motor Behaviors]"
    "(https://doi.org/10.1162/NECO_a_00393) - Ijspeert, Nakanishi, Hoffmann, Pastor, Schaal."
    " *Neural Computation* 25(2), 2013. {} Still the default for one-shot kinesthetic"
    " teaching in industry labs.\n"
)


@pytest.mark.parametrize(
    "note",
    ["The journal version of DMPs (original idea is ICRA 2002).", "The extended version."],
)
def test_which_version_of_the_work_it_is_is_no_definition(note: str) -> None:
    # (nor is the subtitle without an article, which recites the title: round 64)
    assert gists(DMP.format(note)) == []


def test_a_version_that_names_another_reading_is_still_said() -> None:
    entry = one(DMP.format('The longer version = "Motor primitives in robotics", 2003.'))
    assert any("longer version" in claim.text for claim in entry.claims)


CPC = (
    "6. **CPC** (https://arxiv.org/abs/1807.03748)\n"
    '   - van den Oord, Li, Vinyals 2018 "Representation Learning with Contrastive Predictive'
    ' Coding"\n'
    "   - {}\n"
)


@pytest.mark.parametrize(
    ("note", "back"),
    [
        (
            "origin of the InfoNCE name. only really read the image section + the loss derivation",
            "origin of the InfoNCE name",
        ),
        ("InfoNCE over future latents. cleanest of the bunch imo", "InfoNCE over future latents"),
        ("InfoNCE over future latents. read them back to back", "InfoNCE over future latents"),
        # a note that goes on about the thing keeps all it says
        (
            "InfoNCE over future latents. predicts several steps ahead",
            "InfoNCE over future latents. predicts several steps ahead",
        ),
    ],
)
def test_a_notes_remark_in_lower_case_is_cut_from_what_it_is(note: str, back: str) -> None:
    assert gists(CPC.format(note)) == [("What is **CPC**?", back)]


@pytest.mark.parametrize(
    "note",
    [
        "dense. read w/ a coffee and a pencil. widening is the part that matters",
        "good survey for intro chapter. read before writing related work!!",
        "best single overview of the whole design space, taxonomy of optimizations",
        "short-chunk CNN + ResNet is basically as good as anything. humbling",
    ],
)
def test_a_note_that_opens_with_a_remark_or_a_finding_is_no_definition(note: str) -> None:
    assert gists(CPC.format(note)) == []
