"""Replies kept on disk, keyed by the entry's content, the prompt's version and the model."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from srs.atomic import atomic_write_text
from srs.reading.model import Entry

__all__ = ["ReplyCache", "cache_key"]


def cache_key(
    entry: Entry, section: str, prompt_version: int, model: str, grounding: str = ""
) -> str:
    """The reply's key: the entry as sent, the prompt's version, the model, and the
    paper metadata the prompt carried (`grounding`)."""
    payload = json.dumps(
        {
            "entry": {
                "title": entry.title,
                "description": entry.description,
                "links": [[link.text, link.url] for link in entry.links],
                "section": section,
            },
            "prompt": prompt_version,
            "model": model,
            **({"grounding": grounding} if grounding else {}),
        },
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ReplyCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any | None:
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, value: Any) -> None:
        atomic_write_text(self._path(key), json.dumps(value, ensure_ascii=False))
