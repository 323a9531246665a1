"""Readings found wrong by the blind grading of round 164 (LLM inference serving, document
AI, garbage-collection notes, volcanology glossary, philosophy-of-mind seminar, protein
structure table): a writer by their handle, a surname that stands alone before its venue, a
Nature journal's abbreviation, the last of three people before a dash, a series named for a
journal's field, a book's one-word title after a reading's mark, a chapter's abbreviation,
a chemical formula and an adjective taken for works, a citation for one item of a list, a
person who introduced a term named with a clause after, events by place and year, the
course's rules and the writer's slips asked as readings, a name's letters spelled out before
its kind, and a name given by the parts it is put together from."""

from __future__ import annotations

from srs.reading.attribution import cut
from srs.reading.document import parse_text
from tests.test_figures_and_heads import cards, claim_texts, one
from tests.test_term_credits import OTHER_TERMS, term

_PROTEINS = (
    "## Background\n\n| Paper | Links |\n|-------|-------|\n"
    "| **End-to-End Differentiable Learning of Protein Structure** — AlQuraishi. Cell Systems"
    " 2019. Recurrent geometric networks. | [doi](https://doi.org/10.1016/j.cels.2019.03.006) |\n"
    "| **The coming of age of de novo protein design** — Huang, Boyken, Baker. Nature 2016."
    " Review. | [doi](https://doi.org/10.1038/nature19946) |\n"
)


def test_a_writer_by_their_handle_made_the_post() -> None:
    # "When was the **Transformer Inference Arithmetic** introduced? → 2022 (Arithmetic)"
    post = one(
        "- **Transformer Inference Arithmetic (kipply, 2022)** —"
        " [kipp.ly/transformer-inference-arithmetic](https://kipp.ly/transformer-inference-"
        "arithmetic/). Walks through KV cache sizes, FLOPs vs. bytes.\n"
    )
    assert (post.attribution.authors, post.attribution.year) == ("kipply", 2022)


def test_a_surname_alone_before_its_venue_is_the_author() -> None:
    # "What is **AlQuraishi**? → Recurrent geometric networks"
    first = parse_text(_PROTEINS).entries[0]
    assert first.name == "End-to-End Differentiable Learning of Protein Structure"
    assert (first.attribution.authors, first.attribution.year) == ("AlQuraishi", 2019)


def test_a_nature_journal_by_its_abbreviation_is_no_author() -> None:
    # "Who made **FoldingDiff**, and when? → Comms (Microsoft Research / Stanford), 2022"
    found, _ = cut("Nat Comms 2024")
    assert (found.authors, found.year) == ("", 2024)


def test_the_last_of_three_people_before_a_dash_is_one_of_them() -> None:
    # "Bacon and Rajan" for Bacon, Cheng and Rajan
    found, _ = cut("David F. Bacon, Perry Cheng, V. T. Rajan — POPL 2003")
    assert (found.authors, found.venue) == ("Bacon et al.", "POPL 2003")
    found, _ = cut("Perry Cheng, V. T. Rajan — POPL 2003")
    assert found.authors == "Cheng and Rajan"


def test_a_series_named_for_a_journals_field_is_the_venue() -> None:
    # "Block, Philosophy of Science 1978"
    block = one(
        '- **[R]** Ned Block, "Troubles with Functionalism." *Minnesota Studies in the'
        " Philosophy of Science* 9, 1978: 261–325. — §1 and the China-brain sections matter.\n"
    )
    assert block.attribution.venue == "Minnesota Studies in the Philosophy of Science 1978"


def test_a_books_one_word_title_after_a_readings_mark() -> None:
    # "Who made **1 ("The Philosophy and the Approach") — the three levels**? → Freeman"
    vision = one(
        '- *[opt]* David Marr, *Vision*. W. H. Freeman, 1982. Ch. 1 ("The Philosophy and the'
        ' Approach") — the three levels.\n'
    )
    assert (vision.name, vision.attribution.authors) == ("Vision", "Marr")


def test_a_formula_and_an_adjective_are_no_works_cited() -> None:
    tephra = term(
        "**Tephra**: Collective term for all fragmental material ejected by a volcano. Deposit"
        " volumes are estimated by integrating isopach maps (Pyle 1989). See also multi-segment"
        " exponential (Fierstein & Nathenson 1992), power-law (Bonadonna & Houghton 2005) and"
        " Weibull (Bonadonna & Costa 2012) fits."
    )
    assert "Weibull" not in [mention.name for mention in tephra.mentions]
    trends = term(
        "**Tholeiitic vs calc-alkaline**: Two differentiation trends. The usual discriminant is"
        " FeO*/MgO vs SiO₂ ([Miyashiro 1974](https://doi.org/10.2475/ajs.274.4.321)) or the"
        " AFM diagram."
    )
    assert not trends.mentions


def test_who_introduced_a_term_is_named_before_a_clause_on_them() -> None:
    tephra = term(
        "**Tephra**: Collective term for all fragmental material ejected by a volcano."
        " Introduced by Sigurður Thorarinsson, who more or less founded tephrochronology in"
        " Iceland."
    )
    assert tephra.attribution.authors == "Thorarinsson"


