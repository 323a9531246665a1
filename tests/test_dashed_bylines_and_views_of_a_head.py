"""Readings found wrong by the blind grading of round 171 (model merging, game-playing AI,
TCP congestion-control notes, a brewing-science glossary, an archaeology course, anomaly
detection): a bracket's byline with a dash before its venue, a coined name before the
people, a title whose head is what it looks at, the writer's asides read as gists, and a
definition cut before the clause that says which."""

from __future__ import annotations

from srs.reading.attribution import cut
from srs.reading.naming import title_prefix
from tests.test_figures_and_heads import cards, claim_texts, one
from tests.test_term_credits import OTHER_TERMS, term

_ARXIV = "[arXiv:2203.05482](https://arxiv.org/abs/2203.05482)"


def _fronts_and_backs(text: str) -> list[tuple[str, str]]:
    return [(card.front, card.back) for card in cards("## S\n\n" + text)]


def test_a_dash_between_the_people_and_the_venue_keeps_the_people() -> None:
    assert cut("(Wortsman et al. — ICML 2022)")[0].authors == "Wortsman et al."
    # (a short name first, then its people: never "DiWA et al.")
    assert cut("(DiWA; Ramé et al. — NeurIPS 2022)")[0].authors == "Ramé et al."
    assert cut("(FuseLLM; Wan et al. — ICLR 2024)")[0].authors == "Wan et al."


def test_a_coined_name_before_the_people_names_the_paper() -> None:
    entry = one(
        "- **Dataless Knowledge Fusion by Merging Weights of Language Models** (RegMean; Jin,"
        " Ren, Preotiuc-Pietro, Cheng — ICLR 2023) — "
        f"{_ARXIV}. For each linear layer, solve a closed-form least-squares problem.\n"
    )
    assert entry.name == "RegMean"
    assert entry.attribution.authors == "Jin et al."


def test_a_coined_name_alone_before_paper_names_it() -> None:
    entry = one(
        "- [Accelerating Self-Play Learning in Go](https://arxiv.org/abs/1902.10565) - David J."
        " Wu (Jane Street, 2019). KataGo paper. ~50x less compute than ELF for similar"
        " strength.\n"
    )
    assert entry.name == "KataGo"
    # (a trading firm, no person: never "Street, 2019")
    assert entry.attribution.authors == "Wu"
    assert entry.attribution.lab == "Jane Street"


def test_a_head_a_subtitle_looks_at_is_not_the_works_name() -> None:
    assert title_prefix("Deep Ensembles: A Loss Landscape Perspective") == ""
    assert title_prefix("Animal Liberation: A Triangular Affair") == ""
    assert title_prefix("Rotary Embeddings: A Relative Revolution") == ""
    # (a field's name heads an essay on it)
    assert title_prefix("Archaeology: The Loss of Innocence") == ""
    # (a name still names its paper)
    assert title_prefix("Toolformer: Language Models Can Teach Themselves to Use Tools") == (
        "Toolformer"
    )
    assert title_prefix("Model Breadcrumbs: Scaling Multi-Task Model Merging with Sparse Masks")


