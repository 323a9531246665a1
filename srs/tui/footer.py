"""The key footer: Textual's `Footer`, rebuilt only when the keys it shows change.

Textual's `Footer` removes and mounts all its keys again after every
`refresh_bindings`; the review screen calls it twice a card (question, answer),
and each rebuild cost tens of milliseconds of the event loop just after the card
was drawn (a key pressed then waited for it), and left garbage for the collector.
`KeysFooter` rebuilds only when a key comes or goes (or its text changes); a key
that is only greyed out or enabled again is restyled where it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from textual.screen import Screen

__all__ = ["KeysFooter"]

#: what a shown key looks like, less whether it is enabled
_Look = tuple[str, str, str, str, object]


class KeysFooter(Footer):
    """A `Footer` that recomposes only when its keys change, not when one is greyed."""

    def __init__(self) -> None:
        super().__init__()
        self._looks: list[_Look] | None = None  # the keys composed, in order

    def _shown(self, screen: Screen[object]) -> tuple[list[_Look], list[bool]]:
        """The keys the footer shows (as `Footer.compose` picks them: the first key of
        each action) and which are enabled."""
        first: dict[str, tuple[_Look, bool]] = {}
        for _, binding, on, tooltip in screen.active_bindings.values():
            if binding.show and binding.action not in first:
                look = (binding.key, binding.action, binding.description, tooltip, binding.group)
                first[binding.action] = (look, on)
        return [look for look, _ in first.values()], [on for _, on in first.values()]

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self._update)

    async def _update(self) -> None:
        if not self.is_attached:
            return
        looks, enabled = self._shown(self.screen)
        keys = list(self.query(FooterKey).exclude(".-command-palette"))
        composed = [(key.key, key.action) for key in keys]
        if looks != self._looks or composed != [look[:2] for look in looks]:
            self._looks = looks
            await self.recompose()
            return
        for key, on in zip(keys, enabled, strict=True):
            if key._disabled == on:  # FooterKey's own flag (a mouse click on it rings)
                key._disabled = not on
                key.set_class(not on, "-disabled")
