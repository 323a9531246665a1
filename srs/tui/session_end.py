"""The review screen's end: what a session did (`Session`) and what the screen shows once
no card is left (`end_summary`): figures, the next card's time, what to read next."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from rich.text import Text

from srs.store.cram import NOTICE as CRAM_NOTICE
from srs.store.due import buried_line
from srs.store.intervals import format_interval
from srs.store.rating import Rating

if TYPE_CHECKING:
    from srs.learn.reading_session import Suggestion
    from srs.store.engine import Engine

__all__ = ["Session", "end_summary", "when"]


@dataclass
class Session:
    """What happened since the screen opened."""

    ratings: list[Rating] = field(default_factory=list)
    log_ids: list[int] = field(default_factory=list)  # this session's reviews, for undo
    spent_ms: int = 0

    @property
    def again_share(self) -> float:
        if not self.ratings:
            return 0.0
        return sum(r == Rating.AGAIN for r in self.ratings) / len(self.ratings)


def end_summary(engine: Engine, session: Session, suggestions: list[Suggestion]) -> Text:
    """The end screen: the session's figures, when the next card is due, new cards waiting
    for their buried siblings, what to read next or re-read, and the keys that lead on."""
    now = engine.clock.now()
    upcoming = engine.next_due()
    text = Text()
    if engine.cramming:
        text.append(f"{CRAM_NOTICE}\n", style="bold yellow")
    if session.ratings:
        text.append("Session complete\n\n", style="bold")
        minutes, seconds = divmod(session.spent_ms // 1000, 60)
        text.append(f"Cards reviewed   {len(session.ratings)}\n")
        text.append(f"Answered Again   {session.again_share:.0%}\n")
        text.append(f"Time spent       {minutes}m {seconds:02d}s\n")
    else:
        text.append("Nothing is due now.\n", style="bold")
    text.append("\nNext card due    ")
    text.append(when(upcoming, now, engine.config.tz()))
    buried = engine.queue().new_buried
    if buried:
        text.append(f"\n\n{buried_line(buried)}", style="dim")
    for suggestion in suggestions:
        text.append_text(_suggestion_text(suggestion, several=engine.scope.several))
    keys = "t: statistics   /: browse cards   r: reading list   q: quit"
    text.append(f"\n\n{keys}", style="dim")
    return text


def _suggestion_text(suggestion: Suggestion, *, several: bool) -> Text:
    """The end screen's lines for one deck: the entry to read next, once no new card is
    left to learn, and the entries to re-read (titles as text, never markup)."""
    deck = f"{suggestion.deck}: " if several else ""
    text = Text()
    upcoming = suggestion.read_next
    if upcoming is not None:
        text.append("\n\nNo new cards left. Read next: ", style="bold")
        text.append(f"{deck}{upcoming.number}. ")
        text.append(upcoming.entry.title, style="bold")
        text.append(
            "\n(r: the reading list, where Enter opens it and m marks it read)", style="dim"
        )
    for state in suggestion.reread:
        text.append("\n\nRe-read: ", style="bold yellow")
        text.append(f"{deck}{state.number}. ")
        text.append(state.entry.title, style="bold")
        text.append(f" ({state.lapses} lapses in 30 days, several this week)")
    return text


def when(upcoming: datetime | None, now: datetime, tz: tzinfo) -> str:
    """`in 3h (Sat 28 Nov 04:00)`, in the user's zone."""
    if upcoming is None:
        return "never (no cards left to schedule)"
    local = upcoming.astimezone(tz)
    if upcoming <= now:
        return "now"
    return f"in {format_interval(upcoming - now)} ({local:%a %d %b %H:%M})"
