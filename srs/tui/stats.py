"""The statistics screen: forecast, heatmap, retention, states, sections, reading."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from srs.learn.plan import Plan
from srs.learn.workload import plan_start
from srs.store.engine import Engine
from srs.store.reading_progress import ReadingProgress
from srs.store.stats import Stats, compute_stats
from srs.tui.charts import bar, forecast_chart, heatmap

__all__ = ["StatsScreen"]

PLAN_DAYS = 30
#: entries read in the last 30 days that the screen names
SHOWN_READ = 10


def _plan(engine: Engine) -> Plan:
    """`srs plan`'s simulation at the desired retention, for the chart."""
    return plan_start(engine).simulate(retention=engine.config.desired_retention, days=PLAN_DAYS)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


class StatsScreen(Screen[None]):
    CSS_PATH = "stats.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="back")]

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="stats"):
            yield Static(id="stats-title")
            with Horizontal(id="stats-top"):
                yield Static(id="states", classes="panel")
                yield Static(id="retention", classes="panel")
            yield Static(id="forecast", classes="panel")
            yield Static(id="plan", classes="panel")
            yield Static(id="heatmap", classes="panel")
            yield Static(id="sections", classes="panel")
            yield Static(id="reading", classes="panel")
        yield Footer()

    class Loaded(Message):
        """The stats and the workload plan, computed in a worker thread (0.3-0.5 s at
        100,000 cards, and as much for the plan)."""

        def __init__(self, stats: Stats, plan: Plan) -> None:
            super().__init__()
            self.stats = stats
            self.plan = plan

    def on_mount(self) -> None:
        self.query_one("#stats-title", Static).update(Text("Counting…", style="dim"))
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        with self.engine.reader() as reader:  # a connection of the worker's own
            self.post_message(self.Loaded(compute_stats(reader), _plan(reader)))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.show(message.stats)
        self.show_plan(message.plan)

    def show_plan(self, plan: Plan) -> None:
        title = Text("Workload plan, next 30 days\n", style="bold")
        title.append(
            f"simulated from your cards' memory at retention {plan.retention:.2f}: "
            f"{plan.total_reviews / len(plan.days):.0f} reviews and "
            f"{plan.total_minutes / len(plan.days):.0f} minutes a day (srs plan for more)\n",
            style="dim",
        )
        title.append_text(forecast_chart([day.reviews + day.new for day in plan.days]))
        self.query_one("#plan", Static).update(title)

    def show(self, stats: Stats) -> None:
        title = Text(stats.title, style="bold")
        title.append(
            f"   {stats.reviews_today} reviews today · {stats.reviews_total} in all", style="dim"
        )
        self.query_one("#stats-title", Static).update(title)

        states = Text("Cards by state\n", style="bold")
        for name, count in stats.cards.items():
            states.append(f"{name:<12}", style="dim")
            states.append(f"{count:>6}\n")
        self.query_one("#states", Static).update(states)

        retention = Text("True retention\n", style="bold")
        retention.append("share of reviews not answered Again\n\n", style="dim")
        retention.append("last 7 days   ", style="dim")
        retention.append(f"{_pct(stats.retention_7d)}\n", style="bold")
        retention.append("last 30 days  ", style="dim")
        retention.append(f"{_pct(stats.retention_30d)}\n", style="bold")
        retention.append(f"\ndue today {stats.due_today} ({stats.new_today} new)", style="dim")
        self.query_one("#retention", Static).update(retention)

        forecast = Text("Due in the next 30 days\n", style="bold")
        forecast.append_text(forecast_chart(stats.forecast))
        self.query_one("#forecast", Static).update(forecast)

        start, _ = self.engine.today()
        today = start.astimezone(self.engine.config.tz()).date()
        heat = Text("Reviews, last 26 weeks\n", style="bold")
        heat.append_text(heatmap(stats.history, today))
        self.query_one("#heatmap", Static).update(heat)

        sections = Text("Progress per section (cards seen)\n", style="bold")
        width = max((len(s.name) for s in stats.sections), default=10)
        width = min(width, 34)
        for section in stats.sections:
            sections.append(f"{section.name[:width]:<{width}} ")
            sections.append_text(bar(section.seen_share, 20))
            sections.append(f" {section.cards - section.new:>4}/{section.cards:<4}\n", style="dim")
        self.query_one("#sections", Static).update(sections)
        self.show_reading(stats.reading, several=len(stats.decks) > 1)

    def show_reading(self, reading: ReadingProgress | None, *, several: bool = False) -> None:
        """Entries read per section, and those read in the last 30 days (titles as text)."""
        panel = self.query_one("#reading", Static)
        panel.display = reading is not None  # no deck file lists entries
        if reading is None:
            return
        text = Text("Reading progress (entries read)\n", style="bold")
        width = min(34, max((len(s.name) for s in reading.sections), default=10))
        for section in reading.sections:
            share = section.read / section.entries if section.entries else 0.0
            text.append(f"{(section.name or '(no section)')[:width]:<{width}} ")
            text.append_text(bar(share, 20))
            text.append(f" {section.read:>4}/{section.entries:<4}\n", style="dim")
        recent = reading.read_30d
        tz = self.engine.config.tz()
        text.append(f"\nRead in the last 30 days: {len(recent)}\n", style="bold")
        for entry in recent[:SHOWN_READ]:
            day = datetime.fromisoformat(entry.marked_at).astimezone(tz)
            text.append(f"{day:%Y-%m-%d}  ", style="dim")
            text.append(f"{entry.deck}: " if several else "", style="dim")
            text.append(f"{entry.title}\n")
        if len(recent) > SHOWN_READ:
            text.append(f"and {len(recent) - SHOWN_READ} more (srs stats --json)", style="dim")
        text.rstrip()
        panel.update(text)
