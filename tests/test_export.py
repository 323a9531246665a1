"""Exports imported into a real Anki collection (the `anki` package from PyPI)."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from cli_helpers import srs
from engine_helpers import engine_config
from hypothesis import given
from hypothesis import strategies as st

from srs.anki.export import (
    BASIC_FIELDS,
    BASIC_MODEL,
    CLOZE_FIELDS,
    CLOZE_MODEL,
    NoteContent,
    card_ords,
    export_deck,
    note_guid,
)
from srs.build import build
from srs.clock import FixedClock
from srs.locations import data_dir
from srs.store.engine import Engine

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def engine_at(when: datetime) -> Engine:
    return Engine.open(
        home=data_dir(), deck="ai-engineering-2025", config=engine_config(), clock=FixedClock(when)
    )


def export_at(list_path: Path, when: datetime, out: Path) -> Path:
    build(list_path, home=data_dir())
    engine = engine_at(when)  # opening syncs the new deck file at this time
    try:
        export_deck(engine, out, progress=False)
    finally:
        engine.close()
    return out


def import_into(col: Collection, apkg: Path) -> object:
    return col.import_anki_package(
        ImportAnkiPackageRequest(
            package_path=str(apkg), options=ImportAnkiPackageOptions(merge_notetypes=True)
        )
    )


def test_first_import(collection: Collection, list_copy: Path, tmp_path: Path) -> None:
    apkg = export_at(list_copy, T0, tmp_path / "deck.apkg")
    import_into(collection, apkg)
    engine = engine_at(T0)
    cards = engine.cards()
    clozes = [c for c in cards if c.kind == "cloze"]
    assert collection.note_count() == len(cards) > 100
    assert collection.card_count() == len(cards)
    names = {d.name for d in collection.decks.all_names_and_ids()}
    assert "2025 AI Engineering Reading List论文::01 Frontier LLMs" in names
    assert "2025 AI Engineering Reading List论文::10 Finetuning" in names
    mmlu = collection.get_note(collection.find_notes('"Source:*arxiv:2009.03300|gist"')[0])
    assert list(mmlu.keys()) == list(BASIC_FIELDS)
    assert mmlu["Front"] == "What is <strong>MMLU</strong>?"
    assert mmlu["Back"] == "the main knowledge benchmark, next to GPQA and BIG-Bench"
    assert '<a href="https://arxiv.org/abs/2009.03300">MMLU</a>' in mmlu["Links"]
    assert set(mmlu.tags) == {
        "srs::section::benchmarks-and-evals",
        "srs::kind::gist",
        "srs::origin::template",
        "srs::unread",  # its entry's reading status
    }
    cloze_ids = collection.find_notes("tag:srs::kind::cloze")
    assert len(cloze_ids) == len(clozes) > 0
    note = collection.get_note(collection.find_notes('"Source:*cloze|flow-engineering"')[0])
    assert list(note.keys()) == list(CLOZE_FIELDS)
    card = note.cards()[0]
    assert (
        "[...]" in card.question()
        and "Flow Engineering" not in card.question().split("</style>")[-1]
    )
    assert "Flow Engineering" in card.answer()


def test_reexport_updates_in_place(collection: Collection, list_copy: Path, tmp_path: Path) -> None:
    first = export_at(list_copy, T0, tmp_path / "v1.apkg")
    import_into(collection, first)
    before_notes = collection.note_count()
    # a review and an edit made inside Anki
    ifeval = collection.get_note(collection.find_notes('"Source:*arxiv:2311.07911|gist"')[0])
    reviewed = ifeval.cards()[0]
    reviewed.start_timer()
    collection.sched.answerCard(reviewed, 3)
    reviewed.load()
    revlog = collection.db.scalar("SELECT count() FROM revlog")
    assert revlog == 1
    due_before, ivl_before = reviewed.due, reviewed.ivl
    edited = collection.get_note(collection.find_notes('"Source:*arxiv:2212.04356|gist"')[0])
    edited["Back"] = "my own note, written in Anki"
    collection.update_note(edited)

    text = list_copy.read_text(encoding="utf-8")
    text = text.replace("the main **knowledge** benchmark", "the principal **knowledge** benchmark")
    start = text.index("5. **[<span")
    text = text[:start] + text[text.index("This is a moving") :]
    text = text.replace(
        "## Section 3:",
        "6. **[Attention](https://arxiv.org/abs/1706.03762) paper** - the **transformer**, "
        "the architecture of every LLM.\n\n"
        "## Section 3:",
    )
    list_copy.write_text(text, encoding="utf-8")
    second = export_at(list_copy, T0 + timedelta(days=3), tmp_path / "v2.apkg")
    import_into(collection, second)

    # reworded: updated in place
    mmlu = collection.get_note(collection.find_notes('"Source:*arxiv:2009.03300|gist"')[0])
    assert "the principal knowledge benchmark" in mmlu["Back"]
    # added, and nothing duplicated
    added = len(collection.find_notes('"Source:*arxiv:1706.03762|*"'))
    assert added == 2
    assert collection.note_count() == before_notes + added
    guids = collection.db.list("SELECT guid FROM notes")
    assert len(guids) == len(set(guids))
    # removed: kept, tagged retired
    arc = collection.find_notes("tag:srs::retired")
    assert len(arc) == 2  # ARC AGI's gist and reverse card
    assert all("arcprize.org" in collection.get_note(n)["Source"] for n in arc)
    # the Anki edit of an unchanged note survives
    edited = collection.get_note(edited.id)
    assert edited["Back"] == "my own note, written in Anki"
    # review history in Anki untouched
    reviewed.load()
    assert collection.db.scalar("SELECT count() FROM revlog") == 1
    assert (reviewed.due, reviewed.ivl) == (due_before, ivl_before)


def _notes(apkg: Path, tmp_path: Path) -> list[tuple[object, ...]]:
    target = tmp_path / apkg.stem
    with zipfile.ZipFile(apkg) as archive:
        archive.extract("collection.anki2", target)
    with sqlite3.connect(target / "collection.anki2") as db:
        notes = db.execute(
            "SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id"
        ).fetchall()
        cards = db.execute("SELECT id, nid, did, ord FROM cards ORDER BY id").fetchall()
    return [*notes, *cards]


def test_exports_are_reproducible(list_copy: Path, tmp_path: Path) -> None:
    one = export_at(list_copy, T0, tmp_path / "a.apkg")
    engine = engine_at(T0 + timedelta(days=1))
    try:
        two = export_deck(engine, tmp_path / "b.apkg", progress=False).path
    finally:
        engine.close()
    assert _notes(one, tmp_path) == _notes(two, tmp_path)
    mods = {row[3] for row in _notes(one, tmp_path) if len(row) == 6}  # the notes' rows
    assert mods == {int(T0.timestamp())}  # the time content last changed, not export time


def test_untrusted_text_stays_text(collection: Collection, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.md"
    hostile.write_text(
        "---\nslug: ai-engineering-2025\n---\n## S\n"
        "- **Evil** - a parser <script>alert(1)</script> &lt;img src=x onerror=alert(1)&gt; "
        "{{c1::fake}} with [x](javascript:alert(1)) and [ok](https://ok.example/a?b=1&c=2). "
        "It introduced the **injection** attack on template engines.\n",
        encoding="utf-8",
    )
    apkg = export_at(hostile, T0, tmp_path / "h.apkg")
    import_into(collection, apkg)
    for nid in collection.find_notes(""):
        note = collection.get_note(nid)
        for value in note.values():
            assert "<script" not in value and "<img" not in value
            assert 'href="javascript' not in value
            assert "{{c1::fake}}" not in value
    gist = collection.get_note(collection.find_notes('"Source:*|gist"')[0])
    assert "&lt;img src=x onerror=alert(1)&gt;" in gist["Back"]
    assert '<a href="https://ok.example/a?b=1&amp;c=2">ok</a>' in gist["Links"]
    assert 'href="javascript' not in gist["Links"]
    assert collection.find_notes("tag:srs::kind::cloze")  # only srs's own cloze


def test_export_command(srs_home: Path, tmp_path: Path) -> None:
    assert srs("build", "-q").returncode == 0
    done = srs("export")
    assert done.returncode == 0, done.stderr
    path = Path(done.stdout.strip().splitlines()[-1])
    assert path == srs_home / "exports" / "ai-engineering-2025.apkg" and path.is_file()
    out = tmp_path / "mine.apkg"
    done = srs("export", "-o", str(out))
    assert done.returncode == 0 and out.is_file()


@given(st.text(max_size=60))
def test_note_guids_are_genankis(card_id: str) -> None:
    """Computed two base-91 digits at a time, the GUID is still genanki's."""
    assert note_guid(card_id) == genanki.guid_for("srs", card_id)


def test_note_guids_of_many_ids_are_genankis() -> None:
    ids = [f"deck|e{n}|gist" for n in range(20_000)]
    assert [note_guid(i) for i in ids] == [genanki.guid_for("srs", i) for i in ids]


@pytest.mark.parametrize(
    ("cloze", "first"),
    [
        (False, "Q?"),
        (False, ""),
        (True, "{{c1::a}} and {{c2::b}}"),
        (True, "{{c3::a}} {{c1::b}} {{c3::c}}"),
        (True, "no cloze here"),
        (True, ""),
    ],
)
def test_a_notes_cards_are_the_ones_genanki_makes(cloze: bool, first: str) -> None:
    model = CLOZE_MODEL if cloze else BASIC_MODEL
    fields = [first, "back", "S", "", "src"]
    note = NoteContent("guid", model, fields, [], 1)
    made = genanki.Note(model=model, fields=fields, guid="guid").cards
    assert card_ords(note) == [card.ord for card in made]
