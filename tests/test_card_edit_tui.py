"""`e` in the review app and in browse's card view: the card edited in `$EDITOR` (a fake
editor, a real process) or in the in-app editor, driven by Pilot; then rebuilt."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest
from engine_helpers import SMALL_LIST, START, open_engine, write_list
from test_tui import Ticker, screen_text, until

from srs.build import build
from srs.clock import FixedClock
from srs.deck.deckfile import load_deck
from srs.locations import Locations, data_dir
from srs.store.engine import Engine
from srs.tui import make_app
from srs.tui.browse import BrowseScreen, CardDetailScreen
from srs.tui.card_editor import CardEditor
from srs.tui.review import ReviewScreen

GIST = "small|arxiv:1706.03762|gist"
GIST_BACK = "the transformer architecture that started it all"
CLOZE_LIST = SMALL_LIST.replace(
    "bidirectional encoders for **classification** tasks.",
    "bidirectional encoders pretrained on masked tokens, then tuned for **classification** tasks.",
)
CLOZE = "small|arxiv:1810.04805|cloze|classification"
# an edit as a learner might type it, with what would be markup to Rich
MINE = "my own words: [b]self-attention[/b] all the way down"

FAKE_EDITOR = """\
import sys
*_, old, new, status, path = sys.argv
with open(path, encoding="utf-8") as handle:
    text = handle.read()
if old not in text:
    sys.exit(3)  # the card's text was not in the file: the test fails on "nothing changed"
with open(path, "w", encoding="utf-8") as handle:
    handle.write(text.replace(old, new))
sys.exit(int(status))
"""


def fake_editor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, status: int = 0
) -> None:
    """$EDITOR: a real program that rewrites `old` into `new` and exits with `status`."""
    script = tmp_path / "fake editor.py"  # a space: the command is split as a shell would
    script.write_text(FAKE_EDITOR, encoding="utf-8")
    words = [sys.executable, str(script), old, new, str(status)]
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", shlex.join(words))


def no_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)


def flat(app) -> str:  # type: ignore[no-untyped-def]
    """The screen's text on one line: a toast's wrapped lines joined again."""
    return re.sub(r"[\s│▌]+", " ", screen_text(app))


def deck_bytes() -> bytes:
    return Locations(data_dir()).deck("small").read_bytes()


def make(tmp_path: Path, text: str = SMALL_LIST):  # type: ignore[no-untyped-def]
    engine = open_engine(tmp_path, FixedClock(START), text=text, bury_siblings=False)
    return make_app(engine, open_url=list().append, monotonic=Ticker()), engine


async def test_edit_in_editor_then_rebuild_keeps_wording_and_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_editor(tmp_path, monkeypatch, GIST_BACK, MINE)
    app, engine = make(tmp_path)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.card is not None
        assert screen.card.id == GIST
        await pilot.press("space", "e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        # the same card, as it now reads, still on its answer side: rate it
        assert screen.card.id == GIST and screen.card.back == MINE and screen.revealed
        assert MINE in screen_text(app)  # Rich markup in the card shows as text
        await pilot.press("3")
        assert [entry.rating.value for entry in engine.history(GIST)] == [3]
    card = next(c for c in load_deck(Locations(data_dir()).deck("small")).cards if c.id == GIST)
    assert card.locked and card.back == MINE and card.hash == card.content_hash()

    report, _, _ = build(write_list(tmp_path), home=data_dir())
    assert GIST in report.kept and GIST not in report.changed
    with Engine.open(home=data_dir(), deck="small", clock=FixedClock(START)) as after:
        assert after.card(GIST).back == MINE
        assert after.card(GIST).state == "learning"  # the schedule and the log stayed
        assert [entry.rating.value for entry in after.history(GIST)] == [3]


@pytest.mark.parametrize(
    ("new", "status", "notice"),
    [
        (MINE, 1, "The editor exited with status 1: nothing changed."),
        (GIST_BACK, 0, "Card unchanged"),
    ],
)
async def test_a_failed_or_unchanged_edit_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new: str, status: int, notice: str
) -> None:
    """An editor that exits non-zero (here, after writing) or leaves the file as it was."""
    fake_editor(tmp_path, monkeypatch, GIST_BACK, new, status)
    app, engine = make(tmp_path)
    before = deck_bytes()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await until(pilot, lambda: notice in flat(app), notice)
        assert engine.card(GIST).back == GIST_BACK
        assert deck_bytes() == before


async def test_a_broken_cloze_from_the_editor_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_editor(tmp_path, monkeypatch, "{{c1::", "{{c2::")
    app, engine = make(tmp_path, CLOZE_LIST)
    front = engine.card(CLOZE).front
    before = deck_bytes()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = app.screen
        await screen.show_card(engine.card(CLOZE))  # type: ignore[attr-defined]
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await until(pilot, lambda: "only c1 deletions" in flat(app), "the message")
        assert "Nothing saved" in flat(app)
        assert engine.card(CLOZE).front == front and deck_bytes() == before


async def test_in_app_editor_saves_and_cancels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_editor(monkeypatch)
    app, engine = make(tmp_path)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = app.screen
        await pilot.press("e")
        assert isinstance(app.screen, CardEditor)
        await pilot.press("end", *" [b]now[/b]", "escape")  # cancelled: nothing saved
        assert isinstance(app.screen, ReviewScreen)
        await app.workers.wait_for_complete()
        assert engine.card(GIST).front == "What is **Attention**?"
        await pilot.press("e")
        await pilot.press("end", *" [b]now[/b]", "ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert screen.card is not None and screen.card.id == GIST  # type: ignore[attr-defined]
        assert engine.card(GIST).front == "What is **Attention**? [b]now[/b]"
        assert "What is Attention? [b]now[/b]" in screen_text(app)
    assert load_deck(Locations(data_dir()).deck("small")).cards[0].locked


async def test_in_app_editor_keeps_the_cloze_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_editor(monkeypatch)
    app, engine = make(tmp_path, CLOZE_LIST)
    front = engine.card(CLOZE).front
    before = deck_bytes()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await app.screen.show_card(engine.card(CLOZE))  # type: ignore[attr-defined]
        await pilot.press("e")
        editor = app.screen
        assert isinstance(editor, CardEditor)
        area = editor.query_one("#edit-front")
        area.load_text(front.replace("{{c1::", "").replace("}}", ""))  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        assert app.screen is editor  # stays open with the reason: fix it, or Esc
        assert "needs a {{c1::...}} deletion" in screen_text(app)
        await pilot.press("escape")
        assert engine.card(CLOZE).front == front and deck_bytes() == before


async def test_browse_enter_then_e_edits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_editor(monkeypatch)
    app, engine = make(tmp_path)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("slash")
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        await until(pilot, lambda: bool(browse.all_cards), "the cards loaded")
        await pilot.press(*"LoRA stand", "enter")  # the filter, then the table
        await until(pilot, lambda: browse.query_one("DataTable").row_count == 1, "filtered")  # type: ignore[attr-defined]
        await pilot.press("enter")
        assert isinstance(app.screen, CardDetailScreen)
        await pilot.press("e")
        assert isinstance(app.screen, CardEditor)
        await pilot.press("tab", "end", *" (LoRA)", "ctrl+s")
        await app.workers.wait_for_complete()
        await until(pilot, lambda: "Low-Rank Adaptation (LoRA)" in screen_text(app), "shown")
        assert isinstance(app.screen, CardDetailScreen)
        assert (
            engine.card("small|arxiv:2106.09685|acronym|lora").back == "Low-Rank Adaptation (LoRA)"
        )


async def test_help_lists_the_edit_key(tmp_path: Path) -> None:
    app, _ = make(tmp_path)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.press("question_mark")
        assert re.search(r"^\s*│?\s*e\s{2,}Edit the card", screen_text(app), re.MULTILINE)


TERMINAL_EDITOR = """\
import os, sys
path = sys.argv[-1]
with open(path, encoding="utf-8") as handle:
    text = handle.read()
