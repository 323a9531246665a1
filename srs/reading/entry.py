"""One entry read as a learner reads it: its title and name, its own papers, who made
it and when, and its claims.

The title is the entry's bold lead-in; an entry without one is named, from its
first paragraph, by a short label before `:` or ` - ` (never one inside a link
or a quoted title), a link that gives a paper's title, a quoted or italic
title, its first bold phrase, the first link that names a thing, or its first
few words. Its *own* papers are the ones it is about: those its title links,
else its bold links, else the link that names or opens it, else the first link
that only says what it is (`([pdf](…))`, a bare URL, an arXiv id). Every other
arXiv link is related work.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile
from urllib.parse import urlsplit

from srs.reading import attribution as attrib
from srs.reading.acronyms import (
    is_acronym,
    loosely_spelled,
    spelled_by,
    spelling_in,
    stated_expansions,
)
from srs.reading.bylines import byline_head, trailing_byline
from srs.reading.claim_kinds import has_verb_word, starts_with_verb
from srs.reading.claims import read_claims
from srs.reading.definitions import subtitle_definition
from srs.reading.headline import cited_link, cited_title, headline_name, is_headline
from srs.reading.item import Item
from srs.reading.link_citations import link_citation, names_a_venue
from srs.reading.markdown import Run, link_list, plain
from srs.reading.mentions import QUOTED_CITED, mentions
from srs.reading.model import Attribution, Claim, Entry, Link, Mention
from srs.reading.naming import (
    NAME_TOKEN,
    bylined,
    is_topic,
    label_over_citations,
    passing_name,
    shared_tail,
    title_prefix,
)
from srs.reading.navigation import (
    is_legend,
    is_logistics,
    is_navigation,
    is_reading_label,
    is_todo,
)
from srs.reading.orgs import COURSE_SITES, LAB_NAMES, VENUE_NAMES
from srs.reading.phrases import (
    PLACE_AND_PUBLISHER,
    STOPWORDS,
    VERBS,
    is_generic_link_text,
    is_name,
)
from srs.reading.reference_names import name_after_reference, without_name_label
from srs.reading.references import bullet_title, quoted_after_link
from srs.reading.remarks import VENUE_NOTE, is_title_case
from srs.reading.sentences import sentences
from srs.reading.titles import (
    EDGE,
    NAME_SUFFIX,
    QUOTED_TITLE,
    READER_CLAUSE,
    clean_title,
    fallback_title,
    is_paper_link,
    is_url_text,
    italic_terms,
    lead_in,
    names_a_thing,
    quoted_title,
    short_name,
    stressed_concepts,
    title_citation,
    without_marker,
)
from srs.reading.urls import arxiv_id, normalise_url
from srs.text import clean_space

__all__ = ["read_entry"]

_GROUP_SPLIT = re.compile(r"\s*(?:/|,|&|\band\b)\s*")


def _ids(links: list[Link]) -> list[str]:
    return list(dict.fromkeys(pid for link in links if (pid := arxiv_id(link.url))))


def _without_heading(before: str) -> str:
    """The text before a title quoted further on, without the bullet's heading: `Demosaicing
    as its own topic. Gharbi et al. "Deep Joint …"` files the paper under a topic, a phrase
    with no verb, which says nothing of what the paper is (but `Learned indexes replace
    B-trees. Kraska et al. "…"` does)."""
    said = sentences(before)
    if len(said) < 2 or not _is_heading(said[0]):
        return before
    return before[before.find(said[0]) + len(said[0]) :]


_HEADING_WORDS = 8  # words: a longer phrase says something


def _is_heading(text: str) -> bool:
    """`Demosaicing as its own topic.`, `Attention-free language modelling.`: a capitalised
    common word and a few more, none of them a verb."""
    words = text.rstrip(".").split()
    if not 2 <= len(words) <= _HEADING_WORDS or not re.fullmatch(r"[A-Z][a-z-]+", words[0]):
        return False
    if starts_with_verb(text) or words[0].endswith("ed"):
        return False
    return not any(
        word.casefold() in VERBS
        or (re.fullmatch(r"[a-z]+(?:ed|s)", word) is not None and word not in STOPWORDS)
        for word in words[1:]
    )


def _clean_text(runs: list[Run]) -> str:
    """The runs' text without footnotes, bare URLs and links that only say what they are
    (and the dots between such links: `[OpenReview](…) · [arXiv](…)`)."""
    out: list[str] = []
    dropped = False
    # a dropped link, then a separator: `[arXiv:2103.06268](…) | [Atticus Project](…)` (r155
    # blog, "Who made **CUAD**? → Project"): the next link is one more place it lives
    separated = joined = False
    for run in runs:
        if run.footnote:
            continue
        if (
            run.link is not None
            and not _OBJECT_OF.search(out[-1] if out else "")
            and (
                is_generic_link_text(run.link.text)
                or is_url_text(run.link.text)
                or _ADDRESS_TEXT.fullmatch(run.link.text.strip()) is not None
                or (_names_its_host(run.link) and _AFTER_A_STOP.search("".join(out) or "."))
                or (separated and _host_says(run.link))
            )
        ):
            if out and joined:
                out.pop()  # `code at <url> and <url>` (r161 notes, "code at and"): both go
            if out:
                out[-1] = _SEPARATOR_END.sub(" ", out[-1])
                # `recall vs QPS plots. site: https://ann-benchmarks.com` (r154 notes, "What
                # is **ANN-Benchmarks**? → recall vs QPS plots. site"): the link's label goes
                # with it
                out[-1] = _PLACE_LABEL_END.sub("", out[-1])
            dropped = True
            separated = joined = False
            continue
        separated = dropped and run.text.strip() in {"|", "·", "•", "/"}
        joined = dropped and run.text.strip() in {"and", "or", "&", ","}
        out.append(_SEPARATOR_START.sub(" ", run.text) if dropped else run.text)
        dropped = False
    text = clean_space("".join(out))
    text = clean_space(re.sub(r"\(\s*[,;:]?\s*\)|\[\s*\]", " ", text))
    # `Hafner, Pasukonis, Ba, Lillicrap, 2023. [arXiv](…), later in Nature (2025)` (r167 blog,
    # DreamerV3 credited to no one): the stop, then the comma the link stood before
    text = re.sub(r"(?<=\w)\.\s+,\s+(?=[a-z])", "; ", text)
    # (`the Clay Foundation model: <url> (code at <url>).` (r139 blog): no colon left before
    # the stop, once what it introduced is gone)
    # (but `"BOHB: …" (ICML 2018): [arXiv](…). Hyperband plus …` keeps the head's colon)
    return re.sub(r"(?<=[a-z])\s*:\s*(?=\.(?:\s|$))", "", text)


#: where a sentence or a citation has ended: a link after it stands alone (never `hosted
#: on the Lean Game Server at [adam.math.hhu.de](…)`, `website [forecastingdata.org](…)`)
_AFTER_A_STOP = re.compile(r"[.;:)]\s*$")


def _names_its_host(link: Link) -> bool:
    """`[nature.com](https://www.nature.com/articles/nrd4309)` (r95 glossary: "… (Cook et al.
    2014, Nat Rev Drug Discov) nature.com" as a clue): a link that says only where it is."""
    host = (urlsplit(link.url).hostname or "").removeprefix("www.")
    return bool(host) and link.text.strip().casefold().removeprefix("www.") == host


#: a dash, then a sentence that is only a name shaped as one (`— AB3DMOT.`)
_DASHED_NAME = re.compile(r"[—–]\s+(?P<alias>[A-Za-z][A-Za-z0-9]*(?:[A-Z]|\d)[\w+-]*)\.(?:\s|$)")


def _dashed_name(description: str, title: str, name: str) -> str:
    """`"3D Multi-Object Tracking: A Baseline and New Evaluation Metrics." *IROS 2020*.
    [arXiv](…) — AB3DMOT.` (r155 syllabus): the name the text gives after a dash, over the
    plain words (`name`, two or more) that head the title; else ""."""
    if len(name.split()) < 2 or not title.startswith(name + ": "):
        return ""
    found = _DASHED_NAME.search(description)
    alias = found["alias"] if found is not None else ""
    if (
        not alias
        or alias in title
        or alias in VENUE_NAMES
        or is_generic_link_text(alias)  # (`— arXiv.`, `— DOI.`: a link)
        or attrib.lab_in(alias, loose=True)
    ):
        return ""
    return alias


def _host_says(link: Link) -> bool:
    """`[Atticus Project](https://www.atticusprojectai.org/cuad)`: the link's words are its
    host's name."""
    host = re.sub(r"[^a-z0-9]", "", (urlsplit(link.url).hostname or "").casefold())
    said = re.sub(r"[^a-z0-9]", "", link.text.casefold())
    return len(said) >= 4 and said in host


#: a link's text that is its address without the scheme (`anthropic.com/news/…`, r92 blog:
#: "What is **Introducing the Model Context Protocol**? → anthropic.com/news/… · spec"); a
#: domain alone (`fast.ai`, `Node.js`) names the project
_ADDRESS_TEXT = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*", re.IGNORECASE)
#: (and a slash: `[arXiv](…) / [code](…)` (r167 blog, "Micheli, Alonso, Fleuret, ICLR 2023.
#: / ." read as no one's): two places it lives)
_SEPARATOR_END = re.compile(r"\s[·•|/]\s*$")
#: a link that is what the sentence speaks of, after its article: `Qwen1.5 (Feb) only had a
#: [blog](…).` (r163 table, cut to "… only had a"): its words stay
_OBJECT_OF = re.compile(r"\b(?:had|has|have|with|just|only)\s+an?\s*$", re.IGNORECASE)
#: what a link is, said before it: `site:`, `code:`, `project page:`
_PLACE_LABEL_END = re.compile(
    # (not `Free PDF: <…>` (r94 syllabus): the next line's label would be read as the name)
    r"(?i)(?:^|(?<=[\s.;,(]))(?:site|web\s?site|home\s?page|project\s+page|code|repo|"
    r"repository|url|link|slides|video|demo|docs|draft|preprint"
    # (`Code + scan data: <url>` (r115 syllabus): what the link holds, two things)
    r"|(?:code|data|weights)\s*(?:\+|&|and)\s*(?:\w+\s+)?(?:code|data|weights))"
    # (`code at <url>`, r161 notes: where it is, said in words)
    r"(?:\s*:|\s+(?:is\s+|are\s+)?(?:at|on|here))\s*$"
)
_SEPARATOR_START = re.compile(r"^\s*[·•|/]\s")


