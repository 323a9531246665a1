"""A short bold label over two citations or more heads a topic, never a work of its own
(round 65's syllabus: "Who made **Multi-agent RL**, and when? → Lowe et al. (MADDPG), NIPS
2017" credited a field to one paper)."""

from __future__ import annotations

import pytest

from srs.cards.from_templates import template_cards
from srs.cards.templates import load_templates
from srs.reading.document import parse_text

SYLLABUS = (
    "# Deep RL\n\n## Topics we don't cover\n\n"
    '- **Multi-agent RL:** Lowe et al., "Multi-Agent Actor-Critic for Mixed Cooperative-'
    'Competitive Environments" (MADDPG), NIPS 2017; Rashid et al., "QMIX," ICML 2018.\n'
    '- **Meta-RL:** Duan et al., "RL²: Fast Reinforcement Learning via Slow Reinforcement'
    ' Learning," 2016; Finn, Abbeel & Levine, "Model-Agnostic Meta-Learning for Fast'
    ' Adaptation of Deep Networks," ICML 2017.\n'
)


BLOG = (
    "# Interpretability\n\n## Steering\n\n"
    "- **Steering: ActAdd → CAA → RepE.** Turner et al., *Steering Language Models With"
    " Activation Engineering* (2023, [arXiv:2308.10248](https://arxiv.org/abs/2308.10248));"
    " Rimsky (now Panickssery) et al., *Steering Llama 2 via Contrastive Activation Addition*"
    " (ACL 2024, [arXiv:2312.06681](https://arxiv.org/abs/2312.06681)); and Zou et al.,"
    " *Representation Engineering: A Top-Down Approach to AI Transparency* (CAIS 2023,"
    " [arXiv:2310.01405](https://arxiv.org/abs/2310.01405)). Three flavors of the same trick.\n"
)


def test_r65_blog_a_headline_listing_three_works_cites_the_first_by_its_own_part() -> None:
    """r65 blog: "What is **ActAdd**? → Rimsky (now Panickssery) et al., Steering Llama 2 …"
    and "Who made **ActAdd**, and when? → Turner et al., ACL 2024" (CAA's venue)."""
    reading = parse_text(BLOG)
    (entry,) = reading.entries
    assert entry.topic
    cards = template_cards(reading, load_templates()).cards
    assert [(c.front, c.back) for c in cards if c.kind in {"gist", "attribution"}] == [
        ("Who made **ActAdd**, and when?", "Turner et al., 2023")
    ]


def test_a_label_over_citations_is_a_topic_and_its_first_work_keeps_its_people() -> None:
    reading = parse_text(SYLLABUS)
    assert all(entry.topic for entry in reading.entries)
    asked = {
        card.front: card.back
        for card in template_cards(reading, load_templates()).cards
        if card.kind == "attribution"
    }
    assert asked == {
        "Who made **MADDPG**, and when?": "Lowe et al., NIPS 2017",
        "Who made **RL²**, and when?": "Duan et al., 2016",
    }


@pytest.mark.parametrize(
    "item",
    [
        # a glossary's definition that cites two sources: the term is the thing
        "- **PageRank**: centrality where a random surfer follows out-links (Brin & Page,"
        " 1998; Page et al., 1999).",
        # one citation under a name: the work's own name
        '- **Dreamer:** Hafner et al., "Dream to Control: Learning Behaviors by Latent'
        ' Imagination," ICLR 2020.',
    ],
)
def test_a_name_over_its_definition_or_one_citation_is_no_topic(item: str) -> None:
    (entry,) = parse_text(f"# List\n\n## Part\n\n{item}\n").entries
    assert not entry.topic


NOTES_MAP = (
    "# netstack reading notes\n\nRough mental map I'm working from:\n"
    "- **in-kernel, make it faster** → XDP, BMC, XRP, Electrode (push logic *down* into the"
    " kernel via eBPF)\n"
    "- **bypass the kernel entirely** → netmap, DPDK, mTCP, IX/Arrakis, eRPC\n"
    "- **why is the kernel slow anyway** → BPF'93 (history), Cai et al. SIGCOMM'21\n"
    "\n## Foundations\n\n"
    "1. **The BSD Packet Filter** ([pdf](https://www.tcpdump.org/papers/bpf-usenix93.pdf))\n"
    "   - McCanne & Jacobson, USENIX Winter 1993\n"
    "   - register-based filter VM + buffer model\n"
)


def test_r68_notes_a_lowercase_label_over_an_arrow_and_a_list_of_works_is_a_group() -> None:
    """r68 notes: "Who made **why is the kernel slow anyway**, and when? → Cai et al., SIGCOMM
    2021" and "What is described here? *netmap, DPDK, mTCP, IX/Arrakis, eRPC* → **bypass the
    kernel entirely**": a mental map's groups, no works of their own."""
    reading = parse_text(NOTES_MAP)
    groups = [entry for entry in reading.entries if entry.title[0].islower()]
    assert len(groups) == 3 and all(entry.topic for entry in groups)
    cards = template_cards(reading, load_templates()).cards
    assert not [card for card in cards if "kernel slow" in card.front + card.back]
    assert not [card for card in cards if "bypass the kernel" in card.front + card.back]
    # the paper under them is read as ever
    assert any(card.back.startswith("McCanne and Jacobson") for card in cards)


def test_r70_a_labelled_idea_the_list_defines_and_links_nowhere_is_no_topic() -> None:
    """r70 blog: "1. **The cascade**: ASR → text LLM → TTS, glued together with a VAD …"
    is one of three designs the post defines (no card for it, graded a missed fact); a
    label over a link (`**The textbook:** … [RLHF book](…)`) or a remark's heading (`**The
    catch**: …`) still heads no idea."""
    text = (
        "# Voice\n\n## Designs\n\n"
        "1. **The cascade**: ASR → text LLM → TTS, glued together with a VAD and a lot of"
        " engineering. Still what most production agents ship.\n"
        "2. **The textbook**: Nathan Lambert's free [RLHF book](https://rlhfbook.com/), the"
        " best place to start on post-training.\n"
        "3. **The catch**: every stage adds latency you cannot win back later on.\n"
    )
    entries = parse_text(text).entries
    assert [entry.topic for entry in entries] == [False, True, True]
    made = template_cards(parse_text(text), load_templates())
    gist = next(card for card in made.cards if card.id.endswith("|gist"))
    assert (gist.front, gist.back) == (
        "What is **The cascade**?",
        "ASR → text LLM → TTS, glued together with a VAD and a lot of engineering",
    )
