"""A real HTTP server on 127.0.0.1 that answers like the arXiv API (Atom feeds).

Knows the papers it is given; each request takes the next scripted behaviour
(or answers normally): an HTTP status, an HTML page, a feed cut short, an empty
feed, a feed of other papers, a feed dripped a byte at a time.
"""

from __future__ import annotations

import contextlib
import copy
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

PAPERS: dict[str, dict[str, Any]] = {
    "2005.14165": {
        "title": "Language Models are Few-Shot Learners",
        "authors": ["Tom B. Brown", "Benjamin Mann", "Nick Ryder"],
        "published": "2020-05-28T17:29:03Z",
        "summary": "Recent work has demonstrated substantial gains on many NLP tasks and "
        "benchmarks by pre-training on a large corpus of text followed by fine-tuning.",
    },
    "2009.03300": {
        "title": "Measuring Massive Multitask Language Understanding",
        "authors": ["Dan Hendrycks", "Collin Burns"],
        "published": "2020-09-07T17:59:00Z",
        "summary": "We propose a new test to measure a text model's multitask accuracy "
        "across 57 tasks including elementary mathematics and US history.",
    },
    "2406.06608": {
        "title": "The Prompt Report: A Systematic Survey of Prompting Techniques",
        "authors": ["Sander Schulhoff"],
        "published": "2024-06-06T18:10:11Z",
        "summary": "Generative AI systems are increasingly deployed; we assemble a taxonomy "
        "of 58 text-only prompting techniques.",
    },
}


def entry_xml(pid: str, paper: dict[str, Any]) -> str:
    authors = "".join(f"<author><name>{escape(a)}</name></author>" for a in paper["authors"])
    return (
        f"<entry><id>http://arxiv.org/abs/{pid}v2</id>"
        f"<updated>{paper['published']}</updated><published>{paper['published']}</published>"
        f"<title>{escape(paper['title'])}</title><summary>{escape(paper['summary'])}</summary>"
        f'{authors}<arxiv:primary_category term="cs.CL"/></entry>'
    )


def feed(entries: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom" '
        'xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
        'xmlns:arxiv="http://arxiv.org/schemas/atom">'
        f"<opensearch:totalResults>{len(entries)}</opensearch:totalResults>"
        "<opensearch:startIndex>0</opensearch:startIndex>"
        f"<opensearch:itemsPerPage>{len(entries)}</opensearch:itemsPerPage>"
        + "".join(entries)
        + "</feed>"
    )


class FakeArxiv:
    def __init__(self, papers: dict[str, dict[str, Any]] | None = None) -> None:
        self.papers = copy.deepcopy(PAPERS if papers is None else papers)  # a test's own
        self.requests: list[list[str]] = []  # the ids each request asked for
        self.script: deque[tuple[Any, ...]] = deque()
        self._httpd: ThreadingHTTPServer | None = None
        self._stopping = threading.Event()

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/api/query"

    def start(self) -> FakeArxiv:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                query = parse_qs(urlsplit(self.path).query)
                ids = [i for i in (query.get("id_list") or [""])[0].split(",") if i]
                fake.requests.append(ids)
                behaviour = fake.script.popleft() if fake.script else ("ok",)
                body = feed([entry_xml(i, fake.papers[i]) for i in ids if i in fake.papers])
                status, kind = 200, "application/atom+xml"
                if behaviour[0] == "status":
                    status, body = behaviour[1], "error"
                elif behaviour[0] == "html":
                    kind, body = "text/html", "<html><body><h1>Rate exceeded</body>"
                elif behaviour[0] == "page":  # well-formed, but no feed: a proxy's page
                    kind, body = "text/html", "<html><body><h1>Sign in</h1></body></html>"
                elif behaviour[0] == "empty":  # an Atom feed that lists nothing
                    body = feed([])
                elif behaviour[0] == "others":  # an Atom feed of papers nobody asked for
                    body = feed([entry_xml(i, p) for i, p in fake.papers.items() if i not in ids])
                elif behaviour[0] == "truncated":
                    body = body[: len(body) * 2 // 3]
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if behaviour[0] == "drip":  # a byte every `interval` s for `seconds` s
                    data = self._drip(data, interval=behaviour[1], seconds=behaviour[2])
                with contextlib.suppress(OSError):  # the client may have given up
                    self.wfile.write(data)

            def _drip(self, data: bytes, *, interval: float, seconds: float) -> bytes:
                until = time.monotonic() + seconds
                while data and time.monotonic() < until and not fake._stopping.is_set():
                    try:
                        self.wfile.write(data[:1])
                        self.wfile.flush()
                    except OSError:
                        return b""
                    data = data[1:]
                    time.sleep(interval)
                return data

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True  # a dripping answer never holds `stop` up
        # a short poll: `stop` waits for the loop to notice (0.5 s a test by default)
        threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
