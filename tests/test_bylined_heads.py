"""Who wrote a reading, where a list says it before the title or in a reference's own
style: a bold head that opens with its authors (`**Little (1961) — A Proof for …**`), a
Chicago byline (`Centola, Damon. 2010.`), a journal's abbreviated name (`J. Combin.
Theory`) that is no author. Found by the blind grading of round 22's notes, glossary and
syllabus."""

from __future__ import annotations

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.bylines import byline_head
from srs.reading.document import parse_text
from srs.reading.model import Entry
from srs.reading.sentences import sentences

NOTES = """\
## Foundations

1. **Kleinrock — Queueing Systems, Vol. 1: Theory** (Wiley, 1975)
   - classic, more math-heavy
2. **Little (1961) — A Proof for the Queuing Formula: L = λW** ([doi](https://doi.org/10.1287/opre.9.3.383))
   - holds for any stable system, any discipline
3. **Halfin & Whitt (1981) — Heavy-Traffic Limits for Queues with Many Exponential Servers**
   - square-root staffing: c ≈ R + β√R
4. **Lu, Xie, Kliot, Geller, Larus, Greenberg (2011) — Join-Idle-Queue: A novel load balancing
   algorithm**
   - decouples discovery of idle servers from dispatch
"""


def entries(text: str) -> list[Entry]:
    return parse_text(text).entries


#: two more terms: a glossary is three `**Term**: …` paragraphs or more
OTHER_TERMS = (
    "**Convex hull**: the smallest convex set holding every point.\n\n"
    "**Voronoi diagram**: the plane cut into the regions nearest each site.\n\n"
)


def test_a_bold_head_that_opens_with_its_authors_is_titled_and_credited() -> None:
    found = {entry.title: entry.attribution for entry in entries(NOTES)}
    assert list(found) == [
        "Queueing Systems, Vol. 1: Theory",
        "A Proof for the Queuing Formula: L = λW",
        "Heavy-Traffic Limits for Queues with Many Exponential Servers",
        "Join-Idle-Queue: A novel load balancing algorithm",
    ]
    assert [(a.authors, a.year) for a in found.values()] == [
        ("Kleinrock", 1975),  # one surname: a byline in a list that writes its heads so
        ("Little", 1961),
        ("Halfin and Whitt", 1981),
        ("Lu et al.", 2011),
    ]
    made = template_cards(parse_text(NOTES, name="notes"), load_templates(), {})
    fronts = [card.front for card in made.cards if card.kind == "attribution"]
    assert "Who made **A Proof for the Queuing Formula: L = λW**, and when?" in fronts
    assert not [front for front in fronts if " — " in front]  # no byline in a name


def test_a_short_name_before_a_dash_is_no_byline() -> None:
    """`**Mamba — Linear-Time …**` in a list that does not write bylines: Mamba is the
    paper's name, not its author."""
    assert byline_head("Mamba — Linear-Time Sequence Modeling with Selective State Spaces") is None
    assert byline_head("Kleinrock — Queueing Systems", surnames=True) is not None
    listed = entries(
        "## Models\n\n- **Mamba — Linear-Time Sequence Modeling with Selective State Spaces**"
        " ([arXiv](https://arxiv.org/abs/2312.00752))\n"
        "- **Hyena — Towards Larger Convolutional Language Models** (2023)\n"
    )
    assert [entry.title.split()[0] for entry in listed] == ["Mamba", "Hyena"]
    assert [entry.attribution.authors for entry in listed] == ["", ""]


def test_a_chicago_byline_is_one_author_with_the_year() -> None:
    entry = entries(
        '## Week 3\n\n7. Centola, Damon. 2010. "The Spread of Behavior in an Online Social'
        ' Network Experiment." *Science* 329(5996): 1194–1197.\n'
    )[0]
    assert (entry.attribution.authors, entry.attribution.year) == ("Centola", 2010)


def test_a_journals_abbreviated_name_is_no_author_and_ends_no_sentence() -> None:
    text = (
        "**Art gallery theorem**: ⌊n/3⌋ guards are always sufficient to see a simple polygon."
        ' Chvátal (1975), "A combinatorial theorem in plane geometry", *J. Combin. Theory'
        " Ser. B* 18 — https://doi.org/10.1016/0095-8956(75)90061-1.\n"
    )
    assert len(sentences("Chvátal (1975), *J. Combin. Theory Ser. B* 18. Then more.")) == 2
    entry = entries("## Terms\n\n" + text + "\n" + OTHER_TERMS)[0]
    assert (entry.attribution.authors, entry.attribution.year) == ("Chvátal", 1975)
    assert entry.claims[0].text.startswith("⌊n/3⌋")  # math is no list marker


