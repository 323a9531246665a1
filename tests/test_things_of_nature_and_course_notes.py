"""Readings found wrong by the blind grading of round 169 (efficient attention and the KV
cache, calibration and uncertainty, Linux device-driver notes, a cheese-science glossary,
a history-of-medicine course, fast diffusion samplers): a glossary's thing of nature
credited to the review it cites, a publisher's series read as a book's maker, a course's
instructions and a notebook's verdicts read as what a work is."""

from __future__ import annotations

from srs.reading.document import parse_text
from srs.reading.nature import of_nature
from tests.test_figures_and_heads import cards, claim_texts, one
from tests.test_term_credits import OTHER_TERMS, term

_GLOSSARY = "# Cheese\n\n## Ripening\n\n" + OTHER_TERMS


def _fronts(text: str) -> list[str]:
    return [card.front for card in cards(text)]


def test_nobody_made_a_thing_of_nature() -> None:
    fronts = _fronts(
        _GLOSSARY + "**Plasmin**: The main native protease of milk, a serine protease coming from"
        ' blood. Bastian & Brown (1996), "Plasmin in milk and dairy products: an update",'
        " *Int. Dairy J.* 6: 435–457.\n\n"
        "**Bacteriophage (phage)**: Viruses that infect starter bacteria; the number one"
        ' reason a vat "goes slow". Garneau & Moineau (2011), "Bacteriophages of lactic acid'
        ' bacteria and their impact on milk fermentations", *Microbial Cell Factories* 10,'
        " [doi](https://doi.org/10.1186/1475-2859-10-S1-S20).\n\n"
        "**Proteolysis**: The breakdown of caseins during ripening. Sousa, Ardö & McSweeney"
        ' (2001), "Advances in the study of proteolysis during cheese ripening", *Int. Dairy'
        " J.* 11: 327–345.\n\n"
        "**Dual-binding model**: A model of the casein micelle held together by hydrophobic"
        ' bonds and calcium phosphate bridges. Horne (1998), "Casein interactions", *Int.'
        " Dairy J.* 8: 171–177.\n"
    )
    assert not any("Plasmin**, and when" in front for front in fronts)
    assert not any("Bacteriophage (phage)**, and when" in front for front in fronts)
    assert not any("Proteolysis**, and when" in front for front in fronts)
    # (a model people made keeps its card, as do the other terms' makers)
    assert "Who made **Dual-binding model**, and when?" in fronts
    assert "Who made **Genetic drift**, and when?" in fronts


def test_what_a_definition_says_its_term_is() -> None:
    assert of_nature("Gliadins", "The monomeric half of gluten — single chains …")
    assert of_nature("ATIs", "Non-gluten wheat proteins that activate TLR4 on innate cells")
    assert of_nature("Cell-envelope proteinase (CEP, PrtP)", "The anchored proteinase on …")
    assert of_nature("Amino acid catabolism", "Where a lot of the real flavour comes from.")
    assert of_nature("Coral bleaching", "Loss of the symbiotic dinoflagellates …")
    # (what people made, or a sentence whose head is not the kind of thing the term is)
    assert not of_nature("Paxos", "A consensus protocol for a set of unreliable processors")
    assert not of_nature("Dropout", "randomly zeroing units during training")
    assert not of_nature("Druggable genome", "the subset of genes coding for proteins able …")
    assert not of_nature("Missing self", "NK cells kill targets that have lost MHC class I.")
    assert not of_nature("Hybridoma", "Fuse an antibody-producing B cell with a myeloma cell")
    assert not of_nature("First T-bodies", "a T cell given a synthetic receptor, an scFv …")
    assert not of_nature("Differential cryptanalysis", "track how input differences …")
    assert not of_nature("Whole-stream metabolism (open-channel method)", "estimate GPP …")
    assert not of_nature("Database", "A collection of records")


def test_names_in_a_row_are_examples_not_a_byline() -> None:
    smear = term(
        "**Smear (washed rind)**: A rind washed with brine to encourage a sticky orange"
        " bacterial community. Munster, Époisses, Limburger, Taleggio.\n"
    )
    assert smear.attribution.authors == ""


def test_a_publishers_series_makes_no_book() -> None:
    galen = one(
        '- Galen, "The Best Doctor Is Also a Philosopher" and selections from *On the Natural'
        " Faculties*, in P. N. Singer, trans., *Galen: Selected Works* (Oxford World's"
        " Classics, 1997). (Canvas)\n"
    )
    assert galen.attribution.lab == ""
    horrox = one(
        "- Rosemary Horrox, ed. and trans., *The Black Death* (Manchester Medieval Sources,"
        " Manchester UP, 1994) — selections from Part One and the medical treatises.\n"
    )
    assert horrox.attribution.authors != "Sources"
    assert "selections from Part One and the medical treatises" not in claim_texts(horrox)
    corpus = one(
        "- Hippocratic Corpus, *On the Sacred Disease* and *Airs, Waters, Places*. Use the"
        " translations in G. E. R. Lloyd, ed., *Hippocratic Writings* (Penguin Classics,"
        " 1983) if you can; the old Francis Adams translations are online: [Sacred"
        " Disease](http://classics.mit.edu/Hippocrates/sacred.html).\n"
    )
    assert corpus.attribution.authors != "Corpus"
    assert not any("Francis Adams" in text for text in claim_texts(corpus))


