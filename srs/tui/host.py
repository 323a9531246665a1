"""What screens need of the app that hosts them, without importing the app.

`app.py` imports the screens; the screens know the app only through this
protocol, so there is no import circle between them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

__all__ = ["Host"]


class Host(Protocol):
    title: str
    url_opener: Callable[[str], object]  # webbrowser.open; False when it failed
    monotonic: Callable[[], float]

    def copy_to_clipboard(self, text: str) -> None: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: str = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...