def test_the_writers_asides_are_no_gist() -> None:
    said = _fronts_and_backs(
        "- **Model soups: averaging weights of multiple fine-tuned models improves accuracy**"
        f" (Wortsman et al. — ICML 2022) — {_ARXIV}. The paper that named the thing. Set SOTA"
        " on ImageNet at the time.\n"
        "- **Dataless Knowledge Fusion by Merging Weights of Language Models** (Jin et al.,"
        " ICLR 2023) — [arXiv:2212.09849](https://arxiv.org/abs/2212.09849). Strong baseline"
        " that's weirdly under-used.\n"
        "- **Data, Relativism and Archaeological Science** (Binford, 1987) —"
        " [doi](https://doi.org/10.2307/2802410). Binford at his most combative.\n"
        "- **Massive Migrations? The Impact of Recent aDNA Studies** (Furholt, 2018) —"
        " [doi](https://doi.org/10.1017/eaa.2017.43). Haak + Furholt together.\n"
        "- **The Golden Marshalltown: A Parable for the Archeology of the 1980s** (Flannery,"
        " 1982) — [doi](https://doi.org/10.1525/aa.1982.84.2.02a00010). Yes it's old and yes"
        " it's cranky.\n"
        "- **Model Breadcrumbs: Scaling Multi-Task Model Merging with Sparse Masks** (Davari &"
        " Belilovsky, 2023) — [arXiv:2312.06795](https://arxiv.org/abs/2312.06795). Small"
        " tweak, reasonable gains.\n"
        "- **Regret Minimization in Games with Incomplete Information** (Zinkevich et al.,"
        " 2007) — [pdf](https://papers.nips.cc/paper/3306). Basically every poker bot since"
        " builds on this.\n"
        "- **PEFT welcomes new merging methods** (Hugging Face blog, 2024) —"
        " [blog](https://huggingface.co/blog/peft_merging). Shorter; how to do TIES/DARE"
        " merges of LoRA adapters directly in `peft`.\n"
    )
    text = " ".join(front + " " + back for front, back in said)
    for aside in (
        "named the thing",
        "under-used",
        "most combative",
        "Furholt together",
        "cranky",
        "reasonable gains",
        "every poker bot",
        "**Shorter**",
    ):
        assert aside not in text, aside
    # (what the work is keeps its cards)
    assert ("Who made **PEFT welcomes new merging methods**, and when?", "Hugging Face, 2024") in (
        said
    )


def test_what_a_work_does_beyond_another_is_its_gist() -> None:
    said = _fronts_and_backs(
        "- **Model Breadcrumbs: Scaling Multi-Task Model Merging with Sparse Masks** (Davari &"
        " Belilovsky, 2023) — [arXiv:2312.06795](https://arxiv.org/abs/2312.06795). Like"
        " TIES's trim step but also throws away the *largest* outliers, not just the small"
        " ones.\n"
    )
    assert any(
        front == "What is **Model Breadcrumbs**?" and back.startswith("Like TIES's trim step")
        for front, back in said
    )


def test_a_definite_definition_keeps_the_clause_that_says_which() -> None:
    entry = term(
        "**Residual alkalinity (RA)**: The alkalinity of brewing water that is"
        " *left over* after calcium and magnesium have reacted with malt phosphates to lower"
        " pH. Useful for thinking about why Dublin water suits stout.\n"
    )
    assert claim_texts(entry)[0] == (
        "The alkalinity of brewing water that is left over after calcium and magnesium have"
        " reacted with malt phosphates to lower pH"
    )


def test_the_other_of_a_pair_and_a_related_things_fact_ask_nothing() -> None:
    said = _fronts_and_backs(
        OTHER_TERMS + "**β-acids (lupulones)**: The other bitter-acid family. They don't"
        " isomerise and barely contribute to bitterness in beer.\n\n"
        "**Xanthohumol**: A prenylated chalcone from hop glands that gets a lot of attention"
        " as a bioactive compound. The related 8-prenylnaringenin is one of the most potent"
        " phytoestrogens known, though present in beer at tiny amounts.\n\n"
        "**Lipoxygenase (LOX)**: Barley enzyme that oxidises linoleic acid in the mash. Sapporo"
        " bred LOX-1-null barley specifically for better flavour stability.\n"
    )
    backs = [back for _, back in said]
    fronts = " ".join(front for front, _ in said)
    assert "The other bitter-acid family" not in backs
    assert "8-prenylnaringenin" not in fronts
    assert "LOX-1-null" not in fronts
    # (each term's own definition stays)
    assert any(back.startswith("A prenylated chalcone") for back in backs)
    assert any(back.startswith("Barley enzyme") for back in backs)


def test_what_suffices_for_a_task_leaves_the_task_no_name() -> None:
    title = "Open-Set Recognition: A Good Closed-Set Classifier Is All You Need"
    assert title_prefix(title) == ""
    said = _fronts_and_backs(
        "| Paper | Link |\n|---|---|\n"
        f"| **{title}** — Vaze, Han, Vedaldi, Zisserman. ICLR 2022. Closed-set accuracy"
        " correlates strongly with open-set performance. | "
        "[arXiv](https://arxiv.org/abs/2110.06207) |\n"
    )
    fronts = [front for front, _ in said]
    assert "Who made **Open-Set Recognition**, and when?" not in fronts
    assert f"Who made **{title}**, and when?" in fronts


