"""What the README and the docs say of the command line is what the command line does.

The README and every page of `docs/` are read as one text (the reference moved from
the README into `docs/`, one page per topic):

* Every command and every option of every command (walked from click's own tree) is
  shown in a usage line (a line of a code block, or an inline code span, that runs
  `srs …`), and every option a usage line gives exists for its command.
* Every `--json` key list they document is the keys the command really prints, run in
  this process through click's runner on a temporary SRS_HOME: the top-level keys both
  ways, and no key anywhere in the output that they do not name.
* A code block that starts with `$ srs …` is that command's real output, on the bundled
  list freshly built.
* The module table names every module, and the test extra's row every package of it.
* The quickstart's test command is what CI runs; every relative link (a file, a
  heading's anchor) resolves; the README's picture of the review screen is what
  `docs/screenshot.py` draws today.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from cli_helpers import srs
from markdown_it import MarkdownIt
from mdit_py_plugins.anchors import anchors_plugin

from srs.cli import cli

ROOT = Path(__file__).resolve().parent.parent
#: the README and the docs pages, each with its text
PAGES = {
    path: path.read_text(encoding="utf-8")
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
}
README = PAGES[ROOT / "README.md"]


# --- the README and docs read as usage lines ----------------------------------------


def _blocks_and_prose(text: str) -> tuple[list[list[str]], str]:
    """The fenced code blocks (each a list of lines) and the prose between them."""
    blocks: list[list[str]] = []
    prose: list[str] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            if current is None:
                current = []
            else:
                blocks.append(current)
                current = None
            continue
        (current if current is not None else prose).append(line)
    return blocks, "\n".join(prose)


SPLIT = {path: _blocks_and_prose(text) for path, text in PAGES.items()}
BLOCKS = [block for blocks, _ in SPLIT.values() for block in blocks]
_SRS = re.compile(r"(?:^|(?<=[\s(]))srs (?=[a-z-])")
#: inline code that names srs's note types in Anki, not a command
NOT_USAGES = {"srs basic", "srs cloze"}


def usage_lines() -> list[str]:
    """Each text of the README and docs that runs srs, from `srs ` on: code lines (with
    their comment) and inline code spans (a page's own: a span never crosses pages)."""
    texts = [line for block in BLOCKS for line in block]
    for _, prose in SPLIT.values():
        texts += [" ".join(m.group(2).split()) for m in re.finditer(r"(`+)(.+?)\1", prose, re.S)]
    found = []
    for text in texts:
        match = _SRS.search(text)
        if match and not text.startswith(("{", "[")) and text not in NOT_USAGES:
            found.append(text[match.start() :])  # JSON output is not a usage
    return found


def resolve(line: str) -> tuple[list[str], list[str]]:
    """The command path a usage line runs, and the words after it (before any `#`)."""
    words = line.split("#", 1)[0].split()[1:]
    command: click.Command = cli
    path: list[str] = []
    while words and isinstance(command, click.Group) and words[0] in command.commands:
        command = command.commands[words[0]]
        path.append(words.pop(0))
    return path, words


def commands() -> Iterator[tuple[list[str], click.Command]]:
    def walk(command: click.Command, path: list[str]) -> Iterator[tuple[list[str], click.Command]]:
        yield path, command
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                yield from walk(sub, [*path, name])

    yield from walk(cli, [])


def option_names(command: click.Command) -> set[str]:
    ctx = click.Context(command)
    return {
        name
        for param in command.get_params(ctx)
        if isinstance(param, click.Option)
        for name in (*param.opts, *param.secondary_opts)
    }


def test_every_command_and_option_is_documented() -> None:
    usages = [(resolve(line)[0], line) for line in usage_lines()]
    missing = []
    for path, command in commands():
        lines = [line for at, line in usages if at == path]
        if path and not lines:
            missing.append(f"srs {' '.join(path)}")
            continue
        for name in sorted(option_names(command) - {"-h", "--help"}):
            pattern = re.compile(rf"(?:^|\s|\(){re.escape(name)}(?:[\s=),]|$)")
            if not any(pattern.search(line) for line in lines):
                missing.append(f"srs {' '.join(path)} {name}".replace("  ", " "))
    assert missing == [], "not shown in any usage line of the README or docs"


def test_every_documented_option_exists() -> None:
    wrong = []
    for line in usage_lines():
        path, words = resolve(line)
        command = cli
        for name in path:
            command = command.commands[name]  # type: ignore[attr-defined]
        known = option_names(command)
        for word in words:
            if word.startswith("-") and word != "-" and word.split("=")[0] not in known:
                wrong.append((line, word))
        if not path and words and not words[0].startswith("-"):
            wrong.append((line, words[0]))  # `srs nosuchcommand`
    assert wrong == []


# --- the --json key lists -----------------------------------------------------------


def _literal(text: str) -> str:
    """The first balanced {…} or […] in `text`, comment marks dropped."""
    start = min(i for i in (text.find("{"), text.find("[")) if i >= 0)
    depth = 0
    for index in range(start, len(text)):
        if text[index] in "{[":
            depth += 1
        elif text[index] in "}]":
            depth -= 1
            if depth == 0:
                return text[start : index + 1]
    raise AssertionError(f"unbalanced: {text[start : start + 80]}")


def documented_json() -> dict[tuple[str, ...], tuple[set[str], set[str]]]:
    """Per documented `--json` usage (command path and its other flags), the top-level
    keys and every key the README or docs name for it (one list per usage): a code line
    `srs … --json  # {…}` (continued on `#` lines), or `srs … --json` followed by a line
    of real output."""
    found: dict[tuple[str, ...], tuple[set[str], set[str]]] = {}
    for block in BLOCKS:
        for index, line in enumerate(block):
            if not line.startswith("srs ") or "--json" not in line.split("#")[0]:
                continue
            path, words = resolve(line)
            flags = sorted(w for w in words if w.startswith("--") and w not in ("--json",))
            if "#" in line and re.search(r"[{\[]", line.split("#", 1)[1]):
                text = line.split("#", 1)[1]
                for more in block[index + 1 :]:
                    if not more.lstrip().startswith("#"):
                        break
                    text += " " + more.lstrip()[1:]
            elif index + 1 < len(block) and block[index + 1].startswith(("{", "[")):
                text = block[index + 1]
            else:
                continue
            usage, keys = (*path, *flags), _keys(_literal(text))
            assert found.setdefault(usage, keys) == keys, f"two key lists for {usage}"
    return found


def _keys(literal: str) -> tuple[set[str], set[str]]:
    """The top-level keys (of the object, or of a list's objects) and every key named."""
    tokens = re.findall(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]', literal)
    stack: list[str] = []
    top: set[str] = set()
    every: set[str] = set()
    for index, token in enumerate(tokens):
        if token in "{[":
            stack.append(token)
        elif token in "}]":
            stack.pop()
        elif token.startswith('"'):
            after = tokens[index + 1] if index + 1 < len(tokens) else ""
            before = tokens[index - 1] if index else ""
            if before == ":" or stack[-1:] != ["{"] or after not in (":", ",", "}"):
                continue  # a value, not a key
            name = json.loads(token)
            if not re.fullmatch(r"[a-z_0-9]+", name):
                continue  # an example's counted reason ("not an srs card"), not a key
            every.add(name)
            if stack.count("{") == 1:
                top.add(name)
    return top, every


def _actual_keys(data: Any) -> tuple[set[str], set[str]]:
    top: set[str] = set()
    every: set[str] = set()

    def walk(value: Any, depth: int) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if re.fullmatch(r"[a-z_0-9]+", key):  # not a counted reason such as
                    every.add(key)  # "not an srs card"
                    if depth == 0:
                        top.add(key)
                walk(inner, depth + 1)
        elif isinstance(value, list):
            for inner in value:
                walk(inner, depth)

    walk(data, 0)
    return top, every


def _json(*args: str, env: dict[str, str | None] | None = None) -> Any:
    done = srs(*args, env=env)
    assert done.returncode == 0, (args, done.stderr)
    return json.loads(done.stdout)


@pytest.fixture
def outputs(tmp_path: Path, srs_home: Path) -> dict[tuple[str, ...], list[Any]]:
    """Each documented `--json` usage run for real (more than once where a key shows
    only in some runs, such as build's `llm`)."""
    from fake_arxiv import FakeArxiv
    from sync_server import PASSWORD, USER, SyncServer

    papers_list = tmp_path / "papers.md"
    papers_list.write_text(
        "---\nslug: papers\n---\n## Models\n1. **[GPT3](https://arxiv.org/abs/2005.14165) "
        "paper** - few-shot learning at scale.\n2. **[Ghost](https://arxiv.org/abs/2401.99999)"
        " paper** - a paper arXiv does not know about.\n",
        encoding="utf-8",
    )
    assert srs("build", "-q", str(papers_list)).returncode == 0
    arxiv = FakeArxiv().start()
    try:
        papers = _json("papers", "--json", env={"SRS_ARXIV_URL": arxiv.url})
    finally:
        arxiv.stop()
    from conftest import BUNDLED

    built = _json("build", "--json", str(BUNDLED))  # papers.md's deck stays aside
    # an entry read: stats lists it among the entries read in the last 30 days
    assert srs("read", "--deck", built["deck"], "--mark", "read", "1").returncode == 0
    from srs.store.engine import Engine

    with Engine.open(home=srs_home, deck=built["deck"]) as engine:  # a flag to list
        engine.flag(engine.cards()[0].id, "vague")
    local_model = {"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}  # a dry run sends nothing
    built_llm = _json("build", "--llm", "--dry-run", "--json", env=local_model)
    package = tmp_path / "deck.apkg"
    assert srs("export", "-o", str(package)).returncode == 0
    server = SyncServer(tmp_path / "server").start()
    try:
        login = {"SRS_SYNC_USER": USER, "SRS_SYNC_PASSWORD": PASSWORD}
        assert srs("sync", "login", "--endpoint", server.url, env=login).returncode == 0
        synced = _json("sync", "--json")
    finally:
        server.kill()
    run: dict[tuple[str, ...], Callable[[], list[Any]]] = {
        ("build",): lambda: [built, built_llm],
        ("papers",): lambda: [papers],
        ("cards",): lambda: [_json("cards", "--json")],
        ("cards", "--held-back"): lambda: [_json("cards", "--held-back", "--json")],
        ("decks",): lambda: [_json("decks", "--json")],
        ("where",): lambda: [_json("where", "--json")],
        ("due",): lambda: [_json("due", "--json")],
        ("stats",): lambda: [_json("stats", "--json")],
        ("optimize",): lambda: [_json("optimize", "--json")],
        ("optimize", "--reset"): lambda: [_json("optimize", "--reset", "--json")],
        ("plan",): lambda: [_json("plan", "--days", "3", "--json")],
        ("import-anki",): lambda: [_json("import-anki", str(package), "--json")],
        ("sync",): lambda: [synced],
        ("cards", "--flagged"): lambda: [_json("cards", "--flagged", "--json")],
        ("read",): lambda: [_json("read", "--json")],
        ("read", "--list"): lambda: [_json("read", "--list", "--json")],
    }
    return {usage: make() for usage, make in run.items()}


def test_every_json_key_list_is_what_the_command_prints(
    outputs: dict[tuple[str, ...], list[Any]],
) -> None:
    documented = documented_json()
    with_json = {tuple(path) for path, command in commands() if "--json" in option_names(command)}
    # every command with --json has a key list, and every key list is checked here
    assert {usage[: len(path)] for usage in documented for path in with_json} >= with_json
    assert set(documented) == set(outputs)
    for usage, (top, every) in documented.items():
        printed_top: set[str] = set()
        printed: set[str] = set()
        for data in outputs[usage]:
            one_top, one = _actual_keys(data)
            printed_top |= one_top
            printed |= one
        assert printed_top == top, usage
        assert printed <= every, (usage, sorted(printed - every))
        assert every <= printed | _conditional(usage), (usage, sorted(every - printed))


def _conditional(usage: tuple[str, ...]) -> set[str]:
    """Keys of objects these runs leave empty: stats' fitted parameters (a fresh home has
    none), the items of a model run's fallbacks, flags and rejections (a dry run sends
    nothing; tests/test_llm.py checks those)."""
    return {
        # and the flag reasons nobody gave in the run (it flags one card as vague)
        ("stats",): {"values", "fitted_at", "reviews", "items", "log_loss", "rmse_bins", "wrong"},
        ("build",): {"entry", "title", "reason", "card", "unsupported"},
    }.get(usage, set())


# --- examples that are real output --------------------------------------------------


def test_examples_are_the_commands_real_output(srs_home: Path) -> None:
    examples = [block for block in BLOCKS if block and block[0].startswith("$ srs ")]
    assert examples, "neither the README nor the docs show a `$ srs` example"
    assert srs("build", "-q").returncode == 0
    for block in examples:
        args = shlex.split(block[0][len("$ srs ") :])
        done = srs(*args)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines() == block[1:], block[0]


# --- the module table and the test extra --------------------------------------------


def _table(header: str) -> str:
    """The one Markdown table of the README and docs whose header row is `header`."""
    tables = []
    for text in PAGES.values():
        lines = text.splitlines()
        for index, line in enumerate(lines):
            if line.strip() == header:
                rows = [line]
                for more in lines[index + 1 :]:
                    if not more.startswith("|"):
                        break
                    rows.append(more)
                tables.append("\n".join(rows))
    (table,) = tables
    return table


def test_the_module_table_names_every_module() -> None:
    table = _table("| where | holds |")
    missing = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "srs").rglob("*.py"))
        if path.name not in ("__init__.py", "__main__.py")
        and f"`{path.name}`" not in table
        and f"`{path.relative_to(ROOT)}`" not in table
    ]
    assert missing == []


