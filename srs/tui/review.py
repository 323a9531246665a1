"""The review screen: question, reveal, rate; undo, suspend, bury, flag, open link."""

from __future__ import annotations

import asyncio
import gc
from contextlib import suppress
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widgets import Button, Static

from srs.errors import SrsError
from srs.reading.urls import is_web_url
from srs.store.cram import NOTICE as CRAM_NOTICE
from srs.store.cram import OUTCOMES as CRAM_OUTCOMES
from srs.store.engine import CardView, Engine, QueueCounts, StaleCard
from srs.store.intervals import format_interval
from srs.store.rating import Rating
from srs.tui.card_text import CardText
from srs.tui.flag import FlagPicker, flag_label
from srs.tui.footer import KeysFooter
from srs.tui.hint_line import HintLine
from srs.tui.host import Host
from srs.tui.links import LinkPicker, open_link
from srs.tui.notices import NoticeLine
from srs.tui.progress import SessionProgress
from srs.tui.rating_button import RatingButton
from srs.tui.render import answer_markdown, question_markdown
from srs.tui.session_end import Session, end_summary, when

if TYPE_CHECKING:
    from srs.learn.reading_session import Suggestion

__all__ = ["ReviewScreen", "Session", "when"]

#: Textual's `Button:disabled { text-opacity: 0.6 }`
_DISABLED_OPACITY = 0.6
_MAX_DURATION_MS = 60_000  # like Anki: a card left open counts as one minute at most