#: a title that says its work explains its subject: `Illustrating …`, `A Gentle Introduction
#: to …`, `Understanding …`
_EXPLAINS = re.compile(
    r"(?i)^(?:illustrating|the\s+illustrated|understanding|explaining|demystifying|"
    r"(?:an?\s+)?(?:gentle\s+|brief\s+|short\s+)?(?:introduction|intro|primer|guide|tutorial)\s+"
    r"(?:to|on)|(?:an?\s+)?(?:visual\s+)?(?:guide|tour)\s+(?:to|of|through))\s"
)


#: what a title says its work does to the phrase it ends with: `… to Defeat Regular Expression
#: Denial of Service (ReDoS)`, `Evolution of the Graphics Processing Unit (GPU)` (but `via
#: Contrastive Activation Addition (CAA)`, `A Case for … (RAID)` name the work's own idea)
_ABOUT_THE_SUBJECT = re.compile(
    r"(?i)\b(?:(?:to\s+)?(?:defeat|detect|mitigate|prevent)\w*|against|(?:evolution|history|"
    r"survey|overview)\s+of(?:\s+the)?)\s+$"
)


def _group(name: str, title_links: list[Link]) -> list[str]:
    """The names a title groups: `LoRA/QLoRA` -> LoRA, QLoRA (one name for most titles)."""
    named = [link.text.strip(EDGE) for link in title_links if names_a_thing(link.text)]
    if len(named) >= 2:
        return list(dict.fromkeys(named))
    parts = [p.strip(EDGE) for p in _GROUP_SPLIT.split(name) if p.strip(EDGE)]
    # (never a title's own list: `NVIDIA Tensor Core Programmability, Performance &
    # Precision` (r177 notes, "What does **Precision** do?"))
    listed = (
        len(parts) >= 2
        and len(parts[0].split()) >= 3
        and any(re.fullmatch(r"[A-Z][a-z]+", part) for part in parts[1:])
    )
    if (
        len(parts) >= 2
        and not listed
        and all(
            len(p.split()) <= 4 and (is_name(p) or any(ch.isdigit() for ch in p)) for p in parts
        )
    ):
        return parts
    return [name] if name else []


def _own_from_first_generic(runs: list[Run]) -> list[Link]:
    """The first link that only says what it is (`pdf`, an arXiv id, a bare URL) or who
    wrote it, right after the name (`**Universal and Transferable …** ([Zou et al.,
    2023](arXiv))`; not a definition's closing citation, `… ([Tammelin 2014](arXiv))`)."""
    before: list[str] = []
    for run in runs:
        if run.link is not None and not run.footnote:
            text = run.link.text
            first = not "".join(before).strip(" —–-:,;([")
            if is_generic_link_text(text) or is_url_text(text) or (first and _only_people(text)):
                return [run.link]
            return []
        before.append(run.text)
    return []


def _only_people(text: str) -> bool:
    """`Zou et al., 2023`, `Yong, Menghini & Bach, 2023`: a link's text that cites people."""
    cited = attrib.byline(clean_space(text))
    return (
        cited is not None
        and bool(cited.authors)
        and not cited.lab
        # (a year or `et al.` to tell it from a title: `… Completion and Question Answering`)
        and (cited.year is not None or "et al" in text)
    )


def _own_after_byline(runs: list[Run]) -> list[Link]:
    """`**DiT** — Peebles & Xie, [Scalable Diffusion Models with Transformers](arXiv)`: the
    paper a name's byline cites first is the entry's own."""
    link = cited_link(runs)
    if link is None:
        return []
    before: list[str] = []
    for run in runs:
        if run.link is link:
            break
        before.append(run.text)
    said = clean_space("".join(before)).strip(" —–-:,;(")
    _, rest = attrib.cut(said)
    # (`**Multi-Query Attention** — Noam Shazeer, [*Fast Transformer Decoding: …*](arXiv)`:
    # one person by their whole name)
    return [link] if not rest.strip(EDGE + "()") or attrib.whole_names(said) else []


_SURNAME = r"(?:(?:van|von|den|der|de|da|di|du|la|le)\s+)*[A-Z][\w-]+"
_POSSESSIVE_BYLINE = (
    rf"(?P<byline>(?:\b{_SURNAME}(?:,\s*|\s*&\s*|\s+and\s+))*\b{_SURNAME}"
    r"(?: et al\.?)?['’]s\s+)?"
)


def _whose_before(text: str, title: str) -> tuple[int, Attribution] | None:
    """Where the people whose work `title` is start in `text`, and who they are, when the
    title follows them in the possessive (`… read Zhe Jia et al.'s "Dissecting …"`)."""
    at = text.find(title)
    return attrib.whose_at_end(text[:at]) if at > 0 else None


def _word_label(lead: str, body: list[Run]) -> bool:
    """`**Chiplets.** [Simba: Scaling Deep-Learning Inference with …](…) by …`, `**MAESTRO.**
    Hyoukjun Kwon et al.'s [Understanding Reuse, Performance, …](…)`: one word set as a
    sentence of its own, then a paper's link (after its makers, if any) is the post's
    label for that paper: the entry is the paper (named by the label only when the label
    is shaped as a name, see `headline_name`)."""
    word = re.fullmatch(r"([^\s.:]+)\.", clean_space(lead).strip(" *_"))
    if word is None:
        return False
    before: list[str] = []
    for run in body:
        if run.link is not None:
            text = clean_space(run.link.text).strip(EDGE)
            said = clean_space("".join(before)).strip()
            # (`**Performer.** [Rethinking Attention with Performers](…)`: the label is
            # the title's own word, the name of what the paper makes)
            own_word = re.search(rf"(?<!\w){re.escape(word.group(1))}(?:e?s)?(?!\w)", text)
            if own_word is not None and re.search(
                r"(?<![\w-])(?!(?:With|And|Of|For|In|On|To|Via|By|From|The|A|An)\b)[A-Z][\w-]+\s+$",
                text[: own_word.start()],
            ):
                # `**Debate.** [… through Multiagent Debate](…)` (r81 blog): the word ends a
                # longer name of the title's (`Multiagent Debate`), never the paper's name
                own_word = None
            whose = _whose_before(f"{said} {text}", text) if said else None
            return (
                len(text.split()) >= 3
                and own_word is None
                and (not said or (whose is not None and whose[0] == 0))
            )
        before.append(run.text)
    return False


def _without_lab(name: str) -> str:
    """`Meta RAG` → `RAG`, `Microsoft GraphRAG` → `GraphRAG`: a lab's name before a name of
    its own shape (a capital inside, a digit) says whose it is, not what it is called (but
    `DeepSeek Coder`, `DeepSeek V3`, `Google DeepMind` keep theirs)."""
    lab, _, rest = name.partition(" ")
    if lab not in _LAB_WORDS or not rest or rest in _LAB_WORDS or " " in rest:
        return name
    if re.fullmatch(r"[vV]\d[\w.]*|\d[\w.]*", rest):
        return name
    if rest in {"LLM", "LM", "VLM", "MLLM", "AI", "ML"}:
        return name  # `DeepSeek LLM` (r85 blog, "Who made **LLM**?"): a model of that name
    return rest if re.search(r"^.+[A-Z]|\d", rest) else name


_LAB_WORDS = frozenset(lab for lab in LAB_NAMES if " " not in lab)


def _owned_italic_title(lead: list[Run], raw: str) -> str:
    """`Stas Bekman's *Machine Learning Engineering* open book`: someone's work, its title
    in italics inside the bold (two words or more) — the title; "" when the head is no such
    thing."""
    italic = [run.text.strip() for run in lead if run.italic and run.text.strip()]
    if len(italic) != 1 or len(italic[0].split()) < 2:
        return ""
    before = raw.split(italic[0], 1)[0]
    if not re.fullmatch(r"\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s?\s+", before):
        return ""
    return italic[0]


def _label_before_link(lead: str, body: list[Run]) -> bool:
    """`**A map of the territory:** [Cognitive Architectures for Language Agents](…)`,
    `**Practical obstacles** — [Practical Obstacles to Deploying …](…)`, `**Theory, for the
    skeptics** — Sanjoy Dasgupta, "Two Faces of Active Learning"`: a phrase (not a name) set
    before the paper's own link or quoted title is the post's label for it."""
    at = next((i for i, run in enumerate(body) if run.text.strip()), None)
    text = clean_space(lead).strip(" *_")
    # (`**Reproducibility** — "Towards Robust and Reproducible …"`: one abstract noun is a
    # topic, however capitalised)
    # (`**Reasoning** — [Diffusion of Thoughts: …](…)`, r78 blog: a gerund too)
    topic_word = re.fullmatch(r"[A-Z][a-z]+(?:ity|tion|sion|ness|ment|ics|ing)", text) is not None
    if at is None or (is_name(text.rstrip(":")) and not topic_word):
        return False
    opening = body[at]
    if text.endswith(":"):
        return opening.link is not None
    dash = re.match(r"\s*[—–]\s*", opening.text) if opening.link is None else None
    if dash is None:
        return False
    shaped = re.findall(r"\b\w*(?:[a-z][A-Z]|[A-Z]{2}|\d)[\w-]*", text)
    linked = next((run.link.text for run in body[at:] if run.link is not None), "")
    if shaped and (
        len(text.split()) < 3
        or any(word.isdigit() or word.casefold() in linked.casefold() for word in shaped)
    ):
        # (`**MT-Bench & the judge paper** — [Judging … with MT-Bench …](…)`: a name in
        # it; but `**BPE comes to machine translation** — [Neural Machine Translation of
        # Rare Words …](…)` is the post's label: its title never says BPE)
        return False
    rest = opening.text[dash.end() :]
    if not rest.strip():  # the dash alone: the paper's link next
        following = next((run for run in body[at + 1 :] if run.text.strip()), None)
        # (a title, not `[Edward Kennedy](…)`, `[Robert Geirhos et al.](…)`: people)
        # (or, after a short label, a paper's own short name: `**Synthetic parallel corpora**
        # — [Lean Workbook](arXiv)`; but `**Towards optimal doubly robust estimation …** —
        # [Edward Kennedy](arXiv)` is a title, then its author)
        named = arxiv_id(following.link.url) != "" if following and following.link else False
        return (
            following is not None
            and following.link is not None
            and (len(following.link.text.split()) >= 3 or (named and len(text.split()) <= 5))
            # (`[Van Veen et al., "Adapted large language models …"](arXiv)`: a citation)
            and ("et al" not in following.link.text or bool(quoted_title(following.link.text)))
        )
    following = body[at + 1] if at + 1 < len(body) else None
    if re.fullmatch(r"\s*(?:the|a|an)\s*", rest) and following is not None and following.link:
        # `**Learn it by playing** — the [Natural Number Game](…) by Kevin Buzzard …`: a label,
        # then the thing it labels, linked
        return len(following.link.text.split()) >= 2
    opening_text = " ".join(run.text for run in body[at : at + 3])
    # (a title, capitalised as `cited_title` reads one: not `The old explanation that the jib
    # "accelerates air through the slot" …` (r177 glossary, then named for Gentry's paper
    # quoted two sentences on))
    quoted = _CAPITAL_QUOTE.search(opening_text)
    # (a quote in a later sentence is a work the text cites, not the one the label heads:
    # `**Vibration theory** — The idea that receptors detect … shape. Revived by Luca Turin,
    # "A spectroscopic mechanism …"`, r174 glossary, named for Turin's paper)
    # (nor one cited after a clause: `**Laing limit** — Even trained people can't identify
    # more than about 3–4 components … (Laing & Francis 1989, "The capacity of humans …")`)
    return (
        quoted is not None
        and not _SENTENCE_BREAK.search(opening_text, 0, quoted.start())
        and len(opening_text[dash.end() : quoted.start()].split()) <= _BYLINE_WORDS
    )