def test_the_test_extras_row_lists_the_test_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = {
        re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower()
        for requirement in project["optional-dependencies"]["test"]
    }
    (row,) = [
        line for text in PAGES.values() for line in text.splitlines() if "(extra `test`)" in line
    ]
    listed = {name.strip().lower() for name in row.split("|")[1].split("(")[0].split(",")}
    assert listed == extra


# --- the quickstart, the links, the picture -----------------------------------------


def test_the_quickstart_runs_what_ci_runs() -> None:
    """The README's two commands: set up and review the bundled list; set up and run
    the whole suite, byte for byte the command `.ci/run` runs."""
    quickstart = README[README.index("## Quickstart") :]
    blocks, _ = _blocks_and_prose(quickstart[: quickstart.index("\n## ", 1)])
    ci = [
        line
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.startswith("python3 -m venv")
    ]
    assert [len(block) for block in blocks[:2]] == [1, 1]
    review, suite = blocks[0][0], blocks[1][0]
    assert review.startswith("python3 -m venv .venv && ") and review.endswith(
        " .venv/bin/srs review"
    )
    assert ci == [suite]


def _anchors_and_links(text: str) -> tuple[set[str], list[str]]:
    """A page's heading anchors (as GitHub makes them) and the targets of its links and
    images, read by markdown-it (so nothing in code counts)."""
    md = MarkdownIt("commonmark").enable("table").use(anchors_plugin, max_level=6)
    anchors: set[str] = set()
    targets: list[str] = []
    for token in md.parse(text):
        if token.type == "heading_open":
            anchors.add(str(token.attrGet("id")))
        for child in token.children or []:
            target = child.attrGet("href") if child.type == "link_open" else child.attrGet("src")
            if target is not None:
                targets.append(str(target))
    return anchors, targets


