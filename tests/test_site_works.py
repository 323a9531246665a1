"""Works a list names by a link to their lab's own site get a who-made card, and a product
team's arXiv byline is its lab's (round 65's bundled list: "Claude 3 / 4 model cards
(Anthropic)", "Gemini (Google DeepMind)" were facts no card tested; "Who made **Gemini 1**?
→ Gemini Team" gave itself away)."""

from __future__ import annotations

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.attribution import lab_of_site
from srs.reading.document import parse_text
from srs.reading.paper import Paper

LIST = (
    "# Models\n\n## Frontier\n\n"
    "1. **[Claude 3](https://www-cdn.anthropic.com/x/Model_Card_Claude_3.pdf) /"
    " [4](https://www-cdn.anthropic.com/y.pdf) and [Gemini 1](https://arxiv.org/abs/2312.11805)"
    " / [2.5](https://storage.googleapis.com/deepmind-media/gemini/gemini_v2_5_report.pdf)** to"
    " understand the leading labs. Also [Preference Finetuning](https://openai.com/pf) and"
    " [ChatGPT](https://openai.com/chatgpt).\n"
)


def test_a_work_linked_on_its_labs_site_is_asked_who_made_it() -> None:
    gemini = Paper.make(
        "2312.11805",
        "Gemini: A Family of Highly Capable Multimodal Models",
        ["Gemini Team", "Rohan Anil"],
        "2023-12-19",
        "",
    )
    cards = template_cards(parse_text(LIST), load_templates(), {"2312.11805": gemini}).cards
    asked = {c.front: c.back for c in cards if c.kind == "attribution"}
    # a name that opens with its lab's brand says whose it is (round 68: "Who made **Claude
    # 3**? → Anthropic" graded weak): the card asks when, or there is none
    assert asked["When was **Gemini 1** released?"] == "2023 (Google DeepMind)"
    assert not [front for front in asked if "Claude" in front or "ChatGPT" in front]
    sora = "# Video\n\n## Models\n\n- [Sora](https://openai.com/index/sora): a video model.\n"
    cards = template_cards(parse_text(sora), load_templates()).cards
    assert {c.front: c.back for c in cards}["Who made **Sora**?"] == "OpenAI"
    # (a version alone, `4`, `2.5`, and a feature's name are no works)
    assert not [front for front in asked if "**4**" in front or "**2.5**" in front]
    assert "Who made **Preference Finetuning**?" not in asked


def test_a_labs_folder_in_a_cloud_bucket_is_its_site() -> None:
    assert lab_of_site("https://storage.googleapis.com/deepmind-media/gemma/report.pdf") == (
        "Google DeepMind"
    )
    assert lab_of_site("https://storage.googleapis.com/other-bucket/report.pdf") == ""


def test_a_lab_brand_inside_a_name_says_whose_it_is() -> None:
    """r95 blog: "Who made **Managing context on the Claude Developer Platform**, and
    when? → Anthropic, 2025" (the name says whose): it asks when."""
    post = (
        "# Memory\n\n## Products\n\n- **Claude memory tool.** [Managing context on the Claude"
        " Developer Platform](https://www.anthropic.com/news/context-management) (Anthropic,"
        " Sept 29 2025). Context editing clears stale tool calls as the window fills.\n"
    )
    cards = template_cards(parse_text(post), load_templates()).cards
    asked = {c.front: c.back for c in cards if c.kind == "attribution"}
    assert asked == {
        "When was **Managing context on the Claude Developer Platform** released?": (
            "2025 (Anthropic)"
        )
    }
