"""The Textual review app. Only this subpackage imports Textual; it only calls the engine."""

from srs.tui.app import SrsApp, make_app

__all__ = ["SrsApp", "make_app"]
