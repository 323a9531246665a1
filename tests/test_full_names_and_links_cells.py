"""Readings found wrong by the blind grading of round 161 (radiance fields and Gaussian
splatting, speech translation, WebAssembly notes, acoustics glossary, history-of-AI course,
code-model table): people named in full with their initials (`Peter F. Brown`, `Victor O.K.
Li`), a team's name, an affiliation in the byline's bracket, a university's press, a
journal whose name ends in a word that is a venue of its own, the prose of a table's links
cell, the writer's asides asked as gists, a definition in the second person, an equation's
symbols, and the debris a link leaves behind."""

from __future__ import annotations

from srs.reading.attribution import cut
from srs.reading.document import parse_text
from srs.reading.model import Entry
from tests.test_figures_and_heads import cards, claim_texts, one
from tests.test_term_credits import OTHER_TERMS, term

_BENCHMARKS = (
    "## Function-level benchmarks\n\n| Paper | Links |\n|-------|-------|\n"
    "| **HumanEval** (Chen et al. 2021) | 164 hand-written Python problems with unit tests,"
    " from the Codex paper. Still worth running as a smoke test."
    " [paper](https://arxiv.org/abs/2107.03374) · [repo](https://github.com/openai/human-eval) |\n"
    "| MultiPL-E (Cassano et al. 2022) | Translates HumanEval/MBPP into 18+ languages."
    " [arXiv](https://arxiv.org/abs/2208.08227) |\n"
    "| CodeContests | [see AlphaCode](https://arxiv.org/abs/2203.07814) |\n"
)


def _entries(text: str) -> dict[str, Entry]:
    return {entry.name: entry for entry in parse_text(text).entries}


def test_a_given_name_with_its_initial_is_no_work_of_its_own() -> None:
    # the work was named "Peter F." (five cards on "the **Peter F.** paper")
    brown = one(
        '1. Peter F. Brown et al., "A Statistical Approach to Machine Translation,"'
        " *Computational Linguistics* 16(2), 1990: 79–85."
        " [ACL Anthology](https://aclanthology.org/J90-2002/) — the IBM group.\n"
    )
    assert brown.name == "A Statistical Approach to Machine Translation"
    assert brown.attribution.authors == "Brown et al."


def test_initials_written_together_are_part_of_a_persons_name() -> None:
    # "Victor O.K. Li" stopped the byline: the work was made by no one
    entry = one(
        "- [Learning to Translate in Real-time with Neural Machine Translation]"
        "(https://arxiv.org/abs/1610.00388) - Jiatao Gu, Graham Neubig, Kyunghyun Cho,"
        " Victor O.K. Li (EACL 2017). RL agent decides READ/WRITE.\n"
    )
    assert entry.attribution.authors == "Gu et al."


def test_a_bracket_after_people_named_in_full_is_where_they_work() -> None:
    # "Who made **Tied Multitask Learning …**? → Dame, NAACL 2018" (`Notre Dame`)
    found, _ = cut("Antonios Anastasopoulos, David Chiang (Notre Dame, NAACL 2018)")
    assert (found.authors, found.lab, found.venue) == (
        "Anastasopoulos and Chiang",
        "Notre Dame",
        "NAACL 2018",
    )


def test_a_title_joined_by_and_before_a_bracket_of_people_is_no_byline() -> None:
    # (the rule above needs a comma or `&` between the names: r153's book title kept its name)
    entry = one(
        "- **Solar Irradiance and Photovoltaic Power Forecasting (Dazhi Yang & Jan Kleissl,"
        " 2024)** — [CRC Press](https://www.routledge.com/x). Huge, and the closest thing the"
        " solar side has to a textbook.\n"
    )
    assert entry.name == "Solar Irradiance and Photovoltaic Power Forecasting"
    assert entry.attribution.authors == "Yang and Kleissl"


def test_a_team_named_by_an_abstract_noun_is_cited_whole() -> None:
    # "Who made **SeamlessM4T**? → Communication et al. (Meta AI), 2023"
    found, _ = cut("Seamless Communication, Loïc Barrault, Yu-An Chung, et al. (Meta AI, 2023)")
    assert found.authors == "Seamless Communication et al."


