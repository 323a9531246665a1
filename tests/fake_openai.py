"""A real HTTP server on 127.0.0.1 that speaks OpenAI's chat-completions protocol.

Tests and the LLM benchmark drive it with the real `openai` client. Each request
takes the next scripted behaviour (or the default): a valid reply built from
the prompt, an HTTP error, a stall, or raw content.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Behaviour = str | tuple[Any, ...] | Callable[[dict[str, Any]], str]


def cards_for(body: dict[str, Any]) -> str:
    """A valid reply for the entry in the prompt, written from how srs read it: a gist and
    a reverse card from the claim that defines it, a cloze for each cloze slot whose term
    a claim holds. Every card it writes passes the quality gate."""
    user = body["messages"][-1]["content"]
    if body["messages"][-1]["role"] != "user" or "Entry title:" not in user:
        user = next(m["content"] for m in body["messages"] if "Entry title:" in m["content"])
    name = re.search(r"^Name: (.*)$", user, re.MULTILINE).group(1).strip()  # type: ignore[union-attr]
    slots = re.findall(r"^- (gist|reverse|cloze:[^:\s]+): (.*)$", user, re.MULTILINE)
    claims = re.findall(r"^Claim \((\w+)\): (.*?)(?: \[key terms: .*\])?$", user, re.MULTILINE)
    defining = next((text for kind, text in claims if kind in {"defines", "does"}), None)
    cards: list[dict[str, str]] = []
    for role, described in slots:
        if role == "gist" and defining:
            cards.append(
                {"role": "gist", "front": f"In a phrase, what is {name}?", "back": defining}
            )
        elif role == "reverse" and defining:
            cards.append(
                {"role": "reverse", "front": f"Which thing is this: “{defining}”?", "back": name}
            )
        elif role.startswith("cloze:"):
            concept = re.search(r"“(.*)”", described).group(1)  # type: ignore[union-attr]
            text = next((t for _, t in claims if concept in t), None)
            if text is not None:
                front = f"{name}: " + text.replace(concept, "{{c1::" + concept + "}}")
                cards.append({"role": role, "front": front, "back": concept})
    if not cards and slots:
        role = slots[0][0]
        front = f"What is {name}?" if not role.startswith("cloze:") else "{{c1::x}} y z w"
        cards.append({"role": role, "front": front, "back": "something the entry says"})
    return json.dumps({"cards": cards})


class FakeOpenAI:
    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency
        self.script: deque[Behaviour] = deque()
        self.default: Behaviour = cards_for
        self.requests: list[dict[str, Any]] = []
        self.auth: list[str] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self.down = False

    @property
    def base_url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeOpenAI:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                if fake.down:  # hang up, as a dead server's socket does
                    self.close_connection = True
                    return
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with fake._lock:
                    fake.requests.append(body)
                    fake.auth.append(self.headers.get("Authorization", ""))
                    behaviour = fake.script.popleft() if fake.script else fake.default
                if fake.latency:
                    time.sleep(fake.latency)
                if isinstance(behaviour, tuple) and behaviour[0] == "status":
                    status, headers = behaviour[1], behaviour[2] if len(behaviour) > 2 else {}
                    self._send(status, {"error": {"message": "scripted", "type": "x"}}, headers)
                    return
                if isinstance(behaviour, tuple) and behaviour[0] == "drip":  # a byte at a time
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", "100000")
                    self.end_headers()
                    try:
                        for _ in range(behaviour[2]):
                            self.wfile.write(b" ")
                            self.wfile.flush()
                            time.sleep(behaviour[1])
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                if isinstance(behaviour, tuple) and behaviour[0] == "raw":  # any body at all
                    self._send_bytes(200, behaviour[1])
                    return
                if isinstance(behaviour, tuple) and behaviour[0] == "sleep":
                    time.sleep(behaviour[1])
                    behaviour = fake.default
                if isinstance(behaviour, tuple) and behaviour[0] == "content":
                    content = behaviour[1]
                elif callable(behaviour):
                    content = behaviour(body)
                else:
                    content = cards_for(body)
                self._send(
                    200,
                    {
                        "id": f"chatcmpl-{len(fake.requests)}",
                        "object": "chat.completion",
                        "created": 0,
                        "model": body.get("model", "fake"),
                        "choices": [
                            {
                                "index": 0,
                                "finish_reason": "stop",
                                "message": {"role": "assistant", "content": content},
                            }
                        ],
                        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
                    },
                )

            def _send(
                self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
            ) -> None:
                self._send_bytes(status, json.dumps(payload).encode(), headers)

            def _send_bytes(
                self, status: int, data: bytes, headers: dict[str, str] | None = None
            ) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in (headers or {}).items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        # a short poll: `stop` waits for the loop to notice (0.5 s a test by default)
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def go_down(self) -> None:
        """From now on every connection is dropped, kept-alive ones included."""
        self.down = True
        threading.Thread(target=self.stop, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
