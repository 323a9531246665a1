"""A glossary's term spelled out in its own bracket (`**OC20 (Open Catalyst 2020)**`) is
its name, never a citation, even with a year in it (round 68's glossary: "Who made
**OC20**, and when? → Catalyst (Meta AI), 2020", for Chanussot et al. 2021)."""

from __future__ import annotations

from srs.reading.document import parse_text
from srs.reading.titles import title_citation

GLOSSARY = (
    "# ML for molecules\n\n"
    "**OC20 (Open Catalyst 2020)**: Large DFT dataset (~1.3M relaxations) of adsorbates on"
    " catalyst surfaces, from Meta AI and CMU, with S2EF/IS2RE tasks (Chanussot et al. 2021)."
    " [arXiv:2010.09990](https://arxiv.org/abs/2010.09990)\n\n"
    "**Body order**: The number of atoms that interact at once in a term of the potential.\n\n"
    "**Coarse-grained force field**: A model on fewer beads than atoms.\n"
)


def test_r68_a_terms_spelled_out_bracket_is_no_citation() -> None:
    assert title_citation("OC20 (Open Catalyst 2020)").authors == ""
    assert title_citation("Flash Attention (Dao et al., 2022)").authors == "Dao et al."
    oc20 = parse_text(GLOSSARY).entries[0]
    assert (oc20.attribution.authors, oc20.attribution.year) == ("Chanussot et al.", 2021)


def test_r68_a_citation_in_advice_is_a_reading_not_who_made_the_term() -> None:
    """r68 glossary: "Who made **Stability**, and when? → Fu et al., 2023" from `Evaluate on
    actual MD observables … (Fu et al. 2023, "Forces are not Enough")`: advice, and the
    paper to read for it."""
    from srs.reading.remarks import INSTRUCTION

    text = GLOSSARY + (
        "\n**Stability (of MD with MLIPs)**: Low force MAE on a test set doesn't mean your"
        " simulation won't blow up after 50 ps. Evaluate on actual MD observables (RDFs,"
        ' diffusivity) and time-to-failure (Fu et al. 2023, "Forces are not Enough").'
        " [arXiv:2210.07237](https://arxiv.org/abs/2210.07237)\n"
    )
    stability = parse_text(text).entries[-1]
    assert stability.attribution.authors == ""
    assert INSTRUCTION.match("Avoid it for small molecules")
    assert not INSTRUCTION.match("Evaluation harness for LLMs")


def test_r69_a_terms_citation_is_never_another_named_works() -> None:
    """r69 glossary (linguistics): AMR credited to Cai & Knight (Smatch's), semantic parsing
    to Zelle & Mooney (GeoQuery's), RSA to Andreas & Klein (a later use), FrameNet to
    Fillmore 1982 and the Parallel Meaning Bank to Kamp 1981 (one bracket, several works)."""
    text = (
        "# Linguistics for NLP\n\n"
        "**Abstract Meaning Representation (AMR)**: Rooted, directed graphs for sentence"
        " meaning. Evaluated with Smatch (Cai & Knight 2013)"
        " ([Banarescu et al. 2013](https://aclanthology.org/W13-2322/)).\n\n"
        "**Semantic parsing**: Mapping a sentence to a logical meaning representation. Early"
        " learned systems: GeoQuery (Zelle & Mooney 1996) and CCG-based parsers trained on"
        " sentence–logical form pairs ([Zettlemoyer & Collins 2005](https://arxiv.org/abs/1207.1420)).\n\n"
        "**Frame semantics**: Word meanings are understood relative to frames. The theory"
        " behind FrameNet (Fillmore 1982; [Baker, Fillmore & Lowe 1998](https://aclanthology.org/P98-1013/)).\n\n"
        "**Rational Speech Acts (RSA)**: A Bayesian model of pragmatics. Predicts implicatures,"
        " and has been combined with neural speakers and listeners for reference games"
        " ([Andreas & Klein 2016](https://arxiv.org/abs/1604.00562)) (Frank & Goodman 2012).\n\n"
        "**Tensor Field Networks (TFN)**: Rotation-equivariant point-cloud networks; the"
        ' ancestor of most "steerable" MLIPs (Thomas et al. 2018).\n'
    )
    reading = parse_text(text)
    credited = {entry.name: entry.attribution.authors for entry in reading.entries}
    assert credited == {
        "Abstract Meaning Representation": "Banarescu et al.",
        "Semantic parsing": "",
        "Frame semantics": "",
        "Rational Speech Acts": "",
        "Tensor Field Networks": "Thomas et al.",
    }
    mentioned = {(m.name, m.authors) for entry in reading.entries for m in entry.mentions}
    assert mentioned == {("GeoQuery", "Zelle and Mooney")}
