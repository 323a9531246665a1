"""An awesome list's byline as real lists write it (round 68, legal NLP): an organisation
in the bracket (`The Atticus Project`) is who, never a person called `Project`; a
generation's suffix (`Michael Bommarito II`) is part of no name; `US` in `EU/UK/US
legislation` is a country, not the writers speaking."""

from __future__ import annotations

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading import attribution
from srs.reading.document import parse_text
from srs.reading.remarks import OPINION

LIST = (
    "# Awesome Legal NLP\n\n## Models\n\n"
    "- :star: [LEGAL-BERT: The Muppets straight out of Law School]"
    "(https://aclanthology.org/2020.findings-emnlp.261/) - Ilias Chalkidis, Manos"
    " Fergadiotis, Ion Androutsopoulos (AUEB / Sheffield, Findings of EMNLP 2020). BERT"
    " further pretrained or trained from scratch on 12GB of EU/UK/US legislation, cases and"
    " contracts. [[arXiv]](https://arxiv.org/abs/2010.02559)\n"
    "- [GPT Takes the Bar Exam](https://arxiv.org/abs/2212.14402) - Michael Bommarito II,"
    " Daniel Martin Katz (2022). GPT-3.5 on the multiple-choice MBE portion of the bar.\n"
    "- [MAUD: An Expert-Annotated Legal NLP Dataset for Merger Agreement Understanding]"
    "(https://arxiv.org/abs/2301.00876) - Steven H. Wang, Antoine Scardigli, Leonard Tang,"
    " et al. (The Atticus Project, EMNLP 2023). 47k+ labels on public merger agreements.\n"
)


def test_r68_an_organisation_in_the_bracket_is_who_never_a_person() -> None:
    found = attribution.byline(
        "Steven Wang, Antoine Scardigli, Leonard Tang, et al. (The Atticus Project, EMNLP 2023)"
    )
    assert found is not None
    assert (found.authors, found.lab, found.year) == ("Wang et al.", "The Atticus Project", 2023)
    alone, _ = attribution.cut("(The Atticus Project, EMNLP 2023)")
    assert (alone.authors, alone.lab) == ("", "The Atticus Project")


def test_r68_a_generations_suffix_is_no_name() -> None:
    found = attribution.byline("Michael Bommarito II, Daniel Martin Katz (2022)")
    assert found is not None and (found.authors, found.year) == ("Bommarito and Katz", 2022)


def test_r68_us_the_country_is_no_remark() -> None:
    assert OPINION.search("trained on EU/UK/US legislation") is None
    assert OPINION.search("this one taught us a lot") is not None


def test_r68_the_awesome_entries_get_their_cards() -> None:
    cards = {
        card.front: card.back for card in template_cards(parse_text(LIST), load_templates()).cards
    }
    assert cards["What is **LEGAL-BERT**?"].startswith("BERT further pretrained")
    assert cards["Who made **GPT Takes the Bar Exam**, and when?"] == "Bommarito and Katz, 2022"
    assert cards["Who made **MAUD**, and when?"] == "Wang et al. (The Atticus Project), EMNLP 2023"


def test_r69_a_labs_model_the_paper_used_is_not_its_name() -> None:
    """r69 awesome: "What is the title of the **GPT-3** paper (Agrawal et al., 2022)? →
    *Large Language Models are Few-Shot Clinical Information Extractors*", and BioGPT's
    venue read as `Bioinformatics` from `Briefings in Bioinformatics 2022`."""
    reading = parse_text(
        "# Awesome Clinical NLP\n\n## LLMs\n\n"
        "- [Large Language Models are Few-Shot Clinical Information Extractors]"
        "(https://arxiv.org/abs/2205.12689) - Monica Agrawal, Stefan Hegselmann, Hunter Lang,"
        " Yoon Kim, David Sontag (MIT, EMNLP 2022). 🏥 GPT-3 with guided prompting for span"
        " identification, coreference, and medication extraction.\n"
        "- [BioGPT: Generative Pre-trained Transformer for Biomedical Text Generation and"
        " Mining](https://arxiv.org/abs/2210.10341) - Renqian Luo, Liai Sun, Yingce Xia, et al."
        " (Microsoft Research, Briefings in Bioinformatics 2022). GPT-2-style decoder trained"
        " on PubMed abstracts.\n"
    )
    extractors, biogpt = reading.entries
    assert extractors.name == "Large Language Models are Few-Shot Clinical Information Extractors"
    assert biogpt.attribution.venue == "Briefings in Bioinformatics 2022"


def test_r70_a_track_a_month_and_a_zine_are_no_people() -> None:
    """r70: "Who made **PaperMage**, and when? → Demonstrations (AI2), EMNLP 2023", "Sesame and
    Feb, 2025", "MaXX and Phrack, 2001"."""
    track, _ = attribution.cut("(AI2, EMNLP 2023 System Demonstrations)")
    month, _ = attribution.cut("(Sesame, Feb 2025)")
    zine, _ = attribution.cut("MaXX, Phrack 57, 2001")
    assert (track.authors, track.lab, track.venue) == ("", "AI2", "EMNLP 2023")
    assert (month.authors, month.year) == ("Sesame", 2025)
    assert (zine.authors, zine.venue) == ("MaXX", "Phrack 2001")


def test_r70_a_models_size_and_a_cut_quote_make_no_card() -> None:
    """r70: "What does **ViT-22B** stand for? → Vision Transformers to 22 Billion" and a cloze
    on `{{c1::larson" benchmark}}`."""
    from srs.reading.terms import claim_terms

    table = (
        "# Vision encoders\n\n## Scale\n\n| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
        "| 2023-02 | ViT-22B | Google Research | [Scaling Vision Transformers to 22 Billion"
        " Parameters](https://arxiv.org/abs/2302.05442) (Dehghani et al., ICML 2023) |\n"
    )
    cards = template_cards(parse_text(table), load_templates()).cards
    assert not [card for card in cards if card.kind == "acronym"]
    # (a bold `**"larson" benchmark**` loses its opening quote at the phrase's edge)
    stressed = ['larson" benchmark', "larson"]
    assert claim_terms('the origin of the "larson" benchmark', stressed, [], []) == ("larson",)
