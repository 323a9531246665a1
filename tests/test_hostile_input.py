"""Hostile and broken input: every failure is one line, exit 2 (input) or 1 (environment),
never a traceback, and nothing is half-written. Regression tests for reported attacks."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from cli_helpers import srs
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srs.cli import cli
from srs.deck.deckfile import deck_path, load_deck
from srs.errors import BadInput
from srs.locations import data_dir
from srs.reading.document import parse_text

DECK = "ai-engineering-2025"


def one_line(done: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.fixture
def deck_file(srs_home: Path) -> Path:
    assert srs("build", "-q").returncode == 0
    return deck_path(data_dir(), DECK)


def test_duplicate_ids_name_the_file_the_id_and_both_lines(deck_file: Path) -> None:
    text = deck_file.read_text(encoding="utf-8")
    start = text.index("\n- id: ", text.index("\ncards:")) + 1
    end = text.index("\n- id: ", start) + 1
    copied = text[:end] + text[start:end] + text[end:]  # a copy-pasted card
    deck_file.write_text(copied, encoding="utf-8")
    line = one_line(srs("due"))
    first = text[:start].count("\n") + 1
    second = text[:end].count("\n") + 1
    assert str(deck_file) in line and f"{DECK}|arxiv:2005.14165|paper-title" in line
    assert f"lines {first} and {second}" in line
    # two hand-made cards with the same front get the same made-up id
    manual = '- front: "Mine?"\n  back: "yes"\n  origin: manual\n'
    deck_file.write_text(text + manual + manual, encoding="utf-8")
    assert "two cards have the id" in one_line(srs("cards"))


def test_a_changed_slug_is_one_line(deck_file: Path) -> None:
    text = deck_file.read_text(encoding="utf-8")
    assert f'slug: "{DECK}"' in text
    deck_file.write_text(text.replace(f'slug: "{DECK}"', "slug: renamed", 1), encoding="utf-8")
    line = one_line(srs("due"))
    assert "already belongs to deck" in line and DECK in line


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        (("  sections:\n", "  sections: 7\n  old_sections:\n"), "deck"),
        (("  links:", "  links: 5\n  old_links:"), "links"),
        (('  kind: "paper-title"', "  kind: [1, 2]"), "kind"),
        (("format: 1\n", "format: 1\nx: &a [1]\ny: *a\n"), "anchors and aliases"),
    ],
)
def test_wrong_types_in_the_deck_file(deck_file: Path, edit: tuple[str, str], key: str) -> None:
    text = deck_file.read_text(encoding="utf-8")
    assert edit[0] in text
    deck_file.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    for command in ("due", "cards", "build"):
        line = one_line(srs(command))
        assert str(deck_file) in line and key in line, line


def test_an_alias_bomb_is_refused_quickly(deck_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(9)
    )
    deck_file.write_text(bomb, encoding="utf-8")

    def composed(*args: object) -> None:
        raise AssertionError("a YAML node was built from the bomb")  # it was gigabytes

    monkeypatch.setattr(yaml.composer.Composer, "compose_node", composed)
    with pytest.raises(BadInput, match="anchors and aliases"):
        load_deck(deck_file)  # refused from the tokens, before anything is expanded


def test_locked_must_be_a_yaml_boolean(deck_file: Path) -> None:
    """Regression: `locked: "no"` was read silently (as false), though the README lists a
    `locked:` that is not a boolean as an error."""
    text = deck_file.read_text(encoding="utf-8")
    head, cards = text.split("\ncards:", 1)

    def with_locked(value: str) -> None:
        edited = cards.replace(
            '  origin: "template"', f'  origin: "template"\n  locked: {value}', 1
        )
        deck_file.write_text(f"{head}\ncards:{edited}", encoding="utf-8")

    for value, locked in (("false", False), ("true", True), ("no", False), ("yes", True)):
        with_locked(value)  # YAML booleans, bare yes/no included
        assert load_deck(deck_file).cards[0].locked is locked
    for value in ('"no"', '"yes"', '"true"', "0", "1", "maybe", "[]"):
        with_locked(value)
        done = srs("cards")
        assert done.returncode == 2, value
        line = one_line(done)
        assert str(deck_file) in line and "cards[0].locked: must be true or false" in line


def test_a_damaged_current_deck_pointer_bricks_nothing(deck_file: Path, srs_home: Path) -> None:
    (srs_home / "current-deck").write_bytes(b"\xff\xfe\x00garbage")
    assert srs("build", "-q").returncode == 0  # build writes it anew
    assert srs("due").returncode == 0
    (srs_home / "current-deck").write_text("../../etc/passwd\n")
    done = srs("due")
    assert done.returncode in (0, 2) and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "date",
    ["2024-02-30", "2024-13-01", "2024-01-01 25:00:00", "2024-01-01T10:00:00+99:00", "0000-01-01"],
)
def test_front_matter_dates_python_rejects(tmp_path: Path, date: str) -> None:
    path = tmp_path / "l.md"
    path.write_text(f"---\ndate: {date}\n---\n## S\n- **Thing** is a thing to know about\n")
    line = one_line(srs("build", str(path)))
    assert str(path) in line and "front matter" in line


def test_reading_dev_zero_stops_at_the_limit() -> None:
    line = one_line(srs("build", "/dev/zero"))
    assert "/dev/zero" in line and ("too large" in line or "binary" in line)


def test_key_collisions_are_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: 16,000 identical entries took 42 s, each trying every taken key."""
    from srs.reading import keys as assigning

    (entry,) = parse_text("## S\n- **[Same](https://example.com/same)** - the same entry\n").entries
    entries = [copy.copy(entry) for _ in range(16_000)]
    probes = 0

    class Counted:
        """The taken keys, counting each look-up `_unique` makes."""

        def __init__(self, claims: dict[str, object]) -> None:
            self.claims = claims

        def __contains__(self, key: object) -> bool:
            nonlocal probes
            probes += 1
            return key in self.claims

    unique = assigning._unique
    monkeypatch.setattr(
        assigning,
        "_unique",
        lambda key, claims, counters: unique(key, Counted(claims), counters),  # type: ignore[arg-type]
    )
    assigning.assign_keys(entries)
    assert probes <= 3 * len(entries)  # about two look-ups an entry, not 16,000²/2
    keys = [entry.key for entry in entries]
    assert len(set(keys)) == 16_000
    assert keys[:3] == [
        "url:example.com/same",
        "url:example.com/same~same",
        "url:example.com/same~same~2",
    ]


