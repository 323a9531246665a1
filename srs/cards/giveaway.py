"""When a name gives itself away: one of its words or camel-cased parts shows on a card
(as itself or its stem), or the card spells it or one of its acronyms out."""

from __future__ import annotations

import itertools
import re

from srs.reading.acronyms import JOINERS, is_acronym, spelled_by
from srs.reading.phrases import STOPWORDS, without_s

__all__ = [
    "abbreviates_name",
    "initials",
    "inner_acronym",
    "parts",
    "pieced_from",
    "shows_name",
    "shows_name_cased",
    "spelled_in_order",
    "tokens",
]

_GENERIC_TOKENS = frozenset(
    {
        *("model", "models", "paper", "papers", "method", "network", "networks", "learning"),
        *("system", "systems", "data", "language", "large", "deep", "neural", "based"),
        *("the", "and", "for", "with", "from", "into", "via", "its", "all", "you", "are"),
    }
)


def tokens(name: str) -> list[str]:
    """The words of a name that give it away when they show: `LLaMA` of `LLaMA 1`, `tree` of
    `LSM-tree`, not `model` or a version number."""
    words = re.findall(r"[^\W\d_]{3,}", name)
    return [w.casefold() for w in words if w.casefold() not in _GENERIC_TOKENS]


def parts(name: str) -> list[str]:
    """A name's words and the parts of its camel-cased words (`GraphRAG` -> graph, rag)."""
    out: list[str] = []
    for word in re.findall(r"[^\W_]+", name):
        out.append(word.casefold())
        out += [p.casefold() for p in re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", word)]
    return [p for p in dict.fromkeys(out) if len(p) >= 3 and p not in _GENERIC_TOKENS]


def shows_name(name: str, text: str) -> bool:
    """The name is as good as on `text`: one of its words or parts shows (as itself or its
    stem: `relations` for `Relational model`), or the text spells it or one of its acronyms."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    stems = {w[:6] for w in words if len(w) >= 6}
    # the name's words written as words are (`Eddies`, `Interesting orders`; not `TimesFM`)
    plain_words = {w.casefold() for w in name.split() if w[1:] == w[1:].casefold()}
    inflected = {word_root(w) for w in words if len(w) >= 6}
    for part in parts(name):
        if part in words or (len(part) >= 6 and part[:6] in stems):
            return True
        if len(part) >= 4 and any(w.startswith(part) and len(w) - len(part) <= 3 for w in words):
            return True  # `Eventual` in `eventually` (but not `instruct` in `instructions`)
        if len(part) >= 4 and part in plain_words and without_s(part) in words:
            return True  # `Eddies` on "… routed by an eddy …" (not `Times` of TimesFM)
        if len(part) >= 4 and part.isalpha() and part in {without_s(w) for w in words}:
            return True  # `Query2box` on "Queries become boxes …": its part in the plural
        if len(part) >= 6 and (
            word_root(part) in inflected
            or (part.startswith("re") and word_root(part[2:]) in inflected)
        ):
            # `Sampling rate` on "Samples per second", `Resampling` on "Changing the sample
            # rate": the same word, inflected (or done again)
            return True
        doubled = _DOUBLED_BEFORE_ENDING.fullmatch(part)
        if doubled is not None and doubled.group(1) + doubled.group(2) in words:
            # `Recapping` on "Workers uncap a cell, inspect it and recap it" (r170 glossary,
            # useless): the verb, its last consonant doubled before `-ing`
            return True
    camel = re.findall(r"[A-Z][a-z]+", name)
    # `MoCo` on "… momentum-updated … contrastive …": every camel-cased part starts a word
    if (
        len(camel) >= 2
        and "".join(camel) == re.sub(r"[^A-Za-z]", "", name)
        and all(any(w.startswith(part.casefold()) for w in words) for part in camel)
    ):
        return True
    if _counted_initials(name.strip(" *_"), text) or _letter_and_dimension(name.strip(" *_"), text):
        return True
    if _latin_root_grown(name.strip(" *_"), words):
        return True
    if _same_span_of_time(name, text):
        return True
    if inner_acronym(name, text):
        return True
    # `TAS-B` on "… with Balanced Topic Aware Sampling": an acronym before a hyphen, its
    # words one after another
    for token in re.split(r"[-\s]", name):
        if len(token) >= 3 and is_acronym(token) and spelled_by(token, text):
            return True
    for token in [name, *name.split()]:
        token = token.strip(" *_")
        if (
            is_acronym(token)
            and (
                spelled_by(token, text)
                or _loosely_spelled(token, text)
                or _capitals_spell(token, text)
                or _scrambled_initials(token, text)
                # `MAE` from *Masked Autoencoders*: a capital may continue a word too
                or (len(token) >= 3 and spelled_by(token[0] + token[1:].lower(), text))
            )
        ):
            return True
    return False


_INFLECTIONS = ("ing", "ed", "es", "s", "e")
#: `recapping`, `stopped`: a verb whose last consonant doubles before its ending
_DOUBLED_BEFORE_ENDING = re.compile(r"([a-z]{2,}?[aeiou])([b-df-hj-np-tv-z])\2(?:ing|ed)")


def _latin_root_grown(name: str, words: list[str]) -> bool:
    """`thymectomy` for *Thymus* (r107 glossary): a one-word name's Latin root grown into
    another word of the text."""
    lowered = name.casefold()
    root = re.sub(r"(?:us|um|is)$", "", lowered)
    if not re.fullmatch(r"[a-z]{6,}", lowered) or root == lowered or len(root) < 4:
        return False
    return any(w.startswith(root) for w in words)


def shows_name_cased(name: str, text: str) -> bool:
    """What only the text's own case shows: a proper name's word that starts a capitalised
    word (`Borg` in "Borgmaster replicated 5x …", r105 notes), a one-word name's letters in
    a capitalised abbreviation (`IFN-α/β` for *Interferon*, r107 glossary)."""
    words = name.split()
    # (a proper noun shows as one only in a title in sentence case: `… at Google with Borg`)
    sentence_case = any(re.fullmatch(r"[a-z]{5,}", w) for w in words[1:])
    proper = {w.casefold() for w in words[1:] if re.fullmatch(r"[A-Z][a-z]{3,}", w)}
    capitalised = [w.casefold() for w in re.findall(r"\b[A-Z][a-z]+\w*", text)]
    if sentence_case and any(
        w.startswith(p) and len(w) - len(p) >= 3 for p in proper for w in capitalised
    ):
        return True
    bare = name.strip(" *_")
    if not re.fullmatch(r"[A-Z][a-z]{5,}", bare):
        return False
    lowered = bare.casefold()
    for token in re.findall(r"(?<![\w-])[A-Z]{3,5}(?![A-Za-z])", text):
        # (its first and last letters, the rest in order: `IFN`, not `WASI` for Wasmtime)
        rest = iter(lowered[1:])
        ends = token[0].casefold() == lowered[0] and token[-1].casefold() == lowered[-1]
        if ends and all(ch in rest for ch in token[1:].casefold()):
            return True
    return False


def word_root(word: str) -> str:
    """`sampling`, `samples`, `sampled` → `sampl`: a word without its inflection."""
    for ending in _INFLECTIONS:  # (the longest first, as the pattern `ing|ed|es|s|e$` did)
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def inner_acronym(name: str, text: str) -> bool:
    """`IoU` on the front of `GIoU`, `365` on the front of `Objects365`: an acronym of the
    text's (two capitals or more) that the name's one word holds, or its number of three
    digits or more."""
    word = name.strip(" *_")
    if " " in word:
        return False
    numbers = set(re.findall(r"(?<!\d)\d{3,}(?!\d)", word))
    if numbers & set(re.findall(r"(?<!\d)\d{3,}(?!\d)", text)):
        return True
    return any(
        len(token) >= 3 and token != word and token in word
        for token in re.findall(r"\b\w*[A-Z]\w*[A-Z]\w*\b", text)
    )


def initials(names: str) -> str:
    """`Fischer, Lynch and Paterson` -> `flp`."""
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]+", names) if w != "and").casefold()


def _loosely_spelled(acronym: str, front: str) -> bool:
    """`CAP` in "consistency (linearizability), availability and partition tolerance": the
    acronym's letters are the initials of words of the front, in order, close together."""
    letters = [ch.casefold() for ch in acronym if ch.isalpha()]
    if len(letters) < 3:
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", front.casefold()) if w not in {"and", "of", "the"}]
    for start, word in enumerate(words):
        if word[0] != letters[0]:
            continue
        at, found = start + 1, 1
        while found < len(letters) and at < len(words) and at - start <= 2 * len(letters):
            if words[at][0] == letters[found]:
                found += 1
            at += 1
        if found == len(letters):
            return True
    return nearly_spelled(acronym, front)


def nearly_spelled(acronym: str, text: str) -> bool:
    """`RoCE` in "RDMA over Ethernet", `KILT` in "knowledge-intensive tasks": words one
    after another whose initials are an acronym's (of four letters or more) but one inner
    letter — the word the text leaves out (Converged, Language)."""
    letters = [ch.casefold() for ch in acronym if ch.isalpha()]
    if len(letters) < 4:
        return False
    heads = "".join(
        w[0] for w in re.findall(r"[^\W\d_]+", text.casefold()) if w not in {"and", "of", "the"}
    )
    return any("".join(letters[:i] + letters[i + 1 :]) in heads for i in range(1, len(letters) - 1))


def _capitals_spell(acronym: str, text: str) -> bool:
    """`SNARK` in "Succinct Non-interactive ARgument of Knowledge": the words' initials,
    with the capitals inside a word (`ARgument`), one after another, spell it."""
    wanted = "".join(ch for ch in acronym if ch.isalpha()).upper()
    if len(wanted) < 3:
        return False
    heads = "".join(
        word[0].upper() + "".join(ch for ch in word[1:] if ch.isupper())
        for word in re.findall(r"[^\W\d_][\w'’-]*", text)
        if word.casefold() not in {"and", "of", "the", "a", "an", "for", "in", "on", "to"}
    )
    return wanted in heads


def _scrambled_initials(acronym: str, text: str) -> bool:
    """`LSGM` on "*Score-based Generative Modeling in Latent Space*": an acronym of four
    letters or more whose every letter starts its own word of a short text, in any order."""
    letters = [ch.casefold() for ch in acronym if ch.isalpha()]
    if len(letters) < 4 or not acronym.isupper():
        return False
    # (the capitalised words of a title: never a sentence's words in lower case)
    words = [
        w
        for w in re.findall(r"[^\W\d_]+", text)
        if w[:1].isupper() and w.casefold() not in STOPWORDS | _QUESTION_WORDS
    ]
    if len(words) > 3 * len(letters):
        return False
    starts = [w[0].casefold() for w in words]
    return all(starts.count(letter) >= letters.count(letter) for letter in set(letters))


def _letter_and_dimension(name: str, text: str) -> bool:
    """`C3D` on "… with 3D Convolutional Networks", `I3D` on "Inflates 2D ImageNet filters
    into 3D": a short name of letters and a dimension (`3D`), each on the text — the
    dimension as a word, each letter opening one."""
    pieces = re.findall(r"\d+[A-Za-z]|[A-Z]", name)
    if len(name) > 5 or "".join(pieces) != name or not any(p[0].isdigit() for p in pieces):
        return False
    words = re.findall(r"[\w-]+", text.casefold())
    return all(
        piece.casefold() in words
        if piece[0].isdigit()
        else any(w.startswith(piece.casefold()) for w in words)
        for piece in pieces
    )


#: a span of time by its figure and unit: `24-hour`, `24h`, `24 hours`, `7-day`, `6 min`
_SPAN = re.compile(
    r"(?<![\w.])(?P<n>\d+)\s?-?\s?(?P<unit>hours?|hrs?|h|minutes?|mins?|days?|d|weeks?|wks?|"
    r"months?|mo|years?|yrs?)(?![\w])",
    re.IGNORECASE,
)
#: a unit's short forms, in the singular (`hrs` → `hr` → hour)
_UNITS = {"h": "hour", "hr": "hour", "min": "minute", "d": "day", "wk": "week", "mo": "month"}
_UNITS["yr"] = "year"


def _spans_of_time(text: str) -> set[tuple[str, str]]:
    """Each span of time `text` gives, as its figure and its unit's full singular name."""
    return {
        (match.group("n"), _UNITS.get(unit, unit))
        for match in _SPAN.finditer(text)
        for unit in [match.group("unit").casefold().rstrip("s")]
    }


def _same_span_of_time(name: str, text: str) -> bool:
    """`24-hour recall` on "… everything eaten in the previous 24h" (r154 glossary): the
    name's span of time, as figure and unit, however the text writes the unit."""
    said = _spans_of_time(name)
    return bool(said) and bool(said & _spans_of_time(text))


def _counted_initials(name: str, text: str) -> bool:
    """`H3` on "Hungry Hungry Hippos", `S4` on "… Sequences with Structured State Spaces": a
    letter and a count, and that many words of the text start with the letter."""
    found = re.fullmatch(r"([A-Za-z])([2-9])", name)
    if found is None:
        return False
    letter, count = found.group(1).casefold(), int(found.group(2))
    words = re.findall(r"[^\W\d_]+", text.casefold())
    counted = [w for w in words if len(w) >= 4 and w not in STOPWORDS | _QUESTION_WORDS]
    return bool(sum(word.startswith(letter) for word in counted) >= count)


_QUESTION_WORDS = frozenset({"this", "paper", "known", "what", "which", "described", "here"})


def abbreviates_name(name: str, text: str) -> bool:
    """`text` (as written: its capitals and hyphens count) abbreviates the name: a clipping
    (`max-ent`) or the capitals of a run of its words (`IRL`) — "Resolves ambiguity with
    max-ent; nearly every modern IRL method …" gives away "Maximum Entropy Inverse
    Reinforcement Learning"."""
    return (
        _clipped(name, text)
        or _run_acronym(name, text)
        or _joined_acronym(name, text)
        or _passing_acronym(name, text)
        or (is_acronym(name.strip(" *_")) and _capitals_spell(name.strip(" *_"), text))
    )


def _clipped(name: str, text: str) -> bool:
    """`max-ent` for "Maximum Entropy …": a hyphenated clipping whose pieces start two
    words of the name that follow each other."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", name)]
    for left, right in re.findall(r"\b([a-z]{2,4})-([a-z]{2,4})\b", text.casefold()):
        for first, second in itertools.pairwise(words):
            longer = len(first) > len(left) and len(second) > len(right)
            if longer and first.startswith(left) and second.startswith(right):
                return True
    return False


def _run_acronym(name: str, text: str) -> bool:
    """`IRL` for "Maximum Entropy Inverse Reinforcement Learning": the initials of three
    words of the name or more, one after another, written in capitals on the text."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.casefold() not in STOPWORDS]
    if len(words) < 3:
        return False
    shown = set(re.findall(r"\b[A-Z]{3,}s?\b", text))
    shown |= {token[:-1] for token in shown if token.endswith("s")}
    for size in range(3, len(words) + 1):
        for start in range(len(words) - size + 1):
            run = "".join(word[0] for word in words[start : start + size]).upper()
            if run in shown:
                return True
    return False


def _joined_acronym(name: str, text: str) -> bool:
    """`MoE` for "Deep Mixture of Experts": the initials of two words of the name or more,
    one after another, written on the text as the name writes them — a capital for each
    word, a small letter for the small word between (`of`)."""
    words = re.findall(r"[^\W\d_]+", name)
    shown = set(re.findall(r"\b[A-Z][a-z]?[A-Z][A-Za-z]{0,4}s?\b", text))
    shown = {token for token in shown if any(ch.islower() for ch in token.rstrip("s"))}
    if not shown:
        return False
    heads = [w[0].lower() if w.casefold() in STOPWORDS else w[0].upper() for w in words]
    for start in range(len(words)):
        for end in range(start + 2, len(words) + 1):
            run = "".join(heads[start:end])
            if sum(ch.isupper() for ch in run) >= 2 and (run in shown or f"{run}s" in shown):
                return True
    return False


def _passing_acronym(name: str, text: str) -> bool:
    """`OCC` for "On Optimistic Methods for Concurrency Control": the initials of the
    name's words in order, passing over one word at most (`Methods`), written in capitals
    on the text."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.casefold() not in STOPWORDS]
    heads = "".join(word[0] for word in words).upper()
    for token in set(re.findall(r"\b[A-Z]{3,}s?\b", text)):
        token = token.removesuffix("s") if token.endswith("s") and len(token) > 3 else token
        for start in (i for i, ch in enumerate(heads) if ch == token[0]):
            at, passed, index = 1, 0, start + 1
            while at < len(token) and index < len(heads) and passed <= 1:
                if heads[index] == token[at]:
                    at += 1
                else:
                    passed += 1
                index += 1
            if at == len(token) and passed <= 1:
                return True
    return False


def spelled_in_order(name: str, title: str) -> bool:
    """`SNAIL` in *A Simple Neural Attentive Meta-Learner*: an acronym's letters, in order,
    each the first letter of a word of the title (or of a hyphen's part) or a letter inside
    the word just begun, with most of them initials and at most one word passed over."""
    if not is_acronym(name):
        return False
    letters = [ch for ch in name.casefold() if ch.isalpha()]
    words = [w for w in re.split(r"[\s\-–:]+", title.casefold()) if w and w not in JOINERS]
    if len(letters) < 3 or not words or words[0][:1] != letters[0]:
        return False
    at = starts = passed = 0
    for index, word in enumerate(words):
        if at == len(letters):
            break
        if word[0] != letters[at]:
            passed += 1
            continue
        at, starts, inside = at + 1, starts + 1, 1
        following = words[index + 1][:1] if index + 1 < len(words) else ""
        while at < len(letters) and letters[at] != following:
            found = word.find(letters[at], inside)
            if found < 0:
                break
            at, inside = at + 1, found + 1
    return at == len(letters) and starts * 2 >= len(letters) and passed <= 1


def pieced_from(name: str, text: str) -> bool:
    """`bpref` of *"Binary preference"*, `Qrels` of *Short for "query relevance
    judgments"*: a one-word name (four letters or more) whose letters are the openings of
    two words of `text` or more, one after the other, joined (a plural's `s` at the end
    free; `of`, `and`, … passed over)."""
    letters = "".join(ch for ch in name.casefold() if ch.isalpha())
    if len(letters) < 4 or " " in name.strip():
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", text.casefold()) if w not in JOINERS]
    wanted = {letters, letters.removesuffix("s")} - {""}

    def pieces(at: int, index: int, goal: str) -> int:
        """How many words' openings, from word `index` on, spell `goal[at:]` (0 when
        nothing is left to spell, -1 when they cannot)."""
        if at == len(goal):
            return 0
        if index >= len(words):
            return -1
        word = words[index]
        best = -1
        for size in range(min(len(word), len(goal) - at), 0, -1):
            if word[:size] == goal[at : at + size]:
                rest = pieces(at + size, index + 1, goal)
                if rest >= 0:
                    best = max(best, rest + 1)
        return best

    return any(pieces(0, start, goal) >= 2 for goal in wanted for start in range(len(words)))
