"""Which deck a list is, and what its decks are called: a list from a pipe, the guard
against a build that retires most of a deck, the deck's title heading, the Anki deck
names (one per srs deck), renaming and deleting a deck."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

from anki.collection import Collection
from anki_helpers import import_package
from cli_helpers import srs
from engine_helpers import SMALL_LIST, START, engine_config

from srs.anki.export import export_deck
from srs.build import build
from srs.clock import FixedClock
from srs.deck.deckfile import deck_path, load_deck
from srs.locations import Locations, data_dir
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


VISION = """\
## Vision

- **[ViT](https://arxiv.org/abs/2010.11929) paper** - images as sequences of **patches**
  fed to a plain transformer.
- **[CLIP](https://arxiv.org/abs/2103.00020) paper** - **contrastive** pretraining of
  images and captions for zero-shot classification.
- **[SAM](https://arxiv.org/abs/2304.02643) paper** - a promptable model that
  **segments** anything in an image.
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


# -- a list from a pipe -----------------------------------------------------------------


def _srs_process(
    *args: str, input: str | None = None, pass_fds: tuple[int, ...] = ()
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "srs", *args],
        input=input,
        capture_output=True,
        text=True,
        pass_fds=pass_fds,
        timeout=120,
    )


def _from_dev_fd(*args: str, text: str) -> subprocess.CompletedProcess[str]:
    """`srs build <(cat list.md)`: the list is `/dev/fd/N`, a pipe's end."""
    read, write = os.pipe()
    try:
        os.write(write, text.encode("utf-8"))
        os.close(write)
        return _srs_process("build", *args, f"/dev/fd/{read}", pass_fds=(read,))
    finally:
        os.close(read)


def _decks() -> list[str]:
    return sorted(path.stem for path in Locations(data_dir()).decks.glob("*.yaml"))


def test_lists_from_dev_fd_take_their_slug_from_their_title_and_keep_apart() -> None:
    first = _from_dev_fd("-q", text=ATTENTION)
    assert first.returncode == 0, first.stderr
    second = _from_dev_fd("-q", text=SMALL_LIST)  # its front matter says `slug: small`
    assert second.returncode == 0, second.stderr
    assert _decks() == ["small", "transformers-and-attention"]
    deck = load_deck(deck_path(data_dir(), "transformers-and-attention"))
    assert deck.source == "-" and deck.title == "Transformers and attention"
    assert "0 removed" in first.stdout and "0 removed" in second.stdout
    # a pipe is never read again: a plain rebuild says so instead of reading the terminal
    done = srs("build")
    assert done.returncode == 2 and "built from a pipe" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_list_from_standard_input(srs_home: Path) -> None:
    done = _srs_process("build", "-q", "-", input=SMALL_LIST)
    assert done.returncode == 0, done.stderr
    assert _decks() == ["small"]
    # a list that names nothing needs --deck; nothing is written without it
    nameless = SMALL_LIST.split("---\n", 2)[2].replace("## Section 1: Basics", "")
    done = _srs_process("build", "-", input=nameless)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == (
        "srs: standard input: a list from a pipe needs a name for its deck: give it "
        "`slug:` or `title:` in its front matter, a `# Title` heading, or use --deck SLUG"
    )
    assert _decks() == ["small"]
    done = _srs_process("build", "-q", "--deck", "mine", "-", input=nameless)
    assert done.returncode == 0, done.stderr
    assert _decks() == ["mine", "small"]
    assert load_deck(deck_path(srs_home, "mine")).title == "mine"
    assert all(card.id.startswith("mine|") for card in load_deck(deck_path(srs_home, "mine")).cards)


def test_a_named_file_still_takes_its_slug_from_its_name(tmp_path: Path) -> None:
    path = tmp_path / "attention.md"
    path.write_text(ATTENTION, encoding="utf-8")
    assert srs("build", "-q", str(path)).returncode == 0
    assert _decks() == ["attention"]
    assert srs("build", "-q", "--deck", "other", str(path)).returncode == 0
    assert _decks() == ["attention", "other"]


# -- the guard against retiring most of a deck -------------------------------------------


def _deck_bytes() -> dict[str, bytes]:
    folder = Locations(data_dir()).decks
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_a_build_that_retires_most_of_a_deck_needs_yes(tmp_path: Path) -> None:
    path = tmp_path / "small.md"
    path.write_text(SMALL_LIST, encoding="utf-8")
    assert srs("build", "-q", str(path)).returncode == 0
    fewer = SMALL_LIST.split("- **[DPO]")[0]  # two of six entries go: no question
    path.write_text(fewer, encoding="utf-8")
    done = srs("build", "-q", str(path))
    assert done.returncode == 0 and "removed" not in done.stderr, done.stderr
    path.write_text(SMALL_LIST, encoding="utf-8")
    assert srs("build", "-q", str(path)).returncode == 0
    before = _deck_bytes()
    path.write_text(VISION, encoding="utf-8")  # another list in the file
    done = _srs_process("build", str(path))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("srs: deck 'small': this build would retire ")
    assert "--yes" in line and line.endswith("nothing written")
    assert _deck_bytes() == before and done.stdout == ""
    dry = srs("build", "--dry-run", str(path))
    assert dry.returncode == 0 and "removed  small|arxiv:1810.04805|gist" in dry.stdout
    done = srs("build", "-q", "--yes", str(path))
    assert done.returncode == 0, done.stderr
    assert _deck_bytes() != before


def test_a_pipe_into_a_deck_of_another_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "small.md"
    path.write_text(SMALL_LIST, encoding="utf-8")
    assert srs("build", "-q", str(path)).returncode == 0
    done = _srs_process("build", "-", input=SMALL_LIST)
    assert done.returncode == 2
    assert done.stderr.startswith("srs: standard input: its deck slug 'small' is already")


def _pty_build(path: Path, answer: str) -> tuple[int, str]:
    """`srs build PATH` in a terminal, answering the question with `answer`."""
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "srs", "build", "-q", str(path)],
        stdin=follower,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    seen = b""
    try:
        deadline = time.monotonic() + 60
        while b"Retire them?" not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1)
            if ready:
                try:
                    seen += os.read(leader, 65536)
                except OSError:  # the process ended: its terminal is gone
                    break
        os.write(leader, answer.encode() + b"\n")
        code = proc.wait(timeout=60)
        while True:
            ready, _, _ = select.select([leader], [], [], 0.5)
            if not ready:
                break
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(leader)
    return code, seen.decode("utf-8", "replace")