def test_three_people_before_the_pages_are_all_cited() -> None:
    # "Who made **Deep Learning**? → LeCun and Bengio" (Hinton left before the pages)
    entry = one(
        '1. Yann LeCun, Yoshua Bengio, Geoffrey Hinton, "Deep Learning," *Nature* 521, 2015:'
        " 436–444. [doi:10.1038/nature14539](https://doi.org/10.1038/nature14539) — read this"
        " as a *historiographical* document.\n"
    )
    assert entry.attribution.authors == "LeCun et al."


def test_a_university_press_is_no_lab() -> None:
    # "Who made **The Quest for Artificial Intelligence**? → Nilsson (Cambridge), 2010"
    entry = one(
        "1. Nils J. Nilsson, *The Quest for Artificial Intelligence* (Cambridge UP, 2010) —"
        " free PDF from the author.\n"
    )
    assert (entry.attribution.authors, entry.attribution.lab) == ("Nilsson", "")


def test_a_journal_named_after_a_field_keeps_its_whole_name() -> None:
    # "Who made **Engineering Knowledge**? → Forsythe, Science 1993"
    entry = one(
        '28. Diana E. Forsythe, "Engineering Knowledge: The Construction of Knowledge in'
        ' Artificial Intelligence," *Social Studies of Science* 23(3), 1993. — An'
        " anthropologist embedded in an expert systems lab.\n"
    )
    assert entry.attribution.venue == "Social Studies of Science 1993"
    assert entry.attribution.year == 1993


def test_a_person_named_like_a_kind_of_link_is_still_who_made_it() -> None:
    # "Who made **SacreBLEU**? → Post (Amazon), WMT 2018" was held as link debris
    made = [
        card.back
        for card in cards(
            "## Evaluation\n\n- [A Call for Clarity in Reporting BLEU Scores]"
            "(https://arxiv.org/abs/1804.08771) - Matt Post (Amazon, WMT 2018). SacreBLEU."
            " Please, please report signatures.\n"
        )
        if card.kind == "attribution"
    ]
    assert made == ["Post (Amazon), WMT 2018"]


def test_the_prose_of_a_links_cell_says_what_the_row_is() -> None:
    # no card said what HumanEval, MultiPL-E … are (r161 table, coverage 64 %)
    rows = _entries("# Code\n\n" + _BENCHMARKS)
    human_eval, multipl_e = rows["HumanEval"], rows["MultiPL-E"]
    assert claim_texts(human_eval)[0] == (
        "164 hand-written Python problems with unit tests, from the Codex paper"
    )
    assert claim_texts(multipl_e) == ["Translates HumanEval/MBPP into 18+ languages"]
    # (and who made it, in a bracket after a name in plain text)
    assert multipl_e.attribution.authors == "Cassano et al."


def test_a_links_cell_of_links_alone_says_nothing() -> None:
    rows = _entries("# Code\n\n" + _BENCHMARKS)
    assert claim_texts(rows["CodeContests"]) == []


def test_a_links_cells_separator_is_not_part_of_its_prose() -> None:
    # "What is **Doctor AI**? → Choi, Bahadori, … MLHC 2016. · GRU over visit sequences …"
    rows = _entries(
        "# EHR\n\n| Paper | Links |\n|---|---|\n"
        "| **Doctor AI: Predicting Clinical Events via Recurrent Neural Networks** — Choi,"
        " Bahadori, Schuetz, Stewart, Sun, MLHC 2016 | [arXiv](https://arxiv.org/abs/1511.05942)"
        " · GRU over visit sequences predicting next-visit diagnoses. |\n"
    )
    doctor = rows["Doctor AI"]
    assert claim_texts(doctor) == ["GRU over visit sequences predicting next-visit diagnoses"]
    assert doctor.attribution.authors == "Choi et al."


def test_a_pointer_in_lower_case_opens_its_own_sentence() -> None:
    # "Who made **code2vec**? → Technion, 2018": `… POPL 2019. see also [code2seq](…)` was
    # one sentence, read as a pointer, and its citation went with it
    rows = _entries(
        "# Code\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2018-03 | code2vec | Technion | [code2vec: Learning Distributed Representations of"
        " Code](https://arxiv.org/abs/1803.09473) — Alon et al., POPL 2019. see also"
        " [code2seq](https://arxiv.org/abs/1808.01400) |\n"
    )
    assert rows["code2vec"].attribution.authors == "Alon et al."


