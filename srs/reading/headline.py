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

from srs.reading.acronyms import is_acronym, spelled_by, spelling_in
from srs.reading.attribution import cut
from srs.reading.claim_kinds import NAMED_ADJECTIVE
from srs.reading.link_citations import link_citation
from srs.reading.markdown import Run
from srs.reading.model import Link
from srs.reading.orgs import JOURNAL_NAME, LAB_NAMES, MODEL_SUFFIX, VENUE_NAMES
from srs.reading.phrases import is_generic_link_text, is_name, squash
from srs.reading.terms import COMMON_ACRONYMS
from srs.reading.urls import arxiv_id
from srs.text import clean_space

__all__ = ["cited_link", "cited_title", "headline_name", "is_headline"]

_SENTENCE_END = re.compile(r"[.!?…]$")
_QUOTED_NAME = re.compile(r"[\"“]([^\"“”\s]{2,30})[\"”]")
_TOKEN = re.compile(r"[^\W_][\w.+-]*[\w+]|[^\W_]")
# a token that is a name by its shape: `RankNet`, `LambdaMART`, `BM25`, `doc2query`, `DPR`
_NAME_SHAPE = re.compile(r"^(?=.*[A-Za-z])(?:.*[a-z][A-Z]|.*[A-Za-z]\d|.*\d[A-Za-z])")
_CLAUSE_START = re.compile(
    r"^(?:if|when|why|how|what|where|once|before|after|while|because|since|start|read|skip)\b",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(?:you|your|you're|yourself|I|I'm|I've|we|we're|our|my)\b")
# a quoted title: `Kato, Ushiku & Harada's "Neural 3D Mesh Renderer" (CVPR 2018)`
_QUOTED_TITLE = re.compile(r"[\"“]([A-Z][^\"“”]{3,200}?)[\"”]")
_PREPOSITIONS = frozenset(
    ("in", "of", "from", "for", "with", "on", "than", "like", "about", "after", "before")
)
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "our", "this", "that"))
#: a field's or a tool's acronym, never a paper's name (`**Off-policy RL at YouTube.**`)
_FIELDS = frozenset(
    {
        *("AI", "ML", "DL", "RL", "NLP", "CV", "IR", "ASR", "TTS", "LLM", "LLMs", "NN"),
        *("SOTA", "API", "APIs", "GPU", "GPUs", "CPU", "TPU", "PDF", "QA", "HPC", "DB"),
    }
)
#: `**The NCF rebuttal.**`: a work on the named one, which is not the entry's
_ANSWERS_TO = frozenset(
    {
        *("rebuttal", "critique", "response", "reply", "replication", "reproduction"),
        *("follow-up", "followup", "successor", "sequel", "revisited", "teardown"),
        # `**Qwen's PRM post-mortem.**` (r104 blog, "Who made **PRM**? → Zhang et al., 2025"):
        # lessons on the thing, not the thing
        *("post-mortem", "postmortem", "retrospective", "lessons"),
    }
)
_FIRST_WORDS = 40  # the cited paper comes first, after its authors (DPR has eight)


#: `Sainz et al.'s position paper`, `Karpathy's talk`: someone's reading, in common words
_WHOSE = re.compile(
    r"^[A-Z][\w-]+(?:\s+(?:et\s+al\.?|and\s+[A-Z][\w-]+|&\s+[A-Z][\w-]+))?['’]s?\s+"
    r"(?:[a-z][\w-]*\s+){0,3}(?:paper|survey|talk|post|thread|essay|notes|lectures?|course|"
    r"book|review|critique|tutorial|take|rant|slides|video|keynote|piece|write-?up)[.:]?$"
)  # (but `Goodhart's law`, `Amdahl's law` are names)


