"""`introduced` cards: Which paper introduced lookaheads and backtracking? → Tree of
Thought.

From the entry's claims that say it introduced, coined, proposed or started
something (`Tree of Thought paper - introducing lookaheads and backtracking`,
`which coined the term`), and, once `srs papers` has the abstract, from the
abstract's own "we propose / introduce X (ABBR)" sentence about a named method.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from srs.cards.context import EntryContext, OwnPaper, Slot
from srs.reading.acronyms import spelling_in
from srs.reading.phrases import content_words, is_name, squash
from srs.reading.sentences import sentences
from srs.text import md_escape

if TYPE_CHECKING:
    from srs.cards.templates import KindTemplate
    from srs.reading.model import Claim

__all__ = ["introduced", "introduced_term", "named_methods"]

_WE_INTRODUCE = re.compile(
    r"\b(?:we|this paper|this work|the paper)\s+(?:also\s+)?"
    r"(?:propose|introduce|present|develop|design)s?\b(?P<rest>[^.;]*)",
    re.IGNORECASE,
)
_NAMED = re.compile(r"\((?P<short>[A-Z][\w-]*[A-Z][\w-]*)\)")
_THE_TERM = re.compile(r"^the (?:term|name|phrase|acronym)$", re.IGNORECASE)
_QUOTES = "\"'“”‘’"
_THE_TERM_NAMED = re.compile(r"^the (?:term|phrase)\s+(?P<term>\S.*)$", re.IGNORECASE)


def named_methods(abstract: str) -> list[str]:
    """`Group Relative Policy Optimization (GRPO)` out of "we introduce Group Relative Policy
    Optimization (GRPO), a variant of PPO": what an abstract says its paper introduced,
    when it names it with an abbreviation it spells out."""
    return list(_named_methods(abstract)) if _WE_INTRODUCE.search(abstract) else []


@lru_cache(maxsize=1024)
def _named_methods(abstract: str) -> tuple[str, ...]:
    found: list[str] = []
    for sentence in sentences(abstract):
        match = _WE_INTRODUCE.search(sentence)
        if match is None:
            continue
        rest = match.group("rest")
        named = _NAMED.search(rest)
        if named is None:
            continue
        before = rest[: named.start()].rstrip()
        span = spelling_in(named.group("short"), before)
        if span is None or not before.endswith(span) or not is_name(span):
            continue  # `large language models (LLMs)`: a term, not a name of its own
        lead = re.sub(
            r"^\s*(?:a|an|the)?\s*(?:novel|new|simple|simpler)?\s*", "", before[: -len(span)]
        )
        short = named.group("short")
        if len(lead.split()) <= 3 and sum(ch.isalpha() for ch in short) >= 3:
            found.append(f"{span} ({short})")  # not `Segment Anything (SA)`
    return tuple(found)


def _names_itself(what: str, name: str, title: str) -> bool:
    """`Which paper introduced Massive Text Embedding Benchmark (MTEB)?` of the MTEB paper:
    the question names the paper it asks for."""
    words = set(content_words(re.sub(r"\([^()]*\)", " ", what)))
    if not words:
        return False
    for other in (name, title):
        shown = set(content_words(other))
        if shown and len(words & shown) * 3 >= len(words) * 2:
            return True
    short = re.search(r"\(([^()]+)\)", what)
    return bool(short and name and squash(short.group(1)) in squash(name))


def _stem_shared(what: str, named: str) -> bool:
    """`Which paper introduced obstruction-freedom?` → *Obstruction-Free Synchronization*:
    a word of the name (before its subtitle) that a word of the question starts like (six
    letters or more): the question spells the answer."""
    asked = {word[:6] for word in re.findall(r"[a-z]{6,}", what.casefold())}
    head = re.findall(r"[a-z]{6,}", named.split(": ", 1)[0].casefold())
    # (but not one word of a long title: `the ACL-ARC citation function dataset` →
    # *Measuring the Evolution of a Scientific Field through Citation Frames*)
    shared = sum(word[:6] in asked for word in head)
    return shared > 0 and 2 * shared >= len(head)


def _spelled_by(what: str, named: str) -> bool:
    """`Which paper introduced the EQA task?` → *Embodied Question Answering*: an acronym of
    the question that the answer's words spell out."""
    return any(
        spelling_in(word, named) is not None and len(named.split()) <= len(word) + 1
        for word in re.findall(r"\b[A-Z]{2,}[a-z]?\b", what)
    )


def _answer(paper: OwnPaper | None, name: str, cited: str = "") -> str:
    if paper is None:  # (who made it, when the list says: `How to Make … (Lamport, 1979)`)
        return f"{name} ({cited})" if cited else name
    cited = f" ({paper.cited})" if paper.cited else ""
    if not paper.title:
        return f"{name}{cited}"
    if squash(name) in squash(paper.title):
        return f"{paper.title}{cited}"
    return f"{name}: {paper.title}{cited}"


