"""Card templates: a YAML file users can read and edit, validated on load.

The kinds a file may hold, and the placeholders each may use, come from the
registry in `srs.cards.kinds`. Validated by hand rather than with pydantic, as
the settings are: every `srs build` reads this file, and pydantic's import and
model set-up cost more than the rest of the templates' part of a build; the rules
are few (known keys, strings, counts), each broken one is a line naming the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

from srs.cards.kinds import KINDS, buildable_kinds
from srs.errors import BadInput
from srs.locations import Locations
from srs.typed_yaml import check_placeholders, read_yaml_mapping

__all__ = ["CardTemplates", "KindTemplate", "load_templates", "templates_path"]

DEFAULT_PATH = Path(__file__).with_name("card_templates.yaml")


@dataclass(frozen=True)
class KindTemplate:
    front: str
    back: str
    #: shown under the answer (Markdown), e.g. a paper's abstract
    extra: str = ""
    #: no card when fewer words than this are left after masking (reverse cards)
    min_words: int = 0
    #: at most this many cards of the kind per entry
    max_cards: int | None = None


_TEXTS = ("front", "back", "extra")
_COUNTS = ("min_words", "max_cards")


def _kind_template(path: Path, kind: str, raw: Any) -> KindTemplate:
    if not isinstance(raw, dict):
        raise BadInput(f"{path}: {kind}: must be a mapping of front, back, … (or null)")
    for key in raw:
        if key not in _TEXTS + _COUNTS:
            allowed = ", ".join(_TEXTS + _COUNTS)
            raise BadInput(f"{path}: {kind}.{key}: not a template key (allowed: {allowed})")
    values: dict[str, Any] = {}
    for key in _TEXTS:
        value = raw.get(key, "")
        if not isinstance(value, str):
            raise BadInput(f"{path}: {kind}.{key}: must be text")
        if key != "extra" and not value.strip():
            raise BadInput(f"{path}: {kind}.{key}: missing or empty")
        values[key] = value
    for key in _COUNTS:
        value = raw.get(key)
        if value is None:  # the default: no minimum, no maximum
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise BadInput(f"{path}: {kind}.{key}: must be a whole number, 0 or more")
        values[key] = value
    return KindTemplate(**values)


class CardTemplates:
    """The templates of a file: the kinds it configures, in the registry's order."""

    def __init__(self, version: int, kinds: dict[str, KindTemplate]) -> None:
        self.version = version
        self._kinds = kinds

    def kinds(self) -> dict[str, KindTemplate]:
        return dict(self._kinds)


def templates_path(home: Path) -> Path:
    """The user's copy in data directory `home` if there is one, else the default."""
    user = Locations(home).templates
    return user if user.exists() else DEFAULT_PATH


def load_templates(path: Path = DEFAULT_PATH) -> CardTemplates:
    """The card templates in `path` (default: the ones srs ships)."""
    raw = read_yaml_mapping(path, "card templates")
    known = set(buildable_kinds())
    for key in raw:
        if key != "version" and key not in known:
            listed = ", ".join(buildable_kinds())
            raise BadInput(f"{path}: {key}: not a card kind (kinds: version, {listed})")
    version = raw.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int):
        raise BadInput(f"{path}: version: must be a whole number")
    kinds = {
        kind: _kind_template(path, kind, raw[kind])
        for kind in buildable_kinds()
        if raw.get(kind) is not None
    }
    for kind, template in kinds.items():
        for field in ("front", "back", "extra"):
            check_placeholders(
                path, f"{kind}.{field}", getattr(template, field), KINDS[kind].placeholders
            )
        _check_cloze_front(path, kind, template.front)
    return CardTemplates(version=version, kinds=kinds)


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
