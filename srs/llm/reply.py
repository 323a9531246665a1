"""A model's reply: parsed, validated, turned into cards. The reply is untrusted data."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from srs.cards.card import CLOZE, cloze_problem
from srs.llm.roles import Role
from srs.text import clean_space, md_escape, strip_controls

__all__ = ["ReplyCard", "ReplyError", "parse_reply", "reply_schema", "to_markdown"]

MAX_FRONT = 400
MAX_BACK = 600
MAX_CARDS = 8


def reply_schema(roles: list[Role]) -> dict[str, Any]:
    """The JSON schema of a reply for an entry with these slots."""
    return {
        "type": "object",
        "properties": {
            "cards": {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_CARDS,
                "items": {
                    "type": "object",
                    "properties": {
                        "role": {"type": "string", "enum": [role.name for role in roles]},
                        "front": {"type": "string"},
                        "back": {"type": "string"},
                    },
                    "required": ["role", "front", "back"],
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

    role: str = Field(min_length=1, max_length=200)
    front: str = Field(min_length=1, max_length=MAX_FRONT)
    back: str = Field(min_length=1, max_length=MAX_BACK)


class _Reply(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    cards: list[_Card] = Field(min_length=1, max_length=MAX_CARDS)


@dataclass(frozen=True)
class ReplyCard:
    role: Role
    front: str  # plain text (cloze markers kept)
    back: str

    @property
    def kind(self) -> str:
        return self.role.kind


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


def parse_reply(
    content: str | None, roles: list[Role], rejected: list[str] | None = None
) -> list[ReplyCard]:
    """The usable cards of a reply; raise `ReplyError` when the reply as a whole is unusable
    (empty, not JSON, not the schema, no usable card).

    One bad card does not cost the others: a card for an unknown or already filled
    slot, an empty one, or one whose cloze markers do not fit its slot is left out,
    its reason appended to `rejected`. Whether a card is any good (its answer on its
    front, a fragment, …) is the quality gate's to say, as for template cards.
    """
    if content is None or not content.strip():
        raise ReplyError("empty reply")
    fenced = _FENCE.match(content)
    text = fenced.group(1) if fenced else content
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = (
            f"{exc.msg} at line {exc.lineno}"
            if isinstance(exc, json.JSONDecodeError)
            else "too deep"
        )
        raise ReplyError(f"invalid JSON ({msg})") from None
    try:
        reply = _Reply.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "reply"
        raise ReplyError(f"schema mismatch at {where}: {first['msg']}") from None
    by_name = {role.name: role for role in roles}
    cards: list[ReplyCard] = []
    problems: list[str] = []
    filled: set[str] = set()
    for index, raw in enumerate(reply.cards):
        role = by_name.get(raw.role)
        front = clean_space(strip_controls(raw.front))
        back = clean_space(strip_controls(raw.back))
        problem = None
        if role is None:
            problem = f"cards.{index}.role: {raw.role!r} is not one of this entry's slots"
        elif role.name in filled:
            problem = f"cards.{index}: a second card for the slot {role.name!r}"
        elif not front or not back:
            problem = f"cards.{index}: empty front or back"
        elif role.is_cloze and (why := cloze_problem(front)) is not None:
            problem = f"cards.{index}: {why}"
        elif not role.is_cloze and CLOZE.search(front):
            problem = f"cards.{index}: cloze markers in a basic card"
        if problem is not None or role is None:
            problems.append(problem or "")
            continue
        filled.add(role.name)
        cards.append(ReplyCard(role=role, front=front, back=back))
    if rejected is not None:
        rejected.extend(problems)
    if not cards:
        raise ReplyError(f"no usable card ({problems[0]})" if problems else "no usable card")
    return cards
