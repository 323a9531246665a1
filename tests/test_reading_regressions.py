"""What the blind grading of lists nobody had tuned for found wrong in the reading of
entries, each pinned."""

from __future__ import annotations

import pytest

from srs.cards.card import Card
from srs.cards.from_templates import template_cards
from srs.cards.gate import check
from srs.cards.templates import load_templates
from srs.reading import attribution, claims
from srs.reading.acronyms import stated_expansions
from srs.reading.claim_kinds import claim_kind, cut_definition, is_packaging, side_fact
from srs.reading.document import parse_text
from srs.reading.model import Attribution, Entry
from srs.reading.remarks import (
    INSTRUCTION,
    LIST_ITEM_POINTER,
    READING_KIND,
    REPLY,
    VENUE_NOTE,
    VERSION_NOTE,
    WHERE_IN_WORK,
    is_verdict,
    opinion_in,
)
from srs.reading.sentences import sentences
from srs.reading.statements import statement
from srs.reading.terms import claim_terms, leading_label
from srs.text import strip_markdown_escapes


def one(text: str) -> Entry:
    return parse_text("## S\n" + text).entries[0]


def test_a_paper_quoted_further_on_is_not_the_title() -> None:
    entry = one(
        "- ⭐ [How Powerful are Graph Neural Networks?](https://arxiv.org/abs/1810.00826) -"
        " Keyulu Xu, Weihua Hu, Jure Leskovec, Stefanie Jegelka (ICLR 2019). Proposes GIN."
        ' Same result, independently: [Morris et al., "Weisfeiler and Leman Go Neural"'
        " (AAAI 2019)](https://arxiv.org/abs/1810.02244).\n"
    )
    assert entry.title == "How Powerful are Graph Neural Networks?"
    assert entry.attribution.authors == "Xu et al."


def test_a_syllabus_reading_gives_its_authors_as_attribution_not_as_a_claim() -> None:
    entry = one(
        '- "KLEE: Unassisted and Automatic Generation of High-Coverage Tests for Complex'
        ' Systems Programs," Cristian Cadar, Daniel Dunbar, Dawson Engler. OSDI 2008.'
        " [[pdf]](https://www.usenix.org/legacy/event/osdi08/tech/full_papers/cadar/cadar.pdf)\n"
        "  - Symbolic execution on LLVM bitcode with constraint solving\n"
    )
    assert entry.name == "KLEE"
    assert (entry.attribution.authors, entry.attribution.venue) == ("Cadar et al.", "OSDI 2008")
    assert [c.text for c in entry.claims] == [
        "Symbolic execution on LLVM bitcode with constraint solving"
    ]
    sok = one('- "SoK: Eternal War in Memory," László Szekeres, Mathias Payer. IEEE S&P 2013.\n')
    assert sok.name == "SoK: Eternal War in Memory"  # SoK is a genre, not a name


@pytest.mark.parametrize(
    ("text", "authors", "lab"),
    [
        ("van den Oord et al., DeepMind, 2016", "van den Oord et al.", "DeepMind"),
        ("Chen et al., Microsoft, 2021 (IEEE JSTSP 2022)", "Chen et al.", "Microsoft"),
        ("In-context Learning and Induction Heads, 2021", "", ""),  # a title, not people
        # r54 notes: "Ganger et al. (Yale)" — Yale Patt is a person
        (
            "Gregory Ganger, Kirk McKusick, Craig Soules, Yale Patt — ACM TOCS 2000.",
            "Ganger et al.",
            "",
        ),
        ("Smith and Jones (Yale, 2003)", "Smith and Jones", "Yale"),
        ("Li et al. (NVIDIA Research, 2023)", "Li et al.", "NVIDIA Research"),
    ],
)
def test_bylines(text: str, authors: str, lab: str) -> None:
    found, _ = attribution.cut(text)
    assert (found.authors, found.lab) == (authors, lab)


@pytest.mark.parametrize(
    ("text", "authors", "year", "venue"),
    [
        # a volume and issue are not a year (`TOPLAS 13` was read as 2013)
        ("Wegman & Zadeck, TOPLAS 13(2) 1991", "Wegman and Zadeck", 1991, "TOPLAS 1991"),
        ("Lal George & Andrew Appel, TOPLAS 18(3), 1996", "George and Appel", 1996, "TOPLAS 1996"),
        # two digits are a year after an apostrophe only
        ("Bleichenbacher, CRYPTO '98", "Bleichenbacher", None, "CRYPTO 1998"),
        # a publisher is no author and no lab
        ("Appel, Cambridge Univ. Press, 1992", "Appel", 1992, ""),
        # a journal with its volume; a surname that starts like a month (`Jan…`)
        (
            "Xavier Leroy, Communications of the ACM 52(7), 2009",
            "Leroy",
            2009,
            "Communications of the ACM 2009",
        ),
        (
            "Ferrari Dacrema, Cremonesi, Jannach (RecSys 2019)",
            "Ferrari Dacrema et al.",
            2019,
            "RecSys 2019",
        ),
        ("Smith and Janssen, May 2020", "Smith and Janssen", 2020, ""),
    ],
)
def test_bylines_graders_found_wrong(text: str, authors: str, year: int | None, venue: str) -> None:
    found = attribution.byline(text)
    assert found is not None
    assert (found.authors, found.year, found.venue, found.lab) == (authors, year, venue, "")


def test_a_lab_named_inside_a_sentence_did_not_make_the_thing() -> None:
    assert attribution.lab_in("Nvidia's take on cognitive architectures") == "Nvidia"
    assert attribution.lab_in("an attack that recovers layers of OpenAI's models") == ""


def test_citation_leftovers_and_quoted_titles_are_no_claims() -> None:
    entry = one(
        "- **SoundStream** — https://arxiv.org/abs/2107.03312\n"
        "  - Google, 2021 (IEEE/ACM TASLP)\n"
        '  - "SoundStream: An End-to-End Neural Audio Codec"\n'
        "  - conv encoder, residual vector quantizer, decoder\n"
    )
    assert [c.text for c in entry.claims] == ["conv encoder, residual vector quantizer, decoder"]
    rnnt = one(
        "- **RNN-T** / Sequence Transduction with Recurrent Neural Networks — Graves 2012 —"
        " https://arxiv.org/abs/1211.3711\n"
    )
    assert not [c for c in rnnt.claims if c.text.startswith("/")]


def test_no_cloze_hides_a_figure() -> None:
    made = template_cards(
        parse_text(
            "## S\n- **WavLM** — https://arxiv.org/abs/2110.13900\n"
            "  - masked prediction with **denoising** of simulated noise\n"
            "  - 94k h of training audio, top of SUPERB at release\n"
        ),
        load_templates(),
    )
    hidden = [card.back for card in made.cards if card.is_cloze]
    assert "**94k**" not in hidden


def test_a_cloze_inside_the_words_a_name_stands_for_is_held_back() -> None:
    entry = one("- **GaLore** - Gradient Low-Rank Projection: projects gradients to a subspace\n")
    front = "**GaLore** — Gradient {{c1::Low-Rank Projection}}: projects gradients to a subspace"
    failed = check(Card("d|e|cloze|x", "e", "cloze", front, "x", "S"), entry)
    assert failed is not None and failed[0] == "answer-on-front"


def test_acronym_cards_only_for_abbreviations_and_whole_expansions() -> None:
    made = template_cards(
        parse_text(
            "## S\n- **MaxSim** (maximum similarity): sums the best match of each query token\n"
            "- **HNSW** (Hierarchical Navigable Small World): a layered proximity graph\n"
        ),
        load_templates(),
    )
    acronyms = {card.front: card.back for card in made.cards if card.kind == "acronym"}
    assert acronyms == {"What does **HNSW** stand for?": "Hierarchical Navigable Small World"}


def test_a_title_that_holds_the_name_does_not_spell_it() -> None:
    """`DeepFM: A Factorization-Machine …` was asked as what DeepFM stands for."""
    made = template_cards(
        parse_text(
            "## S\n- [DeepFM: A Factorization-Machine based Neural Network for CTR Prediction]"
            "(https://arxiv.org/abs/1703.04247) - Guo, Tang, Ye, Li, He (Huawei, IJCAI 2017)."
            " Wide&Deep but the wide part is an FM.\n"
        ),
        load_templates(),
    )
    assert [card for card in made.cards if card.kind == "acronym"] == []


def test_an_answer_that_only_points_elsewhere_is_vague() -> None:
    entry = one("- **EnCodec** - same idea as SoundStream with a 48 kHz model\n")
    card = Card("d|e|gist", "e", "gist", "What is **EnCodec**?", "same idea as SoundStream", "S")
    failed = check(card, entry)
    assert failed is not None and failed[0] == "vague-answer"


def test_a_leading_link_is_the_title_and_a_later_quote_names_another_paper() -> None:
    """`[Long title](doi) - Authors (KDD 2018). MMoE. Used in the YouTube "what to watch
    next" paper …` was named "what to watch next" and credited to Ma et al."""
    entry = one(
        "- [Modeling Task Relationships in Multi-task Learning with Multi-gate Mixture-of-Experts]"
        "(https://doi.org/10.1145/3219819.3220007) - Ma, Zhao, Yi, Chen, Hong, Chi (KDD 2018)."
        ' Used in the YouTube "what to watch next" paper (Zhao et al., RecSys 2019) too.\n'
    )
    assert entry.title.startswith("Modeling Task Relationships")
    assert (entry.attribution.authors, entry.attribution.venue) == ("Ma et al.", "KDD 2018")


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Jouppi, N. P. et al.", "Jouppi et al."),  # a reference list's initials
        ("Yu, G.-I., Jeong, J. S., Kim, G.-W., Kim, S., Chun, B.-G.", "Yu et al."),
        ("Vaswani, A., Shazeer, N., & Parmar, N. (2017)", "Vaswani et al."),
        ("Dao, Fu, Ermon, Rudra, Ré.", "Dao et al."),  # an accented surname
        ("Use it for plan A, B. Then go", ""),
    ],
)
def test_reference_list_bylines(text: str, authors: str) -> None:
    assert attribution.cut(text)[0].authors == authors


def test_a_syllabus_reading_with_initials_and_a_quoted_title_is_attributed() -> None:
    entry = one(
        '- Jouppi, N. P. et al. "In-Datacenter Performance Analysis of a Tensor Processing'
        ' Unit". ISCA 2017. https://arxiv.org/abs/1704.04760\n'
        "  TPUv1: a 256x256 systolic array of 8-bit MACs, for inference.\n"
    )
    assert (entry.name, entry.title) == (
        "TPUv1",
        "In-Datacenter Performance Analysis of a Tensor Processing Unit",
    )
    assert (entry.attribution.authors, entry.attribution.venue) == ("Jouppi et al.", "ISCA 2017")


def test_an_italic_title_comes_before_a_quote_further_on() -> None:
    entry = one(
        "- Yu, G.-I., Jeong, J. S., Kim, G.-W., Kim, S., Chun, B.-G. *Orca: A Distributed"
        " Serving System for Transformer-Based Generative Models*. OSDI 2022."
        " [USENIX](https://www.usenix.org/conference/osdi22/presentation/yu)\n"
        '  Iteration-level scheduling (what everyone now calls "continuous batching") and'
        " selective batching.\n"
    )
    assert entry.name == "Orca"
    assert (entry.attribution.authors, entry.attribution.venue) == ("Yu et al.", "OSDI 2022")


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ('The famous "the ML code is a tiny box in the middle of the diagram" paper.', False),
        ("Pay attention to §4 (how they handle control flow and distributed execution).", False),
        ("Short-ish, clear, very readable version.", False),
        ('The "scaling laws for recsys" paper everyone was talking about in 2024.', False),
        ("skip-gram and CBOW, trained with negative sampling.", True),  # not `skip …`
        ("the 128-bit block cipher everyone uses, by Daemen and Rijmen.", True),
    ],
)
def test_commentary_and_advice_are_no_claims(note: str, kept: bool) -> None:
    entry = one(f"- **Thing** ([pdf](https://example.org/thing.pdf))\n  - {note}\n")
    assert bool(entry.claims) is kept, entry.claims


def test_authors_then_title_and_a_quote_in_brackets_names_another_work() -> None:
    entry = one(
        "- Leviathan, Kalman, Matias — Fast Inference from Transformers via Speculative"
        " Decoding (ICML 2023) — https://arxiv.org/abs/2211.17192\n"
        "  Draft with a small model, verify with the big one. (Chen et al. at DeepMind had"
        ' the same idea concurrently, "speculative sampling" — see the discussion.)\n'
    )
    assert entry.title == "Fast Inference from Transformers via Speculative Decoding"
    assert (entry.attribution.authors, entry.attribution.venue) == ("Leviathan et al.", "ICML 2023")


def test_words_before_a_titles_colon_are_no_authors_when_a_byline_follows_it() -> None:
    entry = one(
        "- Flow Straight and Fast: Learning to Generate and Transfer Data with Rectified Flow"
        " — Xingchao Liu, Chengyue Gong, Qiang Liu. ICLR 2023."
        " [arxiv.org/abs/2209.03003](https://arxiv.org/abs/2209.03003). Straight-line"
        ' interpolation + "reflow" to straighten trajectories.\n'
    )
    assert entry.title == (
        "Flow Straight and Fast: Learning to Generate and Transfer Data with Rectified Flow"
    )
    assert (entry.attribution.authors, entry.attribution.venue) == ("Liu et al.", "ICLR 2023")


W3C_SPECS = (
    "## Standards\n"
    "- [RDF 1.1 Concepts and Abstract Syntax](https://www.w3.org/TR/rdf11-concepts/) - W3C"
    " Recommendation (2014). IRIs, literals, blank nodes, datasets.\n"
    "- [SPARQL 1.1 Query Language](https://www.w3.org/TR/sparql11-query/) - Harris &"
    " Seaborne, eds. (W3C Recommendation, 2013). Property paths, aggregates, subqueries.\n"
)


def test_a_standards_body_issues_its_recommendation_and_editors_are_its_authors() -> None:
    rdf, sparql = parse_text(W3C_SPECS).entries
    assert (rdf.attribution.authors, rdf.attribution.lab, rdf.attribution.year) == (
        "",
        "W3C",
        2014,
    )
    assert (sparql.attribution.authors, sparql.attribution.lab, sparql.attribution.year) == (
        "Harris and Seaborne",
        "W3C",
        2013,
    )
    assert [claim.text for claim in sparql.claims] == ["Property paths, aggregates, subqueries"]
    made = template_cards(parse_text(W3C_SPECS), load_templates())
    assert not [card for card in made.cards if "Recommendation" in card.front + card.back]
    clue = "What is described here?\n\n*Harris & Seaborne, eds. (W3C Recommendation, 2013)*"
    reverse = Card("d|e|reverse", "e", "reverse", clue, "**SPARQL 1.1 Query Language**", "S")
    assert check(reverse, sparql) is not None  # a citation is no clue


def test_a_capitalised_particle_stays_with_its_surname() -> None:
    found = attribution.byline("Sergeev & Del Balso (Uber, 2018)")
    assert found is not None and found.authors == "Sergeev and Del Balso"


def test_the_x_one_is_no_definition() -> None:
    entry = one("- **ZeRO** (https://arxiv.org/abs/1910.02054) — the DeepSpeed one.\n")
    assert entry.claims == []


def test_this_is_the_x_one_is_no_definition_and_sc_is_a_venue() -> None:
    entry = one(
        '- Rajbhandari, Rasley, Ruwase, He — "ZeRO: Memory Optimizations Toward Training'
        ' Trillion Parameter Models", SC 2020 ([arXiv](https://arxiv.org/abs/1910.02054)).'
        " This is the DeepSpeed one. Three stages: partition optimizer states, then"
        " gradients, then parameters.\n"
    )
    assert [claim.text for claim in entry.claims] == [
        # (not the title's subtitle, which only recites it: graded weak in round 64)
        "Three stages: partition optimizer states, then gradients, then parameters",
    ]
    assert entry.attribution.venue == "SC 2020"


def test_a_name_with_by_in_it_is_not_a_title_and_its_author() -> None:
    bayes = one(
        "- **Bayes by Backprop**: variational inference over weights (Blundell et al. 2015)\n"
    )
    assert (bayes.name, bayes.attribution.authors) == ("Bayes by Backprop", "Blundell et al.")
    post = one("- **Transformer Inference Arithmetic by kipply**: a guide to inference costs\n")
    assert (post.name, post.attribution.authors) == ("Transformer Inference Arithmetic", "kipply")


def test_a_citation_left_with_its_titles_closing_quote_is_no_claim() -> None:
    found, rest = attribution.cut('van den Oord, Li, Vinyals."')
    assert (found.authors, rest) == ("van den Oord et al.", "")


@pytest.mark.parametrize(
    ("item", "name", "title", "authors"),
    [
        (
            '- **BM25, properly.** Stephen Robertson and Hugo Zaragoza, ["The Probabilistic'
            ' Relevance Framework: BM25 and Beyond"](https://doi.org/10.1561/1500000019),'
            " *Foundations and Trends in Information Retrieval*, 2009. Term-frequency"
            " saturation controlled by k1.\n",
            "BM25",
            "The Probabilistic Relevance Framework: BM25 and Beyond",
            "Robertson and Zaragoza",
        ),
        (
            '- **BERT as a re-ranker ("monoBERT").** Rodrigo Nogueira and Kyunghyun Cho,'
            ' ["Passage Re-ranking with BERT"](https://arxiv.org/abs/1901.04085), 2019.'
            " Feed the query and passage into BERT and score with a classifier.\n",
            "monoBERT",
            "Passage Re-ranking with BERT",
            "Nogueira and Cho",
        ),
        (
            "- **Expand the documents, not the query.** Rodrigo Nogueira, Wei Yang, Jimmy Lin"
            ' and Kyunghyun Cho, ["Document Expansion by Query Prediction"]'
            "(https://arxiv.org/abs/1904.08375), 2019 — aka **doc2query**. Predict queries.\n",
            "doc2query",
            "Document Expansion by Query Prediction",
            "",
        ),
        (
            "- **Start with the textbook, honestly.** [Introduction to Information Retrieval]"
            "(https://nlp.stanford.edu/IR-book/) by Christopher Manning, Prabhakar Raghavan"
            " and Hinrich Schütze (Cambridge University Press, 2008) is free online.\n",
            "Introduction to Information Retrieval",
            "Introduction to Information Retrieval",
            "Manning et al.",
        ),
    ],
)
def test_a_blog_headline_names_the_paper_it_cites(
    item: str, name: str, title: str, authors: str
) -> None:
    """`**Start with the textbook, honestly.**` was the entry's name, and the publisher
    its author."""
    entry = one(item)
    assert (entry.name, entry.title) == (name, title)
    if authors:
        assert entry.attribution.authors == authors
    assert entry.attribution.lab == ""


def test_a_glossary_term_is_no_headline_and_a_citation_link_no_title() -> None:
    entry = one(
        "- **Stein variational gradient descent (SVGD)**: a particle-based inference method"
        " that moves particles along a functional gradient. NIPS 2016."
        " ([Liu & Wang 2016](https://arxiv.org/abs/1608.04471))\n"
    )
    assert entry.name == "Stein variational gradient descent"
    assert "Liu & Wang 2016" not in entry.paper_titles.values()


def test_a_bracket_set_against_a_name_is_part_of_it() -> None:
    entry = one(
        "- **DPLL(T)** ([pdf](https://www.cs.upc.edu/~oliveras/espai/papers/jacm.pdf))\n"
        '  - Nieuwenhuis, Oliveras, Tinelli — "Solving SAT and SAT Modulo Theories: From an'
        ' Abstract Davis–Putnam–Logemann–Loveland Procedure to DPLL(T)", J. ACM 53(6), 2006\n'
        "  - abstract transition system view of CDCL + theory solvers\n"
    )
    assert entry.name == "DPLL(T)"
    # a bracket after a space spells the name out (or gives its short form)
    assert one("- **Write-ahead logging (WAL)**: log before you write.\n").name == (
        "Write-ahead logging"
    )


@pytest.mark.parametrize(
    ("text", "authors", "rest"),
    [
        ("Li, Mu, et al.", "Li et al.", ""),
        ("Chris Burges et al., ICML 2005, from Microsoft Research.", "Burges et al.", ""),
        ("Karen Spärck Jones, Journal of Documentation, 1972.", "Jones", ""),
    ],
)
def test_more_bylines(text: str, authors: str, rest: str) -> None:
    found, left = attribution.cut(text)
    assert found.authors == authors
    assert "Chris" not in left and "Journal" not in left


_TABLE = "## S\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"


def test_a_table_rows_paper_cell_says_who_and_what() -> None:
    """`| 2013-12 | Saliency maps 📌 | Oxford | [Title](arxiv) — Authors. What it does. |`:
    the text after the title was dropped, so no table row had a what-is card."""
    entry = parse_text(
        _TABLE + "| 2013-12 | Saliency maps 📌 | University of Oxford | [Deep Inside"
        " Convolutional Networks: Visualising Image Classification Models and Saliency Maps]"
        "(https://arxiv.org/abs/1312.6034) — Simonyan, Vedaldi, Zisserman. Gradient of the"
        " class score with respect to the input pixels as a saliency map. |\n"
    ).entries[0]
    assert entry.name == "Saliency maps"  # the legend's mark is no part of the name
    assert entry.attribution.authors == "Simonyan et al."
    assert [(c.kind, c.text) for c in entry.claims] == [
        (
            "defines",
            "Gradient of the class score with respect to the input pixels as a saliency map",
        )
    ]


@pytest.mark.parametrize(
    "cell",
    [
        "*Temporal Fusion Transformers for Interpretable Multi-horizon Time Series"
        " Forecasting* — Bryan Lim, Sercan Arık. https://arxiv.org/abs/1912.09363",
        "Ya Su, Youjian Zhao, Dan Pei. Robust Anomaly Detection for Multivariate Time Series"
        " through Stochastic Recurrent Neural Network. KDD '19."
        " [doi](https://arxiv.org/abs/1912.09363)",
    ],
)
def test_a_paper_title_in_a_table_cell_is_no_claim(cell: str) -> None:
    entry = parse_text(_TABLE + f"| 2019-12 | TFT | Google | {cell} |\n").entries[0]
    assert entry.claims == []


def test_personal_notes_bullets_that_cite_are_metadata_not_definitions() -> None:
    entries = parse_text(
        "## S\n"
        "1. **Viewstamped Replication** (http://pmg.csail.mit.edu/papers/vr-revisited.pdf)\n"
        "   - Brian Oki & Barbara Liskov, PODC **1988** — basically contemporaneous with Paxos\n"
        "   - primary-backup with **views**; a view change replaces a failed primary\n"
        "   - TigerBeetle uses VSR, fwiw\n"
        "2. **Paxos** ([pdf](https://lamport.azurewebsites.net/pubs/paxos-simple.pdf))\n"
        '   - original: "The Part-Time Parliament", *ACM TOCS* 1998 (submitted ~1990)\n'
        "   - roles: **proposers, acceptors, learners**\n"
        "3. **Raft** ([pdf](https://raft.github.io/raft.pdf))\n"
        '   - Diego Ongaro & John Ousterhout (Stanford), "In Search of an Understandable'
        ' Consensus Algorithm", **USENIX ATC 2014** — Best Paper award\n'
        "   - decomposes consensus into leader election, log replication and safety\n"
        "4. **CRDTs** (https://hal.inria.fr/inria-00555588)\n"
        '    - Marc Shapiro, Nuno Preguiça, Carlos Baquero, Marek Zawirski, "A comprehensive'
        ' study of Convergent and Commutative Replicated Data Types", INRIA research report,'
        " 2011\n"
        "    - replicated data types whose replicas converge without coordination\n"
    ).entries
    assert all(e.claims[0].kind in {"defines", "does"} for e in entries)
    assert {e.name: e.claims[0].text for e in entries} == {
        "Viewstamped Replication": "primary-backup with views",
        "Paxos": "roles: proposers, acceptors, learners",
        "Raft": "decomposes consensus into leader election, log replication and safety",
        "CRDTs": "replicated data types whose replicas converge without coordination",
    }
    bylines = {e.name: e.attribution.authors for e in entries}
    assert bylines["Viewstamped Replication"] == "Oki and Liskov"
    assert bylines["Raft"] == "Ongaro and Ousterhout"
    assert bylines["CRDTs"] == "Shapiro et al."
    assert not any("fwiw" in c.text for e in entries for c in e.claims)


@pytest.mark.parametrize(
    "text", ["W18-6319", "P03-1021", "2020.tacl-1.47", "PDF (NeurIPS proceedings)"]
)
def test_anthology_ids_and_described_pdf_links_name_nothing(text: str) -> None:
    from srs.reading.phrases import is_generic_link_text

    assert is_generic_link_text(text)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Reddi, Kale & Kumar, ICLR 2018 best paper.", "Reddi et al."),
        ("Hinton, G. E. and Salakhutdinov, R. R. (2006) Science.", "Hinton and Salakhutdinov"),
        ("J. H. Saltzer and M. D. Schroeder.", "Saltzer and Schroeder"),
        ("Tomas Pfister. Int. J. Forecasting 2021.", "Pfister"),
    ],
)
def test_bylines_with_awards_venues_and_journals(text: str, authors: str) -> None:
    assert attribution.cut(text)[0].authors == authors


def test_a_table_rows_expansion_in_italics_is_not_its_title_and_a_journal_not_its_claim() -> None:
    rows = parse_text(
        _TABLE + "| 2023-02 | Lion | Google | [Symbolic Discovery of Optimization Algorithms]"
        "(https://arxiv.org/abs/2302.06675) — Xiangning Chen et al., NeurIPS 2023. Lion"
        " (*EvoLved Sign Momentum*) was found by evolutionary program search. |\n"
        "| 2017-09 | Prophet | Facebook | [Forecasting at Scale](https://doi.org/10.1080/0003)"
        " — Sean J. Taylor, Benjamin Letham. *The American Statistician* 72(1), 2018."
        " Decomposable model: trend + seasonality + holidays, fit with Stan. |\n"
    ).entries
    assert rows[0].paper_titles == {"2302.06675": "Symbolic Discovery of Optimization Algorithms"}
    assert (rows[1].claims[0].kind, rows[1].claims[0].text) == (
        "defines",
        "Decomposable model: trend + seasonality + holidays, fit with Stan",
    )


def test_a_word_before_as_is_no_name() -> None:
    entry = one(
        "- **Rate control for communication networks** (https://doi.org/10.1057/x)\n"
        "  - CC as distributed solution of a network utility maximization problem\n"
    )
    assert entry.name != "CC"


@pytest.mark.parametrize(
    ("item", "name", "paper", "authors", "lab", "venue"),
    [
        (
            "- **Glow** — Kingma & Dhariwal (OpenAI), [Glow: Generative Flow with Invertible"
            " 1x1 Convolutions](https://arxiv.org/abs/1807.03039) (NeurIPS 2018). Adds actnorm"
            " and a learned invertible 1×1 convolution.\n",
            "Glow",
            "1807.03039",
            "Kingma and Dhariwal",
            "OpenAI",
            "NeurIPS 2018",
        ),
        (
            "- **StyleGAN** — Karras, Laine & Aila at NVIDIA, [A Style-Based Generator"
            " Architecture for Generative Adversarial Networks](https://arxiv.org/abs/1812.04948)"
            " (CVPR 2019). A mapping network turns z into an intermediate latent w.\n",
            "StyleGAN",
            "1812.04948",
            "Karras et al.",
            "NVIDIA",
            "CVPR 2019",
        ),
        (
            "- **If your GAN keeps collapsing, read the Wasserstein papers next.** [Wasserstein"
            " GAN](https://arxiv.org/abs/1701.07875) (Arjovsky, Chintala & Bottou, 2017) replaces"
            " the JS-style objective with the Earth-Mover distance.\n",
            "Wasserstein GAN",
            "1701.07875",
            "Arjovsky et al.",
            "",
            "",
        ),
    ],
)
def test_a_blog_entry_owns_the_paper_its_byline_cites(
    item: str, name: str, paper: str, authors: str, lab: str, venue: str
) -> None:
    """Glow's arXiv paper was 'related work', its byline a definition and its attribution
    'NeurIPS'; a headline's 'GAN' named the Wasserstein GAN entry."""
    entry = one(item)
    assert (entry.name, entry.papers) == (name, [paper])
    found = entry.attribution
    assert (found.authors, found.lab, found.venue) == (authors, lab, venue)
    assert not any(authors.split()[0] in claim.text for claim in entry.claims)


def test_a_semicolon_inside_brackets_does_not_split_a_citation() -> None:
    found, rest = attribution.cut("A. Malkov and D. A. Yashunin, IEEE TPAMI (2018; arXiv 2016)")
    assert (found.authors, rest) == ("Malkov and Yashunin", "")


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Jung, Ralf; Jourdan, Jacques-Henri; Krebbers, Robbert; Dreyer, Derek.", "Jung et al."),
        ("Siek, Jeremy G.; Taha, Walid.", "Siek and Taha"),
        ("Reynolds, John C., 1974", "Reynolds"),
        ("Och, Franz Josef. ACL 2003", ""),  # not `Och and Josef`
        ("Iulian Moraru, David G. Andersen, Michael Kaminsky (CMU)", "Moraru et al."),
        ("Lundberg, Lee. NIPS 2017", "Lundberg and Lee"),
    ],
)
def test_surname_first_bylines(text: str, authors: str) -> None:
    assert attribution.cut(text)[0].authors == authors


def test_a_reference_lists_authors_by_semicolon_and_a_note_to_presenters() -> None:
    entries = parse_text(
        "## S\n"
        '- Jung, Ralf; Jourdan, Jacques-Henri; Dreyer, Derek. "RustBelt: Securing the'
        ' Foundations of the Rust Programming Language." *POPL 2018*.'
        " [ACM DL](https://doi.org/10.1145/3158154)\n"
        '- Jung et al., "Stacked Borrows: An Aliasing Model for Rust," *POPL 2020*.'
        " [paper + artifact](https://plv.mpi-sws.org/rustbelt/stacked-borrows/)\n"
        "  An operational aliasing discipline for unsafe Rust. Presenters: also look at its"
        " successor, Tree Borrows.\n"
    ).entries
    assert entries[0].attribution.authors == "Jung et al."
    assert "ACM DL" not in [c.text for c in entries[0].claims]
    assert entries[1].name != "Presenters"
    assert not any("Tree Borrows" in c.text for c in entries[1].claims)


def test_a_remark_in_brackets_is_neither_an_author_nor_a_name() -> None:
    """`(Fun fact for the trivia cards: Pharr, Humphreys and Hanrahan got … in 2014 …)` made
    `Fun` an author; `(Predecessor: [Title](…), 2018.)` made `(Predecessor` the name."""
    assert attribution.cut("(Fun fact: Pharr and Hanrahan got an award in 2014)")[0].authors == ""
    assert attribution.cut("(Hinton et al. 2015)")[0].authors == "Hinton et al."
    entry = one(
        "- [Solving Rubik's Cube with a Robot Hand](https://arxiv.org/abs/1910.07113) - OpenAI"
        " et al. (OpenAI, 2019). Introduces Automatic Domain Randomization. (Predecessor:"
        " [Learning Dexterous In-Hand Manipulation](https://arxiv.org/abs/1808.00177), 2018.)\n"
    )
    assert entry.name == "Solving Rubik's Cube with a Robot Hand"


def test_an_italic_title_after_a_byline_is_no_claim() -> None:
    entry = one(
        "- **PBRT** — Matt Pharr, Wenzel Jakob and Greg Humphreys, *Physically Based Rendering:"
        " From Theory to Implementation*, 4th edition (MIT Press, 2023). A literate program:"
        " the whole renderer is in the book.\n"
    )
    assert not any("Physically Based" in claim.text for claim in entry.claims)
    assert entry.attribution.authors != "Fun"


def test_a_clause_heading_names_the_paper_it_cites() -> None:
    """`**If you want one survey to orient yourself**, Tewari et al., [Title](…)`: a
    heading that speaks to the reader is no name, even without a full stop."""
    entry = one(
        "- **If you want one survey to orient yourself**, Tewari et al., "
        '["State of the Art on Neural Rendering"](https://arxiv.org/abs/2004.03805)'
        " (Eurographics 2020 STAR). Read it for the pre-NeRF landscape.\n"
    )
    assert entry.title == "State of the Art on Neural Rendering"
    assert entry.papers == ["2004.03805"]
    title_case = one("- **Attention Is All You Need** — [the annotated version](https://x.org/a)\n")
    assert title_case.title == "Attention Is All You Need"  # a title in title case


def test_a_heading_without_a_linked_title_takes_the_quoted_one() -> None:
    entry = one(
        "- **Rasterizers can be made differentiable too, if you're willing to cheat a bit.**"
        ' Kato, Ushiku & Harada\'s "Neural 3D Mesh Renderer" (CVPR 2018,'
        " [arXiv:1711.07566](https://arxiv.org/abs/1711.07566)) approximates the gradient of"
        " rasterization by hand.\n"
    )
    assert entry.name == "Neural 3D Mesh Renderer"
    assert entry.papers == ["1711.07566"]
    assert entry.claims[0].text == "approximates the gradient of rasterization by hand"


def test_a_possessive_byline_goes_with_the_quoted_title() -> None:
    entry = one(
        "- **Don't skip the autoregressive branch.** van den Oord, Kalchbrenner & Kavukcuoglu's"
        " [Pixel Recurrent Neural Networks](https://arxiv.org/abs/1601.06759) (ICML 2016)"
        " introduced PixelRNN and PixelCNN.\n"
    )
    assert entry.name == "Pixel Recurrent Neural Networks"
    assert [c.text for c in entry.claims] == ["introduced PixelRNN and PixelCNN"]


@pytest.mark.parametrize(
    ("lead", "alias"),
    [
        ("Dense retrieval goes mainstream: DPR.", "DPR"),
        ("Start with the VAE, because everything else reuses its vocabulary.", "VAE"),
        ("The volume rendering in NeRF is not new, and the paper says so.", ""),
    ],
)
def test_a_headings_short_name_is_what_it_is_about(lead: str, alias: str) -> None:
    """A name the heading mentions after a preposition is another entry's, not this one's."""
    entry = one(
        f"- **{lead}** Someone & Other, [A Long Paper Title Here](https://arxiv.org/abs/2001.00001)"
        " (2020). It does a thing.\n"
    )
    assert entry.name == (alias or "A Long Paper Title Here")


def test_a_syllabus_mark_before_a_reading_is_not_its_name() -> None:
    """`**[R]**` (required) and `**[O]**` (optional) say how to read an entry."""
    entry = one(
        '- **[R]** Zhang, Bengio, Hardt, Recht & Vinyals, "Understanding deep learning requires'
        ' rethinking generalization," *ICLR 2017* (best paper).'
        " [OpenReview](https://openreview.net/forum?id=Sy8gdB9xx) ·"
        " [arXiv](https://arxiv.org/abs/1611.03530)\n"
        "  - The randomisation test: CNNs fit **random labels** perfectly.\n"
    )
    assert entry.name == "Understanding deep learning requires rethinking generalization"
    assert (entry.attribution.authors, entry.attribution.venue) == ("Zhang et al.", "ICLR 2017")
    assert [c.text for c in entry.claims] == [
        "The randomisation test: CNNs fit random labels perfectly"
    ]


def test_a_multiplication_dot_stays_in_a_formula() -> None:
    entry = one("- **SAC** — maximum-entropy objective: reward + α · entropy of the policy\n")
    assert "α · entropy" in entry.claims[0].text


def test_a_sentences_first_word_is_a_short_name_only_when_the_title_spells_it() -> None:
    """`SGD dynamics on … are approximated` under "A mean field view …": SGD is no alias."""
    sgd = one(
        '- Mei, Montanari & Nguyen, "A mean field view of the landscape of two-layer neural'
        ' networks," PNAS 2018.\n'
        "  - SGD dynamics on a wide two-layer network are approximated by a PDE.\n"
    )
    assert sgd.name == "A mean field view of the landscape of two-layer neural networks"
    yolo = one(
        '- Redmon et al., "You Only Look Once: Unified, Real-Time Object Detection," CVPR'
        " 2016.\n  - YOLO frames detection as a single regression problem.\n"
    )
    assert yolo.name == "YOLO"


def test_a_post_written_as_paragraphs_that_open_in_bold_is_a_list_of_entries() -> None:
    """A blog whose entries are paragraphs, each opening with a bold lead-in, not bullets."""
    text = (
        "# Agents\n\nAn introduction that names no paper at all, as posts open.\n\n"
        "## Reasoning and acting\n\n"
        "**If you read one paper, make it ReAct.** [ReAct: Synergizing Reasoning and Acting"
        " in Language Models](https://arxiv.org/abs/2210.03629) by Yao et al. (ICLR 2023)."
        " It interleaves thoughts with actions.\n\n"
        "A second paragraph about ReAct, with more opinions.\n\n"
        "**Toolformer** taught a model to call APIs by itself, from a handful of examples"
        " per tool ([arXiv](https://arxiv.org/abs/2302.04761)).\n\n"
        "**Reflexion** adds verbal self-reflection after a failed attempt, kept in memory for"
        " the next one ([arXiv](https://arxiv.org/abs/2303.11366)).\n"
    )
    entries = parse_text(text).entries
    assert [e.papers for e in entries] == [["2210.03629"], ["2302.04761"], ["2303.11366"]]
    assert entries[0].name.startswith("ReAct")


def test_an_acronym_spelled_by_a_hyphenated_word_keeps_the_whole_word() -> None:
    from srs.reading.acronyms import spelling_in

    text = "AWQ: Activation-aware Weight Quantization for LLM Compression"
    assert spelling_in("AWQ", text) == "Activation-aware Weight Quantization"


@pytest.mark.parametrize("label", ["NB", "Follow-up", "Note"])
def test_a_nested_label_is_never_the_entrys_short_name(label: str) -> None:
    entry = one(
        "- [Dynamo: Amazon's Highly Available Key-value Store](https://example.org/dynamo.pdf)"
        " - DeCandia et al., SOSP 2007.\n"
        f"  - {label}: DynamoDB the service is a different design.\n"
    )
    assert entry.name != label


def test_tex_stays_whole_and_its_minus_cuts_no_clause() -> None:
    entry = one(
        "- **Total correlation (TC)**: $TC(X_1,\\dots,X_n) = \\sum_i H(X_i) - H(X_1,\\dots,X_n)$,"
        " the KL divergence between a joint distribution and its marginals.\n"
        "- **Price**: it costs $5 and $10 - cheap.\n"
    )
    assert entry.claims[0].text.startswith("$TC(X_1,\\dots,X_n) = \\sum_i H(X_i) − H(X_1")


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Douglas Comer, ACM Computing Surveys, 1979", "Comer"),
        ("D. McAllester, PAC-Bayesian Model Averaging, COLT 1999", "McAllester"),
        ("Kathleen Nichols & Van Jacobson, ACM Queue 2012", "Nichols and Van Jacobson"),
    ],
)
def test_a_journal_or_a_title_in_a_byline_is_no_author(text: str, authors: str) -> None:
    assert attribution.cut(text)[0].authors == authors


def test_a_label_before_the_papers_link_and_its_short_names() -> None:
    coala = one(
        "- **A map of the territory:** [Cognitive Architectures for Language Agents]"
        "(https://arxiv.org/abs/2309.02427) (CoALA; Sumers, Yao, Narasimhan, Griffiths;"
        " TMLR 2024) organises agents by their memory and action space.\n"
    )
    assert coala.name == "CoALA" and coala.papers == ["2309.02427"]
    toolformer = one(
        "- **Can a model teach itself when to call an API?** [Toolformer: Language Models Can"
        " Teach Themselves to Use Tools](https://arxiv.org/abs/2302.04761) (Schick et al.,"
        " NeurIPS 2023). The answer is yes. Built on GPT-J, it beat larger models.\n"
    )
    assert toolformer.name == "Toolformer"
    assert all("answer is yes" not in claim.text for claim in toolformer.claims)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Stuart Russell, Viking, 2019", "Russell"),
        (
            "Barto, Sutton & Anderson, IEEE Transactions on Systems, Man, and Cybernetics, 1983",
            "Barto et al.",
        ),
        ("Luong, Pham & Manning, EMNLP 2015", "Luong et al."),  # Manning is a person here
    ],
)
def test_a_books_publisher_or_a_journal_with_commas_is_no_author(text: str, authors: str) -> None:
    assert attribution.cut(text)[0].authors == authors


def _cards(text: str) -> list[Card]:
    return template_cards(parse_text(text, name="t"), load_templates()).cards


def test_a_post_of_lists_keeps_a_papers_own_paragraph_as_an_entry() -> None:
    parsed = parse_text(
        "## Long context\n\nShort section, since these are systems papers:\n\n"
        "**FlashAttention** (Dao et al., NeurIPS 2022 — [arXiv:2205.14135]"
        "(https://arxiv.org/abs/2205.14135)) is exact attention. It tiles the computation so"
        " the attention matrix is never written to slow GPU memory.\n\n"
        "Khandelwal et al.'s **kNN-LM** ([arXiv:1911.00172](https://arxiv.org/abs/1911.00172))"
        " deserves a mention here. It interpolates an LM's next-token distribution with a"
        " nearest-neighbour one.\n\n"
        "We also recommend **ComfyUI** ([our interview](https://example.com/comfy)). Text"
        " diffusion ([arXiv](https://arxiv.org/abs/2302.03917)) too.\n\n"
        "- **Ring Attention** ([arXiv](https://arxiv.org/abs/2310.01889)): blocks in a ring.\n"
        "- **StreamingLLM** ([arXiv](https://arxiv.org/abs/2309.17453)): attention sinks.\n"
        "- **YaRN** ([arXiv](https://arxiv.org/abs/2309.00071)): NTK-style interpolation.\n"
    )
    names = [entry.name for entry in parsed.entries]
    # the paragraph led by a paper's name is an entry; a remark whose first link is no
    # paper (ComfyUI) and the section's prose are not
    assert names == ["FlashAttention", "kNN-LM", "Ring Attention", "StreamingLLM", "YaRN"]
    knn = parsed.entries[1]
    assert knn.papers == ["1911.00172"]
    assert all("deserves" not in claim.text for claim in knn.claims)  # a remark


def test_the_entry_as_subject_after_a_remark_says_what_it_does() -> None:
    entry = one(
        "- **REALM** ([Guu et al., 2020](https://arxiv.org/abs/2002.08909)) — This is the one"
        " to read if you want to know why people got excited. REALM pre-trains a masked"
        " language model together with a latent knowledge"
        " retriever over Wikipedia, and it backpropagates through the retrieval step.\n"
    )
    assert (entry.claims[0].kind, entry.claims[0].text) == (
        "does",
        "pre-trains a masked language model together with a latent knowledge retriever over"
        " Wikipedia",
    )


def test_italic_and_bracketed_names_are_terms_a_cloze_may_hide() -> None:
    text = (
        "- **Position Interpolation** ([arXiv](https://arxiv.org/abs/2306.15595)): instead of"
        " extrapolating RoPE, *linearly down-scale* the position indices so the input fits."
        " Not *that* simple, *using* less.\n"
    )
    terms = [term for claim in one(text).claims for term in claim.terms]
    # not `*that*`, `*using*`: stressed for tone (`RoPE`, named in passing, comes after)
    assert terms == ["linearly down-scale", "RoPE"]
    entry = one(
        "- **RAG** ([arXiv](https://arxiv.org/abs/2005.11401)). A pre-trained seq2seq"
        " generator (BART) is paired with a dense index of Wikipedia.\n"
    )
    assert "BART" in entry.claims[0].terms


def test_a_byline_the_citation_reader_missed_is_no_claim_and_no_remark() -> None:
    entry = one(
        "- [Unified Scaling Laws for Routed Language Models](https://arxiv.org/abs/2202.01169)"
        " - Aidan Clark, Diego de las Casas, et al. (DeepMind, 2022). ICML 2022. Scaling laws"
        " that depend on both parameter count and number of experts.\n"
    )
    assert [(c.kind, c.text[:12]) for c in entry.claims] == [("defines", "Scaling laws")]


def test_a_hyphenated_common_word_opens_a_definition() -> None:
    entry = one(
        "- [GLaM: Efficient Scaling of Language Models with Mixture-of-Experts]"
        "(https://arxiv.org/abs/2112.06905) - Nan Du et al. (Google, 2021). ICML 2022."
        " Decoder-only MoE with 1.2 trillion parameters that uses a third of GPT-3's energy.\n"
    )
    assert entry.claims[0].kind == "defines"


def test_a_long_definition_stops_before_its_consequence() -> None:
    entry = one(
        "- [Mixture-of-Experts with Expert Choice Routing](https://arxiv.org/abs/2202.09368)"
        " - Zhou et al. (Google, NeurIPS 2022). Flips routing around: instead of tokens"
        " picking top-k experts, each expert picks its top-k tokens, guaranteeing perfect"
        " load balance and letting a token use a variable number of experts.\n"
    )
    assert entry.claims[0].text == (
        "Flips routing around: instead of tokens picking top-k experts, each expert picks its"
        " top-k tokens"
    )


def test_a_labelled_idea_is_asked_as_the_key_idea_and_a_marker_is_no_text() -> None:
    text = (
        "- **ColBERT** — Khattab & Zaharia, SIGIR 2020 ([arXiv:2004.12832]"
        "(https://arxiv.org/abs/2004.12832)).\n  - Idea: *late interaction*. Keep one"
        " embedding per token.\n"
        "- ⭐ **Contriever** ([arXiv](https://arxiv.org/abs/2112.09118)) — ⭐ the paper that"
        " named the thing. Trains a dense retriever with no labelled pairs.\n"
    )
    cards = _cards(text)
    gists = {card.front: card.back for card in cards if card.kind == "gist"}
    assert gists["What is the key idea of **ColBERT**?"] == "late interaction"
    assert not any("⭐" in card.front + card.back for card in cards)
    assert not any("{{c1::thing}}" in card.front for card in cards)  # `named the thing`


def test_a_glossary_term_with_its_spelled_out_name_and_an_imperative_definition() -> None:
    entries = parse_text(
        "## T\n\n"
        "**Target network**: A frozen copy of the Q-network, synchronised periodically.\n\n"
        "**TD learning (Temporal-Difference learning)**: Learn value estimates by"
        " *bootstrapping* from other estimates instead of waiting for the final outcome.\n\n"
        "**TRPO (Trust Region Policy Optimization)**: A policy-gradient method with a KL"
        " constraint between the old and new policies.\n"
    ).entries
    td = entries[1]
    assert td.name == "TD learning" and td.acronyms["TD"] == "Temporal-Difference"
    assert td.claims[0].text.startswith("Learn value estimates by bootstrapping")


def test_a_definitions_kind_keeps_its_specifics_when_they_are_short() -> None:
    entries = parse_text(
        "## E\n\n"
        "**ε-greedy**: The simplest exploration strategy: with probability ε take a uniformly"
        " random action, otherwise take the greedy one.\n\n"
        "**MDP (Markov Decision Process)**: The standard formalism for RL problems: a tuple"
        " of states and actions and transition probabilities and rewards and a discount"
        " factor and an initial distribution over the states to start from.\n\n"
        "**Q-learning**: An off-policy TD control algorithm learning action values.\n"
    ).entries
    assert entries[0].claims[0].text == (
        "The simplest exploration strategy: with probability ε take a uniformly random action,"
        " otherwise take the greedy one"
    )
    assert entries[1].claims[0].text == "The standard formalism for RL problems"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Press, Smith & Lewis, ICLR 2022", "Press et al."),  # a surname, not a publisher
        ("Richard Sutton & Andrew Barto, MIT Press, 2018", "Sutton and Barto"),
        ("Philippe Tillet, H. T. Kung, David Cox. MAPL 2019", "Tillet et al."),  # Kung's initials
        ("Sutton, R. S. and Barto, A. G. (2018)", "Sutton and Barto"),
        ("Mnih, V., Kavukcuoglu, K. Nature 2015", "Mnih and Kavukcuoglu"),
    ],
)
def test_the_first_author_is_never_dropped(text: str, authors: str) -> None:
    assert attribution.cut(text)[0].authors == authors


def test_a_headlines_word_that_modifies_the_cited_title_is_not_the_papers_name() -> None:
    entries = parse_text(
        "## Recsys\n"
        "- **The YouTube paper.** [Deep Neural Networks for YouTube Recommendations]"
        "(https://research.google/pubs/pub45530/) — Covington, Adams & Sargin, RecSys 2016."
        " The canonical two-stage funnel.\n"
        "- **REINFORCE at YouTube.** [Top-K Off-Policy Correction for a REINFORCE Recommender"
        " System](https://arxiv.org/abs/1812.02353) — Minmin Chen et al., Google, WSDM 2019."
        " A policy-gradient recommender over an action space of millions of items that learns"
        " from logged feedback of earlier policies using importance-weighted off-policy"
        " correction, plus a new top-K correction.\n"
        "- **Dot product vs. MLP.** [Neural Collaborative Filtering vs. Matrix Factorization"
        " Revisited](https://arxiv.org/abs/2005.09683) — Rendle et al., RecSys 2020. Revisits"
        " NCF and shows that a tuned dot product beats a learned MLP similarity.\n"
    ).entries
    assert [entry.name for entry in entries] == [entry.title for entry in entries]
    reinforce, revisited = entries[1], entries[2]
    # a long definition stops before its relative clause; `shows that` is not one
    assert reinforce.claims[0].text == (
        "A policy-gradient recommender over an action space of millions of items"
    )
    assert (revisited.claims[0].kind, revisited.claims[0].text) == (
        "does",
        "Revisits NCF and shows that a tuned dot product beats a learned MLP similarity",
    )


def test_a_signed_work_is_no_topic_however_general_its_title() -> None:
    entries = parse_text(
        "## Foundations\n"
        "1. **Communication Theory of Secrecy Systems** ([pdf](https://doi.org/10.1002/j.1538"
        "-7305.1949.tb00928.x))\n"
        "   - Claude Shannon, Bell System Technical Journal, 1949 (declassified memo)\n"
        "   - proves the one-time pad has *perfect secrecy*\n"
        "2. **The Protection of Information in Computer Systems** (https://example.org/saltzer)\n"
        "   - Jerome Saltzer & Michael Schroeder, Proceedings of the IEEE, 1975\n"
        "   - the eight design principles, among them least privilege and open design\n"
        "3. **Smashing the Stack for Fun and Profit** (http://phrack.org/issues/49/14.html)\n"
        "   - the classic stack buffer overflow tutorial: overwrite the saved return address\n"
    ).entries
    assert [entry.topic for entry in entries] == [False, False, False]
    assert entries[0].attribution.authors == "Shannon" and entries[0].attribution.year == 1949
    assert entries[2].claims[0].text.startswith("the stack buffer overflow tutorial")


def test_a_papers_title_then_its_short_name_in_brackets() -> None:
    entries = parse_text(
        "## SSL\n\n| Paper | Links |\n|---|---|\n"
        "| **Exploring Simple Siamese Representation Learning (SimSiam)** — Xinlei Chen &"
        " Kaiming He (FAIR), CVPR 2021, best paper honorable mention. A Siamese network with a"
        " predictor on one branch and **stop-gradient** on the other. |"
        " [arXiv](https://arxiv.org/abs/2011.10566) |\n"
        "| **Masked Autoencoders Are Scalable Vision Learners (MAE)** — He et al. (FAIR), CVPR"
        " 2022. Masks a high proportion (75%) of random patches. |"
        " [arXiv](https://arxiv.org/abs/2111.06377) |\n"
    ).entries
    assert [entry.name for entry in entries] == ["SimSiam", "MAE"]
    assert all("honorable" not in claim.text for claim in entries[0].claims)
    assert entries[0].attribution.authors == "Chen and He"


def test_a_venue_note_is_no_claim() -> None:
    entry = one(
        '- "Triton: An Intermediate Language and Compiler for Tiled Neural Network'
        ' Computations" — Philippe Tillet, H. T. Kung & David Cox. MAPL 2019 (co-located with'
        " PLDI). [PDF](https://example.org/triton.pdf)\n"
        "  - Programs are written over tiles instead of scalar threads\n"
    )
    assert all("co-located" not in claim.text for claim in entry.claims)


def test_a_signature_with_a_remark_is_the_attribution_not_the_definition() -> None:
    entry = one(
        "1. **How to Share a Secret** (https://doi.org/10.1145/359168.359176)\n"
        "   - Adi Shamir, CACM 1979, two pages!\n"
        "   - (k, n) threshold scheme: hide the secret as the constant term of a random"
        " polynomial\n"
    )
    assert entry.attribution.authors == "Shamir"
    assert entry.claims[0].text.startswith("threshold scheme")


def test_a_word_name_spelled_by_its_definitions_head_is_an_acronym() -> None:
    text = (
        "## L\n\n**Lasso**: Least absolute shrinkage and selection operator — least squares"
        " with an L1 penalty on the coefficients, which drives some of them to zero.\n\n"
        "**Ridge**: least squares with an L2 penalty.\n\n**Bagging**: bootstrap aggregating.\n"
    )
    lasso = parse_text(text).entries[0]
    assert lasso.acronyms["Lasso"] == "Least absolute shrinkage and selection operator"
    assert lasso.claims[0].text == "least squares with an L1 penalty on the coefficients"
    front = "What is described here?\n\n*Least absolute shrinkage and selection operator*"
    reverse = Card("d|e|reverse", "e", "reverse", front, "**Lasso**", "S")
    assert check(reverse, lasso) is not None  # the initials spell it
    fair = Card(
        "d|e|reverse", "e", "reverse", "*least squares with an L1 penalty*", "**Lasso**", "S"
    )
    assert check(fair, lasso) is None


def test_notes_under_a_table_belong_to_the_rows_they_name() -> None:
    parsed = parse_text(
        "## Contrastive\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2018-05 | NPID | UC Berkeley | [arXiv](https://arxiv.org/abs/1805.01978) |\n"
        "| 2019-11 | MoCo | FAIR | [arXiv](https://arxiv.org/abs/1911.05722) |\n"
        "| 2020-02 | SimCLR | Google | [arXiv](https://arxiv.org/abs/2002.05709) |\n\n"
        "> **Notes.** NPID treats every image as its own class and keeps a memory bank of"
        " features. MoCo replaces the memory bank with a queue of negatives encoded by a"
        " momentum-updated key encoder, and beat supervised pre-training on 7 tasks.\n\n"
        "- **SimCLR**: drops the queue in favour of large batches.\n\n"
        "A paragraph of the author's own.\n\n"
        "- **BYOL** ([arXiv](https://arxiv.org/abs/2006.07733)): no negatives at all.\n"
    )
    by_name = {entry.name: entry for entry in parsed.entries}
    assert sorted(by_name) == ["BYOL", "MoCo", "NPID", "SimCLR"]  # the notes are no entries
    npid, moco = by_name["NPID"].claims[0], by_name["MoCo"].claims[0]
    assert (npid.kind, npid.text) == (
        "does",
        "treats every image as its own class and keeps a memory bank of features",
    )
    assert (moco.kind, moco.text[:28]) == ("does", "replaces the memory bank wit")
    assert by_name["SimCLR"].claims[0].text.startswith("drops the queue")


def test_a_blog_entry_of_two_papers_keeps_each_claim_with_its_paper() -> None:
    entry = one(
        '- **DeepFM and DCN, read together.** Two answers to "can we drop the crosses?":'
        " [DeepFM: A Factorization-Machine based Neural Network for CTR Prediction]"
        "(https://arxiv.org/abs/1703.04247) (Guo et al., Huawei, IJCAI 2017) replaces the"
        " wide part with an FM that shares its embeddings; [Deep & Cross Network for Ad Click"
        " Predictions](https://arxiv.org/abs/1708.05123) (Wang et al., ADKDD 2017) adds a"
        " cross network that applies an explicit feature crossing at every layer.\n"
    )
    assert entry.name == "DeepFM"
    assert [claim.text for claim in entry.claims] == [
        "replaces the wide part with an FM that shares its embeddings"
    ]


def test_what_a_cited_title_is_after_its_byline_and_remarks_that_open_a_claim() -> None:
    entries = parse_text(
        "## Recsys\n"
        "- **Start with matrix factorization.** [Matrix Factorization Techniques for"
        " Recommender Systems](https://doi.org/10.1109/MC.2009.263) by Yehuda Koren, Robert"
        " Bell and Chris Volinsky (IEEE Computer, 2009) is the readable write-up of what the"
        " BellKor team learned. Their team won the Netflix Prize in 2009.\n"
        "- **Factorization Machines.** Rendle again: [Factorization Machines]"
        "(https://example.org/fm.pdf) (ICDM 2010) models all pairwise interactions between"
        " features with factorized parameters.\n"
    ).entries
    mf, fm = entries
    assert mf.claims[0].kind == "defines"
    assert mf.claims[0].text == "the write-up of what the BellKor team learned"
    assert all(claim.kind == "says" for claim in mf.claims[1:])  # `Their team …`
    assert fm.claims[0].text.startswith("models all pairwise interactions")
    assert fm.attribution.venue == "ICDM 2010"


def test_a_list_under_a_table_that_names_other_things_stays_entries() -> None:
    parsed = parse_text(
        "## Diffusion\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2020-06 | DDPM | Berkeley | [arXiv](https://arxiv.org/abs/2006.11239) |\n\n"
        "- **DDPM**: trains a network to predict the added noise.\n"
        "- **CFG** ([arXiv](https://arxiv.org/abs/2207.12598)): drops the conditioning at"
        " random during training.\n"
    )
    assert [entry.name for entry in parsed.entries] == ["DDPM", "DDPM", "CFG"]


def test_a_numbered_reading_right_under_a_label_line_is_a_list_item() -> None:
    parsed = parse_text(
        "## Week 1\n\n**Required**\n"
        '1. Hodgkin, A. L. & Huxley, A. F. "A quantitative description of membrane current."'
        " J. Physiol. 1952.\n   — Four coupled ODEs for the squid giant axon.\n\n*Optional*\n"
        "2. Gerstner, Kistler, Naud & Paninski. *Neuronal Dynamics* (2014).\n"
        "   — The leaky integrate-and-fire model.\n\n## Week 2\n\n**Required**\n"
        "3. Hubel, D. H. & Wiesel, T. N. \"Receptive fields of single neurones in the cat's"
        ' striate cortex." J. Physiol. 1959.\n'
    )
    assert len(parsed.entries) == 3
    assert [section.name for section in parsed.sections] == ["Week 1", "Week 2"]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            'Schrimpf, M., Kubilius, J. et al. "Brain-Score: Which Artificial Neural Network for'
            ' Object Recognition is most Brain-Like?" bioRxiv 407007 (2018).',
            "Schrimpf et al.",
        ),
        ('Ramsauer, H. et al. "Hopfield Networks is All You Need." ICLR 2021.', "Ramsauer et al."),
    ],
)
def test_a_surname_first_list_keeps_its_first_author(text: str, authors: str) -> None:
    assert attribution.cut(text)[0].authors == authors


def test_names_a_phrase_or_a_label_never_give() -> None:
    entries = parse_text(
        "## Post-training\n"
        "- **Back to REINFORCE.** [Back to Basics: Revisiting REINFORCE Style Optimization for"
        " Learning from Human Feedback in LLMs](https://arxiv.org/abs/2402.14740) (Ahmadian et"
        " al., ACL 2024) proposes RLOO.\n"
        "- **Process supervision.** [Let's Verify Step by Step](https://arxiv.org/abs/2305.20050)"
        " (Lightman et al., OpenAI, 2023). A process-supervised reward model wins.\n"
        "- **The textbook:** Nathan Lambert's free [RLHF book](https://rlhfbook.com/) — the"
        " closest thing to a textbook this field has.\n"
        "- **The survey I send to skeptics:** [Open Problems and Fundamental Limitations of"
        " Reinforcement Learning from Human Feedback](https://arxiv.org/abs/2307.15217) (Casper"
        " et al., 2023) — sorts RLHF's problems into ones that are tractable and ones that are"
        " fundamental to the approach.\n"
    ).entries
    back, verify, book, survey = entries
    assert back.name == back.title  # not `Back to Basics`, not `REINFORCE`
    assert verify.name == "Let's Verify Step by Step" and verify.attribution.authors != "Step"
    assert book.topic
    assert survey.claims[0].text.endswith("ones that are fundamental to the approach")


def test_a_glossary_terms_second_clause_cites_something_else() -> None:
    entry = parse_text(
        "## F\n\n**Fisher information**: The expected curvature of the log-likelihood, I(θ); it"
        " measures how much a sample tells you about θ. Its inverse gives the **Cramér–Rao"
        " bound** (Rao 1945; Cramér 1946).\n\n**Score**: the gradient of the log-likelihood.\n\n"
        "**MLE**: the maximum likelihood estimate (Fisher 1922).\n"
    ).entries[0]
    assert not entry.attribution.authors


def test_a_work_cited_as_an_example_is_not_the_glossary_terms_own() -> None:
    entry = parse_text(
        "## L\n\n**Lanczos iteration**: Krylov method that tridiagonalizes a symmetric matrix;"
        " extreme eigenvalues of the tridiagonal converge quickly to those of A. Used for"
        " Hessian spectrum estimates in deep nets (e.g. Ghorbani, Krishnan & Xiao, ICML 2019)."
        " Loses orthogonality in floating point, reorthogonalize. (Lanczos 1950)\n\n"
        "**Arnoldi iteration**: the same for a general matrix.\n\n"
        "**Power iteration**: multiply by the matrix until the vector settles.\n"
    ).entries[0]
    assert (entry.attribution.authors, entry.attribution.year) == ("Lanczos", 1950)
    assert not entry.attribution.venue


@pytest.mark.parametrize(
    "text",
    [
        "Used in deep nets (e.g. Ghorbani, Krishnan & Xiao, ICML 2019).",
        "Used in deep nets, e.g. Ghorbani et al. 2019.",
        "Used in deep nets (cf. Ghorbani et al.).",
    ],
)
def test_an_example_citation_is_cut_but_attributes_nothing(text: str) -> None:
    found, rest = attribution.cut(text)
    assert (found.authors, found.year, found.venue) == ("", None, "")
    assert "Ghorbani" not in rest


def test_a_symbol_before_a_full_stop_ends_a_sentence_and_an_initial_does_not() -> None:
    from srs.reading.sentences import sentences

    assert sentences("it tells you about θ. Its inverse gives the bound.") == [
        "it tells you about θ.",
        "Its inverse gives the bound.",
    ]
    assert sentences("By A. Vaswani and N. Shazeer. Then more.") == [
        "By A. Vaswani and N. Shazeer.",
        "Then more.",
    ]


def test_a_long_definition_is_not_cut_at_a_relative_clause_after_a_preposition() -> None:
    entry = parse_text(
        "## T\n\n**Latent Dirichlet allocation (LDA)**: Generative topic model in which each"
        " document is a mixture over topics drawn from a Dirichlet prior and each topic is a"
        " distribution over words, fitted with variational EM in the original paper.\n\n"
        "**pLSA**: probabilistic latent semantic analysis.\n\n**TF-IDF**: term weighting.\n"
    ).entries[0]
    assert entry.claims[0].text.startswith("Generative topic model in which each document")


def test_a_second_paper_in_a_bullet_is_no_name_and_no_claim_of_the_first() -> None:
    entry = one(
        "- **AWQ and SmoothQuant, both from Song Han's lab.** [AWQ: Activation-aware Weight"
        " Quantization for LLM Compression and Acceleration](https://arxiv.org/abs/2306.00978)"
        " (Lin et al., MIT, MLSys 2024) protects the 1% of salient weight channels by"
        " per-channel scaling. [SmoothQuant: Accurate and Efficient Post-Training Quantization"
        " for Large Language Models](https://arxiv.org/abs/2211.10438) (Xiao et al., MIT /"
        " NVIDIA, ICML 2023) targets W8A8: it migrates the difficulty from activations to"
        " weights.\n"
    )
    assert entry.name == "AWQ"
    assert (entry.attribution.authors, entry.attribution.venue) == ("Lin et al.", "MLSys 2024")
    assert not any("W8A8" in claim.text or "migrates" in claim.text for claim in entry.claims)


def test_a_long_definition_is_not_cut_inside_brackets() -> None:
    entry = parse_text(
        "## Graphs\n\n| Paper | Links |\n|---|---|\n"
        "| **Learning Deep Generative Models of Graphs** (Li et al., DeepMind, 2018) <br> DGMG:"
        " generates a graph as a sequence of decisions (add node? add edge? which node to"
        " connect?), each made by a graph neural network reading the partial graph. |"
        " [arXiv](https://arxiv.org/abs/1803.03324) |\n"
    ).entries[0]
    assert entry.claims[0].text.startswith(
        "generates a graph as a sequence of decisions (add node? add edge? which node to connect?)"
    )


def test_a_title_that_names_itself_takes_no_alias_from_its_description() -> None:
    entry = parse_text(
        "## Graphs\n\n| Paper | Links |\n|---|---|\n"
        "| **GraphRNN: Generating Realistic Graphs with Deep Auto-regressive Models** (You et"
        " al., Stanford, ICML 2018) <br> Hierarchical RNN: a graph-level RNN adds nodes, an"
        " edge-level RNN decides each new node's edges. |"
        " [arXiv](https://arxiv.org/abs/1802.08773) |\n"
    ).entries[0]
    assert entry.name == "GraphRNN"


def test_a_title_before_its_byline_beats_a_journal_in_italics() -> None:
    entry = one(
        "- Estimating the Support of a High-Dimensional Distribution - Schölkopf, Platt,"
        " Shawe-Taylor, Smola, Williamson (Microsoft Research, 2001). *Neural Computation*"
        " 13(7). **The One-Class SVM**: separates the data from the origin with maximum margin"
        " in feature space.\n"
    )
    assert entry.title == "Estimating the Support of a High-Dimensional Distribution"
    assert entry.name == "One-Class SVM"
    assert entry.attribution.authors == "Schölkopf et al."


@pytest.mark.parametrize(
    ("text", "authors", "venue"),
    [
        # one team, collaboration or consortium's name stays whole (never `Collaboration`)
        (
            "Open X-Embodiment Collaboration (ICRA 2024).",
            "Open X-Embodiment Collaboration",
            "ICRA 2024",
        ),
        ("Octo Model Team (RSS 2024)", "Octo Model Team", "RSS 2024"),
        ("Llama Team, Meta, 2024.", "Llama Team", ""),
    ],
)
def test_a_team_byline_is_cited_whole(text: str, authors: str, venue: str) -> None:
    found, rest = attribution.cut(text)
    assert (found.authors, found.venue, rest) == (authors, venue, "")


def test_a_teams_byline_is_never_a_claim_or_a_cloze() -> None:
    text = (
        "## Generalist policies\n- [Octo: An Open-Source Generalist Robot Policy]"
        "(https://arxiv.org/abs/2405.12213) - Octo Model Team (RSS 2024) :computer: diffusion"
        " head, trained on 800k OXE trajectories, designed to be fine-tuned."
        " [code](https://github.com/octo-models/octo)\n"
    )
    (entry,) = parse_text(text).entries
    assert (entry.attribution.authors, entry.attribution.venue) == ("Octo Model Team", "RSS 2024")
    assert [c.text for c in entry.claims] == [
        "diffusion head, trained on 800k OXE trajectories, designed to be fine-tuned"
    ]
    assert not [c for c in _cards(text) if c.kind != "attribution" and "Team" in c.front]


def test_a_team_whose_bracket_names_its_people_is_cited_by_them() -> None:
    found, _ = attribution.cut('NLLB Team (Costa-jussà et al.). "No Language Left Behind." 2022.')
    assert found.authors == "Costa-jussà et al."  # (never `NLLB Team et al.`)


@pytest.mark.parametrize(
    ("text", "authors", "lab", "rest"),
    [
        # the description's capitals (`IRL`, `PR2`) were read as the byline's end: `Finn and
        # Levine`, and the description was lost with it
        (
            "Finn, Levine, Abbeel (ICML 2016) Sample-based MaxEnt IRL with neural net costs,"
            " on a real PR2.",
            "Finn et al.",
            "",
            "Sample-based MaxEnt IRL with neural net costs, on a real PR2.",
        ),
        (
            "Baevski, Zhou, Mohamed, Auli (Facebook AI, NeurIPS 2020) A CNN encodes raw audio",
            "Baevski et al.",
            "Facebook AI",
            "A CNN encodes raw audio",
        ),
        # a lab beside a journal's publisher in the bracket is still the lab
        (
            "Hsu et al. (Facebook AI, IEEE/ACM TASLP 2021) BERT-style masked prediction",
            "Hsu et al.",
            "Facebook AI",
            "BERT-style masked prediction",
        ),
    ],
)
def test_a_byline_ends_at_its_bracket(text: str, authors: str, lab: str, rest: str) -> None:
    found, left = attribution.cut(text)
    assert (found.authors, found.lab, left) == (authors, lab, rest)


def _gists(text: str) -> list[tuple[str, str]]:
    made = template_cards(parse_text("## S\n" + text), load_templates(), {})
    return [(card.front, card.back) for card in made.cards if card.kind == "gist"]


def test_a_bullets_topic_before_a_paper_it_quotes_is_no_definition() -> None:
    text = (
        '- {} Gharbi et al. "Deep Joint Demosaicking and Denoising" (SIGGRAPH Asia 2016) is'
        " the one I'd pick if forced.\n"
    )
    entry = one(text.format("Demosaicing as its own topic."))
    assert entry.title == "Deep Joint Demosaicking and Denoising"
    assert entry.claims == []
    assert _gists(text.format("Demosaicing as its own topic.")) == []
    # a lead-in that says what the paper does is its claim
    assert _gists(text.format("A joint network for demosaicking and denoising raw bursts.")) == [
        (
            "What is **Deep Joint Demosaicking and Denoising**?",
            "A joint network for demosaicking and denoising raw bursts",
        )
    ]
    said = one(text.format("Learned models replace the hand-tuned pipeline."))
    assert [claim.text for claim in said.claims] == [
        "Learned models replace the hand-tuned pipeline"
    ]


def test_where_to_find_a_reading_is_no_definition() -> None:
    entry = one(
        '- Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond"'
        " (FnTIR 2009). No link because the FnTIR page keeps moving, but it's easy to find.\n"
    )
    assert entry.claims == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # `DOI:` labels a link, never the entry's short name
            "- Sequential Model-Based Optimization for General Algorithm Configuration -"
            " Hutter, Hoos, Leyton-Brown (UBC, LION 2011). SMAC, random-forest surrogates,"
            " handles conditional/categorical spaces well. DOI:"
            " [10.1007/978-3-642-25566-3_40](https://doi.org/10.1007/978-3-642-25566-3_40)"
            " [:computer: SMAC3](https://github.com/automl/SMAC3)\n",
            "Sequential Model-Based Optimization for General Algorithm Configuration",
        ),
        (  # a question to oneself is no name
            "17. **Callaway & Sant'Anna 2021** — Difference-in-Differences with multiple time"
            " periods (J Econometrics 225(2):200–230)\n"
            "    - group-time ATT(g,t), then aggregate however you want\n"
            "    - Q: how do they handle anticipation — there's an arg for it, check\n",
            "Callaway & Sant'Anna 2021",
        ),
        (  # a survey of a field is not the field
            "- :star: [Neural Architecture Search: A Survey](https://arxiv.org/abs/1808.05377) -"
            " Elsken, Metzen, Hutter (Bosch / Freiburg, JMLR 2019). The standard intro.\n",
            "Neural Architecture Search: A Survey",
        ),
    ],
)
def test_labels_questions_and_surveys_are_no_short_names(text: str, name: str) -> None:
    assert one(text).name == name


def test_a_cloze_hides_no_words_of_a_quoted_title_nor_a_journal() -> None:
    text = (
        "## Terms\n\n**State machine replication**: replicas apply the same deterministic"
        ' commands in the same order. The standard tutorial is Schneider, "Implementing'
        ' Fault-Tolerant Services Using the State Machine Approach: A Tutorial", ACM Computing'
        " Surveys 22(4), 1990.\n\n"
        "**Two-phase commit**: a coordinator collects votes, then tells every participant to"
        " commit or abort. Usually attributed to Gray's \"Notes on Data Base Operating"
        ' Systems".\n\n'
        "**Paxos**: consensus among 2f+1 acceptors that survives f crashes.\n"
    )
    cards = template_cards(parse_text(text), load_templates()).cards
    hidden = [card.back for card in cards if card.kind == "cloze"]
    assert not any(
        word in back
        for back in hidden
        for word in ("Fault-Tolerant", "Computing Surveys", "Data Base Operating")
    )


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # a reader's marks are no part of a fact
            "1. **Flaxman et al., Nature 2020** (https://doi.org/10.1038/s41586-020-2405-7)\n"
            "    - Estimating the effects of non-pharmaceutical interventions on COVID-19 in"
            " Europe. 👀\n",
            ["Estimating the effects of non-pharmaceutical interventions on COVID-19 in Europe"],
        ),
        (  # a journal, volume (issue) and pages, then the first fact
            "2. **Abadie, Diamond & Hainmueller 2010** (https://doi.org/10.1198/jasa.2009.ap08746)\n"
            "    - JASA 105(490):493–505. ✅\n"
            "    - Prop 99. donor pool = other states, weights sum to 1\n",
            ["Prop 99. donor pool = other states, weights sum to 1"],
        ),
        (  # a journal with a slash in its name, volume (issue): pages
            "4. **Wide Area Traffic: The Failure of Poisson Modeling** (Paxson & Floyd, 1995)\n"
            "    - IEEE/ACM ToN 3(3):226–244, doi:10.1109/90.392383\n"
            "    - packet arrivals are not Poisson\n",
            ["The Failure of Poisson Modeling", "packet arrivals are not Poisson"],
        ),
        (  # praise of the reading, and when it was written
            "3. [LeRobot](https://github.com/huggingface/lerobot)\n"
            "    - Good starting point for beginners w/ a cheap arm\n"
            "    - written just before the staggered-timing stuff blew up\n",
            [],
        ),
        (  # where to get it, how far the reading got, hearsay, a chapter pointer
            "5. **Quantitative System Performance** (Prentice-Hall, 1984)\n"
            "    - Entirely free from the authors' page!!\n"
            "    - ch 5 M/G/1 derivation via z-transforms. slow going\n"
            "    - everyone says the experimental design chapters are the good part\n"
            "    - borrowed from library, have to return by ~March\n"
            "    - operational analysis: no stochastic assumptions, only measured quantities\n",
            ["operational analysis: no stochastic assumptions, only measured quantities"],
        ),
        (  # an exclamation after a bracket ends the fact; a free online book is a fact
            "6. **Networks of Waiting Lines** (Jackson, 1957)\n"
            "    - product form: each node behaves like an M/M/1 (in steady state)."
            " mind-blowing that this works\n"
            "    - Free online textbook covering ETS and ARIMA\n",
            [
                "product form: each node behaves like an M/M/1 (in steady state)",
                "Free online textbook covering ETS and ARIMA",
            ],
        ),
        (  # where the data is, how it felt, how far the reader got
            "8. **LibriSpeech** (Panayotov et al., ICASSP 2015)\n"
            "    - data at openslr.org/12\n"
            "    - The 10-minutes-of-labeled-data result is still kind of shocking\n"
            "    - only the checklist section so far\n"
            "    - 1000 hours of read English audiobooks\n",
            ["1000 hours of read English audiobooks"],
        ),
        (  # a reader's doubt and a note to self
            "9. **P5 paper** (Geng et al., RecSys 2022)\n"
            "    - everything as text-to-text w/ T5. eval setup has issues (item ID"
            " tokenization leaks?) — check follow-ups\n"
            "    - 7/9 (?) neural methods not reproducible\n",
            ["everything as text-to-text w/ T5", "7/9 neural methods not reproducible"],
        ),
        (  # the reading's standing, the list itself, a nickname, a comparison as a name
            "10. [A Survey on Knowledge Graphs](https://arxiv.org/abs/2002.00388)\n"
            "    - The one everyone cites and maybe a third of people have read\n"
            "    - the one neural paper on this syllabus, as a preview\n"
            '    - The "ok but why does this actually work" paper\n'
            "    - More ML-oriented; covers embedding, completion, temporal KGs\n",
            ["covers embedding, completion, temporal KGs"],
        ),
        (  # a reading group's member quoted, and its log
            "11. **The UNIX Time-Sharing System** ([pdf](https://doi.org/10.1145/361011.361061))\n"
            '    - Jon: "fork was a mistake"\n'
            "    - didn't prep, Jon presented. the LWN series is probably a better intro\n"
            "    - everything is a file, fork/exec split\n",
            ["everything is a file, fork/exec split"],
        ),
        (  # a DOI after the fact is no part of it
            "7. **A Linear-Time Heuristic for Improving Network Partitions** (1982)\n"
            "    - moves single vertices with a bucket structure. doi:10.1109/DAC.1982.1585498\n",
            ["moves single vertices with a bucket structure"],
        ),
    ],
)
def test_a_readers_marks_praise_and_reading_history_are_no_claims(
    text: str, claims: list[str]
) -> None:
    assert [claim.text for claim in one(text).claims] == claims


def test_a_cloze_hides_no_identifier_nor_address() -> None:
    from srs.reading.terms import claim_terms

    text = "top 10% of players on webDiplomacy.net; it beat Deep Blue (arXiv:quant-ph/0505030)"
    names = ["webDiplomacy.net", "arXiv:quant-ph/0505030", "Deep Blue"]
    assert claim_terms(text, [], names, []) == ("Deep Blue",)


NLA_GLOSSARY = (
    "# Numerical linear algebra\n\n"
    "**QR algorithm**: the standard dense eigenvalue algorithm. Discovered independently by"
    ' J. G. F. Francis, "The QR transformation: a unitary analogue to the LR transformation",'
    ' *The Computer Journal* 4 (1961), and Vera Kublanovskaya (1961). One of the "top 10'
    ' algorithms of the 20th century" (Dongarra & Sullivan, CiSE 2000).\n\n'
    "**MINRES**: for symmetric *indefinite* A: minimize the residual over the Krylov space."
    ' Introduced together with SYMMLQ in Paige & Saunders, "Solution of sparse indefinite'
    ' systems of linear equations", SIAM J. Numer. Anal. 12(4), 1975.\n\n'
    "**Sherman–Morrison–Woodbury formula**: (A + U C V^T)^{-1} = A^{-1} - A^{-1} U (C^{-1} +"
    " V^T A^{-1} U)^{-1} V^T A^{-1}; update an inverse after a low-rank change.\n\n"
    '**Moore–Penrose pseudoinverse**: the minimum-norm least-squares inverse. Penrose, "A'
    ' generalized inverse for matrices", *Proc. Cambridge Philos. Soc.* 51 (1955) 406–413.\n'
)


def test_a_glossarys_discoverer_passive_introduction_formula_and_journal() -> None:
    """Round 23's glossary: QR credited to the paper that listed it among the top ten (not
    Francis, who discovered it), a garbled "Which paper introduced together with SYMMLQ in
    …?", a cloze inside a quoted title or on a journal's name, and a formula cut at its
    minus sign."""
    read = parse_text(NLA_GLOSSARY, name="nla")
    qr, minres, woodbury, _ = read.entries
    assert (qr.attribution.authors, qr.attribution.year) == ("Francis", 1961)
    assert not [claim for claim in minres.claims if claim.introduced]
    assert not [c for c in woodbury.claims if c.text.startswith("A^{-1} U")]
    made = template_cards(read, load_templates(), {})
    assert not [card for card in made.cards if card.kind == "introduced"]
    hidden = [card.back for card in made.cards if card.kind == "cloze"]
    assert not [back for back in hidden if "indefinite" in back or "Philos" in back]


def test_a_titles_last_bracket_names_it_after_a_bracket_inside() -> None:
    entry = one(
        "- **Recommendation as Language Processing (RLP): A Unified Pretrain, Personalized"
        " Prompt & Predict Paradigm (P5)** (Geng et al., RecSys 2022)\n"
    )
    assert entry.name == "P5"


def test_round_25s_syllabus_marks_journals_and_glossary_notes() -> None:
    """A reading's marks before its citation (`★ (R)`) hid its authors, so the starred
    readings had no card; an italic journal (`*J. Econometrics*`) was taken as the title;
    a glossary's `**Note**:` paragraph was a term."""
    holland, sun = parse_text(
        '## Week 2\n\n- ★ (R) Holland, P. W. (1986). "Statistics and Causal Inference."'
        " *Journal of the American Statistical Association*, 81(396), 945–960.\n"
        "- (O) Sun, L. and Abraham, S. (2021). Estimating dynamic treatment effects in event"
        " studies with heterogeneous treatment effects. *J. Econometrics* 225(2).\n"
    ).entries
    assert (holland.title, holland.attribution.authors) == (
        "Statistics and Causal Inference",
        "Holland",
    )
    assert sun.title.startswith("Estimating dynamic treatment effects")
    glossary = parse_text(
        "# Game theory\n\n## Terms\n\n**Correlated equilibrium**: a mediator's recommendation"
        " no player wants to deviate from.\n  - Note: the set of CE is a polytope.\n\n**Nash"
        " equilibrium**: no player gains by deviating alone.\n\n**Core**: allocations no"
        " coalition can improve on.\n"
    )
    names = [entry.name for entry in glossary.entries]
    assert "Note" not in names and "Core" in names  # `Core` is a term, not a syllabus label
    (lavalle,) = parse_text(
        "## Week 1\n\n- [R] LaValle, *Planning Algorithms*, Ch. 3–4 (the configuration space)\n"
    ).entries
    assert lavalle.name == "Planning Algorithms"


def test_a_cloze_hides_no_venue_and_a_field_acronym_names_no_tool() -> None:
    from srs.reading.terms import claim_terms

    text = "published in Electronics Letters 32(18) in 1996"
    assert claim_terms(text, [], ["Electronics Letters"], []) == ()
    assert claim_terms("Nash, PNAS 36(1): 48–49", [], ["PNAS"], []) == ()
    tools = parse_text(
        "# Awesome Differential Privacy\n\n## Libraries\n\n"
        "- [Google DP](https://github.com/google/differential-privacy) - Google's"
        " building-block library\n"
        "- [OpenDP](https://opendp.org) - a community library\n"
    ).entries
    assert tools[0].name == "Google DP"  # not the field's own acronym


@pytest.mark.parametrize(
    ("nested", "kept"),
    [
        ("≠ Paxos: cares about the order of state updates from one primary", "≠ Paxos"),
        ("<1M params, based on IBM's TSMixer", "<1M params"),
        ("~1,000 crowd-sourced Python problems", "~1,000"),
    ],
)
def test_a_relation_or_an_amount_opening_a_claim_stays_in_it(nested: str, kept: str) -> None:
    """A list's marker before a claim is dropped (`⭐ …`), its first symbol is not when
    it says something: `≠ Paxos` lost its `≠` and read as the opposite."""
    head = (
        "1. **Zab** ([pdf](https://example.org/zab.pdf))\n"
        "   - primary order: a primary's updates in order\n"
    )
    entry = one(f"{head}   - {nested}\n")
    assert any(claim.text.startswith(kept) for claim in entry.claims), entry.claims
    marked = one(f"{head}   - ⭐ {nested}\n")
    assert any(claim.text.startswith(kept) for claim in marked.claims), marked.claims


@pytest.mark.parametrize("name", ["Abacus.AI", "fast.ai", "Node.js", "Character.AI"])
def test_a_name_shaped_like_a_domain_is_no_link(name: str) -> None:
    """markdown-it's linkify made `Abacus.AI` a link to http://Abacus.AI, and the entry's
    name; a scheme, `www.` or a path still make a link."""
    entry = one(
        f"- [Some Paper Title](https://arxiv.org/abs/2311.01933) - Dooley et al. ({name}),"
        " 2023. See www.example.org and example.org/page.\n"
    )
    urls = [link.url for link in entry.links]
    assert urls == [
        "https://arxiv.org/abs/2311.01933",
        "http://www.example.org",
        "http://example.org/page",
    ]


def test_three_authors_before_a_quoted_title_are_all_counted() -> None:
    """`van den Oord, Li, Vinyals. "Title." 2018. …: … InfoNCE …`: the capitals of a
    remark further on dropped the third author (`van den Oord and Li`)."""
    entry = one(
        '- van den Oord, Li, Vinyals. "Representation Learning with Contrastive Predictive'
        ' Coding." 2018. [arXiv](https://arxiv.org/abs/1807.03748): this is where the'
        " InfoNCE name comes from.\n"
    )
    assert (entry.attribution.authors, entry.attribution.year) == ("van den Oord et al.", 2018)


def test_a_citation_after_a_quoted_title_is_no_name() -> None:
    """`LeCun. "A Path Towards …" Position paper, 2022.`: 'Position paper, 2022.' was
    read as the paper's short name (two useless cards)."""
    entry = one(
        '- LeCun. "A Path Towards Autonomous Machine Intelligence." Position paper, 2022.'
        " [OpenReview](https://openreview.net/forum?id=BZ5a1r-kVsf): read sections 1–4"
        " only; it's 60 pages.\n"
    )
    assert entry.title == "A Path Towards Autonomous Machine Intelligence"
    assert "Position" not in entry.name


def test_a_link_label_is_no_name_and_the_x_paper_names_it() -> None:
    """`… IEEE S&P 2016. The angr paper. Framework: [angr/angr](…)`: 'Framework' named
    the paper (two useless cards); `the angr paper` names it, `the original paper` not."""
    entry = one(
        "- [SoK: (State of) The Art of War: Offensive Techniques in Binary Analysis]"
        "(https://doi.org/10.1109/SP.2016.17) - Shoshitaishvili et al. (UC Santa Barbara,"
        " 2016). IEEE S&P 2016. The angr paper. Framework:"
        " [angr/angr](https://github.com/angr/angr)\n"
    )
    assert entry.name == "angr"
    original = one(
        "- [Some Long Paper Title About Analysis](https://doi.org/10.1109/SP.2016.17) -"
        " Smith et al. (2016). The original paper. Code: [x/y](https://github.com/x/y)\n"
    )
    assert original.name == "Some Long Paper Title About Analysis"


def test_a_book_titled_the_x_book_keeps_its_last_word() -> None:
    entry = one(
        "- [The Fuzzing Book](https://www.fuzzingbook.org/) - Zeller, Gopinath, Böhme,"
        " Fraser, Holler (CISPA, 2019-). Interactive textbook with runnable notebooks.\n"
    )
    assert entry.name == "The Fuzzing Book"
    assert one("- [RLHF book](https://rlhfbook.com/) - Lambert. Free online.\n").name == ("RLHF")


def test_two_venues_held_jointly_are_one_venue() -> None:
    """`ESEC/FSE 2005; coined …` left `ESEC/;` in the claim and credited FSE alone."""
    found, rest = attribution.cut('ESEC/FSE 2005; coined "concolic", handles pointer inputs.')
    assert (found.venue, found.year) == ("ESEC/FSE 2005", 2005)
    assert "ESEC" not in rest


def test_a_coined_word_in_quotes_is_what_was_coined() -> None:
    entry = one(
        "- [CUTE: A Concolic Unit Testing Engine for C](https://doi.org/10.1145/1081706.1081750)"
        ' - Sen, Marinov, Agha (UIUC, 2005). ESEC/FSE 2005; coined "concolic", handles'
        " pointer inputs.\n"
    )
    assert [claim.introduced for claim in entry.claims if claim.introduced] == ['"concolic"']


def test_a_tool_named_before_a_dash_names_the_paper_when_its_link_says_so() -> None:
    """`… PLDI 2011. Csmith — random UB-free C programs, 325+ compiler bugs.
    [csmith-project/csmith](…)`: the paper is Csmith's, and the repository's path is no
    part of the claim."""
    text = (
        "- [Finding and Understanding Bugs in C Compilers](https://doi.org/10.1145/1993498.1993532)"
        " - Yang, Chen, Eide, Regehr (U. Utah, 2011). PLDI 2011. Csmith — random UB-free C"
        " programs, 325+ compiler bugs. [csmith-project/csmith](https://github.com/csmith-project/csmith)\n"
    )
    entry = one(text)
    assert entry.name == "Csmith"
    assert [claim.text for claim in entry.claims] == [
        "random UB-free C programs, 325+ compiler bugs"
    ]
    unlinked = one(
        text.replace(
            "csmith-project/csmith](https://github.com/csmith-project/csmith",
            "code](https://example.org/c",
        )
    )
    assert unlinked.name == "Finding and Understanding Bugs in C Compilers"  # no link says Csmith


@pytest.mark.parametrize(
    ("text", "authors", "lab", "year"),
    [
        ("Heidi Howard, Cambridge PhD thesis 2019 (UCAM-CL-TR-935)", "Howard", "Cambridge", 2019),
        ("Diego Ongaro, Stanford PhD thesis 2014", "Ongaro", "Stanford", 2014),
    ],
)
def test_a_thesis_byline_is_its_author_school_and_year(
    text: str, authors: str, lab: str, year: int
) -> None:
    """Round 26: the byline was the thesis's 'what is it' answer, its report number a cloze."""
    found, rest = attribution.cut(text)
    assert (found.authors, found.lab, found.year, rest) == (authors, lab, year, "")


def test_notes_bullets_that_cite_by_reference_or_name_in_quotes() -> None:
    """`- same authors, SSS 2011 — shorter conference version` cites (no claim), and
    `- "Raft". leader election, …` names the paper when its link says Raft."""
    crdt = one(
        "1. **Conflict-free Replicated Data Types** (https://doi.org/10.1007/978-3-642-24550-3_29)\n"
        '    - same authors, SSS 2011 — shorter conference version, "strong eventual consistency"\n'
    )
    assert crdt.claims == []
    raft = one(
        "1. **In Search of an Understandable Consensus Algorithm** ([pdf](https://raft.github.io/raft.pdf))\n"
        "    - Ongaro & Ousterhout, USENIX ATC 2014 (best paper)\n"
        '    - "Raft". leader election, log replication, safety\n'
    )
    assert raft.name == "Raft"
    assert [claim.text for claim in raft.claims] == ["leader election, log replication, safety"]
    unlinked = one(
        "1. **In Search of an Understandable Consensus Algorithm** ([pdf](https://example.org/p.pdf))\n"
        '    - "Raft". leader election, log replication, safety\n'
    )
    assert unlinked.name == "In Search of an Understandable Consensus Algorithm"


def test_a_phrase_that_says_only_how_is_no_term_to_hide() -> None:
    """Round 26: `is {{c1::already in here}}`, `handles {{c1::arbitrary}} queries`."""
    from srs.reading.terms import claim_terms

    assert (
        claim_terms(
            "the state machine replication idea is already in here", ["already in here"], [], []
        )
        == ()
    )
    assert claim_terms(
        'The "dependent join" technique handles arbitrary correlated queries',
        ["arbitrary"],
        [],
        [],
    ) == ("dependent join",)


@pytest.mark.parametrize(
    ("name", "clue", "shown"),
    [
        ("Eddies", 'tuples are routed through operators by an "eddy" that reorders them', True),
        ("Bloom filters", "a bloom filter answers membership with false positives", True),
        ("TimesFM", "pretrained on 100B time points for time-series forecasting", False),
        ("Joins", "a hash table of the build side", False),
    ],
)
def test_a_name_shows_on_a_clue_in_its_singular(name: str, clue: str, shown: bool) -> None:
    """Round 26: "… routed … by an "eddy" …" → **Eddies** gave its answer away."""
    from srs.cards.giveaway import shows_name

    assert shows_name(name, clue) is shown


def test_an_acronym_and_its_plural_are_one_acronym() -> None:
    """Round 26: `Tiny Time Mixers (TTM)` … `Tiny Time Mixers (TTMs): …` asked twice."""
    entry = parse_text(
        "## S\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2024-01 | Tiny Time Mixers (TTM) | IBM | [Tiny Time Mixers (TTMs): Fast Pre-trained"
        " Models for Forecasting](https://arxiv.org/abs/2401.03955), Ekambaram et al. |\n"
    ).entries[0]
    assert entry.acronyms == {"TTM": "Tiny Time Mixers"}


def test_like_x_but_y_is_one_claim_not_x() -> None:
    """Round 26: `**Hybrid hash join**: Grace hash join, but keep the first partition in
    memory …` answered "What is Hybrid hash join?" with "Grace hash join"."""
    *_, entry = parse_text(
        "## Joins\n\n**Sort-merge join**: sort both inputs on the join key, then merge.\n\n"
        "**Grace hash join**: partition both inputs with a hash function into"
        " buckets that fit in memory, then join bucket pairs.\n\n"
        "**Hybrid hash join**: Grace hash join, but keep the first partition in memory during"
        " partitioning so you never write/re-read it. Default in most disk-based systems.\n"
    ).entries
    assert entry.name == "Hybrid hash join"
    assert "Grace hash join" not in [claim.text for claim in entry.claims]


def test_a_vague_kind_before_a_colon_is_not_the_definition() -> None:
    """Round 26: "What is Interesting orders?" → "a System R idea"."""
    from srs.reading.claim_kinds import cut_definition

    text = (
        "a System R idea: keep a sub-plan around even if it isn't the cheapest, as long as"
        " its output is sorted for a later merge join or ORDER BY"
    )
    assert cut_definition(text).startswith("keep a sub-plan around")
    kind = "The standard formalism for RL problems: a tuple (S, A, P, R, γ) of states" + (
        " and actions, and what each of them means for the agent and for its environment"
    )
    assert cut_definition(kind) == "The standard formalism for RL problems"


def test_a_word_on_another_thing_is_not_what_the_entry_is() -> None:
    """Round 26: "What is RULER?" → "Needle-in-a-haystack is too easy", "What is EvalPlus?"
    → "Turns out HumanEval's tests are thin"; and `MT-Bench & the judge paper` is MT-Bench."""
    ruler = one(
        "- **RULER**: [RULER: What's the Real Context Size of Your Long-Context Language"
        " Models?](https://arxiv.org/abs/2404.06654) (Hsieh et al., NVIDIA, 2024)."
        " Needle-in-a-haystack is too easy; RULER adds multi-hop tracing, aggregation and"
        " multi-needle variants.\n"
    )
    assert [(c.kind, c.text) for c in ruler.claims if c.kind in {"defines", "does"}] == [
        ("does", "adds multi-hop tracing, aggregation and multi-needle variants")
    ]
    evalplus = one(
        "- **EvalPlus** — [Is Your Code Generated by ChatGPT Really Correct?]"
        "(https://arxiv.org/abs/2305.01210) (Liu et al., NeurIPS 2023). Turns out HumanEval's"
        " tests are thin; they add ~80x more tests and rankings change.\n"
    )
    assert [c.text for c in evalplus.claims if c.kind in {"defines", "does"}] == []
    judge = one(
        "- **MT-Bench & the judge paper** — [Judging LLM-as-a-Judge with MT-Bench and Chatbot"
        " Arena](https://arxiv.org/abs/2306.05685) (Zheng et al., NeurIPS 2023).\n"
    )
    assert judge.name == "MT-Bench"


def test_a_glossary_credits_no_term_with_the_citation_of_another_thing() -> None:
    """Round 26: **Column store** … `C-Store (Stonebraker et al. 2005, VLDB) → Vertica`
    asked "Who made Column store?" (C-Store is one column store, not the idea)."""
    terms = parse_text(
        "## Storage\n\n"
        "**Column store**: store each column contiguously, so scans read only needed columns."
        " C-Store (Stonebraker et al. 2005, VLDB) → Vertica.\n\n"
        "**Row store**: store each row contiguously, so a point lookup reads one page.\n\n"
        "**Zone map**: the min and max of each block, so a scan skips blocks"
        " (Moerkotte 1998, VLDB).\n"
    ).entries
    column, _, zone = terms
    assert column.attribution.authors == ""
    assert zone.attribution.authors == "Moerkotte"


def test_a_title_of_two_words_joined_by_and_before_a_byline_is_the_title() -> None:
    """Round 27: `[Tanks and Temples](…) - Knapitsch, Park, Zhou, Koltun (Intel, SIGGRAPH
    2017)` read "Tanks and Temples" as two people and named the entry by its authors."""
    entry = one(
        "- [Tanks and Temples](https://www.tanksandtemples.org/) - Knapitsch, Park, Zhou,"
        " Koltun (Intel, SIGGRAPH 2017). Large-scale scene reconstruction benchmark with"
        " laser-scanned ground truth.\n"
    )
    assert entry.name == "Tanks and Temples"
    assert (entry.attribution.authors, entry.attribution.lab) == ("Knapitsch et al.", "Intel")
    fast = one(
        "- Leviathan, Kalman, Matias — Fast Inference from Transformers via Speculative"
        " Decoding (ICML 2023) — https://arxiv.org/abs/2211.17192\n"
    )
    assert fast.name == "Fast Inference from Transformers via Speculative Decoding"


@pytest.mark.parametrize(
    ("name", "title", "spelled"),
    [
        ("CAMEL", 'Communicative Agents for "Mind" Exploration of Large Language Model', None),
        ("LiT", "Zero-Shot Transfer with Locked-image text Tuning", None),
        ("PPO", "Proximal Policy Optimization Algorithms", "Proximal Policy Optimization"),
        ("LoRA", "Low-Rank Adaptation of Large Language Models", "Low-Rank Adaptation"),
    ],
)
def test_an_expansion_cut_inside_a_longer_phrase_is_none(
    name: str, title: str, spelled: str | None
) -> None:
    """Round 27: "What does CAMEL stand for?" → "… Exploration of Large" (cut off)."""
    from srs.reading.acronyms import spelling_in

    assert spelling_in(name, title) == spelled


@pytest.mark.parametrize(
    "remark",
    [
        "Neat idea, annoying to implement with closed APIs that don't give logprobs",
        "The wiki on index types is better than most blog posts about vector DBs",
        "older but the offloading sections still useful context",
        "Adds latency, so measure",
    ],
)
def test_the_writers_verdict_or_advice_is_no_claim(remark: str) -> None:
    """Round 27: these were the 'what is it' answers of FLARE, FAISS, DeepSpeed-Inference
    and HyDE."""
    entry = one(f"- **FLARE** ([paper](https://arxiv.org/abs/2305.06983)) — {remark}.\n")
    assert entry.claims == []


def test_a_survey_named_in_a_table_keeps_its_last_word() -> None:
    """Round 27: `LLM Agent Survey` was asked as "Who made **LLM Agent**?"."""
    entry = parse_text(
        "## Surveys\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2023-08 | LLM Agent Survey | Renmin University | [A Survey on Large Language Model"
        " based Autonomous Agents](https://arxiv.org/abs/2308.11432) |\n"
    ).entries[0]
    assert entry.name == "LLM Agent Survey"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "on-policy methods learn about the policy that is generating the data (SARSA, PPO)",
            "on-policy methods learn about the policy that is generating the data (SARSA, PPO)",
        ),
        (
            "The model annotates its own pretraining data with API calls (calculator, QA,"
            " search, translation, calendar) and keeps only the calls that reduce perplexity",
            "The model annotates its own pretraining data with API calls (calculator, QA,"
            " search, translation, calendar) and keeps only the calls that reduce perplexity",
        ),
        (
            "a retriever over Wikipedia passages, which was trained jointly with the reader",
            "a retriever over Wikipedia passages",
        ),
    ],
)
def test_a_definition_is_not_cut_between_a_noun_and_the_clause_that_says_which(
    text: str, head: str
) -> None:
    """Round 27: "What is On-policy / off-policy?" → "… learn about the policy" (cut)."""
    from srs.reading.claim_kinds import cut_definition

    assert cut_definition(text) == head


def test_a_glossary_acronym_spelled_by_its_cited_link_is_expanded() -> None:
    """Round 27: TRPO and PPO had no "What does … stand for?" card though the list links
    their papers by title."""
    trpo, ppo, dqn = parse_text(
        "## Policy gradient\n\n"
        "**TRPO**: maximise a surrogate objective subject to a KL trust-region constraint."
        " (Schulman et al. 2015, [Trust Region Policy Optimization](https://arxiv.org/abs/1502.05477))\n\n"
        "**PPO**: clip the probability ratio so the policy can't move too far per update."
        " (Schulman et al. 2017, [Proximal Policy Optimization Algorithms](https://arxiv.org/abs/1707.06347))\n\n"
        "**DQN**: Q-learning with a deep network, a replay buffer and a target network."
        " (Mnih et al. 2015, [Human-level control through deep reinforcement learning](https://doi.org/10.1038/nature14236))\n"
    ).entries
    assert trpo.acronyms == {"TRPO": "Trust Region Policy Optimization"}
    assert ppo.acronyms == {"PPO": "Proximal Policy Optimization"}
    assert dqn.acronyms == {}


def test_whose_post_it_is_is_no_claim() -> None:
    """Round 27: "What is Transformer Inference Arithmetic?" → "kipply's blog post, 2022"."""
    entry = one(
        "1. **Transformer Inference Arithmetic** (https://kipp.ly/transformer-inference-arithmetic/)\n"
        "   - kipply's blog post, 2022. Best single intro to FLOPs vs bytes for decoding.\n"
        "   - Explains why batch size 1 decoding is a memory-bandwidth benchmark.\n"
    )
    assert "kipply's blog post, 2022" not in [claim.text for claim in entry.claims]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("(Zoph et al. 2022) ST-MoE", "Zoph et al."),
        ("(Xiao et al. 2023) — StreamingLLM", "Xiao et al."),
        ("Chen, Lu, Rajeswaran et al., NeurIPS 2021", "Chen et al."),
        ("Li, Mu, et al. 2023", "Li et al."),
        ("van den Oord et al., DeepMind, 2016", "van den Oord et al."),
    ],
)
def test_the_name_after_a_citation_is_not_its_first_author(text: str, authors: str) -> None:
    """Round 28: "Who made Router z-loss?" → "ST-MoE et al., 2022"."""
    assert attribution.cut(text)[0].authors == authors


def test_a_part_of_the_paper_is_never_its_name() -> None:
    """Round 28: `… NeurIPS 2020. Appendix A: logistic-regression quality classifier …`
    named the GPT-3 row "Appendix A" (six cards)."""
    entry = parse_text(
        "## Filtering\n\n| Paper | Links |\n|---|---|\n"
        "| **Language Models are Few-Shot Learners** — Brown et al., NeurIPS 2020. Appendix A:"
        " logistic-regression quality classifier with WebText as positives."
        " | [arXiv](https://arxiv.org/abs/2005.14165) |\n"
    ).entries[0]
    assert "Appendix" not in entry.name


def test_a_name_the_sentence_credits_keeps_its_citation() -> None:
    """Round 28: `**Sliding window attention**: … Popularised again by Mistral 7B ([Jiang
    et al. 2023](…)).` asked "Which paper popularised again by Mistral 7B?" and credited
    the term to Mistral's authors."""
    cards = _cards(
        "- **Sliding window attention**: each token attends only to the previous W tokens."
        " Popularised again by Mistral 7B ([Jiang et al. 2023](https://arxiv.org/abs/2310.06825)).\n"
    )
    assert {card.kind for card in cards} == {"gist", "reverse"}
    kept = _cards(
        "- **Cost-based query optimization**: choosing a query plan by enumerating join orders"
        " and picking the cheapest under a cost model. Introduced with dynamic programming in"
        " System R (Selinger et al. 1979)\n"
    )
    assert [card.back for card in kept if card.kind == "attribution"] == ["Selinger et al., 1979"]


@pytest.mark.parametrize(
    "remark",
    [
        "Didn't get this part, the rotation is learned jointly with the codebooks?",
        "Please read this one even though it's optional.",
        "The asymmetric distance part lost me.",
    ],
)
def test_the_readers_trouble_or_the_instructors_plea_is_no_claim(remark: str) -> None:
    """Round 28: OPQ's gist and clue were the writer's "didn't get this part"; a syllabus
    reading's, the instructor's "please read this one even though it's optional"."""
    entry = one(
        "1. **OPQ** ([pdf](https://example.org/opq.pdf))\n"
        "   - rotates the space before product quantization to balance the subspaces\n"
        f"   - {remark}\n"
    )
    assert [claim.text for claim in entry.claims] == [
        "rotates the space before product quantization to balance the subspaces"
    ]


def test_a_model_made_from_another_is_defined_by_it() -> None:
    """Round 28: Alpaca gave no card: `LLaMA 7B fine-tuned on …` read as a sentence about
    LLaMA."""
    cards = _cards(
        "- **Alpaca** ([the Stanford CRFM blog post](https://crfm.stanford.edu/2023/03/13/alpaca.html)"
        " + [repo](https://github.com/tatsu-lab/stanford_alpaca)): LLaMA 7B fine-tuned on 52K"
        " instructions generated with self-instruct from text-davinci-003. Cost under $600.\n"
    )
    gist = [card.back for card in cards if card.kind == "gist"]
    assert gist == [
        "LLaMA 7B fine-tuned on 52K instructions generated with self-instruct from text-davinci-003"
    ]
    assert not any("blog post" in card.front for card in cards)


def test_the_subject_a_papers_title_names_is_not_the_papers_name() -> None:
    """Round 28: "LoRA Learns Less and Forgets Less" was named LoRA, its gist "The necessary
    cold shower"."""
    cards = _cards(
        "- **LoRA Learns Less and Forgets Less** ([arXiv](https://arxiv.org/abs/2405.09673)):"
        " The necessary cold shower. LoRA underperforms full fine-tuning on code and math but"
        " forgets less of the base model.\n"
    )
    assert not any("**LoRA**" in card.front or "cold shower" in card.back for card in cards)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "- [GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers]"
            "(https://arxiv.org/abs/2210.17323) - Elias Frantar, Saleh Ashkboos, Torsten"
            " Hoefler, Dan Alistarh (IST Austria / ETH Zürich, 2022). Layer-wise second-order"
            " quantization.\n"
            "  - Builds on [Optimal Brain Compression](https://arxiv.org/abs/2208.11580) - Frantar"
            " & Alistarh (NeurIPS 2022), a unified OBS framework for pruning + quantization.\n",
            "",
        ),
        (
            "- [Fast Transformer Decoding: One Write-Head is All You Need]"
            "(https://arxiv.org/abs/1911.02150) - Noam Shazeer (Google, 2019). Multi-query"
            " attention (MQA).\n"
            "  - See also: [GQA: Training Generalized Multi-Query Transformer Models from"
            " Multi-Head Checkpoints](https://arxiv.org/abs/2305.13245) - Ainslie et al."
            " (Google Research, 2023), EMNLP 2023. Grouped-query attention.\n",
            "",
        ),
        (  # the same people: the entry's own venue
            "1. **Raft** ([pdf](https://raft.github.io/raft.pdf))\n"
            "   - Ongaro & Ousterhout, USENIX ATC 2014\n",
            "USENIX ATC 2014",
        ),
    ],
)
def test_a_bullet_citing_other_people_cites_another_paper(text: str, venue: str) -> None:
    """Round 29: "Who made GPTQ?" → "Frantar et al., NeurIPS 2022" (the venue of the paper
    it builds on), "Who made Fast Transformer Decoding?" → "Shazeer (Google), EMNLP 2023"."""
    assert one(text).attribution.venue == venue


def test_a_two_paper_note_is_named_and_cited_for_its_first_paper() -> None:
    """Round 29: `**Local SGD …** (url) → **DiLoCo: …** (url)` with `Stich, ICLR 2019 /
    Douillard et al., …, 2023` and a bullet `DiLoCo: inner AdamW …` was named DiLoCo and
    credited "Douillard et al., ICLR 2019"."""
    entry = one(
        "38. **Local SGD Converges Fast and Communicates Little** (https://arxiv.org/abs/1805.09767)"
        " → **DiLoCo: Distributed Low-Communication Training of Language Models**"
        " (https://arxiv.org/abs/2311.08105)\n"
        "    - Sebastian Stich, ICLR 2019 / Douillard et al., Google DeepMind, 2023\n"
        "    - local SGD: H local steps then average; comm reduced by H\n"
        "    - DiLoCo: inner AdamW, outer Nesterov momentum on the pseudo-gradient\n"
    )
    assert entry.name == "Local SGD Converges Fast and Communicates Little"
    assert (entry.attribution.authors, entry.attribution.venue) == ("Stich", "ICLR 2019")
    lars = one(
        "9. **LARS** — Large Batch Training of Convolutional Networks"
        " (https://arxiv.org/abs/1708.03888) and **LAMB** — Large Batch Optimization for Deep"
        " Learning (https://arxiv.org/abs/1904.00962)\n"
        "   - Yang You et al., 2017 / 2019 (LAMB = ICLR 2020)\n"
    )
    assert (lars.attribution.year, lars.attribution.venue) == (2017, "")
    one_paper = one(
        "28. **Sequence Parallelism: Long Sequence Training from System Perspective**"
        " ([pdf](https://arxiv.org/abs/2105.13120))\n"
        "    - Shenggui Li et al., NUS / HPC-AI Tech, ACL 2023\n"
    )
    assert one_paper.attribution.venue == "ACL 2023"


def test_something_taken_from_a_lab_is_not_made_by_it() -> None:
    """Round 29: "Who made Horovod?" → "Sergeev et al. (Baidu)" (`ring-allreduce (from
    Baidu's blog post)`)."""
    entry = one(
        "10. **Horovod: fast and easy distributed deep learning in TensorFlow**"
        " ([pdf](https://arxiv.org/abs/1802.05799))\n"
        "    - Sergeev & Del Balso, Uber, 2018\n"
        "    - brought ring-allreduce (from Baidu's blog post) + MPI/NCCL to TF users\n"
    )
    assert entry.attribution.lab == "Uber"
    assert attribution.lab_in("ring-allreduce (from Baidu's blog post)") == ""


def test_a_bracket_after_another_papers_title_cites_that_paper() -> None:
    """Round 29: "Who made Wasserstein GAN?" → "Gulrajani et al., NeurIPS 2017" (WGAN-GP)."""
    entry = parse_text(
        "## GANs\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2017-01 | WGAN, WGAN-GP | NYU / FAIR; Montréal | [Wasserstein GAN]"
        "(https://arxiv.org/abs/1701.07875) (Arjovsky, Chintala & Bottou) → [Improved Training"
        " of Wasserstein GANs](https://arxiv.org/abs/1704.00028) (Gulrajani et al., NeurIPS"
        " 2017). Gradient penalty outlived the Wasserstein story. |\n"
    ).entries[0]
    assert "Gulrajani" not in entry.attribution.authors


def test_a_figure_is_never_a_name() -> None:
    """Round 29: `… (UW, 2022). 35k experiments; for a fixed bit budget …` named the paper
    "35k experiments" (five cards)."""
    entry = one(
        "- [The case for 4-bit precision: k-bit Inference Scaling Laws]"
        "(https://arxiv.org/abs/2212.09720) - Tim Dettmers, Luke Zettlemoyer (UW, 2022). 35k"
        " experiments; for a fixed bit budget, 4-bit weights + more parameters wins almost"
        " always.\n"
    )
    assert entry.name == "The case for 4-bit precision: k-bit Inference Scaling Laws"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("(Elhage, Nanda, Olsson et al., Anthropic 2021)", "Elhage et al."),
        ("(Ameisen, Lindsey et al., Anthropic 2025)", "Ameisen et al."),
        ("(Ho, Jain, Abbeel, NeurIPS 2020)", "Ho et al."),
    ],
)
def test_surnames_then_et_al_are_many_authors(text: str, authors: str) -> None:
    """Round 29: "Who made A Mathematical Framework …?" → "Elhage and Nanda"."""
    assert attribution.cut(text)[0].authors == authors


def test_a_see_also_bullet_cites_what_it_points_to() -> None:
    """Round 29: the logit lens (a blog post, no parsed byline) was credited to the tuned
    lens's authors from its See also bullet."""
    entry = one(
        "- **Interpreting GPT: the logit lens** (nostalgebraist, LessWrong, 2020). Decode the"
        " residual stream at every layer with the unembedding.\n"
        "  - See also: **Eliciting Latent Predictions from Transformers with the Tuned Lens**"
        " (Belrose et al. 2023, [2303.08112](https://arxiv.org/abs/2303.08112)), which learns an"
        " affine probe per layer.\n"
    )
    assert entry.attribution.authors == ""


def test_the_x_paper_after_a_claim_is_no_alias() -> None:
    """Round 29: `… [methods](…), [biology](…). Cross-layer transcoders … The "biology"
    paper … is the more fun read` named the entry "biology"."""
    entry = one(
        "- **Circuit Tracing / On the Biology of a Large Language Model** (Ameisen, Lindsey et"
        " al., Anthropic 2025) — [methods](https://transformer-circuits.pub/2025/attribution-graphs/"
        "methods.html), [biology](https://transformer-circuits.pub/2025/attribution-graphs/"
        "biology.html). Cross-layer transcoders + attribution graphs on Claude 3.5 Haiku. The"
        ' "biology" paper with the poetry-planning examples is the more fun read.\n'
    )
    assert entry.name == "Circuit Tracing / On the Biology of a Large Language Model"


@pytest.mark.parametrize(
    "remark",
    [
        "Big, somewhat sprawling; explicitly pitches itself as the opposite of bottom-up work.",
        "Big multi-org paper, lots of authors from basically every group listed above.",
        'Not "mech interp" branded but everybody in the area has internalized it.',
        "Good bridge between the toy world and the probing world (section 5).",
        "Two variations on the same theme; CAA is the easier one to reproduce.",
        "no paper (yet?), only a blog post & weights.",
        '"? someone mentioned in standup, find it',
    ],
)
def test_the_writers_word_on_a_reading_is_no_claim(remark: str) -> None:
    """Round 29's gists and clues that were the writer's remarks."""
    entry = one(f"- **Representation Engineering** (Zou et al., 2023). {remark}\n")
    assert entry.claims == []


def _glossary_entry(line: str) -> Entry:
    filler = "".join(f"**Term {n}**: a filler definition of term {n}.\n\n" for n in range(3))
    return parse_text(f"## Terms\n\n{line}\n\n{filler}").entries[0]


@pytest.mark.parametrize(
    "line",
    [
        # a later sentence on what others think of it
        "**Deep ensembles**: train M nets from different inits, average. Wilson & Izmailov"
        " 2020 argue it *is* approximate BMA: [arXiv:2002.08791](https://arxiv.org/abs/2002.08791).",
        # the citation of what comes after the arrow
        "**Continuous normalizing flow (CNF)**: flow defined by an ODE. Neural ODEs, Chen,"
        " Rubanova, Bettencourt & Duvenaud (NeurIPS 2018 best paper)"
        " https://arxiv.org/abs/1806.07366 → FFJORD uses Hutchinson's trace estimator to make it"
        " scale (Grathwohl et al., ICLR 2019) [1810.01367](https://arxiv.org/abs/1810.01367).",
        # two terms, each with its own people
        "**NNGP / NTK**: infinitely wide networks are GPs at init (Neal 1996 for one hidden"
        " layer; Lee et al. 2018 for deep nets) and train like kernel regression with the Neural"
        " Tangent Kernel (Jacot, Gabriel & Hongler 2018,"
        " [arXiv:1806.07572](https://arxiv.org/abs/1806.07572)).",
    ],
)
def test_a_glossary_term_is_not_credited_to_people_it_only_mentions(line: str) -> None:
    """Round 29: Deep ensembles → "Wilson, 2020", CNF → "Grathwohl et al., ICLR 2019",
    NNGP / NTK → "Neal, 1996"."""
    assert _glossary_entry(line).attribution.authors == ""


def test_an_arrow_that_means_so_keeps_the_citation() -> None:
    entry = _glossary_entry(
        "**Spectral mixture kernel**: model the kernel's spectral density as a mixture of"
        " Gaussians → can learn quasi-periodic structure and extrapolate (Wilson & Adams 2013,"
        " ICML) https://arxiv.org/abs/1302.4245"
    )
    assert entry.attribution.authors == "Wilson and Adams"


def test_a_method_step_named_propose_introduces_nothing() -> None:
    """Round 29: "Which paper proposed accept with prob min(1, ratio)?" → Metropolis–Hastings."""
    entry = _glossary_entry(
        "**Metropolis–Hastings**: propose, accept with prob min(1, ratio). Metropolis et al."
        " 1953; Hastings 1970 (Biometrika). you know this one"
    )
    assert [claim.kind for claim in entry.claims] == ["defines"]


def test_a_month_is_no_author() -> None:
    """`… → Stable Diffusion (Aug 2022)`: when, not who."""
    assert attribution.cut("(Aug 2022)")[0].authors == ""
    assert attribution.cut("(Mayer 2019)")[0].authors == "Mayer"


@pytest.mark.parametrize(
    ("text", "authors", "lab", "venue"),
    [
        (
            "Ofir Press, Noah A. Smith, Mike Lewis (UW / FAIR, 2021)",
            "Press et al.",
            "UW / FAIR",
            "",
        ),
        ("Iz Beltagy, Matthew E. Peters, Arman Cohan (AI2, 2020)", "Beltagy et al.", "AI2", ""),
        ("Richard Sutton & Andrew Barto, MIT Press, 2018", "Sutton and Barto", "", ""),
    ],
)
def test_round_30_bylines(text: str, authors: str, lab: str, venue: str) -> None:
    """Round 30: "Who made ALiBi?" → "Smith and Lewis" (Press read as a publisher),
    "Who made Longformer?" → "Beltagy et al., AI 2020" (AI2 read as a venue and volume)."""
    found = attribution.cut(text)[0]
    assert (found.authors, found.lab, found.venue) == (authors, lab, venue)


def test_where_a_note_appeared_is_no_claim() -> None:
    """Round 30: "What is Weak Consistency?" → "MIT PhD thesis, 1999"; a Bε-tree's gist
    ";login: magazine, Oct 2015. short!"."""
    thesis = one(
        "27. **Adya — Weak Consistency: A Generalized Theory and Optimistic Implementations for"
        " Distributed Transactions** ([pdf](http://pmg.csail.mit.edu/papers/adya-phd.pdf))\n"
        "    - MIT PhD thesis, 1999\n"
        "    - isolation defined via dependency graphs instead of locks\n"
    )
    magazine = one(
        "8. **An Introduction to Bε-trees and Write-Optimization** ([pdf](https://example.org/b.pdf))\n"
        "   - ;login: magazine, Oct 2015. short!\n"
        "   - buffers in internal nodes, messages flushed down in batches\n"
    )
    for entry, claim in [
        (thesis, "isolation defined via dependency graphs instead of locks"),
        (magazine, "buffers in internal nodes, messages flushed down in batches"),
    ]:
        assert entry.claims[0].text == claim


@pytest.mark.parametrize(
    "remark",
    ["good 20 min read, still holds up", "Two contributions in one paper."],
)
def test_round_30_remarks_are_no_claims(remark: str) -> None:
    assert one(f"- **ACT / ALOHA** (Zhao et al., 2023). {remark}\n").claims == []


def test_a_part_of_the_grade_is_course_logistics() -> None:
    """Round 30: "What is Paper presentation (15%)?" → "once in the semester, in pairs"."""
    made = _cards(
        "## Logistics\n\n"
        "- **Paper presentation (15%)**: once in the semester, in pairs, 25 minutes on an"
        " optional reading.\n"
        "- **Problem sets (25%)**: three PyTorch assignments.\n\n"
        "## Week 1\n\n"
        "- **YOLO** ([arXiv](https://arxiv.org/abs/1506.02640)): detection as one regression.\n"
    )
    assert made
    assert not any("(15%)" in card.front or "(25%)" in card.front for card in made)


def test_a_cloze_never_hides_a_proceedings_link() -> None:
    """Round 30: `**Mask R-CNN** — {{c1::CVF}} — RoIAlign is …`."""
    made = _cards(
        "## Week 4\n\n"
        '- **[R]** Kaiming He, Georgia Gkioxari, Piotr Dollár, Ross Girshick, "Mask R-CNN",'
        " *ICCV 2017*. [CVF](https://openaccess.thecvf.com/content_ICCV_2017/papers/"
        "He_Mask_R-CNN_ICCV_2017_paper.pdf) — RoIAlign is a two-paragraph idea.\n"
    )
    assert not any("CVF" in card.front for card in made)


@pytest.mark.parametrize(
    ("line", "not_name"),
    [
        (
            "- [On the Bottleneck of Graph Neural Networks and its Practical Implications]"
            "(https://arxiv.org/abs/2006.05205) - Uri Alon & Eran Yahav (Technion, ICLR 2021)."
            " Coins **over-squashing**. Fix: fully-adjacent last layer.",
            "Fix",
        ),
        (
            "- [A Comprehensive Survey on Graph Neural Networks](https://arxiv.org/abs/1901.00596)"
            " - Zonghan Wu et al. (IEEE TNNLS, 2020). Taxonomy-heavy: recurrent / convolutional"
            " / autoencoder / spatio-temporal GNNs.",
            "Taxonomy-heavy",
        ),
        (
            "| 2016-07 | DP-SGD + moments accountant | Google | Abadi et al., [Deep Learning with"
            " Differential Privacy](https://arxiv.org/abs/1607.00133), CCS 2016. Precursors:"
            " Song, Chaudhuri & Sarwate 2013 (GlobalSIP) — the accountant is the contribution. |",
            "Precursors",
        ),
        (
            '- Meier et al., "Language models enable zero-shot prediction of the effects of'
            ' mutations on protein function", NeurIPS 2021 (ESM-1v). bioRxiv:'
            " https://www.biorxiv.org/content/10.1101/2021.07.09.450648",
            "bioRxiv",
        ),
        (
            '- Hayes et al., "Simulating 500 million years of evolution with a language model",'
            " *Science* 2025 (ESM3). — preprint was 2024; read the published version.",
            "preprint was 2024",
        ),
    ],
)
def test_round_31_a_word_opening_a_sentence_is_no_name(line: str, not_name: str) -> None:
    """Round 31: "Who made Fix?", "What is Taxonomy-heavy?", "Who made Precursors?", "Who
    made bioRxiv?", "Who made preprint was 2024?": a label, a word of the sentence, a
    preprint server or a clause taken for the paper's name."""
    if line.startswith("|"):
        line = "| Date | Name | Lab | Paper |\n|---|---|---|---|\n" + line
    entry = one(line + "\n")
    assert not_name not in entry.names
    assert all(not_name not in card.front for card in _cards(line + "\n"))


@pytest.mark.parametrize(
    ("text", "lab"),
    [
        ('Meier et al., "Language models enable zero-shot prediction", NeurIPS 2021 (ESM-1v).', ""),
        ("Senior et al., Nature 2020 (CASP13).", ""),
        ("Beltagy et al. (AI2, 2020).", "AI2"),
    ],
)
def test_a_bracketed_model_name_is_no_lab(text: str, lab: str) -> None:
    """Round 31: "Who made …? → Meier et al. (ESM-1v), NeurIPS 2021": a model is no lab."""
    assert attribution.cut(text)[0].lab == lab


@pytest.mark.parametrize(
    ("item", "name", "authors"),
    [
        (
            '- **Joint CTC/attention.** Kim, Hori & Watanabe, "Joint CTC-Attention based'
            ' End-to-End Speech Recognition using Multi-task Learning" (ICASSP 2017) —'
            " [arXiv](https://arxiv.org/abs/1609.06773). The pragmatic fix for attention models"
            " that go off the rails on long utterances.",
            "Joint CTC-Attention based End-to-End Speech Recognition using Multi-task Learning",
            "Kim et al.",
        ),
        (
            "- **Listen, Attend and Spell.** Chan, Jaitly, Le & Vinyals, [Listen, Attend and"
            " Spell](https://arxiv.org/abs/1508.01211) (ICASSP 2016). Attention encoder-decoder"
            " from filterbanks to characters. Read alongside Chorowski et al., [Attention-Based"
            " Models for Speech Recognition](https://arxiv.org/abs/1506.07503) (NeurIPS 2015).",
            "Listen, Attend and Spell",
            "Chan et al.",
        ),
        (
            "- **GAN vocoders.** Kumar et al., [MelGAN](https://arxiv.org/abs/1910.06711)"
            " (NeurIPS 2019); Yamamoto, Song & Kim, [Parallel WaveGAN](https://arxiv.org/abs/"
            "1910.11480) (ICASSP 2020). If you read one, read HiFi-GAN.",
            "MelGAN",
            "Kumar et al.",
        ),
        (
            "- **Production-scale LM TTS.** Łajszczak et al., [BASE TTS](https://arxiv.org/abs/"
            "2402.08093) (Amazon, 2024) and Du et al., [CosyVoice](https://arxiv.org/abs/"
            "2407.05407) (Alibaba, 2024). Both are LLMs over speech tokens.",
            "BASE TTS",
            "Łajszczak et al.",
        ),
    ],
)
def test_round_31_a_blog_headline_names_and_credits_the_paper_it_cites(
    item: str, name: str, authors: str
) -> None:
    """Round 31 (a speech blog): "Who made LAS? → Chiu et al." (a headline's acronym the
    paper builds on), "Who made CTC? → Kim et al.", "Who made Attention-Based Models for
    Speech Recognition? → Chan et al." (a title read as surnames), "Who made Parallel
    WaveGAN? → Kumar et al." (MelGAN's authors), "BASE TTS → Du et al." (Ł no capital)."""
    entry = one(item + "\n")
    assert (entry.name, entry.attribution.authors) == (name, authors)


def test_a_later_sentence_citing_other_people_is_about_their_paper() -> None:
    """Round 31: "What does HuBERT do? → adds denoising and was top of SUPERB" (WavLM's)."""
    entry = one(
        "- **HuBERT & WavLM.** Hsu et al., [HuBERT: Self-Supervised Speech Representation"
        " Learning by Masked Prediction of Hidden Units](https://arxiv.org/abs/2106.07447)"
        " (TASLP 2021) — BERT-style masked prediction of k-means cluster IDs, iterated. Chen et"
        " al., [WavLM](https://arxiv.org/abs/2110.13900) (JSTSP 2022) adds denoising and was"
        " top of SUPERB for a long while.\n"
    )
    assert [(c.kind, c.text) for c in entry.claims] == [
        ("defines", "BERT-style masked prediction of k-means cluster IDs, iterated")
    ]


def test_a_headline_acronym_an_earlier_entry_goes_by_is_what_the_paper_builds_on() -> None:
    """Round 31: "Who made LAS? → Chiu et al., 2018", "Who made RNN-T? → He et al., 2019":
    the papers that took LAS and RNN-T to production, after the entries on them."""
    entries = [
        entry
        for section in parse_text(
            "## ASR\n\n"
            "- **RNN-Transducer.** Graves, [Sequence Transduction with Recurrent Neural"
            " Networks](https://arxiv.org/abs/1211.3711) (2012). Six pages.\n"
            "- **Listen, Attend and Spell.** Chan, Jaitly, Le & Vinyals, [Listen, Attend and"
            " Spell](https://arxiv.org/abs/1508.01211) (ICASSP 2016). Attention from filterbanks"
            " to characters.\n"
            "- **LAS goes to production.** Chiu et al., [State-of-the-art Speech Recognition With"
            " Sequence-to-Sequence Models](https://arxiv.org/abs/1712.01769) (ICASSP 2018)."
            " Google showing LAS beating their own hybrid system on voice search.\n"
            "- **Streaming RNN-T on phones.** He et al., [Streaming End-to-end Speech"
            " Recognition For Mobile Devices](https://arxiv.org/abs/1811.06621) (ICASSP 2019).\n",
            name="t",
        ).sections
        for entry in section.entries
    ]
    assert [entry.name for entry in entries[2:]] == [
        "State-of-the-art Speech Recognition With Sequence-to-Sequence Models",
        "Streaming End-to-end Speech Recognition For Mobile Devices",
    ]


@pytest.mark.parametrize(
    "remark",
    [
        "Peking U. skimmed only",
        'no real paper!! best sources: the 2017 "XLA - TensorFlow, compiled" post',
    ],
)
def test_round_31_reading_status_and_sources_are_no_claims(remark: str) -> None:
    """Round 31: "What is FlexTensor? → Peking U. skimmed only"; XLA's clue "no real
    paper!! best sources: the 2017 ___"."""
    entry = one(f"1. **FlexTensor**\n   - {remark}\n")
    assert not [c for c in entry.claims if "skimmed" in c.text or "paper" in c.text]


def test_round_31_the_fact_before_a_semicolon_stays_and_the_aside_goes() -> None:
    """Round 31: FedProx had no card on what it does: its one sentence ended in an aside."""
    entry = one(
        "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2018-12 | FedProx | CMU | [Federated Optimization in Heterogeneous Networks]"
        "(https://arxiv.org/abs/1812.06127) — Li et al., MLSys 2020. Adds a proximal term to"
        " the local objective; honestly in our experiments µ≈0 was often best, ymmv |\n"
    )
    assert [(c.kind, c.text) for c in entry.claims] == [
        ("does", "Adds a proximal term to the local objective")
    ]


@pytest.mark.parametrize(
    "table",
    [
        # what is left once a citation and a quoted title are taken out
        "| Paper | Links |\n|---|---|\n"
        '| Gboard papers: Hard et al. 2018, "Federated Learning for Mobile Keyboard'
        ' Prediction", plus Ramaswamy et al. 2019 on emoji prediction. |'
        " [arXiv](https://arxiv.org/abs/1811.03604) |",
        # two quoted titles joined by "and the companion"
        "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2016-10 | Federated Optimization / FL comms | Google + Edinburgh | Konečný et al.,"
        ' "Federated Optimization: Distributed Machine Learning for On-Device Intelligence"'
        ' ([arXiv](https://arxiv.org/abs/1610.02527)) and the companion "Federated Learning:'
        ' Strategies for Improving Communication Efficiency" ([arXiv](https://arxiv.org/abs/'
        "1610.05492)). The second one is where structured/sketched updates come from. |",
    ],
)
def test_round_31_citation_leftovers_and_titles_are_no_gist(table: str) -> None:
    made = _cards(table + "\n")
    assert made
    gists = [card.back for card in made if card.kind == "gist"]
    assert not [g for g in gists if '" "' in g or ":," in g or "the companion" in g]
    assert not [card for card in made if '"Federated Optimization' in card.front]


def test_round_31_a_subtitle_is_no_byline() -> None:
    """Round 31: "Who made Federated Learning? → Challenges et al., 2020"; and a subtitle
    that lists what a work covers is no definition of it."""
    found, _ = attribution.cut(
        "Challenges, Methods, and Future Directions — Li, Sahu, Talwalkar & Smith, IEEE"
        " Signal Processing Magazine 2020"
    )
    assert found.authors != "Challenges et al."
    entry = one(
        "- [Probing Classifiers: Promises, Shortcomings, and Advances]"
        "(https://arxiv.org/abs/2102.12452) (Belinkov, 2021)\n"
    )
    assert not [c for c in entry.claims if c.source == "title"]


def test_round_31_a_glossary_term_is_not_credited_with_what_another_name_comes_from() -> None:
    """Round 31: "Who made Contextual bandit? → Li et al., 2010" (LinUCB's people)."""
    entry = one(
        "**Contextual bandit**: explore/exploit with side features; LinUCB comes from Li et al."
        ' 2010 (WWW), "A Contextual-Bandit Approach to Personalized News Article'
        ' Recommendation". https://arxiv.org/abs/1003.0146 .\n'
    )
    assert entry.attribution.authors == ""


def test_round_31_a_later_version_is_not_the_terms_name() -> None:
    """Round 31: "What is DCN-V2? → explicit bounded-degree feature crosses …" (DCN's)."""
    entry = one(
        '**DCN / Deep & Cross Network**: explicit bounded-degree feature crosses via a "cross'
        ' network" alongside a DNN (Wang et al. 2017, ADKDD). [arXiv](https://arxiv.org/abs/'
        "1708.05123). DCN-V2 (Wang et al. 2021, WWW, [arXiv](https://arxiv.org/abs/2008.13535))"
        " makes the cross layer a full matrix + low-rank mixture.\n"
    )
    assert "DCN-V2" not in entry.names


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        (
            "**Two-tower model / dual encoder**: seperate user and item towers, score = dot"
            " product. Sampling-bias correction for in-batch negatives is Yi et al. 2019,"
            ' RecSys, "Sampling-Bias-Corrected Neural Modeling for Large Corpus Item'
            ' Recommendations". see *ANN search*.',
            "ANN search",
        ),
        (
            "**Item-based CF / item-item CF**: compute item–item similarities offline (Sarwar et"
            ' al. 2001, WWW). The Amazon version is Linden, Smith & York 2003, "Amazon.com'
            ' Recommendations: Item-to-Item Collaborative Filtering", IEEE Internet Computing.',
            "Internet Computing",
        ),
    ],
)
def test_round_31_no_cloze_hides_a_cross_reference_or_a_journal(text: str, hidden: str) -> None:
    made = _cards(
        "## Terms\n\n- " + text + "\n- **BPR**: pairwise ranking loss for implicit feedback"
        " (Rendle et al. 2009, UAI).\n"
    )
    assert made
    assert not [card for card in made if "{{c1::" + hidden in card.front]


@pytest.mark.parametrize(
    "remark",
    [
        "encyclopedic, use as lookup not cover-to-cover",
        "the pre-diffusion approach, good historical context",
    ],
)
def test_round_31_how_and_why_to_read_it_are_no_claims(remark: str) -> None:
    entry = one(
        f"- Ricci, Rokach & Shapira (eds.), *Recommender Systems Handbook* (2011) — {remark}\n"
    )
    assert entry.claims == []


@pytest.mark.parametrize(
    ("item", "name", "authors"),
    [
        (
            "- LeNet-5 (LeCun et al. 1998). Yes, it's the ancestor of all of this. If you haven't"
            " read *Gradient-Based Learning Applied to Document Recognition*, at least look at"
            " Figure 2.",
            "Gradient-Based Learning Applied to Document Recognition",
            "LeCun et al.",
        ),
        (
            "- **ShuffleNet v1 and v2.** Zhang, Zhou, Lin & Sun (CVPR 2018, [arXiv](https://"
            "arxiv.org/abs/1707.01083)) introduced channel shuffle; Ma, Zhang, Zheng & Sun's"
            " *ShuffleNet V2: Practical Guidelines for Efficient CNN Architecture Design* (ECCV"
            " 2018, [arXiv](https://arxiv.org/abs/1807.11164)) is the one to actually read.",
            "ShuffleNet v1 and v2",
            "",
        ),
        (
            "- **The ViT shock.** Dosovitskiy et al., *An Image is Worth 16x16 Words* (ICLR 2021,"
            " [arXiv](https://arxiv.org/abs/2010.11929)) and Liu et al., *Swin Transformer* (ICCV"
            " 2021, [arXiv](https://arxiv.org/abs/2103.14030)). Not convnets.",
            "ViT",
            "Dosovitskiy et al.",
        ),
        (
            "- **ZFNet / visualizing what the layers learn.** Zeiler & Fergus, *Visualizing and"
            " Understanding Convolutional Networks* (ECCV 2014) — [arXiv](https://arxiv.org/abs/"
            "1311.2901). See also Olah et al.'s [Feature Visualization](https://distill.pub/2017/"
            "feature-visualization/) on Distill.",
            "ZFNet",
            "Zeiler and Fergus",
        ),
        (
            "- [TabNet: Attentive Interpretable Tabular Learning](https://arxiv.org/abs/1908.07442)"
            " - Sercan Ö. Arık, Tomas Pfister (Google Cloud AI, AAAI 2021). Sequential attention"
            " with sparsemax picks which features to use at each decision step.",
            "TabNet",
            "Arık and Pfister",
        ),
    ],
)
def test_round_32_names_and_bylines(item: str, name: str, authors: str) -> None:
    """Round 32 (a CNN-history blog, a tabular awesome list): "LeNet-5 et al., 1998",
    ShuffleNet v2 credited to v1's people, "The ViT shock" as a paper's name, ZFNet named
    for its See-also's link, TabNet with no authors (a middle initial Ö.)."""
    entry = one(item + "\n")
    assert (entry.name, entry.attribution.authors) == (name, authors)


@pytest.mark.parametrize(
    "remark",
    [
        "The cat-shaped elephant-skin figure.",
        "The perfect bookend to the decade.",
        "hard paper, budget time",
        "Filtering-based counterpoint to everything else this week.",
        "background on NeRF itself: Mildenhall et al., ECCV 2020",
        '"A neural network surpassing GBDTs on tabular data" is a bold subtitle, evaluate'
        " yourself.",
        "Simpler than TabR and about as good.",
        "friendlier version of the paper w/ animated diagrams. give THIS to new hires",
        "same paper as Llama 3 (above).",
        "should probably be in the 2024 table",
        "paper came out Nov 2023.",
        "Skip the chat eval section, the scaling-law section is the interesting part.",
    ],
)
def test_round_32_the_writers_word_is_no_claim(remark: str) -> None:
    entry = one(
        "- Someone et al., [A Long Paper Title Here](https://arxiv.org/abs/2001.00001) (2020)."
        f" {remark}\n"
    )
    assert entry.claims == []


def test_round_32_the_problem_before_so_is_not_the_definition() -> None:
    """Round 32: "What is Shampoo? → full-matrix AdaGrad is too big"."""
    entry = one(
        "## Optimizers\n\n- **Shampoo**: full-matrix AdaGrad is too big, so keep left and right"
        " preconditioners per tensor dimension and take their inverse 4th roots (Gupta, Koren &"
        " Singer 2018).\n- **Adam**: adaptive moments (Kingma & Ba 2015).\n"
    )
    assert entry.claims[0].text.startswith("keep left and right preconditioners")


def test_round_32_an_expansion_in_quotes_is_no_title() -> None:
    """Round 32: "What is the title of the Lion paper? → EvoLved Sign Momentum"."""
    entry = one(
        '**Lion**: "EvoLved Sign Momentum" — found by program search; update is the sign of an'
        " interpolation of momentum and gradient (Chen et al. 2023)."
        " [arXiv](https://arxiv.org/abs/2302.06675)\n"
    )
    assert "EvoLved Sign Momentum" not in entry.paper_titles.values()


@pytest.mark.parametrize(
    "line",
    [
        "- **Paper presentations:** starting week 5, two students per lecture present one of the"
        " optional readings (15 min + 5 min questions).",
        "- **Textbooks (none required to buy):**\n  - Thrun, Burgard & Fox, *Probabilistic"
        " Robotics*, MIT Press 2005. The library has 3 copies on reserve.",
    ],
)
def test_round_32_course_logistics_name_nothing(line: str) -> None:
    made = _cards(
        "## Logistics\n\n"
        + line
        + "\n\n## Week 1\n\n- **YOLO** ([arXiv](https://arxiv.org/abs/1506.02640)): detection"
        " as one regression.\n"
    )
    assert made
    assert not [c for c in made if "Paper presentations" in c.front or "Textbooks" in c.front]


@pytest.mark.parametrize(
    ("text", "authors"),
    [("Kreps, O'Reilly Radar, July 2014 — coins Kappa architecture", "Kreps")],
)
def test_round_32_a_magazine_is_no_author(text: str, authors: str) -> None:
    assert attribution.cut(text)[0].authors == authors


def test_round_32_a_bracket_naming_another_work_cites_that_work() -> None:
    """Round 32: "Who made Vicuna? → Zheng et al. (LMSYS), 2023" (MT-Bench's people)."""
    entry = one(
        "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2023-03 | Vicuna | LMSYS | https://lmsys.org/blog/2023-03-30-vicuna/ — trained on"
        ' ShareGPT conversations; the "90% of ChatGPT" eval was GPT-4-as-judge, which later'
        " became its own paper (MT-Bench / Chatbot Arena, Zheng et al. 2023) |\n"
    )
    assert entry.attribution.authors == ""


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (
            "DNN-based parametric TTS.",
            "Statistical parametric speech synthesis using deep neural networks",
        ),
        ("Inception v2/v3.", "Statistical parametric speech synthesis using deep neural networks"),
    ],
)
def test_a_headlines_adjective_kind_or_version_is_no_name(lead: str, title: str) -> None:
    """`**DNN-based parametric TTS.**` named its paper "DNN-based", then "TTS";
    `**Inception v2/v3.**` named it "v2"."""
    entry = one(f"- **{lead}** Zen, Senior & Schuster, *{title}* (ICASSP 2013). It does a thing.\n")
    assert entry.name == title


@pytest.mark.parametrize(
    ("item", "name", "authors"),
    [
        (
            "- **Segmenter and SegFormer (two papers, read together).** [Segmenter](https://"
            "arxiv.org/abs/2105.05633) (Strudel, Garcia, Laptev & Schmid, ICCV 2021) uses class"
            " embeddings as queries in a mask transformer decoder. [SegFormer](https://arxiv.org/"
            "abs/2105.15203) (Xie et al., NeurIPS 2021) goes the other way.",
            "Segmenter",
            "Strudel et al.",
        ),
        (
            "- **Diffusion models as dense predictors.** [Marigold](https://arxiv.org/abs/"
            '2312.02145) (Ke et al., "Repurposing Diffusion-Based Image Generators for Monocular'
            ' Depth Estimation", CVPR 2024) fine-tunes Stable Diffusion to output depth.'
            " [VPD](https://arxiv.org/abs/2303.02153) (Zhao et al., ICCV 2023) uses diffusion"
            " features for segmentation.",
            "Marigold",
            "Ke et al.",
        ),
        (
            "- **FPN and UPerNet.** FPN (Lin et al., CVPR 2017, [arXiv](https://arxiv.org/abs/"
            "1612.03144)) is a detection paper. [UPerNet](https://arxiv.org/abs/1807.10221) (Xiao"
            ' et al., "Unified Perceptual Parsing for Scene Understanding", ECCV 2018) is FPN +'
            " PPM.",
            "FPN and UPerNet",
            "",
        ),
    ],
)
def test_round_33_the_first_paper_of_a_bullet_is_the_one_its_first_citation_cites(
    item: str, name: str, authors: str
) -> None:
    """Round 33 (a segmentation blog): "Who made SegFormer? → Strudel et al." (Segmenter's),
    "Who made VPD? → Ke et al." (Marigold's), "Who made UPerNet? → Lin et al." (FPN's)."""
    entry = one(item + "\n")
    assert (entry.name, entry.attribution.authors) == (name, authors)


@pytest.mark.parametrize(
    "item",
    [
        "- **Real-time corner.** ENet (Paszke et al. 2016, [arXiv](https://arxiv.org/abs/1606."
        "02147)), ICNet (Zhao et al., ECCV 2018), and [BiSeNet](https://arxiv.org/abs/1808.00897)"
        " (Yu et al., ECCV 2018). If you ship to embedded devices you'll meet BiSeNet.",
        "- **Self-supervised depth** — Godard et al.'s [Monodepth](https://arxiv.org/abs/1609."
        "03677) (CVPR 2017) and [Monodepth2](https://arxiv.org/abs/1806.01260) (ICCV 2019), plus"
        " Zhou et al.'s [SfMLearner](https://arxiv.org/abs/1704.07813) (CVPR 2017).",
    ],
)
def test_round_33_a_plain_heading_over_other_peoples_papers_has_no_maker(item: str) -> None:
    """Round 33: "Who made Real-time corner? → Paszke et al., ECCV 2018" (ENet's people,
    ICNet's venue); "What is Self-supervised depth? → 's Monodepth and Monodepth2, …"."""
    entry = one(item + "\n")
    assert (entry.attribution.authors, entry.attribution.venue) == ("", "")
    assert not any(claim.text.startswith(("'s", "’s")) for claim in entry.claims)


def test_round_33_a_see_pointer_is_no_claim_and_cites_no_maker() -> None:
    """Round 33 (a PGM glossary): clozes on `{{c1::collapsed}}` in a "see …" pointer and on
    the journal `{{c1::Machine Learning}}` of a "(see …)" bracket; "Who made Mean field? →
    Jordan et al., 1999" (the authors of a tutorial about it)."""
    gibbs = one(
        "- **Gibbs sampling**: MCMC that resamples each variable from its conditional given its"
        ' Markov blanket. For the *collapsed* version see Griffiths & Steyvers 2004, "Finding'
        ' scientific topics", *PNAS*.\n'
    )
    assert [claim.text for claim in gibbs.claims] == [
        "MCMC that resamples each variable from its conditional given its Markov blanket"
    ]
    field = one(
        "- **Mean field**: variational inference with a fully factorized q; coordinate ascent"
        ' updates each factor (see Jordan, Ghahramani, Jaakkola & Saul 1999, "An introduction'
        ' to variational methods for graphical models", *Machine Learning*).\n'
    )
    assert field.attribution.authors == ""
    assert all("Machine Learning" not in claim.text for claim in field.claims)


def test_round_33_a_bracketed_model_name_is_no_lab_and_names_the_reading() -> None:
    """Round 33 (an NLG syllabus): "Who made Pointer Networks? → Vinyals et al. (CopyNet)";
    "What is Language Models are Unsupervised Multitask Learners? → the "TL;DR:" …
    result is in sec. 3.6"; the reading the course calls GPT-2 is GPT-2."""
    gpt2 = one(
        '- Radford et al., "Language Models are Unsupervised Multitask Learners" (GPT-2), OpenAI'
        " 2019. [pdf](https://cdn.openai.com/better-language-models/language_models_are_"
        'unsupervised_multitask_learners.pdf) — the "TL;DR:" zero-shot summarization result is'
        " in sec. 3.6; it's bad, which is the point.\n"
    )
    assert gpt2.name == "GPT-2"
    assert gpt2.title == "Language Models are Unsupervised Multitask Learners"
    assert gpt2.claims == []
    unirep = one(
        '- Alley et al., "Unified rational protein engineering with sequence-based deep'
        ' representation learning", *Nature Methods* 2019 (UniRep).\n'
    )
    assert (unirep.name, unirep.attribution.authors) == ("UniRep", "Alley et al.")
    for honour in ("Marr Prize", "arXiv"):
        entry = one(f'- He et al., "Mask R-CNN", ICCV 2017 ({honour}).\n')
        assert entry.name == "Mask R-CNN"
    found, _ = attribution.cut("Gu et al., ACL 2016 (CopyNet)")
    assert (found.authors, found.lab) == ("Gu et al.", "")


def test_round_33_a_journal_name_is_no_author() -> None:
    """Round 33: "Who made Building applied NLG systems? → Reiter et al. (Cambridge), UP
    2000" for `Reiter & Dale, …, Natural Language Engineering 1997. (… Cambridge UP 2000 …)`."""
    found, _ = attribution.cut("Reiter & Dale, Natural Language Engineering 1997.")
    assert found.authors != "Reiter et al."
    found, _ = attribution.cut("(The book version, Cambridge UP 2000, is on reserve.)")
    assert (found.lab, found.venue) == ("", "")


@pytest.mark.parametrize(
    "description",
    [
        'Technical report only: ["Video generation models as world simulators"](https://'
        "openai.com/research/video-generation-models-as-world-simulators).",
        "[Zero-Shot Text-to-Image Generation](https://arxiv.org/abs/2102.12092) (Ramesh et al.)"
        " — blog came in January, the paper only in Feb.",
        "[Wan: Open and Advanced Large-Scale Video Generative Models](https://arxiv.org/abs/"
        "2503.20314) — weights in Feb, report in March.",
        "[Adding Conditional Control to Text-to-Image Diffusion Models](https://arxiv.org/abs/"
        "2302.05543) (Zhang, Rao & Agrawala). Not a new base model, but impossible to leave out.",
    ],
)
def test_round_33_when_a_release_came_out_is_no_claim(description: str) -> None:
    """Round 33 (a model-release table): "What is Sora? → Technical report only:", "What is
    DALL·E? → blog came in January, the paper only in Feb", "What is ControlNet? → Not a new
    base model"."""
    table = "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
    table += f"| 2024-02 | X | OpenAI | {description} |\n"
    entry = parse_text("## S\n" + table).entries[0]
    assert entry.claims == []


@pytest.mark.parametrize(
    "remark",
    [
        "Short, spicy, and the reason every paper since at least *pretends* to report a tuned"
        " BM25+RM3 baseline.",
        "Long, dense, and the only place where the saturation is explained properly.",
        "Great ablation paper, read sections 3 & 4.",
        "Tiny trick, huge gains, now in basically every LTSF model.",
        "Probably the strongest of this generation.",
        "The answer to DLinear.",
        "Pairs nicely with MM1.",
        "Take MTEB retrieval scores with a grain of salt.",
        "Know how M and efSearch trade off memory/latency/recall.",
        "Blog post was Jan 5, arXiv came in late Feb.",
        "Same month as VisualBERT (Li et al., UCLA), which is basically the same idea.",
    ],
)
def test_round_34_a_verdict_or_a_date_is_no_claim(remark: str) -> None:
    """Round 34 (neural-IR blog, forecasting list, VLM table): "What is BM25? → Long, dense,
    and the only place …", "What is RevIN? → Tiny trick, huge gains", "What is MM1? → Great
    ablation paper, read sections 3 & 4", "What is CLIP? → Blog post was Jan 5, …", "What is
    VL-BERT? → Same month as VisualBERT"; and VL-BERT credited to VisualBERT's Li et al."""
    entry = one(f"- **Thing** ([arXiv](https://arxiv.org/abs/2103.00020)). {remark}\n")
    assert entry.claims == []
    assert entry.attribution.authors == ""


def test_round_34_a_verdict_before_a_colon_leaves_what_follows() -> None:
    entry = one(
        "- **Network in Network.** Lin, Chen & Yan ([arXiv](https://arxiv.org/abs/1312.4400))."
        ' Short paper, two big ideas: 1×1 convolutions as "micro-networks" and global average'
        " pooling instead of giant FC layers.\n"
    )
    assert [claim.text for claim in entry.claims] == [
        '1×1 convolutions as "micro-networks" and global average pooling instead of giant FC layers'
    ]


@pytest.mark.parametrize(
    ("item", "authors"),
    [
        (
            "- [An Empirical Evaluation of Generic Convolutional and Recurrent Networks for"
            " Sequence Modeling](https://arxiv.org/abs/1803.01271) - Shaojie Bai, J. Zico Kolter,"
            ' Vladlen Koltun (CMU / Intel, 2018). The "TCN" paper.',
            "Bai et al.",
        ),
        (
            '- **(R)** Jacob Austin, Augustus Odena et al. "Program Synthesis with Large Language'
            ' Models." 2021. [arXiv](https://arxiv.org/abs/2108.07732)',
            "Austin et al.",
        ),
    ],
)
def test_round_34_the_first_author_stays_first(item: str, authors: str) -> None:
    """Round 34: "TCN paper (Kolter and Koltun, 2018)" for Bai, J. Zico Kolter & Koltun (a
    middle name after an initial read as a reference list's `Surname, I.`); "Who made Program
    Synthesis with LLMs? → Odena et al." (a title's full stop left after `et al.`)."""
    assert one(item + "\n").attribution.authors == authors


def test_round_34_a_journal_in_the_bracket_after_the_link_is_no_name() -> None:
    """Round 34: "What is the title of the FnTIR paper (FnTIR, 2018)?"."""
    entry = one(
        "- **The Mitra & Craswell intro.** Bhaskar Mitra and Nick Craswell, [An Introduction to"
        " Neural Information Retrieval](https://www.microsoft.com/en-us/research/publication/"
        "introduction-neural-information-retrieval/) (FnTIR, 2018).\n"
    )
    assert entry.name != "FnTIR"


def test_round_34_an_acronym_before_a_hyphen_spelled_by_the_title_gives_the_name_away() -> None:
    """Round 34: "*Efficiently Teaching an Effective Dense Retriever with Balanced Topic Aware
    Sampling* — What is this paper known as? → TAS-B"."""
    cards = _cards(
        "## S\n- **TAS-B.** Hofstätter et al., [Efficiently Teaching an Effective Dense Retriever"
        " with Balanced Topic Aware Sampling](https://arxiv.org/abs/2104.06967) (SIGIR 2021).\n"
    )
    assert [card.kind for card in cards if "TAS-B" in card.back and card.kind == "paper-name"] == []
    assert any(card.kind == "attribution" for card in cards)


def test_round_34_a_doubt_in_brackets_is_no_part_of_a_claim() -> None:
    entry = one(
        "- **Ibaraki & Kameda 1984**\n  - the NP-hardness result for join ordering (for general"
        " cost functions / with cross products?? check)\n"
    )
    assert [claim.text for claim in entry.claims] == ["the NP-hardness result for join ordering"]


@pytest.mark.parametrize(
    "item",
    [
        "- **Model-based RL**: learn a model of the environment's dynamics and use it for"
        " planning. Examples: Dyna (Sutton 1990, the ancestor of all of this), PETS (Chua et al."
        " 2018), MuZero.",
        "- **On-policy vs off-policy**: on-policy methods learn about the policy that's"
        " generating the data (SARSA, PPO). See *importance sampling* — (TODO: write that entry,"
        " Precup et al. 2000).",
        "- **Rainbow**: DQN + double Q + dueling nets (Wang et al. 2016) + PER + multi-step"
        " returns + noisy nets, with an ablation of each.",
    ],
)
def test_round_34_an_example_a_todo_or_a_part_cites_no_maker(item: str) -> None:
    """Round 34 (an RL glossary): "Who made Model-based RL? → Sutton, 1990" (Dyna's), "Who
    made On-policy vs off-policy? → Precup et al., 2000" (a TODO), "Who made Rainbow? → Wang
    et al., 2016" (dueling networks, one of its parts)."""
    assert one(item + "\n").attribution.authors == ""


def test_round_34_a_title_ending_in_a_noun_like_retrieval_spells_the_acronym() -> None:
    """Round 34: no "What does DPR stand for?" card for *Dense Passage Retrieval for
    Open-Domain Question Answering*: "Retrieval" was read as an adjective whose noun
    follows (as *Convolutional* in *… Graph Convolutional Networks*)."""
    cards = _cards(
        "## S\n- **DPR.** Karpukhin et al., [Dense Passage Retrieval for Open-Domain Question"
        " Answering](https://arxiv.org/abs/2004.04906) (EMNLP 2020), FAIR.\n"
    )
    assert [(card.front, card.back) for card in cards if card.kind == "acronym"] == [
        ("What does **DPR** stand for?", "Dense Passage Retrieval")
    ]


@pytest.mark.parametrize(
    ("item", "name"),
    [
        (
            "- **Iterate.** Hoang et al., *Iterative Back-Translation for Neural Machine"
            " Translation* (WNMT 2018). No link, it's on the Anthology somewhere.",
            "Iterative Back-Translation for Neural Machine Translation",
        ),
        (
            "- **Massive.** Aharoni, Johnson & Firat, [Massively Multilingual Neural Machine"
            " Translation](https://arxiv.org/abs/1903.00089) (NAACL 2019).",
            "Massively Multilingual Neural Machine Translation",
        ),
        (
            "- **LLMs as judges.** Kocmi & Federmann, [Large Language Models Are State-of-the-Art"
            " Evaluators of Translation Quality](https://arxiv.org/abs/2302.14520) (EAMT 2023)."
            " GEMBA. A prompt that beats COMET at system-level ranking.",
            "GEMBA",
        ),
        (
            "- **Deep RNNs + CTC.** Graves, Mohamed & Hinton, [Speech Recognition with Deep"
            " Recurrent Neural Networks](https://arxiv.org/abs/1303.5778) (ICASSP 2013).",
            "Speech Recognition with Deep Recurrent Neural Networks",
        ),
        (
            "- **GPT vs MT.** Hendy et al., [How Good Are GPT Models at Machine Translation? A"
            " Comprehensive Evaluation](https://arxiv.org/abs/2302.09210) (Microsoft, 2023). Both:"
            " great for high-resource, shaky for low-resource.",
            "How Good Are GPT Models at Machine Translation? A Comprehensive Evaluation",
        ),
    ],
)
def test_round_35_a_headline_word_is_no_name(item: str, name: str) -> None:
    """Round 35 (a machine-translation blog): "Who made Iterate?", "Who made Massive?",
    "Who made LLMs? → Kocmi and Federmann", "Who made Both? → Hendy et al.", and in an
    earlier list "What does RNNs stand for?" for a paper headed "Deep RNNs + CTC"."""
    assert one(item + "\n").name == name


@pytest.mark.parametrize(
    ("item", "authors"),
    [
        (
            "- **Jensen–Shannon divergence (JSD)**: JS(P,Q) = ½KL(P‖M) + ½KL(Q‖M). Symmetric,"
            " bounded by log 2. The original GAN objective at the optimal discriminator is"
            " 2·JS − log 4 (Goodfellow et al. 2014).",
            "",
        ),
        (
            "- **Total correlation / multi-information**: the multivariate generalization of MI"
            " (Watanabe 1960, IBM J. Res. Dev.). Penalizing it is the β-TCVAE decomposition"
            " (Chen et al. 2018).",
            "",
        ),
        (
            "- **Laplace approximation**: Gaussian at the MAP with covariance = inverse Hessian."
            ' Old (MacKay 1992), newly cheap thanks to KFAC/GGN approximations; see "Laplace'
            ' Redux" (Daxberger et al. NeurIPS 2021).',
            "MacKay",
        ),
    ],
)
def test_round_35_a_closing_citation_of_another_named_thing_is_not_the_terms(
    item: str, authors: str
) -> None:
    """Round 35 (an information-theory glossary): "Who made Jensen–Shannon divergence? →
    Goodfellow et al., 2014"; "Who made Total correlation? → IBM, 1960"."""
    entry = one(item + "\n")
    assert entry.attribution.authors == authors
    if not authors:
        assert not entry.attribution
    # (a work quoted by name keeps its own citation, r62: `see "Laplace Redux" (Daxberger …)`)
    quoted = [("Laplace Redux", "Daxberger et al.")] if "Laplace Redux" in item else []
    assert [(m.name, m.authors) for m in entry.mentions] == quoted


def test_round_35_a_bullet_citing_two_papers_first_defines_neither() -> None:
    """Round 35: "Who made XLM? → Liu et al., NeurIPS 2019" (mBART's people) and "What is
    XLM? → Conneau & Lample, and, Multilingual Denoising …"; after the fix, the sentence
    after the two citations (mBART's recipe) is no definition of XLM either."""
    entry = one(
        "- **Pretraining makes it easier.** Conneau & Lample, [Cross-lingual Language Model"
        " Pretraining](https://arxiv.org/abs/1901.07291) (XLM, NeurIPS 2019), and Liu et al.,"
        " [Multilingual Denoising Pre-training for Neural Machine Translation](https://arxiv.org/"
        "abs/2001.08210) (mBART, TACL 2020). Pretrain a seq2seq denoiser on many languages,"
        " fine-tune on tiny bitext.\n"
    )
    assert (entry.name, entry.attribution.authors) == ("XLM", "Conneau and Lample")
    assert [claim.kind for claim in entry.claims] == ["says"]


def test_round_35_a_lab_with_et_al_inside_a_bracket_is_no_second_author_set() -> None:
    """`(UT Austin et al., 2023)` is the labs, not a second paper's people: the entry's
    sentence after it still says what H2O is."""
    entry = one(
        "- [H2O: Heavy-Hitter Oracle for Efficient Generative Inference of Large Language"
        " Models](https://arxiv.org/abs/2306.14048) - Zhenyu Zhang et al. (UT Austin et al.,"
        ' 2023). A few "heavy hitter" tokens get most of the attention mass.\n'
    )
    assert entry.claims[0].kind == "defines"
    assert attribution.people_in("Zhang et al. (UT Austin et al., 2023)") == ["Zhang et al."]


def test_round_35_where_to_get_it_is_no_claim() -> None:
    entry = one(
        "- **Elements of Causal Inference** — Peters, Janzing & Schölkopf (MIT Press, 2017)."
        " open access from MIT Press.\n"
    )
    assert entry.claims == []


def test_round_35_a_table_link_that_cites_people_is_no_title() -> None:
    """Round 35 (a medical-imaging awesome list's dataset table): "What is the title of the
    ChestX-ray8 / ChestX-ray14 paper? → *Wang et al., CVPR 2017*"."""
    table = (
        "| Dataset | Modality | Paper |\n|---|---|---|\n"
        "| ChestX-ray14 | CXR | [Wang et al., CVPR 2017](https://arxiv.org/abs/1705.02315) |\n"
        "| MIMIC-CXR | CXR | [Johnson et al., Sci Data 2019](https://arxiv.org/abs/1901.07042) |\n"
    )
    entries = parse_text("## Datasets\n\n" + table).entries
    assert [(e.paper_titles, e.attribution.authors, e.attribution.venue) for e in entries] == [
        ({}, "Wang et al.", "CVPR 2017"),
        ({}, "Johnson et al.", "Sci Data 2019"),
    ]


@pytest.mark.parametrize(
    ("item", "name", "authors"),
    [
        (
            '5. **Shenandoah — Flood, Kennke, Dinn, Haley & Westrelin 2016, "Shenandoah: An'
            ' open-source concurrent compacting garbage collector for OpenJDK"**'
            " ([pdf](https://dl.acm.org/doi/10.1145/2972206.2972210))",
            "Shenandoah",
            "Flood et al.",
        ),
        (
            '6. **jemalloc — Jason Evans 2006, "A Scalable Concurrent malloc(3) Implementation'
            ' for FreeBSD"** ([pdf](https://people.freebsd.org/~jasone/jemalloc/bsdcan2006/'
            "jemalloc.pdf))",
            "jemalloc",
            "Evans",
        ),
        (
            "- **WaveNet (van den Oord et al., DeepMind, 2016).** The paper that started it all."
            " Read [the arXiv paper](https://arxiv.org/abs/1609.03499) but honestly the"
            " [DeepMind blog post](https://deepmind.com/blog/article/wavenet-generative-model-raw-"
            "audio) is what made everyone lose their minds.",
            "WaveNet",
            "van den Oord et al.",
        ),
        (
            "- If you need a VAE refresher: Kingma & Welling, *Auto-Encoding Variational Bayes*,"
            " ICLR 2014 ([arXiv](https://arxiv.org/abs/1312.6114)).",
            "Auto-Encoding Variational Bayes",
            "Kingma and Welling",
        ),
    ],
)
def test_round_36_the_name_before_a_byline_and_the_people_after_it(
    item: str, name: str, authors: str
) -> None:
    """Round 36 (GC notes, an audio blog, a genomics syllabus): "Who made Shenandoah — Flood,
    …? → Hat, PPPJ 2016", "Who made jemalloc — Jason Evans 2006, …? → BSDCan, 2006", "What
    is the title of the WaveNet paper? → DeepMind blog post", "Who made If you need a VAE
    refresher? → Kingma et al."."""
    entry = one(item + "\n")
    assert (entry.name, entry.attribution.authors) == (name, authors)
    assert "DeepMind blog post" not in entry.paper_titles.values()


@pytest.mark.parametrize(
    "remark",
    [
        "SIGSOFT/SIGPLAN symposium on Practical Software Development Environments, 1984",
        "MSR-TR-2019-18, also APLAS 2019",
        "Logistic regression wins again lol",
        "For background read Levine's offline RL tutorial first",
        "short and opinionated, good discussion paper",
        "Became a very big deal in 2025 (R1) but that's out of scope here",
    ],
)
def test_round_36_a_venue_line_a_report_number_or_a_quip_is_no_claim(remark: str) -> None:
    """Round 36: "What is Generation Scavenging? → SIGSOFT/SIGPLAN symposium …, 1984", "What
    is CellTypist? → Logistic regression wins again lol", "What is CQL? → For background
    read 's offline RL tutorial first"."""
    entry = one(f"1. **Thing** ([pdf](https://example.org/thing.pdf))\n   - {remark}\n")
    assert entry.claims == []


def test_round_36_a_week_of_course_logistics_is_no_entry() -> None:
    """Round 36: "What is Week 12? → no lecture, project check-ins during OH"."""
    reading = parse_text(
        "## Schedule\n\n- Week 11: Kingma & Welling, *Auto-Encoding Variational Bayes*, ICLR"
        " 2014.\n- Week 12: no lecture, project check-ins during OH\n- Week 14: **Poster"
        " session**, Thursday, Stanley atrium. Pizza provided.\n"
    )
    assert [entry.name for entry in reading.entries] == ["Auto-Encoding Variational Bayes"]


def test_round_37_the_people_right_before_the_linked_title_made_it() -> None:
    """Round 37 (an adversarial-robustness blog): "Who made Globally-Robust Neural
    Networks? → Trockman et al., ICLR 2021" (the other paper of the bullet)."""
    entry = one(
        '- **Lipschitz networks.** Trockman & Kolter, "Orthogonalizing Convolutional Layers'
        ' with the Cayley Transform" (ICLR 2021) and Leino, Wang & Fredrikson, [Globally-Robust'
        " Neural Networks](https://arxiv.org/abs/2102.08452) (ICML 2021). Certification by"
        " construction.\n"
    )
    assert entry.name == "Globally-Robust Neural Networks"
    assert (entry.attribution.authors, entry.attribution.venue) == ("Leino et al.", "ICML 2021")


@pytest.mark.parametrize(
    ("item", "name"),
    [
        (
            '- **DeepMind\'s "scale it up" papers.** Gowal et al., [Uncovering the Limits of'
            " Adversarial Training against Norm-Bounded Adversarial Examples](https://arxiv.org/"
            "abs/2010.03593) (2020).",
            "Uncovering the Limits of Adversarial Training against Norm-Bounded Adversarial"
            " Examples",
        ),
        (
            "- **ViTs and ImageNet.** Bai et al., [Are Transformers More Robust Than CNNs?]"
            "(https://arxiv.org/abs/2111.05464) (NeurIPS 2021).",
            "Are Transformers More Robust Than CNNs?",
        ),
    ],
)
def test_round_37_a_lab_or_a_plural_in_a_headline_is_no_name(item: str, name: str) -> None:
    """Round 37: "*Uncovering the Limits of Adversarial Training …* — What is this paper known
    as? → DeepMind"; "Who made ViTs?"."""
    assert one(item + "\n").name == name


def test_round_37_a_hyphenated_name_is_one_name_not_a_mention() -> None:
    """Round 37 (a learning-theory glossary): "Who made Cantelli, and when? → Alon et al.,
    1997" from `uniform Glivenko–Cantelli (Alon, Ben-David, …, 1997)`."""
    entry = one(
        "- **Fat-shattering dimension**: scale-sensitive VC for real-valued classes (Kearns &"
        " Schapire 1994). Finite at every scale ⇔ uniform Glivenko–Cantelli (Alon, Ben-David,"
        " Cesa-Bianchi & Haussler 1997).\n"
    )
    assert entry.mentions == []
    replay = one(
        "- **Experience replay**: store transitions in a buffer. Variants: prioritized replay"
        " (Schaul et al. 2015), hindsight replay / HER (Andrychowicz et al. 2017).\n"
    )
    assert [m.name for m in replay.mentions] == ["HER"]


@pytest.mark.parametrize(
    ("item", "ends"),
    [
        (
            "- **PAC learning**: a class is PAC learnable if for every ε, δ there's a sample"
            " size m(ε, δ), polynomial in 1/ε and 1/δ, such that with prob ≥ 1−δ the learner"
            " outputs a hypothesis with error ≤ ε, for every distribution (Valiant 1984).",
            "for every distribution",
        ),
        (
            "- **Fundamental theorem of statistical learning**: for binary classification with"
            " 0-1 loss, the following are equivalent: H has finite VC dimension ⇔ H has the"
            " uniform convergence property ⇔ ERM is a PAC learner ⇔ H is agnostic PAC learnable"
            " (Blumer et al. 1989).",
            "H is agnostic PAC learnable",
        ),
    ],
)
def test_round_37_a_long_definition_is_not_cut_where_its_clause_goes_on(
    item: str, ends: str
) -> None:
    """Round 37 (a learning-theory glossary): "What is PAC learning? → … polynomial in 1/ε
    and 1/δ, such"; "What is the Fundamental theorem …? → … the following are equivalent"."""
    assert one(item + "\n").claims[0].text.endswith(ends)


@pytest.mark.parametrize(
    "remark",
    [
        'Long but the "recipe" part at the end is a goldmine of tricks for BEV detectors.',
        'Multi-vector, so not a "single embedding" model, but too influential to leave out.',
        "Notoriously hard to reproduce the IMDB numbers.",
        "Same group as PointRCNN.",
        "chs 8–9 (intro to optimization, data-flow), ch 13 regalloc.",
    ],
)
def test_round_37_the_writers_word_on_a_reading_is_no_claim(remark: str) -> None:
    """Round 37 (driving-perception list, embeddings table, compiler notes): "What is PV-RCNN?
    → Same group as PointRCNN", "… → ColBERT", "What is Engineering a Compiler? → chs 8–9
    …", "Notoriously hard to reproduce the IMDB numbers → doc2vec"."""
    entry = one(f"- **Thing** ([arXiv](https://arxiv.org/abs/2103.00020)). {remark}\n")
    assert entry.claims == []


@pytest.mark.parametrize(
    ("item", "authors"),
    [
        (
            "- **Factorization machines.** *Factorization Machines* (Steffen Rendle, ICDM 2010)."
            " The model that unified matrix factorization with feature-based regression.",
            "Rendle",
        ),
        (
            "- **Sparse linear models that refuse to die.** *SLIM: Sparse Linear Methods for"
            " Top-N Recommender Systems* (Xia Ning & George Karypis, ICDM 2011). No link.",
            "Ning and Karypis",
        ),
        (
            "- **Multi-task.** *Modeling Task Relationships in Multi-task Learning with"
            " Multi-gate Mixture-of-Experts* (Jiaqi Ma, Zhe Zhao, Xinyang Yi, Jilin Chen,"
            " Lichan Hong & Ed Chi, KDD 2018) — MMoE. Then *Recommending What Video to Watch"
            " Next* (Zhao et al., RecSys 2019), which is MMoE applied to YouTube.",
            "Ma et al.",
        ),
    ],
)
def test_round_38_people_named_in_full_in_a_bracket_made_it(item: str, authors: str) -> None:
    """Round 38 (a recommender-systems blog): "Who made MMoE? → Zhao et al., KDD 2018" (the
    next paper's people: the bracket's whole names were not read), `Machines` as the author
    of *Factorization Machines* (the title's last word read as a surname)."""
    entry = one(item + "\n")
    assert entry.attribution.authors == authors
    found, _ = attribution.cut("Factorization Machines (Steffen Rendle, ICDM 2010). The model")
    assert found.authors == "Rendle"
    assert attribution.byline("Factorization Machines (Steffen Rendle, ICDM 2010).") is None


@pytest.mark.parametrize(
    ("item", "title", "authors"),
    [
        (
            "- **Two towers and their negatives.** *Sampling-Bias-Corrected Neural Modeling for"
            " Large Corpus Item Recommendations* (Yi, Yang, Hong, Cheng, Heldt, Kumthekar,"
            " Zhao, Wei & Chi, RecSys 2019). The logQ correction for in-batch negatives. See"
            " also: [Self-supervised Learning for Large-scale Item"
            " Recommendations](https://arxiv.org/abs/2007.12865) (Yao et al., CIKM 2021).",
            "Sampling-Bias-Corrected Neural Modeling for Large Corpus Item Recommendations",
            "Yi et al.",
        ),
        (
            "- **Top-N is not rating prediction.** *Performance of Recommender Algorithms on"
            " Top-N Recommendation Tasks* (Cremonesi, Koren & Turrin, RecSys 2010). The paper"
            " that showed RMSE winners aren't ranking winners.",
            "Performance of Recommender Algorithms on Top-N Recommendation Tasks",
            "Cremonesi et al.",
        ),
    ],
)
def test_round_38_a_headline_over_an_italic_title_and_its_citation_is_no_name(
    item: str, title: str, authors: str
) -> None:
    """Round 38: "What is described here? *The paper that showed RMSE winners …* → Top-N is
    not rating prediction" (the post's heading, not the paper it cites in italics), and the
    italic title filed under the "See also" tail's paper."""
    entry = one(item + "\n")
    assert (entry.title, entry.name, entry.attribution.authors) == (title, title, authors)
    assert entry.paper_titles == {"title": title}  # not the See-also paper's


@pytest.mark.parametrize(
    "item",
    [
        "- **From the ads world.** *Ad Click Prediction: a View from the Trenches* (McMahan"
        " et al., KDD 2013).",
        "1. **Amazon Aurora: Design Considerations for High Throughput Cloud-Native"
        " Relational Databases** (SIGMOD 2017)",
    ],
)
def test_round_38_a_subtitle_on_the_paper_itself_is_no_definition(item: str) -> None:
    """Round 38 (notes on databases): "What is Amazon Aurora? → Design Considerations for
    High Throughput Cloud-Native Relational Databases", "What is Ad Click Prediction? → a
    View from the Trenches"."""
    claims = one(item + "\n").claims
    assert not [c for c in claims if c.source == "title" or c.text.startswith("a View")]


def test_round_38_a_journal_and_its_dates_is_no_claim() -> None:
    """Round 38 (a protein-ML table): "What is described here? *Science (Jan 2025; bioRxiv
    June 2024)* → ESM3"."""
    table = (
        "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2024-06 | ESM3 | EvolutionaryScale | [Simulating 500 million years of evolution"
        " with a language model](https://doi.org/10.1126/science.ads0018) — *Science* (Jan"
        " 2025; bioRxiv June 2024). Multimodal generative model over sequence, structure and"
        " function tokens. |\n"
    )
    entry = parse_text("## S\n\n" + table).entries[0]
    assert [c.text for c in entry.claims][:1] == [
        "Multimodal generative model over sequence, structure and function tokens"
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("ProtBert, ProtT5 etc., trained on up to 393B amino acids on Summit.", ["says"]),
        ("Comprehensive up to about 2018.", []),
    ],
)
def test_round_38_members_or_a_verdict_on_coverage_define_nothing(
    text: str, kinds: list[str]
) -> None:
    """Round 38: "What is ProtTrans? → ProtBert, ProtT5 etc", "What is Deep Learning based
    Recommender System: A Survey …? → Comprehensive up to about 2018"."""
    table = (
        "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2022 | ProtTrans | Rostlab | [ProtTrans: Toward Understanding the Language of"
        f" Life](https://arxiv.org/abs/2007.06225) — *IEEE TPAMI*. {text} |\n"
    )
    entry = parse_text("## S\n\n" + table).entries[0]
    assert [c.kind for c in entry.claims] == kinds


def test_round_38_the_fields_acronym_in_a_headline_names_no_paper() -> None:
    """Round 38: "*Top-K Off-Policy Correction for a REINFORCE Recommender System* (2019):
    What is this paper known as? → RL" (from the heading `**Off-policy RL at YouTube.**`)."""
    entry = one(
        "- **Off-policy RL at YouTube.** [Top-K Off-Policy Correction for a REINFORCE"
        " Recommender System](https://arxiv.org/abs/1812.02353) (Minmin Chen, Alex Beutel,"
        " Paul Covington, Sagar Jain, Francois Belletti & Ed Chi, WSDM 2019). One of the few"
        " RL-for-recsys papers with real production results.\n"
    )
    assert entry.name == "Top-K Off-Policy Correction for a REINFORCE Recommender System"
    assert entry.attribution.authors == "Chen et al."
    dry = one(
        "- **Evaluation.** *Evaluating Collaborative Filtering Recommender Systems* (Herlocker,"
        " Konstan, Terveen & Riedl, TOIS 2004). Long, dry, and still correct about most"
        " things.\n"
    )
    assert dry.claims == []  # the writer's verdict


def test_round_38_a_rebuttal_is_not_the_work_it_answers() -> None:
    """Round 38: "Who made NCF, and when? → Rendle et al., RecSys 2020" (the rebuttal's
    people: NCF is He et al., WWW 2017) from the heading `**The NCF rebuttal.**`; and a
    title with `vs.` in it is one paper's, whose people made it."""
    entry = one(
        "- **The NCF rebuttal.** [Neural Collaborative Filtering vs. Matrix Factorization"
        " Revisited](https://arxiv.org/abs/2005.09683) (Rendle, Krichene, Zhang & Anderson,"
        " RecSys 2020). Shows that an MLP struggles to learn a dot product, and that a"
        " properly tuned MF beats NCF. Read it after the original [Neural Collaborative"
        " Filtering](https://arxiv.org/abs/1708.05031) paper (He, Liao, Zhang, Nie, Hu & Chua,"
        " WWW 2017).\n"
    )
    assert entry.name == "Neural Collaborative Filtering vs. Matrix Factorization Revisited"
    assert (entry.attribution.authors, entry.attribution.venue) == ("Rendle et al.", "RecSys 2020")


def test_round_38_a_name_after_the_readings_link_and_no_venue_from_another_citation() -> None:
    """Round 38 (a speech syllabus): no card named Whisper or VITS (the bracket after the
    arXiv link), and "Who made Achieving Human Parity …? → Xiong et al., ICASSP 1992" (the
    venue of the corpus paper the note says to read alongside)."""
    whisper = one(
        '- A. Radford, J. W. Kim, T. Xu, G. Brockman, C. McLeavey, I. Sutskever, "Robust'
        ' Speech Recognition via Large-Scale Weak Supervision," *ICML 2023*.'
        " [arXiv:2212.04356](https://arxiv.org/abs/2212.04356) (Whisper)\n"
    )
    assert (whisper.name, whisper.attribution.venue) == ("Whisper", "ICML 2023")
    rnnlm = one(
        '- T. Mikolov, M. Karafiát, L. Burget, "Recurrent Neural Network Based Language'
        ' Model," *Interspeech 2010*. [PDF (BUT)](https://www.fit.vutbr.cz/mikolov.pdf)\n'
    )
    assert rnnlm.name == "Recurrent Neural Network Based Language Model"  # not `BUT`
    parity = one(
        '- W. Xiong et al., "Achieving Human Parity in Conversational Speech Recognition,"'
        " Microsoft Research technical report, 2016."
        " [arXiv:1610.05256](https://arxiv.org/abs/1610.05256) — read alongside the"
        ' Switchboard corpus description (Godfrey, Holliman & McDaniel, "SWITCHBOARD:'
        ' Telephone speech corpus for research and development," *ICASSP 1992*) and ask'
        ' what "human parity" is measured against.\n'
    )
    found = parity.attribution
    assert (found.authors, found.year, found.venue) == ("Xiong et al.", 2016, "")


def _row(name: str, paper: str) -> Entry:
    table = f"| Date | Name | Lab | Paper |\n|---|---|---|---|\n| 2016 | {name} | — | {paper} |\n"
    return parse_text("## S\n\n" + table).entries[0]


@pytest.mark.parametrize(
    ("paper", "authors"),
    [
        (
            'Robbins & Monro, "A Stochastic Approximation Method", *Annals of Mathematical'
            " Statistics* 22(3). The root of every SGD convergence proof.",
            "Robbins and Monro",
        ),
        ('Dozat, "Incorporating Nesterov Momentum into Adam", ICLR 2016 Workshop track.', "Dozat"),
    ],
)
def test_round_39_a_citation_with_a_volume_or_a_track_names_its_people(
    paper: str, authors: str
) -> None:
    """Round 39 (an optimizers table): "Who made Stochastic approximation? → Univ. of North
    Carolina, 1951", "What is Nadam? → Dozat, "Incorporating Nesterov Momentum into Adam",
    Workshop track" (the volume `22(3)` and the track read as people)."""
    entry = _row("Thing", paper)
    assert entry.attribution.authors == authors
    assert not any("Workshop track" in c.text or '"' in c.text for c in entry.claims)


@pytest.mark.parametrize(
    ("paper", "kinds"),
    [
        (
            "[Cyclical Learning Rates for Training Neural Networks](https://arxiv.org/abs/1506."
            '01186) — Leslie N. Smith (WACV 2017). Also introduces the "LR range test".',
            ["introduces"],  # (a second thing it brought: "Which paper introduced …?")
        ),
        (
            "[SGDR: Stochastic Gradient Descent with Warm Restarts](https://arxiv.org/abs/1608."
            "03983) — Loshchilov & Hutter (ICLR 2017). The restarts are mostly forgotten; the"
            " single cosine decay is everywhere.",
            [],
        ),
    ],
)
def test_round_39_a_second_thing_or_its_fate_says_not_what_it_is(
    paper: str, kinds: list[str]
) -> None:
    """Round 39: "What is Cyclical learning rates? → Also introduces the LR range test",
    "What is Cosine annealing / SGDR? → The restarts are mostly forgotten"."""
    assert [c.kind for c in _row("Thing", paper).claims] == kinds


def test_round_39_no_paper_is_known_by_what_its_row_says_it_brought() -> None:
    """Round 39: "*Attention Is All You Need* (Vaswani et al., 2017): What is this paper known
    as? → Inverse-square-root with warmup" (the table row's name: a schedule, no name)."""
    table = (
        "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2017 | Inverse-square-root with warmup | Google | [Attention Is All You"
        " Need](https://arxiv.org/abs/1706.03762) — Vaswani et al. (NeurIPS 2017). |\n"
        "| 2017 | Transformer | Google | [Attention Is All You"
        " Need](https://arxiv.org/abs/1706.03762) — Vaswani et al. (NeurIPS 2017). |\n"
    )
    made = template_cards(parse_text("## S\n\n" + table, name="t"), load_templates()).cards
    known_as = [c.back for c in made if c.kind == "paper-name"]
    assert known_as == ["**Transformer**"]


def test_round_39_a_notes_first_bullet_and_a_mark_before_the_title_name_nothing() -> None:
    """Round 39 (OS notes): "Who made PDP-11? → Ritchie and Thompson" (`- PDP-11; system
    rewritten in C` under the UNIX paper), "What is ⭐ The Design and Implementation of…?"
    (the mark before the bold title hid it)."""
    unix = one(
        "1. ⭐ **The UNIX Time-Sharing System** ([pdf](https://dsf.berkeley.edu/unix.pdf))\n"
        "   - Dennis Ritchie & Ken Thompson, CACM 1974\n"
        "   - PDP-11; system rewritten in C\n"
    )
    assert unix.name == "The UNIX Time-Sharing System"
    lfs = one(
        "1. ⭐ **The Design and Implementation of a Log-Structured File System**"
        " ([pdf](https://x.org/LFS.pdf))\n"
        "   - Mendel Rosenblum & John Ousterhout, SOSP 1991\n"
    )
    assert lfs.name == "The Design and Implementation of a Log-Structured File System"
    assert lfs.attribution.authors == "Rosenblum and Ousterhout"
    book = one(
        "- **The Book of Why** — Pearl and Dana Mackenzie (Basic Books, 2018). The pop-science"
        " version.\n"
    )
    assert book.attribution.authors == "Pearl and Mackenzie"  # (no person named Basic Books)


@pytest.mark.parametrize(
    "term",
    [
        "**Bayes factor**: Ratio of marginal likelihoods p(y | M₁) / p(y | M₂). Sensitive to"
        " the prior — read the warnings before using it (Kass & Raftery 1995, *JASA*).",
        "**Divergent transition**: A warning from HMC/NUTS that the leapfrog trajectory's"
        " energy error blew up. Divergences signal biased estimates — don't just raise"
        " `adapt_delta` and move on (Betancourt 2017, [arXiv](https://arxiv.org/abs/1701.02434)).",
        "**Gaussian process**: A prior over functions in which every finite set of function"
        " values is jointly Gaussian (Rasmussen & Williams 2006, *Gaussian Processes for"
        " Machine Learning*, MIT Press).",
    ],
)
def test_round_39_a_glossarys_reading_or_textbook_made_no_term(term: str) -> None:
    """Round 39 (a Bayesian-statistics glossary): "Who made Bayes factor? → Kass and
    Raftery, 1995", "Divergent transition → Betancourt, 2017", "Gaussian process →
    Rasmussen and Williams, 2006": the review, the explainer and the textbook it cites."""
    others = "\n\n**Other**: a thing in a list.\n\n**Third**: another thing here.\n"
    entry = parse_text("# G\n\n## Terms\n\n" + term + others).entries[0]
    assert entry.attribution.authors == ""
    assert entry.claims  # its definition stays


@pytest.mark.parametrize(
    ("item", "name"),
    [
        (
            "- **Practical obstacles** — [Practical Obstacles to Deploying Active"
            " Learning](https://arxiv.org/abs/1807.04801), David Lowell, Zachary Lipton and Byron"
            " Wallace (EMNLP-IJCNLP 2019). The single most important paper in this post for"
            " practitioners. The actively-acquired dataset is tied to the model that acquired"
            " it: swap architectures later and the gains can vanish or reverse.",
            "Practical Obstacles to Deploying Active Learning",
        ),
        (
            '- **Theory, for the skeptics** — Sanjoy Dasgupta, "Two Faces of Active Learning"'
            " (*Theoretical Computer Science*, 2011). Distinguishes two views of active learning.",
            "Two Faces of Active Learning",
        ),
        (
            '- **Reproducibility** — "Towards Robust and Reproducible Active Learning Using'
            ' Neural Networks", Prateek Munjal, Nasir Hayat and Shadab Khan (CVPR 2022). With'
            " proper tuning, random sampling is a much stronger baseline.",
            "Towards Robust and Reproducible Active Learning Using Neural Networks",
        ),
        (  # the bold lead is the title, the link its author: no label
            "- **Towards optimal doubly robust estimation of heterogeneous causal effects** —"
            " [Edward Kennedy](https://arxiv.org/abs/2004.14497) (2020). The DR-learner: regress"
            " the AIPW pseudo-outcome on covariates.",
            "The DR-learner",
        ),
    ],
)
def test_round_40_a_phrase_before_a_dash_and_a_title_is_the_posts_label(
    item: str, name: str
) -> None:
    """Round 40 (an active-learning blog): "What is described here? … → Theory, for the
    skeptics", "What is Practical obstacles? → The single most important paper …"."""
    assert one(item + "\n").name == name


def test_round_40_a_venue_after_the_citation_or_a_publisher_names_no_one() -> None:
    """Round 40 (a NAS awesome list, crypto notes): "*Evaluation of a Tree-based Pipeline
    Optimization Tool …* — known as? → GECCO" (the venue sentence after the citation), and
    "Who made … Serious Cryptography? → Press, 2017" (`No Starch Press`)."""
    tpot = one(
        "- [Evaluation of a Tree-based Pipeline Optimization Tool for Automating Data"
        " Science](https://arxiv.org/abs/1603.06212) - Randal S. Olson, Nathan Bartley, Ryan J."
        " Urbanowicz, Jason H. Moore (UPenn, 2016). GECCO. TPOT: genetic programming over"
        " scikit-learn pipelines.\n"
    )
    assert tpot.name == "TPOT"
    found, _ = attribution.cut("(No Starch Press, 2017; 2nd ed. 2024)")
    assert found.authors == ""


@pytest.mark.parametrize("remark", ["good for the second half", "reads *very* modern for 2008"])
def test_round_41_a_word_on_when_to_read_it_or_how_it_aged_is_no_claim(remark: str) -> None:
    """Round 41 (a graphical-models syllabus, stream-processing notes): "What is Probabilistic
    Machine Learning: Advanced Topics? → good for the second half", "What is described here?
    *reads very modern for 2008* → Out-of-Order Processing"."""
    entry = one(f"- **Thing** ([pdf](https://example.org/thing.pdf))\n  - {remark}\n")
    assert entry.claims == []


def test_round_41_a_one_word_name_over_its_plural_in_the_title_and_named_first_authors() -> None:
    """Round 41 (an efficient-transformers blog): "*Rethinking Attention with Performers* —
    known as? → FAVOR+" (`**Performer.**` read as a label for the title's `Performers`),
    and who-made cards giving only the lab when the bracket names its first authors in full
    (`Krzysztof Choromanski et al., Google`, `Zihang Dai, Zhilin Yang et al. — CMU &
    Google`)."""
    performer = one(
        "- **Performer.** [Rethinking Attention with Performers](https://arxiv.org/abs/2009."
        "14794) (Krzysztof Choromanski et al., Google, ICLR 2021). FAVOR+: positive orthogonal"
        " random features that give an unbiased estimate of the softmax kernel.\n"
    )
    assert performer.name == "Performer"
    assert performer.attribution.authors == "Choromanski et al."
    xl = one(
        "- **Transformer-XL.** [Transformer-XL: Attentive Language Models Beyond a Fixed-Length"
        " Context](https://arxiv.org/abs/1901.02860) (Zihang Dai, Zhilin Yang et al. — CMU &"
        " Google, ACL 2019). Segment-level recurrence with cached hidden states.\n"
    )
    assert (xl.attribution.authors, xl.attribution.lab) == ("Dai et al.", "CMU & Google")


def test_round_42_a_linked_title_then_its_authors_is_cited_by_its_people() -> None:
    """Round 42's interpretability post: `[Feature Visualization](…) (Olah, Mordvintsev &
    Schubert, 2017)` was made by "Visualization, 2017", the title's last word read as a
    surname."""
    entry = one(
        "- **Feature visualization** — [Feature Visualization](https://distill.pub/2017/"
        "feature-visualization/) (Olah, Mordvintsev & Schubert, 2017). Read it to understand"
        " where the pictures come from.\n"
    )
    assert (entry.attribution.authors, entry.attribution.year) == ("Olah et al.", 2017)
    # people before a bracket stay the people, the bracket their lab
    assert attribution.byline("Leroy et al. (Naver Labs Europe, ECCV 2024)") == (
        attribution.Attribution(
            authors="Leroy et al.", lab="Naver Labs Europe", year=2024, venue="ECCV 2024"
        )
    )


def test_round_42_a_cited_link_is_named_by_its_whole_text() -> None:
    """Round 42: `See also: [The Geometry of Truth](arXiv) (Marks & Tegmark, 2023) …, and
    [Language Models Represent Space and Time](arXiv) (Gurnee & Tegmark, 2023)` asked "Who
    made **Time**?" and missed the first; each is a work the entry names, by its link's
    whole text, keyed by its paper."""
    text = (
        "- **Linear reps** — [The Linear Representation Hypothesis](https://arxiv.org/abs/"
        "2311.03658) (Park et al., 2023). What linear means.\n"
        "  - See also: [The Geometry of Truth](https://arxiv.org/abs/2310.06824) (Marks &"
        " Tegmark, 2023) on a linear truth direction, and [Language Models Represent Space"
        " and Time](https://arxiv.org/abs/2310.02207) (Gurnee & Tegmark, 2023), which"
        " linearly probes Llama-2.\n"
    )
    entry = one(text)
    assert [(m.name, m.authors, m.paper) for m in entry.mentions] == [
        ("The Geometry of Truth", "Marks and Tegmark", "2310.06824"),
        ("Language Models Represent Space and Time", "Gurnee and Tegmark", "2310.02207"),
    ]
    made = {c.front: c.back for c in _cards(text) if c.kind == "attribution"}
    assert made["Who made **Language Models Represent Space and Time**, and when?"] == (
        "Gurnee and Tegmark, 2023"
    )
    assert not any("**Time**" in front for front in made)


@pytest.mark.parametrize(
    ("name", "clue"),
    [
        ("GIoU", "An IoU generalization that stays informative when boxes do not overlap"),
        ("Objects365", "365 categories; widely used for detector pre-training"),
        ("YOLOX", "Anchor-free YOLO with a decoupled head and the SimOTA label assignment"),
    ],
)
def test_round_42_a_clue_holding_part_of_the_name_gives_it_away(name: str, clue: str) -> None:
    """Round 42's detection table: "*An IoU generalization …*" → GIoU and "*365 categories
    …*" → Objects365 showed the name on the front (an acronym the name holds, its
    number)."""
    entry = one(f"- **{name}** — {clue}.\n")
    card = Card(
        id="t|x|reverse",
        entry="x",
        kind="reverse",
        front=f"What is described here?\n\n*{clue}*",
        back=f"**{name}**",
        section="S",
    )
    found = check(card, entry)
    assert found is not None and found[0] == "answer-on-front"
    # a clue with no part of the name passes
    card.front = "What is described here?\n\n*A box-regression loss that stays informative*"
    assert check(card, entry) is None


def test_round_42_no_acronym_card_for_a_variant_or_a_spelling_cut_inside_a_compound() -> None:
    """Round 42: "What does NeRF++ stand for? → Neural Radiance Fields" (NeRF's words, not
    the variant's), and "What does BBQ stand for? → Bias Benchmark for Question" (cut
    before *Answering*)."""
    cards = _cards(
        "## Papers\n\n"
        "- [NeRF++: Analyzing and Improving Neural Radiance Fields](https://arxiv.org/abs/"
        "2010.07492) - Kai Zhang et al. (Cornell, 2020). Models unbounded backgrounds.\n"
        '- Alicia Parrish et al., "BBQ: A Hand-Built Bias Benchmark for Question Answering,"'
        " Findings of ACL 2022. [ACL Anthology](https://aclanthology.org/2022.findings-acl.165/)\n"
        "- [MMLU: Measuring Massive Multitask Language Understanding](https://arxiv.org/abs/"
        "2009.03300) - Hendrycks et al. (2020). A knowledge benchmark.\n"
    )
    acronyms = {c.front: c.back for c in cards if c.kind == "acronym"}
    assert acronyms == {"What does **MMLU** stand for?": "Massive Multitask Language Understanding"}


def test_round_42_a_single_author_before_a_journal_of_several_words_is_alone() -> None:
    """Round 42's fairness syllabus: `Anna Lauren Hoffmann, "Where Fairness Fails: …,"
    *Information, Communication & Society* 22(7), 2019` was made by "Anna Lauren Hoffmann et
    al." (the journal's words read as three more people)."""
    entry = one(
        '- **[R]** Anna Lauren Hoffmann, "Where Fairness Fails: Data, Algorithms, and the'
        ' Limits of Antidiscrimination Discourse," *Information, Communication & Society*'
        " 22(7), 2019. [DOI](https://doi.org/10.1080/1369118X.2019.1573912)\n"
    )
    assert (entry.attribution.authors, entry.attribution.year) == ("Hoffmann", 2019)
    # a particle's surname stays one of several people
    found, _ = attribution.cut("van Hasselt, Guez & Silver, AAAI 2016")
    assert found.authors == "van Hasselt et al."


def test_round_42_the_papers_own_alias_introduces_nothing() -> None:
    """Round 42's notes: `**PyTorch Distributed: Experiences on …** … The DDP paper.` asked
    "Which paper introduced PyTorch Distributed? → DDP": the sentence names the paper itself
    (still its name: DDP), unlike a row's `C4 … The T5 paper.`."""
    entry = one(
        "12. **PyTorch Distributed: Experiences on Accelerating Data Parallel Training**"
        " ([pdf](https://arxiv.org/pdf/2006.15704))\n"
        "    - Li et al. (Meta), VLDB 2020. The DDP paper.\n"
        "    - gradient bucketing + overlapping allreduce with backward.\n"
    )
    assert entry.own_names == {"2006.15704": "DDP"}
    assert not any(claim.kind == "introduces" for claim in entry.claims)


def test_round_42_a_framing_before_a_colon_and_a_reading_kind_are_no_definition() -> None:
    """Round 42: "What is Causal Abstractions of Neural Networks? → The more formal,
    Stanford-flavoured framing" (what follows the colon says what it is) and "What is
    DeepSpeed? → The library paper / tutorial" (which kind of reading it is)."""
    causal = one(
        "- **Causal abstraction** — [Causal Abstractions of Neural Networks](https://arxiv.org/"
        "abs/2106.02997) (Geiger, Lu, Icard & Potts, NeurIPS 2021). The more formal,"
        " Stanford-flavoured framing: a high-level causal model is a faithful explanation if"
        " interchange interventions on the network behave like interventions on the model.\n"
    )
    defines = [c.text for c in causal.claims if c.kind == "defines"]
    assert defines == [
        "a high-level causal model is a faithful explanation if interchange interventions on"
        " the network behave like interventions on the model"
    ]
    deepspeed = one(
        "14. **DeepSpeed: System Optimizations Enable Training Deep Learning Models with Over"
        " 100 Billion Parameters** (https://doi.org/10.1145/3394486.3406703)\n"
        "    - Rasley, Rajbhandari, Ruwase & He, KDD 2020. The library paper / tutorial.\n"
    )
    assert not any("library paper" in c.text for c in deepspeed.claims)


def test_round_42_the_works_a_topic_or_a_pair_cites_get_who_made_cards() -> None:
    """Round 42: "Sparse autoencoders, the two 2023 papers" (a topic) and `[Gated SAEs](…)
    (Rajamanoharan et al., 2024) and [JumpReLU SAEs](…) (Rajamanoharan et al., 2024)` gave
    no card for the second paper: a topic has no who-made card of its own, but the works it
    cites do, and the same people's other paper is another work."""
    text = (
        "## SAEs\n\n"
        "- **Sparse autoencoders, the two 2023 papers** — [Towards Monosemanticity: Decomposing"
        " Language Models With Dictionary Learning](https://transformer-circuits.pub/2023/"
        "monosemantic-features/index.html) (Bricken et al., 2023) and [Sparse Autoencoders Find"
        " Highly Interpretable Features in Language Models](https://arxiv.org/abs/2309.08600)"
        " (Cunningham, Ewart, Riggs, Huben & Sharkey, 2023). Both train a sparse autoencoder"
        " on model activations.\n"
        "- **Better SAE architectures** — [Gated SAEs](https://arxiv.org/abs/2404.16014)"
        " (Rajamanoharan et al., 2024) and [JumpReLU SAEs](https://arxiv.org/abs/2407.14435)"
        " (Rajamanoharan et al., 2024), both from Google DeepMind. Both fix the shrinkage"
        " that the L1 penalty causes.\n"
    )
    made = {c.front: c.back for c in _cards(text) if c.kind == "attribution"}
    assert made["Who made **JumpReLU SAEs**, and when?"] == "Rajamanoharan et al., 2024"
    front = (
        "Who made **Sparse Autoencoders Find Highly Interpretable Features in Language"
        " Models**, and when?"
    )
    assert made[front] == "Cunningham et al., 2023"
    assert not any("the two 2023 papers" in front for front in made)


@pytest.mark.parametrize(
    "bullet",
    [
        "MLP: split the first GEMM by columns, the second by rows → no comm between them",
        "99.9% of gradient exchange is redundant",
        "mixed-precision Adam = 16 bytes/param: 2 (fp16 weights) + 2 (fp16 grads) + 12",
    ],
)
def test_round_42_a_notes_part_figure_or_sum_is_no_definition(bullet: str) -> None:
    """Round 42's distributed-training notes: "What is Megatron-LM? → MLP: split the first
    GEMM …", "What is Deep Gradient Compression? → 99.9% of gradient exchange is
    redundant", "What is ZeRO? → mixed-precision Adam = 16 bytes/param …": a note on one
    part of the work, a figure or a sum is no definition of it."""
    entry = one(
        "20. **Megatron-LM: Training Multi-Billion Parameter Language Models Using Model"
        " Parallelism** ([pdf](https://arxiv.org/pdf/1909.08053))\n"
        f"    - Shoeybi et al. (NVIDIA), 2019.\n    - {bullet}\n"
    )
    assert not any(claim.kind == "defines" for claim in entry.claims if claim.source == "nested")
    # (the first bullet that says what it is still defines it)
    kept = one(
        "1. **InstructGPT** ([pdf](https://arxiv.org/pdf/2203.02155))\n"
        "    - Ouyang et al. (OpenAI), 2022.\n"
        "    - 3 steps: SFT on demonstrations → reward model → PPO against the reward model\n"
    )
    assert kept.claims[0].kind == "defines"


def test_round_42_a_bracket_of_several_labs_is_kept_whole() -> None:
    """Round 42's 3D list: `Shakiba Kheradmand et al. (University of British Columbia /
    Google, NeurIPS 2024)` was credited to "Columbia" (a lab srs knows, inside a longer
    name); the bracket's organisations are its lab, as written."""
    found, _ = attribution.cut(
        "Shakiba Kheradmand et al. (University of British Columbia / Google, NeurIPS 2024)."
    )
    assert (found.authors, found.lab, found.venue) == (
        "Kheradmand et al.",
        "University of British Columbia / Google",
        "NeurIPS 2024",
    )


def test_round_42_a_glossary_credits_who_introduced_the_term_not_the_linked_reading() -> None:
    """Round 42's metrics glossary: pass@k links the Codex paper, yet says it was
    "Introduced for pseudocode-to-code search (Kulal et al. 2019)": the cards credited
    Chen et al. 2021 and called the Codex paper "pass@k"; and "Freitag et al. showed that
    MQM …" made Freitag MQM's maker."""
    from srs.reading.paper import Paper

    text = (
        "## Code\n\n"
        "**pass@k**: The probability that at least one of k sampled programs passes the unit"
        " tests. Introduced for pseudocode-to-code search (Kulal et al. 2019); the Codex paper"
        " gave the unbiased estimator from n ≥ k samples (Chen et al. 2021)."
        " [arXiv](https://arxiv.org/abs/2107.03374)\n\n"
        "**MQM**: Multidimensional Quality Metrics. Expert annotators mark error spans."
        " Freitag et al. showed that MQM from professional translators ranks systems"
        " differently from crowd ratings (Freitag et al. 2021)."
        " [arXiv](https://arxiv.org/abs/2104.14478)\n"
    )
    codex = Paper.make(
        "2107.03374",
        "Evaluating Large Language Models Trained on Code",
        ["Mark Chen", "Jerry Tworek"],
        "2021-07-07",
        "",
    )
    cards = template_cards(
        parse_text(text, name="t"), load_templates(), {"2107.03374": codex}
    ).cards
    made = {c.front: c.back for c in cards if c.kind == "attribution"}
    # (what Freitag et al. showed is asked of them, never as MQM's making)
    assert made == {
        "Who made **pass@k**, and when?": "Kulal et al., 2019",
        "*MQM*: who showed that MQM from professional translators ranks systems differently"
        " from crowd ratings, and when?": "Freitag et al., 2021",
    }
    assert not any(c.kind in {"paper-name", "paper-title"} for c in cards)


def test_round_43_a_headlines_acronym_for_an_idea_is_no_papers_name() -> None:
    """Round 43's alignment post: `**RLHF comes to language models.** [Fine-Tuning Language
    Models from Human Preferences](…)` asked "Who made RLHF?" and called the paper "RLHF";
    `**Anthropic's HH papers.**` and `**The ML-safety taxonomy, updated.**` named their
    papers "HH" and "ML-safety"; `— the Sparrow paper —` made "Which paper introduced
    RLHF? → Sparrow"; `(Casper, Davies, et al., 2023)` read as two people."""
    entries = parse_text(
        "## RLHF\n\n"
        "- **RLHF comes to language models.** [Fine-Tuning Language Models from Human"
        " Preferences](https://arxiv.org/abs/1909.08593) (Ziegler, Stiennon, Wu, Brown, 2019)"
        " applied it to GPT-2 for stylistic continuation.\n"
        "- **Anthropic's HH papers.** [A General Language Assistant as a Laboratory for"
        " Alignment](https://arxiv.org/abs/2112.00861) (Askell et al., 2021) introduced the"
        ' "helpful, honest, harmless" (HHH) framing.\n'
        "- **The ML-safety taxonomy, updated.** [Unsolved Problems in ML Safety](https://arxiv"
        ".org/abs/2109.13916) (Hendrycks, Carlini, Schulman, Steinhardt, 2021) reorganizes the"
        " field into robustness, monitoring, alignment and systemic safety.\n"
        "- **RLHF with rules and evidence.** [Improving Alignment of Dialogue Agents via"
        " Targeted Human Judgements](https://arxiv.org/abs/2209.14375) (Glaese et al., DeepMind,"
        " 2022) — the Sparrow paper — breaks good behavior into rules.\n"
        "- **What's broken with RLHF.** [Open Problems and Fundamental Limitations of"
        " Reinforcement Learning from Human Feedback](https://arxiv.org/abs/2307.15217) (Casper,"
        " Davies, et al., 2023) is a survey.\n"
        "- **BM25, properly.** [The Probabilistic Relevance Framework: BM25 and Beyond]"
        "(https://doi.org/10.1561/1500000019) (Robertson and Zaragoza, 2009). The ranking"
        " function.\n"
    ).entries
    assert [e.name for e in entries] == [
        "Fine-Tuning Language Models from Human Preferences",
        "A General Language Assistant as a Laboratory for Alignment",
        "Unsolved Problems in ML Safety",
        "Sparrow",
        "Open Problems and Fundamental Limitations of Reinforcement Learning from Human Feedback",
        "BM25",  # (a name its paper's title holds)
    ]
    assert not any(c.kind == "introduces" for c in entries[3].claims)
    assert entries[4].attribution.authors == "Casper et al."


def test_round_43_notes_spans_of_time_blogs_and_a_next_papers_bullet() -> None:
    """Round 43's GPU notes: "Who made **Over ~20 years**?" (a bullet's time span taken as
    the paper's name), `Dao, Haziza, Massa, Sizov, 2023 blog.` read as what Flash-Decoding
    is, and `- and **Reducing Activation Recomputation …** (…, Korthikanti et al., NVIDIA,
    2022) — sequence parallelism …` credited to the entry's paper (with NVIDIA as its lab);
    and the ARC card "What does ARC stand for? → and Reasoning Corpus"."""
    memory_wall = one(
        "4. **AI and Memory Wall** ([pdf](https://arxiv.org/abs/2403.14123))\n"
        "   - Gholami, Yao, Kim, Hooper, Mahoney, Keutzer — IEEE Micro 2024.\n"
        "   - Over ~20 years: peak server FLOPS grew 3.0×/2 yrs, DRAM bandwidth 1.6×/2 yrs.\n"
    )
    assert memory_wall.name == "AI and Memory Wall"
    decoding = one(
        "32. **Flash-Decoding for long-context inference** (https://crfm.stanford.edu/2023/10/"
        "12/flashdecoding.html)\n"
        "    - Dao, Haziza, Massa, Sizov, 2023 blog.\n"
        "    - Split the KV sequence into chunks, compute partial attention in parallel.\n"
    )
    assert (decoding.attribution.authors, decoding.attribution.year) == ("Dao et al.", 2023)
    assert not any("Haziza" in claim.text for claim in decoding.claims)
    checkpointing = one(
        "43. **Training Deep Nets with Sublinear Memory Cost** ([pdf](https://arxiv.org/abs/"
        "1604.06174))\n"
        "    - Chen, Xu, Zhang, Guestrin, 2016 — gradient checkpointing, O(√n) memory.\n"
        "    - and **Reducing Activation Recomputation in Large Transformer Models** ([pdf]"
        "(https://arxiv.org/abs/2205.05198), Korthikanti et al., NVIDIA, 2022) — sequence"
        " parallelism + *selective* recomputation.\n"
    )
    assert (checkpointing.attribution.authors, checkpointing.attribution.lab) == (
        "Chen et al.",
        "",
    )
    assert not any("sequence parallelism" in claim.text for claim in checkpointing.claims)
    from srs.reading.acronyms import spelling_in

    assert spelling_in("ARC", "Abstraction and Reasoning Corpus") == (
        "Abstraction and Reasoning Corpus"
    )


def test_round_43_journals_and_companies_are_no_authors() -> None:
    """Round 43: "Who made ColPali? → Technology, ICLR 2025" (`(Illuin Technology, ICLR
    2025)`: a company, read as a person), "Johnson and Linguistics, 1998" (`Mark Johnson,
    *Computational Linguistics* 24(4), 1998`: the journal before its volume)."""
    found, _ = attribution.cut("Faysse et al. (Illuin Technology, ICLR 2025). Embeds pages.")
    assert (found.authors, found.lab) == ("Faysse et al.", "Illuin Technology")
    cited = attribution.byline("Mark Johnson, Computational Linguistics 24(4), 1998.")
    assert cited is not None and (cited.authors, cited.year) == ("Johnson", 1998)


def test_round_43_a_bracket_after_than_cites_the_sentence() -> None:
    """Round 43's A/B-testing glossary: "Holm's step-down procedure … is uniformly more
    powerful than Bonferroni (Holm 1979)" made "Who made Bonferroni? → Holm, 1979"; and a
    definition cut before its `which` clause ended in a dangling "and"."""
    text = (
        "## F\n\n"
        "**Family-wise error rate (FWER)**: The probability of at least one false positive"
        " among a family of tests. Holm's step-down procedure controls it and is uniformly"
        " more powerful than Bonferroni (Holm 1979).\n\n"
        "**Fixed-horizon test**: A test whose sample size is fixed in advance and which is"
        " analysed exactly once, at the end of a long experiment that nobody looks at before"
        " it is over. Its p-value is only valid at that one look.\n\n"
        "**Peeking**: Looking at the p-value before the planned end (Johari et al. 2017).\n"
    )
    entries = parse_text(text).entries
    assert entries[0].mentions == []
    definition = entries[1].claims[0].text
    assert not definition.endswith((" and", " or"))


def test_round_43_a_sentence_on_the_papers_successor_is_the_successors() -> None:
    """Round 43: `[Self-Critiquing Models …](…) (Saunders et al., OpenAI, 2022) trains
    models to write critiques … Its production descendant is [LLM Critics Help Catch LLM
    Bugs](…) (McAleese et al., 2024) — CriticGPT — …` named Saunders' paper "CriticGPT" and
    hid words of the successor's title in a cloze; the successor is a work the entry cites."""
    text = (
        "## Oversight\n\n"
        "- **Models that critique models.** [Self-Critiquing Models for Assisting Human"
        " Evaluators](https://arxiv.org/abs/2206.05802) (Saunders et al., OpenAI, 2022) trains"
        " models to write natural-language critiques that help labelers find flaws in"
        " summaries. Its production descendant is [LLM Critics Help Catch LLM Bugs]"
        "(https://arxiv.org/abs/2407.00215) (McAleese et al., 2024) — CriticGPT — where"
        " RL-trained critics of ChatGPT code were preferred over human-written critiques.\n"
    )
    entry = parse_text(text).entries[0]
    assert entry.name == "Self-Critiquing Models for Assisting Human Evaluators"
    assert [(m.name, m.authors) for m in entry.mentions] == [
        ("LLM Critics Help Catch LLM Bugs", "McAleese et al.")
    ]
    cards = _cards(text)
    assert not any("Critics Help Catch" in c.front for c in cards if c.kind == "cloze")
    made = {c.front: c.back for c in cards if c.kind == "attribution"}
    assert made["Who made **LLM Critics Help Catch LLM Bugs**, and when?"] == (
        "McAleese et al., 2024"
    )


def test_round_43_a_type_i_error_is_no_first_person() -> None:
    """Round 43: "What is Group sequential design? → Grew out of clinical trials": the
    definition was dropped as the writer's own voice, for the "I" of "Type I error"."""
    from srs.reading.remarks import OPINION

    assert (
        OPINION.search("each with a boundary chosen so that the overall Type I error is α") is None
    )
    assert OPINION.search("Phase I trials and Part I of the book") is None
    assert OPINION.search("I think this is the best one") is not None


def test_round_73_a_common_acronym_before_lower_case_words_names_a_kind_of_system() -> None:
    """Round 73 blog: "**CNN scoring functions.** [Protein–Ligand Scoring with Convolutional
    Neural Networks](…)" was named CNN ("Who made CNN?"): a kind of system, not its name."""
    entry = one(
        "- **CNN scoring functions.** [Protein–Ligand Scoring with Convolutional Neural"
        " Networks](https://arxiv.org/abs/1612.02751) (Ragoza, Hochuli, Koes; *JCIM* 2017)."
        " 3D grid CNNs for pose scoring.\n"
    )
    assert entry.name == "Protein–Ligand Scoring with Convolutional Neural Networks"


def test_round_73_a_successor_a_numbered_pointer_and_a_kind_of_reading_are_no_claims() -> None:
    """Round 73: "obsoleted by RFC 9156 (2021)" was RFC 7816's gist (not "Only send the
    authoritative the labels it needs"), "→ ties directly into #18 (…)" RFC 7871's, and
    "Less a paper than infrastructure." TDC's."""
    text = (
        "# DNS\n\n## Privacy\n\n"
        "1. **RFC 7816: DNS Query Name Minimisation to Improve Privacy**"
        " (https://www.rfc-editor.org/rfc/rfc7816)\n"
        "   - Bortzmeyer, 2016; obsoleted by RFC 9156 (2021)\n"
        "   - Only send the authoritative the labels it needs\n"
        "2. **RFC 7871: Client Subnet in DNS Queries** (https://www.rfc-editor.org/rfc/rfc7871)\n"
        "   - Explodes cache cardinality, since the cache is keyed by scope prefix\n"
        "   - → ties directly into #18 (Akamai end-user mapping)\n"
        "3. **Therapeutics Data Commons.** [TDC](https://arxiv.org/abs/2102.09548) (Huang, Fu,"
        " Gao, et al., NeurIPS 2021). Less a paper than infrastructure. It has ADMET"
        " leaderboards with sensible splits.\n"
    )
    claims = [[c.text for c in e.claims] for e in parse_text(text).entries]
    assert claims[0] == ["Only send the authoritative the labels it needs"]
    assert not any("#18" in c or "obsoleted" in c for c in claims[0] + claims[1])
    assert not any(c.startswith("Less a paper") for c in claims[2])


def test_round_73_a_gist_that_says_what_it_is_asks_what_it_is() -> None:
    """Round 73 glossary: "What does **Precision** do? → is the fraction of retrieved
    documents that are relevant" asks what it is."""
    text = (
        "# IR\n\n**Precision / Recall**: Precision is the fraction of retrieved documents"
        " that are relevant; recall is the fraction of relevant documents that are"
        " retrieved.\n\n**nDCG**: Discounted cumulative gain normalised by the ideal"
        " ranking's.\n\n**MRR**: Mean of the reciprocal rank of the first relevant result.\n"
    )
    gists = [(c.front, c.back) for c in _cards(text) if c.kind == "gist"]
    assert (
        "What is **Precision**?",
        "the fraction of retrieved documents that are relevant",
    ) in gists


def test_round_74_a_courses_logistics_section_holds_no_readings() -> None:
    """Round 74 syllabus: "**Discussion leading.** Each student co-leads two sessions" under
    `## Logistics` gave "How does Discussion leading work?" (course rules, no reading)."""
    text = (
        "# CS 8620: HCI\n\n## Logistics\n\n"
        "- **Discussion leading.** Each student co-leads two sessions.\n"
        "- **Project.** A semester-long research project in groups of 2–3.\n\n"
        "## Week 1 — Visions\n\n"
        '- Vannevar Bush. "As We May Think." *The Atlantic Monthly*, July 1945.'
        " [link](https://www.theatlantic.com/magazine/archive/1945/07/as-we-may-think/303881/)\n"
    )
    entries = parse_text(text).entries
    assert [e.title for e in entries] == ["As We May Think"]


def test_round_74_a_journal_and_its_conference_in_brackets_are_where_it_appeared() -> None:
    """Round 74 syllabus: `"A Nested Model …" *IEEE TVCG* (InfoVis 2009)` gave "Who made
    IEEE TVCG, and when? → InfoVis, 2009" (the journal a work, the conference its author)."""
    entry = one(
        '- Tamara Munzner. "A Nested Model for Visualization Design and Validation." *IEEE'
        " TVCG* (InfoVis 2009). [pdf](https://www.cs.ubc.ca/labs/imager/tr/2009/NestedModel/)\n"
    )
    assert (entry.attribution.authors, entry.attribution.year) == ("Munzner", 2009)
    assert entry.mentions == []


def test_round_74_a_bold_name_with_its_version_names_the_paper() -> None:
    """Round 74 awesome: "… (FAIR, 2021). ICCV 2021. **MoCo v3**. Notable for …" asked for
    the long title ("the list calls this paper MoCo v3, and no card uses that name")."""
    entry = one(
        "- [An Empirical Study of Training Self-Supervised Vision Transformers]"
        "(https://arxiv.org/abs/2104.02057) - Xinlei Chen, Saining Xie, Kaiming He (FAIR,"
        " 2021). ICCV 2021. **MoCo v3**. Notable for the instability fix: freeze the random"
        " patch projection.\n"
    )
    assert entry.name == "MoCo v3"
    assert [c.text for c in entry.claims] == [
        "Notable for the instability fix: freeze the random patch projection"
    ]


def test_round_74_a_name_after_the_citation_and_a_kind_seen_as_are_read_apart() -> None:
    """Round 74 blog: `… (Hosseini-Asl, McCann, Wu, Yavuz & Socher, NeurIPS 2020),
    SimpleTOD.` named the paper "Hosseini-Asl" and its author "SimpleTOD"; `**Dialogue as
    an MDP**` named Levin et al.'s paper "MDP" ("Who made MDP?")."""
    text = (
        "# B\n\n## S\n\n- **Just make it one sequence** — [A Simple Language Model for"
        " Task-Oriented Dialogue](https://arxiv.org/abs/2005.00796) (Hosseini-Asl, McCann, Wu,"
        " Yavuz & Socher, NeurIPS 2020), SimpleTOD. Flatten context, belief state and response"
        " into one string and fine-tune GPT-2.\n"
        "- **Dialogue as an MDP** — [A stochastic model of human-machine interaction for"
        " learning dialog strategies](https://doi.org/10.1109/89.817450) (Levin, Pieraccini &"
        " Eckert, IEEE Trans. Speech and Audio Processing, 2000). The air-travel domain they"
        " use is the ancestor of every booking dataset.\n"
    )
    simple, levin = parse_text(text).entries
    assert (simple.name, simple.attribution.authors) == ("SimpleTOD", "Hosseini-Asl et al.")
    assert levin.name != "MDP" and levin.attribution.authors == "Levin et al."


def test_round_74_a_report_number_an_encyclopedia_entry_and_adjectives_are_no_claims() -> None:
    """Round 74 notes: "What is … ? → INRIA tech report RR-7506, Jan 2011", a reverse clue
    "Encyclopedia of Big Data Technologies entry, 2018", and "Short, up-to-date overview"."""
    text = (
        "# CRDT notes\n\n## Papers\n\n"
        "1. **A comprehensive study of Convergent and Commutative Replicated Data Types**"
        " ([pdf](https://hal.inria.fr/inria-00555588/document))\n"
        "   - INRIA tech report RR-7506, Jan 2011.\n"
        "   - Catalogues counters, registers, sets, graphs and sequences as CRDTs.\n"
        "2. **Conflict-free Replicated Data Types** (https://arxiv.org/abs/1805.06358)\n"
        "   - Encyclopedia of Big Data Technologies entry, 2018. Short, up-to-date overview.\n"
        "   - Replicas converge without coordination when updates commute.\n"
    )
    catalogue, entry = parse_text(text).entries
    assert [c.text for c in catalogue.claims] == [
        "Catalogues counters, registers, sets, graphs and sequences as CRDTs"
    ]
    assert [c.text for c in entry.claims] == [
        "Replicas converge without coordination when updates commute"
    ]


def test_round_75_a_nickname_and_an_engineering_team_in_a_byline() -> None:
    """Round 75 notes: "Charles 'Buck' Krasic, Mike Bishop, Alan Frindell (eds.), June 2022"
    was RFC 9204's gist (no byline read), and "Uber Engineering, 2019" gave "Who made …?
    → Engineering"."""
    editors, _ = attribution.cut(
        "Charles 'Buck' Krasic, Mike Bishop, Alan Frindell (eds.), June 2022."
    )
    assert (editors.authors, editors.year) == ("Krasic et al.", 2022)
    team, _ = attribution.cut("Uber Engineering, 2019.")
    assert (team.authors, team.year) == ("Uber Engineering", 2019)


def test_round_75_a_bracketed_name_ends_before_the_sentences_period() -> None:
    """Round 75 syllabus: `"Memory Access Scheduling," ISCA 2000. (FR-FCFS.)` asked "What is
    the title of the **FR-FCFS.** paper?" (a stray period in the name)."""
    entry = one(
        "- Scott Rixner, William J. Dally, Ujval J. Kapasi, Peter Mattson, John D. Owens,"
        ' "Memory Access Scheduling," ISCA 2000. (FR-FCFS.)\n'
    )
    assert entry.name == "FR-FCFS"


def test_round_75_a_lead_that_names_a_writing_about_a_release_is_no_name() -> None:
    """Round 75 blog: `**The GPT-2 release report.** [Release Strategies and the Social
    Impacts of Language Models](…) (Solaiman et al., OpenAI 2019)` asked "Who made GPT-2?
    → Solaiman et al." (GPT-2 is Radford et al.'s; the report is about its release)."""
    entry = one(
        "- **The GPT-2 release report.** [Release Strategies and the Social Impacts of"
        " Language Models](https://arxiv.org/abs/1908.09203) (Solaiman et al., OpenAI 2019)."
        " Has the fine-tuned RoBERTa detector that everyone then used as a baseline.\n"
    )
    assert entry.name == "Release Strategies and the Social Impacts of Language Models"


def test_round_73_the_first_of_the_names_before_et_al_is_whose_work_it_is() -> None:
    """Round 73 blog: "by Yang, Swanson, Jin, Coley et al. (*JCIM* 2019)" gave "Who made
    D-MPNN? → Coley et al." (the last name before `et al.`; the first author is Yang); a
    name before the citation that is not part of its list stays what it was."""
    found, rest = attribution.cut(
        "by Yang, Swanson, Jin, Coley et al. (JCIM 2019). Directed message passing on bonds."
    )
    assert (found.authors, found.year) == ("Yang et al.", 2019)
    assert "Swanson" not in rest and "Directed message passing on bonds" in rest
    beyond, _ = attribution.cut("Beyond Chemprop, Coley et al. showed it works.")
    assert beyond.authors == "Coley et al."


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Section 3 is optional", "is optional"),
        ("it's optional, honestly", "'s optional"),  # (a mark after a word: still the voice)
        ("Pay attention to §4 before the exam", "§4"),
        ("the argument(see above) holds", "(see above)"),
        ("unreadable scans of the original", None),  # (`readable` starts no word here)
        ("a 10-min read on the idea", "10-min read"),
    ],
)
def test_the_writers_voice_is_found_where_its_phrase_starts(text: str, found: str | None) -> None:
    """`OPINION` tries its phrases only where a word starts (twice as quick); the phrases
    that open with a mark (`'s optional`, `§4`, `(see above)`) are found after a word as
    before."""
    from srs.reading.remarks import OPINION, opinion_in

    match = OPINION.search(text)
    assert (match.group(0) if match else None) == found
    assert opinion_in(text) == match or (match and opinion_in(text).span() == match.span())


def test_round_44_a_cause_label_and_an_outstanding_paper_award_are_no_names() -> None:
    """Round 44: "Cause: strings … common in the tokenizer's data" named the
    SolidGoldMagikarp post "Cause", and `"Score-Based Generative Modeling …", *ICLR 2021*
    (Outstanding Paper)` asked for "the title of the **Outstanding Paper** paper"."""
    magikarp = one(
        "- **Glitch tokens** — [SolidGoldMagikarp (plus, prompt generation)](https://www."
        "lesswrong.com/posts/aPeJE8bSo6rAFoLqg/solidgoldmagikarp-plus-prompt-generation)"
        " (Jessica Rumbelow, Matthew Watkins; LessWrong, 2023). The post that found tokens"
        " like SolidGoldMagikarp. Cause: strings that were common in the tokenizer's training"
        " data but nearly absent from the model's.\n"
    )
    assert magikarp.name != "Cause"
    score = one(
        '- Song, Sohl-Dickstein, Kingma, Kumar, Ermon, Poole, "Score-Based Generative Modeling'
        ' through Stochastic Differential Equations", *ICLR 2021* (Outstanding Paper).'
        " [OpenReview](https://openreview.net/forum?id=PxTIG12RRHS)\n"
    )
    assert score.name != "Outstanding Paper"
    assert "Outstanding Paper" not in score.own_names.values()


@pytest.mark.parametrize(
    ("lead", "link", "name"),
    [
        (
            "BPE comes to machine translation",
            "[Neural Machine Translation of Rare Words with Subword Units](https://aclanthology"
            ".org/P16-1162/)",
            "Neural Machine Translation of Rare Words with Subword Units",
        ),
        (
            "Vocabulary size for NMT",
            "[Finding the Optimal Vocabulary Size for Neural Machine Translation](https://"
            "aclanthology.org/2020.findings-emnlp.352/)",
            "Finding the Optimal Vocabulary Size for Neural Machine Translation",
        ),
        # (a name the linked title holds stays the name)
        (
            "MT-Bench and the judge paper",
            "[Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena](https://arxiv.org/abs/"
            "2306.05685)",
            "MT-Bench",
        ),
    ],
)
def test_round_44_a_label_holding_an_acronym_the_title_never_says(
    lead: str, link: str, name: str
) -> None:
    """Round 44's tokenizer post: `**BPE comes to machine translation** — [Neural Machine
    Translation of Rare Words …](…)` was named by its label (an acronym in it kept it from
    reading as one); the label is the post's, the paper is the title."""
    entry = one(f"- **{lead}** — {link} (Sennrich, Haddow, Birch; ACL 2016). It merges pairs.\n")
    assert entry.name == name


def test_round_44_which_sections_to_read_and_a_byline_clue_test_nothing() -> None:
    """Round 44's generative-models syllabus: "What is Attention Is All You Need? →
    sections 3.1–3.2 on masked self-attention", a clue "*JMLR — sections 1–3 only*", and a
    clue "*van den Oord, Kalchbrenner, Kavukcuoglu, (Best Paper)*" — which part to read, and
    who wrote it, are no description of the work."""
    from srs.reading.remarks import WHERE_IN_WORK

    assert WHERE_IN_WORK.search("sections 3.1–3.2 on masked self-attention") is not None
    assert WHERE_IN_WORK.search("JMLR — sections 1–3 only") is not None
    # (a sentence about a section is still read: it may hold the next bullet's place)
    assert WHERE_IN_WORK.search("Section 3.3 is the infra part") is None
    entry = one(
        '- van den Oord, Kalchbrenner, Kavukcuoglu, "Pixel Recurrent Neural Networks",'
        " *ICML 2016* (Best Paper). [PMLR](https://proceedings.mlr.press/v48/oord16.html)\n"
    )
    card = Card(
        id="t|x|reverse",
        entry="x",
        kind="reverse",
        front="What is described here?\n\n*van den Oord, Kalchbrenner, Kavukcuoglu, (Best Paper)*",
        back="**Pixel Recurrent Neural Networks**",
        section="S",
    )
    found = check(card, entry)
    assert found is not None and found[0] == "thin-clue"


def test_round_45_a_lab_that_made_what_a_bracket_names_made_nothing_of_the_entrys() -> None:
    entry = one(
        "- **The M4 Competition is required context.** [The M4 Competition: 100,000 time"
        " series and 61 forecasting methods](https://doi.org/10.1016/j.ijforecast.2019.04.014)"
        " (Makridakis, Spiliotis, Assimakopoulos — International Journal of Forecasting,"
        " 2020). The winner was Slawek Smyl's hybrid of exponential smoothing and an LSTM"
        " (ES-RNN, from Uber).\n"
    )
    assert (entry.attribution.authors, entry.attribution.lab) == ("Makridakis et al.", "")
    assert attribution.lab_in("TimesFM, a decoder-only model from Google") == "Google"


def test_round_45_a_bullet_that_cites_then_says_what_the_work_does_defines_it() -> None:
    entries = parse_text(
        "## S\n"
        "1. **Query likelihood LM** ([pdf](https://doi.org/10.1145/290941.291008))\n"
        "   - Ponte & Croft, SIGIR 1998 — rank docs by P(query | document language model)\n"
        "   - smoothing (Dirichlet / Jelinek-Mercer) matters more than the model itself\n"
        "2. **FAISS** ([pdf](https://arxiv.org/pdf/1702.08734))\n"
        '    - Johnson, Douze, Jégou (Facebook AI), "Billion-scale similarity search with'
        ' GPUs", 2017 — GPU k-selection, IVF-PQ on GPU\n'
        "3. **HNSW** ([pdf](https://arxiv.org/pdf/1603.09320))\n"
        "    - Malkov & Yashunin — hierarchical navigable small-world graphs; TPAMI"
        " 2018/2020. Default in most vector DBs\n"
        # a remark on the citation, and what follows it, say nothing of what it is
        "4. **BM25** ([pdf](https://doi.org/10.1561/1500000019))\n"
        '   - Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and'
        ' Beyond", *Foundations and Trends in IR*, 2009 — the canonical write-up; BM25'
        " itself goes back to the Okapi system at City University London in the 90s\n"
        "   - tf saturation via k1, document-length normalization via b\n"
        "5. **PipeDream** ([pdf](https://arxiv.org/pdf/1806.03377))\n"
        "    - Harlap et al. (MSR + CMU + Stanford), 2018 — the SOSP 2019 version is"
        ' "PipeDream: Generalized Pipeline Parallelism for DNN Training"\n'
        "    - async: weight stashing keeps forward and backward weight versions consistent\n"
    ).entries
    assert {e.name: e.claims[0].text for e in entries} == {
        "Query likelihood LM": "rank docs by P(query | document language model)",
        "FAISS": "GPU k-selection, IVF-PQ on GPU",
        "HNSW": "hierarchical navigable small-world graphs",
        "BM25": "tf saturation via k1, document-length normalization via b",
        "PipeDream": "async: weight stashing keeps forward and backward weight versions consistent",
    }
    assert entries[1].attribution.authors == "Johnson et al."
    assert not any("Okapi" in c.text for c in entries[3].claims)


def test_round_45_a_milestone_tables_rows_named_by_a_note_or_a_shared_name() -> None:
    entries = parse_text(
        _TABLE
        + "| 2018-10 | — (position paper) | ECMWF | [Challenges and design choices for global"
        " weather and climate models based on machine learning](https://doi.org/10.5194/gmd-11"
        "-3999-2018) — Dueben & Bauer, *Geoscientific Model Development*. One of the first"
        " serious looks at whether a neural net could replace a global NWP model. |\n"
        "| 2019-09 | — (ENSO CNN) | Chonnam National University et al. | [Deep learning for"
        " multi-year ENSO forecasts](https://doi.org/10.1038/s41586-019-1559-7) — Ham, Kim &"
        " Luo, *Nature*. A CNN trained on CMIP5 output forecasts Niño3.4 a year and a half"
        " ahead. |\n"
        "| 2022-11 | Pangu-Weather | Huawei Cloud | [Pangu-Weather: A 3D High-Resolution Model"
        " for Fast and Accurate Global Weather Forecast](https://arxiv.org/abs/2211.02556) — Bi"
        ' et al.; published in *Nature* 2023 as "Accurate medium-range global weather'
        ' forecasting with 3D neural networks". Hierarchical temporal aggregation chains models'
        " trained for 1 h, 3 h, 6 h and 24 h lead times. |\n"
        "| 2024-08 | HENS (Part I) | LBNL / NVIDIA | [Huge Ensembles Part I: Design of Ensemble"
        " Weather Forecasts using Spherical Fourier Neural Operators](https://arxiv.org/abs/2408"
        ".03100) — Mahesh et al. Bred-vector initial perturbations plus several trained SFNO"
        " checkpoints. |\n"
        "| 2024-08 | HENS (Part II) | LBNL / NVIDIA | [Huge Ensembles Part II: Properties of a"
        " Huge Ensemble of Hindcasts Generated with Spherical Fourier Neural Operators]"
        "(https://arxiv.org/abs/2408.01581) — Mahesh et al. 7,424 members initialized every day"
        " of summer 2023. |\n"
    ).entries
    # a note in brackets names nothing: the row goes by its paper's title
    assert entries[0].name.startswith("Challenges and design choices")
    assert entries[0].attribution.authors == "Dueben and Bauer"  # a journal is no author
    # a lab cell's "et al." bylines nothing
    enso = entries[1].attribution
    assert (enso.authors, enso.date) == ("Ham et al.", "2019-09")
    # where else it was published says nothing of what it is
    assert entries[2].claims[0].text.startswith("Hierarchical temporal aggregation")
    # two rows would share a name: each keeps what tells it apart
    assert [e.name for e in entries[3:]] == ["HENS (Part I)", "HENS (Part II)"]


def test_round_45_a_glossarys_formulas_are_definitions_not_first_person() -> None:
    """`I(X; Y)` and the `i` of `i.i.d.` are no writer's "I"; a semicolon inside a formula's
    brackets cuts no definition; a variable's full stop ends its sentence."""
    glossary = parse_text(
        "# G\n\n## S\n\n"
        "**Mutual information**: I(X; Y) = H(X) − H(X | Y), the reduction in uncertainty"
        " about X obtained by observing Y. It is symmetric and non-negative (Shannon 1948).\n\n"
        "**Source coding theorem**: n i.i.d. symbols with entropy H can be compressed into"
        " about nH bits with vanishing error probability, and not fewer (Shannon 1948).\n\n"
        "**Channel capacity**: C = max over input distributions p(x) of I(X; Y): the highest"
        " rate in bits per channel use at which information can be sent with arbitrarily"
        " small error probability (Shannon 1948).\n"
    ).entries
    assert [e.claims[0].text for e in glossary] == [
        "I(X; Y) = H(X) − H(X | Y), the reduction in uncertainty about X obtained by observing Y",
        "n i.i.d. symbols with entropy H can be compressed into about nH bits with vanishing"
        " error probability, and not fewer",
        "C = max over input distributions p(x) of I(X; Y)",
    ]
    assert sentences("Due to J. Smith. It works.") == ["Due to J. Smith.", "It works."]


def test_round_45_a_headline_whose_subject_is_the_papers_name_names_it() -> None:
    moirai = one(
        "- **Moirai is Salesforce's any-variate masked encoder.** [Unified Training of"
        " Universal Time Series Forecasting Transformers](https://arxiv.org/abs/2402.02592)"
        " (Woo et al. — Salesforce AI Research; ICML 2024). Multiple patch-size projections"
        " for different frequencies. See also [Moirai-MoE](https://arxiv.org/abs/2410.10469)"
        " (Liu et al., 2024).\n"
    )
    assert moirai.name == "Moirai"
    tft = one(
        "- **Temporal Fusion Transformer is the one to read if you have lots of covariates.**"
        " [Temporal Fusion Transformers for Interpretable Multi-horizon Time Series"
        " Forecasting](https://arxiv.org/abs/1912.09363) (Lim, Arık, Loeff, Pfister — Oxford"
        " and Google Cloud AI). Variable selection networks and gated residual blocks.\n"
    )
    assert tft.name == "Temporal Fusion Transformer"
    # a subject that is no name: the paper goes by its title
    scaling = one(
        "- **Scaling is not the whole story.** [Scaling Laws for Neural Language Models]"
        "(https://arxiv.org/abs/2001.08361) (Kaplan et al., 2020). Loss falls as a power law"
        " in compute.\n"
    )
    assert scaling.name == "Scaling Laws for Neural Language Models"


def test_round_45_what_another_name_equals_defines_nothing_of_the_entrys() -> None:
    entry = one(
        "1. **LambdaMART** (https://www.microsoft.com/en-us/research/publication/x/)\n"
        '   - Burges, "From RankNet to LambdaRank to LambdaMART: An Overview", 2010\n'
        "   - RankNet = pairwise cross-entropy; LambdaRank = scale gradients by |ΔNDCG|\n"
    )
    assert all(claim.kind != "defines" for claim in entry.claims)
    relevance = one(
        "1. **Relevance models / RM3** ([pdf](https://doi.org/10.1145/383952.383972))\n"
        "   - RM3 = RM1 interpolated with the original query\n"
    )
    assert relevance.claims[0].kind == "defines"  # its own name


def test_round_45_a_bullet_labelled_by_the_entrys_name_then_cited_defines_it() -> None:
    realm = one(
        "1. **REALM** ([pdf](https://arxiv.org/pdf/2002.08909)), **RAG**"
        " ([pdf](https://arxiv.org/pdf/2005.11401))\n"
        "    - REALM (Guu et al., Google, 2020): retriever pretrained jointly with a masked"
        " LM, backprop through retrieval\n"
    )
    assert realm.claims[0].text.startswith("retriever pretrained jointly")
    assert realm.attribution.authors == "Guu et al."
    coil = one(
        "1. **COIL** ([pdf](https://arxiv.org/pdf/2104.07186))\n"
        "    - COIL: Gao, Dai, Callan, NAACL 2021 — contextualized exact-match: store token"
        " vectors in inverted lists\n"
    )
    assert coil.claims[0].text.startswith("contextualized exact-match")
    assert (coil.attribution.authors, coil.attribution.venue) == ("Gao et al.", "NAACL 2021")
    # a note's remark in lower case after a bracket goes, the fact before it stays
    llm2vec = one(
        "1. **LLM2Vec** ([pdf](https://arxiv.org/pdf/2404.05961)) — decoder-only LLM →"
        " embedding model (bidirectional attention + SimCSE). only skimmed\n"
    )
    assert [c.text for c in llm2vec.claims] == [
        "decoder-only LLM → embedding model (bidirectional attention + SimCSE)"
    ]


def test_round_45_a_syllabus_remark_naming_datasets_says_the_paper_introduced_them() -> None:
    cards = _cards(
        "## Week 10\n\n"
        "- Wang Ling, Edward Grefenstette, Karl Moritz Hermann, Tomáš Kočiský, Andrew Senior,"
        ' Fumin Wang, Phil Blunsom. "Latent Predictor Networks for Code Generation." *ACL'
        " 2016*. [ACL Anthology](https://aclanthology.org/P16-1057/) — the Hearthstone and"
        " Magic: The Gathering card datasets.\n"
        '- Sumit Gulwani. "Automating String Processing in Spreadsheets Using Input-Output'
        ' Examples." *POPL 2011*. [doi](https://doi.org/10.1145/1926385.1926423) — the'
        " FlashFill paper; the feature shipped in Excel 2013.\n"
    )
    made = {(card.kind, card.front): card.back for card in cards}
    assert made[
        (
            "introduced",
            "Which paper introduced the Hearthstone and Magic: The Gathering card datasets?",
        )
    ].startswith("Latent Predictor Networks for Code Generation")
    assert not any(kind == "gist" for kind, _ in made)  # neither is what the paper is


def test_round_46_a_syllabus_reading_known_by_a_tools_name_and_its_logistics() -> None:
    entries = parse_text(
        "## Week 2\n\n"
        '- Chris Dyer, Victor Chahuneau, Noah A. Smith. "A Simple, Fast, and Effective'
        ' Reparameterization of IBM Model 2." *NAACL 2013*. [ACL Anthology]'
        "(https://aclanthology.org/N13-1073/) (fast_align)\n"
        "- Yonghui Wu et al. \"Google's Neural Machine Translation System: Bridging the Gap"
        ' between Human and Machine Translation." Technical report, 2016.'
        " [arXiv](https://arxiv.org/abs/1609.08144)\n"
        "- Jurafsky & Martin, *Speech and Language Processing* (3rd ed. draft), the Machine"
        " Translation chapter. [web](https://web.stanford.edu/~jurafsky/slp3/)\n"
    ).entries
    assert entries[0].name == "fast_align"
    # what kind of report and which chapter say nothing of what it is
    assert entries[1].claims == [] and entries[2].claims == []


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # surnames with commas only, then the bracket (round 46)
        ("- Wu, Qi, Fuxin (Oregon State, CVPR 2019).", "Wu et al."),
        ("Goyal, Law, Liu, Newell, Deng (Princeton, ICML 2021).", "Goyal et al."),
        # a capitalised particle (round 46: `Gool and Timofte`)
        ("Zhang, Liang, Van Gool and Timofte, ", "Zhang et al."),
    ],
)
def test_round_46_bylines(text: str, authors: str) -> None:
    found = (
        attribution.byline_before(text) if text.endswith(", ") else attribution.cut(text)[0].authors
    )
    assert found == authors


def test_round_46_the_writers_label_before_a_colon_gives_way_to_what_follows() -> None:
    entry = one(
        '- **NAFNet.** Chen, Chu, Zhang and Sun, ["Simple Baselines for Image Restoration"]'
        "(https://arxiv.org/abs/2204.04676) (ECCV 2022), MEGVII. The contrarian paper: strip"
        " the block down, and then remove the nonlinear activations entirely.\n"
    )
    assert entry.claims[0].text.startswith("strip the block down")


def test_round_46_a_table_cells_line_break_ends_its_byline() -> None:
    entry = parse_text(
        "## S\n\n| Paper | Links |\n|---|---|\n"
        "| **VILA: On Pre-training for Visual Language Models** — Lin et al., NVIDIA · CVPR"
        " 2024 · Dec 2023<br>An ablation study of the pretraining stage. | [arXiv]"
        "(https://arxiv.org/abs/2312.07533) |\n"
    ).entries[0]
    assert not any("NVIDIA" in claim.text or "·" in claim.text for claim in entry.claims)
    assert any(c.text == "An ablation study of the pretraining stage" for c in entry.claims)


def test_round_46_a_table_rows_bracket_after_its_title_names_its_paper() -> None:
    table = "## S\n\n| Paper | Links |\n|---|---|\n"
    named = parse_text(
        table + "| **How Far Are We to GPT-4V? Closing the Gap to Commercial Multimodal Models"
        " with Open-Source Suites** (InternVL 1.5) — Chen et al., Shanghai AI Lab · Apr 2024"
        "<br>Three improvements: continued training of InternViT-6B and dynamic high"
        " resolution. | [arXiv](https://arxiv.org/abs/2404.16821) |\n"
    ).entries[0]
    assert named.name == "InternVL 1.5"
    # a bracket further on names something else (`(Pangu-Weather)`), not the row's paper
    other = parse_text(
        table + "| **The rise of data-driven weather forecasting** — Ben-Bouallègue et al.,"
        " BAMS 2024. First verification of an ML model (Pangu-Weather) against the IFS. |"
        " [arXiv](https://arxiv.org/abs/2307.10128) |\n"
    ).entries[0]
    assert other.name == "The rise of data-driven weather forecasting"


def test_round_46_a_glossarys_reading_praised_as_a_treatment_made_nothing() -> None:
    entries = parse_text(
        "# G\n\n## MPC\n\n"
        "**Recursive feasibility**: The guarantee that if the MPC problem is feasible now it"
        " will stay feasible at the next step. The standard treatment of stability and"
        " optimality (Mayne, Rawlings, Rao and Scokaert 2000).\n\n"
        "**Safe learning in robotics**: The umbrella term for learning-based control with"
        " safety guarantees. A good map of the area (Brunke et al. 2022).\n\n"
        "**Model predictive control**: Solve a finite-horizon optimal control problem at each"
        " step and apply the first input (Richalet et al. 1978).\n"
    ).entries
    assert [e.attribution.authors for e in entries] == ["", "", "Richalet et al."]


@pytest.mark.parametrize("phrase", ["current", "removing", "from scratch"])
def test_round_46_the_writers_emphasis_on_a_plain_word_is_no_term(phrase: str) -> None:
    text = f"train it {phrase} with a new BitLinear layer"
    assert phrase not in claim_terms(text, [phrase], [], [])
    assert "BitLinear" in claim_terms(text, ["BitLinear"], [], [])


def test_round_47_a_given_name_before_a_possessive_byline_is_no_author() -> None:
    entry = one(
        "- **A dose of skepticism.** Sara Hooker's [The Hardware Lottery]"
        "(https://arxiv.org/abs/2009.06489) (2020) argues that research ideas win or lose"
        " partly because they suit the hardware available.\n"
    )
    assert entry.attribution.authors != "Sara"
    assert entry.attribution.year == 2020


def test_round_47_a_byline_of_one_name_and_unnamed_co_authors_leaves_the_claim() -> None:
    entry = one(
        "- **The paper that started the accelerator gold rush.** [In-Datacenter Performance"
        " Analysis of a Tensor Processing Unit](https://arxiv.org/abs/1704.04760) by Norman"
        " Jouppi and a long list of Google co-authors (ISCA 2017) describes TPUv1, an"
        " inference-only chip built around a 256×256 systolic array.\n"
    )
    assert entry.attribution.authors == "Jouppi et al."
    assert entry.claims[0].text.startswith("describes TPUv1")


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Hyoukjun Kwon et al.'s", "Kwon et al."),
        ("Wulf and McKee's", "Wulf and McKee"),
        ("H. T. Kung's", "Kung"),
        ("Yu-Hsin Chen, Joel Emer and Vivienne Sze's", "Chen et al."),
        ("Sara Hooker's (2020)", "Hooker"),
        ("by Yakun Sophia Shao et al. (MICRO 2019)", "Shao et al."),
        ("by Jack Choquette et al. (IEEE Micro, 2018)", "Choquette et al."),
        ("Moore's law", ""),  # one surname in the possessive names a law, not its maker
        ("Keeps Autoformer's decomposition", ""),  # what it does, a name in it
        (
            "Understanding Reuse, Performance, and Hardware Cost of DNN Dataflows: A Data-Centric"
            " Approach",
            "",
        ),  # a title, never `Reuse and Performance`
    ],
)
def test_round_48_people_in_the_possessive_and_by_whole_names(text: str, authors: str) -> None:
    found, rest = attribution.cut(text)
    assert found.authors == authors
    if authors:
        assert not rest.strip(" ()")


def test_round_48_a_one_word_label_over_a_papers_link_names_the_paper() -> None:
    chiplets = one(
        "- **Chiplets.** [Simba: Scaling Deep-Learning Inference with Multi-Chip-Module-Based"
        " Architecture](https://doi.org/10.1145/3352460.3358302) by Yakun Sophia Shao et al."
        " (MICRO 2019) is NVIDIA Research's 36-chiplet inference prototype.\n"
    )
    assert chiplets.name == "Simba"
    assert (chiplets.attribution.authors, chiplets.attribution.venue) == (
        "Shao et al.",
        "MICRO 2019",
    )
    assert chiplets.claims[0].text == "NVIDIA Research's 36-chiplet inference prototype"
    maestro = one(
        "- **MAESTRO.** Hyoukjun Kwon et al.'s [Understanding Reuse, Performance, and Hardware"
        " Cost of DNN Dataflows: A Data-Centric Approach](https://arxiv.org/abs/1805.02566)"
        " (MICRO 2019) gives an analytical cost model built on a data-centric notation.\n"
    )
    assert (maestro.name, maestro.papers) == ("MAESTRO", ["1805.02566"])
    assert maestro.attribution.authors == "Kwon et al."
    assert maestro.claims[0].text.startswith("gives an analytical cost model")
    # a label whose paper comes sentences later is still the entry's own name
    cerebras = one(
        "- **Cerebras.** The wafer-scale engine is one enormous die with on-wafer SRAM. Their"
        " most readable paper is Kamil Rocki et al.'s [Fast Stencil-Code Computation on a"
        " Wafer-Scale Processor](https://arxiv.org/abs/2010.03660) (SC 2020).\n"
    )
    assert cerebras.name == "Cerebras"


def test_round_48_a_possessive_byline_before_a_linked_title_is_its_attribution() -> None:
    entry = one(
        "- **Start with the memory wall.** Wulf and McKee's [Hitting the Memory Wall:"
        " Implications of the Obvious](https://doi.org/10.1145/216585.216588) (ACM SIGARCH"
        " Computer Architecture News, 1995) is five pages of arithmetic showing that memory"
        " access time eventually dominates.\n"
    )
    assert (entry.attribution.authors, entry.attribution.year) == ("Wulf and McKee", 1995)
    assert entry.claims[0].text == "shows that memory access time eventually dominates"
    kung = one(
        "- **Systolic arrays are older than you think.** H. T. Kung's [Why Systolic"
        " Architectures?](https://doi.org/10.1109/MC.1982.1653825) (IEEE Computer, 1982)"
        " introduced the idea of a grid of processing elements that pass data to neighbours.\n"
    )
    assert kung.attribution.authors == "Kung"
    assert kung.claims[0].text.startswith("introduced the idea of a grid")


def test_round_48_the_classic_on_a_subject_is_what_it_is_about() -> None:
    entry = one(
        "- **TVM.** Tianqi Chen et al.'s [TVM: An Automated End-to-End Optimizing Compiler for"
        " Deep Learning](https://arxiv.org/abs/1802.04799) (OSDI 2018) is the classic on"
        " separating the compute definition from the schedule.\n"
    )
    assert entry.claims[0].text == "separating the compute definition from the schedule"
    assert entry.attribution.venue == "OSDI 2018"


def test_round_48_a_qualified_name_and_another_works_sentence() -> None:
    """Round 48 (a vector-search blog): "Who made **PQ**? → Ge et al." for *Optimized
    Product Quantization*, and Bolt's sentence read as what Quicker ADC does."""
    opq = one(
        "- **Optimized PQ: rotate before you split.** PQ assumes the dimensions are balanced."
        " Ge, He, Ke and Sun's [Optimized Product Quantization](https://openaccess.thecvf.com/"
        "content_cvpr_2013/html/Ge_Optimized_Product_Quantization_2013_CVPR_paper.html) (CVPR"
        " 2013) learns an orthogonal rotation jointly with the codebooks.\n"
    )
    assert opq.name == "Optimized PQ"
    quicker = one(
        "- **Make the lookup tables fit in registers.** André, Kermarrec and Le Scouarnec's"
        " [Quicker ADC](https://arxiv.org/abs/1812.09162) (TPAMI) uses 4-bit sub-quantizers so"
        " the lookup tables fit in SIMD registers. Blalock and Guttag's [Bolt]"
        "(https://arxiv.org/abs/1706.10283) (KDD 2017) reaches a similar place from a different"
        " angle.\n"
    )
    assert not [c for c in quicker.claims if "similar place" in c.text]
    found, rest = attribution.cut("Blalock and Guttag's Bolt (KDD 2017) reaches a similar place")
    assert found.authors == "Blalock and Guttag" and rest.startswith("'s Bolt")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Thompson Sampling: An Asymptotically Optimal Finite-Time Analysis", ""),
        ("Approximate Nearest Neighbors: Towards Removing the Curse of Dimensionality", ""),
        ("Timeloop: A Systematic Approach to DNN Accelerator Evaluation", "Timeloop"),
    ],
)
def test_round_48_a_title_that_studies_its_head_is_not_named_by_it(title: str, name: str) -> None:
    entry = one(f"- [{title}](https://arxiv.org/abs/1205.4217) - Kaufmann et al. (2012).\n")
    assert entry.name == (name or title)


def test_round_48_a_journal_an_award_and_a_possessive_are_no_people() -> None:
    svdd = one(
        "- [Support Vector Data Description](https://doi.org/10.1023/B:MACH.0000008084.60811.49)"
        " - Tax, Duin (TU Delft, Machine Learning 2004). SVDD: finds the minimum-volume"
        " hypersphere enclosing the normal data.\n"
    )
    assert svdd.attribution.authors == "Tax and Duin"
    pixel = one(
        '- van den Oord, Kalchbrenner, Kavukcuoglu, "Pixel Recurrent Neural Networks", *ICML'
        " 2016* (Best Paper). [PMLR](https://proceedings.mlr.press/v48/oord16.html)\n"
    )
    assert (pixel.attribution.authors, pixel.attribution.lab) == ("van den Oord et al.", "")
    assert attribution.byline_before("read Indyk and Motwani's ") == "Indyk and Motwani"


def test_round_48_a_glossary_term_defined_is_no_topic_and_introduced_nothing() -> None:
    entries = parse_text(
        "# G\n\n## DiD\n\n"
        "**Parallel trends**: The key DiD identifying assumption: without treatment, treated"
        " and control groups would have followed the same average path.\n\n"
        "**Pre-trend testing**: Roth (2022) shows conditioning on passing a pre-trend test can"
        " make bias worse. Rambachan & Roth (2023) propose sensitivity analysis that bounds how"
        " far post-treatment violations of parallel trends can go.\n\n"
        "**Synthetic control**: A weighted combination of control units that tracks the treated"
        " unit before treatment (Abadie and Gardeazabal 2003).\n"
    ).entries
    assert not entries[0].topic and entries[0].name == "Parallel trends"
    cards = _cards(
        "## DiD\n\n**Parallel trends**: The key DiD identifying assumption.\n\n"
        "**Pre-trend testing**: Roth (2022) shows conditioning on passing a pre-trend test can"
        " make bias worse. Rambachan & Roth (2023) propose sensitivity analysis that bounds how"
        " far post-treatment violations of parallel trends can go.\n\n"
        "**Synthetic control**: A weighted combination of control units that tracks the treated"
        " unit before treatment (Abadie and Gardeazabal 2003).\n"
    )
    assert not [card for card in cards if card.kind == "introduced"]


def test_round_48_a_syllabus_reading_goes_by_the_name_after_its_links_dash() -> None:
    """Round 48 (a bandits course): `[JMLR](…) — AdaGrad.`, `— UCB1 with O(log T) regret`,
    `— LinUCB on the Yahoo! Today module`: the name the reading is known by, never asked."""
    syllabus = parse_text(
        "## Week 3\n\n"
        '- J. Duchi, E. Hazan and Y. Singer, "Adaptive Subgradient Methods for Online Learning'
        ' and Stochastic Optimization," *JMLR* 12, 2011. [JMLR](https://www.jmlr.org/papers/'
        "v12/duchi11a.html) — AdaGrad.\n"
        '- P. Auer, N. Cesa-Bianchi and P. Fischer, "Finite-time Analysis of the Multiarmed'
        ' Bandit Problem," *Machine Learning* 47, 2002. [doi](https://doi.org/10.1023/A:'
        "1013689704352) — UCB1 with O(log T) regret at every horizon.\n"
        '- L. Li, W. Chu, J. Langford and R. E. Schapire, "A Contextual-Bandit Approach to'
        ' Personalized News Article Recommendation," WWW 2010. [arXiv](https://arxiv.org/abs/'
        "1003.0146) — LinUCB on the Yahoo! Today module.\n"
    ).entries
    assert [entry.name for entry in syllabus] == ["AdaGrad", "UCB1", "LinUCB"]
    notes = one(
        "- **Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour**"
        " (https://arxiv.org/abs/1706.02677)\n"
        "  - ResNet-50 on ImageNet in 1 hour on 256 GPUs, minibatch 8192\n"
    )
    assert notes.name != "ResNet-50"  # what the paper trained, not its name


def test_round_48_one_capitalised_word_a_paper_introduced_is_asked() -> None:
    cards = _cards(
        "## Week 1\n\n"
        '- Y. Freund and R. E. Schapire, "A Decision-Theoretic Generalization of On-Line'
        ' Learning and an Application to Boosting," *JCSS* 55(1), 1997.'
        " [doi](https://doi.org/10.1006/jcss.1997.1504) — introduces Hedge; read Sections 1–2"
        " only.\n"
    )
    assert [card.front for card in cards if card.kind == "introduced"] == [
        "Which paper introduced Hedge?"
    ]


def test_round_48_a_notes_citation_bullet_ending_in_a_bold_name_names_the_paper() -> None:
    """Round 48 (consensus notes): the Raft paper's cards asked about *In Search of an
    Understandable Consensus Algorithm* and never said Raft; HLC likewise (and `Hybrid
    Logical Clocks (HLC)` after a dash was read as a person, `Clocks`)."""
    raft = one(
        "1. **In Search of an Understandable Consensus Algorithm** ([pdf](https://raft.github.io/"
        "raft.pdf))\n"
        "    - Ongaro & Ousterhout (Stanford), USENIX ATC 2014 — **Raft**, Best Paper Award\n"
        "    - decomposes consensus into **leader election**, **log replication**, **safety**\n"
    )
    assert raft.name == "Raft"
    assert raft.attribution.venue == "USENIX ATC 2014"
    hlc = one(
        "1. **Logical Physical Clocks and Consistent Snapshots in Globally Distributed"
        " Databases** ([pdf](https://cse.buffalo.edu/tech-reports/2014-04.pdf))\n"
        "    - Kulkarni, Demirbas, Madappa, Avva, Leone — tech report 2014 (OPODIS 2014) —"
        " **Hybrid Logical Clocks (HLC)**\n"
        "    - timestamp = (l, c): l tracks max physical time seen\n"
    )
    assert hlc.name == "HLC"
    assert (hlc.attribution.authors, hlc.attribution.venue) == ("Kulkarni et al.", "OPODIS 2014")


@pytest.mark.parametrize(
    ("text", "authors", "venue"),
    [
        (
            "Daniil Polykovskiy, Alexander Zhebrak, Benjamin Sanchez-Lengeling et al. (Insilico"
            " Medicine, 2020). A training set",
            "Polykovskiy et al.",
            "",
        ),
        ("Ertl, Schuffenhauer (Novartis, J. Cheminformatics 2009)", "Ertl and Schuffenhauer", ""),
        ("(University of Copenhagen, Chemical Science 2019)", "", "Chemical Science 2019"),
    ],
)
def test_round_49_a_companys_or_journals_field_is_no_surname(
    text: str, authors: str, venue: str
) -> None:
    """Round 49 (a molecule-generation awesome list): "Who made MOSES? → Medicine, 2020",
    "→ Cheminformatics, 2009", and *Chemical Science* cut to *Science*."""
    found, _ = attribution.cut(text)
    assert found.authors == authors
    if venue:
        assert found.venue == venue


def test_round_49_a_headline_on_a_persons_overview_names_no_one() -> None:
    entry = one(
        '- **The DeLiang Wang overview** — DeLiang Wang and Jitong Chen, "Supervised Speech'
        ' Separation Based on Deep Learning: An Overview", IEEE/ACM TASLP 2018'
        " ([arXiv](https://arxiv.org/abs/1708.07524)). Long, but the best single map.\n"
    )
    assert entry.name != "DeLiang"


def test_round_49_an_initial_after_and_is_no_sentences_start() -> None:
    """Round 49 (a mechanism-design course): "Who made *Efficient Mechanisms for Bilateral
    Trading*? → Satterthwaite, 1983": `R. B. Myerson and M. A. Satterthwaite` was split
    after `M.`, `A.` read as the article opening a sentence."""
    assert len(sentences("R. B. Myerson and M. A. Satterthwaite, JET 29(2), 1983.")) == 1
    assert len(sentences("what we learn about X by observing Y. A variable is symmetric.")) == 2
    entry = one(
        '- R. B. Myerson and M. A. Satterthwaite, "Efficient Mechanisms for Bilateral Trading",'
        " *Journal of Economic Theory* 29(2), 1983. [doi](https://doi.org/10.1016/0022-0531(83)"
        "90048-0) — no bilateral-trade mechanism can be efficient and budget balanced.\n"
    )
    assert entry.attribution.authors == "Myerson and Satterthwaite"


def test_round_49_a_mc_surname_is_a_byline_and_no_name() -> None:
    """Round 49 (model-checking notes): "What is **McMillan**? → uses Craig interpolants …":
    `**McMillan — Interpolation and SAT-Based Model Checking**`, in a list of bylined heads."""
    entries = parse_text(
        "## SAT\n\n"
        "1. **Burch, Clarke, McMillan, Dill, Hwang — Symbolic Model Checking: 10^20 States and"
        " Beyond** ([pdf](https://doi.org/10.1016/0890-5401(92)90017-A))\n"
        "2. **Biere, Cimatti, Clarke, Zhu — Symbolic Model Checking without BDDs**"
        " ([pdf](https://doi.org/10.1007/3-540-49059-0_14))\n"
        "3. **McMillan — Interpolation and SAT-Based Model Checking**"
        " ([pdf](https://doi.org/10.1007/978-3-540-45069-6_1))\n"
        "    - CAV 2003\n"
        "    - uses **Craig interpolants** extracted from UNSAT proofs of BMC instances\n"
    ).entries
    assert entries[2].title == "Interpolation and SAT-Based Model Checking"
    assert entries[2].name != "McMillan" and entries[2].attribution.authors == "McMillan"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Zhong-Qiu Wang, Samuele Cornell, Shinji Watanabe and colleagues at CMU and MERL"
            " (ICASSP 2023 version). The STFT strikes back",
            "Wang et al.",
        ),
        ("Simon Welker, Julius Richter and Timo Gerkmann, , Interspeech 2022", "Welker et al."),
        ("Haotian Liu, Chunyuan Li, Qingyang Wu, Yong Jae Lee · (oral) · Apr 2023", "Liu et al."),
        ("Google Brain and DeepMind showed it", ""),  # labs, no people
    ],
)
def test_round_49_people_by_whole_names_open_a_text(text: str, authors: str) -> None:
    """Round 49 (a source-separation blog): `**TF-GridNet** — Zhong-Qiu Wang, Samuele Cornell,
    Shinji Watanabe and colleagues at CMU and MERL (ICASSP 2023 …)` gave no who-made card and
    read the people as the claim."""
    found, rest = attribution.cut(text)
    assert found.authors == authors
    if authors:
        assert "Wang," not in rest and "Lee" not in rest


def test_round_49_a_glossary_credits_no_textbook_chapter_nor_a_later_paper() -> None:
    """Round 49 (a numerical-optimization glossary): "Who made **Lagrangian duality**? →
    Boyd and Vandenberghe, 2004" (a chapter of their book), "Who made **Polyak–Łojasiewicz
    (PL) condition**? → Karimi et al., 2016" (who revisited it)."""
    cards = _cards(
        "## Duality\n\n"
        "**Lagrangian duality**: Minimizing the Lagrangian over x gives the dual function, a"
        " concave lower bound on the primal optimum (Boyd & Vandenberghe 2004, ch. 5).\n\n"
        "**Polyak–Łojasiewicz (PL) condition**: A gradient-domination inequality, weaker than"
        " strong convexity (Polyak 1963; Łojasiewicz 1963). Karimi, Nutini & Schmidt revisited"
        " it for ML in [arXiv:1608.04636](https://arxiv.org/abs/1608.04636) (Karimi et al."
        " 2016).\n\n"
        "**Heavy-ball momentum**: Adds a multiple of the last step to the gradient step"
        " (Polyak 1964).\n"
    )
    made = {card.front: card.back for card in cards if card.kind == "attribution"}
    assert not [back for back in made.values() if "Karimi" in back or "Boyd" in back]
    assert any("Heavy-ball momentum" in front for front in made)  # (Polyak's own, kept)


def test_round_49_a_person_whose_surname_is_a_labs_name_is_no_lab() -> None:
    """Round 49: "Who made SepFormer? → Subakan et al. (Cornell)": Samuele Cornell, an
    author; but `(Cornell, 2019)` and `Google DeepMind` are labs."""
    found, _ = attribution.cut(
        "Cem Subakan, Mirco Ravanelli, Samuele Cornell, Mirko Bronzi and Jianyuan Zhong,"
        ' "Attention is All You Need in Speech Separation", ICASSP 2021'
    )
    assert (found.authors, found.lab) == ("Subakan et al.", "")
    assert attribution.cut("Kleinberg, Mullainathan & Raghavan (Cornell, 2016)")[0].lab == "Cornell"


@pytest.mark.parametrize(
    ("line", "authors", "venue"),
    [
        # r50 syllabus: one person by their whole name before a quoted title; a journal, its
        # volume and issue, its year (never `Information and Computation` as two people,
        # nor `Theoretical Computer` as an author)
        (
            '- Jean-Yves Girard, "Linear Logic." *Theoretical Computer Science* 50(1), 1987.'
            " [doi](https://doi.org/10.1016/0304-3975(87)90045-4)\n",
            "Girard",
            "Theoretical Computer Science 1987",
        ),
        (
            '- Andrew K. Wright and Matthias Felleisen, "A Syntactic Approach to Type'
            ' Soundness." *Information and Computation* 115(1), 1994.'
            " [doi](https://doi.org/10.1006/inco.1994.1093)\n",
            "Wright and Felleisen",
            "Information and Computation 1994",
        ),
        (
            "- Dimitrios Vytiniotis, Simon Peyton Jones, Tom Schrijvers, Martin Sulzmann,"
            ' "OutsideIn(X): Modular type inference with local assumptions." *Journal of'
            " Functional Programming* 21(4–5), 2011.\n",
            "Vytiniotis et al.",
            "Journal of Functional Programming 2011",
        ),
        # a venue no list of venues knows, alone with its year; a book's chapter
        (
            '- Jeremy G. Siek, Michael M. Vitousek, Matteo Cimini, John Tang Boyland, "Refined'
            ' Criteria for Gradual Typing." *SNAPL 2015*.'
            " [doi](https://doi.org/10.4230/LIPIcs.SNAPL.2015.274)\n",
            "Siek et al.",
            "SNAPL 2015",
        ),
        (
            '- David Walker, "Substructural Type Systems." ATTAPL ch. 1, 2005.\n',
            "Walker",
            "ATTAPL 2005",
        ),
    ],
)
def test_a_syllabus_citation_with_a_journal_volume_gives_its_people_and_its_journal(
    line: str, authors: str, venue: str
) -> None:
    found = one(line).attribution
    assert (found.authors, found.venue) == (authors, venue)
    year = int(venue[-4:])
    assert found.year == year


def test_a_title_alone_before_a_removed_quote_is_no_person() -> None:
    assert attribution.cut('Deep Learning,  ."')[0].authors == ""
    assert attribution.cut('Google Brain,  ."')[0].authors == ""


def test_a_link_that_says_what_kind_of_document_it_is_is_no_claim() -> None:
    """r50 blog: "What is **LLM Powered Autonomous Agents**? → blog post, June 2023"."""
    entry = one(
        '- **Lilian Weng\'s "LLM Powered Autonomous Agents"** — [blog post, June'
        " 2023](https://lilianweng.github.io/posts/2023-06-23-agent/). Still the best"
        " single-page overview of planning, memory and tool use.\n"
    )
    assert all("blog post" not in claim.text for claim in entry.claims)
    mcp = one(
        "- **Model Context Protocol** — [Anthropic's announcement, Nov"
        " 2024](https://www.anthropic.com/news/model-context-protocol). The open protocol"
        " for connecting assistants to tools and data sources.\n"
    )
    assert [claim.text for claim in mcp.claims][:1] == [
        "The open protocol for connecting assistants to tools and data sources"
    ]


def test_a_later_sentences_citation_after_another_name_is_that_names() -> None:
    """r50 blog: "Who made **SayCan**? → Huang et al., 2022" — Huang et al. wrote Inner
    Monologue, cited right after its name in the entry's last sentence."""
    entry = one(
        "- **Inner Monologue and SayCan** — the robotics side of the same idea, worth knowing"
        " because agent people often forget that Google got there early. **SayCan** ([Ahn et"
        ' al., 2022](https://arxiv.org/abs/2204.01691), "Do As I Can, Not As I Say") grounds'
        " an LLM's proposed steps in a robot's learned affordances. **Inner Monologue**"
        " ([Huang et al., 2022](https://arxiv.org/abs/2207.05608)) feeds environment"
        " feedback back into the planner as text (CoRL 2022).\n"
    )
    assert entry.name == "SayCan"
    assert (entry.attribution.authors, entry.attribution.year) == ("Ahn et al.", 2022)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # r50 glossary: a closing citation with its link after a semicolon
        (
            "**AdaBoost**: Adaptive boosting. Reweights the training examples each round to focus"
            " on mistakes. Training error drops exponentially fast (Freund & Schapire 1997,"
            " *JCSS*; [doi](https://doi.org/10.1006/jcss.1997.1504))",
            "Freund and Schapire",
        ),
        # a later sentence on what the term does, opening with `It`/`Its`/`This`
        (
            "**Bagging**: Bootstrap aggregating. Train models on bootstrap resamples and average"
            " or vote. It reduces variance, so it helps most with unstable learners like deep"
            " trees (Breiman 1996, *Machine Learning*)",
            "Breiman",
        ),
        (
            "**CatBoost**: A GBDT library. It uses ordered boosting to avoid prediction shift."
            " Its trees are oblivious (symmetric) (Prokhorenkova, Gusev, Vorobev, Dorogush &"
            " Gulin 2018, NeurIPS; https://arxiv.org/abs/1706.09516)",
            "Prokhorenkova et al.",
        ),
        # a review given after the term's own citation is a reading, not its makers
        (
            "**Kernel mean embedding**: Represents a distribution P as the mean element in an"
            " RKHS. With a characteristic kernel, the mapping is injective (Smola, Gretton, Song"
            " & Schölkopf 2007). Review: Muandet et al. 2017 (https://arxiv.org/abs/1605.09522)",
            "Smola et al.",
        ),
        # r51 glossary: later work on the term, by the people it names, or on another
        # named thing, is no credit for the term (but `The term comes from Turing's paper`)
        (
            "**Mixed-precision iterative refinement**: Factorize A in low precision, then"
            " correct the solution with residuals computed in higher precision. Carson and"
            " Higham analyse the three-precision version ([Carson & Higham"
            " 2018](https://doi.org/10.1137/17M1140819)).",
            "",
        ),
        (
            "**CP decomposition**: CANDECOMP/PARAFAC, which writes a tensor as a sum of rank-one"
            " outer products. Kolda and Bader's survey is the standard entry point ([Kolda &"
            " Bader 2009](https://doi.org/10.1137/07070111X)).",
            "",
        ),
        (
            "**Polar decomposition**: A = UH, with U orthogonal and H symmetric positive"
            " semidefinite. The scaled Newton iteration converges quadratically to U ([Higham"
            " 1986](https://doi.org/10.1137/0907079)).",
            "",
        ),
        (
            "**Condition number**: κ(A) = ‖A‖‖A⁻¹‖, which bounds how much a relative"
            " perturbation can be amplified. The term comes from Turing's paper on rounding"
            " errors in matrix processes ([Turing 1948](https://doi.org/10.1093/qjmam/1.1.287)).",
            "Turing",
        ),
        # still: another named result, a warning from a reading, two citations in history
        (
            "**Fisher information**: The variance of the score. Its inverse gives the"
            " Cramér–Rao bound on unbiased estimators (Rao 1945)",
            "",
        ),
        (
            "**p-value**: The probability, under the null hypothesis, of a result at least as"
            " extreme as the one observed. It is not the probability that the null is true"
            " ([Wasserstein & Lazar 2016](https://doi.org/10.1080/00031305.2016.1154108)).",
            "",
        ),
        (
            "**Cramér–Rao bound**: A lower bound on the variance of unbiased estimators. It holds"
            " under regularity conditions (Rao 1945; Cramér 1946)",
            "",
        ),
    ],
)
def test_a_glossary_terms_closing_citation(text: str, authors: str) -> None:
    glossary = "## S\n" + "\n\n".join(
        [text, "**Term one**: A first filler term.", "**Term two**: A second filler term."]
    )
    entry = parse_text(glossary).entries[0]
    assert entry.attribution.authors == authors


def test_a_linked_title_is_no_claim_of_the_entry_it_names() -> None:
    """r50 awesome: "What is **Omniglot**? → Human-level concept learning through
    probabilistic program induction" (the paper's title)."""
    entry = one(
        "- **Omniglot** — [Human-level concept learning through probabilistic program"
        " induction](https://doi.org/10.1126/science.aab3050) - Brenden M. Lake, Ruslan"
        " Salakhutdinov, Joshua B. Tenenbaum (NYU / Toronto / MIT, 2015). Introduced the"
        " Omniglot dataset of 1,623 handwritten characters from 50 alphabets.\n"
    )
    assert all("Human-level" not in claim.text for claim in entry.claims)


def test_a_claim_pairing_two_things_with_two_others_is_no_claim_of_either() -> None:
    """r50 awesome: "What does **CIFAR-FS** do? → introduced by R2-D2 and TADAM
    respectively"."""
    entry = one("- **CIFAR-FS** and **FC100** — introduced by R2-D2 and TADAM respectively.\n")
    assert entry.claims == []
    one_thing = one(
        "- **U-Net** — an encoder and a decoder with 4 and 4 levels respectively, joined by"
        " skip connections.\n"
    )
    assert one_thing.claims


def test_a_table_rows_author_alone_after_its_link_is_the_byline() -> None:
    """r50 table: "Who made **Neural Reading Comprehension and Beyond**? → Stanford, 2018"
    (Danqi Chen's thesis; the row names her after the link)."""
    table = (
        "## Surveys\n\n| Year | Name | Lab | Notes |\n|---|---|---|---|\n"
        "| 2018 | Neural Reading Comprehension and Beyond | Stanford | [PhD thesis]"
        "(https://www.cs.princeton.edu/~danqic/papers/thesis.pdf). Danqi Chen. The best single"
        " overview of the 2015–2018 neural RC era. |\n"
    )
    entry = parse_text(table).entries[0]
    assert (entry.attribution.authors, entry.attribution.lab) == ("Chen", "Stanford")


def test_r50_syllabus_a_volumes_title_a_check_in_and_where_a_draft_is() -> None:
    """r50 syllabus: "Who made **Benjamin C**?", "What is **Check-in meeting**?", "What is
    **Practical Foundations …**? → A draft is on the author's page"."""
    volume = one(
        "- Benjamin C. Pierce et al., *Software Foundations, Vol. 2: Programming Language"
        " Foundations*, chapters `Stlc` and `StlcProp`. https://softwarefoundations.cis.upenn.edu/\n"
    )
    assert volume.name == "Software Foundations, Vol. 2: Programming Language Foundations"
    assert volume.attribution.authors == "Pierce et al."
    course = parse_text(
        "## Week 12\n- **Check-in meeting:** week of Apr 7 (sign up for a 15-minute slot)\n"
        '- Jean-Yves Girard, "Linear Logic." *Theoretical Computer Science* 50(1), 1987.\n'
    )
    assert [entry.name for entry in course.entries] == ["Linear Logic"]
    book = one(
        "- Robert Harper, *Practical Foundations for Programming Languages*, 2nd ed. (Cambridge"
        " University Press, 2016). A draft is on the author's page: https://www.cs.cmu.edu/~rwh/pfpl/\n"
    )
    assert book.claims == []


def test_r51_blog_a_titles_bracket_that_opens_with_one_persons_whole_name() -> None:
    """r51 blog: "Robust Monte Carlo Methods … → Stanford, 1997" (Eric Veach's thesis), no
    who-made card for Jensen's photon maps or Burley's Disney notes."""
    veach = one(
        "- **Veach's thesis is the textbook behind the textbook.** [Robust Monte Carlo Methods"
        " for Light Transport Simulation](https://graphics.stanford.edu/papers/veach_thesis/)"
        " (Eric Veach, Stanford PhD thesis, 1997) recasts light transport as an integral over"
        " paths. Bidirectional path tracing was found independently by Lafortune and Willems"
        " (Compugraphics 1993), if you want the other origin story.\n"
    )
    assert (veach.attribution.authors, veach.attribution.year) == ("Veach", 1997)
    assert veach.mentions == []  # (Willems is a person, Compugraphics a venue)
    assert attribution.cut("(Henrik Wann Jensen, Eurographics Workshop on Rendering, 1996)")[
        0
    ] == Attribution(authors="Jensen", year=1996)
    assert attribution.cut("(Brent Burley, SIGGRAPH 2012 Physically Based Shading course)")[
        0
    ].authors == ("Burley")
    # the first of several people, or surnames, are no one person's byline
    for several in (
        "(Thomas Müller, Fabrice Rousselle, Jan Novák and Alexander Keller, SIGGRAPH 2021)",
        "(Mike Schuster, Kaisuke Nakajima; ICASSP 2012)",
        "(Alisa Liu, Jonathan Hayase et al.; COLM 2025)",
        "(Le Roux, Schmidt & Bach 2012)",
    ):
        assert attribution.cut(several)[0].authors not in {"Müller", "Schuster", "Liu", "Le Roux"}


def test_r51_blog_a_label_before_the_colon_names_the_cited_paper() -> None:
    """r51 blog: `**Neural radiance caching: the MLP as a lookup table for light.**` was
    named MLP; `**3D Gaussian Splatting: …**` over a title opening with a digit got no card."""
    nrc = one(
        "- **Neural radiance caching: the MLP as a lookup table for light.** [Real-time Neural"
        " Radiance Caching for Path Tracing](https://arxiv.org/abs/2106.12372) (Thomas Müller,"
        " Fabrice Rousselle, Jan Novák and Alexander Keller, SIGGRAPH 2021) trains a small MLP"
        " online.\n"
    )
    assert nrc.name == "Neural radiance caching"
    splat = one(
        "- **3D Gaussian Splatting: rasterization strikes back.** [3D Gaussian Splatting for"
        " Real-Time Radiance Field Rendering](https://arxiv.org/abs/2308.04079) (Bernhard Kerbl,"
        " Georgios Kopanas, Thomas Leimkühler and George Drettakis, SIGGRAPH 2023) represents a"
        " scene as millions of anisotropic 3D Gaussians.\n"
    )
    assert (splat.name, splat.papers) == ("3D Gaussian Splatting", ["2308.04079"])
    assert splat.attribution.authors == "Kerbl et al."


def test_r51_notes_a_preprints_year_is_no_claim_and_a_bracket_of_surnames_is_led_by_its_first() -> (
    None
):
    """r51 notes: "What is **SoundStream**? → arXiv 2021, later IEEE/ACM TASLP", "Who made
    **Deep Voice 1 / 2 / 3**? → Peng et al." (Arık, Ping, Peng et al.)."""
    soundstream = one(
        "1. **SoundStream** ([pdf](https://arxiv.org/abs/2107.03312))\n"
        "    - Neil Zeghidour, Alejandro Luebs, Ahmed Omran, Jan Skoglund, Marco Tagliasacchi"
        " (Google) — arXiv 2021, later IEEE/ACM TASLP\n"
        "    - conv encoder → residual vector quantization → decoder\n"
    )
    assert [claim.text for claim in soundstream.claims][:1] == [
        "conv encoder → residual vector quantization → decoder"
    ]
    found, rest = attribution.cut("Baidu SVAIL (Arık, Ping, Peng et al.); ICML 2017, NeurIPS 2017")
    assert found.authors == "Arık et al."
    assert "Ping" not in rest


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # r52 syllabus: a surname-first byline read past an apostrophe, a generational
        # suffix and a year right after the last initials
        (
            "Park, J. S., O'Brien, J. C., Cai, C. J., Morris, M. R., Liang, P. and Bernstein,"
            " M. S.",
            "Park et al.",
        ),
        ("Blodgett, S. L., Barocas, S., Daumé III, H. and Wallach, H.", "Blodgett et al."),
        ("Törnberg, P., Valeeva, D., Uitermark, J. and Bail, C. 2023.", "Törnberg et al."),
    ],
)
def test_r52_a_surname_first_byline_is_read_to_its_end(byline: str, authors: str) -> None:
    assert attribution.cut(byline)[0].authors == authors


def test_r52_a_last_authors_surname_is_no_work_and_an_award_is_no_claim() -> None:
    """r52 awesome: "Who made **Metaxas**? → Rutgers, 2019"; r52 notes: "What is **Omega**?
    → best student paper"."""
    semgcn = one(
        "- [Semantic Graph Convolutional Networks for 3D Human Pose"
        " Regression](https://arxiv.org/abs/1904.03345) - Long Zhao, Xi Peng, Yu Tian, Mubbasir"
        " Kapadia, Dimitris N. Metaxas (Rutgers, 2019). SemGCN: graph convolutions over the"
        " skeleton graph.\n"
    )
    assert semgcn.mentions == []
    omega = one(
        "1. **Omega** ([pdf](https://research.google.com/pubs/archive/41684.pdf))\n"
        "   - Schwarzkopf, Konwinski, Abd-El-Malek, Wilkes — EuroSys 2013, best student paper\n"
    )
    assert omega.claims == []


def _by_kind(text: str) -> dict[str, str]:
    made = template_cards(parse_text("## S\n" + text), load_templates())
    return {card.kind: f"{card.front} => {card.back}" for card in made.cards}


def test_r52_a_bold_title_whose_link_cites_its_authors_is_the_entrys_own_paper() -> None:
    """r52 blog: GCG's entry gave one card (who made it); its paper counted as related
    work, its title unasked, what it introduced unread."""
    text = (
        "- **Universal and Transferable Adversarial Attacks on Aligned Language Models**"
        " ([Zou et al., 2023](https://arxiv.org/abs/2307.15043)) - GCG. Greedy Coordinate"
        " Gradient search finds a gibberish suffix that makes open models comply, and the"
        " suffixes transfer to closed models. It also introduced AdvBench, which half the"
        " later papers evaluate on.\n"
    )
    entry = one(text)
    assert (entry.papers, entry.related) == (["2307.15043"], [])
    assert entry.attribution.authors == "Zou et al."
    assert entry.paper_titles == {
        "2307.15043": "Universal and Transferable Adversarial Attacks on Aligned Language Models"
    }
    cards = _by_kind(text)
    assert cards["gist"].startswith("What does **GCG** do? => finds a gibberish suffix")
    assert cards["introduced"].startswith("Which paper introduced AdvBench? => GCG: Universal")
    assert cards["paper-name"].endswith("=> **GCG**")


def test_r52_a_definitions_closing_citation_and_a_title_with_and_are_no_byline_links() -> None:
    """`… ([Tammelin 2014](arXiv))` closes a definition (the work it credits), and
    *… Completion and Question Answering* is a title, not two surnames."""
    cfr = one(
        "**CFR+**: A CFR variant that floors cumulative regrets at zero"
        " ([Tammelin 2014](https://arxiv.org/abs/1407.5042)).\n\n"
        "**CFR**: Counterfactual regret minimization.\n\n**Nash**: An equilibrium.\n"
    )
    assert cfr.papers == []
    kgt5 = one(
        "- [Sequence-to-Sequence Knowledge Graph Completion and Question"
        " Answering](https://arxiv.org/abs/2203.10321) - Apoorv Saxena, Adrian Kochsiek (ACL"
        " 2022). **KGT5**: treats link prediction as sequence-to-sequence generation.\n"
    )
    assert kgt5.paper_titles == {
        "2203.10321": "Sequence-to-Sequence Knowledge Graph Completion and Question Answering"
    }


def test_r52_what_an_entry_does_is_asked_without_its_name_as_subject() -> None:
    """`YOLO frames detection as …` was held as a gist (its answer restates the name)."""
    cards = _by_kind(
        "- **YOLO** ([Redmon et al., 2015](https://arxiv.org/abs/1506.02640)) - YOLO frames"
        " detection as a single regression problem from pixels to boxes.\n"
    )
    assert cards["gist"] == (
        "What does **YOLO** do? => frames detection as a single regression problem from"
        " pixels to boxes"
    )


@pytest.mark.parametrize(
    ("reading", "authors"),
    [
        # r53 syllabus: "Muller and WoK" (the book's abbreviation), "Industry et al." (the
        # book's title), "Jr" (a generational suffix as the surname)
        (
            '- Michael Muller, "Curiosity, Creativity, and Surprise as Analytic Tools: Grounded'
            ' Theory Method," *WoK*, 2014.\n',
            "Muller",
        ),
        (
            "- John Brooke, \"SUS: A 'Quick and Dirty' Usability Scale,\" in *Usability"
            " Evaluation in Industry*, Taylor & Francis, 1996.\n",
            "Brooke",
        ),
        (
            '- Dan R. Olsen Jr., "Evaluating User Interface Systems Research," *UIST 2007*.\n',
            "Olsen",
        ),
    ],
)
def test_r53_one_person_before_a_quoted_title_is_its_only_author(
    reading: str, authors: str
) -> None:
    assert one(reading).attribution.authors == authors


def test_r53_a_definition_is_never_cut_inside_the_clause_that_says_what_it_is() -> None:
    """r53 glossary: "Least angle regression → A forward stagewise procedure that", "Spark →
    The smallest number of columns of A"; r53 blog: "AlpaServe → makes the counter-intuitive
    argument", Quest "… uses the current query to estimate"; and a term that is a statement
    gets no "What is …?" (`What is **Certifying RIP is hard**?`)."""
    gists = _gist_cards(
        "**Least angle regression**: A forward stagewise procedure that, with one"
        " modification, computes the whole LASSO solution path at roughly the cost of a single"
        " least-squares fit.\n\n"
        "**Spark**: The smallest number of columns of A that are linearly dependent.\n\n"
        "**Certifying RIP is hard**: Deciding whether a given matrix satisfies RIP is"
        " computationally hard, so in practice RIP is guaranteed for random ensembles.\n\n"
        "**Coherence**: The largest absolute inner product between two normalized columns.\n"
    )
    assert any("procedure that, with one modification, computes" in card for card in gists)
    assert any(card.endswith("of columns of A that are linearly dependent") for card in gists)
    assert not any("Certifying" in card for card in gists)
    alpa = _by_kind(
        "- **AlpaServe** ([Li et al., 2023](https://arxiv.org/abs/2302.11665)) - AlpaServe makes"
        " the counter-intuitive argument that model parallelism helps even when a model fits on"
        " one GPU, because it enables statistical multiplexing of bursty traffic across"
        " devices.\n"
    )
    assert "argument that model parallelism helps" in alpa["gist"]


def _gist_cards(text: str) -> list[str]:
    made = template_cards(parse_text("## S\n" + text), load_templates())
    return [f"{card.front} => {card.back}" for card in made.cards if card.kind == "gist"]


def test_r53_a_hyphenated_venue_is_one_venue() -> None:
    """r53 awesome: "Who made **ORB-SLAM**? → Mur-Artal et al. (T-), RO 2015"."""
    entry = one(
        "- [ORB-SLAM: a Versatile and Accurate Monocular SLAM"
        " System](https://arxiv.org/abs/1502.00956) - Mur-Artal, Montiel, Tardós (Universidad"
        " de Zaragoza, T-RO 2015). Uses the same ORB features for tracking and mapping.\n"
    )
    assert (entry.attribution.venue, entry.attribution.lab) == ("T-RO 2015", "")


@pytest.mark.parametrize(
    ("note", "name"),
    [
        # r53 notes: "What is **DEC**?", "What is **level 1**?", "**LIP** — …", "What is
        # **Concurrency and Computation**?"
        (
            '1. **Chrysos & Emer, "Memory Dependence Prediction Using Store Sets"**'
            " ([pdf](https://example.org/storesets.pdf))\n   - ISCA 1998, DEC\n"
            "   - a load's **store set** = the stores it has depended on in the past\n",
            "Memory Dependence Prediction Using Store Sets",
        ),
        (
            '1. **Yeh & Patt, "Two-Level Adaptive Training Branch Prediction"**'
            " ([doi](https://doi.org/10.1145/123465.123475))\n   - MICRO-24, 1991\n"
            "   - level 1: branch history register (BHR) of recent outcomes; level 2: pattern"
            " history table (PHT) of 2-bit counters\n",
            "Two-Level Adaptive Training Branch Prediction",
        ),
        (
            '1. **Qureshi, Jaleel, Patt, "Adaptive Insertion Policies for High Performance'
            ' Caching"** ([doi](https://doi.org/10.1145/1250662.1250709))\n   - ISCA 2007\n'
            "   - LIP: insert new lines at the LRU position; BIP: insert at MRU only rarely\n",
            "Adaptive Insertion Policies for High Performance Caching",
        ),
        (
            '1. **Mittal, "A Survey of Techniques for Dynamic Branch Prediction"**'
            " (https://arxiv.org/abs/1804.00261)\n"
            "   - Concurrency and Computation: Practice and Experience, 2019\n",
            "A Survey of Techniques for Dynamic Branch Prediction",
        ),
        # r54 notes: "Who made **Tools**?", "What is described here? … → **Head-to-head in
        # FreeBSD**"
        (
            "1. **All File Systems Are Not Created Equal: On the Complexity of Crafting"
            " Crash-Consistent Applications** ([pdf](https://example.org/osdi14-pillai.pdf))\n"
            "   - Pillai, Chidambaram, Alagappan — OSDI 2014.\n"
            "   - Tools: **BOB** (Block Order Breaker) and **ALICE** (Application-Level"
            " Intelligent Crash Explorer).\n",
            "All File Systems Are Not Created Equal: On the Complexity of Crafting"
            " Crash-Consistent Applications",
        ),
        (
            "1. **Journaling Versus Soft Updates: Asynchronous Meta-data Protection in File"
            " Systems** (http://www.usenix.org/event/usenix2000/seltzer)\n"
            "   - Seltzer, Ganger, McKusick — USENIX ATC 2000.\n"
            "   - Head-to-head in FreeBSD: soft updates vs. two journaling implementations.\n",
            "Journaling Versus Soft Updates: Asynchronous Meta-data Protection in File Systems",
        ),
        # r54 awesome: "What is **Introduces the VQ-VAE**?"
        (
            "- [Neural Discrete Representation Learning](https://arxiv.org/abs/1711.00937) -"
            " Aaron van den Oord, Oriol Vinyals (DeepMind, 2017). Introduces the VQ-VAE: an"
            " autoencoder with a learned codebook.\n",
            "VQ-VAE",
        ),
        # r54 syllabus: "Who made **System Demonstrations**?", "known as **JMLR (T5**"
        (
            "- Taku Kudo and John Richardson. *SentencePiece: A simple and language independent"
            " subword tokenizer and detokenizer for Neural Text Processing*. EMNLP 2018 (System"
            " Demonstrations). [ACL Anthology](https://aclanthology.org/D18-2012/)\n",
            "SentencePiece",
        ),
        (
            '- Colin Raffel et al. "Exploring the Limits of Transfer Learning with a Unified'
            ' Text-to-Text Transformer". *JMLR* 21, 2020.'
            " [JMLR](https://jmlr.org/papers/v21/20-074.html) *(T5; read sections 1–3)*\n",
            "T5",
        ),
        # r54 blog: "*Exploring the Limits …* What is this paper known as? → **C4**"
        (
            "- **C4 and the T5 paper.** Start with [Exploring the Limits of Transfer Learning"
            " with a Unified Text-to-Text Transformer](https://arxiv.org/abs/1910.10683)"
            " (Raffel et al., Google, 2019) to see where the Colossal Clean Crawled Corpus came"
            " from.\n",
            "T5",
        ),
    ],
)
def test_r53_r54_a_lab_part_label_track_or_corpus_is_not_the_works_name(
    note: str, name: str
) -> None:
    assert one(note).name == name


def test_r53_an_infinity_sign_is_part_of_a_name_and_a_spelling_keeps_no_half_quote() -> None:
    """r53 table: "What is **Bench (InfiniteBench)**?" (∞Bench) and "What does **NoCha**
    stand for? → novel" challenge"."""
    rows = (
        "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2024-02 | ∞Bench | Tsinghua University | [∞Bench: Extending Long Context Evaluation"
        " Beyond 100K Tokens](https://arxiv.org/abs/2402.13718) — the first benchmark with"
        " average input length above 100K tokens. |\n"
        '| 2024-06 | NoCha | UMass Amherst | [One Thousand and One Pairs: A "novel" challenge'
        " for long-context language models](https://arxiv.org/abs/2406.16264) — 1,001 minimal"
        " pairs of true/false claims about recently published novels. |\n"
    )
    entries = parse_text("## S\n" + rows).entries
    assert entries[0].name == "∞Bench"
    cards = template_cards(parse_text("## S\n" + rows), load_templates()).cards
    assert [c.back for c in cards if c.kind == "acronym"] == ["novel challenge"]


def test_r54_another_papers_citation_and_a_companys_name_are_not_the_entrys_byline() -> None:
    """r54 blog: "Who made **RedPajama**? → Soldaini et al. (AI2)" (Dolma's authors); r54
    awesome: "Who made **HiFi-GAN**? → Enterprise, 2020" (Kakao Enterprise)."""
    red = one(
        "- **RedPajama and Dolma.** Two open reconstructions. [RedPajama: an Open Dataset for"
        " Training Large Language Models](https://arxiv.org/abs/2411.12372) covers V1 and V2."
        " [Dolma: an Open Corpus of Three Trillion Tokens](https://arxiv.org/abs/2402.00159)"
        " (Soldaini et al., AI2, 2024) is the corpus behind OLMo (our podcast goes deeper).\n"
    )
    assert red.attribution.authors != "Soldaini et al."
    hifi = one(
        "- [HiFi-GAN: Generative Adversarial Networks for Efficient and High Fidelity Speech"
        " Synthesis](https://arxiv.org/abs/2010.05646) - Jungil Kong, Jaehyeon Kim, Jaekyoung"
        " Bae (Kakao Enterprise, 2020). GAN vocoder with multi-period discriminators.\n"
    )
    assert (hifi.attribution.authors, hifi.attribution.lab) == ("Kong et al.", "Kakao Enterprise")


def test_r54_a_glossarys_citation_of_a_later_reading_an_update_or_a_test_is_no_credit() -> None:
    """r54 glossary: "Who made **Instrumental variable**? → Angrist et al., 1996" (the LATE
    reading), "**Publication bias** → Egger et al." (their test), "**PRISMA** → Page et al.
    2021" (the update); the people a term is named for keep it (FDR)."""
    entries = {
        entry.title: entry.attribution.authors
        for entry in parse_text(
            "## S\n"
            "**Instrumental variable**: A variable that affects treatment and shares no causes"
            " with the outcome; under monotonicity the IV estimate is the local average"
            " treatment effect among compliers (Angrist, Imbens & Rubin 1996).\n\n"
            "**Publication bias**: Studies with significant results are more likely to be"
            " published; Egger's regression test checks for funnel plot asymmetry (Egger et al."
            " 1997).\n\n"
            "**PRISMA**: Reporting guideline for systematic reviews, updated as PRISMA 2020"
            " (Page et al. 2021).\n\n"
            "**False discovery rate**: The expected proportion of rejected null hypotheses that"
            " are false rejections; the Benjamini–Hochberg step-up procedure controls it"
            " (Benjamini & Hochberg 1995).\n"
        ).entries
    }
    assert entries == {
        "Instrumental variable": "",
        "Publication bias": "",
        "PRISMA": "",
        "False discovery rate": "Benjamini and Hochberg",
    }


def test_r54_a_sentence_that_goes_on_to_another_paper_or_its_sequels_is_not_the_entrys() -> None:
    """r54 blog: Data Mixing Laws' reverse card described RegMix too (`…, and [RegMix: …](…)
    takes the brute-force route`); phi-1's gist described Phi-4 (after `The sequels:`)."""
    mixing = one(
        "- **Mixtures as a regression problem.** [Data Mixing Laws: Optimizing Data Mixtures by"
        " Predicting Language Modeling Performance](https://arxiv.org/abs/2403.16952) (Ye et"
        " al., Fudan, 2024) fits a functional form for loss as a function of mixture"
        " proportions, and [RegMix: Data Mixture as Regression for Language Model"
        " Pre-training](https://arxiv.org/abs/2407.01492) (Liu et al., Sea AI Lab, 2024) takes"
        " the brute-force route: train hundreds of tiny models and fit a regression.\n"
    )
    assert [c.text for c in mixing.claims][:1] == [
        "fits a functional form for loss as a function of mixture proportions"
    ]
    phi = one(
        "- **Textbooks Are All You Need.** [phi-1](https://arxiv.org/abs/2306.11644)"
        " (Gunasekar et al., Microsoft Research, 2023) is the paper that started the wave. The"
        " sequels: [Phi-3](https://arxiv.org/abs/2404.14219) (Abdin et al., 2024) trained"
        " phi-3-mini on 3.3T tokens; and [Phi-4](https://arxiv.org/abs/2412.08905) (Abdin et"
        " al., 2024) makes synthetic data the center of the recipe.\n"
    )
    assert not any("synthetic data the center" in c.text for c in phi.claims)


def test_r54_an_acronyms_last_letter_is_the_next_words_not_a_compounds_second_half() -> None:
    """r54 table: "What does **HPT** stand for? → Heterogeneous Pre-trained"."""
    from srs.reading.acronyms import spelling_in

    title = "Scaling Proprioceptive-Visual Learning with Heterogeneous Pre-trained Transformers"
    assert spelling_in("HPT", title) == "Heterogeneous Pre-trained Transformers"
    assert spelling_in("GPT", "Generative Pre-Training") == "Generative Pre-Training"


def test_r55_a_journal_a_guiding_document_and_a_link_to_weights_are_no_byline_or_title() -> None:
    """r55 syllabus: "Lan and Programming, 2023" (*Mathematical Programming*); r55 blog:
    ChatAFL credited to "RFCs." (`protocol fuzzing guided by RFCs`); r55 table: "What is the
    title of the **Kolors** paper? → technical report and weights on GitHub"."""
    lan = one(
        '- Guanghui Lan, "Policy Mirror Descent for Reinforcement Learning: Linear Convergence,'
        ' New Sampling Complexity, and Generalized Problem Classes", *Mathematical Programming*'
        " 198, 2023. https://arxiv.org/abs/2102.00135\n"
    )
    assert (lan.attribution.authors, lan.attribution.year) == ("Lan", 2023)
    chatafl = one(
        "- **ChatAFL: protocol fuzzing guided by RFCs.** [Large Language Model guided Protocol"
        " Fuzzing](https://www.ndss-symposium.org/wp-content/uploads/2024-556-paper.pdf) (Meng,"
        " Mirchev, Böhme & Roychoudhury, NDSS 2024) builds on AFLNet.\n"
    )
    assert chatafl.attribution.authors == "Meng et al."
    kolors = parse_text(
        "## S\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2024-07 | Kolors | Kuaishou | No arXiv paper; [technical report and weights on"
        " GitHub](https://github.com/Kwai-Kolors/Kolors). Latent diffusion U-Net with a ChatGLM3"
        " text encoder. |\n"
    ).entries[0]
    assert "technical report and weights on GitHub" not in kolors.paper_titles.values()


def test_r55_a_tech_reports_number_is_no_claim() -> None:
    """r55 notes: "What is **A Critique of ANSI SQL Isolation Levels**? → Microsoft Research
    tech report MSR-TR-95-51"."""
    entry = one(
        "8. **Berenson, Bernstein, Gray — A Critique of ANSI SQL Isolation Levels**"
        " (https://arxiv.org/abs/cs/0701157)\n"
        "   - SIGMOD 1995, Microsoft Research tech report MSR-TR-95-51\n"
        "   - shows the ANSI SQL-92 phenomena are ambiguous\n"
    )
    assert [c.text for c in entry.claims] == ["shows the ANSI SQL-92 phenomena are ambiguous"]


def test_a_run_of_empty_commas_after_a_person_is_read_at_once() -> None:
    """A person, then thousands of `, ,` (a title taken out between each): read in one
    step, never one call per comma (that had reached Python's recursion limit)."""
    found = attribution.cut("Ann Lee" + ", , " * 3000 + "X 2020.")[0]
    assert found.authors == "Lee"


@pytest.mark.parametrize(
    ("description", "front", "back"),
    [
        # a noun phrase after the byline says what it is, not the title's subtitle
        (
            "590,326 multi-label Sentinel-2 patches annotated with CORINE land cover classes.",
            "What is **BigEarthNet**?",
            "590,326 multi-label Sentinel-2 patches annotated with CORINE land cover classes",
        ),
        # a verb (`Learns to`, after an adverb: `Jointly optimizes`) says what it does
        (
            "Learns to generate prompts for SAM on remote sensing images.",
            "What does **BigEarthNet** do?",
            "Learns to generate prompts for SAM on remote sensing images",
        ),
        (
            "Jointly optimizes a photometric error over camera poses and inverse depths.",
            "What does **BigEarthNet** do?",
            "Jointly optimizes a photometric error over camera poses and inverse depths",
        ),
    ],
)
def test_r55_the_sentence_after_a_byline_says_what_the_work_is(
    description: str, front: str, back: str
) -> None:
    """r55 awesome: "What is **BigEarthNet**? → A Large-Scale Benchmark Archive for Remote
    Sensing Image Understanding" (the subtitle, graded weak) while the list's own description
    made no card; `Learns to …`, `Jointly optimizes …` were not read as what it does."""
    text = (
        "- [BigEarthNet: A Large-Scale Benchmark Archive for Remote Sensing Image"
        " Understanding](https://arxiv.org/abs/1902.06148) - Gencer Sumbul, Marcela"
        " Charfuelan, Begüm Demir, Volker Markl (TU Berlin, IGARSS 2019). " + description + "\n"
    )
    assert _gists(text) == [(front, back)]


@pytest.mark.parametrize(
    "remark",
    [
        "PhD thesis, UC Berkeley, 2008.",
        "developed independently of Kingma & Welling; compare the two derivations.",
        "came out of ICT and Inria, and is arguably the first accelerator paper.",
        "Benjamin C., chapters Stlc and StlcProp.",
        # (another work's citation: since TASLP is a known journal (r140), a bare `IEEE
        # TASLP 2011, …` reads as where this work appeared)
        "Taal et al., IEEE TASLP 2011, a short-time intelligibility measure.",
        "Only a paragraph on tokenization.",
    ],
)
def test_r55_a_remark_after_a_byline_is_no_definition(remark: str) -> None:
    """What follows a byline but tells the work's story, its document or another
    citation is never what the work is."""
    text = (
        "- [Program Synthesis by Sketching](https://example.org/sketch.pdf) - Armando"
        " Solar-Lezama (UC Berkeley, 2008). " + remark + "\n"
    )
    assert _gists(text) == []


def test_a_definition_is_not_cut_before_of_which() -> None:
    """r52 blog (seen after the byline rule): "… tested on 36 real LLM-integrated apps, 31
    of" — cut before `which were vulnerable`, leaving a fragment."""
    from srs.reading.claim_kinds import cut_definition

    text = (
        "HouYi, a black-box injection technique tested on 36 real LLM-integrated apps,"
        " 31 of which were vulnerable"
    )
    assert cut_definition(text) == text


def test_r55_a_paragraph_long_method_keeps_its_first_step() -> None:
    """r55 blog: TestPilot's "builds prompts … , then re-prompts with the error message …"
    was one claim of 30 words, so its gist was held back as a paragraph and the entry had
    no card on what it does; a shorter one keeps both steps."""
    from srs.reading.claim_kinds import cut_definition

    long = (
        "builds prompts for JavaScript functions from the signature, the doc comment and"
        " usage examples scraped from the package's documentation, then re-prompts with the"
        " error message when a generated test fails"
    )
    assert cut_definition(long) == (
        "builds prompts for JavaScript functions from the signature, the doc comment and"
        " usage examples scraped from the package's documentation"
    )
    short = (
        "uses an observation window to vote on which positions each head attends to,"
        " then keeps only those"
    )
    assert cut_definition(short) == short


@pytest.mark.parametrize(
    ("line", "front", "back"),
    [
        # a past tense after the byline says what the work did (it had made no card)
        (
            "- **SWE-bench moved the goalposts.** [SWE-bench: Can Language Models Resolve"
            " Real-World GitHub Issues?](https://arxiv.org/abs/2310.06770) (Jimenez, Yang &"
            " Narasimhan, Princeton, ICLR 2024) turned 2,294 real GitHub issues from 12 popular"
            " Python repositories into tasks graded by the project's own tests.\n",
            "What does **SWE-bench** do?",
            "turned 2,294 real GitHub issues from 12 popular Python repositories into tasks"
            " graded by the project's own tests",
        ),
        # `PDF` in what the work is about is no remark on where to find the paper
        (
            "- **Before LLMs.** [Learn&Fuzz: Machine Learning for Input Fuzzing]"
            "(https://arxiv.org/abs/1701.07232) (Godefroid, Peleg & Singh, Microsoft Research,"
            " ASE 2017) trained a character-level seq2seq RNN on PDF objects to fuzz a PDF"
            " parser.\n",
            "What does **Learn\\&Fuzz** do?",
            "trained a character-level seq2seq RNN on PDF objects to fuzz a PDF parser",
        ),
        # `fill it in`: a verb's particle, not a citation cut out after `in`
        (
            "- **AlphaRepair: repair as cloze.** [Less Training, More Repairing Please:"
            " Revisiting Automated Program Repair via Zero-Shot Learning]"
            "(https://arxiv.org/abs/2207.08281) (Xia & Zhang, ESEC/FSE 2022) masks the buggy"
            " line and asks CodeBERT to fill it in — no fine-tuning at all.\n",
            "What does **AlphaRepair** do?",
            "masks the buggy line and asks CodeBERT to fill it in",
        ),
    ],
)
def test_r55_entries_that_made_no_card_on_what_they_do(line: str, front: str, back: str) -> None:
    """r55 blog: SWE-bench, Learn&Fuzz and AlphaRepair had only who-made cards (graded as
    missed facts: what SWE-bench is, what Learn&Fuzz trained, how AlphaRepair repairs)."""
    assert _gists(line) == [(front, back)]


def test_r54_a_participle_with_no_comma_is_no_cut_when_the_head_says_too_little() -> None:
    """r54 blog (seen after the byline rule): TinyStories "generated short stories" — cut
    before `using only words a 3–4 year old would understand`, the fact itself."""
    from srs.reading.claim_kinds import cut_definition

    assert (
        cut_definition(
            "generated short stories using only words a 3–4 year old would understand, using"
            " GPT-3.5 and GPT-4, and showed that models with under 10M parameters could produce"
            " fluent, consistent stories"
        )
        == "generated short stories using only words a 3–4 year old would understand"
    )


def test_r55_a_definition_that_tells_you_whether_is_no_opinion() -> None:
    """r55 glossary: Routh–Hurwitz and LaSalle made no card — `tells you whether`, `lets you
    conclude` read as the writer speaking to the reader, the Routh–Hurwitz definition was
    cut before `that tells you whether …` and it kept `(Routh 1877; Hurwitz 1895)`."""
    made = template_cards(
        parse_text(
            "# Control\n\n## Stability\n\n**Routh–Hurwitz criterion**: An algebraic test on"
            " the coefficients of a characteristic polynomial that tells you whether all roots"
            " lie in the open left half-plane, without computing the roots (Routh 1877;"
            " Hurwitz 1895).\n\n**LaSalle's invariance principle**: If V̇ ≤ 0 only,"
            " trajectories still converge to the largest invariant set inside {V̇ = 0}, which"
            " often lets you conclude asymptotic stability (LaSalle 1960).\n\n**Bode plot**:"
            " Magnitude and phase of the frequency response on log axes (Bode 1940).\n"
        ),
        load_templates(),
        {},
    )
    gists = {card.front: card.back for card in made.cards if card.kind == "gist"}
    assert gists["What is **Routh–Hurwitz criterion**?"] == (
        "An algebraic test on the coefficients of a characteristic polynomial that tells you"
        " whether all roots lie in the open left half-plane, without computing the roots"
    )
    assert gists["What is **LaSalle's invariance principle**?"].startswith(
        "If V̇ ≤ 0 only, trajectories still converge"
    )
    # the writer's `you` is still a remark
    assert (
        _gists(
            "- **RaBitQ** ([Gao & Long, 2024](https://arxiv.org/abs/2405.12497)). Several vector"
            " databases shipped RaBitQ-based indexes within a year, which tells you something.\n"
        )
        == []
    )


def test_r55_a_notes_bold_name_after_venue_and_year_is_the_works_name() -> None:
    """r55 notes: `- SOSP 2013, **Silo**` under *Speedy Transactions in Multicore In-Memory
    Databases* read "Silo" as a byline, and the next bullet's `OCC with …` named the entry:
    "Who made **OCC**? → Tu et al." (graded useless) and a cloze without Silo's name."""
    entry = one(
        "19. **Tu, Zheng, Kohler, Liskov, Madden — Speedy Transactions in Multicore In-Memory"
        " Databases** ([pdf](https://people.csail.mit.edu/stephentu/papers/silo.pdf))\n"
        "    - SOSP 2013, **Silo**\n"
        "    - OCC with no centralized contention point: txn IDs assigned locally,"
        " serialization via **epochs**\n"
    )
    assert entry.name == "Silo"
    assert (entry.attribution.authors, entry.attribution.year) == ("Tu et al.", 2013)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "- **Seq2seq does calculus** — [Deep Learning for Symbolic Mathematics]"
            "(https://arxiv.org/abs/1912.01412) (Guillaume Lample and François Charton, ICLR"
            " 2020). Transformers solve symbolic integration.\n",
            "Deep Learning for Symbolic Mathematics",
        ),
        (
            "- **Synthetic parallel corpora** — [Lean Workbook](https://arxiv.org/abs/2406.03847)"
            " (Huaiyuan Ying et al., Shanghai AI Laboratory, 2024) translates contest problems"
            " into Lean 4.\n",
            "Lean Workbook",
        ),
        (
            "- **Long-CoT reasoning, but in Lean** — [Kimina-Prover Preview: Towards Large Formal"
            " Reasoning Models with Reinforcement Learning](https://arxiv.org/abs/2504.11354)"
            " (Haiming Wang et al., 2025). Trained from Qwen2.5-72B with RL.\n",
            "Kimina-Prover Preview",
        ),
    ],
)
def test_r56_a_blogs_label_before_a_papers_link_is_no_name(line: str, name: str) -> None:
    """r56 blog: "Who made **Seq2seq**? → Lample and Charton" (seq2seq is Sutskever et
    al.'s), "Who made **Long-CoT**?", "What is **Synthetic parallel corpora**?": the post's
    label for the paper named the entry, not the paper its link names."""
    assert one(line).name == name


@pytest.mark.parametrize(
    ("bracket", "authors", "year"),
    [
        # people by whole names (a second given name, a hyphenated one), `;`, then the venue
        (
            "(Jesse Michael Han, Jason Rute, Yuhuai Wu, Stanislas Polu; ICLR 2022)",
            "Han et al.",
            2022,
        ),
        (
            "(Guillaume Lample, Marie-Anne Lachaux, Thibaut Lavril; Meta AI, NeurIPS 2022)",
            "Lample et al.",
            2022,
        ),
        (
            "(Stanislas Polu, Jesse Michael Han, Kunhao Zheng, Ilya Sutskever; 2022)",
            "Polu et al.",
            2022,
        ),
        # as before: a short byline, a dash and a lab, then the venue
        ("(Zhou et al. — Beihang University; AAAI 2021 Best Paper)", "Zhou et al.", 2021),
        # as before: two citations, the first one's
        ("(Reed 1978; Bernstein & Goodman 1983)", "Reed", 1978),
    ],
)
def test_r56_a_bracket_of_whole_names_then_a_semicolon_and_the_venue(
    bracket: str, authors: str, year: int
) -> None:
    """r56 blog: PACT, miniF2F, HyperTree Proof Search, curriculum learning had no byline
    (`(Jesse Michael Han, …; ICLR 2022)`), so no who-made card and no card on what they
    do (the sentence after a byline)."""
    found = attribution.cut(bracket)[0]
    assert (found.authors, found.year) == (authors, year)


def test_r56_a_label_before_a_link_and_an_article_left_by_a_link_are_no_claims() -> None:
    """r56: "What is **Natural Number Game**? → the by Kevin Buzzard and collaborators"
    (the link's text taken out) and "What is **Llama 3 (8B, 70B)**? → Weights first, paper
    later:" (a label for the link after it), both graded useless."""
    assert (
        one(
            "- **Learn it by playing** — the [Natural Number Game]"
            "(https://adam.math.hhu.de/#/g/leanprover-community/nng4) by"
            " Kevin Buzzard and collaborators. Not a paper. Do it anyway; you will understand"
            ' what a "goal state" is in about an hour. See also: [Mathematics in'
            " Lean](https://leanprover-community.github.io/mathematics_in_lean/), the tutorial"
            " most Lean Copilot-style papers use as an evaluation set.\n"
        ).claims
        == []
    )
    llama = parse_text(
        "## 2024\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n| 2024-04 | Llama 3 (8B, 70B)"
        " | Meta | Weights first, paper later: [The Llama 3 Herd of Models]"
        "(https://arxiv.org/abs/2407.21783). 15T tokens, new 128K-vocabulary tokenizer. |\n"
    ).entries[0]
    assert "Weights first, paper later:" not in [claim.text for claim in llama.claims]


def test_r56_people_then_a_known_venue_with_no_comma_between() -> None:
    """r56 notes: `**Presto** / **HULA** / **Hermes** — … (He et al. SIGCOMM 2015), …
    (Katta et al. SOSR 2016), …` credited Presto to "Katta et al., SIGCOMM 2015" (graded
    useless): `(He et al. SIGCOMM 2015)` gave where and when but not who."""
    found = attribution.cut("(He et al. SIGCOMM 2015)")[0]
    assert (found.authors, found.venue) == ("He et al.", "SIGCOMM 2015")
    both = attribution.cut(
        "edge-based flowcell LB (He et al. SIGCOMM 2015), P4 LB (Katta et al. SOSR 2016)"
    )[0]
    assert (both.authors, both.year) == ("He et al.", 2015)


def test_r56_an_rfcs_status_in_a_byline_is_nobody() -> None:
    """r56 notes: "Who made **ECMP analysis, RFC 2992**? → Hopps and Informational" (the
    RFC's status read as a co-author; graded useless)."""
    found, rest = attribution.cut("Hopps, 2000, Informational; hash-threshold next-hop selection")
    assert (found.authors, found.year, rest) == ("Hopps", 2000, "hash-threshold next-hop selection")


@pytest.mark.parametrize(
    ("line", "authors", "lab"),
    [
        # r56 blog: the people end at "et al."; where they work follows, in any words
        (
            "- **Kimina-Prover** ([arXiv](https://arxiv.org/abs/2504.11354)) (Haiming Wang"
            " et al., Numina and Moonshot AI's Kimi team, 2025). An RL-trained prover.\n",
            "Wang et al.",
            "Moonshot AI",
        ),
        # r56 blog: a first author by initials (`Z.Z. Ren`) is the one cited
        (
            "- **DeepSeek-Prover-V2** ([paper](https://arxiv.org/abs/2504.21801)) (Z.Z. Ren,"
            " Zhihong Shao et al., DeepSeek-AI, 2025). Decomposes problems into subgoals.\n",
            "Ren et al.",
            "DeepSeek-AI",
        ),
    ],
)
def test_named_authors_then_et_al_then_their_lab(line: str, authors: str, lab: str) -> None:
    entry = one(line)
    assert (entry.attribution.authors, entry.attribution.lab, entry.attribution.year) == (
        authors,
        lab,
        2025,
    )


def test_a_link_whose_text_is_a_citation_gives_the_italic_title_and_the_byline() -> None:
    # r57 blog: the link's text is the whole citation, the title in italics
    entry = one(
        "- **MobileLLM** — [Liu et al., *Optimizing Sub-billion Parameter Language Models for"
        " On-Device Use Cases*, ICML 2024 (Meta)](https://arxiv.org/abs/2402.14905). My"
        " favourite paper on this list. Every claim is ablated.\n"
    )
    assert entry.paper_titles == {
        "2402.14905": "Optimizing Sub-billion Parameter Language Models for On-Device Use Cases"
    }
    assert (entry.attribution.authors, entry.attribution.lab, entry.attribution.venue) == (
        "Liu et al.",
        "Meta",
        "ICML 2024",
    )
    # (a link with italics that are no title, or no byline around them, stays as it was)
    plain_link = one("- **X** — [*Attention*, revisited](https://example.com/a). Notes.\n")
    assert plain_link.attribution.authors == ""


def test_a_heading_before_a_cited_link_names_the_work_the_link_credits() -> None:
    # r57 blog: the entry was named by the link's whole text, credited to the second citation
    entry = one(
        "- **Speculative decoding** — [Leviathan, Kalman & Matias, *Fast Inference from"
        " Transformers via Speculative Decoding*, ICML 2023](https://arxiv.org/abs/2211.17192),"
        " and independently [Chen et al. (DeepMind), *Accelerating Large Language Model Decoding"
        " with Speculative Sampling* (2023)](https://arxiv.org/abs/2302.01318). A small draft"
        " model proposes, the big one verifies in parallel, output distribution unchanged.\n"
    )
    assert (entry.name, entry.title) == (
        "Speculative decoding",
        "Fast Inference from Transformers via Speculative Decoding",
    )
    assert (entry.attribution.authors, entry.attribution.venue) == ("Leviathan et al.", "ICML 2023")
    assert [c.text for c in entry.claims][:1] == [
        "A small draft model proposes, the big one verifies in parallel, output distribution"
        " unchanged"
    ]


_NETWORK_GLOSSARY = """# Network science glossary

**Betweenness centrality**: fraction of shortest paths between all other pairs that pass through
a node. (Freeman 1977, "A set of measures of centrality based on betweenness", *Sociometry*
40(1):35–41).

**HITS (hubs and authorities)**: two coupled scores — good hubs point to good authorities, good
authorities are pointed to by good hubs; leading singular vectors of A. (Kleinberg 1999,
"Authoritative sources in a hyperlinked environment", *Journal of the ACM* 46(5):604–632)

**Modularity (Q)**: fraction of edges inside communities minus the expected fraction under the
configuration model. (Newman & Girvan 2004)
  - Caveat 1: **resolution limit** — modularity maximisation can't resolve communities smaller
    than ~√(2m) edges (Fortunato & Barthélemy 2007, *PNAS* 104(1):36–41).
  - Caveat 2: random graphs have high-modularity partitions too (Guimerà, Sales-Pardo &
    Amaral 2004).

**Power law / scale-free network**: a network whose degree distribution follows P(k) ~ k^−γ.
Fitting this properly requires MLE plus a goodness-of-fit test, not a straight line on a log-log
plot (Clauset, Shalizi & Newman 2009, [arXiv:0706.1062](https://arxiv.org/abs/0706.1062)).
  - Whether real networks are scale-free at all is contested: Broido & Clauset 2019, "Scale-free
    networks are rare" ([arXiv:1801.03400](https://arxiv.org/abs/1801.03400)).
"""


def test_r57_glossary_citations_bullets_under_a_term_and_a_short_head() -> None:
    entries = {e.name: e for s in parse_text(_NETWORK_GLOSSARY).sections for e in s.entries}
    # bullets right under a term are its facts, not entries named `Caveat 1`
    assert sorted(entries) == [
        "Betweenness centrality",
        "HITS",
        "Modularity (Q)",
        "Power law / scale-free network",
    ]
    assert any("resolution limit" in c.text for c in entries["Modularity (Q)"].claims)
    # a journal's issue in brackets (`40(1):35–41`) leaves the citation readable
    assert (
        entries["Betweenness centrality"].attribution.authors,
        entries["HITS"].attribution.year,
    ) == (
        "Freeman",
        1999,
    )
    # a few words, a dash, what they are: one definition
    assert entries["HITS"].claims[0].text == (
        "two coupled scores — good hubs point to good authorities, good authorities are pointed"
        " to by good hubs"
    )
    # a bullet's citation under a term is a remark's: no credit, no title for the term's paper
    power = entries["Power law / scale-free network"]
    assert power.attribution.authors != "Broido and Clauset"
    assert power.paper_titles == {}


_LOCK_FREE_NOTES = """# concurrency notes

## 📜 correctness

1. **Lamport — How to Make a Multiprocessor Computer That Correctly Executes Multiprocess Programs** (IEEE Trans. Computers C-28(9), 1979)
   - two pages!! defines **sequential consistency**: result is as if all ops ran in *some* sequential order, and each processor's ops appear in program order
   - no real-time requirement, which is exactly the gap linearizability fills
2. **Herlihy, Luchangco & Moir — Obstruction-Free Synchronization: Double-Ended Queues as an Example** (ICDCS 2003)
   - introduces *obstruction-freedom*, weaker than lock-free; argue you handle livelock separately
3. **Adve & Gharachorloo — Shared Memory Consistency Models: A Tutorial** ([pdf](https://www.hpl.hp.com/techreports/Compaq-DEC/WRL-95-7.pdf))
   - DEC WRL research report 95/7; published in IEEE Computer, Dec 1996
   - programmer-centric vs system-centric views
"""  # noqa: E501


def test_r57_notes_a_defined_term_a_journal_bracket_and_a_report_number() -> None:
    cards = _cards(_LOCK_FREE_NOTES)
    asked = {(c.kind, c.front): c.back for c in cards}
    # `two pages!! defines **sequential consistency**: …`: which paper defined it, and who
    assert asked[("introduced", "Which paper defined sequential consistency?")] == (
        "How to Make a Multiprocessor Computer That Correctly Executes Multiprocess Programs"
        " (Lamport, 1979)"
    )
    # (no gist from the aside on what it lacks)
    assert not any("no real-time requirement" in c.back for c in cards if c.kind == "gist")
    # `(IEEE Trans. Computers C-28(9), 1979)`: where and when
    lamport = next(c for c in cards if c.kind == "attribution" and "Multiprocessor" in c.front)
    assert lamport.back == "Lamport, IEEE Trans. Computers 1979"
    # a question on obstruction-freedom answered by *Obstruction-Free Synchronization*
    # spells its answer; `, weaker than lock-free` is no part of what it introduced
    assert not any(c.kind == "introduced" and "bstruction" in c.front for c in cards)
    entries = [e for s in parse_text(_LOCK_FREE_NOTES).sections for e in s.entries]
    assert entries[1].claims[0].introduced == "obstruction-freedom"
    # `DEC WRL research report 95/7`: which report, no claim
    assert not any("95/7" in c.back for c in cards)


def test_r57_notes_a_common_head_then_what_the_work_does_about_it_is_one_title() -> None:
    notes = parse_text(
        "## Stacks\n1. **Treiber — Systems Programming: Coping with Parallelism** (IBM Almaden"
        " RJ 5118, 1986)\n    - the lock-free stack: push/pop = CAS on `top`\n"
        "2. **Hendler, Shavit & Yerushalmi — A Scalable Lock-free Stack Algorithm** (SPAA"
        " 2004)\n    - elimination backoff\n"
        "3. **Herlihy & Wing — Linearizability: A Correctness Condition for Concurrent"
        " Objects** (TOPLAS 1990)\n"
    )
    assert notes.entries[0].name == "Systems Programming: Coping with Parallelism"
    assert one("- **Mamba: Linear-Time Sequence Modeling with Selective State Spaces**\n").name == (
        "Mamba"
    )


_MOE_TABLE = """# MoE papers

| Date | Name | Lab | Paper |
|---|---|---|---|
| 1991-03 | Adaptive Mixtures of Local Experts | Toronto / MIT | Jacobs, Jordan, Nowlan & Hinton, *Neural Computation* 3(1):79–87. No arXiv (obviously). |
| 2022-02 | ST-MoE | Google | [ST-MoE: Designing Stable and Transferable Sparse Expert Models](https://arxiv.org/abs/2202.08906) — Zoph et al. Router z-loss. The appendix is a goldmine of "things that didn't work". |

| Paper | Links |
|---|---|
| **Sparsity in Deep Learning: Pruning and growth for efficient inference and training in neural networks** — Hoefler, Alistarh, Ben-Nun, Dryden & Peste, JMLR 22 (2021). 120+ pages; covers basically everything in the pruning section above and much more. | [arXiv](https://arxiv.org/abs/2102.00554) |
"""  # noqa: E501


def test_r57_table_a_journal_without_a_year_a_page_count_and_praise() -> None:
    entries = [e for s in parse_text(_MOE_TABLE).sections for e in s.entries]
    jacobs, st_moe, survey = entries
    # `Jacobs, Jordan, Nowlan & Hinton, *Neural Computation* 3(1):79–87.`: who, and where
    assert (jacobs.attribution.authors, jacobs.attribution.venue) == (
        "Jacobs et al.",
        "Neural Computation",
    )
    # `The appendix is a goldmine of …`: praise, no definition
    assert not [c for c in st_moe.claims if "goldmine" in c.text]
    # `120+ pages; covers … the pruning section above`: no name, no claim
    assert survey.name.startswith("Sparsity in Deep Learning")
    assert not [c for c in survey.claims if "section above" in c.text]


def test_r57_blog_a_citation_of_what_the_entry_builds_on_is_not_its_byline() -> None:
    entry = one(
        "- **MLC LLM** — [github.com/mlc-ai/mlc-llm](https://github.com/mlc-ai/mlc-llm)."
        " Compiles models via Apache TVM ([Chen et al., *TVM: An Automated End-to-End"
        " Optimizing Compiler for Deep Learning*, OSDI 2018](https://arxiv.org/abs/1802.04799))"
        " to Vulkan/Metal/OpenCL/WebGPU.\n"
    )
    assert entry.attribution.authors == ""


_GEOMETRY_SYLLABUS = """# Deep learning for 3D geometry

## Week 1: Foundations
- Keenan Crane, *Discrete Differential Geometry: An Applied Introduction* — course notes, 2018.

## Week 4: Point clouds
- Zaheer et al. "Deep Sets." NeurIPS 2017. — only section 2 (the permutation-invariance theorem)

## Week 8: Correspondence
- Ovsjanikov, Ben-Chen, Solomon, Butscher & Guibas. "Functional Maps: A Flexible Representation
  of Maps Between Shapes." SIGGRAPH 2012 (ACM TOG 31(4)). — the classical (non-deep) paper; read
  this *first*
- Wang, Leroy, Cabon, Chidlovskii & Revaud. "DUSt3R: Geometric 3D Vision Made Easy." CVPR 2024.
"""


def test_r57_syllabus_reading_notes_slogans_and_an_applied_introduction() -> None:
    cards = _cards(_GEOMETRY_SYLLABUS)
    backs = [c.back for c in cards]
    # which part to read, which of the papers it is, a slogan: no card says them
    assert not [b for b in backs if "only section 2" in b or "non-deep" in b or "Made Easy" in b]
    names = [e.name for s in parse_text(_GEOMETRY_SYLLABUS).sections for e in s.entries]
    assert names[0] == "Discrete Differential Geometry: An Applied Introduction"


def test_r57_blog_one_person_by_name_then_a_cited_title_link() -> None:
    entry = one(
        "- **Multi-Query Attention** — Noam Shazeer, [*Fast Transformer Decoding: One"
        " Write-Head is All You Need* (2019)](https://arxiv.org/abs/1911.02150). One K/V head"
        " shared by all query heads; tiny KV cache.\n"
    )
    assert entry.papers == ["1911.02150"]
    assert entry.paper_titles == {
        "1911.02150": "Fast Transformer Decoding: One Write-Head is All You Need"
    }
    assert (entry.attribution.authors, entry.attribution.year) == ("Shazeer", 2019)
    assert (entry.claims[0].kind, entry.claims[0].text) == (
        "defines",
        "One K/V head shared by all query heads",
    )


def test_r57_notes_a_label_of_the_names_initials_is_its_short_name() -> None:
    entry = one(
        "1. **Dice, Shalev & Shavit — Transactional Locking II** (DISC 2006)\n"
        "    - **TL2**: global version clock, per-location versioned write-locks, acquire locks"
        " only at commit\n"
        "    - the baseline STM in basically every paper after it\n"
    )
    assert entry.name == "TL2"
    assert (entry.claims[0].kind, entry.claims[0].text) == (
        "defines",
        "global version clock, per-location versioned write-locks, acquire locks only at commit",
    )


def test_r57_notes_names_joined_by_a_small_word_are_a_claim() -> None:
    entry = one(
        "1. ⭐ **Harris, Marlow, Peyton Jones & Herlihy — Composable Memory Transactions**"
        " (PPoPP 2005)\n    - STM in GHC Haskell\n    - `retry` = block until something you"
        " read changes\n"
    )
    assert entry.claims[0].text == "STM in GHC Haskell"
    assert one("- **X** (IEEE/ACM TASLP)\n    - (IEEE/ACM TASLP)\n").claims == []


def test_r57_syllabus_a_journal_issue_after_the_venue_leaves_the_authors_readable() -> None:
    entry = one(
        "- Kerbl, Kopanas, Leimkühler & Drettakis, *3D Gaussian Splatting for Real-Time Radiance"
        " Field Rendering*,\n  SIGGRAPH 2023 (ACM TOG 42(4)).\n"
    )
    assert (entry.attribution.authors, entry.attribution.venue) == ("Kerbl et al.", "SIGGRAPH 2023")


def test_r57_awesome_an_unlinked_title_and_subtitle_then_a_byline() -> None:
    entry = one(
        "- Malware Images: Visualization and Automatic Classification - Nataraj, Karthikeyan,"
        " Jacob, Manjunath (UCSB, VizSec 2011). Render binaries as grayscale images, classify"
        " with GIST texture features.\n"
    )
    assert entry.title == "Malware Images: Visualization and Automatic Classification"
    assert (entry.attribution.authors, entry.attribution.year) == ("Nataraj et al.", 2011)
    assert entry.claims[0].text.startswith("Render binaries as grayscale images")


def test_r57_notes_a_model_label_before_an_equals_sign() -> None:
    entry = one(
        "1. **x86-TSO** (https://www.cl.cam.ac.uk/~pes20/weakmemory/cacm.pdf)\n"
        "    - model = each hardware thread has a FIFO store buffer + one global lock\n"
        "    - MFENCE drains the buffer\n"
    )
    assert (entry.claims[0].kind, entry.claims[0].text) == (
        "defines",
        "each hardware thread has a FIFO store buffer + one global lock",
    )


_QUEUEING_GLOSSARY = """# Queueing glossary

**Little's law**: L = λW — the time-average number in any system equals the arrival rate times
the mean time spent there. Little himself wrote a nice retrospective for the 50th anniversary
(Little 2011, *Oper. Res.* 59(3)).

**Utilization law**: U_i = X_i · S_i = X · D_i — utilization of device i equals its throughput
times its mean service time. Combine with the bottleneck bound: the device with the largest D_i
caps throughput at 1/D_max (Denning & Buzen 1978).

**Work-conserving**: A scheduling policy that never idles the server while work is waiting.
"""


def test_r58_glossary_a_formula_then_what_it_says_and_a_variable_named_i() -> None:
    entries = {e.name: e for s in parse_text(_QUEUEING_GLOSSARY).sections for e in s.entries}
    # the formula is no remark: what follows it defines the law
    assert entries["Little's law"].claims[0].text == (
        "the time-average number in any system equals the arrival rate times the mean time spent"
        " there"
    )
    # `device i` is a variable, not the writer's `I`
    assert entries["Utilization law"].claims[0].text == (
        "utilization of device i equals its throughput times its mean service time"
    )


def test_r58_glossary_see_also_readings_with_the_writers_remarks() -> None:
    see_also = parse_text(
        "## See also\n"
        "- Brendan Gregg, *Systems Performance* (2nd ed., Addison-Wesley 2020) — not queueing"
        " theory per se but the USE method pairs well with the utilization law\n"
        "- Raj Jain, *The Art of Computer Systems Performance Analysis* (Wiley 1991) — old but"
        " the experimental design chapters are still great\n"
    ).entries
    assert [(e.title, e.attribution.authors) for e in see_also] == [
        ("Systems Performance", "Gregg"),
        ("The Art of Computer Systems Performance Analysis", "Jain"),
    ]
    assert [e.claims for e in see_also] == [[], []]


def test_r58_glossary_an_abbreviated_journal_is_no_term_to_hide() -> None:
    text = (
        "# Queueing\n\n**Kendall notation**: A/S/c — arrival process / service distribution /"
        " number of servers. Kendall's original 1953 paper (*Annals of Math. Stat.* 24(3)) had"
        " only the first three fields.\n\n**Little's law**: L = λW — the mean number in a system"
        " equals the arrival rate times the mean time spent there.\n\n**Work-conserving**: a"
        " policy that never idles the server while work is waiting.\n"
    )
    assert not [c for c in _cards(text) if "Annals" in c.back]


_TRACING_NOTES = """# tracing notes

## 📚 papers

1. **Dapper** ⭐ ([pdf](https://research.google.com/archive/papers/dapper-2010-1.pdf))
   - model: trace = tree of **spans**, each span has span id + parent id + trace id
2. **Tales of the Tail: Hardware, OS, and Application-level Sources of Tail Latency** ([pdf](https://drkp.net/papers/latency-socc14.pdf))
    - Jialin Li, Naveen Kr. Sharma, Dan R. K. Ports, Steven D. Gribble — SoCC 2014 (UW)
    - compares measured latency distributions of memcached, nginx etc. to ideal queueing models
3. Always Measure One Level Deeper — John Ousterhout, CACM 61(7), July 2018
    - assigned as the pre-reading for session 1 of the reading group
4. **OpenTelemetry docs** — https://opentelemetry.io/docs/
    - specifically: the sampling pages + collector `tailsamplingprocessor` README
    - the OTel data model is Dapper's (#1) plus links and events
"""


def test_r58_notes_a_middle_name_a_reading_log_and_a_gap_written_beside_itself() -> None:
    cards = _cards(_TRACING_NOTES)
    tail = next(c for c in cards if c.kind == "attribution" and "Tales of the Tail" in c.front)
    assert tail.back == "Li et al. (UW), SoCC 2014"  # not `Li and Kr` (`Naveen Kr. Sharma`)
    backs = " | ".join(c.back for c in cards)
    assert "pre-reading" not in backs and "specifically" not in backs and "#1" not in backs
    # `tree of {{c1::spans}}, each span has …`: the gap's word is beside it
    assert not [c for c in cards if c.kind == "cloze" and "{{c1::spans}}" in c.front]
    dapper = next(c for c in cards if c.kind == "gist" and "Dapper" in c.front)
    assert dapper.back.startswith("trace = tree of spans")


def test_r58_blog_and_awesome_labels_quips_and_names_read_out() -> None:
    rfuzz = one(
        '- *No link, and not ML at all:* RFUZZ (Laeufer, Koenig, Kim, Bachrach, Sen — "RFUZZ:'
        ' Coverage-Directed Fuzz Testing of RTL on FPGAs", ICCAD 2018) and the hardware-fuzzing'
        " work that followed it.\n"
    )
    assert rfuzz.name == "RFUZZ"
    ippo = one(
        "- [Is Independent Learning All You Need in the StarCraft Multi-Agent Challenge?]"
        "(https://arxiv.org/abs/2011.09533) - Christian Schroeder de Witt, Tarun Gupta (Oxford,"
        " 2020). IPPO. Spoiler: on a lot of SMAC maps, roughly yes.\n"
    )
    assert not [c for c in ippo.claims if "Spoiler" in c.text]
    rank = one(
        "- [α-Rank: Multi-Agent Evaluation by Evolution](https://arxiv.org/abs/1903.01373) -"
        " Shayegan Omidshafiei, Christos Papadimitriou, Georgios Piliouras (DeepMind/Columbia,"
        " Scientific Reports 2019). How to rank a population when Elo's transitivity fails.\n"
    )
    assert rank.attribution.authors == "Omidshafiei et al."
    design = one(
        '- **Vasudevan, Jiang, Bieber, "Learning Semantic Representations to Verify Hardware'
        " Designs\"**, NeurIPS 2021 (Google). Design2Vec: a GNN over the RTL's control/data-flow"
        " graph that predicts which cover points a test will hit, then uses that to generate"
        " tests for hard-to-reach points.\n"
    )
    assert design.claims[0].text.endswith(
        "then uses that to generate tests for hard-to-reach points"
    )


def test_r58_blog_a_gist_that_reads_the_names_parts_out_is_held() -> None:
    text = (
        '- **PrefixRL** — Roy, Raiman, Kant, "PrefixRL: Optimization of Parallel Prefix'
        ' Circuits using Deep Reinforcement Learning", DAC 2021. RL designs prefix adder'
        " structures.\n"
    )
    assert not [c for c in _cards("## S\n" + text) if c.kind == "gist"]


def test_bundled_moshi_the_writers_praise_leaves_a_definition() -> None:
    entry = one(
        "- **Kyutai Moshi** ([paper](https://arxiv.org/abs/2410.00037)) - an impressive"
        " full-duplex speech-text open weights model\n"
    )
    assert entry.claims[0].text == "a full-duplex speech-text open weights model"


def test_r58_blog_whole_names_then_a_quoted_title_in_a_bracket_and_eda_venues() -> None:
    deepgate = one(
        "- **DeepGate** (Min Li, Sadaf Khan, Zhengyuan Shi, Naixing Wang, Yu Huang, Qiang Xu —"
        ' "DeepGate: Learning Neural Representations of Logic Gates", DAC 2022, CUHK). Learns'
        " gate-level embeddings on AIGs by predicting signal probabilities.\n"
    )
    assert (deepgate.attribution.authors, deepgate.attribution.venue) == ("Li et al.", "DAC 2022")
    verilog = parse_text(
        "## LLMs for RTL\n"
        '- **Liu, Pinckney, Khailany, Ren — "VerilogEval: Evaluating Large Language Models for'
        ' Verilog Code Generation"**, ICCAD 2023 ([arXiv:2309.07544](https://arxiv.org/abs/2309'
        ".07544)). 156 problems adapted from HDLBits with automatic functional checking.\n"
        '- **Pearce, Tan, Karri — "DAVE: Deriving Automatically Verilog from English"**, MLCAD'
        " 2020 (NYU). Fine-tuned GPT-2 to write small Verilog snippets.\n"
    ).entries[0]
    assert (verilog.attribution.authors, verilog.attribution.venue) == ("Liu et al.", "ICCAD 2023")
    # the sentence after the head's byline and its venue says what the work is
    assert (verilog.claims[0].kind, verilog.claims[0].text) == (
        "defines",
        "156 problems adapted from HDLBits with automatic functional checking",
    )


def test_r58_blog_a_sentence_case_title_after_its_byline() -> None:
    entry = parse_text(
        "## Placement\n"
        '- **Mirhoseini, Goldie et al., "A graph placement methodology for fast chip design"**'
        " ([Nature 594, 2021](https://www.nature.com/articles/s41586-021-03544-w)). The Google"
        " Brain paper that kicked everything off: an RL agent with an edge-based GNN encoder"
        " places macros one at a time.\n"
        '- **Goldie, Mirhoseini, Dean, "That Chip Has Sailed: A Critique of Unfounded Skepticism'
        " Around AI for Chip Design\"** (arXiv 2024). Google's response.\n"
    ).entries[0]
    # a paper, not a topic; its first author; what it is, after the writer's label
    assert (entry.topic, entry.attribution.authors) == (False, "Mirhoseini et al.")
    assert entry.claims[0].text == (
        "an RL agent with an edge-based GNN encoder places macros one at a time"
    )


def test_r58_glossary_an_abbreviated_journal_is_no_lab_and_initials_make_a_person() -> None:
    bracket = (
        '(J.F.C. Kingman, "The single server queue in heavy traffic", Proc. Cambridge Phil.'
        " Soc. 57(4), 1961)"
    )
    found = attribution.cut(bracket)[0]
    assert (found.authors, found.lab, found.year) == ("Kingman", "", 1961)
    # (a lab in a bracket of its own stays one)
    assert attribution.cut("(DeepMind, 2021)")[0].lab == "DeepMind"


_DATA_SYLLABUS = """# Data management for ML

## Week 3: Entity matching
- **[R]** Narayan, Chami, Orr, Ré. "Can Foundation Models Wrangle Your Data?" *PVLDB* 16(4), 2022. [arXiv:2205.09911](https://arxiv.org/abs/2205.09911)
  GPT-3 with a few examples does entity matching and error detection surprisingly well.

## Week 6: Feature stores
- **[R]** J. Hermann & M. Del Balso. "Meet Michelangelo: Uber's Machine Learning Platform." Uber Engineering blog, September 2017.
  The post that introduced the "feature store" idea to most people.

## Week 9: Data attribution
- **[O]** Park, Georgiev, Ilyas, Leclerc, Madry. "TRAK: Attributing Model Behavior at Scale." *ICML 2023*. [arXiv:2303.14186](https://arxiv.org/abs/2303.14186)
  (builds on *Datamodels*, Ilyas et al., ICML 2022 — skim that one first if TRAK feels unmotivated)
"""  # noqa: E501


def test_r59_syllabus_a_model_a_paper_used_a_blogs_name_and_the_work_it_builds_on() -> None:
    wrangle, michelangelo, trak = parse_text(_DATA_SYLLABUS).entries
    # `GPT-3 with a few examples does …`: the model the paper used, not the paper's name
    assert wrangle.name == "Can Foundation Models Wrangle Your Data?"
    # `Uber Engineering blog, September 2017`: where and when, no claim
    assert not [c for c in michelangelo.claims if "Uber Engineering blog" in c.text]
    # `(builds on *Datamodels*, Ilyas et al., ICML 2022 …)`: another work's citation
    assert (trak.attribution.authors, trak.attribution.venue) == ("Park et al.", "ICML 2023")


_CLINICAL_BLOG = """# Clinical NLP

## EHR models
- **Rajkomar et al. 2018** — ["Scalable and accurate deep learning with electronic health records"](https://arxiv.org/abs/1801.07860), *npj Digital Medicine*. Google + UCSF + UChicago. Raw FHIR-formatted records, no hand-harmonization.
- **EHRSHOT** — [Wornow et al., NeurIPS 2023 Datasets & Benchmarks](https://arxiv.org/abs/2307.02028). Longitudinal, de-identified records for 6,739 Stanford patients.
- **Bedi et al., "Testing and Evaluation of Health Care Applications of Large Language Models: A Systematic Review,"** JAMA 2024. Reviewed 519 studies; only ~5% evaluated on real patient care data.
"""  # noqa: E501


def test_r59_blog_a_head_that_is_its_byline_a_track_after_the_year_and_a_verb_no_name() -> None:
    rajkomar, ehrshot, bedi = parse_text(_CLINICAL_BLOG).entries
    # `**Rajkomar et al. 2018** — ["Scalable and accurate …"](…)`: the link is the paper
    assert rajkomar.title == "Scalable and accurate deep learning with electronic health records"
    assert rajkomar.attribution.authors == "Rajkomar et al."
    assert not [c for c in rajkomar.claims if c.text == "npj Digital Medicine"]
    # `[Wornow et al., NeurIPS 2023 Datasets & Benchmarks](…)`: who, where, no title
    assert ehrshot.paper_titles == {}
    assert (ehrshot.attribution.authors, ehrshot.attribution.venue) == (
        "Wornow et al.",
        "NeurIPS 2023",
    )
    # `Reviewed 519 studies; …`: what the review did, never its name
    assert bedi.name != "Reviewed 519 studies"


def test_r59_notes_a_bold_question_heading_is_no_term_to_hide() -> None:
    text = (
        "## JITs\n1. **TraceMonkey** ([pdf](https://doi.org/10.1145/1542476.1542528))\n"
        "   - trace-based JIT for JavaScript, recording hot loops\n"
        "   - **why it died**: branchy code → trace explosion, bad perf cliffs when code isn't"
        " loopy\n"
    )
    assert not [c for c in _cards(text) if "why it died" in c.back]


def test_r59_glossary_a_names_own_sign_stays() -> None:
    text = (
        "# Complexity\n\n**#P**: counting versions of NP problems. Valiant 1979.\n\n"
        "**PSPACE**: problems solvable in polynomial space.\n\n"
        "**NP**: problems whose yes-instances have short certificates.\n"
    )
    assert [e.name for e in parse_text(text).entries] == ["#P", "PSPACE", "NP"]


def test_r59_table_a_journal_reference_before_a_remark_on_popularity() -> None:
    row = parse_text(
        "## Potentials\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2017-07 | DeePMD | Princeton | Zhang, Han, Wang, Car, E. [Deep Potential Molecular"
        " Dynamics: a scalable model with the accuracy of quantum mechanics]"
        "(https://arxiv.org/abs/1707.09571). *PRL* 120, 143001 (2018). [deepmd-kit]"
        "(https://github.com/deepmodeling/deepmd-kit) is still one of the most used MLIP codes"
        " for large-scale MD. |\n"
    ).entries[0]
    assert not [c for c in row.claims if "143001" in c.text or "most used" in c.text]


def test_r59_table_a_consequence_clause_is_a_fragment() -> None:
    row = parse_text(
        "## Critiques\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2024 | A-Lab critique | Princeton | Leeman et al. Challenges in High-Throughput"
        " Inorganic Materials Prediction and Autonomous Synthesis. *PRX Energy* 3, 011002 (2024)."
        " Re-analysed the A-Lab XRD patterns and argued that the automated phase identification"
        ' was unreliable — so the "new materials" claim doesn\'t hold. |\n'
    ).entries[0]
    assert not [c for c in row.claims if c.text.startswith("so the")]


def test_r60_notes_a_two_word_surname_a_release_note_and_a_plurals_expansion() -> None:
    assert (
        attribution.cut("(Lê, Pop, Cohen & Zappa Nardelli, PPoPP 2013)")[0].authors == "Lê et al."
    )
    entry = one(
        "17. **Efficient IO with io_uring** ([pdf](https://kernel.dk/io_uring.pdf))\n"
        "    - Jens Axboe, 2019; merged in Linux 5.1\n"
        "    - two ring buffers shared with the kernel via mmap: submission queue (SQEs) and"
        " completion queue (CQEs)\n"
    )
    assert not [c for c in entry.claims if "merged in Linux" in c.text]
    # (`and completion queue` was read as what CQEs stands for; `completion queue entries`
    # is what it does, and the list does not say it)
    assert "CQEs" not in entry.acronyms


def test_r60_awesome_an_adjective_label_is_no_name_and_an_acronym_spells_its_answer() -> None:
    ans = one(
        "- [Learning to Explore using Active Neural SLAM](https://arxiv.org/abs/2004.05155) -"
        " Chaplot, Gandhi, Gupta, Gupta, Salakhutdinov (CMU / FAIR, ICLR 2020). Modular: neural"
        " SLAM + global policy (long-term goals) + local policy.\n"
    )
    assert ans.name == "Learning to Explore using Active Neural SLAM"
    eqa = (
        "- ⭐ [Embodied Question Answering](https://arxiv.org/abs/1711.11543) - Das, Datta,"
        " Gkioxari, Lee, Parikh, Batra (Georgia Tech / FAIR, CVPR 2018). Spawn an agent in a"
        " House3D environment and ask it a question. Introduces the EQA task, dataset, and a"
        " hierarchical model.\n"
    )
    assert not [c for c in _cards("## S\n" + eqa) if c.kind == "introduced"]


_EDUCATION_BLOG = """# AI for education

## Foundations
- ⭐ **The 2 Sigma Problem** — Benjamin Bloom, *Educational Researcher*, 1984. The paper everyone cites and nobody reads.
- ⭐ **Knowledge Tracing: Modeling the Acquisition of Procedural Knowledge** — Albert Corbett & John Anderson, *User Modeling and User-Adapted Interaction* 4, 1994 (often cited as 1995). This is BKT: a two-state hidden Markov model per skill.
- **A Stochastic Shortest Path Algorithm for Optimizing Spaced Repetition Scheduling** — Junyao Ye, Jingyong Su & Yilong Cao, KDD 2022. From MaiMemo; this is the academic ancestor of FSRS.
- **The AI Teacher Test: Measuring the Pedagogical Ability of Blender and GPT-3 in Educational Dialogues** ([arXiv:2205.07540](https://arxiv.org/abs/2205.07540)) — Anaïs Tack & Chris Piech, EDM 2022. Pre-ChatGPT, which makes it more interesting, not less.
"""  # noqa: E501


def test_r60_blog_a_journal_is_no_person_nor_a_claim_and_a_preposition_no_name() -> None:
    bloom, tracing, ssp, teacher = parse_text(_EDUCATION_BLOG).entries
    assert "Researcher" not in bloom.attribution.authors
    assert not [c for c in tracing.claims if "User-Adapted Interaction" in c.text]
    assert ssp.name != "From MaiMemo"
    assert not [c for c in teacher.claims if "more interesting" in c.text]


def test_r60_notes_an_approximate_year_in_a_byline_bullet_and_the_i_of_io() -> None:
    entry = one(
        "13. **The C10K problem** (http://www.kegel.com/c10k.html)\n"
        "    - Dan Kegel, ~1999 and updated for years after\n"
        "    - survey of I/O strategies for serving 10k clients: select/poll, kqueue, epoll\n"
    )
    assert (entry.attribution.authors, entry.attribution.year) == ("Kegel", 1999)
    assert entry.claims[0].text == (
        "survey of I/O strategies for serving 10k clients: select/poll, kqueue, epoll"
    )
    # (an approximate count is no year: `run a CNN on ~2000 region proposals`)
    assert "~2000" in one("- **R-CNN** - run a CNN on ~2000 region proposals.\n").claims[0].text


def test_r60_syllabus_a_bracket_closed_after_its_opening_was_cut() -> None:
    from srs.reading.claims import tidy

    assert tidy(
        "rendering text as images sidesteps the vocabulary problem for unseen scripts)"
    ) == ("rendering text as images sidesteps the vocabulary problem for unseen scripts")
    assert tidy("a model (PIXEL)") == "a model (PIXEL)"


def test_r60_table_where_a_work_was_introduced_is_not_what_it_does() -> None:
    row = parse_text(
        "## Codecs\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2024-09 | Mimi | Kyutai | Introduced in the Moshi paper (see dialogue section). 12.5"
        " Hz, 8 codebooks, semantic distillation from WavLM into the first one. |\n"
    ).entries[0]
    assert not [c for c in row.claims if c.text.startswith("Introduced in") and c.kind != "says"]


def test_r60_notes_a_writers_handle_and_name_then_the_year_is_a_byline() -> None:
    entry = one(
        "21. **Why async Rust?** (https://without.boats/blog/why-async-rust/)\n"
        "    - withoutboats (Saoirse Shipwright), 2023\n"
        "    - argues most of the pain is unfinished features, not the core model\n"
    )
    assert (entry.attribution.authors, entry.attribution.year) == ("Shipwright", 2023)
    assert not [c for c in entry.claims if "withoutboats" in c.text]


def test_r60_glossary_a_conjugate_transpose_is_no_italics() -> None:
    text = (
        "# Wireless\n\n**Zero-forcing (ZF) precoding**: Multiuser MIMO downlink precoder"
        " W = H^*(H H^*)^{-1}. Simple.\n\n**Beamforming**: weighting the signals at the elements"
        " of an antenna array.\n\n**OFDM**: splitting a wideband channel into narrow"
        " subcarriers.\n"
    )
    zf = parse_text(text).entries[0]
    assert "H^*(H H^*)^{-1}" in zf.claims[0].text
    # (code and TeX keep their text as it is)
    kept = one("- **Adjoint** - the operator `A^*` such that $⟨Ax, y⟩ = ⟨x, A^*y⟩$ holds.\n")
    assert "A^*" in kept.description and "\\*" not in kept.description


def test_r59_blog_whose_tool_a_heading_names_is_not_the_works_name() -> None:
    entry = one(
        '- **The PhysioNet deid tool** — Neamatullah et al., "Automated de-identification of'
        ' free-text medical records," *BMC Medical Informatics and Decision Making* 2008.'
        " Dictionaries + regexes, high recall.\n"
    )
    assert entry.name != "PhysioNet"


_WIRELESS_GLOSSARY = """# Wireless glossary

**Beamforming**: Weighting the signals at the elements of an antenna array so that they add
coherently in some directions; "spatial filtering" in the classic framing (Van Veen & Buckley
1988, IEEE ASSP Magazine).

**PAPR (peak-to-average power ratio)**: Ratio of an OFDM signal's peak power to its mean;
large because many subcarriers add in phase (Han & Lee 2005, IEEE Wireless Commun., overview of
clipping, SLM, PTS).

**Polar codes**: capacity-achieving codes built by channel polarization (Arıkan 2009, IEEE
Trans. Inf. Theory).
"""


def test_r60_glossary_a_framing_or_an_overview_is_no_maker() -> None:
    entries = {e.name: e for e in parse_text(_WIRELESS_GLOSSARY).entries}
    assert entries["Beamforming"].attribution.authors == ""
    assert entries["PAPR"].attribution.authors == ""
    assert entries["Polar codes"].attribution.authors == "Arıkan"


def test_r59_awesome_a_licence_note_is_no_claim() -> None:
    entry = one(
        "- [LRS2-BBC](https://www.robots.ox.ac.uk/~vgg/data/lip_reading/lrs2.html) - Afouras et"
        " al. (VGG Oxford, 2018). Non-commercial licence, requires signing an agreement.\n"
    )
    assert not [c for c in entry.claims if "licence" in c.text]


def test_r61_syllabus_an_italic_note_is_no_entry() -> None:
    reading = parse_text(
        '## Week 1\n- Guo et al. "On Calibration of Modern Neural Networks." ICML 2017.\n'
        "- *Note:* the reading list changes year to year; papers marked optional may move.\n"
    )
    assert [e.name for e in reading.entries] == ["On Calibration of Modern Neural Networks"]


def test_r61_notes_where_the_code_is_is_no_claim() -> None:
    entry = one(
        "1. **Decoding billions of integers per second through vectorization**"
        " ([arXiv](https://arxiv.org/abs/1209.2137))\n"
        "    - Lemire & Boytsov, SPE 2015\n"
        "    - code in FastPFor repo\n"
    )
    assert not [c for c in entry.claims if "FastPFor repo" in c.text]


def test_r62_syllabus_the_sections_to_read_are_no_name() -> None:
    entry = one(
        '- Chernozhukov, V., Chetverikov, D. & Robins, J. "Double/debiased machine learning for'
        ' treatment and structural parameters." *The Econometrics Journal* 21(1), 2018.'
        " [arXiv:1608.00060](https://arxiv.org/abs/1608.00060)\n"
        "   Sections 1–3 required; section 4 onward optional.\n"
    )
    assert entry.name == "Double/debiased machine learning for treatment and structural parameters"


def test_r62_syllabus_course_policies_are_no_readings() -> None:
    reading = parse_text(
        '## Week 1\n- Holland, P. W. (1986). "Statistics and Causal Inference." JASA.\n'
        "## Course policies\n"
        "- **Collaboration:** discuss problem sets with anyone, but write up your own.\n"
        "- **Accommodations:** please contact the Disability Resource Center.\n"
    )
    assert [e.name for e in reading.entries] == ["Statistics and Causal Inference"]


def test_r62_syllabus_where_and_when_after_a_references_title() -> None:
    # "Who made **Invariant Risk Minimization**?" had no year: the place after the title is
    # no venue any list knows
    cases = {
        '- Arjovsky, M., Bottou, L., Gulrajani, I. & Lopez-Paz, D. "Invariant Risk'
        ' Minimization." arXiv 2019. [arXiv:1907.02893](https://arxiv.org/abs/1907.02893)\n': (
            2019,
            "arXiv 2019",
        ),
        '- Kennedy, E. H. "Towards optimal doubly robust estimation of heterogeneous causal'
        ' effects." *Electronic Journal of Statistics*, 2023.\n': (
            2023,
            "Electronic Journal of Statistics 2023",
        ),
        "- Spirtes, P., Glymour, C. & Scheines, R. *Causation, Prediction, and Search* (2nd"
        " ed.), MIT Press, 2000 — chapter 5 (the PC algorithm).\n": (2000, "MIT Press 2000"),
        "- Peters, J., Janzing, D. & Schölkopf, B. *Elements of Causal Inference: Foundations"
        " and Learning Algorithms.* MIT Press, 2017 (open access).\n": (2017, "MIT Press 2017"),
        '- Kennedy, E. H. "Semiparametric doubly robust targeted double machine learning: a'
        ' review" (2022, arXiv). The best single entry point.\n': (2022, "arXiv 2022"),
    }
    for text, (year, venue) in cases.items():
        entry = one(text)
        assert (entry.attribution.year, entry.attribution.venue) == (year, venue), text
        # (`MIT Press, 2017 (open access)` was the book's gist)
        assert not [c for c in entry.claims if "Press" in c.text], text


def test_r62_syllabus_a_textbooks_page_and_its_use_are_no_claims() -> None:
    entry = one(
        "- Hernán, M. A. & Robins, J. M. *Causal Inference: What If.* Chapman & Hall/CRC, 2020."
        " [Book website](https://www.hsph.harvard.edu/miguel-hernan/causal-inference-book/) —"
        " primary text for weeks 1–4.\n"
    )
    assert entry.claims == []
    assert (entry.attribution.authors, entry.attribution.year) == ("Hernán and Robins", 2020)


def test_r62_syllabus_the_chapters_to_read_are_no_author() -> None:
    entry = one(
        "- Hernán & Robins, *What If*, Chapters 1–3 (definitions of causal effects, randomized"
        " experiments).\n"
    )
    assert entry.attribution.authors == "Hernán and Robins"  # (was `Hernán et al.`)


def test_r62_notes_bylines_read_whole() -> None:
    baker = one(
        "1. **List Processing in Real Time on a Serial Computer**\n"
        "   - Henry G. Baker Jr., CACM 21(4), 1978.\n"
    )
    assert baker.attribution.authors == "Baker"  # (was `Jr`)
    bacon = one(
        "1. **A Unified Theory of Garbage Collection** ⭐\n"
        "   - David F. Bacon, Perry Cheng, V. T. Rajan. OOPSLA 2004.\n"
    )
    assert bacon.attribution.authors == "Bacon et al."  # (was `Bacon and Rajan`)


def test_r62_notes_an_edition_or_a_documents_kind_is_no_name() -> None:
    handbook = one(
        "1. **The Garbage Collection Handbook** (2nd ed.) (https://gchandbook.org/)\n"
        "   - Richard Jones, Antony Hosking, Eliot Moss. CRC Press, 2023. 1st ed. 2011;"
        " descends from Jones & Lins (1996).\n"
    )
    assert handbook.name == "The Garbage Collection Handbook"  # (was `1st ed. 2011`)
    proposal = one(
        "1. **Proposal: Eliminate STW stack re-scanning** ([design doc](https://github.com/"
        "golang/proposal/blob/master/design/17503-eliminate-rescan.md))\n"
        "   - Austin Clements & Rick Hudson, 2016. Shipped in Go 1.8.\n"
    )
    assert proposal.name == "Proposal: Eliminate STW stack re-scanning"  # (was `Proposal`)


def test_r62_notes_a_phrase_holding_the_acronym_never_spells_it() -> None:
    entry = one(
        "1. **mem-doc** (https://github.com/Maoni0/mem-doc)\n"
        "   - Maoni Stephens' doc on .NET memory. Workstation vs. Server GC, concurrent/"
        "**background GC** (gen2 marked concurrently while ephemeral GCs can still happen).\n"
    )
    assert "GC" not in entry.acronyms  # (was `GC` → `GCs can`)


def test_r62_blog_a_bold_label_over_the_works_it_names_is_a_topic() -> None:
    # "What is **Multi-hop**? → IRCoT: Trivedi, …", "Who made **Serving**? → Kwon et al."
    # (graded useless): the label names no work; the works it names keep their cards
    serving = one(
        '- **Serving.** vLLM / PagedAttention — Kwon et al., "Efficient Memory Management for'
        ' Large Language Model Serving with PagedAttention", SOSP 2023'
        " ([arXiv](https://arxiv.org/abs/2309.06180)).\n"
    )
    assert serving.topic
    assert [(m.name, m.authors, m.venue) for m in serving.mentions] == [
        ("vLLM / PagedAttention", "Kwon et al.", "SOSP 2023")
    ]
    benchmarks = one(
        "- **Benchmarks you'll see cited** (don't optimize for them, but know them): Natural"
        " Questions (Kwiatkowski et al., TACL 2019), [HotpotQA](https://arxiv.org/abs/1809.09600)"
        " (Yang et al., EMNLP 2018).\n"
    )
    assert benchmarks.topic
    assert [(m.name, m.authors, m.paper) for m in benchmarks.mentions] == [
        ("Natural Questions", "Kwiatkowski et al.", ""),
        ("HotpotQA", "Yang et al.", "1809.09600"),
    ]
    # the citation after the first work is another's: no card credits it
    hop = one(
        '- **Multi-hop.** IRCoT: Trivedi, Balasubramanian, Khot & Sabharwal, "Interleaving'
        ' Retrieval with Chain-of-Thought Reasoning" (ACL 2023), and ReAct (Yao et al., ICLR'
        " 2023).\n"
    )
    assert hop.topic and "IRCoT" not in [m.name for m in hop.mentions]


def test_r62_blog_a_name_in_bold_stays_the_entrys_name() -> None:
    # a single word that may be a name, or a name's shape, is no label
    dreamer = one("- **Dreamer.** Hafner et al. (ICLR 2020) learn a world model.\n")
    assert (dreamer.name, dreamer.topic) == ("Dreamer", False)
    voyager = one("- **Voyager:** GPT-4 (OpenAI) drives an agent that writes skills.\n")
    assert (voyager.name, voyager.topic) == ("Voyager", False)
    colbert = one(
        "- **Late interaction.** [ColBERT](https://arxiv.org/abs/2004.12832) (Khattab &"
        " Zaharia, SIGIR 2020). Token-level embeddings with a MaxSim operator.\n"
    )
    assert (colbert.name, colbert.topic) == ("ColBERT", False)


def test_r62_blog_the_next_work_after_a_citation_is_no_author() -> None:
    # "Who made **ColBERT**, and when? → ColBERTv2, SIGIR 2020" (graded wrong)
    entry = one(
        "- **Late interaction.** [ColBERT](https://arxiv.org/abs/2004.12832) (Khattab &"
        " Zaharia, SIGIR 2020) and\n  [ColBERTv2](https://arxiv.org/abs/2112.01488) (Santhanam,"
        " Khattab, Saad-Falcon, Potts, Zaharia; NAACL 2022). Token-level embeddings.\n"
    )
    assert (entry.name, entry.attribution.authors) == ("ColBERT", "Khattab and Zaharia")


def test_r62_glossary_a_quoted_example_is_cited_not_the_term() -> None:
    # "Who made **Trusted setup / CRS / SRS**? → Bowe et al., 2017" (graded useless: the
    # ceremony's paper did not make trusted setups)
    (setup,) = parse_text(
        "**Trusted setup / CRS / SRS**: a structured reference string generated from secret"
        ' randomness ("toxic waste") that must be destroyed. In practice done as a multi-party'
        ' ceremony — "Powers of Tau" (Bowe, Gabizon, Miers, [ePrint 2017/1050]'
        "(https://eprint.iacr.org/2017/1050)).\n\n"
        "**PLONK**: universal-setup SNARK (Gabizon, Williamson, Ciobotaru 2019).\n\n"
        "**Halo**: recursion without a trusted setup (Bowe, Grigg, Hopwood 2019).\n"
    ).entries[:1]
    assert setup.attribution.authors == ""
    assert [(m.name, m.authors, m.year) for m in setup.mentions] == [
        ("Powers of Tau", "Bowe et al.", 2017)
    ]
    # where a protocol was first described is its own paper: its people made it
    paxos = one(
        "- **Paxos**: A consensus protocol with numbered ballots and majority quorums. First"
        ' described in "The Part-Time Parliament" (Lamport 1998), re-explained in "Paxos Made'
        ' Simple" (Lamport 2001)\n'
    )
    assert (paxos.attribution.authors, paxos.attribution.year) == ("Lamport", 1998)


def test_round_68_a_headline_names_the_version_it_cites() -> None:
    """Round 68 (on-device LLMs): "Who made **BitNet**, and when? → Ma et al. (Microsoft
    Research), 2024" — b1.58's paper credited as the original BitNet's (Wang et al., 2023)."""
    entry = one(
        "- **BitNet b1.58, the maximalist bet.** [The Era of 1-bit LLMs: All Large Language"
        " Models are in 1.58 Bits](https://arxiv.org/abs/2402.17764) (Ma, Wang, Ma, et al.,"
        " Microsoft Research, 2024). Ternary {-1, 0, 1} weights trained from scratch. Start"
        " with the original [BitNet](https://arxiv.org/abs/2310.11453) (Wang et al., 2023).\n"
    )
    assert entry.name == "BitNet b1.58"


def test_round_68_a_reports_kind_is_no_part_of_its_name_and_a_headline_is_a_label() -> None:
    """Round 68: "What is **Phi-3 Technical Report**? → The headline is phi-3-mini (3.8B)
    running at 4-bit on an iPhone 14 at ~12 tokens/s" (graded weak: the list's framing)."""
    entry = one(
        "- **Phi-3 is the one everyone benchmarks against.** [Phi-3 Technical Report: A Highly"
        " Capable Language Model Locally on Your Phone](https://arxiv.org/abs/2404.14219)"
        " (Abdin et al., Microsoft, 2024). The headline is phi-3-mini (3.8B) running at 4-bit on"
        " an iPhone 14 at ~12 tokens/s.\n"
    )
    assert entry.name == "Phi-3"
    first = entry.claims[0]
    assert (first.label, first.text) == (
        "headline result",
        "phi-3-mini (3.8B) running at 4-bit on an iPhone 14 at ~12 tokens/s",
    )


def test_round_69_a_blogs_quips_and_whose_post_are_no_facts() -> None:
    """Round 69 (visual document retrieval): "What is **Vespa**? → Binary quantization of
    the patch embeddings …" (Vespa's post, not Vespa), "What is **VisRAG**? → Goes end to
    end", "What is **UDOP**? → Bit of a kitchen-sink model", "What is **The Hugging Face
    ColPali**? → Manuel Faysse's own walkthrough"."""
    vespa = one(
        '- **Vespa: "Scaling ColPali to billions of PDFs"** — [blog.vespa.ai]'
        "(https://blog.vespa.ai/scaling-colpali-to-billions/). Binary quantization of the patch"
        " embeddings, Hamming-distance first-phase ranking, full MaxSim re-ranking second.\n"
    )
    assert (vespa.name, vespa.attribution.lab) == ("Scaling ColPali to billions of PDFs", "Vespa")
    visrag = one(
        "- **VisRAG** — [Yu et al., ICLR 2025](https://arxiv.org/abs/2410.10594). Goes end to"
        " end: a VLM-based retriever over page images *and* a VLM generator that consumes the"
        " retrieved images directly, never parsing text at all.\n"
    )
    assert visrag.claims[0].text.startswith("a VLM-based retriever over page images")
    udop = one(
        "- **UDOP** — [Tang et al., CVPR 2023](https://arxiv.org/abs/2212.02623). Bit of a"
        " kitchen-sink model, but useful for seeing how Microsoft thought about it.\n"
    )
    walkthrough = one(
        "- **The Hugging Face ColPali blog post** — [huggingface.co/blog/manu/colpali]"
        "(https://huggingface.co/blog/manu/colpali). Manuel Faysse's own walkthrough.\n"
    )
    assert not udop.claims and not walkthrough.claims
    # (a system's name before its paper's quoted title stays its name)
    system = one(
        '- **DistBelief: "Large Scale Distributed Deep Networks"** — [Dean et al., NIPS'
        " 2012](https://arxiv.org/abs/1106.5730). Downpour SGD with parameter servers.\n"
    )
    assert system.name == "DistBelief"


def test_round_70_an_article_before_a_quoted_head_is_no_byline() -> None:
    """Round 70: "Who made **LLM with ears and a mouth**? → The" (from `**The "LLM with ears
    and a mouth"**: …`)."""
    from srs.reading.bylines import byline_head

    assert byline_head('The "LLM with ears and a mouth"') is None
    assert byline_head('Kajiya, "The Rendering Equation"') is not None
    entry = one(
        '1. **The "LLM with ears and a mouth"**: a text LLM with a speech encoder in front and'
        " a speech decoder behind, trained end to end.\n"
    )
    assert entry.attribution.authors == ""


def test_r71_a_lab_after_someone_elses_work_is_not_the_entrys() -> None:
    """r71 blog: "The winner was Slawek Smyl's ES-RNN hybrid from Uber" carded the M4
    competition as Uber's; "… from Tsinghua's THUML group, and FEDformer … from Alibaba
    DAMO" carded Autoformer as Alibaba's."""
    entry = one(
        "- **The M4 competition, to understand why everyone cared about N-BEATS.**"
        " [Makridakis, Spiliotis & Assimakopoulos, *The M4 Competition: 100,000 time series"
        " and 61 forecasting methods*](https://doi.org/10.1016/j.ijforecast.2019.04.014) (IJF"
        " 2020). The winner was Slawek Smyl's ES-RNN hybrid from Uber, and pure ML methods did"
        " badly.\n"
    )
    assert (entry.attribution.authors, entry.attribution.lab) == ("Makridakis et al.", "")
    assert attribution.lab_in("A 7B model from Meta, trained on public data") == "Meta"


def test_r72_the_writers_prize_for_a_title_is_no_claim() -> None:
    """r72 blog: "What is **ChatRepair**? → Best title in the field" (useless)."""
    entry = one(
        '- **ChatRepair: "Keep the Conversation Going: Fixing 162 out of 337 bugs for $0.42'
        ' each using ChatGPT"** ([arXiv](https://arxiv.org/abs/2304.00385)). Xia & Zhang,'
        " ISSTA 2024. Best title in the field. The move here is *conversational* repair: feed"
        " test failures back to ChatGPT and iterate.\n"
    )
    assert [claim.text for claim in entry.claims if "title" in claim.text] == []
    assert one("- **Best-first search**: expands the most promising node first.\n").claims


def test_r72_the_one_that_started_it_all_is_the_writers_word() -> None:
    entry = one(
        "- **LLaMA** ([paper](https://arxiv.org/abs/2302.13971)) (Touvron et al., Meta, 2023)."
        " This is the one that started it all. Trained only on public data, 7B to 65B.\n"
    )
    assert [claim.text for claim in entry.claims if "started" in claim.text] == []
    # (but `the transformer architecture that started it all` says what it is)
    assert one("- **Attention** - the transformer architecture that started it all\n").claims


def test_r72_the_paper_that_framed_the_problem_is_the_writers_word() -> None:
    entry = one(
        "- **Towards Automating Code Review Activities** ([arXiv](https://arxiv.org/abs/"
        "2101.02518)). Tufano et al., ICSE 2021. The paper that framed the problem for the"
        " ML-for-SE crowd. It trains transformers to predict the revised code a reviewer would"
        " ask for.\n"
    )
    assert [claim.text for claim in entry.claims if "framed" in claim.text] == []


def test_r73_a_share_of_something_keeps_the_clause_that_says_which() -> None:
    """r73 glossary: "What does **Precision** do? → is the fraction of retrieved documents"
    (useless: cut before `that are relevant`)."""
    from srs.reading.claim_kinds import cut_definition

    said = "Precision is the fraction of retrieved documents that are relevant to the query"
    assert cut_definition(said) == said
    # (a number of things is no share: cut as before)
    number = "the number of documents retrieved that are relevant to the query in the top ten"
    assert cut_definition(number) == "the number of documents retrieved"


def test_r75_an_aside_and_its_stop_before_the_gist_both_go() -> None:
    """r75 table: "What is **LRM**? → . ~500M-param transformer …" (a stray stop)."""
    entry = one(
        "| Date | Name | Paper |\n|---|---|---|\n| 2023-11 | **LRM** | [LRM: Large Reconstruction"
        " Model for Single Image to 3D](https://arxiv.org/abs/2311.04400) — Hong et al. ICLR"
        " 2024 (oral). ~500M-param transformer maps DINO image features to a triplane NeRF in"
        " ~5 s. |\n"
    )
    assert [claim.text[:6] for claim in entry.claims] == ["~500M-"]


def test_r74_an_expected_number_keeps_the_clause_that_says_what_is_counted() -> None:
    """r74 glossary: "What is **E-value**? → Expected number of alignments with score ≥ S"
    (cut before `that would occur by chance`, the half that makes it an E-value)."""
    from srs.reading.claim_kinds import cut_definition

    said = (
        "Expected number of alignments with score ≥ S that would occur by chance in a database"
        " search of that size, E = Kmn e^(−λS)"
    )
    assert "by chance" in cut_definition(said)


def test_r76_the_next_work_after_and_or_then_is_no_name_of_this_one() -> None:
    """r76 blog: "What is **and TD-MPC2**?", "What does **Then Visual Foresight** do?":
    the second paper of an entry named the first."""
    entry = one(
        "- **Temporal Difference Learning for Model Predictive Control (Hansen, Wang, Su, ICML"
        " 2022)** — [arXiv:2203.04955](https://arxiv.org/abs/2203.04955) and **TD-MPC2:"
        " Scalable, Robust World Models for Continuous Control (Hansen, Su, Wang, ICLR 2024)**"
        " — [arXiv:2310.16828](https://arxiv.org/abs/2310.16828). Decoder-free latent models,"
        " MPPI planning with a learned terminal value.\n"
    )
    assert entry.name == "Temporal Difference Learning for Model Predictive Control"
    entry = one(
        "- **Deep Visual Foresight for Planning Robot Motion (Finn & Levine, ICRA 2017)** —"
        " [arXiv:1610.00696](https://arxiv.org/abs/1610.00696). Plans pushes by sampling"
        " action sequences. Then **Visual Foresight: Model-Based Deep Reinforcement Learning"
        " for Vision-Based Robotic Control (Ebert et al., 2018)** — [arXiv:1812.00568]"
        "(https://arxiv.org/abs/1812.00568) — is the long journal-style writeup.\n"
    )
    assert entry.name == "Deep Visual Foresight for Planning Robot Motion"


def test_r76_a_method_every_reader_knows_is_no_name_of_the_paper_using_it() -> None:
    """r76 awesome: "Who made **DPO**? → Tian et al." under *Fine-tuning Language Models for
    Factuality*, whose text opens `DPO on preference pairs …`."""
    entry = one(
        "- [Fine-tuning Language Models for Factuality](https://arxiv.org/abs/2311.08401) -"
        " Katherine Tian, Eric Mitchell, Huaxiu Yao, Christopher D. Manning, Chelsea Finn"
        " (Stanford, ICLR 2024). DPO on preference pairs ranked by automated factuality, no"
        " human labels.\n"
    )
    assert entry.name == "Fine-tuning Language Models for Factuality"
    # (but a paper whose title spells it out still goes by it)
    entry = one(
        "- [Direct Preference Optimization: Your Language Model is Secretly a Reward Model]"
        "(https://arxiv.org/abs/2305.18290) - Rafailov et al. (Stanford, NeurIPS 2023). DPO"
        " on preference pairs, with no reward model.\n"
    )
    assert entry.name == "Direct Preference Optimization"


def test_r76_links_joined_by_a_slash_are_where_to_read_it_not_what_it_is() -> None:
    """r76 syllabus: "What is **FLUSH+RELOAD**? → usenix.org / ePrint 2013/448"."""
    entry = one(
        '- Yuval Yarom and Katrina Falkner, "FLUSH+RELOAD: A High Resolution, Low Noise, L3'
        ' Cache Side-Channel Attack." *USENIX Security 2014*. [usenix.org](https://www.usenix'
        ".org/conference/usenixsecurity14/technical-sessions/presentation/yarom) / [ePrint"
        " 2013/448](https://eprint.iacr.org/2013/448)\n"
    )
    assert [claim.text for claim in entry.claims if "usenix" in claim.text] == []


def test_r76_the_writers_asides_on_size_and_on_the_lists_order_are_no_claims() -> None:
    from srs.reading.remarks import opinion_in

    for said in (
        "The taxonomy tree in Figure 1 is worth printing out",  # r76 syllabus
        "Huge author list, huge report",  # r76 blog, Cosmos
        "maybe belongs in a stats glossary instead?",  # r76 glossary
    ):
        assert opinion_in(said), said
    # (`it belongs in this era`, `belongs to the family of`: what it is)
    assert not opinion_in("U-Net, not DiT, but it belongs in this era")


def test_r76_a_bold_head_of_a_person_named_in_full_and_a_quoted_title() -> None:
    """r76 notes: "What is **Bram Cohen, "Patience Diff Advantages"**?", and the same with
    a kind of writing after the quote (`"Git's database internals" series`)."""
    entry = one(
        '1. **Bram Cohen, "Patience Diff Advantages"** (https://bramcohen.livejournal.com/'
        "73318.html)\n   - Patience diff: match unique common lines, take their LIS, recurse"
        " between them.\n"
    )
    assert (entry.name, entry.attribution.authors) == ("Patience Diff Advantages", "Cohen")
    entry = one(
        '1. **Derrick Stolee, "Git\'s database internals" series** (https://github.blog/'
        "2022-08-29-gits-database-internals-i-packed-object-store/)\n   - Frames git as a"
        " database: packed object store, commit history queries.\n"
    )
    assert (entry.name, entry.attribution.authors) == ("Git's database internals", "Stolee")
    # (a topic before the quote is no person: `Deep Learning, "…"`)
    assert (
        one('1. **Deep Learning, "The Bitter Lesson"**\n   - Scale wins.\n').attribution.authors
        == ""
    )


def test_r76_what_kind_of_report_or_post_it_is_and_when_is_no_claim() -> None:
    """r76 notes: "What is described here? *ANU tech report TR-CS-96-05, 1996*", *INRIA tech
    report, 2011*, *GitHub blog, 2022, five parts*, *2017 blog series (plus follow-ups …)*."""
    for said in (
        "ANU tech report TR-CS-96-05, 1996. Rolling weak checksum + strong hash per block.",
        "INRIA tech report, 2011. CRDTs: state-based (CvRDT) vs operation-based (CmRDT).",
        "GitHub blog, 2022, five parts. Frames git as a database: packed object store.",
        '2017 blog series (plus follow-ups on "pijul digle" and ids). A file is a graph of lines.',
        "2012 tech report. The add-wins semantics is the default for sets.",
    ):
        entry = one(f'1. **Tridgell & Mackerras, "The rsync algorithm"**\n    - {said}\n')
        assert len(entry.claims) == 1, said
        assert "report" not in entry.claims[0].text and "blog" not in entry.claims[0].text


def test_r76_who_proposed_a_term_is_its_attribution_and_its_equation_its_definition() -> None:
    """r76 glossary: "What is **Logistic growth**? → Verhulst 1838 proposed it (in …)"."""
    entry = one(
        "**Logistic growth**: *dN/dt = rN(1 − N/K)*. Verhulst 1838 proposed it (in"
        " *Correspondance mathématique et physique*), and [Pearl & Reed 1920](https://doi.org/"
        "10.1073/pnas.6.6.275) rediscovered it independently and fitted it to US census data.\n\n"
        "**Ricker model**: a discrete-time population model that overcompensates at high"
        " density.\n\n"
        "**Allee effect**: positive density dependence at low population size.\n"
    )
    assert [(claim.kind, claim.text) for claim in entry.claims] == [
        ("defines", "dN/dt = rN(1 − N/K)")
    ]
    assert (entry.attribution.authors, entry.attribution.year) == ("Verhulst", 1838)


def test_r76_a_surveys_taxonomy_is_labelled_not_its_name() -> None:
    """r76 notes: "What is described here? *two-way vs three-way, …* → **Taxonomy**"."""
    entry = one(
        '10. **Mens, "A State-of-the-Art Survey on Software Merging"** (IEEE TSE 28(5), 2002)\n'
        "    - Taxonomy: two-way vs three-way, textual vs syntactic vs semantic vs structural,"
        " state-based vs change-based (operation-based).\n"
    )
    assert entry.name == "A State-of-the-Art Survey on Software Merging"
    assert [claim.label for claim in entry.claims] == ["taxonomy"]


def test_r76_what_it_is_not_keeps_the_but_that_says_what_it_is() -> None:
    """r76 table: "What is **MAGVIT-v2**? → Not a T2V system itself"."""
    from srs.reading.claim_kinds import cut_definition

    said = (
        "Not a T2V system itself, but its lookup-free quantization (LFQ) tokenizer is what"
        " VideoPoet and many later AR video models build on"
    )
    assert cut_definition(said) == said


def test_r76_this_is_where_it_comes_from_says_the_paper_introduced_it() -> None:
    """r76 syllabus: `This is where ROP comes from.` gave no card."""
    entry = one(
        "- Hovav Shacham, *The Geometry of Innocent Flesh on the Bone: Return-into-libc without"
        " Function Calls (on the x86)*. CCS 2007. [PDF](https://hovav.net/ucsd/dist/geometry"
        ".pdf). This is where ROP comes from.\n"
    )
    assert [(claim.kind, claim.introduced) for claim in entry.claims] == [("introduces", "ROP")]


def test_r76_a_source_whose_people_were_cut_out_leaving_their_journal_is_no_claim() -> None:
    """r76 glossary: "What is described here? *The next-generation-operator definition is
    from (J. Math. Biol. 28:365–382)*"."""
    entry = one(
        "**Basic reproduction number (R₀)**: the expected number of secondary cases produced by"
        " one infected individual in a fully susceptible population. The next-generation-operator"
        " definition is from Diekmann, Heesterbeek & Metz 1990 ([J. Math. Biol. 28:365–382]"
        "(https://doi.org/10.1007/BF00178324)).\n\n"
        "**Allee effect**: positive density dependence at low population size.\n\n"
        "**Ricker model**: a discrete-time model that overcompensates at high density.\n"
    )
    assert [claim.text for claim in entry.claims if "J. Math" in claim.text] == []


def test_r76_a_figure_of_speech_before_a_colon_leaves_what_follows_to_say_it() -> None:
    """r76 blog: "What does **UniPi** do? → turns the problem around"."""
    from srs.reading.claim_kinds import cut_definition

    said = (
        "turns the problem around: generate a video of the task being done from a text"
        " instruction, then use an inverse dynamics model to recover actions"
    )
    assert cut_definition(said).startswith("generate a video of the task")


def test_r76_the_most_important_thing_in_the_paper_is_the_writers_word() -> None:
    from srs.reading.remarks import opinion_in

    assert opinion_in("The latent action idea is the most important thing in the paper")


def test_r76_a_subtitle_that_spells_the_name_by_its_stems_is_no_definition() -> None:
    """r76 syllabus: "What is **AddressSanitizer**? → A Fast Address Sanity Checker"."""
    entry = one(
        "- Konstantin Serebryany, Derek Bruening, Alexander Potapenko, Dmitry Vyukov,"
        ' "AddressSanitizer: A Fast Address Sanity Checker." *USENIX ATC 2012*.\n'
    )
    assert entry.name == "AddressSanitizer"
    assert entry.claims == []


def test_r76_a_name_that_opens_with_p_is_no_page_reference() -> None:
    """r76 blog: `PETS: ensembles of probabilistic networks plus MPC.` gave no name: the
    page-reference pattern read `P` + `ETS` as page ETS (and so every `P…: …` alias:
    PSRO, PatchTST, PinSage, PVT in kept lists)."""
    entry = one(
        "- **Deep Reinforcement Learning in a Handful of Trials using Probabilistic Dynamics"
        " Models (Chua et al., NeurIPS 2018)** — [arXiv:1805.12114](https://arxiv.org/abs/"
        "1805.12114). PETS: ensembles of probabilistic networks plus MPC.\n"
    )
    assert entry.name == "PETS"
    # (a page still is one, and `Punchline:` still labels what follows)
    assert one("- **Paxos Made Simple** (Lamport, 2001). pp. 51: the whole algorithm.\n").name == (
        "Paxos Made Simple"
    )


def test_r76_this_is_a_name_and_a_name_then_what_it_is_name_the_paper() -> None:
    """r76 blog: `This is Dreamer (v1). It swaps online planning for …` and `V-JEPA, the
    first serious video instantiation …` gave neither name nor what it does."""
    entry = one(
        "- **Dream to Control: Learning Behaviors by Latent Imagination (Hafner et al., ICLR"
        " 2020)** — [arXiv:1912.01603](https://arxiv.org/abs/1912.01603). This is Dreamer (v1)."
        " It swaps online planning for an actor-critic trained purely on imagined rollouts.\n"
    )
    assert entry.name == "Dreamer"
    assert [(claim.kind, claim.text[:20]) for claim in entry.claims] == [
        ("does", "Swaps online plannin")
    ]
    entry = one(
        "- **Revisiting Feature Prediction for Learning Visual Representations from Video"
        " (Bardes et al., 2024)** — [arXiv:2404.08471](https://arxiv.org/abs/2404.08471)."
        " V-JEPA, the first video model trained only to predict features of masked regions.\n"
    )
    assert entry.name == "V-JEPA"
    assert entry.claims[0].text.startswith("the first video model")
    # (but `It is increasingly obvious that …` is no deed of it)
    entry = one(
        "- **Large Language Models Are Human-Level Prompt Engineers** ([arXiv](https://arxiv.org"
        "/abs/2211.01910)) - it is increasingly obvious that humans are terrible prompters.\n"
    )
    assert [claim.kind for claim in entry.claims if claim.text.startswith("it is")] != ["does"]


def test_r77_the_first_of_the_names_before_et_al_after_a_dash_or_a_particle() -> None:
    """r77 blog: "Who made **OLMoE**? → Lo et al." (`— Muennighoff, Soldaini, Groeneveld, Lo
    et al.`) and "Mensch et al." for `Clark, de las Casas, Guy, Mensch et al.`, whose
    leftover names became a reverse card's clue."""
    found, rest = attribution.cut("Clark, de las Casas, Guy, Mensch et al. (DeepMind), ICML 2022.")
    assert (found.authors, rest) == ("Clark et al.", "")
    found, _ = attribution.cut("— Muennighoff, Soldaini, Groeneveld, Lo et al. (AI2), 2024.")
    assert found.authors == "Muennighoff et al."


def test_r77_an_approximate_figure_opens_a_sentence() -> None:
    """r77 blog: `… Lo et al. (AI2), 2024. ~7B total / ~1B active …` was one sentence, so
    the year and lab stayed in the claim (and r75's LRM gist began with `. ~500M`)."""
    assert sentences("Muennighoff et al. (AI2), 2024. ~7B total / ~1B active.") == [
        "Muennighoff et al. (AI2), 2024.",
        "~7B total / ~1B active.",
    ]


def test_r77_a_documentation_pages_details_are_not_asked_back_as_which_page() -> None:
    """r77 notes: "What is described here? *cgroup ns 4.6; time ns 5.6*" → namespaces(7) man
    page, "*default quota-backend-bytes 2 GiB …*" → etcd docs: graded weak, which page says
    a detail; a paper's later claims are still asked back."""
    notes = (
        "## S\n\n1. **etcd docs** (https://etcd.io/docs/v3.5/)\n"
        "   - Raft-replicated key-value store with MVCC revisions for every key.\n"
        "   - Default quota-backend-bytes is 2 GiB, and the cluster raises a NOSPACE alarm past"
        " it.\n"
        "2. **ZooKeeper: Wait-free coordination for Internet-scale systems**"
        " (https://www.usenix.org/legacy/event/atc10/tech/full_papers/Hunt.pdf)\n"
        "   - Wait-free znodes with FIFO client order and linearizable writes.\n"
        "   - Watches give clients a one-shot notification when a znode they read changes.\n"
    )
    reverses = [card for card in _cards(notes) if card.kind == "reverse"]
    # (nor, since round 79, from its first bullet: no reverse card at all)
    assert [c.back for c in reverses if "etcd" in c.back] == []
    assert [c for c in reverses if "ZooKeeper" in c.back]


def test_r77_a_later_look_at_a_system_is_not_named_for_it() -> None:
    """r77 notes: "Who made **Borg**? → Tirmazi et al., EuroSys 2020" (*Borg: the Next
    Generation*, a study of Borg's 2019 trace)."""
    entry = one(
        "23. **Borg: the Next Generation** ([pdf](https://dl.acm.org/doi/10.1145/3342195.3387517"
        "))\n    - Tirmazi, Barker, Deng, Haque, Qin, Hand, Harchol-Balter, Wilkes — EuroSys"
        " 2020\n    - analysis of the 2019 Borg trace (8 cells) vs the 2011 one\n"
    )
    assert entry.name == "Borg: the Next Generation"


def test_r77_a_headline_word_that_the_title_holds_before_the_names_spelling() -> None:
    """r77 blog: `**Soft MoE.** [From Sparse to Soft Mixtures of Experts](…)` was named MoE
    (and so "Who made MoE? → Puigcerver et al.")."""
    entry = one(
        "- **Soft MoE.** [From Sparse to Soft Mixtures of Experts](https://arxiv.org/abs/"
        "2308.00951) — Puigcerver, Riquelme, Mustafa & Houlsby (Google DeepMind), ICLR 2024."
        " Each expert processes slots that are weighted averages of all tokens.\n"
    )
    assert entry.name == "Soft MoE"


def test_r77_the_writers_question_is_no_definition_and_the_answer_follows() -> None:
    """r77 blog: "What is **Hash Layers …**? → What if the router is... just a hash of the
    token ID?"; and `The practitioner's bible for this era` (ST-MoE) is praise."""
    from srs.reading.remarks import opinion_in

    entry = one(
        "- **Hash Layers.** [Hash Layers For Large Sparse Models](https://arxiv.org/abs/"
        "2106.04426) — Roller, Sukhbaatar, Szlam & Weston (FAIR), NeurIPS 2021. What if the"
        " router is... just a hash of the token ID? Routes every token by a fixed hash, with"
        " no learned parameters.\n"
    )
    assert [claim.text[:9] for claim in entry.claims] == ["Routes ev"]
    assert opinion_in("The practitioner's bible for this era")
    # (a quoted question inside what it does is no question of the writer's)
    entry = one(
        "- [Embodied Question Answering](https://arxiv.org/abs/1711.11543) - Das et al. (CVPR"
        ' 2018). Spawn an agent in a House3D environment and ask it "what color is the car?"\n'
    )
    assert entry.claims


def test_r77_a_journals_kind_of_article_is_no_name_and_a_spelling_stops_at_no_compound() -> None:
    """r77 awesome: "Who made **Commentary**?" (*Commentary: The Materials Project: …*) and
    "What does **EDM** stand for? → Equivariant Diffusion for Molecule" (of *… Molecule
    Generation in 3D*)."""
    entry = one(
        "- [Commentary: The Materials Project: A materials genome approach to accelerating"
        " materials innovation](https://doi.org/10.1063/1.4812323) - Anubhav Jain, Shyue Ping"
        " Ong (LBNL / MIT, APL Materials 2013). The DFT database underneath most materials"
        " papers.\n"
    )
    assert not entry.name.startswith("Commentary")
    cards = _cards(
        "## S\n- [Equivariant Diffusion for Molecule Generation in 3D](https://arxiv.org/abs/"
        "2203.17003) - Emiel Hoogeboom, Max Welling (Amsterdam, ICML 2022). EDM: E(3)-"
        "equivariant denoising diffusion over coordinates and atom types.\n"
    )
    assert [card.back for card in cards if card.kind == "acronym"] == []


def test_r77_an_unlinked_title_in_sentence_case_before_its_byline_is_a_paper() -> None:
    """r77 awesome: `- Atomistic Line Graph Neural Network for improved materials property
    predictions - Kamal Choudhary, Brian DeCost (NIST, …). ALIGNN: …` gave no cards (read as
    a topic)."""
    entry = one(
        "- Atomistic Line Graph Neural Network for improved materials property predictions -"
        " Kamal Choudhary, Brian DeCost (NIST, npj Comput. Mater. 2021). ALIGNN: message"
        " passing on both the bond graph and its line graph. [[arXiv](https://arxiv.org/abs/"
        "2106.01829)]\n"
    )
    assert (entry.topic, entry.name) == (False, "ALIGNN")


def test_r77_a_whole_name_before_an_initialled_last_author_is_first() -> None:
    """r77 awesome: "Who made AIRSS? → Needs (Cambridge), 2011" (`Chris J. Pickard, R. J.
    Needs (Cambridge, …)`: the first author dropped)."""
    found, _ = attribution.cut(
        "Chris J. Pickard, R. J. Needs (Cambridge, J. Phys.: Condens. Matter 2011)."
    )
    assert found.authors == "Pickard and Needs"


def test_r77_what_a_paper_introduced_never_ends_in_half_a_bracket_or_an_and() -> None:
    """r77 blog: "Which paper introduced the router z-loss (penalize large router logits?"
    and "Which paper proposed Pyramid-Residual MoE (…) and?"."""
    from srs.reading.claim_kinds import introduced_in

    assert (
        introduced_in("Introduces the router z-loss (penalize large router logits")
        == "the router z-loss"
    )
    assert (
        introduced_in(
            "Proposes Pyramid-Residual MoE (more experts in later layers) and, more importantly, a"
            " real inference system"
        )
        == "Pyramid-Residual MoE (more experts in later layers)"
    )


@pytest.mark.parametrize(
    ("cited", "authors", "year"),
    [
        # r78 syllabus: a reading's mark kept it from being read at all (no card)
        (
            '(†) Katz, M. and C. Shapiro, "Network Externalities, Competition, and'
            ' Compatibility," *American Economic Review* 75(3), 1985, 424–440.',
            "Katz and Shapiro",
            1985,
        ),
        # the later authors given names first: "Jullien, 2021"
        (
            'Jullien, B., A. Pavan and M. Rysman, "Two-Sided Markets, Pricing, and Network'
            ' Effects," *Handbook of Industrial Organization*, Vol. 4, 2021.',
            "Jullien et al.",
            2021,
        ),
        # a working paper's number, then the year
        (
            'Kamepalli, S. K., R. Rajan and L. Zingales, "Kill Zone," NBER Working Paper 27146,'
            " 2020.",
            "Kamepalli et al.",
            2020,
        ),
    ],
)
def test_r78_an_economics_syllabus_citation(cited: str, authors: str, year: int) -> None:
    found, _ = attribution.cut(cited)
    assert (found.authors, found.year) == (authors, year)


def test_r78_a_hyphenated_field_name_before_a_titles_colon_is_no_name() -> None:
    """r78 awesome ("Awesome Sim-to-Real"): "Who made **Sim-to-Real**? → Tan et al."."""
    parsed = parse_text(
        "# Awesome Sim-to-Real\n\n## Locomotion\n- [Sim-to-Real: Learning Agile Locomotion For"
        " Quadruped Robots](https://arxiv.org/abs/1804.10332) - Jie Tan, Tingnan Zhang (Google"
        " Brain, RSS 2018). Combines an improved actuator model with dynamics randomization.\n"
        "- [Sim-to-Real Transfer of Robotic Control with Dynamics Randomization](https://arxiv"
        ".org/abs/1710.06537) - Xue Bin Peng, Pieter Abbeel (OpenAI, ICRA 2018). Randomizes"
        " dynamics.\n"
    )
    assert parsed.entries[0].name == "Sim-to-Real: Learning Agile Locomotion For Quadruped Robots"


def test_r78_a_method_put_to_a_use_or_a_topic_word_is_no_name_of_the_cited_paper() -> None:
    """r78 blog: "Who made **CTC**? → Libovický and Helcl" (`**CTC for translation** —
    [End-to-End Non-Autoregressive … Connectionist Temporal Classification](…)`) and "What
    is **Reasoning**?" (`**Reasoning** — [Diffusion of Thoughts: …](…)`)."""
    entry = one(
        "- **CTC for translation** — [End-to-End Non-Autoregressive Neural Machine Translation"
        " with Connectionist Temporal Classification](https://arxiv.org/abs/1811.04719)"
        " (Libovický & Helcl, EMNLP 2018). Borrows the alignment-marginalizing loss from"
        " speech.\n"
    )
    assert entry.name.startswith("End-to-End Non-Autoregressive")
    entry = one(
        "- **Reasoning** — [Diffusion of Thoughts: Chain-of-Thought Reasoning in Diffusion"
        " Language Models](https://arxiv.org/abs/2402.07754) (Ye et al., NeurIPS 2024). Early"
        " and small-scale but the right question.\n"
    )
    assert entry.name.startswith("Diffusion of Thoughts") and entry.claims == []
    # (`building on [Generative Flows on …](…)` is where it comes from, not what it is)
    entry = one(
        "- **Flow matching, discretely** — [Discrete Flow Matching](https://arxiv.org/abs/"
        "2407.15595) (Gat et al., Meta, NeurIPS 2024), building on [Generative Flows on"
        " Discrete State-Spaces](https://arxiv.org/abs/2402.04997) (Campbell et al., ICML"
        " 2024).\n"
    )
    assert [claim.kind for claim in entry.claims] != ["defines"]


def test_r78_other_things_of_a_kind_is_a_group_not_a_work() -> None:
    """r78 notes: "What is **Other runtimes**? → tiny interpreter, M3 …" (wasm3's line)."""
    entry = one(
        "12. **Other runtimes** (one-liners, for the comparison table)\n"
        "    - WAMR — https://github.com/bytecodealliance/wasm-micro-runtime — embedded/IoT\n"
        "    - wasm3 — https://github.com/wasm3/wasm3 — tiny interpreter, M3 design\n"
    )
    assert entry.topic


def test_r78_when_the_models_had_been_out_is_a_release_note() -> None:
    """r78 table: "What is **MiniCPM-V**? → Models had been out since early 2024"."""
    from srs.reading.remarks import RELEASE_NOTE

    assert RELEASE_NOTE.match("Models had been out since early 2024")
    assert not RELEASE_NOTE.match("Models every frame as a token")


def test_r78_a_phrase_that_ends_on_a_month_is_no_term() -> None:
    """r78 notes: "1.0 became a W3C {{c1::Recommendation Dec}} 2019"."""
    assert claim_terms("1.0 became a W3C Recommendation Dec 2019", [], [], []) == ()


def test_r79_people_named_in_full_after_an_opening_dash_are_the_authors() -> None:
    """r79 notes: "Who made **Serializable Snapshot Isolation in PostgreSQL**? → Cahill et
    al." (`— Dan Ports, Kevin Grittner, VLDB 2012`; Cahill et al. is the work it builds on)."""
    found, _ = attribution.cut("— Dan Ports, Kevin Grittner, VLDB 2012 (pdf) ⭐")
    assert found.authors == "Ports and Grittner"


def test_r79_a_documentation_page_is_not_asked_back_from_its_notes_at_all() -> None:
    """r79 notes: "*seq scan cost = pages × seq_page_cost + …*" → Docs: Using EXPLAIN, graded
    weak (which page a detail came from); a paper whose title opens with `Specification` is
    no documentation page."""
    notes = (
        "## S\n\n1. **Docs: Using EXPLAIN** (https://www.postgresql.org/docs/current/"
        "using-explain.html)\n"
        "   - seq scan cost = pages × seq_page_cost + rows × cpu_tuple_cost per qual.\n"
        "2. **Specification and Complexity of Collaborative Text Editing** (https://dl.acm.org/"
        "doi/10.1145/2933057.2933090)\n"
        "   - Proves that any replicated list with interleaving-free merges needs metadata"
        " linear in the number of operations.\n"
    )
    reverses = [card.back for card in _cards(notes) if card.kind == "reverse"]
    assert reverses == ["**Specification and Complexity of Collaborative Text Editing**"]


def test_r79_when_a_sized_model_was_released_is_a_release_note() -> None:
    """r79 table: "What is **GPT-2**? → the 1.5B model wasn't fully released until Nov 2019"."""
    from srs.reading.remarks import RELEASE_NOTE

    assert RELEASE_NOTE.match("the 1.5B model wasn't fully released until Nov 2019")
    assert not RELEASE_NOTE.match("the 7B model beats Llama 2 on MMLU")


def test_r80_a_word_of_a_quotation_in_a_headline_is_no_name() -> None:
    """r80 blog: `**LRU, DeepMind's "you didn't need the ODE" take.**` named the paper
    "ODE" (three useless cards); the name before the comma is LRU."""
    entry = one(
        "- **LRU, DeepMind's \"you didn't need the ODE\" take.** [Resurrecting Recurrent Neural"
        " Networks for Long Sequences](https://arxiv.org/abs/2303.06349) — Orvieto, Smith, Gu,"
        " Fernando, Gulcehre, Pascanu & De, ICML 2023. Starts from a vanilla RNN."
    )
    assert entry.name == "LRU"


def test_r80_a_venue_with_a_mark_and_a_reports_number() -> None:
    """r80 syllabus: `"Local-First Software: …." Onward! 2019.` lost its year; `MIT CSAIL
    Technical Report MIT-CSAIL-TR-2012-021, 2012` was asked as the venue, number and all."""
    local = one(
        '- Martin Kleppmann, Adam Wiggins, Peter van Hardenberg, Mark McGranaghan, "Local-First'
        ' Software: You Own Your Data, in Spite of the Cloud." Onward! 2019.'
        " [web version](https://www.inkandswitch.com/local-first/)"
    )
    assert (local.attribution.year, local.attribution.venue) == (2019, "Onward! 2019")
    vr = one(
        "- Barbara Liskov and James Cowling, *Viewstamped Replication Revisited*. MIT CSAIL"
        " Technical Report MIT-CSAIL-TR-2012-021, 2012."
        " [pdf](https://pmg.csail.mit.edu/papers/vr-revisited.pdf)"
    )
    assert "MIT-CSAIL-TR" not in vr.attribution.venue
    assert vr.attribution.year == 2012


def test_r80_a_linked_title_that_opens_with_a_name_in_lower_case_is_the_paper() -> None:
    """r80 blog: `**xLSTM, Hochreiter's return.** [xLSTM: Extended Long Short-Term
    Memory](arXiv)` took the paper for related work and made no card."""
    entry = one(
        "- **xLSTM, Hochreiter's return.** [xLSTM: Extended Long Short-Term Memory]"
        "(https://arxiv.org/abs/2405.04517) — Beck, Pöppel, Spanring & Hochreiter, NeurIPS"
        " 2024. The mLSTM variant is a gated linear attention."
    )
    assert (entry.name, entry.papers) == ("xLSTM", ["2405.04517"])
    assert entry.attribution.authors == "Beck et al."


def test_r80_a_clause_whose_citation_was_cut_out_goes_with_it() -> None:
    """r80 blog: "What is **DeltaNet**? → …, do a delta-rule (error-correcting) update, an
    old idea from finally made trainable at scale" (its citation cut out mid-clause)."""
    entry = one(
        "- **DeltaNet, better memory updates.** [Parallelizing Linear Transformers with the"
        " Delta Rule over Sequence Length](https://arxiv.org/abs/2406.06484) — Yang, Wang,"
        " Zhang, Shen & Kim, NeurIPS 2024. Instead of just adding to the state, do a"
        " delta-rule (error-correcting) update, an old idea from Schlag et al. 2021 finally"
        " made trainable at scale."
    )
    assert entry.claims[0].text == (
        "Instead of just adding to the state, do a delta-rule (error-correcting) update"
    )


def test_r81_people_and_others_make_one_et_al() -> None:
    """r81 blog: `by Matei Zaharia, Omar Khattab, Lingjiao Chen and others` → "Zaharia et
    al. et al."."""
    entry = one(
        "- **Compound AI systems, the framing piece.** [The Shift from Models to Compound AI"
        " Systems](https://bair.berkeley.edu/blog/2024/02/18/compound-ai-systems/) by Matei"
        " Zaharia, Omar Khattab, Lingjiao Chen and others on the BAIR blog (Feb 2024)."
    )
    assert entry.attribution.authors == "Zaharia et al."


def test_r81_a_school_and_its_city_in_a_bracket_are_no_person() -> None:
    """r81 awesome: `(Polytechnique Montréal, NeurIPS 2019)` credited the paper to
    "Montréal" instead of the people before the bracket."""
    entry = one(
        "- [Exact Combinatorial Optimization with Graph Convolutional Neural Networks]"
        "(https://arxiv.org/abs/1906.01629) - Maxime Gasse, Didier Chételat, Nicola Ferroni,"
        " Laurent Charlin, Andrea Lodi (Polytechnique Montréal, NeurIPS 2019). Represents a"
        " MILP as a bipartite graph."
    )
    assert (entry.attribution.authors, entry.attribution.lab) == (
        "Gasse et al.",
        "Polytechnique Montréal",
    )


def test_r81_a_prize_is_no_byline() -> None:
    """r81 glossary: "Who made **MHC restriction**? → Nobel, 1996"."""
    (entry, *_) = parse_text(
        "# G\n\n## T\n\n**MHC restriction**: Cytotoxic T cells kill virus-infected target"
        " cells only if the targets share the T cell's MHC (H-2) type. Shown with"
        " LCMV-infected mice (Zinkernagel & Doherty 1974). Nobel 1996.\n\n"
        "**Clonal selection**: Each lymphocyte carries one receptor (Burnet 1957)\n\n"
        "**Interferon**: A secreted antiviral factor (Isaacs & Lindenmann 1957)\n"
    ).entries
    assert entry.attribution.authors != "Nobel"


def test_r81_a_translations_note_is_no_claim() -> None:
    """r81 syllabus: "What is **Semiology of Graphics**? → English trans. W. J. Berg,
    University of Wisconsin Press, 1983. (excerpt on Canvas)" (useless)."""
    entry = one(
        "- Jacques Bertin, *Semiology of Graphics: Diagrams, Networks, Maps*, pp. 42–97"
        ' ("the retinal variables"). Original French 1967; English trans. W. J. Berg,'
        " University of Wisconsin Press, 1983. *(excerpt on Canvas)*"
    )
    assert not [claim.text for claim in entry.claims if "trans" in claim.text]
    assert not [claim.text for claim in entry.claims if "Canvas" in claim.text]


def test_r81_a_one_word_label_that_ends_a_longer_name_of_the_title_is_no_name() -> None:
    """r81 blog: `**Debate.** [Improving Factuality … through Multiagent Debate](…)` was
    asked as "Who made **Debate**?" → Du et al. (useless: debate is older than them); but
    `**Performer.** [Rethinking Attention with Performers](…)` is the Performer."""
    debate = one(
        "- **Debate.** [Improving Factuality and Reasoning in Language Models through"
        " Multiagent Debate](https://arxiv.org/abs/2305.14325) by Yilun Du, Shuang Li, Antonio"
        " Torralba, Joshua B. Tenenbaum and Igor Mordatch (MIT / Google Brain, ICML 2024)."
        " Several instances argue over a few rounds."
    )
    assert debate.name != "Debate"
    performer = one(
        "- **Performer.** [Rethinking Attention with Performers](https://arxiv.org/abs/2009.14794)"
        " by Choromanski et al. (ICLR 2021). Linear attention."
    )
    assert performer.name == "Performer"


def test_r81_a_bracket_closing_a_comparison_cites_the_sentence() -> None:
    """r81 glossary: "Who made **IL-4**? → Mosmann et al., 1986" from `Two CD4 helper subsets
    defined by cytokine profile: IFN-γ/IL-2 vs IL-4 (Mosmann et al. 1986).`"""
    entries = parse_text(
        "# G\n\n## T\n\n**Th1 / Th2**: Two CD4 helper subsets defined by cytokine profile:"
        " IFN-γ/IL-2 vs IL-4 (Mosmann et al. 1986). Th17 was added in 2005.\n\n"
        "**Clonal selection**: Each lymphocyte carries one receptor (Burnet 1957)\n\n"
        "**Interferon**: A secreted antiviral factor (Isaacs & Lindenmann 1957)\n"
    ).entries
    assert not [m.name for m in entries[0].mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a journal in italics after the byline (r82 awesome: "What is **PeerJ**?")
        (
            "- [Computational bioacoustics with deep learning: a review and roadmap]"
            "(https://arxiv.org/abs/2112.06725) - Dan Stowell (Tilburg University / Naturalis,"
            " 2022). *PeerJ*. The reference survey for animal sound analysis.",
            "Computational bioacoustics with deep learning: a review and roadmap",
        ),
        # a journal and its volume (r82 awesome: "What is **Ecological Modelling**?"), after
        # a byline with initials (`Steven J. Phillips`: no sentence ends at `J.`)
        (
            "- Maximum entropy modeling of species geographic distributions - Steven J. Phillips,"
            " Robert P. Anderson, Robert E. Schapire (AT&T Labs / CUNY / Princeton, 2006)."
            " *Ecological Modelling* 190. MaxEnt, still the most-used presence-only SDM.",
            "Maximum entropy modeling of species geographic distributions",
        ),
        # (r63 awesome: `Rob J. Hyndman` made the entry a topic, named by half its title)
        (
            "- Automatic Time Series Forecasting: The forecast Package for R - Rob J. Hyndman,"
            " Yeasmin Khandakar (Journal of Statistical Software, 2008). The auto.arima / ets"
            " automatic model selection.",
            "Automatic Time Series Forecasting: The forecast Package for R",
        ),
        # a remark is no alias (r64 awesome, once the byline above was read)
        (
            "- A Deep Learning Approach to Antibiotic Discovery - Jonathan M. Stokes et al. (MIT,"
            " Cell 180(4), 2020). Directed-MPNN (Chemprop) screen that found halicin. Not on"
            " arXiv; the model is in [chemprop](https://github.com/chemprop/chemprop).",
            "A Deep Learning Approach to Antibiotic Discovery",
        ),
    ],
)
def test_r82_a_journal_or_a_remark_after_the_byline_is_no_name(text: str, name: str) -> None:
    assert one(text).name == name


def test_r82_a_hospital_is_no_person() -> None:
    """r69 awesome, once its title was read whole: `(Mayo Clinic, JAMIA 2010)` → "Clinic"."""
    entry = one(
        "- Mayo clinical Text Analysis and Knowledge Extraction System (cTAKES): architecture,"
        " component evaluation and applications - Guergana K. Savova et al. (Mayo Clinic, JAMIA"
        " 2010). The classic rule + ML pipeline."
    )
    assert (entry.attribution.authors, entry.attribution.lab) == ("Savova et al.", "Mayo Clinic")


@pytest.mark.parametrize(
    ("text", "name", "authors"),
    [
        # (r82 blog: "What is the title of the **ICML** paper (Ilyas et al.)?")
        (
            '- **ICML 2024 tutorial.** "Data Attribution at Scale" by Andrew Ilyas, Sung Min Park,'
            " Logan Engstrom, Kristian Georgiev and Aleksander Madry; slides and notes at"
            " [ml-data-tutorial.org](https://ml-data-tutorial.org/).",
            "Data Attribution at Scale",
            "Ilyas et al.",
        ),
        # (r82 blog: "What does **Diffusion models** do?")
        (
            "- **Diffusion models.** [The Journey, Not the Destination: How Data Guides Diffusion"
            " Models](https://arxiv.org/abs/2312.06205) by Kristian Georgiev, Joshua Vendrow,"
            " Hadi Salman, Sung Min Park and Aleksander Madry (2023). Attributes each denoising"
            " step separately.",
            "The Journey, Not the Destination: How Data Guides Diffusion Models",
            "Georgiev et al.",
        ),
    ],
)
def test_r82_a_venue_or_a_kind_in_a_heading_is_no_name(text: str, name: str, authors: str) -> None:
    entry = one(text)
    assert (entry.name, entry.attribution.authors) == (name, authors)


def test_r82_a_publishing_house_is_no_author() -> None:
    """r82 blog: "Who made **Detection of Influential Observation in Linear Regression**? →
    Chapman and Hall, Technometrics 1977" (the publisher of a later book)."""
    entry = one(
        "- **Where the idea actually comes from.** Cook's distance: R. Dennis Cook, \"Detection"
        ' of Influential Observation in Linear Regression" (*Technometrics*, 1977), and later'
        " the Cook & Weisberg book *Residuals and Influence in Regression* (Chapman & Hall,"
        " 1982)."
    )
    assert "Chapman" not in entry.attribution.authors


def test_r83_a_glossary_citation_for_what_its_people_found_credits_no_term() -> None:
    """r83 glossary: "Who made **ENSO**? → Wyrtki, 1975" (useless: Wyrtki explained El
    Niño's dynamics); but Stommel 1948, *The westward intensification of …*, made
    westward intensification."""
    enso, westward, *_ = parse_text(
        "# G\n\n## Terms\n\n"
        "**ENSO (El Niño–Southern Oscillation)**: The coupled ocean–atmosphere oscillation of"
        " the tropical Pacific with a 2–7 year period. Wyrtki showed El Niño is preceded by"
        ' strengthened trades that pile warm water in the west. (Wyrtki 1975, "El Niño — the'
        ' dynamic response of the equatorial Pacific Ocean to atmospheric forcing", JPO)\n\n'
        "**Westward intensification**: Why western boundary currents are narrow and fast."
        " Stommel showed that adding bottom friction and the β-effect produces this asymmetry."
        ' (Stommel 1948, "The westward intensification of wind-driven ocean currents",'
        " Trans. AGU)\n\n"
        "**Ekman transport**: Net transport at right angles to the wind (Ekman 1905)\n"
    ).entries
    assert not enso.attribution.authors
    assert (westward.attribution.authors, westward.attribution.year) == ("Stommel", 1948)


def test_r83_a_question_about_what_a_plain_head_names_keeps_the_whole_title() -> None:
    """r83 syllabus: "Who made **Pointer Analysis**? → Hind, PASTE 2001" from *Pointer
    Analysis: Haven't We Solved This Problem Yet?* (a look back, not who made it); but
    `MMBench: Is Your Multi-modal Model an All-around Player?` names MMBench."""
    hind = one(
        '- Michael Hind, "Pointer Analysis: Haven\'t We Solved This Problem Yet?" PASTE 2001.'
        " [pdf](https://doi.org/10.1145/379605.379665)"
    )
    assert hind.name == "Pointer Analysis: Haven't We Solved This Problem Yet?"
    mmbench = one(
        "- [MMBench: Is Your Multi-modal Model an All-around Player?]"
        "(https://arxiv.org/abs/2307.06281) - Liu et al. (ECCV 2024). Multiple-choice with"
        " CircularEval."
    )
    assert mmbench.name == "MMBench"


def test_r84_a_venue_in_italics_after_a_quoted_title_says_when_even_a_labs_letters() -> None:
    """r84 syllabus: `*MSR 2014*` (Mining Software Repositories, also Microsoft Research's
    letters) after the title gave no year, nor did a title ending in its own `?`; a lone
    surname before a quoted title (`Fagan.`) is its author."""
    github = one(
        '- Kalliamvakou, Gousios, Blincoe, Singer, German, Damian. "The Promises and Perils of'
        ' Mining GitHub." *MSR 2014*. [pdf](https://kblincoe.github.io/p.pdf)'
    )
    assert (github.attribution.authors, github.attribution.venue) == (
        "Kalliamvakou et al.",
        "MSR 2014",
    )
    szz = one(
        '- Śliwerski, Zimmermann, Zeller. "When Do Changes Induce Fixes?" *MSR 2005*. This is'
        " the SZZ algorithm."
    )
    assert (szz.attribution.authors, szz.attribution.year) == ("Śliwerski et al.", 2005)
    fagan = one(
        '- Fagan. "Design and code inspections to reduce errors in program development."'
        " *IBM Systems Journal* 15(3), 1976. The historical baseline."
    )
    assert (fagan.attribution.authors, fagan.attribution.year) == ("Fagan", 1976)
    required = one(
        '- Required. "Design and code inspections to reduce errors." *IBM Systems Journal*, 1976.'
    )
    assert required.attribution.authors == ""


def test_r84_a_plain_head_whose_subtitle_says_from_where_to_where_keeps_the_whole_title() -> None:
    """r84 syllabus: "Who made **Technical Debt**? → Kruchten et al." (graded useless: the
    list credits the metaphor to Cunningham) from *Technical Debt: From Metaphor to Theory and
    Practice*, a paper about the term, not the term's."""
    debt = one(
        '- Kruchten, Nord, Ozkaya. "Technical Debt: From Metaphor to Theory and Practice."'
        " *IEEE Software* 29(6), 2012."
    )
    assert debt.name == "Technical Debt: From Metaphor to Theory and Practice"


def test_r84_a_bracket_of_surnames_after_a_rows_title_names_its_authors() -> None:
    """r84 table: "Who made **PINO**? → Caltech / NVIDIA, 2021" (graded weak: the row names
    Li et al.); a bracket of surnames joined by `&`, with no year, right after the title."""
    rows = parse_text(
        "## Neural Operators\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2021-11 | PINO | Caltech / NVIDIA | [Physics-Informed Neural Operator for Learning"
        " Partial Differential Equations](https://arxiv.org/abs/2111.03794) (Li, Zheng,"
        " Kovachki, Jin, Chen, Liu, Azizzadenesheli & Anandkumar) |\n"
        "| 1995-07 | Operator UAT | Fudan | [Universal Approximation to Nonlinear Operators by"
        " Neural Networks](https://doi.org/10.1109/72.392253) (Chen & Chen, IEEE TNN). The"
        " theorem DeepONet is built on. |\n"
        "| 2023-01 | Stack | Brown | [Some Benchmark of Models](https://arxiv.org/abs/2301.00001)"
        " (Llama, Mistral & Google) |\n"
        "| 2017-10 | Deep Ritz | Princeton / PKU | [The Deep Ritz Method: A Deep Learning-Based"
        " Numerical Algorithm](https://arxiv.org/abs/1710.00211) (E & Yu) |\n"
    ).entries
    assert [entry.attribution.authors for entry in rows] == [
        "Li et al.",
        "Chen and Chen",
        "",
        "E and Yu",
    ]


def test_r84_a_prize_an_index_and_a_gerund_before_that() -> None:
    """r84 glossary: `2019 Nobel Prize.` credited "Prize, 2019" with the term; `([ADS](…))`
    after a citation was read as its lab and hidden by a cloze; a definition was cut at
    `by showing | that …`, leaving "… by showing" as the answer."""
    hot, lensing = parse_text(
        "## S\n\n**Hot Jupiter**: a gas giant on a few-day orbit. The first planet around a"
        " Sun-like star, 51 Peg b, was one ([Mayor & Queloz 1995](https://doi.org/10.1038/"
        "378355a0)), and it immediately broke the standard picture of planet formation. 2019"
        " Nobel Prize.\n\n**Gravitational microlensing**: a foreground star-plus-planet acting"
        " as a lens for a background source. Proposed by Mao & Paczyński 1991"
        " ([ADS](https://ui.adsabs.harvard.edu/abs/1991ApJ...374L..37M)).\n\n"
        "**Transit method**: detecting the small periodic dip in brightness as a planet passes"
        " in front of its host star.\n"
    ).entries[:2]
    assert "Prize" not in hot.attribution.authors
    assert (lensing.attribution.authors, lensing.attribution.lab) == ("Mao and Paczyński", "")
    assert cut_definition(
        '"confirming" a transiting planet by showing that astrophysical false positives are'
        " improbable, rather than by measuring a mass"
    ).endswith("rather than by measuring a mass")


def test_r84_a_kind_of_tool_and_what_it_is_for_defines_it() -> None:
    """r84 awesome: "What does **LIEF** do? → Used by EMBER's feature extractor" (graded
    useless): `Library to parse and modify PE/ELF/Mach-O` says what it is (not a name
    `Library`, then a verb); `Fantastic for vision` is still a verdict."""
    lief = one(
        "- [LIEF](https://github.com/lief-project/LIEF) - Library to parse and modify"
        " PE/ELF/Mach-O. Used by EMBER's feature extractor."
    )
    assert (lief.claims[0].kind, lief.claims[0].text) == (
        "defines",
        "Library to parse and modify PE/ELF/Mach-O",
    )


def test_the_bundled_ragas_entry_says_what_it_is_before_who_recommends_it() -> None:
    """The bundled list's RAGAS (r84 bundled, uncovered): `the simple RAG eval recommended by
    OpenAI` was dropped whole as the list's voice; who vouches for it is the voice."""
    ragas = one(
        "- **[RAGAS](https://arxiv.org/abs/2309.15217) paper** - the simple RAG eval"
        " [recommended by OpenAI](https://x.com/swyx/status/1724490887147978793)."
    )
    assert [(c.kind, c.text) for c in ragas.claims] == [("defines", "the simple RAG eval")]


def test_r85_a_replication_keeps_its_whole_title_and_an_aside_does_not_cut_a_definition() -> None:
    """r85 blog: "Who made **Chinchilla Scaling**? → Besiroglu et al." (weak: Chinchilla is
    Hoffmann et al.'s; *Chinchilla Scaling: A replication attempt* is theirs); r85 glossary:
    "What is **Distributed acoustic sensing**? → Turning fiber-optic cables" (useless)."""
    replication = one(
        "- **Chinchilla Scaling: A replication attempt** — [Besiroglu et al., 2024]"
        "(https://arxiv.org/abs/2404.10102). Epoch AI reconstructed the data."
    )
    assert replication.name == "Chinchilla Scaling: A replication attempt"
    assert cut_definition(
        'Turning fiber-optic cables, including unused telecom "dark fiber", into dense arrays'
        " of strain sensors every few meters by measuring Rayleigh backscatter"
    ).startswith('Turning fiber-optic cables, including unused telecom "dark fiber", into')


@pytest.mark.parametrize(
    "remark", ["The Baidu SVAIL paper that everyone forgets.", "nice historical detail, skippable"]
)
def test_r85_the_writers_word_on_the_reading_is_no_claim(remark: str) -> None:
    """r85 blog and notes (graded useless as gists): the writer's word on the reading."""
    entry = one(
        f"- **Deep Learning Scaling is Predictable** (https://arxiv.org/abs/1712.00409). {remark}"
    )
    assert entry.claims == []


def test_r85_a_talk_and_its_writeup_are_packaging_not_what_it_is() -> None:
    """r85 notes: "What is **Turning the database inside-out with Apache Samza**? → Martin
    Kleppmann, talk at Strange Loop 2014 + blog writeup 2015" (graded weak)."""
    entry = one(
        "1. **Turning the database inside-out with Apache Samza**"
        " (https://martin.kleppmann.com/2015/03/04/turning-the-database-inside-out.html)\n"
        "   - Martin Kleppmann, talk at Strange Loop 2014 + blog writeup 2015\n"
    )
    assert not [claim for claim in entry.claims if claim.kind in {"defines", "does"}]


def test_r85_a_signpost_label_is_no_part_of_the_claim() -> None:
    """r85 blog: "What is described here? *Context for what follows: Gopher is a 280B model
    …*" (graded weak: the writer's signpost in the clue)."""
    entry = one(
        "- **Scaling Language Models: Methods, Analysis & Insights from Training Gopher** —"
        " [Rae et al., 2021](https://arxiv.org/abs/2112.11446). Context for what follows:"
        " Gopher is a 280B model trained on 300B tokens of MassiveText."
    )
    assert not any(claim.text.startswith("Context") for claim in entry.claims)


def test_r86_a_contrast_with_another_thing_is_no_claim_of_the_entry() -> None:
    """r86 notes (graded useless as gists and a cloze): `Useful contrast: SQLite throws out
    …` under *Architecture of a Database System*, `Relevant to SQLite: it does not do key
    prefix compression` under Graefe's book, and `… vocabulary comes from Bigtable/LevelDB,
    not this paper` under the LSM-tree paper."""
    contrast = one(
        "1. **Architecture of a Database System** ([pdf](https://dsf.berkeley.edu/papers/"
        "fntdb07-architecture.pdf))\n"
        "   - Useful contrast: SQLite throws out most of the server-side machinery (no process"
        " model, no lock manager; it just uses file locks).\n"
    )
    assert contrast.claims == []
    lsm = one(
        "1. **The Log-Structured Merge-Tree** ([pdf](https://www.cs.umb.edu/~poneil/lsmtree.pdf))\n"
        "   - The modern memtable/SSTable/compaction vocabulary comes from Bigtable/LevelDB, not"
        " this paper.\n"
        "   - batch random writes into sorted runs in memory, merge down into larger on-disk"
        " components\n"
    )
    assert [claim.kind for claim in lsm.claims if "not this paper" in claim.text] == ["says"]


def test_r87_a_state_university_and_a_titles_commas_are_nobodys_byline() -> None:
    """r87 awesome: "Who made …? → State, ICSE 2023" from `(Iowa State, ICSE 2023)`; r87
    table: "Who made **LAS**? → Listen et al." from the link `[Listen, Attend and Spell]`."""
    study = one(
        "- [An Empirical Study of Deep Learning Models for Vulnerability Detection]"
        "(https://arxiv.org/abs/2212.08109) - Benjamin Steenhoek, Md Mahbubur Rahman, Richard"
        " Jiles, Wei Le (Iowa State, ICSE 2023). Reproduces 9 models on Devign."
    )
    assert (study.attribution.authors, study.attribution.lab) == ("Steenhoek et al.", "Iowa State")
    (las,) = parse_text(
        "## ASR\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2015-08 | LAS | Google Brain / CMU | [Listen, Attend and Spell]"
        "(https://arxiv.org/abs/1508.01211) — the canonical attention-based encoder–decoder"
        " for ASR. |\n"
    ).entries
    assert las.attribution.authors == ""


@pytest.mark.parametrize(
    "reference",
    [
        '"Resource-rational analysis." *Behavioral and Brain Sciences*, 43, e1.',
        '"Bayesian modeling of human concept learning." *Advances in Neural Information'
        ' Processing Systems 11* (NIPS 1998). [the "number game"]',
    ],
)
def test_r87_a_journals_volume_and_article_number_is_no_claim(reference: str) -> None:
    """r87 syllabus: "What is **Resource-rational analysis …**? → Behavioral and Brain
    Sciences, 43, e1" (useless, and its reverse card too)."""
    entry = one(f"- Lieder, F., & Griffiths, T. L. (2020). {reference}")
    assert entry.claims == []


def test_r87_a_header_and_its_value_are_not_the_works_name() -> None:
    """r87 notes: "Who made **Cache-Control**? → McManus, 2017" under *RFC 8246 — HTTP
    Immutable Responses*, from `Cache-Control: immutable → browser doesn't revalidate`."""
    entry = one(
        "1. **RFC 8246 — HTTP Immutable Responses** (https://www.rfc-editor.org/rfc/rfc8246)\n"
        "   - McManus, 2017. `Cache-Control: immutable` → browser doesn't revalidate on reload.\n"
        "   - only makes sense with fingerprinted asset URLs (`app.3f9a2c.js`).\n"
    )
    assert entry.name == "RFC 8246 — HTTP Immutable Responses"
    assert (entry.attribution.authors, entry.attribution.year) == ("McManus", 2017)


def test_r87_a_glossary_citation_for_standardizing_or_using_a_term_credits_no_one() -> None:
    """r86 and r87 glossaries: "Who made **Reference evapotranspiration**? → Allen et al.,
    1998" (standardized it), "Who made **Hawaiian**? → Head and Wilson, 1987" (used it),
    "Who made **Equifinality**? → Beven and Binley, 1992" (GLUE's paper); but RankNet `was
    used in Bing (Burges et al. 2005)` is still Burges's."""
    et0, hawaiian, equifinality, ranknet = parse_text(
        "## S\n\n**Reference evapotranspiration (ET₀)**: ET from a hypothetical well-watered"
        " grass surface, standardized via FAO-56 Penman–Monteith ([Allen et al."
        " 1998](https://www.fao.org/3/x0490e/x0490e00.htm))\n\n"
        "**Hawaiian**: Sustained fire-fountaining of low-viscosity basalt. Fountain height has"
        " been used to work back to the exsolved volatile content (Head & Wilson 1987).\n\n"
        "**Equifinality**: Many different parameter sets fit observed data equally well; the"
        " motivation behind GLUE ([Beven & Binley 1992](https://doi.org/10.1002/hyp.3360060305))\n\n"
        "**RankNet**: A neural network trained with a pairwise cross-entropy loss; was used in"
        " Bing (Burges et al. 2005)\n"
    ).entries
    assert [e.attribution.authors for e in (et0, hawaiian, equifinality)] == ["", "", ""]
    assert ranknet.attribution.authors == "Burges et al."


def test_r88_a_header_named_no_is_not_a_reply() -> None:
    """r87 notes: `no-cache = store but revalidate every time; no-store = don't store.` was
    read as the writer's "No - …" and dropped, so neither header got a card; `Obsoletes RFC
    7234.` was dropped as a citation's leftovers and is kept as what it says, not as what
    the RFC does."""
    entry = one(
        "1. **RFC 9111 — HTTP Caching** (https://www.rfc-editor.org/rfc/rfc9111)\n"
        "   - Fielding, Nottingham, Reschke, June 2022. Obsoletes RFC 7234.\n"
        "   - `no-cache` = store but revalidate every time; `no-store` = don't store.\n"
    )
    claims = {claim.text: claim.kind for claim in entry.claims}
    assert "no-cache = store but revalidate every time" in claims
    assert "no-store = don't store" in claims
    assert claims["Obsoletes RFC 7234"] == "says"
    assert REPLY.match("No - it is not a cache at all.")
    assert not REPLY.match("no-store = don't store.")


def test_r88_a_company_blog_is_where_a_post_appeared_not_its_author() -> None:
    """r88 notes: "Who made **Introducing Firefox's new Site Isolation …**? → Hacks" and
    "Clark and Hacks", from `Mozilla Hacks, May 2021` and `Lin Clark, Mozilla Hacks, Aug
    2017`."""
    fission, stylo, sandbox = parse_text(
        "## S\n\n"
        "1. **Introducing Firefox's new Site Isolation Security Architecture**"
        " (https://hacks.mozilla.org/2021/05/introducing-firefox-new-site-isolation/)\n"
        "    - Mozilla Hacks, May 2021 (Project Fission)\n"
        "    - Gecko's equivalent of Chrome site isolation\n"
        "2. **Inside a super fast CSS engine: Quantum CSS (aka Stylo)**"
        " (https://hacks.mozilla.org/2017/08/inside-a-super-fast-css-engine/)\n"
        "    - Lin Clark, Mozilla Hacks, Aug 2017\n"
        "    - Servo's style system ported into Gecko\n"
        "3. **The V8 Sandbox** (https://v8.dev/blog/sandbox)\n"
        "    - Samuel Groß, V8 blog, April 2024\n"
        "    - a software-only in-process boundary, complementary to site isolation\n"
    ).entries
    assert (fission.attribution.authors, fission.attribution.venue) == ("", "Mozilla Hacks")
    assert fission.attribution.year == 2021
    assert (stylo.attribution.authors, stylo.attribution.year) == ("Clark", 2017)
    assert (sandbox.attribution.authors, sandbox.attribution.venue) == ("Groß", "V8 blog")
    assert all("Groß" not in claim.text for claim in sandbox.claims)


def test_r88_a_bold_phrase_with_its_bracket_is_hidden_whole() -> None:
    """r88 notes: `{{c1::out-of-process iframes (OOPIFs}})`, a cloze whose hidden part broke
    the bracket."""
    entry = one(
        "1. **Site Isolation: Process Separation for Web Sites within the Browser**"
        " ([pdf](https://www.usenix.org/system/files/sec19-reis.pdf))\n"
        "    - Charles Reis, Alexander Moshchuk, Nasko Oskov; USENIX Security 2019\n"
        "    - every site's documents in a dedicated renderer process, incl."
        " **out-of-process iframes (OOPIFs)**\n"
    )
    terms = [term for claim in entry.claims for term in claim.terms]
    assert "out-of-process iframes (OOPIFs)" in terms
    assert all(term.count("(") == term.count(")") for term in terms)


def test_r88_a_kind_of_paper_before_the_colon_is_no_name() -> None:
    """r88 notes: "What is **Experience Report**?" for *Experience Report: Developing the
    Servo Web Browser Engine using Rust*."""
    entry = one(
        "1. **Experience Report: Developing the Servo Web Browser Engine using Rust**"
        " ([pdf](https://arxiv.org/pdf/1505.07383))\n"
        "    - parallel layout via work-stealing tree traversals\n"
    )
    assert entry.name == "Experience Report: Developing the Servo Web Browser Engine using Rust"


def test_r88_a_remark_on_another_item_of_the_list_is_no_claim() -> None:
    """r88 notes: "What is **Spook.js**? → nice demonstration of exactly the tradeoff from #8
    biting back"; a fact that ends by pointing to another item keeps the fact."""
    entry = one(
        "1. **Spook.js: Attacking Chrome Strict Site Isolation via Speculative Execution**"
        " (https://www.spookjs.com/)\n"
        "    - nice demonstration of exactly the tradeoff from #8 biting back\n"
        "    - AF_XDP is the path that sends packets to userspace, see #16\n"
    )
    texts = [claim.text for claim in entry.claims]
    assert not any("#8" in text for text in texts)
    assert "AF_XDP is the path that sends packets to userspace" in texts


def test_r88_a_rows_citation_of_the_work_it_comes_from_is_not_its_own() -> None:
    """r88 table: "Who made **MiniWoB++**? → Shi et al. (Stanford), ICLR 2018", from `It
    extends MiniWoB from *World of Bits* (Shi et al., ICML 2017)`."""
    (entry,) = parse_text(
        "## Web\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2018-02 | MiniWoB++ | Stanford | [Reinforcement Learning on Web Interfaces Using"
        " Workflow-Guided Exploration](https://arxiv.org/abs/1802.08802) (ICLR 2018). It extends"
        " MiniWoB from *World of Bits* (Shi et al., ICML 2017). |\n"
    ).entries
    assert entry.name == "MiniWoB++"
    assert entry.attribution.authors == ""
    assert (entry.attribution.lab, entry.attribution.year) == ("Stanford", 2018)


def test_r88_a_preprint_after_a_quoted_title_is_where_and_when() -> None:
    """r88 syllabus: "What is **Artificial Artificial Artificial Intelligence: …**? → arXiv
    preprint, 2023"; and `CoRR, 2021` is no author."""
    entry = one(
        '- Veniamin Veselovsky, Manoel Horta Ribeiro, and Robert West. "Artificial Artificial'
        " Artificial Intelligence: Crowd Workers Widely Use Large Language Models for Text"
        ' Production Tasks." arXiv preprint, 2023. https://arxiv.org/abs/2306.07899\n'
    )
    assert (entry.attribution.authors, entry.attribution.year) == ("Veselovsky et al.", 2023)
    assert entry.claims == []
    assert attribution.cut("CoRR, 2021")[0].authors == ""


def test_r88_a_note_on_other_things_is_not_the_gist_and_the_heads_equation_is() -> None:
    """r88 notes: "What is **The V8 Sandbox**? → V8 heap corruption bugs (…) are the bread
    and butter of Chrome exploits" once its byline bullet was read as a byline; `sandbox =
    reserve a big virtual region, …` says what it is."""
    entry = one(
        "1. **The V8 Sandbox** (https://v8.dev/blog/sandbox)\n"
        "    - Samuel Groß, V8 blog, April 2024\n"
        "    - V8 heap corruption bugs (JIT type confusion etc.) are the bread and butter of"
        " Chrome exploits\n"
        "    - sandbox = reserve a big virtual region, replace raw pointers inside it with"
        " offsets / table indices\n"
        "    - a software-only in-process boundary, complementary to site isolation\n"
    )
    kinds = {claim.text.split()[0]: claim.kind for claim in entry.claims}
    assert kinds["V8"] == "says"
    assert kinds["sandbox"] == "defines"


def test_r88_a_glossary_citation_for_observing_a_term_credits_no_one() -> None:
    """r88 glossary: "Who made **Hydrofracture**? → Das et al., 2008", from `observed
    directly when a supraglacial lake drained … (Das et al. 2008, …)`; who coined a term
    is still credited."""
    hydrofracture, ice, coined = parse_text(
        "## S\n\n**Hydrofracture**: Propagation of a water-filled crevasse through the full ice"
        " thickness; observed directly when a supraglacial lake drained to the bed in under"
        " two hours (Das et al. 2008, [doi](https://doi.org/10.1126/science.1153360))\n\n"
        "**Glacier mass loss**: Measured with ASTER DEM differencing for nearly all glaciers"
        " (Hugonnet et al. 2021)\n\n"
        "**Marine ice sheet instability**: Coined by Weertman for a grounding line on a"
        " retrograde bed (Weertman 1974)\n"
    ).entries
    assert [e.attribution.authors for e in (hydrofracture, ice)] == ["", ""]
    assert coined.attribution.authors == "Weertman"


def test_r88_praise_of_a_framing_and_the_key_figure_are_no_claims() -> None:
    """r88 blog: a cloze on `A nice framing that a lot of later work ({{c1::TextGrad}}, etc.)
    builds on` and a reverse card on `The ablation on number of task clusters is the key
    figure`."""
    entry = one(
        '- **Textual gradients.** [Automatic Prompt Optimization with "Gradient Descent" and'
        " Beam Search](https://arxiv.org/abs/2305.03495) (Pryzant et al., EMNLP 2023). The LLM"
        ' critiques the prompt on failing examples (the "gradient") and then edits the prompt.'
        " A nice framing that a lot of later work (TextGrad, etc.) builds on. The ablation on"
        " number of task clusters is the key figure.\n"
    )
    texts = " ".join(claim.text for claim in entry.claims)
    assert "critiques the prompt" in texts
    assert "framing" not in texts and "key figure" not in texts


def test_r89_a_supplement_number_is_no_name_and_a_journals_pages_no_claim() -> None:
    """r89 syllabus: "What is **2**? → Digital Scholarship in the Humanities 32, suppl", from a
    sentence cut at `suppl.`; and `ch. 1 "The Power Chapter." [open access](…)` is no gist."""
    delta, feminism = parse_text(
        "## Week 3\n\n"
        '- Stefan Evert, Thomas Proisl, Fotis Jannidis, and Thorsten Vitt, "Understanding and'
        ' explaining Delta measures for authorship attribution," *Digital Scholarship in the'
        " Humanities* 32, suppl. 2 (2017): ii4–ii16.\n"
        "- Catherine D'Ignazio and Lauren F. Klein, *Data Feminism* (MIT Press, 2020), ch. 1"
        ' "The Power Chapter." [open access](https://data-feminism.mitpress.mit.edu/)\n'
    ).entries
    assert delta.name == "Understanding and explaining Delta measures for authorship attribution"
    assert (delta.attribution.authors, delta.attribution.year) == ("Evert et al.", 2017)
    assert delta.claims == []
    assert feminism.claims == []


def test_r89_a_journals_volume_and_page_are_not_its_year() -> None:
    """r89 glossary: "Who made **κ (kappa) hygroscopicity parameter**? → Petters and
    Kreidenweis, ACP 1961", from `Petters & Kreidenweis (2007), [ACP 7, 1961](…)`."""
    found, _ = attribution.cut("Petters & Kreidenweis (2007), ACP 7, 1961.")
    assert (found.year, found.venue) == (2007, "ACP")
    assert attribution.cut("JMLR 15, 2014")[0].venue == "JMLR 2014"


def test_r89_initials_before_the_last_surname_are_that_persons() -> None:
    """r89 awesome: "Who made **Robust Loss Functions under Label Noise …**? → Ghosh and
    Sastry", from `Aritra Ghosh, Himanshu Kumar, P. S. Sastry (IISc, AAAI 2017)`."""
    found, _ = attribution.cut("Aritra Ghosh, Himanshu Kumar, P. S. Sastry (IISc, AAAI 2017).")
    assert (found.authors, found.lab) == ("Ghosh et al.", "IISc")
    assert attribution.cut("Jouppi, N. P. (Google, 2017)")[0].authors == "Jouppi"


def test_r89_a_company_lab_blog_and_a_kind_of_article_by_someone_are_no_claims() -> None:
    """r89 notes: "Who made **Creative usernames …**? → Labs" (`Spotify Labs, June 2013`);
    "What is **Unicode Bidirectional Algorithm basics**? → W3C Internationalization article
    (Richard Ishida)" and `Much gentler intro than UAX #9`."""
    spotify, bidi = parse_text(
        "## S\n\n"
        "1. **Creative usernames and Spotify account hijacking**"
        " (https://engineering.atspotify.com/2013/06/creative-usernames/)\n"
        "    - Spotify Labs, June 2013. My favourite postmortem ever\n"
        "    - Canonicalized usernames with XMPP nodeprep (Twisted)\n"
        "2. **Unicode Bidirectional Algorithm basics**"
        " (https://www.w3.org/International/articles/inline-bidi-markup/uba-basics)\n"
        "    - W3C Internationalization article (Richard Ishida)\n"
        "    - Much gentler intro than UAX #9, with pictures of directional runs\n"
    ).entries
    assert (spotify.attribution.authors, spotify.attribution.venue) == ("", "Spotify Labs")
    assert bidi.attribution.authors == "Ishida"
    assert bidi.claims == []


def test_r89_a_caveat_a_label_and_another_works_sentence_are_not_the_gist() -> None:
    """r89 blog, graded useless: "What is **ExpeL**? → Reflexion works within one task",
    "What is **Zep**? → Vendor paper, so calibrate accordingly", and an answer opening
    `Exactly what it says:`."""
    expel, zep, summary = parse_text(
        "## Memory\n\n"
        "- **ExpeL: LLM Agents Are Experiential Learners** ([arXiv](https://arxiv.org/abs/2308.10144))."
        " Andrew Zhao, Daniel Huang & Gao Huang (Tsinghua, AAAI 2024). Reflexion works within"
        " one task; ExpeL tries to carry lessons across tasks by extracting insights from"
        " trajectories.\n"
        "- **Zep: A Temporal Knowledge Graph Architecture for Agent Memory**"
        " ([arXiv](https://arxiv.org/abs/2501.13956)). Preston Rasmussen et al. (Zep AI, 2025)."
        " Vendor paper, so calibrate accordingly, but the core idea is good: a bi-temporal"
        " knowledge graph where edges carry validity intervals.\n"
        "- **Recursively Summarizing Enables Long-Term Dialogue Memory in Large Language Models**"
        " ([arXiv](https://arxiv.org/abs/2308.15022)). Qingyue Wang et al. (2023). Exactly what"
        " it says: keep updating a running summary memory from old memory and the new session.\n"
    ).entries
    assert (expel.claims[0].kind, expel.claims[0].text.split()[0]) == ("does", "tries")
    assert zep.claims[0].text.startswith("a bi-temporal knowledge graph")
    assert zep.claims[0].kind == "defines"
    assert summary.claims[0].text.startswith("keep updating a running summary")


def test_r89_a_formulas_last_term_is_no_cited_work() -> None:
    """r89 glossary: "Who made **O2**? → Molina and Rowland, 1974", from `… via Cl + O3 → ClO
    + O2, ClO + O → Cl + O2 (Molina & Rowland 1974)`."""
    cycle, *_ = parse_text(
        "## S\n\n**Chlorine catalytic cycle**: CFCs release Cl in the stratosphere, which"
        " destroys ozone catalytically via Cl + O3 → ClO + O2, ClO + O → Cl + O2 (Molina &"
        " Rowland 1974).\n\n**Ozone**: a molecule.\n\n**Smog**: a haze.\n"
    ).entries
    assert [mention.name for mention in cycle.mentions] == []


def test_r90_a_numbered_document_and_a_labs_document_keep_their_names() -> None:
    """r90 notes: "Who made **Query**? → Levine, 2010" under *RFC 5782 — DNS Blacklists and
    Whitelists* (from `- Query: reverse the IPv4 octets …`), and "What is **Google**?" for
    *Google: Email sender guidelines*."""
    rfc, google = parse_text(
        "## S\n\n"
        "1. **RFC 5782 — DNS Blacklists and Whitelists** (https://www.rfc-editor.org/rfc/rfc5782)\n"
        "    - Levine, February 2010. Informational.\n"
        "    - Query: reverse the IPv4 octets and prepend to the list zone\n"
        "2. **Google: Email sender guidelines** (https://support.google.com/a/answer/81126)\n"
        '    - The "Feb 2024" rules, announced Oct 2023 on the Gmail blog\n'
        "    - Everyone: SPF or DKIM, valid forward and reverse DNS, TLS\n"
    ).entries
    assert rfc.name == "RFC 5782 — DNS Blacklists and Whitelists"
    assert google.name == "Google: Email sender guidelines"


def test_r90_a_hyphenated_given_name_before_a_quoted_title_is_the_author() -> None:
    """r90 syllabus: "Who made **The Uncertain Geographic Context Problem**? → Openshaw", from
    the aside `(Openshaw, 1984; …)` after `Mei-Po Kwan. "The Uncertain …"`; and the
    reading's length and the writer's view of its field are no gists."""
    kwan, barthelemy, chetty = parse_text(
        "## Week 2\n\n"
        '- Mei-Po Kwan. "The Uncertain Geographic Context Problem." *Annals of the Association'
        " of American Geographers* 102(5), 2012. [T&F](https://doi.org/10.1080/00045608.2012.687349)"
        " — pairs well with a discussion of the MAUP (Openshaw, 1984; I'll bring the scan).\n"
        '- Marc Barthélemy. "Spatial Networks." *Physics Reports* 499, 2011.'
        " [arXiv](https://arxiv.org/abs/1010.0302) — long (100+ pages). Sections 1–3 only.\n"
        '- Raj Chetty, Nathaniel Hendren, Patrick Kline, Emmanuel Saez. "Where is the Land of'
        ' Opportunity?" *Quarterly Journal of Economics* 129(4), 2014.'
        " [NBER w19843](https://www.nber.org/papers/w19843) — not ML at all, but the best"
        " example of what careful spatial measurement buys you.\n"
    ).entries
    assert (kwan.attribution.authors, kwan.attribution.year) == ("Kwan", 2012)
    assert barthelemy.claims == [] and chetty.claims == []


def test_r90_a_glossary_citation_for_measuring_under_conditions_credits_no_one() -> None:
    """r90 glossary: "Who made **Free-running period (τ)**? → Czeisler et al., 1999"."""
    period, *_ = parse_text(
        "## S\n\n**Free-running period (τ)**: The period of the clock when no zeitgebers are"
        " present. In humans, measured under forced desynchrony as averaging about 24.18 h"
        " ([Czeisler et al. 1999](https://doi.org/10.1126/science.284.5423.2177)).\n\n"
        "**Zeitgeber**: a time cue.\n\n**Chronotype**: a preferred timing of sleep.\n"
    ).entries
    assert period.attribution.authors == ""


def test_r90_a_standards_status_and_what_it_obsoletes_are_not_its_gist() -> None:
    """r90 notes: "What does **RFC 5321 — Simple Mail Transfer Protocol** do? → Obsoletes RFC
    2821" and "What is **RFC 7489 — … (DMARC)**? → Informational, Independent Submission
    stream"."""
    smtp, dmarc = parse_text(
        "## S\n\n"
        "1. **RFC 5321 — Simple Mail Transfer Protocol** (https://www.rfc-editor.org/rfc/rfc5321)\n"
        "   - Klensin, October 2008. Obsoletes RFC 2821 (which obsoleted 821).\n"
        "2. **RFC 7489 — Domain-based Message Authentication, Reporting, and Conformance (DMARC)**"
        " (https://www.rfc-editor.org/rfc/rfc7489)\n"
        "    - Kucherawy & Zwicky (eds), March 2015. **Informational**, Independent Submission"
        " stream — i.e. NOT an IETF standard.\n"
        "    - Alignment = authenticated domain matches From: domain\n"
    ).entries
    assert [claim.kind for claim in smtp.claims] == ["says"]
    assert all("Informational" not in claim.text for claim in dmarc.claims)


def test_r91_a_seminars_citation_question_and_reading_note_are_no_gists() -> None:
    """r91 syllabus, graded useless: "What is **Building Machines That Learn and Think Like
    People**? → Behavioral and Brain Sciences 40, e253, 2017", "What is **The Extended
    Mind**? → Question for discussion: …", "What is **Minds, Brains, and Programs**? →
    Target article plus the open peer commentaries …"."""
    lake, clark, searle = parse_text(
        "## Week 1\n\n"
        "- Brenden M. Lake, Tomer D. Ullman, Joshua B. Tenenbaum & Samuel J. Gershman,"
        ' "Building Machines That Learn and Think Like People," Behavioral and Brain Sciences'
        " 40, e253, 2017. [arXiv:1604.00289](https://arxiv.org/abs/1604.00289)\n"
        '- Andy Clark & David J. Chalmers, "The Extended Mind," *Analysis* 58(1): 7–19, 1998.'
        " [consc.net](https://consc.net/papers/extended.html)\n"
        "  - Question for discussion: if Otto's notebook can be part of his mind, what about a"
        " chatbot's vector store?\n"
        '- John R. Searle, "Minds, Brains, and Programs," *Behavioral and Brain Sciences* 3(3):'
        " 417–457, 1980. [doi](https://doi.org/10.1017/S0140525X00005756)\n"
        "  - Target article plus the open peer commentaries by Dennett, Fodor, and Pylyshyn\n"
    ).entries
    assert (lake.attribution.authors, lake.attribution.year) == ("Lake et al.", 2017)
    assert lake.claims == [] and clark.claims == [] and searle.claims == []


def test_r91_a_place_with_its_owner_and_its_sites_address_is_where_and_when() -> None:
    placed = attribution.place_after_title(
        "Transformer Circuits Thread (Anthropic), 2022. transformer-circuits.pub"
    )
    assert placed is not None and placed[0].year == 2022


def test_r90_what_a_document_updates_by_its_id_is_not_what_it_does() -> None:
    """`Updates RFC 5234` places a document among its versions; `Updates the index in place`
    says what a work does."""
    rfc, engine = parse_text(
        "## S\n\n"
        "1. **RFC 7405 — Case-Sensitive String Support in ABNF** (https://www.rfc-editor.org/rfc/rfc7405)\n"
        "   - Kyzivat, December 2014. Updates RFC 5234.\n"
        "2. **LSM compaction notes** (https://example.org/lsm)\n"
        "   - Updates the index in place after every flush\n"
    ).entries
    assert [claim.kind for claim in rfc.claims] == ["says"]
    assert engine.claims[0].kind == "does"
    assert claims._SUPERSEDES.match("Updates the index in place after every flush") is None


def test_r91_a_university_a_lab_and_a_journal_with_a_colon_are_no_names() -> None:
    """r91: "Who made **LLM-SR**? → Tech, ICLR 2025" (`(Virginia Tech, 2024)`), "Who made
    **LMSYS**?" (`(LMSYS, 2023)` after a paper's title), "What is **Software**? → Practice and
    Experience 2016" (`Software: Practice and Experience 2016`)."""
    found, _ = attribution.cut(
        "Parshin Shojaee, Kazem Meidani, Chandan K. Reddy (Virginia Tech, 2024)"
    )
    assert (found.authors, found.lab) == ("Shojaee et al.", "Virginia Tech")
    rethinking, roaring = parse_text(
        "## S\n\n"
        "- **Why n-gram decontamination isn't enough.** Yang, Chiang, Zheng, Gonzalez & Stoica,"
        " [Rethinking Benchmark and Contamination for Language Models with Rephrased"
        " Samples](https://arxiv.org/abs/2311.04850) (LMSYS, 2023). They paraphrase test items.\n"
        "- **Better bitmap performance with Roaring bitmaps** ([arXiv](https://arxiv.org/abs/1402.6407))\n"
        "    - Chambi, Lemire, Kaser, Godin. Software: Practice and Experience 2016.\n"
        "    - Splits 32-bit ints into 16-bit high keys and containers\n"
    ).entries
    assert rethinking.name != "LMSYS" and rethinking.attribution.lab == "LMSYS"
    assert roaring.name == "Better bitmap performance with Roaring bitmaps"
    assert roaring.attribution.year == 2016


def test_r90_an_expansion_joined_by_an_en_dash_is_whole() -> None:
    """r90 glossary: "What does **TTFL** stand for? → translation feedback loop", from
    `**Transcription–translation feedback loop (TTFL)**`."""
    assert stated_expansions("Transcription–translation feedback loop (TTFL): the clock") == {
        "TTFL": "Transcription–translation feedback loop"
    }
    assert stated_expansions("El Niño–Southern Oscillation (ENSO)") == {
        "ENSO": "El Niño–Southern Oscillation"
    }


def test_r91_what_the_authors_found_or_did_says_what_the_entry_is() -> None:
    """r91 blog: entries whose only sentence opened with `They` (`They show that Elo ratings
    depend on …`, `They use item response theory to pick …`) and awesome entries opening with
    a verb no list knew (`Infers …`, `Recovers …`) got no card but their byline's."""
    elo, tiny, seeds, ginc = parse_text(
        "## S\n\n"
        "- **Elo Uncovered** ([arXiv](https://arxiv.org/abs/2311.17295)). They show that Elo"
        " ratings depend on the order of matches and on the K-factor.\n"
        "- **tinyBenchmarks** ([arXiv](https://arxiv.org/abs/2402.14992)). They use item"
        " response theory to pick ~100 representative items.\n"
        "- **Quantifying Variance** ([arXiv](https://arxiv.org/abs/2406.10229)). They train"
        " models that differ only in random seed and measure how much scores move.\n"
        "- **ICL as Bayesian inference** ([arXiv](https://arxiv.org/abs/2111.02080)). They"
        " build a synthetic dataset (GINC) to show it.\n"
    ).entries
    assert (elo.claims[0].kind, elo.claims[0].label) == ("does", "main finding")
    assert elo.claims[0].text.startswith("Elo ratings depend on the order")
    assert tiny.claims[0].kind == "does"
    assert tiny.claims[0].text.startswith("uses item response theory to pick")
    assert seeds.claims[0].text == (
        "trains models that differ only in random seed and measures how much scores move"
    )
    assert [claim.kind for claim in ginc.claims] == ["says"]  # (`to show it`: leans back)
    ode = one(
        "- ODEFormer: Symbolic Regression of Dynamical Systems with Transformers - Stéphane"
        " d'Ascoli, Niki Kilbertus (EPFL, ICLR 2024). Infers multidimensional ODE systems"
        " from a single noisy trajectory. Also releases the ODEBench benchmark."
        " [arXiv](https://arxiv.org/abs/2310.05573)\n"
    )
    assert ode.claims[0].kind == "does" and ode.claims[0].text.startswith("Infers")


def test_r91_the_writers_word_on_the_idea_then_the_idea() -> None:
    """r91 blog: `The idea is simple and it's still underused: don't report a single accuracy
    number, report a matrix …` (HELM) got no card; `The big idea is the agent-computer
    interface (ACI): …` names its idea and stays as it was."""
    text = (
        "- **Start with HELM.** [Holistic Evaluation of Language Models](https://arxiv.org/abs/"
        "2211.09110) — Liang et al. (Stanford CRFM), 2022. The idea is simple and it's still"
        " underused: don't report a single accuracy number, report a matrix of scenarios ×"
        " metrics (accuracy, calibration, robustness, fairness, bias, toxicity, efficiency).\n"
    )
    helm = one(text)
    assert (helm.claims[0].kind, helm.claims[0].label) == ("does", "key idea")
    assert helm.claims[0].text.startswith("don't report a single accuracy number")
    made = template_cards(parse_text("## S\n" + text), load_templates())
    assert [card.kind for card in made.cards if card.kind == "gist"] == ["gist"]  # (no list)
    swe = one(
        "- **SWE-agent** ([arXiv](https://arxiv.org/abs/2405.15793)). The big idea is the"
        " agent-computer interface (ACI): instead of a raw shell, commands that suit LMs.\n"
    )
    assert "agent-computer interface" in swe.claims[0].text


def test_r92_a_notes_head_ends_with_where_who_and_when() -> None:
    """r92 notes: `**An EEVDF CPU scheduler for Linux — LWN, Jonathan Corbet, March 2023**`
    was the entry's whole name on every card, with no one credited; `PELT (Paul Turner)`
    gave "What does **PELT** stand for? → Paul Turner"."""
    eevdf, wasted, cfs, muqss, rfc, ics = parse_text(
        "## S\n\n"
        "1. **An EEVDF CPU scheduler for Linux — LWN, Jonathan Corbet, March 2023**"
        " (https://lwn.net/Articles/925371/)\n"
        "   - Peter Zijlstra's patch set to replace CFS's pick logic with EEVDF.\n"
        "2. **The Linux Scheduler: a Decade of Wasted Cores — Lozi, Lepers, Funston, Gaud,"
        " Quéma, Fedorova, EuroSys 2016** ([pdf](https://example.org/wasted.pdf))\n"
        "   - Found 4 bugs where cores sat idle while runnable threads waited elsewhere.\n"
        "3. **CFS Scheduler — kernel docs** (https://docs.kernel.org/scheduler/sched-design-CFS.html)\n"
        "   - Runnable tasks kept in a red-black tree keyed by vruntime.\n"
        "4. **MuQSS — Con Kolivas** (http://ck.kolivas.org/patches/muqss/sched-MuQSS.txt)\n"
        "   - PELT (Paul Turner), merged 3.8: track load per sched_entity.\n"
        "5. **RFC 5782 — DNS Blacklists and Whitelists** (https://www.rfc-editor.org/rfc/rfc5782)\n"
        "   - Answers in 127.0.0.0/8 encode the listing reason.\n"
        "6. **Explaining JavaScript VMs in JavaScript - Inline Caches** (https://mrale.ph/blog/)\n"
        "   - A toy inline-cache system written in JS itself.\n"
    ).entries
    assert eevdf.name == "An EEVDF CPU scheduler for Linux"
    assert (eevdf.attribution.authors, eevdf.attribution.venue) == ("Corbet", "LWN 2023")
    assert wasted.name == "The Linux Scheduler: a Decade of Wasted Cores"
    assert wasted.attribution.venue == "EuroSys 2016"
    assert cfs.name == "CFS Scheduler" and not cfs.attribution.authors
    assert (muqss.name, muqss.attribution.authors) == ("MuQSS — Con Kolivas", "")
    assert "PELT" not in stated_expansions("PELT (Paul Turner), merged 3.8")
    assert stated_expansions("MVCC (multiversion concurrency control)")
    assert rfc.name.startswith("RFC 5782") and not rfc.attribution.authors
    assert ics.name.endswith("Inline Caches") and not ics.attribution.authors


def test_r92_blog_names_citations_addresses_and_what_a_paper_argues() -> None:
    """r92 blog, graded useless: "Who made **Executable Code Actions …**? → CodeAct et al.",
    "What is **Introducing the Model Context Protocol**? → anthropic.com/news/… · spec",
    "What is **Toolformer**? → The clever bit is the filtering criterion"; and MRKL's
    `A position-ish paper arguing for …` gave no card."""
    text = (
        "## S\n\n"
        "- **Executable Code Actions Elicit Better LLM Agents (CodeAct; Wang et al., ICML 2024)**"
        " — [arXiv:2402.01030](https://arxiv.org/abs/2402.01030). Argues that instead of JSON"
        " tool calls, the agent should emit Python that calls tools as functions.\n"
        "- **Introducing the Model Context Protocol (Anthropic, November 2024)** —"
        " [anthropic.com/news/model-context-protocol](https://www.anthropic.com/news/"
        "model-context-protocol) · [spec](https://modelcontextprotocol.io/specification). A"
        " JSON-RPC protocol where servers expose tools, resources and prompts.\n"
        "- **Toolformer (Schick et al., Meta AI, NeurIPS 2023)** — [arXiv:2302.04761]"
        "(https://arxiv.org/abs/2302.04761). **Must-read.** The clever bit is the filtering"
        " criterion: sample candidate API calls inline in text, execute them, and keep only"
        " those that reduce the LM loss.\n"
        "- **MRKL Systems (Karpas et al., AI21 Labs, 2022)** — [arXiv:2205.00445]"
        "(https://arxiv.org/abs/2205.00445). A position-ish paper arguing for a router that"
        " dispatches to discrete experts instead of trusting the LM with everything.\n"
    )
    codeact, mcp, toolformer, _ = parse_text(text).entries
    assert codeact.attribution.authors == "Wang et al."
    assert mcp.claims[0].text.startswith("A JSON-RPC protocol")
    assert (toolformer.claims[0].label, toolformer.claims[0].text[:24]) == (
        "key idea",
        "sample candidate API cal",
    )
    gists = {
        card.front: card.back
        for card in template_cards(parse_text(text), load_templates()).cards
        if card.kind == "gist"
    }
    assert gists[
        "What is the main argument of **Executable Code Actions Elicit Better LLM Agents**?"
    ]
    assert not any("anthropic.com" in back for back in gists.values())
    assert gists["What is the main argument of **MRKL Systems**?"].startswith("for a router")


def test_r92_a_later_paper_arguing_says_what_the_entry_argues() -> None:
    """r92 blog: MRKL's `A position-ish paper arguing for …` after a quoted expansion gave
    no card (a remark's word, `paper`, held it back)."""
    mrkl = one(
        "- **MRKL Systems (Karpas et al., AI21 Labs, 2022)** — [arXiv:2205.00445]"
        '(https://arxiv.org/abs/2205.00445). "Modular Reasoning, Knowledge and Language,"'
        ' pronounced "miracle." A position-ish paper arguing for a router that dispatches to'
        " discrete experts instead of trusting the LM with everything.\n"
    )
    assert (mrkl.claims[0].kind, mrkl.claims[0].label) == ("does", "main argument")
    assert mrkl.claims[0].text.startswith("for a router that dispatches")


def test_r92_glossary_conditions_eponyms_speeches_and_a_citation_the_sentence_needs() -> None:
    """r92 glossary, graded useless: "What is **Inflation bias**? → Under discretion, a central
    bank", "**Unpleasant monetarist arithmetic** → If fiscal policy is dominant and the
    government runs deficits", "The idea is from), revived …", "Who made **Helicopter money**?
    → Bernanke 2002"; and **Taylor rule** got no card at all."""
    bias, arithmetic, trap, helicopter, taylor = parse_text(
        "## G\n\n"
        "**Inflation bias**: Under discretion, a central bank that wants output above its"
        " natural level ends up with inflation above target and no output gain, because the"
        " public anticipates the temptation to inflate (Barro and Gordon 1983).\n\n"
        "**Unpleasant monetarist arithmetic**: If fiscal policy is dominant and the government"
        " runs deficits that must eventually be financed with seigniorage, tight money today"
        " means *higher* inflation later — and, with forward-looking money demand, possibly"
        " even higher inflation today (Sargent and Wallace 1981).\n\n"
        "**Liquidity trap**: A situation in which the nominal interest rate is at (or near)"
        " zero. The idea is from Keynes (1936), revived for 1990s Japan by Krugman (1998), who"
        " argued the way out is a credible commitment to future inflation.\n\n"
        "**Helicopter money**: Friedman's thought experiment of dropping cash from a"
        ' helicopter. Bernanke\'s 2002 "deflation speech" used it to argue a determined central'
        " bank can always generate inflation ([Bernanke 2002](https://example.org/b.htm)).\n\n"
        "**Taylor rule**: i = r\\* + π + 0.5(π − π\\*) + 0.5y, where y is the output gap. Taylor"
        " showed this simple rule tracked the actual federal funds rate remarkably well over"
        " 1987–92 ([Taylor 1993](https://example.org/Discretion.PDF)).\n"
    ).entries
    assert bias.claims[0].text.endswith("ends up with inflation above target and no output gain")
    assert arithmetic.claims[0].text.endswith("tight money today means higher inflation later")
    assert trap.claims[1].text.startswith("The idea is from Keynes (1936), revived")
    assert not helicopter.attribution.authors
    assert taylor.claims[0].kind == "defines" and taylor.claims[0].text.startswith("i = r")
    assert (taylor.attribution.authors, taylor.attribution.year) == ("Taylor", 1993)


def test_r92_syllabus_a_vague_subtitle_and_a_chapter_to_read_say_nothing() -> None:
    """r92 syllabus: "What is **Rapidly-Exploring Random Trees**? → A New Tool for Path
    Planning" (weak) and "What is **Underactuated Robotics**? → Tedrake, chapter on
    trajectory optimization (…)" (useless)."""
    rrt, book, lgp = parse_text(
        "## Week 4\n\n"
        '- Steven M. LaValle, "Rapidly-Exploring Random Trees: A New Tool for Path Planning."'
        " Technical Report TR 98-11, Iowa State University, 1998."
        " [pdf](http://lavalle.pl/papers/Lav98c.pdf)\n"
        "- Tedrake, *Underactuated Robotics*, chapter on trajectory optimization (direct"
        " transcription vs. direct collocation vs. shooting).\n"
        '- Marc Toussaint, "Logic-Geometric Programming: An Optimization-Based Approach to'
        ' Combined Task and Motion Planning." IJCAI 2015.'
        " [pdf](https://www.ijcai.org/Proceedings/15/Papers/274.pdf)\n"
    ).entries
    assert rrt.name == "Rapidly-Exploring Random Trees" and not rrt.claims
    assert book.name == "Underactuated Robotics" and not book.claims
    assert lgp.claims[0].text.startswith("An Optimization-Based Approach")


def test_r92_a_note_to_self_after_the_fact_is_cut() -> None:
    """r92 notes: a reverse clue "Caused a few perf regressions reports, e.g. on some DB
    benchmarks, check the mailing-list threads" (graded weak: the writer's note to self)."""
    eevdf = one(
        "1. **Completing the EEVDF scheduler — LWN, April 2024** (https://lwn.net/Articles/969062/)\n"
        "    - Lets tasks request a custom time slice via `sched_setattr()`.\n"
        "    - Caused a few perf regressions reports on some DB benchmarks, check the"
        " mailing-list threads.\n"
    )
    assert eevdf.claims[-1].text == "Caused a few perf regressions reports on some DB benchmarks"


def test_r93_journal_abbreviations_talks_chapter_titles_and_a_claims_subject() -> None:
    """r93: "Who made **Handicap principle**? → Theor" (`[J. Theor. Biol. 53:205](doi)`),
    "Who made **Pro Git ch. 10.2**? → Objects", "Who made **Linus Torvalds on git**? → Talk,
    2007", "What is **Neutral theory …**? → The claim that most fixed molecular differences
    between species" (cut before its verb)."""
    handicap, neutral = parse_text(
        "## G\n\n"
        "**Handicap principle**: A signal of quality stays honest because it is costly, and it"
        " costs low-quality individuals more to produce. Zahavi's verbal argument was widely"
        " doubted until Grafen (1990) gave it a formal model."
        " [J. Theor. Biol. 53:205](https://doi.org/10.1016/0022-5193(75)90111-3)\n\n"
        "**Neutral theory of molecular evolution**: The claim that most fixed molecular"
        " differences between species, and most polymorphism within them, come from drift"
        " acting on selectively neutral mutations, not from positive selection.\n\n"
        "**Genetic drift**: Random change in allele frequencies from sampling in finite"
        " populations.\n"
    ).entries[:2]
    assert handicap.attribution.authors != "Theor"
    assert attribution.cut("J. Smith and K. Lee, 2019")[0].authors == "Smith and Lee"
    assert neutral.claims[0].text.endswith("not from positive selection")
    objects, talk = parse_text(
        "## N\n\n"
        "1. **Pro Git ch. 10.2 — Git Objects** (https://git-scm.com/book/en/v2/Git-Internals)\n"
        "   - blob, tree, commit, tag: the four object types\n"
        "2. **Linus Torvalds on git — Google Tech Talk (2007)** (https://www.youtube.com/watch)\n"
        "   - distributed means every clone is a full repository\n"
    ).entries
    assert objects.name == "Pro Git ch. 10.2 — Git Objects" and not objects.attribution.authors
    assert talk.name == "Linus Torvalds on git"
    assert (talk.attribution.authors, talk.attribution.year) == ("", 2007)


def test_r93_a_byline_that_says_by_first() -> None:
    """r93 blog: `[Massive Activations in Large Language Models](arXiv) by Sun, Chen, Kolter
    and Liu (2024).` read no authors and a claim "by Sun, Chen, Kolter and Liu"; six of the
    list's 28 papers got no card."""
    massive = one(
        "- **Massive activations.** [Massive Activations in Large Language Models]"
        "(https://arxiv.org/abs/2402.17762) by Sun, Chen, Kolter and Liu (2024). Not a"
        " quantization paper, but the best explanation of why the outliers exist.\n"
    )
    assert (massive.attribution.authors, massive.attribution.year) == ("Sun et al.", 2024)
    assert not [claim for claim in massive.claims if claim.text.startswith("by ")]
    assert attribution.cut("by hashing the keys twice")[0].authors == ""


def test_r93_a_file_name_after_a_space_keeps_it() -> None:
    """r93 notes: "loose objects get packed by `git gc` … into `.pack` + `.idx`" read
    "into.pack +.idx", and "which files in `.git` change" read "in.git"; a dot that ends a
    clause still closes up ("see ." → "see.")."""
    packs = one(
        "1. **Packfiles** (https://git-scm.com/book/en/v2/Git-Internals-Packfiles)\n"
        "   - loose objects get packed by `git gc` (and on push/fetch) into `.pack` + `.idx`\n"
    )
    assert packs.claims[0].text.endswith("into .pack + .idx")
    assert claims.tidy("a cache that keeps the prefix .") == "a cache that keeps the prefix."
    found, rest = attribution.cut("stored under .git/objects (Chacon, 2008)")
    assert found.year == 2008 and rest.startswith("stored under .git/objects")


def test_r94_a_release_is_no_gist_and_a_former_name_no_stop() -> None:
    """r94 notes: under **Liftoff**, "Clemens Backes (then Hammacher), V8 blog, Aug 2018;
    shipped in V8 v6.9 (Chrome 69)" read no byline and made "shipped in V8 v6.9 (Chrome
    69)" the gist; which release it landed in says nothing of what it is."""
    liftoff = one(
        "7. **Liftoff: a new baseline compiler for WebAssembly in V8** (https://v8.dev/blog/liftoff)\n"
        "   - Clemens Backes (then Hammacher), V8 blog, Aug 2018; shipped in V8 v6.9 (Chrome 69)\n"
        "   - single pass, no IR: function body decoder calls straight into codegen\n"
        "   - on by default since Chrome 119\n"
    )
    assert (liftoff.attribution.authors, liftoff.attribution.year) == ("Backes", 2018)
    texts = [claim.text for claim in liftoff.claims]
    assert not [text for text in texts if "shipped" in text or "by default" in text]
    assert liftoff.claims[0].text.startswith("single pass")


def test_r94_a_name_the_text_says_the_paper_goes_by() -> None:
    """r94 awesome: `… Known as "EfficientAT". … Code/ckpts: [fschmid56/EfficientAT](…)` asked
    "What does **Code/ckpts** do?"; `a.k.a. TRADE` after the citation names the paper, but
    `MIN (a.k.a. OPT …)` names an algorithm and `aka T0` after "See also" another paper."""
    efficient = one(
        "- [Efficient Large-Scale Audio Tagging via Transformer-to-CNN Knowledge Distillation]"
        "(https://arxiv.org/abs/2211.04772) - Florian Schmid, Khaled Koutini, Gerhard Widmer"
        ' (JKU Linz, ICASSP 2023). Known as "EfficientAT". Distills an ensemble of PaSST'
        " transformers into **MobileNetV3** students. Code/ckpts:"
        " [fschmid56/EfficientAT](https://github.com/fschmid56/EfficientAT).\n"
    )
    assert efficient.name == "EfficientAT"
    trade = one(
        "- [Transferable Multi-Domain State Generator for Task-Oriented Dialogue Systems]"
        "(https://arxiv.org/abs/1905.08743) (Wu, Madotto & Fung, ACL 2019), a.k.a. TRADE."
        " Copies slot values out of the dialogue with a pointer-generator.\n"
    )
    assert trade.name == "TRADE"
    flan = one(
        "- [Finetuned Language Models Are Zero-Shot Learners](https://arxiv.org/abs/2109.01652)"
        " (Wei et al., ICLR 2022). Instruction tuning. See also: [Multitask Prompted Training"
        " Enables Zero-Shot Task Generalization](https://arxiv.org/abs/2110.08207) (Sanh et"
        " al., ICLR 2022), aka T0.\n"
    )
    assert flan.name != "T0"
    belady = one(
        "1. **A Study of Replacement Algorithms for a Virtual-Storage Computer** ([pdf](https://"
        "example.org/belady.pdf))\n   - Introduces MIN (a.k.a. OPT / Belady's algorithm): evict"
        " the page whose next use is farthest in the future\n"
    )
    assert belady.name != "OPT"


def test_r94_an_acronym_of_a_name_ending_in_capitalised_words() -> None:
    """r94 glossary: "What does **LSM** stand for? → Least-Squares Monte"."""
    assert stated_expansions("Least-Squares Monte Carlo (LSM): American options") == {
        "LSM": "Least-Squares Monte Carlo"
    }
    assert stated_expansions("reinforcement learning from human feedback (RLHF)") == {
        "RLHF": "reinforcement learning from human feedback"
    }


def test_r94_a_team_and_month_is_a_byline_and_heads_up_no_term() -> None:
    """r94 blog: "What is **Vicuna**? → LMSYS team, March 2023"; r94 awesome: a cloze hid
    `{{c1::Heads up}}: the data is distributed as YouTube IDs …`."""
    vicuna = one(
        "- **Vicuna** — [LMSYS blog](https://lmsys.org/blog/2023-03-30-vicuna/). LMSYS team,"
        " March 2023. LLaMA-13B trained on ~70K user-shared ChatGPT conversations from"
        " ShareGPT.\n"
    )
    assert (vicuna.attribution.authors, vicuna.attribution.year) == ("LMSYS team", 2023)
    assert vicuna.claims[0].text.startswith("LLaMA-13B trained on")
    assert claim_terms("Heads up: the data is distributed as YouTube IDs", [], [], []) == ()


def test_r94_a_quoted_prompt_is_not_the_writers_voice() -> None:
    """r94 blog: `Imitating the *answer* isn't enough, so imitate the *explanation*: they
    prompt with system messages like "think step-by-step and justify your answer" …` was
    cut to "Imitating the answer isn't enough" (the quoted `your` read as the writer's)."""
    orca = one(
        "- **Orca: Progressive Learning from Complex Explanation Traces of GPT-4** —"
        " [arXiv](https://arxiv.org/abs/2306.02707). Mukherjee et al. (Microsoft Research),"
        " 2023. Imitating the *answer* isn't enough, so imitate the *explanation*: they prompt"
        ' with system messages like "think step-by-step and justify your answer" on FLAN-v2'
        " queries and collect ~5M ChatGPT + ~1M GPT-4 responses, with ChatGPT acting as an"
        " intermediate teacher.\n"
    )
    assert orca.claims[0].text == "Imitating the answer isn't enough, so imitate the explanation"


def test_r94_a_table_cell_reads_past_incl_and_where_it_all_starts() -> None:
    """r94 table: "What is **ORD**? → Open schema + repository for reaction data incl"
    (split at `incl.`); LHASA's `Where it all starts: Corey formalises …` was dropped and
    "Corey got the 1990 Nobel …" became its gist; `(Microsoft Research AI for Science,
    2023; Faraday Discussions)` read the venue "Science 2023"."""
    ord_, lhasa, syntheseus = parse_text(
        "## T\n\n| Year | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2021 | ORD | Google Research | [The Open Reaction Database](https://doi.org/10.1021/"
        "jacs.1c09820), Kearnes et al., *JACS* 2021. Open schema + repository for reaction"
        " data incl. conditions, yields and failed reactions, i.e. what patents don't give"
        " you. |\n"
        "| 1969 | LHASA | Harvard | [Computer-Assisted Design of Complex Organic Syntheses]"
        "(https://doi.org/10.1126/science.166.3902.178), *Science* 1969. Where it all starts:"
        " Corey formalises retrosynthetic analysis as a search a computer can do. Corey got"
        " the 1990 Nobel for the retrosynthesis framework itself. |\n"
        "| 2023 | Syntheseus | Microsoft | Maziarz et al., *Re-evaluating Retrosynthesis"
        " Algorithms with Syntheseus* (Microsoft Research AI for Science, 2023; Faraday"
        " Discussions). Benchmarking library that re-runs single- & multi-step methods. |\n"
    ).entries
    assert ord_.claims[0].text == (
        "Open schema + repository for reaction data incl. conditions, yields and failed reactions"
    )
    assert lhasa.claims[0].text.startswith("Corey formalises retrosynthetic analysis")
    assert "Science" not in syntheseus.attribution.venue


def test_r94_a_journal_volume_and_article_number_is_no_claim() -> None:
    """r94 syllabus: "What is **Resource-rational analysis: …**? → Behavioral and Brain
    Sciences 43, e1"."""
    rational = one(
        '19. Lieder, F., & Griffiths, T. L. (2020). "Resource-rational analysis: Understanding'
        ' human cognition as the optimal use of limited computational resources." *Behavioral'
        " and Brain Sciences* 43, e1. [doi](https://doi.org/10.1017/S0140525X1900061X)\n"
        "    - Proposes the middle road: assume people optimally trade off accuracy vs. the cost"
        " of computation.\n"
    )
    assert not [c for c in rational.claims if "Sciences" in c.text]


def test_r94_side_facts_of_a_note_are_no_gist() -> None:
    """r94 notes: gists "What is **wasm3**? → M3 = "massey meta machine"", "… → Implemented
    in Wizard (Virgil)", "… → 8,461 unique binaries" and, under *… (Part 1)*, "part 2:
    AOT-compile the JS …" said something true of the work but never what it is."""
    wasm3, inplace, study, pbl = parse_text(
        "## N\n\n"
        "1. **wasm3** (https://github.com/wasm3/wasm3)\n"
        '   - M3 = "massey meta machine": translates wasm into chains of C function ptrs\n'
        "2. **A fast in-place interpreter for WebAssembly** (https://arxiv.org/abs/2205.01183)\n"
        "   - Implemented in Wizard (Virgil)\n"
        "3. **An Empirical Study of Real-World WebAssembly Binaries** (https://example.org/w)\n"
        "   - 8,461 unique binaries; ~2/3 compiled from memory-unsafe langs (C/C++)\n"
        "4. **Compiling JS to wasm: Portable Baseline Interpreter (Part 1)** (https://cfallin"
        ".org/blog/2023/10/11/spidermonkey-pbl/)\n"
        "   - part 2: AOT-compile the JS + IC bodies ahead of time, uses weval\n"
    ).entries
    for entry in (wasm3, inplace, study, pbl):
        assert not [c.text for c in entry.claims if c.kind in {"defines", "does"}], entry.name
    browser = one(
        "1. **Inside look at modern web browser, parts 1–4** (https://developer.chrome.com/"
        "blog/inside-browser-part1)\n   - part 1: browser / renderer / GPU / plugin processes\n"
    )
    assert browser.claims[0].kind == "defines"
    assert not side_fact("1,266 hard-to-find-but-easy-to-verify questions")  # a benchmark


def test_r94_a_glossary_definition_with_anyones_you_and_a_possessive_title() -> None:
    """r94 glossary: **Implied volatility**'s definition "the σ you plug into BS to
    reproduce the market price" was dropped as the writer's voice and "Rebonato's line:
    "…"" became its gist; `Jäckel's "Let's Be Rational" (Wilmott 2015)` was credited to
    Wilmott, and a cloze hid half of the title (`Let's {{c1::Be Rational}}`)."""
    implied = parse_text(
        "## G\n\n"
        "**Implied volatility**: the σ you plug into BS to reproduce the market price."
        " Rebonato's line: \"the wrong number to put in the wrong formula to get the right"
        ' price." Fast inversion: Jäckel\'s "Let\'s Be Rational" (Wilmott 2015) gets full'
        " machine precision in two Householder iterations for every input.\n\n"
        "**Black-76**: BS with the futures price F in place of S.\n\n"
        "**Garman–Kohlhagen**: BS for FX options.\n"
    ).entries[0]
    assert implied.claims[0].text == "the σ you plug into BS to reproduce the market price"
    (rational,) = implied.mentions
    assert (rational.name, rational.authors, rational.year) == ("Let's Be Rational", "Jäckel", 2015)
    terms = [term for claim in implied.claims for term in claim.terms]
    assert "Be Rational" not in terms and "Rebonato's line" not in terms
    # (but `an index if you need to find …` (r75 blog) is the writer talking to the reader)
    assert claims._writers_voice("an index if you need to find that one paper about X")


def test_r94_what_falls_short_and_so_what_the_method_does() -> None:
    """r94 glossary: "What is **Carr–Madan FFT**? → the call price as a function of
    log-strike isn't square-integrable" (the motivation without the method)."""
    assert cut_definition(
        "the call price as a function of log-strike isn't square-integrable, so multiply by"
        " e^{αk} (damping factor α > 0); the Fourier transform of the damped price is explicit"
    ) == (
        "the call price as a function of log-strike isn't square-integrable, so multiply by"
        " e^{αk} (damping factor α > 0)"
    )


def test_r94_a_sentence_that_is_only_a_name_after_the_citation() -> None:
    """r94 awesome: `[Masked Autoencoders that Listen](arXiv) - Huang, … (Meta AI / CMU,
    NeurIPS 2022). **Audio-MAE**. It's MAE for spectrograms …` never used the name the list
    gives it; a journal alone there (`… (Stowell, 2022). PeerJ.`) is where it appeared."""
    mae = one(
        "- [Masked Autoencoders that Listen](https://arxiv.org/abs/2207.06405) - Po-Yao Huang,"
        " Hu Xu, Juncheng Li (Meta AI / CMU, NeurIPS 2022). **Audio-MAE**. It's MAE for"
        " spectrograms: mask ~80% of patches.\n"
    )
    assert mae.name == "Audio-MAE"
    review = one(
        "- [Computational bioacoustics with deep learning: a review and roadmap](https://peerj"
        ".com/articles/13152/) - Dan Stowell (2022). PeerJ. The reference survey for animal"
        " sound analysis.\n"
    )
    assert review.name != "PeerJ"


def test_r94_its_a_known_method_for_something_new_is_what_it_is() -> None:
    """r94 awesome: Audio-MAE's `It's MAE for spectrograms: mask ~80% of patches, …` was
    passed over (a figure in its first words) and "Local attention suits audio because …"
    became its gist; `It's useful for …` (r72 blog) stays a remark."""
    mae = one(
        "- [Masked Autoencoders that Listen](https://arxiv.org/abs/2207.06405) - Po-Yao Huang,"
        " Hu Xu, Juncheng Li (Meta AI / CMU, NeurIPS 2022). **Audio-MAE**. It's MAE for"
        " spectrograms: mask ~80% of patches, run the encoder only on the visible ones, and"
        " reconstruct with a decoder that uses *local* windowed attention. Local attention"
        " suits audio because spectrograms aren't spatially uniform like images.\n"
    )
    assert (mae.claims[0].kind, mae.claims[0].text) == ("defines", "MAE for spectrograms")
    agent = one(
        "- **RepairAgent** — [arXiv](https://arxiv.org/abs/2403.17134). Bouzenia et al., 2024."
        " It's useful for seeing how agent design transfers back to traditional APR"
        " benchmarks.\n"
    )
    assert not [c for c in agent.claims if c.kind in {"defines", "does"}]


def test_r94_a_readings_place_among_others_and_a_book_of_inquiry() -> None:
    """r94: clozes on `Pairs naturally with {{c1::MiniLLM}}; read them together` (blog) and
    `Key reading for the "{{c1::bridging Marr's levels}}" thread` (syllabus) tested the list;
    "What is **Vision**? → A Computational Investigation into the Human Representation …"
    recited the subtitle; "… → Size principle in action" named an idea in passing."""
    gkd = one(
        "- **On-Policy Distillation of Language Models** (aka GKD) — [arXiv](https://arxiv.org/"
        "abs/2306.13649). Agarwal et al., ICLR 2024. Pairs naturally with **MiniLLM**; read"
        " them together.\n"
    )
    assert not [claim for claim in gkd.claims if "MiniLLM" in claim.text]
    vision, words = parse_text(
        "## Week 1\n\n"
        "1. Marr, D. (1982). *Vision: A Computational Investigation into the Human"
        " Representation and Processing of Visual Information*. W. H. Freeman.\n"
        '2. Xu, F., & Tenenbaum, J. B. (2007). "Word learning as Bayesian inference."'
        " *Psychological Review* 114(2). Size principle in action.\n"
    ).entries
    assert not [c for c in vision.claims if c.kind == "defines"]
    assert not [c for c in words.claims if c.kind == "defines"]
    assert WHERE_IN_WORK.search('Key reading for the "bridging Marr\'s levels" thread')


def test_r94_a_title_and_the_journal_it_appeared_in_is_no_claim() -> None:
    """r94 table: "What is **ASKCOS**? → A robotic platform for flow synthesis of organic
    compounds informed by AI planning, Science 365" (a citation as the gist)."""
    (askcos,) = parse_text(
        "## T\n\n| Paper | Links |\n|---|---|\n"
        "| **ASKCOS** — Coley et al. 2019, *A robotic platform for flow synthesis of organic"
        " compounds informed by AI planning*, Science 365. Open-source planner hooked to a"
        " reconfigurable flow robot; made 15 medicinally relevant small molecules. |"
        " [paper](https://doi.org/10.1126/science.aax1566) |\n"
    ).entries
    assert not [claim for claim in askcos.claims if "Science" in claim.text]
    assert askcos.claims[0].text.startswith("Open-source planner")


def test_r95_a_syllabus_marks_its_readings_req_and_opt() -> None:
    """r95 syllabus: every reading opened `**Req.**` or `**Opt.**` and was named "Req"
    (0 % useful: "Who made **Req**, and when?"); `Scott Bateman, Regan Mandryk, Carl Gutwin
    et al., "Useful Junk? …"` was credited to Gutwin."""
    anscombe, junk, bertin, munzner = parse_text(
        "## Week 1\n\n"
        '- **Req.** F. J. Anscombe, "Graphs in Statistical Analysis," *The American'
        " Statistician* 27(1), 1973. [JSTOR](https://www.jstor.org/stable/2682899). Four tiny"
        ' datasets ("Anscombe\'s quartet") with the same means that look different.\n'
        '- **Req.** Scott Bateman, Regan Mandryk, Carl Gutwin et al., "Useful Junk? The Effects'
        ' of Visual Embellishment on Comprehension and Memorability of Charts," CHI 2010.'
        " Compared plain charts to embellished ones.\n"
        "- **Opt.** Jacques Bertin, *Semiology of Graphics* (1967; English trans. 1983). Where"
        ' "visual variables" come from.\n'
        "- **Req. (textbook)** Tamara Munzner, *Visualization Analysis and Design* (A K Peters,"
        " 2014). [Book page](https://www.cs.ubc.ca/~tmm/vadbook/). Our main text.\n"
    ).entries
    assert [entry.name for entry in (anscombe, junk, bertin, munzner)] == [
        "Graphs in Statistical Analysis",
        "Useful Junk? The Effects of Visual Embellishment on Comprehension and Memorability of"
        " Charts",
        "Semiology of Graphics",
        "Visualization Analysis and Design",
    ]
    assert (junk.attribution.authors, junk.attribution.year) == ("Bateman et al.", 2010)


def test_r95_what_a_benchmark_is_not_and_what_it_is_made_of() -> None:
    """r95 table: "What is **HumanEval**? → Not an agent benchmark at all" (its 164
    hand-written problems passed over), "What is **Time horizon**? → Not a new task set so
    much as a new metric"; r95 notes: a clue that ended `(→ #16)`, a pointer into the list."""
    humaneval, horizon = parse_text(
        "## T\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2021-07 | HumanEval | OpenAI | [Evaluating Large Language Models Trained on Code]"
        "(https://arxiv.org/abs/2107.03374) (Chen et al.). Not an agent benchmark at all, but"
        " everything below is defined against it: 164 hand-written Python function-completion"
        " problems checked by unit tests, and the paper that popularized the **pass@k** metric."
        " Codex (12B) got 28.8% pass@1. |\n"
        "| 2025-03 | Time horizon | METR | [Measuring AI Ability to Complete Long Tasks](https://"
        "arxiv.org/abs/2503.14499) (Kwa, West et al.). Not a new task set so much as a new"
        " *metric*: the **50% time horizon** = length of task a model completes w/ 50% prob. |\n"
    ).entries
    assert (humaneval.claims[0].kind, humaneval.claims[0].text) == (
        "defines",
        "164 hand-written Python function-completion problems checked by unit tests",
    )
    assert not [c for c in horizon.claims if c.text.startswith("Not a new task set")]
    assert LIST_ITEM_POINTER.search("early hints of the security/complexity concerns (→ #16)")


def test_r95_a_link_that_names_its_host_and_the_writers_first_person() -> None:
    """r95 glossary: clues ended "… Nat Rev Drug Discov) nature.com" (a link that only
    says where it is); r95 blog: `The part I'd steal is the {{c1::bi-temporal model}}`;
    r91 syllabus: "Useful as the position … are arguing against" became a gist."""
    genome = parse_text(
        "## G\n\n"
        "**Druggable genome**: the subset of genes coding for proteins able to bind a"
        " drug-like small molecule, estimated at ~3,000. [nature.com](https://www.nature.com/"
        "articles/nrd892)\n\n"
        "**Lipinski's rule of five**: a rule of thumb for oral drugs.\n\n"
        "**PAINS**: compounds that show up as hits in many assays.\n"
    ).entries[0]
    assert genome.claims[0].text.endswith("estimated at ~3,000")
    hosted = one(
        "- **The Natural Number Game** — now hosted on the Lean Game Server at"
        " [adam.math.hhu.de](https://adam.math.hhu.de/). Teaches Lean through Peano arithmetic.\n"
    )
    assert "adam.math.hhu.de" in hosted.description
    assert opinion_in("The part I'd steal is the bi-temporal model")
    assert opinion_in("Useful as the position Lake et al. are arguing against")


def test_r95_a_notes_label_for_its_implementation_is_no_term() -> None:
    """r95 notes: a cloze hid the label of `{{c1::server impl}}: ublksrv. conceptually like
    FUSE but for block devs`."""
    assert (
        claim_terms("server impl: ublksrv. conceptually like FUSE but for block devs", [], [], [])
        == ()
    )


def test_r95_a_technique_after_by_is_no_author() -> None:
    """r95 glossary: "Who made **Fragment-based drug discovery (FBDD) / SAR**? → NMR" (the
    term `SAR by NMR` read as a title and its author)."""
    fbdd = parse_text(
        "## G\n\n"
        "**Fragment-based drug discovery (FBDD) / SAR by NMR**: screen very small, weakly"
        " binding fragments, then grow or link them.\n\n"
        "**Lipinski's rule of five**: a rule of thumb for oral drugs.\n\n"
        "**PAINS**: compounds that show up as hits in many assays.\n"
    ).entries[0]
    assert fbdd.name.endswith("SAR by NMR") and fbdd.attribution.authors != "NMR"


def test_r96_a_course_site_and_a_notes_labels_are_no_names() -> None:
    """r96: `"An Image Synthesizer," SIGGRAPH '85 (Canvas)` was named "Canvas" and credited
    to "Perlin (Canvas)" (syllabus); `Argument: modeling audio itself > modeling tags` named
    its paper "Argument" (awesome); `Takeaways: BC-RNN is a strong baseline …` named
    robomimic "Takeaways" (table); clozes hid `Hardest common setting:` and `Defaults worth
    memorizing:`."""
    perlin = one(
        '- Ken Perlin, "An Image Synthesizer," SIGGRAPH \'85 (Canvas). Where gradient noise'
        ' ("Perlin noise") comes from: pseudo-random gradients on a lattice.\n'
    )
    assert perlin.name == "An Image Synthesizer" and perlin.attribution.lab == ""
    jukebox = one(
        "- [Codified Audio Language Modeling Learns Useful Representations for Music"
        " Information Retrieval](https://arxiv.org/abs/2107.05677) - Rodrigo Castellon, Chris"
        " Donahue, Percy Liang (Stanford, ISMIR 2021). Probes OpenAI Jukebox's internal"
        " activations with shallow classifiers. Argument: modeling audio itself > modeling"
        " tags.\n"
    )
    assert jukebox.name.startswith("Codified Audio Language Modeling")
    assert claim_terms("Hardest common setting: train ABC → test D", [], [], []) == ()
    assert (
        claim_terms("Defaults worth memorizing: beat F-measure uses a ±70 ms window", [], [], [])
        == ()
    )


def test_r96_the_problem_a_work_answers_and_the_writers_standing_are_no_gist() -> None:
    """r96: "What is **d1**? → The problem: policy-gradient methods like GRPO need
    per-sequence log-likelihoods" (blog), "What is **Cloud feedback**? → the big one for
    uncertainty" (glossary), "… → dated re: tooling" and a cloze on `{{c1::dated re}}`
    (notes); but "the big one verifies in parallel" (r57 blog) is what a method does."""
    assert side_fact("The problem: policy-gradient methods like GRPO need log-likelihoods")
    assert opinion_in("the big one for uncertainty")
    assert opinion_in("dated re: tooling, but the threat-model sections still hold up")
    assert not opinion_in("A small draft model proposes, the big one verifies in parallel")


def test_r96_a_note_to_self_keeps_its_fact_and_a_term_answer_keeps_its_brackets() -> None:
    """r96 notes: `note to self: UTS = hostname + NIS domainname` made no card (read as a
    pointer to another reading), and `time ns: 5.6 (newest — mostly for CRIU …)` was
    answered "5.6 (newest"; `Note: model files are CC BY-NC-SA, code is BSD` (r96 awesome)
    is the terms of use, never a clue."""
    entry = one(
        "1. **namespaces(7) man page** (https://man7.org/linux/man-pages/man7/namespaces.7.html)\n"
        "   - time ns: 5.6 (newest — mostly for CRIU / checkpoint-restore)\n"
        "   - note to self: UTS = hostname + NIS domainname, nothing else\n"
    )
    said = [claim.text for claim in entry.claims]
    assert any(text.startswith("UTS = hostname") for text in said), said
    found = statement("time ns: 5.6 (newest — mostly for CRIU / checkpoint-restore)")
    assert found is not None and found.answer == "5.6"
    assert opinion_in("model files are CC BY-NC-SA, code is BSD")
    assert not opinion_in("the BSD socket API is what every OS copied")


_R97_METALS = (
    "## Phases\n\n"
    '**Gibbs phase rule**: F = C − P + 2 (Gibbs 1876–78, "On the Equilibrium of'
    ' Heterogeneous Substances"). Metallurgists usually fix pressure, so F = C − P + 1.\n\n'
    "**Larson–Miller parameter**: LMP = T (C + log t_r), C ≈ 20 (T in K, t_r in hours).\n\n"
    "**Power-law (Norton) creep**: ε̇ = A σ^n exp(−Q/RT), n ≈ 3–8 (~5 typical for pure"
    " metals), Q ≈ activation energy for self-diffusion.\n\n"
    "**Jominy end-quench test**: measures hardenability. Austenitize a bar, spray water on"
    " one end only, then traverse hardness along the length.\n\n"
    "**Frank–Read source**: how dislocations multiply. A segment pinned at both ends bows"
    " out under stress.\n\n"
    "**Schmid's law**: slip starts when the resolved shear stress τ_R = σ cosφ cosλ reaches"
    " the critical resolved shear stress (CRSS). cosφ cosλ is the Schmid factor (Schmid 1924;"
    " the classic write-up is Schmid & Boas, 1935).\n\n"
    "**Martensite**: diffusionless, shear-type transformation fcc γ -> bct α′ when you quench"
    " past M_s. Hardness climbs steeply with carbon. Named after Adolf Martens.\n\n"
    "**CALPHAD**: compute phase diagrams by modelling G of every phase as a function of T"
    " and composition. Kaufman & Bernstein, *Computer Calculation of Phase Diagrams* (1970);"
    " Thermo-Calc paper is Sundman, Jansson & Andersson 1985 (CALPHAD journal).\n\n"
    "**Dislocation**: a line defect whose glide lets a crystal shear at low stress. The"
    " Burgers vector is the closure failure of a lattice circuit around the line.\n"
)


def _shown(markdown: str) -> str:
    return strip_markdown_escapes(markdown).replace("*", "").strip()


def test_r97_a_glossarys_equations_tests_and_processes_make_cards() -> None:
    """r97 glossary (metallurgy, 49 % coverage): the Gibbs phase rule was asked "What is
    it? → Metallurgists usually fix pressure"; the Larson–Miller parameter's `LMP = …` was
    read as another term's; Norton creep's equation and its symbols were one long answer,
    held; `measures hardenability` and `how dislocations multiply` were held as vague; a
    citation's `classic` dropped Schmid's law; `when you quench` dropped Martensite's
    definition as the writer's voice."""
    cards = template_cards(parse_text(_R97_METALS, name="t"), load_templates()).cards
    backs = {(c.kind, _shown(c.front)): _shown(c.back) for c in cards}
    gists = {front: back for (kind, front), back in backs.items() if kind == "gist"}
    assert gists["What is Gibbs phase rule?"] == "F = C − P + 2"
    assert gists["What is Larson–Miller parameter?"] == "LMP = T (C + log t_r)"
    assert gists["What is Power-law (Norton) creep?"] == "ε̇ = A σ^n exp(−Q/RT)"
    assert gists["What does Jominy end-quench test measure?"] == "hardenability"
    assert gists["What is Frank–Read source?"] == "how dislocations multiply"
    assert gists["What is Schmid's law?"].startswith("slip starts when")
    assert gists["What is Martensite?"].startswith("diffusionless, shear-type")
    # `Named after {{c1::Adolf Martens}}` under **Martensite** gives itself away
    assert not any(c.is_cloze and "Adolf Martens" in c.back for c in cards)
    # not "Sundman et al., 1970", and no cloze on `Thermo-Calc paper is (CALPHAD journal)`
    assert not any("Sundman" in c.back for c in cards)
    assert not any("CALPHAD journal" in c.front for c in cards)
    terms = {_shown(c.front): _shown(c.back) for c in cards if c.kind == "term"}
    assert any(front.endswith("The Burgers vector is …?") for front in terms), terms


def test_r97_a_rebuttals_label_is_no_part_of_what_it_shows() -> None:
    """r94 blog: "What is **Is Model Collapse Inevitable? …**? → Important rebuttal:
    collapse happens when …": the writer's word on how it stands to another work."""
    entry = one(
        "- **[Is Model Collapse Inevitable?](https://arxiv.org/abs/2404.01413)** (Gerstgrasser"
        " et al., 2024). Important rebuttal: collapse happens when you replace real data with"
        " synthetic each round, not when you accumulate.\n"
    )
    assert entry.claims[0].text.startswith("collapse happens when")


def test_r97_a_syllabus_names_its_paper_not_its_model_or_its_observation() -> None:
    """r97 syllabus: Goyal et al.'s "Accurate, Large Minibatch SGD" was "known as ResNet-50";
    Clockwork was named "Observation" and asked "What is it? → Nice contrast with Clipper's
    more reactive design"; Mixed Precision Training was "The recipe still used everywhere";
    PagedAttention's gist was `The KV cache is the bottleneck`."""
    goyal = one(
        '- Goyal et al. "Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour." 2017.'
        " [arXiv](https://arxiv.org/abs/1706.02677) — ResNet-50 with minibatch 8192 on 256"
        " GPUs in one hour w/o losing accuracy.\n"
    )
    assert goyal.name.startswith("Accurate, Large Minibatch SGD")
    clockwork = one(
        '2. Gujarati et al. "Serving DNNs like Clockwork: Performance Predictability from the'
        ' Bottom Up." *OSDI 2020*. [USENIX](https://www.usenix.org/conference/osdi20)\n'
        "   - Observation: a DNN inference is essentially deterministic in latency, so the"
        " unpredictability comes from the *system*. Clockwork removes choices from the workers"
        " and makes all scheduling decisions in a central controller. Nice contrast with"
        " Clipper's more reactive design.\n"
    )
    assert clockwork.name.startswith("Serving DNNs like Clockwork")
    assert clockwork.claims[0].kind == "does"
    assert clockwork.claims[0].text.startswith("removes choices from the workers")
    assert opinion_in("Nice contrast with Clipper's more reactive design")
    mixed = one(
        '3. Micikevicius et al. "Mixed Precision Training." *ICLR 2018*.'
        " [arXiv](https://arxiv.org/abs/1710.03740)\n"
        "   - The recipe still used everywhere: keep an **fp32 master copy** of the weights, do"
        " matmuls in fp16 with fp32 accumulation.\n"
    )
    assert mixed.claims[0].text.startswith("keep an fp32 master copy")
    paged = one(
        '2. Kwon et al. "Efficient Memory Management for Large Language Model Serving with'
        ' PagedAttention." *SOSP 2023*. [arXiv](https://arxiv.org/abs/2309.06180)\n'
        "   - The KV cache is the bottleneck; existing systems reserved contiguous max-length"
        " buffers. **PagedAttention** stores KV in fixed-size blocks with a block table, just"
        " like OS virtual memory pages → near-zero waste.\n"
    )
    assert paged.claims[0].kind == "does"
    assert paged.claims[0].text == (
        "stores KV in fixed-size blocks with a block table, just like OS virtual memory pages"
    )


def test_r97_a_blogs_superlative_labels_and_a_notes_comparisons_are_the_writers() -> None:
    """r97 blog: "What is **Prompt Lookup Decoding**? → The dumbest trick that works",
    "What is **Blockwise Parallel Decoding …**? → The grandparent of the whole field" (and
    its method cut to "Adds extra output heads"), TriForce's `Where the two worlds meet:`
    dropped what it does; r97 notes: "What is **Certificate Transparency**? → shorter +
    friendlier than the RFC", a paper's gist the list of its authors' institutions."""
    lookup = one(
        "- **Prompt Lookup Decoding (Apoorv Saxena, 2023)** — [GitHub](https://github.com/"
        "apoorvumang/prompt-lookup-decoding). The dumbest trick that works: replace the draft"
        " model with plain string matching of the last few tokens against the *prompt*.\n"
    )
    assert lookup.claims[0].text.startswith("replace the draft model")
    assert opinion_in("The grandparent of the whole field, and people forget it")
    assert cut_definition(
        "Adds extra output heads that predict the next k tokens in parallel, then the base"
        " model verifies and keeps the longest prefix it agrees with"
    ).startswith("Adds extra output heads that predict the next k tokens")
    triforce = one(
        "- **TriForce (Sun, Chen, Yang, Tian & Chen, COLM 2024)** — [arXiv:2404.11912]"
        "(https://arxiv.org/abs/2404.11912). Where the two worlds meet: for long-context"
        " generation, use the *target model itself* with a retrieval-based sparse KV cache as"
        " the drafter. Still lossless.\n"
    )
    assert any("retrieval-based sparse KV cache" in claim.text for claim in triforce.claims)
    assert opinion_in("shorter + friendlier than the RFC")
    assert opinion_in("Northeastern/UMD/Duke/Akamai/Stanford collab (Mislove, Choffnes, …)")
    assert not opinion_in("shorter contexts than the RFC allows are rejected")


def test_r97_what_the_authors_did_about_their_observation_is_what_the_work_does() -> None:
    """r97 awesome: "What is **SST**? → The observation: downsampling hurts small objects …",
    and `So they keep a single stride …`, what SST does, made no card."""
    sst = one(
        "- [Embracing Single Stride 3D Object Detector with Sparse Transformer](https://arxiv.org"
        "/abs/2112.06375) - Lue Fan et al. (CASIA / TuSimple, CVPR 2022). **SST**. The"
        " observation: downsampling hurts small objects because a pedestrian is only a few"
        " voxels in BEV. So they keep a single stride (no downsampling) and use sparse"
        " regional attention over local windows to make that affordable.\n"
    )
    does = [claim for claim in sst.claims if claim.kind in {"defines", "does"}]
    assert [claim.text[:30] for claim in does] == ["keep a single stride (no downs"]


def test_r96_an_lwn_articles_writer_wrote_the_article_not_what_it_is_about() -> None:
    """r96 notes: "Who made **CAP_SYS_ADMIN**, and when? → Kerrisk, LWN 2012" (wrong: he
    wrote *CAP_SYS_ADMIN: the new root* about it); a maker's own blog or Queue article
    keeps "Who made" (`BBR: Congestion-Based Congestion Control`, Cardwell et al.)."""
    cards = _cards(
        "## Caps\n\n"
        "5. **CAP_SYS_ADMIN: the new root** — Kerrisk, LWN 2012 (https://lwn.net/Articles/486306/)\n"
        "   - capabilities split root into ~40 bits, but CAP_SYS_ADMIN became the dumping ground\n"
        "6. **BBR: Congestion-Based Congestion Control** — Cardwell et al., ACM Queue 2016"
        " (https://queue.acm.org/detail.cfm?id=3022184)\n"
        "   - model-based: estimate bottleneck bandwidth and min RTT, pace at that rate\n"
    )
    asked = [c.front for c in cards if c.kind == "attribution"]
    assert "Who wrote *CAP\\_SYS\\_ADMIN: the new root*, and when?" in asked, asked
    assert "Who made **BBR**, and when?" in asked, asked


def test_r96_a_glossarys_cited_estimate_is_no_maker_of_the_term() -> None:
    """r96 glossary: "Who made **Ocean carbon sink (anthropogenic)**? → Sabine et al., 2004"
    (they estimated how much the ocean took up); `Lovering et al. showed …` under **Fsp3**
    still credits the people who named it."""
    sink = (
        parse_text(
            "## Carbon\n\n"
            "**Ocean carbon sink (anthropogenic)**: Sabine et al. 2004 (Science) estimated the"
            " ocean had absorbed 118 ± 19 PgC from 1800 to 1994, about 48% of fossil emissions.\n\n"
            "**Revelle factor**: the ratio of the fractional change in CO2 to that in DIC (Revelle"
            " and Suess 1957).\n\n"
            "**Keeling curve**: the Mauna Loa CO2 record since 1958 (Keeling 1960).\n"
        )
        .sections[0]
        .entries[0]
    )
    assert sink.attribution.authors == ""


def test_r98_a_labs_possessive_title_a_reading_aside_and_a_corporate_author() -> None:
    """r98: "Google's Neural Machine Translation System: Bridging the Gap …" was named
    without "Google's"; "What is **Learning Phrase Representations …**? → Came out the same
    summer from Bengio's group" and `Two reasons it matters:` hid that it introduced the GRU
    (blog); "Who made **Soil Taxonomy**? → Staff" (Soil Survey Staff); `the Morrow Plots,
    Univ. of Illinois` was answered "the Morrow Plots, Univ" (glossary)."""
    gnmt = one(
        "- **Wu et al., \"Google's Neural Machine Translation System: Bridging the Gap between"
        ' Human and Machine Translation" (2016)**: [arXiv](https://arxiv.org/abs/1609.08144).'
        " GNMT, the system that put NMT into Google Translate.\n"
    )
    assert gnmt.name.startswith("Google's Neural Machine Translation System")
    cho = one(
        '- **Cho et al., "Learning Phrase Representations using RNN Encoder-Decoder for'
        ' Statistical Machine Translation" (EMNLP 2014)**: [arXiv](https://arxiv.org/abs/'
        "1406.1078). Came out the same summer from Bengio's group in Montréal. Two reasons it"
        ' matters: it coined the "RNN Encoder-Decoder" framing, and it introduced the **GRU**.\n'
    )
    assert cho.claims[0].kind == "introduces", cho.claims
    assert not any("same summer" in claim.text for claim in cho.claims)
    found, _ = attribution.cut("the US classification system (Soil Survey Staff 1975)")
    assert found.authors == "Soil Survey Staff"
    said = statement("US equivalent: the Morrow Plots, Univ. of Illinois, 1876.")
    assert said is not None and said.answer == "the Morrow Plots, Univ. of Illinois, 1876"


def test_r98_a_heading_over_two_papers_names_no_work() -> None:
    """r98 blog: "Who made **Unsupervised NMT, two papers at ICLR 2018**? → Lample et al."
    (a heading over two papers, one of them credited)."""
    heading = one(
        "- **Unsupervised NMT, two papers at ICLR 2018**: Lample, Conneau, Denoyer & Ranzato,"
        ' ["Unsupervised Machine Translation Using Monolingual Corpora Only"](https://arxiv.org'
        '/abs/1711.00043), and Artetxe, Labaka, Agirre & Cho, ["Unsupervised Neural Machine'
        ' Translation"](https://arxiv.org/abs/1710.11041). Both learn to translate with *zero*'
        " parallel data.\n"
    )
    assert heading.topic


def test_r98_what_a_method_finds_is_no_clause_to_cut_at() -> None:
    """r98 syllabus: "What is **AutoStitch**? → SIFT matching + RANSAC to find" (cut before
    `which images overlap`); r94 syllabus: "… observe an agent's path, infer" likewise."""
    cut = cut_definition(
        "SIFT matching + RANSAC to find which images overlap (it finds panoramas in an"
        " unordered set of photos), bundle adjustment for the camera rotations, then gain"
        " compensation and multi-band blending"
    )
    assert cut.startswith("SIFT matching + RANSAC to find which images overlap")


def test_r98_euros_p_is_a_venue_not_a_lab() -> None:
    """r98 awesome: "Who made **JSMA**? → Papernot et al. (EuroS&P), 2016"."""
    found, _ = attribution.cut(
        "Nicolas Papernot, Patrick McDaniel, Somesh Jha (Penn State et al., EuroS&P 2016)."
    )
    assert (found.lab, found.venue) == ("Penn State", "EuroS&P 2016")  # (a lab since r122)


def test_r99_a_history_seminars_readings_keep_their_titles() -> None:
    """r99 syllabus (50 % useful): "Who made **On reserve**?" (a label), "Who made **1964**?"
    (`announced 7 Apr. 1964: …` split at `Apr.`), *The Mythical Man-Month* titled "Brooks ran
    IBM's OS/360 effort", "Sketch of the Analytical Engine Invented" (cut at `by Charles
    Babbage`), Rojas's article named "Zuse's Z3", a gist `Background and scans: …` and a
    clue `Be ready to argue about whether that label is fair`."""
    reading = parse_text(
        "## Logistics\n\n"
        "- **On reserve:** Thomas Haigh & Paul Ceruzzi, *A New History of Modern Computing*"
        " (MIT Press, 2021). Organized around the computer becoming many different things.\n\n"
        "## Week 1\n\n"
        '- L. F. Menabrea, "Sketch of the Analytical Engine Invented by Charles Babbage," trans.'
        " with Notes by Ada Augusta, Countess of Lovelace (1843). Lovelace's Notes are about"
        " three times the length of the paper she translated. Be ready to argue about whether"
        " that label is fair.\n"
        '- Raúl Rojas, "How to Make Zuse\'s Z3 a Universal Computer," *IEEE Annals of the History'
        " of Computing* 20(3), 1998. Zuse's Z3 (Berlin, 1941): relays, binary floating point,"
        " program on punched film.\n"
        '- J. W. Backus et al., "The FORTRAN Automatic Coding System," *Proc. Western Joint'
        " Computer Conference* (Feb. 1957). Background and scans: [Software Preservation Group"
        " FORTRAN page](http://www.softwarepreservation.org/projects/FORTRAN/) (Paul McJones).\n"
        "- Fred Brooks, *The Mythical Man-Month* (1975). Brooks ran IBM's OS/360 effort.\n"
        '- G. M. Amdahl, G. A. Blaauw & F. P. Brooks Jr., "Architecture of the IBM System/360,"'
        " *IBM Journal of R&D* 8(2), 1964. System/360 was announced 7 Apr. 1964: one"
        " instruction-set architecture shared by a family of machines.\n",
        name="t",
    )
    names = [entry.name for entry in reading.entries]
    assert names == [
        "A New History of Modern Computing",
        "Sketch of the Analytical Engine Invented by Charles Babbage",
        "How to Make Zuse's Z3 a Universal Computer",
        "The FORTRAN Automatic Coding System",
        "The Mythical Man-Month",
        "Architecture of the IBM System/360",
    ], names
    said = [claim.text for entry in reading.entries for claim in entry.claims]
    assert not any(text.startswith(("Background and scans", "Be ready")) for text in said)


def test_r99_labels_of_praise_and_of_place_are_no_gist() -> None:
    """r99: "What is **DCGAN**? → The architecture recipe everyone copied for years" (table),
    "What is **LongVA**? → Key insight in the title" (blog), "What is **Cross-Origin Resource
    Policy**? → spec lives in Fetch" (notes)."""
    dcgan = one(
        "- **DCGAN** ([arXiv](https://arxiv.org/abs/1511.06434)) (ICLR 2016). The architecture"
        " recipe everyone copied for years: strided convs instead of pooling, batchnorm in both"
        " G and D.\n"
    )
    assert dcgan.claims[0].text.startswith("strided convs instead of pooling")
    longva = one(
        '- **LongVA: "Long Context Transfer from Language to Vision"** ([arXiv](https://arxiv.org'
        "/abs/2406.16852)) - Zhang et al., 2024. Key insight in the title: extend the *language*"
        " model's context on text only, then do normal image alignment.\n"
    )
    assert longva.claims[0].text.startswith("extend the language model's context")
    assert opinion_in("MDN page; spec lives in Fetch")


def test_r100_a_heading_about_a_thing_names_no_paper_of_it() -> None:
    """r100 blog: "Who made **ResNets**? → Veit et al." (`**ResNets as ensembles.**` over
    their *Residual Networks Behave Like Ensembles …*) and "Who made **MoE**? → Shazeer et
    al." (`**Sparsely-gated MoE.**`); r100 awesome: Neural Head Avatars named "Hybrid"
    (`Hybrid: FLAME mesh + …`)."""
    resnets = one(
        "- **ResNets as ensembles.** Veit, Wilber & Belongie, [*Residual Networks Behave Like"
        " Ensembles of Relatively Shallow Networks*](https://arxiv.org/abs/1605.06431) (Cornell;"
        " NeurIPS 2016). Unroll a ResNet and it's an exponential collection of paths.\n"
    )
    assert resnets.name.startswith("Residual Networks Behave Like Ensembles")
    moe = one(
        "- **Sparsely-gated MoE.** Shazeer, Mirhoseini, Maziarz, Davis, Le, Hinton & Dean,"
        " [*Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer*]"
        "(https://arxiv.org/abs/1701.06538) (Google Brain; ICLR 2017). Noisy top-k gating.\n"
    )
    assert moe.name == "Sparsely-gated MoE"
    avatars = one(
        "- [Neural Head Avatars from Monocular RGB Videos](https://arxiv.org/abs/2112.01554) -"
        " Grassal, Prinzler, Leistner, Rother, Nießner, Thies (Heidelberg / TUM / MPI-IS, CVPR"
        " 2022). Hybrid: FLAME mesh + MLP-predicted vertex offsets + neural texture.\n"
    )
    assert avatars.name == "Neural Head Avatars from Monocular RGB Videos"


_R100_BIRDS = (
    "## Navigation\n\n"
    "**Sleep in flight**: EEG loggers on great frigatebirds showed they sleep on the wing, often"
    " one hemisphere at a time, but only ~42 min a day versus >12 h on land (Rattenborg et al."
    " 2016, *Nat. Commun.* 7:12468)\n\n"
    "**Phenological mismatch**: when the timing of migration/breeding no longer lines up with"
    " peak food. Dutch pied flycatchers couldn't arrive earlier from Africa even as springs"
    " warmed, so they missed the caterpillar peak (Both & Visser 2001, *Nature* 411);"
    " populations where the food peak was earliest declined ~90% over two decades (Both et al."
    " 2006, *Nature* 441).\n\n"
    "**Fat score**: a visual 0-8 rating of subcutaneous fat in the furcular hollow (Kaiser 1993,"
    " *J. Field Ornithol.* 64). Not the only scale (the older Helms & Drury 1960 one has fewer"
    " classes) so check which one a dataset uses before pooling.\n\n"
    "**ReSTIR**: resampled importance sampling for many lights. It streams light candidates"
    " through weighted reservoirs and reuses them across neighboring pixels (Bitterli et al."
    " 2020).\n"
)


def test_r100_a_glossary_asks_who_found_what_its_citations_found() -> None:
    """r100 glossary (bird migration, 63 % coverage): "Who made **Sleep in flight**? →
    Rattenborg et al." credited a phenomenon to the study that saw it, and the studies cited
    inside entries (Both & Visser, Muheim, Piersma & Gill, …) made no card at all."""
    cards = template_cards(parse_text(_R100_BIRDS, name="t"), load_templates()).cards
    asked = {_shown(c.front): _shown(c.back) for c in cards if c.kind == "attribution"}
    assert "Who made Sleep in flight, and when?" not in asked
    assert (
        asked[
            "Who found this about Sleep in flight, and when?  EEG loggers on great frigatebirds"
            " showed they sleep on the wing, often one hemisphere at a time, but only ~42 min a"
            " day versus >12 h on land"
        ]
        == "Rattenborg et al., 2016"
    )
    assert (
        asked[
            "Who found this about Phenological mismatch, and when?  Dutch pied flycatchers"
            " couldn't arrive earlier from Africa even as springs warmed, so they missed the"
            " caterpillar peak"
        ]
        == "Both and Visser, 2001"
    )
    # a term's maker stays its maker; an aside on another work and what the term itself
    # does (`It streams …`) are no findings
    assert asked["Who made Fat score, and when?"] == "Kaiser, 1993"
    assert not any("Helms" in back or "Drury" in back for back in asked.values())
    assert not any(front.startswith("Who found this about ReSTIR") for front in asked)


_R101_AERO = (
    "## Airfoils\n\n"
    "**XFOIL**: Drela's 2D airfoil analysis & design code. Default Ncrit = 9. (Drela 1989, in"
    " *Low Reynolds Number Aerodynamics*, Springer Lecture Notes in Engineering vol. 54.)"
    " https://web.mit.edu/drela/Public/web/xfoil/ (Everyone uses it, incl. well past stall"
    " where it really shouldn't be trusted.)\n\n"
    "**Stability derivatives**: partial derivatives of the aero forces and moments w.r.t. the"
    " motion variables. Still the way every textbook does it: Etkin & Reid, *Dynamics of"
    " Flight: Stability and Control* (3rd ed. 1996).\n\n"
    "**Leslie matrix**: an age-structured population model; its dominant eigenvalue is the"
    " growth rate (Leslie 1945, *Biometrika* 33). Lefkovitch later generalised it to stages"
    " (Lefkovitch 1965).\n"
)


def test_r101_a_glossarys_bracketed_citation_textbook_and_eponym() -> None:
    """r101 glossary (aerodynamics, 51 % coverage, both who-made cards wrong): a citation
    that is a sentence of its own, `(Drela 1989, in … vol. 54.)`, ran on into the aside
    after it and read as advice; a chapter in an edited Springer volume read as a
    textbook; a textbook's `(3rd ed. 1996)` made "Stability and Control" the makers; the
    person a term is named after lost to a later citation."""
    assert sentences("Default Ncrit = 9. (Drela 1989, in X vol. 54.) (Everyone uses it.)") == [
        "Default Ncrit = 9.",
        "(Drela 1989, in X vol. 54.)",
        "(Everyone uses it.)",
    ]
    cards = template_cards(parse_text(_R101_AERO, name="t"), load_templates()).cards
    asked = {_shown(c.front): _shown(c.back) for c in cards if c.kind == "attribution"}
    assert asked["Who made XFOIL, and when?"] == "Drela, 1989"
    assert not any("Stability derivatives" in front for front in asked)
    assert asked["When was the Leslie matrix introduced?"] == "1945 (Leslie)"


def test_r102_a_finding_with_a_bracket_cut_open_or_its_year_makes_no_card() -> None:
    """r102 glossary (memory neuroscience): "Who found this about **Complementary learning
    systems**? *… experience replay in deep RL (Kumaran*" (useless), a quote cut open, and
    a finding that says its own year on the front."""
    text = (
        "## Memory\n\n"
        "**Complementary learning systems (CLS)**: the hippocampus learns fast from single"
        " episodes, while neocortex learns slowly by interleaving (McCloskey & Cohen 1989). The"
        " hippocampus replays memories to train the cortex offline ([McClelland, McNaughton &"
        " O'Reilly 1995](https://doi.org/10.1037/0033-295X.102.3.419), *Psychol Rev*). There's"
        " an updated version that ties it to experience replay in deep RL (Kumaran, Hassabis &"
        " McClelland 2016, *TiCS*).\n\n"
        "**Reconsolidation**: retrieving a memory makes it labile again. This idea was old:"
        " electroconvulsive shock after a reminder cue had already been shown to cause amnesia"
        " in 1968 (Misanin, Miller & Lewis 1968, *Science*).\n\n"
        "**Engram**: the physical trace of a memory in the brain.\n"
    )
    cards = template_cards(parse_text(text, name="t"), load_templates()).cards
    assert not any(
        "(Kumaran" in c.front or "in 1968" in c.front for c in cards if c.kind == "attribution"
    )


_R101_GRAPHICS = (
    "## Week 1\n\n"
    "- Marschner & Shirley, *Fundamentals of Computer Graphics*, ch. 1, ch. 2 (misc. math"
    " review) and the Viewing chapter. If homogeneous coordinates still look strange, come to"
    " office hours.\n"
    '- Scratchapixel, "Rasterization: a Practical Implementation":'
    " https://www.scratchapixel.com/ . Lots of ppl lose points on A1 for getting this wrong.\n"
    "- Peter Shirley, *Ray Tracing in One Weekend* (2016; now maintained with Trevor David"
    " Black & Steve Hollasch): https://raytracing.github.io/books/RayTracingInOneWeekend.html\n"
    "  Not a paper, but it's the companion for A3. You will finish with a small path tracer.\n"
    '- Craig Reynolds, "Flocks, Herds, and Schools: A Distributed Behavioral Model," SIGGRAPH'
    " 1987: https://www.red3d.com/cwr/boids/\n"
    "  **Boids**: each bird follows three local rules (separation, alignment, cohesion), and"
    " flocking behavior emerges with no global script.\n"
)


def test_r101_a_syllabus_names_no_year_nor_author_and_asks_no_course_logistics() -> None:
    """r101 syllabus (computer graphics, 23 % useless): "What is **2016**?" (a year in the
    bracket after *Ray Tracing in One Weekend*), "When was **Craig Reynolds** introduced?"
    (the author before the quoted title, Boids unnamed), "What is **Fundamentals of Computer
    Graphics**? → Marschner & Shirley and the Viewing chapter" (which chapters to read), and
    a reverse card whose clue was "Lots of ppl lose points on A1"."""
    parsed = parse_text(_R101_GRAPHICS, name="t")
    names = [entry.name for entry in parsed.entries]
    assert "2016" not in names and "Craig Reynolds" not in names
    assert "Boids" in names
    cards = template_cards(parsed, load_templates()).cards
    fronts = [_shown(c.front) for c in cards]
    assert "Who made Boids, and when?" in fronts
    assert not any("Viewing chapter" in c.back or "Viewing chapter" in c.front for c in cards)
    assert not any("lose points" in front for front in fronts)
    assert opinion_in("Lots of ppl lose points on A1 for getting this wrong")
    assert opinion_in("A1 uses this approach")
    assert not opinion_in("An A100 GPU has 80 GB of memory")


def test_r102_a_news_articles_writer_wrote_the_article_not_what_it_is_about() -> None:
    """r102 notes: "Who made **An EEVDF CPU scheduler for Linux**? → Corbet, 2023"
    (useless: EEVDF is Stoica et al.'s, the patches Zijlstra's; Corbet wrote the LWN
    article, and its venue was not read, so the rule for LWN articles missed it)."""
    text = (
        "## Linux\n\n"
        "1. **An EEVDF CPU scheduler for Linux** — Jonathan Corbet, LWN, Mar 2023"
        " (https://lwn.net/Articles/925371/)\n"
        "   - Peter Zijlstra's patches replacing CFS's pick logic w/ EEVDF\n"
        "2. **The Linux Scheduler: a Decade of Wasted Cores** — Lozi, Lepers, Funston, Gaud,"
        " Quéma, Fedorova, EuroSys 2016\n"
        "   - four bugs that leave cores idle while threads wait\n"
    )
    cards = _cards(text)
    asked = {_shown(c.front): _shown(c.back) for c in cards if c.kind == "attribution"}
    assert asked["Who wrote An EEVDF CPU scheduler for Linux, and when?"] == "Corbet, 2023"
    assert not any(front.startswith("Who made An EEVDF") for front in asked)


def test_r102_notes_code_and_a_citations_leftover_word_are_no_claims() -> None:
    """r102 notes (OS papers, 60 % useful): "What is **Myths About the Mutual Exclusion
    Problem**? → turn = j; while (flag[j] && turn == j)" (useless: code cut at its
    semicolons) and "**events & threads** are …? → duals (cites)" (the word a citation
    left)."""
    entry = one(
        "1. **Myths About the Mutual Exclusion Problem** — G. L. Peterson, Information"
        " Processing Letters 12(3), 1981\n"
        "   - the 2-proc algorithm everyone teaches: `flag[i] = true; turn = j; while (flag[j]"
        " && turn == j) ;`\n"
        "   - NB: broken on modern HW w/o fences (store→load reordering)\n"
    )
    assert not any("while" in claim.text for claim in entry.claims)
    assert claims.tidy("events & threads are duals (cites)") == "events & threads are duals"


def test_r101_a_blogs_paper_named_by_aka_by_its_title_and_not_by_its_critics_idea() -> None:
    """r101 blog (continual learning, 8.9 % useless): "Who made **LoRA**? → Biderman et al."
    (the heading is the paper's title, *LoRA Learns Less and Forgets Less*), InstructGPT
    "known as" **PPO-ptx** (its bold mitigation, not the `aka InstructGPT` after the
    citation), and "Which paper introduced online EWC? → Kirkpatrick et al." (the sentence
    before credits Huszár's reply)."""
    lora = one(
        "- **LoRA learns less and forgets less.** Biderman et al. (Databricks & Columbia),"
        " [LoRA Learns Less and Forgets Less](https://arxiv.org/abs/2405.09673) (TMLR 2024)."
        " Full fine-tuning beats LoRA on the target domain, but LoRA better **preserves the base"
        " model's performance on everything else**.\n"
    )
    assert lora.name == "LoRA Learns Less and Forgets Less"
    instruct = one(
        "- **The alignment tax.** Ouyang et al. (OpenAI), [Training language models to follow"
        " instructions with human feedback](https://arxiv.org/abs/2203.02155) (NeurIPS 2022),"
        ' aka InstructGPT. It is where "**alignment tax**" got popularized. Their mitigation,'
        " **PPO-ptx**, mixes pretraining gradients back into PPO.\n"
    )
    assert instruct.name == "InstructGPT"
    ewc = one(
        "- **EWC, the one everyone knows.** Kirkpatrick et al. (DeepMind), [Overcoming"
        " catastrophic forgetting in neural networks](https://arxiv.org/abs/1612.00796) (PNAS"
        " 2017). Elastic Weight Consolidation adds a quadratic penalty pulling each parameter"
        " back toward its old-task value. Worth knowing: Ferenc Huszár's PNAS reply (2018)"
        " points out that with many tasks the principled version keeps a *single* running"
        ' penalty. This is where "online EWC" comes from.\n'
    )
    assert not any("online EWC" in claim.text for claim in ewc.claims)


def test_r102_a_rows_byline_after_the_venue_keeps_its_first_author() -> None:
    """r102 table: "Who made **BiT**? → Zhai et al." (wrong: *Kolesnikov*, Beyer, Zhai et
    al.), the first two surnames left in the row's claim."""
    found, rest = attribution.cut(
        "(ECCV 2020), Kolesnikov, Beyer, Zhai et al. Big ResNets pretrained on ImageNet"
    )
    assert (found.authors, found.venue) == ("Kolesnikov et al.", "ECCV 2020")
    assert rest.strip() == "Big ResNets pretrained on ImageNet"


def test_r102_a_quote_is_one_sentence_and_a_naming_warning_no_claim() -> None:
    """r102 glossary: Hebb's quoted rule cut in two at its ellipsis ("What is **Hebbian
    plasticity**? → "When an axon of cell A … firing it", useless); r102 awesome: a cloze on
    PCT from `Not to be confused with the *other* "Point Transformer" …`."""
    quote = (
        '"When an axon of cell A is near enough to excite a cell B and repeatedly takes part'
        " in firing it... A's efficiency, as one of the cells firing B, is increased\" (Hebb"
        " 1949). Hebb never wrote the slogan."
    )
    assert len(sentences(quote)) == 2
    assert opinion_in('Not to be confused with the other "Point Transformer", or with PCT')


def test_r103_a_blogs_label_and_a_titles_words_are_no_name_nor_people() -> None:
    """r103 blog (LLM judges, 20 % useless): "Who made **Self-preference**? → Recognize et
    al." (the linked title *LLM Evaluators Recognize and Favor Their Own Generations* read as
    two people), the paper "known as" **Fixes** (`Fixes: Multiple Evidence Calibration …`),
    and "What is **Arena-Hard**? → first announced on the LMSYS blog in April 2024"."""
    preference = one(
        "- **Self-preference** — [LLM Evaluators Recognize and Favor Their Own Generations]"
        "(https://arxiv.org/abs/2404.13076), Arjun Panickssery, Sam Bowman, Shi Feng (NeurIPS"
        " 2024). GPT-4 and Llama 2 can tell their own outputs apart from others' better than"
        " chance.\n"
    )
    assert preference.attribution.authors == "Panickssery et al."
    position = one(
        "- **Position bias** — [Large Language Models are not Fair Evaluators]"
        "(https://arxiv.org/abs/2305.17926), Peiyi Wang et al. (PKU, ACL 2024). The headline"
        " result is brutal: swapping the order of the two answers flips the verdict. Fixes:"
        " Multiple Evidence Calibration (explain first, then score), Balanced Position"
        " Calibration (score both orders and average).\n"
    )
    assert position.name != "Fixes"
    assert opinion_in("first announced on the LMSYS blog in April 2024")
    assert opinion_in('Predates the "LLM-as-a-judge" name')


def test_r103_a_tables_lab_column_that_names_people_names_the_authors() -> None:
    """r103 table (protein structure): "Who made **AlphaFold2**? → Evans et al. (DeepMind
    (Jumper et al.))" and "Who made **EVfold**? → Morcos et al." (wrong: the people a side
    note cites), when the lab column named the authors; organisations stay labs."""
    text = (
        "## Milestones\n\n"
        "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| Jul 2021 | AlphaFold2 | DeepMind (Jumper et al.) | [Highly accurate protein structure"
        " prediction with AlphaFold](https://doi.org/10.1038/s41586-021-03819-2), *Nature* 596."
        " Evoformer plus recycling. (Complexes: AlphaFold-Multimer, Evans et al. 2021.) |\n"
        "| 2011 | EVfold | Marks, Colwell, Sheridan, Hopf, Sander (Harvard/MSKCC) | [Protein 3D"
        " structure computed from evolutionary sequence variation](https://doi.org/10.1371/"
        "journal.pone.0028766). Contacts as restraints. (Morcos et al. PNAS 2011 is the"
        " companion.) |\n"
        "| 2017 | DeepStack | U. Alberta, Charles U. | [DeepStack: Expert-level artificial"
        " intelligence in heads-up no-limit poker](https://arxiv.org/abs/1701.01724). Beat pros"
        " at no-limit poker. |\n"
    )
    entries = {e.name: e for e in parse_text(text, name="t").entries}
    assert entries["AlphaFold2"].attribution.authors == "Jumper et al."
    assert entries["EVfold"].attribution.authors == "Marks et al."
    assert entries["DeepStack"].attribution.authors == ""


def test_r103_a_notes_doubt_is_the_writers() -> None:
    """r103 notes: a reverse card whose clue was "big wins at p99/p99.9 (~3x iirc, double
    check)" (useless: the writer's note to self)."""
    assert opinion_in("big wins at p99/p99.9 (~3x iirc, double check)")


def test_r103_a_syllabus_reassurance_is_no_fact() -> None:
    """r103 syllabus: "What is **Survey of the State of the Art in NLG …**? → 100+ pages,
    don't panic" (useless: the instructor's aside)."""
    assert opinion_in("100+ pages, don't panic")


def test_r104_who_made_reads_neither_a_topic_a_subtitle_nor_a_two_word_surname() -> None:
    """r104: "Who made **PRM**? → Zhang et al., 2025" (blog: `**Qwen's PRM post-mortem.**`
    over *The Lessons of Developing Process Reward Models …*), "Who made **Angora**? →
    Principled Search" (notes: *Angora: Efficient Fuzzing by Principled Search*), "Who made
    **ORB-SLAM3**? → Rodríguez et al." (syllabus: `Campos, Elvira, Gómez Rodríguez, Montiel
    & Tardós, "ORB-SLAM3: …"`)."""
    prm = one(
        "- **Qwen's PRM post-mortem.** [The Lessons of Developing Process Reward Models in"
        " Mathematical Reasoning](https://arxiv.org/abs/2501.07301) (Zhang et al., Qwen team,"
        " Jan 2025). Honest paper.\n"
    )
    assert prm.name != "PRM"
    angora = one(
        "3. **Angora: Efficient Fuzzing by Principled Search**"
        " ([code](https://github.com/AngoraFuzzer/Angora))\n"
        "   - Peng Chen, Hao Chen (UC Davis) — IEEE S&P 2018\n"
        "   - byte-level taint, then gradient descent on the branch predicate\n"
    )
    assert angora.attribution.authors == "Chen and Chen"
    orb = one(
        '- Campos, Elvira, Gómez Rodríguez, Montiel & Tardós, "ORB-SLAM3: An Accurate'
        ' Open-Source Library for Visual, Visual-Inertial and Multi-Map SLAM", *IEEE T-RO*'
        " 2021. [arXiv](https://arxiv.org/abs/2007.11898)\n"
    )
    assert orb.attribution.authors == "Campos et al."


def test_r104_a_papers_genre_is_no_name_and_a_source_no_term() -> None:
    """r104 notes: "Who made **SoK**?" (`see also angr SoK (Shoshitaishvili et al., IEEE S&P
    2016)`) and a term card on **README** (`README: 10k+ vulns and 36k+ bugs fixed …`)."""
    driller = one(
        "5. **Driller: Augmenting Fuzzing Through Selective Symbolic Execution**"
        " ([pdf](https://www.ndss-symposium.org/driller.pdf))\n"
        "   - Stephens et al. (UCSB Shellphish) — NDSS 2016\n"
        "   - hybrid: AFL does the cheap work, angr concolic execution kicks in when stuck\n"
        "   - see also angr SoK (Shoshitaishvili et al., IEEE S&P 2016) — https://angr.io/\n"
    )
    assert [m.name for m in driller.mentions] == ["angr SoK"]
    bare = one(
        "- **Driller** — hybrid fuzzing with concolic execution when AFL is stuck. See also"
        " SoK (Shoshitaishvili et al., IEEE S&P 2016).\n"
    )
    assert all(m.name != "SoK" for m in bare.mentions)
    assert (
        claim_terms("README: 10k+ vulns and 36k+ bugs fixed across 1000+ projects", [], [], [])
        == ()
    )


def _gist(text: str) -> str:
    return next((c.back for c in _cards(text) if c.kind == "gist"), "")


def test_r105_a_publisher_is_no_name_nor_an_author_and_a_venue_years_before_is_anothers() -> None:
    """r105 syllabus: *The Design of Everyday Things* "known as **Basic Books**", "Who made
    **Usability Evaluation in Industry**? → Taylor and Francis", "Who made **Visualization
    Analysis and Design**? → Munzner, InfoVis 2009" (her 2014 book, not her 2009 paper)."""
    doet = one(
        "- Don Norman, *The Design of Everyday Things* (Basic Books; 1988 as *The Psychology"
        " of Everyday Things*, revised ed. 2013). The 2013 edition adds **signifiers**.\n"
    )
    assert doet.name == "The Design of Everyday Things"
    assert attribution.cut("(Taylor & Francis, 1996)")[0].authors == ""
    assert attribution.cut("(A K Peters/CRC, 2014)")[0].authors == ""
    vad = one(
        "- Tamara Munzner, *Visualization Analysis and Design* (A K Peters/CRC, 2014)."
        " [book site](https://www.cs.ubc.ca/~tmm/vadbook/) — what/why/how framework. Also her"
        ' "A Nested Model for Visualization Design and Validation" (InfoVis 2009): four'
        " nested levels, each with its own threats to validity.\n"
    )
    assert (vad.attribution.year, vad.attribution.venue) == (2014, "")
    # (a venue a year before a table's arXiv date is still the paper's)
    assert Attribution(year=2023).merged(Attribution(venue="NeurIPS 2022")).venue == "NeurIPS 2022"


def test_r105_surnames_of_two_words_lead_a_list_and_a_blog_post_is_its_entrys() -> None:
    """r105 blog: "Who made **SmolLM**? → Bakouch et al." (`Ben Allal, Lozhkov, Bakouch et
    al.`), and "Who made **SmolLM blog post**?" beside it."""
    assert attribution.cut("(Ben Allal, Lozhkov, Bakouch et al., July 2024)")[0].authors == (
        "Ben Allal et al."
    )
    assert attribution.cut("(van den Oord, Dieleman, Zen et al., 2016)")[0].authors == (
        "van den Oord et al."
    )
    smol = one(
        "- **SmolLM.** Hugging Face's [SmolLM blog post](https://huggingface.co/blog/smollm)"
        " (Ben Allal, Lozhkov, Bakouch et al., July 2024). Models at 135M, 360M and 1.7B.\n"
    )
    assert smol.attribution.authors == "Ben Allal et al."
    assert smol.mentions == []


def test_r105_what_it_is_is_neither_the_baseline_nor_what_it_builds_on() -> None:
    """r105 blog: "What is **MiniLLM**? → Standard KD minimizes forward KL", "What does
    **GPTQ** do? → builds on Optimal Brain Quantization"."""
    assert "reverse KL" in _gist(
        "- **MiniLLM.** Gu, Dong, Wei & Huang (Tsinghua + MSR), ICLR 2024,"
        " [arXiv](https://arxiv.org/abs/2306.08543). Standard KD minimizes *forward* KL, which"
        " makes a small student spread probability mass too widely. MiniLLM minimizes"
        " *reverse* KL instead (mode-seeking) and optimizes it with a policy-gradient method.\n"
    )
    gptq = _gist(
        "- **GPTQ.** Frantar, Ashkboos, Hoefler & Alistarh (IST Austria / ETH), ICLR 2023,"
        " [arXiv](https://arxiv.org/abs/2210.17323). It's one-shot, post-training, weight-only"
        " quantization that uses approximate second-order (Hessian) information to quantize"
        " weights column by column, compensating the error in the columns not yet quantized."
        " It builds on Optimal Brain Quantization.\n"
    )
    assert gptq.startswith("one-shot, post-training, weight-only quantization")


@pytest.mark.parametrize(
    "text",
    [
        "It's a little dated now (pre-AWQ, pre-GGUF), but read it first anyway",
        "The agenda-setting paper",
        "Short & very useful for reasoning about what a device can't express",
    ],
)
def test_r105_the_writers_verdict_is_an_opinion(text: str) -> None:
    assert opinion_in(text) is not None


def test_r105_a_notes_first_words_say_who_then_what_it_is() -> None:
    """r105 notes: "What is **gVisor**? → Google, open-sourced 2018. "application kernel" …",
    "What is **Kubernetes The Hard Way**? → Kelsey Hightower. bootstrap …", "What is
    **Cilium**? → Hubble = observability layer on top" (its first bullet, `eBPF-based CNI`,
    was too short to read)."""
    gvisor = one(
        "- **gVisor** (https://gvisor.dev)\n"
        '  - Google, open-sourced 2018. "application kernel" written in Go that sits between'
        " the container and the host kernel\n"
        "  - Sentry = user-space kernel that intercepts + implements syscalls\n"
    )
    assert (gvisor.attribution.lab, gvisor.attribution.year) == ("Google", 2018)
    assert gvisor.claims[0].text.startswith('"application kernel" written in Go')
    hard = one(
        "- **Kubernetes The Hard Way** (https://github.com/kelseyhightower/kubernetes-the-hard-way)\n"
        "  - Kelsey Hightower. bootstrap a cluster by hand, zero automation\n"
    )
    assert hard.attribution.authors == "Hightower"
    assert hard.claims[0].text == "bootstrap a cluster by hand, zero automation"
    cilium = one(
        "- **Cilium** (https://cilium.io)\n"
        "  - eBPF-based CNI; originally by Isovalent (Cisco bought them 2024)\n"
        "  - Hubble = observability layer on top\n"
    )
    assert (cilium.claims[0].kind, cilium.claims[0].text) == ("defines", "eBPF-based CNI")
    # (an initial's stop ends no byline: the whole list of authors stays one)
    markets = one(
        '- Farrell, J. and Saloner, G. (1985). "Standardization, Compatibility, and'
        ' Innovation." *RAND Journal of Economics* 16(1).\n'
    )
    assert markets.attribution.authors == "Farrell and Saloner"


def test_r105_two_statements_a_comparison_and_a_book_on_a_thing() -> None:
    """r105 notes: `dominant share = … (your usage / total); DRF = max-min fairness …` read
    as the writer's voice and lost; "What is **Docker vs KVM**?" (a bullet's label as the
    paper's name); "Who made **Kubernetes**?" (the book *Kubernetes: Up and Running*)."""
    drf = one(
        "- **Dominant Resource Fairness: Fair Allocation of Multiple Resource Types**"
        " (https://www.usenix.org/conference/nsdi11/dominant-resource-fairness)\n"
        "  - Ghodsi, Zaharia, Hindman, Konwinski, Shenker, Stoica, NSDI 2011\n"
        "  - dominant share = max over resources of (your usage / total); DRF = max-min"
        " fairness on dominant shares\n"
    )
    assert [c.text for c in drf.claims][:2] == [
        "dominant share = max over resources of (your usage / total)",
        "DRF = max-min fairness on dominant shares",
    ]
    felter = one(
        "- **An Updated Performance Comparison of Virtual Machines and Linux Containers**"
        " ([pdf](https://dominoweb.draco.res.ibm.com/reports/rc25482.pdf))\n"
        "  - Felter, Ferreira, Rajamony, Rubio (IBM Research), ISPASS 2015\n"
        "  - Docker vs KVM: containers equal or beat VMs in almost every benchmark\n"
    )
    assert felter.name != "Docker vs KVM"
    book = one(
        "- **Kubernetes: Up and Running** (O'Reilly; 1st ed 2017, 3rd ed 2022)\n"
        "  - Burns, Beda, Hightower\n"
        "  - the practical intro: pods, labels/annotations, Services, Deployments\n"
    )
    assert book.name == "Kubernetes: Up and Running"


def test_r105_a_nickname_and_an_academy_are_no_lab_nor_author() -> None:
    """r105 awesome: "Who made **DDSP**? → Engel et al. (Hanoi)" (`Lamtharn (Hanoi)
    Hantrakul`), "Who made **MuseGAN**? → Sinica" (`(Academia Sinica, AAAI 2018)`)."""
    ddsp = attribution.cut(
        "Jesse Engel, Lamtharn (Hanoi) Hantrakul, Chenjie Gu, Adam Roberts (Google Magenta,"
        " ICLR 2020)."
    )[0]
    assert (ddsp.authors, ddsp.lab) == ("Engel et al.", "Google Magenta")
    muse = attribution.cut(
        "Hao-Wen Dong, Wen-Yi Hsiao, Li-Chia Yang, Yi-Hsuan Yang (Academia Sinica, AAAI 2018)."
    )[0]
    assert (muse.authors, muse.lab) == ("Dong et al.", "Academia Sinica")


def test_r105_a_table_cells_standing_is_no_gist_and_the_people_in_the_loop_are() -> None:
    """r105 table: "What is **Concrete Problems**? → The agenda-setting paper"; with the
    opinion gone, `Humans compare pairs of short trajectory clips, …` says how it works."""
    assert opinion_in("The agenda-setting paper.") is not None
    cards = _cards(
        "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2017-06 | Deep RL from Human Preferences | OpenAI + DeepMind | [Deep Reinforcement"
        " Learning from Human Preferences](https://arxiv.org/abs/1706.03741) (NeurIPS 2017). The"
        " original RLHF paper. Humans compare pairs of short trajectory clips, a reward model is"
        " fit to those comparisons, and the agent does RL against the learned reward. |\n"
        "| 2016-06 | Concrete Problems | Google Brain | [Concrete Problems in AI Safety]"
        "(https://arxiv.org/abs/1606.06565) — Amodei, Olah et al. The agenda-setting paper. |\n"
    )
    gists = [c.back for c in cards if c.kind == "gist"]
    assert any(back.startswith("Humans compare pairs") for back in gists)
    assert not any("agenda-setting" in back for back in gists)


def test_r105_a_venue_before_paper_is_no_term() -> None:
    """r105 glossary: `VanderPlas's 2018 {{c1::ApJS}} paper "Understanding the …"`."""
    text = 'VanderPlas\'s 2018 ApJS paper "Understanding the Lomb-Scargle Periodogram" is the guide'
    assert "ApJS" not in claim_terms(text, [], ["ApJS"], [])


def test_r106_a_table_cells_stressed_term_label_or_figure_is_no_title() -> None:
    """r106 table: "What is the title of the **Tacotron 2** paper? → *53 vs 4.58*" (`MOS
    **4.53 vs 4.58** for …`), *Repetition Aware Sampling* and *Probability density
    distillation* as titles, after an arXiv-id link; a bold title that opens its cell with
    its authors after it still is one."""
    table = (
        "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| Dec 2017 | **Tacotron 2** | Google | [arXiv:1712.05884](https://arxiv.org/abs/1712"
        ".05884) (ICASSP 2018). Tacotron-style network predicts **mel spectrograms**. MOS"
        " **4.53 vs 4.58** for professionally recorded speech. |\n"
        "| Jun 2024 | VALL-E 2 | Microsoft | [arXiv:2406.05370](https://arxiv.org/abs/2406.05370)."
        " **Repetition Aware Sampling** (stops the stutter) + **Grouped Code Modeling**. |\n"
        "| Nov 2017 | Parallel WaveNet | DeepMind | [arXiv:1711.10433](https://arxiv.org/abs/1711"
        ".10433) (ICML 2018). **Probability density distillation**: a WaveNet teacher trains a"
        " flow student. |\n"
        "| 2025-02 | Qwen2.5-VL | Alibaba | **Qwen2.5-VL Technical Report** (Bai et al.). Window"
        " attention in the ViT. [arXiv](https://arxiv.org/abs/2502.13923) |\n"
    )
    titles = {e.name: dict(e.paper_titles) for e in parse_text(table).entries}
    assert titles["Tacotron 2"] == titles["VALL-E 2"] == titles["Parallel WaveNet"] == {}
    assert titles["Qwen2.5-VL"] == {"2502.13923": "Qwen2.5-VL Technical Report"}


def test_r106_a_blogs_label_group_and_nested_work_are_not_the_entrys() -> None:
    """r106 blog: "the **Headline** paper" (`Headline: that 50% time horizon …`), "What is
    **OSWorld**? → HKU XLang lab", and τ²-bench's bullet read as τ-bench's claims."""
    horizon = one(
        "- **Measuring AI Ability to Complete Long Tasks** ([Kwa et al., METR, March 2025]"
        "(https://arxiv.org/abs/2503.14499)). They time skilled humans on 170 tasks. Headline:"
        " that **50% time horizon has doubled roughly every 7 months since 2019**.\n"
    )
    assert horizon.name != "Headline"
    osworld = one(
        "- **OSWorld** ([Xie et al., 2024](https://os-world.github.io/)). HKU XLang lab, NeurIPS"
        " 2024. Goes beyond the browser to full **virtual machines** (Ubuntu primarily).\n"
    )
    assert osworld.attribution.lab == "HKU XLang lab"
    assert osworld.claims[0].text.startswith("Goes beyond the browser")
    tau = one(
        "- **τ-bench** ([Yao, Shinn, Razavi & Narasimhan, 2024](https://arxiv.org/abs/2406.12045))."
        " An LLM-simulated user chats with the agent in two customer-service domains.\n"
        "  - **τ²-bench** ([Barres et al., 2025](https://arxiv.org/abs/2506.07982)) is the"
        " follow-up. It adds a **telecom** troubleshooting domain that's dual-control.\n"
    )
    assert not any("telecom" in c.text or "follow-up" in c.text for c in tau.claims)
    # (a bold term with a bracket that cites no one is still the entry's own bullet)
    glibc = one(
        "- **glibc MallocInternals wiki** (https://sourceware.org/glibc/wiki/MallocInternals)\n"
        "  - arenas, heaps, chunks, bins\n"
        "  - **tcache** (per-thread cache, glibc 2.26, 2017) sits in front of everything\n"
    )
    assert any("sits in front of everything" in c.text for c in glibc.claims)


def test_r106_a_glossarys_reader_and_a_phrasal_verb_keep_the_definition() -> None:
    """r106 glossary: the definitions of **Sludge** (`… in your interest, e.g. rebate forms
    you have to mail in, …`) and **Anchoring and adjustment** (`even an obviously irrelevant
    one`) were read as the writer's voice or a cut citation; "Who made **Sludge**? →
    Thaler's"; a syllabus's shorthand (`Referred to below as "E&K"`) is no fact."""
    entries = parse_text(
        "## G\n\n"
        "**Anchoring and adjustment**: Estimates get pulled toward an initial number, even an"
        " obviously irrelevant one, and people then adjust away from it too little.\n\n"
        "**Sludge**: The evil twin of the nudge: friction that makes it *harder* to do what's in"
        " your interest, e.g. rebate forms you have to mail in, cancel-by-phone-only"
        ' subscriptions. Named in Thaler\'s "Nudge, not sludge" (2018, *Science* 361).\n\n'
        "**Planning fallacy**: Underestimating how long your own tasks will take.\n"
    ).entries
    anchoring, sludge = entries[0], entries[1]
    assert anchoring.claims[0].text.startswith("Estimates get pulled toward")
    assert sludge.claims[0].kind == "defines"
    assert sludge.attribution.authors == "Thaler"
    assert opinion_in('Referred to below as "E&K"') is not None


def test_r106_a_table_rows_paper_is_its_first_link_and_a_companion_is_anothers() -> None:
    """r106 table: "Who made **EnCodec**? → Google, 2021" (SoundStream's row, `See also
    Meta's [EnCodec](…)` after its own `[arXiv:2107.03312](…)`), "Who made **Global Style
    Tokens**? → Skerry-Ryan et al." (`(Companion paper on prosody transfer, Skerry-Ryan et
    al., same week.)`)."""
    rows = parse_text(
        "## T\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| Jul 2021 | SoundStream | Google | [arXiv:2107.03312](https://arxiv.org/abs/2107.03312)."
        " Neural audio codec with residual vector quantization. See also Meta's"
        " [EnCodec](https://arxiv.org/abs/2210.13438) (Oct 2022). |\n"
        "| Mar 2018 | Global Style Tokens (GST) | Google | [Style Tokens: Unsupervised Style"
        " Modeling](https://arxiv.org/abs/1803.09017) (ICML 2018). Learns a bank of style"
        " token embeddings. (Companion paper on prosody transfer, Skerry-Ryan et al., same"
        " week.) |\n"
    ).entries
    assert rows[0].papers == ["2107.03312"]
    assert rows[1].attribution.authors == ""


def test_r107_a_notes_doing_and_versions_are_no_name_and_aspects_no_subtitle() -> None:
    """r107 notes: "What is **formalizes diff3**?", "What is **v0/v1**?" (a bullet's label
    under a quoted title); r106 notes: "What is **Internet Anycast**?" (of *Internet Anycast:
    Performance, Problems, & Potential*)."""
    diff3 = one(
        '19. **"A Formal Investigation of Diff3"** — Sanjeev Khanna, Keshav Kunal, Benjamin C.'
        " Pierce, FSTTCS 2007 ([pdf](https://www.cis.upenn.edu/~bcpierce/papers/diff3-short.pdf))\n"
        "    - formalizes diff3: align A/O/B via 2-way diffs against O, then split into chunks\n"
    )
    assert diff3.name == "A Formal Investigation of Diff3"
    v2 = one(
        '25. **"Introducing Git protocol version 2"** — Brandon Williams, Google Open Source'
        " Blog, May 2018 (https://opensource.googleblog.com/2018/05/introducing-git-protocol.html)\n"
        "    - v0/v1: server opens by advertising *every* ref\n"
    )
    assert v2.name == "Introducing Git protocol version 2"
    anycast = one(
        "- **Internet Anycast: Performance, Problems, & Potential**"
        " ([pdf](http://www.cs.umd.edu/projects/droot/anycast_sigcomm18.pdf))\n"
        "  - Li, Spring, Levin, Bhattacharjee (UMD), SIGCOMM 2018\n"
    )
    assert anycast.name == "Internet Anycast: Performance, Problems, & Potential"
    ptv3 = one(
        "- [Point Transformer V3: Simpler, Faster, Stronger](https://arxiv.org/abs/2312.10035)"
        " - Wu et al. (CVPR 2024). Serializes points along space-filling curves.\n"
    )
    assert ptv3.name == "Point Transformer V3"


def test_r107_course_remarks_verdicts_and_venues() -> None:
    """r107 blog and syllabus: clues and gists that were the writer's remark; `*VMCAI 2011*`
    read no venue (a later `FMCAD 2011` did); `Physical Intelligence` cut to "Intelligence"."""
    for remark in (
        "Short and often forgotten",
        "LTL vs CTL comes up on the midterm, fyi",
        "The survey-ish paper that named the field",
        "Gentler than the Cousot papers",
    ):
        assert opinion_in(remark) is not None, remark
    assert opinion_in("A position-ish paper arguing for a router that dispatches") is None
    ic3 = one(
        '- **[R]** Aaron R. Bradley, "SAT-Based Model Checking without Unrolling." *VMCAI 2011*.'
        " [author page](https://theory.stanford.edu/~arbrad/)\n"
        "  IC3: builds an inductive invariant out of clauses. Reimplemented by Eén, Mishchenko"
        ' & Brayton as PDR ("property directed reachability", FMCAD 2011).\n'
    )
    assert ic3.attribution.venue == "VMCAI 2011"
    assert attribution.cut("(Physical Intelligence, Feb 2025)")[0].lab == "Physical Intelligence"


def test_r108_a_courses_assignment_is_no_entry_name_nor_claim() -> None:
    """r104 syllabus: "What is **Mini-project 1 (due end of Week 4)**?"; r108 syllabus: "What
    is **A3 out**?" (`**A2 due start of wk 9. A3 out:** fine-tune …` run on into the reading
    before it)."""
    course = parse_text(
        "## Week 10\n\n"
        '- R. Nogueira, W. Yang, J. Lin & K. Cho, "Document Expansion by Query Prediction,"'
        " 2019 ([arXiv](https://arxiv.org/abs/1904.08375)). doc2query: generate likely"
        " queries per doc with seq2seq and append them before indexing.\n"
        "**A2 due start of wk 9. A3 out:** fine-tune a cross-encoder and a bi-encoder on MS"
        " MARCO.\n\n"
        "- **Mini-project 1 (due end of Week 4)**: implement a two-frame monocular VO"
        " pipeline and run it on a KITTI odometry sequence.\n"
    ).entries
    assert [e.name for e in course] == ["Document Expansion by Query Prediction"]
    assert not any("cross-encoder" in c.text for c in course[0].claims)


def test_r109_a_glossary_term_defined_by_who_found_it_and_when_is_the_entrys_name() -> None:
    """r108 glossary: `**Inner core**: Inge Lehmann (1936) found …` was read as a topic label
    over a work named "Inge Lehmann", so the entry had no name and no gist."""
    core = one(
        "- **Inner core**: Inge Lehmann (1936) found the solid inner core from weak P arrivals"
        " inside the core shadow zone.\n"
    )
    assert (core.name, core.topic, core.attribution.year) == ("Inner core", False, 1936)
    # (a label over works still heads a topic: `**Multi-hop.** IRCoT: Trivedi, …`)
    assert one("- **Multi-hop.** IRCoT: Trivedi et al., 2022. Interleaves retrieval.\n").topic


def test_r109_a_citation_after_by_stays_in_the_sentence_with_its_brackets() -> None:
    """r108 glossary: `M₀ = μAD (rigidity × fault area × average slip) was first measured by
    Aki (1966) for the 1964 Niigata quake` lost `Aki (1966` and then the wrong `)`; who and
    when is what the sentence says."""
    found, rest = attribution.cut(
        "The seismic moment M₀ = μAD (rigidity × fault area × average slip) was first measured"
        " by Aki (1966) for the 1964 Niigata quake."
    )
    assert (found.authors, found.year) == ("Aki", 1966)
    assert rest == (
        "The seismic moment M₀ = μAD (rigidity × fault area × average slip) was first measured"
        " by Aki (1966) for the 1964 Niigata quake."
    )
    assert attribution.cut("see Kanamori 1977 for the energy argument")[1] == (
        "see for the energy argument"
    )


def test_r109_a_closing_quote_opens_no_quoted_term() -> None:
    """r108 glossary: `titled just "P'". NB: the "Lehmann discontinuity"` made a cloze on
    `. NB: the` (the quote after `P'` read as an opening one)."""
    text = (
        'The paper is titled just "P\'". NB: the "Lehmann discontinuity" is a different thing,'
        " a ~220 km feature in the upper mantle"
    )
    assert claim_terms(text, [], [], []) == ("Lehmann discontinuity",)


def test_r109_a_reference_then_the_name_its_text_opens_with_names_the_entry() -> None:
    """r109 syllabus: tools asked by their papers' whole titles ("What is **Ultrafast and
    memory-efficient alignment of …**? → Genome Biology 10:R25. full text Bowtie"): the
    journal's volume and article, a `[full text]` link, then the name the text opens with."""
    bowtie = one(
        '- **Required:** Langmead, B., Trapnell, C., Pop, M. & Salzberg, S. L. "Ultrafast and'
        ' memory-efficient alignment of short DNA sequences to the human genome." *Genome'
        " Biology* 10:R25 (2009). [full text](https://genomebiology.biomedcentral.com/x)\n"
        "  Bowtie. Uses the Burrows–Wheeler transform + FM index so the human index fits in"
        " ~2.2 GB of RAM.\n"
    )
    assert (bowtie.name, bowtie.attribution.venue) == ("Bowtie", "Genome Biology 2009")
    assert bowtie.claims[0].text.startswith("Uses the Burrows–Wheeler transform")
    kallisto = one(
        '- Bray, N. L., Pimentel, H., Melsted, P. & Pachter, L. "Near-optimal probabilistic'
        ' RNA-seq quantification." *Nature Biotechnology* 34(5):525–527, 2016.'
        " [doi](https://doi.org/10.1038/nbt.3519) · [kallisto](https://github.com/pachterlab/kallisto)\n"
        "  kallisto / *pseudoalignment*: skip base-level alignment and find which transcripts"
        " are compatible with each read's k-mers.\n"
    )
    assert kallisto.name == "kallisto"
    deepconv = one(
        "- [Deep Convolutional and LSTM Recurrent Neural Networks for Multimodal Wearable"
        " Activity Recognition](https://www.mdpi.com/1424-8220/16/1/115) - Francisco Javier"
        " Ordóñez, Daniel Roggen (Univ. of Sussex, 2016). Sensors. **DeepConvLSTM**: four 1D"
        " conv layers over time followed by two LSTM layers.\n"
    )
    assert deepconv.name == "DeepConvLSTM"  # (after the journal, `Sensors.`)
    convnext = one(
        "- [A ConvNet for the 2020s](https://arxiv.org/abs/2201.03545) - Liu, Mao, Wu,"
        ' Feichtenhofer, Darrell, Xie (FAIR & UC Berkeley, CVPR 2022). ConvNeXt: "modernizes"'
        " a ResNet step by step with Transformer-era design choices and matches Swin.\n"
    )
    assert convnext.name == "ConvNeXt"
    assert convnext.claims[0].text.startswith('"modernizes" a ResNet')
    # (a remark, another work, a verb: no name)
    for text, title in [
        (
            "- [Understanding the Effectiveness of Large Language Models in Detecting Security"
            " Vulnerabilities](https://arxiv.org/abs/2311.16169) - Avishree Khare et al. (UPenn,"
            " 2023). GPT-4 / CodeLlama with various prompting strategies across benchmarks.\n",
            "Understanding the Effectiveness of Large Language Models in Detecting Security"
            " Vulnerabilities",
        ),
        (
            '- Codd, E. F. "A Relational Model of Data for Large Shared Data Banks." *CACM*'
            " 13(6):377–387, 1970. Classic. Read sections 1 and 2.\n",
            "A Relational Model of Data for Large Shared Data Banks",
        ),
        (
            "- [Who Validates the Validators? Aligning LLM-Assisted Evaluation of LLM Outputs"
            " with Human Preferences](https://arxiv.org/abs/2404.12272) - Shankar et al. (UC"
            " Berkeley, 2024). Introduces EvalGen (a tool for writing graders).\n",
            "Who Validates the Validators? Aligning LLM-Assisted Evaluation of LLM Outputs with"
            " Human Preferences",
        ),
    ]:
        assert one(text).name == title, text


def test_r109_a_writers_handle_and_date_is_a_byline() -> None:
    """r109 notes: "What is **Why async Rust?** → withoutboats, Oct 2023" (and four more):
    a writer's handle and a date is who wrote it and when, never what it is."""
    assert attribution.byline("withoutboats, Jan 25 2018") == Attribution(
        authors="withoutboats", year=2018
    )
    found, rest = attribution.cut("withoutboats, 2018. introduces Unpin auto trait")
    assert (found.authors, found.year, rest) == (
        "withoutboats",
        2018,
        "introduces Unpin auto trait",
    )
    pin = one(
        "1. **RFC 2349 — `pin`** (https://rust-lang.github.io/rfcs/2349-pin.html)\n"
        "   - withoutboats, 2018. introduces `Unpin` auto trait + the pinned-pointer types\n"
    )
    assert (pin.attribution.authors, pin.attribution.year) == ("withoutboats", 2018)
    assert [c.text for c in pin.claims] == [
        "introduces Unpin auto trait + the pinned-pointer types"
    ]
    # (a phrase and a year is no handle: `batching, 2019` stays as it is)
    assert attribution.cut("also see continuous batching, 2019")[0].authors == ""


def test_r109_the_writers_turns_in_an_argument_are_no_terms() -> None:
    """r109 notes: "**his claim**: …?", "**chosen instead**: …?", "**syntax fight**: …?"
    asked as terms; a cloze on `{{c1::chosen instead}}`."""
    for bullet in [
        "his claim: languages w/ green threads/fibers (Go, Lua, Ruby) don't have the split",
        "chosen instead: demand-driven / readiness-based → the task calls poll",
        "syntax fight: final = postfix .await (lang team decision ~May 2019)",
    ]:
        assert statement(bullet) is None, bullet
        assert bullet.split(":")[0] not in claim_terms(bullet, [], [], []), bullet
    assert statement("stackless coroutines = each fut is a fixed-size state machine") is not None


def test_r109_a_posts_link_text_is_no_papers_title() -> None:
    """r109 blog: "What is the title of the **Fuyu-8B** paper? → *Adept blog post*", and
    "*Blog post, Jan 2024*" as AnyRes's title; the headline's name stays the entry's."""
    fuyu = one(
        "- **Fuyu-8B, the weird one.** [Adept blog post](https://www.adept.ai/blog/fuyu-8b)"
        " (Oct 2023). **No image encoder at all.** Image patches are linearly projected"
        " straight into the first layer of a plain decoder-only transformer.\n"
    )
    assert fuyu.name == "Fuyu-8B"
    assert "Adept blog post" not in fuyu.paper_titles.values()
    from srs.reading.phrases import is_generic_link_text

    assert is_generic_link_text("Blog post, Jan 2024")
    assert is_generic_link_text("Adept blog post")
    assert not is_generic_link_text("Toolformer paper")
    # (a headline's first words are its name only before a comma or a bracket)
    mmap = one(
        "- **Are You Sure You Want to Use MMAP in Your Database Management System?**"
        " (https://db.cs.cmu.edu/mmap-cidr2022/)\n  - Crotty, Leis, Pavlo — CIDR 2022\n"
    )
    assert mmap.name != "MMAP"


def test_r110_a_count_before_a_colon_keeps_what_it_counts() -> None:
    """r110 syllabus: "What is **DQN**? → Two tricks that made Q-learning with a conv net
    stable" (useless: cut before the tricks); the count promises what follows its colon."""
    assert cut_definition(
        "Two tricks that made Q-learning with a conv net stable: an experience replay buffer"
        " (1M transitions, sampled uniformly) and a separate target network updated periodically"
    ) == (
        "Two tricks that made Q-learning with a conv net stable: an experience replay buffer"
        " and a separate target network updated periodically"
    )
    # (no count: the kind of thing, and of what follows only its first clause)
    long = (
        "The standard formalism for sequential decision problems under uncertainty: a tuple of"
        " states, actions, transition probabilities, rewards and a discount factor, with a"
        " policy mapping each state to a distribution over actions"
    )
    assert not cut_definition(long).endswith("over actions")


def _term(paragraph: str) -> Entry:
    """The first entry of a glossary of `**Term**: …` paragraphs."""
    return parse_text(
        f"## S\n\n{paragraph}\n\n**Cohort study**: follow exposed and unexposed people forward.\n\n"
        "**Cross-sectional study**: measure exposure and outcome at one time.\n"
    ).entries[0]


def test_r110_an_examples_citation_is_no_terms_maker_and_a_journals_link_no_term() -> None:
    """r110 glossary: "Who made **Case-control study**? → Doll and Hill, 1950" (useless: the
    list's classic example), and clozes on a journal's link text (`{{c1::AJE}}`)."""
    study = _term(
        "**Case-control study**: sample on the outcome (cases vs. non-cases) and look back at"
        " exposure. The classic example is Doll & Hill's London hospital study: 649 male lung"
        " cancer cases against the same number of matched controls."
        " ([BMJ](https://www.bmj.com/content/2/4682/739)) (Doll & Hill 1950)."
    )
    assert study.attribution.authors == ""
    assert not any("BMJ" in claim.terms for claim in study.claims)
    bias = _term(
        "**Immortal time bias**: follow-up time during which the outcome couldn't have"
        " happened is wrongly counted as exposed time. It's everywhere in pharmacoepi"
        " ([AJE](https://doi.org/10.1093/aje/kwm324)) (Suissa 2008)."
    )
    assert not any("AJE" in claim.terms for claim in bias.claims)
    # (a term's own citation still says who made it)
    assert (
        _term(
            "**Local magnitude**: Richter's original scale, corrected to 100 km (Richter 1935)."
        ).attribution.authors
        == "Richter"
    )


def test_r110_a_venue_after_since_or_at_stays_in_the_sentence() -> None:
    """r110 awesome: "The BraTS challenge, held yearly since: multi-parametric MRI …" (weak:
    `MICCAI 2012` cut out as BRATS's venue); `published at ICML 2023` kept its venue too."""
    found, rest = attribution.cut(
        "The BraTS challenge, held yearly since MICCAI 2012: multi-parametric MRI of gliomas"
    )
    assert (found.venue, rest) == (
        "",
        "The BraTS challenge, held yearly since MICCAI 2012: multi-parametric MRI of gliomas",
    )
    found, rest = attribution.cut("the paper followed in Dec, and it was published at ICML 2023")
    assert (found.venue, rest.endswith("published at ICML 2023")) == ("ICML 2023", True)
    assert attribution.cut("Vaswani et al., NeurIPS 2017")[0].venue == "NeurIPS 2017"


def test_r110_an_example_input_in_quotes_is_no_title() -> None:
    """r110 blog: "What is **When Mary and John went to the store, John gave a drink to**?"
    (useless): the prompt a paper studies, quoted, taken as the paper's title."""
    ioi = one(
        "- **Interpretability in the Wild: a Circuit for Indirect Object Identification in GPT-2"
        " small** — [Wang, Variengien, Conmy, Shlegeris & Steinhardt, ICLR"
        ' 2023](https://arxiv.org/abs/2211.00593). Given "When Mary and John went to the store,'
        ' John gave a drink to", how does GPT-2 small output "Mary"?\n'
    )
    assert ioi.title.startswith("Interpretability in the Wild")


def test_r110_how_the_course_uses_a_book_is_no_claim() -> None:
    """r110 syllabus: "What is **Reinforcement Learning: An Introduction**? → the main text for
    Weeks 1–5" (useless: the course's logistics)."""
    book = one(
        "- **[R]** Sutton & Barto, *Reinforcement Learning: An Introduction*, 2nd ed., MIT Press"
        " 2018. Free PDF: http://incompleteideas.net/book/the-book-2nd.html. This is the main"
        " text for Weeks 1–5.\n"
    )
    assert not any("main text" in claim.text for claim in book.claims)


def test_r111_a_notes_head_of_surnames_a_colon_and_a_title() -> None:
    """r111 notes: `**Cooper, Harvey, Kennedy: A Simple, Fast Dominance Algorithm**` gave
    "What is **Cooper, Harvey, Kennedy**?" and "Who made **Cooper, Harvey, Kennedy**? → Rice"."""
    dom = one(
        "1. **Cooper, Harvey, Kennedy: A Simple, Fast Dominance Algorithm**"
        " ([pdf](https://www.cs.rice.edu/~keith/EMBED/dom.pdf))\n"
        "   - iterative dataflow over reverse postorder, idom array only\n"
    )
    assert (dom.name, dom.attribution.authors) == (
        "A Simple, Fast Dominance Algorithm",
        "Cooper et al.",
    )
    # (a title's list of words is no list of people)
    dsp = one(
        "1. **Draft, Sketch, and Prove: Guiding Formal Theorem Provers with Informal Proofs**"
        " (https://arxiv.org/abs/2210.12283)\n"
    )
    assert dsp.title.startswith("Draft, Sketch, and Prove")


def test_r111_morgan_and_claypool_publish_no_author() -> None:
    """r111 syllabus: "Who made **A Primer on Memory Consistency …**? → Morgan and Claypool,
    2020" (wrong: the publisher)."""
    primer = one(
        "1. Vijay Nagarajan, Daniel J. Sorin, Mark D. Hill, David A. Wood, *A Primer on Memory"
        " Consistency and Cache Coherence*, 2nd ed., Synthesis Lectures on Computer Architecture"
        " (Morgan & Claypool, 2020). Read Ch. 2–3.\n"
    )
    assert primer.attribution.authors == "Nagarajan et al."


def test_r112_a_verdict_is_no_name_and_a_bold_name_before_a_dash_is() -> None:
    """r112 awesome: the KIT dataset and MDM asked as **Small** and **Lightweight** (`Small;
    still reported as …`, `Lightweight: trains in ~3 days …`, useless), and MDM's own bold name
    before a spaced dash passed over for the paper's whole title."""
    kit = one(
        "- [The KIT Motion-Language Dataset](https://arxiv.org/abs/1607.03827) - Plappert,"
        " Mandery, Asfour (KIT, Big Data 2016). The first text–motion pairing dataset anyone"
        " used: ~3.9k motions and ~6.3k English descriptions. Small; still reported as the 2nd"
        ' benchmark in t2m papers ("KIT-ML").\n'
    )
    assert kit.name != "Small"
    mdm = one(
        "- [Human Motion Diffusion Model](https://arxiv.org/abs/2209.14916) - Tevet, Raab,"
        " Gordon, Shafir, Cohen-Or, Bermano (Tel Aviv Univ., ICLR 2023). **MDM** — the paper"
        " that made diffusion the default here. Lightweight: trains in ~3 days on a single GPU.\n"
    )
    assert mdm.name == "MDM"
    assert not any(claim.text.startswith("MDM") for claim in mdm.claims)


def test_r112_a_note_on_the_link_or_file_is_no_claim() -> None:
    """r112 notes: reverse cards clued with `no good open link, cited everywhere though` and
    `SIGPLAN Notices 26(6). yes it's a .ps.Z, it's 1991` (both useless: where to find the
    paper, in what file)."""
    yuasa = one(
        "3. **Yuasa — Real-time garbage collection on general-purpose machines** (J. Systems &"
        " Software 11(3), 1990)\n"
        "   - no good open link, cited everywhere though\n"
        "   - **deletion barrier**: on pointer overwrite, shade the *old* value\n"
    )
    assert [claim.text for claim in yuasa.claims] == [
        "deletion barrier: on pointer overwrite, shade the old value"
    ]
    boehm = one(
        "4. **Boehm, Demers, Shenker — Mostly Parallel Garbage Collection**"
        " (http://www.hboehm.info/gc/papers/pldi91.ps.Z)\n"
        "   - PLDI 1991 (Xerox PARC), SIGPLAN Notices 26(6). yes it's a .ps.Z, it's 1991\n"
        "   - trace concurrently, use VM page dirty bits to find pages mutated meanwhile\n"
    )
    assert [claim.text for claim in boehm.claims] == [
        "trace concurrently, use VM page dirty bits to find pages mutated meanwhile"
    ]


def test_r113_an_economics_journal_is_no_author() -> None:
    """r113 glossary: "When was the **Hausman test** introduced? → 1978 (Hausman and
    Econometrica)" and "Who made **ARCH / GARCH**? → Engle and Econometrica, 1982" (useless:
    the journal as a co-author)."""
    hausman = _term(
        '**Hausman test**: Hausman 1978, Econometrica, "Specification Tests in Econometrics".'
        " Compare an estimator that's consistent under both H0 and H1 (FE) with one that's"
        " efficient under H0 but inconsistent under H1 (RE)."
    )
    assert hausman.attribution.authors == "Hausman"
    garch = _term(
        "**ARCH / GARCH**: the conditional variance depends on past squared shocks. Engle 1982,"
        " Econometrica, first applied to UK inflation."
    )
    assert "Econometrica" not in garch.attribution.authors


def test_r113_what_the_authors_did_is_no_glossary_definition() -> None:
    """r113 glossary: "What is **Serial correlation in DiD**? → They ran placebo state "laws"
    on CPS wage data" (useless: what Bertrand et al. did, not what the term is)."""
    entry = _term(
        '**Serial correlation in DiD**: Bertrand, Duflo & Mullainathan (2004, QJE), "How Much'
        ' Should We Trust Differences-in-Differences Estimates?". They ran placebo state "laws"'
        ' on CPS wage data and, with conventional SEs, found "significant" effects in up to 45%'
        " of them."
    )
    assert [claim.kind for claim in entry.claims][:1] == ["says"]


def test_r113_a_slashed_first_word_is_part_of_the_expansion() -> None:
    """r113 glossary: "What does **DML** stand for? → debiased machine learning" (useless:
    `Double/debiased machine learning (DML)` drops "Double")."""
    assert stated_expansions("Double/debiased machine learning (DML)") == {
        "DML": "Double/debiased machine learning"
    }
    assert stated_expansions("graphics processing unit (GPU)") == {
        "GPU": "graphics processing unit"
    }


def test_r113_a_title_idiom_after_by_is_no_author() -> None:
    """r113 blog: "Who made **Defeating Prompt Injections**? → Design (Google DeepMind /
    ETH), 2025" (the title `Defeating Prompt Injections by Design` cut at "by"), and the
    name the text gives it (`This is **CaMeL** (…)`) passed over."""
    camel = one(
        '- **Debenedetti et al., "Defeating Prompt Injections by Design" (Google DeepMind / ETH,'
        " 2025).** [arXiv:2503.18813](https://arxiv.org/abs/2503.18813). This is **CaMeL**"
        " (CApabilities for MachinE Learning), the Dual LLM pattern done properly. The P-LLM"
        " turns the user's (trusted) query into a small Python program.\n"
    )
    assert camel.title == "Defeating Prompt Injections by Design"
    assert camel.attribution.authors == "Debenedetti et al."
    assert camel.name == "CaMeL"


def test_r113_the_name_a_paper_goes_by_and_never_its_labs() -> None:
    """r113 blog: *Here Comes The AI Worm* asked as "What is it? → The Morris II paper, from
    Cornell Tech and friends" (weak: the name it goes by as its gist); r85 blog's `The Baidu
    SVAIL paper that everyone forgets` names whose paper it is, not the paper."""
    worm = one(
        '- **Cohen, Bitton & Nassi, "Here Comes The AI Worm" (2024).**'
        " [arXiv:2403.02817](https://arxiv.org/abs/2403.02817). The Morris II paper, from"
        " Cornell Tech and friends. They build an adversarial self-replicating prompt.\n"
    )
    assert worm.name == "Morris II"
    assert not any("Morris II paper" in claim.text for claim in worm.claims)
    scaling = one(
        "- **Deep Learning Scaling is Predictable, Empirically** — [Hestness et al., 2017]"
        "(https://arxiv.org/abs/1712.00409). The Baidu SVAIL paper that everyone forgets. They"
        " show power-law generalization error curves across machine translation and speech.\n"
    )
    assert scaling.name == "Deep Learning Scaling is Predictable, Empirically"


def test_r113_a_version_date_and_a_fields_classic_kinds() -> None:
    """r113 blog: NIST AI 100-2 asked "What is it? → final version March 2025" (useless),
    and its one fact (`… alongside the classic evasion, poisoning and privacy attack
    classes`) dropped as the writer's voice."""
    nist = one(
        '- **NIST AI 100-2 E2025, "Adversarial Machine Learning: A Taxonomy and Terminology of'
        ' Attacks and Mitigations".** [csrc.nist.gov](https://csrc.nist.gov/pubs/ai/100/2/e2025/'
        "final). Vassilev et al., final version March 2025. It splits GenAI attacks into direct"
        " and indirect prompt injection, alongside the classic evasion, poisoning and privacy"
        " attack classes.\n"
    )
    texts = [claim.text for claim in nist.claims]
    assert not any("final version" in text for text in texts)
    assert any(text.startswith("splits GenAI attacks") for text in texts)


def test_r113_one_lab_of_several_is_not_who_made_it() -> None:
    """r113 blog: "Who made **The Attacker Moves Second**? → Nasr et al. (OpenAI)" (weak:
    `with authors from OpenAI, Anthropic and Google DeepMind among others`)."""
    assert attribution.lab_in("with authors from OpenAI, Anthropic and Google DeepMind.") == ""
    assert attribution.lab_in("A paper from Google and CMU.") == ""
    assert attribution.lab_in("from DeepMind, Nature 2016") == "DeepMind"


def test_r113_where_a_term_matters_is_no_clue_to_it() -> None:
    """r113 glossary: "What is described here? *Matters for short panels, e.g. firms observed
    over 5 years* → **Nickell bias**" (useless: it fits many)."""
    made = _cards(
        "## Panels\n\n**Nickell bias**: FE with a lagged dependent variable is biased, and the"
        " bias is O(1/T), so it doesn't go away as N → ∞ with T fixed (Nickell 1981,"
        " Econometrica). Matters for short panels, e.g. firms observed over 5 years.\n\n"
        "**Cohort study**: follow exposed and unexposed people forward in time.\n\n"
        "**Cross-sectional study**: measure exposure and outcome at one time.\n"
    )
    assert any(c.kind == "gist" and "Nickell" in c.front for c in made)
    assert not any("Matters for" in c.front for c in made)


def test_r113_a_title_that_gives_its_short_name_takes_no_other() -> None:
    """r113 notes: *Secure Border Gateway Protocol (S-BGP)* named **BBN** (its lab, from the
    bullet `BBN.`) and then **PKI** (from `PKI for address blocks …`), both useless."""
    sbgp = one(
        '- **Kent, Lynn, Seo — "Secure Border Gateway Protocol (S-BGP)"** (IEEE JSAC, April'
        " 2000)\n"
        '  - BBN. PKI for address blocks & ASNs + "attestations": each AS signs the route\n'
        "  - never deployed (crypto cost per update) but the ancestor of BGPsec\n"
    )
    assert sbgp.name == "Secure Border Gateway Protocol"
    assert sbgp.acronyms == {"S-BGP": "Secure Border Gateway Protocol"}


def test_r113_whose_accounts_the_links_are_is_no_claim() -> None:
    """r113 notes: "What is **Facebook, Oct 4 2021**? → Cloudflare's view + FB's own
    writeup" (useless: the links, described)."""
    outage = one(
        "- **Facebook, Oct 4 2021** — Cloudflare's view (https://blog.cloudflare.com/october-"
        "2021-facebook-outage/) + FB's own writeup (https://engineering.fb.com/2021/10/05/"
        "networking-traffic/outage-details/)\n"
        "  - ~6h outage. a maintenance command accidentally took down FB's whole backbone\n"
    )
    assert not any("writeup" in claim.text for claim in outage.claims)


def test_r113_the_internets_everyday_acronyms_are_no_terms() -> None:
    """r113 notes: `global {{c1::IPv4}} table crossed 512k routes`, `factorial in # of
    {{c1::ASes}}` (weak: a guess, the fact left on the front)."""
    assert claim_terms("global IPv4 table crossed 512k routes", ["IPv4"], [], []) == ()
    assert claim_terms("tracks DFZ size, # of ASes, update churn", [], ["ASes"], []) == ()


def test_r113_a_course_term_is_no_entry() -> None:
    """r113 syllabus: "What is **Spring 2025**? → Late policy: 3 free late days …"."""
    readings = "".join(
        f"**[R]** {who}, *{title}*, Ch. 1–2. [PDF](https://example.org/{n})\n- {what}\n\n"
        for n, (who, title, what) in enumerate(
            [
                ("Gelman et al.", "Bayesian Data Analysis", "The standard reference text."),
                ("Goodman", "Probabilistic Models of Cognition", "A web book in WebPPL."),
                ("McElreath", "Statistical Rethinking", "Gentler than BDA, with lectures."),
            ]
        )
    )
    parsed = parse_text(
        "# STAT 547 — Probabilistic Programming\n\n"
        "**Spring 2025** · Tue/Thu 2:00–3:20pm · Room 214, Engineering Hall\n"
        "**Instructor:** Dr. M. Okafor (office hrs Wed 10–12)\n\n"
        "**Grading:** 4 problem sets (40%), final project (30%). Late policy: 3 free late days"
        " total, no questions asked.\n\n"
        f"## Week 1 — Why Bayes?\n\n{readings}"
    )
    assert "Spring 2025" not in [entry.name for entry in parsed.entries]


def test_r113_a_notes_statement_keeps_its_abbreviations_and_never_its_role() -> None:
    """r113 syllabus: Metropolis's term card answered "propose a symmetric random move,
    accept with prob" (cut at `prob.`), BBVI's "uses the score-function" (cut at `a.k.a.`),
    and "The **VAE** is …? → the running example" (useless)."""
    metropolis = statement(
        "The original Metropolis algorithm: propose a symmetric random move, accept with prob."
        " min(1, p(new)/p(old)). Written for simulating hard disks."
    )
    assert metropolis is not None
    assert metropolis.answer.endswith("min(1, p(new)/p(old))")
    bbvi = statement("BBVI: uses the score-function (a.k.a. REINFORCE) estimator")
    assert bbvi is not None
    assert bbvi.answer == "uses the score-function (a.k.a. REINFORCE) estimator"
    assert statement("The VAE is the running example") is None


def test_r113_an_emphasised_pronoun_is_no_term() -> None:
    """r113 table: `on *each other's* datasets` (a cloze on "each other's")."""
    text = "re-ran TabNet and NODE on each other's datasets: XGBoost usually won"
    assert "each other's" not in claim_terms(text, ["each other's"], [], [])


def test_r113_two_works_joined_by_a_plus_get_no_one_credit() -> None:
    """r113 notes: "Who made **RFC 6480 (RPKI) + RFC 6811 (origin validation)**? →
    Lepinski and Kent, 2012" (useless: 6811 is Mohapatra et al.'s)."""
    made = _cards(
        "## Security\n\n"
        "- **RFC 6480 (RPKI) + RFC 6811 (origin validation)**"
        " ([6480](https://www.rfc-editor.org/rfc/rfc6480))\n"
        "  - 6480: Lepinski & Kent, Feb 2012. Resource certs follow the allocation hierarchy\n"
        "  - 6811 (Mohapatra et al., 2013): ROV outcomes: Valid / Invalid / NotFound\n"
    )
    assert not any(c.kind == "attribution" for c in made)


def test_r113_what_they_did_is_no_papers_definition() -> None:
    """r113 table: "What is **DL is not all you need**? → They re-ran TabNet, NODE, DNF-Net
    and 1D-CNN on each other's datasets" (weak: "They" dangles, the method for what it is)."""
    said = "They re-ran TabNet and NODE on each other's datasets"
    assert claim_kind(said, True, "DL", True, described=True) == "says"
    assert claim_kind("Re-runs TabNet and NODE on each other's datasets", True, "DL") == "does"


def test_r113_an_autonomous_systems_number_is_no_term() -> None:
    """r113 notes: `leaked via a customer to Verizon ({{c1::AS701}})` (weak: ASN trivia)."""
    text = "leaked via a customer to Verizon (AS701), which accepted and propagated them"
    assert "AS701" not in claim_terms(text, ["AS701"], [], [])


def test_r112_a_model_size_in_bold_is_no_name() -> None:
    """r112 blog: InstructGPT asked as **1.3B** (`outputs from the **1.3B** InstructGPT …`)."""
    entry = one(
        "- **InstructGPT, i.e. the ChatGPT recipe.** [Training language models to follow"
        " instructions with human feedback](https://arxiv.org/abs/2203.02155), Ouyang et al."
        " (OpenAI, NeurIPS 2022). The three-step recipe became the standard. The number everyone"
        " quotes: outputs from the **1.3B** InstructGPT were preferred over the 175B GPT-3.\n"
    )
    assert entry.name == "InstructGPT"


def test_r112_when_it_came_out_beside_another_is_no_gist() -> None:
    """r112 blog: "What is **HH**? → Came out around the same time as InstructGPT …"."""
    assert opinion_in("Came out around the same time as InstructGPT and is more candid")


def test_r114_a_quoted_short_name_and_a_universitys_abbreviation() -> None:
    """r114 awesome: "Who made **The "GCN"**? → Amsterdam, ICLR 2017" (useless)."""
    gcn = one(
        "- [Semi-Supervised Classification with Graph Convolutional Networks]"
        "(https://arxiv.org/abs/1609.02907) - Thomas Kipf, Max Welling (U. Amsterdam, ICLR 2017)."
        ' The "GCN": first-order (K=1) simplification of ChebNet plus the renormalization trick.\n'
    )
    assert gcn.name == "GCN"
    assert gcn.attribution.authors == "Kipf and Welling"


def test_r114_where_other_papers_appeared_is_not_the_entrys_venue() -> None:
    """r114 blog: "Who made **PaperBench**? → Starace et al. (OpenAI), ICML 2024" (wrong: the
    benchmark copies ICML 2024 papers; it is from 2025)."""
    bench = one(
        "- **PaperBench** — Starace et al., [\"PaperBench: Evaluating AI's Ability to Replicate"
        ' AI Research"](https://arxiv.org/abs/2504.01848), 2025 (OpenAI). Agents must replicate'
        " 20 ICML 2024 Spotlight/Oral papers from scratch.\n"
    )
    assert bench.attribution.venue == ""
    assert bench.attribution.year == 2025


def test_r114_a_blogs_company_is_its_lab_and_what_it_measured_no_name() -> None:
    """r114 notes: "Who made **ChaCha20-Poly1305 in OpenSSL**? → Krasnov and Cloudflare, 2017"
    (a post on frequency scaling, named after what it measured, its company a co-author)."""
    post = one(
        "8. **On the dangers of Intel's frequency scaling** (https://blog.cloudflare.com/on-the-"
        "dangers-of-intels-frequency-scaling/) — Vlad Krasnov, Cloudflare, Nov 2017\n"
        "   - ChaCha20-Poly1305 in OpenSSL: ~2.89 GB/s on 1 thread but only ~35 GB/s on 24"
        " cores\n"
    )
    assert post.name == "On the dangers of Intel's frequency scaling"
    assert post.attribution.authors == "Krasnov"
    assert post.attribution.lab == "Cloudflare"


def test_r114_whose_people_and_a_warning_on_the_reading_are_no_claims() -> None:
    """r114 notes: "What is **Auto-Vectorization of Interleaved Data for SIMD**? → IBM Haifa /
    GCC vectorizer people"; r114 syllabus: "What is **Multiple View Geometry …**? → Hartley &
    Zisserman, 2nd ed., …, 4.1–4.2 (…) and 6–7 (…)", then `Warning: H&Z is dense`."""
    assert opinion_in("IBM Haifa / GCC vectorizer people")
    assert not opinion_in("It helps blind people")  # (what it does, for whom)
    assert not opinion_in("affects many people")
    assert opinion_in("Warning: H&Z is dense")
    book = one(
        "- Hartley & Zisserman, *Multiple View Geometry in Computer Vision*, 2nd ed., Cambridge"
        " Univ. Press, 2004, ch. 2 (projective plane), 4.1–4.2 (DLT for homographies) and 6–7"
        " (camera models, P = K[R | t], calibration). [Book page](https://www.robots.ox.ac.uk/"
        "~vgg/hzbook/). Warning: H&Z is dense.\n"
    )
    assert book.claims == []
    assert book.attribution.authors == "Hartley and Zisserman"


def test_r114_a_lab_in_brackets_and_who_owns_it_now_are_no_names_or_makers() -> None:
    """r114 syllabus: ORB asked as **Willow Garage** (`*ICCV 2011* (Willow Garage)`); r105
    notes: "Who made **Cilium**? → Cisco, 2024" (`originally by Isovalent (Cisco bought them
    2024)`)."""
    orb = one(
        '- Ethan Rublee, Vincent Rabaud, Kurt Konolige, Gary Bradski, "ORB: An efficient'
        ' alternative to SIFT or SURF," *ICCV 2011* (Willow Garage). [IEEE Xplore]'
        "(https://ieeexplore.ieee.org/document/6126544). Combines a FAST detector with a"
        " rotation-aware BRIEF descriptor.\n"
    )
    assert orb.name == "ORB"
    cilium = one(
        "- **Cilium** (https://cilium.io)\n"
        "  - eBPF-based CNI; originally by Isovalent (Cisco bought them 2024)\n"
        "  - policy is identity-based: identities come from pod labels, not IP addresses\n"
    )
    assert cilium.attribution.lab == ""


def test_r114_a_history_of_the_term_is_no_glossary_definition() -> None:
    """r114 glossary: "What is **Self-avoiding walk exponent**? → de Gennes mapped the SAW onto
    the n→0 limit …" (a history note), and a derivation's step (`Taking T_ref = T_g, …`) as a
    cloze term."""
    said = "de Gennes mapped the SAW onto the n→0 limit of the O(n) spin model"
    assert claim_kind(said, True, "Self-avoiding walk exponent", True) == "says"
    assert claim_kind("Forces computed as the gradient of an energy", True, "F", True) == "defines"
    assert claim_terms("Taking T_ref = T_g, the constants are C1 ≈ 17.4", [], [], []) == ()


def test_r114_another_named_law_and_trivia_are_no_clue() -> None:
    """r114 glossary: "*The osmotic pressure goes as c^(9/4) (des Cloizeaux's law)*" →
    **Overlap concentration**, "*The discrepancy famously sat around for 20 years*" → **Tube
    model** (useless: another result, a story)."""
    made = _cards(
        "## Scaling\n\n**Overlap concentration (c\\*)**: the concentration at which the coils"
        " start to touch, c* ~ N/R³. Above c* you're in the semidilute regime. The osmotic"
        " pressure goes as c^(9/4) (des Cloizeaux's law).\n\n"
        "**Tube model (Doi–Edwards)**: the full constitutive theory built on reptation. It"
        " predicts η_0 ~ M³, but experiments give ~M^3.4. The discrepancy famously sat around"
        " for 20 years.\n\n"
        "**Cohort study**: follow exposed and unexposed people forward in time.\n"
    )
    fronts = " ".join(c.front for c in made)
    assert "Cloizeaux" not in fronts
    assert "famously" not in fronts


def test_r114_the_preprints_other_title_is_no_claim() -> None:
    """r114 blog: Coscientist's first claim `Preprint was "Emergent autonomous scientific
    research capabilities of large language models"` (another version's title)."""
    cos = one(
        '- ★ **Coscientist** — Boiko, MacKnight, Kline & Gomes, ["Autonomous chemical research'
        ' with large language models"](https://www.nature.com/articles/s41586-023-06792-0),'
        ' *Nature* 2023 (CMU). Preprint was ["Emergent autonomous scientific research'
        ' capabilities of large language models"](https://arxiv.org/abs/2304.05332). A GPT-4'
        " planner with tools for web search and lab automation.\n"
    )
    assert not any(claim.text.startswith("Preprint") for claim in cos.claims)


def test_r115_a_label_over_a_link_is_no_claim_but_a_bylines_is_kept() -> None:
    """r115 syllabus: "What is **Nonce-Disrespecting Adversaries**? → Code + scan data"; r115
    awesome: `{{c1::Eval details}}: cocodataset.org keypoints eval` (link debris); but r65's
    `Justin Thaler, *Proofs, …* (free book): https://…` still says who wrote it."""
    nonce = one(
        '- Hanno Böck, Aaron Zauner, Sean Devlin, "Nonce-Disrespecting Adversaries: Practical'
        ' Forgery Attacks on GCM in TLS," *USENIX WOOT 2016*. Code + scan data:'
        " https://github.com/nonce-disrespect/nonce-disrespect. Repeating a GCM nonce even once"
        " leaks the GHASH authentication key H.\n"
    )
    assert not any("scan data" in claim.text for claim in nonce.claims)
    coco = one(
        "- [Microsoft COCO: Common Objects in Context](https://arxiv.org/abs/1405.0312) - Lin et"
        " al. (Microsoft / Cornell, ECCV 2014). The keypoint track annotates 17 body keypoints"
        " per person. Eval details: [cocodataset.org keypoints eval](https://cocodataset.org/"
        "#keypoints-eval).\n"
    )
    assert not any("Eval details" in claim.text for claim in coco.claims)
    book = one(
        "- Justin Thaler, *Proofs, Arguments, and Zero-Knowledge* (free book):"
        " https://people.cs.georgetown.edu/jthaler/ProofsArgsAndZK.html. The standard text on"
        " SNARK constructions.\n"
    )
    assert book.attribution.authors == "Thaler"


def test_r115_a_talks_byline_the_course_and_anyones_need() -> None:
    """r115 syllabus: "What is **Console Hacking 2010**? → fail0verflow, talk at 27C3 (Dec
    2010), recordings"; HKDF's definition dropped for `as many keys as you need`, its gist
    `… so it comes back in wks 5–6`."""
    assert VENUE_NOTE.match("fail0verflow, talk at 27C3 (Dec 2010), recordings")
    assert opinion_in("the KDF inside TLS 1.3 and Signal, so it comes back in wks 5–6")
    hkdf = one(
        '- Hugo Krawczyk, "Cryptographic Extraction and Key Derivation: The HKDF Scheme,"'
        " *CRYPTO 2010*. [ePrint 2010/264](https://eprint.iacr.org/2010/264). Extract-then-"
        "expand: HKDF-Extract turns non-uniform key material into a PRK, HKDF-Expand stretches"
        " it into as many keys as you need.\n"
    )
    assert any(claim.text.startswith("Extract-then-expand") for claim in hkdf.claims)


def test_r115_a_kind_of_method_and_what_they_built() -> None:
    """r115 awesome: OpenPose's paper asked as **Bottom-up** (`(CMU, CVPR 2017). Bottom-up.
    …`); r115 blog: GSM1k named **They built GSM1k**."""
    paf = one(
        "- [Realtime Multi-Person 2D Pose Estimation using Part Affinity Fields]"
        "(https://arxiv.org/abs/1611.08050) - Zhe Cao, Tomas Simon, Shih-En Wei, Yaser Sheikh"
        " (CMU, CVPR 2017). Bottom-up. Part Affinity Fields are 2D vector fields along each"
        " limb.\n"
    )
    assert paf.name != "Bottom-up"
    gsm = one(
        '- **Zhang et al., "A Careful Examination of Large Language Model Performance on Grade'
        ' School Arithmetic"** ([arXiv](https://arxiv.org/abs/2405.00332), Scale AI, 2024).'
        " They built **GSM1k**: 1,250 new grade-school math problems written by humans.\n"
    )
    assert gsm.name == "GSM1k"


def test_r115_a_bylines_tail_and_a_part_of_the_reading_are_no_gist() -> None:
    """r115 blog: "*Sara Hooker and many more*" → The Leaderboard Illusion, "What is **Llama
    2**? → The contamination appendix here works at the token level …"."""
    assert opinion_in("Sara Hooker and many more")
    said = "The contamination appendix here works at the token level"
    assert claim_kind(said, True, "Llama 2", described=True) == "says"


def test_r115_a_sentence_after_et_al_and_a_quoted_terms_full_stop() -> None:
    """r115 blog: `A constructive answer to Duan et al. Don't ask whether …` read as one
    clue; `the answer is "a non-trivial fraction."` and `"information design."` (r112) hidden
    with their full stops."""
    assert sentences("A constructive answer to Duan et al. Don't ask whether it was. Next.") == [
        "A constructive answer to Duan et al.",
        "Don't ask whether it was.",
        "Next.",
    ]
    assert sentences("Work by Vaswani et al. Attention is all.") == [
        "Work by Vaswani et al. Attention is all."
    ]
    assert (
        claim_terms('the answer is "a non-trivial fraction."', ["a non-trivial fraction."], [], [])
        == ()
    )
    text = 'Now a whole subfield called "information design."'
    assert claim_terms(text, ["information design."], [], []) == ("information design",)


def test_r115_a_see_also_link_in_a_table_cell_is_not_the_rows_paper() -> None:
    """r115 table: "Which paper introduced bfloat16, HBM? → TPU v2 / v3: Image Classification at
    Supercomputer Scale (2020)" (wrong: the see-also paper's title), and `CACM. v2 is the
    training chip` read as one clue."""
    parsed = parse_text(
        "## TPUs\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| Jul 2020 | TPU v2 / v3 | Google | [A Domain-Specific Supercomputer for Training Deep"
        " Neural Networks](https://cacm.acm.org/magazines/2020/7/245702), CACM. v2 is the"
        " training chip. It introduced **bfloat16**. See also Ying et al., [Image Classification"
        " at Supercomputer Scale](https://arxiv.org/abs/1811.06992) (2018). |\n"
        "| Apr 2017 | TPU v1 | Google | [In-Datacenter Performance Analysis of a Tensor"
        " Processing Unit](https://arxiv.org/abs/1704.04760). 8-bit MACs. |\n"
    )
    tpu = parsed.entries[0]
    assert tpu.papers == []
    assert not any(claim.text.startswith("CACM") for claim in tpu.claims)
    tortoise = parse_text(
        "## TTS\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| Apr 2022 | Tortoise | James Betker | [github.com/neonbjb/tortoise-tts](https://github"
        ".com/neonbjb/tortoise-tts), write-up later as [Better speech synthesis through scaling]"
        "(https://arxiv.org/abs/2305.07243) (2023). Borrows the DALL-E recipe. |\n"
        "| Sep 2023 | XTTS | Coqui | [XTTS](https://arxiv.org/abs/2406.04904). Cloning. |\n"
    ).entries[0]
    assert tortoise.papers == ["2305.07243"]


def test_r115_a_medical_journal_is_no_author_or_lab() -> None:
    """r115 glossary: "Who made **Torsades de pointes**? → Coeur, 1966" (`Named by Dessertenne
    (1966, Arch Mal Coeur)`), "→ Jervell (Am Heart J), 1957" (the journal as the lab)."""
    tdp = _term(
        '**Torsades de pointes (TdP)**: polymorphic VT with QRS axis "twisting around the'
        ' baseline", in the setting of a long QT. Named by Dessertenne (1966, Arch Mal Coeur).'
    )
    assert tdp.attribution.authors == "Dessertenne"
    lqts = _term(
        "**Long QT syndrome (LQTS)**: Jervell & Lange-Nielsen 1957 (Am Heart J): Norwegian family"
        " with congenital deafness + long QT. Romano–Ward (1963/64) = the dominant form."
    )
    assert lqts.attribution.lab == ""


def test_r115_why_a_reading_stands_in_and_where_else_began_are_no_clue() -> None:
    """r115 table: "What is **Graphcore IPU**? → Graphcore never wrote the big arch paper" and
    "*Origin of the format is Google Brain / TPU v2*" → Intel's bfloat16 study."""
    assert opinion_in("Graphcore never wrote the big arch paper, so this one stands in for it")
    made = _cards(
        "## Formats\n\n| Paper | Links |\n|---|---|\n"
        "| **A Study of BFLOAT16 for Deep Learning Training**, Kalamkar et al. (Intel +"
        " Facebook), 2019. bf16 = 1 sign / 8 exponent / 7 mantissa bits. It matched FP32"
        " results without changing hyperparameters. Origin of the format is Google Brain / TPU"
        " v2. | [arXiv](https://arxiv.org/abs/1905.12322) |\n"
        "| **Mixed Precision Training**, Micikevicius et al. (NVIDIA), 2018. FP16 with loss"
        " scaling and an FP32 master copy of the weights. | [arXiv](https://arxiv.org/abs/1710"
        ".03740) |\n"
    )
    assert not any("Origin of the format" in c.front for c in made)


def test_r116_a_titles_pronouns_are_no_byline_and_a_links_label_no_claim() -> None:
    """r116 blog: "Who made **SAD**? → Me and Myself" (`Me, Myself, and AI: …`); r116 notes:
    "What is **Mash**? → Genome Biology 2016, Phillippy lab. code" (a journal, a lab and a
    link's label)."""
    sad = one(
        "- **SAD.** [Me, Myself, and AI: The Situational Awareness Dataset (SAD) for LLMs]"
        "(https://arxiv.org/abs/2407.04694) (Laine et al., NeurIPS 2024 Datasets & Benchmarks)."
        " 7 task categories, 16 tasks, 12k+ questions probing whether a model knows facts about"
        " itself.\n"
    )
    assert sad.attribution.authors == "Laine et al."
    mash = one(
        '2. **Ondov et al., "Mash: fast genome and metagenome distance estimation using'
        ' MinHash"** ([paper](https://genomebiology.biomedcentral.com/articles/10.1186/'
        "s13059-016-0997-x))\n"
        "   - Genome Biology 2016, Phillippy lab. code: https://github.com/marbl/Mash\n"
        "   - MinHash over k-mers\n"
    )
    assert [claim.text for claim in mash.claims][:1] == ["MinHash over k-mers"]
    assert mash.attribution.venue == "Genome Biology 2016"


def test_r117_a_joining_word_a_series_volume_and_a_course_rule_are_no_names() -> None:
    """r117 syllabus: "What is **Together**? → the Gibbard–Satterthwaite theorem", "Who made
    **LNCS 4149**?" (`CIA 2006 (LNCS 4149)`), a cloze on "{{c1::Introduces distortion}}" and
    "What is **Collaboration**? → groups of ≤ 2"."""
    gibbard = one(
        '- **(R)** Allan Gibbard, "Manipulation of Voting Schemes: A General Result",'
        " *Econometrica* 41(4), 1973 ([JSTOR](https://www.jstor.org/stable/1914083)); and Mark"
        ' Satterthwaite, "Strategy-proofness and Arrow\'s Conditions", *Journal of Economic'
        " Theory* 10(2), 1975. Together: the Gibbard–Satterthwaite theorem — with ≥3 possible"
        " winners, every onto, non-dictatorial rule is manipulable.\n"
    )
    assert gibbard.name != "Together"
    assert gibbard.claims[0].label == "main finding"
    assert gibbard.claims[0].text.startswith("the Gibbard–Satterthwaite theorem")
    distortion = one(
        '- **(R)** Ariel D. Procaccia & Jeffrey S. Rosenschein, "The Distortion of Cardinal'
        ' Preferences in Voting", CIA 2006 (LNCS 4149). Introduces *distortion*: voters have'
        " cardinal utilities but only report rankings.\n"
    )
    assert "LNCS" not in distortion.name
    assert VENUE_NOTE.match("LNCS 4149")
    assert not any("Introduces" in term for claim in distortion.claims for term in claim.terms)
    made = _cards(
        "## Logistics\n\n- Collaboration: groups of ≤ 2. Problem sets may be discussed but must"
        " be written up individually.\n\n## Week 1\n\n"
        '- Kenneth Arrow, "A Difficulty in the Concept of Social Welfare", *Journal of Political'
        " Economy*, 1950. Arrow's impossibility theorem: no ranked rule meets all his axioms.\n"
    )
    assert not any("Collaboration" in c.front for c in made)


def test_r117_a_verdict_on_the_paper_and_its_title_is_no_claim() -> None:
    """r117 notes: "What is described here? *Long title, great paper*" → Moerkotte & Neumann's
    DPccp paper."""
    dpccp = one(
        "1. **Analysis of Two Existing and One New Dynamic Programming Algorithm for the"
        " Generation of Optimal Bushy Join Trees without Cross Products** ([pdf](https://www.vldb"
        ".org/conf/2006/p930-moerkotte.pdf))\n"
        "   - Moerkotte & Neumann, VLDB 2006. Long title, great paper\n"
        "   - DPccp: enumerates only connected subgraph / complement pairs\n"
    )
    assert not any("great paper" in claim.text for claim in dpccp.claims)
    assert any("connected subgraph" in claim.text for claim in dpccp.claims)


def test_r118_glossary_a_classic_dataset_an_utterance_and_a_brackets_colon() -> None:
    """r118 glossary: "Who made **Formant**? → Peterson and Barney, 1952" (the classic
    dataset's study), "Who made **Please say what this word is**?" (a carrier sentence) and
    "What is **Laryngeal realism**? → the idea that "voicing" languages (Romance, Slavic"."""
    formant = _term(
        "**Formant (F1, F2, F3...)**: a resonance peak of the vocal tract. The classic dataset is"
        " 76 speakers saying 10 vowels in h_d words, which showed a lot of overlap between vowel"
        " categories across talkers (Peterson & Barney 1952, JASA 24:175–184)."
    )
    assert formant.attribution.authors == ""
    normalization = _term(
        "**Vowel normalization**: factoring out talker differences so vowels from different"
        " speakers can be compared. Listeners normalize to context: the same test word is heard"
        ' as a different vowel depending on the formants of the carrier sentence "Please say'
        ' what this word is" (Ladefoged & Broadbent 1957, JASA 29:98–104).'
    )
    assert not any("Please say" in mention.name for mention in normalization.mentions)
    realism = _term(
        '**Laryngeal realism**: the idea that "voicing" languages (Romance, Slavic: lead vs short'
        ' lag) and "aspiration" languages (English, German: short vs long lag) use different'
        " features."
    )
    assert realism.claims[0].text.count("(") == realism.claims[0].text.count(")")
    assert "aspiration" in realism.claims[0].text


def test_r118_syllabus_a_verdict_a_title_word_explained_and_a_condition_first() -> None:
    """r118 syllabus: "the **Sobering** paper", "Who made **Quasi-oracle**?" (the paper says
    `The **R-learner**.` and `"Quasi-oracle" means …`), "What is it? → Bring this one to the
    discussion" with its finding (`With a fixed protocol (you can't …), plain ERM …`) lost,
    a clue opening "2 and 6." (`Chs. 2 and 6.`) and "What is **Final project report**?"."""
    dg = one(
        '- Gulrajani, I. & Lopez-Paz, D. "In Search of Lost Domain Generalization." *ICLR 2021*.'
        " [arXiv:2007.01434](https://arxiv.org/abs/2007.01434)\n"
        "   Sobering. With a fixed model-selection protocol (you can't tune on the test domain!),"
        " plain ERM with careful tuning is about as good as every fancy DG method across 7"
        " benchmark datasets. Bring this one to the discussion.\n"
    )
    assert dg.name == "In Search of Lost Domain Generalization"
    assert [claim.text[:34] for claim in dg.claims] == ["With a fixed model-selection proto"]
    rlearner = one(
        '- Nie, X. & Wager, S. "Quasi-oracle estimation of heterogeneous treatment effects."'
        " *Biometrika* 108(2), 2021. [arXiv:1712.04912](https://arxiv.org/abs/1712.04912). The"
        " **R-learner**. It builds a loss from Robinson's (1988) residual-on-residual"
        ' decomposition and then minimizes it with any ML method. "Quasi-oracle" means it'
        " achieves the same error bound as if the nuisances were known.\n"
    )
    assert rlearner.name == "R-learner"
    assert sentences("MIT Press, 2017. Chs. 2 and 6. A gentler treatment.") == [
        "MIT Press, 2017.",
        "Chs. 2 and 6.",
        "A gentler treatment.",
    ]
    made = _cards(
        "## Logistics\n\n- **Final project report** due May 6, 11:59pm. NeurIPS format, ≤ 8"
        " pages.\n\n## Week 1\n\n"
        '- Kenneth Arrow, "A Difficulty in the Concept of Social Welfare", *Journal of Political'
        " Economy*, 1950. Arrow's impossibility theorem: no ranked rule meets all his axioms.\n"
    )
    assert not any("Final project" in c.front for c in made)


def test_r118_blog_a_weather_journal_is_no_name() -> None:
    """r118 blog: `**Ben Bouallègue et al. (2024), "The rise of data-driven weather
    forecasting"**, *BAMS*` asked as "Who made **BAMS**?"."""
    rise = one(
        '- **Ben Bouallègue et al. (2024), "The rise of data-driven weather forecasting"**,'
        " *BAMS* ([arXiv](https://arxiv.org/abs/2307.10128)). ECMWF ran Pangu-Weather from their"
        " own operational initial conditions and put it through their standard verification.\n"
    )
    assert rise.name != "BAMS"


def test_r118_notes_a_numbered_document_goes_by_its_number_and_a_section_label_is_cut() -> None:
    """r118 notes: "What is **RFC 9114: HTTP/3**? → ALPN token h3; …" (the answer on the
    front, the number and its subject one name); r118 table: "What is **GPT-2 byte-level
    BPE**? → Sec 2.2 is the tokenizer bit: BPE over bytes …"."""
    h3 = one(
        "- **RFC 9114: HTTP/3** (https://www.rfc-editor.org/rfc/rfc9114)\n"
        "  - Mike Bishop (Akamai), ed., June 2022. ALPN token `h3`\n"
        "  - each request/response = one client-initiated bidi QUIC stream\n"
    )
    assert h3.name == "RFC 9114"
    gpt2 = parse_text(
        "## Byte-level\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2019-02 | GPT-2 byte-level BPE | OpenAI | [Language Models are Unsupervised Multitask"
        " Learners](https://cdn.openai.com/better-language-models/language_models_are_"
        "unsupervised_multitask_learners.pdf) (Radford et al.). Sec 2.2 is the tokenizer bit:"
        " BPE over bytes, not Unicode code points. |\n"
    ).entries[0]
    assert gpt2.claims[0].text.startswith("BPE over bytes")


def test_r118_a_sentence_that_is_the_name_and_whose_page_a_link_is() -> None:
    """r118 syllabus: "What is **Identification of Joint Interventional Distributions …**? →
    Pearl's lab papers page The ID algorithm" (a link's text run into the next line)."""
    shpitser = one(
        '2. Shpitser, I. & Pearl, J. "Identification of Joint Interventional Distributions in'
        " Recursive Semi-Markovian Causal Models.\" *AAAI 2006*, pp. 1219–1226. [Pearl's lab"
        " papers page](https://bayes.cs.ucla.edu/csl_papers.html)\n"
        "   The **ID algorithm**. It's sound and complete: it either returns an expression for"
        " P(y | do(x)) or finds a *hedge* proving the effect isn't identifiable.\n"
    )
    assert not any("papers page" in claim.text for claim in shpitser.claims)


def test_r119_notes_a_talk_on_a_heads_trouble_and_its_conference() -> None:
    """r119 notes: "Who made **CRDTs**? → Kleppmann" (`CRDTs: The Hard Parts`, a talk) and,
    once that was fixed, "Who made **~1hr video. covers**? → Kleppmann and Hydra"."""
    talk = one(
        "- **CRDTs: The Hard Parts** — Martin Kleppmann, Hydra 2020 talk"
        " (https://www.youtube.com/watch?v=x7drE24geUw)\n"
        "  - ~1hr video. covers: interleaving, moving list items, tree moves\n"
    )
    assert talk.name == "CRDTs: The Hard Parts"
    assert talk.attribution.authors == "Kleppmann"


def test_r119_syllabus_a_pointer_a_publishers_link_and_a_famous_example() -> None:
    """r119 syllabus: "What is **sequel to #13**?", "→ OUP Frames shift with causal graphs"
    and "→ The famous asthma example"."""
    beede = one(
        '24. Beede, E. et al. "A Human-Centered Evaluation of a Deep Learning System Deployed'
        ' in Clinics for the Detection of Diabetic Retinopathy." *CHI 2020*.\n'
        "    The sequel to #13: Google's DR system deployed in 11 clinics in Thailand. Poor"
        " lighting meant many images were rejected as ungradable.\n"
    )
    assert "#13" not in beede.name
    shift = one(
        '23. Subbaswamy & Saria. "From development to deployment: dataset shift, causality, and'
        ' shift-stable models in health AI." *Biostatistics* 2020. [OUP](https://academic.oup'
        ".com/biostatistics/article/21/2/345/5572660)\n"
        "    Frames shift with causal graphs and asks which model parts stay stable.\n"
    )
    assert not any(claim.text.startswith("OUP") for claim in shift.claims)
    asthma = cut_definition(
        "The famous asthma example: a model trained on pneumonia outcomes learned that asthma"
        " *lowers* risk of death, because asthmatic patients were sent straight to the ICU and"
        " got more aggressive care"
    )
    assert asthma.startswith("a model trained on pneumonia outcomes learned that asthma")


def test_r119_glossary_a_list_of_conditions_first_and_a_pronouns_label() -> None:
    """r119 glossary: "What is **Hardy–Weinberg equilibrium**? → Hardy's version was a
    one-page letter …" (its definition, opening on its conditions, read as a fragment) and a
    cloze on "{{c1::They multiply}}"."""
    hwe = _term(
        "**Hardy–Weinberg equilibrium (HWE)**: with random mating, an infinite population and no"
        " selection, mutation or migration, genotype frequencies reach p², 2pq, q² after one"
        " generation of random mating and then stay there (Hardy 1908; Weinberg 1908). Hardy's"
        " version was a one-page letter to *Science*."
    )
    assert hwe.claims[0].text.startswith("with random mating")
    assert claim_terms("They multiply: (1 − F_IT) = (1 − F_IS)(1 − F_ST)", [], [], []) == ()


def test_r119_table_a_datasets_track_and_a_generation_trick() -> None:
    """r119 table: "Who made **JailbreakBench**? → D&B, NeurIPS 2024" and "What is
    **Generation exploitation**? → No clever prompt at all"."""
    assert attribution.cut("(NeurIPS 2024 D&B)")[0].lab == ""
    exploit = cut_definition(
        "No clever prompt at all: just vary decoding hyperparams (temperature, top-p, top-k)"
        " and drop the system prompt, and misalignment rate on LLaMA2-chat jumps from ~0% to"
        " >95%"
    )
    assert exploit.startswith("just vary decoding")


def test_r119_table_a_persons_overview_has_no_who_made_card() -> None:
    """r119 table: "Who made **Lilian Weng's overview**? → OpenAI (at the time), 2023"."""
    made = _cards(
        "## Surveys\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2023-10 | Lilian Weng's overview | OpenAI (at the time) | [Adversarial Attacks on LLMs]"
        "(https://lilianweng.github.io/posts/2023-10-25-adv-attack-llm/) — long survey post on"
        " Lil'Log: token manipulation, gradient-based attacks, jailbreak prompting. |\n"
        "| 2023-07 | GCG | CMU | [Universal and Transferable Adversarial Attacks on Aligned"
        " Language Models](https://arxiv.org/abs/2307.15043) — Zou et al. Greedy coordinate"
        " gradient search for an adversarial suffix that transfers to closed models. |\n"
    )
    assert not any(c.kind == "attribution" and "Weng" in c.front for c in made)
    assert any(c.kind == "attribution" and "GCG" in c.front for c in made)


def test_r119_awesome_an_index_is_no_writer_and_where_it_sits_is_no_definition() -> None:
    """r119 awesome: PaDiM's definition (`fit mean + covariance at each (i, j)`) dropped as
    the writer's `I`; "What is **AnoGAN**? → Medical (retinal OCT), not industrial"; "Who made
    **FastFlow**? → SenseTime et al."."""
    assert opinion_in("fit mean + covariance at each (i, j), score by Mahalanobis distance") is None
    assert opinion_in("sum over i of x_i") is None
    assert opinion_in("Not about depth, I know") is not None
    assert opinion_in("accepts a lot of code (I remember a big number)") is not None
    assert cut_definition(
        "Medical (retinal OCT), not industrial, but it's the origin of \"train a GAN on"
        ' normals, search the latent space for the closest reconstruction"'
    ).startswith("the origin of")
    assert attribution.cut("(SenseTime et al., arXiv 2021)")[0].lab == "SenseTime"


def test_r119_a_short_journal_name_and_a_title_with_against() -> None:
    """r119 glossary: a cloze on "{{c1::Am. Nat}}"; r119 table: "What is **Erase-and-check**?
    → Certifying LLM Safety against Adversarial Prompting" (its paper's title)."""
    assert (
        claim_terms(
            'It lowers heterozygosity (Wright 1922, "Coefficients of inbreeding", *Am. Nat*.)',
            ["Am. Nat"],
            [],
            [],
        )
        == ()
    )
    erase = parse_text(
        "## Defenses\n\n| Paper | Links |\n|---|---|\n"
        "| Erase-and-check — *Certifying LLM Safety against Adversarial Prompting*, Kumar et al."
        " (Harvard, 2023). First *certified* defense: erase tokens one by one, run a safety"
        " filter on every subsequence, flag if any is harmful. | [arXiv](https://arxiv.org/abs/"
        "2309.02705) |\n"
    ).entries[0]
    assert not any(claim.text.startswith("Certifying") for claim in erase.claims)


def test_r120_how_the_writer_places_a_reading_is_no_claim() -> None:
    """r120: "What is **SGLang**? → The paper has two halves", "What is **Scissorhands**? →
    Came out at about the same time as H2O …", "*The June 2023 launch post, which came out
    before the paper*" → vLLM, "*Newer kid on the block*" → RaBitQ, "What is **MacKay**? →
    More fun than C&T …"."""
    assert opinion_in("The paper has two halves")
    assert opinion_in("Came out at about the same time as H2O and has a similar flavor")
    assert opinion_in("Newer kid on the block, already in several vector DBs")
    assert opinion_in("More fun than C&T, strong on LDPC/BP and the inference side")
    assert opinion_in("The frontend is a Python-embedded language with primitives") is None
    assert READING_KIND.match("The June 2023 launch post, which came out before the paper")


def test_r120_a_policies_section_keeps_its_papers_and_a_journal_extension_is_no_claim() -> None:
    """r120 table (written for the test): a `## Policies` section of a robot-learning list
    read as a course's rules, its papers dropped; "What is **Diffusion Policy**? → extended in
    IJRR 2024"."""
    papers = parse_text(
        "## Policies\n\n| Paper | Links |\n|---|---|\n"
        "| **Mixed Precision Training**, Micikevicius et al. (NVIDIA), 2018. FP16 with loss"
        " scaling. | [arXiv](https://arxiv.org/abs/1710.03740) |\n"
    ).entries
    assert [entry.name for entry in papers] == ["Mixed Precision Training"]
    course = parse_text(
        '## Week 1\n\n- Vaswani et al., "Attention Is All You Need", NeurIPS 2017. The'
        " Transformer.\n\n## Policies\n\n- Late work: 10% off per day.\n"
        "- Collaboration: discuss, but write up alone.\n"
    ).entries
    assert [entry.name for entry in course] == ["Attention Is All You Need"]
    assert VERSION_NOTE.match("extended in IJRR 2024")
    assert VERSION_NOTE.match("extended in a later paper to video") is None


def test_r121_a_retrospective_title_and_another_works_problem() -> None:
    """r121 notes: "Who made **RocksDB**? → Dong et al., FAST 2021" (`RocksDB: Evolution of
    Development Priorities …`, a later look at RocksDB) and "What is **HashKV**? → WiscKey's
    vLog GC is expensive under update-heavy workloads" (the problem it answers)."""
    rocks = one(
        "11. **RocksDB: Evolution of Development Priorities in a Key-value Store Serving"
        " Large-scale Applications** (https://www.usenix.org/conference/fast21/presentation/"
        "dong)\n    - Dong, Kryczka, Jin, Stumm — FAST 2021\n"
        "    - priorities moved: write amp (flash endurance) → space amp → CPU efficiency\n"
    )
    assert rocks.name != "RocksDB"
    assert (
        claim_kind("WiscKey's vLog GC is expensive under update-heavy workloads", True, "HashKV")
        == "says"
    )
    assert claim_kind("default: same bits/key at every level", True, "Monkey") == "says"


def test_r122_a_notes_first_bullet_on_the_works_making_leaves_the_next_to_say_what_it_is() -> None:
    """r122 notes: "What is **Myths and Realities: …**? → done with MMTk in Jikes RVM", "What
    is *A real-time garbage collector based on the lifetimes of objects*? → Built on Baker's
    collector", "What is **Region-Based Memory Management**? → earlier paper: "…"" and a
    keynote's "keynote, published as a Go blog post": where it was built, another version of
    it, its form; the next bullet says what it is."""
    notes = (
        "## Generational\n\n"
        "1. **Lieberman & Hewitt — A real-time garbage collector based on the lifetimes of"
        " objects** (https://web.media.mit.edu/~lieber/Lieberary/GC/GC.html)\n"
        "   - CACM 26(6), 1983, MIT AI Lab. Built on Baker's collector\n"
        "   - heap divided into regions by age, young ones scavenged more often\n"
        "2. **Tofte & Talpin — Region-Based Memory Management** (Information and"
        " Computation 132(2), 1997)\n"
        "   - earlier POPL '94 paper: \"Implementation of the typed call-by-value λ-calculus"
        ' using a stack of regions"\n'
        "   - **region inference**: compiler infers region lifetimes, so no runtime GC\n"
    )
    gists = {c.front: c.back for c in _cards(notes) if c.kind == "gist"}
    assert any("regions by age" in back for back in gists.values()), gists
    assert not any("Baker" in back or "earlier" in back for back in gists.values()), gists
    regions = parse_text(notes).entries[1]
    defining = [c.text for c in regions.claims if c.kind in {"defines", "does"}]
    assert defining and defining[0].startswith("region inference"), regions.claims
    assert side_fact("done with MMTk in Jikes RVM")
    assert side_fact("Built on Baker's collector")
    assert side_fact('earlier POPL \'94 paper: "Implementation of the typed λ-calculus"')
    assert not side_fact("built a new index over the whole corpus")
    assert claim_kind("keynote, published as a Go blog post", True, "Getting to Go") == "says"


def test_r121_the_writers_framing_before_a_colon_and_a_bullet_that_does_it_too() -> None:
    """r121 blog: "What is **AutoCodeRover**? → The software-engineering-research take on
    the problem" and "What is *Data Contamination Through the Lens of Time*? → The cleanest
    early evidence for code" (useless: framing); r62 notes: "___ does it on x86: …" → C4."""
    assert cut_definition(
        "The software-engineering-research take on the problem: the LLM navigates the repo"
        " through AST-aware code search APIs (search_class, search_method_in_file, ...)"
        " instead of grepping text, and can use spectrum-based fault localization when tests"
        " exist"
    ).startswith("the LLM navigates the repo")
    assert cut_definition(
        "The cleanest early evidence for code: using Codeforces and Project Euler problems"
        " with known release dates, GPT-4's pass rate correlates with how often a problem"
        " appears on GitHub"
    ).startswith("using Codeforces")
    assert claim_kind("C4 does it on x86: the LVB checks every loaded reference", True, "C4") == (
        "says"
    )
    plankton = "why do so many species coexist when competitive exclusion says they shouldn't?"
    assert claim_kind(plankton, True, "Paradox of the plankton", glossary=True) == "defines"


def test_r122_a_journal_alone_a_labs_people_in_brackets_and_a_platform_are_no_names() -> None:
    """r122 awesome: "Who made **Patterns**? → Liang et al." (Patterns is the journal); r122
    syllabus: "What is *The Ultra-Scale Playbook*? → Hugging Face (Nanotron team,), 2025";
    r122 blog: "Who made **Needle in a Haystack**? → Kamradt and GitHub, 2023"."""
    detectors = one(
        "- :star: [GPT detectors are biased against non-native English writers](https://arxiv"
        ".org/abs/2304.02819) - Weixin Liang, Mert Yuksekgonul, Yining Mao, Eric Wu, James Zou"
        " (Stanford, 2023). Patterns. Ran 7 popular detectors on TOEFL essays by non-native"
        " speakers: on average 61% were flagged as AI-generated.\n"
    )
    assert detectors.name != "Patterns"
    assert attribution.cut("— Hugging Face (Nanotron team, Tazi et al.), 2025.") == (
        Attribution(authors="Tazi et al.", lab="Hugging Face", year=2025),
        "",
    )
    assert attribution.cut("Greg Kamradt, GitHub, Nov 2023")[0].authors == "Kamradt"
    assert is_verdict(
        'Not a "long context paper" per se but arguably the single most important enabler'
    )
    assert not is_verdict(
        "Not a jailbreak paper per se but it's the groundwork for circuit breakers: read/steer"
        " concepts as directions in activation space"
    )


def test_r122_the_year_beside_the_people_and_a_writers_nb_mark() -> None:
    """r122 glossary: "When was the **Sérsic profile** introduced? → 1948 (Sérsic)" (1948 is
    de Vaucouleurs's) and "Who made **Reddening & extinction**? → Schlafly, 2011" (`NB
    Schlafly & Finkbeiner 2011 found …`: a finding, never who made the term)."""
    assert attribution.cut(
        "n = 4 gives the de Vaucouleurs (1948) r^(1/4) law for ellipticals (Sérsic 1963)."
    )[0] == Attribution(authors="Sérsic", year=1963)
    reddening = _term(
        "**Reddening & extinction**: Color excess E(B−V) = (B−V)_obs − (B−V)_intrinsic. Total"
        " extinction A_V = R_V · E(B−V), with R_V ≈ 3.1 for the diffuse Milky Way ISM. NB"
        " Schlafly & Finkbeiner 2011 found SFD overpredicts reddening by ~14%, so multiply"
        " E(B−V)_SFD by 0.86."
    )
    assert "Schlafly" not in reddening.attribution.authors
    made = [c for c in _cards(f"## S\n\n{_GLOSSARY_PROBE}") if c.kind == "attribution"]
    assert not [c for c in made if "is that" in c.front], made
    probe = "Who found this about **X**, and when?  *is that it describes only the partial change*"
    held = check(
        Card("d|e|a|1", "e", "attribution", probe, "Fisher, 1930", "S"),
        _term("**Spread**: how far a sample strays from its mean."),
    )
    assert held is not None and held[0] == "fragment"


_GLOSSARY_PROBE = (
    '**Fundamental theorem of natural selection**: "The rate of increase in fitness of any'
    " organism at any time is equal to its genetic variance in fitness at that time.\" Fisher's"
    " statement has been read in many ways. The modern reading, following Price (1972), is"
    ' that it describes only the *partial* change due to selection, holding the "environment"'
    " fixed (Fisher 1930).\n\n**Cohort study**: follow exposed and unexposed people forward.\n\n"
    "**Cross-sectional study**: measure exposure and outcome at one time.\n"
)


def test_r122_upenn_and_others_is_a_lab() -> None:
    """r122 awesome: "Who made **RAID**? → UPenn et al., ACL 2024" (a lab, never people)."""
    raid = one(
        "- [RAID: A Shared Benchmark for Robust Evaluation of Machine-Generated Text Detectors]"
        "(https://arxiv.org/abs/2405.07940) - Liam Dugan, Alyssa Hwang, ..., Chris"
        " Callison-Burch (UPenn et al., 2024). ACL 2024. 6M+ generations from 11 models over 8"
        " domains.\n"
    )
    assert (raid.attribution.authors, raid.attribution.lab) == ("Dugan et al.", "UPenn")


def test_r122_a_labelled_finding_keeps_what_follows_its_but() -> None:
    """r122 blog: "What is the main finding of **RULER**? → almost every model aces vanilla
    NIAH" (the concession; the finding is after the `but`)."""
    ruler = one(
        "- **RULER** — [Hsieh et al. (NVIDIA), COLM 2024](https://arxiv.org/abs/2404.06654). A"
        " synthetic, configurable-length benchmark with 13 tasks across 4 categories. Key"
        " finding: almost every model aces vanilla NIAH, but only about half of the models that"
        " *claim* 32K+ context still perform satisfactorily at 32K.\n"
    )
    assert any("vanilla NIAH, but only about half" in c.text for c in ruler.claims), ruler.claims


def test_r123_a_phrase_before_the_first_author_and_a_short_head_before_its_that() -> None:
    """r123 blog: "Who made **AWQ**? → Quantization et al., MLSys 2024" (`Activation-aware
    Weight Quantization, Lin et al. (Han lab), …`); r123 glossary: "What is **Missing
    self**? → NK cells kill targets" (cut before `that have lost MHC class I`)."""
    awq = attribution.cut("Activation-aware Weight Quantization, Lin et al. (Han lab), MLSys 2024.")
    assert awq[0].authors == "Lin et al."
    lsq = attribution.cut("Learned Step Size Quantization, Esser et al. (IBM), ICLR 2020.")
    assert (lsq[0].authors, lsq[0].lab) == ("Esser et al.", "IBM")
    assert attribution.cut("Ji Lin, Tang et al. (MIT), 2024")[0].authors == "Lin et al."
    assert cut_definition("NK cells kill targets that have lost MHC class I") == (
        "NK cells kill targets that have lost MHC class I"
    )


def test_r123_an_architecture_word_is_no_name_and_a_series_byline_is_packaging() -> None:
    """r123 awesome: Open-Unmix asked as "**BLSTM**" (`BLSTM on magnitude spectrograms, …`);
    r123 syllabus and r81 notes: "What is *A trip through the Graphics Pipeline 2011*? →
    Fabian Giesen,. index" and "→ Fabian Giesen (ryg), 13-part blog series, 2011"."""
    unmix = parse_text(
        "## Music\n\n- [Open-Unmix - A Reference Implementation for Music Source Separation]"
        "(https://joss.theoj.org/papers/10.21105/joss.01667) - Fabian-Robert Stöter, Stefan"
        " Uhlich, Antoine Liutkus, Yuki Mitsufuji (Inria / Sony, 2019, JOSS). BLSTM on magnitude"
        " spectrograms, one model per target, followed by multichannel Wiener filtering.\n"
        "- [Demucs](https://arxiv.org/abs/1909.01174) - Défossez et al. (Facebook, 2019)."
        " Waveform U-Net.\n"
    ).entries[0]
    assert unmix.name != "BLSTM"
    assert is_packaging("Fabian Giesen (ryg), 13-part blog series, 2011")
    assert is_packaging("Fabian Giesen,. index")
    assert not is_packaging("the Goldsmiths Musical Sophistication Index")


def test_r124_a_one_word_title_after_its_byline_an_aside_after_that_and_a_title_restated() -> None:
    """r124 syllabus: "What is **S**?" (`S. P. Vadhan, *Pseudorandomness*, Foundations and
    Trends in TCS …`), a gist ending "… and shows that" (cut at `, assuming ETH,`), and
    "What is **Oracle separation of BQP and PH**? → An oracle relative to which BQP ⊄ PH,
    settling a question open since Bernstein–Vazirani" (useless: the title again)."""
    book = one(
        "- S. P. Vadhan, *Pseudorandomness*, Foundations and Trends in TCS 7(1–3), 2012."
        " [author's page](https://people.seas.harvard.edu/~salil/pseudorandomness/)\n"
        "  - Excellent monograph covering expanders, extractors and PRGs.\n"
    )
    assert (book.name, book.attribution.authors) == ("Pseudorandomness", "Vadhan")
    assert cut_definition(
        "Formulates ETH (3-SAT requires 2^{δn} time for some δ > 0) and shows that, assuming"
        " ETH, the exponent s_k for k-SAT increases infinitely often as k grows"
    ) == ("Formulates ETH (3-SAT requires 2^{δn} time for some δ > 0)")
    made = _cards(
        '## Week 13\n\n- R. Raz and A. Tal, "Oracle separation of BQP and PH," STOC 2019.'
        " [ECCC](https://eccc.weizmann.ac.il/report/2018/107/)\n"
        "  - An oracle relative to which BQP ⊄ PH, settling a question open since"
        " Bernstein–Vazirani.\n"
    )
    assert [card.back for card in made if card.kind == "gist"] == []
    # (but a long title's answer that goes on to say more is kept)
    kept = _cards(
        "## RLHF\n\n- [Open Problems and Fundamental Limitations of Reinforcement Learning"
        " from Human Feedback](https://arxiv.org/abs/2307.15217) - Casper et al. (MIT, 2023)."
        " A taxonomy of problems with human feedback, the reward model, and the policy,"
        " sorted into tractable vs. fundamental.\n"
    )
    assert [card.kind for card in kept if card.kind == "gist"] == ["gist"]


def test_r124_notes_a_byline_at_a_company_bullets_under_a_label_and_the_writers_hedges() -> None:
    """r124 notes: "What is **Glommio**? → Glauber Costa at Datadog, late 2020"; four facts
    under `- Facts to remember:` run into one cloze; term cards on "**Less sure the fix** is
    …?", "**Big influence**: …?", "**Before**: …?" and "**Walks through writing a
    mini-tokio**: …?"; r91 notes: "**XOR** = …? → 0 → a single 0 bit"."""
    glommio = one(
        "1. **Glommio** (https://www.datadoghq.com/blog/engineering/introducing-glommio/)\n"
        "    - Glauber Costa at Datadog, late 2020. Thread-per-core, cooperative, built"
        " directly on io_uring.\n"
    )
    assert (glommio.attribution.authors, glommio.attribution.lab) == ("Costa", "Datadog")
    assert glommio.attribution.year == 2020
    assert glommio.claims[0].text == "Thread-per-core, cooperative, built directly on io_uring"
    tokio = one(
        "10. **Making the Tokio scheduler 10x faster** (https://tokio.rs/blog/2019-10-scheduler)\n"
        "    - Carl Lerche, Oct 2019. Best single post on practical work-stealing.\n"
        "    - Facts to remember:\n"
        "      - per-worker fixed-size ring buffer run queue (256 tasks), overflow goes to a"
        " global queue\n"
        "      - a **LIFO slot**: a task woken by the running task runs next\n"
    )
    assert [claim.text for claim in tokio.claims][-2:] == [
        "per-worker fixed-size ring buffer run queue (256 tasks), overflow goes to a global queue",
        "a LIFO slot: a task woken by the running task runs next",
    ]
    assert statement("a LIFO slot: a task woken by the running task runs next") is not None
    for hedge in (
        'Less sure the fix is "just use threads"',
        "Big influence: Python's asyncio.TaskGroup (3.11), Kotlin coroutine scopes",
        "Before: one global run queue + global mutex",
        "Walks through writing a mini-tokio: a Delay future, a waker",
        "XOR = 0 → a single 0 bit (~51% of values)",
    ):
        assert statement(hedge) is None, hedge
    assert opinion_in('Less sure the fix is "just use threads"') is not None
    # a transcoder's `MLP input in, MLP output out` is no citation cut out of it
    transcoder = one(
        "- **Transcoders Find Interpretable LLM Feature Circuits (Dunefsky, Chlenski & Nanda,"
        " 2024)**: [arXiv](https://arxiv.org/abs/2406.11944). Instead of reconstructing an"
        " activation, a transcoder learns a wide, sparse replacement for an MLP layer: MLP"
        " input in, MLP output out. Demonstrated on the GPT-2 small circuit.\n"
    )
    assert transcoder.claims[0].kind == "defines"


def test_r124_glossary_a_journal_abbreviation_is_nobody_and_no_sentence_and_a_side_fact() -> None:
    """r124 glossary: "Who made **Heck reaction**? → Org" (its link `[J. Org. Chem.](doi)`),
    "*Chem. Rev.. Probably the single most-run …*" and "*The Bürgi–Dunitz angle itself came
    from crystal structure data*" → **Felkin–Anh model**; r91 notes: "{{c1::XOR}} = 0 → …"."""
    text = (
        "## Reactions\n\n**Heck reaction (Mizoroki–Heck)**: Pd-catalysed coupling of an"
        " aryl/vinyl halide with an alkene. [J. Org. Chem.](https://doi.org/10.1021/jo00979a024)."
        " Nobel 2010 with Negishi and Suzuki.\n\n"
        "**Suzuki–Miyaura coupling**: Pd-catalysed coupling of organoboron compounds with"
        " organic halides/triflates (Miyaura & Suzuki 1995). [Chem. Rev.]"
        "(https://doi.org/10.1021/cr00039a007). Probably the single most-run C–C bond-forming"
        " reaction in med chem.\n\n"
        "**Felkin–Anh model**: Predicts which face of an α-chiral aldehyde a nucleophile"
        " attacks. Put the large α-substituent perpendicular to the C=O, then attack past the"
        " small one along the Bürgi–Dunitz trajectory. The Bürgi–Dunitz angle itself came from"
        " crystal structure data and was measured on many structures.\n"
    )
    heck, suzuki, _ = parse_text(text).entries
    assert heck.attribution.authors != "Org"
    assert not any(claim.text.startswith("Chem.") for claim in suzuki.claims)
    assert not [card for card in _cards(text) if "Bürgi–Dunitz angle itself" in card.front]
    assert claim_terms("XOR = 0 → a single 0 bit (~51% of values)", [], [], []) == ()
    assert statement("default_statistics_target = 100 → ANALYZE samples 300 x target rows")


def test_r124_a_later_claim_said_of_it_or_of_the_papers_authors_is_a_clue() -> None:
    """r124 glossary and blog (coverage): `It explains why Z-enolates give syn aldols …`
    under **Zimmerman–Traxler model** and `They fit clean scaling laws and train …` under a
    paper had no card (a pronoun first); now the first is a clue as it stands and the second
    says what the paper does (`Fits … and trains …`); `It's …` (the writer) stays out."""
    glossary = _cards(
        "## Aldol\n\n**Zimmerman–Traxler model**: A six-membered chair transition state for"
        " metal-enolate aldol reactions. It explains why Z-enolates give syn aldols and"
        " E-enolates give anti (Zimmerman & Traxler 1957).\n\n"
        "**Evans aldol**: Boron enolates of oxazolidinone imides give syn aldols with high"
        " selectivity. It's the workhorse of polyketide synthesis, honestly (Evans 1981).\n\n"
        "**Hammond postulate**: A transition state looks most like whichever neighbouring"
        " species is closest to it in energy (Hammond 1955).\n"
    )
    clues = [card.front for card in glossary if card.kind == "reverse"]
    assert any("It explains why Z-enolates give syn aldols" in clue for clue in clues), clues
    assert not any("It's the workhorse" in clue for clue in clues), clues
    paper = _cards(
        "## Quantization\n\n- **Distilling the Knowledge in a Neural Network (Hinton, Vinyals"
        " & Dean, 2015)**: [arXiv](https://arxiv.org/abs/1503.02531). Soft targets from a big"
        " teacher carry most of what a small student needs. They also show an ensemble of"
        " speech models squeezed into a single model with almost no loss.\n"
    )
    clues = [card.front for card in paper if card.kind == "reverse"]
    assert any(
        "*Shows an ensemble of speech models squeezed into a single model" in clue for clue in clues
    ), clues


def test_an_entry_that_never_says_what_it_is_is_asked_what_it_is_known_for() -> None:
    """Coverage (r121, r124): an entry whose list gives what it found or what sets it apart,
    but no definition, had no gist (Karp and Lipton's theorem, DistilBERT's figures); its
    first such claim is now asked as what it is known for — never a citation, a remark,
    the problem it answers or the field's background. `This introduced multi-query attention
    (MQA): …` (r121 blog) is what the paper introduced."""
    made = _cards(
        "## Circuits\n\n"
        '- R. M. Karp and R. J. Lipton, "Some connections between nonuniform and uniform'
        ' complexity classes," STOC 1980.\n'
        "  - If NP ⊆ P/poly then PH collapses to its second level.\n"
        "- **DistilBERT** ([arXiv](https://arxiv.org/abs/1910.01108)). Hugging Face, 2019."
        " 40% smaller, 60% faster, keeps 97% of BERT's GLUE performance. Enough said.\n"
        "- **CriticGPT** ([post](https://openai.com/index/finding-gpt4s-mistakes-with-gpt-4/))."
        " LLMs are known to generate code that can have security issues.\n"
        "- **An O(ND) Difference Algorithm** ([pdf](https://example.org/myers.pdf)). Eugene W."
        " Myers, Algorithmica vol. 1, 1986.\n"
        "- Fast Transformer Decoding: One Write-Head is All You Need"
        " ([arXiv](https://arxiv.org/abs/1911.02150)). Noam Shazeer, 2019. This introduced"
        " multi-query attention (MQA): all query heads share a single K and V head.\n"
    )
    asked = {card.front: card.back for card in made if card.kind == "gist"}
    assert (
        asked[
            "What is **Some connections between nonuniform and uniform complexity"
            " classes** known for?"
        ]
        == "If NP ⊆ P/poly then PH collapses to its second level"
    )
    assert asked["What is **DistilBERT** known for?"].startswith("40% smaller, 60% faster")
    assert not [front for front in asked if "CriticGPT" in front or "O(ND)" in front]
    introduced = [card.front for card in made if card.kind == "introduced"]
    assert introduced == ["Which paper introduced multi-query attention (MQA)?"]


def test_r125_a_citation_in_a_bold_title_groups_as_a_byline_and_a_hyphened_initial() -> None:
    """r125 blog: titles kept `(Wei et al., 2022)` when a full stop followed it inside the
    bold; gists "What is **Large Language Monkeys**? → Oxford and Google DeepMind", "What is
    **Self-Refine**? → CMU, AI2 and friends"; r125 syllabus: "Who made **Memory Models**? →
    Boehm" (`Sarita V. Adve, Hans-J. Boehm`) and "… known for? → Two ideas that are now in
    every x86 core"."""
    cot = one(
        "- **Chain-of-Thought Prompting (Wei et al., 2022).** [arXiv]"
        "(https://arxiv.org/abs/2201.11903). The Google Brain paper that showed that worked"
        " reasoning steps in few-shot exemplars help big models.\n"
    )
    assert cot.title == "Chain-of-Thought Prompting"
    assert is_packaging("Peking University and DeepSeek")
    assert is_packaging("CMU, AI2 and friends")
    assert is_packaging("Oxford and Google DeepMind")
    assert not is_packaging("Two BERTs and a retriever")
    assert attribution.cut('Sarita V. Adve, Hans-J. Boehm, "Memory Models"')[0].authors == (
        "Adve and Boehm"
    )
    made = _cards(
        "## Consistency\n\n"
        '- Kourosh Gharachorloo, Anoop Gupta, John Hennessy, "Two Techniques to Enhance the'
        ' Performance of Memory Consistency Models," ICPP 1991.\n'
        "    Two ideas that are now in every x86 core. First, prefetch the accesses the model"
        " makes you wait on.\n"
        "- **Let's Verify Step by Step (Lightman et al., 2023).** [arXiv]"
        "(https://arxiv.org/abs/2305.20050). OpenAI again, and probably the single most cited"
        " paper in this section. They had humans label around 800,000 individual solution"
        " steps.\n"
    )
    gists = {card.front: card.back for card in made if card.kind == "gist"}
    assert not [back for back in gists.values() if back.startswith("Two ideas")]
    assert gists["What is **Let's Verify Step by Step** known for?"] == (
        "They had humans label around 800,000 individual solution steps"
    )


def test_r125_a_pdf_the_work_handles_a_school_after_a_citation_and_how_it_is_cited() -> None:
    """r125 table: Docling's `Open-source PDF→markdown/JSON converter that chains a layout
    model …` was lost (a PDF read as the writer's logistics, as `no pdf saved` is); r125
    notes: "What is **Rice**?" (`TOPLAS 16(3), 1994. Rice.`) and "What is **A Simple, Fast
    Dominance Algorithm**? → Usually cited as Software Practice & Experience 2001"."""
    assert opinion_in("Open-source PDF→markdown/JSON converter that chains a layout model") is None
    assert opinion_in("Donut-style model that turns scientific PDF pages into markup") is None
    assert opinion_in("no pdf saved, the library copy is paywalled") is not None
    rice = one(
        "11. **Briggs, Cooper, Torczon: Improvements to Graph Coloring Register Allocation**"
        " (https://dl.acm.org/doi/10.1145/177492.177575)\n"
        "    - TOPLAS 16(3), 1994. Rice.\n"
        "    - **Optimistic colouring**: when nothing has degree < k, push a spill candidate"
        " anyway.\n"
    )
    assert rice.name == "Improvements to Graph Coloring Register Allocation"
    dominance = one(
        "3. **Cooper, Harvey, Kennedy: A Simple, Fast Dominance Algorithm**"
        " ([pdf](https://www.cs.rice.edu/~keith/EMBED/dom.pdf))\n"
        "   - Rice. Usually cited as Software Practice & Experience 2001.\n"
        "   - Iterative dataflow over reverse postorder, with the dominator tree in one array.\n"
    )
    assert not any(claim.text.startswith("Usually cited as") for claim in dominance.claims)


def test_r125_glossary_a_journal_and_another_works_bracket_are_no_mention() -> None:
    """r125 glossary: "Who made **Archives Internationales de Pharmacodynamie et de
    Thérapie**? → Teorell, 1937" and "Who made **Monolix**? → Kuhn and Lavielle, 2005" (the
    bracket cites the SAEM algorithm)."""
    made = _cards(
        "## PK\n\n**Pharmacokinetics**: what the body does to the drug: absorption,"
        " distribution, metabolism, excretion (ADME). The first compartmental model came from"
        " Torsten Teorell in two 1937 papers in *Archives Internationales de Pharmacodynamie"
        " et de Thérapie* (Teorell 1937).\n\n"
        "**Population PK / NLME**: nonlinear mixed-effects models that estimate typical"
        " parameters from sparse data. Alternatives: Monolix (SAEM algorithm, Kuhn & Lavielle"
        " 2005) and the free nlmixr.\n\n"
        "**Clearance**: the volume of plasma cleared of drug per unit time.\n"
    )
    asked = [card.front for card in made if card.kind == "attribution"]
    assert not [front for front in asked if "Archives" in front or "Monolix" in front], asked


def test_r126_a_bracketed_part_of_the_reading_is_no_name() -> None:
    """r126 syllabus: "*Lectures on Convex Optimization* (Nesterov, 2018) — What is this
    paper known as? → **Sections 2.1–2.2**" (`… 2018. Chapter 2 (Sections 2.1–2.2).`)."""
    book = one(
        "- Yurii Nesterov, *Lectures on Convex Optimization*, 2nd ed., Springer, 2018. Chapter 2"
        " (Sections 2.1–2.2). https://link.springer.com/book/10.1007/978-3-319-91578-4\n"
    )
    assert book.name == "Lectures on Convex Optimization"


def test_r126_the_writers_word_said_of_it_is_no_definition() -> None:
    """r126 blog: "What is **Agentless**? → It's a welcome dose of skepticism", "What is **A
    Survey on Large Language Models for Code Generation**? → It's long and fairly
    exhaustive", and RLPG's "It's an early, clean framing of the problem"."""
    for said in (
        "It's a welcome dose of skepticism",
        "It's an early, clean framing of the problem",
        "It's long and fairly exhaustive, with a useful taxonomy of data curation",
    ):
        assert is_verdict(said), said
    for said in ("It is a short-time intelligibility measure", "It's a long-context benchmark"):
        assert not is_verdict(said), said
    agentless = one(
        "- **Agentless**: [Agentless: Demystifying LLM-based Software Engineering Agents]"
        "(https://arxiv.org/abs/2407.01489) (Chunqiu Steven Xia, Yinlin Deng, Soren Dunn,"
        " Lingming Zhang, UIUC, 2024). It's a welcome dose of skepticism. It skips the"
        " open-ended agent loop and uses a fixed three-phase pipeline: localize the fault,"
        " generate candidate repairs, then validate and rerank patches.\n"
    )
    assert agentless.claims[0].text.startswith("skips the open-ended agent loop")


def test_r126_a_publication_named_with_its_article_is_nobody() -> None:
    """r126 awesome: "Who made **Transformers are Graph Neural Networks**? → Gradient, 2020"
    (`Chaitanya K. Joshi (The Gradient, 2020)`); r74 syllabus's "As We May Think" (`The
    Atlantic`) now has its year too."""
    assert attribution.cut("Chaitanya K. Joshi (The Gradient, 2020)")[0].authors == "Joshi"
    assert attribution.cut("Vaswani et al. (Google, 2017)")[0].authors == "Vaswani et al."


def _code_entry(name: str, title: str, body: str) -> str:
    return f"- **{name}**: [{title}](https://arxiv.org/abs/2107.03374) ({body}\n"


def test_r126_sizes_from_a_figure_are_no_place_to_get_it() -> None:
    """r126 blog: `Models from 1.3B to 33B trained from scratch on 2T tokens` (DeepSeek-Coder)
    was read as where to get the models (`models from …`), and the gist fell to a result."""
    coder = one(
        _code_entry(
            "DeepSeek-Coder",
            "DeepSeek-Coder: When the Large Language Model Meets Programming",
            "Daya Guo et al., DeepSeek-AI, 2024). Models from 1.3B to 33B trained from scratch"
            " on 2T tokens. The instruct 33B model was competitive with GPT-3.5 Turbo.",
        )
    )
    assert coder.claims[0].text == "Models from 1.3B to 33B trained from scratch on 2T tokens"
    assert opinion_in("Weights from the authors' page")


def test_r126_the_writers_label_before_a_colon_leaves_the_fact() -> None:
    """r126 blog: `The detail that matters for this list: they arrange pretraining data at
    the repository level, …` was dropped whole as the writer's voice, and `The recipe was
    brute force plus a lot of cleverness: sample …, filter …, cluster …, and submit 10`
    was asked as AlphaCode's gist cut at its colon; the steps say how it works."""
    coder = one(
        _code_entry(
            "DeepSeek-Coder",
            "DeepSeek-Coder: When the Large Language Model Meets Programming",
            "Daya Guo et al., DeepSeek-AI, 2024). Models from 1.3B to 33B. The detail that"
            " matters for this list: they arrange pretraining data at the repository level,"
            " ordering files by their dependencies.",
        )
    )
    assert any(claim.text.startswith("they arrange pretraining data") for claim in coder.claims)
    made = _cards(
        "## Code\n\n"
        + _code_entry(
            "AlphaCode",
            "Competition-Level Code Generation with AlphaCode",
            "Yujia Li et al., DeepMind, 2022). The recipe was brute force plus a lot of"
            " cleverness: sample up to millions of programs, filter them on the example tests,"
            " cluster them by behavior, and submit 10. On simulated Codeforces contests it"
            " placed around the top 54% of participants on average.",
        )
    )
    gist = next(card for card in made if card.kind == "gist")
    assert gist.front == "How does **AlphaCode** work?"
    assert strip_markdown_escapes(gist.back).startswith("sample up to millions of programs")


def test_r126_gave_us_is_what_a_paper_introduced() -> None:
    """r126 blog: `It also gave us the unbiased pass@k estimator that everyone still uses`
    was dropped as the writer's voice (`us`); it is what the Codex paper introduced, asked
    without the tail on how widely it is used."""
    made = _cards(
        "## Code\n\n"
        + _code_entry(
            "Codex / HumanEval",
            "Evaluating Large Language Models Trained on Code",
            "Mark Chen et al., OpenAI, 2021). It introduced Codex, a GPT model fine-tuned on"
            " public GitHub code. It also gave us the unbiased pass@k estimator that everyone"
            " still uses.",
        )
    )
    asked = [card.front for card in made if card.kind == "introduced"]
    assert "Which paper introduced the unbiased pass@k estimator?" in asked
    # (but the paper that gave something is still the writer's placing of it)
    assert opinion_in("The paper that gave us the name")


def test_r126_what_another_work_has_is_no_definition() -> None:
    """r126 blog: "What is **EvalPlus / HumanEval+**? → HumanEval has only a handful of tests
    per problem" (what it answers); the next sentence says what EvalPlus does. And `It's
    the dataset, not a model, but it's the reason the open code model ecosystem exists` is
    the writer's word, so The Stack is what it holds: `About 3.1 TB of … code`."""
    evalplus = one(
        _code_entry(
            "EvalPlus / HumanEval+",
            "Is Your Code Generated by ChatGPT Really Correct?",
            "Jiawei Liu, Chunqiu Steven Xia, Yuyao Wang, Lingming Zhang, NeurIPS 2023)."
            " HumanEval has only a handful of tests per problem, so plenty of wrong code"
            " passes. EvalPlus generates many more tests (about 80x more) with LLM seeding plus"
            " type-aware mutation.",
        )
    )
    assert evalplus.claims[0].text.startswith("generates many more tests")
    assert claim_kind("AIFS has a GNN encoder", True, "AIFS") != "says"
    made = _cards(
        "## Data\n\n"
        + _code_entry(
            "The Stack",
            "The Stack: 3 TB of permissively licensed source code",
            "Denis Kocetkov et al., BigCode, 2022). It's the dataset, not a model, but it's the"
            " reason the open code model ecosystem exists. About 3.1 TB of permissively"
            " licensed code in 30 languages, with near-deduplication and an opt-out process.",
        )
    )
    gist = next(card for card in made if card.kind == "gist")
    assert strip_markdown_escapes(gist.back).startswith(
        "About 3.1 TB of permissively licensed code in 30 languages"
    )
    assert is_verdict("the reason the open code model ecosystem exists")


def test_r127_a_second_venue_and_many_others_leave_a_whole_byline() -> None:
    """r127 table: `Müller, Evans, Schied, Keller, SIGGRAPH 2022 / ACM TOG (best paper)` left
    the names as Instant-NGP's gist and clue; r127 blog: `…, Caner Turkmen and many others
    (Amazon)` made Chronos "Ansari and Stella", and `… Andrew Robert Williams and a big Mila
    / ServiceNow / Morgan Stanley crew, with Irina Rish as senior author, 2023` became
    Lag-Llama's gist."""
    found, rest = attribution.cut(
        "Müller, Evans, Schied, Keller, SIGGRAPH 2022 / ACM TOG (best paper)."
    )
    assert (found.authors, found.venue, rest) == ("Müller et al.", "SIGGRAPH 2022", "")
    found, rest = attribution.cut(
        "Abdul Fatir Ansari, Lorenzo Stella, Caner Turkmen and many others (Amazon), TMLR 2024."
    )
    assert (found.authors, found.lab, rest) == ("Ansari et al.", "Amazon", "")
    # (but `used by Zcash Sapling and many others` names no people)
    assert not attribution.cut("the ceremony format used by Zcash Sapling and many others")[
        0
    ].authors
    llama = one(
        "- **Lag-Llama: Towards Foundation Models for Probabilistic Time Series Forecasting**:"
        " [arXiv:2310.08278](https://arxiv.org/abs/2310.08278). Kashif Rasul, Arjun Ashok,"
        " Andrew Robert Williams and a big Mila / ServiceNow / Morgan Stanley crew, with Irina"
        " Rish as senior author, 2023. Llama-style decoder whose token at each step is built"
        " from lagged values plus date features.\n"
    )
    assert (llama.attribution.authors, llama.attribution.year) == ("Rasul et al.", 2023)
    assert not any("crew" in claim.text for claim in llama.claims)


def test_r127_syllabus_other_versions_and_note_takers_are_no_claims() -> None:
    """r127 syllabus: `*Logical Methods in Computer Science* 9(4), 2013 (conference version
    "Handlers of Algebraic Effects," ESOP 2009)` gave the gist "Logical Methods in Computer"
    and the year 2009; `Per Martin-Löf, *Intuitionistic Type Theory*, notes by Giovanni Sambin`
    a cloze on the note-taker."""
    effects = one(
        '- Gordon D. Plotkin and Matija Pretnar, "Handling Algebraic Effects," *Logical Methods'
        ' in Computer Science* 9(4), 2013 (conference version "Handlers of Algebraic Effects,"'
        " ESOP 2009). [arXiv](https://arxiv.org/abs/1312.1399)\n"
    )
    assert effects.attribution.year == 2013
    assert not any("Logical Methods" in claim.text for claim in effects.claims)
    notes = _cards(
        "## Week 1\n\n- Per Martin-Löf, *Intuitionistic Type Theory*, notes by Giovanni Sambin"
        " (Bibliopolis, 1984). [retypeset pdf](https://archive-pml.github.io/martin-lof/pdfs/"
        "Bibliopolis-Book-retypeset-1984.pdf)\n"
    )
    assert not [card for card in notes if "Sambin" in card.front + card.back]


def test_r127_an_edition_and_a_kind_of_paper_are_no_name() -> None:
    """r127 blog: "What is **Forecasting** known for?" (`**Forecasting: Principles and
    Practice (3rd ed.)**`); r127 awesome: "What is **Theory**?" (`Theory: under some
    assumptions on the gaps between keys, …` after the paper's byline)."""
    book = one(
        "- **Forecasting: Principles and Practice (3rd ed.)**: [otexts.com/fpp3]"
        "(https://otexts.com/fpp3/). Rob Hyndman and George Athanasopoulos, 2021, free online."
        " The standard intro to ETS and ARIMA.\n"
    )
    assert book.name == "Forecasting: Principles and Practice"
    theory = one(
        "- [Why Are Learned Indexes So Effective?](http://proceedings.mlr.press/v119/"
        "ferragina20a.html) - Ferragina, Lillo, Vinciguerra (ICML 2020). Theory: under some"
        " assumptions on the gaps between keys, a PGM-style segment covers on the order of ε²"
        " keys, which explains the space savings.\n"
    )
    assert theory.name == "Why Are Learned Indexes So Effective?"


def test_r127_one_of_two_examples_is_no_cloze() -> None:
    """r127 table: "The hash grid is now in nearly everything, including nerfacto and
    {{c1::Zip-NeRF}}" (graded: one item of a list)."""
    made = _cards(
        "## Fields\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2022-01 | Instant-NGP | NVIDIA | [Instant Neural Graphics Primitives with a"
        " Multiresolution Hash Encoding](https://arxiv.org/abs/2201.05989). Müller et al.,"
        " SIGGRAPH 2022. It uses a stack of multiresolution grids whose features live in"
        " fixed-size hash tables. The hash grid is now in nearly everything, including nerfacto"
        " and Zip-NeRF. |\n"
    )
    assert not [card for card in made if card.kind == "cloze" and "Zip-NeRF" in card.back]


def test_r127_a_clause_or_a_pointer_before_a_colon_is_no_cloze_term() -> None:
    """r127 table and notes: "{{c1::Rendering isn't ray marching}}: a tile-based … rasterizer
    …", "{{c1::MMTk itself}}: "Oil and Water? …"", "{{c1::Exploits immutability-heavy heaps}}:
    most Haskell writes …" (the writer's clause, a pointer, what the work does)."""
    for said in (
        "Rendering isn't ray marching: a tile-based differentiable rasterizer sorts the Gaussians",
        'MMTk itself: "Oil and Water? High Performance Garbage Collection in Java with MMTk"',
        "Exploits immutability-heavy heaps: most Haskell writes are to freshly allocated objects",
    ):
        assert leading_label(said) == [], said
    assert leading_label("Reference counting: keep a count per cell, free when it hits zero") == [
        "Reference counting"
    ]


def test_r127_the_writers_gossip_is_no_claim() -> None:
    """r127 notes: "**LXR** — Strong claims; the {{c1::OpenJDK}} folks have been... measured...
    about it"."""
    assert opinion_in("the OpenJDK folks have been... measured... about it")
    assert not opinion_in("The OpenJDK collectors have been measured on DaCapo")


def test_r128_a_syllabus_reading_marked_o_is_an_entry_of_its_own() -> None:
    """r128 syllabus: `[O] C. Calcagno, …, "Compositional Shape Analysis by Means of
    Bi-Abduction," POPL 2009.` (a paragraph opened by a plain `[O]`, after `**[R]**` ones)
    was read as the note of the reading above it: "What does **Viper** do? → Infers
    separation-logic specs bottom-up …" (bi-abduction's)."""
    text = (
        "# Course\n\n## Week 7\n\n"
        '**[R]** P. Müller, M. Schwerhoff, A. J. Summers, "Viper: A Verification Infrastructure'
        ' for Permission-Based Reasoning," VMCAI 2016. https://doi.org/10.1007/978-3-662-49122-5_2\n'
        "An intermediate language with built-in access permissions and two back ends.\n\n"
        "[O] C. Calcagno, D. Distefano, P. O'Hearn, H. Yang, \"Compositional Shape Analysis by"
        ' Means of Bi-Abduction," POPL 2009. https://doi.org/10.1145/1480881.1480917\n'
        "Infers separation-logic specs bottom-up, one procedure at a time.\n\n"
        '[O] A. Lattuada, C. Hawblitzel, "Verus: Verifying Rust Programs using Linear Ghost'
        ' Types," OOPSLA 2023. https://doi.org/10.1145/3586037\n'
        "SMT-based verification for Rust that leans on the borrow checker.\n"
    )
    entries = {entry.name: entry for entry in parse_text(text).sections[0].entries}
    assert set(entries) == {
        "Viper",
        "Compositional Shape Analysis by Means of Bi-Abduction",
        "Verus",
    }
    assert not any("Infers" in claim.text for claim in entries["Viper"].claims)
    assert entries["Verus"].claims[0].text.startswith("SMT-based verification for Rust")


def test_r128_notes_a_stressed_the_an_edition_and_an_opinion_label() -> None:
    """r128 notes: `"The" CUDA textbook, …` named the book "The"; `…, 4th ed.` stayed in its
    name; "What is **Introducing Triton**? → Opinion: amazing for fused … kernels"."""
    book = one(
        "1. **Programming Massively Parallel Processors, 4th ed.** (https://www.elsevier.com/"
        "books/programming-massively-parallel-processors/hwu/978-0-323-91231-0)\n"
        '   - Hwu, Kirk & El Hajj, Morgan Kaufmann, 2022. "The" CUDA textbook, started life as'
        " the UIUC course.\n"
    )
    assert book.name == "Programming Massively Parallel Processors"
    assert opinion_in("Opinion: amazing for fused elementwise/reduction/attention-ish kernels")
    assert opinion_in("Official tutorials are the real docs")
    assert opinion_in("the closest thing the course has to a textbook")
    assert not opinion_in("The closest thing to a fully reproducible code LLM")


def test_r128_blog_the_writers_placing_and_a_caveat_are_no_gist_or_clue() -> None:
    """r128 blog: "What is **Population Based Training of Neural Networks**? → This one takes
    a different approach", its clue "The downside is that the result is hard to reproduce
    …", and "What is **Hyperparameter Optimization**? → A long and careful survey from the
    LMU Munich / mlr crowd"."""
    made = _cards(
        "## HPO\n\n"
        '- **Jaderberg et al., "Population Based Training of Neural Networks" (DeepMind,'
        " 2017)**: [arXiv](https://arxiv.org/abs/1711.09846). This one takes a different"
        " approach. The downside is that the result is hard to reproduce outside the original"
        " run.\n"
        '- **Bischl et al., "Hyperparameter Optimization: Foundations, Algorithms, Best'
        ' Practices, and Open Challenges" (WIREs, 2023)**: [arXiv](https://arxiv.org/abs/'
        "2107.05847). A long and careful survey from the LMU Munich / mlr crowd.\n"
    )
    said = " ".join(card.front + " " + card.back for card in made)
    for remark in ("different approach", "The downside", "mlr crowd"):
        assert remark not in said, remark
    assert opinion_in("Systems paper from the MLC/CMU crowd")
    assert not opinion_in("A benchmark from the Stanford NLP group")


def test_r128_table_the_fix_is_simple_is_the_writers_label() -> None:
    """r128 table: "What is described here? *The fix is weirdly simple: freeze the random
    patch-projection layer*" → MoCo v3 (graded useless: the list's wording)."""
    made = _cards(
        "## SSL\n\n| Paper | Notes |\n|---|---|\n| [An Empirical Study of Training"
        " Self-Supervised Vision Transformers](https://arxiv.org/abs/2104.02057) (MoCo v3) |"
        " MoCo for ViTs. Training is unstable at large batch. The fix is weirdly simple:"
        " freeze the random patch-projection layer. |\n"
    )
    assert not [card for card in made if "weirdly simple" in card.front + card.back]


def test_r128_glossary_a_definition_ending_in_instead_is_no_pointer() -> None:
    """r128 glossary: `**Photorespiratory bypass**: Engineered routes to metabolise glycolate
    inside the chloroplast instead.` was read as a pointer to read something else instead,
    and the entry got no card at all; a pointer in the writer's voice still is one."""
    entry = one(
        "- **Photorespiratory bypass**: Engineered routes to metabolise glycolate inside the"
        " chloroplast instead. Earlier greenhouse version in Arabidopsis: Kebeish et al. 2007.\n"
    )
    assert entry.claims[0].text.startswith("Engineered routes to metabolise glycolate")
    assert (
        claims.INSTEAD.search("SpinQuant (Liu et al., Meta, 2024) learns the rotations instead.")
        is None
    )
    for pointer in (
        "Add capacity instead.",
        "If you're implementing DetectGPT today, implement this instead.",
        "For travel times people usually use iasp91 (Kennett & Engdahl 1991) instead.",
        "Breaks on disconnected graphs; use harmonic centrality (sum of 1/d) instead.",
        "For partially polarized light use Stokes parameters and Mueller matrices instead.",
    ):
        assert claims.INSTEAD.search(pointer), pointer


def test_r129_syllabus_a_setting_before_a_colon_keeps_the_result_after_it() -> None:
    """r129 syllabus: "What is **Efficient Mechanisms for Bilateral Trading**? → One buyer,
    one seller" (cut at `, overlapping` before the colon that leads to the theorem), and
    "What is **Manipulation of Voting Schemes**? → Satterthwaite proved the same theorem
    independently (JET, 1975)" (both graded useless)."""
    said = (
        "One buyer, one seller, overlapping supports of values: no mechanism is at once"
        " efficient, Bayesian incentive compatible, interim individually rational and budget"
        " balanced"
    )
    assert cut_definition(said) == said
    other = "Satterthwaite proved the same theorem independently (JET, 1975), so it's known as it"
    assert claim_kind(other, first=True, name="Manipulation of Voting Schemes") == "says"


def test_r129_glossary_a_count_keeps_its_list_and_a_hedge_is_cut() -> None:
    """r129 glossary: "What is **Quartz recrystallization regimes**? → The three dynamic
    recrystallization mechanisms in quartz" (graded useless: the three not named); r128
    glossary: LHCII's whole definition held as an opinion for its `, and probably …`."""
    assert cut_definition(
        "The three dynamic recrystallization mechanisms in quartz, which succeed one another"
        " as temperature rises: bulging (BLG), subgrain rotation (SGR) and grain-boundary"
        " migration (GBM)"
    ) == (
        "The three dynamic recrystallization mechanisms in quartz, which succeed one another"
        " as temperature rises: bulging, subgrain rotation and grain-boundary migration"
    )
    assert (
        cut_definition(
            "The main trimeric light-harvesting complex of plants, and probably the most"
            " abundant membrane protein on Earth"
        )
        == "The main trimeric light-harvesting complex of plants"
    )


def test_r129_glossary_a_journal_after_cut_people_and_a_classic_example() -> None:
    """r129 glossary: `… by Davis & Coney 1979 (*Geology*), with …` asked as `… by
    ({{c1::Geology}})` (useless); r125 glossary: the Bateman function's definition dropped
    for the writer's `(the classic oral-dose "hump")`."""
    core = one(
        "- **Metamorphic core complex**: A dome of mid-crustal rock brought up from beneath a"
        " low-angle normal fault. They were first recognized as a group in the North American"
        " Cordillera by Davis & Coney 1979 (*Geology*), with the GSA Memoir 153 volume"
        " following in 1980.\n"
    )
    assert "Davis & Coney 1979 (Geology)" in core.claims[1].text
    bateman = one(
        "- **Bateman function**: the two-exponential curve you get for first-order absorption"
        ' followed by first-order elimination (the classic oral-dose "hump").\n'
    )
    assert bateman.claims[0].text.startswith("the two-exponential curve")


def test_r128_a_scare_quoted_kind_or_one_of_two_quoted_phrases_is_no_term() -> None:
    """r128 blog and glossary: `Almost every "{{c1::BO for ML}}" paper is a descendant of
    this one`, `Separated "{{c1::making oxygen}}" from "fixing carbon" …` (both graded weak):
    the writer's phrases in quotes; a named or proper one still is a term."""
    assert (
        claim_terms('Almost every "BO for ML" paper is a descendant of this one', [], [], []) == ()
    )
    assert (
        claim_terms(
            'Separated "making oxygen" from "fixing carbon" as experimental problems', [], [], []
        )
        == ()
    )
    assert claim_terms(
        'Everything since builds on it, whether it is called "continuous batching" or'
        ' "in-flight batching"',
        [],
        [],
        [],
    )[:1] == ("continuous batching",)
    assert claim_terms(
        'The revision reframed things around "Capability Thresholds" and "Required Safeguards"',
        [],
        [],
        [],
    )[:1] == ("Capability Thresholds",)


@pytest.mark.parametrize(
    "said",
    [
        "Built on SpeechBrain",  # r128 awesome, DASB's gist (useless)
        "Often called GPT4TS",  # r127 blog, One Fits All's (weak)
        "It comes from the engineering design / computer experiments world, not ML",  # EGO
        "The winner of that challenge, from Huawei Noah's Ark Lab",  # r128 blog, HEBO's
        "The actual origin of the idea",  # r129 awesome, Model Compression's (useless)
    ],
)
def test_r127_to_r129_what_it_is_built_on_or_called_is_no_gist(said: str) -> None:
    assert claim_kind(said, first=True, name="X", nested=True) == "says"
    assert claim_kind("This paper introduced Multi-head Latent Attention", True, "X") != "says"


def test_r130_a_benchmark_before_a_figure_and_a_journal_volume_are_no_names() -> None:
    """r130 awesome: `ImageNet: 49% certified top-1 accuracy …` named randomized smoothing's
    paper **ImageNet** on five cards; r130 syllabus: `ICFP 2018 (PACMPL 2)` named Elliott's
    paper **PACMPL 2** on four (all graded wrong)."""
    smoothing = one(
        "- [Certified Adversarial Robustness via Randomized Smoothing](https://arxiv.org/abs/"
        "1902.02918) - Jeremy Cohen, Elan Rosenfeld, J. Zico Kolter (CMU / Bosch, 2019). The"
        " one everyone cites. Classify with the majority vote under Gaussian noise and get a"
        " tight L2 radius from the Neyman-Pearson lemma. ImageNet: 49% certified top-1"
        " accuracy at L2 radius 0.5 (127/255). ICML 2019.\n"
    )
    assert smoothing.name == "Certified Adversarial Robustness via Randomized Smoothing"
    essence = one(
        '- Conal Elliott, "The simple essence of automatic differentiation." ICFP 2018 (PACMPL'
        " 2). [arXiv:1804.00746](https://arxiv.org/abs/1804.00746)\n"
        "  - AD as a functor out of a category of differentiable functions.\n"
    )
    assert essence.name == "The simple essence of automatic differentiation"


def test_r130_notes_an_article_title_in_sentence_case_with_its_link_is_a_work() -> None:
    """r130 notes: `**The extensible scheduler class** (https://lwn.net/Articles/922405/)`
    was read as a label over its bullets, a topic with no card."""
    article = one(
        "1. **The extensible scheduler class** (https://lwn.net/Articles/922405/)\n"
        "    - LWN, Feb 2023, on sched_ext.\n"
        "    - Scheduling policies written as BPF programs and loaded at runtime.\n"
    )
    assert not article.topic
    assert article.name == "The extensible scheduler class"


@pytest.mark.parametrize(
    "said",
    [
        "LWN, early 2020",  # r130 notes, The rapid growth of io_uring's gist (useless)
        "Addison-Wesley, 2020 and 2019",  # r130 notes, Systems Performance's (useless)
        "First used at ECCV 2014, extended version in TPAMI 2016",  # r130 table, SRCNN's
        "Gerbrand Ceder's group at Berkeley and LBNL",  # r130 blog, A-Lab's (weak)
    ],
)
def test_r130_a_byline_where_it_appeared_or_whose_group_is_no_gist(said: str) -> None:
    assert claim_kind(said, first=True, name="X", nested=True) == "says"


def test_r130_syllabus_short_and_well_written_is_a_verdict() -> None:
    """r130 syllabus: "What is **Applicative programming with effects** known for? → Short
    and very well written" (useless: the writer's word on it)."""
    assert is_verdict("Short and very well written")


def test_r131_notes_a_byline_of_people_after_the_title_and_a_venue_before_a_note() -> None:
    """r131 notes: `**An Empirical Evaluation of In-Memory Multi-Version Concurrency Control —
    Wu, Arulraj, Lin, Xian, Pavlo**` kept its authors in its name (no attribution card, its
    gist held as answer-on-front); `ACM TODS 1992. the WAL recovery paper: …` kept the
    venue in ARIES's gist."""
    mvcc = one(
        "1. **An Empirical Evaluation of In-Memory Multi-Version Concurrency Control — Wu,"
        " Arulraj, Lin, Xian, Pavlo** ([pdf](https://www.vldb.org/pvldb/vol10/p781-Wu.pdf))\n"
        "   - breaks MVCC design into four axes: concurrency control protocol, version"
        " storage, garbage collection, index management\n"
    )
    assert mvcc.name == "An Empirical Evaluation of In-Memory Multi-Version Concurrency Control"
    assert mvcc.attribution.authors == "Wu et al."
    ssi = one(
        "1. **Serializable Snapshot Isolation in PostgreSQL — Ports & Grittner**"
        " (https://arxiv.org/abs/1208.4179)\n   - describes the implementation that shipped in"
        " 9.1\n"
    )
    assert (ssi.name, ssi.attribution.authors) == (
        "Serializable Snapshot Isolation in PostgreSQL",
        "Ports and Grittner",
    )
    assert claims.tidy("ACM TODS 1992. the WAL recovery paper: LSNs on pages") == (
        "the WAL recovery paper: LSNs on pages"
    )


def test_r130_blog_whose_group_made_it_is_no_gist_with_its_full_stop() -> None:
    """r130 blog: "What is **A-Lab**? → Gerbrand Ceder's group at Berkeley and LBNL" (weak:
    who, not what); the sentence's full stop kept it a definition after the pattern for it
    was added, so the title's subtitle is what it is."""
    lab = one(
        "- **A-Lab: An autonomous laboratory for the accelerated synthesis of novel materials"
        " (Szymanski et al., 2023)** – [Nature](https://www.nature.com/articles/"
        "s41586-023-06734-w). Gerbrand Ceder's group at Berkeley and LBNL. The system proposed"
        " solid-state synthesis recipes using models trained on the literature.\n"
    )
    assert lab.claims[0].kind == "defines"
    assert lab.claims[0].text.startswith("An autonomous laboratory")
    assert claim_kind("The actual origin of the idea.", first=True, name="X") == "says"


def test_r129_awesome_the_actual_origin_of_the_idea_is_the_writers_label() -> None:
    """r129 awesome: "What is **Model Compression**? → The actual origin of the idea"
    (useless: which idea?): the label before the colon, then what the paper does."""
    compression = one(
        "- [Model Compression](https://dl.acm.org/doi/10.1145/1150402.1150464) - Buciluǎ,"
        " Caruana, Niculescu-Mizil (Cornell, KDD 2006). The actual origin of the idea: compress"
        " a big ensemble into one small neural net by labeling lots of synthetic data with the"
        " ensemble's predictions.\n"
    )
    assert compression.claims[0].text.startswith("compress a big ensemble")


def test_r131_notes_where_a_thing_comes_from_then_a_colon_is_what_the_paper_introduced() -> None:
    """r131 notes: `this is where the no-overwrite heap comes from: old record versions …`
    was read as a citation cut short (`from:`), and the entry's one fact made no card."""
    storage = one(
        "1. **The Design of the POSTGRES Storage System** ([pdf](https://www.vldb.org/conf/1987/"
        "P289.PDF))\n   - VLDB 1987\n   - this is where the no-overwrite heap comes from: old"
        " record versions stay put, no conventional undo log\n"
    )
    assert storage.claims[0].text.startswith("Introduces the no-overwrite heap")
    volcano = _cards(
        '## S\n- G. Graefe, "Volcano — An Extensible and Parallel Query Evaluation System,"'
        " *IEEE TKDE* 6(1), 1994.\n  This is where the open()/next()/close() *iterator model*"
        " comes from — every operator pulls one tuple at a time from its child.\n"
    )
    assert any(card.kind == "introduced" and "iterator model" in card.front for card in volcano)


def test_r131_notes_the_key_theory_result_is_the_label_before_the_finding() -> None:
    """r131 notes: "What is **Making Snapshot Isolation Serializable**? → the key theory
    result" (the label kept, the result cut off); `their finding that matters here: …`
    made no card at all; a note's lower-case remark after the result stays out of it."""
    fekete = one(
        "1. **Making Snapshot Isolation Serializable** ([doi](https://dl.acm.org/doi/10.1145/"
        "1071610.1071615))\n   - ACM TODS 2005\n   - the key theory result: any non-serializable"
        " SI execution has a cycle in the dependency graph with two consecutive"
        " rw-antidependency edges. everything below builds on this\n"
    )
    first = fekete.claims[0]
    assert (first.label, first.text) == (
        "main finding",
        "any non-serializable SI execution has a cycle in the dependency graph with two"
        " consecutive rw-antidependency edges",
    )
    wu = one(
        "1. **An Empirical Evaluation of In-Memory Multi-Version Concurrency Control**"
        " ([pdf](https://www.vldb.org/pvldb/vol10/p781-Wu.pdf))\n   - VLDB 2017\n"
        "   - their finding that matters here: version storage + GC choices matter as much as"
        " the CC protocol\n"
    )
    assert (wu.claims[0].label, wu.claims[0].text) == (
        "main finding",
        "version storage + GC choices matter as much as the CC protocol",
    )
    assert sentences("two rw edges. everything below builds on this") == [
        "two rw edges.",
        "everything below builds on this",
    ]
    assert len(sentences("e.g. it works. vs. this one")) == 1


def test_r132_a_work_named_as_like_anothers_is_no_attribution() -> None:
    """r132 table: "What is the title of the **PEER** paper (la Lample et al., 2024)?": `à la
    Lample et al.'s product key memories` compares it with another's work."""
    parsed = parse_text(
        "## Beyond\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n| 2024/07 | PEER |"
        " Google DeepMind | [Mixture of A Million Experts](https://arxiv.org/abs/2407.04202) —"
        " Xu Owen He |\n\nPEER takes fine-grained experts to the extreme: over a million"
        " single-neuron experts, retrieved with product-key lookup (à la Lample et al.'s product"
        " key memories).\n"
    )
    peer = parsed.entries[0]
    assert "Lample" not in peer.attribution.authors
    assert peer.claims[0].text.endswith("(à la Lample et al.'s product key memories)")


_TDA = (
    "## Persistence\n\n**Bottleneck distance**: the distance between two persistence diagrams"
    " given by the best matching of their points, measured by the worst matched pair in the"
    " sup norm. Wasserstein variants came later (Cohen-Steiner, Edelsbrunner, Harer & Mileyko"
    ' 2010, "Lipschitz functions have L_p-stable persistence") (Cohen-Steiner, Edelsbrunner &'
    " Harer 2007, Discrete & Computational Geometry 37)\n\n**Vietoris–Rips complex**: a simplex"
    " for every set of points that are pairwise within distance ε. It only needs pairwise"
    " distances, so it works for any metric space (Vietoris 1927)\n\n**Mapper**: choose a"
    ' filter (or "lens") f: X → ℝ, cover its range with overlapping intervals, cluster the'
    " points in each preimage, and draw a graph with one node per cluster. The knobs were"
    " folklore until Carrière & Oudot analyzed them ([arXiv 1511.05823](https://arxiv.org/abs/"
    "1511.05823), FoCM 2018). For applications, Lum et al. is the showcase paper (Singh,"
    " Mémoli & Carlsson 2007)\n\n**Discrete Morse theory**: a combinatorial version of Morse"
    " theory for cell complexes. It shrinks a complex before you compute persistence;"
    " Mischaikow & Nanda (DCG 2013) did exactly that for filtrations, and it's how Perseus"
    " works (Forman 1998, Advances in Mathematics 134)\n"
)


def test_r132_glossary_definitions_keep_what_makes_them_true() -> None:
    """r132 glossary (useless share 20.9 %): the bottleneck distance's definition dropped as
    the writer's opinion (`the best matching`) and credited to the bracket before its own;
    Rips cut before `that are pairwise within distance ε`; Mapper cut at the colon of `f: X →
    ℝ`; a clue whose subject, the people cited, was cut out (`did exactly that …`)."""
    entries = {entry.name: entry for entry in parse_text(_TDA).entries}
    bottleneck = entries["Bottleneck distance"]
    assert bottleneck.claims[0].text.startswith("the distance between two persistence diagrams")
    assert (bottleneck.attribution.authors, bottleneck.attribution.year) == (
        "Cohen-Steiner et al.",
        2007,
    )
    rips = entries["Vietoris–Rips complex"].claims[0].text
    assert cut_definition(rips).endswith("pairwise within distance ε")
    mapper = entries["Mapper"]
    assert cut_definition(mapper.claims[0].text).startswith('choose a filter (or "lens") f: X → ℝ,')
    assert any(claim.text.endswith("(FoCM 2018)") for claim in mapper.claims)
    assert not any(claim.text.startswith("For applications, is") for claim in mapper.claims)
    morse = entries["Discrete Morse theory"]
    assert not any(claim.text.startswith("did exactly") for claim in morse.claims)
    # (a colon before an arrow's chain that is no map stays a colon)
    assert cut_definition(
        "The two photosystems in series, drawn against redox potential so the electron path"
        " looks like a sideways Z: PSII → plastoquinone → cytochrome b6f → plastocyanin → PSI"
    ).endswith("sideways Z")


def test_r125_two_brackets_side_by_side_only_one_a_citation_keep_the_first_citation() -> None:
    tmdd = parse_text(
        "## PK\n\n**Target-mediated drug disposition (TMDD)**: when binding to the target is a"
        " big enough sink that it changes the drug's PK. Gerhard Levy named the concept (Levy"
        " 1994), and Mager & Jusko wrote the general model that everyone now simplifies"
        " (quasi-equilibrium, QSS, Michaelis–Menten approximations) (Mager & Jusko 2001, *J"
        " Pharmacokinet Pharmacodyn*).\n\n**Clearance**: the volume of plasma cleared of drug per"
        " unit time (Rowland 1973)\n\n**Half-life**: the time for the concentration to halve"
        " (Gibaldi 1982)\n"
    ).entries[0]
    assert (tmdd.attribution.authors, tmdd.attribution.year) == ("Levy", 1994)


def test_r132_syllabus_an_edited_book_in_italics_is_the_title() -> None:
    """r132 syllabus: "When was the **Sara Seager (ed.), Exoplanets (University of…**
    introduced? → 2010 (Seager and Exoplanets)"."""
    for head in ("Sara Seager (ed.), *Exoplanets*", "Sara Seager, *Exoplanets*"):
        book = one(f"- {head} (University of Arizona Press, 2010). Chapters 1–3.\n")
        assert (book.name, book.attribution.authors, book.attribution.year) == (
            "Exoplanets",
            "Seager",
            2010,
        )


def test_r132_the_writers_sorting_and_comparisons_are_no_facts() -> None:
    """r132: "The **math** is …? → heavier than anything else in the first half" (syllabus),
    "What is **DeepSpeed-MoE**? → Part model design, part systems" (table), both useless."""
    assert opinion_in("The math is heavier than anything else in the first half")
    assert opinion_in("Part model design, part systems.")
    assert opinion_in("given by the best matching of their points") is None
    assert opinion_in("The best single technical overview right now")
    assert claim_kind("The conceptual ancestor.", first=True, name="Mesh-TensorFlow") == "says"


def test_the_known_for_of_a_long_description_is_what_it_is() -> None:
    """r90 blog (FunSearch's one gist, kept): `An evolutionary loop over Python programs,
    scored by an automatic evaluator, improved the best known cap set constructions …`."""
    made = _cards(
        "## S\n- ⭐ **FunSearch.** [Mathematical discoveries from program search with large"
        " language models](https://www.nature.com/articles/s41586-023-06924-6) (Romera-Paredes"
        " et al., *Nature*, 2024). An evolutionary loop over Python programs, scored by an"
        " automatic evaluator, improved the best known cap set constructions and bin-packing"
        " heuristics.\n"
    )
    gist = next(card for card in made if card.kind == "gist")
    assert gist.back.startswith("An evolutionary loop over Python programs, scored by an")


def test_r104_notes_people_and_their_contributors_are_no_definition() -> None:
    hypothesis = one(
        "3. **Hypothesis** ([docs](https://hypothesis.readthedocs.io/))\n   - David MacIver,"
        " Zac Hatfield-Dodds + contribs\n   - Python PBT, `@given(st.integers())` style"
        " strategies\n"
    )
    assert hypothesis.claims[0].text.startswith("Python PBT")
    mooncake = one(
        "- **Mooncake** ([arXiv](https://arxiv.org/abs/2407.00079)). Up to 525% more throughput"
        " in long-context scenarios. ([repo](https://github.com/kvcache-ai/Mooncake), which also"
        " has the traces)\n"
    )
    assert "traces" not in mooncake.claims[-1].text


def test_r132_table_a_note_under_the_table_goes_on_about_the_row_it_opens_with() -> None:
    """r132 table (coverage 52 %): `Hash Layers is my favourite sanity-check paper. Route
    tokens by a fixed hash of the token id, …` under a `| Paper | Links |` table: the row had
    no name column, and the sentences after the first were dropped; `One is the sharding
    annotation API in XLA` made a term card for "One"."""
    parsed = parse_text(
        "## Routing\n\n| Paper | Links |\n|---|---|\n| **Hash Layers For Large Sparse Models** —"
        " Roller, Sukhbaatar, Szlam, Weston (FAIR, NeurIPS 2021) | [arXiv](https://arxiv.org/abs/"
        "2106.04426) |\n| **StableMoE: Stable Routing Strategy for Mixture of Experts** — Dai et"
        " al. (ACL 2022) | [arXiv](https://arxiv.org/abs/2204.08396) |\n\nHash Layers is my"
        " favourite sanity-check paper. Route tokens by a fixed hash of the token id, with no"
        " learned router at all, and it's competitive with Switch and BASE.\n\nStableMoE points"
        " out routing fluctuation. Their fix distils the routing into a frozen router.\n"
    )
    hashing, stable = parsed.entries
    assert any(claim.text.startswith("Route tokens by a fixed hash") for claim in hashing.claims)
    assert any("frozen router" in claim.text for claim in stable.claims)
    assert statement("One is the sharding annotation API in XLA") is None


def test_r132_notes_where_the_term_comes_from_is_what_the_paper_introduced() -> None:
    """r132 notes: Lamport's 1979 paper made only its attribution card from `Where the term
    *sequential consistency* comes from: the result is as if …` (read as a fragment);
    Mattern's gist was "Colin Fidge came up with basically the same thing independently";
    the book's was "2nd edition in 2020 adds Victor Luchangco and Michael Spear"."""
    made = _cards(
        "## Correctness\n\n4. **How to Make a Multiprocessor Computer That Correctly Executes"
        " Multiprocess Programs** ([pdf](https://lamport.azurewebsites.net/pubs/multi.pdf))\n"
        "   - Lamport, IEEE Transactions on Computers C-28(9), 1979.\n   - Where the term"
        " *sequential consistency* comes from: the result is as if all ops ran in some single"
        " interleaving that respects each processor's program order.\n"
    )
    assert "Which paper introduced the term “sequential consistency”?" in [
        card.front for card in made
    ]
    assert (
        claim_kind(
            "Colin Fidge came up with basically the same thing independently (1988)",
            first=True,
            name="Virtual Time and Global States of Distributed Systems",
        )
        == "says"
    )
    assert (
        claim_kind(
            "2nd edition in 2020 adds Victor Luchangco and Michael Spear",
            first=True,
            name="The Art of Multiprocessor Programming",
        )
        == "says"
    )
    assert (
        statement("Introduces R-hat: run several chains from overdispersed starting points") is None
    )


def test_r132_the_writers_ranking_and_where_it_came_from_are_no_gists() -> None:
    """r132's five worst: "What is **Statistical Rethinking**? → The friendliest Bayesian
    textbook around", "What is **Chronos**? → The most "just use a language model"
    approach", "Good on why they picked "catch fire" semantics" (opinions); "What is
    **Read-Copy Update**? → Came out of Sequent's DYNIX/ptx", "Actually the whole 2012 run of
    his blog (…)" (no definitions); "Physics Letters B. The original HMC paper" (a journal
    left before the note)."""
    assert opinion_in("The friendliest Bayesian textbook around")
    assert opinion_in('The most "just use a language model" approach')
    assert opinion_in('Good on why they picked "catch fire" semantics for races')
    assert opinion_in("the fastest path around the loop") is None
    for said in (
        "Came out of Sequent's DYNIX/ptx",
        "Actually the whole 2012 run of his blog (memory reordering caught in the act)",
    ):
        assert claim_kind(said, first=True, name="Read-Copy Update") == "says"
    assert claims.tidy("Physics Letters B. The original HMC paper, from lattice field theory") == (
        "The original HMC paper, from lattice field theory"
    )


_TDA_CREDITS = (
    "## Software\n\n**Kepler Mapper**: the Python Mapper implementation most people use. For a"
    " pipeline with persistence and Mapper in one package, use giotto-tda (Tauzin et al., JMLR"
    " 2021, [arXiv 2004.02551](https://arxiv.org/abs/2004.02551)) (van Veen, Saul, Eargle &"
    " Mangham 2019, JOSS 4(42), [github](https://github.com/scikit-tda/kepler-mapper))\n\n"
    "**Klein bottle of image patches**: take high-contrast 3×3 patches from natural images"
    " (van Hateren's database, following Lee, Pedersen & Mumford 2003) and keep the densest"
    " ones. Persistence shows a Klein bottle once you include more patches (Carlsson,"
    " Ishkhanov, de Silva & Zomorodian 2008, International Journal of Computer Vision 76)\n\n"
    "**Interleaving distance**: a distance defined directly on persistence modules. Lesnick"
    " proved the converse direction and showed that interleaving is universal in the"
    " multiparameter setting (Chazal, Cohen-Steiner, Glisse, Guibas & Oudot 2009, SoCG;"
    " [Lesnick 2015](https://arxiv.org/abs/1106.5305))\n"
)


def test_r132_glossary_credits_go_to_the_terms_own_citation() -> None:
    """r132 glossary (wrong credits outside the sample): Kepler Mapper → "Tauzin et al."
    (giotto-tda's, the bracket before its own, which holds `JOSS 4(42)`); Klein bottle →
    "Lee et al., 2003" (`following Lee, Pedersen & Mumford 2003`: whose work it builds on);
    "Who found this about **Interleaving distance**? *Lesnick proved …*" → "Chazal et al."."""
    entries = {entry.name: entry for entry in parse_text(_TDA_CREDITS).entries}
    assert entries["Kepler Mapper"].attribution.authors == "van Veen et al."
    assert entries["Klein bottle of image patches"].attribution.authors != "Lee et al."
    assert not any(
        finding.text.startswith("Lesnick") for finding in entries["Interleaving distance"].findings
    )


def test_r133_a_journals_short_name_after_the_byline_is_no_name() -> None:
    """r133 awesome: `(Sandia / UT Austin, 2016). JFM. The Tensor Basis Neural Network …`
    named the entry **JFM** ("What is **JFM**?", "Who made **JFM**?", all useless)."""
    ling = one(
        "- [Reynolds averaged turbulence modelling using deep neural networks with embedded"
        " invariance](https://doi.org/10.1017/jfm.2016.615) - Julia Ling, Andrew Kurzawski,"
        " Jeremy Templeton (Sandia / UT Austin, 2016). JFM. The Tensor Basis Neural Network"
        " (TBNN): predicts coefficients for Pope's integrity basis.\n"
    )
    assert ling.name != "JFM"


def test_r133_notes_what_it_lacks_and_who_borrows_from_it_are_no_definitions() -> None:
    """r133 notes: "What is **Magpie**? → No explicit request IDs", "What is **Gorilla**? →
    Metrics side, not traces" (useless); then "Prometheus TSDB chunk encoding borrows
    heavily from it" took Gorilla's gist."""
    gorilla = _cards(
        "## N\n6. **Gorilla: A Fast, Scalable, In-Memory Time Series Database**"
        " ([pdf](https://www.vldb.org/pvldb/vol8/p1816-teller.pdf))\n   - Pelkonen, Franklin,"
        " Teller. VLDB 2015 (Facebook).\n   - Metrics side, not traces. Famous for its"
        " compression: delta-of-delta timestamps + XOR'd float values. Prometheus TSDB chunk"
        " encoding borrows heavily from it.\n"
    )
    backs = [card.back for card in gorilla if card.kind == "gist"]
    assert backs and not any("Metrics side" in b or "borrows" in b for b in backs)
    assert claim_kind("No explicit request IDs.", first=True, name="Magpie") == "says"
    assert claim_kind("No image encoder at all", first=True, name="Fuyu-8B") != "says"


def test_r133_the_writers_analogy_and_word_on_the_title_are_no_facts() -> None:
    """r133's five worst: "It is the {{c1::ImageNet}} of the field" (syllabus), "What is
    **MAGVIT-v2** known for? → The title is deliberately provocative …" (blog), "What is
    **SimMIM**? → Published almost the same week as MAE …" (table), "Similar idea, released
    around the same time: …" (blog), a clue of only `Science Advances 4(3), eaaq0504`
    (syllabus), "Who found this …? *Nobody has found an explicit colouring …*" (glossary)."""
    for said in (
        "It is the ImageNet of the field, including the part where everyone overfits to it",
        "The title is deliberately provocative, and the tokenizer ideas outlived the argument",
        "Published almost the same week as MAE and reaches a similar conclusion",
        "Similar idea, released around the same time: ~700 prompts and a pile of metrics",
    ):
        assert opinion_in(said), said
    assert opinion_in("covering hardware, software and the state of the field.") is None
    assert opinion_in("the speed of the field lines") is None
    assert VENUE_NOTE.match("Science Advances 4(3), eaaq0504")
    erdos = parse_text(
        "## Ramsey\n\n**Probabilistic lower bound**: a random colouring shows R(k) > 2^{k/2}."
        " Nobody has found an explicit colouring that comes close to it (Erdős 1947, Bull. AMS"
        " 53)\n\n**Ramsey number**: the least n such that every 2-colouring of K_n has a"
        " monochromatic K_k (Ramsey 1930)\n\n**Clique**: a set of pairwise adjacent vertices"
        " (Luce & Perry 1949)\n"
    ).entries[0]
    assert not any(finding.text.startswith("Nobody") for finding in erdos.findings)


def test_r133_words_someone_says_in_quotes_are_no_term() -> None:
    """r133 notes: "This is the paper to hand anyone who says "{{c1::just add OTel}}"" (a
    cloze on the writer's quip, useless)."""
    assert "just add OTel" not in claim_terms(
        'This is the paper to hand anyone who says "just add OTel"', [], [], []
    )


def test_r134_an_old_dois_tail_after_its_link_is_debris() -> None:
    """r134 glossary: the Gent–McWilliams clue ended in `\\<0150:IMIOCM\\>2.0.CO;2`, the rest
    of `https://doi.org/10.1175/1520-0485(1990)020<0150:IMIOCM>2.0.CO;2` once its link ended."""
    assert claims.tidy("without mixing across density surfaces <0150:IMIOCM>2.0.CO;2.") == (
        "without mixing across density surfaces"
    )


def test_r134_a_subtitle_that_names_a_point_of_view_is_no_gist() -> None:
    """r134 awesome: "What is **Decision Procedures**? → An Algorithmic Point of View"
    (useless: how the book looks at its subject, not what it is)."""
    made = _cards(
        "## Books\n- [Decision Procedures: An Algorithmic Point of View](http://www.decision-"
        "procedures.org/) - Daniel Kroening, Ofer Strichman (Springer, 2008; 2nd ed. 2016).\n"
    )
    assert not any(card.kind == "gist" and "Point of View" in card.back for card in made)


def test_r135_a_count_that_only_names_what_follows_gives_way_to_it() -> None:
    """r135 syllabus: "What is **The Byzantine Generals Problem**? → The name of the problem
    and the two headline results" (useless: the results themselves cut off)."""
    text = (
        "The name of the problem and the two headline results: with oral (unauthenticated)"
        " messages, agreement is possible only if more than two-thirds of generals are loyal"
        " (n > 3m); with signed messages you can tolerate any number of traitors"
    )
    assert cut_definition(text) == (
        "with oral (unauthenticated) messages, agreement is possible only if more than"
        " two-thirds of generals are loyal (n > 3m)"
    )
    # (but a head that says what it does keeps its say, and a numbered list stays whole)
    assert cut_definition(
        "Extends mip-NeRF to unbounded 360° captures with three pieces: a contraction that"
        " squashes far-away space into a bounded ball, a small proposal MLP trained by online"
        " distillation, and a distortion regulariser against floaters"
    ).startswith("Extends mip-NeRF to unbounded 360° captures")


def test_r135_a_bracket_further_on_never_renames_a_title_that_names_itself() -> None:
    """r135 syllabus: Algorand's entry went by "BA★", the Byzantine agreement protocol its
    description names in a bracket."""
    entry = one(
        "20. Yossi Gilad, Rotem Hemo, Silvio Micali, Georgios Vlachos, Nickolai Zeldovich,"
        ' "Algorand: Scaling Byzantine Agreements for Cryptocurrencies," *SOSP 2017*.'
        " https://people.csail.mit.edu/nickolai/papers/gilad-algorand-eprint.pdf\n"
        "    Cryptographic sortition with VRFs picks a small secret committee for each step of"
        " a Byzantine agreement protocol (BA★), and committee members speak once.\n"
    )
    assert entry.name == "Algorand"


def test_r135_a_nudge_to_the_reader_is_no_part_of_the_fact() -> None:
    """r135 notes: RFC 4271's claim kept its label, "Worth keeping in mind: nothing in here
    checks that a speaker may actually originate a prefix"."""
    entry = one(
        "1. **RFC 4271: A Border Gateway Protocol 4 (BGP-4)** (https://www.rfc-editor.org/rfc/"
        "rfc4271)\n   - Rekhter, Li, Hares (eds.), 2006.\n   - Worth keeping in mind: nothing"
        " in here checks that a speaker may actually originate a prefix.\n"
    )
    assert (
        entry.claims[0].text
        == "nothing in here checks that a speaker may actually originate a prefix"
    )


def test_r136_a_journals_abbreviation_is_no_author() -> None:
    """r136 glossary: "Who made **HBV**? → Hydrol", from the link `[J. Hydrol.](doi)`."""
    assert attribution.cut("J. Hydrol.")[0].authors == ""
    assert attribution.cut("(Zhao 1992, J. Hydrol. 135)")[0] == Attribution(
        authors="Zhao", year=1992
    )


def test_r136_a_journal_after_the_citation_is_no_name() -> None:
    """r136 awesome: "*A large and rich EEG dataset …* What is this paper known as? →
    NeuroImage" (the dataset's name, THINGS-EEG2, comes after the journal)."""
    entry = one(
        "- [A large and rich EEG dataset for modeling human visual object recognition]"
        "(https://doi.org/10.1016/j.neuroimage.2022.119754) - Gifford, Dwivedi, Roig, Cichy"
        " (FU Berlin, 2022). NeuroImage. THINGS-EEG2: 10 subjects, 16,740 image conditions.\n"
    )
    assert entry.name != "NeuroImage"


def test_r136_which_chapters_of_the_course_book_to_read_is_no_entry() -> None:
    """r136 syllabus: "Who made **9 and 11**? → Dodelson et al." from `- Dodelson & Schmidt,
    Ch. 9 and 11.`"""
    entries = parse_text(
        '## Week 7\n\n- Kaiser, N. "Clustering in Real Space and in Redshift Space." *MNRAS*'
        " 227, 1 (1987).\n- Dodelson & Schmidt, Ch. 9 and 11.\n- Hatcher, §§2.1–2.2\n"
    ).entries
    assert [entry.title for entry in entries] == ["Clustering in Real Space and in Redshift Space"]


def test_r136_how_a_paper_reads_is_no_gist() -> None:
    """r136 blog: "What is **The Synthesizability of Molecules …**? → Short and a bit brutal"
    (useless)."""
    assert is_verdict("Short and a bit brutal")
    assert not is_verdict("SWEET")  # (a method's name, r80 awesome)


def test_r136_which_part_matters_gives_way_to_what_it_is() -> None:
    """r136 blog: "What is **Predicting retrosynthetic pathways …**? → The important bit isn't
    the planner but the metrics" (useless: the metrics cut off)."""
    assert cut_definition(
        "The important bit isn't the planner but the metrics: round-trip accuracy (does a"
        " forward model agree that these reactants give the product?), coverage and diversity"
    ).startswith("round-trip accuracy")


def test_r136_what_to_read_next_is_an_instruction() -> None:
    """r136 blog: "**An autonomous laboratory …** — Then read 's critique ({{c1::PRX
    Energy}}), from Robert Palgrave …" (useless: a pointer, its people cut)."""
    assert INSTRUCTION.match("Then read Leeman et al.'s critique (PRX Energy), from Palgrave")
    assert INSTRUCTION.match("also look at the RevlogNG page and the generaldelta change")
    assert not INSTRUCTION.match("Also known as the Kaiser effect")


def test_r137_a_publisher_and_year_is_no_name() -> None:
    """r137 syllabus: "*Social Choice and Individual Values* (Arrow) What is this paper known
    as? → Wiley 1951"."""
    entry = one(
        "- K. J. Arrow, *Social Choice and Individual Values*. Wiley 1951; 2nd ed. 1963; 3rd ed."
        " [Yale University Press, 2012](https://yalebooks.yale.edu/book/9780300179316/)"
        " (with a foreword by Eric Maskin).\n"
    )
    assert entry.name == "Social Choice and Individual Values"


def test_r137_what_the_reader_can_do_with_it_and_a_segue_are_no_claims() -> None:
    """r137 syllabus: Fain et al.'s finding, `… corresponds to a Lindahl equilibrium, which
    you can compute with a convex program`, was dropped for its `you`, and the segue `The
    indivisible case is much messier, and that's next week.` asked as what it is known for."""
    entry = one(
        '- B. Fain, A. Goel, K. Munagala, "The Core of the Participatory Budgeting Problem,"'
        " *WINE 2016*. [arXiv:1610.03474](https://arxiv.org/abs/1610.03474). With divisible"
        " projects, the core is non-empty and corresponds to a Lindahl equilibrium, which you"
        " can compute with a convex program. The indivisible case is much messier, and that's"
        " next week.\n"
    )
    assert [claim.text for claim in entry.claims] == [
        "With divisible projects, the core is non-empty and corresponds to a Lindahl equilibrium"
    ]


def test_r136_a_model_the_paper_measured_is_no_name() -> None:
    """r136 table: "*Efficiently Scaling Transformer Inference* (Pope et al., 2022) What is
    this paper known as? → PaLM 540B" (wrong: the model it serves, then its figures)."""
    entry = parse_text(
        "## Parallelism\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n| 2022-11 |"
        " Efficiently Scaling Transformer Inference | Google | [Efficiently Scaling Transformer"
        " Inference](https://arxiv.org/abs/2211.05102), Reiner Pope, Sholto Douglas, Jeff Dean"
        " (MLSys 2023). The best first-principles treatment of partitioning for latency vs."
        " throughput on TPU v4. PaLM 540B: 29 ms/token at low batch with int8 weights. |\n"
    ).entries[0]
    assert entry.name == "Efficiently Scaling Transformer Inference"


def test_r138_a_publishing_house_is_no_author() -> None:
    """r138 syllabus: "Who made **Scalar Implicature as a Grammatical Phenomenon**? → de
    Gruyter, 2012" (the handbook's publisher, in the bracket after its volume)."""
    assert attribution.cut("(de Gruyter, 2012)")[0] == Attribution(year=2012)
    assert attribution.cut("(Smith & Blackwell 2003)")[0].authors == "Smith and Blackwell"
    entry = one(
        '- Gennaro Chierchia, Danny Fox & Benjamin Spector, "Scalar Implicature as a'
        ' Grammatical Phenomenon," in Maienborn, von Heusinger & Portner (eds.), *Semantics:'
        " An International Handbook of Natural Language Meaning*, vol. 3 (de Gruyter, 2012),"
        " 2297–2331. Argues scalar implicatures are computed in the grammar.\n"
    )
    assert entry.attribution.authors == "Chierchia et al."
