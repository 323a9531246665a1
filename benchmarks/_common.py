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
    """Print one JSON line (the figures and the table's columns), then a Markdown table
    of the same figures."""
    print(json.dumps({"benchmark": name, "results": list(rows), "columns": list(columns)}))
    print()
    print(markdown_table(rows, columns))


def markdown_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], cell: Any = None) -> str:
    """`rows` as a Markdown table of `columns`; `cell(row, column)`: how a figure is
    written (default: `fmt`)."""
    cell = cell or (lambda row, column: fmt(row.get(column, "")))
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(cell(row, column) for column in columns) + " |" for row in rows]
    return "\n".join(lines)


def fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 100 else f"{value:.0f}"
    return str(value)
