"""One HTTP request with a whole deadline and a cap on the reply's size.

`requests`' timeout bounds each wait for bytes, never the request: a server that
drips one byte a second never trips it and kept `srs papers` running for minutes.
Here the request runs in a daemon thread, as `srs build --llm`'s do (see
`srs.llm.pool`), and is given up `deadline` seconds after it began: the caller
gets `TooSlow` at once, the thread is abandoned (it stops at its next chunk, and
never holds the process open). The body is read in chunks and refused past
`max_bytes`, so a reply of hundreds of megabytes is never held in memory.
Imported only by `srs papers`, with `requests`.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["Overrun", "TooLarge", "TooSlow", "bounded_request"]

_CHUNK = 16 * 1024


class Overrun(Exception):
    """The request ran past one of its bounds; the message says which, in a few words."""


class TooSlow(Overrun):
    pass


class TooLarge(Overrun):
    pass


def bounded_request(
    send: Callable[..., Any],
    method: str,
    url: str,
    *,
    deadline: float,
    max_bytes: int,
    **kwargs: Any,
) -> Any:
    """`send(method, url, **kwargs)` (a `requests` session's `request`) with its body
    read whole within `deadline` seconds and `max_bytes` bytes, else `TooSlow` or
    `TooLarge`; an error of `send` is raised here as it is."""
    outcome: queue.SimpleQueue[Any] = queue.SimpleQueue()
    given_up = threading.Event()

    def work() -> None:
        try:
            outcome.put((_read(send(method, url, stream=True, **kwargs), max_bytes, given_up),))
        except BaseException as exc:  # handed to the waiting thread, raised there
            outcome.put(exc)

    threading.Thread(target=work, name="srs-http-request", daemon=True).start()
    try:
        got = outcome.get(timeout=deadline)
    except queue.Empty:
        given_up.set()
        raise TooSlow(f"no complete reply within {deadline:g} s") from None
    if isinstance(got, BaseException):
        raise got
    return got[0]


def _read(response: Any, max_bytes: int, given_up: threading.Event) -> Any:
    with response:  # the connection goes back or is closed, whatever happens
        body = bytearray()
        for chunk in response.iter_content(_CHUNK):
            if given_up.is_set():
                break
            body += chunk
            if len(body) > max_bytes:
                raise TooLarge(f"reply larger than {max_bytes / 2**20:g} MB")
        response._content = bytes(body)  # what `response.content` gives
    return response
