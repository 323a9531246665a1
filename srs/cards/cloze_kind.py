"""Which card kinds are clozes: all the review path and the exporters need to know of the
kinds, without loading the builders (`srs.cards.kinds` checks that its registry agrees)."""

from __future__ import annotations

__all__ = ["CLOZE_KINDS", "is_cloze_kind"]

CLOZE_KINDS = frozenset({"cloze"})


def is_cloze_kind(kind: str) -> bool:
    return kind in CLOZE_KINDS
