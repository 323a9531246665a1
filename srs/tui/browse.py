"""Browse every card: an incremental filter, a table sorted by due date, a detail view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Input, Markdown, Static

from srs.errors import SrsError
from srs.store.engine import CardView, Engine
from srs.tui.flag import FlagPicker, flag_label
from srs.tui.front_summary import front_line, front_summaries
from srs.tui.render import answer_markdown, markdown_parser

__all__ = ["MAX_ROWS", "BrowseScreen", "CardDetailScreen", "matches", "toggle_flag"]

MAX_ROWS = 2000
FILTER_DELAY = 0.15  # seconds of quiet typing before the filter runs


def _status(card: CardView) -> str:
    if card.retired:
        return "retired"
    if card.suspended:
        return "suspended"
    if card.flag is not None:
        return "flagged"
    return card.state


def matches(card: CardView, query: str) -> bool:
    """Every word must match: `state:new`, `is:suspended`, `is:flagged`, `section:agents`,
    `kind:cloze`, or plain text found in the front, back or section."""
    for word in query.casefold().split():
        key, _, value = word.partition(":")
        if value and key == "is" and value == "leech":
            if not card.leech:
                return False
        elif value and key == "is" and value == "flagged":
            if card.flag is None:
                return False
        elif value and key in {"state", "is"}:
            if not _status(card).startswith(value):
                return False
        elif value and key == "section":
            if value not in card.section.casefold():
                return False
        elif value and key == "kind":
            if not card.kind.startswith(value):
                return False
        elif word not in f"{card.front}\n{card.back}\n{card.section}".casefold():
            return False
    return True


def _sort_key(card: CardView) -> tuple[int, float, int]:
    # due cards first by date; new cards after them in list order
    if card.due is None:
        return (1, 0.0, card.position)
    return (0, card.due.timestamp(), card.position)


_FIXED = {"Due": 11, "State": 10, "Kind": 11}
_FRAME = 4  # the table's margins and scrollbar; each column also pads two cells
_FRONT_FIRST = 40  # the Section column shows only once Front has this much


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def _due(card: CardView, tz: tzinfo, today: tuple[datetime, datetime]) -> str:
    """`new`; `today 14:05` for a card due within the user's day; else its date."""
    if card.due is None:
        return "new"
    local = card.due.astimezone(tz)
    return f"today {local:%H:%M}" if today[0] <= card.due < today[1] else f"{local:%Y-%m-%d}"


