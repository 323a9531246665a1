"""`srs backup`, `restore`: the database's backups."""

from __future__ import annotations

from pathlib import Path

import click

from srs.cli.common import data_home, say

__all__ = ["backup", "restore"]


@click.command()
def backup() -> None:
    """Back up the database now into $SRS_HOME/backups (the newest 7 are kept).

    A database that fails SQLite's quick check is not backed up: the message
    names the newest good backup instead.
    """
    from datetime import UTC, datetime

    from srs.store.backup import backup_now

    say(str(backup_now(data_home(), datetime.now(UTC))))


@click.command()
@click.argument("backup_file", required=False, type=click.Path(path_type=Path))
def restore(backup_file: Path | None) -> None:
    """Restore the database from BACKUP_FILE (default: the newest good backup).

    The file is checked first (an srs database that passes its integrity
    check); only then is the current database backed up and replaced. Refused
    while another srs (a review session) has the database open.
    """
    from datetime import UTC, datetime

    from srs.store.backup import restore_database

    done = restore_database(data_home(), backup_file, datetime.now(UTC))
    say(f"restored {done.target} from {done.source}")
    if done.saved is not None:
        say(f"the database as it was is in {done.saved}")
