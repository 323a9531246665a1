"""Readings found wrong by the blind grading of round 174 (multimodal embeddings, LLM
hallucination, transaction-isolation notes, a perfumery glossary, a geomorphology course,
active-learning papers): a glossary's term named for a paper a later sentence quotes, an
AGU-style citation read as its authors, a study named for the method it studied, another
work's citation credited to the entry, notes' remarks as gists, and bullets under a bullet
read as one sentence."""

from __future__ import annotations

import pytest

from srs.reading.document import parse_text
from tests.test_figures_and_heads import cards, claim_texts, one

_GLOSSARY = (
    "# Perfumery\n\n## Terms\n\n{}\n\n**Accord** — A small blend of materials that reads as one"
    " note.\n\n**Fixative** — A low-volatility material that slows evaporation.\n"
)


def _term(text: str) -> str:
    return parse_text(_GLOSSARY.format(text), name="t").entries[0].name


def test_a_quote_in_a_later_sentence_does_not_name_the_term() -> None:
    assert (
        _term(
            "**Vibration theory** — The idea that receptors detect molecular vibrational"
            ' frequencies rather than shape. Revived by Luca Turin, "A spectroscopic mechanism'
            ' for primary olfactory reception" (*Chemical Senses* 21:773, 1996).'
        )
        == "Vibration theory"
    )


def test_a_quote_cited_after_a_clause_does_not_name_the_term() -> None:
    assert (
        _term(
            "**Laing limit** — Even trained people can't identify more than about 3–4"
            ' components in an odour mixture (Laing & Francis 1989, "The capacity of humans to'
            ' identify odors in mixtures", *Physiol. Behav.* 46:809).'
        )
        == "Laing limit"
    )


def test_a_label_before_its_quoted_title_still_names_the_paper() -> None:
    entry = one(
        '- **Theory, for the skeptics** — Sanjoy Dasgupta, "Two Faces of Active Learning",'
        " *Theoretical Computer Science* 2011. Why the label complexity can be far lower.\n"
    )
    assert entry.title == "Two Faces of Active Learning"


def test_what_anyone_gets_is_a_definition() -> None:
    parsed = parse_text(
        _GLOSSARY.format(
            "**Concrete** — The waxy, semi-solid residue you get by extracting fresh plant"
            " material with a non-polar solvent, then stripping the solvent. Contains the"
            " odorants plus a lot of plant waxes.\n\n**Absolute** — What you get when you wash a"
            " concrete with ethanol, chill it to drop out the waxes, filter, and remove the"
            " ethanol under vacuum. Very concentrated, often dark."
        ),
        name="t",
    )
    concrete, absolute = parsed.entries[:2]
    assert concrete.claims[0].kind == "defines"
    assert concrete.claims[0].text.startswith("The waxy, semi-solid residue you get by")
    assert absolute.claims[0].kind == "defines"
    assert absolute.claims[0].text.startswith("What you get when you wash a concrete")


_COURSE = "# GEOL 647\n\n## Week 3\n\n{}\n"


def _reading(text: str) -> str:
    return parse_text(_COURSE.format(text), name="t").entries[0].title


def test_an_agu_citation_is_titled_by_the_words_before_its_journal() -> None:
    assert _reading(
        "- Roering, J.J., Kirchner, J.W., and Dietrich, W.E. (1999), Evidence for nonlinear,"
        " diffusive sediment transport on hillslopes and implications for landscape"
        " morphology, *Water Resour. Res.*, 35(3), 853–870."
    ) == (
        "Evidence for nonlinear, diffusive sediment transport on hillslopes and implications"
        " for landscape morphology"
    )
    assert (
        _reading(
            "- Montgomery, D.R. & Dietrich, W.E. (1988) Where do channels begin? *Nature* 336,"
            " 232–234."
        )
        == "Where do channels begin?"
    )


def test_a_gsa_citation_and_the_book_it_is_in() -> None:
    parsed = parse_text(
        _COURSE.format(
            "- Dietrich, W.E., Bellugi, D., Sklar, L.S., Stock, J.D., Heimsath, A.M., and"
            " Roering, J.J., 2003, Geomorphic transport laws for predicting landscape form and"
            " dynamics, *in* Wilcock, P.R., and Iverson, R.M., eds., *Prediction in"
            " Geomorphology*: AGU Geophysical Monograph 135, p. 103–132."
        ),
        name="t",
    )
    entry = parsed.entries[0]
    assert entry.title == "Geomorphic transport laws for predicting landscape form and dynamics"
    assert entry.attribution.authors == "Dietrich et al."
    assert not [text for text in claim_texts(entry) if "Wilcock" in text]


