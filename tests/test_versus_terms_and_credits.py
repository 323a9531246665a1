"""Readings found wrong by the blind grading of round 159 (model-based RL, scene graphs,
linker and loader notes, orbital-mechanics glossary, syntax-and-parsing course, embedding
model table) and by reading the cards of earlier rounds the same faults gave: a term that
sets two things against each other, a term's maker named in a book's citation or "credited
to", a byline closed by the list's own marks, a team whose name holds a number, a one-word
quoted title, a journal's abbreviation, a describing word read as a name, and the writer's
or the course's remarks asked as gists."""

from __future__ import annotations

from srs.reading.attribution import cut
from srs.reading.remarks import opinion_in
from tests.test_figures_and_heads import cards, claim_texts, one
from tests.test_term_credits import OTHER_TERMS, term


def _term_cards(paragraph: str) -> list[tuple[str, str]]:
    found = cards("## Terms\n\n" + OTHER_TERMS + paragraph + "\n")
    return [(card.front, card.back) for card in found if card.kind == "term"]


def test_each_side_of_a_versus_term_is_asked_by_its_name() -> None:
    # the first side was the whole term's gist and the second held as a clue that gives it
    # away ("What is **Osculating vs. mean elements**? → Osculating = …")
    asked = _term_cards(
        "**Osculating vs. mean elements**: Osculating = elements of the conic tangent to the"
        " true trajectory at an instant, as if perturbations switched off. They wiggle on"
        " short timescales. Mean = averaged over short-period terms (sometimes long-period"
        " too)."
    )
    assert asked == [
        (
            "*Osculating vs. mean elements*\n\n**Osculating** = …?",
            "elements of the conic tangent to the true trajectory at an instant, as if"
            " perturbations switched off",
        ),
        (
            "*Osculating vs. mean elements*\n\n**Mean** = …?",
            "averaged over short-period terms (sometimes long-period too)",
        ),
    ]


def test_a_side_named_by_one_word_of_a_shared_head() -> None:
    asked = _term_cards(
        "**Antigenic drift vs. shift**: *Drift* = gradual accumulation of amino-acid changes"
        " in HA/NA epitopes under antibody pressure; *shift* = swapping in a whole new HA"
        " segment by reassortment."
    )
    assert [front.split("**")[1] for front, _ in asked] == ["Drift", "shift"]


def test_a_statement_of_another_term_under_a_plain_term_is_no_side() -> None:
    # (only a term that sets two things against each other has sides)
    assert _term_cards("**Orbit**: Osculating = elements of the conic tangent to it.") == []


def test_two_kinds_set_against_each_other_are_a_term_not_a_topic() -> None:
    # `methods` ends a topic's name (`Other methods`); with `vs.` and a colon it is a term
    assert term(
        "**Direct vs. indirect methods**: Direct = transcribe the optimal control problem"
        " into an NLP. Indirect = derive the necessary conditions via Pontryagin."
    ).name == ("Direct vs. indirect methods")


def test_a_books_citation_in_a_definition_says_who_made_the_term() -> None:
    bowen = term(
        "**Bowen's reaction series**: The order in which minerals crystallise from a cooling"
        " basaltic melt. Bowen, *The Evolution of the Igneous Rocks* (1928). It's an"
        " idealisation."
    )
    assert (bowen.attribution.authors, bowen.attribution.year) == ("Bowen", 1928)
    assert not any("Evolution of the Igneous" in text for text in claim_texts(bowen))
    # (its italics may be gone by the time the sentence is read)
    assert cut("Oberth, Wege zur Raumschiffahrt (1929).")[0].authors == "Oberth"
    # (never a lab as its author)
    assert not cut("Google, *A Thing* (2020).")[0].authors


def test_credited_to_says_who_made_the_term() -> None:
    transfer = term(
        "**Bi-elliptic transfer**: Three-impulse transfer that overshoots to a very high"
        " apoapsis first. Usually credited to Ary Sternfeld (1934). In practice the flight"
        " times are silly."
    )
    assert (transfer.attribution.authors, transfer.attribution.year) == ("Sternfeld", 1934)
    assert not any("credited" in text for text in claim_texts(transfer))