def test_a_courses_instructions_are_no_facts() -> None:
    readings = [
        '- Henry K. Beecher, "Ethics and Clinical Research," *New England Journal of'
        " Medicine* 274 (1966): 1354–1360. https://doi.org/10.1056/NEJM196606162742405 —"
        " primary source; read it as one.\n",
        "- Brooke Holmes, *The Symptom and the Subject: The Emergence of the Physical Body in"
        " Ancient Greece* (Princeton UP, 2010). Hard going but brilliant.\n",
        "- John Snow, *On the Mode of Communication of Cholera*, 2nd ed. (London: John"
        " Churchill, 1855), pp. 38–55 on the Broad Street outbreak. UCLA's Snow site has a"
        " scan: https://www.ph.ucla.edu/epi/snow/snowbook.html\n",
        "- Andreas Vesalius, *De humani corporis fabrica* (1543). Browse the plates and the"
        " title page on the National Library of Medicine's *Historical Anatomies on the"
        " Web*: https://www.nlm.nih.gov/exhibition/historicalanatomies/vesalius_home.html\n",
        '- Frank Huisman and John Harley Warner, "Medical Histories," introduction to'
        " Huisman & Warner, eds., *Locating Medical History: The Stories and Their Meanings*"
        " (Johns Hopkins UP, 2004), 1–30.\n",
    ]
    for reading in readings:
        said = " ".join(claim_texts(one(reading)))
        for word in ("primary source", "Hard going", "UCLA", "Browse", "introduction to"):
            assert word not in said, reading


def test_a_notebooks_verdicts_on_a_book_are_no_gist() -> None:
    books = [
        "3. **Linux Kernel Development, 3rd ed.** — Robert Love (Addison-Wesley, 2010)\n"
        "   - Has the nice table comparing softirq / tasklet / workqueue.\n",
        "4. **Essential Linux Device Drivers** — Sreekrishnan Venkateswaran (Prentice Hall,"
        " 2008)\n"
        "   - colleague swears by it for the embedded chapters\n",
        "6. **PCI Express System Architecture** — Ravi Budruk, Don Anderson, Tom Shanley"
        " (MindShare / Addison-Wesley, 2003)\n"
        "   - 1000+ pages, used as a reference only.\n",
        "3. **LDD3 ch 15, Memory Mapping and DMA** ([pdf](https://lwn.net/images/pdf/LDD3/ch15.pdf))\n"
        "   - Good for the mmap/`remap_pfn_range` half and general intuition.\n",
    ]
    for book in books:
        entry = one(book)
        assert not any(claim.kind in {"defines", "does"} for claim in entry.claims), book


def test_another_things_people_write_no_article() -> None:
    dmabuf = one(
        "6. **DMA buffer sharing in 3.3** — LWN 2012 (https://lwn.net/Articles/474819/)\n"
        "   - dma-buf (Sumit Semwal et al.): share a buffer between devices (camera → GPU →"
        " display) via an fd.\n"
    )
    assert dmabuf.attribution.authors == ""


def test_another_terms_definition_is_not_the_works() -> None:
    coccinelle = one(
        "6. **Documenting and Automating Collateral Evolutions in Linux Device Drivers** —"
        " Padioleau, Lawall, Hansen, Muller, EuroSys 2008"
        " ([doi](https://doi.org/10.1145/1352592.1352618))\n"
        '   - The Coccinelle paper. "Collateral evolution" = when an internal API changes and'
        " every driver has to be updated. Semantic patches (SmPL) automate it.\n"
        "   - This one is NOT just research: `make coccicheck`, scripts/coccinelle/, and a"
        " huge number of tree-wide API conversions use it.\n"
    )
    assert not any(claim.kind in {"defines", "does"} for claim in coccinelle.claims)


def test_an_aside_between_commas_does_not_end_a_definition() -> None:
    fronts_backs = [
        (card.front, card.back)
        for card in cards(
            "## KV cache\n\n"
            "- **Dynamic Memory Compression: Retrofitting LLMs for Accelerated Inference**"
            " (Nawrot, Łańcucki, Chochowski, Tarjan, Ponti, ICML 2024) —"
            " [arXiv:2403.09636](https://arxiv.org/abs/2403.09636). The model learns, per"
            " head and per step, whether to append to the cache or merge into the last slot."
            " Retrofitted to Llama 2 with a small amount of continued training.\n"
        )
    ]
    assert not any(back == "The model learns, per head and per step" for _, back in fronts_backs)


