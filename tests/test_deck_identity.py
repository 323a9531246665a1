"""Which deck a list is, and what its decks are called: a list from a pipe, the guard
against a build that retires most of a deck, the deck's title heading, the Anki deck
names (one per srs deck), renaming and deleting a deck."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection
from anki_helpers import import_package
from engine_helpers import START, engine_config

from srs.anki.export import export_deck
from srs.build import build
from srs.clock import FixedClock
from srs.locations import data_dir
from srs.reading.document import parse_text
from srs.store.engine import Engine

ATTENTION = """\
# Transformers and attention

- **[Attention](https://arxiv.org/abs/1706.03762) paper** - the **transformer**
  architecture that started it all.
- **[BERT](https://arxiv.org/abs/1810.04805) paper** - bidirectional encoders for
  **classification** tasks.

## Later work

- **[LoRA](https://arxiv.org/abs/2106.09685) paper** - cheap finetuning with **low-rank
  adapters** on frozen weights.
- **[DPO](https://arxiv.org/abs/2305.18290) paper** - preference tuning without a reward
  model, simpler than PPO.
"""


def _anki_decks(tmp_path: Path, slug: str) -> set[str]:
    """The Anki decks that hold cards after importing deck `slug`'s export."""
    engine = Engine.open(
        home=data_dir(), deck=slug, config=engine_config(), clock=FixedClock(START)
    )
    try:
        export_deck(engine, tmp_path / f"{slug}.apkg", progress=False)
    finally:
        engine.close()
    (tmp_path / "anki").mkdir(exist_ok=True)
    col = Collection(str(tmp_path / "anki" / f"{slug}.anki2"))
    try:
        import_package(col, str(tmp_path / f"{slug}.apkg"))
        return {col.decks.name(did) for did in col.db.list("SELECT DISTINCT did FROM cards")}
    finally:
        col.close()


# -- the title heading ------------------------------------------------------------------


def test_a_single_first_heading_is_the_deck_title_not_a_section(tmp_path: Path) -> None:
    parsed = parse_text(ATTENTION, stem="attention")
    assert parsed.title == "Transformers and attention"
    assert [s.name for s in parsed.sections] == ["Transformers and attention", "Later work"]
    path = tmp_path / "attention.md"
    path.write_text(ATTENTION, encoding="utf-8")
    build(path, home=data_dir())
    # the entries under the title heading are in the deck itself, in Anki too
    assert _anki_decks(tmp_path, "attention") == {
        "Transformers and attention",
        "Transformers and attention::01 Later work",
    }


def test_the_title_heading_takes_the_front_matters_title() -> None:
    text = "---\ntitle: My deck\n---\n" + ATTENTION
    parsed = parse_text(text, stem="attention")
    assert [s.name for s in parsed.sections] == ["My deck", "Later work"]


def test_several_top_headings_stay_sections() -> None:
    text = ATTENTION.replace("## Later work", "# Later work")
    parsed = parse_text(text, stem="attention")
    assert parsed.title == "Transformers and attention"
    assert [s.name for s in parsed.sections] == ["Transformers and attention", "Later work"]
    # a heading that is not the first heading heads no document
    text = "## Intro\n\n- **[GPT3](https://arxiv.org/abs/2005.14165)** - few-shot.\n\n" + ATTENTION
    parsed = parse_text(text, stem="attention")
    assert [s.name for s in parsed.sections] == [
        "Intro",
        "Transformers and attention",
        "Later work",
    ]
