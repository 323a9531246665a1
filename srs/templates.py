"""Card templates: a YAML file users can read and edit, validated on load."""

from __future__ import annotations

from pathlib import Path
from string import Template

from pydantic import BaseModel, ConfigDict, field_validator

from srs.errors import BadInput
from srs.locations import data_dir
from srs.typed_yaml import load_model

__all__ = ["CardTemplates", "KindTemplate", "load_templates", "templates_path"]

_PLACEHOLDERS = {
    "gist": {"section", "title", "description", "papers", "papers_line"},
    "reverse": {"section", "title", "description", "masked_description", "papers", "papers_line"},
    "cloze": {"section", "title", "concept", "cloze_sentence", "title_hint", "papers"},
}
DEFAULT_PATH = Path(__file__).with_name("card_templates.yaml")


class KindTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    front: str
    back: str
    min_words: int = 0

    @field_validator("front", "back")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value


class CardTemplates(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = 1
    gist: KindTemplate | None = None
    reverse: KindTemplate | None = None
    cloze: KindTemplate | None = None

    def kinds(self) -> dict[str, KindTemplate]:
        return {
            kind: template
            for kind in ("gist", "reverse", "cloze")
            if (template := getattr(self, kind)) is not None
        }


def templates_path() -> Path:
    """The user's copy in `$SRS_HOME` if there is one, else the default."""
    user = data_dir() / "card_templates.yaml"
    return user if user.exists() else DEFAULT_PATH


def load_templates(path: Path | None = None) -> CardTemplates:
    path = path or templates_path()
    templates = load_model(path, CardTemplates, "card templates")
    for kind, template in templates.kinds().items():
        for field in ("front", "back"):
            _check_placeholders(path, kind, field, getattr(template, field))
    return templates


def _check_placeholders(path: Path, kind: str, field: str, text: str) -> None:
    template = Template(text)
    if not template.is_valid():
        raise BadInput(f"{path}: {kind}.{field}: malformed placeholder (write $$ for a dollar)")
    unknown = set(template.get_identifiers()) - _PLACEHOLDERS[kind]
    if unknown:
        allowed = ", ".join(f"${name}" for name in sorted(_PLACEHOLDERS[kind]))
        name = sorted(unknown)[0]
        raise BadInput(f"{path}: {kind}.{field}: unknown placeholder ${name} (allowed: {allowed})")
