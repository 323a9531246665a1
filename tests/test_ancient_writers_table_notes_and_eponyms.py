"""Readings found wrong by the blind grading of round 177 (video LLMs, computer-use agents,
GPU-kernel notes, a sailing glossary, a Roman-history course, knowledge-editing papers): a
writer known by one name went uncredited and their reading line became a gist, a table's
notes under a `Notes:` line became entries of their own, a glossary term was named for a
paper a later sentence quotes, and a cloze hid a person whose surname the front shows."""

from __future__ import annotations

import pytest

from srs.reading.document import parse_text
from tests.test_figures_and_heads import cards, claim_texts, one

_COURSE = "# CLAS 2210\n\n## Week 3\n\n{}\n"


def _made(text: str) -> list[tuple[str, str, str]]:
    return [(card.kind, card.front, card.back) for card in cards(text)]


@pytest.mark.parametrize(
    ("line", "title", "writer"),
    [
        ("- Sallust, *The War with Catiline* (whole thing; it's short)", "The War with", "Sallust"),
        ("- Livy, *Ab Urbe Condita*, Preface and 1.1–16 **[R]**.", "Ab Urbe Condita", "Livy"),
        ("- Plutarch, *Life of Tiberius Gracchus* **[R]**", "Life of Tiberius", "Plutarch"),
        # (a one-word title after the one name, and a passage that is no journal's volume)
        ("- Tacitus, *Annals* 1.1–15 **[R]**. Compare his account.", "Annals", "Tacitus"),
        ("- Pliny the Younger, *Letters* 10.96–97 **[R]**", "Letters", "Pliny the Younger"),
    ],
)
def test_a_writer_known_by_one_name_before_the_title_made_it(
    line: str, title: str, writer: str
) -> None:
    made = _made(_COURSE.format(line))
    credits = [back for kind, front, back in made if kind == "attribution" and title in front]
    assert credits == [writer]
    # (what is left of the line once the title is cut is which part to read, no gist)
    assert not [front for kind, front, _ in made if kind in {"gist", "reverse"}]


def test_a_chicago_byline_with_initials_heads_a_long_title() -> None:
    entry = one(
        "- Cornell, T. J. *The Beginnings of Rome: Italy and Rome from the Bronze Age to the"
        " Punic Wars (c. 1000–264 BC)*. London: Routledge, 1995. Ch. 1 and ch. 10.\n"
    )
    assert entry.title.startswith("The Beginnings of Rome: Italy and Rome")
    assert entry.attribution.authors == "Cornell"


def test_a_reading_assigned_again_asks_who_made_it_once() -> None:
    made = _made(
        _COURSE.format(
            "- Chris Wickham, *Medieval Europe* (New Haven: Yale University Press, 2016).\n"
            '- Wickham, *Medieval Europe*, ch. 1 ("A New Look at the Middle Ages").\n'
            "- Wickham, *Medieval Europe*, ch. 6."
        )
    )
    asked = [front for kind, front, _ in made if kind == "attribution"]
    assert len(asked) == 1 and "Medieval Europe" in asked[0]


@pytest.mark.parametrize(
    "aside",
    [
        "Any modern translation.",
        "Penguin (*Catiline's War, The Jugurthine War, Histories*) is fine.",
        "The book Woolf is partly arguing with.",
    ],
)
def test_which_edition_will_do_and_whom_a_book_answers_are_no_gists(aside: str) -> None:
    made = _made(_COURSE.format(f"- Martin Millett, *The Romanization of Britain* (1990). {aside}"))
    assert not [front for kind, front, _ in made if kind in {"gist", "reverse"}]


def test_a_book_seeing_its_subject_as_something_is_not_what_the_book_does() -> None:
    made = _made(
        _COURSE.format(
            "- Edward Champlin, *Nero* (Cambridge, MA: Harvard University Press, 2003). Nero as"
            " a performer who knew exactly what he was doing. Great fun."
        )
    )
    assert not [front for kind, front, _ in made if front.startswith("What does **Nero** do")]


def test_what_a_course_is_about_is_no_reading() -> None:
    made = _made(
        "# CLAS 2210\n\n## About the course\n\nTwo things run through the semester:\n\n"
        '1. **Sources.** Nearly everything we "know" about early Rome was written down'
        " centuries later. Every week has at least one ancient text.\n"
        "2. **Models.** Modern historians have built some very big explanations. We'll read"
        " the big ones.\n\n## Week 1\n\n- Mary Beard, *SPQR: A History of Ancient Rome*"
        " (London: Profile, 2015). Our narrative spine.\n"
    )
    assert not [front for _, front, _ in made if "Sources" in front or "Models" in front]
    assert any("SPQR" in front for _, front, _ in made)