def test_a_long_author_list_reads_in_linear_time() -> None:
    """Regression: a paper's fifteen authors, comma-separated with no `and`, before a
    bracket with a year, took minutes to read (each surname pattern matched a word as many
    ways as it had lower-case letters, and the list's failed matches backtracked through all
    of them). Twenty-four take milliseconds now; the old patterns would not end here."""
    names = ["Abramson", "Reyes", "Martinez", "Collins", "Baker", "Ford", "Lennox", "Kowalczyk"]
    names += ["Hartmann", "Li", "Fitzgerald", "Morgan", "Petit", "Ngai", "Vandermeulen"]
    names += ["Okafor", "Schmidt", "Tanaka", "Dubois", "Rossi", "Novak", "Silva", "Jensen", "Kaur"]
    text = f"KGX: One Graph Model for the Whole Web - {', '.join(names)} (GRAPH WS 2023). It links."
    code = (
        "from srs.reading.attribution import cut\n"
        "from srs.reading.document import parse_text\n"
        f"print(cut({text!r})[0].venue)\n"
        f"entry = parse_text({'## S' + chr(10) + chr(10) + '- ' + text!r}).entries[0]\n"
        "print(entry.name, '|', entry.attribution.authors)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["WS 2023", "KGX | Abramson et al."]


def test_long_slugs_are_cut_and_said(tmp_path: Path) -> None:
    path = tmp_path / "l.md"
    path.write_text(f"---\nslug: {'x' * 400}\n---\n## S\n- **Thing** is a thing to know about\n")
    done = srs("build", str(path))
    assert done.returncode == 0, done.stderr
    assert "cut to 80 characters" in done.stderr
    assert deck_path(data_dir(), "x" * 80).is_file()


@pytest.mark.parametrize("slug", ["../x", "a/b", "..", "", "x" * 81, "-x"])
def test_deck_must_be_a_slug(srs_home: Path, slug: str) -> None:
    for command in ("due", "cards", "papers", "export"):
        done = srs(command, "--deck", slug)
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert "not a deck slug" in done.stderr


def test_two_lists_with_one_file_name_do_not_retire_each_other(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "README.md").write_text(
            f"## S\n- **Thing {folder}** - a protocol for moving bytes between machines\n"
        )
    assert srs("build", str(tmp_path / "a" / "README.md")).returncode == 0
    line = one_line(srs("build", str(tmp_path / "b" / "README.md")))
    assert "already the deck of" in line and "slug:" in line
    gists = [c for c in load_deck(deck_path(data_dir(), "readme")).cards if c.kind == "gist"]
    assert gists and all("Thing a" in c.front for c in gists)


# -- a property: hostile deck files and configs are one line, never a traceback ---------

YAML_VALUE = st.one_of(
    st.integers(),
    st.text(max_size=20),
    st.just("[1, 2]"),
    st.just("{a: 1}"),
    st.just("null"),
    st.just("&a x"),
    st.just("2024-02-30"),
    st.just("!!python/object:os.system x"),
)
CONFIG_LINES = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "desired_retention",
                "learning_steps",
                "new_per_day",
                "day_starts_at",
                "timezone",
                "fuzz",
                "llm",
                "nonsense",
            ]
        ),
        st.sampled_from(['"x"', "1e999", "-1", "[1]", '["99999999999d"]', "true", '"25:00"', "{}"]),
    ),
    max_size=3,
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    key=st.sampled_from(
        ["title", "slug", "sections", "front", "back", "id", "links", "tags", "locked", "kind"]
    ),
    value=YAML_VALUE,
    config=CONFIG_LINES,
)
def test_hostile_deck_files_and_configs_are_one_line(
    deck_file: Path,
    srs_home: Path,
    tmp_path: Path,
    key: str,
    value: object,
    config: list[tuple[str, str]],
) -> None:
    # each example starts from a copy of the built data directory: no example sees
    # the database or the files an earlier one left
    home = Path(tempfile.mkdtemp(dir=tmp_path))
    shutil.copytree(srs_home, home, dirs_exist_ok=True)
    text = deck_file.read_text(encoding="utf-8")
    marker = f"\n  {key}:"
    at = text.find(marker)
    if at >= 0:
        end = text.index("\n", at + 1)
        text = text[:at] + f"{marker} {value}" + text[end:]
    (home / deck_file.relative_to(srs_home)).write_text(text, encoding="utf-8")
    (home / "config.toml").write_text("".join(f"{k} = {v}\n" for k, v in config))
    runner = CliRunner(env={"SRS_HOME": str(home)})
    for command in (["due", "--json"], ["cards", "--json"]):
        result = runner.invoke(cli, command, catch_exceptions=True)
        assert result.exit_code in (0, 1, 2), result.output
        if result.exit_code:
            assert result.exception is None or isinstance(result.exception, SystemExit), repr(
                result.exception
            )
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("srs: "), result.stderr


