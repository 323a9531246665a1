"""`srs papers` against a real HTTP server on 127.0.0.1 speaking the arXiv API, and the
paper cards `srs build` makes from what it cached."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from anki.collection import Collection
from cli_helpers import srs
from fake_arxiv import FakeArxiv
from test_export import import_into

from srs.anki.export import export_deck
from srs.build import build
from srs.clock import FixedClock
from srs.deck import papers
from srs.deck.deckfile import deck_path, load_deck
from srs.deck.papers import cache_path, list_papers, load_missing, load_papers
from srs.locations import data_dir
from srs.reading.document import parse_text
from srs.reading.paper import MAX_ABSTRACT, MAX_AUTHOR, MAX_AUTHORS, MAX_TITLE
from srs.store.engine import Engine
from srs.tui.render import answer_markdown

PAPER_LIST = """\
---
slug: papers
---
## Models
1. **[GPT3](https://arxiv.org/abs/2005.14165) paper** - few-shot learning at scale, \
with **in-context learning** as its headline. See also [MMLU](https://arxiv.org/abs/2009.03300).
2. **[The Prompt Report](https://arxiv.org/abs/2406.06608) paper** - a survey of prompting \
techniques and their names.
3. **[Ghost](https://arxiv.org/abs/2401.99999) paper** - a paper arXiv does not know about.
"""


@pytest.fixture
def arxiv_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeArxiv]:
    fake = FakeArxiv().start()
    monkeypatch.setenv("SRS_ARXIV_URL", fake.url)
    yield fake
    fake.stop()


@pytest.fixture
def paper_list(tmp_path: Path) -> Path:
    path = tmp_path / "papers.md"
    path.write_text(PAPER_LIST, encoding="utf-8")
    return path


def test_papers_fetches_once_then_from_the_cache(arxiv_server: FakeArxiv, paper_list: Path) -> None:
    assert srs("build", "-q", str(paper_list)).returncode == 0
    done = srs("papers", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    # one request for all four ids, never one per paper
    assert arxiv_server.requests == [["2005.14165", "2009.03300", "2406.06608", "2401.99999"]]
    assert report["requests"] == 1 and report["fetched"] == 3 and report["cached"] == 0
    assert report["failed"] == [{"arxiv_id": "2401.99999", "reason": "not in arXiv's reply"}]
    gpt3 = report["papers"][0]
    assert gpt3 == {
        "arxiv_id": "2005.14165",
        "title": "Language Models are Few-Shot Learners",
        "authors": ["Tom B. Brown", "Benjamin Mann", "Nick Ryder"],
        "year": 2020,
        "abstract": gpt3["abstract"],
        "entry": "GPT3 paper",
    }
    assert gpt3["abstract"].startswith("Recent work has demonstrated")
    assert report["papers"][1]["entry"] == "GPT3 paper"  # MMLU: named by the GPT3 entry

    again = json.loads(srs("papers", "--json").stdout)
    assert again["requests"] == 0 and again["cached"] == 3 and again["fetched"] == 0
    # an id arXiv answered it does not know is remembered too: nothing is sent
    assert again["failed"] == [{"arxiv_id": "2401.99999", "reason": "not in arXiv's reply"}]
    assert len(arxiv_server.requests) == 1

    fresh = json.loads(srs("papers", "--refresh", "--json").stdout)
    assert fresh["fetched"] == 3 and fresh["requests"] == 1
    human = srs("papers").stdout
    assert "Brown et al." in human and "3 papers:" in human and "2401.99999" in human


def test_a_hundred_ids_per_request(arxiv_server: FakeArxiv) -> None:
    ids = [f"2301.{n:05d}" for n in range(150)]
    arxiv_server.papers = {
        pid: {
            "title": f"Paper {pid}",
            "authors": ["A. Author"],
            "published": "2023-01-02T00:00:00Z",
            "summary": "An abstract.",
        }
        for pid in ids
    }
    links = "\n".join(
        f"- **[P{n}](https://arxiv.org/abs/{pid})** - text" for n, pid in enumerate(ids)
    )
    report = list_papers(parse_text(f"## S\n{links}\n"), delay=0, home=data_dir())
    assert [len(batch) for batch in arxiv_server.requests] == [100, 50]
    assert report.requests == 2 and report.fetched == 150 and report.failed == []


@pytest.mark.parametrize(
    "script",
    [
        (("html",),),
        (("truncated",),),
        (("status", 400),) * 4,  # arxiv.py tries 1 + 3 times
    ],
)
def test_bad_replies_are_reported_per_paper_and_never_cached(
    arxiv_server: FakeArxiv, script: tuple[tuple[object, ...], ...]
) -> None:
    reading_list = parse_text(PAPER_LIST)
    arxiv_server.script.extend(script)
    report = list_papers(reading_list, delay=0, home=data_dir())
    assert report.fetched == 0 and len(report.failed) == 4
    reason = "HTTP 400" if script[0][0] == "status" else "malformed reply"
    assert all(reason in item["reason"] for item in report.failed), report.failed
    assert not cache_path(data_dir()).exists() and load_papers(data_dir()) == {}
    # the next run asks again and gets them
    assert list_papers(reading_list, delay=0, home=data_dir()).fetched == 3


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        ("page", "not an Atom feed"),  # a proxy's or portal's page, well-formed
        ("empty", "listed none of the papers asked for"),
        ("others", "listed none of the papers asked for"),
    ],
)
def test_a_reply_that_lists_none_of_the_batch_proves_nothing(
    arxiv_server: FakeArxiv, paper_list: Path, behaviour: str, reason: str
) -> None:
    arxiv_server.papers["1706.03762"] = {
        "title": "Attention Is All You Need",
        "authors": ["Ashish Vaswani"],
        "published": "2017-06-12T17:57:34Z",
        "summary": "The dominant sequence transduction models.",
    }
    assert srs("build", "-q", str(paper_list)).returncode == 0
    arxiv_server.script.append((behaviour,))
    done = srs("papers")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0], done.stderr
    assert done.stdout.count(reason) == 4
    # no id is remembered as unknown: the next run asks again and gets them
    assert load_missing(data_dir()) == set() and not cache_path(data_dir()).exists()
    again = json.loads(srs("papers", "--json").stdout)
    assert again["requests"] == 1 and again["fetched"] == 3
    assert again["failed"] == [{"arxiv_id": "2401.99999", "reason": "not in arXiv's reply"}]
    assert load_missing(data_dir()) == {"2401.99999"}


def test_a_dripping_server_is_given_up_at_the_deadline(arxiv_server: FakeArxiv) -> None:
    # a byte every 20 ms: no read ever waits long, so only a whole deadline stops it
    arxiv_server.script.append(("drip", 0.02, 8.0))
    reading_list = parse_text(PAPER_LIST)
    report = list_papers(reading_list, delay=0, deadline=1.0, home=data_dir())
    assert report.fetched == 0  # the whole reply would have taken 8 s and fetched 3
    assert [item["reason"] for item in report.failed] == ["no complete reply within 1 s"] * 4
    assert len(arxiv_server.requests) == 1  # given up, not tried again and again
    assert not cache_path(data_dir()).exists()
    assert list_papers(reading_list, delay=0, deadline=1.0, home=data_dir()).fetched == 3


def test_a_reply_past_the_size_cap_is_refused(arxiv_server: FakeArxiv) -> None:
    for paper in arxiv_server.papers.values():
        paper["summary"] = "Words, words, words. " * 150_000  # 3 MB each, 9 MB in all
    report = list_papers(parse_text(PAPER_LIST), delay=0, home=data_dir())
    assert report.fetched == 0
    assert [item["reason"] for item in report.failed] == ["reply larger than 8 MB"] * 4
    assert not cache_path(data_dir()).exists()


def test_texts_from_arxiv_are_capped(arxiv_server: FakeArxiv, paper_list: Path) -> None:
    gpt3 = arxiv_server.papers["2005.14165"]
    gpt3["summary"] = "Recent work has demonstrated gains. " * 30_000  # 1 MB, under the reply cap
    gpt3["title"] = "Language Models are Few-Shot Learners " * 100
    gpt3["authors"] = ["Tom B. Brown " * 100, *(f"Author {n}" for n in range(499))]
    report = list_papers(parse_text(PAPER_LIST), delay=0, home=data_dir())
    assert report.fetched == 3
    paper = load_papers(data_dir())["2005.14165"]
    assert paper.abstract.startswith("Recent work") and paper.abstract.endswith("demonstrated…")
    assert len(paper.abstract) <= MAX_ABSTRACT and len(paper.title) <= MAX_TITLE
    assert len(paper.authors) == MAX_AUTHORS and len(paper.authors[0]) <= MAX_AUTHOR
    assert paper.authors_total == 500 and paper.byline == ""  # too many for a first author
    assert cache_path(data_dir()).stat().st_size < 20_000
    assert load_papers(data_dir())["2009.03300"].abstract.startswith("We propose")  # the others
    assert srs("build", "-q", str(paper_list)).returncode == 0  # from the capped cache


def test_503_is_retried(arxiv_server: FakeArxiv) -> None:
    arxiv_server.script.append(("status", 503))
    report = list_papers(parse_text(PAPER_LIST), delay=0, home=data_dir())
    assert report.fetched == 3 and report.requests == 2


def test_a_damaged_cache_is_not_trusted(arxiv_server: FakeArxiv) -> None:
    list_papers(parse_text(PAPER_LIST), delay=0, home=data_dir())
    data = json.loads(cache_path(data_dir()).read_text(encoding="utf-8"))
    data["papers"][0]["published"] = "not a date"
    data["papers"].append({"arxiv_id": "x"})
    cache_path(data_dir()).write_text(json.dumps(data), encoding="utf-8")
    assert set(load_papers(data_dir())) == {"2009.03300", "2406.06608"}
    cache_path(data_dir()).write_text("{not json", encoding="utf-8")
    assert load_papers(data_dir()) == {}


def test_unreachable_arxiv_is_one_line(paper_list: Path) -> None:
    assert srs("build", "-q", str(paper_list)).returncode == 0
    done = srs("papers")  # SRS_ARXIV_URL points at a closed port (conftest)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot reach the arXiv API" in lines[0], done.stderr


def test_paper_cards_from_the_shipped_facts_then_with_abstracts(
    arxiv_server: FakeArxiv, paper_list: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offline = "http://127.0.0.1:9/api/query"  # builds never go online
    monkeypatch.setenv("SRS_ARXIV_URL", offline)
    _, _, deck = build(paper_list, home=data_dir())
    by_id = {card.id: card for card in deck.cards}
    # the facts shipped with the bundled list make paper cards before `srs papers` runs
    title_card = by_id["papers|arxiv:2005.14165|paper-title"]
    assert title_card.front == "What is the title of the **GPT3** paper (Brown et al., 2020)?"
    assert title_card.back == "*Language Models are Few-Shot Learners*"
    assert title_card.extra == ""  # no abstract: those are `srs papers`' to fetch
    name_card = by_id["papers|arxiv:2005.14165|paper-name"]
    assert name_card.back == "**GPT3**" and "Few-Shot" in name_card.front
    # the Prompt Report's title holds its name: neither a title nor a name card
    assert not any(cid.startswith("papers|arxiv:2406.06608|paper-") for cid in by_id)
    # MMLU is only related work of the GPT3 entry: what it stands for (its title spells
    # it), no title cards; and nothing is known of Ghost
    assert [cid for cid in by_id if "2009.03300" in cid] == ["papers|arxiv:2009.03300|acronym|mmlu"]
    assert not any("2401.99999" in cid and "|paper-" in cid for cid in by_id)

    monkeypatch.setenv("SRS_ARXIV_URL", arxiv_server.url)
    list_papers(parse_text(PAPER_LIST), delay=0, home=data_dir())
    monkeypatch.setenv("SRS_ARXIV_URL", offline)
    report, _, deck = build(paper_list, home=data_dir())
    by_id = {card.id: card for card in deck.cards}
    title_card = by_id["papers|arxiv:2005.14165|paper-title"]
    assert title_card.extra.startswith("Recent work has demonstrated")
    assert "papers|arxiv:2005.14165|paper-title" in report.changed
    assert report.added == [] and report.removed == [], (report.added, report.removed)

    # a rebuild after a reword keeps the paper cards' ids
    paper_list.write_text(PAPER_LIST.replace("few-shot learning", "learning from a few"))
    again, _, _ = build(paper_list, home=data_dir())
    assert not any("|paper-" in cid for cid in again.added + again.removed)

    # the abstract shows under the answer: review screen and Anki
    clock = FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    with Engine.open(clock=clock, home=data_dir()) as engine:
        view = engine.card("papers|arxiv:2005.14165|paper-title")
        assert "Recent work has demonstrated" in answer_markdown(view)
        export_deck(engine, tmp_path / "p.apkg", progress=False)
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        import_into(col, tmp_path / "p.apkg")
        note = col.get_note(col.find_notes('"Source:*paper-title"')[0])
        assert "Recent work has demonstrated" in note["Back"]
        assert "Language Models are Few-Shot Learners" in note["Back"]
    finally:
        col.close()
    assert load_deck(deck_path(data_dir(), "papers")).cards


def test_bidi_controls_from_arxiv_never_reach_the_deck(
    arxiv_server: FakeArxiv, paper_list: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gpt3 = arxiv_server.papers["2005.14165"]
    gpt3["title"] = "Language Models are \u202eFew-Shot\u202c Learners"
    gpt3["authors"] = ["Tom B. \u2067Brown\u2069", "Benjamin Mann"]
    gpt3["summary"] = "Recent work \u200fhas demonstrated\u061c gains. We introduce \u202dGPT-3."
    # the bundled list takes two requests: no 3 s politeness pause between them here
    monkeypatch.setattr(papers, "list_papers", functools.partial(list_papers, delay=0))
    report = json.loads(srs("papers", "--json").stdout)
    assert report["papers"][0]["title"] == "Language Models are Few-Shot Learners"
    assert report["papers"][0]["authors"][0] == "Tom B. Brown"
    cached = cache_path(data_dir()).read_text(encoding="utf-8")
    assert "Few-Shot Learners" in cached and "Recent work has demonstrated gains" in cached
    monkeypatch.setenv("SRS_ARXIV_URL", "http://127.0.0.1:9/api/query")
    _, _, deck = build(paper_list, home=data_dir())
    card = next(c for c in deck.cards if c.id == "papers|arxiv:2005.14165|paper-title")
    assert card.back == "*Language Models are Few-Shot Learners*"
    assert "(Brown and Mann, 2020)" in card.front
    texts = [cached, deck_path(data_dir(), "papers").read_text(encoding="utf-8")]
    texts += [part for c in deck.cards for part in (c.front, c.back, c.extra)]
    for text in texts:
        assert not any(c in text for c in "\u202e\u202c\u2067\u2069\u200f\u061c\u202d"), text