def is_headline(lead: str) -> bool:
    """Bold words that make a sentence, not a name: two words or more that end as a
    sentence does (a glossary's `**Stein variational gradient descent (SVGD)**:` is a
    term), or a clause in sentence case that speaks to the reader or opens as a clause
    does (`**If you want one survey to orient yourself**, Tewari et al., [...]`; a title
    such as `**Attention Is All You Need**` is in title case)."""
    text = clean_space(lead).strip(" *_")
    words = text.split()
    if len(words) < 2:
        return False
    if _WHOSE.match(text):
        return True  # `Sainz et al.'s position paper`: whose it is, not what it is called
    if _SENTENCE_END.search(text) is not None:
        return not text.endswith(("et al.", "etc.", "vs.", "e.g.", "i.e."))
    capitals = sum(word[:1].isupper() for word in words[1:] if len(word) > 3)
    return (
        len(words) >= 4
        and capitals <= 1
        and (_CLAUSE_START.match(text) is not None or _READER.search(text) is not None)
    )


def _shaped_name(word: str) -> bool:
    # (not `DNN-based`, `BERT-style`: an adjective made of a name; nor `v2`, a version)
    if NAMED_ADJECTIVE.match(word) or re.fullmatch(r"[vV]\d+(?:\.\d+)?(?:/[vV]?\d+)*", word):
        return False
    if re.fullmatch(r"~?\d+(?:\.\d+)?[KMBT]", word):
        return False  # `outputs from the **1.3B** InstructGPT` (r112 blog): a size, no name
    if re.fullmatch(r"\w*[A-Z]s", word):
        return False  # `**LLMs as judges.**`, `**ViTs and ImageNet.**`: a kind, in the plural
    if word in LAB_NAMES:
        return False  # `**DeepMind's "scale it up" papers.**`: whose, not what
    if word in _FIELDS:
        return False  # `**Off-policy RL at YouTube.**`: the field's, no paper's name
    return is_acronym(word) or bool(_NAME_SHAPE.match(word))


#: `C4 and the T5 paper`: something, then the paper by its name
_AND_THE_PAPER = re.compile(r"^.{1,40}?\s+and\s+the\s+(?P<name>\S+)\s+paper$", re.IGNORECASE)