def test_anyones_you_in_a_comparison_keeps_the_definition() -> None:
    # the definition was dropped as the writer's voice, and `Shows up in …` asked as the
    # effect's "main finding" with its verb cut: "up in every "powered flyby" argument"
    oberth = term(
        "**Oberth effect**: A burn does more useful work the faster you're going, so burn at"
        " periapsis. Oberth, *Wege zur Raumschiffahrt* (1929). Shows up in every"
        ' "powered flyby" argument.'
    )
    assert claim_texts(oberth)[0] == "A burn does more useful work the faster you're going"
    assert (oberth.attribution.authors, oberth.attribution.year) == ("Oberth", 1929)
    # (the reader's own `you` still is the writer's)
    assert opinion_in("you should burn at periapsis") is not None


def test_the_lists_marks_after_a_byline_leave_its_author() -> None:
    levine = one(
        "6. **Linkers and Loaders** — John R. Levine, Morgan Kaufmann 1999 ([drafts online]"
        "(https://www.iecc.com/linker/)) ⭐ (✓)\n   - THE book. a.out, COFF, ELF, OMF, PE all"
        " covered.\n"
    )
    assert (levine.attribution.authors, levine.attribution.year) == ("Levine", 1999)


def test_a_team_whose_name_holds_a_number_keeps_it() -> None:
    # "Who made **A global reference for human genetic variation**? → The   Genomes Project
    # Consortium et al."
    found = cut("The 1000 Genomes Project Consortium (Auton, A., et al.).")[0]
    assert found.authors == "The 1000 Genomes Project Consortium et al."


def test_a_one_word_title_a_reference_quotes_is_its_name() -> None:
    # "When was the **Kabsch, W. "XDS." Acta Cryst** introduced? → D 2010 (Kabsch)"
    xds = one(
        '7. Kabsch, W. "XDS." *Acta Cryst. D* 66:125–132 (2010).'
        " [doi:10.1107/S0907444909047337](https://doi.org/10.1107/S0907444909047337)\n"
    )
    assert xds.name == "XDS"
    assert (xds.attribution.authors, xds.attribution.year) == ("Kabsch", 2010)
    assert "D 2010" not in xds.attribution.venue
    # (a word a sentence quotes is still no title: `the "RNNsearch" model`)
    assert (
        one(
            "- **Bahdanau et al.** ([arXiv](https://arxiv.org/abs/1409.0473)). Their"
            ' "RNNsearch" model held up on long sentences.\n'
        ).name
        != "RNNsearch"
    )


def test_the_journal_abbreviation_of_crystallography_ends_no_sentence() -> None:
    coot = one(
        '15. Emsley, P., Lohkamp, B., Scott, W.G., Cowtan, K. "Features and development of'
        ' *Coot*." *Acta Cryst. D* 66:486–501 (2010).'
        " [doi:10.1107/S0907444910007493](https://doi.org/10.1107/S0907444910007493)\n"
    )
    assert coot.attribution.venue != "D 2010"
    assert (coot.attribution.authors, coot.attribution.year) == ("Emsley et al.", 2010)


def test_a_word_for_when_it_came_is_no_name() -> None:
    # "What is the title of the **Pre-deep-learning** paper (Sadeghi and Farhadi, 2011)?"
    phrases = one(
        "- [Recognition Using Visual Phrases](https://doi.org/10.1109/CVPR.2011.5995711) -"
        " Mohammad Amin Sadeghi, Ali Farhadi (CVPR 2011). Pre-deep-learning. Treats"
        ' "person riding horse" as a single detectable unit.\n'
    )
    assert phrases.name == "Recognition Using Visual Phrases"


def test_the_writers_impression_and_the_courses_logistics_are_remarks() -> None:
    for remark in (
        "SCO hosting it feels like 2003 but it's still the canonical URL people link to",
        'not "other platform" really, just didn\'t fit elsewhere',
        "the library has electronic access",
        "good discussion piece for week 5 vs week 6: where does each family fail and why?",
        "makes the week 2 semiring stuff click with autodiff",
        "Robotics side of things",
        "The dataset everyone uses",
    ):
        assert opinion_in(remark) is not None, remark
    # (a week of something else is a fact)
    assert opinion_in("lost 30% of their weight by week 4 of training") is None