def test_every_relative_link_resolves() -> None:
    anchors = {path: _anchors_and_links(text)[0] for path, text in PAGES.items()}
    broken = []
    checked = 0
    for page, text in PAGES.items():
        for target in _anchors_and_links(text)[1]:
            if re.match(r"[a-z][a-z0-9+.-]*:|//", target):
                continue  # https://…, mailto:…: not a file of this repository
            checked += 1
            where, _, anchor = target.partition("#")
            file = (page.parent / where).resolve() if where else page
            name = f"{page.relative_to(ROOT)}: {target}"
            if not file.is_relative_to(ROOT) or not file.exists():
                broken.append(f"{name} (no such file in the repository)")
            elif anchor and anchor not in anchors.get(file, set()):
                broken.append(f"{name} (no such heading)")
    assert checked > 50 and broken == []


async def test_the_picture_is_what_the_screenshot_script_draws(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "docs" / "screenshot.py")
    assert spec is not None and spec.loader is not None
    screenshot = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(screenshot)
    drawn = await screenshot.review_screen_svg(tmp_path / "home")
    picture = (ROOT / "docs" / "review.svg").read_text(encoding="utf-8")
    assert drawn == picture, "the review screen changed: run `python docs/screenshot.py`"
    assert "Again" in picture and "Good" in picture  # the answer side, its buttons
