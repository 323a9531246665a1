"""The one error type the CLI turns into a one-line message and an exit code."""

from __future__ import annotations

__all__ = ["EXIT_BAD_INPUT", "EXIT_FAILURE", "BadInput", "SrsError"]

EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class SrsError(Exception):
    """An expected failure: printed as one line, never as a traceback."""

    exit_code = EXIT_FAILURE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadInput(SrsError):
    """The user's input (a file, a setting, an argument) is not usable."""

    exit_code = EXIT_BAD_INPUT
