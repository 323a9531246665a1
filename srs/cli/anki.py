"""`srs export`, `import-anki`, `sync` (and its `login`, `logout`): srs and Anki."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from srs.cli.common import data_home, deck_option, echo_json, open_engine, say

__all__ = ["export", "import_anki_command", "sync"]


@click.command()
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

    with open_engine(slug) as engine:
        path = export_target(output, engine.deck, engine.home)
        result = export_deck(engine, path, scheduling=not no_scheduling)
    progress = "no scheduling" if no_scheduling else f"{result.reviews} reviews"
    say(
        f"{result.notes} notes ({result.retired} retired, tagged srs::retired) "
        f"in {len(result.decks)} decks, {progress}"
    )
    say(str(result.path))


@click.command("import-anki")
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

    with open_engine() as engine:
        report = import_anki(engine, path, dry_run=dry_run)
    if as_json:
        echo_json(report.to_json())
        return
    prefix = "would add" if dry_run else "added"
    say(
        f"{prefix} {report.reviews_added} reviews ({report.reviews_known} already known) "
        f"to {report.cards_updated} cards; {report.notes_skipped} notes left alone"
        f"{_reasons(report.notes_skipped_why)}; {report.reviews_skipped} review rows "
        f"skipped{_reasons(report.reviews_skipped_why)}"
    )


def _reasons(counts: Counter[str]) -> str:
    """` (not a review: 2, bad answer time: 1)`, most first; empty when nothing."""
    return f" ({', '.join(f'{why}: {n}' for why, n in counts.most_common())})" if counts else ""


@click.group(invoke_without_command=True)
@click.option(
    "--upload",
    is_flag=True,
    help="Full upload, even when none is pending: the server's collection becomes this "
    "machine's; other devices then download it whole.",
)
@click.option(
    "--download",
    is_flag=True,
    help="Full download, even when none is pending: take the server's collection, then "
    "push srs's cards and reviews again.",
)
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
    if upload and download:
        raise click.UsageError("--upload and --download exclude each other: choose one")
    from srs.anki.library import require_anki

    require_anki("srs sync")
    from srs.anki.sync import sync as run_sync

    def tell(text: str) -> None:
        if sys.stderr.isatty() and not as_json:
            say(f"sync: {text}…", err=True)

    with open_engine() as engine:
        report = run_sync(
            engine,
            upload=upload,
            download=download,
            insecure=insecure,
            say=tell,
        )
    if report.bridge_set_aside:
        say(
            f"sync: the bridge collection could not be opened ({report.bridge_damage}); "
            f"kept it as {report.bridge_set_aside} and rebuilt the bridge from srs and the server",
            err=True,
        )
    if as_json:
        echo_json(report.to_json())
        return
    full = f" (full {report.full_sync})" if report.full_sync else ""
    holds = report.pulled_holds
    say(
        f"synced{full}: pushed {report.pushed_notes} notes and {report.pushed_reviews} reviews, "
        f"pulled {report.pulled_reviews} reviews, replayed {report.cards_replayed} cards"
        + (f", took {holds} suspend/bury changes from other devices" if holds else "")
    )
    if report.notes_in_user_note_types:
        say(
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
    found = login(Locations(data_home()).sync_login, user, password, url, insecure=insecure)
    say(f"logged in to {found.endpoint or ANKIWEB} as {found.user}")


@sync.command("logout")
def sync_logout() -> None:
    """Forget the sync server's session key."""
    from srs.anki.sync_login import forget
    from srs.locations import Locations

    say("logged out" if forget(Locations(data_home()).sync_login) else "was not logged in")
