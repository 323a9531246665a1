from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Anki's library numbers days in the machine's zone: the same zone on every machine
os.environ["TZ"] = "UTC"
time.tzset()

# the same examples on every run and machine, and nothing written to .hypothesis/
settings.register_profile("srs", derandomize=True, database=None, deadline=None)
settings.load_profile("srs")

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "decks" / "ai-engineering-2025.md"


@pytest.fixture(autouse=True)
def srs_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own empty data directory."""
    home = tmp_path / "srs-home"
    home.mkdir()
    monkeypatch.setenv("SRS_HOME", str(home))
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    # nothing reaches arXiv: a test that wants papers starts its own local server
    monkeypatch.setenv("SRS_ARXIV_URL", "http://127.0.0.1:9/api/query")
    yield home


@pytest.fixture
def bundled_list() -> Path:
    return BUNDLED


@pytest.fixture
def list_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled list, safe to mutate."""
    target = tmp_path / "lists" / "ai-engineering-2025.md"
    target.parent.mkdir()
    shutil.copy(BUNDLED, target)
    return target


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[object]:
    """A fresh collection of the real Anki library."""
    from anki.collection import Collection

    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    yield col
    col.close()
