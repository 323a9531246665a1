"""Readings found wrong by the blind grading of round 167 (world models, watermarking and
AI-text detection, CRDT and local-first notes, a glossary of the psychology of memory, a
political-philosophy course, state-space-model table): a syllabus's letter marks read as
names, an edition's editor and publisher as a work's makers, compounds read as the
conjunctions they open with, and generic readers read as the writer."""

from __future__ import annotations

from srs.reading.document import parse_text
from tests.test_figures_and_heads import cards, claim_texts, one
from tests.test_term_credits import OTHER_TERMS, term


def test_a_bold_letter_marks_a_required_reading() -> None:
    lines = (
        "## Week 1\n\n"
        "- **R** Adam Swift, *Political Philosophy: A Beginners' Guide*, Introduction.\n"
        '- **R** Ann Cudd & Seena Eftekhari, "Contractarianism," *Stanford Encyclopedia of'
        " Philosophy*. Read §§1–2 now.\n"
    )
    names = [entry.name for entry in parse_text(lines).entries]
    assert "R" not in names
    assert "Contractarianism" in names
    # (`*R*` before a byline and no title is R, the language)
    language = one("- *R* (Ihaka & Gentleman, 1996). A language for data analysis.\n")
    assert language.name == "R"


def test_an_editions_editor_and_publisher_make_no_work() -> None:
    hobbes = one("- Hobbes, *Leviathan*, ed. Edwin Curley (Hackett, 1994)\n")
    assert (hobbes.name, hobbes.attribution.authors) == ("Leviathan", "Hobbes")
    assert hobbes.attribution.year is None  # (the edition's year, not the work's)
    locke = one("- Locke, *Second Treatise of Government*, ed. C. B. Macpherson (Hackett, 1980)\n")
    assert locke.attribution.authors == "Locke"
    rousseau = one(
        "- Rousseau, *The Social Contract and Other Later Political Writings*, ed. Victor"
        " Gourevitch (Cambridge, 1997). The Discourse is in the *companion* volume.\n"
    )
    assert (rousseau.attribution.authors, rousseau.attribution.lab) == ("Rousseau", "")


def test_a_book_about_an_author_the_list_cites_goes_by_its_whole_title() -> None:
    lines = (
        "## Week 4\n\n"
        "- **R** Jean-Jacques Rousseau, *Discourse on the Origin of Inequality* (1755).\n"
        "- *opt* Joshua Cohen, *Rousseau: A Free Community of Equals* (Oxford University"
        " Press, 2010). The best modern reconstruction.\n"
    )
    names = [entry.name for entry in parse_text(lines).entries]
    assert "Rousseau: A Free Community of Equals" in names


def test_a_compound_is_not_the_conjunction_it_opens_with() -> None:
    orset = one(
        "1. **An Optimized Conflict-free Replicated Set** ([arXiv](https://arxiv.org/abs/1210.3368))\n"
        "    - Bieniusa, Zawirski, Preguiça, Shapiro, Baquero, Balegas, Duarte, 2012\n"
        '    - OR-Set without tombstones ("ORSWOT" in Riak terms). uses version vectors to'
        " summarise what you've seen so removals don't need tombstones\n"
        "    - this is the one actually implemented in practice\n"
    )
    assert orset.claims[0].kind == "defines"
    assert orset.claims[0].text.startswith("OR-Set without tombstones")
    assert "summarise what you've seen" in orset.claims[0].text
    assert not any("actually implemented" in text for text in claim_texts(orset))
    gists = [card.back for card in cards("## S\n\n" + _ORSET) if card.kind == "gist"]
    assert gists and gists[0].startswith("OR-Set without tombstones")


_ORSET = (
    "1. **An Optimized Conflict-free Replicated Set** ([arXiv](https://arxiv.org/abs/1210.3368))\n"
    "    - Bieniusa, Zawirski, Preguiça, Shapiro, Baquero, Balegas, Duarte, 2012\n"
    '    - OR-Set without tombstones ("ORSWOT" in Riak terms). uses version vectors\n'
)