_CAPITAL_QUOTE = re.compile(r"[\"“][A-Z][^\"“”]{5,200}[\"”]")
#: the most words a byline before a quoted title takes (`Sanjoy Dasgupta,`, `Kato, Ushiku &
#: Harada's`)
_BYLINE_WORDS = 10


#: where a sentence ends and the next begins (not after an initial: `J. Smith`) — narrower
#: than `sentences`, which also ends one before a quote (`(code). "Autonomous …"`, r162 blog)
_SENTENCE_BREAK = re.compile(r"[a-z\d)\]]\.\s+[A-Z]")


#: a list item that opens with one of these is a remark on what came before, no entry
_ASIDE_LABELS = frozenset(
    {
        *("note", "notes", "nb", "n.b", "aside", "ps", "p.s", "update", "edit", "tip", "hint"),
        *("caveat", "warning", "careful", "fun fact", "trivia"),
    }
)


#: a topic's word, never a work's name: an activity (`Serving`, `Reranking`), an abstract
#: noun, a lowercase compound (`Multi-hop`, `Long-context`)
_TOPIC_WORD = re.compile(r"[A-Z][a-z]+(?:ing|tion|ment|ness|ity|ics)|[A-Z][a-z]+(?:-[a-z]+)+")
#: what opens an item after a topic's label: another work's name, then its citation or what
#: it is (`IRCoT: …`, `RECOMP (Xu, …)`, `SPLADE, Formal, …`, `Natural Questions (…, 2019)`)
_WORK_AFTER_LABEL = re.compile(
    r"^[\s.:—–-]*(?:\([^()]*\)\s*[:—–-]?\s*)?"
    r"(?:(?P<name>(?:[A-Z][\w-]*[A-Z0-9][\w-]*|[A-Z]?[a-z]+[A-Z][\w-]*|[A-Za-z]+-?\d[\w.-]*)"
    r"(?:\s*/\s*[A-Z][\w-]*)?)\s*(?::|\(|,|\s[—–-]\s|\sand\s)"
    # (a year, not a URL's digits: `**Adjoint folds and unfolds** — Ralf Hinze
    # (https://doi.org/10.1016/j.scico.2012.07.011)`, r144 notes, is a title and its byline)
    r"|(?P<words>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*\((?!\s*https?://)"
    r"(?=[^()]*\b(?:19|20)\d\d\b))"
)

#: after `Inge Lehmann (`: a bare year, then a word in lower case (what they did)
#: (or a dash, then what it is: `**Reconstructive memory**: Bartlett (1932) — recall is an
#: active reconstruction …`, r167 glossary, read as a label over "Bartlett")
_PERSON_DID = re.compile(r"\s*(?:1[6-9]|20)\d\d\s*\)\s*(?:[—–:]\s*|\s-\s)?[a-z]")


def _topic_label(lead: list[Run], after: list[Run]) -> str:
    """`**Multi-hop.**`, `**Compress what you retrieve.**`, `**Benchmarks you'll see cited**
    (…):` before `IRCoT: …`, `RECOMP (…)`, `Natural Questions (…, 2019)`: a bold label
    over the works an item names (a name of its own, `**Dreamer.** Hafner et al. …`, or a
    label before a byline, stays the entry's name). The first work's name, or ""."""
    if any(run.link is not None for run in lead):
        return ""
    raw = plain(lead).strip(" .:—–-")
    words = raw.split()
    if not 1 <= len(words) <= 6 or any(re.search(r"[A-Z].*[A-Z]|\d", w) for w in words):
        return ""  # (`ColBERT`, `GPT-4`, `Late Interaction Models`: a name's shape)
    if len(words) == 1 and not _TOPIC_WORD.fullmatch(raw):
        return ""  # (`Voyager`, `Dreamer`: a single word may be a name)
    if len(words) > 1 and is_name(raw):
        return ""
    first = [run for run in after if run.text.strip(" .:—–-") or run.link is not None][:1]
    if first and (first[0].link is not None or (first[0].italic and " " in first[0].text.strip())):
        # (`**Late interaction.** [ColBERT](…)`, `**Factorization machines.** *Factorization
        # Machines* (Steffen Rendle, ICDM 2010)`: a title, read by the rules for titles)
        return ""
    found = _WORK_AFTER_LABEL.match(plain(after))
    if found is not None and found.group("words") and _PERSON_DID.match(plain(after), found.end()):
        # `**Inner core**: Inge Lehmann (1936) found the solid inner core …` (r108 glossary):
        # a person and a year, then what they did: a sentence that defines the label
        return ""
    work = "" if found is None else found.group("name") or found.group("words")
    if found is not None and found.group("name") and is_generic_link_text(found.group("name")):
        # `**Learning quadrupedal locomotion over challenging terrain** (Lee, …; Science
        # Robotics 2020) — [arXiv:2010.11251](…)` (r157 blog, a topic: "Who made **arXiv**?"):
        # a title's link, by where it is, after its byline — no work under a label
        return ""
    if found is not None and found.group("name") in LAB_NAMES:
        # `**Video generation models as world simulators** (Sora technical report) — OpenAI,
        # Feb 2024.` (r167 blog, no card of the report): a title, then whose it is
        return ""
    return "" if work.casefold() == raw.casefold() else work


def read_entry(item: Item, *, bylined_heads: bool = False) -> Entry | None:
    """The entry an item or a table row holds, or None when it holds none (an empty
    bullet, a link to a heading of the document, a note to self). `bylined_heads`: the
    list writes its bold heads as `Surname — Title` (`bylines.writes_bylined_heads`)."""
    description = plain(item.everything)
    if not description.strip(EDGE) or is_todo(description) or is_navigation(item.everything):
        return None
    if item.head[:1] and item.head[0].struck:
        return None  # `~~Ioannidis, "The History of Histograms"~~ — moved to next year`
    if item.cells:
        from srs.reading.tables import read_row

        return read_row(item, description)
    head = without_marker(item.head)
    if head is not item.head:  # `**[R]** Zhang et al., "Understanding …"`, `★ (R) Holland, …`
        rest = item.everything[len(item.head) :]
        item = replace(item, head=head, everything=[*head, *rest])
        description = plain(item.everything)
    links = link_list(item.everything)
    if is_legend(description.strip(), linked=bool(links)):
        return None  # `**Date** = first arXiv version (YYYY-MM)`, `🔥 = a must-read`
    head = item.head
    lead = lead_in(head)
    # `**Multi-hop.** IRCoT: Trivedi, …`, `**Serving.** vLLM / PagedAttention — Kwon et al.,
    # …`: a label over the works the item names, never a work of its own
    labelled_topic = _topic_label(lead, head[len(lead) :]) if lead else ""
    first_citation = ""  # the first work's citation, when the label heads several
    if lead and not labelled_topic and not any(run.link is not None for run in lead):
        labelled_topic, first_citation = label_over_citations(plain(lead), plain(head[len(lead) :]))
    if lead and is_reading_label(plain(lead)):  # `**Textbook:** S. M. LaValle, *Planning …*`
        head = head[len(lead) :]
        lead = []
    italics = len(list(takewhile(lambda run: run.italic or not run.text.strip(), head)))
    if not lead and italics and is_reading_label(plain(head[:italics])):
        head = head[italics:]  # `*No link, and not ML at all:* RFUZZ (Laeufer, …)`
    named_by: Link | None = None
    cited = Attribution()
    alias = ""
    if lead:
        raw = plain([run for run in lead if not is_url_text(run.text)])
        owned = _owned_italic_title(lead, raw)
        if owned:  # `**Stas Bekman's *Machine Learning Engineering* open book**`
            raw = owned
        byline = byline_head(raw, surnames=bylined_heads) or trailing_byline(raw)
        if byline is not None:  # `**Little (1961) — A Proof for the Queuing Formula: …**`
            raw = byline[1]
        cited = title_citation(raw).merged(byline[0] if byline is not None else Attribution())
        title = clean_title(raw)
        title_links = link_list(lead)
        source = "lead"
        after = head[len(lead) :]
        labelled = _stem_label(raw, after)
        # `**Rajkomar et al. 2018** — ["Scalable and accurate deep learning with …"](arXiv)`:
        # a head that is only its byline; the link after it is the paper
        only_byline = bool(raw.strip()) and _only_people(raw.strip(" .:—–-"))
        headline = (
            is_headline(raw)
            or _label_before_link(raw, after)
            or labelled
            or _word_label(raw, after)
            or (only_byline and not title_links)
        )
        if only_byline and not title_links:
            cited = cited.merged(attrib.byline(raw.strip(" .:—–-")) or Attribution())
        cited_paper = cited_link(after, raw) if headline else None
        quoted = cited_title(after) if headline and cited_paper is None else ""
        if (
            quoted
            and _acronym_spelled(raw, quoted)
            # (but `**SASRec.** [Kang & McAuley, "Self-Attentive Sequential Recommendation"
            # (ICDM 2018)](arXiv)` (r137 blog): a linked citation's title, spelled out)
            and not any(quoted in link.text for link in link_list(after))
        ):
            # `**AIRSS (Pickard & Needs, 2011).** [J. Phys.: …](doi). "Ab initio random
            # structure searching."` (r150 blog, asked as a work of that name): what the head's
            # acronym stands for, no title
            quoted = ""
        if labelled and cited_paper is None and not quoted:
            quoted = " ".join(_italic_title(after))  # `**Iterate.** Hoang et al., *Iterative …*`
        if quoted and not title_links:
            # `**Rasterizers can be made differentiable too.** Kato, …'s "Neural 3D Mesh
            # Renderer" (CVPR 2018, [arXiv:1711.07566](…))`
            title, source = clean_title(quoted), "quoted"
            # (without its citation: `**NubeamNet (Boyer, Kaye & Erickson, 2019)** — [Nuclear
            # Fusion 59 056008](doi). "Real-time capable modeling of …"` (r151 blog))
            uncited = _CITATION_AT_END.sub("", raw)
            alias = "" if len(title.split()) <= 2 else headline_name(uncited, head[len(lead) :])
            if alias and passing_name(alias, title, raw):
                alias = ""  # `**Joint CTC/attention.** Kim, … "Joint CTC-Attention based …"`
        elif cited_paper is not None and not title_links:
            # `**BM25, properly.** Robertson and Zaragoza, ["The Probabilistic …"](doi)`
            title, title_links = clean_title(cited_paper.text), [cited_paper]
            citation = link_citation(after, cited_paper)
            if citation is not None:  # `[Leviathan, Kalman & Matias, *Fast Inference …*, ICML
                # 2023](arXiv)`: the title in italics, who wrote it around it
                title, cited = clean_title(citation[0]), cited.merged(citation[1])
            # a short name the link gives (`[Wasserstein GAN](…)`, `[Toolformer: Language
            # Models Can …](…)`) beats one guessed
            alias = (
                ""
                if len(title.split()) <= 2
                else title_prefix(title) or headline_name(raw, head[len(lead) :])
            )
            if alias and not title_prefix(title) and passing_name(alias, title, raw):
                alias = ""
            source, named_by = "paper-link", cited_paper
        elif is_headline(raw) and not title_links and len(title.split()) > 2:
            # `**Fuyu-8B, the weird one.** [Adept blog post](…) (Oct 2023).` (r109 blog): a
            # headline over a post, not a paper; the name it opens with, before a comma or
            # a bracket (not `MMAP` of "Are You Sure You Want to Use MMAP …", nor `DNS` of
            # "DNS and BIND")
            headline_first = headline_name(raw, after)
            if headline_first and re.match(rf"\W*{re.escape(headline_first)}(?:,|\s\()", raw):
                alias = headline_first
    else:
        title, source, named_by = fallback_title(head)
        title_links = [named_by] if named_by is not None and source != "link" else []
        if source == "quoted":
            alias = _bracket_alias(description, title)
            if any(f"({alias})" in link.text for link in links):
                alias = ""  # `[PDF (BUT)](…)`: the link's own words, where the PDF is
            if alias and title_prefix(title) and not title.startswith(alias):
                # `"Algorand: Scaling Byzantine Agreements …," SOSP 2017. … a Byzantine
                # agreement protocol (BA★) …` (r135 syllabus, named "BA★"): the title names
                # itself before its colon; a bracket further on names a part of it
                alias = ""
    if source == "lead" and not alias and not headline and len(title.split()) >= 4:
        # `**Revisiting Network Support for RDMA** (IRN) ([arXiv](…))`: a paper's title, then
        # the short name it goes by, alone in its bracket
        alias = _bracket_alias(description, title, right_after=True)
        if (
            (
                alias
                and f"{title} ({alias})" not in description
                # (`**Dataless Knowledge Fusion by …** (RegMean; Jin, Ren, … — ICLR 2023)`
                # (r171 blog): a coined name first, then the people)
                and not (f"{title} ({alias};" in description and NAME_TOKEN.match(alias))
            )
            or title_prefix(title)  # (`**CUBIC: A New TCP-Friendly …**`: named already)
            or any(link.text.strip(EDGE) == alias for link in links)  # `([ACM Queue](…))`
            or (alias and spelling_in(alias, title) is not None)
        ):
            alias = ""  # (`**Dense Passage Retrieval for …** (DPR)`: an acronym it spells)
    if not title:
        title, source, named_by = fallback_title(head)
    if is_logistics(title, description) and not title_links:
        return None  # `Tue Oct 1: review session`, `Optional readings: none this week`
    label = title.partition(":")[0] if ":" in title else title
    if label.strip(" :.*_").casefold() in _ASIDE_LABELS and not title_links:
        # `- Note: the set of CE is a polytope …` after a glossary's term, `- *Note:* the
        # reading list changes year to year`
        return None
    if re.match(r"^\[[ xX]\]", description) and not links:
        return None  # `[ ] implement PPO from scratch`: a task, not a reading
    head_links: list[Link] = []
    opening = next((run for run in head if run.text.strip()), None)
    if named_by is not None:
        head_links = [named_by]
    elif not lead and opening is not None and opening.link is not None:
        head_links = [opening.link]
    after_lead = head[len(lead) :]
    papers = (
        _ids(title_links)
        or _ids(link_list([run for run in head if run.bold]))
        or _ids(head_links)
        or _ids(_own_from_first_generic(after_lead if lead else head))
        or (_ids(_own_after_byline(after_lead)) if lead else [])
    )
    related = [pid for pid in _ids(links) if pid not in papers]
    return _finish(
        item=item,
        title=title,
        source=source,
        description=description,
        links=links,
        title_links=title_links,
        papers=papers,
        related=related,
        body=after_lead if lead else head,
        extra=cited,
        alias=alias,
        first_work=labelled_topic,
        first_citation=first_citation,
    )


