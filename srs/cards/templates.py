"""Card templates: a YAML file users can read and edit, validated on load.

The kinds a file may hold, and the placeholders each may use, come from the
registry in `srs.cards.kinds`.
"""

from __future__ import annotations

from pathlib import Path
from string import Template
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from srs.cards.kinds import KINDS, buildable_kinds
from srs.errors import BadInput
from srs.locations import Locations
from srs.typed_yaml import check_placeholders, load_model

__all__ = ["CardTemplates", "KindTemplate", "load_templates", "templates_path"]

DEFAULT_PATH = Path(__file__).with_name("card_templates.yaml")


class KindTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    front: str
    back: str
    #: shown under the answer (Markdown), e.g. a paper's abstract
    extra: str = ""
    #: no card when fewer words than this are left after masking (reverse cards)
    min_words: int = Field(default=0, ge=0)
    #: at most this many cards of the kind per entry
    max_cards: int | None = Field(default=None, ge=0)

    @field_validator("front", "back")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value


_fields: dict[str, Any] = {"version": (int, 1)}
_fields.update({kind: (KindTemplate | None, None) for kind in buildable_kinds()})
_TemplateFile = create_model(  # one optional block per kind in the registry
    "_TemplateFile", __config__=ConfigDict(extra="forbid", frozen=True), **_fields
)


class CardTemplates:
    """The templates of a file: the kinds it configures, in the registry's order."""

    def __init__(self, version: int, kinds: dict[str, KindTemplate]) -> None:
        self.version = version
        self._kinds = kinds

    def kinds(self) -> dict[str, KindTemplate]:
        return dict(self._kinds)


def templates_path() -> Path:
    """The user's copy in `$SRS_HOME` if there is one, else the default."""
    user = Locations.default().templates
    return user if user.exists() else DEFAULT_PATH


def load_templates(path: Path | None = None) -> CardTemplates:
    path = path or templates_path()
    parsed: BaseModel = load_model(path, _TemplateFile, "card templates")
    kinds = {
        kind: template
        for kind in buildable_kinds()
        if (template := getattr(parsed, kind)) is not None
    }
    for kind, template in kinds.items():
        for field in ("front", "back", "extra"):
            check_placeholders(
                path, f"{kind}.{field}", getattr(template, field), KINDS[kind].placeholders
            )
        _check_cloze_front(path, kind, template.front)
    return CardTemplates(version=getattr(parsed, "version"), kinds=kinds)  # noqa: B009


_CLOZE_GAPS = ("cloze_claim", "cloze_sentence")


def _check_cloze_front(path: Path, kind: str, front: str) -> None:
    """A cloze kind's front holds exactly srs's own `{{c1::...}}` gap (through its
    placeholder); a template never writes a cloze marker itself, as a `{{c2::...}}`
    would make two Anki cards of one srs card."""
    if "{{c" in front:
        raise BadInput(
            f"{path}: {kind}.front: write no {{{{c...}}}} marker yourself; "
            f"${_CLOZE_GAPS[0]} or ${_CLOZE_GAPS[1]} places the gap"
        )
    if KINDS[kind].cloze and not any(
        name in Template(front).get_identifiers() for name in _CLOZE_GAPS
    ):
        raise BadInput(
            f"{path}: {kind}.front: a cloze needs ${_CLOZE_GAPS[0]} or ${_CLOZE_GAPS[1]}"
        )
