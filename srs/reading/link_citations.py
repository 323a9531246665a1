"""A link whose text is a whole citation, its title in italics or quotes: `[Liu et al.,
*Optimizing Sub-billion Parameter Language Models for On-Device Use Cases*, ICML 2024
(Meta)](arXiv)`, `[Gu et al., "Domain-Specific Language Model Pretraining …"](arXiv)`.

The italics are the paper's title; the rest of the link's text says who wrote it, where
and when. Read whole, the link's text would be a title that starts with its authors
(`Liu et al., Optimizing …, ICML 2024 (Meta)`) and the entry would credit no one.
"""

from __future__ import annotations

import re

from srs.reading.attribution import cut
from srs.reading.markdown import Run
from srs.reading.model import Attribution, Link
from srs.reading.titles import quoted_title
from srs.text import clean_space

__all__ = ["link_citation", "names_a_venue"]

#: what may stand between a byline's parts (`Liu et al., *…*, ICML 2024`)
_PUNCTUATION = " ,;:.()[]—–-"


def _quoted_citation(text: str) -> tuple[str, Attribution] | None:
    """`Gu et al., "Domain-Specific Language Model Pretraining for …"`: the quoted title
    (three words or more) and a byline around it, nothing else."""
    quoted = quoted_title(text)
    if quoted is None:
        return None
    rest = f"{text[: quoted.start()]} {text[quoted.end() :]}"
    found, left = cut(clean_space(rest).strip(" ,;:—–-"))
    if left.strip(_PUNCTUATION) or not found.authors:
        return None
    return clean_space(quoted["title"]).strip(" ,;:."), found


def link_citation(runs: list[Run], link: Link) -> tuple[str, Attribution] | None:
    """The title and the byline of `link`'s text among `runs`, when its text is a citation
    with the title in italics (three words or more) and nothing else besides who, where and
    when; else None."""
    inside = [run for run in runs if run.link == link and run.text.strip()]
    quoted = _quoted_citation(clean_space(" ".join(run.text for run in inside)))
    if quoted is not None:
        return quoted
    marks = [at for at, run in enumerate(inside) if run.italic]
    if not marks or len(marks) == len(inside) or marks != list(range(marks[0], marks[-1] + 1)):
        return None  # (no italics, all of it, or italics in two places)
    title = clean_space(" ".join(inside[at].text for at in marks)).strip(" ,;:")
    if len(title.split()) < 3:
        return None
    rest = clean_space(" ".join(run.text for run in inside if not run.italic))
    found, left = cut(rest.strip(" ,;:—–-"))
    if left.strip(_PUNCTUATION) or not (found.authors or found.year):
        return None  # (`*Attention*, revisited`: words of the title's, not a byline)
    return title, found


#: a journal's name or its abbreviation, no year, no more than four words: `New Phytol`,
#: `PNAS`, `J. Atmos. Sci.`, `Nature`
_VENUE_TEXT = re.compile(r"[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|and|&)){0,3}")
_DOI_HOST = re.compile(r"^https?://(?:dx\.)?doi\.org/", re.IGNORECASE)


def names_a_venue(link: Link) -> bool:
    """`([New Phytol](https://doi.org/10.1111/nph.13648))`, `([JAS](https://doi.org/…))`: a
    DOI's link whose text is where the paper appeared, never what it is or who wrote it."""
    text = clean_space(link.text)
    return bool(_DOI_HOST.match(link.url)) and _VENUE_TEXT.fullmatch(text) is not None