#: `Known as "EfficientAT".`, `… (Wu, …, ACL 2019), a.k.a. TRADE`, `a.k.a. **ReVeal**`, `(aka
#: GKD)` right after the title: the short name a paper's long title goes by (a sentence's
#: start, after the citation's bracket or in a bracket of its own; never `MIN (a.k.a. OPT`)
_KNOWN_AS = re.compile(
    r"(?:^|[.;!]\s+|\),\s+|(?P<bracket>\(\s*))"
    r"(?:(?:better\s+|also\s+)?known\s+as|a\.k\.a\.?|aka|dubbed)\s+[\"“]?"
    r"(?P<name>[A-Za-z][\w.-]*?(?:\s[A-Z][A-Z0-9]{1,5})?)[\"”]?(?=[\s.,;:)]|$)",
    re.IGNORECASE,
)
#: a sentence that is only a name, right after the citation: `… (Meta AI / CMU, NeurIPS
#: 2022). **Audio-MAE**. It's MAE for spectrograms …` (r94 awesome)
_NAME_ALONE = re.compile(r"^[^.]{0,300}?\)\.\s+(?P<name>[A-Za-z][\w-]{1,20})\.(?:\s|$)")
#: where a text turns to other works: what it says after that names no alias of its own
_OTHER_WORKS = re.compile(r"\bsee\s+also\b|\bcf\.|\bcompare\b|\bfollow-?ups?\b", re.IGNORECASE)


def _makers_no_terms(claims: list[Claim], attribution: Attribution) -> None:
    """`VanLehn reviews comparisons and finds human tutoring at about d = 0.79 …` (r150
    syllabus, a cloze on {{c1::VanLehn}} and no card for the finding): who wrote the work is
    its attribution's to ask, never a term of what it says."""
    makers = {
        word.casefold()
        for word in re.findall(r"[^\W\d_][\w'’-]+", attribution.authors)
        if word not in {"et", "al", "and"}
    }
    if not makers:
        return
    for at, claim in enumerate(claims):
        if any(term.casefold() in makers for term in claim.terms):
            terms = tuple(term for term in claim.terms if term.casefold() not in makers)
            claims[at] = replace(claim, terms=terms)


#: what a reading line says after its writer's name, when the title is cut out of it: the
#: part to read (`Preface and 1.1–16`, `Book 1`, `ch. 2`) or a bracket (`(whole thing)`)
_READING_LEFT = re.compile(
    r"[\s,;:–—-]*(?:$|\(|\[|\d|(?:preface|prologue|introduction|intro|books?|chs?\b|chapters?|"
    r"selections?|excerpts?|extracts?|sections?|pp?\.|letters?\s+\d)\b)",
    re.IGNORECASE,
)


def _without_lone_byline(claims: list[Claim], attribution: Attribution, description: str) -> None:
    """`Sallust, *The War with Catiline* (whole thing; it's short)` (r177 syllabus, its gist
    "Sallust, (whole thing; it's short)"): the writer known by one name (or by a place)
    opens the line, and what is left of it once the title is cut is which part to read,
    never what the work is."""
    who = attribution.authors
    if not who or " " in who.replace(" of ", "") or not description.startswith(f"{who},"):
        return
    for at in reversed(range(len(claims))):
        text = claims[at].text
        if text.startswith(f"{who},"):
            rest = text[len(who) + 1 :]
            if _READING_LEFT.match(rest):
                del claims[at]
            else:
                claims[at] = replace(claims[at], text=rest.strip(" ,;:–—-"))


#: a head's citation in brackets at its end: `(Boyer, Kaye & Erickson, 2019).`
_CITATION_AT_END = re.compile(r"\s*\([^()]*\b(?:19|20)\d\d[a-z]?\)\s*[.:]?\s*$")


def _acronym_spelled(head: str, quoted: str) -> bool:
    """`AIRSS (Pickard & Needs, 2011).` and "Ab initio random structure searching": the
    head opens with an acronym the quoted words spell."""
    first = re.match(r"[\s*_]*(?P<name>[^\s(),.:;]+)", head)
    return (
        first is not None
        and is_acronym(first["name"])
        # (the words themselves, never a title that holds them: `*Landscape Assessment: … the
        # Normalized Burn Ratio*` under **NBR / dNBR …** (r145 blog))
        and len(quoted.split()) <= len(first["name"]) + 1
        and spelled_by(first["name"], quoted)
    )


def _known_as(description: str, title: str, *, linked: bool) -> str:
    """The name the entry says its paper goes by (r94 awesome: *Efficient Large-Scale Audio
    Tagging via Transformer-to-CNN Knowledge Distillation* … `Known as "EfficientAT".`
    was asked as the whole title); a name-shaped word (`SAD DNS`: and an acronym) the title
    does not hold, before the text turns to other works; else ""."""
    other = _OTHER_WORKS.search(description)
    text = description[: other.start()] if other else description
    alone = _NAME_ALONE.search(text) if linked else None
    if (
        alone is not None
        and is_acronym(alone["name"])
        and alone["name"] not in title
        and alone["name"] not in VENUE_NAMES  # (`… (Stowell, 2022). PeerJ.`: where it appeared)
    ):
        return alone["name"]  # `(Meta AI / CMU, NeurIPS 2022). **Audio-MAE**. It's MAE …`
    for found in _KNOWN_AS.finditer(text):
        if found.group("bracket") and not text[: found.start()].rstrip().endswith(title):
            continue  # `Introduces MIN (a.k.a. OPT / Belady's algorithm)`: another's name
        name = found.group("name")
        first = name.split()[0]
        if (
            NAME_TOKEN.match(first) or is_acronym(first)
        ) and name.casefold() not in title.casefold():
            return name
        return ""
    return ""