# what a paper can be said to have introduced: a name (`MQA`, `Transformer`), a quoted or
# hyphenated term (`iteration-level scheduling`), not `lookaheads and backtracking` nor
# `a long line of research`
_TERM_LIKE = re.compile(
    # (`Hedge`: one capitalised word alone, an algorithm's name)
    r"[A-Z]{2}|\b[A-Z][a-z]+[A-Z]|[“\"']|\w[-@]\w|\d|^[A-Z][a-z]{2,}$"
    # (`the open()/next()/close() iterator model`: calls named)
    r"|\w\s?/\w+\s?/\w"
    # `the Hearthstone and Magic: The Gathering card datasets`: datasets named
    r"|\s[A-Z][a-z]+\b.*\b(?:datasets?|benchmarks?|corpus|corpora)$"
)
_AND_THEN = re.compile(
    r"\s+(?:and|so|so that|which)\s+(?=(?:it\s+)?[a-z]+(?:s|ed)\b)"
    # `the unbiased pass@k estimator that everyone still uses`: what, then how widely used
    r"|\s+that\s+(?=(?:everyone|everybody|people|most\s+\w+)\s)"
)
_OPINION = re.compile(r"^(?:a|the)\s+(?:long\s+)?(?:line|trend|wave|era|series)\s+of\b", re.I)


def introduced_term(claim: Claim) -> str | None:
    """What a claim says its work introduced, when a card can ask which paper did (a term,
    a named method, `the term …`); None for an idea in general (`lookaheads and
    backtracking`, `modelling a computation of type A as T A for a monad T`)."""
    if not claim.introduced:
        return None
    # `… (D-MPNN) behind Chemprop and benchmarks it against …`: what, not what else
    what = _AND_THEN.split(claim.introduced, maxsplit=1)[0]
    named_term = _THE_TERM_NAMED.match(what)
    if named_term is not None and squash(named_term["term"]) in map(squash, claim.terms):
        # `Where the term *sequential consistency* comes from` (r132 notes): the term the
        # list stressed
        what = f"the term “{named_term['term'].strip(_QUOTES)}”"
    # (`defines **sequential consistency**`: a term the list stressed is one)
    # (and `introducing **lookaheads** and **backtracking**`: each of them stressed)
    stressed_terms = {squash(term) for term in claim.terms}
    items = [item for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", what) if item]
    stressed = squash(what) in stressed_terms or (
        len(items) > 1 and all(squash(item) in stressed_terms for item in items)
    )
    if _OPINION.match(what) or (
        not _THE_TERM.match(what) and not _TERM_LIKE.search(what) and not stressed
    ):
        return None  # `lookaheads and backtracking`: old ideas in general; which paper's?
    return what


def introduced(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    entry = ctx.entry
    papers = ctx.own_papers
    first = papers[0] if len(papers) == 1 else None
    slots: list[Slot] = []
    seen: set[str] = set()

    def add(
        what: str, answer: str, key: str | None, name: str, title: str, verb: str = "introduced"
    ) -> None:
        if squash(what) in seen or not what or _names_itself(what, name, title):
            return
        seen.add(squash(what))
        values = {
            "introduced": md_escape(what),
            "introducer": md_escape(answer),
            "did": md_escape(verb),
        }
        slots.append(Slot(values, concept=what, key=key))

    # (`**Pre-trend testing**: … Rambachan & Roth (2023) propose sensitivity analysis …`:
    # a term with no paper, link or maker of its own introduced nothing; others did)
    a_work = first is not None or bool(entry.links or entry.attribution.authors)
    for claim in entry.claims:
        if claim.kind != "introduces" or not a_work:
            continue
        what = introduced_term(claim)
        if what is None:
            continue
        if _THE_TERM.match(what):
            if first is None or not first.title or not entry.name:
                continue  # "which paper coined the term RAG?" needs the paper to answer
            what = f"the term “{entry.name}”"
        # (the paper's own name when the list gives one: `C4` came from the `T5` paper)
        named = first.name if first is not None and first.name else entry.name or entry.title
        if _stem_shared(what, named) or _spelled_by(what, named):
            continue
        made = entry.attribution
        cited = ", ".join(str(part) for part in (made.authors, made.year) if part)
        add(what, _answer(first, named, cited), None, "", "", claim.verb)
    for paper in papers:
        for method in named_methods(paper.abstract):
            add(method, _answer(paper, paper.name), paper.key, paper.name, paper.title)
    if template.max_cards is not None:
        slots = slots[: template.max_cards]
    return slots
