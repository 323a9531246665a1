"""`acronym` cards: What does DPO stand for? → Direct Preference Optimization.

An acronym is asked when its words are known: the entry's own paper's title spells
its name (`MMLU` — *Measuring Massive Multitask Language Understanding*), or the
list spells it out itself (`Write-ahead logging (WAL)`, `multi-query attention
(MQA)`). This replaces the paper-name card that would give itself away.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from srs.cards.context import EntryContext, Slot
from srs.cards.introduced import named_methods
from srs.reading.acronyms import is_acronym, spelling_in
from srs.reading.terms import COMMON_ACRONYMS
from srs.text import md_escape, slugify

if TYPE_CHECKING:
    from srs.cards.templates import KindTemplate

__all__ = ["acronym"]


def _compound(name: str) -> bool:
    """`Multi-IF`: a word and an acronym; its words are not simply its title's initials;
    `ViT-22B`: an acronym and a model's size (never "Vision Transformers to 22 Billion")."""
    return bool(
        re.match(r"^[A-Z][a-z]{2,}-[A-Z]{2,}$", name) or re.search(r"-\d+(?:\.\d+)?[BMKT]$", name)
    )


def _stands_for(short: str) -> bool:
    """An abbreviation one asks the words of: mostly capitals (`DPO`, `LoRA`, `ReAct`), not a
    name made of word starts (`MaxSim`, `ResNet`: asking what they "stand for" is a quibble)."""
    letters = [ch for ch in short if ch.isalpha()]
    capitals = sum(1 for ch in letters if ch.isupper())
    return bool(letters) and capitals * 5 >= len(letters) * 2


def _leads(name: str, span: str) -> bool:
    """`SimVLM` by *Simple Visual Language Model*, but not `FastSLAM` by *Factored Solution
    to the Simultaneous Localization and Mapping*: a name's leading word shows in its
    expansion's first word."""
    word = re.match(r"^([A-Z][a-z]{2,})(?=[A-Z]{2,})", name)
    return word is None or span.casefold().startswith(word.group(1).casefold())


#: a whole word before a name's capitals: `Prompt` of `PromptMRG`
_LEADING_WORD = re.compile(r"^[A-Z][a-z]{2,}(?=[A-Z]{3,}$)")


def _whole_first_word(word: str, span: str) -> bool:
    """`Prompt` of `PromptMRG` by *Prompts for Medical Report Generation*: the expansion's
    first word is the word itself (or its plural), not a longer one it clips (`Sim` of
    *Simple*, `Mask` of *Masked*)."""
    first = span.split()[0].casefold() if span.split() else ""
    return first in {word.casefold(), word.casefold() + "s"}


def _cut_short(span: str, title: str) -> bool:
    """`SGC` spelled by *Simplifying Graph Convolutional* of *… Convolutional Networks*: the
    spelling stops at an adjective whose noun follows — the title is not its expansion."""
    last = span.split()[-1].casefold() if span.split() else ""
    after = title[title.find(span) + len(span) :].split()
    if after and last in _COMPOUND_HEADS and after[0][:1].isupper():
        return True  # `BBQ` spelled by *Bias Benchmark for Question* of *… Question Answering*
    return (
        bool(after)
        and re.search(r"(?:al|ive|ic|ous)$", last) is not None
        and last not in _NOUNS_LIKE_ADJECTIVES
    )


#: nouns that open a compound whose second noun a spelling may stop before: *Question
#: Answering*, *Image Recognition*, *Language Model*
#: (*Equivariant Diffusion for Molecule* of *… Molecule Generation in 3D*, r77 awesome)
_COMPOUND_HEADS = frozenset(
    {"question", "language", "speech", "molecule", "image", "video", "protein", "object"}
)


#: nouns that end as adjectives do: *Dense Passage Retrieval* for …, *… Signal* for …
_NOUNS_LIKE_ADJECTIVES = frozenset(
    {
        *("retrieval", "removal", "approval", "trial", "signal", "interval", "proposal"),
        *("arrival", "survival", "renewal", "rehearsal", "tutorial", "journal", "manual"),
        *("potential", "material", "terminal", "animal", "objective", "derivative"),
        *("primitive", "alternative", "representative", "logic", "topic", "metric"),
        *("music", "graphic", "dynamic", "heuristic", "arithmetic", "rhetoric"),
    }
)


