"""Readings found wrong by the blind grading of round 163 (LLM evaluation, vision-and-
language navigation, compiler back-end notes, viticulture glossary, history-of-mathematics
course, small open-weight model table): a classic read in a later edition or translation
(its editor, its translator's year, its publisher's city taken for who made it and when), a
person whose surname is a university's, the Greek word a book is about taken for its name,
a finding deep in a definition or a renaming's citation credited with making the term, a
model's other sizes making its name long, and the list's asides asked as gists."""

from __future__ import annotations

from srs.reading.model import Entry
from tests.test_figures_and_heads import cards, claim_texts, one
from tests.test_term_credits import term


def _reading(line: str) -> Entry:
    return one(f"{line}\n")


def test_a_classics_own_year_is_the_one_after_its_title() -> None:
    # "Who made **La Géométrie**, and when? → Descartes, 1925" (the translation's year)
    geometry = _reading(
        "23. René Descartes, *La Géométrie* (1637), Book I and beginning of Book II, in *The"
        " Geometry of René Descartes*, trans. D. E. Smith and M. L. Latham (Open Court, 1925;"
        " Dover 1954). Facing-page French facsimile — try to look at the original notation."
    )
    assert (geometry.attribution.authors, geometry.attribution.year) == ("Descartes", 1637)
    # (and how the edition looks is no gist of the work)
    assert not any("facsimile" in text for text in claim_texts(geometry))
    riemann = _reading(
        '35. Bernhard Riemann, "On the Hypotheses which lie at the Bases of Geometry" (lecture'
        " 1854, publ. 1868), trans. W. K. Clifford, *Nature* 8 (1873)."
    )
    assert (riemann.attribution.authors, riemann.attribution.year) == ("Riemann", 1854)


def test_a_translations_year_is_not_the_works() -> None:
    # "Who made **Introduction to Analysis of the Infinite**, and when? → Euler, 1988"
    euler = _reading(
        "30. Leonhard Euler, *Introduction to Analysis of the Infinite*, Book I, trans. John D."
        " Blanton (Springer, 1988), chs. 1 and 7–8."
    )
    assert (euler.attribution.authors, euler.attribution.year) == ("Euler", None)
    # (the year a work's own edition gives stays: Fowler's second edition)
    fowler = _reading(
        "10. David Fowler, *The Mathematics of Plato's Academy: A New Reconstruction*, 2nd ed."
        " (Oxford UP, 1999)."
    )
    assert (fowler.attribution.authors, fowler.attribution.year) == ("Fowler", 1999)


def test_a_classic_by_one_name_read_in_an_edition_is_its_authors() -> None:
    # "Who made **The Method**, and when? → Cambridge, 1897" (Heath's edition)
    method = _reading(
        "11. Archimedes, *The Method*, in T. L. Heath (ed.), *The Works of Archimedes*"
        " (Cambridge, 1897; supplement 1912; Dover reprint). Props. 1–2 only."
    )
    assert method.attribution.authors == "Archimedes"
    assert (method.attribution.year, method.attribution.lab) == (None, "")


def test_the_name_a_person_is_known_by_stays_with_the_byline() -> None:
    # "What is **Fibonacci's Liber Abaci** known for? → Leonardo Pisano (Fibonacci), trans. …"
    liber = _reading(
        "19. Leonardo Pisano (Fibonacci), *Fibonacci's Liber Abaci*, trans. L. E. Sigler"
        " (Springer, 2002), ch. 12 (excerpts on Canvas)."
    )
    assert liber.attribution.authors == "Pisano (Fibonacci)"
    assert not any("Sigler" in text for text in claim_texts(liber))


def test_a_person_whose_surname_is_a_universitys_is_a_person() -> None:
    # "Who made **The Analyst; …**? → David R. Wilkins" (the web edition's editor)
    analyst = _reading(
        "29. George Berkeley, *The Analyst; or, A Discourse Addressed to an Infidel"
        " Mathematician* (1734). Edition by David R. Wilkins:"
        " <https://www.maths.tcd.ie/pub/HistMath/People/Berkeley/Analyst/>. Read §§1–35."
    )
    assert (analyst.attribution.authors, analyst.attribution.year) == ("Berkeley", 1734)


def test_who_edited_a_work_did_not_make_it() -> None:
    edited = _reading(
        "- *The Analyst* [web](https://www.maths.tcd.ie/pub/HistMath/People/Berkeley/Analyst/)."
        " Edition by David R. Wilkins."
    )
    assert edited.attribution.authors == ""


def test_the_word_a_book_is_about_is_not_its_name() -> None:
    # three cards on a book "known as" **Anthyphairesis**
    fowler = _reading(
        "10. David Fowler, *The Mathematics of Plato's Academy: A New Reconstruction*, 2nd ed."
        ' (Oxford UP, 1999). Anthyphairesis; the alternative to the "crisis of the'
        ' irrationals" story you probably learned in high school.'
    )
    assert fowler.name == "The Mathematics of Plato's Academy: A New Reconstruction"


