"""The deck file's YAML writer: whatever it writes, `yaml.safe_load` reads back the same."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from srs.deck.yaml_emit import dump_yaml

LEAF = st.none() | st.booleans() | st.integers() | st.text()
DATA = st.recursive(
    LEAF,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=500)
@given(DATA)
def test_round_trip(data: object) -> None:
    assert yaml.safe_load(dump_yaml(data)) == data


@pytest.mark.parametrize(
    "text",
    [
        "\x85 next line",
        "\u2028 line sep",
        "\ufeff bom",
        "\x9b[31m c1 csi",
        "\x1b]52;c;x\x07",
        "\x7f delete, ASCII but never printable",
        "yes",
    ],
)
def test_characters_yaml_would_not_take_raw(text: str) -> None:
    written = dump_yaml({"front": text, "true": [text]})
    assert yaml.safe_load(written) == {"front": text, "true": [text]}
    assert all(ch.isprintable() or ch == "\n" for ch in written)


def test_layout_is_block_yaml() -> None:
    assert dump_yaml({"cards": [{"id": "a", "links": [], "tags": ["x"]}], "date": None}) == (
        'cards:\n- id: "a"\n  links: []\n  tags:\n  - "x"\ndate: null\n'
    )
