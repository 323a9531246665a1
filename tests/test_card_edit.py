"""A card edited where it is seen: the editor's file format, the edit locked in the deck
file and in the database, `srs cards --edited` and `--unlock`, and the edit in Anki."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from anki.collection import Collection
from cli_helpers import srs
from engine_helpers import SMALL_LIST, START, open_engine, write_list
from hypothesis import given
from hypothesis import strategies as st
from test_export import import_into

from srs.anki.export import export_deck, note_guid
from srs.build import build
from srs.clock import FixedClock
from srs.deck.card_edit import editor_text, read_edit
from srs.deck.deckfile import load_deck
from srs.errors import BadInput
from srs.locations import Locations, data_dir
from srs.store.engine import Engine
from srs.store.rating import Rating

GIST = "small|arxiv:1706.03762|gist"
GIST_BACK = "the transformer architecture that started it all"
MINE = "my own words: self-attention all the way down"


def deck_file() -> Path:
    return Locations(data_dir()).deck("small")


def reopen() -> Engine:
    return Engine.open(home=data_dir(), deck="small", clock=FixedClock(START))


# the editor's file ----------------------------------------------------------------------

# any text a card may hold: no surrogates (not UTF-8), no NUL (not in a file)
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"))


@given(front=TEXT, back=TEXT)
def test_the_editor_file_reads_back_exactly(front: str, back: str) -> None:
    assert read_edit(editor_text("d|e|gist", "gist", front, back), "f") == (front, back)


def test_the_editor_file_is_plain_to_edit() -> None:
    text = editor_text("d|e|cloze", "cloze", "a {{c1::gap}}\n\n# not a comment", "**b**")
    assert text.splitlines() == [
        "# srs: edit this card's front and back (Markdown), then save and quit.",
        "# Keep each side indented under its key. A cloze card hides its gaps as {{c1::...}}.",
        "# Leave the file as it is, or empty it, to change nothing.",
        "# card: d|e|cloze (cloze)",
        "front: |-",
        "  a {{c1::gap}}",
        "",
        "  # not a comment",
        "back: |-",
        "  **b**",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a list\n", "f: must hold `front:` and `back:`"),
        ("front: a\nback: b\nkind: basic\n", "f: unknown key 'kind' (only front and back)"),
        ("front: a\n", "f: back: missing or empty"),
        ("front: a\nback: [1]\n", "f: back: must be text"),
        ("front: &x a\nback: *x\n", "f: line 1: YAML anchors and aliases"),
        ("front: a\nback: 'b\n", "f: the edited card is not valid YAML (line 3)"),
    ],
)
def test_a_broken_editor_file_is_one_line(text: str, message: str) -> None:
    with pytest.raises(BadInput) as caught:
        read_edit(text, "f")
    assert caught.value.message.startswith(message) and "\n" not in caught.value.message


def test_an_emptied_file_changes_nothing() -> None:
    assert read_edit("# only comments\n\n", "f") is None


# the edit, the rebuild, unlocking ---------------------------------------------------------


def test_an_edit_is_locked_and_survives_a_rebuild_with_its_history(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    engine.rate(GIST, Rating.GOOD, duration_ms=1000)
    schedule = engine.card(GIST)
    assert engine.edit_card(GIST, "What is **Attention**?", f"  {MINE}\n")
    shown = engine.card(GIST)  # in the database at once: the same id, schedule, history
    assert shown.back == MINE and (shown.due, shown.stability) == (schedule.due, schedule.stability)
    assert not engine.edit_card(GIST, "What is **Attention**?", MINE)  # unchanged: False
    engine.close()
    card = next(c for c in load_deck(deck_file()).cards if c.id == GIST)
    assert card.locked and card.back == MINE and card.hash == card.content_hash()

    report, _, _ = build(write_list(tmp_path), home=data_dir())
    assert GIST in report.kept and GIST not in report.changed + report.removed
    with reopen() as after:
        assert after.card(GIST).back == MINE
        assert [e.rating for e in after.history(GIST)] == [Rating.GOOD]


@pytest.mark.parametrize(
    ("front", "back", "message"),
    [
        (
            "What is **Attention**?",
            "  \n",
            "card small|arxiv:1706.03762|gist: back: missing or empty",
        ),
        ("\x1b]52;c;x\x07", "b", "card small|arxiv:1706.03762|gist: front: missing or empty"),
    ],
)
def test_a_bad_edit_saves_nothing(tmp_path: Path, front: str, back: str, message: str) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    before = deck_file().read_bytes()
    with pytest.raises(BadInput) as caught:
        engine.edit_card(GIST, front, back)
    assert caught.value.message == message
    assert deck_file().read_bytes() == before and engine.card(GIST).back == GIST_BACK
    engine.close()


CLOZE_LIST_LINE = (
    "bidirectional encoders pretrained on masked tokens, then tuned for **classification** tasks."
)
CLOZE = "small|arxiv:1810.04805|cloze|classification"


@pytest.mark.parametrize(
    ("old", "new", "why"),
    [
        ("{{c1::", "{{c2::", "{{c2::...}}: only c1 deletions are allowed"),
        ("{{c1::classification}}", "classification", "a cloze card needs a {{c1::...}} deletion"),
        ("}}", "", "an unclosed or nested {{c1:: deletion"),
    ],
)
def test_a_cloze_edit_keeps_the_cloze_rule(tmp_path: Path, old: str, new: str, why: str) -> None:
    text = SMALL_LIST.replace(
        "bidirectional encoders for **classification** tasks.", CLOZE_LIST_LINE
    )
    engine = open_engine(tmp_path, FixedClock(START), text=text)
    card = engine.card(CLOZE)
    before = deck_file().read_bytes()
    with pytest.raises(BadInput) as caught:
        engine.edit_card(CLOZE, card.front.replace(old, new), card.back)
    assert caught.value.message.startswith(f"card {CLOZE}: front: {why}")
    assert deck_file().read_bytes() == before
    # a good cloze edit is kept
    assert engine.edit_card(CLOZE, card.front.replace("tasks", "{{c1::tasks}}"), card.back)
    engine.close()


def test_a_retired_card_is_not_edited(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    engine.close()
    listed = write_list(tmp_path)
    listed.write_text(listed.read_text().replace("1. **[Attention]", "1. **[Attn]"), "utf-8")
    text = listed.read_text().split("\n")
    listed.write_text(
        "\n".join(line for line in text if "Attention" not in line and "Attn" not in line)
    )
    build(listed, home=data_dir())
    with reopen() as after, pytest.raises(BadInput, match="is retired"):
        after.edit_card(GIST, "a", "b")


def test_cards_edited_and_unlock(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    engine.rate(GIST, Rating.GOOD, duration_ms=1000)
    engine.edit_card(GIST, "What is **Attention**?", MINE)
    engine.close()
    done = srs("cards", "--edited")
    assert done.returncode == 0
    assert done.stdout.splitlines()[:3] == [
        f"{GIST}  [gist] Basics",
        "  Q: What is **Attention**?",
        f"  A: {MINE}",
    ]
    assert len(done.stdout.splitlines()) == 3
    listed = json.loads(srs("cards", "--edited", "--json").stdout)
    assert [(c["id"], c["back"], c["locked"]) for c in listed] == [(GIST, MINE, True)]

    done = srs("cards", "--unlock", GIST)
    assert done.returncode == 0 and "unlocked; the next `srs build`" in done.stdout
    assert "you have edited or locked no generated card" in srs("cards", "--edited").stdout
    assert "not locked or edited" in srs("cards", "--unlock", GIST).stdout
    report, _, _ = build(write_list(tmp_path), home=data_dir())
    assert GIST in report.changed and GIST not in report.kept  # the generator's wording back
    with reopen() as after:
        assert after.card(GIST).back == GIST_BACK
        assert [e.rating for e in after.history(GIST)] == [Rating.GOOD]


def test_unlock_errors_are_one_line(tmp_path: Path) -> None:
    open_engine(tmp_path, FixedClock(START)).close()
    done = srs("cards", "--unlock", "small|nope|gist")
    assert done.returncode == 2
    assert done.stderr.startswith("srs: ") and "no card 'small|nope|gist'" in done.stderr
    assert len(done.stderr.splitlines()) == 1
    raw = deck_file().read_text(encoding="utf-8")
    deck_file().write_text(
        raw.replace("cards:\n", "cards:\n- front: mine\n  back: mine too\n", 1), "utf-8"
    )
    manual = next(c for c in load_deck(deck_file()).cards if c.origin == "manual")
    done = srs("cards", "--unlock", manual.id)
    assert done.returncode == 2 and "is your own (origin: manual)" in done.stderr
    assert srs("cards", "--unlock", GIST, "--edited").returncode == 2


def test_the_export_carries_the_edit(tmp_path: Path, collection: Collection) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    export_deck(engine, tmp_path / "v1.apkg", progress=False)
    import_into(collection, tmp_path / "v1.apkg")
    guid = note_guid(GIST)
    (note_id,) = collection.db.list("SELECT id FROM notes WHERE guid = ?", guid)
    assert GIST_BACK in collection.get_note(note_id)["Back"]
    engine.close()
    later = Engine.open(home=data_dir(), deck="small", clock=FixedClock(START + timedelta(days=1)))
    with later:
        later.edit_card(GIST, "What is **Attention**?", MINE)
        export_deck(later, tmp_path / "v2.apkg", progress=False)
    notes = collection.note_count()
    import_into(collection, tmp_path / "v2.apkg")
    assert collection.note_count() == notes  # updated in place: the same note
    assert collection.db.list("SELECT id FROM notes WHERE guid = ?", guid) == [note_id]
    assert collection.get_note(note_id)["Back"] == MINE