def test_a_journals_kind_of_article_is_no_title() -> None:
    assert _reading(
        "- Schwanghart, W. and Scherler, D. (2014). Short Communication: TopoToolbox 2 – an"
        " efficient and user-friendly tool for Earth surface sciences. *Earth Surf. Dynam.* 2,"
        " 1–7."
    ).startswith("TopoToolbox 2")


def test_where_a_course_keeps_the_textbook_is_no_gist() -> None:
    made = cards(
        _COURSE.format(
            "- Anderson, R.S. & Anderson, S.P. (2010). *Geomorphology: The Mechanics and"
            " Chemistry of Landscapes*. Cambridge University Press. — a couple of copies are on"
            " reserve in the science library.\n- Leopold, L.B. and Maddock, T. (1953). The"
            " hydraulic geometry of stream channels and some physiographic implications. USGS"
            " Professional Paper 252."
        )
    )
    assert not [card for card in made if "reserve" in card.front + card.back]


def test_several_works_in_one_name_get_no_who_made_card() -> None:
    made = cards(
        "# Embeddings\n\n## VLMs\n\n"
        "- **Flamingo and LLaVA** — Alayrac et al., Flamingo: a Visual Language Model for"
        " Few-Shot Learning (NeurIPS 2022) and Liu, Li, Wu & Lee, Visual Instruction Tuning"
        " (NeurIPS 2023). LLaVA is a CLIP encoder, a projection and Vicuna.\n"
        "- **ALBEF → BLIP → BLIP-2** — Li et al., Align before Fuse (NeurIPS 2021), BLIP (ICML"
        " 2022), BLIP-2 (ICML 2023), all from Salesforce.\n"
    )
    assert [card.front for card in made if card.kind == "attribution"] == []


def test_a_study_is_not_named_for_the_method_it_studied() -> None:
    parsed = parse_text(
        "# AL\n\n## NLP\n\n| Title | Authors | Venue | Notes |\n|---|---|---|---|\n"
        "| Deep Bayesian Active Learning for Natural Language Processing: Results of a"
        " Large-Scale Empirical Study | Aditya Siddhant, Zachary C. Lipton | EMNLP 2018 | BALD"
        " with MC dropout / Bayes-by-Backprop across classification, NER and SRL. |\n"
        "| Active Learning for BERT: An Empirical Study | Ein-Dor, Halfon, Gera (IBM Research) |"
        " EMNLP 2020 | AL helps most when the seed set comes from keyword queries. |\n"
        "| Active Learning by Acquiring Contrastive Examples (CAL) | Margatina, Vernikos,"
        " Barrault, Aletras | EMNLP 2021 | Picks points whose predictions differ from their"
        " neighbours'. |\n",
        name="t",
    )
    names = [entry.name for entry in parsed.entries]
    assert names[:2] == [
        "Deep Bayesian Active Learning for Natural Language Processing: Results of a"
        " Large-Scale Empirical Study",
        "Active Learning for BERT: An Empirical Study",
    ]
    assert names[2] == "CAL"


def test_a_sequels_citation_is_not_the_entrys() -> None:
    parsed = parse_text(
        "# Data\n\n## Dedup\n\n| Date | Name | Lab | Paper | Notes |\n|---|---|---|---|---|\n"
        "| 2023-03 | SemDeDup | Meta AI | [SemDeDup: Data-efficient learning at web-scale"
        " through semantic deduplication](https://arxiv.org/abs/2303.09540) (Abbas, Tirumala,"
        " Simig, Ganguli, Morcos) | Cluster embeddings, then drop near-duplicates within each"
        " cluster. Sequel: D4 (Tirumala et al. 2023). |\n"
        "| 2023-02 | DSIR | Stanford | [Data Selection for Language Models via Importance"
        " Resampling](https://arxiv.org/abs/2302.03169) (Xie, Santurkar, Ma, Liang, NeurIPS"
        " 2023) | Importance resampling with hashed n-gram features. |\n",
        name="t",
    )
    assert "Tirumala" not in parsed.entries[0].attribution.authors


_NOTES = "# notes\n\n## 🧱 Engines\n\n{}\n"


def test_what_kind_of_reading_a_note_says_it_is_is_no_gist() -> None:
    made = cards(
        _NOTES.format(
            "1. **Hekaton: SQL Server's Memory-Optimized OLTP Engine** — Diaconu et al., SIGMOD"
            " 2013\n   - system paper, not much new theory\n\n"
            "2. **Multiversion Concurrency Control—Theory and Algorithms** — Bernstein &"
            " Goodman, TODS 1983\n   - 1-copy serializability for MV histories\n"
            "   - the MV serialization graph stuff is needed to follow Adya later\n\n"
            "3. **A Critique of ANSI SQL Isolation Levels** — Berenson et al., SIGMOD 1995\n"
            "   - adds P0 dirty write\n   - Table 4 is the thing to memorize\n"
        )
    )
    said = [card.back for card in made]
    assert "system paper, not much new theory" not in said
    assert "needed to follow Adya later" not in said
    assert "the thing to memorize" not in said


