"""The `srs` command line. Heavy modules are imported inside the commands that need them."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from srs import __version__
from srs.errors import SrsError

__all__ = ["cli", "main"]


class _CliError(click.ClickException):
    """An `SrsError` shown as one line on stderr, with its exit code."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]  # click declares it ClassVar

    def show(self, file: Any = None) -> None:
        click.echo(f"srs: {self.message}", err=True)


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SrsError as exc:
            raise _CliError(exc.message, exc.exit_code) from None
        except BrokenPipeError:
            raise
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise _CliError(f"{where}{exc.strerror or exc}", 1) from None


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=None))


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
def build(reading_list: Path | None, dry_run: bool, as_json: bool, quiet: bool) -> None:
    """Generate cards from READING_LIST (default: the current deck's list).

    Reports every card added, changed or removed. Card ids come from what an
    entry is about, so rewording or reordering the list keeps review history.
    """
    from srs.build import build as run_build

    report, _, _ = run_build(reading_list, dry_run=dry_run)
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
                click.echo(f"{label:<8} {card_id}")
    verb = f"wrote {report.path}" if report.written else "dry run: nothing written"
    click.echo(
        f"{report.deck}: {report.sections} sections, {report.entries} entries, "
        f"{report.cards} cards ({len(report.added)} added, {len(report.changed)} changed, "
        f"{len(report.removed)} removed, {report.unchanged} unchanged, "
        f"{len(report.kept)} kept by hand); {verb}"
    )


@cli.command()
@click.option("--deck", "slug", help="Deck slug (default: the current deck).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of cards.")
def cards(slug: str | None, as_json: bool) -> None:
    """List the deck's cards: id, kind, section, front and back."""
    from srs.deckfile import load_deck
    from srs.decks import resolve_deck_path
    from srs.text import strip_markdown_escapes

    deck = load_deck(resolve_deck_path(slug))
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
                }
                for c in deck.cards
            ]
        )
        return
    for card in deck.cards:
        click.echo(f"{card.id}  [{card.kind}] {card.section}")
        click.echo("  Q: " + strip_markdown_escapes(card.front).replace("\n", "\n     "))
        click.echo("  A: " + strip_markdown_escapes(card.back).replace("\n", "\n     "))


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="srs")
    except BrokenPipeError:  # `srs cards | head`: the reader left; that is fine
        sys.stderr.close()
        sys.exit(0)


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