def test_the_writers_asides_are_no_gists() -> None:
    asides = {
        "Wasmer / WasmEdge": "- haven't looked at internals, listing for completeness",
        "Machines Who Think": "- Used copies are cheap.",
        "Pandemonium": "- Very short, very strange, very influential.",
        "SacreBLEU": "- Please, please report signatures.",
        "Whisper": "- Listed here because Whisper ASR + a big MT model is the baseline.",
        "Optical Models": "- Twenty pages of old-school graphics.",
        "The Stack": "- Dataset, but putting it here since StarCoder trains on it.",
        "Reflexion": "- The HumanEval numbers from this got a lot of attention.",
        "Phenaki": "- Not diffusion, but same period.",
        "NL2Code survey": "- Decent snapshot of the 2022 landscape; already dated.",
        "Code LM survey": "- Has an accompanying GitHub list.",
        "IBM Model 1": "- the IBM group.",
        # (r162: syllabus, table and glossary)
        "SIA/SIATEC": "- Heavy going in places, skip the complexity proofs.",
        "The Melodic Arch": "- Short and a perfect model of a small, clean corpus study.",
        "Melodic Similarity": "- The same question asked by people, read them together.",
        "Instruction Hierarchy": "- defense, but included here since labs now use it.",
        "Circuit Breakers": "- Held up well in HarmBench-style evals.",
        "Refusal direction": "- Technically an attack as much as an analysis.",
        "Choropleth map": "- Rule #2: big empty rural areas dominate visually.",
        "GeoAI": "- the editorial in IJGIS is a reasonable entry point.",
        "Scale": "- The most overloaded word in the field.",
        "ABC": "- The dataset paper behind the Moss et al. reading.",
    }
    for name, aside in asides.items():
        entry = one(f"1. **{name}** (https://example.org/x)\n   {aside}\n")
        assert claim_texts(entry) == [], name


def test_a_bullet_that_introduces_a_quote_is_no_claim() -> None:
    # "What is **Standardizing WASI**? → the Solomon Hykes tweet that got passed around with it"
    entry = one(
        "1. **Standardizing WASI** ([post](https://hacks.mozilla.org/2019/03/wasi/))\n"
        "   - capability-based: modules get handles to preopened dirs, no ambient authority\n"
        "   - the Solomon Hykes tweet that got passed around with it:\n\n"
        "   > If WASM+WASI existed in 2008, we wouldn't have needed to create Docker.\n"
    )
    assert claim_texts(entry) == [
        "capability-based: modules get handles to preopened dirs, no ambient authority"
    ]


def test_where_the_code_is_goes_with_its_links() -> None:
    # "What is **Two Mechanisations of WebAssembly 1.0**? → Isabelle + Coq, code at and"
    entry = one(
        "1. **Two Mechanisations of WebAssembly 1.0**\n"
        "   - Watt, Rao, Pichon-Pharabod, Bodin, Gardner. FM 2021\n"
        "   - mechanised in Isabelle and in Coq, code at https://github.com/WasmCert/a and"
        " https://github.com/WasmCert/b\n"
    )
    assert claim_texts(entry) == ["mechanised in Isabelle and in Coq"]


def test_another_work_named_as_concurrent_is_no_gist() -> None:
    # "What is **Plenoxels**? → Concurrent work: DVGO (…), similar conclusions …"
    entry = one(
        "- **Plenoxels: Radiance Fields without Neural Networks** (Fridovich-Keil, Yu et al.,"
        " CVPR 2022). A sparse voxel grid with SH coefficients, optimized directly, gets NeRF"
        " quality in minutes. Concurrent work: **DVGO** (Sun, Sun, Chen,"
        " [arXiv:2111.11215](https://arxiv.org/abs/2111.11215)), similar conclusions with a"
        " density grid.\n"
    )
    assert not any("DVGO" in text for text in claim_texts(entry))


