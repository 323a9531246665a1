"""What a sentence says before the writer's voice takes over in a later clause, and the
acronym a title spells out after its colon (round 63's blog: ScaNN, Wukong and BPR had no
card that said what they are)."""

from __future__ import annotations

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.document import parse_text


def _claims(text: str) -> list[str]:
    (entry,) = parse_text(text).entries
    return [claim.text for claim in entry.claims]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Google's quantizer that penalizes the quantization error parallel to the datapoint"
            " more than the orthogonal error, because that's what matters for maximum inner"
            " product search.",
            "Google's quantizer that penalizes the quantization error parallel to the datapoint"
            " more than the orthogonal error",
        ),
        (
            "Stacked factorization machines as the interaction architecture, designed so that"
            " quality keeps improving as you scale dense compute.",
            "Stacked factorization machines as the interaction architecture",
        ),
        (
            "Stores weights in 4-bit NormalFloat with double quantization, because that's what"
            " matters for fitting a 65B model on one GPU.",
            "Stores weights in 4-bit NormalFloat with double quantization",
        ),
    ],
)
def test_the_clause_before_the_writers_voice_is_kept(sentence: str, kept: str) -> None:
    """(and a technical `bit` is no verdict: only `a bit` is)"""
    link = "[arXiv](https://arxiv.org/abs/1908.10396)"
    text = f"- **ScaNN** — Guo et al., ICML 2020 ({link}). {sentence}\n"
    assert _claims(text)[:1] == [kept]


@pytest.mark.parametrize(
    "sentence",
    [
        # (no clause of its own before the voice: the comma is inside a phrase)
        "The dual-encoder recipe in here is still, more or less, how every production"
        " retriever you will meet is trained.",
        "It's a bit dated on LLMs, but you should still read the taxonomy.",
        "The evals and RAG sections are the relevant parts, skip the rest.",
    ],
)
def test_no_clause_is_cut_out_of_a_remark(sentence: str) -> None:
    text = f"- **DPR** — Karpukhin et al., EMNLP 2020. {sentence}\n"
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("title", "acronym", "expansion"),
    [
        (
            "BPR: Bayesian Personalized Ranking from Implicit Feedback",
            "BPR",
            "Bayesian Personalized Ranking",
        ),
        (
            "MIND: Multi-Interest Network with Dynamic Routing",
            "MIND",
            "Multi-Interest Network with Dynamic Routing",
        ),
    ],
)
def test_a_titles_words_after_its_colon_spell_its_name(
    title: str, acronym: str, expansion: str
) -> None:
    (entry,) = parse_text(f"- **{title}** — Rendle et al., UAI 2009. A pairwise loss.\n").entries
    assert entry.acronyms.get(acronym) == expansion


def test_a_plural_label_is_no_name_and_a_question_title_keeps_one_mark() -> None:
    text = (
        "- [Are Language Models Actually Useful for Time Series Forecasting?](https://arxiv.org/"
        "abs/2406.16964) - Tan, Merrill, Gupta, Althoff, Hartvigsen (NeurIPS 2024). Ablations:"
        " removing the LLM, or swapping it for a single attention layer, usually doesn't hurt.\n"
    )
    (entry,) = parse_text(text).entries
    assert entry.name == "Are Language Models Actually Useful for Time Series Forecasting?"
    gists = [c.front for c in template_cards(parse_text(text), load_templates()).cards]
    assert "What is **Are Language Models Actually Useful for Time Series Forecasting?**" in gists


@pytest.mark.parametrize(
    ("notes", "gist"),
    [
        (
            "Encoder–decoder models; generate up to millions of samples, filter on example"
            " tests, cluster the survivors, submit 10.",
            "Encoder–decoder models; generate up to millions of samples, filter on example"
            " tests, cluster the survivors, submit 10",
        ),
        # (`attention` is a technical word, not the writer's voice)
        (
            "Self-distillation without labels; the attention maps of the resulting ViTs segment"
            " objects on their own.",
            "Self-distillation without labels; the attention maps of the resulting ViTs segment"
            " objects on their own",
        ),
        # (the rest of the sentence is the writer's voice: the first clause alone)
        (
            "Meta-analysis of 300+ papers; great tables on datasets and reported error rates.",
            "Meta-analysis of 300+ papers",
        ),
    ],
)
def test_a_thin_first_clause_takes_the_rest_of_its_sentence(notes: str, gist: str) -> None:
    text = (
        "- [AlphaCode](https://arxiv.org/abs/2203.07814) - Li et al. (DeepMind, Science 2022)."
        f" {notes}\n"
    )
    cards = template_cards(parse_text(text), load_templates()).cards
    assert [c.back for c in cards if c.kind == "gist"] == [gist]


def test_worth_the_visit_is_the_writers_voice() -> None:
    text = (
        "- **The Ultra-Scale Playbook** (Nanotron team at Hugging Face, 2025) —"
        " [huggingface.co/spaces/nanotron/ultrascale-playbook](https://huggingface.co/spaces/"
        "nanotron/ultrascale-playbook). The interactive memory widget alone is worth the visit.\n"
    )
    assert _claims(text) == []