def _finish(
    *,
    item: Item,
    title: str,
    source: str,
    description: str,
    links: list[Link],
    title_links: list[Link],
    papers: list[str],
    related: list[str],
    body: list[Run],
    extra: Attribution,
    alias: str = "",
    first_work: str = "",
    first_citation: str = "",
) -> Entry:
    """The rest of the reading, shared by list items and table rows: name, topic,
    attribution, claims; `alias`: the short name a headline gave the paper it cites;
    `first_work`: the first of the works an item names under a bold label (`**Serving.**
    vLLM — Kwon et al., …`), the label no work of its own."""
    sites = tuple(urlsplit(link.url).netloc.casefold() for link in links)
    name, from_title = short_name(title, sites)
    if not alias and name == title and len(title.split()) >= 4:
        alias = _known_as(description, title, linked=bool(title_links))
    name = _without_lab(alias or name)
    acronyms: dict[str, str] = {}
    # a bracket after a space; one set against the name is part of it (`DPLL(T)`)
    spelled = re.match(r"^(?P<outer>[^()]+?(?:\([^()]*\)[^()]*?)?)\s+\((?P<inner>[^()]+)\)$", name)
    short = spelled.group("inner").strip() if spelled else ""
    titled = spelled is not None and (
        ":" in spelled.group("outer") or is_title_case(spelled.group("outer"))
    )  # a paper's title, not a term spelled out (`Stein variational gradient descent (SVGD)`)
    if spelled and titled and len(spelled.group("outer").split()) >= 4 and NAME_TOKEN.match(short):
        # `Bootstrap Your Own Latent: A New Approach to … (BYOL)`, `Exploring Simple Siamese
        # Representation Learning (SimSiam)`: a paper's title, then the name it goes by
        acronyms.update(stated_expansions(name))
        # (but `Illustrating Reinforcement Learning from Human Feedback (RLHF)` (r157 table,
        # "Who made **RLHF**? → Lambert et al."): a post that explains what the bracket names)
        expansion = acronyms.get(short, "")
        outer = spelled.group("outer").rstrip()
        subject = (
            bool(expansion)
            and outer.casefold().endswith(expansion.casefold())
            and _ABOUT_THE_SUBJECT.search(outer[: len(outer) - len(expansion)]) is not None
        )
        # (nor `Using Selective Memoization to Defeat Regular Expression Denial of Service
        # (ReDoS)` (r160 notes, the paper asked as "ReDoS"): the bracket spells the phrase
        # the title ends with, what the work is about)
        if not _EXPLAINS.match(spelled.group("outer")) and not subject:
            name = short
    elif spelled:  # `Write-ahead logging (WAL)`, `MVCC (multiversion concurrency control)`
        stated = stated_expansions(name)
        acronyms.update(stated)
        if stated or is_acronym(spelled.group("inner")) or is_acronym(spelled.group("outer")):
            name = spelled.group("outer").strip(EDGE)
        else:  # `TD learning (Temporal-Difference learning)`: the acronym before a shared tail
            tail = shared_tail(spelled.group("outer"), spelled.group("inner"))
            if tail:
                stated = stated_expansions(f"{tail[0]} ({tail[1]})")
                if stated:
                    acronyms.update(stated)
                    name = spelled.group("outer").strip(EDGE)
    dashed = re.match(r"^(?P<short>[^\s—–]+)\s+[—–-]\s+(?P<long>[^—–]+)$", name)
    if dashed and is_acronym(dashed["short"]):
        span = spelling_in(dashed["short"], dashed["long"])
        if span is not None and len(span) >= len(dashed["long"].strip()) - 2:
            # `DDPM — Denoising Diffusion Probabilistic Models`: the name, then what it stands for
            acronyms[dashed["short"]] = dashed["long"].strip(EDGE)
            name = dashed["short"]
    inside = re.match(r"^(?P<short>\S+)\s*\((?P<long>[^()]+)\)\s+(?P<rest>[^()]+)$", name)
    if inside and stated_expansions(f"{inside['short']} ({inside['long']})"):
        # `ANN (Approximate Nearest Neighbor) search` is ANN search
        acronyms.update(stated_expansions(f"{inside['short']} ({inside['long']})"))
        name = f"{inside['short']} {inside['rest']}".strip(EDGE)
    names = _group(name, title_links)
    # (`**Dropout** *(ML trap)*: in single-cell RNA-seq, …`: a tag on the term, then its
    # definition)
    head_text = re.sub(r"^\s*\([^()]{1,30}\)(?=\s*:\s)", "", _clean_text(body))
    word_acronym = name.isalpha() and 4 <= len(name) <= 8  # `**Lasso**: Least absolute …`
    # `**DASH diet**: Dietary Approaches to Stop Hypertension. …` (r154 glossary, never asked
    # what DASH stands for): an acronym and the kind of thing it is
    lead = name.split()[0] if len(name.split()) == 2 and is_acronym(name.split()[0]) else ""
    if is_acronym(name) or word_acronym or lead:  # `**ACID**: Atomicity, Consistency, …`
        letters = name if is_acronym(name) or word_acronym else lead
        # (`**SNARK**: Succinct Non-interactive ARgument of Knowledge: proofs that …`)
        first = re.split(r"\s[-–—]\s|[.;:]\s", head_text.lstrip(" :-–—"), maxsplit=1)[0]
        # (a word's capitals count as its own letters, `ARgument` gives A and R, and a
        # hyphen's word only its first: `Non-interactive` gives N)
        split = re.sub(r"\b([A-Z])(?=[A-Z][a-z])", r"\1 ", first)
        if split != first:
            split = re.sub(r"(?<=\w)-(?=\w)", "", split)
        span = spelling_in(letters.upper() if word_acronym else letters, split)
        if span is not None and len(span) >= len(split.strip(" ,.:")) - 2:
            acronyms[letters] = first.strip(" ,.:()")  # (`(Best Matching 25)`)
            head_text = head_text.replace(first, " ", 1)
    if is_acronym(name) and name not in acronyms:
        # `**TRPO**: … (Schulman et al. 2015, [Trust Region Policy Optimization](…))`: a
        # link's whole text spells the name out
        for link in links:
            text = link.text.strip(EDGE)
            span = spelling_in(name, text)
            rest = text[len(span) :].strip(EDGE) if span and text.startswith(span) else None
            # (`Proximal Policy Optimization Algorithms`: the kind of thing after it)
            if span and rest is not None and (len(rest) <= 2 or rest.casefold() in _KIND_AFTER):
                acronyms[name] = span
                break
    head, colon, subtitle = title.partition(":")
    if is_acronym(name) and name not in acronyms and colon and head.strip() == name:
        # `BPR: Bayesian Personalized Ranking from Implicit Feedback`, `MIND: Multi-Interest
        # Network with Dynamic Routing`: the words after the colon spell the name out (with
        # the capitalised words that go on from them)
        subtitle = subtitle.strip()
        span = spelling_in(name, subtitle)
        if span is not None and subtitle.startswith(span):
            more = re.match(r"(?:\s+[A-Z][\w-]*)*", subtitle[len(span) :])
            said = span + (more.group(0) if more else "")
            if more and more.group(0) and subtitle[len(said) :].startswith(","):
                # `CLOCS: Contrastive Learning of Cardiac Signals Across Space, Time, and
                # Patients` (r154 blog, spelled out as "… Across Space"): a list goes on to
                # the end, the whole subtitle
                said = subtitle.rstrip(EDGE)
            acronyms[name] = said
        elif (
            span is None
            and len(subtitle.split()) <= 6
            and loosely_spelled(name, subtitle.rstrip(EDGE), strict=True)
        ):
            # `SECOND: Sparsely Embedded Convolutional Detection` (r155 syllabus, its letters
            # from the words' first letters and the ones after them): the whole subtitle
            acronyms[name] = subtitle.rstrip(EDGE)
    if source == "quoted":  # `If you need a VAE refresher: Kingma & Welling, *…*`
        label, colon, after_label = head_text.partition(": ")
        if colon and READER_CLAUSE.match(label.strip(EDGE)):
            head_text = after_label
    if source == "paper-link":
        for link in title_links:
            if title in link.text and link.text in head_text:
                # `[Leviathan, Kalman & Matias, *Fast Inference …*, ICML 2023](…)`: the
                # link's byline is read; what the text says goes on after the link
                head_text = head_text.replace(link.text, title, 1)
    if source in {"label", "link-label", "paper-link", "quoted"}:
        at = head_text.find(title)
        if 0 <= at <= 3:
            head_text = head_text[at + len(title) :]
        elif at > 3 and source != "label":  # `Vaswani et al., "Attention Is All You Need", …`
            # `Kato, Ushiku & Harada's "Neural 3D Mesh Renderer" (CVPR 2018) approximates
            # …`: a possessive byline goes with the title (the claim is what follows)
            quoted = _POSSESSIVE_BYLINE + r"[\"“*_]?" + re.escape(title) + r",?[\"”*_]?"
            head_text = _without_heading(head_text[:at]) + head_text[at:]
            whose = _whose_before(head_text, title)
            if whose is not None:
                # `Sara Hooker's [The Hardware Lottery](…) (2020)`, `H. T. Kung's [Why Systolic
                # Architectures?](…)`: who made it, read; the claim is what follows the title
                start, people = whose
                after = head_text.find(title, start) + len(title)
                # (and where and when, in the bracket right after the title)
                bracket = re.match(r"[\"”*_,]*\s*(\([^()]*\))", head_text[after:])
                if bracket is not None:
                    people = people.merged(attrib.cut(bracket.group(1))[0])
                extra = extra.merged(people)
                head_text = head_text[:start] + " " + head_text[after:].lstrip('"”*_,')
            else:
                head_text = re.sub(quoted, " ", head_text, count=1)
    text = plain(item.head)
    # (`**Mirhoseini, Goldie et al., "A graph placement methodology for fast chip
    # design"**`: a title in sentence case after its byline names one paper)
    topic = bool(first_work) or (
        is_topic(name, title, source, title_links, text, linked=bool(links))
        and not bylined(head_text, [_clean_text(runs) for runs in item.nested])
        and not (source == "lead" and extra.authors)
    )
    lead_runs = item.head[: len(item.head) - len(body)] if source == "lead" else []
    stressed_runs = item.everything[len(lead_runs) :]
    concepts = stressed_concepts(stressed_runs, exclude=title)
    concepts += [
        term
        for term in italic_terms(stressed_runs, exclude=title)
        if term.casefold() not in {c.casefold() for c in concepts}
    ]
    own_links = (
        [link for link in links if arxiv_id(link.url) in papers]
        or title_links
        or _own_from_first_generic(body)
    )
    link_names = [
        text
        for link in links
        if (text := NAME_SUFFIX.sub("", link.text.strip(EDGE)).strip(EDGE))
        and names_a_thing(text)
        and len(text.split()) <= 6
        and is_name(text)
    ]
    # `[Liu et al., *Optimizing …*, ICML 2024 (Meta)](arXiv)`: an own link's text that is a
    # whole citation (its title in italics, who wrote it around it)
    citations = {link: link_citation(item.everything, link) for link in own_links}
    if source == "lead" and not title_links:
        # `**Glow** — Kingma & Dhariwal (OpenAI), [Glow: Generative Flow with …](arXiv)
        # (NeurIPS 2018). Adds actnorm …`: the own paper's title is no part of a claim
        for link in own_links:
            if _paper_title_link(link) and link.text in head_text:
                # (`[*Fast Transformer Decoding: …* (2019)](…)`: the title goes, its year
                # stays with the byline before it)
                citation = citations[link]
                kept = link.text.replace(citation[0], " ", 1) if citation is not None else " "
                head_text = head_text.replace(link.text, kept, 1)
        # `**PBRT** — Matt Pharr, …, *Physically Based Rendering: From Theory to …*, 4th
        # edition (MIT Press, 2023)`: a title in italics after a byline, the same
        italic = _italic_title(body)
        if italic and italic[0][:1].isupper() and italic[0] in head_text:
            before = head_text[: head_text.find(italic[0])]
            if attrib.cut(before.strip(" —–-:,;("))[0].authors:
                for part in italic:
                    head_text = head_text.replace(part, " ", 1)
    parts = [("text", head_text)]
    parts += [("text", _clean_text(runs)) for runs in item.rest]
    # (a bullet on another paper, `- **An Interpretability Illusion for …** (Makelov, Lange &
    # Nanda, ICLR 2024, …) — …`, cites that paper's people: read as a paragraph, whose
    # citation is never the entry's)
    parts += [
        ("text" if _another_papers_bullet(runs) else "nested", _clean_text(runs))
        for runs in item.nested
    ]
    italic_titled = False
    if source in {"lead", "table"} and own_links:
        # `**Chain-of-Table**: *Evolving Tables in the Reasoning Chain for Table
        # Understanding*, Zilong Wang, …, ICLR 2024.` (r139 table, the title and its byline
        # read as the entry's gist): the paper's title in italics, as in quotes
        opening = " ".join(_italic_title(body))
        said = head_text.lstrip(" -–—:,(|")
        # (a byline right after it: never `**MacKay**: *Information Theory, Inference, and
        # Learning Algorithms* (CUP 2003)` (r120 glossary), a book named by its author)
        if opening and said.startswith(opening) and re.match(r",\s+[A-Z]", said[len(opening) :]):
            head_text = head_text.replace(opening, f'"{opening}"', 1)
            italic_titled = True
    found = QUOTED_TITLE.match(head_text.lstrip(" -–—:,(|"))
    if (
        found
        and (source == "lead" or italic_titled)
        and own_links
        and len(found.group("title").split()) >= 3
        and not found.group("title")[:1].islower()  # `"just use attention" motion …`: a quip
        # `**Lion**: "EvoLved Sign Momentum" — …`: what the name stands for, no title
        and not (
            len(found.group("title").split()) <= 4 and _spells_loosely(name, found.group("title"))
        )
    ):
        # `**DQN** (url) — "Playing Atari with Deep Reinforcement Learning"`
        key = arxiv_id(own_links[0].url) or normalise_url(own_links[0].url)
        quoted_title = clean_title(found.group("title"))
        head_text = head_text.replace(found.group(0), " ", 1)
    else:
        quoted_title, key = "", ""
    read = read_claims(
        parts if not quoted_title else [("text", head_text), *parts[1:]],
        name="" if topic else name,
        own_names=[*names, name, title],
        stressed=concepts,
        link_names=link_names,
        link_words=_link_words(links),
        link_texts=tuple(clean_space(link.text).strip(EDGE) for link in links),
        venue_texts=tuple(clean_space(link.text) for link in links if names_a_venue(link)),
        # (not `Curiosity / intrinsic motivation`: a term by two names, however long)
        # (not `Secure Border Gateway Protocol (S-BGP)` (r113 notes, named **PKI** from `PKI
        # for address blocks …`): a title that gives its own short name)
        # (nor `Tülu 3 8B (+70B)` (r163 table, renamed **RLVR** by its notes' `RLVR.`): a
        # model's name and, in brackets, its other sizes)
        long_name=not topic
        # (and `Predict, Refine, Synthesize` (r165 blog, a title's head; its notes say
        # `TSDiff.`): words listed, no name)
        and (
            len(re.sub(r"\s*\(\+[^()]*\)$", "", name).split()) >= 4
            or ": " in name
            or (
                re.fullmatch(r"[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+,?\s+(?:and\s+)?[A-Z][a-z]+", name)
                is not None
                and has_verb_word(name)
            )
        )
        and " / " not in name
        and not re.search(r"\([A-Z][\w-]*[A-Z][\w-]*\)$", title),
        # a glossary's `**Term**: …` and a table row's description say what it is
        glossary=(source == "lead" and head_text.lstrip().startswith(":")) or source == "table",
        term=source == "lead" and head_text.lstrip().startswith(":"),
        head_byline=bool(extra.authors),
        italics=frozenset(
            clean_space(run.text).strip(" .,;:") for run in item.head if run.italic and not run.bold
        ),
        others=tuple(
            link.text.strip(EDGE)
            for link in links
            if link not in own_links and link not in title_links and arxiv_id(link.url)
        ),
    )
    if read.alias:
        name, names = read.alias, [read.alias]
    elif given := _dashed_name(description, title, name):
        name, names = given, [given]
    elif name == title and len(title.split()) >= 4 and not topic and not stated_expansions(title):
        # (the text's own reading found no short name: the one the reference's text opens with;
        # never over the one the title spells out, `Secure Border Gateway Protocol (S-BGP)`)
        opening = name_after_reference(description, title, [link.text for link in links])
        if opening:
            name, names = opening, [opening]
            read.claims[:] = [without_name_label(claim, opening) for claim in read.claims]
    # `**Omniglot** — [Human-level concept learning through probabilistic program
    # induction](…) - Lake et al. …`: a linked title says what the paper is called, not what
    # the entry is
    linked_titles = {
        clean_space(link.text).strip(EDGE).casefold()
        for link in links
        if len(link.text.split()) >= 3
    }
    lead = re.split(r"\s[—–:-]\s", text, maxsplit=1)[0]
    two_named = len(names) >= 2 or (
        len(lead.split()) <= 6 and re.search(r"\s(?:and|&)\s|/", lead) is not None
    )
    read.claims[:] = [
        claim
        for claim in read.claims
        if claim.text.strip(EDGE).casefold() not in linked_titles
        # (`**CIFAR-FS** and **FC100** — introduced by R2-D2 and TADAM respectively`: a
        # claim that pairs two things with two others says nothing of either alone)
        and not (two_named and re.search(r"\brespectively\b", claim.text))
        # (`— EuroSys 2013, best student paper`: an award, not what it is)
        and not attrib.AWARD.fullmatch(
            re.sub(r"(?i)^(?:an?|the)\s+", "", claim.text.strip(EDGE + "."))
        )
    ]
    if not topic:
        subtitle_definition(read.claims, name, title)
    own_names = _own_names(
        papers, own_links, title_links, name, names, _family(item.head, title_links)
    )
    if read.paper_alias and len(papers) == 1 and name:
        # `| C4 | [Exploring the Limits of …](arXiv) | The T5 paper. …`: the row's paper is
        # the T5 paper, which introduced C4
        own_names[papers[0]] = read.paper_alias
    named_by_title = title != name and name.casefold() in title.casefold()
    if read.paper_alias and len(papers) == 1 and name and not named_by_title and source == "table":
        # (but `**PyTorch Distributed: Experiences on …** … The DDP paper.` is the paper
        # itself: it names what the title does, it introduced no `PyTorch Distributed`)
        read.claims.append(
            Claim(
                text=f"introduced in the {read.paper_alias} paper",
                kind="introduces",
                introduced=name,
                verb="introduced",
                sentence=f"The {read.paper_alias} paper",
            )
        )
    paper_titles: dict[str, str] = {key: quoted_title} if quoted_title else {}
    for link in own_links:
        if _only_people(link.text):
            continue  # (`[Rublee, Rabaud, Konolige & Bradski 2011](doi)`: who, not a title)
        citation = citations[link]
        if citation is not None:
            paper_titles.setdefault(arxiv_id(link.url) or normalise_url(link.url), citation[0])
            extra = extra.merged(citation[1])
            continue
        if (
            (source in {"paper-link", "link-label"} and link in title_links)
            or _long_title(link.text)
            or (source == "lead" and not title_links and _paper_title_link(link))
        ):
            key = arxiv_id(link.url) or normalise_url(link.url)
            paper_titles.setdefault(key, clean_title(link.text))
    if source == "quoted":
        # the quoted title's own link (never one a "See also" tail gives another paper)
        own = [
            link
            for link in links
            if arxiv_id(link.url) not in related or title.casefold() in link.text.casefold()
        ]
        key = papers[0] if papers else normalise_url(own[0].url) if own else "title"
        paper_titles.setdefault(key, title)
    if source == "lead" and alias and len(papers) <= 1:
        # `**Revisiting Network Support for RDMA** (IRN)`: the bold title is IRN's paper's
        key = papers[0] if papers else normalise_url(own_links[0].url) if own_links else "title"
        paper_titles.setdefault(key, clean_title(title))
    if (
        source == "lead"
        and len(papers) == 1
        and papers[0] not in paper_titles
        and len(title.split()) >= 4
        and any(_only_people(link.text) for link in own_links)
    ):
        # `**Universal and Transferable Adversarial Attacks …** ([Zou et al., 2023](arXiv))
        # - GCG.`: the bold title is its paper's, the link says who wrote it
        paper_titles[papers[0]] = clean_title(title)
    if (
        len(papers) == 1
        and papers[0] not in paper_titles
        # (not one that links a paper of its own: `- … contested: Broido & Clauset 2019,
        # "Scale-free networks are rare" ([arXiv:1801.03400](…))`)
        and set(_ids(link_list(item.nested[0]) if item.nested else [])) <= {papers[0]}
    ):  # a note's citation bullet
        quoted = bullet_title([_clean_text(runs) for runs in item.nested[:1]])
        if quoted:
            paper_titles[papers[0]] = clean_title(quoted)
    after_head = quoted_after_link(body) if source == "lead" and len(papers) <= 1 else None
    if after_head is not None and not paper_titles:
        # `**Sa et al., WeedMap (2018)**: [Remote Sensing](…). "WeedMap: A Large-Scale …"`
        # (r144 blog): the quoted title after the head's link is its paper's
        cited_at, quoted_here = after_head
        paper_titles[arxiv_id(cited_at.url) or normalise_url(cited_at.url)] = clean_title(
            quoted_here
        )
    site = Attribution()
    if title_links and not papers and not topic:  # `[Sora](openai.com/index/sora)`
        site = Attribution(lab=attrib.lab_of_site(title_links[0].url))
    attribution = extra.merged(from_title).merged(read.attribution).merged(site)
    if source != "table":  # (a row's cells are apart: its lab cell never bylines its title)
        attribution = _byline_of_title(attribution, description, title)
        attribution = _inverted_byline(attribution, description, title)
    first_cited = (
        _cited_by_part(first_work, first_citation)
        if first_citation
        else _first_work_cited(first_work, description, attribution)
    )
    _makers_no_terms(read.claims, attribution)
    _without_lone_byline(read.claims, attribution, description)
    if first_work:  # (the item's citations are the works' it names: none is the label's)
        attribution = Attribution()
    elif attribution.authors and _cites_an_example(description, attribution):
        # `**Trusted setup**: … done as a multi-party ceremony — "Powers of Tau" (Bowe,
        # Gabizon, Miers, ePrint 2017/1050)`: the citation is the quoted work's, an example
        attribution = Attribution()
    return Entry(
        title=title,
        description=description,
        links=links,
        papers=papers,
        concepts=concepts,
        title_links=title_links,
        related=related,
        name="" if topic else name,
        names=[] if topic else names,
        topic=topic,
        paper_titles=paper_titles,
        attribution=attribution,
        claims=read.claims,
        findings=read.findings,
        see_also=list(dict.fromkeys(read.see_also)),
        instead=list(dict.fromkeys(read.instead)),
        own_names=own_names,
        acronyms=_one_per_acronym(
            {**_labels_spelling(description, title), **stated_expansions(description), **acronyms}
        ),
        mentions=first_cited
        + mentions(
            description,
            links,
            # (`**ReWOO and LLMCompiler** — … **ReWOO** ([Xu et al., 2023](…)) decouples …
            # **LLMCompiler** ([Kim et al., 2023](…)) …`: an entry on two works, credited to
            # no one, names each with its own citation)
            exclude=[first_work]
            if first_work
            else [name, title]
            if len(names) >= 2 and not attribution.authors and not papers
            else [name, title, *names, *own_names.values()],
            # (a label over works has no paper or people of its own: each work named is other)
            own_authors="" if first_work or topic else attribution.authors,
            own_papers=[] if first_work or topic else papers,
            # (and an italic title with its citation: `- see also *The Clock and the Pizza*
            # (Zhong, Liu, Tegmark & Andreas, NeurIPS 2023, …)`)
            stressed=[*concepts, *_italic_titles(stressed_runs, title)],
        ),
    )