def test_a_lead_in_naming_another_work_leaves_what_follows_its_colon_to_it() -> None:
    # "What is **MuZero** known for? → MCTS + policy/value net + self-play, with the rules
    # given": AlphaZero, which MuZero is not
    muzero = one(
        "- **Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model (MuZero)"
        " (Schrittwieser et al., Nature 2020)** — [arXiv:1911.08265]"
        "(https://arxiv.org/abs/1911.08265). You need AlphaZero ([arXiv:1712.01815]"
        "(https://arxiv.org/abs/1712.01815)) in your head first: MCTS + policy/value net +"
        " self-play, with the rules given. MuZero is AlphaZero's search, but on a learned"
        " model trained to predict values.\n"
    )
    assert not any("rules given" in text for text in claim_texts(muzero))
    # (the writer's lead-in about the work itself still leaves the fact)
    alerce = one(
        "- **ALeRCE** ([paper](https://example.org/alerce)). The companion papers are worth"
        " reading as a pair: a stamp classifier that uses only the first detection's images,"
        " and a hierarchical random-forest light-curve classifier.\n"
    )
    assert any(text.startswith("a stamp classifier") for text in claim_texts(alerce))


def test_where_and_when_before_a_notes_lower_case_sentence() -> None:
    found, rest = cut(
        "Computing in Science & Engineering, 2001. written for scientific-Python people"
        " loading extension modules."
    )
    assert (found.venue, found.year) == ("Computing in Science & Engineering 2001", 2001)
    assert rest == "written for scientific-Python people loading extension modules."


def test_a_talks_conference_and_its_video_site_are_no_people() -> None:
    # "Who made **The Bits Between the Bits**? → Godbolt and CppCon (YouTube), 2018"
    found = cut("Matt Godbolt, CppCon 2018 (on YouTube)")[0]
    assert (found.authors, found.lab, found.venue) == ("Godbolt", "", "CppCon 2018")
    # (a lab in its own bracket is still a lab)
    assert cut("Covington et al. (YouTube), RecSys 2016")[0].lab == "YouTube"


def test_a_journal_issue_with_a_letter_still_cites() -> None:
    # Kessler syndrome was made by no one: `83(A6)` hid the volume's shape
    kessler = term(
        "**Kessler syndrome**: Self-sustaining collisional cascade once debris density"
        ' crosses a threshold. Kessler & Cour-Palais, "Collision frequency of artificial'
        ' satellites: the creation of a debris belt" ([JGR 83(A6), 1978]'
        "(https://doi.org/10.1029/JA083iA06p02637))."
    )
    assert (kessler.attribution.authors, kessler.attribution.year) == (
        "Kessler and Cour-Palais",
        1978,
    )


def test_the_people_before_a_quoted_title_when_the_bracket_says_where() -> None:
    found, rest = cut(
        'Clohessy & Wiltshire, "Terminal guidance system for satellite rendezvous"'
        " (J. Aerospace Sci. 27(9), 1960)"
    )
    assert (found.authors, found.year, rest) == ("Clohessy and Wiltshire", 1960, "")


def test_a_term_named_for_its_maker_is_not_credited_to_another() -> None:
    lambert = term(
        "**Lambert's problem**: Given two position vectors and the time of flight between"
        " them, find the conic connecting them. Gauss's method is the historical one; for"
        " actual code I use Izzo's algorithm, which is fast — Izzo, \"Revisiting Lambert's"
        ' problem", CMDA 2015 ([arXiv:1403.2705](https://arxiv.org/abs/1403.2705)).'
    )
    assert not lambert.attribution.authors
    # (its maker's own citation stands)
    bowen = term(
        "**Bowen's reaction series**: The order in which minerals crystallise from a melt."
        " Bowen, *The Evolution of the Igneous Rocks* (1928)."
    )
    assert bowen.attribution.authors == "Bowen"


