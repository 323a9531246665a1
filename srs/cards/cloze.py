"""Claim clozes: one card per claim of an entry, hiding the claim's key term.

A claim's terms are the phrases the list stressed in it (bold), the names it
links, and figures with a unit (`75%`, `400M`). Each term is hidden at most
once per entry, in the first claim that holds it as more than one item of a
list or a whole clause; the entry's name stands in front when the claim does
not say it, so every cloze can be answered out of context.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from srs.cards.about import finding_claim
from srs.cards.context import EntryContext, Slot
from srs.reading.model import Claim, Entry
from srs.reading.phrases import in_list, is_clause, name_pattern
from srs.reading.sentences import ABBREVIATIONS
from srs.text import md_escape, slugify

if TYPE_CHECKING:
    from srs.cards.templates import KindTemplate

__all__ = ["cloze", "cloze_candidates"]


def cloze_candidates(entry: Entry) -> list[str]:
    """The terms an entry's clozes may hide, in the order its claims give them."""
    found: list[str] = []
    for claim in entry.claims:
        found.extend(term for term in claim.terms if term not in found)
    return found


#: two capitalised words (a joiner between) right after a term: a title goes on
_TITLE_GOES_ON = re.compile(
    r"\s+(?:(?:of|and|the|for|in|on|with|to|via|from|by)\s+)?[A-Z][\w'’-]*\s+(?:[a-z]{1,4}\s+)?[A-Z]"
)

#: two capitalised words (and a joiner) right before it: a title's last words
_TITLE_BEFORE = re.compile(
    r"[A-Z][a-z][\w'’-]*\s+(?:[a-z]{1,4}\s+)?[A-Z][a-z][\w'’-]*\s+"
    r"(?:of|and|the|for|in|on|with|to|via|from|by)\s+$"
)

#: two examples of a kind: `including nerfacto and Zip-NeRF`, `such as X or Y`
_EXAMPLE_PAIR = re.compile(
    r"\b(?:including|like|such\s+as|e\.g\.,?)\s+"
    r"(?P<pair>(?:the\s+)?[^\s,;:.()]+(?:\s+[^\s,;:.()]+)?\s+(?:and|or)\s+[^\s,;:.()]+(?:\s+[^\s,;:.()]+)?)"
    r"(?=\s*(?:[.;,)]|$))"
)


def _cloze_text(claim_text: str, term: str) -> str | None:
    pattern = re.compile(name_pattern(term), re.IGNORECASE)
    first = pattern.search(claim_text)
    if first is None:
        return None
    if in_list(claim_text, first.start(), first.end()) or is_clause(term, claim_text):
        return None
    if any(
        pair.start("pair") <= first.start() < pair.end("pair")
        for pair in _EXAMPLE_PAIR.finditer(claim_text)
    ):
        return None  # `including nerfacto and {{c1::Zip-NeRF}}` (r127 table): one of two examples
    if term.split()[-1].casefold() in ABBREVIATIONS and re.match(
        r"\.\s+[A-Z]", claim_text[first.end() :]
    ):
        return None  # `{{c1::Mount St}}. Helens` (r165 glossary): a name cut at its abbreviation
    if _TITLE_GOES_ON.match(claim_text[first.end() :]) or _TITLE_BEFORE.search(
        claim_text[: first.start()]
    ):
        return None  # `then {{c1::Finding Alignments}} Between Interpretable Causal …`: a piece
        # of a title
    out: list[str] = []
    last = 0
    for match in pattern.finditer(claim_text):
        out.append(md_escape(claim_text[last : match.start()]))
        out.append("{{c1::" + md_escape(match.group(0)) + "}}")
        last = match.end()
    out.append(md_escape(claim_text[last:]))
    return "".join(out)


def _claims(ctx: EntryContext) -> list[Claim]:
    """The claims clozes are made of: a definition only when no gist asks it already, never
    the result a `finding` card asks (`Beats {{c1::Flamingo-80B}} by 8.7% …`: the rival)."""
    gist_made = ctx.definition is not None and bool(ctx.name)
    found = finding_claim(ctx)
    return [
        claim
        for claim in ctx.entry.claims
        if claim.terms
        and not (found is not None and claim is found[0])
        and not (gist_made and claim is ctx.definition and claim.source == "text")
        and id(claim) not in ctx.statements  # (a `term` card asks it: `heap page = …?`)
    ]


def cloze(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    entry = ctx.entry
    slots: list[Slot] = []
    seen: set[str] = set()
    for claim in _claims(ctx):
        if template.max_cards is not None and len(slots) >= template.max_cards:
            break
        text = claim.sentence or claim.text
        for term in claim.terms:
            slug = slugify(term)
            if slug in seen or "::" in term:
                continue
            cloze_text = _cloze_text(text, term)
            if cloze_text is None:
                continue
            subject = entry.name or entry.title
            named = re.search(name_pattern(subject), text, re.IGNORECASE) is not None
            context = "" if named else f"**{md_escape(subject)}** — "
            values = {
                "cloze_sentence": cloze_text,
                "cloze_claim": context + cloze_text,
                "concept": md_escape(term),
                "title_hint": "" if named else f"\n\n*({md_escape(subject)})*",
            }
            seen.add(slug)
            slots.append(Slot(values, concept=term))
            break
    return slots
