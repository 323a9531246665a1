"""A model's reply: parsed, validated, turned into cards. The reply is untrusted data."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from srs.cards import CLOZE, Card, plain_text, reveals_answer
from srs.text import clean_space, md_escape

__all__ = ["REPLY_SCHEMA", "ReplyCard", "ReplyError", "parse_reply", "to_markdown"]

MAX_FRONT = 400
MAX_BACK = 600

REPLY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "cards": {
            "type": "array",
            "minItems": 1,
            "maxItems": 8,
            "items": {
                "type": "object",
                "properties": {
                    "front": {"type": "string"},
                    "back": {"type": "string"},
                    "kind": {"type": "string", "enum": ["basic", "cloze"]},
                },
                "required": ["front", "back", "kind"],
                "additionalProperties": False,
            },
        }
    },
    "required": ["cards"],
    "additionalProperties": False,
}

_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


class ReplyError(ValueError):
    """The reply cannot be used; the message says why."""


class _Card(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    front: str = Field(min_length=1, max_length=MAX_FRONT)
    back: str = Field(min_length=1, max_length=MAX_BACK)
    kind: Literal["basic", "cloze"]


class _Reply(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    cards: list[_Card] = Field(min_length=1, max_length=8)


@dataclass(frozen=True)
class ReplyCard:
    kind: str
    front: str  # plain text (cloze markers kept)
    back: str


def to_markdown(text: str) -> str:
    """Untrusted text as escaped Markdown; `{{cN::...}}` markers stay clozes."""
    out: list[str] = []
    last = 0
    for match in CLOZE.finditer(text):
        out.append(md_escape(text[last : match.start()]))
        out.append(f"{{{{c{match.group(1)}::{md_escape(match.group(2))}}}}}")
        last = match.end()
    out.append(md_escape(text[last:]))
    return "".join(out)


def parse_reply(content: str | None) -> list[ReplyCard]:
    """Check a reply against the schema and our rules; raise `ReplyError` saying why not."""
    if content is None or not content.strip():
        raise ReplyError("empty reply")
    fenced = _FENCE.match(content)
    text = fenced.group(1) if fenced else content
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReplyError(f"invalid JSON ({exc.msg} at line {exc.lineno})") from None
    try:
        reply = _Reply.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "reply"
        raise ReplyError(f"schema mismatch at {where}: {first['msg']}") from None
    cards: list[ReplyCard] = []
    seen: set[str] = set()
    for index, raw in enumerate(reply.cards):
        front, back = clean_space(raw.front), clean_space(raw.back)
        if not front or not back:
            raise ReplyError(f"cards.{index}: empty front or back")
        if raw.kind == "cloze" and not CLOZE.search(front):
            raise ReplyError(f"cards.{index}: a cloze card without {{{{c1::...}}}}")
        if raw.kind == "basic" and CLOZE.search(front):
            raise ReplyError(f"cards.{index}: cloze markers in a basic card")
        probe = Card(
            id="probe",
            entry="",
            kind=raw.kind,
            front=to_markdown(front),
            back=to_markdown(back),
            section="",
        )
        if reveals_answer(probe) or (raw.kind == "basic" and plain_text(back) in plain_text(front)):
            raise ReplyError(f"cards.{index}: the front contains its answer")
        key = plain_text(front)
        if key in seen:
            raise ReplyError(f"cards.{index}: duplicates another card of this entry")
        seen.add(key)
        cards.append(ReplyCard(kind=raw.kind, front=front, back=back))
    return cards
