"""`claim` cards: a claim that says what an entry's artefact does, asked as a question.

"**Nature DQN** — adds the target network (a periodically-copied frozen Q-network …)"
becomes *What does Nature DQN add?* → *the target network (…)*. Made from claims that
start with a verb of what papers and methods do (`adds`, `combines`, `replaces`,
`predicts`, `beat`), with the entry (or the name the claim opens with: `AWQ observes
that …`) as the subject; never from the claim that already makes the entry's gist.
The id is the claim's verb: rewording what follows keeps the card and its history.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from srs.cards.context import EntryContext, Slot
from srs.reading.claim_kinds import DOING_VERBS
from srs.reading.phrases import POINTING, content_words, without_s
from srs.text import md_escape

if TYPE_CHECKING:
    from srs.cards.templates import KindTemplate

__all__ = ["claim"]

_PARTICLES = ("on", "in", "over", "with", "from", "to", "into", "across", "between", "by")
_SUBJECT = re.compile(r"^(?P<subject>[A-Z][\w.+-]*[A-Z0-9][\w.+-]*|[A-Z][a-z]+[A-Z][\w.+-]*)\s+")
_MAX_ANSWER_WORDS = 22


def _answer(rest: str) -> str:
    """The answer: what follows the verb, to its first break (`; `, ` — `, ` → `), trimmed."""
    rest = re.split(r";\s|\s[—–-]\s|\s→\s", rest, maxsplit=1)[0]
    second = re.search(r"(?:,\s+|,?\s+and\s+)(?P<verb>[a-z]+)\b", rest)
    if second and second.group("verb") in DOING_VERBS:  # `… matter most and protects them by …`
        rest = rest[: second.start()]
    return rest.strip(" ,.:")


def claim(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    entry = ctx.entry
    if entry.topic or not entry.name:
        return []
    slots: list[Slot] = []
    seen: set[str] = set()
    for item in entry.claims:
        if item is ctx.definition or item.kind == "introduces":
            continue
        text = item.sentence or item.text
        subject = entry.name
        opens = _SUBJECT.match(text)
        if opens and opens.group("subject") != entry.name:
            subject, text = opens.group("subject"), text[opens.end() :]  # `AWQ observes …`
        words = text.split()
        if len(words) < 3 or words[0] not in DOING_VERBS:
            continue
        verb = without_s(words[0])
        rest = " ".join(words[1:])
        particle = ""
        first = rest.split()[0].casefold()
        if first in _PARTICLES:
            particle, rest = f" {first}", rest.split(maxsplit=1)[1] if " " in rest else ""
        answer = _answer(rest)
        if (
            not answer
            or len(answer.split()) > _MAX_ANSWER_WORDS
            or len(content_words(answer)) < 2
            or POINTING.search(answer)
        ):
            continue
        concept = f"{subject} {verb}" if subject != entry.name else verb
        if concept in seen:
            continue
        seen.add(concept)
        values = {
            "subject": md_escape(subject),
            "verb": md_escape(verb + particle),
            "answer": md_escape(answer),
        }
        slots.append(Slot(values, concept=concept))
        if template.max_cards is not None and len(slots) >= template.max_cards:
            break
    return slots