def test_a_name_then_is_without_an_article_says_what_it_is() -> None:
    entry = one(
        "- **MLVU** ([arXiv](https://arxiv.org/abs/2406.04264)). MLVU (Zhou et al.) is"
        " multi-task long-video evaluation with needle-style and holistic tasks.\n"
    )
    assert entry.claims[0].kind == "defines"
    assert entry.claims[0].text == (
        "multi-task long-video evaluation with needle-style and holistic tasks"
    )


_TABLE = (
    "# Knowledge editing\n\n## Locate-then-edit\n\n"
    "| Date | Name | Lab | Paper |\n|---|---|---|---|\n"
    "| 2022-02 | ⭐ **ROME** | MIT | [Locating and Editing Factual Associations in GPT]"
    "(https://arxiv.org/abs/2202.05262) — Meng, Bau, Andonian, Belinkov, NeurIPS 2022 |\n"
    "| 2024-10 | **AlphaEdit** | USTC | [AlphaEdit: Null-Space Constrained Knowledge Editing"
    " for Language Models](https://arxiv.org/abs/2410.02355) — Fang et al., ICLR 2025 |\n\n"
    "Notes:\n"
    "- ROME = causal tracing, then a rank-one update of one MLP's weights. Also introduced"
    " **CounterFact**.\n"
    "- AlphaEdit projects the perturbation onto the null space of preserved knowledge before"
    " applying it.\n"
)


def test_notes_under_a_table_after_a_notes_line_belong_to_the_rows_they_name() -> None:
    entries = parse_text(_TABLE, name="t").entries
    assert [entry.name for entry in entries] == ["ROME", "AlphaEdit"]
    rome, alpha = entries
    assert any(text.startswith("causal tracing") for text in claim_texts(rome))
    assert alpha.claims[0].text.startswith("projects the perturbation onto the null space")
    made = _made(_TABLE)
    assert ("introduced", "Which paper introduced CounterFact?") in [
        (kind, front) for kind, front, _ in made
    ]
    introduced = [back for kind, _, back in made if kind == "introduced"]
    assert introduced and introduced[0].startswith("ROME")


def test_a_plain_word_labelling_a_later_sentence_is_no_name() -> None:
    entry = one(
        "| Paper | TL;DR |\n|---|---|\n| **Dissecting Recall of Factual Associations in"
        " Auto-Regressive Language Models** | Knocks out attention edges to trace how"
        " information flows. Story: early MLPs enrich the subject representation. |\n"
    )
    assert entry.name.startswith("Dissecting Recall")


def test_a_title_listing_what_it_covers_is_one_name() -> None:
    entry = one(
        "1. **NVIDIA Tensor Core Programmability, Performance & Precision** — Markidis et al.,"
        " IPDPSW 2018\n    - precision loss from fp16 inputs + a trick to recover some of it\n"
    )
    assert entry.names == ["NVIDIA Tensor Core Programmability, Performance & Precision"]


_GLOSSARY = (
    "# Sailing glossary\n\n## Trim\n\n"
    "**Apparent wind** — The wind you feel on deck: true wind minus the boat's own velocity.\n\n"
    '**Slot effect** — The old explanation that the jib "accelerates air through the slot"'
    " and onto the lee side of the main. It's wrong. Arvel Gentry showed, in \"The"
    ' Aerodynamics of Sail Interaction" (Gentry 1971), that the air in the slot slows down.\n\n'
    "**Deviation** — Compass error caused by the boat's own magnetism. On ships a Flinders"
    " bar (after Matthew Flinders) and Kelvin's spheres are used to correct the compass.\n\n"
    "**Jordan series drogue (JSD)**: A long line carrying a hundred small cones, streamed"
    " from the stern. Designed by Donald Jordan, an aeronautical engineer.\n\n"
    "**COLREGs (International Regulations for Preventing Collisions at Sea, 1972)**: In force"
    " since 1977. https://www.imo.org/en/About/Conventions/Pages/COLREG.aspx. The ones to"
    " really know:\n- Rule 5: keep a proper lookout.\n\n"
    "**Greenwich hour angle (GHA)** — Hour angles are measured westward from a meridian."
    " Stars aren't tabulated individually.\n\n"
    "**Rule of twelfths** — For a six-hour tide, the fraction of the range that rises in each"
    " hour goes 1/12, 2/12, 3/12, 3/12, 2/12, 1/12. Falls apart anywhere with odd tidal"
    " curves (the Solent's double high water, for instance).\n"
)


def test_a_term_is_not_named_for_a_paper_a_later_sentence_quotes() -> None:
    names = [entry.name for entry in parse_text(_GLOSSARY, name="t").entries]
    assert "Slot effect" in names
    assert "The Aerodynamics of Sail Interaction" not in names


