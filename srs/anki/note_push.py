"""One deck's notes into the bridge collection (`srs sync`): straight through Anki's
collection API when the bridge holds srs's note types as srs makes them
(srs.anki.bridge_notes), else as a package Anki imports (the first push: it brings the
note types). Either way the bridge ends with the same GUIDs, fields, tags and decks."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path

from srs.anki.bridge import Bridge
from srs.anki.bridge_notes import BridgeNote, NoteType, add_or_update, holds_note_types
from srs.anki.export import (
    BASIC_FIELDS,
    BASIC_MODEL_ID,
    CLOZE_FIELDS,
    CLOZE_MODEL_ID,
    export_deck,
    note_content,
    section_decks,
)
from srs.store.engine import Engine

__all__ = ["NOTE_TYPES", "push_deck_notes"]

#: srs's note types, by whether they are for cloze cards
NOTE_TYPES = {
    False: NoteType(BASIC_MODEL_ID, BASIC_FIELDS, cloze=False),
    True: NoteType(CLOZE_MODEL_ID, CLOZE_FIELDS, cloze=True),
}


def push_deck_notes(deck: Engine, bridge: Bridge, leave_out: AbstractSet[str], now_ms: int) -> int:
    """Add and update the notes of `deck`'s cards but those in `leave_out`; returns how
    many notes were added or changed."""
    summary = deck.export_summary()
    if holds_note_types(bridge.col, [NOTE_TYPES[cloze] for cloze in summary.cloze]):
        title, section_order = deck.deck_info()
        names = section_decks(deck.anki_deck_name(), title, section_order, summary.sections)

        def notes() -> Iterator[BridgeNote]:
            for card in deck.export_rows():
                if card.id not in leave_out:
                    note = note_content(card)
                    yield BridgeNote(
                        note.guid,
                        note.model.model_id,
                        note.fields,
                        note.tags,
                        note.mod,
                        names[card.section],
                    )

        return add_or_update(bridge.col, notes(), now_ms)
    with tempfile.TemporaryDirectory(dir=bridge.path.parent) as work:
        apkg = Path(work) / f"{deck.deck}.apkg"
        export_deck(deck, apkg, progress=False, scheduling=False, leave_out=leave_out)
        return bridge.import_notes(apkg)