def test_someones_italic_title_in_a_bold_head_is_the_name_and_a_quip_no_claim() -> None:
    text = (
        "- **Stas Bekman's *Machine Learning Engineering* open book** ([github.com/stas00/"
        'ml-engineering](https://github.com/stas00/ml-engineering)). Less theory, more "here'
        ' is what broke at 3am during BLOOM training."\n'
    )
    (entry,) = parse_text(text).entries
    assert entry.name == "Machine Learning Engineering"
    assert entry.claims == []


def test_r64_a_bracket_before_a_definitions_colon_does_not_make_it_a_kind_of_thing() -> None:
    """r64 glossary: "What is **Zero-noise extrapolation**? → Error mitigation (not
    correction)" (vague): two words and a bracket before the colon name no kind of thing
    whose specifics can be left out; what follows the colon says what it is."""
    cards = template_cards(
        parse_text(
            "# Glossary\n\n## Noise\n\n**Decoherence**: loss of quantum information to the"
            " environment.\n\n**Dephasing**: loss of phase coherence between basis states.\n\n"
            "**Zero-noise extrapolation (ZNE)**: Error *mitigation* (not correction):"
            " deliberately scale the noise up (pulse stretching, gate folding), measure at"
            " several noise levels, and extrapolate the observable back to zero noise.\n"
        ),
        load_templates(),
    ).cards
    (gist,) = [card for card in cards if card.kind == "gist" and "Zero" in card.front]
    assert "deliberately scale the noise up" in gist.back


def test_r65_a_posts_byline_is_who_posted_it_where_and_when() -> None:
    """r65 blog: "What is described here? *nostalgebraist, LessWrong, Aug 2020*" (useless)."""
    (entry,) = parse_text(
        "# Blog\n\n## Lenses\n\n- **interpreting GPT: the logit lens** — nostalgebraist,"
        " LessWrong, Aug 2020. Apply the unembedding to intermediate residual streams and watch"
        " the prediction form.\n"
    ).entries
    assert (entry.attribution.authors, entry.attribution.venue) == ("nostalgebraist", "LessWrong")
    assert entry.attribution.year == 2020
    assert all("LessWrong" not in claim.text for claim in entry.claims)


def test_r65_a_claim_that_counts_works_says_what_several_are() -> None:
    """r65 blog: "What is **Towards Best Practices of Activation Patching …**? → Two short
    methodology papers" (useless: the entry's two papers, not what either is)."""
    cards = template_cards(
        parse_text(
            "# Blog\n\n## Patching\n\n- **Towards Best Practices of Activation Patching in"
            " Language Models: Metrics and Methods** (Fred Zhang & Neel Nanda, ICLR 2024), and"
            " **How to use and interpret activation patching** (Heimersheim & Nanda, 2024). Two"
            " short methodology papers. Read them before your first patching experiment.\n"
        ),
        load_templates(),
    ).cards
    assert not [card for card in cards if "methodology" in card.back + card.front]


def test_r65_who_wrote_it_is_no_definition() -> None:
    """r65 blog: "What is **Open Problems in Mechanistic Interpretability**? → Written by
    about thirty people across most of the labs doing this work" (weak)."""
    (entry,) = parse_text(
        "# Blog\n\n## Start\n\n- **Open Problems in Mechanistic Interpretability** — Sharkey,"
        " Chughtai, Batson, et al., Jan 2025. Written by about thirty people across most of the"
        " labs doing this work. Read it after the rest of the list.\n"
    ).entries
    assert [claim.kind for claim in entry.claims if "Written" in claim.text] == ["says"]


def test_r65_introduced_to_a_field_is_brought_there_not_made() -> None:
    """r65 table: "Which paper introduced sparse 3D convolutions? → SECOND …" from
    "Introduced sparse 3D convolutions to voxel-based detection" (useless: they predate it)."""
    cards = template_cards(
        parse_text(
            "# Papers\n\n## 3D\n\n- **SECOND** — [SECOND: Sparsely Embedded Convolutional"
            " Detection](https://www.mdpi.com/1424-8220/18/10/3337). Introduced sparse 3D"
            " convolutions to voxel-based detection.\n"
            "- **Adam** — Introduced adaptive moment estimation to reduce tuning.\n"
        ),
        load_templates(),
    ).cards
    introduced = [card.front for card in cards if card.kind == "introduced"]
    assert not [front for front in introduced if "sparse 3D" in front]


def test_r65_a_semicolon_inside_brackets_cuts_no_aside_off() -> None:
    """r65 glossary: "What is **Pedersen commitment**? → The standard example of a commitment
    scheme (commit to a value now, open it later" (a bracket left open)."""
    from srs.reading.remarks import without_remarks

    text = (
        "a commitment scheme (commit to a value now, open it later; you can't have both perfectly)"
    )
    assert without_remarks(text) == text
    assert without_remarks("Adds a proximal term; honestly µ≈0 was often best") == (
        "Adds a proximal term"
    )