def test_a_fact_after_an_opening_remark_stays() -> None:
    sss = one(
        "10. **Conflict-free Replicated Data Types** — Shapiro, Preguiça, Baquero, Zawirski."
        " SSS 2011 ([pdf](https://hal.inria.fr/inria-00609399))\n"
        "    - the conference version of the above, shorter. defines SEC formally.\n"
        "    - cite this one, read the TR.\n"
    )
    assert sss.claims[0].text == "defines SEC formally"


def test_a_lower_case_list_label_names_no_work() -> None:
    essay = one(
        "45. **Local-first software: You own your data, in spite of the cloud** ⭐⭐ — Kleppmann,"
        " Wiggins, van Hardenberg, McGranaghan. Onward! 2019 (https://www.inkandswitch.com/local-first/)\n"
        "    - the 7 ideals: no spinners, multi-device, offline, collaboration, longevity\n"
    )
    assert essay.name != "the 7 ideals"
    assert (essay.attribution.year, essay.attribution.venue) == (2019, "Onward! 2019")


def test_a_notes_reading_advice_and_verdicts_are_no_terms_or_gists() -> None:
    lines = (
        "## Sync\n\n"
        "17. **Delta State Replicated Data Types** ([arXiv](https://arxiv.org/abs/1603.01529))\n"
        "    - Almeida, Shoker, Baquero — JPDC 2018\n"
        "    - ship small deltas instead of full state\n"
        "    - causal delta-merging condition is subtle, read sec. 5 twice\n"
        "18. **Efficient Synchronization of State-based CRDTs** (https://arxiv.org/abs/1803.02750)\n"
        "    - Enes, Almeida, Baquero, Leitão — ICDE 2019\n"
        "    - join decompositions; shows classic delta-propagation still sends redundant stuff,"
        " fixes it\n"
        "    - nice evaluation section, realistic numbers on bandwidth.\n"
    )
    backs = [card.back for card in cards(lines)]
    assert not any("read sec" in back or "evaluation section" in back for back in backs)
    # (the gist keeps the few words before its semicolon since round 172: `join
    # decompositions; shows classic delta-propagation …`)
    assert any("shows classic delta-propagation" in back for back in backs)


def test_a_venue_that_turned_it_down_is_not_where_it_appeared() -> None:
    rows = (
        "## Mamba\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2023/12 | ⭐ Mamba | CMU / Princeton | [Mamba: Linear-Time Sequence Modeling with"
        " Selective State Spaces](https://arxiv.org/abs/2312.00752), Gu & Dao. The ICLR 2024"
        " reject that launched a thousand arXiv papers. |\n"
        "| 2024/06 | ⭐ | NVIDIA | [An Empirical Study of Mamba-based Language"
        " Models](https://arxiv.org/abs/2406.07887). A hybrid with about 8% attention layers"
        " beats the Transformer. |\n"
        "| 2024/06 | DeltaNet | MIT | [Parallelizing Linear Transformers with the Delta Rule"
        " over Sequence Length](https://arxiv.org/abs/2406.06484), NeurIPS 2024. Go back and"
        " read Schlag et al. (linear attention section) first. |\n"
        "| 2023/05 | RWKV | RWKV / EleutherAI | [RWKV: Reinventing RNNs for the Transformer"
        " Era](https://arxiv.org/abs/2305.13048), Findings of EMNLP 2023 |\n"
    )
    entries = parse_text(rows).entries
    assert entries[0].attribution.venue == ""
    assert entries[1].name == "An Empirical Study of Mamba-based Language Models"
    assert not claim_texts(entries[2])
    who = {card.front: card.back for card in cards(rows) if card.kind == "attribution"}
    assert who["Who made **RWKV**, and when?"] == "EleutherAI, EMNLP 2023"


