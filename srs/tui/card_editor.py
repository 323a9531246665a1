"""Edit the shown card: in `$VISUAL`/`$EDITOR` when set (the app steps aside while it
runs, as git and lazygit do), else in a modal with a text area per side.

Saving goes through `Engine.edit_card`: the card is locked in its deck file with the
new wording and keeps its id and history.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, Static, TextArea

from srs.deck.card_edit import editor_text, read_edit
from srs.errors import BadInput, SrsError
from srs.store.engine import CardView, Engine

__all__ = ["CardEditor", "edit_card", "editor_command"]


def editor_command(environ: dict[str, str] | None = None) -> list[str] | None:
    """`$VISUAL`, else `$EDITOR`, as an argument list (None: neither is set)."""
    environ = dict(os.environ) if environ is None else environ
    for name in ("VISUAL", "EDITOR"):
        value = environ.get(name, "").strip()
        if value:
            try:
                return shlex.split(value)
            except ValueError as exc:
                raise BadInput(f"${name}: cannot read the command ({exc})") from None
    return None


def _run_editor(app: App[object], command: list[str], text: str) -> str | None:
    """`text` edited in `command`; None when the editor failed (the reason notified).
    Headless (tests) there is no terminal to hand over: the editor just runs. Where the
    app cannot step aside (`SuspendNotSupported`), nothing has run yet."""
    with tempfile.TemporaryDirectory(prefix="srs-edit-") as folder:
        path = Path(folder) / "card.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            if app.is_headless:
                status = subprocess.run([*command, str(path)], check=False).returncode
            else:
                with app.suspend():
                    status = subprocess.run([*command, str(path)], check=False).returncode
        except OSError as exc:
            app.notify(
                f"Cannot run the editor {command[0]!r}: {exc.strerror or exc}. Nothing changed.",
                severity="error",
                timeout=8,
                markup=False,
            )
            return None
        if status != 0:
            app.notify(
                f"The editor exited with status {status}: nothing changed.",
                severity="warning",
                timeout=8,
                markup=False,
            )
            return None
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            app.notify(f"Cannot read the edited card ({exc}): nothing changed.", markup=False)
            return None


def _failed(exc: SrsError) -> str:
    """Why a save failed: a bad edit saved nothing; a busy database says itself what was
    saved (the deck file, loaded by the next srs command)."""
    return exc.message + (" Nothing saved." if isinstance(exc, BadInput) else "")


def _external(app: App[object], engine: Engine, card: CardView, command: list[str]) -> bool:
    before = editor_text(card.id, card.kind, card.front, card.back)
    after = _run_editor(app, command, before)
    if after is None or after == before:
        if after is not None:
            app.notify("Card unchanged", timeout=4)
        return False
    try:
        sides = read_edit(after, f"card {card.id}")
        changed = sides is not None and engine.edit_card(card.id, *sides)
    except SrsError as exc:
        app.notify(_failed(exc), severity="error", timeout=12, markup=False)
        return False
    app.notify("Card saved (locked: a rebuild keeps your wording)" if changed else "Card unchanged")
    return changed


async def edit_card(
    app: App[object],
    engine: Engine,
    card: CardView,
    done: Callable[[bool | None], Awaitable[None]],
) -> None:
    """Edit `card` in the user's editor or the in-app one, then `done(saved)` once it
    closed. A screen that redraws the card should do it from its own queue
    (`call_next`): the in-app editor's `done` runs beside the screen's resume handler."""
    try:
        command = editor_command()
    except SrsError as exc:
        app.notify(exc.message, severity="error", timeout=8, markup=False)
        return
    if command is not None:
        try:
            await done(_external(app, engine, card, command))
            return
        except SuspendNotSupported:
            pass  # the terminal cannot be handed over here: the in-app editor
    app.push_screen(CardEditor(engine, card), callback=done)


class CardEditor(ModalScreen[bool]):
    """The card's front and back in two text areas: Ctrl+S saves, Esc cancels."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="save-edit"),
        Binding("escape", "cancel", "Cancel", id="cancel-edit"),
    ]

    def __init__(self, engine: Engine, card: CardView) -> None:
        super().__init__()
        self.engine = engine
        self.card = card

    def compose(self) -> ComposeResult:
        with Vertical(id="editor"):
            yield Static(Text(f"Edit {self.card.id} ({self.card.kind})", style="bold"))
            yield Label("Front")
            yield TextArea(self.card.front, id="edit-front", soft_wrap=True)
            yield Label("Back")
            yield TextArea(self.card.back, id="edit-back", soft_wrap=True)
            yield Static(id="edit-error")
        yield Footer()

    def action_save(self) -> None:
        front = self.query_one("#edit-front", TextArea).text
        back = self.query_one("#edit-back", TextArea).text
        try:
            changed = self.engine.edit_card(self.card.id, front, back)
        except SrsError as exc:  # the editor stays open: fix it, or Esc
            self.query_one("#edit-error", Static).update(Text(_failed(exc), style="bold red"))
            return
        self.notify(
            "Card saved (locked: a rebuild keeps your wording)" if changed else "Card unchanged"
        )
        self.dismiss(changed)

    def action_cancel(self) -> None:
        self.dismiss(False)
