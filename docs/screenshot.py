"""The README's picture of the review screen, written by Textual itself.

    python docs/screenshot.py            # rewrites docs/review.svg

The bundled list is built into a temporary data directory (yours is never touched),
the review app runs headless under Textual's Pilot at a fixed size on a fixed clock
(fuzz off), the first card's answer is shown, and the screen is exported as SVG.
The same code gives the same file byte for byte; tests/test_readme_claims.py checks
that docs/review.svg is what this script writes today.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "decks" / "ai-engineering-2025.md"
PICTURE = ROOT / "docs" / "review.svg"
SIZE = (100, 24)
#: a Monday morning
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


async def review_screen_svg(home: Path) -> str:
    """The review screen on the bundled list, answer shown, as SVG text."""
    from srs.build import build
    from srs.clock import FixedClock
    from srs.config import Config
    from srs.store.engine import Engine
    from srs.tui import make_app

    report, _, _ = build(BUNDLED, home=home)
    engine = Engine.open(
        home=home,
        deck=report.deck,
        config=Config(fuzz=False, timezone="UTC"),
        clock=FixedClock(NOW),
    )
    with engine:
        opened: list[str] = []  # a link is never opened here
        app = make_app(engine, open_url=opened.append, monotonic=lambda: 0.0)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("space")
            await pilot.pause()
            return app.export_screenshot(title="srs review")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="srs-screenshot-") as home:
        svg = asyncio.run(review_screen_svg(Path(home)))
    PICTURE.write_text(svg, encoding="utf-8")
    print(PICTURE.relative_to(ROOT))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