def test_one_cases_model_cited_under_a_general_term_is_not_its_maker() -> None:
    # "Who made **Geopotential model**? → Pavlis et al., JGR 2012" (that is EGM2008)
    geopotential = term(
        "**Geopotential model**: Spherical-harmonic expansion of a body's gravity field,"
        " coefficients C_nm, S_nm. For Earth, EGM2008 (Pavlis et al., [JGR 2012]"
        "(https://doi.org/10.1029/2011JB008916))."
    )
    assert not geopotential.attribution.authors


def test_what_a_work_adds_after_what_it_builds_on_is_its_gist() -> None:
    # "What does **STEVE** do? → Builds on MVE (use the model only for the first H steps of
    # the TD target, then bootstrap)": MVE's idea, asked as STEVE's
    steve = one(
        "- **Sample-Efficient Reinforcement Learning with Stochastic Ensemble Value Expansion"
        " (STEVE) (Buckman, Hafner, Tucker, Brevdo & Lee, NeurIPS 2018)** —"
        " [arXiv:1807.01675](https://arxiv.org/abs/1807.01675). Builds on MVE (use the model"
        " only for the first H steps of the TD target, then bootstrap), but instead of a fixed"
        " horizon, interpolates across horizons weighted by the ensemble's uncertainty at each"
        " one. Nice idea.\n"
    )
    assert steve.claims[0].text == (
        "Interpolates across horizons weighted by the ensemble's uncertainty at each one,"
        " instead of a fixed horizon"
    )
    assert steve.claims[0].kind == "does"


def test_people_before_the_gap_of_a_quoted_title_and_their_journal() -> None:
    # "Who made **How good are my data …?** → Evans, G.N. Acta Cryst. D 2013": the last
    # initials read as the journal's first word
    found, _ = cut(
        "Evans, P.R. & Murshudov, G.N.   Acta Cryst. D 69:1204–1214 (2013). (the Aimless paper)"
    )
    assert (found.authors, found.year) == ("Evans and Murshudov", 2013)
    assert "G.N." not in found.venue


def test_one_person_then_where_they_work_after_a_dash() -> None:
    # "Who made **PostgreSQL 14 Internals**? → Rogov and Professional"
    found, _ = cut("— Egor Rogov, Postgres Professional 🔁")
    assert (found.authors, found.lab) == ("Rogov", "Postgres Professional")
    # (two people after a dash stay two)
    assert cut("— Dan Ports, Kevin Grittner, VLDB 2012")[0].authors == "Ports and Grittner"


def test_status_marks_after_a_byline_without_its_year() -> None:
    found = cut("— Ulrich Drepper, 2002 ⭐⭐ (✓)")[0]
    assert (found.authors, found.year) == ("Drepper", 2002)


def test_a_bracket_pointing_into_the_course_is_cut_not_the_claim() -> None:
    # the whole gist "Regret matching; the ancestor of CFR (Week 13)" went with its week
    entry = one(
        '- S. Hart and A. Mas-Colell, "A Simple Adaptive Procedure Leading to Correlated'
        ' Equilibrium", *Econometrica* 68(5), 2000. Regret matching; the ancestor of CFR'
        " (Week 13).\n"
    )
    assert claim_texts(entry) == ["Regret matching; the ancestor of CFR"]


def test_an_eponym_credited_to_others_without_a_title_naming_it_keeps_them() -> None:
    # (only a later paper whose title names the term is about it: the winner's curse was
    # Capen, Clapp and Campbell's)
    curse = term(
        "**Winner's curse**: In a common-value auction the winner tends to be the bidder who"
        " most overestimated the value (Capen, Clapp & Campbell 1971)."
    )
    assert curse.attribution.authors == "Capen et al."