def headline_name(lead: str, body: list[Run]) -> str:
    """The short name of what a headline's entry cites: one the heading quotes
    (`BERT as a re-ranker ("monoBERT")`), one the text sets in bold (`aka **doc2query**`),
    else a word of the heading shaped like a name (`BM25`, `RankNet`) that no
    preposition puts in passing; "" if none."""
    quoted = _QUOTED_NAME.search(lead)
    if quoted and _shaped_name(quoted.group(1)):
        return str(quoted.group(1))
    paper = _AND_THE_PAPER.match(clean_space(lead).strip(" *_."))
    if paper and _shaped_name(paper.group("name")):
        # `**C4 and the T5 paper.** [Exploring the Limits of Transfer …](…)`: the paper is
        # known as T5 (C4 is what it brought)
        return str(paper.group("name"))
    label, colon, _ = clean_space(lead).strip(" *_").partition(":")
    link = cited_link(body) if colon and 1 <= len(label.split()) <= 4 else None
    if not colon and 2 <= len(label.split()) <= 4:
        # `**Speculative decoding** — [Leviathan, …, *Fast Inference from Transformers via
        # Speculative Decoding*, …](…)`: a heading that is what the title ends on (not its
        # first words: `**Practical obstacles** — [Practical Obstacles to Deploying …]`)
        link = cited_link(body)
        citation = link_citation(body, link) if link is not None else None
        cited = citation[0] if citation is not None else link.text if link is not None else ""
        heading = label.strip(" .").casefold()
        # (never a kind in the plural: `**Diffusion models.**` over *The Journey, Not the
        # Destination: How Data Guides Diffusion Models*, r82 blog)
        plural_kind = heading.split()[-1] in _KINDS_PLURAL
        if not plural_kind and re.search(
            rf"(?<=\s){re.escape(heading)}$", clean_space(cited).casefold()
        ):
            return label.strip(" .")
        link = None
    if link is not None and squash(label) in squash(link.text):
        # `**3D Gaussian Splatting: rasterization strikes back.** [3D Gaussian Splatting for
        # Real-Time …](…)`, `**Neural radiance caching: the MLP as …** [Real-time Neural
        # Radiance Caching for …](…)`: the label before the colon names the cited paper
        return label
    after_link = _after_first_link(body)
    aka = _AKA_NAME.match(after_link)
    if aka and _shaped_name(aka.group("name")):
        # `[Training language models to follow instructions …](…) (NeurIPS 2022), aka
        # InstructGPT. … Their mitigation, **PPO-ptx**, …` (r101 blog, "What is this paper
        # known as? → PPO-ptx"): the name the text says it goes by, before any bold term
        return str(aka.group("name"))
    for run in body:
        word = run.text.strip(" *_.,;:()")
        if run.bold and run.link is None and " " not in word and _shaped_name(word):
            return str(word)
    named = _PAREN_NAME.match(after_link)
    bracket = _BRACKET.match(after_link)
    # (`(Hosseini-Asl, McCann, Wu, … NeurIPS 2020)`, r74 blog: the first author's surname)
    byline = cut(f"({bracket.group('inner')})")[0].authors if bracket else ""
    if (
        named
        and _shaped_name(named.group(1))
        and named.group(1) not in VENUE_NAMES  # `(FnTIR, 2018)`: where it appeared
        and named.group(1) not in LAB_NAMES
        # (`(CoALA; Sumers, …)`: the name, then the people, after a semicolon)
        and not (named.group(0).endswith(",") and byline.startswith(named.group(1)))
    ):  # `[Cognitive …](…) (CoALA; Sumers, …)`
        return str(named.group(1))
    tail = _TAIL_NAME.match(after_link)
    if tail and _shaped_name(tail.group("name")) and tail.group("name") not in VENUE_NAMES:
        # `[A Simple Language Model for Task-Oriented Dialogue](…) (Hosseini-Asl, …, NeurIPS
        # 2020), SimpleTOD.` (r74 blog): the name after the citation
        return str(tail.group("name"))
    if re.search(r"\s[+&]\s", lead):
        return ""  # `**Deep RNNs + CTC.**`: what the paper puts together, not its name
    titled = cited_link(body, lead)
    if titled is not None and squash(clean_space(lead).strip(" *_.")) == squash(titled.text):
        # `**LoRA learns less and forgets less.** Biderman et al., [LoRA Learns Less and
        # Forgets Less](…)` (r101 blog, "Who made **LoRA**? → Biderman et al."): the heading
        # is the paper's title, which names it; no word of it does
        return ""
    for found in _TOKEN.finditer(lead):
        word = found.group()
        before = lead[: found.start()].split()
        # what the heading is about (`**Start with the VAE, …**`, `**…: FID.**`), not a
        # name it mentions in passing (`**The volume rendering in NeRF is not new.**`)
        after = lead[found.end() :].split()
        if not before and len(after) == 2 and after[0] == "as" and after[1].islower():
            # `**ResNets as ensembles.**` over Veit et al.'s *Residual Networks Behave Like
            # Ensembles …* (r100 blog, "Who made **ResNets**? → Veit et al."): a thing seen
            # as another, not the thing
            continue
        if (
            len(before) == 1
            and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", before[0])
            and not "".join(after).strip(".:!?")
            and re.search(r"[A-Z].*[A-Z]", word) is not None  # (not `Race-based medicine`)
        ):
            # `**Sparsely-gated MoE.**` over *Outrageously Large Neural Networks: The
            # Sparsely-Gated Mixture-of-Experts Layer* (r100 blog, "Who made **MoE**? →
            # Shazeer et al."): the kind of MoE the paper made, not MoE
            return clean_space(lead).strip(" *_.")
        if after and after[0].casefold().strip(".,;:!") in _ANSWERS_TO:
            continue  # `**The NCF rebuttal.**`: the entry answers NCF, it is not NCF
        if word in COMMON_ACRONYMS and after and re.fullmatch(r"[a-z][a-z-]*", after[0]):
            continue  # `**CNN scoring functions.**` (r73 blog): a kind of system, no name
        if (
            1 <= len(after) <= 2
            and all(re.fullmatch(r"[a-z][a-z-]*[.:!]?", w) for w in after)
            and after[-1].strip(".:!") in _ABOUT_A_RELEASE
        ):
            continue  # `**The GPT-2 release report.**` (r75 blog): a writing about it, not it
        if after and after[0].casefold().strip(".,;:!") in _KIND_OF_WORK:
            continue  # `**Anthropic's HH papers.**`, `**The ML-safety taxonomy**`: of a kind
        if (
            len(after) == 2
            and re.fullmatch(r"[a-z][a-z-]*", after[0])
            and after[1].casefold().strip(".,;:!") in _TOOLS
        ):
            continue  # `**The PhysioNet deid tool**`: whose tool it is, not its name
        if (
            len(after) >= 2
            and after[0][:1].isupper()
            and after[1].casefold().strip(".,;:!") in (_KIND_OF_WORK | _WRITINGS)
        ):
            continue  # `**The DeLiang Wang overview**`: a person's given name, their writing
        if not before and after and _sentence_subject(word, after[0], body):
            # `**Seq2seq does calculus** — [Deep Learning for Symbolic Mathematics](…)`: what
            # the heading's sentence is about, not the cited paper's name
            continue
        # `**MAESTRO.**`: the heading is the one word, a tool's name
        alone = not before and not "".join(after).strip(".:!?") and len(word) >= 5
        if (
            not before
            and len(after) >= 2
            and after[0] in {"for", "in"}
            and re.fullmatch(r"[a-z][a-z-]*[.:!]?", after[1])
            and not _cited_opens_with(word, body)
        ):
            # `**CTC for translation** — [End-to-End Non-Autoregressive … with Connectionist
            # Temporal Classification](…)` (r78 blog): a method put to a use, not the paper
            continue
        if word in VENUE_NAMES:
            continue  # `**ICML 2024 tutorial.**` (r82 blog): where it was given, no name
        if _inside_quotes(lead[: found.start()]):
            # `**LRU, DeepMind's "you didn't need the ODE" take.**` (r80 blog): a word of
            # someone's quoted words, never the name
            continue
        apposed = lead[found.end() : found.end() + 1] == ","
        if not before and not alone and not apposed and _names_concept(word, body):
            # (but `**LRU, DeepMind's … take.**`: the name, then what it is)
            # `**RLHF comes to language models.**` over *Fine-Tuning Language …*: what the
            # heading's sentence is about (but `**Start with the VAE, …**` names the paper)
            continue
        if _shaped_name(word) and before and _qualified(before[-1], word, body):
            # `**Optimized PQ: rotate before you split.**` over *Optimized Product
            # Quantization*: the word before the name is part of it (not PQ, another method)
            return f"{before[-1]} {word}"
        if before and "as" in [w.casefold() for w in before[-2:]]:
            continue  # `**Dialogue as an MDP**` (r74 blog): what it is seen as, no name
        if _shaped_name(word) and not (before and before[-1].casefold() in _PREPOSITIONS):
            if (
                before
                and re.fullmatch(r"[a-z][a-z-]*", before[-1])
                and before[-1] not in _DETERMINERS
            ):
                continue  # `**DNN-based parametric TTS.**`: a kind of system, no name
            version = _VERSION.match(lead, found.end())
            # `**BitNet b1.58, the maximalist bet.**`: the version is part of the name
            return str(word) + (f" {version['version']}" if version else "")
    return _subject_name(lead, body)


