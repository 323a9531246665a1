"""Cards from a model, entry by entry: cached, validated, grounded, with fallbacks."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from srs.cards.card import Card
from srs.cards.from_templates import Generated
from srs.cards.gate import HeldBack, gate
from srs.config import load_config
from srs.llm.cache import ReplyCache, cache_key
from srs.llm.client import LlmSettings, RequestFailed, ask, make_client, settings_from
from srs.llm.grounding import unsupported_terms
from srs.llm.pool import run_bounded
from srs.llm.prompt import Prompt, load_prompt, prompt_path
from srs.llm.reply import ReplyCard, ReplyError, parse_reply, reply_schema, to_markdown
from srs.llm.roles import Role, entry_roles
from srs.locations import Locations
from srs.reading.model import Entry, ReadingList
from srs.reading.paper import Paper

__all__ = ["Fallback", "Flag", "LlmReport", "LlmRun", "entry_deadline", "llm_cards", "llm_run"]

_OUTPUT_TOKENS = 400  # a typical reply of three or four cards
UNVERIFIED = "unverified"


@dataclass(frozen=True)
class LlmRun:
    """What a build needs to ask a model: the prompt, the settings, how many entries to
    send at most, and whether to show a progress bar (None: when stderr is a terminal)."""

    prompt: Prompt
    settings: LlmSettings
    limit: int | None = None
    progress: bool | None = None


def llm_run(home: Path, *, model: str | None, concurrency: int | None, limit: int | None) -> LlmRun:
    """`srs build --llm`'s run: the settings from data directory `home`'s config (with
    `model` and `concurrency` over them when given) and its prompt file."""
    config = load_config(Locations(home).config)
    settings = settings_from(config.llm, model=model, concurrency=concurrency)
    return LlmRun(prompt=load_prompt(prompt_path(home)), settings=settings, limit=limit)


@dataclass(frozen=True)
class Fallback:
    """An entry that kept its template cards, and why."""

    entry: str
    title: str
    reason: str


@dataclass(frozen=True)
class Flag:
    """A model card naming things found nowhere in its entry or its papers."""

    card: str
    unsupported: list[str]


@dataclass
class LlmReport:
    model: str
    prompt_version: int
    entries: int = 0
    cached: int = 0
    to_send: int = 0
    requests: int = 0
    generated: int = 0
    estimated_tokens: int = 0
    fallback: list[Fallback] = field(default_factory=list)
    flagged: list[Flag] = field(default_factory=list)
    #: model cards left out of a reply that was otherwise used: (entry key, why)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    #: model cards the quality gate held back (their slot keeps its template card)
    held_back: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "prompt_version": self.prompt_version,
            "entries": self.entries,
            "cached": self.cached,
            "to_send": self.to_send,
            "requests": self.requests,
            "generated": self.generated,
            "estimated_tokens": self.estimated_tokens,
            "fallback": [asdict(item) for item in self.fallback],
            "flagged": [asdict(item) for item in self.flagged],
            "rejected": [{"entry": key, "reason": why} for key, why in self.rejected],
            "held_back": [{"id": cid, "rule": rule} for cid, rule in self.held_back],
        }


def _entries(reading_list: ReadingList) -> list[tuple[str, Entry]]:
    return [(s.name, e) for s in reading_list.sections for e in s.entries]


def _grounding(entry: Entry, papers: Mapping[str, Paper]) -> str:
    """The paper metadata a prompt carries for `entry` (part of the cache key)."""
    found = [papers[p] for p in [*entry.papers, *entry.related] if p in papers]
    return " ".join(f"{p.arxiv_id}:{p.title}:{p.abstract}" for p in found)


def _cards(
    deck: str,
    section: str,
    entry: Entry,
    replies: list[ReplyCard],
    papers: Mapping[str, Paper],
    report: LlmReport,
) -> list[Card]:
    """The model's cards of an entry, each with the id of the slot it fills."""
    cards: list[Card] = []
    grounding = _grounding(entry, papers)
    for reply in replies:
        cid = reply.role.card_id(deck, entry)
        terms = unsupported_terms(f"{reply.front} {reply.back}", entry, grounding)
        card = Card(
            id=cid,
            entry=entry.key,
            kind=reply.kind,
            front=to_markdown(reply.front),
            back=to_markdown(reply.back),
            section=section,
            links=list(entry.links),
            origin="llm",
            tags=[UNVERIFIED] if terms else [],
        )
        if terms:
            report.flagged.append(Flag(card=cid, unsupported=terms))
        cards.append(card)
    return cards


def _assemble(
    entry: Entry, templates: list[Card], model: list[Card]
) -> tuple[list[Card], list[HeldBack]]:
    """An entry's cards: the model's card for each slot it filled that passes the quality
    gate, the template's for the rest (and for a slot whose model card the gate held
    back), then model cards for slots the templates leave empty."""
    passed, held = gate(model, entry)
    by_id = {card.id: card for card in passed}
    cards = [by_id.pop(card.id, card) for card in templates]
    return cards + list(by_id.values()), held


@dataclass
class _Pending:
    section: str
    entry: Entry
    key: str
    roles: list[Role]


def _lookup(
    entries: list[tuple[str, Entry]],
    cache: ReplyCache,
    prompt: Prompt,
    settings: LlmSettings,
    papers: Mapping[str, Paper],
    report: LlmReport,
) -> tuple[dict[str, list[ReplyCard]], list[_Pending]]:
    """Replies already in the cache, and the entries still to ask for."""
    replies: dict[str, list[ReplyCard]] = {}
    pending: list[_Pending] = []
    for section, entry in entries:
        key = cache_key(entry, section, prompt.version, settings.model, _grounding(entry, papers))
        roles = entry_roles(entry)
        if not roles:
            continue  # nothing a model may write for it (a topic entry): its templates stand
        cached = cache.get(key)
        if cached is not None:
            try:
                replies[entry.key] = parse_reply(cached["content"], roles, [])
                report.cached += 1
                continue
            except (ReplyError, KeyError, TypeError):
                pass  # a damaged cache entry: ask again
        pending.append(_Pending(section, entry, key, roles))
    return replies, pending


