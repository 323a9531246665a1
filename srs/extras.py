"""Optional extras: a command that needs one says how to install it, in one line."""

from __future__ import annotations

import importlib.util

from srs.errors import SrsError

__all__ = ["require_extra"]


def require_extra(module: str, *, command: str, extra: str, package: str) -> None:
    """Fail with one line (exit 1) when `module` (from the extra `extra`, the package
    `package`) is not installed."""
    if importlib.util.find_spec(module) is None:
        raise SrsError(
            f"{command} needs {package}: pip install 'srs-reading-list[{extra}]' "
            f"(or pipx inject srs-reading-list {package})"
        )