#: a version after a name: ` b1.58`, ` v2`, ` 3.1`
#: (or a model's suffix: `**AlphaGo Zero (2017).**` (r140 blog, named "AlphaGo" and asked what
#: AlphaGo did with AlphaGo Zero's facts))
_VERSION = re.compile(
    rf"\s+(?P<version>(?:[a-z]?\d+(?:\.\d+)+|v\d+(?:\.\d+)*|{MODEL_SUFFIX}))(?=[\s,;:.!?]|$)"
)


#: `**Moirai is Salesforce's any-variate masked encoder.**`, `**Temporal Fusion Transformer
#: is the one to read if …**`: a heading whose subject, in capitals, is what it says is
_SUBJECT = re.compile(
    r"^(?P<subject>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+"
    r"(?:is|was|remains|made|makes|started|kicked|showed)\b"
)
_NO_SUBJECT = frozenset(
    {*_DETERMINERS, "it", "this", "these", "everything", "nothing", "one", "what", "why", "how"}
)


def _subject_name(lead: str, body: list[Run]) -> str:
    """The subject of a headline that says what it is: a name the cited title opens with
    (`Temporal Fusion Transformer` of *Temporal Fusion Transformers for …*) or one the
    entry's text names again (`Moirai`, and later `[Moirai-MoE](…)`); "" if none."""
    found = _SUBJECT.match(clean_space(lead).strip(" *_"))
    if found is None:
        return ""
    subject = found.group("subject")
    words = subject.split()
    if words[0].casefold() in _NO_SUBJECT or words[-1].endswith("ing") or words[0] in _FIELDS:
        return ""  # `**This is the one.**`, `**Scaling is not enough.**`
    link = cited_link(body)
    if link is None:
        return ""
    title = link.text.casefold()
    if len(words) >= 2 and title.startswith(subject.casefold().rstrip("s")):
        return subject
    # the text besides the cited title: the subject named again (`[Moirai-MoE](…)`)
    rest = "".join(
        run.text if run.link is None else f" {run.link.text} "
        for run in body
        if run.link is not link
    )
    named_again = re.search(rf"(?<![\w-]){re.escape(subject)}(?:[\s-]|$)", rest)
    return subject if subject.casefold() not in title and named_again else ""


