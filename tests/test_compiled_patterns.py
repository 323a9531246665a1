"""The patterns built from an entry's own names and titles are compiled once per pattern
(`phrases.compiled`), never again when the list repeats a title (a 100× list is one list a
hundred times over): `re`'s own cache keeps 512 patterns, oldest out first."""

from __future__ import annotations

import re

from srs.reading.document import parse_text
from srs.reading.phrases import compiled

ENTRY = (
    "- **[Voyager: An Open-Ended Embodied Agent with Large Language Models]"
    "(https://arxiv.org/abs/2305.16291)** (Wang et al., 2023). Minecraft agent with a skill"
    " library.\n"
)


def test_a_pattern_is_compiled_once_and_matches_as_re_would() -> None:
    pattern = rf"(?P<name>{re.escape('Voyager')})\s*\((?P<inner>[^()]*)\)"
    assert compiled(pattern) is compiled(pattern)
    found = compiled(pattern).search("see Voyager (Wang et al., 2023)")
    assert found is not None and found["inner"] == "Wang et al., 2023"
    assert compiled("voyager", re.IGNORECASE).match("Voyager") is not None


def test_a_repeated_list_reads_its_titles_patterns_from_the_cache() -> None:
    text = "## Agents\n\n" + "".join(ENTRY for _ in range(3))
    parse_text(text)
    before = compiled.cache_info()
    parse_text(text)
    after = compiled.cache_info()
    assert after.misses == before.misses  # (every pattern of the second read was compiled)
    assert after.hits > before.hits