def test_r65_a_verdict_on_the_math_after_a_comma_is_cut_off() -> None:
    """r65 awesome: "What is **FrameDiff**? → diffusion on SE(3)^N frames, the math is nice"."""
    from srs.reading.remarks import without_remarks

    assert without_remarks("diffusion on SE(3)^N frames, the math is nice") == (
        "diffusion on SE(3)^N frames"
    )
    kept = "diffusion on frames, the score is learned"
    assert without_remarks(kept) == kept


def test_r65_a_company_of_biomedicines_is_no_author() -> None:
    """r65 awesome: "Who made **Illuminating protein space …**? → Biomedicines, Nature 2023"."""
    from srs.reading import attribution

    found = attribution.cut(
        "John B. Ingraham, Max Baranov, Zak Costello, et al., Gevorg Grigoryan (Generate"
        " Biomedicines, Nature 2023)"
    )[0]
    assert found.authors == "Ingraham et al."


R66_GLOSSARY = (
    "# Genomics\n\n## Terms\n\n"
    "**Allele**: one of the variant forms of a gene.\n\n"
    "**Coverage**: how many reads cover a position on average.\n\n"
    "**Dropout** *(ML trap)*: in single-cell RNA-seq, a gene that is expressed but observed as"
    " zero counts because its few mRNA molecules weren't captured. Nothing to do with the"
    ' regulariser. Whether droplet data is actually "zero-inflated" is debated (Svensson 2020,'
    " Nature Biotechnology, argues it is not).\n"
)


def test_r66_a_tag_before_a_terms_colon_and_a_clause_that_says_which() -> None:
    """r66 glossary: **Dropout** *(ML trap)* had no gist (its tag hid the definition's
    colon), then one cut before `that is expressed` ("a gene"), and a who-made card for the
    paper that argues about it ("Svensson, 2020": useless)."""
    cards = template_cards(parse_text(R66_GLOSSARY), load_templates()).cards
    dropout = {card.kind: card.back for card in cards if "Dropout" in card.front + card.back}
    assert dropout["gist"].startswith("in single-cell RNA-seq, a gene that is expressed")
    assert "attribution" not in dropout


def test_r66_a_labelled_conclusion_is_asked_as_the_main_finding() -> None:
    """r66 blog: "What is **Solving math word problems with process- and outcome-based
    feedback**? → First careful comparison of process vs outcome supervision" (useless: the
    title again); its `Conclusion: …` says what it found."""
    text = (
        "# Math\n\n## Process supervision\n\n- Uesato et al., *Solving math word problems with"
        " process- and outcome-based feedback* (DeepMind, 2022). First careful comparison of"
        " process vs outcome supervision. Conclusion: similar final-answer accuracy, process"
        " supervision gives fewer wrong-reasoning-right-answer cases.\n"
        "- **Nucleotide Transformer**: a family of DNA language models pretrained on 850"
        " species. Finding: multispecies pretraining beats more human genomes.\n"
    )
    cards = template_cards(parse_text(text), load_templates()).cards
    gists = [(card.front, card.back) for card in cards if card.kind == "gist"]
    assert gists[0] == (
        "What is the main finding of **Solving math word problems with process- and"
        " outcome-based feedback**?",
        "similar final-answer accuracy, process supervision gives fewer"
        " wrong-reasoning-right-answer cases",
    )
    # (a sentence that says what it is keeps its question)
    assert gists[1][0] == "What is **Nucleotide Transformer**?"


def test_r67_a_claim_keeps_the_bar_that_opens_an_absolute_value() -> None:
    """r67 glossary: "What is **Spectrogram**? → STFT|² (power) or |STFT| (magnitude)" (a
    garbled formula: the first bar went as a table's debris)."""
    from srs.reading.claims import tidy

    assert (
        tidy(": |STFT|² (power) or |STFT| (magnitude)") == "|STFT|² (power) or |STFT| (magnitude)"
    )
    assert tidy("| | the row's note") == "the row's note"


def test_r68_a_definition_made_of_steps_keeps_them_all() -> None:
    """r68 glossary: "What is **Active learning (for potentials)**? → Iteratively running MD
    with the current model" — cut before the steps that say what it is."""
    from srs.reading.claim_kinds import cut_definition

    steps = (
        "Iteratively running MD with the current model, flagging configurations where the"
        " model is uncertain (usually by committee disagreement), labelling those with DFT,"
        " and retraining"
    )
    assert cut_definition(steps) == steps
    # a participle after a head that is no step is still a consequence
    consequence = (
        "instead of tokens picking experts, each expert picks its top tokens from the batch of"
        " every device, guaranteeing perfect load balance across all of the experts in the layer"
    )
    assert cut_definition(consequence).endswith("from the batch of every device")
