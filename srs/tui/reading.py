"""The reading screen: the session's lists entry by entry, by section, each with its
status and memory, the next entry to read marked; Enter opens an entry's links, `m`
marks it read (`i` reading, `s` skipped, `u` unread)."""

from __future__ import annotations

from typing import cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from srs.errors import SrsError
from srs.learn.reading_plan import EntryState, mark_entry
from srs.learn.reading_session import SessionPlans, session_plans
from srs.reading.urls import is_web_url
from srs.store.engine import Engine
from srs.tui.host import Host
from srs.tui.links import LinkPicker, open_link

__all__ = ["ReadingScreen", "entry_row", "header_row"]

#: how each status shows
STATUS_STYLES = {
    "unread": "dim",
    "reading": "bold yellow",
    "read": "green",
    "skipped": "dim strike",
    "known": "cyan",
}
# the columns around the title: marker, number, status | learned, recall, lapses
_LEFT = 2 + 4 + 1 + 8 + 1
_RIGHT = 1 + 7 + 1 + 6 + 1 + 6
_REREAD = len(" re-read")  # only when an entry shows it
_MIN_TITLE = 12

#: an entry's place on the screen: its deck and key
Row = tuple[str, str]


def _title_width(width: int, reread: bool) -> int:
    return max(_MIN_TITLE, width - _LEFT - _RIGHT - (_REREAD if reread else 0))


def header_row(width: int, *, reread: bool = False) -> Text:
    """The column names above the entries, for a list `width` cells wide."""
    text = Text(style="dim")
    text.append(f"{'':2}{'#':>4} {'status':<8} ")
    entry = Text("entry")
    entry.truncate(_title_width(width, reread), pad=True)
    text.append_text(entry)
    text.append(f" {'learned':>7} {'recall':>6} {'lapses':>6}")
    return text


def entry_row(state: EntryState, *, upcoming: bool, width: int, reread: bool = False) -> Text:
    """One entry as a line `width` cells wide: the marker of the next entry, its number,
    status, title (cut to fit, never read as markup), cards learned of all, the mean
    recall now, lapses in 30 days and `re-read` when several cards lapsed this week
    (`reread`: some entry shows it, its column has room)."""
    text = Text()
    text.append("▶ " if upcoming else "  ", style="bold")
    text.append(f"{state.number:>4} ", style="dim")
    text.append(f"{state.status:<8}", style=STATUS_STYLES.get(state.status, ""))
    text.append(" ")
    title = Text(state.entry.title, style="bold" if upcoming else "")
    title.truncate(_title_width(width, reread), overflow="ellipsis", pad=True)
    text.append_text(title)
    learned = f"{state.learned}/{state.cards}" if state.cards else "–"
    recall = "–" if state.retrievability is None else f"{state.retrievability:.0%}"
    lapses = str(state.lapses) if state.learned or state.lapses else "–"
    text.append(f" {learned:>7} {recall:>6} {lapses:>6}")
    if state.reread:
        text.append(" re-read", style="bold yellow")
    return text


def _detail(state: EntryState) -> Text:
    """The highlighted entry in full: title, section, links, when it was marked."""
    entry = state.entry
    text = Text()
    text.append(entry.title, style="bold")
    if entry.section:
        text.append(f"  [{entry.section}]", style="dim")
    web = sum(is_web_url(link.url) for link in entry.links)
    facts = [f"{state.cards} cards", f"{web} link{'s' if web != 1 else ''}"]
    if state.marked_at is not None:
        facts.append(f"{state.status} since {state.marked_at:%Y-%m-%d}")
    if state.reread:
        facts.append(f"re-read it: {state.lapses} lapses in 30 days, several this week")
    text.append("\n" + " · ".join(facts), style="dim")
    return text


_KEYS = "Enter: open its links · m read · i reading · s skip · u unread · Esc: back"