def test_a_glossarys_generic_reader_is_not_the_writer() -> None:
    generation = term(
        "**Generation effect**: Items you produce yourself are remembered better than items"
        " you just read (Slamecka & Graf 1978)."
    )
    assert claim_texts(generation)[0].startswith("Items you produce yourself")
    episodic = term(
        "**Episodic memory**: Memory for specific personally experienced events, located in"
        ' time and place ("what I had for breakfast today"). Tulving\'s distinction.'
    )
    assert claim_texts(episodic)[0].startswith("Memory for specific personally experienced")
    flashbulb = term(
        "**Flashbulb memory**: Vivid, detailed-feeling memories of the circumstances in which"
        " you heard shocking news (Brown & Kulik 1977)."
    )
    assert claim_texts(flashbulb)[0].startswith("Vivid, detailed-feeling memories")


def test_a_later_sentences_case_study_is_a_finding_not_the_terms_maker() -> None:
    taxonomy = term(
        "**Declarative vs. nondeclarative memory**: Squire's taxonomy: declarative (= explicit;"
        " episodic + semantic) versus nondeclarative (procedural skills, priming), which rely"
        " on other brain systems. Good short history in Squire 2004"
        " ([doi](https://doi.org/10.1016/j.nlm.2004.06.005)). The founding case is patient"
        " H.M. (Henry Molaison), who after bilateral medial temporal lobe removal couldn't form"
        " new declarative memories but could still learn mirror-drawing (Scoville & Milner"
        " 1957, [doi](https://doi.org/10.1136/jnnp.20.1.11))."
    )
    assert taxonomy.attribution.authors == ""
    assert [finding.cited.authors for finding in taxonomy.findings] == ["Scoville and Milner"]


def test_links_apart_by_a_slash_or_a_comma_leave_the_byline_whole() -> None:
    iris = one(
        "- **Transformers are Sample-Efficient World Models** (IRIS) — Micheli, Alonso,"
        " Fleuret, ICLR 2023. [arXiv](https://arxiv.org/abs/2209.00588) /"
        " [code](https://github.com/eloialonso/iris). Discrete autoencoder + GPT-style"
        " transformer over frame tokens.\n"
    )
    assert iris.attribution.authors == "Micheli et al."
    dreamer = one(
        "- **Mastering Diverse Domains through World Models** (DreamerV3) — Hafner, Pasukonis,"
        " Ba, Lillicrap, 2023. [arXiv](https://arxiv.org/abs/2301.04104), later in Nature"
        " (2025): [DOI](https://doi.org/10.1038/s41586-025-08744-2). One set of"
        " hyperparameters across Atari, DMC, Crafter.\n"
    )
    assert (dreamer.attribution.authors, dreamer.attribution.year) == ("Hafner et al.", 2023)


def test_a_named_title_and_a_labs_report_are_works() -> None:
    genie = one(
        "- **Genie 3: A new frontier for world models** — Google DeepMind blog, Aug 2025."
        " [blog](https://deepmind.google/discover/blog/genie-3/). Real-time, minutes of"
        ' consistency, "promptable world events".\n'
    )
    assert (genie.name, genie.topic) == ("Genie 3", False)
    assert (genie.attribution.lab, genie.attribution.year) == ("Google DeepMind", 2025)
    sora = one(
        "- **Video generation models as world simulators** (Sora technical report) — OpenAI,"
        " Feb 2024. [link](https://openai.com/index/video-generation-models/). Mostly a blog"
        " post.\n"
    )
    assert not sora.topic
    assert (sora.attribution.lab, sora.attribution.year) == ("OpenAI", 2024)


def test_the_key_paper_is_a_verdict() -> None:
    muzero = one(
        "- **Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model** (MuZero) —"
        " Schrittwieser et al., 2019. The key paper. The latent state is trained only through"
        " reward, value and policy losses.\n"
    )
    assert "The key paper" not in claim_texts(muzero)


def test_a_short_capitalised_does_and_others_use_of_it() -> None:
    stegastamp = one(
        "- [StegaStamp: Invisible Hyperlinks in Physical Photographs](https://arxiv.org/abs/1904.05343)"
        " - Matthew Tancik, Ben Mildenhall, Ren Ng (Berkeley, CVPR 2020). Survives"
        " print-and-photograph. Frequently used as a baseline in diffusion watermark papers.\n"
    )
    kinds = {claim.text: claim.kind for claim in stegastamp.claims}
    assert kinds["Survives print-and-photograph"] == "does"
    assert kinds["Frequently used as a baseline in diffusion watermark papers"] == "says"


