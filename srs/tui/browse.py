"""Browse every card: an incremental filter, a table sorted by due date, a detail view."""

from __future__ import annotations

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
from srs.text import strip_markdown_escapes
from srs.tui.render import answer_markdown, markdown_parser

__all__ = ["MAX_ROWS", "BrowseScreen", "CardDetailScreen", "matches"]

MAX_ROWS = 2000
FILTER_DELAY = 0.15  # seconds of quiet typing before the filter runs


def _status(card: CardView) -> str:
    if card.retired:
        return "retired"
    if card.suspended:
        return "suspended"
    return card.state


def matches(card: CardView, query: str) -> bool:
    """Every word must match: `state:new`, `is:suspended`, `section:agents`, `kind:cloze`,
    or plain text found in the front, back or section."""
    for word in query.casefold().split():
        key, _, value = word.partition(":")
        if value and key == "is" and value == "leech":
            if not card.leech:
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


def _one_line(card: CardView, width: int = 60) -> str:
    line = " ".join(strip_markdown_escapes(card.front).replace("*", "").split())
    line = line.removeprefix(f"{card.section} · ")  # the templates lead with the section
    return line if len(line) <= width else line[: width - 1] + "…"


_FIXED = {"Due": 16, "State": 10, "Kind": 11}
_CHROME = 14  # the table's margins, cell padding (two per column) and scrollbar


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


class BrowseScreen(Screen[None]):
    """The filter has the keys when the screen opens (typing never runs a hotkey);
    Enter or Down moves to the table, where `s` suspends and Enter opens a card."""

    CSS_PATH = "browse.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="back"),
        Binding("s,ctrl+s", "toggle_suspend", "Suspend/unsuspend", id="toggle-suspend"),
        Binding("ctrl+f", "focus_filter", "Filter", id="focus-filter"),
        Binding("down", "focus_table", "Table", show=False, id="focus-table"),
    ]

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.all_cards: list[CardView] = []
        self._debounce: Timer | None = None
        self._cursor_row: int | None = None

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
        """(section, front) widths: what the terminal leaves, the front getting the most."""
        width = self.size.width or self.app.size.width  # before layout: the terminal
        rest = max(24, width - _CHROME - sum(_FIXED.values()))
        section = min(18, max(8, rest - 24))
        return section, rest - section

    def _add_columns(self) -> None:
        table = self.query_one(DataTable)
        table.clear(columns=True)
        for name, width in _FIXED.items():
            table.add_column(name, width=width)
        section, front = self._widths()
        table.add_column("Section", width=section)
        table.add_column("Front", width=front)

    def on_resize(self) -> None:
        if self.all_cards:
            self._add_columns()
            self.refill(self.query_one("#filter", Input).value)

    class Loaded(Message):
        """Every card, read and sorted in a worker thread (100,000 take a while)."""

        def __init__(self, cards: list[CardView]) -> None:
            super().__init__()
            self.cards = cards

    def reload(self) -> None:
        self.query_one("#browse-count", Static).update(Text("Loading cards…", style="dim"))
        self._load()

    @work(thread=True, exclusive=True, group="browse-load")
    def _load(self) -> None:
        with self.engine.reader() as reader:
            cards = sorted(reader.cards(include_retired=True), key=_sort_key)
        self.post_message(self.Loaded(cards))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.all_cards = message.cards
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
        for card in shown[:MAX_ROWS]:
            due = card.due.astimezone(tz).strftime("%Y-%m-%d %H:%M") if card.due else "new"
            table.add_row(
                due,
                _status(card),
                _cut(card.kind, _FIXED["Kind"]),
                Text(_cut(card.section, section)),
                Text(_one_line(card, front)),
                key=card.id,
            )
        count = f"{len(shown)} of {len(self.all_cards)} cards"
        if len(shown) > MAX_ROWS:
            count += f" (showing the first {MAX_ROWS}; narrow the filter)"
        self.query_one("#browse-count", Static).update(
            Text(count + " · Enter: details · s: suspend/unsuspend", style="dim")
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