def test_a_cloze_never_hides_a_person_whose_surname_the_front_shows() -> None:
    hidden = [back for kind, _, back in _made(_GLOSSARY) if kind == "cloze"]
    assert "**Matthew Flinders**" not in hidden
    assert "**Donald Jordan**" not in hidden


@pytest.mark.parametrize(
    ("term", "not_its_gist"),
    [
        ("COLREGs", "In force since 1977"),
        ("Greenwich hour angle", "Stars aren't tabulated individually"),
        ("Rule of twelfths", "Falls apart anywhere"),
    ],
)
def test_since_when_a_denial_and_where_it_fails_are_no_gists(term: str, not_its_gist: str) -> None:
    gists = [
        back for kind, front, back in _made(_GLOSSARY) if kind == "gist" and f"**{term}**" in front
    ]
    assert not [gist for gist in gists if gist.startswith(not_its_gist)]


@pytest.mark.parametrize(
    ("item", "not_its_gist"),
    [
        (
            "- **Gemini 1.5** ([arXiv](https://arxiv.org/abs/2403.05530)), Gemini Team"
            " (Google), 2024. Closed model, thin technical detail. Read it anyway.",
            "Closed model",
        ),
        (
            "- **VideoLLM-online** ([arXiv](https://arxiv.org/abs/2406.11816)), Chen et al.,"
            " CVPR 2024. Different problem, same memory constraints. Streaming is underrated.",
            "Different problem",
        ),
        (
            "- [Large Language Model-Brained GUI Agents: A Survey](https://arxiv.org/abs/"
            "2411.18279) - Zhang et al. (Microsoft, 2024). Huge; good for finding things, less"
            " good for reading front to back.",
            "good for finding things",
        ),
        (
            "- [AgentDojo: A Dynamic Environment to Evaluate Prompt Injection Attacks and"
            " Defenses for LLM Agents](https://arxiv.org/abs/2406.13352) - Debenedetti et al."
            " (ETH Zurich, NeurIPS 2024). Tool-calling rather than GUI, but indirect prompt"
            " injection is THE threat model for browsing agents.",
            "Tool-calling rather than GUI",
        ),
        (
            "- **CLIP, Flamingo, BLIP-2, LLaVA** ([CLIP](https://arxiv.org/abs/2103.00020),"
            " [LLaVA](https://arxiv.org/abs/2304.08485)). Nearly every video LLM below is one of"
            " these image architectures with a frame sampler bolted on.",
            "Nearly every video LLM below",
        ),
    ],
)
def test_the_writers_word_on_a_reading_is_no_gist(item: str, not_its_gist: str) -> None:
    gists = [
        back for kind, _, back in _made(f"# Video LLMs\n\n## Models\n\n{item}\n") if kind == "gist"
    ]
    assert not [gist for gist in gists if gist.startswith(not_its_gist)]


@pytest.mark.parametrize(
    ("note", "not_its_gist"),
    [
        ('reading only sec 3.3 ("hardware-aware algorithm")', "reading only"),
        ("4th ed added El Hajj, new chapters on sorting, GNNs etc.", "4th ed"),
        ("the OpenCL/OpenACC chapters from older eds are gone, good riddance", "the OpenCL"),
    ],
)
def test_which_part_a_note_taker_read_is_no_gist(note: str, not_its_gist: str) -> None:
    text = (
        "# GPU notes\n\n## Books\n\n1. **Programming Massively Parallel Processors** (Kirk,"
        f" Hwu, El Hajj — 4th ed, Morgan Kaufmann 2022)\n   - {note}\n"
    )
    gists = [back for kind, _, back in _made(text) if kind == "gist"]
    assert not [gist for gist in gists if gist.startswith(not_its_gist)]


def test_an_aside_stance_and_the_other_ones_are_no_term_answers() -> None:
    text = _GLOSSARY + (
        "\n**Sextant** — Double-reflecting instrument for measuring angles.\n"
        "- Side error and perpendicularity are the other two adjustments.\n"
        "- Plastic Davis sextants are fine to learn on.\n"
    )
    terms = [back for kind, _, back in _made(text) if kind == "term"]
    assert "the other two adjustments" not in terms
    assert "fine to learn on" not in terms


def test_two_papers_under_one_name_are_two_works() -> None:
    made = _made(
        "# Notes\n\n## Part 1\n\n- **MEND** ([arXiv](https://arxiv.org/abs/2110.11309)),"
        " Mitchell et al., ICLR 2022. Editor networks.\n\n## Part 2\n\n- **MEND**"
        " ([arXiv](https://arxiv.org/abs/2206.06520)), Mitchell et al., ICML 2022. Memory.\n"
    )
    assert len([front for kind, front, _ in made if kind == "attribution"]) == 2