def test_a_finding_deep_in_a_definition_does_not_make_the_term() -> None:
    # "Who made **Anthocyanins**, and when? → Kobayashi et al., 2004"
    pigments = term(
        "**Anthocyanins**: The red/blue pigments in the skins (the flesh too, for teinturiers)."
        " Malvidin-3-O-glucoside dominates in *vinifera*. Pinot noir lacks the acylated forms,"
        " which is one reason it's pale. White grapes are white mainly because of a"
        " retrotransposon insertion in the *VvMybA1* promoter ([Kobayashi, Goto-Yamamoto &"
        " Hirochika 2004](https://doi.org/10.1126/science.1095011)). Red-berried sports of"
        " white varieties result when it's lost."
    )
    assert pigments.attribution.authors == ""
    # (a later sentence on the term by name still cites who made it)
    rule = term(
        "**Gibbs phase rule**: Counts the degrees of freedom of a system in equilibrium."
        " Metallurgists fix pressure. The Gibbs phase rule reads F = C − P + 2"
        " (Gibbs 1876)."
    )
    assert rule.attribution.authors == "Gibbs"


def test_who_renamed_a_thing_did_not_make_the_term() -> None:
    # "Who made **Malolactic fermentation**, and when? → Dicks et al., 1995"
    mlf = term(
        "**Malolactic fermentation (MLF)**: Decarboxylation of L-malic acid to L-lactic acid +"
        " CO2 by lactic acid bacteria, almost always *Oenococcus oeni* (formerly *Leuconostoc"
        " oenos*; Dicks, Dellaglio & Collins 1995). It lowers TA and raises pH a bit."
    )
    assert mlf.attribution.authors == ""


def test_a_models_other_sizes_do_not_make_its_name_long() -> None:
    # "What is described here? … → **RLVR**" (a row's note, taken for Tülu 3's name)
    table = (
        "## 2024\n\n| Date | Name | Lab | Paper | Notes |\n|---|---|---|---|---|\n"
        "| 2024-11 | Tülu 3 8B (+70B) | AI2 | [Tulu 3: Pushing Frontiers in Open Language"
        " Model Post-Training](https://arxiv.org/abs/2411.15124) (Lambert et al.) |"
        " Post-training only (on Llama 3.1), but the most complete open post-training recipe"
        " there is. RLVR. If you do SFT/DPO on small models read this first. |\n"
        "| 2024-02 | OLMo 7B | AI2 | [OLMo: Accelerating the Science of Language Models]"
        "(https://arxiv.org/abs/2402.00838) (Groeneveld et al.) | Fully open. |\n"
    )
    assert not any("RLVR" in card.back for card in cards(table))


def test_why_a_work_is_in_the_list_is_no_gist() -> None:
    lines = (
        "- [Embodied Question Answering](https://arxiv.org/abs/1711.11543) - Das et al."
        " (Georgia Tech / FAIR, CVPR 2018). Not instruction following strictly, but the same"
        " people, same setup.\n"
        "- [Learning to Navigate Unseen Environments: Back Translation with Environmental"
        " Dropout](https://arxiv.org/abs/1904.04195) - Tan, Yu, Bansal (UNC, NAACL 2019)."
        " EnvDrop. Simple, strong, and the codebase was forked by half the field.\n"
    )
    backs = [card.back for card in cards("## Agents\n\n" + lines)]
    assert not any("same people" in back or "half the field" in back for back in backs)


def test_a_journals_abbreviation_is_no_translation() -> None:
    # (guards `trans.`: `IEEE Trans. Computers` is where it appeared, and its year stays)
    lamport = _reading(
        '2. Leslie Lamport, "How to Make a Multiprocessor Computer That Correctly Executes'
        ' Multiprocess Programs," *IEEE Trans. Computers* C-28(9), 1979. Two pages.'
    )
    assert (lamport.attribution.authors, lamport.attribution.year) == ("Lamport", 1979)
    # (and a chapter in someone else's edited volume keeps the volume's year)
    chapter = _reading(
        '41. José Ferreirós, "The Crisis in the Foundations of Mathematics," in T. Gowers'
        " (ed.), *The Princeton Companion to Mathematics* (Princeton UP, 2008), §II.7."
    )
    assert (chapter.attribution.authors, chapter.attribution.year) == ("Ferreirós", 2008)


def test_a_name_before_a_semicolon_and_a_clause_stays_the_name() -> None:
    # (guards the Greek word a book is about: `Nettack; small … break GCNs` names the work)
    nettack = _reading(
        "- [Adversarial Attacks on Neural Networks for Graph Data](https://arxiv.org/abs/"
        "1805.07984) - Zügner, Akbarnejad, Günnemann (TU Munich, KDD 2018). Nettack; small"
        " structure/feature perturbations break GCNs."
    )
    assert nettack.name == "Nettack"
