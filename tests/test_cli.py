from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from cli_helpers import srs

ROOT = Path(__file__).resolve().parent.parent


def srs_process(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m srs`, for the tests where the real process is the point."""
    return subprocess.run(
        [sys.executable, "-m", "srs", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env or dict(os.environ),
        timeout=120,
    )


def test_build_and_cards_from_any_directory(tmp_path: Path, srs_home: Path) -> None:
    done = srs("build", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["deck"] == "ai-engineering-2025" and report["entries"] == 57
    assert report["written"] is True and len(report["added"]) == report["cards"]
    assert list(tmp_path.iterdir()) == [srs_home]  # nothing written to the cwd
    listed = srs("cards", "--json", cwd=tmp_path)
    cards = json.loads(listed.stdout)
    assert len(cards) == report["cards"]
    assert set(cards[0]) >= {"id", "kind", "section", "front", "back"}
    text = srs("cards", cwd=tmp_path).stdout
    assert "ai-engineering-2025|arxiv:2009.03300|gist  [gist] Benchmarks and Evals" in text


def test_human_report_lists_cards(srs_home: Path) -> None:
    out = srs("build").stdout
    assert "added    ai-engineering-2025|arxiv:2005.14165|paper-title" in out
    summary = [line for line in out.splitlines() if line.startswith("ai-engineering-2025: ")]
    assert summary and summary[0].startswith("ai-engineering-2025: 10 sections, 57 entries")
    held = out.strip().splitlines()[-1]
    assert "held back by the quality gate" in held and "srs cards --held-back" in held


def test_dry_run_writes_nothing(srs_home: Path) -> None:
    done = srs("build", "--dry-run", "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["written"] is False
    # regression: the dry run made an empty decks/ folder
    assert list(srs_home.iterdir()) == []


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda d: d / "missing.md", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: (d / "bin.md", (d / "bin.md").write_bytes(b"\x00\x01\x02junk"))[0], "binary"),
        (lambda d: (d / "l1.md", (d / "l1.md").write_bytes(b"\xe9t\xe9\n- x"))[0], "not UTF-8"),
        (
            lambda d: (d / "prose.md", (d / "prose.md").write_text("# T\n\nprose\n"))[0],
            "no entries found",
        ),
    ],
)
def test_bad_input_exit_2_one_line(tmp_path: Path, srs_home: Path, setup, expected: str) -> None:  # type: ignore[no-untyped-def]
    target = setup(tmp_path)
    done = srs("build", str(target))
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(target) in lines[0] and expected in lines[0]
    assert "Traceback" not in done.stderr
    assert not (srs_home / "decks").exists() or not any((srs_home / "decks").iterdir())


def test_cards_without_a_deck_is_a_clear_error(srs_home: Path) -> None:
    done = srs("cards")
    assert done.returncode == 2 and "run `srs build`" in done.stderr
    assert "Traceback" not in done.stderr


def test_broken_deck_file_is_a_clear_error(srs_home: Path) -> None:
    assert srs("build").returncode == 0
    deck = srs_home / "decks" / "ai-engineering-2025.yaml"
    deck.write_text("deck: [unclosed\n", encoding="utf-8")
    done = srs("cards")
    assert done.returncode == 2
    assert str(deck) in done.stderr and "not valid YAML" in done.stderr


def test_rebuild_without_argument_uses_current_source(list_copy: Path, srs_home: Path) -> None:
    assert srs("build", str(list_copy)).returncode == 0
    list_copy.write_text(
        list_copy.read_text(encoding="utf-8").replace(
            "the main **knowledge** benchmark", "the principal **knowledge** benchmark"
        ),
        encoding="utf-8",
    )
    report = json.loads(srs("build", "--json").stdout)
    # the cards that say what MMLU is changed; ids and every other card stay
    assert report["changed"] == [
        "ai-engineering-2025|arxiv:2009.03300|gist",
        "ai-engineering-2025|arxiv:2009.03300|reverse",
    ]


def test_decks_lists_marks_and_switches(tmp_path: Path, srs_home: Path) -> None:
    mine = tmp_path / "mine.md"
    mine.write_text("## S\n- **Thing** - a protocol for moving bytes between machines\n")
    assert srs("build", "-q").returncode == 0
    assert srs("build", "-q", str(mine)).returncode == 0
    listed = json.loads(srs("decks", "--json").stdout)
    assert [(d["slug"], d["current"]) for d in listed] == [
        ("ai-engineering-2025", False),
        ("mine", True),
    ]
    bundled = json.loads(srs("cards", "--json", "--deck", "ai-engineering-2025").stdout)
    assert listed[0]["cards"] == len(bundled) > 100
    assert listed[1]["cards"] >= 1 and listed[0]["reviews"] == 0
    assert srs("decks", "--use", "ai-engineering-2025").returncode == 0
    human = srs("decks").stdout
    assert "* ai-engineering-2025" in human and "  mine" in human
    current = json.loads(srs("cards", "--json").stdout)
    assert {card["id"].split("|")[0] for card in current} == {"ai-engineering-2025"}
    # the day's session covers every deck when there are several (`--all`)
    assert json.loads(srs("due", "--json").stdout)["decks"] == ["ai-engineering-2025", "mine"]
    one = json.loads(srs("due", "--json", "--deck", "mine").stdout)
    assert one["deck"] == "mine"
    bad = srs("decks", "--use", "nope")
    assert bad.returncode == 2 and "no deck named 'nope'" in bad.stderr


def test_where_prints_the_data_directory(srs_home: Path) -> None:
    info = json.loads(srs("where", "--json").stdout)
    assert info["data_dir"] == str(srs_home) and info["database"] == str(srs_home / "srs.db")
    assert "data dir" in srs("where").stdout


def test_distribution_name_is_not_the_taken_srs() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["name"] == "srs-reading-list" and project["scripts"] == {"srs": "srs.cli:main"}
    for page in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        text = page.read_text(encoding="utf-8")
        assert "pip install 'srs[" not in text and "pip install srs " not in text, page


def _float_options() -> list[tuple[list[str], click.Option]]:
    """Every option of every command (subcommands too) that takes a float."""
    from srs.cli import cli

    found: list[tuple[list[str], click.Option]] = []

    def walk(command: click.Command, path: list[str]) -> None:
        for param in command.params:
            if isinstance(param, click.Option) and isinstance(
                param.type, click.types.FloatParamType
            ):
                found.append((path, param))
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, [*path, name])

    walk(cli, [])
    return found


def test_no_float_option_takes_nan_or_infinity(srs_home: Path) -> None:
    """Regression: `srs plan --retention nan` was a traceback (click's FloatRange lets
    NaN through)."""
    from click.testing import CliRunner

    from srs.cli import cli
    from srs.cli.types import FiniteFloatRange

    runner = CliRunner()
    assert runner.invoke(cli, ["build", "-q"]).exit_code == 0  # the commands have a deck
    options = _float_options()
    assert (["plan"], "--retention") in [(path, option.opts[0]) for path, option in options]
    for path, option in options:
        assert isinstance(option.type, FiniteFloatRange), (path, option.opts)
        name = option.opts[0]
        for value in ("nan", "NaN", "inf", "-inf", "infinity"):
            done = runner.invoke(cli, [*path, name, value])
            assert done.exit_code == 2, (path, name, value, done.output)
            assert f"Invalid value for '{name}': '{value}' is not a finite number." in done.output
    done = srs_process("plan", "--retention", "nan")  # as a user runs it: no traceback
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "srs: Invalid value for '--retention': 'nan' is not a finite number. (see `srs plan -h`)"
    ]
    assert srs("plan", "--retention", "0.85").returncode == 0  # a finite one still plans


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ("plan", "--days", "0"),
            "srs: Invalid value for '--days': 0 is not in the range 1<=x<=3650. "
            "(see `srs plan -h`)",
        ),
        (
            ("decks", "--use", "../x"),
            "srs: Invalid value for '--use': '../x' is not a deck slug (letters, digits, - and _; "
            "see `srs decks`) (see `srs decks -h`)",
        ),
        (("--bogus",), "srs: No such option '--bogus'. (see `srs -h`)"),
        (("bogus",), "srs: No such command 'bogus'. (see `srs -h`)"),
        (("sync", "login", "--bogus"), "srs: No such option '--bogus'. (see `srs sync login -h`)"),
        (
            ("build", "--limit", "3"),
            "srs: --limit, --concurrency and --model go with --llm (see `srs build -h`)",
        ),
    ],
)
def test_a_usage_error_is_one_line_exit_2(args: tuple[str, ...], line: str) -> None:
    """Regression: click printed a usage error in four lines (usage, hint, blank, error)."""
    done = srs(*args)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [line]


def test_bare_srs_still_shows_the_help() -> None:
    done = srs()
    assert "Commands:" in done.stdout + done.stderr and "Traceback" not in done.stderr


def test_upload_with_download_is_bad_usage_exit_2() -> None:
    """Regression: `srs sync --upload --download` exited 1, as if the machine were at fault."""
    assert srs("build", "-q").returncode == 0
    done = srs("sync", "--upload", "--download")
    assert (done.returncode, done.stderr.splitlines()) == (
        2,
        ["srs: --upload and --download exclude each other: choose one (see `srs sync -h`)"],
    )
