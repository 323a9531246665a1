"""An entry's text cut into facts a card can ask about, one at a time.

The minimum-information rule: one recall, one fact. A description is split
into sentences, long sentences at their clause breaks, and the title is
taken off the front of the first one, so a card's answer is a short fact,
not the whole entry pasted again. Also here: which phrases may be hidden in
a cloze (never one item of a list of three or more, never a whole clause)
and masking the title out of a text.
"""

from __future__ import annotations

import re

from srs.deck.reading_list import Entry

__all__ = [
    "MASK",
    "MAX_ANSWER_WORDS",
    "content_words",
    "facts",
    "in_list",
    "is_clause",
    "is_name",
    "mask_title",
    "sentences",
    "title_variants",
    "variant_pattern",
]

MASK = "___"
#: no template answer is longer than this (links and ids not counted)
MAX_ANSWER_WORDS = 45
_SPLIT_OVER = 30  # words: a longer sentence is cut at its clause breaks
_MIN_FACT_WORDS = 3
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[^a-z])")
_CLAUSE_BREAK = re.compile(r"\s+[-–—]\s+|;\s+")
_LEAD_SEPARATOR = re.compile(r"^[\s:;,.\-–—]+")
_LIST_SEPARATOR = re.compile(r"\s*(?:,|:|/|&|\band\b|\bor\b)\s*", re.IGNORECASE)
_CAPITALISED = re.compile(r"^[\W_]*[A-Z0-9]")
_NAME_AT_END = re.compile(r"(?:^|\s)[A-Z0-9][\w.+-]*$")
_NAME_AT_START = re.compile(r"^[A-Z0-9]")
_JOINERS = frozenset({"of", "on", "for", "the", "in", "to", "vs", "and", "a", "an", "by", "with"})
_TITLE_SUFFIX = re.compile(
    r"\s+(papers?|blog ?posts?|blogpost|challenge|benchmark|book|survey)$", re.IGNORECASE
)
_VERBS = frozenset(
    {
        *("is", "are", "was", "were", "be", "been", "being", "has", "have", "had"),
        *("do", "does", "did", "can", "could", "will", "would", "should", "may"),
        *("might", "must", "shall", "need", "needs"),
    }
)
_STOPWORDS = _VERBS | frozenset(
    {
        *("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "with"),
        *("by", "from", "as", "at", "into", "via", "vs", "it", "its", "this", "that"),
        *("these", "those", "which", "who", "what", "how", "why", "when", "where"),
        *("their", "there", "than", "then", "so", "also", "not", "no"),
    }
)
_WORD = re.compile(r"[\w][\w.+'’-]*")
_ARXIV_LINE = re.compile(r"^(?:papers|related):.*$", re.IGNORECASE | re.MULTILINE)


def _words(text: str) -> list[str]:
    return text.split()


def sentences(text: str) -> list[str]:
    """Sentences of `text`; one over 30 words is cut at its dashes and semicolons."""
    out: list[str] = []
    for sentence in _SENTENCE.split(text.strip()):
        sentence = sentence.strip()
        if not sentence:
            continue
        if len(_words(sentence)) > _SPLIT_OVER:
            out.extend(part.strip() for part in _CLAUSE_BREAK.split(sentence) if part.strip())
        else:
            out.append(sentence)
    return out


def _cap(text: str) -> str:
    """A fact of at most `MAX_ANSWER_WORDS` words, cut at a comma where it must be cut."""
    words = _words(text)
    if len(words) <= MAX_ANSWER_WORDS:
        return text
    head = " ".join(words[: MAX_ANSWER_WORDS - 1])
    comma = head.rfind(", ")
    if comma > len(head) // 2:
        head = head[:comma]
    return head.rstrip(" ,;:-–—") + " …"


def facts(entry: Entry) -> list[str]:
    """The entry's facts in order, the title taken off the front of the first.

    Fragments of fewer than three words ("Self explanatory.") are not facts.
    """
    found: list[str] = []
    for index, sentence in enumerate(sentences(entry.description)):
        if index == 0 and sentence.casefold().startswith(entry.title.casefold()):
            sentence = _LEAD_SEPARATOR.sub("", sentence[len(entry.title) :])
        sentence = sentence.strip()
        if (
            len(content_words(sentence)) >= _MIN_FACT_WORDS - 1
            and len(_words(sentence)) >= _MIN_FACT_WORDS
        ):
            found.append(_cap(sentence))
    return found


def content_words(text: str) -> list[str]:
    """The words that carry meaning: casefolded, without stop words, `Papers:` lines or ids."""
    text = _ARXIV_LINE.sub(" ", text)
    return [
        word
        for raw in _WORD.findall(text.casefold())
        if (word := raw.strip(".'’-")) and word not in _STOPWORDS and not word.startswith("arxiv")
    ]


def in_list(sentence: str, start: int, end: int) -> bool:
    """True when `sentence[start:end]` is one item of a list of three or more.

    The sentence is cut at commas, colons, slashes, `&`, `and` and `or`. The
    phrase is an item when it starts or ends its piece; a neighbour is an item
    when it is a word or two, or a short name; and a short clause that touches
    the list with a name is its first or last item ("You can also view Mistral
    7B, Mixtral and Pixtral as a branch…"). Three items in a row are a list.
    """
    pieces: list[tuple[int, int]] = []
    last = 0
    for match in _LIST_SEPARATOR.finditer(sentence):
        pieces.append((last, match.start()))
        last = match.end()
    pieces.append((last, len(sentence)))
    pieces = [(a, b) for a, b in pieces if sentence[a:b].strip(" .!?")]
    here = next((i for i, (a, b) in enumerate(pieces) if a <= start < b), None)
    if here is None:
        return False
    a, b = pieces[here]
    quote = " .!?\"'”’“‘"
    if sentence[a:start].strip(quote) and sentence[end:b].strip(quote):
        return False  # inside its piece, not an item of it

    def text(i: int) -> str:
        a, b = pieces[i]
        return sentence[a:b].strip(" .!?")

    def item(i: int) -> bool:
        """A piece that reads as a list item: a word or two, or a short name."""
        piece = text(i)
        count = len(_words(piece))
        return count <= 2 or (count <= 4 and bool(_NAME_AT_START.match(piece)))

    def edge(i: int, name: re.Pattern[str]) -> bool:
        """The list's first or last piece: a short clause touching the list with a name."""
        return len(_words(text(i))) <= 7 and bool(name.search(text(i)))

    left = here
    while left > 0 and item(left - 1):
        left -= 1
    if left > 0 and edge(left - 1, _NAME_AT_END):
        left -= 1
    right = here
    while right + 1 < len(pieces) and item(right + 1):
        right += 1
    if right + 1 < len(pieces) and edge(right + 1, _NAME_AT_START):
        right += 1
    return right - left + 1 >= 3


def is_name(text: str) -> bool:
    """A phrase that names a thing: `Ahead of AI`, `DETRs Beat YOLOs`, not `used by OpenAI`.

    Every word is capitalised or has a digit, but for short joining words.
    """
    words = text.replace("’", "'").split()
    if not words or words[-1].endswith("'s") or not _CAPITALISED.match(words[0]):
        return False
    return all(_CAPITALISED.match(w) or w.casefold() in _JOINERS for w in words)


def is_clause(phrase: str, sentence: str) -> bool:
    """A phrase too big to hide: more than six words, half the sentence, or it has a verb."""
    words = _words(phrase)
    if len(words) > 6 or "," in phrase:
        return True
    if len(words) >= 3 and len(words) * 2 >= len(_words(sentence)):
        return True
    return len(words) >= 3 and any(word.casefold() in _VERBS for word in words)


def title_variants(entry: Entry) -> list[str]:
    """The title and its obvious variants, longest first."""
    found = {entry.title, _TITLE_SUFFIX.sub("", entry.title)}
    found.update(link.text for link in entry.title_links)
    for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", entry.title):
        found.add(_TITLE_SUFFIX.sub("", part.strip()))
    useful = {v.strip() for v in found if len(v.strip()) >= 2 and any(c.isalpha() for c in v)}
    return sorted(useful, key=lambda v: (-len(v), v))


def variant_pattern(variant: str) -> str:
    """A regex matching `variant` as whole words, any spacing or hyphenation."""
    words = [re.escape(w) for w in re.split(r"[\s\-]+", variant) if w]
    return r"(?<!\w)(?<!\d[.,])" + r"[\s\-]+".join(words) + r"(?!\w|[.,]\d)"


def mask_title(entry: Entry, text: str | None = None) -> str:
    """`text` (default: the description) with the title and its variants masked."""
    text = entry.description if text is None else text
    for variant in title_variants(entry):
        text = re.sub(variant_pattern(variant), MASK, text, flags=re.IGNORECASE)
    return re.sub(rf"{MASK}(?:[\s,/&]*{MASK})+", MASK, text)
