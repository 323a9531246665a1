"""`srs review`, `due`, `stats`: the day's cards and how learning goes."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

import click

from srs.cli.common import data_home, deck_option, echo_json, say
from srs.errors import BadInput

if TYPE_CHECKING:
    from srs.store.engine import Engine
    from srs.store.reading_progress import ReadingProgress

__all__ = ["due", "review", "stats"]

#: entries read in the last 30 days that `srs stats` names (--json has them all)
SHOWN_READ = 10

all_option = click.option(
    "--all",
    "all_decks",
    is_flag=True,
    help="Every deck in one session (the default when there are several and no --deck).",
)


def _open(
    slug: str | None,
    all_decks: bool,
    *,
    section: str | None = None,
    entries: tuple[str, ...] = (),
    cram: bool = False,
) -> Engine:
    """The session: `--deck`, `--all`, or (neither) every deck when there are several."""
    from srs.store.engine import Engine

    if all_decks and slug is not None:
        raise BadInput("--all and --deck: give one of them")
    wanted = True if all_decks else (None if slug is None else False)
    return Engine.open(
        home=data_home(),
        deck=slug,
        all_decks=wanted,
        section=section,
        entries=entries,
        cram=cram,
    )


def _when(iso: str | None) -> str:
    if iso is None:
        return "nothing scheduled"
    from datetime import datetime

    when = datetime.fromisoformat(iso).astimezone()
    return when.strftime("%Y-%m-%d %H:%M")


@click.command()
@deck_option
@all_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def due(slug: str | None, all_decks: bool, as_json: bool) -> None:
    """What is due now and today, by kind, and when the next card is due."""
    from srs.store.due import buried_line, due_report

    with _open(slug, all_decks) as engine:
        data = due_report(engine)
    if as_json:
        echo_json(data)
        return
    now, today = data["now"], data["today"]
    if data["deck"] is None:
        say(f"decks: {', '.join(data['decks'])} (one session, `srs review`)")
    else:
        say(f"deck: {data['title']} ({data['deck']})")
    say(f"{'':10}{'new':>6}{'learning':>10}{'review':>8}")
    for label, row in (("due now", now), ("today", today)):
        say(f"{label:10}{row['new']:>6}{row['learning']:>10}{row['review']:>8}")
    say(f"next card due: {_when(data['next_due'])}")
    if data["waiting_for_reading"]:
        say(
            f"{data['waiting_for_reading']} new cards wait until their entries are read "
            '(`srs read`; new_cards = "read")'
        )
    if data["new_buried"]:
        say(buried_line(data["new_buried"]))


@click.command()
@deck_option
@all_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def stats(slug: str | None, all_decks: bool, as_json: bool) -> None:
    """Cards by state, reviews, true retention, a 30-day forecast, progress per section
    and reading progress (entries read per section, and in the last 30 days)."""
    from srs.store.stats import compute_stats

    with _open(slug, all_decks) as engine:
        result = compute_stats(engine)
        tz = engine.config.tz()
    if as_json:
        echo_json(result.to_json())
        return

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:.1%}"

    say(f"{result.title} ({result.deck or ', '.join(result.decks)})")
    say("cards:    " + ", ".join(f"{k} {v}" for k, v in result.cards.items()))
    say(f"reviews:  {result.reviews_today} today, {result.reviews_total} in total")
    if result.leeches:
        say(f"leeches:  {result.leeches} (browse them with is:leech in `srs review`)")
    say(f"due today: {result.due_today} ({result.new_today} new)")
    if result.flags and result.flags["flagged"]:
        _echo_flags(result.flags)
    if result.parameters is None:
        say("FSRS:     default parameters (`srs optimize` fits them to your history)")
    else:
        fitted = result.parameters
        say(
            f"FSRS:     parameters fitted {fitted['fitted_at'][:10]} on {fitted['reviews']} "
            f"reviews (log loss {fitted['log_loss']:.4f}, RMSE {fitted['rmse_bins']:.4f})"
        )
    say(
        f"true retention: {pct(result.retention_7d)} (7 days), "
        f"{pct(result.retention_30d)} (30 days)"
    )
    say("forecast (next 30 days): " + " ".join(str(n) for n in result.forecast))
    say("sections:")
    for section in result.sections:
        say(
            f"  {section.name[:40]:40} {section.cards - section.new:>5}/{section.cards:<5}"
            f" seen ({section.seen_share:.0%})"
        )
    if result.reading is not None:
        _echo_reading(result.reading, tz, several=len(result.decks) > 1)


def _echo_reading(reading: ReadingProgress, tz: tzinfo, *, several: bool) -> None:
    recent = reading.read_30d
    say(
        f"reading:  {reading.read} of {reading.entries} entries read, {len(recent)} "
        "in the last 30 days (`srs read`)"
    )
    for section in reading.sections:
        name = section.name or "(no section)"
        say(f"  {name[:40]:40} {section.read:>5}/{section.entries:<5} read")
    for entry in recent[:SHOWN_READ]:
        deck = f"{entry.deck}: " if several else ""
        day = datetime.fromisoformat(entry.marked_at).astimezone(tz)
        say(f"  read {day:%Y-%m-%d}: {deck}{entry.title}")
    if len(recent) > SHOWN_READ:
        say(f"  and {len(recent) - SHOWN_READ} more (--json lists them)")


def _echo_flags(flags: dict[str, Any]) -> None:
    reasons = ", ".join(f"{reason} {count}" for reason, count in flags["reasons"].items())
    say(
        f"flags:    {flags['open']} flagged now, {flags['flagged']} ever ({reasons}); "
        "`srs cards --flagged` lists them"
    )
    say(f"  {'flag rate':<20}{'met':>6}{'flagged':>9}{'rate':>8}")
    for axis in ("kind", "origin"):
        for row in flags[f"by_{axis}"]:
            label = f"{axis} {row[axis]}"
            say(f"  {label[:20]:<20}{row['met']:>6}{row['flagged']:>9}{row['rate']:>8.1%}")


@click.command()
@deck_option
@all_option
@click.option(
    "--section",
    metavar="NAME",
    help="Only this section's cards: its name, or a part of it naming one section "
    "(case-insensitive).",
)
@click.option(
    "--entry",
    "entries",
    metavar="KEY",
    multiple=True,
    help="Only this entry's cards (repeatable): its key (arxiv:1706.03762), the key "
    "without its prefix (1706.03762), its name (its first link's text), or a part of "
    "the name or key naming one entry (case-insensitive).",
)
@click.option(
    "--cram",
    is_flag=True,
    help="Practise the cards, due or not, without moving their schedules: ratings are "
    "written nowhere (neither schedule nor review log).",
)
def review(
    slug: str | None,
    all_decks: bool,
    section: str | None,
    entries: tuple[str, ...],
    cram: bool,
) -> None:
    """Review today's cards in the terminal (builds the bundled deck on first run).

    With several decks and no --deck, one session reviews them all (as Anki reviews a
    parent deck): each deck within new_per_day and reviews_per_day, all of them within
    total_new_per_day and total_reviews_per_day.
    """
    from srs.deck.current import current_slug

    home = data_home()
    if slug is None and current_slug(home) is None:  # first run: srs.build loads only then
        from srs.build import build as run_build

        report, _, _ = run_build(None, home=home)
        say(f"built {report.deck}: {report.cards} cards", err=True)
    from srs.tui import make_app

    with _open(  # closed however the app ends
        slug, all_decks, section=section, entries=entries, cram=cram
    ) as engine:
        make_app(engine).run()
