"""The OpenAI-compatible client: settings, the one request we make, and its errors.

`openai` is imported here only, and only when a client is made. Its own retry
logic (exponential backoff with jitter on 408/409/429/5xx and timeouts,
honouring `Retry-After` and `retry-after-ms`) is what retries our requests.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from srs.config import LlmConfig, http_url
from srs.errors import BadInput, SrsError
from srs.extras import require_extra

__all__ = [
    "LlmSettings",
    "RequestFailed",
    "ServerUnreachable",
    "ask",
    "make_client",
    "settings_from",
]

_LOCAL_KEY = "not-needed"  # local servers (Ollama, llama.cpp, vLLM) accept any key


class ServerUnreachable(SrsError):
    """The server cannot be reached at all: the whole run stops, nothing is written."""


class RequestFailed(Exception):
    """One entry's request failed after retries: that entry falls back to templates."""


@dataclass(frozen=True)
class LlmSettings:
    model: str
    base_url: str | None
    api_key: str = field(repr=False)
    concurrency: int = 4
    timeout: float = 60.0
    max_retries: int = 3

    def scrub(self, text: str) -> str:
        """Never let the key reach a message, whatever a server echoes back."""
        return text.replace(self.api_key, "***") if self.api_key else text


def settings_from(
    config: LlmConfig, *, model: str | None = None, concurrency: int | None = None
) -> LlmSettings:
    base_url = config.base_url or os.environ.get("OPENAI_BASE_URL") or None
    if base_url is not None and not http_url(base_url):
        raise BadInput(f"OPENAI_BASE_URL = {base_url!r}: must be an http(s) URL with a host")
    key = os.environ.get("OPENAI_API_KEY", "")
    if key and not (key.isascii() and key.isprintable() and not any(c.isspace() for c in key)):
        raise BadInput(
            "OPENAI_API_KEY holds characters an HTTP header cannot carry "
            "(non-ASCII, spaces or line breaks): check how it was set"
        )
    if not key:
        if base_url is None:
            raise BadInput(
                "--llm needs OPENAI_API_KEY, or a local server: set OPENAI_BASE_URL "
                "or llm.base_url in config.toml"
            )
        key = _LOCAL_KEY
    return LlmSettings(
        model=model or config.model,
        base_url=base_url,
        api_key=key,
        concurrency=concurrency or config.concurrency,
        timeout=config.timeout,
        max_retries=config.max_retries,
    )


def make_client(settings: LlmSettings) -> Any:
    require_extra("openai", command="srs build --llm", extra="llm", package="openai")
    import openai

    return openai.OpenAI(
        api_key=settings.api_key,
        base_url=settings.base_url,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
    )


def ask(
    client: Any, settings: LlmSettings, messages: list[dict[str, str]], schema: dict[str, Any]
) -> str | None:
    """One chat completion asking for structured output; returns the reply's content."""
    import openai

    where = settings.base_url or "the OpenAI API"
    try:
        response = client.chat.completions.create(
            model=settings.model,
            messages=messages,
            temperature=0.2,
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "cards", "strict": True, "schema": schema},
            },
        )
    except openai.APITimeoutError:
        raise RequestFailed(f"timed out after {settings.max_retries + 1} tries") from None
    except openai.APIConnectionError:
        raise ServerUnreachable(f"cannot reach the model server at {where}") from None
    except openai.AuthenticationError:
        raise SrsError(f"{where} refused the API key (HTTP 401); check OPENAI_API_KEY") from None
    except openai.NotFoundError:
        raise SrsError(f"{where}: model {settings.model!r} not found (HTTP 404)") from None
    except openai.APIStatusError as exc:
        raise RequestFailed(f"HTTP {exc.status_code} after retries") from None
    except (ValueError, TypeError, RecursionError, openai.APIResponseValidationError):
        # a body that is not JSON, cut short, or nested too deep for the parser
        raise RequestFailed("the server's reply is not a readable chat completion") from None
    try:
        content = response.choices[0].message.content
    except (AttributeError, TypeError, IndexError, KeyError):  # `{"choices": 5}` and kin
        raise RequestFailed("the server's reply is not a chat completion") from None
    return settings.scrub(content) if isinstance(content, str) else None
