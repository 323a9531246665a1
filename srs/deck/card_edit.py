"""A card fixed where the learner sees it: its front and back rewritten and locked in the
deck file, so every rebuild keeps the wording (the id, hence the history, stays); and a
locked card given back to the generator.

The text an external editor gets (`editor_text`) is YAML: a comment saying what to do,
then `front:` and `back:`, each a literal block (`|-`) indented under its key:

    # srs: edit this card's front and back (Markdown), then save and quit. ...
    front: |-
      What is **MMLU**?
    back: |-
      the main knowledge benchmark

An empty file, or one left as it was, changes nothing (`read_edit` gives None).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from srs.cards.card import Card, cloze_problem
from srs.cards.cloze_kind import is_cloze_kind
from srs.deck.deckfile import DeckFile, load_deck, save_deck
from srs.errors import BadInput
from srs.text import strip_controls
from srs.typed_yaml import safe_load_yaml

__all__ = [
    "SIDES",
    "checked_sides",
    "edit_card",
    "edited_cards",
    "editor_text",
    "is_edited",
    "read_edit",
    "unlock_card",
]

SIDES = ("front", "back")

_HEADER = """\
# srs: edit this card's front and back (Markdown), then save and quit.
# Keep each side indented under its key. A cloze card hides its gaps as {{c1::...}}.
# Leave the file as it is, or empty it, to change nothing.
# card: %s (%s)
"""


class _BlockDumper(yaml.SafeDumper):
    """Each side as a literal block (`|-`), where YAML allows one (else quoted); the keys
    plain."""


def _literal(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = None if value in SIDES else "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _literal)


def editor_text(card_id: str, kind: str, front: str, back: str) -> str:
    """The file an external editor gets for a card (see the module's docstring)."""
    body = yaml.dump(
        {"front": front, "back": back},
        Dumper=_BlockDumper,
        allow_unicode=True,
        sort_keys=False,
        width=2**16,
    )
    return _HEADER % (" ".join(card_id.split()), " ".join(kind.split())) + body


def read_edit(text: str, where: str) -> tuple[str, str] | None:
    """The front and back an editor left in `text` (None: an empty file, nothing to do);
    a file that is not what `editor_text` wrote is a `BadInput` naming `where`."""
    raw: Any = safe_load_yaml(text, Path(where), what="the edited card")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise BadInput(f"{where}: must hold `front:` and `back:`")
    unknown = [str(key) for key in raw if key not in SIDES]
    if unknown:
        raise BadInput(f"{where}: unknown key {unknown[0]!r} (only front and back)")
    sides: list[str] = []
    for key in SIDES:
        value = raw.get(key)
        if value is None:
            raise BadInput(f"{where}: {key}: missing or empty")
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise BadInput(f"{where}: {key}: must be text")
        sides.append(str(value))
    return sides[0], sides[1]


def checked_sides(kind: str, front: str, back: str, where: str) -> tuple[str, str]:
    """`front` and `back` as a card keeps them (controls stripped, outer space trimmed),
    or a `BadInput` naming `where`: an empty side, or a cloze that breaks the cloze rule."""
    front, back = strip_controls(front).strip(), strip_controls(back).strip()
    for key, value in zip(SIDES, (front, back), strict=True):
        if not value:
            raise BadInput(f"{where}: {key}: missing or empty")
    if is_cloze_kind(kind) and (why := cloze_problem(front)) is not None:
        raise BadInput(f"{where}: front: {why}")
    return front, back


def _find(deck: DeckFile, path: Path, card_id: str) -> int:
    for index, card in enumerate(deck.cards):
        if card.id == card_id:
            return index
    raise BadInput(
        f"{path}: no card {card_id!r} in the deck file (retired, or removed by hand); "
        "nothing changed"
    )


def edit_card(path: Path, card_id: str, front: str, back: str) -> Card | None:
    """Rewrite card `card_id`'s front and back in the deck file at `path`, locked so that
    a rebuild keeps the wording (a card of the user's own stays as it was marked).
    None: the text is what the card already says, nothing written. A bad edit is a
    `BadInput`, and nothing is written."""
    deck = load_deck(path)
    index = _find(deck, path, card_id)
    card = deck.cards[index]
    front, back = checked_sides(card.kind, front, back, f"card {card_id}")
    if (front, back) == (card.front.strip(), card.back.strip()):
        return None
    locked = card.locked or card.origin != "manual"
    edited = replace(card, front=front, back=back, locked=locked, hash="")  # hash: the new one
    deck.cards[index] = edited
    save_deck(deck, path)
    return edited


def is_edited(card: Card) -> bool:
    """A generated card the user changed or pinned: locked, or edited by hand in the file
    (its content no longer matches its hash)."""
    return card.origin != "manual" and (card.locked or card.hash != card.content_hash())


def edited_cards(deck: DeckFile) -> list[Card]:
    """The deck's generated cards that the user changed or locked (see `is_edited`)."""
    return [card for card in deck.cards if is_edited(card)]


def unlock_card(path: Path, card_id: str) -> Card | None:
    """Give card `card_id` back to the generator: unlocked, and its hash made its
    content's, so the next rebuild writes the generator's wording over it (same id, same
    history). None: it was not locked or edited. A card of the user's own (`origin:
    manual`) has no generator: `BadInput`."""
    deck = load_deck(path)
    index = _find(deck, path, card_id)
    card = deck.cards[index]
    if card.origin == "manual":
        raise BadInput(
            f"{path}: card {card_id!r} is your own (origin: manual): no generator makes it; "
            "delete it from the deck file to drop it"
        )
    if not is_edited(card):
        return None
    deck.cards[index] = unlocked = replace(card, locked=False, hash=card.content_hash())
    save_deck(deck, path)
    return unlocked