_PAREN_NAME = re.compile(r"\s*\(([A-Za-z][\w.+-]{1,20})[;,)]")
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]*)\)")
#: `(…, NeurIPS 2020), SimpleTOD.`: a name after the citation's bracket, alone
#: `(…, NeurIPS 2022), aka InstructGPT.`: the name it goes by, after the citation's bracket
_AKA_NAME = re.compile(
    r"\s*\([^()]*\)\s*,?\s*(?:aka|a\.k\.a\.?|also\s+known\s+as|known\s+as)\s+"
    r"(?P<name>[A-Za-z][\w.+-]{1,20})\s*(?:[.;,)]|$)",
    re.IGNORECASE,
)
_TAIL_NAME = re.compile(r"\s*\([^()]*\)\s*,\s*(?P<name>[A-Za-z][\w.+-]{1,20})\s*(?:[.;]|$)")
#: what a heading's word qualifies when it names a kind of work, not the work
#: what a person writes (`the DeLiang Wang overview`, `the Hinton lectures`)
_WRITINGS = frozenset(
    {"overview", "review", "tutorial", "primer", "book", "thesis", "lectures", "notes", "paper"}
)
_TOOLS = frozenset({"tool", "toolkit", "library", "package", "pipeline", "script", "scripts"})
#: what is written about a release, never the released thing's own paper
_ABOUT_A_RELEASE = frozenset(
    {"report", "announcement", "card", "post", "writeup", "write-up", "retrospective", "notes"}
)
_KIND_OF_WORK = frozenset(
    {"papers", "taxonomy", "survey", "line", "family", "lineage", "series", "story", "saga"}
)


def _cited_opens_with(word: str, body: list[Run]) -> bool:
    """`**Toolformer.** [Toolformer: Language Models Can …]`: the cited title opens with the
    word, or with the words it spells (`YOLO` of *You Only Look Once*)."""
    link = cited_link(body)
    if link is None:
        return False
    title = clean_space(link.text)
    if title.casefold().startswith(word.casefold()):
        return True
    span = spelling_in(word, title)
    return span is not None and title.startswith(span)


def _qualified(word: str, name: str, body: list[Run]) -> bool:
    """`Optimized PQ` over *Optimized Product Quantization*: a capitalised word the cited
    paper's title opens with, the rest of the title then spelling the name (not `Streaming
    RNN-T` over *Streaming End-to-end Speech …*)."""
    link = cited_link(body) if re.fullmatch(r"[A-Z][a-z]{3,}", word) else None
    words = link.text.split() if link is not None else []
    # (`**Soft MoE.**` over *From Sparse to Soft Mixtures of Experts*, r77 blog: the word
    # anywhere in the title, the rest of the title after it spelling the name)
    if word not in words:
        return False
    rest = " ".join(words[words.index(word) + 1 :])
    span = spelling_in(name, rest)
    return span is not None and rest.startswith(span)


