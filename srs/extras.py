"""Optional extras: a command that needs one says how to install it, in one line."""

from __future__ import annotations

import importlib.util

from srs.errors import SrsError

__all__ = ["missing_extra", "require_extra"]


def require_extra(module: str, *, command: str, extra: str, package: str) -> None:
    """Fail with one line (exit 1: the environment lacks it, the input is fine) when
    `module` (from the extra `extra`, the package `package`) is not installed."""
    if importlib.util.find_spec(module) is None:
        raise missing_extra(command=command, extra=extra, package=package)


def missing_extra(*, command: str, extra: str, package: str) -> SrsError:
    """The one line that says how to install a missing extra. It names what can be
    installed today: `srs-reading-list` is not on the package index yet, and `srs`
    there is an unrelated project."""
    return SrsError(
        f"{command} needs {package}: pip install {package} into srs's environment "
        f"(pipx: pipx inject srs-reading-list {package}; a clone: pip install '.[{extra}]')"
    )
