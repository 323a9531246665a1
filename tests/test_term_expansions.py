"""A glossary's term spelled out in its own bracket (`**OC20 (Open Catalyst 2020)**`) is
its name, never a citation, even with a year in it (round 68's glossary: "Who made
**OC20**, and when? → Catalyst (Meta AI), 2020", for Chanussot et al. 2021)."""

from __future__ import annotations

from srs.reading.document import parse_text
from srs.reading.titles import title_citation

GLOSSARY = (
    "# ML for molecules\n\n"
    "**OC20 (Open Catalyst 2020)**: Large DFT dataset (~1.3M relaxations) of adsorbates on"
    " catalyst surfaces, from Meta AI and CMU, with S2EF/IS2RE tasks (Chanussot et al. 2021)."
    " [arXiv:2010.09990](https://arxiv.org/abs/2010.09990)\n\n"
    "**Body order**: The number of atoms that interact at once in a term of the potential.\n\n"
    "**Coarse-grained force field**: A model on fewer beads than atoms.\n"
)


def test_r68_a_terms_spelled_out_bracket_is_no_citation() -> None:
    assert title_citation("OC20 (Open Catalyst 2020)").authors == ""
    assert title_citation("Flash Attention (Dao et al., 2022)").authors == "Dao et al."
    oc20 = parse_text(GLOSSARY).entries[0]
    assert (oc20.attribution.authors, oc20.attribution.year) == ("Chanussot et al.", 2021)
