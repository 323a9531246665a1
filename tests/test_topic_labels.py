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