class BrowseScreen(Screen[None]):
    """The filter has the keys when the screen opens (typing never runs a hotkey);
    Enter or Down moves to the table, where `s` suspends and Enter opens a card."""

    CSS_PATH = "browse.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="back"),
        Binding("s,ctrl+s", "toggle_suspend", "Suspend/unsuspend", id="toggle-suspend"),
        Binding("f", "toggle_flag", "Flag/unflag", id="toggle-flag"),
        Binding("ctrl+f", "focus_filter", "Filter", id="focus-filter"),
        Binding("down", "focus_table", "Table", show=False, id="focus-table"),
    ]

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.all_cards: list[CardView] = []
        self._debounce: Timer | None = None
        self._cursor_row: int | None = None
        self._fronts: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="filter: text, state:new, is:suspended, section:agents, kind:cloze",
            id="filter",
        )
        yield DataTable(id="table", cursor_type="row", zebra_stripes=True)
        yield Static(id="browse-count")
        yield Footer()

    def on_mount(self) -> None:
        self._add_columns()
        self.reload()
        self.query_one("#filter", Input).focus()

    def _widths(self) -> tuple[int, int]:
        """(section, front) widths: Front takes what the fixed columns leave; Section
        (0: not shown) only what Front can spare beyond `_FRONT_FIRST`."""
        width = self.size.width or self.app.size.width  # before layout: the terminal
        rest = max(20, width - _FRAME - sum(w + 2 for w in _FIXED.values()) - 2)
        section = min(18, rest - 2 - _FRONT_FIRST)
        if section < 8:
            return 0, rest
        return section, rest - 2 - section

    def _add_columns(self) -> None:
        table = self.query_one(DataTable)
        table.clear(columns=True)
        for name, width in _FIXED.items():
            table.add_column(name, width=width, key=name.casefold())
        section, front = self._widths()
        if section:
            table.add_column("Section", width=section, key="section")
        table.add_column("Front", width=front, key="front")

    def on_resize(self) -> None:
        if self.all_cards:
            self._add_columns()
            self.refill(self.query_one("#filter", Input).value)

    class Loaded(Message):
        """Every card, read and sorted in a worker thread (100,000 take a while), with
        the part of each front that tells it apart (`front_summaries`)."""

        def __init__(self, cards: list[CardView], fronts: dict[str, str]) -> None:
            super().__init__()
            self.cards = cards
            self.fronts = fronts

    def reload(self) -> None:
        self.query_one("#browse-count", Static).update(Text("Loading cards…", style="dim"))
        self._load()

    @work(thread=True, exclusive=True, group="browse-load")
    def _load(self) -> None:
        with self.engine.reader() as reader:
            cards = sorted(reader.cards(include_retired=True), key=_sort_key)
        self.post_message(self.Loaded(cards, front_summaries(cards)))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.all_cards = message.cards
        self._fronts = message.fronts
        self.refill(self.query_one("#filter", Input).value)
        if self._cursor_row is not None:
            self.query_one(DataTable).move_cursor(row=self._cursor_row)
            self._cursor_row = None

    def refill(self, query: str) -> None:
        table = self.query_one(DataTable)
        table.clear()
        tz = self.engine.config.tz()
        shown = [card for card in self.all_cards if matches(card, query)]
        section, front = self._widths()
        today = self.engine.today()
        for card in shown[:MAX_ROWS]:
            cells: list[str | Text] = [
                _due(card, tz, today),
                _status(card),
                _cut(card.kind, _FIXED["Kind"]),
            ]
            if section:
                cells.append(Text(_cut(card.section, section)))
            line = self._fronts.get(card.id) or front_line(card)
            cells.append(Text(_cut(line, front)))
            table.add_row(*cells, key=card.id)
        count = f"{len(shown)} of {len(self.all_cards)} cards"
        if len(shown) > MAX_ROWS:
            count += f" (showing the first {MAX_ROWS}; narrow the filter)"
        self.query_one("#browse-count", Static).update(
            Text(count + " · Enter: details · s: suspend/unsuspend · f: flag", style="dim")
        )

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        # debounced: a filter over 100,000 cards runs once typing pauses, not per key
        if self._debounce is not None:
            self._debounce.stop()
        value = event.value
        self._debounce = self.set_timer(FILTER_DELAY, lambda: self.refill(value))

    @on(Input.Submitted, "#filter")
    def _to_table(self) -> None:
        self.query_one(DataTable).focus()

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_focus_table(self) -> None:
        self.query_one(DataTable).focus()

    def _current_id(self) -> str | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return str(key.value) if key.value is not None else None

    def action_toggle_suspend(self) -> None:
        card_id = self._current_id()
        if card_id is None or not self.query_one(DataTable).has_focus:
            return
        card = self.engine.card(card_id)
        try:
            self.engine.suspend(card_id, not card.suspended)
        except SrsError as exc:
            self.notify(exc.message, severity="error", timeout=8)
            return
        self.notify("Suspended" if not card.suspended else "Unsuspended")
        self._cursor_row = self.query_one(DataTable).cursor_row
        self.reload()

    def action_toggle_flag(self) -> None:
        card_id = self._current_id()
        if card_id is None or not self.query_one(DataTable).has_focus:
            return
        self._cursor_row = self.query_one(DataTable).cursor_row
        toggle_flag(self, self.engine, card_id, self.reload)

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.push_screen(
                CardDetailScreen(self.engine, str(event.row_key.value)),
                callback=lambda _: self.reload(),
            )


class CardDetailScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "dismiss", "Close", id="close-detail"),
        Binding("s,ctrl+s", "toggle_suspend", "Suspend/unsuspend", id="detail-suspend"),
        Binding("f", "toggle_flag", "Flag/unflag", id="detail-flag"),
        Binding("e", "edit", "Edit", id="detail-edit"),
    ]

    def __init__(self, engine: Engine, card_id: str) -> None:
        super().__init__()
        self.engine = engine
        self.card_id = card_id

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail"):
            yield Markdown(id="detail-text", parser_factory=markdown_parser, open_links=False)
            yield Static(id="detail-schedule")
        yield Footer()

    async def on_mount(self) -> None:
        await self.show()

    async def show(self) -> None:
        card = self.engine.card(self.card_id)
        await self.query_one("#detail-text", Markdown).update(answer_markdown(card))
        tz = self.engine.config.tz()
        text = Text("\nSchedule\n", style="bold")
        text.append(f"  id          {card.id}\n  state       {_status(card)}\n")
        if card.flag is not None:
            text.append(f"  flagged     {flag_label(card.flag)}\n")
        if card.due:
            text.append(f"  due         {card.due.astimezone(tz):%Y-%m-%d %H:%M}\n")
        if card.stability is not None and card.difficulty is not None:
            text.append(f"  stability   {card.stability:.2f} days\n")
            text.append(f"  difficulty  {card.difficulty:.2f}\n")
        history = self.engine.history(card.id)
        text.append(f"\nHistory ({len(history)} reviews)\n", style="bold")
        for entry in history:
            mark = "  (undone)" if entry.undone else ""
            text.append(
                f"  {entry.reviewed_at.astimezone(tz):%Y-%m-%d %H:%M}  {entry.rating.label:<5}"
                f"  {entry.state_before} → {entry.state_after}{mark}\n"
            )
        self.query_one("#detail-schedule", Static).update(text)

    async def action_edit(self) -> None:
        from srs.tui.card_editor import edit_card

        card = self.engine.card(self.card_id)
        if card.retired:
            self.notify("A retired card is no longer in the deck file: nothing to edit")
            return

        async def saved(changed: bool | None) -> None:
            if changed:
                self.call_next(self.show)

        await edit_card(self.app, self.engine, card, saved)

    async def action_toggle_suspend(self) -> None:
        card = self.engine.card(self.card_id)
        try:
            self.engine.suspend(self.card_id, not card.suspended)
        except SrsError as exc:
            self.notify(exc.message, severity="error", timeout=8)
            return
        self.notify("Suspended" if not card.suspended else "Unsuspended")
        await self.show()

    def action_toggle_flag(self) -> None:
        toggle_flag(self, self.engine, self.card_id, self.show)


def toggle_flag(
    screen: Screen[Any], engine: Engine, card_id: str, then: Callable[[], object]
) -> None:
    """Unflag a flagged card; flag another with the reason picked (Escape: nothing
    changes); `then`: refresh what the screen shows."""
    card = engine.card(card_id)
    if card.flag is not None:
        try:
            engine.unflag(card_id)
        except SrsError as exc:
            screen.notify(exc.message, severity="error", timeout=8)
            return
        screen.notify("Unflagged: the card is back in reviews")
        screen.call_next(then)
        return

    def flag(reason: str | None) -> None:
        if reason is None:
            return
        try:
            engine.flag(card_id, reason)
        except SrsError as exc:
            screen.notify(exc.message, severity="error", timeout=8)
            return
        screen.notify(f"Flagged {flag_label(reason)}: out of reviews until fixed or unflagged")
        screen.call_next(then)

    screen.app.push_screen(FlagPicker(), callback=flag)