HOSTILE = (
    '---\ntitle: "Evil\\x1b]0;pwned\\x07 list"\nslug: evil\n---\n'
    "## Sec\x1b[2J tion\u202e\n"
    "- **Clip\x1b]52;c;ZXZpbA==\x07board** writes the \x9b31m clipboard and "
    "\x1b]8;;https://evil.example\x1b\\\\links\x1b]8;;\x1b\\\\ a **screen\x1b[2J clear** too.\n"
)


def _pty_run(args: list[str]) -> bytes:
    import os
    import pty

    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "srs", *args], stdout=follower, stderr=follower, timeout=60
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert proc.returncode == 0, b"".join(chunks)
        return b"".join(chunks)
    finally:
        os.close(leader)


BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_strip_controls_removes_bidi_controls() -> None:
    from srs.text import strip_controls

    # U+202E would show `gpj.exe` as `exe.jpg`; every mark, embedding, override, isolate goes
    assert strip_controls("photo\u202egpj.exe") == "photogpj.exe"
    assert strip_controls("".join(f"{c}x" for c in BIDI)) == "x" * len(BIDI)
    # what scripts and emoji need stays: joiners, Arabic and Hebrew letters, tab, newline
    kept = "\u0627\u0644\u05e9 \U0001f468\u200d\U0001f469 a\u200cb\tc\nd"
    assert strip_controls(kept) == kept


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "evil.md"
    path.write_text(HOSTILE, encoding="utf-8")
    assert srs("build", "-q", str(path)).returncode == 0
    for args in (["cards"], ["stats"], ["due"], ["cards", "--json"], ["papers", "--json"]):
        out = _pty_run(args) if args[0] != "papers" else srs(*args).stdout.encode()
        for bad in (b"\x1b", b"\x07", b"\x9b", "\x9b".encode(), "\u202e".encode()):
            assert bad not in out, (args, out[:300])
    text = _pty_run(["cards"]).decode()
    assert "Clipboard" in text and "screen clear" in text  # the words stay, the codes go


async def test_model_replies_and_the_review_app_show_no_control_codes(
    tmp_path: Path, srs_home: Path
) -> None:
    from srs.clock import FixedClock
    from srs.llm.reply import parse_reply
    from srs.llm.roles import Role
    from srs.store.engine import Engine
    from srs.tui import make_app

    (reply,) = parse_reply(
        '{"cards": [{"role": "gist", "front": "What\\u001b]0;t\\u0007 is it\\u009b2J?", '
        '"back": "a \\u202ething\\u001b[31m\\u2066"}]}',
        [Role("gist", "gist")],
    )
    assert reply.front == "What is it?" and reply.back == "a thing"
    path = tmp_path / "evil.md"
    path.write_text(HOSTILE, encoding="utf-8")
    assert srs("build", "-q", str(path)).returncode == 0
    engine = Engine.open(
        deck="evil", clock=FixedClock(datetime(2026, 3, 2, 9, tzinfo=UTC)), home=data_dir()
    )
    app = make_app(engine, open_url=lambda url: None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space")
        svg = app.export_screenshot()
        for code in ("\x1b", "\x07", "\x9b", "]52;", "[2J"):
            assert code not in svg
