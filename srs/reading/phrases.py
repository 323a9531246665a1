"""What a phrase is: a name, one item of a list, a clause, or a few meaningful words.

Small predicates the reading of an entry and the card gate share.
"""

from __future__ import annotations

import re
from functools import lru_cache

from srs.reading.orgs import LABS
from srs.reading.remarks import MONTH

__all__ = [
    "CONDITION_FIRST",
    "DESCRIBING_WORD",
    "DOCUMENTS",
    "GENERIC_LINK_TEXT",
    "IMPRINT",
    "JOURNAL_VOLUME",
    "PLACE_AND_PUBLISHER",
    "POINTING",
    "PUBLISHED_AT",
    "RENAMED",
    "STOPWORDS",
    "VERBS",
    "compiled",
    "content_words",
    "find_word",
    "in_list",
    "is_clause",
    "is_generic_link_text",
    "is_journal_citation",
    "is_name",
    "name_pattern",
    "partition_outside_brackets",
    "replace_word",
    "squash",
    "without_journal_citation",
    "without_s",
]

#: `With a fixed protocol (…), plain ERM is …`: a sentence that opens on its condition
CONDITION_FIRST = re.compile(
    r"(?i:with|without)\s[^,;]{3,80}?(?:\([^()]*\))?,\s+[^,;]*?\b(?:is|are|was|were|has|have|"
    r"beats?|matches|outperforms?|gets|reaches|drops?|fails?)\b"
    # (`with random mating, an infinite population and no selection, mutation or migration,
    # genotype frequencies reach p², 2pq, q² …` (r119 glossary): a list of conditions, then
    # a subject of a few words and its verb)
    r"|(?i:with|without|under|given|assuming)\s[^;]{3,160}?,\s+(?:[^\s,;]+\s+){1,4}"
    r"(?i:is|are|was|were|has|have|reach(?:es)?|stays?|becomes?|gets?|beats?|matches|fix(?:es)?|"
    r"converges?|holds?|gives?|equals?|drops?|fails?|raises?|falls?|grows?|decays?|yields?|"
    r"scales?|wins?|loses?)\b"
)

#: a document or a part of one, never a term of the field: `Khronos wiki: …`, `README: 10k+
#: vulns … fixed` (r104 notes: where the note read it)
DOCUMENTS = frozenset(
    {
        *("wiki", "chapter", "docs", "doc", "blog", "post", "paper", "book", "talk"),
        *("section", "guide", "spec", "site", "video", "repo", "readme", "abstract", "faq"),
        *("changelog", "homepage", "website", "announcement", "tweet", "thread", "slides"),
    }
)


#: a word that describes a work, never names it: `JAX-based`, `Pre-deep-learning`
DESCRIBING_WORD = re.compile(
    r"-(?:based|like|style|only|free|aware|friendly|compatible|native|specific|powered|driven)$"
    # (`Pre-deep-learning.` (r159 awesome, "the title of the **Pre-deep-learning** paper"):
    # when it came, a prefix before lower-case words)
    r"|^(?:Pre|Post|Non|Anti|Semi|Pseudo|Quasi|Early|Late|Mid)-[a-z]+(?:-[a-z]+)*$"
)


