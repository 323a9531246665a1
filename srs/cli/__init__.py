"""The `srs` command line: each command parses its options, calls one domain function and
prints. Heavy modules are imported inside the commands that need them."""

from __future__ import annotations

import sys

import click

from srs import __version__
from srs.cli import anki, data, deck, learn, read, review
from srs.cli.common import Group

__all__ = ["cli", "main"]


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="srs")
def cli() -> None:
    """Spaced-repetition flashcards for a reading list.

    Data lives in $SRS_HOME (default: the platform's user data directory).
    """


for command in (
    deck.build,
    deck.cards,
    deck.papers,
    deck.decks,
    deck.where,
    review.due,
    review.stats,
    anki.export,
    anki.import_anki_command,
    anki.sync,
    learn.optimize,
    learn.plan,
    read.read,
    data.backup,
    data.restore,
    review.review,
):
    cli.add_command(command)


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="srs")
    except BrokenPipeError:  # `srs cards | head`: the reader left; that is fine
        sys.stderr.close()
        sys.exit(0)