def _italic_titles(runs: list[Run], title: str) -> list[str]:
    """The titles an item writes in italics or in bold (two to twelve words, the first
    capitalised), other than its own: `**Tryage: Real-time, intelligent Routing of User
    Prompts to Large Language Models** ([arXiv](…), Hari & Thomson, 2023)` is too long for
    a bold concept, not for a title (r179 blog, no card for the works a label lists)."""
    found: list[str] = []
    for run in runs:
        text = run.text.strip(" ,.;:")
        if (
            (run.italic or run.bold)
            and 2 <= len(text.split()) <= 12
            and text[:1].isupper()
            and text != title
        ):
            found.append(text)
    return found


def _cites_an_example(description: str, attribution: Attribution) -> bool:
    """The entry's citation belongs to a work it quotes by name as an example (`— "Powers of
    Tau" (Bowe, …)`), not as where it was first described (`First described in "The
    Part-Time Parliament" (Lamport 1998)`: that is the entry's own paper)."""
    for found in QUOTED_CITED.finditer(description):
        cited = attrib.cut(f"({found['inner']})")[0]
        if (cited.authors, cited.year, cited.venue) != (
            attribution.authors,
            attribution.year,
            attribution.venue,
        ):
            continue  # (another paper by the same people: `follow-up: "Robust …" (Shi …)`)
        before = description[max(0, found.start() - 30) : found.start()]
        if not re.search(r"\b(?:in|by|from|as|called|named|see)\s*$", before, re.I):
            return True
    return False