#: a book's place of publication and its publisher: `The Hague: Mouton.`, `Cambridge, MA:
#: MIT Press.`, `Leipzig: MPI-EVA.`
#: (a publisher by its word: `RotoWire: NBA box scores → …`, `FVD: Fréchet distance on I3D
#: features.` name a work, then say what it is)
PUBLISHED_AT = re.compile(
    r"^[*_]*(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s*[A-Z]{2}\.?)?\s*:\s+"
    r"(?=[^.:;()]*\b(?:Press|Publish\w*|Verlag|Books|Mouton|Gruyter|Benjamins|Blackwell|Wiley|"
    r"Springer|Elsevier|Routledge|Brill|Foris|Kluwer|Reidel|Pergamon|Penguin|Norton|Knopf|"
    r"Macmillan|Longman|Harper\w*|CSLI|MPI[\w-]*|Institute|University|AIAS|Academic|Clarendon|"
    r"Dover|Kaufmann|Addison[\w-]*|O['’]Reilly)\b)"
    r"(?:[A-Z]|(?:de|van|von|du|di)\s)[^.:;()]{1,60}\.(?:\s|$)"
)
#: a part of a book by its kind: `Introduction`, `Preface`, `Afterword` (a reading's place in
#: an edited book, a title's head that names no work)
BOOK_PARTS = (
    r"(?:introduction|preface|foreword|afterword|epilogue|prologue|conclusions?|postscript)"
)
#: `(London: Bell, 1949)`, `(New York: Basic Books, 1999)`: a place, its publisher, a year
_IMPRINT = (
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?:,\s*[A-Z]{2})?:\s+"
    # (`University of Chicago Press`, `W. W. Norton`: a publisher's words, joiners and all)
    r"[A-Z][\w&.'’-]*(?:\s+(?:of|and|the|&|[A-Z&][\w&.'’-]*)){0,5},\s+(?:1[4-9]|20)\d\d"
)
PLACE_AND_PUBLISHER = re.compile(rf"\({_IMPRINT}\)")
#: the same, as a reading's sentence: `Durham: Duke University Press, 2006.` (r175 syllabus,
#: "Who made …? → Durham, 2006")
IMPRINT = re.compile(rf"\s*{_IMPRINT}\b")
#: a journal, its volume and issue, then its pages or article number: `Science Advances
#: 9(16): eadg6175.`
JOURNAL_VOLUME = re.compile(r"^[*_]*[A-Z][\w&'’. -]{1,60}?[*_]*\s+\d{1,4}\s*\(\d{1,4}\)\s*[:,]")


