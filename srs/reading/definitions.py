"""Which of an entry's claims says what it is: a labelled one (`Idea: late interaction`,
`fix: …`), else the first whose subject is the entry itself (`REALM pre-trains …`, `It
takes …`, `NPID treats …`) when nothing before it defined the entry."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.reading.claim_kinds import LONG_DEFINITION, cut_definition, starts_with_verb
from srs.reading.model import Claim

__all__ = ["named_subject", "promote_labelled", "promote_subject"]


_LABELLED = re.compile(
    r"^(?:fix|the fix|idea|key idea|main idea|core idea|trick|key trick|method|approach|"
    r"insight|key insight|solution)\s*:\s*",
    re.IGNORECASE,
)


def promote_labelled(claims: list[Claim]) -> None:
    """`fix: select argmax with the online network, …` is what the thing does, whatever came
    before it (the problem it fixes): it becomes the entry's definition."""
    for index, claim in enumerate(claims):
        match = _LABELLED.match(claim.text)
        if match is None:
            continue
        for other in range(len(claims)):
            if claims[other].kind in {"defines", "does"}:
                claims[other] = replace(claims[other], kind="says")
        text = claim.text[match.end() :]
        word = match.group(0).strip(" :").casefold().removeprefix("the ")
        label = _LABEL_NAMES.get(word.split()[-1], "")
        claims.insert(
            0, replace(claims.pop(index), kind="does", text=text, sentence=text, label=label)
        )
        return


#: how a card names a labelled claim (`Idea:`, `Key insight:`, `The fix:`)
_LABEL_NAMES = {
    "idea": "key idea",
    "insight": "key idea",
    "trick": "key trick",
    "fix": "fix",
    "solution": "fix",
    "method": "method",
    "approach": "method",
}


_SUBJECT = re.compile(r"^(?:it|this paper|the paper|this work|this model|the model)\s+", re.I)
#: a verb in the third person (`treats`, `pre-trains`), but not one that says nothing done
_VERB_S = re.compile(r"^[a-z]+(?:-[a-z]+)?(?:ies|es|s)\b")
_NOT_DOES = re.compile(r"^(?:is|has|was|does|gets|seems|remains|deserves|matters)\b")


def _does(rest: str) -> str:
    """`rest` when, after its subject, it says what the thing does (`treats every image …`),
    else ""."""
    if not _VERB_S.match(rest) or _NOT_DOES.match(rest) or not starts_with_verb(rest):
        return ""
    return rest


def _after(pattern: re.Pattern[str], text: str) -> str:
    found = pattern.match(text)
    return text[found.end() :] if found else ""


def _named(name: str) -> re.Pattern[str]:
    return re.compile(rf"^(?:the\s+)?{re.escape(name)}\s+", re.IGNORECASE)


def promote_subject(claims: list[Claim], name: str) -> None:
    """`REALM pre-trains a masked language model together with …` or `It takes an
    already-trained LM and …` after a remark (`This is the one to read …`): with no
    definition yet, the first claim whose subject is the entry itself says what it does."""
    if not name or any(claim.kind in {"defines", "does", "introduces"} for claim in claims):
        return
    named = _named(name)
    for index, claim in enumerate(claims):
        if claim.kind != "says":
            continue
        rest = _does(_after(named, claim.text) or _after(_SUBJECT, claim.text))
        if rest:
            text = cut_definition(rest) if len(rest.split()) > LONG_DEFINITION else rest
            claims.insert(0, replace(claims.pop(index), kind="does", text=text))
            return


def named_subject(text: str, name: str) -> str:
    """What follows the entry's name when the text opens with it as the subject of a verb
    (`NPID treats …` → `treats …`), else ""."""
    return _does(_after(_named(name), text)) if name else ""
