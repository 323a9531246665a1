"""An `Engine.open` that fails lets go of the database: a later command in the same
process (the review app, a test through click's runner) can still restore it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_helpers import srs
from test_data_safety import _damage, reviewed_home

from srs.errors import BadInput, SrsError
from srs.locations import data_dir
from srs.store.db import db_path, exclusive_access
from srs.store.engine import Engine


def test_a_broken_deck_file_leaves_no_lock(srs_home: Path) -> None:
    assert srs("build", "-q").returncode == 0
    (srs_home / "decks" / "ai-engineering-2025.yaml").write_text("deck: [unclosed\n")
    with pytest.raises(BadInput, match="not valid YAML"):
        Engine.open(home=data_dir())
    with exclusive_access(srs_home):  # what `srs restore` takes: no session holds it
        pass


def test_a_damaged_database_leaves_no_lock(tmp_path: Path, srs_home: Path) -> None:
    reviewed_home(tmp_path)
    _damage(db_path(srs_home))
    with pytest.raises((sqlite3.DatabaseError, SrsError)):
        Engine.open(home=data_dir())
    with exclusive_access(srs_home):
        pass


def test_an_unknown_deck_leaves_no_lock(srs_home: Path) -> None:
    assert srs("build", "-q").returncode == 0
    with pytest.raises(BadInput, match="no deck named 'nope'"):
        Engine.open(home=data_dir(), deck="nope")
    with exclusive_access(srs_home):
        pass
