"""Fetch paper metadata from the arXiv API, in batches, politely.

Uses the `arxiv` package (lukasschwab/arxiv.py): it builds the query, parses
the Atom feed with lxml, waits arXiv's politeness delay between requests and
retries 503s and dropped connections. We ask for up to 100 ids per request
(never one request per paper), give every request a whole deadline and a size
cap (`srs.deck.bounded_http`), and report a bad reply per paper: nothing that did
not parse into a whole paper reaches the cache, and only a feed that lists papers
of a batch can say that an id of it is unknown to arXiv. Imported only by
`srs papers`.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from srs.deck.bounded_http import Overrun, bounded_request
from srs.deck.papers import NOT_FOUND
from srs.reading.paper import Paper

__all__ = ["ARXIV_URL", "BATCH", "DEADLINE", "MAX_REPLY_BYTES", "FetchResult", "fetch_papers"]

#: the API's query endpoint; `SRS_ARXIV_URL` points srs at another (tests use a local one)
ARXIV_URL = "https://export.arxiv.org/api/query"
BATCH = 100
#: the whole time one request may take (connecting, waiting, reading every byte)
DEADLINE = 30.0
#: the most one reply may hold: a real one of 100 papers is well under 1 MB
MAX_REPLY_BYTES = 8 * 2**20
_VERSION = re.compile(r"v\d+$")
_ATOM_FEED = "{http://www.w3.org/2005/Atom}feed"
#: a feed that lists none of a batch's ids proves nothing about them: arXiv answers a
#: request of unknown ids alone with an empty feed, and so would a proxy or a stub
NOT_LISTED = "arXiv's reply listed none of the papers asked for"


@dataclass
class FetchResult:
    papers: dict[str, Paper] = field(default_factory=dict)
    failed: list[dict[str, str]] = field(default_factory=list)
    requests: int = 0


def _short_id(entry_id: str) -> str:
    """`http://arxiv.org/abs/2005.14165v4` -> `2005.14165` (old ids keep their archive)."""
    tail = entry_id.split("/abs/", 1)[-1]
    return _VERSION.sub("", tail.strip())


def _paper(result: Any) -> Paper:
    return Paper.make(
        arxiv_id=_short_id(str(result.entry_id)),
        title=str(result.title or ""),
        authors=[str(author.name) for author in result.authors or []],
        published=result.published.date().isoformat() if result.published else "",
        abstract=str(result.summary or ""),
        category=str(result.primary_category or ""),
    )


def _client(delay: float, retries: int, deadline: float, counter: list[int]) -> Any:
    import arxiv

    client = arxiv.Client(page_size=BATCH, delay_seconds=delay, num_retries=retries)
    base = os.environ.get("SRS_ARXIV_URL") or ARXIV_URL
    client.query_url_format = base + ("&{}" if "?" in base else "?{}")
    # the package sets no timeout of its own: a stalled server would hang forever, and a
    # dripping one outlive any timeout per read; each request gets a whole deadline
    session = client._session
    send = session.request

    def request(method: str, url: str, **kwargs: Any) -> Any:
        counter[0] += 1
        kwargs.setdefault("timeout", deadline)  # for connecting and for each read
        response = bounded_request(
            send, method, url, deadline=deadline, max_bytes=MAX_REPLY_BYTES, **kwargs
        )
        if response.status_code == 200:
            _check_xml(response.content)
        return response

    session.request = request
    return client


class MalformedReply(ValueError):
    """The reply is not a well-formed Atom feed (an HTML page, a feed cut short):
    nothing of it is used.

    arxiv.py parses leniently, so a feed cut off in an abstract would give a
    paper with half an abstract, and it reads any other document as a feed of no
    papers; a strict parse first keeps both out of the cache.
    """


def _check_xml(content: bytes) -> None:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(content, parser=parser)
    except etree.XMLSyntaxError:
        raise MalformedReply("malformed reply (not well-formed XML)") from None
    if root.tag != _ATOM_FEED:
        name = etree.QName(root).localname[:40]
        raise MalformedReply(f"malformed reply (a <{name}> document, not an Atom feed)")


def fetch_papers(
    ids: list[str],
    *,
    delay: float = 3.0,
    retries: int = 3,
    deadline: float = DEADLINE,
    progress: bool | None = None,
    on_batch: Callable[[FetchResult], None] | None = None,
) -> FetchResult:
    """Metadata of `ids`, a request per batch of 100, each within `deadline` seconds;
    failures are per paper.

    Raises nothing for a bad reply or an unreachable server: every id of a batch
    that failed is in `failed` with the reason. `on_batch` sees the result so far
    after each batch (to save what arrived before an interruption).
    """
    import arxiv
    import requests
    from tqdm import tqdm

    logging.getLogger("arxiv").setLevel(logging.CRITICAL)  # its warnings are ours to report
    counter = [0]
    client = _client(delay, retries, deadline, counter)
    result = FetchResult()
    batches = [ids[i : i + BATCH] for i in range(0, len(ids), BATCH)]
    disable = (not sys.stderr.isatty()) if progress is None else not progress
    for batch in tqdm(batches, desc="arxiv", unit="batch", disable=disable, file=sys.stderr):
        search = arxiv.Search(id_list=batch, max_results=len(batch))
        try:
            found = [_paper(item) for item in client.results(search)]
        except (arxiv.ArxivError, requests.RequestException) as exc:
            reason = _reason(exc)
            result.failed.extend({"arxiv_id": pid, "reason": reason} for pid in batch)
        except (MalformedReply, Overrun) as exc:
            result.failed.extend({"arxiv_id": pid, "reason": str(exc)} for pid in batch)
        except (ValueError, TypeError, AttributeError) as exc:  # a reply arxiv.py half-parsed
            reason = f"unreadable reply ({type(exc).__name__})"
            result.failed.extend({"arxiv_id": pid, "reason": reason} for pid in batch)
        else:
            _take(batch, found, result)
        result.requests = counter[0]
        if on_batch is not None:
            on_batch(result)
    result.requests = counter[0]
    return result


def _take(batch: list[str], found: list[Paper], result: FetchResult) -> None:
    """The batch's papers in a feed. An id it lacks is unknown to arXiv (remembered as
    such) only when the feed lists other papers of the batch: arXiv answers a batch
    with an entry for each paper it knows and none for the others."""
    by_id = {paper.arxiv_id: paper for paper in found if paper.is_valid()}
    if not any(pid in by_id for pid in batch):
        result.failed.extend({"arxiv_id": pid, "reason": NOT_LISTED} for pid in batch)
        return
    for pid in batch:
        if pid in by_id:
            result.papers[pid] = by_id[pid]
        else:
            result.failed.append({"arxiv_id": pid, "reason": NOT_FOUND})


def _reason(exc: Exception) -> str:
    status = getattr(exc, "status", None)
    if isinstance(status, int):
        return f"HTTP {status} after retries"
    if type(exc).__name__ == "UnexpectedEmptyPageError":
        return "empty reply after retries"
    if "Timeout" in type(exc).__name__:
        return "timed out"
    return "cannot reach the arXiv API"