#: words that lean on what came before (`takes it to huge tables`, `them`, `above`): a
#: clause holding one says nothing alone
POINTING = re.compile(
    r"\b(?:it|its|this|that one|them|they|these|those|above|below)\b", re.IGNORECASE
)
#: how a bracket opens on a thing's former name: `(formerly *Leuconostoc oenos*; Dicks … 1995)`
#: (whoever that bracket cites renamed the thing, never made the term it is named under)
RENAMED = r"(?:formerly|previously|n[ée]e|syn\.|synonym)\s"
_NOT_ALNUM = re.compile(r"[\W_]+")
# ACL Anthology ids: `W18-6319`, `P03-1021`, `2020.tacl-1.47`, `2023.acl-long.12`
_ANTHOLOGY_ID = re.compile(r"^(?:[a-z]\d{2}-\d{4}|\d{4}\.[a-z]+(?:-[a-z]+)*-\w+\.\d+)$")
_LIST_SEPARATOR = re.compile(r"\s*(?:,|/|&|\band\b|\bor\b)\s*", re.IGNORECASE)
_CAPITALISED = re.compile(r"^[\W_]*(?:[A-Z0-9]|[a-z]+[A-Z0-9])")  # `wav2vec`, `iTransformer` too
_NAME_AT_END = re.compile(r"(?:^|\s)[A-Z0-9][\w.+-]*$")
_NAME_AT_START = re.compile(r"^(?:[Tt]he\s+)?[A-Z0-9]")
_UPPER_START = re.compile(r"^(?:the\s+)?[A-Z0-9]")
_JOINERS = frozenset({"of", "on", "for", "the", "in", "to", "vs", "and", "a", "an", "by", "with"})
VERBS = frozenset(
    {
        *("is", "are", "was", "were", "be", "been", "being", "has", "have", "had"),
        *("do", "does", "did", "can", "could", "will", "would", "should", "may"),
        *("might", "must", "shall", "need", "needs"),
    }
)
STOPWORDS = VERBS | frozenset(
    {
        *("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "with"),
        *("by", "from", "as", "at", "into", "via", "vs", "it", "its", "this", "that"),
        *("these", "those", "which", "who", "what", "how", "why", "when", "where"),
        *("their", "there", "than", "then", "so", "also", "not", "no"),
    }
)
#: words that stand for the things a sentence counts, never a name: `Both: great for …`
QUANTIFIERS = frozenset(
    {
        *("both", "all", "each", "either", "neither", "most", "some", "many", "few"),
        *("several", "others", "another", "none", "every", "any"),
    }
)
_WORD = re.compile(r"[\w][\w.+'’-]*")
_ARXIV_LINE = re.compile(r"^(?:papers|related):.*$", re.IGNORECASE | re.MULTILINE)
_ARXIV_ID = re.compile(r"^(?:arxiv:?)?\s*\d{4}\.\d{4,5}(?:v\d+)?$", re.IGNORECASE)
#: link texts that say what a link is, never what it is about
GENERIC_LINK_TEXT = frozenset(
    {
        *("here", "link", "links", "paper", "papers", "pdf", "arxiv", "abs", "html", "blog"),
        *("blogpost", "blog post", "post", "video", "podcast", "pod", "our pod", "talk"),
        *("our podcast", "talk version", "thread", "tweet", "code", "repo", "github"),
        *("slides", "site", "website", "source", "more", "project", "project page", "demo"),
        *("dataset", "data", "model", "weights", "notebook", "colab", "docs", "article"),
        *("report", "preprint", "openreview", "acl anthology", "anthology", "web", "url"),
        *("transcript", "summary", "review", "lecture", "recording", "youtube", "medium"),
        *("substack", "this", "this one", "that", "official", "huggingface", "hf", "leaderboard"),
        *("card", "system card", "announcement", "press", "read", "watch", "listen", "see"),
        *("ls live", "ls talk", "our episode", "episode", "newsletter", "bibtex", "citation"),
        *("nature", "science", "cell", "acm", "ieee", "usenix", "springer", "doi", "dl"),
        *("acm dl", "acm digital library", "jstor", "ieee xplore", "dblp", "semantic scholar"),
        *("google scholar", "springer link", "paper + artifact", "lipics", "pmlr"),
        *("cvf", "cvf open access", "thecvf", "ecva", "neurips proceedings", "proceedings"),
        # the indexes of astronomy and medicine (`([ADS](https://ui.adsabs.harvard.edu/…))`)
        *("ads", "nasa ads", "pubmed", "pmc", "europe pmc", "biorxiv", "medrxiv", "ssrn"),
        # `[open access](https://data-feminism.mitpress.mit.edu/)` (r89 syllabus)
        *("open access", "free online", "free pdf", "online", "free version", "read online"),
        # `[full text](https://genomebiology.biomedcentral.com/…) · [Bioconductor](…)` (r109)
        *("full text", "full-text", "fulltext", "bioconductor", "cran", "pypi"),
        # `[English version](https://neurovenge.antonomase.fr/) — bibliometric history …`
        # (r161 syllabus, "Neurons Spike Back → English version — …"): which language
        *("english version", "english translation", "translation", "pdf version"),
        # `**LuaJIT SSA IR** wiki page (b) — http://wiki.luajit.org/SSA-IR-2.0` (r178 notes,
        # its gist "wiki page (b)")
        *("wiki", "wiki page", "the wiki", "wiki entry", "wikipedia", "wikipedia page"),
        # journals a link's text names (`([AJE](https://doi.org/10.1093/aje/…))`, r110)
        *("bmj", "aje", "ije", "jech", "jama", "nejm", "lancet", "the lancet", "pnas"),
        *("proc r soc a", "proc r soc b", "plos one", "plos med", "elife"),
        # publishers a link's text names (`[OUP](https://academic.oup.com/…)`, r119 syllabus)
        *("oup", "wiley", "sciencedirect", "elsevier", "taylor & francis", "cup"),
    }
)


def content_words(text: str) -> list[str]:
    """The words that carry meaning: casefolded, without stop words, `Papers:` lines or ids."""
    text = _ARXIV_LINE.sub(" ", text)
    return [
        word
        for raw in _WORD.findall(text.casefold())
        if (word := raw.strip(".'’-")) and word not in STOPWORDS and not word.startswith("arxiv")
    ]


@lru_cache(maxsize=8192)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, kept here: the patterns built from an entry's own names and titles
    are many, and in `re`'s own cache (512, oldest out first) they push out the module's
    patterns and each other — a 100× list (one list a hundred times over) compiled its
    titles' patterns again on every copy."""
    return re.compile(pattern, flags)


@lru_cache(maxsize=8192)
def squash(text: str) -> str:
    """Letters and digits only, casefolded: `GPT-4` and `GPT4` squash alike."""
    return _NOT_ALNUM.sub("", text.casefold())


def is_generic_link_text(text: str) -> bool:
    """`pdf`, `[paper]`, `talk version`, an arXiv id or a URL: says what a link is, not what
    it is about."""
    bare = text.strip(" []()<>{}.,:;*_\"'").casefold()
    plain = bare.split("(")[0].strip()  # `PDF (NeurIPS proceedings)`
    return (
        not bare
        or bare in GENERIC_LINK_TEXT
        or plain in GENERIC_LINK_TEXT
        or bool(_ARXIV_ID.match(bare))
        or bool(_ANTHOLOGY_ID.match(bare))
        or bare.startswith(("http://", "https://", "www.", "doi:", "10.", "arxiv:"))
        or _kind_of_link(bare)
        or _documents_only(bare)
        or _OWNERS_PAGE.fullmatch(bare) is not None
        or is_journal_citation(bare)
        or _ABBREVIATED_JOURNAL.fullmatch(text.strip(" []()<>{}.,:;*_\"'")) is not None
    )


#: a journal by its abbreviated name: `Psych. Science in the Public Interest` (r151 table, a
#: row's title "*Psych. Science in the Public Interest*"), `J. Mach. Learn. Res.`, `Ann. Stat.`
_ABBREVIATED_JOURNAL = re.compile(
    r"(?!(?:St|Dr|Mr|Mrs|Ms|Prof|Mt|No|Vol)\.)(?:[A-Z][a-z]{1,6}\.|[A-Z]\.(?=\s+[A-Z][a-z]{1,6}\.))"
    r"(?:\s+(?:[A-Z][\w&-]*\.?|of|in|on|the|and|&))+"
)


#: a volume (its issue), then its first page (a year is no page: `IEEE Trans. ASSP 34(5),
#: 1986` says when, read as such)
_VOLUME_PAGE = (
    r"[a-z]?\d{1,4}(?:\s*\(\d{1,3}\))?\s*[,:]\s*(?!(?:19|20)\d\d\b(?!\s*[-–]))"
    r"[a-z]?\d{1,7}(?:\s*[-–]\s*[a-z]?\d{1,7})?(?:\s*\((?:19|20)\d\d\))?"
)
#: a journal, its volume and first page: `J. Chem. Phys. 124, 244704`, `Nature 624, 80`,
#: `Phys. Rev. B 87, 184115`, `npj Comput. Mater. 7, 185`
_JOURNAL_CITATION = re.compile(
    rf"(?P<journal>(?:[a-z][\w&’'-]*\.?:?\s+){{1,6}}){_VOLUME_PAGE}", re.IGNORECASE
)
#: the words of a journal's name (abbreviated ones end in a stop: `Phys.`, `Mater.`)
_JOURNAL_WORDS = frozenset(
    {"nature", "science", "cell", "materials", "matter", "letters", "review", "reviews"}
    | {"journal", "physics", "chemistry", "proceedings", "transactions", "communications"}
    | {"advances", "neuron", "pnas", "jacs", "acs", "apl", "npj", "annals", "reports"}
)


#: a journal citation that opens a text: `, npj Comput. Mater. 7, 185. From NIST …`
_JOURNAL_CITATION_FIRST = re.compile(
    rf"^[\s,;:.—–-]*(?P<cite>(?:[A-Za-z][\w&’'-]*\.?:?\s+){{1,6}}?{_VOLUME_PAGE})\s*[.;,]?(?=\s|$)"
)


def without_journal_citation(text: str) -> str:
    """`, npj Comput. Mater. 7, 185. From NIST (JARVIS). Runs message passing …` (r150
    blog, asked "What is **ALIGNN**? → npj Comput. Mater") without the citation it opens
    with: where the paper appeared, never what it is."""
    found = _JOURNAL_CITATION_FIRST.match(text)
    if found is None or not is_journal_citation(found["cite"]):
        return text
    return text[found.end() :].lstrip()


#: the same without the comma: `Nuclear Fusion 47 S128`, `Nuclear Fusion 59 056008` (r151
#: blog, asked "What is the title of the **ITER** paper? → *Nuclear Fusion 47 S128*")
_JOURNAL_VOLUME_PAGE = re.compile(
    r"(?:[A-Z][\w&’'-]*\.?\s+){1,5}\d{1,4}\s+(?:[A-Za-z]\d{1,6}|\d{4,7})"
    r"(?:\s*[-–]\s*[A-Za-z]?\d{1,7})?",
    re.IGNORECASE,
)


def is_journal_citation(text: str) -> bool:
    """`J. Chem. Phys. 124, 244704` (r150 blog, asked "What is **J. Chem. Phys. 124,
    244704**?" for USPEX): where a paper appeared, by volume and page, never its name."""
    found = _JOURNAL_CITATION.fullmatch(text.strip(" .,;"))
    if found is None:
        spaced = _JOURNAL_VOLUME_PAGE.fullmatch(text.strip(" .,;"))
        return spaced is not None and not re.search(r"\b(?:19|20)\d\d$", spaced[0])
    words = found["journal"].split()
    return any(
        word.endswith((".", ".:")) or word.casefold().strip(":") in _JOURNAL_WORDS for word in words
    )


#: `Pearl's lab papers page` (r118 syllabus, read into the gist: "Pearl's lab papers page
#: The ID algorithm"), `Karpathy's copy`: whose page or copy it is
_OWNERS_PAGE = re.compile(
    r"[\w.-]+(?:\s+[\w.-]+)?['’]s\s+(?:[\w-]+\s+){0,2}(?:page|homepage|site|website|pdf|copy|"
    r"mirror|version|slides)"
)


#: what a link may hold and where (`technical report and weights on GitHub`)
_DOCUMENT_WORDS = frozenset(
    {"technical", "tech", "report", "weights", "code", "paper", "model", "card", "checkpoints"}
    | {"checkpoint", "ckpt", "ckpts", "models"}  # `Code/ckpts: [fschmid56/EfficientAT](…)`
    | {"data", "dataset", "blog", "post", "repo", "repository", "docs", "project", "page"}
    | {"book", "website", "site", "homepage"}  # `Book website`: a textbook's own page
)
_DOCUMENT_JOINERS = frozenset({"and", "&", "+", "the", "its", "on", "github", "hugging", "face"})


_DOCUMENT_WORD = re.compile(r"[\w&+]+")
_LAST_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


def _documents_only(bare: str) -> bool:
    """`technical report and weights on GitHub`, `code and weights`: the kinds of document a
    link holds, and where, without a name."""
    words = _DOCUMENT_WORD.findall(bare)
    return (
        len(words) >= 2
        and any(word in _DOCUMENT_WORDS for word in words)
        and all(word in _DOCUMENT_WORDS | _DOCUMENT_JOINERS for word in words)
    )


def _kind_of_link(bare: str) -> bool:
    """`the DeepMind blog post`, `the arXiv paper`, `Google's announcement`: the kind of page
    a link is, with whose it is (a lab's, arXiv's) — not `Toolformer paper`, a name."""
    # (`blog post, jan 2024`, `openai blog (march 2023)`: with when, r109 blog)
    bare = _WHEN_AFTER.sub("", bare)
    found = _KIND_OF_LINK.fullmatch(bare) if bare.endswith(_LINK_KINDS) else None
    if found is None:
        return False
    whose = found.group("whose").split()
    if bare.endswith(_POSTS) and len(whose) <= 2:
        return True  # `Adept blog post` (r109 blog, asked as Fuyu-8B's paper): anyone's post
    return all(word.rstrip("'’s") in _LABS or word in _LINK_QUALIFIERS for word in whose)


#: a date after a link's kind: `, Jan 2024`, ` (March 2023)`, `, 2024`
_WHEN_AFTER = re.compile(
    rf"(?:,\s*|\s*\()(?:(?i:{MONTH})\.?\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\)?$"
)
#: the kinds of page that are someone's post, never a work's name (`Toolformer paper` is)
_POSTS = ("blog post", "blog", "announcement", "press release", "tweet", "thread", "writeup")


_LINK_QUALIFIERS = frozenset({"arxiv", "official", "original", "announcement", "launch", "the"})
_LABS = frozenset(lab.casefold() for lab in LABS)
#: the kinds of page a link may be (one list: the quick test and the pattern)
_LINK_KINDS = (
    *("blog post", "blog", "post", "paper", "preprint", "announcement", "press release"),
    *("tweet", "thread", "video", "talk", "slides", "demo", "code", "repo", "writeup"),
    "write-up",
)


#: `the DeepMind blog post`, `the arXiv paper`, `Google's announcement`: what kind of page
#: a link is, with whose it is
_KIND_OF_LINK = re.compile(
    r"(?:the\s+|an?\s+)?(?P<whose>(?:[\w.'’-]+\s+){0,2}?)(?:"
    + "|".join(re.escape(kind) for kind in _LINK_KINDS)
    + ")"
)


def in_list(sentence: str, start: int, end: int) -> bool:
    """True when `sentence[start:end]` is one item of a list of three or more.

    The sentence is cut at commas, slashes, `&`, `and` and `or`. The
    phrase is an item when it starts or ends its piece; a neighbour is an item
    when it is a word or two, or a short name (a leading `the` or a bracket
    after it does not hide it); and a short clause that touches the list with a
    name is its first or last item ("You can also view Mistral 7B, Mixtral and
    Pixtral as a branch…"). Three items in a row are a list.
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
    before = sentence[a:start]
    # (`… shows up later (FastClick on DPDK, BESS, …)`, `use cases: DDoS drop, …`: a list
    # opens after a bracket or a colon)
    opened = re.search(r"(?:\(|:\s)(?=[^():]*$)", before)  # (the last, still open)
    rest = (
        sentence[end:].split(")", 1)[0]
        if opened is not None and opened.group(0) == "("
        else sentence[end:]
    )
    if opened is not None and "," in rest:  # (never `a model (CLMBR-T-base)`: a name alone)
        before = before[opened.end() :]
    before = before.strip(quote)
    after = re.sub(r"^\s*\([^()]*\)", "", sentence[end:b]).strip(quote)
    if before.casefold() in {"the", "a", "an"}:
        before = ""
    if before and after:
        return False  # inside its piece, not an item of it

    def text(i: int) -> str:
        a, b = pieces[i]
        piece = sentence[a:b].strip(" .!?")
        return _LAST_BRACKET.sub("", piece)  # `Grok (esp Grok 3)`

    def item(i: int) -> bool:
        """A piece that reads as a list item: a word or two, or a short name."""
        piece = text(i)
        count = len(piece.split())
        return count <= 2 or (count <= 4 and bool(_NAME_AT_START.match(piece)))

    def edge(i: int, name: re.Pattern[str]) -> bool:
        """The list's first or last piece: a short clause touching the list with a name."""
        return len(text(i).split()) <= 7 and bool(name.search(text(i)))

    left = here
    while left > 0 and item(left - 1):
        left -= 1
    if left > 0 and edge(left - 1, _NAME_AT_END):
        left -= 1
    right = here
    while right + 1 < len(pieces) and item(right + 1):
        right += 1
    if right + 1 < len(pieces) and edge(right + 1, _UPPER_START):
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
    words = phrase.split()
    if len(words) > 6 or "," in phrase:
        return True
    if len(words) >= 3 and len(words) * 2 >= len(sentence.split()):
        return True
    return len(words) >= 3 and any(word.casefold() in VERBS for word in words)


def name_pattern(name: str) -> str:
    """A regex matching `name` as whole words, any spacing or hyphenation."""
    words = [re.escape(w) for w in re.split(r"[\s\-]+", name) if w]
    return r"(?<!\w)(?<!\d[.,])" + r"[\s\-]*".join(words) + r"(?!\w|[.,]\d)"


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches


def find_word(text: str, word: str, start: int = 0) -> int:
    r"""Where `word` occurs in `text` not inside a longer word, or -1: the regex
    `(?<!\w)word(?!\w)` without compiling a pattern per word (a build looks up
    hundreds of names, each once)."""
    if not word:
        return -1
    at = text.find(word, start)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _word_char(text[at - 1])) and (
            end == len(text) or not _word_char(text[end])
        ):
            return at
        at = text.find(word, at + 1)
    return -1


def replace_word(text: str, word: str, new: str) -> str:
    """`text` with every whole-word `word` replaced by `new` (see `find_word`)."""
    out: list[str] = []
    last = 0
    at = find_word(text, word)
    while at != -1:
        out.append(text[last:at])
        out.append(new)
        last = at + len(word)
        at = find_word(text, word, last)
    out.append(text[last:])
    return "".join(out)


def without_s(word: str) -> str:
    """A word's form before its -s: a verb's base (`adds` -> add, `fixes` -> fix, `beat`
    -> beat) or a noun's singular (`eddies` -> eddy, `joins` -> join)."""
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def partition_outside_brackets(text: str, sep: str) -> tuple[str, str, str]:
    """`str.partition` at the first `sep` outside round or square brackets (`(2018; arXiv
    2016)` has no `;` of its own; `languages (Romance, Slavic: lead vs short lag) and …` no
    `: `)."""
    if sep not in text:
        return text, "", ""
    depth = 0
    for at, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(sep, at):
            return text[:at], sep, text[at + len(sep) :]
    return text, "", ""