def test_a_notes_main_lesson_is_its_finding() -> None:
    made = cards(
        _NOTES.format(
            "1. **Concurrency Control Performance Modeling: Alternatives and Implications** —"
            " Agrawal, Carey, Livny, TODS 1987\n"
            "   - main lesson: prior conflicting results came from different resource"
            " assumptions. good reminder for reading *any* benchmark paper\n"
        )
    )
    gist = next(card for card in made if card.kind == "gist")
    assert gist.front.startswith("What is the main finding of")
    assert gist.back == "prior conflicting results came from different resource assumptions"


def test_bullets_under_a_bullet_are_facts_of_their_own() -> None:
    parsed = parse_text(
        _NOTES.format(
            "1. **Concurrency Control Performance Modeling: Alternatives and Implications** —"
            " Agrawal, Carey, Livny, TODS 1987\n"
            '   - the "it depends on resources" paper\n'
            "     - limited resources (realistic) → blocking (2PL) beats restart-based (OCC)\n"
            "     - infinite resources → optimistic wins\n\n"
            "2. **A Critique of ANSI SQL Isolation Levels** — Berenson et al., SIGMOD 1995\n"
            "   - defines **Snapshot Isolation** formally: read from a snapshot at the start"
            " timestamp, First-Committer-Wins\n"
            "     - SI prevents P0–P3 and lost update, but allows write skew (A5B)\n"
            "   - SI and RR are incomparable\n"
        ),
        name="t",
    )
    modeling, critique = parsed.entries
    assert "limited resources (realistic) → blocking (2PL) beats restart-based (OCC)" in (
        claim_texts(modeling)
    )
    assert "infinite resources → optimistic wins" in claim_texts(modeling)
    assert not [text for text in claim_texts(critique) if "A5B" in text and "incomparable" in text]


def test_a_lesson_waits_behind_what_the_work_is() -> None:
    made = cards(
        _NOTES.format(
            "1. **Boolector** (https://doi.org/10.1007/978-3-642-00768-2_16)\n"
            "   - Eager bit-blasting of BV to AIGs + lemmas-on-demand for arrays\n"
            "   - lesson: bit-blast + a good SAT solver beats cleverer theory solvers\n"
        )
    )
    gist = next(card for card in made if card.kind == "gist")
    assert gist.back == "Eager bit-blasting of BV to AIGs + lemmas-on-demand for arrays"


def test_what_to_remember_keeps_its_fact() -> None:
    made = cards(
        "# RL\n\n## Policy gradients\n\n"
        "- **PPO** — [Schulman et al., 2017](https://arxiv.org/abs/1707.06347). The clipped"
        " surrogate objective (clip the probability ratio so one update can't move the policy"
        " too far) is the thing to remember.\n"
    )
    assert [card.back for card in made if card.kind == "gist"] == [
        "The clipped surrogate objective (clip the probability ratio so one update can't move"
        " the policy too far) is the thing to remember"
    ]


def test_an_aside_before_what_the_authors_showed() -> None:
    made = cards(
        "# Embeddings\n\n## Beyond contrastive\n\n"
        "- **Is contrastive even necessary? CapPa and AIMv2.** [Tschannen et al., *Image"
        " Captioners Are Scalable Vision Learners Too*](https://arxiv.org/abs/2306.07915)"
        " (NeurIPS 2023) show, under matched compute, that plain captioning pretraining gives"
        " encoders competitive with CLIP.\n"
    )
    gist = next(card for card in made if card.kind == "gist")
    assert gist.front == "What is the main finding of **CapPa**?"
    assert gist.back == (
        "under matched compute, plain captioning pretraining gives encoders competitive with CLIP"
    )


def test_a_food_journals_abbreviation_ends_no_sentence() -> None:
    entry = parse_text(
        _GLOSSARY.format(
            "**AEDA (aroma extract dilution analysis)** — GC-O run on a stepwise dilution"
            " series of the extract. Ranks odorants by potency in the sample rather than by"
            " peak area. Grosch's 1993 review in *Trends Food Sci. Technol.* 4:68 is the"
            " accessible write-up."
        ),
        name="t",
    ).entries[0]
    assert not [text for text in claim_texts(entry) if "Trends" in text or "Technol" in text]


def test_a_document_number_made_nothing() -> None:
    made = cards(
        _GLOSSARY.format(
            "**Dravnieks atlas** — Dravnieks, *Atlas of Odor Character Profiles* (ASTM DS61,"
            " 1985): ~160 odorants rated by a trained panel against 146 descriptors."
        )
    )
    assert [card.back for card in made if card.kind == "attribution"] == []


