"""Helpers shared by the benchmark scripts: synthetic lists and result printing."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "decks" / "ai-engineering-2025.md"
_URL = re.compile(r"\]\((https?://[^)\s]+)\)")


def synthetic_list(copies: int) -> str:
    """The bundled list repeated `copies` times, each copy with its own URLs and arXiv ids."""
    text = BUNDLED.read_text(encoding="utf-8")
    front_end = text.index("\n---\n", 4) + 5
    head, body = text[:front_end], text[front_end:]
    counter = 0

    def relink(copy: int) -> Any:
        def swap(match: re.Match[str]) -> str:
            nonlocal counter
            counter += 1
            url = match.group(1)
            if "arxiv.org" in url:
                return f"](https://arxiv.org/abs/{copy % 10000:04d}.{counter % 100000:05d})"
            return f"]({url.split('#')[0].rstrip('/')}/copy-{copy})"

        return swap

    parts = [head]
    for copy in range(copies):
        parts.append(
            _URL.sub(relink(copy), body).replace("## Section ", f"## Part {copy} Section ")
        )
    return "".join(parts)


def report(name: str, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """Print one JSON line, then a Markdown table of the same figures."""
    print(json.dumps({"benchmark": name, "results": list(rows)}))
    print()
    print("| " + " | ".join(columns) + " |")
    print("|" + "|".join("---" for _ in columns) + "|")
    for row in rows:
        print("| " + " | ".join(_fmt(row.get(col, "")) for col in columns) + " |")


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if value < 100 else f"{value:.0f}"
    return str(value)
