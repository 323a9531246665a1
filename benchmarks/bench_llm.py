"""LLM generation of the bundled list against a local OpenAI-compatible server.

    python benchmarks/bench_llm.py [--latency 0.2]

The server (tests/fake_openai.py, a real HTTP server on 127.0.0.1) answers each
request after `latency` seconds. Runs the 57 entries at concurrency 1, 4 and 8
from an empty cache, then rewords one entry and runs again (one request).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from _common import BUNDLED, report
from fake_openai import FakeOpenAI

from srs.build import build
from srs.config import load_config
from srs.llm.client import settings_from
from srs.llm.from_model import LlmRun
from srs.llm.prompt import load_prompt, prompt_path
from srs.locations import Locations


def run(path: Path, home: Path, concurrency: int) -> tuple[float, int, int]:
    os.environ["SRS_HOME"] = str(home)
    settings = settings_from(load_config(Locations(home).config).llm, concurrency=concurrency)
    llm_run = LlmRun(prompt=load_prompt(prompt_path(home)), settings=settings, progress=False)
    start = time.perf_counter()
    result, _, _ = build(path, home=home, llm=llm_run)
    seconds = time.perf_counter() - start
    assert result.llm is not None
    return seconds, result.llm.requests, result.llm.generated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.2)
    args = parser.parse_args()
    server = FakeOpenAI(latency=args.latency).start()
    os.environ["OPENAI_API_KEY"] = "bench-key"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        listing = base / "ai-engineering-2025.md"
        shutil.copy(BUNDLED, listing)
        for concurrency in (1, 4, 8):
            home = base / f"home-{concurrency}"
            home.mkdir()
            (home / "config.toml").write_text(f'[llm]\nbase_url = "{server.base_url}"\n')
            before = len(server.requests)
            seconds, requests, cards = run(listing, home, concurrency)
            rows.append(
                {
                    "run": "cold cache",
                    "concurrency": concurrency,
                    "wall_s": seconds,
                    "requests": requests,
                    "served": len(server.requests) - before,
                    "llm_cards": cards,
                }
            )
        text = listing.read_text(encoding="utf-8")
        listing.write_text(
            text.replace(
                "the main **knowledge** benchmark", "the best known **knowledge** benchmark"
            ),
            encoding="utf-8",
        )
        before = len(server.requests)
        seconds, requests, cards = run(listing, base / "home-4", 4)
        rows.append(
            {
                "run": "one entry reworded",
                "concurrency": 4,
                "wall_s": seconds,
                "requests": requests,
                "served": len(server.requests) - before,
                "llm_cards": cards,
            }
        )
    server.stop()
    report("llm", rows, ["run", "concurrency", "wall_s", "requests", "served", "llm_cards"])


if __name__ == "__main__":
    main()
