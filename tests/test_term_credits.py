"""Who made a glossary's term, from the citation its paragraph closes on. Found by the blind
grading of round 135's glossary (evolutionary biology), where the coverage misses were
mostly "who made it": the coalescent (Kingman 1982), nearly neutral theory (Ohta 1973),
spandrels (Gould & Lewontin 1979), background selection (Charlesworth, Morgan &
Charlesworth 1993), Hardy–Weinberg (Hardy 1908; Weinberg 1908) — none credited."""

from __future__ import annotations

import pytest

from srs.reading.attribution import cut, year_in
from srs.reading.document import parse_text
from srs.reading.model import Attribution, Entry
from srs.reading.sentences import sentences

#: two more terms: a glossary is three `**Term**: …` paragraphs or more
OTHER_TERMS = (
    "**Genetic drift**: random change in allele frequencies from sampling (Wright 1931).\n\n"
    "**Mutation load**: the fitness lost to deleterious mutations (Haldane 1937).\n\n"
)


def term(paragraph: str) -> Entry:
    entries = parse_text("## Terms\n\n" + OTHER_TERMS + paragraph + "\n").entries
    return entries[-1]


def test_a_remark_after_the_closing_citation_leaves_it_the_terms() -> None:
    coalescent = term(
        "**Coalescent**: Traces the genealogy of a sample backward in time. This is the one"
        ' concept I\'d make every new student learn first (Kingman 1982, ["The coalescent"]'
        "(https://doi.org/10.1016/0304-4149(82)90011-4), *Stochastic Processes and their"
        " Applications* 13:235–248). Hudson and Tajima were doing closely related things"
        " around the same time."
    )
    assert coalescent.attribution == Attribution(authors="Kingman", year=1982)


def test_a_remark_after_one_of_several_citations_leaves_none_credited() -> None:
    """r66 glossary: `… **minimap2** … (Li 2018, Bioinformatics). Both by Heng Li, whose
    blog is worth reading.` under **Read mapping**, which cites BWA's paper too."""
    mapping = term(
        "**Read mapping (alignment)**: placing each read at its position in the reference."
        " Short reads: **BWA**, which uses the FM-index (Li & Durbin 2009, Bioinformatics)."
        " Long reads: **minimap2**, minimizer seeds + chaining (Li 2018, Bioinformatics)."
        " Both by Heng Li, whose blog is worth reading."
    )
    assert mapping.attribution.authors == ""


def test_where_the_term_was_proposed_credits_it_whatever_else_it_names() -> None:
    selection = term(
        "**Background selection**: Purifying selection against deleterious mutations removes"
        " the neutral variants linked to them. It was proposed to explain why regions of low"
        " recombination in *Drosophila* have low diversity (Charlesworth, Morgan &"
        " Charlesworth 1993, *Genetics* 134:1289–1303)."
    )
    assert selection.attribution.authors == "Charlesworth et al."
    assert selection.attribution.year == 1993


def test_two_people_the_same_year_found_it_independently() -> None:
    equilibrium = term(
        "**Hardy–Weinberg equilibrium**: Genotype frequencies p², 2pq, q² after one round of"
        " random mating. Weinberg got the same result independently in Germany that year"
        ' (Hardy 1908, ["Mendelian proportions in a mixed population"](https://doi.org/10.1126/'
        "science.28.706.49); Weinberg 1908)."
    )
    assert equilibrium.attribution == Attribution(authors="Hardy and Weinberg", year=1908)


def test_a_history_of_different_years_still_credits_no_one() -> None:
    rule = term(
        "**Information inequality**: a floor on an estimator's variance. No unbiased"
        " estimator has variance below the inverse Fisher information (Rao 1945; Cramér 1946)."
    )
    assert rule.attribution.authors == ""


@pytest.mark.parametrize(
    ("text", "year"),
    [("Darwin 1859", 1859), ("Carnot 1824", 1824), ("Hardy 1908", 1908), ("Kingman 1982", 1982)],
)
def test_years_before_the_twentieth_century_are_years(text: str, year: int) -> None:
    assert year_in(text) == year