def test_a_citation_after_one_item_of_a_list_cites_that_item() -> None:
    # "Who made **Thermobarometry**, and when? → Ghiorso and Evans, 2008"
    barometry = term(
        "**Thermobarometry**: Estimating the P and T of crystallisation from mineral–melt"
        " equilibria: clinopyroxene–liquid, olivine–liquid, two-pyroxene, Fe–Ti oxides"
        " (Ghiorso & Evans 2008 for T and fO₂), amphibole."
    )
    assert barometry.attribution.authors == ""


def test_events_by_place_and_year_are_no_citation() -> None:
    # "Who made **Phreatomagmatic eruption**, and when? → Ontake, 2014"
    eruption = term(
        "**Phreatomagmatic eruption**: Explosive eruption driven by interaction between magma"
        " and external water. Surtseyan eruptions are the shallow-marine type. Not to be"
        " confused with a phreatic eruption, which is steam-driven and responsible for recent"
        " fatalities (Ontake 2014, Whakaari 2019)."
    )
    assert eruption.attribution.authors == ""


def test_a_long_definition_keeps_its_head() -> None:
    # a term with no card at all: its definitions held as paragraphs
    collapse = (
        "## Plumes\n\n"
        + OTHER_TERMS
        + "**Column collapse**: When the erupting mixture can't entrain and heat"
        " enough air to become buoyant before it loses its momentum, the column collapses back"
        " as a fountain and feeds pyroclastic density currents instead of a plume.\n\n"
        "**Diffusion chronometry**: Using the diffusive relaxation of chemical zoning in"
        " crystals (Fe–Mg in olivine and orthopyroxene, Mg and Sr in plagioclase, Ti in"
        " quartz...) as a clock for the time between an event and eruption.\n"
    )
    gists = {card.front: card.back for card in cards(collapse) if card.kind == "gist"}
    assert gists["What is **Column collapse**?"].startswith("When the erupting mixture")
    assert "olivine" not in gists["What is **Diffusion chronometry**?"]


def test_course_rules_and_the_writers_slips_are_no_readings() -> None:
    course = (
        "## Week 14\n\n- Re-read: Searle (Week 3), Block 1978 (Week 2), and Tononi (Week 10).\n"
        "- *[opt]* Andy Clark & David Chalmers — no, wait, that's Week 7. Sorry, leftover from"
        " last year's ordering.\n"
        '- **[R]** Chaz Firestone & Brian J. Scholl, "Cognition does not affect perception:'
        " Evaluating the evidence for 'top-down' effects.\" *Behavioral and Brain Sciences* 39,"
        " 2016: e229. https://doi.org/10.1017/S0140525X15000965\n\n"
        "## Policies\n\n- *Extensions*: ask before the deadline, not after.\n"
    )
    backs = [card.back for card in cards(course)]
    fronts = " ".join(card.front for card in cards(course))
    assert "Re-read" not in fronts and "Extensions" not in fronts
    assert not any("Sorry" in back or "e229" in back or "deadline" in back for back in backs)
    assert not any("e229" in card.front for card in cards(course))


def test_a_names_letters_spelled_out_give_the_name_away() -> None:
    # "*Real-time Scene Text Detection with Differentiable Binarization* … known as? → DBNet"
    line = (
        "## Detection\n\n- [Real-time Scene Text Detection with Differentiable Binarization]"
        "(https://arxiv.org/abs/1911.08947) - Minghui Liao, Zhaoyi Wan, Cong Yao, Kai Chen,"
        " Xiang Bai (AAAI 2020). DBNet. Simple, fast, and the default detector in PaddleOCR.\n"
    )
    assert not any(card.kind == "paper-name" for card in cards(line))


def test_a_name_given_by_its_parts_names_the_work() -> None:
    # "What is described here? *CRNN = CNN + BiLSTM + CTC* → **An End-to-End …**"
    crnn = one(
        "- [An End-to-End Trainable Neural Network for Image-based Sequence Recognition and Its"
        " Application to Scene Text Recognition](https://arxiv.org/abs/1507.05717) - Baoguang"
        " Shi, Xiang Bai, Cong Yao (TPAMI 2017). CRNN = CNN + BiLSTM + CTC. If you read one OCR"
        " paper, read this one.\n"
    )
    assert crnn.name == "CRNN"
    assert claim_texts(crnn)[0] == "CNN + BiLSTM + CTC"


def test_a_letter_in_italics_is_a_title_and_in_brackets_a_mark() -> None:
    # (guards the reading's mark: `*[R]*` marks a required reading, `*R*` is a language)
    language = one("- *R* (Ihaka & Gentleman, 1996). A language for data analysis and graphics.\n")
    assert language.name == "R"
    marked = one("- *[R]* Ned Block, *Troubles with Functionalism* (1978). The China brain.\n")
    assert (marked.name, marked.attribution.authors) == ("Troubles with Functionalism", "Block")