def test_an_arrow_inside_a_quote_does_not_end_the_clause() -> None:
    # "{{c1::InstantSplat}} is the obvious "DUSt3R init" (cut at the quote's arrow)
    found = cards(
        "## S\n\n- **DUSt3R: Geometric 3D Vision Made Easy** (Wang et al., CVPR 2024)."
        " Regresses pointmaps for an image pair directly with a big transformer."
        ' **InstantSplat** is the obvious "DUSt3R init → 3DGS" combo if you want to see it in'
        " a splatting pipeline.\n"
    )
    assert not any(card.front.rstrip().endswith("init") for card in found)


def test_a_definition_in_the_second_person_is_what_the_term_is() -> None:
    # the precedence effect's gist was "The reason PA delay speakers are delayed …"
    effect = term(
        "**Precedence effect**: when a sound and a delayed copy arrive within ~1–30 ms, you"
        " hear one fused sound localized at the first arrival. The reason PA delay speakers"
        " are delayed slightly more than the acoustic path.\n"
    )
    assert effect.claims[0].kind == "defines"
    assert effect.claims[0].text.startswith("when a sound and a delayed copy arrive")


def test_an_equation_then_what_its_symbols_are_is_the_gist() -> None:
    # "What does **Sabine equation** do? → Overestimates RT badly for dead rooms, …"
    sabine = term(
        "**Sabine equation**: T60 = 0.161 V / A, with V the volume in m³ and A the total"
        " absorption in m² sabins. Works well for live rooms. Overestimates RT badly for dead"
        " rooms, which is why Eyring bothered.\n"
    )
    assert (sabine.claims[0].kind, sabine.claims[0].text) == ("defines", "T60 = 0.161 V / A")
    assert all(claim.kind == "says" for claim in sabine.claims[1:])


def test_where_to_read_more_is_no_cloze() -> None:
    # "**Singer's formant** — Sundberg's {{c1::The Science}} of the Singing Voice …"
    found = cards(
        "## Terms\n\n" + OTHER_TERMS + "**Singer's formant**: clustering of F3–F5 around 2.5–3"
        " kHz in trained classical voices. Sundberg 1974, JASA 55. Sundberg's *The Science of"
        " the Singing Voice* (1987) for everything else.\n"
    )
    assert not any("Singing Voice" in card.front for card in found)


def test_a_link_in_another_language_is_no_part_of_the_gist() -> None:
    # "What is **Neurons Spike Back**? → English version — bibliometric history of …"
    entry = one(
        '47. Dominique Cardon, Jean-Philippe Cointet, Antoine Mazières, "Neurons Spike Back:'
        ' The Invention of Inductive Machines and the Artificial Intelligence Controversy,"'
        " *Réseaux* 211 (2018). [English version](https://neurovenge.antonomase.fr/) —"
        " bibliometric history of the symbolic/connectionist split.\n"
    )
    assert claim_texts(entry)[0] == "bibliometric history of the symbolic/connectionist split"


def test_the_name_before_a_byline_stays_when_the_quoted_title_opens_with_it() -> None:
    # (a given name's initial no longer left behind made the quoted title LAMMPS's name)
    entry = one(
        "- [LAMMPS](https://github.com/lammps/lammps) -"
        " [paper](https://doi.org/10.1016/j.cpc.2021.108171) Aidan P. Thompson et al."
        ' (Comput. Phys. Commun., 2022). "LAMMPS - a flexible simulation tool for'
        ' particle-based materials modeling at the atomic, meso, and continuum scales".\n'
    )
    assert entry.name == "LAMMPS"


def test_a_colon_left_before_a_stop_goes_with_what_it_introduced() -> None:
    # "Who made **Clay**? → Non-profit and Apache-licensed"
    entry = one(
        "- **Clay** — the Clay Foundation model: https://madewithclay.org (code at"
        " https://github.com/Clay-foundation/model). Non-profit, Apache-licensed, MAE-based"
        " ViT; v1 went sensor-agnostic.\n"
    )
    assert entry.attribution.authors == ""
    assert claim_texts(entry)[0] == "the Clay Foundation model"


