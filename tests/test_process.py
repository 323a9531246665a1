"""`python -m srs` as a process, where the process is the point: a reader that leaves
before srs has printed (`srs cards | head`) gets no traceback and no message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cli_helpers import srs


def test_a_reader_that_left_is_no_error(srs_home: Path) -> None:
    assert srs("build", "-q").returncode == 0
    for command in (["cards"], ["cards", "--json"], ["due", "--json"]):
        read, write = os.pipe()
        os.close(read)  # the reader is gone before srs writes a byte
        try:
            done = subprocess.run(
                [sys.executable, "-m", "srs", *command], stdout=write, stderr=subprocess.PIPE
            )
        finally:
            os.close(write)
        assert done.stderr == b"", command  # no BrokenPipeError, no traceback
        # click's own handling of a closed pipe: quiet, exit 1, as Python's docs advise
        assert done.returncode == 1, command
