"""Read a user-editable YAML file (into a pydantic model, where one is worth its import
time), with one-line errors."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import yaml

from srs.errors import BadInput

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = [
    "check_placeholders",
    "load_model",
    "read_limited",
    "read_yaml_mapping",
    "safe_load_yaml",
]

M = TypeVar("M", bound="BaseModel")


def read_limited(path: Path, limit: int) -> bytes:
    """At most `limit` bytes of `path`: `/dev/zero` or a huge file is an error, not a hang."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise BadInput(f"{path}: file is too large (the limit is {limit // (1024 * 1024)} MiB)")
    return data


def safe_load_yaml(text: str, path: Path, what: str = "deck file", first_line: int = 1) -> Any:
    """`yaml.safe_load`, refusing anchors and aliases first (a few lines of aliases can
    expand to gigabytes); any problem is one `BadInput` naming the file and the line
    (`first_line`: the file's line number of the text's first line)."""
    try:
        if "&" in text:  # an alias needs an anchor: no `&`, nothing to expand
            for token in yaml.scan(text, Loader=yaml.SafeLoader):
                if isinstance(token, yaml.AnchorToken):
                    line = token.start_mark.line + first_line
                    raise BadInput(
                        f"{path}: line {line}: YAML anchors and aliases (&name, *name) "
                        "are not allowed here; write the value out"
                    )
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + first_line}" if mark is not None else type(exc).__name__
        raise BadInput(f"{path}: {what} is not valid YAML ({where})") from None
    except (ValueError, OverflowError, RecursionError) as exc:  # a date like 2024-02-30
        raise BadInput(f"{path}: {what} has a value YAML cannot read ({exc})") from None


def read_yaml_mapping(path: Path, what: str) -> dict[Any, Any]:
    """A user-edited YAML file that must hold a mapping; every problem is one line."""
    try:
        text = read_limited(path, 16 * 1024 * 1024).decode("utf-8")
    except OSError as exc:
        raise BadInput(f"{path}: cannot read {what} ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path}: {what} is not UTF-8 text (byte {exc.start})") from None
    raw = safe_load_yaml(text, path, what)
    if not isinstance(raw, dict):
        raise BadInput(f"{path}: {what} must be a YAML mapping")
    return raw


def load_model(path: Path, model: type[M], what: str) -> M:
    """`yaml.safe_load` then validate; every problem names the file and the key."""
    from pydantic import ValidationError

    raw = read_yaml_mapping(path, what)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or what
        raise BadInput(f"{path}: {key}: {first['msg']}") from None


def check_placeholders(path: Path, key: str, text: str, allowed: Iterable[str]) -> None:
    """`$name` placeholders of a user-edited template: well formed and known, or one
    line naming the file, the key and the placeholders allowed."""
    from string import Template

    template = Template(text)
    if not template.is_valid():
        raise BadInput(f"{path}: {key}: malformed placeholder (write $$ for a dollar)")
    names = set(allowed)
    unknown = set(template.get_identifiers()) - names
    if unknown:
        listed = ", ".join(f"${name}" for name in sorted(names))
        raise BadInput(
            f"{path}: {key}: unknown placeholder ${sorted(unknown)[0]} (allowed: {listed})"
        )