def test_a_cut_definition_ends_before_the_word_its_clause_explains() -> None:
    entry = one(
        "- [Robust Distortion-free Watermarks for Language Models](https://arxiv.org/abs/2307.15593)"
        " - Rohith Kuditipudi, John Thickstun (Stanford, 2023). Maps a random key sequence"
        " onto sampling (inverse transform / exponential minimum sampling), detection via"
        " edit-distance-style alignment so it survives insertions and deletions.\n"
    )
    assert not entry.claims[0].text.endswith("detection")


def test_a_term_that_is_where_something_happens_is_held() -> None:
    from tests.test_gate import card, rule_of

    where = card(
        "term",
        "*Moral Principles and Political Obligations*\n\n**Simmons** is …?",
        'where the "but nobody actually consented" objection gets made properly',
    )
    assert rule_of(where) == "vague-answer"
    defined = card("term", "*Dynamo*\n\n**hinted handoff** is …?", "a write kept for a down node")
    assert rule_of(defined) is None


def test_a_gist_that_opens_with_a_compound_is_no_fragment() -> None:
    from tests.test_gate import card, rule_of

    compound = card(
        "gist", "What is **ORSWOT**?", "OR-Set without tombstones, using version vectors"
    )
    assert rule_of(compound) is None
    dangling = card("gist", "What is **ORSWOT**?", "or a set without tombstones")
    assert rule_of(dangling) == "fragment"


def test_a_long_noun_phrase_after_a_dash_defines_the_term() -> None:
    practice = one(
        "- **Deliberate practice** — effortful practice specifically designed to improve"
        " performance, with feedback, usually guided by a teacher. Ericsson, Krampe &"
        " Tesch-Römer 1993 ([doi](https://doi.org/10.1037/0033-295X.100.3.363)), the Berlin"
        ' violinists study, is the source of the "10,000 hours" meme.\n'
    )
    assert practice.claims[0].kind == "defines"
    assert not any(text.startswith("the Berlin violinists") for text in claim_texts(practice))


def test_a_person_and_year_then_a_dash_define_the_term() -> None:
    reconstructive = term(
        "**Reconstructive memory**: Bartlett (1932) — recall is an active reconstruction"
        " shaped by *schemas*, not a replay."
    )
    assert (reconstructive.name, reconstructive.topic) == ("Reconstructive memory", False)
    assert reconstructive.attribution.authors == "Bartlett"
    assert claim_texts(reconstructive)[0].startswith("recall is an active reconstruction")


def test_a_readers_to_do_under_a_bold_colon_head_is_still_the_writers() -> None:
    book = one(
        "- **Forecasting: Principles and Practice (3rd ed.)**: [otexts.com/fpp3](https://otexts.com/fpp3/)."
        " Rob Hyndman and George Athanasopoulos, 2021, free online. If you've never fit an ETS or"
        " ARIMA model by hand, do that first. The R examples use the tidyverts stack.\n"
    )
    assert not any(text.startswith("If you've never") for text in claim_texts(book))
    semantic = term(
        "**Semantic memory**: General knowledge stripped of the episode in which it was learned"
        " (Paris is the capital of France; you don't remember when you learned that)."
    )
    assert claim_texts(semantic)[0].startswith("General knowledge stripped")


def test_a_labs_model_named_llm_keeps_the_labs_name() -> None:
    # (a guard: a lab's year read alone must not strip the lab from `DeepSeek LLM`)
    deepseek = one(
        "- **DeepSeek LLM: Scaling Open-Source Language Models with Longtermism** — [DeepSeek-AI,"
        " 2024](https://arxiv.org/abs/2401.02954). Section 3 is one of the best scaling-law"
        " writeups.\n"
    )
    assert deepseek.name == "DeepSeek LLM"


def test_a_cut_inside_a_bracket_keeps_no_piece_of_it() -> None:
    # (a guard: keeping what follows an opening remark must never keep a bracket's inside)
    week = one(
        "- Week 12: draft paper in CHI format (SIGCHI template, max 10 pages excl. refs), peer"
        " review assigned\n"
    )
    assert not any(text.startswith("refs)") for text in claim_texts(week))


