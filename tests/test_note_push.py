"""A deck's notes into the bridge collection (srs.anki.note_push): without a package
once the bridge has srs's note types, the same notes as the package brings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection
from engine_helpers import SMALL_LIST, START, open_engine, write_list

from srs.anki.bridge import Bridge
from srs.anki.export import export_deck
from srs.anki.note_push import push_deck_notes
from srs.build import build
from srs.clock import FixedClock, to_ms
from srs.locations import data_dir
from srs.store.rating import Rating


def _notes_and_cards(col: Collection) -> tuple[dict[str, Any], dict[str, Any]]:
    """Each note by GUID (note type, fields, tags, modified, usn) and its cards (deck
    name, template, type, queue)."""
    assert col.db is not None
    notes = {
        guid: (mid, flds, tags, mod, usn)
        for guid, mid, flds, tags, mod, usn in col.db.all(
            "SELECT guid, mid, flds, tags, mod, usn FROM notes"
        )
    }
    cards: dict[str, list[tuple[object, ...]]] = {}
    for guid, did, ord_, type_, queue, mod in col.db.all(
        """SELECT n.guid, c.did, c.ord, c.type, c.queue, c.mod FROM cards c
           JOIN notes n ON n.id = c.nid ORDER BY n.guid, c.ord"""
    ):
        cards.setdefault(guid, []).append((col.decks.name(did), ord_, type_, queue, mod))
    return notes, cards


def test_notes_pushed_without_a_package_are_the_notes_the_package_brings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, timezone="UTC", leech_threshold=1)
    bridges = [Bridge.open(tmp_path / side / "collection.anki2") for side in ("package", "api")]
    now_ms = to_ms(START)
    try:
        for bridge in bridges:  # the first push brings the note types: a package
            assert push_deck_notes(engine, bridge, frozenset(), now_ms) == len(engine.cards())
        # the deck changes: an entry's text, a new entry in a new section, an entry gone
        # (its cards retired), a leech (Anki's own tag: an import drops it)
        clock.advance(hours=1)
        text = SMALL_LIST.replace("few-shot learners at scale", "few-shot learning at scale")
        gone = next(line for line in text.splitlines() if "[DPO]" in line)
        text = text.replace(gone + "\n", "")
        text += (
            "\n## Section 3: New\n\n- **[Mamba](https://arxiv.org/abs/2312.00752) paper** - "
            "state-space models in **linear time**.\n"
        )
        build(write_list(tmp_path, text), home=data_dir())
        engine.load_from_file()
        leech = engine.cards()[0].id
        for _ in range(2):  # learnt, then forgotten
            engine.rate(leech, Rating.GOOD)
            clock.advance(minutes=10)
        clock.advance(days=3)
        engine.rate(leech, Rating.AGAIN)
        assert engine.card(leech).leech
        with engine.db:  # its text changed: it goes out again, with the leech tag
            engine.db.execute(
                "UPDATE cards SET changed_at = ? WHERE id = ?", (to_ms(clock.now()), leech)
            )

        package, api = bridges
        apkg = tmp_path / "deck.apkg"
        export_deck(engine, apkg, progress=False, scheduling=False)
        by_package = package.import_notes(apkg)

        def no_package(*_: object) -> int:
            raise AssertionError("the bridge has srs's note types: no package")

        monkeypatch.setattr(Bridge, "import_notes", no_package)
        by_api = push_deck_notes(engine, api, frozenset(), now_ms)
        assert by_api == by_package > 0
        assert _notes_and_cards(api.col) == _notes_and_cards(package.col)
        assert "leech" not in json.dumps(_notes_and_cards(api.col)[0])
        # pushed again, nothing is newer: nothing changes
        before = _notes_and_cards(api.col)
        assert push_deck_notes(engine, api, frozenset(), now_ms) == 0
        assert _notes_and_cards(api.col) == before
    finally:
        for bridge in bridges:
            bridge.close()