def test_a_tutorial_cited_for_a_term_did_not_make_it() -> None:
    entry = entries(
        "## Terms\n\n**Hidden Markov model**: a Markov chain observed through noisy"
        ' emissions. Rabiner (1989), "A Tutorial on Hidden Markov Models and Selected'
        ' Applications in Speech Recognition", *Proc. IEEE* 77(2).\n\n' + OTHER_TERMS
    )[0]
    assert entry.attribution.authors == ""


def test_a_bold_head_of_a_byline_and_a_quoted_title_is_titled_by_the_quote() -> None:
    entry = entries(
        '## Hybrid era\n\n- **Hinton et al., "Deep Neural Networks for Acoustic Modeling in'
        ' Speech Recognition: The Shared Views of Four Research Groups"** (2012).'
        " The DNNs-beat-GMMs moment.\n"
    )[0]
    assert entry.title.startswith("Deep Neural Networks for Acoustic Modeling")
    assert (entry.attribution.authors, entry.attribution.year) == ("Hinton et al.", 2012)


def test_a_method_after_by_is_no_author() -> None:
    from srs.reading.titles import short_name, title_citation

    title = "Text and Code Embeddings by Contrastive Pre-Training"
    assert title_citation(title).authors == ""
    assert short_name(title)[0] == title
    assert title_citation("Transformer Inference Arithmetic by kipply").authors == "kipply"


def test_a_bold_citation_with_its_venue_after_the_quote_is_read_apart() -> None:
    """Round 24: `**Kajiya, "The Rendering Equation" (SIGGRAPH '86)**` was the entry's
    name, and `SD-trees` was credited to the paper its "see also" names."""
    kajiya, guiding = entries(
        "## Foundations\n\n"
        '- **Kajiya, "The Rendering Equation" (SIGGRAPH \'86)** — [doi](https://doi.org/10.1145/15922.15902).'
        " Section 7 is where path tracing is introduced.\n"
        '- **Müller, Gross & Novák, "Practical Path Guiding for Efficient Light-Transport'
        ' Simulation" (EGSR 2017, CGF 36(4))** — [pdf](https://tom94.net/p.pdf). SD-trees: a'
        " spatial binary tree + directional quadtree, learned online. See also Vorba et al.,"
        " SIGGRAPH 2014.\n"
    )
    assert kajiya.title == "The Rendering Equation"
    assert (kajiya.attribution.authors, kajiya.attribution.year) == ("Kajiya", 1986)
    assert guiding.name == "SD-trees"
    assert (guiding.attribution.authors, guiding.attribution.venue) == (
        "Müller et al.",
        "EGSR 2017",
    )


def test_an_apa_byline_whose_last_author_gives_the_given_name_first() -> None:
    """Round 25: `Angrist, J. D. and J.-S. Pischke (2009)` answered "What is Mostly
    Harmless Econometrics?" with "D. and J.-S. Pischke" and credited Angrist alone."""
    mhe, imbens = entries(
        "## Books\n\n- Angrist, J. D. and J.-S. Pischke (2009). *Mostly Harmless"
        " Econometrics: An Empiricist's Companion*. Princeton University Press.\n"
        "- Imbens, G. W. & D. B. Rubin (2015). *Causal Inference for Statistics, Social, and"
        " Biomedical Sciences: An Introduction*. Cambridge University Press.\n"
    )
    assert (mhe.attribution.authors, mhe.attribution.year) == ("Angrist and Pischke", 2009)
    assert mhe.claims == []
    assert imbens.attribution.authors == "Imbens and Rubin"


def test_r57_a_title_that_opens_with_a_lower_case_name_after_a_byline() -> None:
    """r57 notes: `**Sewell, …, Zappa Nardelli & Myreen — x86-TSO: A Rigorous …**` was
    named by its whole head, byline and all."""
    found = byline_head(
        "Sewell, Sarkar, Owens, Zappa Nardelli & Myreen — x86-TSO: A Rigorous and Usable"
        " Programmer's Model for x86 Multiprocessors"
    )
    assert found is not None
    assert found[0].authors == "Sewell et al."
    assert found[1].startswith("x86-TSO: ")
    assert byline_head("Mamba — a snake, not a paper") is None
