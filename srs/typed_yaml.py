"""Read a user-editable YAML file into a pydantic model, with one-line errors."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from srs.errors import BadInput

__all__ = ["load_model"]

M = TypeVar("M", bound=BaseModel)


def load_model(path: Path, model: type[M], what: str) -> M:
    """`yaml.safe_load` then validate; every problem names the file and the key."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadInput(f"{path}: cannot read {what} ({exc.strerror or exc})") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else type(exc).__name__
        raise BadInput(f"{path}: {what} is not valid YAML ({where})") from None
    if not isinstance(raw, dict):
        raise BadInput(f"{path}: {what} must be a YAML mapping")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or what
        raise BadInput(f"{path}: {key}: {first['msg']}") from None
