"""`acronym` cards: What does DPO stand for? → Direct Preference Optimization.

An acronym is asked when its words are known: the entry's own paper's title spells
its name (`MMLU` — *Measuring Massive Multitask Language Understanding*), or the
list spells it out itself (`Write-ahead logging (WAL)`, `multi-query attention
(MQA)`). This replaces the paper-name card that would give itself away.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from srs.cards.context import EntryContext, Slot
from srs.cards.introduced import named_methods
from srs.reading.acronyms import is_acronym, spelling_in
from srs.text import md_escape, slugify

if TYPE_CHECKING:
    from srs.cards.templates import KindTemplate

__all__ = ["acronym"]


def _compound(name: str) -> bool:
    """`Multi-IF`: a word and an acronym; its words are not simply its title's initials."""
    return bool(re.match(r"^[A-Z][a-z]{2,}-[A-Z]{2,}$", name))


def acronym(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    slots: list[Slot] = []
    seen: set[str] = set()

    def add(short: str, expansion: str, key: str | None, context: str) -> None:
        if slugify(short) in seen or slugify(short) == slugify(expansion):
            return
        seen.add(slugify(short))
        values = {
            "acronym": md_escape(short),
            "expansion": md_escape(expansion),
            "acronym_context": md_escape(context),
        }
        slots.append(Slot(values, concept=short, key=key))

    for paper in [*ctx.own_papers, *ctx.related_papers]:
        if is_acronym(paper.name) and paper.title and not _compound(paper.name):
            span = spelling_in(paper.name, paper.title)
            if span is not None:
                add(paper.name, span, paper.key, paper.title)
    for short, expansion in ctx.entry.acronyms.items():
        add(short, expansion.strip("\"“”'"), None, ctx.entry.name or ctx.entry.title)
    for paper in ctx.own_papers:  # `we introduce Group Relative Policy Optimization (GRPO)`
        for method in named_methods(paper.abstract):
            long, _, short = method.rpartition(" (")
            add(short.rstrip(")"), long, paper.key, paper.title)
    if template.max_cards is not None:
        slots = slots[: template.max_cards]
    return slots
