"""Acronyms and the words that spell them: `MMLU` is *Measuring Massive Multitask
Language Understanding*, `LoRA` *Low-Rank Adaptation*, `ReAct` *Reasoning and Acting*.

A span of words spells a name when the name's letters can be read off the words
in order: each word gives a run of letters that starts with its first letter
(`Lo` from `Low`, `Act` from `Acting`), short joining words (`of`, `and`) may
give none, and every other word of the span gives at least one. A capital of the
name always starts a word (`MMLU` is four words, not `Massive Multitask LangUage`);
a small letter always continues one. This is the
rule behind the `acronym` cards and behind the gate's "spelled-out name" check.
"""

from __future__ import annotations

import re
from functools import cache

from srs.text import clean_space

__all__ = ["JOINERS", "is_acronym", "spelled_by", "spelling_in", "stated_expansions"]

#: the small words that join a name's spelled-out words (`Abstraction and Reasoning Corpus`)
JOINERS = frozenset(
    {"of", "and", "for", "the", "a", "an", "in", "on", "to", "with", "by", "via", "from", "into"}
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MAX_SPAN = 10


def _letters(name: str) -> str:
    return "".join(ch for ch in name if ch.isalnum()).casefold()


def _starts(name: str) -> tuple[bool, ...]:
    """For each letter of `name`: must it start a word? Capitals and the first letter
    do, small letters never; a digit does after a letter, not after a digit."""
    chars = [ch for ch in name if ch.isalnum()]
    flags: list[bool] = []
    for i, ch in enumerate(chars):
        if i == 0:
            flags.append(True)
        elif ch.isdigit():
            flags.append(not chars[i - 1].isdigit())
        else:
            flags.append(ch.isupper())
    return tuple(flags)


def is_acronym(name: str) -> bool:
    """`MMLU`, `LoRA`, `ReAct`, `DALL-E`, `BM25`: two capitals or more among at most a dozen
    letters, no spaces. `Transformer` and `the` are not."""
    if not name or " " in name.strip() or len(_letters(name)) > 12:
        return False
    capitals = sum(1 for ch in name if ch.isupper())
    return capitals >= 2 and any(ch.isalpha() for ch in name)


def _spells(letters: str, starts: tuple[bool, ...], words: list[str]) -> bool:
    """Whether `words` (casefolded), all of them, spell `letters` (see the module's rule)."""

    @cache
    def go(i: int, w: int) -> bool:
        if w == len(words):
            return i == len(letters)
        word = words[w]
        if word in JOINERS and go(i, w + 1):
            return True
        if i == len(letters) or word[0] != letters[i]:
            return False
        # the word gives letters[i : j]: its first letter, then any in-order later letters
        j, pos = i + 1, 1
        if go(j, w + 1):
            return True
        while j < len(letters) and not starts[j]:
            found = word.find(letters[j], pos)
            if found < 0:
                break
            pos, j = found + 1, j + 1
            if go(j, w + 1):
                return True
        return False

    return go(0, 0)


#: words that open a longer name (`Large Language Model`, `Deep Neural Network`)
_MODIFIERS = frozenset(
    {"large", "deep", "neural", "small", "big", "multi", "self", "visual", "open", "general"}
)


@cache
def spelling_in(name: str, text: str) -> str | None:
    """The shortest span of `text` of two or more words that spells `name`, or None."""
    letters, starts = _letters(name), _starts(name)
    if len(letters) < 2:
        return None
    matches = list(_WORD.finditer(text))
    folded = [match.group(0).casefold() for match in matches]
    itself = name.casefold()
    best: tuple[int, int] | None = None
    for start in range(len(matches)):
        if folded[start][0] != letters[0]:
            continue
        if folded[start] in JOINERS:
            continue  # `and Reasoning Corpus` of *Abstraction and Reasoning Corpus*: no span
            # opens with a joining word
        holds_name = folded[start] == itself
        content = 1  # the span's words that are not joining words: each gives a letter
        for end in range(start + 2, min(start + _MAX_SPAN, len(matches)) + 1):
            last = folded[end - 1]
            holds_name = holds_name or last == itself
            if last in JOINERS:
                continue
            if holds_name:
                break  # `DeepFM: A Factorization-Machine` holds the name: no spelling of it
            content += 1
            if content > len(letters):
                break  # more words than letters: no longer span spells it either
            if _spells(letters, starts, folded[start:end]):
                if best is None or end - start < best[1] - best[0]:
                    best = (start, end)
                break
    if best is None:
        return None
    end = matches[best[1] - 1].end()
    while end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
        end += 1  # `Pre` of `Pre-training`: the whole word
    begin = matches[best[0]].start()
    while begin > 1 and text[begin - 1] == "-" and text[begin - 2].isalnum():
        begin -= 1  # `aware` of `Activation-aware`: the whole word
        while begin > 0 and text[begin - 1].isalnum():
            begin -= 1
    slashed = re.search(r"(?<![\w/])([^\W\d_][\w'’-]*)/$", text[:begin])
    if slashed and slashed.group(1)[:1].casefold() == letters[0]:
        # `Double/debiased machine learning (DML)` (r113 glossary, expanded as "debiased
        # machine learning"): the other word for the same letter is part of the name
        begin = slashed.start(1)
    tail = re.match(r"\s+([^\W\d_][\w'’-]*)", text[end:])
    compound = text[begin:end].split()[-1].rsplit("-", 1)
    if (
        tail is not None
        and len(compound) == 2
        and compound[1][:1].casefold() == letters[-1] == tail.group(1)[:1].casefold()
    ):
        # `Heterogeneous Pre-trained Transformers` (HPT): the last letter is the next word's,
        # not the second half of `Pre-trained`'s
        end += tail.end()
    span = text[begin:end].rstrip("-'’")
    if span.count('"') % 2 or span.count("“") != span.count("”"):
        # `A "novel" challenge` → `novel" challenge`: a quote cut in half says nothing
        span = clean_space(re.sub(r"[\"“”]", "", span))
    if _letters(span) == letters:  # the name itself written out (`Q & A`): not a spelling
        return None
    last = span.split()[-1]
    if re.match(r"\s+[A-Z]", text[end:]) and (last.islower() or last.casefold() in _MODIFIERS):
        # `… Exploration of Large | Language Model Society`, `Locked-image text | Tuning`: the
        # phrase goes on past the letters; its cut is no expansion
        return None
    return span


def loosely_spelled(short: str, long: str, *, strict: bool = False) -> bool:
    """`MVCC (multiversion concurrency control)`: the initials of the long form's words, in
    order, are letters of the acronym from its first to its last, and cover half of it or
    more (never `TCP (their claim)`, which stops short of the `P`). `strict`: a letter
    passed over is one inside the word before (`multiVersion`), as an expansion's must be."""
    words = [w for w in long.split() if w.casefold() not in JOINERS]
    letters = _letters(short.removesuffix("s") if short[-2:-1].isupper() else short)
    if len(words) < 2 or not letters or words[0][0].casefold() != letters[0]:
        return False
    if words[-1][0].casefold() != letters[-1] and not letters.endswith(_letters(words[-1])):
        return False  # (`DCTCP (Data Center TCP)`: an acronym's own acronym ends it)
    at = 0
    previous = ""
    for word in words:
        found = letters.find(word[0].casefold(), at)
        if found < 0:
            return False
        if strict and any(letter not in previous[1:] for letter in letters[at:found]):
            return False
        at, previous = found + 1, word.casefold()
    return len(words) * 2 >= len(letters)


def spelled_by(name: str, text: str) -> bool:
    return spelling_in(name, text) is not None


# (`Transcription–translation feedback loop (TTFL)` (r90 glossary, expanded as "translation
# feedback loop"): words joined by an en dash are one phrase)
_PAREN_AFTER = re.compile(r"(?P<long>[A-Za-z][\w\s'’\-–/]{3,80}?)\s*\((?P<short>[^\s()]{2,12})\)")
#: (the bracket may go on after a semicolon: `PDCAAS (protein digestibility-corrected amino
#: acid score; FAO/WHO 1991)`, r154 glossary)
_PAREN_BEFORE = re.compile(
    r"(?P<short>\b[^\s()]{2,12})\s*\((?P<long>[A-Za-z][\w\s'’\-–]{3,80})(?:;[^()]*)?\)"
)


#: what kind of thing a name is, said after its spelling: `PPO (proximal policy
#: optimization algorithm)` stands for the words before it
_KIND_WORDS = frozenset(
    {"algorithm", "algorithms", "method", "methods", "model", "models", "approach", "paper"}
    | {"framework", "technique", "system", "systems", "library", "benchmark", "dataset"}
    | {"protocol", "format", "standard", "scheme", "test", "metric", "loss", "task", "tasks"}
)


def stated_expansions(text: str) -> dict[str, str]:
    """Acronyms a text spells out itself: `reinforcement learning from human feedback
    (RLHF)` and `RLHF (reinforcement learning from human feedback)` both give
    `{"RLHF": "reinforcement learning from human feedback"}`."""
    found: dict[str, str] = {}
    for pattern in (_PAREN_AFTER, _PAREN_BEFORE):
        for match in pattern.finditer(text):
            short = match.group("short").strip(".,;:")
            if not is_acronym(short) or short in found:
                continue
            long = match.group("long").strip()
            # (`… (SQEs) and completion queue (CQEs)`: a list's joint opens no expansion)
            long = re.sub(r"^(?:and|or|the|a|an)\s+", "", long, flags=re.IGNORECASE)
            span = spelling_in(short, long)
            # (never `PELT (Paul Turner)` (r92 notes): a person, whose words lack its letters)
            if span is None and loosely_spelled(short, long, strict=True):
                span = long
            if pattern is _PAREN_AFTER and span is not None:
                # `Least-Squares Monte Carlo (LSM)` (r94 glossary, expanded as "Least-Squares
                # Monte"): a name's last capitalised words before its bracket are its own
                begin = long.rfind(span)
                if re.fullmatch(r"(?:\s+[A-Z][a-z]+){1,2}", long[begin + len(span) :]):
                    span = long[begin:]
            if pattern is _PAREN_BEFORE and span is not None and long.startswith(span):
                # `RIP (repeat-induced point mutation)` (r157 glossary, expanded as
                # "repeat-induced point"): the bracket's one word more is the name's own
                last = re.fullmatch(r"\s+([a-z]{3,})", long[len(span) :])
                if last is not None and last[1] not in _KIND_WORDS:
                    span = long
            if (
                span is not None
                and short.endswith("s")
                and len(re.findall(r"[A-Z]", short)) > len(re.findall(r"[^\W_]+", span))
            ):
                # `completion queue (CQEs)`: a plural's words fewer than its letters (the
                # entries are left out)
                span = None
            if span is not None and re.search(rf"(?<![\w-]){re.escape(short.rstrip('s'))}", span):
                # `background GC (… while ephemeral GCs can still happen)`: a phrase that
                # holds the acronym itself never spells it out
                span = None
            if span is not None:
                found[short] = span
    return found
