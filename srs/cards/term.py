"""`term` cards: what a note's bullet says a term of the field is.

"**Docs: Write-Ahead Log** — `LSN = byte position in the WAL stream`" becomes
*LSN = …?* → *byte position in the WAL stream*, with the entry's name above it for
context. Made from the nested bullets `srs.reading.statements` reads as statements of
a term (`term: …`, `term = …`, `term is …`), which no other kind then takes as a clue
(a fact of the field asked as "What is described here?" → the source tests where the
list put it, not the fact). The id is the term: rewording the answer keeps the card
and its history.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from srs.cards.context import EntryContext, Slot
from srs.text import md_escape, slugify

if TYPE_CHECKING:
    from srs.cards.templates import KindTemplate

__all__ = ["term"]


#: what a note calls the work's point: `claim`, `core claim`, `thesis`, `bet`, `catch`
_POINT_LABEL = re.compile(
    r"(?i)(?:(?:main|core|key|central|famous|big|bold)\s+)?(?:claim|thesis|bet|catch|"
    r"contribution)"
)


def term(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    entry = ctx.entry
    slots: list[Slot] = []
    seen: set[str] = set()
    for claim in entry.claims:
        found = ctx.statements.get(id(claim))
        if found is None:
            continue
        concept = slugify(found.term)
        if not concept or concept in seen:
            continue
        seen.add(concept)
        article = re.match(r"(?i)(?:a|an|the)\s+", found.term)
        lead = found.term[: article.end()] if article else ""
        bare = found.term[len(lead) :]
        shown = f"{md_escape(lead)}**{md_escape(bare)}**"
        if _POINT_LABEL.fullmatch(bare.strip()):
            # `Claim: CPU got fast, memory didn't` (r149 notes, "**Claim**: …?" graded vague):
            # the writer's name for the work's point, asked of the work
            ask = f"What is its **{md_escape(bare.strip().casefold())}**?"
        else:  # `**RC**: …?`, `**LSN** = …?`, `a **TID / ctid** is …?`
            ask = f"{shown}{':' if found.sep == ':' else ' ' + found.sep} …?"
        values = {
            "term": shown,
            "sep": found.sep,
            "ask": ask,
            "answer": md_escape(found.answer),
        }
        slots.append(Slot(values, concept=concept))
        if template.max_cards is not None and len(slots) >= template.max_cards:
            break
    return slots