class ReviewScreen(Screen[None]):
    CSS_PATH = "review.tcss"
    # the rating keys are on their buttons and s/b/o in the hint line: the footer keeps
    # room for the keys that matter at 80 columns (Help, Stats, Browse, Quit)
    BINDINGS = [
        Binding("space,enter", "reveal", "Show answer", id="reveal"),
        Binding("1", "rate(1)", "Again", id="again", show=False),
        Binding("2", "rate(2)", "Hard", id="hard", show=False),
        Binding("3", "rate(3)", "Good", id="good", show=False),
        Binding("4", "rate(4)", "Easy", id="easy", show=False),
        Binding("u", "undo", "Undo", id="undo"),
        Binding("s", "suspend", "Suspend", id="suspend", show=False),
        Binding("b", "bury", "Bury", id="bury", show=False),
        Binding("o", "open_link", "Open a link (answer side)", id="open-link", show=False),
        Binding("f", "flag", "Flag a bad card", id="flag", show=False),
        Binding("e", "edit", "Edit the card", id="edit", show=False),
    ]

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.card: CardView | None = None
        self.revealed = False
        self.session = Session()
        self._shown_at = 0.0
        self._showing = asyncio.Lock()
        #: what the end screen suggests reading (read in a worker when it shows)
        self.suggestions: list[Suggestion] = []
        # what the top bar and hint line show now (updated only when it changes)
        self._shown_label: tuple[str, str] | None = None
        self._shown_counts: QueueCounts | None = None
        self._shown_counts_width = -1
        self._shown_hint: str | None = None

    @property
    def srs_app(self) -> Host:
        return cast(Host, self.app)

    def compose(self) -> ComposeResult:
        with Horizontal(id="topbar"):  # the counts keep their room; the title shortens
            yield Static(id="deck-title")
            yield Static(id="counts")
        yield SessionProgress(id="progress")
        with VerticalScroll(id="card"):
            yield CardText(id="text")
            yield Static(id="summary")
        # one row of rating buttons: disabled under a question, the answers' outcomes
        # under an answer (always laid out: showing a card lays out nothing)
        with Horizontal(id="answers", classes="buttons"):
            for rating in Rating:
                button = RatingButton(
                    f"{rating.value} {rating.label}",
                    id=f"rate-{rating.value}",
                    classes=rating.name.lower(),
                )
                button.can_focus = False
                button.set_reactive(Button.disabled, True)  # see _show_buttons
                button.styles.text_opacity = _DISABLED_OPACITY
                yield button
        yield HintLine(id="hint")
        yield NoticeLine(id="notice")  # in the hint's place while it shows
        yield KeysFooter()

    async def on_screen_resume(self) -> None:
        """First shown, or back from a modal, Browse or Stats: the card shown stays until
        it is rated, unless it left the day's queue meanwhile (suspended, buried or
        answered elsewhere); a learning card that came due waits its turn."""
        if self.card is None or self.card.id not in self.engine.queue().ordered():
            await self.show_next()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """The screen's notices go to its notice line, never over the card (as text).
        Call this (`self.notify`), not `app.notify`, which makes a toast."""
        self.query_one(NoticeLine).add(message, severity, timeout)

    @on(NoticeLine.Changed)
    def _notice_shown(self, event: NoticeLine.Changed) -> None:
        self.query_one("#hint", HintLine).display = not event.showing

    # -- showing -------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No card, no card keys (the end screen shows neither Show answer nor ratings)."""
        cards_only = {"reveal", "rate", "suspend", "bury", "open_link", "flag", "edit"}
        if action in cards_only and self.card is None:
            return False
        if action in {"suspend", "bury"} and self.engine.cramming:
            return False  # a cram changes no schedule
        if action == "reveal" and self.revealed:
            return None  # greyed: the footer keeps its keys from question to answer
        if action == "undo" and not self.session.log_ids:
            return None  # shown, greyed out
        return True

    def _update_topbar(self, counts: QueueCounts) -> None:
        # only what changed is updated: each update costs a repaint between key and card
        label = self._deck_label()  # the shown card's deck, in a session of several
        if label != self._shown_label:
            name, slug = label
            title = Text(name, style="bold")
            title.append(f" ({slug})", style="dim")
            self.query_one("#deck-title", Static).update(title, layout=False)  # 1fr wide
            self._shown_label = label
        if counts != self._shown_counts:
            bar = Text()
            bar.append("New ", style="dim")
            bar.append(str(counts.new), style="bold blue")
            bar.append("  Learning ", style="dim")
            bar.append(str(counts.learning), style="bold red")
            bar.append("  Review ", style="dim")
            bar.append(str(counts.review), style="bold green")
            # as wide as before (most answers): no layout of the screen
            width = self._shown_counts_width
            self.query_one("#counts", Static).update(bar, layout=bar.cell_len != width)
            self._shown_counts, self._shown_counts_width = counts, bar.cell_len
        done = len(self.session.ratings)
        self.query_one(SessionProgress).show(done, max(1, done + counts.total))

    def _set_hint(self, text: str) -> None:
        if text != self._shown_hint:
            self.query_one("#hint", HintLine).update(text, layout=False)  # one line, full width
            self._shown_hint = text

    def _show_buttons(self, outcomes: dict[Rating, str] | None, *, shown: bool = True) -> None:
        """The rating buttons: disabled (`outcomes` None) or with each rating's outcome;
        `shown`: False on the end screen.

        Neither restyles nor lays out anything: `disabled` is set without its watcher
        (which would match the stylesheet against each button again, about a millisecond
        a button) and a disabled button is drawn as Textual's CSS draws one (its text at
        60% opacity), with an inline style."""
        row = self.query_one("#answers", Horizontal)
        if row.display != shown:
            row.display = shown
        disabled = outcomes is None
        for rating in Rating:
            button = self.query_one(f"#rate-{rating.value}", Button)
            label = f"{rating.value} {rating.label}"
            if outcomes is not None:
                label += f" · {outcomes[rating]}"
            if str(button.label) != label:
                button.label = label
            if button.disabled != disabled:
                if disabled and button.mouse_hover and self.app.mouse_over is button:
                    button.post_message(events.Leave(button))  # as Textual does
                button.set_reactive(Button.disabled, disabled)
                button.styles.text_opacity = _DISABLED_OPACITY if disabled else 1.0

    def _deck_label(self) -> tuple[str, str]:
        """The deck the header names: the shown card's, in a session of several decks."""
        engine = self.engine
        if not engine.scope.several:
            return self.srs_app.title, engine.deck
        if self.card is None:
            return self.srs_app.title, f"{len(engine.scope.decks)} decks"
        return engine.deck_title(self.card.deck), self.card.deck

    def _hint(self, text: str) -> str:
        """The hint line, which says so in a cram."""
        return f"{CRAM_NOTICE} · {text}" if self.engine.cramming else text

    async def show_next(self) -> None:
        # one at a time: a modal's result and the screen's resume may both ask at once
        async with self._showing:
            card = self.engine.next_card()
            if card is not None and card == self.card and not self.revealed:
                self._update_topbar(self.engine.counts())  # shown already
                return
            await self.show_card(card)

    async def show_card(self, card: CardView | None) -> None:
        """Show `card`'s question (None: the end screen)."""
        self.card = card
        self.revealed = False
        self._update_topbar(self.engine.counts())
        text = self.query_one("#text", CardText)
        summary = self.query_one("#summary", Static)
        if card is None:
            if text.display:
                text.display = False
                summary.display = True
            self._show_buttons(None, shown=False)
            self.suggestions = []
            summary.update(end_summary(self.engine, self.session, self.suggestions))
            self._set_hint("")
            if not self.engine.cramming:
                self._suggest()
        else:
            if not text.display:
                text.display = True
                summary.display = False
            self._show_buttons(None)
            await text.show(question_markdown(card))
            self.call_after_refresh(self._after_question, card)
            keys = "" if self.engine.cramming else " · s suspend · b bury · f flag"
            self._set_hint(self._hint(f"{card.kind} · Space: show the answer{keys}"))
            self._shown_at = self.srs_app.monotonic()
        self.query_one("#card", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()

    class Suggested(Message):
        """What to read next and what to re-read, read in a worker thread (each deck file
        and its cards' memory) once the end screen shows."""

        def __init__(self, found: list[Suggestion]) -> None:
            super().__init__()
            self.found = found

    @work(thread=True, exclusive=True, group="reading-suggestion")
    def _suggest(self) -> None:
        from srs.learn.reading_session import suggestions  # loaded once a session ends

        try:
            with self.engine.reader() as reader:
                found = suggestions(reader)
        except SrsError:
            return  # a suggestion is a help, never a reason to stop the session
        self.post_message(self.Suggested(found))

    @on(Suggested)
    def _suggested(self, message: Suggested) -> None:
        if self.card is None:  # still the end screen
            self.suggestions = message.found
            self.query_one("#summary", Static).update(
                end_summary(self.engine, self.session, self.suggestions)
            )

    # -- actions -------------------------------------------------------------------

    async def action_reveal(self) -> None:
        card = self.card
        if card is None or self.revealed:
            return
        self.revealed = True
        text = self.query_one("#text", CardText)
        await text.show(answer_markdown(card))
        if self.engine.cramming:
            outcomes = CRAM_OUTCOMES
        else:
            preview = self.engine.preview(card.id)
            outcomes = {rating: format_interval(delta) for rating, delta in preview.items()}
        self._show_buttons(outcomes)
        self._set_hint(self._hint(f"{card.kind} · rate 1-4 · u undo · f flag · o links"))
        self.refresh_bindings()
        self.call_after_refresh(self._after_answer, card)

    # While a side is read, the side most likely to come next is rendered into the
    # hidden buffer; started after the frame, so that it never delays the frame.

    def _after_question(self, card: CardView) -> None:
        # The app holds SQLite's checkpoints (`SrsApp.on_mount`): the log is copied into
        # the database here, while a question is read, not inside an answer's commit.
        self.engine.tidy()
        if self.card is card and not self.revealed:
            self.query_one("#text", CardText).prepare(answer_markdown(card))
            if not self.engine.cramming:
                # its four intervals, for the answer side: FSRS runs now, not on the key
                # that shows the answer (the engine keeps them for that card's state)
                with suppress(SrsError):  # (showing the answer says what went wrong)
                    self.engine.preview(card.id)

    def _after_answer(self, card: CardView) -> None:
        if self.card is not card or not self.revealed:
            return
        upcoming = self.engine.next_card_after(card)
        if upcoming is not None:
            self.query_one("#text", CardText).prepare(question_markdown(upcoming))
        # Each card leaves garbage (its lines, parsed tokens; Markdown widgets for the
        # few cards drawn by one). Collect it now, while the answer is being read, so
        # that Python's own full collection (50-150 ms on a big heap) never lands
        # between a key and a card.
        gc.collect()

    async def action_rate(self, value: int) -> None:
        card = self.card
        if card is None or not self.revealed:
            return
        elapsed = int((self.srs_app.monotonic() - self._shown_at) * 1000)
        duration = max(0, min(elapsed, _MAX_DURATION_MS))
        try:  # committed here
            result = self.engine.rate(card.id, Rating(value), duration_ms=duration, shown=card)
        except StaleCard as exc:
            self.notify(exc.message, severity="warning", timeout=8)
            await self.show_next()
            return
        except SrsError as exc:
            self.notify(exc.message, severity="error", timeout=8)
            return  # the card stays: answer it again
        if result.leech:
            what = "suspended" if self.engine.config.leech_action == "suspend" else "marked"
            self.notify(
                f"Leech: forgotten {self.engine.config.leech_threshold}+ times, {what}. "
                "Rewrite it (e: edit) or split it; browse is:leech",
                severity="warning",
                timeout=12,
            )
        self.session.ratings.append(Rating(value))
        self.session.log_ids.append(result.log_id)
        self.session.spent_ms += duration
        await self.show_next()

    @on(Button.Pressed)
    async def _button(self, event: Button.Pressed) -> None:
        if event.button.id and event.button.id.startswith("rate-"):
            await self.action_rate(int(event.button.id.removeprefix("rate-")))

    async def action_undo(self) -> None:
        # like Anki: undo reaches back through this session's reviews, not yesterday's
        if not self.session.log_ids:
            self.notify("Nothing to undo in this session")
            return
        try:
            card_id = self.engine.undo(self.session.log_ids[-1])
        except SrsError as exc:
            self.notify(exc.message, severity="error", timeout=8)
            return
        self.session.log_ids.pop()
        self.session.ratings.pop()
        if card_id is None:
            self.notify("That review was already undone")
            return
        self.notify("Undid the last review")
        await self.show_card(self.engine.card(card_id))

    async def action_suspend(self) -> None:
        if self.card is None:
            return
        try:
            self.engine.suspend(self.card.id)
        except SrsError as exc:
            self.notify(exc.message, severity="error", timeout=8)
            return  # the card stays
        self.notify("Card suspended (unsuspend it from Browse)")
        await self.show_next()

    async def action_bury(self) -> None:
        if self.card is None:
            return
        try:
            self.engine.bury(self.card.id)
        except SrsError as exc:
            self.notify(exc.message, severity="error", timeout=8)
            return
        self.notify("Card buried until tomorrow")
        await self.show_next()

    def action_flag(self) -> None:
        """Pick a reason, then flag the card shown when the key was pressed."""
        card = self.card
        if card is None:
            return

        async def flag(reason: str | None) -> None:
            if reason is None:
                return  # cancelled: the card stays
            try:
                self.engine.flag(card.id, reason)
            except SrsError as exc:
                self.notify(exc.message, severity="error", timeout=8)
                return
            self.notify(
                f"Flagged {flag_label(reason)}: out of reviews until edited, regenerated "
                "or unflagged (f in Browse)",
                timeout=6,
            )
            await self.show_next()

        self.app.push_screen(FlagPicker(), callback=flag)

    async def action_edit(self) -> None:
        """Edit the shown card (`card_editor`), then show it again as it now reads."""
        from srs.tui.card_editor import edit_card

        card, revealed = self.card, self.revealed
        if card is None:
            return

        async def saved(changed: bool | None) -> None:
            if changed:  # on this screen's queue: after its own resume handler, never beside
                self.call_next(self._show_edited, card.id, revealed)

        await edit_card(self.app, self.engine, card, saved)

    async def _show_edited(self, card_id: str, revealed: bool) -> None:
        await self.show_card(self.engine.card(card_id))
        if revealed:
            await self.action_reveal()

    def action_open_link(self) -> None:
        """One link: open it. More: pick one (Enter opens, c copies). Only with the
        answer: a link's text (or the page) is the answer of a "which entry?" card."""
        links = [link for link in (self.card.links if self.card else []) if is_web_url(link.url)]
        if not links:
            self.notify("This card has no web link", severity="warning")
        elif not self.revealed:
            self.notify("Links open with the answer: press Space first")
        elif len(links) == 1:
            open_link(self.srs_app, links[0].url, self.notify)
        else:
            self.app.push_screen(LinkPicker(links), callback=self._open_picked)

    def _open_picked(self, url: str | None) -> None:
        if url is not None:
            open_link(self.srs_app, url, self.notify)
