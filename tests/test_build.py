from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from srs.build import build
from srs.deck.deckfile import deck_path, load_deck
from srs.locations import data_dir


def ids_of(path: Path) -> set[str]:
    _, _, deck = build(path, dry_run=True, home=data_dir())
    return {card.id for card in deck.cards}


def test_first_build_then_rebuild_is_stable(list_copy: Path) -> None:
    report, _, deck = build(list_copy, home=data_dir())
    assert report.written and report.unchanged == 0
    assert len(report.added) == report.cards == len(deck.cards)
    assert report.entries == 57 and report.sections == 10
    again, _, _ = build(list_copy, home=data_dir())
    assert again.added == again.changed == again.removed == []
    assert again.unchanged == report.cards


def _swap_sections(text: str) -> str:
    parts = re.split(r"(?m)^(?=## Section )", text)
    head, sections = parts[0], parts[1:]
    sections[0], sections[1] = sections[1], sections[0]
    if not sections[0].endswith("\n\n"):
        sections[0] += "\n"
    return head + "".join(sections)


def _reverse_section_two(text: str) -> str:
    start = text.index("## Section 2:")
    end = text.index("## Section 3:")
    block = text[start:end]
    items = re.findall(r"(?ms)^\d+\. .*?(?=^\d+\. |^This is a moving)", block)
    assert len(items) == 5
    reordered = block
    for old, new in zip(items, reversed(items), strict=True):
        reordered = reordered.replace(old, "\0" + str(items.index(new)) + "\0", 1)
    for i, item in enumerate(items):
        reordered = reordered.replace("\0" + str(i) + "\0", item.rstrip("\n") + "\n\n")
    return text[:start] + reordered + text[end:]


MUTATIONS = {
    "reorder sections": _swap_sections,
    "reorder entries": _reverse_section_two,
    "rename a section": lambda t: t.replace(
        "## Section 2: Benchmarks and Evals", "## Section 2: Evals & Benchmarks"
    ),
    "reword a description": lambda t: t.replace(
        "the main **knowledge** benchmark", "the principal **knowledge** benchmark"
    ),
    "abs to pdf": lambda t: t.replace(
        "https://arxiv.org/abs/2009.03300", "https://arxiv.org/pdf/2009.03300v3.pdf"
    ),
    "html to abs": lambda t: t.replace(
        "https://arxiv.org/html/2409.12640v2", "https://arxiv.org/abs/2409.12640"
    ),
    "abs to html vN": lambda t: t.replace(
        "https://arxiv.org/abs/2302.13971", "http://arxiv.org/html/2302.13971v1"
    ),
}


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_card_ids_survive_edits(list_copy: Path, name: str) -> None:
    before = ids_of(list_copy)
    original = list_copy.read_text(encoding="utf-8")
    mutated = MUTATIONS[name](original)
    assert mutated != original
    list_copy.write_text(mutated, encoding="utf-8")
    assert ids_of(list_copy) == before


def test_reword_reports_changed_with_same_ids(list_copy: Path) -> None:
    build(list_copy, home=data_dir())
    text = list_copy.read_text(encoding="utf-8")
    list_copy.write_text(
        text.replace("the main **knowledge** benchmark", "the principal **knowledge** benchmark"),
        encoding="utf-8",
    )
    report, _, _ = build(list_copy, home=data_dir())
    assert report.added == [] and report.removed == []
    # what the MMLU entry says it is changed: its gist and reverse card, nothing else
    assert sorted(report.changed) == [
        "ai-engineering-2025|arxiv:2009.03300|gist",
        "ai-engineering-2025|arxiv:2009.03300|reverse",
    ]


def test_added_and_removed_entries(list_copy: Path) -> None:
    build(list_copy, home=data_dir())
    text = list_copy.read_text(encoding="utf-8")
    arc = text.index("5. **[<span")
    arc_end = text.index("This is a moving")
    text = text[:arc] + text[arc_end:]
    text = text.replace(
        "## Section 3:",
        "6. **[Attention](https://arxiv.org/abs/1706.03762) paper** - the **transformer**, "
        "the architecture of every LLM.\n\n"
        "## Section 3:",
    )
    list_copy.write_text(text, encoding="utf-8")
    report, _, _ = build(list_copy, dry_run=True, home=data_dir())
    assert not report.written
    assert {i for i in report.added} == {
        "ai-engineering-2025|arxiv:1706.03762|gist",
        "ai-engineering-2025|arxiv:1706.03762|reverse",
    }
    assert all("url:arcprize.org/arc" in i for i in report.removed) and report.removed
    # dry run wrote nothing: a real run still sees the same differences
    report2, _, _ = build(list_copy, home=data_dir())
    assert report2.added == report.added and report2.removed == report.removed


