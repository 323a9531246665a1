"""srs's notes into the bridge collection through Anki's collection API, without a
package, once the bridge holds srs's note types as srs made them (the first push goes
through a package: it brings the note types).

What Anki's package importer does with srs's package (without scheduling, merging
note types; rslib `import_export/package/apkg/import`, `import_export/gather.rs`), this
does directly:

* a note whose GUID the bridge lacks is added, its card new in its section's deck
  (found by name, or made), with srs's GUID, fields and tags;
* a note whose GUID the bridge has, in the same note type, is replaced (fields and
  tags) when srs's copy is newer, and keeps srs's modification time (when its content
  last changed in srs), so an edit made in Anki since stays until srs's changes again;
  its cards stay where they are;
* Anki's system tags (`leech`, `marked`) are dropped, as an import without scheduling
  drops them; tags take the case the collection already uses (Anki does that).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from anki.collection import Collection

__all__ = ["BridgeNote", "NoteType", "add_or_update", "holds_note_types"]

_SYSTEM_TAGS = ("marked", "leech")
_DIRTY = -1


@dataclass(frozen=True)
class NoteType:
    """One of srs's note types, as srs makes it."""

    id: int
    fields: tuple[str, ...]
    cloze: bool


@dataclass(frozen=True)
class BridgeNote:
    """An srs note as the bridge should hold it."""

    guid: str
    note_type: int
    fields: Sequence[str]
    tags: Sequence[str]
    #: when its content last changed in srs (seconds)
    mod: int
    #: the deck a new note's card goes in (by name)
    deck: str


def holds_note_types(col: Collection, note_types: Iterable[NoteType]) -> bool:
    """Whether the bridge has each of `note_types` with srs's fields and one template
    (not changed elsewhere: a field added on another device needs the importer's merge)."""
    from anki.models import NotetypeId

    for wanted in note_types:
        there = col.models.get(NotetypeId(wanted.id))
        if there is None:
            return False
        fields = tuple(field["name"] for field in there["flds"])
        if fields != wanted.fields or len(there["tmpls"]) != 1:
            return False
        if bool(there["type"] == 1) != wanted.cloze:  # 1: Anki's cloze note types
            return False
    return True


def add_or_update(col: Collection, notes: Iterable[BridgeNote], now_ms: int) -> int:
    """Add the notes the bridge lacks and update those srs changed since (see the module's
    notes), marked for the next sync; returns how many were added or updated."""
    from anki.collection import AddNoteRequest
    from anki.decks import DeckId
    from anki.models import NotetypeDict, NotetypeId
    from anki.notes import NoteId

    db = col.db
    assert db is not None, "the bridge is closed"
    wanted = list(notes)
    guids = {note.guid for note in wanted}
    # as the importer: the last note (by id) that holds a GUID stands for it
    existing = {
        guid: (nid, mod, mid)
        for nid, guid, mod, mid in db.all("SELECT id, guid, mod, mid FROM notes ORDER BY id")
        if guid in guids
    }
    added: list[tuple[BridgeNote, AddNoteRequest]] = []
    updated: list[tuple[BridgeNote, int]] = []
    note_types: dict[int, NotetypeDict] = {}
    deck_ids: dict[str, DeckId] = {}
    for note in wanted:
        there = existing.get(note.guid)
        if there is not None:
            nid, mod, mid = there
            if mid == note.note_type and mod < note.mod:
                updated.append((note, nid))
            continue  # not newer (or in a note type of the user's: left alone)
        if note.note_type not in note_types:
            note_type = col.models.get(NotetypeId(note.note_type))
            assert note_type is not None, "checked by holds_note_types"
            note_types[note.note_type] = note_type
        if note.deck not in deck_ids:
            deck_ids[note.deck] = DeckId(col.decks.id(note.deck, create=True) or 0)
        new = col.new_note(note_types[note.note_type])
        new.guid = note.guid
        new.fields = list(note.fields)
        new.tags = _tags(note.tags)
        added.append((note, AddNoteRequest(new, deck_ids[note.deck])))
    if added:
        col.add_notes([request for _, request in added])
    if updated:
        changed = []
        for note, nid in updated:
            current = col.get_note(NoteId(nid))
            current.fields = list(note.fields)
            current.tags = _tags(note.tags)
            changed.append(current)
        col.update_notes(changed)
    if added or updated:
        # srs's modification time, as the importer keeps the package's; an update is
        # marked for the next sync even when Anki found nothing to change (the importer
        # writes it regardless)
        db.executemany(
            f"UPDATE notes SET mod = ?, usn = {_DIRTY} WHERE id = ?",
            [(note.mod, nid) for note, nid in updated]
            + [(note.mod, request.note.id) for note, request in added],
        )
        db.executemany(
            "UPDATE cards SET mod = ? WHERE nid = ?",
            [(note.mod, request.note.id) for note, request in added],
        )
        db.execute("UPDATE col SET mod = ?", now_ms)  # the next sync has changes to send
    return len(added) + len(updated)


def _tags(tags: Sequence[str]) -> list[str]:
    return [tag for tag in tags if tag.lower() not in _SYSTEM_TAGS]
