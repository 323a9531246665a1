"""The domain never imports Textual; the review path never imports openai or genanki."""

from __future__ import annotations

import subprocess
import sys

import pytest

DOMAIN = [
    "srs.atomic",
    "srs.backup",
    "srs.build",
    "srs.cards",
    "srs.cli",
    "srs.clock",
    "srs.config",
    "srs.db",
    "srs.deckfile",
    "srs.engine",
    "srs.errors",
    "srs.generate",
    "srs.identity",
    "srs.locations",
    "srs.migrations",
    "srs.parse",
    "srs.reading_list",
    "srs.scheduling",
    "srs.stats",
    "srs.sync",
    "srs.templates",
    "srs.text",
    "srs.current",
    "srs.decks",
    "srs.export",
    "srs.anki_html",
    "srs.llm.cache",
    "srs.llm.client",
    "srs.llm.generate",
    "srs.llm.grounding",
    "srs.llm.prompt",
    "srs.llm.reply",
]


def loaded_after(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("module", DOMAIN)
def test_domain_imports_no_ui(module: str) -> None:
    loaded = loaded_after(module)
    assert "textual" not in loaded and "rich" not in loaded


@pytest.mark.parametrize(
    "module", ["srs.engine", "srs.stats", "srs.cli", "srs.tui", "srs.build", "srs.llm.generate"]
)
def test_review_path_imports_no_exporter_or_llm(module: str) -> None:
    loaded = loaded_after(module)
    assert "openai" not in loaded and "genanki" not in loaded