def test_a_lab_left_out_is_a_word_of_the_name_never_a_piece_of_one() -> None:
    # (a guard: the labs a name says are left out, by whole words only)
    lines = (
        "## Driving\n\n- [Are we ready for Autonomous Driving? The KITTI Vision Benchmark"
        " Suite](https://www.cvlibs.net/publications/Geiger2012CVPR.pdf) - Andreas Geiger, Philip"
        " Lenz, Raquel Urtasun (KIT / TTI-Chicago, CVPR 2012). The benchmark that started it"
        " all.\n"
    )
    who = [card.back for card in cards(lines) if card.kind == "attribution"]
    assert who == ["Geiger et al. (KIT / TTI-Chicago), CVPR 2012"]


def test_a_clause_on_a_bracket_of_examples_is_cut_before_the_bracket() -> None:
    variable = term(
        "**Collective variable (CV)**: A low-dimensional function of atomic coordinates (a"
        " distance, a dihedral, a coordination number, or a learned network output) along which"
        " you bias a simulation or project a free-energy surface."
    )
    gists = [
        card.back
        for card in cards("## Terms\n\n" + OTHER_TERMS + _VARIABLE)
        if card.kind == "gist" and "Collective" in card.front
    ]
    assert gists == ["A low-dimensional function of atomic coordinates"]
    assert claim_texts(variable)[0].startswith("A low-dimensional function")


_VARIABLE = (
    "**Collective variable (CV)**: A low-dimensional function of atomic coordinates (a"
    " distance, a dihedral, a coordination number, or a learned network output) along which"
    " you bias a simulation or project a free-energy surface.\n"
)


def test_what_a_work_does_by_its_verb_is_asked_as_what_it_does() -> None:
    # (a guard: a long noun phrase defines, a verb's clause still says what it does)
    morsels = one(
        '- Leis et al., "Morsel-Driven Parallelism: A NUMA-Aware Query Evaluation Framework for'
        ' the Many-Core Age," SIGMOD 2014 — splits input into small "morsels" (~100k tuples)'
        " handed out by a dispatcher so that work stays balanced across many cores.\n"
    )
    assert morsels.claims[0].kind == "does"
    multics = one(
        '- F. J. Corbató, "A Paging Experiment with the Multics System" (1968). Usually cited as'
        " the origin of the clock algorithm: a one-bit approximation of LRU, where a hand sweeps"
        " the frames and clears reference bits.\n"
    )
    assert multics.claims[0].kind in {"defines", "does"}


def test_a_site_that_hosts_the_text_is_not_its_name() -> None:
    # (round 168's syllabus, graded after the fixes above)
    smith = one(
        "- Adam Smith, *An Inquiry into the Nature and Causes of the Wealth of Nations* (1776),"
        " Book I, chs. 1–3. Econlib: https://www.econlib.org/library/Smith/smWN.html (or"
        " Gutenberg: https://www.gutenberg.org/ebooks/3300). Yes, the pin factory.\n"
    )
    assert smith.name != "Econlib"
    heilbroner = one(
        "- Robert L. Heilbroner, *The Worldly Philosophers: The Lives, Times and Ideas of the"
        " Great Economic Thinkers*, 7th ed. (Touchstone, 1999), chs. 1–2. Light reading; start"
        " here.\n"
    )
    assert not claim_texts(heilbroner)


def test_a_clue_that_says_one_of_the_bracketed_short_names_is_held() -> None:
    from tests.test_gate import card, rule_of

    clue = card(
        "reverse",
        "What is described here?\n\n*The paper is about T5, but section 2.2 defines C4*",
        "**Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer"
        " (T5 / C4)**",
    )
    assert rule_of(clue) == "answer-on-front"
    other = card(
        "reverse",
        "What is described here?\n\n*every NLP task cast as string in, string out*",
        "**Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer"
        " (T5 / C4)**",
    )
    assert rule_of(other) is None