class ReadingScreen(Screen[None]):
    CSS_PATH = "reading.tcss"
    # Enter is the list's own key (its OptionSelected opens the links); listed for help
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="back"),
        Binding("enter", "open_entry", "Open the entry's links", id="open-entry", show=False),
        Binding("m", "mark('read')", "Mark read", id="mark-read"),
        Binding("i", "mark('reading')", "Mark reading", id="mark-reading", show=False),
        Binding("s", "mark('skipped')", "Mark skipped", id="mark-skipped", show=False),
        Binding("u", "mark('unread')", "Mark unread", id="mark-unread", show=False),
    ]

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.found: SessionPlans | None = None
        #: per option of the list: the entry it shows (None: a heading)
        self.rows: list[Row | None] = []
        self._states: dict[Row, EntryState] = {}
        self._keep: Row | None = None  # the entry to highlight after a reload

    @property
    def srs_app(self) -> Host:
        return cast(Host, self.app)

    def compose(self) -> ComposeResult:
        yield Static(id="reading-title")
        yield Static(id="reading-header")
        yield OptionList(id="entries")
        yield Static(id="reading-detail")
        yield Static(Text(_KEYS, style="dim"), id="reading-keys")
        yield Footer()

    class Loaded(Message):
        """The reading plans, read in a worker thread (each deck file and its cards)."""

        def __init__(self, found: SessionPlans) -> None:
            super().__init__()
            self.found = found

    class Failed(Message):
        def __init__(self, message: str) -> None:
            super().__init__()
            self.message = message

    def on_mount(self) -> None:
        self.query_one("#reading-title", Static).update(Text("Reading the lists…", style="dim"))
        self.query_one(OptionList).focus()
        self.load()

    @work(thread=True, exclusive=True, group="reading-load")
    def load(self) -> None:
        try:
            with self.engine.reader() as reader:  # a connection of the worker's own
                found = session_plans(reader)
        except SrsError as exc:
            self.post_message(self.Failed(exc.message))
            return
        self.post_message(self.Loaded(found))

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        self.query_one("#reading-title", Static).update(Text(message.message, style="bold red"))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.found = message.found
        self.fill()

    def _width(self) -> int:
        entries = self.query_one(OptionList)
        width = entries.scrollable_content_region.width or self.app.size.width - 6
        return max(20, width - 2)  # room for the scrollbar

    def fill(self) -> None:
        """Show the plans: a title, a heading per deck (several) and section, the entries."""
        found = self.found
        if found is None:
            return
        entries = self.query_one(OptionList)
        keep = self._keep or self.highlighted_row()
        self._keep = None
        width = self._width()
        several = len(found.plans) > 1
        reread = any(plan.to_reread() for plan in found.plans)
        options: list[Option] = []
        self.rows = []
        self._states = {}
        first_next: Row | None = None
        for plan in found.plans:
            if several:
                options.append(Option(Text(f"{plan.title} ({plan.deck})"), disabled=True))
                self.rows.append(None)
            upcoming = plan.next_entry()
            section: str | None = None
            for state in plan.entries:
                if state.entry.section != section:
                    section = state.entry.section
                    options.append(Option(Text(section or "(no section)"), disabled=True))
                    self.rows.append(None)
                row = (plan.deck, state.entry.key)
                is_next = upcoming is not None and state.entry.key == upcoming.entry.key
                if is_next and first_next is None:
                    first_next = row
                row_text = entry_row(state, upcoming=is_next, width=width, reread=reread)
                options.append(Option(row_text))
                self.rows.append(row)
                self._states[row] = state
        entries.set_options(options)
        self.query_one("#reading-header", Static).update(header_row(width, reread=reread))
        self.query_one("#reading-title", Static).update(self._title(found))
        target = keep if keep in self._states else first_next
        if target is None:
            target = next((row for row in self.rows if row is not None), None)
        if target is not None:
            entries.highlighted = self.rows.index(target)
        self._show_detail()

    def _title(self, found: SessionPlans) -> Text:
        read = sum(s.status == "read" for plan in found.plans for s in plan.entries)
        total = sum(len(plan.entries) for plan in found.plans)
        if len(found.plans) == 1:
            name = found.plans[0].title
        else:
            name = f"Reading lists ({len(found.plans)} decks)" if found.plans else "No reading list"
        text = Text(name, style="bold")
        text.append(f"  {read} of {total} entries read", style="dim")
        if any(plan.next_entry() is not None for plan in found.plans):
            text.append(" · ▶ next to read", style="dim")
        for missing in found.missing:
            text.append(f"\n{missing}", style="yellow")
        return text

    def on_resize(self) -> None:
        if self.found is not None:
            self.fill()

    def highlighted_row(self) -> Row | None:
        """The deck and key of the entry under the cursor."""
        index = self.query_one(OptionList).highlighted
        if index is None or index >= len(self.rows):
            return None
        return self.rows[index]

    def highlighted(self) -> EntryState | None:
        """The entry under the cursor."""
        row = self.highlighted_row()
        return None if row is None else self._states.get(row)

    @on(OptionList.OptionHighlighted)
    def _show_detail(self) -> None:
        state = self.highlighted()
        self.query_one("#reading-detail", Static).update(
            Text() if state is None else _detail(state)
        )

    @on(OptionList.OptionSelected)
    def _selected(self) -> None:
        self.action_open_entry()

    def action_open_entry(self) -> None:
        """One web link: open it; several: pick one (the link picker)."""
        state = self.highlighted()
        if state is None:
            return
        links = [link for link in state.entry.links if is_web_url(link.url)]
        if not links:
            self.notify("This entry has no web link", severity="warning")
        elif len(links) == 1:
            open_link(self.srs_app, links[0].url)
        else:
            self.app.push_screen(LinkPicker(links), callback=self._open_picked)

    def _open_picked(self, url: str | None) -> None:
        if url is not None:
            open_link(self.srs_app, url)

    def action_mark(self, status: str) -> None:
        """Mark the highlighted entry; the list reloads with the cursor on it."""
        row = self.highlighted_row()
        state = self.highlighted()
        if row is None or state is None:
            return
        try:
            mark_entry(self.engine, state.entry.key, status, row[0])
        except SrsError as exc:
            self.notify(exc.message, severity="error", timeout=8, markup=False)
            return
        self.notify(
            f"{state.number}. {state.entry.title}: {state.status} → {status}",
            timeout=4,
            markup=False,
        )
        self._keep = row
        self.load()