def _sentence_subject(word: str, verb: str, body: list[Run]) -> bool:
    """`Seq2seq` of `**Seq2seq does calculus**`: the subject of a verb in the present, and
    no word (nor the spelling) of the cited paper's title."""
    if not re.fullmatch(r"[a-z]+(?:es|s)", verb) or verb in {"is", "was", "has", "its"}:
        return False
    link = cited_link(body)
    if link is None:
        return False
    return word.casefold() not in link.text.casefold() and not spelled_by(word, link.text)


#: the plural of a kind of system: a heading ending on one names a class, not a paper
_KINDS_PLURAL = frozenset(
    {"models", "networks", "methods", "systems", "agents", "transformers", "architectures"}
)


def _inside_quotes(before: str) -> bool:
    """`… "you didn't need the` : a quotation is open at the end of `before`."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _names_concept(word: str, body: list[Run]) -> bool:
    """An acronym in capitals that the cited paper's title neither holds nor spells: the
    idea the heading is about (`RLHF`), not the paper's name (but `BM25` of *The
    Probabilistic Relevance Framework: BM25 …*, `DPR` of *Dense Passage Retrieval …*)."""
    if not (is_acronym(word) and word.isupper() and word.isalpha()):
        return False
    link = cited_link(body)
    if link is None:
        return False
    title = link.text
    return word.casefold() not in title.casefold() and not spelled_by(word, title)


def _after_first_link(body: list[Run]) -> str:
    """The text right after the first link of `body` ("" without one)."""
    for index, run in enumerate(body):
        if run.link is not None:
            rest = [r for r in body[index + 1 :] if r.link is not run.link]
            return "".join(r.text for r in rest)
    return ""


def _cites(text: str) -> bool:
    """`Liu & Wang 2016`: link text that is a citation, not a title."""
    found, rest = cut(text)
    return bool(found.authors or found.year) and len(rest.split()) <= 1


def _names_paper(text: str) -> bool:
    """A title (three words or more) or a name of two (`Wasserstein GAN`), not `pdf`, a
    URL or a citation."""
    words = text.split()
    # (`3D Gaussian Splatting for …`: a title may open with a digit)
    # (`xLSTM: Extended Long Short-Term Memory` (r80 blog), `wav2vec 2.0: …`: a name in
    # lower case first, with a capital or a digit in it)
    opens = text[:1].isupper() or text[:1].isdigit() or re.match(r"[a-z]+[A-Z0-9]", text)
    if is_generic_link_text(text) or _cites(text) or not opens:
        return False  # not `pdf`, a URL, `Liu & Wang 2016` or `the original paper`
    if JOURNAL_NAME.fullmatch(text):
        # `**Google Earth Engine (Gorelick et al., 2017)**: [Remote Sensing of
        # Environment](doi)` (r144 blog, named for the journal): where it appeared
        return False
    return len(words) >= 3 or (len(words) == 2 and is_name(text))


def cited_link(body: list[Run], lead: str = "") -> Link | None:
    """The paper a headline's text cites first: a link among its first words whose text
    is a title (three words or more, not `pdf` or a URL), or the headline's own words
    (`**Listen, Attend and Spell.** Chan, …, [Listen, Attend and Spell](…)`: a title
    that reads like a list of surnames)."""
    seen = 0
    heading = clean_space(lead).strip(' .:"“”*_').casefold()
    for run in body:
        if run.italic and run.link is None and _names_paper(clean_space(run.text).strip(" ,.")):
            # `Zeiler & Fergus, *Visualizing and Understanding …* — [arXiv](…). See also
            # [Feature Visualization](…)`: a title in italics first names the paper
            return None
        if run.link is not None and not run.footnote and not run.anchor:
            text = clean_space(run.link.text).strip(' "“”*_')
            if is_generic_link_text(text) and arxiv_id(run.link.url) is not None:
                # `FPN (Lin et al., CVPR 2017, [arXiv](…)) … [UPerNet](…)`: the first paper
                # is linked by its citation; a later link names another
                return None
            if (
                _names_paper(text)
                or (heading and text.casefold() == heading)
                # `Kumar et al., [MelGAN](arXiv) (NeurIPS 2019); Yamamoto, …, [Parallel
                # WaveGAN](…)`: a paper's one-word name, linked to the paper, comes first
                or (
                    " " not in text
                    # (`[Marigold](arXiv) (Ke et al., …) … [VPD](arXiv) (Zhao et al., …)`)
                    and (_shaped_name(text) or re.fullmatch(r"[A-Z][a-z]{3,}", text) is not None)
                    and not is_generic_link_text(text)  # (not `arXiv`)
                    and arxiv_id(run.link.url) is not None
                )
            ):
                return run.link
        seen += len(run.text.split())
        if seen > _FIRST_WORDS:
            break
    return None


def cited_title(body: list[Run]) -> str:
    """The title a headline's text quotes first when it links none (`Kato, Ushiku &
    Harada's "Neural 3D Mesh Renderer" (CVPR 2018, [arXiv:…](…))`); "" if none."""
    said = ""  # (the runs' text as written: `"` and `Amazon.com` are two runs of one word)
    for run in body:
        link = run.link
        if link is not None and is_generic_link_text(link.text.strip()) and arxiv_id(link.url):
            break  # `FPN (Lin et al., …, [arXiv](…))`: a quote after it names another paper
        said += run.text
        if len(said.split()) > _FIRST_WORDS:
            break
    found = _QUOTED_TITLE.search(" ".join(said.split()[:_FIRST_WORDS]))
    if found is None:
        # `**The ViT shock.** Dosovitskiy et al., *An Image is Worth 16x16 Words* (ICLR
        # 2021, [arXiv](…))`: a title in italics right after its byline
        return _italic_after_byline(body)
    title = found.group(1).strip(" ,.")
    text = " ".join(said.split()[:_FIRST_WORDS])
    if _PROMPT_BEFORE.search(text, 0, found.start()) or _OPEN_END.search(title):
        # `Given "When Mary and John went to the store, John gave a drink to", how does GPT-2
        # small output "Mary"?` (r110 blog, asked as the paper's title): an example input
        return ""
    return title if _names_paper(title) else ""