def test_in_a_terminal_the_build_shows_what_would_retire_and_asks(tmp_path: Path) -> None:
    path = tmp_path / "small.md"
    path.write_text(SMALL_LIST, encoding="utf-8")
    assert srs("build", "-q", str(path)).returncode == 0
    before = _deck_bytes()
    path.write_text(VISION, encoding="utf-8")
    code, seen = _pty_build(path, "n")
    assert "retire   small|arxiv:1810.04805|gist" in seen
    assert "deck 'small': this build would retire " in seen
    assert code == 1 and "nothing written" in seen and "Traceback" not in seen
    assert _deck_bytes() == before
    code, seen = _pty_build(path, "y")
    assert code == 0, seen
    assert _deck_bytes() != before


# -- Anki deck names ----------------------------------------------------------------------


def test_decks_made_before_anki_names_get_unique_ones_oldest_first() -> None:
    import sqlite3

    from srs.store.migrations import MIGRATIONS

    db = sqlite3.connect(":memory:")
    steps = dict(MIGRATIONS)
    for name, step in MIGRATIONS:
        if name == "m009_anki_deck_names":
            break
        step(db)
    db.executemany(
        "INSERT INTO decks (slug, title) VALUES (?, ?)",
        [("zeta", "RL notes"), ("alpha", "rl  NOTES"), ("other", "Other")],
    )
    steps["m009_anki_deck_names"](db)
    assert db.execute("SELECT slug, anki_name FROM decks ORDER BY rowid").fetchall() == [
        ("zeta", "RL notes"),
        ("alpha", "rl  NOTES (alpha)"),  # Anki's names ignore case and spacing
        ("other", "Other"),
    ]


# -- srs decks rename / delete -----------------------------------------------------------


def test_decks_rename_and_delete(tmp_path: Path, srs_home: Path) -> None:
    import json
    import sqlite3

    from srs.store.rating import Rating

    small = tmp_path / "small.md"
    small.write_text(SMALL_LIST, encoding="utf-8")
    vision = tmp_path / "vision.md"
    vision.write_text(VISION, encoding="utf-8")
    assert srs("build", "-q", str(small)).returncode == 0
    assert srs("build", "-q", str(vision)).returncode == 0
    engine = Engine.open(
        home=srs_home, deck="small", config=engine_config(), clock=FixedClock(START)
    )
    card = engine.next_card()
    assert card is not None
    engine.rate(card.id, Rating.GOOD, 3000)
    engine.close()
    # `srs decks` and `srs decks --use` work as before
    assert srs("decks", "--use", "small").returncode == 0
    listed = json.loads(srs("decks", "--json").stdout)
    assert [(d["slug"], d["current"]) for d in listed] == [("small", True), ("vision", False)]

    for args, message in (
        (("rename", "small", "vision"), "a deck named 'vision' exists already"),
        (("rename", "nope", "x"), "no deck named 'nope'"),
        (("rename", "small", "../x"), "not a deck slug"),
    ):
        done = srs("decks", *args)
        assert done.returncode == 2 and message in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    done = srs("decks", "rename", "small", "basics")
    assert done.returncode == 0, done.stderr
    listed = json.loads(srs("decks", "--json").stdout)
    assert [(d["slug"], d["current"], d["reviews"]) for d in listed] == [
        ("basics", True, 1),
        ("vision", False, 0),
    ]
    assert not deck_path(srs_home, "small").exists()
    assert load_deck(deck_path(srs_home, "basics")).ids == "small"
    # its history stays: the reviewed card is the same card
    engine = Engine.open(
        home=srs_home, deck="basics", config=engine_config(), clock=FixedClock(START)
    )
    assert [entry.rating for entry in engine.history(card.id)] == [Rating.GOOD]
    engine.close()
    # renaming it back gives the slug its ids were made with: no `ids:` left
    assert srs("decks", "rename", "basics", "small").returncode == 0
    assert load_deck(deck_path(srs_home, "small")).ids == ""
    assert srs("build", "-q", str(small)).returncode == 0
    assert _decks() == ["small", "vision"]

    done = srs("decks", "delete", "small", "--yes")
    assert done.returncode == 0, done.stderr
    assert _decks() == ["vision"] and "leave Anki" not in done.stdout
    backup = next((srs_home / "backups").glob("srs-*-before-delete.db"))
    kept = next((srs_home / "backups").glob("srs-*-before-delete-deck-small.yaml"))
    assert load_deck(kept).slug == "small"
    with sqlite3.connect(backup) as db:  # the backup holds the deck and its review
        assert db.execute("SELECT COUNT(*) FROM review_log WHERE deck = 'small'").fetchone() == (1,)
    listed = json.loads(srs("decks", "--json").stdout)
    assert [(d["slug"], d["cards"]) for d in listed] == [("vision", listed[0]["cards"])]
    done = srs("review", "--deck", "small")
    assert done.returncode == 2