def test_a_notes_list_of_traps_is_no_work() -> None:
    said = _fronts_and_backs(
        "- **Evaluation gotchas**, in the order they've bitten me:\n"
        "  1. Tuning hyperparameters on the test OOD set (ODIN, Mahalanobis originals).\n"
        "  2. Image-level AUROC on MVTec being saturated. Look at PRO / pixel AUPR instead.\n"
    )
    assert not any("Evaluation gotchas" in front + back for front, back in said)


def test_a_notes_few_words_and_the_clause_after_are_one_claim() -> None:
    said = _fronts_and_backs(
        '1. **Roundy — "Darcs: distributed version management in Haskell"** (Haskell'
        " Workshop 2005) ([doi](https://doi.org/10.1145/1088348.1088352))\n"
        "    - patches commute; a repo is a set of patches not a DAG of snapshots. The"
        " exponential merge problem is the famous downside\n\n"
        '2. **Mimram & Di Giusto — "A Categorical Theory of Patches"** (ENTCS, 2013)'
        " ([arXiv](https://arxiv.org/abs/1311.3903))\n"
        "    - merge as pushout, the category of files completed freely\n"
    )
    assert any(
        back == "patches commute; a repo is a set of patches not a DAG of snapshots"
        for _, back in said
    )
    assert "patches commute" not in [back for _, back in said]


def test_a_clue_that_finds_the_same_thing_points_elsewhere() -> None:
    said = _fronts_and_backs(
        "- **Essentially No Barriers in Neural Network Energy Landscape** — "
        "[arXiv:1803.00885](https://arxiv.org/abs/1803.00885). Finds the same thing with a"
        " nudged-elastic-band method borrowed from chemistry (Draxler et al., ICML 2018).\n"
    )
    assert not any("the same thing" in front + back for front, back in said)


def test_where_a_book_was_published_is_neither_its_name_nor_its_maker() -> None:
    # (round 172: a Scientific Revolution course, its readings cited Chicago-style)
    said = _fronts_and_backs(
        "- Herbert Butterfield, *The Origins of Modern Science, 1300–1800* (London: Bell,"
        ' 1949), Introduction. The classic statement that the Scientific Revolution "outshines'
        ' everything since the rise of Christianity."\n'
        "- ★ Galileo Galilei, *Sidereus nuncius* (1610), trans. Albert Van Helden as *Sidereus"
        " Nuncius, or The Sidereal Messenger* (Chicago, 1989). Also in *The Essential"
        " Galileo*.\n"
        '- Boris Hessen, "The Social and Economic Roots of Newton\'s *Principia*" (1931), in'
        " *Science at the Cross Roads* (London, 1931). Reader. Read it as a primary source"
        " too.\n"
        "- William R. Newman, *Newton the Alchemist: Science, Enigma, and the Quest for"
        ' Nature\'s "Secret Fire"* (Princeton, 2019). Replaces B. J. T. Dobbs, *The'
        " Foundations of Newton's Alchemy* (1975) for most purposes.\n"
    )
    text = " ".join(front + " → " + back for front, back in said)
    for wrong in ("**London**", "**Reader**", "**J**", "→ Chicago", "→ London"):
        assert wrong not in text, wrong
    assert ("Who made **The Origins of Modern Science, 1300–1800**?", "Butterfield") in said
    assert cut("(Chicago, 1989)")[0].authors == ""
    assert cut("(Hinton, 2015)")[0].authors == "Hinton"