def test_a_citation_that_opens_a_glossary_sentence_credits_the_term() -> None:
    # the image source method, the precedence effect, the Schroeder diffuser and the
    # equal-loudness contours were made by no one (r161 glossary, coverage 76 %)
    made = {
        "Image source method": (
            "replace each reflecting wall with a mirrored copy of the source. [Allen & Berkley"
            " 1979](https://doi.org/10.1121/1.382599), still the first thing to implement if"
            " you're learning. Borish (1984, JASA) extended it to arbitrary polyhedra.",
            ("Allen and Berkley", 1979),
        ),
        "Precedence effect": (
            "a sound and a delayed copy arriving within ~1–30 ms are heard as one. Wallach,"
            " Newman & Rosenzweig 1949 named it; Haas 1951 did the speech-echo experiments.",
            ("Wallach et al.", 1949),
        ),
        "Schroeder diffuser": (
            "a surface of wells whose depths follow a number-theoretic sequence. Schroeder"
            " ([1975](https://doi.org/10.1121/1.380425)) and his 1979 JASA paper on lateral"
            " diffusion in concert halls.",
            ("Schroeder", 1975),
        ),
        "Equal-loudness contours": (
            "curves of sound pressure level vs. frequency that sound equally loud as a 1 kHz"
            " tone. [Fletcher & Munson 1933](https://doi.org/10.1121/1.1915637); current"
            " version is ISO 226:2003.",
            ("Fletcher and Munson", 1933),
        ),
    }
    for name, (definition, (authors, year)) in made.items():
        found = term(f"**{name}**: {definition}\n").attribution
        assert (found.authors, found.year) == (authors, year), name


def test_who_extended_a_term_later_is_not_who_made_it() -> None:
    # (the opening citation must be the sentence's subject: `Borish (1984, JASA) extended
    # it` is a later hand)
    found = term(
        "**Image source method**: replace each reflecting wall with a mirrored copy of the"
        " source. Borish (1984, JASA) extended it to arbitrary polyhedra.\n"
    ).attribution
    assert found.authors == ""


def test_a_later_review_or_critique_opening_a_sentence_is_not_who_made_the_term() -> None:
    # (the rule above, read on earlier glossaries: each of these was credited by a first
    # version of it)
    later = {
        "Ensemble prediction system": (
            "running the forecast N times from perturbed initial conditions. Leutbecher &"
            ' Palmer (2008), ["Ensemble forecasting"](https://doi.org/10.1016/j.jcp.2007.02.014),'
            " is the review I'd start with."
        ),
        "Fixation index": (
            "the share of total genetic variance from differences between subpopulations."
            " Whitlock & McCauley (1999) explain at length why you shouldn't."
        ),
        "Context-free pumping lemma": (
            "long words in a CFL can be pumped. Ogden's lemma (Ogden 1968, *Math. Systems"
            " Theory*) is the stronger version, where you mark the positions you care about."
        ),
        "A/Ci curve": (
            "net assimilation against intercellular CO2. Sharkey et al. 2007 (Plant Cell"
            " Environ) gives a spreadsheet method; honestly most people now use the R package."
        ),
    }
    for name, definition in later.items():
        assert term(f"**{name}**: {definition}\n").attribution.authors == "", name


def test_when_said_before_the_first_surname_is_no_part_of_it() -> None:
    # "Who made **Pfam**? → Originally Sonnhammer et al., 1997"
    found, _ = cut("Originally Sonnhammer, Eddy & Durbin 1997")
    assert found.authors == "Sonnhammer et al."


def test_who_came_first_or_gave_the_classic_definition_made_the_term() -> None:
    made = {
        "Topological layer": (
            "a network input layer that takes persistence diagrams directly. Hofer et al. were"
            " the first I know of, with experiments on shape and graph classification.",
            "Hofer et al.",
        ),
        "Large igneous province": (
            "a huge, geologically brief pulse of mostly mafic magmatism. Coffin & Eldholm"
            " (1994) ([doi](https://doi.org/10.1029/93RG02508)) is the classic definition,"
            " later revised by Bryan & Ernst (2008).",
            "Coffin and Eldholm",
        ),
        "Emerging fungal threat": (
            "general framing for the recent rise of fungal disease in wildlife, crops and"
            " people. Fisher et al. 2012 ([Nature](https://doi.org/10.1038/nature10947)) is the"
            " paper everyone cites for this.",
            "Fisher et al.",
        ),
        "Pfam": (
            "database of protein families, each a seed alignment and a profile HMM. Originally"
            " Sonnhammer, Eddy & Durbin 1997; current description in [Mistry et al."
            " 2021](https://doi.org/10.1093/nar/gkaa913).",
            "Sonnhammer et al.",
        ),
    }
    for name, (definition, authors) in made.items():
        assert term(f"**{name}**: {definition}\n").attribution.authors == authors, name


