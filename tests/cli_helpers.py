"""`srs` run inside the test process through click's `CliRunner`: the exit code, stdout
and stderr a test of a command looks at, without starting Python again for each call.

The answer is a `subprocess.CompletedProcess`, so a test reads it as it read a real
run. An exception that escapes the command is shown on stderr as Python would show it
(a traceback, exit code 1), so "no traceback" asserts still catch it. Tests where the
process itself is the point (signals, a terminal, the `python -m srs` entry, what a
real process prints through logging) start `python -m srs` instead.
"""

from __future__ import annotations

import contextlib
import subprocess
import traceback
from collections.abc import Mapping
from pathlib import Path

from click.testing import CliRunner

from srs.cli import cli

__all__ = ["srs"]


def srs(
    *args: str,
    cwd: Path | None = None,
    env: Mapping[str, str | None] | None = None,
    input: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `srs ARGS` in this process; `env` is added to (not swapped for) os.environ."""
    runner = CliRunner()
    with contextlib.chdir(cwd) if cwd is not None else contextlib.nullcontext():
        result = runner.invoke(
            cli, list(args), input=input, env=env, prog_name="srs", catch_exceptions=True
        )
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        assert result.exc_info is not None
        stderr += "".join(traceback.format_exception(*result.exc_info))
    return subprocess.CompletedProcess(["srs", *args], result.exit_code, result.stdout, stderr)
