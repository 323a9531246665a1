"""Cards from a model, entry by entry: cached, validated, grounded, with fallbacks."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from srs.cards import Card, plain_text
from srs.identity import card_id
from srs.llm.cache import ReplyCache, cache_key
from srs.llm.client import LlmSettings, RequestFailed, ask, make_client
from srs.llm.grounding import unsupported_terms
from srs.llm.prompt import Prompt
from srs.llm.reply import ReplyCard, ReplyError, parse_reply, to_markdown
from srs.reading_list import Entry, ReadingList
from srs.text import slugify

__all__ = ["LlmOptions", "LlmReport", "llm_cards"]

_OUTPUT_TOKENS = 400  # a typical reply of three or four cards
UNVERIFIED = "unverified"


@dataclass(frozen=True)
class LlmOptions:
    limit: int | None = None
    dry_run: bool = False
    progress: bool | None = None


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
    fallback: list[dict[str, str]] = field(default_factory=list)
    flagged: list[dict[str, Any]] = field(default_factory=list)

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
            "fallback": self.fallback,
            "flagged": self.flagged,
        }


def _entries(reading_list: ReadingList) -> list[tuple[str, Entry]]:
    return [(s.name, e) for s in reading_list.sections for e in s.entries]


def _answer_slug(back: str) -> str:
    words = plain_text(back).split()[:6]
    return slugify(" ".join(words))[:60] or "card"


def _cards(
    deck: str, section: str, entry: Entry, replies: list[ReplyCard], report: LlmReport
) -> list[Card]:
    cards: list[Card] = []
    used: set[str] = set()
    for reply in replies:
        base = card_id(deck, entry.key, reply.kind, None) + "|" + _answer_slug(reply.back)
        cid, n = base, 2
        while cid in used:
            cid, n = f"{base}~{n}", n + 1
        used.add(cid)
        terms = unsupported_terms(f"{reply.front} {reply.back}", entry)
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
            report.flagged.append({"card": cid, "unsupported": terms})
        cards.append(card)
    return cards


def llm_cards(
    reading_list: ReadingList,
    template_cards: dict[str, list[Card]],
    *,
    prompt: Prompt,
    settings: LlmSettings,
    options: LlmOptions,
    cache: ReplyCache | None = None,
    client_factory: Callable[[LlmSettings], Any] = make_client,
) -> tuple[list[Card], LlmReport]:
    """The deck's cards with model cards where the model gave valid ones, else templates."""
    cache = cache or ReplyCache()
    report = LlmReport(model=settings.model, prompt_version=prompt.version)
    entries = _entries(reading_list)
    report.entries = len(entries)
    replies: dict[str, list[ReplyCard]] = {}
    pending: list[tuple[str, Entry, str]] = []
    for section, entry in entries:
        key = cache_key(entry, section, prompt.version, settings.model)
        cached = cache.get(key)
        if cached is not None:
            try:
                replies[entry.key] = parse_reply(cached["content"])
                report.cached += 1
                continue
            except (ReplyError, KeyError, TypeError):
                pass  # a damaged cache entry: ask again
        pending.append((section, entry, key))
    if options.limit is not None:
        pending = pending[: options.limit]
    report.to_send = len(pending)
    for section, entry, _ in pending:
        chars = sum(
            len(m["content"])
            for m in prompt.messages(deck=reading_list.title, section=section, entry=entry)
        )
        report.estimated_tokens += chars // 4 + _OUTPUT_TOKENS
    if options.dry_run:
        return [], report

    lock = threading.Lock()
    client = client_factory(settings) if pending else None

    def request(messages: list[dict[str, str]]) -> str | None:
        with lock:
            report.requests += 1
        return ask(client, settings, messages)

    def work(section: str, entry: Entry, key: str) -> None:
        messages = prompt.messages(deck=reading_list.title, section=section, entry=entry)
        try:
            content = request(messages)
            try:
                parsed = parse_reply(content)
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
                content = request(retry)
                parsed = parse_reply(content)
        except (ReplyError, RequestFailed) as exc:
            with lock:
                report.fallback.append(
                    {"entry": entry.key, "title": entry.title, "reason": settings.scrub(str(exc))}
                )
            return
        cache.put(
            key, {"content": content, "model": settings.model, "prompt_version": prompt.version}
        )
        with lock:
            replies[entry.key] = parsed

    if pending:
        from tqdm import tqdm

        disable = (not sys.stderr.isatty()) if options.progress is None else not options.progress
        with (
            ThreadPoolExecutor(max_workers=settings.concurrency) as pool,
            tqdm(
                total=len(pending), desc="llm", unit="entry", disable=disable, file=sys.stderr
            ) as bar,
        ):
            futures = [pool.submit(work, *item) for item in pending]
            for future in futures:
                future.add_done_callback(lambda _: bar.update(1))
            done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
            for future in done:
                if future.exception() is not None:
                    for other in not_done:
                        other.cancel()
                    raise future.exception()  # type: ignore[misc]
    report.fallback.sort(key=lambda item: [e.key for _, e in entries].index(item["entry"]))

    cards: list[Card] = []
    for section, entry in entries:
        if entry.key in replies:
            made = _cards(reading_list.slug, section, entry, replies[entry.key], report)
            report.generated += len(made)
            cards.extend(made)
        else:
            cards.extend(template_cards.get(entry.key, []))
    return cards, report
