"""Whether a glossary's term names a thing of nature — a substance, a living thing, a
process of one — that no one made: the paper the glossary cites for it studied it
(`**Plasmin**: The main native protease of milk … Bastian & Brown (1996)`, r169 glossary:
"Who made **Plasmin**? → Bastian and Brown", useless)."""

from __future__ import annotations

import re

__all__ = ["of_nature"]

#: what a definition's head says the term is, when nobody made it: a substance, a living
#: thing or a part of one, a process of nature or a state of the body
_NATURE = frozenset(
    {
        # substances
        *("protein", "proteins", "glycoprotein", "enzyme", "enzymes", "protease"),
        *("proteases", "peptide", "peptides", "compound", "compounds", "molecule"),
        *("molecules", "pigment", "pigments", "acid", "acids", "sugar", "sugars", "lipid"),
        *("lipids", "hormone", "hormones", "odorant", "odorants", "metabolite"),
        *("metabolites", "toxin", "toxins", "antibiotic", "half", "product", "products"),
        *("byproduct", "by-product", "by-products", "precursor", "resin", "resins", "wax"),
        *("secretion", "secretions", "substance", "substances"),
        # living things and their parts
        *("virus", "viruses", "bacterium", "bacteria", "yeast", "yeasts", "mould", "moulds"),
        *("mold", "molds", "fungus", "fungi", "microbe", "microbes", "cell", "cells"),
        *("gene", "genes", "receptor", "receptors", "microbiota"),
        # processes and states of nature
        *("breakdown", "degradation", "hydrolysis", "disease", "disorder", "defect"),
        *("discontinuity", "discontinuities", "response"),
    }
)

#: what a definition's head or a name says the term is, when people made it
_MADE = frozenset(
    {
        *("model", "models", "method", "methods", "technique", "techniques", "algorithm"),
        *("algorithms", "framework", "theory", "hypothesis", "rule", "law", "principle"),
        *("index", "scale", "test", "assay", "equation", "classification", "scheme"),
        *("diagram", "map", "metric", "measure", "criterion", "procedure", "protocol"),
        *("approach", "program", "software", "tool", "package", "code", "database"),
        *("dataset", "benchmark", "standard", "system", "design", "architecture", "notation"),
        *("taxonomy", "term", "name", "concept", "idea", "paradigm", "estimator", "formula"),
        *("parameterization", "parameterisation", "approximation", "theorem", "analysis"),
    }
)

#: the opening of a definition that names a change of nature: `Loss of the symbiotic
#: dinoflagellates`, `The rise in TG-rich lipoproteins`, `Release of CO₂ and CH₄`
_CHANGE_OF = re.compile(
    r"(?i)^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:loss|release|rise|decline|uptake|formation|"
    r"separation|accumulation|production|conversion)\s+(?:of|in)\s"
)

#: a name that says it is a process or a part of nature: `Proteolysis`, `Amino acid
#: catabolism`, `Arginine deiminase (ADI) pathway`, `Lithosphere–asthenosphere boundary`
_NATURE_NAME = re.compile(
    r"(?i)(?:(?<!ana)lysis|olism|pathway|fermentation|ripening|spoilage|taint|disease|boundary|"
    r"discontinuity)$"
)

#: where a definition's head noun phrase ends: a mark, a preposition, a relative word, a
#: verb it opens a clause with or a participle that says more of its head
_HEAD_END = re.compile(
    r"[,;:.()—]|\s–\s|\s(?:of|that|which|who|whose|where|when|how|in|into|from|by|with|for|to|on|"
    r"at|across|between|is|are|was|were|can|does|do|has|have|given|made|found|caused|used|"
    r"called|known|needed|produced|described|isolated|discovered|solved)\s"
    # (`Plant resins | collected by bees`: a participle, then whose or where)
    r"|\s[a-z]+ed\s(?=(?:by|from|in|with|into|at|on|as|during|after)\s)",
    re.IGNORECASE,
)
#: words after a head noun that are not it: `yeast first described`
_AFTER_HEAD = frozenset({"first", "now", "also", "mostly", "only", "ever", "still", "often"})
#: a made thing, whatever its head: `a T cell given a synthetic receptor` (CAR T cells)
_ARTIFICIAL = re.compile(r"(?i)\b(?:synthetic|engineered|artificial|designed|recombinant)\b")
_WORD = re.compile(r"[^\W\d_][\w-]*")
#: an enzyme by its ending: `proteinase`, `peptidases`, `lipase` (never a `database`, a
#: `release` nor a `phase`)
_ENZYME = re.compile(r"\w{3,}ases?")
_NOT_ENZYMES = frozenset(
    {
        *("release", "increase", "decrease", "purchase", "phase", "showcase", "lowercase"),
        *("uppercase", "database", "codebase", "knowledgebase", "phrase", "crease", "chase"),
        *("erase", "please", "cease", "disease", "suitcase", "staircase", "testcase"),
    }
)


def _enzyme(word: str) -> bool:
    return _ENZYME.fullmatch(word) is not None and word.removesuffix("s") not in _NOT_ENZYMES


def of_nature(name: str, definition: str) -> bool:
    """`Plasmin` defined as *The main native protease of milk*, `Bacteriophage` as
    *Viruses that infect starter bacteria*, `Proteolysis`: a thing of nature — never
    `Paxos` (*A consensus protocol*), `Dropout` (*randomly zeroing units …*) nor `Druggable
    genome` (*the subset of genes …*, whose head is *subset*): what the head noun of the
    definition's opening phrase says, or the name's own ending."""
    bare = re.sub(r"\s*\([^()]*\)", "", name).strip()
    if any(word.casefold() in _MADE for word in _WORD.findall(name)):
        return False  # `Whole-stream metabolism (open-channel / diel O2 method)`
    if _NATURE_NAME.search(bare):
        return True
    definition = definition.strip()
    if _CHANGE_OF.match(definition):
        return True
    if _ARTIFICIAL.search(" ".join(definition.split()[:12])):
        return False
    if re.match(r"\S+\s+(?:a|an|the)\s", definition):
        return False  # `Fuse an antibody-producing B cell with …`: what people do
    head = _HEAD_END.split(f" {definition} ", maxsplit=1)[0]
    words = [word.casefold() for word in _WORD.findall(head)]
    if any(word in _MADE for word in words):
        return False
    while words and words[-1] in _AFTER_HEAD:
        words.pop()
    # (the head noun is the phrase's last word: `NK cells kill targets` is about targets)
    return bool(words) and (words[-1] in _NATURE or _enzyme(words[-1]))
