"""The card kinds: one registry of what each kind is and how it is built.

Each kind has a name (stored on the card and used in its id), the
placeholders its templates may use, whether it is a cloze, and a builder
that picks the kind's cards for an entry ("slots") with the values for the
template. Adding a kind is one entry here and one block in the template file.

Ids (see `srs.deck.identity`): `<deck>|<entry key>|<kind>[|<concept slug>]`; paper
kinds use the paper's key instead of the entry's, `<deck>|arxiv:<id>|paper-title`,
so they survive any rewording or moving of the entry that names the paper.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from srs.deck import facts
from srs.deck.identity import arxiv_id
from srs.deck.papers import Paper
from srs.deck.reading_list import Entry, Link
from srs.text import md_escape, slugify

if TYPE_CHECKING:
    from srs.deck.templates import KindTemplate

__all__ = ["KINDS", "EntryContext", "Kind", "Slot", "buildable_kinds", "is_cloze_kind"]

_BASE = frozenset({"section", "title", "papers", "papers_line", "related_line"})
_PAPER = _BASE | {
    "name",
    "name_hint",
    "paper_title",
    "masked_paper_title",
    "year",
    "authors",
    "arxiv_id",
    "abstract",
}


@dataclass(frozen=True)
class Slot:
    """One card a kind makes for an entry: what identifies it and the template values."""

    values: dict[str, str]
    concept: str | None = None  # the id's last part (a cloze's concept)
    key: str | None = None  # the id's key when it is not the entry's (paper cards)
    links: list[Link] | None = None  # the card's links when not all the entry's


@dataclass
class EntryContext:
    """An entry with what every builder needs, computed once."""

    deck: str
    section: str
    entry: Entry
    papers: Mapping[str, Paper] = field(default_factory=dict)

    @cached_property
    def facts(self) -> list[str]:
        return facts.facts(self.entry)

    @cached_property
    def sentences(self) -> list[str]:
        return facts.sentences(self.entry.description)

    @cached_property
    def values(self) -> dict[str, str]:
        entry = self.entry

        def ids(label: str, found: list[str]) -> str:
            listed = ", ".join(f"arXiv:{p}" for p in found)
            return f"\n\n{label}: {md_escape(listed)}" if found else ""

        return {
            "section": md_escape(self.section),
            "title": md_escape(entry.title),
            "papers": md_escape(", ".join(entry.papers)),
            "papers_line": ids("Papers", entry.papers),
            "related_line": ids("Related", entry.related),
        }


Builder = Callable[[EntryContext, "KindTemplate"], list[Slot]]


@dataclass(frozen=True)
class Kind:
    name: str
    placeholders: frozenset[str]
    cloze: bool = False
    #: how template cards of this kind are made; None for hand- or model-made kinds
    build: Builder | None = None
    #: a model may write this kind's cards in place of the template's (`srs build --llm`)
    model_writes: bool = False


def _gist(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    if not ctx.facts:
        return []
    values = {"fact": md_escape(ctx.facts[0]), "description": md_escape(ctx.entry.description)}
    return [Slot(values)]


def _reverse(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    # the first sentence with the title masked; more sentences until the title shows
    # up (masked) and there is enough left to recognise the entry by
    text = ""
    for sentence in ctx.sentences:
        text = f"{text} {sentence}".strip()
        masked = facts.mask_title(ctx.entry, text)
        words = [w for w in masked.split() if facts.MASK not in w]
        if len(words) >= max(template.min_words, 1) and facts.MASK in masked:
            break
    masked = facts.mask_title(ctx.entry, text)
    words = [w for w in masked.split() if facts.MASK not in w]
    if len(words) < template.min_words or facts.MASK not in masked:
        return []
    values = {
        "masked_fact": md_escape(masked),
        "masked_description": md_escape(facts.mask_title(ctx.entry)),
    }
    return [Slot(values)]


def cloze_candidates(entry: Entry) -> list[str]:
    """Phrases worth hiding: the entry's bold concepts, then the names its links carry.

    A link's text is a candidate when it is a name (`GPQA`, `Ahead of AI`) of six
    words at most and not the entry's own title.
    """
    found = list(entry.concepts)
    title = {slugify(v) for v in facts.title_variants(entry)}
    for link in entry.links:
        text = link.text.strip()
        if len(text.split()) <= 6 and facts.is_name(text) and slugify(text) not in title:
            found.append(text)
    return list(dict.fromkeys(found))


def _cloze(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    entry = ctx.entry
    slots: list[Slot] = []
    seen: set[str] = set()
    for concept in cloze_candidates(entry):
        if template.max_cards is not None and len(slots) >= template.max_cards:
            break
        slug = slugify(concept)
        if slug in seen or "::" in concept:
            continue
        pattern = re.compile(facts.variant_pattern(concept), re.IGNORECASE)
        for sentence in ctx.sentences:
            first = pattern.search(sentence)
            if first is None:
                continue
            if facts.in_list(sentence, first.start(), first.end()) or facts.is_clause(
                concept, sentence
            ):
                continue  # a later sentence may hold it as a fact of its own
            out: list[str] = []
            last = 0
            for match in pattern.finditer(sentence):
                out.append(md_escape(sentence[last : match.start()]))
                out.append("{{c1::" + md_escape(match.group(0)) + "}}")
                last = match.end()
            out.append(md_escape(sentence[last:]))
            hint = ""
            if (
                entry.title.casefold() not in sentence.casefold()
                and concept.casefold() not in entry.title.casefold()
            ):
                hint = f"\n\n*({md_escape(entry.title)})*"
            values = {
                "cloze_sentence": "".join(out),
                "concept": md_escape(concept),
                "title_hint": hint,
            }
            seen.add(slug)
            slots.append(Slot(values, concept=concept))
            break
    return slots


def _paper_slots(ctx: EntryContext, *, reverse: bool) -> list[Slot]:
    slots: list[Slot] = []
    names = ctx.entry.paper_names()
    title_variants = {v.casefold() for v in facts.title_variants(ctx.entry)}
    for pid in ctx.entry.papers:
        paper = ctx.papers.get(pid)
        if paper is None:
            continue
        name = names.get(pid) or ctx.entry.title
        named_in_title = bool(re.search(facts.variant_pattern(name), paper.title, re.IGNORECASE))
        if named_in_title and not reverse:
            continue  # "Which paper is The Prompt Report?" would read its answer out
        masked = re.sub(facts.variant_pattern(name), facts.MASK, paper.title, flags=re.IGNORECASE)
        alone = name.casefold() in title_variants and len(title_variants) <= 2
        hint = "" if alone else f" ({ctx.entry.title})"
        values = {
            "name": md_escape(name),
            "name_hint": md_escape(hint),
            "paper_title": md_escape(paper.title),
            "masked_paper_title": md_escape(masked),
            "year": str(paper.year),
            "authors": md_escape(paper.byline),
            "arxiv_id": md_escape(pid),
            "abstract": md_escape(paper.abstract),
        }
        own = [link for link in ctx.entry.links if arxiv_id(link.url) == pid]
        slots.append(Slot(values, key=f"arxiv:{pid}", links=own))
    return slots


def _paper_title(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    return _paper_slots(ctx, reverse=False)


def _paper_name(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    return _paper_slots(ctx, reverse=True)


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("gist", _BASE | {"fact", "description"}, build=_gist, model_writes=True),
        Kind(
            "reverse",
            _BASE | {"masked_fact", "masked_description"},
            build=_reverse,
            model_writes=True,
        ),
        Kind(
            "cloze",
            _BASE | {"concept", "cloze_sentence", "title_hint"},
            cloze=True,
            build=_cloze,
            model_writes=True,
        ),
        Kind("paper-title", _PAPER, build=_paper_title),
        Kind("paper-name", _PAPER, build=_paper_name),
        Kind("basic", frozenset()),  # cards written by hand
    )
}


def buildable_kinds() -> list[str]:
    """The kinds a template file can configure, in the order an entry's cards come."""
    return [name for name, kind in KINDS.items() if kind.build is not None]


def is_cloze_kind(kind: str) -> bool:
    known = KINDS.get(kind)
    return known is not None and known.cloze