def _where(short: str, expansion: str, name: str, section: str) -> str:
    """` (in *Hedione*)` after a two-letter acronym, which stands for too many things to ask
    alone (r174 glossary: "What does **HC** stand for?", "What does **OR** stand for?",
    graded weak): the entry it comes from, else its section — never words that spell it."""
    if len(re.sub(r"[^A-Za-z0-9]", "", short)) > 2:
        return ""
    spelled = {word.casefold() for word in re.findall(r"\w{3,}", expansion)}
    section = re.sub(r"^\s*(?:\d+|[IVX]+)[.)]\s*", "", section)  # (`3. Regularization`)
    for where, mark in ((name, "*"), (section, "")):
        words = {word.casefold() for word in re.findall(r"\w+", where)}
        shown = slugify(short) in {slugify(where), *words}  # (`H.M` under **H.M**)
        if where and not shown and not spelled & words:
            return f" (in {mark}{md_escape(where)}{mark})"
    return ""


#: the field's own words, spelled out in every title that uses them
_FIELDS_WORDS = frozenset({"AI", "ML", "NLP", "LLM", "LLMs", "GPU", "GPUs", "CPU", "CPUs"})


def acronym(ctx: EntryContext, template: KindTemplate) -> list[Slot]:
    slots: list[Slot] = []
    seen: set[str] = set()

    def add(short: str, expansion: str, key: str | None, context: str, concept: str = "") -> None:
        short = short.strip("\"“”'")
        expansion = expansion.strip("()[]\"“”' ")
        if slugify(short) in seen or slugify(short) == slugify(expansion) or not _stands_for(short):
            return
        if re.search(r"[+\-]{2}$|\+$", short):
            return  # `NeRF++`, `NeRF--`: what it stands for is NeRF's, not the variant's
        if short in _FIELDS_WORDS and len(ctx.entry.name.split()) > len(expansion.split()) + 2:
            # `Large Language Models (LLMs) on Tabular Data: …` (r180 table, "What does
            # **LLMs** stand for?", useless): the field's word inside a title, no term of its
            # own (but `**Long short-term memory (LSTM)**` asks it)
            return
        seen.add(slugify(short))
        values = {
            "acronym": md_escape(short),
            "expansion": md_escape(expansion),
            "acronym_context": md_escape(context),
            "acronym_where": _where(short, expansion, ctx.entry.name, ctx.section),
        }
        slots.append(Slot(values, concept=concept or short, key=key))

    for paper in [*ctx.own_papers, *ctx.related_papers]:
        if is_acronym(paper.name) and paper.title and not _compound(paper.name):
            span = spelling_in(paper.name, paper.title)
            if span is not None and not _cut_short(span, paper.title) and _leads(paper.name, span):
                word = _LEADING_WORD.match(paper.name)
                inner = (
                    spelling_in(paper.name[word.end() :], span)
                    if word is not None
                    and _whole_first_word(word.group(0), span)
                    # (not `BrainGNN`: what GNN stands for is asked nowhere)
                    and paper.name[word.end() :] not in COMMON_ACRONYMS
                    else None
                )
                if word is not None and inner is not None:
                    # `PromptMRG` → *Prompts for Medical Report Generation* (r157 awesome,
                    # weak: "Prompt" on the front): what its capitals stand for (the card
                    # keeps the whole name's id)
                    add(paper.name[word.end() :], inner, paper.key, paper.title, paper.name)
                else:
                    add(paper.name, span, paper.key, paper.title)
    for short, expansion in ctx.entry.acronyms.items():
        add(short, expansion, None, ctx.entry.name or ctx.entry.title)
    for paper in ctx.own_papers:  # `we introduce Group Relative Policy Optimization (GRPO)`
        for method in named_methods(paper.abstract):
            long, _, short = method.rpartition(" (")
            add(short.rstrip(")"), long, paper.key, paper.title)
    if template.max_cards is not None:
        slots = slots[: template.max_cards]
    return slots
