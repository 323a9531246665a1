"""The `srs` command line. Heavy modules are imported inside the commands that need them."""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from srs import __version__
from srs.cli_types import FiniteFloatRange
from srs.errors import SrsError
from srs.text import BIDI_CONTROLS, is_slug, strip_controls

if TYPE_CHECKING:
    from srs.llm.from_model import LlmReport
    from srs.store.engine import Engine

__all__ = ["cli", "main"]


class _CliError(click.ClickException):
    """An `SrsError` shown as one line on stderr, with its exit code."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]  # click declares it ClassVar

    def show(self, file: Any = None) -> None:
        _say(f"srs: {self.message}", err=True)


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SrsError as exc:
            raise _CliError(exc.message, exc.exit_code) from None
        except BrokenPipeError:
            raise
        except KeyboardInterrupt:
            raise _CliError("interrupted: nothing more was written", 130) from None
        except sqlite3.DatabaseError as exc:
            from srs.store.sqlite_errors import database_error

            error = database_error(exc, _home(), what="the database cannot be used now")
            raise _CliError(error.message, error.exit_code) from None
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise _CliError(f"{where}{exc.strerror or exc}", 1) from None


def _home() -> Path:
    """The data directory (`$SRS_HOME`, else the platform's), resolved once per command
    and passed down: nothing below the CLI looks it up."""
    ctx = click.get_current_context().find_root()
    if ctx.obj is None:
        from srs.locations import data_dir

        ctx.obj = data_dir()
    home: Path = ctx.obj
    return home


def _echo_json(data: Any) -> None:
    # json escapes C0 controls itself; C1 controls, DEL and bidi controls it would pass
    # through raw
    click.echo(_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False)))


def _say(text: str, *, err: bool = False) -> None:
    """Print text that holds data from a list, a deck file or a model: no control
    character reaches the terminal (an OSC 52 clipboard write, a screen clear)."""
    click.echo(strip_controls(text), err=err)


_C1 = re.compile(f"[\x7f-\x9f{BIDI_CONTROLS}]")


def _check_slug(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A deck slug names a file in the data directory: letters, digits, `-` and `_` only."""
    if value is not None and not is_slug(value):
        raise click.BadParameter(
            f"{value!r} is not a deck slug (letters, digits, - and _; see `srs decks`)"
        )
    return value


deck_option = click.option(
    "--deck",
    "slug",
    callback=_check_slug,
    help="Deck slug (default: the current deck; `srs decks` lists them).",
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="srs")
def cli() -> None:
    """Spaced-repetition flashcards for a reading list.

    Data lives in $SRS_HOME (default: the platform's user data directory).
    """


@cli.command()
@click.argument("reading_list", required=False, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line.")
@click.option(
    "--llm",
    "use_llm",
    is_flag=True,
    help="Ask a model (OpenAI-compatible server) for each entry's cards.",
)
@click.option("--limit", type=click.IntRange(min=0), help="With --llm: send at most N entries.")
@click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    help="With --llm: requests at once (default 4, or llm.concurrency).",
)
@click.option("--model", help="With --llm: the model name (default: llm.model in config).")
def build(
    reading_list: Path | None,
    dry_run: bool,
    as_json: bool,
    quiet: bool,
    use_llm: bool,
    limit: int | None,
    concurrency: int | None,
    model: str | None,
) -> None:
    """Generate cards from READING_LIST (default: the current deck's list).

    Reports every card added, changed or removed. Card ids come from what an
    entry is about, so rewording or reordering the list keeps review history.
    """
    from srs.build import build as run_build

    home = _home()
    llm_run = None
    if use_llm:  # the model's modules load only when asked for
        from srs.config import load_config
        from srs.llm.client import settings_from
        from srs.llm.from_model import LlmRun
        from srs.llm.prompt import load_prompt, prompt_path
        from srs.locations import Locations

        config = load_config(Locations(home).config)
        settings = settings_from(config.llm, model=model, concurrency=concurrency)
        llm_run = LlmRun(prompt=load_prompt(prompt_path(home)), settings=settings, limit=limit)
    elif limit is not None or concurrency is not None or model is not None:
        raise click.UsageError("--limit, --concurrency and --model go with --llm")
    report, parsed, _ = run_build(reading_list, home=home, dry_run=dry_run, llm=llm_run)
    for note in parsed.notes:
        _say(f"srs: note: {note}", err=True)
    if report.written:
        from srs.store.engine import load_deck_file

        load_deck_file(report.deck, home=home)
    if as_json:
        _echo_json(report.to_json())
        return
    if not quiet:
        for label, ids in (
            ("added", report.added),
            ("changed", report.changed),
            ("removed", report.removed),
        ):
            for card_id in ids:
                _say(f"{label:<8} {card_id}")
    if report.llm is not None:
        _echo_llm(report.llm, dry_run)
    verb = f"wrote {report.path}" if report.written else "dry run: nothing written"
    _say(
        f"{report.deck}: {report.sections} sections, {report.entries} entries, "
        f"{report.cards} cards ({len(report.added)} added, {len(report.changed)} changed, "
        f"{len(report.removed)} removed, {report.unchanged} unchanged, "
        f"{len(report.kept)} kept by hand); {verb}"
    )
    if report.held_back:
        rules = Counter(rule for _, rule in report.held_back)
        listed = ", ".join(f"{rule} {count}" for rule, count in rules.most_common())
        count = len(report.held_back)
        _say(
            f"{count} card{'s' if count != 1 else ''} held back by the quality gate ({listed}); "
            "see them with `srs cards --held-back`"
        )


def _echo_llm(llm: LlmReport, dry_run: bool) -> None:
    if dry_run:
        _say(
            f"llm ({llm.model}): {llm.to_send} of {llm.entries} entries would be sent "
            f"({llm.cached} cached), about {llm.estimated_tokens:,} tokens"
        )
        return
    _say(
        f"llm ({llm.model}): {llm.requests} requests, {llm.cached} entries from cache, "
        f"{llm.generated} cards, {len(llm.fallback)} entries fell back to templates"
    )
    for item in llm.fallback:
        _say(f"fallback {item.entry}: {item.reason}")
    for flag in llm.flagged:
        _say(f"check    {flag.card}: not in the entry: {', '.join(flag.unsupported)}")


@cli.command()
@deck_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of cards.")
@click.option(
    "--held-back",
    is_flag=True,
    help="List the cards the quality gate held back, each with its rule, instead.",
)
def cards(slug: str | None, as_json: bool, held_back: bool) -> None:
    """List the deck's cards: id, kind, section, front and back."""
    from srs.deck.deckfile import load_deck
    from srs.deck.decks import resolve_deck_path
    from srs.text import strip_markdown_escapes

    deck = load_deck(resolve_deck_path(slug, _home()))
    shown = (
        [(item.card, item.rule, item.reason) for item in deck.held_back]
        if held_back
        else [(card, "", "") for card in deck.cards]
    )
    if as_json:
        _echo_json(
            [
                {
                    "id": c.id,
                    "kind": c.kind,
                    "section": c.section,
                    "front": c.front,
                    "back": c.back,
                    "origin": c.origin,
                    "locked": c.locked,
                    **({"rule": rule, "reason": reason} if held_back else {}),
                }
                for c, rule, reason in shown
            ]
        )
        return
    if held_back and not shown:
        _say(f"{deck.slug}: no card is held back by the quality gate")
    for card, rule, reason in shown:
        _say(f"{card.id}  [{card.kind}] {card.section}")
        if held_back:
            _say(f"  held back: {rule} ({reason})")
        _say("  Q: " + strip_markdown_escapes(card.front).replace("\n", "\n     "))
        _say("  A: " + strip_markdown_escapes(card.back).replace("\n", "\n     "))


@cli.command()
@deck_option
@click.option("--refresh", is_flag=True, help="Fetch every paper again, cached or not.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def papers(slug: str | None, refresh: bool, as_json: bool) -> None:
    """Fetch title, authors, date and abstract of every arXiv paper in the deck's list.

    One request per 100 papers, cached under $SRS_HOME/papers; `srs build` then
    makes paper cards from the cache (it never goes online itself).
    """
    from srs.build import deck_source
    from srs.deck.papers import list_papers
    from srs.reading.document import parse_file

    home = _home()
    report = list_papers(parse_file(deck_source(home, slug)), refresh=refresh, home=home)
    if as_json:
        _echo_json(report.to_json())
    else:
        for paper, _entry in report.papers:
            _say(f"{paper.arxiv_id:<12} {paper.year}  {paper.byline[:24]:<24}  {paper.title}")
        for item in report.failed:
            _say(f"{item['arxiv_id']:<12} failed: {item['reason']}")
        _say(
            f"{len(report.papers)} papers: {report.fetched} fetched in {report.requests} "
            f"request(s), {report.cached} from the cache, {len(report.failed)} failed"
            + ("; run `srs build` to make their cards" if report.fetched else "")
        )
    if report.failed and not report.fetched and not report.cached:
        raise SrsError(f"no paper metadata could be fetched ({report.failed[0]['reason']})")


@cli.command()
@click.option(
    "--use", "use", metavar="SLUG", callback=_check_slug, help="Make SLUG the current deck."
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
def decks(use: str | None, as_json: bool) -> None:
    """List the decks (the current one marked *) with their cards and reviews."""
    from srs.deck.decks import use_deck
    from srs.store.deck_list import list_decks

    home = _home()
    if use is not None:
        use_deck(use, home)
    found = list_decks(home)
    if as_json:
        _echo_json([deck.to_json() for deck in found])
        return
    if not found:
        _say("no decks yet: `srs build` makes one from the bundled list")
        return
    _say(f"  {'slug':<32} {'cards':>6} {'new':>6} {'reviews':>8}  title")
    for deck in found:
        mark = "*" if deck.current else " "
        _say(
            f"{mark} {deck.slug:<32} {deck.cards:>6} {deck.new:>6} {deck.reviews:>8}  {deck.title}"
        )


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def where(as_json: bool) -> None:
    """Where srs keeps its files: the data directory and what is in it."""
    from srs.deck.current import current_slug
    from srs.locations import Locations
    from srs.store.backup import backups

    home = _home()
    info: dict[str, object] = {
        **Locations(home).to_json(),
        "current_deck": current_slug(home),
        "backup_count": len(backups(home)),
    }
    if as_json:
        _echo_json(info)
        return
    for key, value in info.items():
        _say(f"{key.replace('_', ' '):<14} {value if value is not None else '-'}")


def _open_engine(slug: str | None = None) -> Engine:
    from srs.store.engine import Engine

    return Engine.open(home=_home(), deck=slug)


def _when(iso: str | None) -> str:
    if iso is None:
        return "nothing scheduled"
    from datetime import datetime

    when = datetime.fromisoformat(iso).astimezone()
    return when.strftime("%Y-%m-%d %H:%M")


@cli.command()
@deck_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def due(slug: str | None, as_json: bool) -> None:
    """What is due now and today, by kind, and when the next card is due."""
    with _open_engine(slug) as engine:
        queue = engine.queue()
        counts = queue.counts()
        upcoming = engine.next_due(queue)
        data: dict[str, Any] = {
            "deck": engine.deck,
            "title": engine.deck_info()[0],
            "now": {
                "new": counts.new,
                "learning": len(queue.learning_now),
                "review": queue.review_now,
            },
            "today": {"new": counts.new, "learning": counts.learning, "review": counts.review},
            "next_due": upcoming.isoformat() if upcoming else None,
            "queue": [
                {"id": cid, "kind": kind, "section": section}
                for cid, kind, section in engine.kinds_and_sections(queue.ordered())
            ],
        }
    if as_json:
        _echo_json(data)
        return
    now, today = data["now"], data["today"]
    _say(f"deck: {data['title']} ({data['deck']})")
    _say(f"{'':10}{'new':>6}{'learning':>10}{'review':>8}")
    for label, row in (("due now", now), ("today", today)):
        _say(f"{label:10}{row['new']:>6}{row['learning']:>10}{row['review']:>8}")
    _say(f"next card due: {_when(data['next_due'])}")


@cli.command()
@deck_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def stats(slug: str | None, as_json: bool) -> None:
    """Cards by state, reviews, true retention, a 30-day forecast and progress per section."""
    from srs.store.stats import compute_stats

    with _open_engine(slug) as engine:
        result = compute_stats(engine)
    if as_json:
        _echo_json(result.to_json())
        return

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:.1%}"

    _say(f"{result.title} ({result.deck})")
    _say("cards:    " + ", ".join(f"{k} {v}" for k, v in result.cards.items()))
    _say(f"reviews:  {result.reviews_today} today, {result.reviews_total} in total")
    if result.leeches:
        _say(f"leeches:  {result.leeches} (browse them with is:leech in `srs review`)")
    _say(f"due today: {result.due_today} ({result.new_today} new)")
    if result.parameters is None:
        _say("FSRS:     default parameters (`srs optimize` fits them to your history)")
    else:
        fitted = result.parameters
        _say(
            f"FSRS:     parameters fitted {fitted['fitted_at'][:10]} on {fitted['reviews']} "
            f"reviews (log loss {fitted['log_loss']:.4f}, RMSE {fitted['rmse_bins']:.4f})"
        )
    _say(
        f"true retention: {pct(result.retention_7d)} (7 days), "
        f"{pct(result.retention_30d)} (30 days)"
    )
    _say("forecast (next 30 days): " + " ".join(str(n) for n in result.forecast))
    _say("sections:")
    for section in result.sections:
        _say(
            f"  {section.name[:40]:40} {section.cards - section.new:>5}/{section.cards:<5}"
            f" seen ({section.seen_share:.0%})"
        )


@cli.command()
@deck_option
@click.option(
    "-o",
    "--output",
    help="Where to write the .apkg: a file or a folder (default: $SRS_HOME/exports/<slug>.apkg).",
)
@click.option(
    "--no-scheduling",
    is_flag=True,
    help="Leave out schedules and review history (a deck to share: every card new).",
)
def export(slug: str | None, output: str | None, no_scheduling: bool) -> None:
    """Export the deck as an Anki package (.apkg) that updates in place on re-import.

    By default the package carries each card's schedule, FSRS memory state and review
    log: import it with "Import any learning progress" ticked to continue in Anki.
    """
    from srs.anki.export import export_deck
    from srs.anki.export_target import export_target

    with _open_engine(slug) as engine:
        path = export_target(output, engine.deck, engine.home)
        result = export_deck(engine, path, scheduling=not no_scheduling)
    progress = "no scheduling" if no_scheduling else f"{result.reviews} reviews"
    _say(
        f"{result.notes} notes ({result.retired} retired, tagged srs::retired) "
        f"in {len(result.decks)} decks, {progress}"
    )
    _say(str(result.path))


@cli.command("import-anki")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Count what would be merged; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def import_anki_command(path: Path, dry_run: bool, as_json: bool) -> None:
    """Merge reviews made in Anki into srs's history.

    PATH: an .apkg exported with scheduling, a .colpkg, or a collection file
    (collection.anki2, e.g. from Anki's backups). Notes that are not srs cards are
    left alone; each review is added once, however often you import. Rows whose
    values Anki would not write are skipped and counted; a package's collection may
    inflate to at most 1 GiB.
    """
    from srs.anki.library import require_anki

    require_anki("srs import-anki")
    from srs.anki.import_reviews import import_anki

    with _open_engine() as engine:
        report = import_anki(engine, path, dry_run=dry_run)
    if as_json:
        _echo_json(report.to_json())
        return
    prefix = "would add" if dry_run else "added"
    _say(
        f"{prefix} {report.reviews_added} reviews ({report.reviews_known} already known) "
        f"to {report.cards_updated} cards; {report.notes_skipped} notes left alone"
        f"{_reasons(report.notes_skipped_why)}; {report.reviews_skipped} review rows "
        f"skipped{_reasons(report.reviews_skipped_why)}"
    )


def _reasons(counts: Counter[str]) -> str:
    """` (not a review: 2, bad answer time: 1)`, most first; empty when nothing."""
    return f" ({', '.join(f'{why}: {n}' for why, n in counts.most_common())})" if counts else ""


@cli.group(invoke_without_command=True)
@click.option("--upload", is_flag=True, help="On a full sync, replace the server's collection.")
@click.option("--download", is_flag=True, help="On a full sync, take the server's collection.")
@click.option("--insecure", is_flag=True, help="Allow a plain-http endpoint on another machine.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def sync(ctx: click.Context, upload: bool, download: bool, insecure: bool, as_json: bool) -> None:
    """Two-way sync with AnkiWeb or a self-hosted Anki sync server.

    Pushes srs's cards, schedules and reviews; pulls the reviews made on other
    devices (AnkiDroid, AnkiMobile, Anki) and replays those cards. Log in first with
    `srs sync login`.
    """
    if ctx.invoked_subcommand is not None:
        return
    from srs.anki.library import require_anki

    require_anki("srs sync")
    from srs.anki.sync import sync as run_sync

    def say(text: str) -> None:
        if sys.stderr.isatty() and not as_json:
            _say(f"sync: {text}…", err=True)

    with _open_engine() as engine:
        report = run_sync(
            engine,
            upload=upload,
            download=download,
            insecure=insecure,
            say=say,
        )
    if report.bridge_set_aside:
        _say(
            f"sync: the bridge collection could not be opened ({report.bridge_damage}); "
            f"kept it as {report.bridge_set_aside} and rebuilt the bridge from srs and the server",
            err=True,
        )
    if as_json:
        _echo_json(report.to_json())
        return
    full = f" (full {report.full_sync})" if report.full_sync else ""
    holds = report.pulled_holds
    _say(
        f"synced{full}: pushed {report.pushed_notes} notes and {report.pushed_reviews} reviews, "
        f"pulled {report.pulled_reviews} reviews, replayed {report.cards_replayed} cards"
        + (f", took {holds} suspend/bury changes from other devices" if holds else "")
    )
    if report.notes_in_user_note_types:
        _say(
            f"sync: {report.notes_in_user_note_types} srs notes are in note types of yours in "
            "Anki: srs leaves their text alone (their reviews and schedules still sync)",
            err=True,
        )


@sync.command("login")
@click.option(
    "--endpoint",
    envvar="SRS_SYNC_ENDPOINT",
    help="A self-hosted sync server's URL (default: AnkiWeb). Env: SRS_SYNC_ENDPOINT.",
)
@click.option("--insecure", is_flag=True, help="Allow a plain-http endpoint on another machine.")
def sync_login(endpoint: str | None, insecure: bool) -> None:
    """Log in to the sync server; only the session key is kept (mode 0600).

    Asks for the username and password, or reads SRS_SYNC_USER and SRS_SYNC_PASSWORD.
    """
    import os

    from srs.anki.library import require_anki
    from srs.anki.sync_endpoint import check_endpoint
    from srs.anki.sync_login import ANKIWEB, login
    from srs.locations import Locations

    require_anki("srs sync login")
    url = check_endpoint(endpoint, insecure=insecure)
    user = os.environ.get("SRS_SYNC_USER") or click.prompt("username", err=True)
    password = os.environ.get("SRS_SYNC_PASSWORD") or click.prompt(
        "password", hide_input=True, err=True
    )
    found = login(Locations(_home()).sync_login, user, password, url, insecure=insecure)
    _say(f"logged in to {found.endpoint or ANKIWEB} as {found.user}")


@sync.command("logout")
def sync_logout() -> None:
    """Forget the sync server's session key."""
    from srs.anki.sync_login import forget
    from srs.locations import Locations

    _say("logged out" if forget(Locations(_home()).sync_login) else "was not logged in")


@cli.command()
@click.option(
    "--dry-run", is_flag=True, help="Fit and evaluate; adopt, reset or reschedule nothing."
)
@click.option(
    "--reschedule", is_flag=True, help="Then recompute every card's due date (the log stays)."
)
@click.option("--reset", is_flag=True, help="Go back to FSRS's default parameters.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def optimize(dry_run: bool, reschedule: bool, reset: bool, as_json: bool) -> None:
    """Fit FSRS's parameters to your review history; adopt them only if they predict
    it better (log loss and RMSE, on time-series splits)."""
    from srs.learn.optimize import require_fsrs_rs

    if reset:
        from srs.learn.optimize import reset as reset_parameters

        with _open_engine() as engine:
            done = reset_parameters(engine, reschedule_cards=reschedule, dry_run=dry_run)
        if as_json:
            _echo_json(done.to_json())
            return
        if not done.dry_run:
            _say(
                "back to FSRS's default parameters"
                + (
                    f"; {done.rescheduled} cards rescheduled, {done.moved} due dates moved"
                    if reschedule
                    else ""
                )
            )
            return
        in_use = "fitted parameters are" if done.was_fitted else "FSRS's defaults are already"
        _say(f"dry run: would go back to FSRS's default parameters ({in_use} in use)")
        if reschedule:
            _say(
                f"dry run: {done.rescheduled} cards would be rescheduled, "
                f"{done.moved} due dates would move"
            )
        _say("dry run: nothing written")
        return
    require_fsrs_rs("srs optimize")
    from srs.learn.optimize import optimize as run_optimize

    with _open_engine() as engine:
        report = run_optimize(engine, dry_run=dry_run, reschedule_cards=reschedule)
    if as_json:
        _echo_json(report.to_json())
        return
    _say(f"history: {report.reviews} reviews, {report.items} training items")
    for note in report.health:
        _say(f"health: {note}")
    if report.current is not None and report.fitted is not None:
        _say(
            f"log loss {report.current.log_loss:.4f} (in use) vs {report.fitted.log_loss:.4f} "
            f"(fitted); RMSE(bins) {report.current.rmse_bins:.4f} vs "
            f"{report.fitted.rmse_bins:.4f} (time-series splits)"
        )
        better = (
            report.fitted.log_loss < report.current.log_loss
            and report.fitted.rmse_bins < report.current.rmse_bins
        )
        if report.adopted:
            _say("adopted: the fitted parameters schedule your next card")
        elif better:
            _say("better on both, not adopted (--dry-run)")
        else:
            _say("not adopted: the parameters in use predict your history as well or better")
    if report.rescheduled and report.dry_run:
        _say(
            f"dry run: {report.rescheduled} cards would be rescheduled under the fitted "
            f"parameters, {report.moved} due dates would move"
        )
    elif report.rescheduled:
        _say(
            f"{report.rescheduled} cards rescheduled under the new parameters, "
            f"{report.moved} due dates moved"
        )
    _say("parameters: " + ", ".join(f"{v:.4f}" for v in report.parameters))


@cli.command()
@deck_option
@click.option("--retention", type=FiniteFloatRange(0.7, 0.99), help="Desired retention to plan.")
@click.option("--new-per-day", type=click.IntRange(0, 9999), help="New cards a day to plan.")
@click.option("--days", type=click.IntRange(1, 3650), default=30, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def plan(
    slug: str | None,
    retention: float | None,
    new_per_day: int | None,
    days: int,
    as_json: bool,
) -> None:
    """Simulate the coming days from your cards' memory states: reviews and minutes a
    day, at your retention and a few nearby, and the minimum recommended retention."""
    from srs.learn.workload import workload

    with _open_engine(slug) as engine:
        result = workload(engine, retention=retention, new_per_day=new_per_day, days=days)
    if as_json:
        _echo_json(result.to_json())
        return
    mine = result.mine
    _say(
        f"{result.deck}: {result.reviewed_cards} cards in review, {result.new_cards} new; "
        f"{result.new_per_day} new a day, {days} days"
    )
    _say(f"at retention {result.retention:.2f}:")
    _say("  day  reviews  new  minutes")
    for number, day in enumerate(mine.days[: min(days, 14)]):
        _say(f"  {number:>3}  {day.reviews:>7}  {day.new:>3}  {day.minutes:>7.1f}")
    if days > 14:
        _say(f"  ... ({days - 14} more days; --json lists every day)")
    _say("retention  reviews/day  minutes/day  remembered at the end")
    for p in result.plans:
        marker = " <- yours" if p is mine else ""
        _say(
            f"  {p.retention:.2f}     {p.total_reviews / days:>9.1f}  "
            f"{p.total_minutes / days:>11.1f}  {p.memorized:>8.0f}{marker}"
        )
    recommended = result.minimum_recommended_retention
    if recommended is not None:
        _say(f"minimum recommended retention: {recommended:.2f} (the most learned per minute)")
    elif result.optimizer_installed:
        _say("minimum recommended retention: no card to simulate")
    else:
        _say(
            "minimum recommended retention: pip install 'srs-reading-list[optimize]' to compute it"
        )


@cli.command()
def backup() -> None:
    """Back up the database now into $SRS_HOME/backups (the newest 7 are kept).

    A database that fails SQLite's quick check is not backed up: the message
    names the newest good backup instead.
    """
    from datetime import UTC, datetime

    from srs.store.backup import backup_now

    _say(str(backup_now(_home(), datetime.now(UTC))))


@cli.command()
@click.argument("backup_file", required=False, type=click.Path(path_type=Path))
def restore(backup_file: Path | None) -> None:
    """Restore the database from BACKUP_FILE (default: the newest good backup).

    The file is checked first (an srs database that passes its integrity
    check); only then is the current database backed up and replaced. Refused
    while another srs (a review session) has the database open.
    """
    from datetime import UTC, datetime

    from srs.store.backup import restore_database

    done = restore_database(_home(), backup_file, datetime.now(UTC))
    _say(f"restored {done.target} from {done.source}")
    if done.saved is not None:
        _say(f"the database as it was is in {done.saved}")


@cli.command()
@deck_option
def review(slug: str | None) -> None:
    """Review today's cards in the terminal (builds the bundled deck on first run)."""
    from srs.deck.current import current_slug

    home = _home()
    if slug is None and current_slug(home) is None:  # first run: srs.build loads only then
        from srs.build import build as run_build

        report, _, _ = run_build(None, home=home)
        _say(f"built {report.deck}: {report.cards} cards", err=True)
    from srs.tui import make_app

    with _open_engine(slug) as engine:  # closed however the app ends
        make_app(engine).run()


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="srs")
    except BrokenPipeError:  # `srs cards | head`: the reader left; that is fine
        sys.stderr.close()
        sys.exit(0)


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