def test_a_page_before_the_year_is_no_year() -> None:
    """r64 glossary: `(Bennett, …, PRL 70, 1895, 1993)` read as "PRL 1895 1895"."""
    found, _ = cut("(Bennett, Brassard, Crépeau, Jozsa, Peres & Wootters, PRL 70, 1895, 1993)")
    assert found == Attribution(authors="Bennett et al.", year=1993)


@pytest.mark.parametrize(
    "bracket",
    ["(*Aerodynamics*, 1907)", "(Aerodynamics, 1907)", '(1975, "Specious reward", Psych Bulletin)'],
)
def test_a_field_or_a_journals_last_word_is_no_surname(bracket: str) -> None:
    assert cut(bracket)[0].authors == ""


def test_a_bracket_closed_then_a_capital_ends_the_sentence() -> None:
    """r97 glossary: `… (Griffith 1921, Phil. Trans. A). Irwin (1957) recast it …` ran on
    into one sentence (the `A).` read as an initial)."""
    assert sentences(
        "from glass experiments (Griffith 1921, Phil. Trans. A). Irwin (1957) recast it."
    ) == ["from glass experiments (Griffith 1921, Phil. Trans. A).", "Irwin (1957) recast it."]
    assert len(sentences("as shown by J. A. Smith in 1990.")) == 1


def test_who_proposed_it_comes_before_who_rediscovered_it() -> None:
    """r76 glossary: "Who made **Logistic growth**? → Pearl and Reed, 1920" once 1838 read
    as a year."""
    growth = term(
        "**Logistic growth**: *dN/dt = rN(1 − N/K)*. Verhulst 1838 proposed it (in"
        " *Correspondance mathématique et physique*), and [Pearl & Reed 1920](https://doi.org/"
        "10.1073/pnas.6.6.275) rediscovered it independently and fitted it to US census data."
    )
    assert growth.attribution == Attribution(authors="Verhulst", year=1838)


def test_where_the_term_comes_from_credits_it() -> None:
    consolidation = term(
        "**Consolidation**: The idea that a new memory stays fragile for some time after"
        " learning. The term (*Konsolidierung*) and the first experiments come from Müller &"
        ' Pilzecker 1900, "Experimentelle Beiträge zur Lehre vom Gedächtniss".'
    )
    assert consolidation.attribution == Attribution(authors="Müller and Pilzecker", year=1900)


def test_the_earlier_sentence_on_the_term_keeps_its_citation_over_a_later_take() -> None:
    remapping = term(
        "**Remapping**: when the environment changes, place cells can reorganize. In *global*"
        " remapping fields move or turn on and off (Muller & Kubie 1987, *J Neurosci*). In"
        " *rate* remapping fields stay where they are and only firing rates change (Leutgeb"
        " et al. 2005, *Science*)."
    )
    assert remapping.attribution == Attribution(authors="Muller and Kubie", year=1987)


def test_what_the_cited_people_did_is_asked_of_them() -> None:
    """`Rous transmitted a chicken sarcoma with a cell-free filtrate (Rous 1911, …)` (r139
    glossary, virology: no card credited Rous, nor Huang and Baltimore for naming DIs): the
    people are the sentence's subject, so the card asks who did what it says."""
    oncogene = term(
        "**Oncogene (viral vs. cellular)**: Rous transmitted a chicken sarcoma with a"
        " cell-free filtrate (Rous 1911, Nobel 55 years later!). The *src* gene then turned out"
        " to have a normal cellular counterpart."
    )
    assert [(f.text, f.cited.authors, f.did) for f in oncogene.findings] == [
        ("transmitted a chicken sarcoma with a cell-free filtrate", "Rous", True)
    ]
    di = term(
        "**Defective interfering (DI) particle**: Virus particles with deleted genomes that"
        " can't replicate alone. Von Magnus saw the effect with influenza in the 1950s (the"
        ' "von Magnus phenomenon"); Huang and Baltimore named DIs and proposed they shape'
        " disease (Huang & Baltimore 1970)."
    )
    assert [(f.text, f.did) for f in di.findings] == [
        ("named DIs and proposed they shape disease", True)
    ]
    # (what came of it is no part of what they did)
    pk = term(
        "**Population pharmacokinetics**: PK from sparse samples pooled across patients."
        " Sheiner built NONMEM around it at UCSF, and it's now the default for label dosing"
        " in children (Sheiner et al. 1977)."
    )
    assert [f.text for f in pk.findings] == ["built NONMEM around it at UCSF"]


