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
        values = {
            "term": shown,
            "sep": found.sep,
            # `**RC**: …?`, `**LSN** = …?`, `a **TID / ctid** is …?`
            "ask": f"{shown}{':' if found.sep == ':' else ' ' + found.sep} …?",
            "answer": md_escape(found.answer),
        }
        slots.append(Slot(values, concept=concept))
        if template.max_cards is not None and len(slots) >= template.max_cards:
            break
    return slots
