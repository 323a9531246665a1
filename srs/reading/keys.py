"""Entry keys: what an entry *is*, never its wording or its position.

`arxiv:<id>` of the entry's primary paper (the first arXiv link of its title, else
the first link of the entry if it is an arXiv paper), else `url:<normalised primary
link>`, else `title:<slug of the title>`. Review history hangs on these keys (a
card's id is `<deck>|<entry key>|<kind>…`, see `srs.cards.ids`), so they survive
every rewording, reordering or change of link form. If two entries claim one key,
the one whose title links it keeps it and the other gets `<key>~<title slug>`.
"""

from __future__ import annotations

from srs.reading.model import Entry
from srs.reading.urls import arxiv_id, normalise_url
from srs.text import slugify

__all__ = ["assign_keys"]


def assign_keys(entries: list[Entry]) -> None:
    """Give each entry a key from what it is about; resolve rare collisions.

    Linear in the number of entries: each clashing key remembers the next
    number to try, so 16,000 identical entries do not try 16,000² keys.
    """
    claims: dict[str, Entry] = {}
    counters: dict[str, int] = {}
    for entry in entries:
        key, strong = _candidate_key(entry)
        holder = claims.get(key)
        if holder is not None:
            _, holder_strong = _candidate_key(holder)
            if strong and not holder_strong:
                # a title that links the paper outranks a passing mention
                del claims[key]
                holder.key = _unique(f"{key}~{slugify(holder.title)}", claims, counters)
                claims[holder.key] = holder
            else:
                key = _unique(f"{key}~{slugify(entry.title)}", claims, counters)
        entry.key = key
        claims[key] = entry


def _unique(key: str, claims: dict[str, Entry], counters: dict[str, int]) -> str:
    if key not in claims:
        return key
    n = counters.get(key, 2)
    while f"{key}~{n}" in claims:
        n += 1
    counters[key] = n + 1
    return f"{key}~{n}"


def _candidate_key(entry: Entry) -> tuple[str, bool]:
    """(key, strong): strong when the key comes from the entry's own title."""
    for link in entry.title_links:
        pid = arxiv_id(link.url)
        if pid:
            return f"arxiv:{pid}", True
    if entry.title_links:
        return f"url:{normalise_url(entry.title_links[0].url)}", True
    if entry.links:
        pid = arxiv_id(entry.links[0].url)
        if pid:
            return f"arxiv:{pid}", False
        return f"url:{normalise_url(entry.links[0].url)}", False
    return f"title:{slugify(entry.title)}", True
