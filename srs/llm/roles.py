"""The card slots a model may fill for an entry, and the ids they give.

A model card's id comes from the entry and the slot it fills (the gist, the
reverse card, a cloze of one of the entry's own concepts), never from its
wording: another model, another prompt or the templates word the same card
differently, and that is a change of text, not a new card. Review history
stays with the slot.
"""

from __future__ import annotations

from dataclasses import dataclass

from srs.cards.cloze import cloze_candidates
from srs.cards.ids import card_id
from srs.cards.kinds import KINDS
from srs.reading.model import Entry
from srs.text import slugify

__all__ = ["Role", "entry_roles"]

MAX_CLOZE_ROLES = 6
_PURPOSE = {
    "gist": "what the entry's artefact is or does, asked by its name (basic)",
    "reverse": "the artefact's name asked from what it is or does (basic)",
}


@dataclass(frozen=True)
class Role:
    name: str  # what the model writes: `gist`, `reverse`, `cloze:<concept slug>`
    kind: str
    concept: str | None = None

    @property
    def is_cloze(self) -> bool:
        return KINDS[self.kind].cloze

    def card_id(self, deck: str, entry: Entry) -> str:
        return card_id(deck, entry.key, self.kind, self.concept)

    def describe(self) -> str:
        if self.concept is not None:
            return f"{self.name}: a cloze that hides “{self.concept}” as {{{{c1::...}}}}"
        return f"{self.name}: {_PURPOSE.get(self.kind, self.kind)}"


def entry_roles(entry: Entry) -> list[Role]:
    """The slots of an entry, in the order its template cards come."""
    roles = (
        []
        if entry.topic
        else [
            Role(kind, kind) for kind, spec in KINDS.items() if spec.model_writes and not spec.cloze
        ]
    )
    seen: set[str] = set()
    for concept in cloze_candidates(entry):
        slug = slugify(concept)
        if slug in seen or "::" in concept:
            continue
        seen.add(slug)
        roles.append(Role(f"cloze:{slug}", "cloze", concept))
        if len(seen) >= MAX_CLOZE_ROLES:
            break
    return roles