#: what comes before an example's input: `Given "…"`, `the prompt "…"`
_PROMPT_BEFORE = re.compile(r"(?i)\b(?:given|prompt(?:ed)?(?:\s+with)?|input|sentence|e\.g\.)\s*$")
#: a quotation that stops mid-sentence (`… gave a drink to`): a prompt, never a title
_OPEN_END = re.compile(r"(?i)\s(?:to|the|a|an|of|and|is|was)$")


def _italic_after_byline(body: list[Run]) -> str:
    """The first run of italics, when only a byline comes before it (`Dosovitskiy et al.,
    *An Image is Worth 16x16 Words*`) or it comes first and its citation right after it
    (`*Degenerate Feedback Loops in …* (Ray Jiang, …, AIES 2019)`), and it reads as a
    paper's title; "" if none."""
    before: list[str] = []
    for at, run in enumerate(body):
        if run.italic and not run.link and run.text.strip():
            title = clean_space(run.text).strip(" ,.*_")
            if not _names_paper(title):
                return ""
            if not " ".join(before).strip(" ,.:;—–-"):
                after = "".join(r.text for r in body[at + 1 : at + 4])
                bracket = re.match(r"\s*(\([^()]*\))", after)
                return title if bracket is not None and cut(bracket.group(1))[0] else ""
            found, rest = cut(" ".join(before).strip(" ,"))
            if found.authors and not rest.strip(" ,.:;—–-"):
                return title
            return ""
        before.append(run.text)
        if len(" ".join(before).split()) > _FIRST_WORDS:
            return ""
    return ""