def test_a_books_place_and_publisher_are_no_name() -> None:
    # "What is the title of the **The Hague** paper?", "Who made **Chicago**?" (r160
    # syllabus: six works named by the city of their publisher or their journal)
    hague = one(
        "- Greenberg, Joseph H. 1966. *Language Universals, with Special Reference to Feature"
        " Hierarchies*. The Hague: Mouton. (Markedness.)\n"
    )
    assert hague.name == "Language Universals, with Special Reference to Feature Hierarchies"
    berlin = one(
        '31. Cysouw, Michael. 2005. "Quantitative methods in typology." In R. Köhler, G.'
        " Altmann & R. G. Piotrowski (eds.), *Quantitative Linguistics: An International"
        " Handbook*, 554–578. Berlin: de Gruyter. †\n"
    )
    assert berlin.name == "Quantitative methods in typology"
    grambank = one(
        '9. Skirgård, Hedvig et al. 2023. "Grambank reveals the importance of genealogical'
        ' constraints on linguistic diversity and highlights the impact of language loss."'
        " *Science Advances* 9(16): eadg6175. https://doi.org/10.1126/sciadv.adg6175\n"
    )
    assert grambank.name.startswith("Grambank reveals")
    assert not any("eadg6175" in text for text in claim_texts(grambank))


def test_a_surname_a_given_name_and_an_initial_then_the_year() -> None:
    # Greenberg 1963 and Dryer 1992, the course's two anchor readings, made by no one
    found = cut("Greenberg, Joseph H. 1963.")[0]
    assert (found.authors, found.year) == ("Greenberg", 1963)
    dryer = one(
        '11. Dryer, Matthew S. 1992. "The Greenbergian word order correlations." *Language*'
        " 68(1): 81–138. https://doi.org/10.2307/416370\n"
    )
    assert (dryer.attribution.authors, dryer.attribution.year) == ("Dryer", 1992)


def test_why_it_is_listed_and_how_many_wrote_it_are_remarks() -> None:
    for remark in (
        "Included here for one design decision",
        "The one everyone's been talking about this month",
        "A big survey with ~30 authors",
    ):
        assert opinion_in(remark) is not None, remark


def test_a_journal_reference_closed_by_a_syllabus_mark_is_no_claim() -> None:
    # "What does **Large linguistic areas and language sampling** do? → Studies in Language
    # 13(2): 257–292. †"
    dryer = one(
        '6. Dryer, Matthew S. 1989. "Large linguistic areas and language sampling." *Studies'
        " in Language* 13(2): 257–292. †\n"
    )
    assert claim_texts(dryer) == []
    assert (dryer.attribution.authors, dryer.attribution.year) == ("Dryer", 1989)


def test_a_month_before_a_year_is_no_author() -> None:
    # "Who made **Rust regex crate + …**? → July, 2023", "… → September (OpenAI), 2024"
    assert not cut("the blog post is from July 2023, for regex 1.9")[0].authors
    # (a person named like a month, in the bracket of a citation, still is one)
    assert cut("see May (1976) on chaos")[0].authors == "May"


def test_a_bracket_spelling_the_phrase_a_title_ends_with_is_its_subject() -> None:
    # "What is described here? … → **ReDoS**": the paper asked as the attack it defeats
    paper = one(
        "9. **Davis, Servant & Lee — Using Selective Memoization to Defeat Regular Expression"
        " Denial of Service (ReDoS)** (IEEE S&P 2021)\n   - memoize (NFA state, input position)"
        " pairs in the backtracker\n"
    )
    assert paper.name != "ReDoS"
    # (a bracket spelling the title's opening words names the work)
    byol = one(
        "- **Bootstrap Your Own Latent: A New Approach to Self-Supervised Learning (BYOL)**"
        " ([arXiv](https://arxiv.org/abs/2006.07733)). Learns without negatives.\n"
    )
    assert byol.name == "BYOL"


def test_a_bracket_after_the_works_own_idea_still_names_it() -> None:
    # (a title that names the work's own idea before its bracket keeps the bracket's name)
    caa = one(
        "- **Steering Llama 2 via Contrastive Activation Addition (CAA)** ([arXiv]"
        "(https://arxiv.org/abs/2312.06681)). Builds a steering vector from contrastive pairs.\n"
    )
    assert caa.name == "CAA"