def test_a_pointer_to_another_item_and_a_things_standing_are_no_gist() -> None:
    said = _fronts_and_backs(
        "1. **SHA-1 is a Shambles** (USENIX Security 2020) ([pdf](https://eprint.iacr.org/2020/"
        "014))\n    - chosen-prefix collisions, practical\n\n"
        '2. **SHAttered — Stevens, Bursztein, Karpman, Albertini, Markov, "The first collision'
        ' for full SHA-1"** (CRYPTO 2017) ([pdf](https://eprint.iacr.org/2017/190))\n'
        "    - why #1 exists. Git mitigated with sha1collisiondetection in the meantime\n\n"
        + OTHER_TERMS.replace("**Genetic", "- **Genetic").replace("**Mutation", "- **Mutation")
    )
    assert not any("why #1 exists" in back for _, back in said)
    glossary = cards(
        "## Spinning\n\n" + OTHER_TERMS + "**Ring spinning**: Still the reference system."
        " Drafted strand is twisted by a traveller running round a ring; the spindle rotation"
        " inserts twist and the lag of the traveller winds the yarn onto the bobbin.\n"
    )
    assert not any("Still the reference system" in card.back for card in glossary)


def test_a_classic_is_credited_to_its_author_not_its_translations_publisher() -> None:
    said = _fronts_and_backs(
        "- ★ Kepler, *Astronomia nova* (1609), Introduction, in *New Astronomy*, trans. William"
        " H. Donahue (Cambridge, 1992).\n"
        "- ★ Margaret Cavendish, *Observations upon Experimental Philosophy* (1666), ed. Eileen"
        " O'Neill (Cambridge Texts in the History of Philosophy, 2001). Read alongside Hooke.\n"
    )
    assert ("Who made **Astronomia nova**, and when?", "Kepler, 1609") in said
    assert (
        "Who made **Observations upon Experimental Philosophy**, and when?",
        "Cavendish, 1666",
    ) in said


def test_more_of_the_writers_words_are_no_gist_or_clue() -> None:
    said = _fronts_and_backs(
        "- **Self-Instruct: Aligning Language Models with Self-Generated Instructions** (Wang et"
        " al., ACL 2023) — [arXiv:2212.10560](https://arxiv.org/abs/2212.10560). The pipeline"
        " looks almost naive now.\n"
        "- **Will we run out of data? Limits of LLM scaling based on human-generated data**"
        " (Villalobos et al., Epoch AI) — [arXiv:2211.04325](https://arxiv.org/abs/2211.04325)."
        ' Not about synthetic data directly, but it\'s the "why should we care" paper.\n'
        "- **UltraFeedback** (Cui et al., 2023) — [arXiv:2310.01377](https://arxiv.org/abs/"
        "2310.01377). Probably the single most-used synthetic preference dataset in open"
        " research in 2024.\n"
        "- **MOTR** (Zeng et al., ECCV 2022) — [arXiv:2105.03247](https://arxiv.org/abs/"
        "2105.03247). Very similar idea to TrackFormer, appeared around the same time.\n"
        "- **Pruning algorithms — a survey** (Reed, 1993) — [DOI](https://doi.org/10.1109/"
        '72.248452). For historical perspective; it\'s striking how many "new" ideas are in'
        " here.\n"
    )
    text = " ".join(front + " → " + back for front, back in said)
    for aside in (
        "almost naive",
        "Not about synthetic",
        "most-used",
        "Very similar idea",
        "striking",
    ):
        assert aside not in text, aside
    assert ("Who made **MOTR**, and when?", "Zeng et al., ECCV 2022") in said


def test_a_products_word_is_no_persons_surname() -> None:
    entry = one(
        "- **⭐ Scaling Synthetic Data Creation with 1,000,000,000 Personas** (Tencent AI Lab,"
        " 2024) — [arXiv:2406.20094](https://arxiv.org/abs/2406.20094). Persona Hub. Condition"
        " every generation on one of a billion web-derived personas.\n"
    )
    assert entry.attribution.authors == ""
    assert entry.attribution.lab == "Tencent AI Lab"