def test_when_it_came_out_and_why_it_is_listed_are_no_gist() -> None:
    moba = one(
        "- **MoBA: Mixture of Block Attention for Long-Context LLMs** (Lu et al., Moonshot"
        " AI, 2025) — [arXiv:2502.13189](https://arxiv.org/abs/2502.13189). Came out within"
        " days of NSA, and it's the same basic idea as MoE routing applied to KV blocks.\n"
    )
    assert not any(text.startswith("Came out") for text in claim_texts(moba))
    imagen = cards(
        "## Guidance\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2022-05 | Imagen | Google Brain | [Photorealistic Text-to-Image Diffusion Models"
        " with Deep Language Understanding](https://arxiv.org/abs/2205.11487) (Saharia et"
        " al., NeurIPS 2022). Here only for *dynamic thresholding*, which you need with high"
        " CFG scales. |\n"
        "| 2022-06 | EDM | NVIDIA | [Elucidating the Design Space of Diffusion-Based"
        " Generative Models](https://arxiv.org/abs/2206.00364) (Karras et al., NeurIPS"
        " 2022). Sampler and preconditioning choices. |\n"
    )
    assert not any(card.back.startswith("Here only for") for card in imagen)


def test_a_scope_word_is_no_name_and_what_others_call_things_is_no_invention() -> None:
    survey = one(
        "- [A Survey of Confidence Estimation and Calibration in Large Language Models]"
        "(https://arxiv.org/abs/2311.08298) - Geng, Cai, Wang, Koeppl, Nakov, Gurevych"
        " (NAACL 2024). LLM-specific; nice taxonomy of white-box vs black-box methods.\n"
    )
    assert survey.name != "LLM-specific"
    fronts = _fronts(
        "## Code\n\n| Paper | Links |\n|---|---|\n"
        "| k-diffusion | [github](https://github.com/crowsonkb/k-diffusion). Katherine"
        " Crowson's implementations of EDM-style samplers, DPM++ variants etc; this is where"
        " the names in the SD web UIs come from. |\n"
        "| EDM | [arXiv](https://arxiv.org/abs/2206.00364). Karras et al.'s design space of"
        " diffusion samplers. |\n"
    )
    assert not any("the names in the SD web UIs" in front for front in fronts)


def test_the_writers_word_on_code_and_numbers_is_no_clue() -> None:
    for remark in (
        "torchcfm is a nice small library.",
        "1-NFE ImageNet 256 FID numbers are very strong, and it's from scratch.",
        "Very long, very broad, somewhat list-like.",
    ):
        entry = one(
            f"- [Some Paper Title About Flows](https://arxiv.org/abs/2302.00482) - Tong et"
            f" al. (2023). {remark}\n"
        )
        assert claim_texts(entry) == [], remark


# Round 170 (positional encodings, graph RAG, JavaScript-bundler notes, a beekeeping
# glossary, an environmental-ethics seminar, code-search table), graded on the fixes above.


def test_a_verb_with_its_consonant_doubled_gives_the_name_away() -> None:
    recapping = [
        card
        for card in cards(
            _GLOSSARY
            + "**Recapping**: Workers uncap a cell, inspect it and recap it, interrupting mite"
            " reproduction. Elevated in several mite-surviving populations (Oddie et al. 2018,"
            " *Sci Rep*).\n"
        )
        if card.back == "**Recapping**"
    ]
    assert not any("recap it" in card.front for card in recapping)
    assert not of_nature("Propolis", "A model of how bees seal the nest")
    assert of_nature("Propolis", "Plant resins collected by bees and used to seal cracks")


def test_the_writers_word_on_a_survey_and_who_made_it_are_no_gist() -> None:
    for note, said in (
        ("Decent taxonomy of everything in sections 1–6.", "taxonomy"),
        ("ByteDance web infra team.", "ByteDance"),
        ("the JS lib everyone depends on", "everyone"),
        ("esbuild-like API. haven't tried beyond hello-world", "hello-world"),
        (
            "practical web.dev walkthrough, webpack-focused. good to send to people who just"
            " want the checklist",
            "checklist",
        ),
    ):
        entry = one(f"1. **Some Bundler Thing** (https://example.com/a)\n   - {note}\n")
        assert not any(said in text for text in claim_texts(entry)), note


def test_what_a_course_does_not_hold_and_a_list_has_not_added_are_no_readings() -> None:
    names = [
        entry.name
        for entry in parse_text(
            "## Week 1\n\n"
            "- **No final exam.** The final paper is due **Friday May 9, 5 pm**. Grad"
            " students: please plan on something that could become a writing sample.\n"
            '- **(R)** Aldo Leopold, *A Sand County Almanac* (Oxford UP, 1949), "The Land'
            ' Ethic."\n'
            "- **Things I haven't added yet:** code rerankers (cross-encoders), CoSQA+, and the"
            " deep hashing work for fast code search. PRs welcome.\n"
        ).entries
    ]
    assert "No final exam" not in names
    assert not any(name.startswith("Things I haven") for name in names)
