"""The layers of `srs`, checked on every module found (none is listed by hand):

    base (errors, locations, text, atomic, typed_yaml, config, clock)
      < srs.reading (an entry read as a learner would) < srs.cards (kinds, the gate)
      < srs.deck < srs.llm, srs.store < srs.anki, srs.learn, srs.build < srs.tui, srs.cli

A module may import its own layer and the layers below it, never above — lazy
imports inside functions included. Only `srs.tui` imports Textual or Rich; the
review path never imports openai, genanki or anki.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import srs

BASE = {"errors", "locations", "text", "atomic", "typed_yaml", "config", "clock"}
# what each layer must never import (prefixes of module names)
FORBIDDEN = {
    "base": (
        *("srs.reading", "srs.cards", "srs.deck", "srs.store", "srs.llm", "srs.anki"),
        *("srs.learn", "srs.tui", "srs.build", "srs.cli"),
    ),
    "reading": (
        *("srs.cards", "srs.deck", "srs.store", "srs.llm", "srs.anki", "srs.learn"),
        *("srs.tui", "srs.build", "srs.cli"),
    ),
    "cards": (
        *("srs.deck", "srs.store", "srs.llm", "srs.anki", "srs.learn", "srs.tui"),
        *("srs.build", "srs.cli"),
    ),
    "deck": ("srs.store", "srs.llm", "srs.anki", "srs.tui", "srs.build", "srs.cli"),
    "llm": ("srs.store", "srs.anki", "srs.tui", "srs.build", "srs.cli"),
    "store": ("srs.llm", "srs.anki", "srs.tui", "srs.build", "srs.cli"),
    "anki": ("srs.llm", "srs.tui", "srs.build", "srs.cli", "srs.learn"),
    "learn": ("srs.llm", "srs.anki", "srs.tui", "srs.build", "srs.cli"),
    "build": ("srs.anki", "srs.tui", "srs.cli"),
    "tui": ("srs.cli", "srs.llm", "srs.anki", "srs.build"),
    "cli": (),
    "main": (),
}
UI = ("textual", "rich")
MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(srs.__path__, prefix="srs.")
    if not info.name.endswith("__main__")
)


def layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "base"
    if parts[1] in BASE:
        return "base"
    return parts[1] if parts[1] in FORBIDDEN else "base"


def imported(module: str) -> set[str]:
    """Every module `module` imports, at the top or inside a function."""
    spec = __import__("importlib").util.find_spec(module)
    assert spec is not None and spec.origin is not None
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_every_module_is_checked() -> None:
    assert len(MODULES) > 40 and "srs.tui.review" in MODULES
    assert {"srs.reading.claims", "srs.cards.gate", "srs.cards.kinds"} <= set(MODULES)
    assert layer("srs.reading.claims") == "reading" and layer("srs.cards.gate") == "cards"
    assert all(layer(m) in FORBIDDEN for m in MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_no_module_imports_a_higher_layer(module: str) -> None:
    names = imported(module)
    bad = sorted(n for n in names if n.startswith(FORBIDDEN[layer(module)]))
    assert not bad, f"{module} ({layer(module)}) imports {bad}"
    if layer(module) != "tui":
        assert not [n for n in names if n.split(".")[0] in UI], module


def loaded_after(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("module", [m for m in MODULES if layer(m) != "tui"])
def test_domain_loads_no_ui(module: str) -> None:
    loaded = loaded_after(module)
    assert "textual" not in loaded and "rich" not in loaded


@pytest.mark.parametrize(
    "module",
    [
        "srs.store.engine",
        "srs.store.stats",
        "srs.cli",
        "srs.tui",
        "srs.build",
        "srs.llm.from_model",
    ],
)
def test_review_path_imports_no_exporter_or_llm(module: str) -> None:
    loaded = loaded_after(module)
    assert "openai" not in loaded and "genanki" not in loaded and "anki" not in loaded
    assert "fsrs_rs_python" not in loaded


def test_screens_know_the_app_only_through_its_protocol() -> None:
    """`tui/app.py` imports the screens; no screen imports the app back (not even for
    type checking): they use `srs.tui.host.Host`."""
    screens = [m for m in MODULES if m.startswith("srs.tui.") and m != "srs.tui.app"]
    assert "srs.tui.review" in screens
    for module in screens:
        assert "srs.tui.app" not in imported(module), module


@pytest.mark.parametrize("module", ["srs.store.engine", "srs.tui.app"])
def test_review_path_loads_no_card_builders(module: str) -> None:
    """Reviewing needs to know which kinds are clozes, not how cards are made."""
    loaded = loaded_after(module)
    assert "srs.cards.kinds" not in loaded and "srs.reading.claims" not in loaded
    assert "srs.cards.gate" not in loaded


@pytest.mark.parametrize("module", ["srs.tui.app", "srs.build", "srs.deck.deckfile"])
def test_review_and_build_load_no_pydantic(module: str) -> None:
    """pydantic's import and model set-up cost more than a template build's own work:
    only the LLM path (its reply schema) loads it."""
    assert "pydantic" not in loaded_after(module)


def test_review_path_loads_no_markdown_widget() -> None:
    """Textual's Markdown widget (and Pygments, which it brings) is mounted only for a card
    the review's own lines do not draw: not on the way to the first card."""
    loaded = loaded_after("srs.tui.app")
    assert "textual.widgets._markdown" not in loaded and "pygments" not in loaded