def test_round_173s_asides_citations_and_book_parts_ask_nothing() -> None:
    assert title_prefix("Introduction: Aspects of Change") == ""
    said = _fronts_and_backs(
        "- **AudioLDM** (Liu et al., ICML 2023) — [arXiv:2301.12503](https://arxiv.org/abs/"
        "2301.12503). General audio, not music-specific, but used everywhere as a baseline.\n"
        "- **Foundation Models for Music: A Survey** (Ma et al., 2024) — [arXiv:2408.14340]"
        "(https://arxiv.org/abs/2408.14340). Huge (100+ pages).\n"
        "- **Scheduler Activations** (Anderson et al., SOSP 1991) — [pdf](https://dl.acm.org/doi/"
        "10.1145/121132.121151). The idea keeps coming back under new names.\n"
        "- **Isolation Forest** (Liu et al., ICDM 2008) — [pdf](https://doi.org/10.1109/"
        "ICDM.2008.17). On windows it's a shockingly strong baseline.\n"
        "- **The Origins of Scaling in Cities** (Bettencourt, 2013) — [doi](https://doi.org/"
        "10.1126/science.1235823). The theory behind #2.\n"
        "- **LMAX Disruptor** (https://lmax-exchange.github.io/disruptor/disruptor.html).\n"
        "  - Thompson, Farley, Barker, Gee, Stewart, 2011 tech paper\n"
        "  - ring buffer + sequence barriers, cache line padding against false sharing\n"
    )
    text = " ".join(front + " → " + back for front, back in said)
    for aside in ("used everywhere", "100+ pages", "keeps coming back", "shockingly", "#2"):
        assert aside not in text, aside
    assert "Thompson, Farley" not in text
    assert ("Who made **AudioLDM**, and when?", "Liu et al., ICML 2023") in said


def test_a_split_journal_abbreviation_is_no_author() -> None:
    said = _fronts_and_backs(
        OTHER_TERMS + "**Mullite**: 3Al2O3·2SiO2, the needle-like crystalline phase that makes"
        " porcelain strong. Secondary mullite grows as longer needles: Iqbal & Lee,"
        ' "Microstructural evolution in triaxial porcelain", *J. Am. Ceram. Soc.* 83(12), 2000'
        " ([doi](https://doi.org/10.1111/j.1151-2916.2000.tb01692.x)).\n\n"
        "- **Chain-of-Thought Prompting Elicits Reasoning in Large Language Models** (Wei et"
        " al., NeurIPS 2022) — [arXiv:2201.11903](https://arxiv.org/abs/2201.11903). The"
        " starting point for everything here.\n"
    )
    assert not any(back.startswith("Soc") for _, back in said)
    assert not any("starting point" in back for _, back in said)


def test_round_173s_asides_leave_the_facts_beside_them() -> None:
    # (the first patterns for round 173's asides also held a result, an introduced
    # workload, a finding and a report's name; each aside is now matched only in its own
    # shape)
    said = _fronts_and_backs(
        "- [Learned Cardinalities: Estimating Correlated Joins with Deep Learning](https://arxiv"
        ".org/abs/1809.00677) - Kipf, Kipf, Radke, Leis, Boncz, Kemper (TUM/Amsterdam/CWI, CIDR"
        " 2019). MSCN (multi-set convolutional network): a query is encoded as sets of tables,"
        " joins and predicates. Introduced the JOB-light workload used everywhere afterwards.\n"
        "- [Neural Motifs: Scene Graph Parsing with Global Context](https://arxiv.org/abs/"
        "1711.06640) - Rowan Zellers, Mark Yatskar, Sam Thomson, Yejin Choi (UW, CVPR 2018)."
        " BiLSTM context over sorted objects. The famous finding: a *frequency baseline*"
        " (predict most common predicate given the object pair labels) is shockingly strong.\n"
        "- **Video generation models as world simulators (OpenAI, Feb 2024)** — [tech report /"
        " blog](https://openai.com/index/video-generation-models-as-world-simulators/). The"
        " Sora report. Very light on details, very heavy on the title claim.\n"
    )
    text = " ".join(front + " → " + back for front, back in said)
    assert "Which paper introduced the JOB-light workload used everywhere afterwards?" in text
    assert "frequency baseline" in text
    assert "Very light on details" not in text
    glossary = cards(
        "## Attacks\n\n" + OTHER_TERMS + "**Bleichenbacher's attack**: an adaptive"
        " chosen-ciphertext attack on RSA PKCS#1 v1.5 encryption (Bleichenbacher 1998, CRYPTO)."
        " It keeps coming back: ROBOT (Böck, Somorovsky & Young, USENIX Security 2018) found the"
        " oracle alive in big-name TLS stacks almost 20 yrs later.\n"
    )
    assert not any(card.back.startswith("the oracle alive") for card in glossary)