def _another_papers_bullet(runs: list[Run]) -> bool:
    """A nested bullet that opens with a bold title of four words or more and its own
    citation in brackets (people and year)."""
    shown = [run for run in runs if run.text.strip()]
    if not shown or not shown[0].bold or len(shown[0].text.split()) < 4:
        return False
    after = plain(runs[runs.index(shown[0]) + 1 :]).lstrip()
    cited = re.match(r"\((?P<inner>[^()]*)", after)
    return (
        cited is not None
        and attrib.year_in(cited.group("inner")) is not None
        and bool(attrib.cut(f"({cited.group('inner')})")[0].authors)
    )


def _cited_by_part(first_work: str, citation: str) -> list[Mention]:
    """The first work under a label over several citations, cited by its own part alone
    (`Turner et al., *Steering …* (2023, …)`: never the next part's venue)."""
    found = attrib.cut(citation)[0]
    year = attrib.year_in(citation)
    if not found.authors or year is None:
        return []
    venue = found.venue if found.venue and str(year) in found.venue else ""
    return [Mention(name=first_work, authors=found.authors, year=year, venue=venue)]


def _first_work_cited(first_work: str, description: str, attribution: Attribution) -> list[Mention]:
    """`**Serving.** vLLM / PagedAttention — Kwon et al., "…", SOSP 2023`: the work named
    first under a label, with the citation the item gives — when that citation's people
    stand right after its name (`**Multi-hop.** IRCoT: Trivedi, …, and ReAct (Yao et al.,
    ICLR 2023)` cites ReAct's people, not IRCoT's)."""
    if not first_work or not attribution.authors or not attribution.year:
        return []
    at = description.find(first_work)
    surname = attrib.first_surname(attribution.authors)
    # (or right before it: `Lowe et al., "Multi-Agent Actor-Critic …" (MADDPG), NIPS 2017`)
    near = description[max(0, at - 160) : at + len(first_work) + 80]
    if at < 0 or not surname or surname not in near:
        return []
    return [
        Mention(
            name=first_work,
            authors=attribution.authors,
            year=attribution.year,
            venue=attribution.venue,
            # (no paper: the item's first link may be another work's, `Natural Questions
            # (Kwiatkowski et al., TACL 2019), [HotpotQA](arXiv) (…)`)
        )
    ]


#: the name a bracket gives right after a quoted title: `"Language Models are
#: Unsupervised Multitask Learners" (GPT-2)`, `*Unified rational protein …* (UniRep)`
#: a venue's track (`EMNLP 2018 (System Demonstrations)`), never a name
_TRACK = re.compile(
    r"(?:system\s+)?demo(?:nstration)?s?|findings|(?:long|short)\s+papers?|workshops?|"
    r"volume\s+\d+|posters?|industry\s+track",
    re.IGNORECASE,
)
#: a name in brackets, alone or before what it is (`(GPT-2)`, `(VQ-VAE: nearest-neighbour
#: codebook, …)`, `(StyleGAN — we'll look at pictures in class)`; `(FR-FCFS.)`, r75 syllabus:
#: the sentence's period is no part of the name)
_ALIAS_BRACKET = (
    r"\((?P<alias>[^()\d,;:][^(),;:]{1,23}?)\.?(?:(?::|\s[—–]|;)\s[^()]*(?:\([^()]*\)[^()]*)*)?\)"
)
_AFTER_TITLE = r"[\"”*_]*,?\s*" + _ALIAS_BRACKET


_HONOUR = re.compile(
    r"\b(?:prize|award|best|outstanding|distinguished|oral|spotlight|poster|honou?rable|"
    r"test of time|keynote|tutorial)\b",
    re.IGNORECASE,
)


#: what kind of publication it is, said with where and when
_REPORT = re.compile(
    r"\b(?:technical|tech\.?|research)\s+report\b|\b(?:white\s+paper|preprint|(?:PhD\s+)?thesis)\b",
    re.IGNORECASE,
)


def _bracket_alias(description: str, title: str, *, right_after: bool = False) -> str:
    """The bracket after the title, or after its venue and year (`"Deep generative models of
    genetic variation …", Nature Methods 2018 (DeepSequence)`), when it holds a name."""
    at = description.find(title)
    if at < 0:
        return ""
    after = description[at + len(title) :]
    found = re.match(_AFTER_TITLE, after)
    if found is None and right_after:
        return ""  # (a table row: only the bracket right after its title names it)
    if found is None:
        between = re.match(r"(?P<where>[^()]*?)" + _ALIAS_BRACKET, after)
        # (`… ICML 2023. [arXiv:2212.04356](…) (Whisper)`: its link between, too)
        said = re.split(r"(?<=[.,;])\s+", between["where"]) if between is not None else []
        where = " ".join(part for part in said if not is_generic_link_text(part.strip(" .,;:")))
        # `OpenAI technical report, 2019. [PDF](…) (GPT-2)`: a lab's report, and when
        if _REPORT.search(where):
            where = re.sub(r"\b(?:19|20)\d\d\b", " ", _REPORT.sub(" ", where))
            where = " ".join(
                w for w in where.split() if not attrib.lab_in(w.strip('.,;:"”'), loose=True)
            )
        if between is None or re.sub(r"[\W_]+", "", attrib.cut(where)[1]):
            return ""
        found = between
    alias = found.group("alias").strip()
    if PLACE_AND_PUBLISHER.search(found.group(0)):
        # `*The Origins of Modern Science, 1300–1800* (London: Bell, 1949)` (r172 syllabus,
        # "What is **London**?"): where the book was published, by whom and when
        return ""
    paper = re.fullmatch(r"the\s+(?P<name>\S+)\s+paper", alias)
    if paper is not None:  # `(the GIZA++ paper)`: the name it goes by
        alias = paper.group("name")
    elif re.fullmatch(r"[a-z]+(?:_[a-z0-9]+)+", alias):  # `(fast_align)`: a tool's own name
        return alias
    if is_generic_link_text(alias) or _HONOUR.search(alias) or _TRACK.fullmatch(alias):
        return ""  # `(arXiv)`, `(Marr Prize)`, `(oral)`, `(System Demonstrations)`: a link,
        # an honour, a track of the venue
    if len(alias.split()) > 2 or not is_name(alias) or attrib.lab_in(alias, loose=True):
        return ""
    if attrib.is_publisher(alias):
        return ""  # `*The Design of Everyday Things* (Basic Books; …)` (r105 syllabus)
    if re.fullmatch(r"[A-Z][a-z]+\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?", alias):
        # `**AI Hallucination Cases database** (Damien Charlotin)` (r155 blog, "What is
        # **Damien Charlotin**?"): a person's given name and surname, who keeps it
        return ""
    if "§" in alias or not re.match(r"[^\W\d_]", alias) or _READING_PARTS.match(alias):
        # `(§8.1–8.3)`, `Chapter 2 (Sections 2.1–2.2)` (r126 syllabus, named "Sections
        # 2.1–2.2"): a part of the reading, never its name
        return ""
    if VENUE_NOTE.match(alias):
        # `CIA 2006 (LNCS 4149)` (r117 syllabus), `ICFP 2018 (PACMPL 2)` (r130 syllabus): a
        # series' or a journal's volume, where it is
        return ""
    if alias.casefold() in _WHERE_KEPT:
        return ""  # `"An Image Synthesizer," SIGGRAPH '85 (Canvas)` (r96 syllabus): where it is
    if attrib.cut(f"({alias})")[0] != Attribution() or attrib.year_in(alias):
        return ""  # `(NeurIPS 2017)`, `(Google)`: where and who, not a name
    return alias