def test_a_two_letter_acronym_is_asked_with_where_it_is_from() -> None:
    made = cards(
        "# Perfumery\n\n## Synthetics\n\n"
        "**Hedione (methyl dihydrojasmonate)** — Firmenich's airy jasmine material. The odour"
        ' comes mainly from the cis isomers; "HC" (high-cis) grades exist for that reason.\n\n'
        "## Perception\n\n"
        "**Olfactory receptor (OR)** — The G-protein-coupled receptors on olfactory neurons"
        " that bind odorants.\n\n"
        "**Accord** — A small blend of materials that reads as one note.\n\n"
        "**Structure–odour relationship (SOR)** — predicting a molecule's odour from its"
        " structure.\n"
    )
    fronts = [card.front for card in made if card.kind == "acronym"]
    assert "What does **HC** stand for (in *Hedione (methyl dihydrojasmonate)*)?" in fronts
    assert "What does **OR** stand for (in Perception)?" in fronts
    assert "What does **SOR** stand for?" in fronts


def test_a_name_cut_short_is_not_its_own_gist() -> None:
    made = cards(
        _NOTES.format(
            "1. **Silo** — Tu et al., SOSP 2013\n   - OCC without a global shared counter\n\n"
            "- Andy Pavlo's CMU 15-721 (Advanced DB Systems) lectures on MVCC / OCC — on"
            " YouTube, lecture slides link most of the in-memory papers above\n"
        )
    )
    assert not [card for card in made if card.kind == "gist" and "Pavlo" in card.front]


def test_one_side_of_a_term_a_later_sentence_names_is_asked() -> None:
    made = cards(
        _GLOSSARY.format(
            "**Extraction yield** — The fraction of the dry coffee's mass that ends up in the"
            " cup. The usual target is 18–22%.\n\n"
            "**Vibration theory** — The idea that receptors detect molecular vibrational"
            " frequencies rather than shape. The testable prediction is that isotopomers (H vs"
            " D) should smell different.\n\n"
            "**Sensory lexicon** — A shared list of attribute words with reference standards."
            " The lexicon is the underappreciated half of the wheel."
        )
    )
    asked = {card.front: card.back for card in made if card.kind == "term"}
    assert asked["*Extraction yield*\n\nThe **usual target** is …?"] == "18–22%"
    assert asked["*Vibration theory*\n\nThe **testable prediction** is …?"] == (
        "isotopomers (H vs D) should smell different"
    )
    assert not [front for front in asked if "lexicon" in front]


def test_a_work_for_or_against_the_term_did_not_make_it() -> None:
    made = cards(
        _GLOSSARY.format(
            "**Vibration theory** — The idea that receptors detect molecular vibrational"
            " frequencies rather than shape.\n"
            '- Against: Keller & Vosshall 2004, "A psychophysical test of the vibration theory'
            ' of olfaction", *Nat. Neurosci.* 7:337: subjects could not tell acetophenone from'
            " acetophenone-d8."
        )
    )
    assert [card.back for card in made if card.kind == "attribution"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The scatter is huge, though.",
        "The model is then instruction-tuned to follow only the prompt part.",
        "The field experiment is Arkes & Blumer (1985, OBHDP 35(1)).",
        "The conclusion is that no current system is a strong candidate.",
        "The basic knowledge is Let's Verify Step By Step, s1 and STaR.",
        "The decomposition block is the bit that survived.",
        "The weights are on HF as emilyalsentzer/Bio_ClinicalBERT.",
        "The original is in Annales de Chimie et de Physique.",
    ],
)
def test_a_side_that_is_no_fact_is_not_asked(sentence: str) -> None:
    made = cards(
        _GLOSSARY.format(
            f"**Stress drop** — The difference between the stress before and after a quake."
            f" {sentence}"
        )
    )
    assert [card.front for card in made if card.kind == "term"] == []


def test_a_definition_shaped_as_a_side_stays_the_gist() -> None:
    made = cards(
        "# RL\n\n## Policy optimisation\n\n| Name | Paper | Notes |\n|---|---|---|\n"
        "| GSPO | [Group Sequence Policy Optimization](https://arxiv.org/abs/2507.18071) | The"
        " importance ratio is computed on the whole sequence likelihood rather than per"
        " token. |\n| DAPO | [DAPO](https://arxiv.org/abs/2503.14476) | Decoupled clipping"
        " and dynamic sampling. |\n"
    )
    assert [card.kind for card in made if "importance ratio" in card.front + card.back][:1] == [
        "gist"
    ]


def test_what_to_remember_is_no_side() -> None:
    made = cards(
        _GLOSSARY.format(
            "**MMSE-STSA estimator** — A spectral-amplitude estimator for speech enhancement."
            ' The thing to remember is the "decision-directed" a priori SNR estimate.'
        )
    )
    assert [card.front for card in made if card.kind == "term"] == []
