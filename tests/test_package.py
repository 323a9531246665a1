"""The package as people will get it: `python -m build` makes a wheel and an sdist that
pass `twine check`, and each installs into a fresh venv with the bundled list, the card
templates and the prompt file, and a working `srs`.

Offline: the build runs without isolation (hatchling comes from the test extra) and
each artifact is installed with `--no-index --no-deps` into a venv that sees the test
venv's packages (its dependencies) through a `.pth` line, and nothing of this checkout.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT)
    yield out


def test_build_makes_a_wheel_and_an_sdist_that_pass_twine_check(dist: Path) -> None:
    (wheel,) = dist.glob("srs_reading_list-*-py3-none-any.whl")
    (sdist,) = dist.glob("srs_reading_list-*.tar.gz")
    checked = run(sys.executable, "-m", "twine", "check", "--strict", wheel, sdist)
    assert checked.count("PASSED") == 2


def _fresh_venv(where: Path) -> Path:
    """A venv without this checkout on its path; the test venv's packages (srs's
    dependencies, pip, hatchling) reach it through `.pth` lines, which add their
    folders without running the `.pth` files there (so not the editable srs)."""
    run(sys.executable, "-m", "venv", "--without-pip", where)
    python = where / "bin" / "python"
    purelib = Path(
        run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip()
    )
    checkout = (ROOT, ROOT / "tests")
    ours = [
        entry
        for entry in (sysconfig.get_paths()["purelib"], *site.getsitepackages(), *sys.path)
        if entry and Path(entry).is_dir() and Path(entry).resolve() not in checkout
    ]
    lines = "\n".join(dict.fromkeys(ours))
    (purelib / "_test_venv.pth").write_text(lines + "\n", encoding="utf-8")
    return python


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_each_installs_offline_with_its_data_and_runs(
    dist: Path, tmp_path: Path, kind: str
) -> None:
    (artifact,) = dist.glob("*.whl" if kind == "wheel" else "*.tar.gz")
    venv = tmp_path / "venv"
    python = _fresh_venv(venv)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["SRS_HOME"] = str(tmp_path / "home")
    pip = [python, "-m", "pip", "install", "-q", "--no-index", "--no-deps"]
    run(*pip, "--no-build-isolation", artifact, env=env)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import json, srs\n"
        "from srs.locations import bundled_dir\n"
        "from pathlib import Path\n"
        "print(json.dumps({'srs': srs.__file__,\n"
        " 'list': (bundled_dir('decks') / 'ai-engineering-2025.md').is_file(),\n"
        " 'facts': (bundled_dir('decks') / 'ai-engineering-2025.papers.json').is_file(),\n"
        " 'prompt': (bundled_dir('prompts') / 'cards.yaml').is_file(),\n"
        " 'templates': (Path(srs.__file__).parent / 'cards' / 'card_templates.yaml').is_file(),\n"
        " 'styles': len(list((Path(srs.__file__).parent / 'tui').glob('*.tcss')))}))"
    )
    found = json.loads(run(python, "-c", code, cwd=elsewhere, env=env))
    assert Path(found["srs"]).is_relative_to(venv), found  # the installed copy, not ours
    assert found["list"] and found["facts"] and found["prompt"] and found["templates"]
    assert found["styles"] >= 4
    srs = venv / "bin" / "srs"
    assert "Spaced-repetition flashcards" in run(srs, "--help", cwd=elsewhere, env=env)
    built = json.loads(run(srs, "build", "--json", cwd=elsewhere, env=env))
    assert built["deck"] == "ai-engineering-2025" and built["entries"] == 57
    assert list(elsewhere.iterdir()) == []  # nothing written to the current directory