_WHERE_KEPT = frozenset(site.casefold() for site in COURSE_SITES)
_READING_PARTS = re.compile(
    # (and the course's other weeks: `Tagliamonte & D'Arcy (Week 5)`, r165 syllabus, "known as
    # **Week 5**")
    r"(?i)(?:sections?|secs?\.?|chapters?|chs?\.?|parts?|pages?|pp?\.|lectures?|appendix|weeks?|"
    r"sessions?|days?|units?|modules?|classes)\s*\d"
)
#: an acronym that labels a sentence or a note: `GCM: schedule each instruction early …`
_LABEL_ACRONYM = re.compile(r"(?:^|(?<=\s))(?P<short>[A-Z]{2,6}):\s")


def _labels_spelling(description: str, title: str) -> dict[str, str]:
    """`GCM: schedule each instruction early …` under **Global Code Motion / Global Value
    Numbering**: a label that abbreviates words of the entry's title stands for them."""
    found: dict[str, str] = {}
    for match in _LABEL_ACRONYM.finditer(description):
        short = match.group("short")
        for part in re.split(r"\s*[/:]\s*", title):
            span = spelling_in(short, part)
            if span is not None and span == part.strip(EDGE) and len(span.split()) >= 2:
                found[short] = span
                break
    return found


def _one_per_acronym(acronyms: dict[str, str]) -> dict[str, str]:
    """`TTM` and `TTMs` for "Tiny Time Mixers": one acronym, its plural left out."""
    return {
        short: long
        for short, long in acronyms.items()
        if not (short.endswith("s") and acronyms.get(short[:-1], "").casefold() == long.casefold())
    }


def _family(head: list[Run], title_links: list[Link]) -> str:
    """`DeepSeek` in `**DeepSeek [V1](…), [Coder](…)**`: a name before a title's links."""
    if len(title_links) < 2:
        return ""
    before: list[str] = []
    for run in head:
        if run.link is not None:
            break
        before.append(run.text)
    words = clean_space("".join(before)).strip(EDGE).split()
    return " ".join(words) if 1 <= len(words) <= 2 and is_name(" ".join(words)) else ""


def _inverted_byline(found: Attribution, description: str, title: str) -> Attribution:
    """`Meyerhoff, Miriam. *Introducing Sociolinguistics*, 3rd ed.` (r165 syllabus, "Meyerhoff
    and Miriam"): a reading that opens with one person, surname first, whose given name's
    full stop the title follows, is that person's (never `[Title](…) — Mehta, Rastegari.`:
    two surnames after the title)."""
    at = description.find(title[:20]) if title else -1
    if at <= 0:
        return found
    # (`Weidman, Amanda J. *Singing the Classical, …*` (r175 syllabus): no author read at all)
    # (`Labov, William. 1966/2006. *The Social Stratification …*` (r165 syllabus): its year
    # between)
    byline = re.sub(
        r"\s*(?:1[89]|20)\d\d(?:/\d{2,4})?[a-z]?\.?$", "", description[:at].strip(' *_"“')
    )
    opening = attrib.inverted_byline(byline, before_title=True)
    if opening is None and not found.authors and attrib.named_by_place(byline):
        # (`Gregory of Tours, *The History of the Franks*, trans. Lewis Thorpe` (r176
        # syllabus): no one read as its writer)
        # (the year after `trans. Lewis Thorpe` is the translation's, never the work's)
        translated = re.search(r"\btrans(?:\.|lated\b)", description[at:]) is not None
        return replace(
            found,
            authors=attrib.named_by_place(byline),
            year=None if translated else found.year,
            venue="" if translated else found.venue,
        )
    if opening is None or (found.authors and " and " not in found.authors):
        return found
    return replace(found, authors=opening.authors)


def _byline_of_title(found: Attribution, description: str, title: str) -> Attribution:
    """`Trockman & Kolter, "Orthogonalizing …" (ICLR 2021) and Leino, Wang & Fredrikson,
    [Globally-Robust Neural Networks](…) (ICML 2021)`: when a text cites two author sets and
    the entry's title is the second paper's, the people right before the title made it."""
    at = description.find(title) if len(title.split()) >= 3 else -1
    if at <= 0 or not found.authors:
        return found
    before = attrib.byline_before(description[max(0, at - 80) : at])
    if not before or before == found.authors or len(set(attrib.people_in(description))) < 2:
        return found
    first, last = attrib.first_surname(found.authors), attrib.first_surname(before)
    listed = rf"\b{re.escape(first)}(?:,\s*[A-Z][\w'’-]+)*,\s*{re.escape(last)}\b"
    if first and last and re.search(listed, description[max(0, at - 80) : at]):
        return found  # `Mirhoseini, Goldie et al., "A graph …"`: one byline, its first
    bracket = re.match(r"[\"”*_]*\s*(\([^()]*\))", description[at + len(title) :])
    after = attrib.cut(bracket.group(1))[0] if bracket else Attribution()
    return Attribution(authors=before, year=after.year, venue=after.venue, lab=after.lab)


def _stem_label(lead: str, body: list[Run]) -> bool:
    """`**Iterate.** Hoang et al., *Iterative Back-Translation for …*`, `**Massive.** …,
    [Massively Multilingual …](…)`: one plain word that a longer word of the title it
    heads grows from is the post's label for that paper, not its name (but `**Coda**` over
    *Disconnected Operation in the Coda File System* is its name)."""
    word = clean_space(lead).strip(" .:*_")
    if not re.fullmatch(r"[A-Z][a-z]{3,}", word):
        return False
    stem = word[:-1].casefold()
    for run in body[:8]:
        quoted = QUOTED_TITLE.search(run.text) if run.link is None else None
        text = quoted.group(0) if quoted else run.text
        if (run.italic or run.link is not None or quoted) and len(text.split()) >= 3:
            # (but `**Performer.**` over *Rethinking Attention with Performers*: its plural
            # is the same word, the name)
            words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]
            plural = {word.casefold() + "s", word.casefold() + "es"}
            return not plural & set(words) and any(
                w.startswith(stem) and len(w) > len(word) for w in words
            )
    return False


def _italic_title(runs: list[Run]) -> list[str]:
    """The texts of the first run of italics (three words or more, across line breaks)."""
    found: list[str] = []
    for run in runs:
        if run.italic and run.link is None:
            found.append(run.text.strip())
        elif found and run.text.strip():
            break
    return found if len(" ".join(found).split()) >= 3 else []


def _paper_title_link(link: Link) -> bool:
    """An own paper's link whose text is its title (`Scalable Diffusion Models with
    Transformers`): three words or more, capitalised (not `the original paper`), not a URL."""
    text = link.text.strip(' "“*_')
    return (
        len(text.split()) >= 3
        and text[:1].isupper()
        and not is_generic_link_text(text)
        and not _only_people(text)  # (`Zou et al., 2023`: who wrote it)
    )


def _spells_loosely(name: str, phrase: str) -> bool:
    """`Lion` in "EvoLved Sign Momentum": a phrase made up to spell the name (a capital
    inside a word marks its letters), which holds them in order."""
    letters = re.sub(r"[^a-z0-9]", "", name.casefold())
    if len(letters) < 3 or not re.search(r"[a-z][A-Z]", phrase):
        return False
    rest = iter(phrase.casefold())
    return all(letter in rest for letter in letters)  # (each found after the one before)


def _long_title(text: str) -> bool:
    """Link text that is a paper's whole title, not its short name: six words or more, or a
    `Name: subtitle`."""
    text = clean_title(text)
    if re.search(r"\bpapers?$", text, re.IGNORECASE) or is_generic_link_text(text):
        return False
    return len(text.split()) >= 6 or bool(re.match(r"^[^:]{2,40}: \S", text))


#: what a paper's title may add after the words an acronym spells
_KIND_AFTER = frozenset({"algorithm", "algorithms", "model", "models", "method", "methods"})


_URL_WORD_BREAK = re.compile(r"[/\s._#?=&:-]+")


def _link_words(links: list[Link]) -> frozenset[str]:
    """The words of the entry's links' addresses and texts, folded (`github.com/csmith-
    project/csmith` -> csmith, project, …): a word of them names a thing of the entry."""
    return frozenset(
        word.casefold()
        for link in links
        for word in _URL_WORD_BREAK.split(f"{link.url} {link.text}")
        if len(word) >= 3
    )


def _own_names(
    papers: list[str],
    own_links: list[Link],
    title_links: list[Link],
    name: str,
    names: list[str],
    family: str = "",
) -> dict[str, str]:
    """The name each own paper goes by: its link's text when that is a name (after the
    family name the title starts with: `DeepSeek [V1]`), else the entry's name."""
    out: dict[str, str] = {}
    for link in own_links:
        pid = arxiv_id(link.url)
        if pid is None or pid not in papers or pid in out:
            continue
        text = NAME_SUFFIX.sub("", clean_title(link.text)).strip(EDGE) or clean_title(link.text)
        if names_a_thing(text) and not is_paper_link(link) and len(text.split()) <= 6:
            head, colon, _ = text.partition(": ")
            text = head if colon and is_name(head) else text
            if family and len(text.split()) <= 2 and not text.startswith(family):
                text = f"{family} {text}"  # `DeepSeek [V1], [Coder]` -> DeepSeek V1
            out[pid] = _without_lab(text)  # `[Meta RAG](arXiv)`: Meta's RAG
        elif len(papers) == 1 and name:
            out[pid] = name
    return out


def finish_row(
    item: Item,
    *,
    title: str,
    description: str,
    links: list[Link],
    title_links: list[Link],
    papers: list[str],
    body: list[Run],
    extra: Attribution,
) -> Entry:
    """A table row's entry, read like a list item's once its cells are sorted out."""
    related = [pid for pid in _ids(links) if pid not in papers]
    # `**How Far Are We to GPT-4V? …** (InternVL 1.5) — Chen et al., …`: the name the row
    # gives its paper in a bracket right after the title
    alias = _bracket_alias(description, title, right_after=True) if len(title.split()) >= 3 else ""
    return _finish(
        item=item,
        title=title,
        source="table",
        description=description,
        links=links,
        title_links=title_links,
        papers=papers,
        related=related,
        body=body,
        extra=extra,
        alias=alias,
    )
