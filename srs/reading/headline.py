"""A blog's headline lead-in: `**BM25, properly.** Robertson and Zaragoza, ["The
Probabilistic Relevance Framework: BM25 and Beyond"](doi), 2009. …`.

Bold words that make a sentence (`**Start with the textbook, honestly.**`, `**RankNet is
the ancestor of everything.**`) are the post's own heading for an entry, not the name of
what it is about: the paper it cites right after is. The entry takes that paper's title,
and the short name the heading or the text gives it (`BM25`, `RankNet`, `"monoBERT"`,
`aka **doc2query**`), if any.
"""

from __future__ import annotations

import re

from srs.reading.acronyms import is_acronym
from srs.reading.attribution import cut
from srs.reading.markdown import Run
from srs.reading.model import Link
from srs.reading.phrases import is_generic_link_text, is_name
from srs.text import clean_space

__all__ = ["cited_link", "headline_name", "is_headline"]

_SENTENCE_END = re.compile(r"[.!?…]$")
_QUOTED_NAME = re.compile(r"[\"“]([^\"“”\s]{2,30})[\"”]")
_TOKEN = re.compile(r"[^\W_][\w.+-]*[\w+]|[^\W_]")
# a token that is a name by its shape: `RankNet`, `LambdaMART`, `BM25`, `doc2query`, `DPR`
_NAME_SHAPE = re.compile(r"^(?=.*[A-Za-z])(?:.*[a-z][A-Z]|.*[A-Za-z]\d|.*\d[A-Za-z])")
_FIRST_WORDS = 40  # the cited paper comes first, after its authors (DPR has eight)


def is_headline(lead: str) -> bool:
    """Bold words that make a sentence, not a name: two words or more that end as a
    sentence does (a glossary's `**Stein variational gradient descent (SVGD)**:` is a
    term)."""
    text = clean_space(lead).strip(" *_")
    return (
        len(text.split()) >= 2
        and _SENTENCE_END.search(text) is not None
        and not text.endswith(("et al.", "etc.", "vs.", "e.g.", "i.e."))
    )


def _shaped_name(word: str) -> bool:
    return is_acronym(word) or bool(_NAME_SHAPE.match(word))


def headline_name(lead: str, body: list[Run]) -> str:
    """The short name of what a headline's entry cites: one the heading quotes
    (`BERT as a re-ranker ("monoBERT")`), one the text sets in bold (`aka **doc2query**`),
    else a word of the heading shaped like a name (`BM25`, `RankNet`); "" if none."""
    quoted = _QUOTED_NAME.search(lead)
    if quoted and _shaped_name(quoted.group(1)):
        return str(quoted.group(1))
    for run in body:
        word = run.text.strip(" *_.,;:()")
        if run.bold and run.link is None and " " not in word and _shaped_name(word):
            return str(word)
    for word in _TOKEN.findall(lead):
        if _shaped_name(word):
            return str(word)
    return ""


def _cites(text: str) -> bool:
    """`Liu & Wang 2016`: link text that is a citation, not a title."""
    found, rest = cut(text)
    return bool(found.authors or found.year) and len(rest.split()) <= 1


def _names_paper(text: str) -> bool:
    """A title (three words or more) or a name of two (`Wasserstein GAN`), not `pdf`, a
    URL or a citation."""
    words = text.split()
    if is_generic_link_text(text) or _cites(text) or not text[:1].isupper():
        return False  # not `pdf`, a URL, `Liu & Wang 2016` or `the original paper`
    return len(words) >= 3 or (len(words) == 2 and is_name(text))


def cited_link(body: list[Run]) -> Link | None:
    """The paper a headline's text cites first: a link among its first words whose text
    is a title (three words or more, not `pdf` or a URL)."""
    seen = 0
    for run in body:
        if run.link is not None and not run.footnote and not run.anchor:
            text = clean_space(run.link.text).strip(' "“”*_')
            if _names_paper(text):
                return run.link
        seen += len(run.text.split())
        if seen > _FIRST_WORDS:
            break
    return None