def _ask_all(
    pending: list[_Pending],
    *,
    deck_title: str,
    prompt: Prompt,
    settings: LlmSettings,
    papers: Mapping[str, Paper],
    cache: ReplyCache,
    client: Any,
    progress: bool | None,
    report: LlmReport,
) -> dict[str, list[ReplyCard]]:
    """Ask for every pending entry on a bounded pool; invalid replies are asked again once."""
    lock = threading.Lock()
    replies: dict[str, list[ReplyCard]] = {}
    given_up: set[str] = set()

    def request(messages: list[dict[str, str]], schema: dict[str, Any]) -> str | None:
        with lock:
            report.requests += 1
        return ask(client, settings, messages, schema)

    def work(item: _Pending) -> None:
        entry = item.entry
        messages = prompt.messages(
            deck=deck_title, section=item.section, entry=entry, roles=item.roles, papers=papers
        )
        schema = reply_schema(item.roles)
        rejected: list[str] = []
        try:
            content = request(messages, schema)
            try:
                parsed = parse_reply(content, item.roles, rejected)
            except ReplyError as first:
                retry = [
                    *messages,
                    {"role": "assistant", "content": content or ""},
                    {
                        "role": "user",
                        "content": f"That reply was invalid ({first}). "
                        "Reply again with the JSON object only.",
                    },
                ]
                content = request(retry, schema)
                parsed = parse_reply(content, item.roles, rejected)
        except (ReplyError, RequestFailed) as exc:
            with lock:
                report.fallback.append(Fallback(entry.key, entry.title, settings.scrub(str(exc))))
            return
        cache.put(
            item.key,
            {"content": content, "model": settings.model, "prompt_version": prompt.version},
        )
        with lock:
            if entry.key not in given_up:  # a reply after the deadline only fills the cache
                replies[entry.key] = parsed
                report.rejected.extend((entry.key, why) for why in rejected)

    from tqdm import tqdm

    deadline = entry_deadline(settings)

    def late(item: _Pending) -> None:
        with lock:
            given_up.add(item.entry.key)
            report.fallback.append(
                Fallback(
                    item.entry.key, item.entry.title, f"no complete reply within {deadline:g} s"
                )
            )

    def tick() -> None:
        bar.update(1)

    disable = (not sys.stderr.isatty()) if progress is None else not progress
    with tqdm(
        total=len(pending), desc="llm", unit="entry", disable=disable, file=sys.stderr
    ) as bar:
        run_bounded(
            pending,
            work,
            concurrency=settings.concurrency,
            deadline=deadline,
            on_done=lambda _: tick(),
            on_late=late,
        )
    with lock:
        return dict(replies)


def entry_deadline(settings: LlmSettings) -> float:
    """The whole time one entry may take: every try's timeout, and the client's backoff
    between tries (at most 8 s each). A server that drips bytes never gets more."""
    return (settings.timeout + 1) * (settings.max_retries + 1) + 8 * settings.max_retries


def llm_cards(
    reading_list: ReadingList,
    template_cards: dict[str, list[Card]],
    *,
    run: LlmRun,
    cache: ReplyCache,
    dry_run: bool = False,
    papers: Mapping[str, Paper] | None = None,
    client_factory: Callable[[LlmSettings], Any] = make_client,
) -> tuple[Generated, LlmReport]:
    """The deck's cards with model cards in the slots the model filled (where they pass
    the quality gate), templates elsewhere."""
    prompt, settings = run.prompt, run.settings
    papers = papers or {}
    report = LlmReport(model=settings.model, prompt_version=prompt.version)
    entries = _entries(reading_list)
    report.entries = len(entries)
    replies, pending = _lookup(entries, cache, prompt, settings, papers, report)
    if run.limit is not None:
        pending = pending[: run.limit]
    report.to_send = len(pending)
    for item in pending:
        messages = prompt.messages(
            deck=reading_list.title,
            section=item.section,
            entry=item.entry,
            roles=item.roles,
            papers=papers,
        )
        report.estimated_tokens += sum(len(m["content"]) for m in messages) // 4 + _OUTPUT_TOKENS
    if dry_run:
        return Generated(), report
    if pending:
        client = client_factory(settings)
        try:
            replies |= _ask_all(
                pending,
                deck_title=reading_list.title,
                prompt=prompt,
                settings=settings,
                papers=papers,
                cache=cache,
                client=client,
                progress=run.progress,
                report=report,
            )
        finally:  # also ends a request given up on: its connection closes under it
            close = getattr(client, "close", None)
            if callable(close):
                close()
    order = {entry.key: index for index, (_, entry) in enumerate(entries)}
    report.fallback.sort(key=lambda item: order[item.entry])

    out = Generated()
    for section, entry in entries:
        templates = template_cards.get(entry.key, [])
        if entry.key in replies:
            made = _cards(reading_list.slug, section, entry, replies[entry.key], papers, report)
            report.generated += len(made)
            cards, held = _assemble(entry, templates, made)
            out.cards.extend(cards)
            out.held.extend(held)
            report.held_back.extend((item.card.id, item.rule) for item in held)
        else:
            out.cards.extend(templates)
    return out, report
