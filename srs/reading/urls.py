"""Links as identity: which URLs are links at all, arXiv ids in any form, and a URL
reduced to the page it names (what entry keys are made of, see `srs.reading.keys`)."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit

__all__ = ["arxiv_id", "is_web_url", "normalise_url"]

_ARXIV_HOSTS = {"arxiv.org", "www.arxiv.org", "export.arxiv.org"}
_ARXIV_PATH = re.compile(
    r"^/(?:abs|pdf|html|format)/"
    r"(?P<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})"
    r"(?:v\d+)?(?:\.pdf)?/?$",
    re.IGNORECASE,
)
_TRACKING = re.compile(r"^(utm_\w+|ref|ref_src|s|source|fbclid|gclid|pp)$", re.IGNORECASE)
# (each is cached: a build looks at one URL many times, for its entry, its key and its cards)


@lru_cache(maxsize=16384)
def is_web_url(url: str) -> bool:
    """Only http(s) URLs with a host ever become links."""
    if not url.lstrip()[:8].lower().startswith(("http://", "https://")):
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in {"http", "https"} and bool(parts.netloc)


@lru_cache(maxsize=16384)
def arxiv_id(url: str) -> str | None:
    """`https://arxiv.org/pdf/2409.12640v2` -> `2409.12640` (any form, no version)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.netloc.lower() not in _ARXIV_HOSTS:
        return None
    match = _ARXIV_PATH.match(parts.path)
    return match.group("id") if match else None


@lru_cache(maxsize=16384)
def normalise_url(url: str) -> str:
    """A URL reduced to what identifies the page.

    Scheme, `www.`, fragment, trailing slash and tracking parameters are
    dropped; arXiv URLs of any form become `arxiv.org/abs/<id>`.
    """
    paper = arxiv_id(url)
    if paper:
        return f"arxiv.org/abs/{paper}"
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        ]
    )
    return host + path + (f"?{query}" if query else "")