def test_manual_and_locked_cards_survive(list_copy: Path) -> None:
    build(list_copy, home=data_dir())
    path = deck_path(data_dir(), "ai-engineering-2025")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    first, second = raw["cards"][0]["id"], raw["cards"][1]["id"]
    raw["cards"][0]["locked"] = True
    raw["cards"][0]["front"] = "My own wording of the GPT question"
    raw["cards"][1]["back"] = "edited without a lock"  # a hand edit: kept and locked
    raw["cards"].append(
        {
            "front": "What does FSRS stand for?",
            "back": "Free Spaced Repetition Scheduler",
            "origin": "manual",
            "section": "Mine",
        }
    )
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    text = list_copy.read_text(encoding="utf-8")
    list_copy.write_text(text.replace("Self explanatory.", "Obvious."), encoding="utf-8")
    report, _, deck = build(list_copy, home=data_dir())
    cards = {card.id: card for card in deck.cards}
    locked = cards[first]
    assert locked.front == "My own wording of the GPT question" and locked.locked
    edited = cards[second]
    assert edited.back == "edited without a lock" and edited.locked
    manual = [card for card in deck.cards if card.origin == "manual"]
    assert len(manual) == 1 and manual[0].id.startswith("ai-engineering-2025|manual|")
    assert manual[0].id in report.kept
    # the ids made for manual cards stick across rebuilds
    again, _, deck2 = build(list_copy, home=data_dir())
    assert [c.id for c in deck2.cards if c.origin == "manual"] == [manual[0].id]
    assert again.added == again.removed == again.changed == []


def test_deck_write_is_atomic(list_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(list_copy, home=data_dir())
    path = deck_path(data_dir(), "ai-engineering-2025")
    before = path.read_bytes()
    list_copy.write_text(
        list_copy.read_text(encoding="utf-8").replace("Self explanatory.", "X."), encoding="utf-8"
    )

    def crash(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("srs.atomic.os.fsync", crash)
    with pytest.raises(OSError):
        build(list_copy, home=data_dir())
    assert path.read_bytes() == before
    assert not [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert load_deck(path).cards


def test_json_report_shape(list_copy: Path) -> None:
    report, _, _ = build(list_copy, dry_run=True, home=data_dir())
    data = json.loads(json.dumps(report.to_json()))
    assert set(data) >= {
        "deck",
        "sections",
        "entries",
        "cards",
        "added",
        "changed",
        "removed",
        "unchanged",
        "written",
    }
    assert data["written"] is False and data["entries"] == 57


def test_merge_cards_does_not_change_its_argument() -> None:
    from srs.build import merge_cards
    from srs.cards.card import Card

    edited = Card(id="d|k|gist", entry="k", kind="gist", front="q", back="a", section="s")
    edited.front = "my own question"  # edited by hand: its hash no longer matches
    generated = [Card(id="d|k|gist", entry="k", kind="gist", front="q", back="a", section="s")]
    merged, kept = merge_cards(generated, [edited])
    assert merged[0].front == "my own question" and merged[0].locked and kept == ["d|k|gist"]
    assert not edited.locked and edited.hash != edited.content_hash()  # the old card as it was


def test_a_build_runs_with_fewer_cycle_collections_and_restores_them(
    list_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cycle collector passes every BUILD_GC_THRESHOLD allocations while a list is
    read and its cards made (a quarter of a large list's build went on passes every 700),
    and as before afterwards, a failed build too."""
    import gc

    import srs.build as build_module

    seen: list[int] = []
    parse = build_module.parse_file

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold()[0])
        return parse(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(build_module, "parse_file", spy)
    before = gc.get_threshold()
    build(list_copy, home=data_dir())
    assert seen == [build_module.BUILD_GC_THRESHOLD] and gc.get_threshold() == before
    list_copy.write_bytes(b"\x00")
    with pytest.raises(Exception, match="binary"):
        build(list_copy, home=data_dir())
    assert gc.get_threshold() == before