def test_a_particle_after_a_given_name_and_an_initial_is_the_next_persons() -> None:
    # "Who made **Finding Repeated Patterns in Music …**? → de Haas et al." (r162 syllabus:
    # `Janssen, W.` read as one person's surname and initial)
    found, _ = cut("Berit Janssen, W. Bas de Haas, Anja Volk & Peter van Kranenburg")
    assert found.authors == "Janssen et al."


def test_a_journal_named_after_its_parent_keeps_both_words() -> None:
    # "Who made **Can large language models provide useful feedback …**? → Liang et al., AI
    # 2024"
    found, _ = cut("Liang et al., NEJM AI 2024")
    assert found.venue == "NEJM AI 2024"


def test_where_a_work_goes_wrong_is_not_what_it_does() -> None:
    # (r144 awesome's reverse card "*Underestimates the biggest events …*", found by dump
    # once the glossary's `Overestimates RT badly …` was read as no description)
    entry = one(
        "1. **A Machine-Learning Approach for Earthquake Magnitude Estimation**"
        " (https://example.org/x)\n"
        "   - Underestimates the biggest events (the training set is dominated by small quakes)\n"
        "   - uses a CNN on raw waveforms\n"
    )
    assert [claim.kind for claim in entry.claims] == ["does", "says"]
    assert entry.claims[0].text == "uses a CNN on raw waveforms"


def test_function_words_in_italics_name_no_entry() -> None:
    # "What is **for the** known for?" (r163 table's notes)
    names = [
        entry.name
        for entry in parse_text(
            "# Small models\n\n## Notes\n\n- Dates are arXiv v1 or launch blog date, whichever"
            " came first *for the paper*. Gemma 2 is listed as July even though the id is 2408.\n"
        ).entries
        if not entry.topic
    ]
    assert "for the" not in names
    # (an acronym spelled like one is a name: `ITS`, r157 glossary, found by dump)
    its = term(
        "**ITS (internal transcribed spacer)**: ITS1–5.8S–ITS2 region of the nuclear rDNA.\n"
    )
    assert not its.topic


def test_a_link_that_is_what_the_sentence_speaks_of_keeps_its_words() -> None:
    # "What is **Qwen2 …**? → Qwen1.5 (Feb) only had a" (r163 table): the link's text went
    # and left a fragment; what form another release took is no claim either
    rows = _entries(
        "# Small models\n\n| Date | Name | Lab | Paper | Notes |\n|---|---|---|---|---|\n"
        "| 2024-07 | Qwen2 7B | Alibaba | [Qwen2 Technical Report](https://arxiv.org/abs/2407.10671)"
        " | Qwen1.5 (Feb) only had a [blog](https://qwenlm.github.io/blog/qwen1.5/). |\n"
    )
    assert claim_texts(rows["Qwen2 7B"]) == []
    entry = one(
        "1. **Grad-CAM** (https://example.org/x)\n"
        "   - class-discriminative localization maps from the gradients of the target score,"
        " released with a [notebook](https://example.org/nb) that reproduces figure 3\n"
    )
    assert claim_texts(entry)[0].endswith("released with a notebook that reproduces figure 3")


def test_notes_on_a_releases_form_and_the_writers_verdicts_are_no_gists() -> None:
    for name, aside in {
        "SmolLM": "- Blog only, report came with SmolLM2.",
        "Phi-3-mini": "- Benchmarks great, vibes less so.",
        "Zephyr": "- No report, just a blog post.",
        "Dolma": "- Data cleaning pipeline section is good.",
    }.items():
        assert claim_texts(one(f"1. **{name}** (https://example.org/x)\n   {aside}\n")) == [], name
