"""Turn reading-list entries into cards using the editable templates."""

from __future__ import annotations

import re
from string import Template

from srs.cards import Card, reveals_answer
from srs.identity import card_id
from srs.reading_list import Entry, ReadingList
from srs.templates import CardTemplates, KindTemplate
from srs.text import clean_space, md_escape, slugify

__all__ = ["MASK", "entry_cards", "mask_title", "template_cards"]

MASK = "___"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[^a-z])")
_TITLE_SUFFIX = re.compile(
    r"\s+(papers?|blog ?posts?|challenge|benchmark|book|survey)$", re.IGNORECASE
)


def template_cards(reading_list: ReadingList, templates: CardTemplates) -> list[Card]:
    cards: list[Card] = []
    for section in reading_list.sections:
        for entry in section.entries:
            cards.extend(entry_cards(reading_list.slug, section.name, entry, templates))
    return cards


def entry_cards(deck_slug: str, section: str, entry: Entry, templates: CardTemplates) -> list[Card]:
    """The template cards of one entry, in a fixed order: gist, reverse, clozes."""
    values = {
        "section": md_escape(section),
        "title": md_escape(entry.title),
        "description": md_escape(entry.description),
        "papers": md_escape(", ".join(entry.papers)),
        "papers_line": (
            "\n\nPapers: " + md_escape(", ".join(f"arXiv:{p}" for p in entry.papers))
            if entry.papers
            else ""
        ),
    }
    cards: list[Card] = []
    kinds = templates.kinds()

    def make(kind: str, template: KindTemplate, extra: dict[str, str], concept: str | None) -> None:
        fields = values | extra
        card = Card(
            id=card_id(deck_slug, entry.key, kind, concept),
            entry=entry.key,
            kind=kind,
            front=Template(template.front).safe_substitute(fields).strip(),
            back=Template(template.back).safe_substitute(fields).strip(),
            section=section,
            links=list(entry.links),
            origin="template",
        )
        if not reveals_answer(card):
            cards.append(card)

    if (gist := kinds.get("gist")) and clean_space(entry.description) != clean_space(entry.title):
        make("gist", gist, {}, None)
    if reverse := kinds.get("reverse"):
        masked = mask_title(entry)
        words = [w for w in masked.split() if MASK not in w]
        if len(words) >= reverse.min_words:
            make("reverse", reverse, {"masked_description": md_escape(masked)}, None)
    if cloze := kinds.get("cloze"):
        seen: set[str] = set()
        for concept in entry.concepts:
            slug = slugify(concept)
            if slug in seen or "::" in concept:
                continue
            seen.add(slug)
            found = _cloze_sentence(entry, concept)
            if found is None:
                continue
            plain, sentence = found
            hint = ""
            title = entry.title.casefold()
            if title not in plain.casefold() and concept.casefold() not in title:
                hint = f"\n\n*({md_escape(entry.title)})*"
            make(
                "cloze",
                cloze,
                {"cloze_sentence": sentence, "concept": md_escape(concept), "title_hint": hint},
                concept,
            )
    return cards


def _variants(entry: Entry) -> list[str]:
    """The title and its obvious variants, longest first."""
    found = {entry.title, _TITLE_SUFFIX.sub("", entry.title)}
    found.update(link.text for link in entry.title_links)
    for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", entry.title):
        found.add(_TITLE_SUFFIX.sub("", part.strip()))
    useful = {v.strip() for v in found if len(v.strip()) >= 2 and any(c.isalpha() for c in v)}
    return sorted(useful, key=lambda v: (-len(v), v))


def _variant_pattern(variant: str) -> str:
    words = [re.escape(w) for w in re.split(r"[\s\-]+", variant) if w]
    return r"(?<!\w)(?<!\d[.,])" + r"[\s\-]+".join(words) + r"(?!\w|[.,]\d)"


def mask_title(entry: Entry) -> str:
    """The description with the title and its variants replaced by a mask."""
    text = entry.description
    for variant in _variants(entry):
        text = re.sub(_variant_pattern(variant), MASK, text, flags=re.IGNORECASE)
    return re.sub(rf"{MASK}(?:[\s,/&]*{MASK})+", MASK, text)


def _cloze_sentence(entry: Entry, concept: str) -> tuple[str, str] | None:
    """The sentence that holds `concept`: as it is, and escaped with every mention as
    `{{c1::...}}`."""
    pattern = re.compile(_variant_pattern(concept), re.IGNORECASE)
    for sentence in _SENTENCE.split(entry.description):
        if not pattern.search(sentence):
            continue
        out: list[str] = []
        last = 0
        for match in pattern.finditer(sentence):
            out.append(md_escape(sentence[last : match.start()]))
            out.append("{{c1::" + md_escape(match.group(0)) + "}}")
            last = match.end()
        out.append(md_escape(sentence[last:]))
        return sentence, "".join(out)
    return None
