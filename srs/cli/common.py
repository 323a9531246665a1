"""What every command shares: errors as one line, the data directory, safe printing, the
deck option, opening the engine."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from srs.errors import SrsError
from srs.text import BIDI_CONTROLS, is_slug, strip_controls

if TYPE_CHECKING:
    from srs.store.engine import Engine

__all__ = [
    "CliError",
    "Group",
    "check_slug",
    "data_home",
    "deck_option",
    "echo_json",
    "open_engine",
    "say",
    "usage_error",
]


class CliError(click.ClickException):
    """An `SrsError` shown as one line on stderr, with its exit code."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]  # click declares it ClassVar

    def show(self, file: Any = None) -> None:
        say(f"srs: {self.message}", err=True)


def usage_error(exc: click.UsageError) -> CliError:
    """A usage error (a bad option value, an unknown option or command) as one line, exit
    2: click's own display takes four (usage, a hint, a blank line, the error)."""
    path = exc.ctx.command_path if exc.ctx is not None else "srs"
    message = " ".join(exc.format_message().split())
    return CliError(f"{message} (see `{path} -h`)", click.UsageError.exit_code)


class Group(click.Group):
    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.exceptions.NoArgsIsHelpError:
            raise  # bare `srs`: the help, as click shows it
        except click.UsageError as exc:
            raise usage_error(exc) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as exc:
            raise usage_error(exc) from None
        except SrsError as exc:
            raise CliError(exc.message, exc.exit_code) from None
        except BrokenPipeError:
            raise
        except KeyboardInterrupt:
            raise CliError("interrupted: nothing more was written", 130) from None
        except sqlite3.DatabaseError as exc:
            from srs.store.sqlite_errors import database_error

            error = database_error(exc, data_home(), what="the database cannot be used now")
            raise CliError(error.message, error.exit_code) from None
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise CliError(f"{where}{exc.strerror or exc}", 1) from None


def data_home() -> Path:
    """The data directory (`$SRS_HOME`, else the platform's), resolved once per command
    and passed down: nothing below the CLI looks it up."""
    ctx = click.get_current_context().find_root()
    if ctx.obj is None:
        from srs.locations import data_dir

        ctx.obj = data_dir()
    home: Path = ctx.obj
    return home


def echo_json(data: Any) -> None:
    # json escapes C0 controls itself; C1 controls, DEL and bidi controls it would pass
    # through raw
    click.echo(_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False)))


def say(text: str, *, err: bool = False) -> None:
    """Print text that holds data from a list, a deck file or a model: no control
    character reaches the terminal (an OSC 52 clipboard write, a screen clear)."""
    click.echo(strip_controls(text), err=err)


_C1 = re.compile(f"[\x7f-\x9f{BIDI_CONTROLS}]")


def check_slug(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A deck slug names a file in the data directory: letters, digits, `-` and `_` only."""
    if value is not None and not is_slug(value):
        raise click.BadParameter(
            f"{value!r} is not a deck slug (letters, digits, - and _; see `srs decks`)"
        )
    return value


deck_option = click.option(
    "--deck",
    "slug",
    callback=check_slug,
    help="Deck slug (default: the current deck; `srs decks` lists them).",
)


def open_engine(slug: str | None = None) -> Engine:
    from srs.store.engine import Engine

    return Engine.open(home=data_home(), deck=slug)