with open(path, "w", encoding="utf-8") as handle:
    handle.write(text.replace("\\nback: |-\\n  ", "\\nback: |-\\n  edited: ", 1))
with open(sys.argv[1], "w", encoding="utf-8") as handle:  # what the editor was given
    handle.write(f"{os.isatty(0)} {os.isatty(1)}")
"""


def test_e_in_a_real_terminal_hands_the_terminal_to_the_editor(tmp_path: Path) -> None:
    """`srs review` in a pseudo-terminal: the app suspends, the editor gets the terminal,
    the app comes back and quits with the edit saved."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import termios
    import threading
    import time

    open_engine(tmp_path, FixedClock(START)).close()
    script, marker = tmp_path / "editor.py", tmp_path / "ran"
    script.write_text(TERMINAL_EDITOR, encoding="utf-8")
    env = {
        **os.environ,
        "EDITOR": shlex.join([sys.executable, str(script), str(marker)]),
        "TERM": "xterm-256color",
        "VISUAL": "",
    }
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "srs", "review"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        start_new_session=True,
    )
    os.close(follower)
    output = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                return
            if not chunk:
                return
            output.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()

    def wait(condition, what: str) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 60
        while not condition():
            assert proc.poll() is None, bytes(output[-2000:])
            assert time.monotonic() < deadline, (what, bytes(output[-2000:]))
            time.sleep(0.05)

    try:
        wait(lambda: b"Show answer" in output, "the review screen")
        os.write(leader, b"e")
        wait(marker.exists, "the editor ran")
        mark = len(output)
        wait(lambda: b"Show answer" in output[mark:], "the app came back")
        os.write(leader, b"q")
        assert proc.wait(timeout=60) == 0, bytes(output[-2000:])
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        reader.join(timeout=10)
        os.close(leader)
    assert marker.read_text() == "True True"  # the editor had the terminal
    edited = [c for c in load_deck(Locations(data_dir()).deck("small")).cards if c.locked]
    assert len(edited) == 1 and edited[0].back.startswith("edited: ")