def test_a_name_that_says_who_keeps_its_when_card() -> None:
    nash = term(
        "**Nash equilibrium**: a strategy profile where no player gains by deviating alone."
        " Nash proved one always exists in mixed strategies for every finite game, using"
        " Kakutani's fixed-point theorem (Nash 1950)."
    )
    assert not nash.findings
    assert (nash.attribution.authors, nash.attribution.year) == ("Nash", 1950)


def test_the_card_asks_who_did_it() -> None:
    from srs.cards.from_templates import template_cards
    from srs.cards.templates import load_templates

    parsed = parse_text(
        "## Terms\n\n" + OTHER_TERMS + "**Oncogene**: Rous transmitted a chicken sarcoma"
        " with a cell-free filtrate (Rous 1911).\n"
    )
    asked = [
        (card.front, card.back)
        for card in template_cards(parsed, load_templates()).cards
        if card.id.endswith("found-rous-1911")
    ]
    assert asked == [
        (
            "*Oncogene*: who transmitted a chicken sarcoma with a cell-free filtrate, and when?",
            "Rous, 1911",
        )
    ]


def test_the_terms_short_name_opens_a_sentence_that_still_credits_it() -> None:
    """r140 glossary (phonology): `The GLA learns those values from data … (Boersma & Hayes
    2001, …)` under **Stochastic OT / Gradual Learning Algorithm (GLA)**, and `… (Clements
    1985, …). See also Sagey's 1986 MIT dissertation …` under **Feature geometry**: neither
    credited (the GLA read as another named thing; the pointer read as the closing
    sentence)."""
    gla = term(
        "**Stochastic OT / Gradual Learning Algorithm (GLA)**: each constraint has a ranking"
        " value on a continuous scale, and noise is added at each evaluation. The GLA learns"
        ' those values from data, error by error (Boersma & Hayes 2001, "Empirical tests of'
        ' the Gradual Learning Algorithm", *LI* 32)'
    )
    assert (gla.attribution.authors, gla.attribution.year) == ("Boersma and Hayes", 2001)
    geometry = term(
        "**Feature geometry**: features arranged in a tree rather than an unordered bundle."
        " Explains why place assimilation spreads all the place features together (Clements"
        ' 1985, "The geometry of phonological features", *Phonology Yearbook* 2). See also'
        " Sagey's 1986 MIT dissertation for the articulator-based version."
    )
    assert (geometry.attribution.authors, geometry.attribution.year) == ("Clements", 1985)
    # (what someone did with it stays a finding: `The human light PRC was mapped …`)
    prc = term(
        "**Phase response curve (PRC)**: how much a light pulse shifts the clock, by the"
        " circadian time it is given. The human light PRC was mapped with single bright-light"
        " pulses (Khalsa et al. 2003)."
    )
    assert not prc.attribution.authors
    # (and a journal of one word is no author: `(Pincus, Macromolecules 1976)`)
    assert cut("(Pincus, Macromolecules 1976)")[0].authors == "Pincus"


def test_a_year_beside_the_answers_stays_off_the_question() -> None:
    """r141 glossary: `*Holography*: who invented it in 1947 …, and when?` → Gabor, 1948 (a
    year on the front beside the one asked)."""
    holography = term(
        "**Holography**: recording the phase of a wave as an interference pattern. Gabor"
        " invented it in 1947 while trying to improve electron microscopy (Gabor 1948)."
    )
    assert not [f for f in holography.findings if f.did]
