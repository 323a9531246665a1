"""Anki's own sync server (`python -m anki.syncserver`, shipped in the anki package),
started on 127.0.0.1 for a test, and a "phone": a collection driven by the anki
library that syncs with it. Also two stand-ins that never sync: a socket that only
records whether anything connected, and a server that redirects every request."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import IO

from anki.collection import Collection
from anki.sync_pb2 import SyncAuth
from anki.sync_pb2 import SyncCollectionResponse as Response

USER, PASSWORD = "reader", "correct horse battery staple"


# what the server logs once it listens: `listening addr=127.0.0.1:PORT` (in colour)
_LISTENING = re.compile(rb"listening\S*\s+\S*addr\S*=\S*127\.0\.0\.1:(\d+)")
_COLOUR = re.compile(rb"\x1b\[[0-9;]*m")


class SyncServer:
    """`python -m anki.syncserver` on 127.0.0.1. Without a port it binds port 0 and the
    port the system gave it is read back from its log: no port is chosen here and then
    taken by someone else before the server binds it."""

    def __init__(self, base: Path, port: int | None = None) -> None:
        self.base = base
        self.port = port or 0
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        assert self.port, "start() first"
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> SyncServer:
        # a given port (a restart on the old one) may still be held for a moment
        for _ in range(20):
            if self._start_once():
                return self
            time.sleep(0.1)
        raise RuntimeError(f"the sync server could not bind port {self.port}")

    def _start_once(self) -> bool:
        """Start the server; False if it exited at once (its port was taken)."""
        env = dict(
            os.environ,
            SYNC_USER1=f"{USER}:{PASSWORD}",
            SYNC_BASE=str(self.base),
            SYNC_HOST="127.0.0.1",
            SYNC_PORT=str(self.port),
            RUST_LOG="anki=info",  # the `listening` line
        )
        # a file, never a pipe nobody drains; closed by kill()
        self._log = tempfile.TemporaryFile()  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-m", "anki.syncserver"],
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            self._log.seek(0)
            found = _LISTENING.search(_COLOUR.sub(b"", self._log.read()))
            if found is not None:
                self.port = int(found.group(1))
                return True
            if self.process.poll() is not None:
                self._log.close()
                return False
            time.sleep(0.02)
        self.kill()
        raise RuntimeError("the sync server did not start in 30 s")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None


class Listener:
    """A socket on 127.0.0.1 that counts the connections made to it and closes each at
    once. Anki reaches it as 127.0.0.1 and also as 0.0.0.0 (Linux routes that to this
    machine), a host srs takes for another machine."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.port = int(self.sock.getsockname()[1])
        self.connections = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.close()

    def __enter__(self) -> Listener:
        self.thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stopping.set()
        self.thread.join()
        self.sock.close()


class Redirector:
    """An HTTP server on 127.0.0.1 that answers every request with a permanent redirect
    (308) to `target`, as a sync server that moved does."""

    def __init__(self, target: str) -> None:
        outer = self
        self.hits = 0

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                outer.hits += 1
                self._read_body()  # all of it, or the client may see a reset, not a reply
                self.send_response(308)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def _read_body(self) -> None:
                if self.headers.get("Transfer-Encoding", "").lower() != "chunked":
                    self.rfile.read(int(self.headers.get("Content-Length") or 0))
                    return
                while size := int(self.rfile.readline().split(b";")[0], 16):
                    self.rfile.read(size + 2)
                self.rfile.readline()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> Redirector:
        self.thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


class Phone:
    """Another device: a collection that syncs with the server and answers cards with
    Anki's own scheduler."""

    def __init__(self, folder: Path, server: SyncServer) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.col = Collection(str(folder / "collection.anki2"))
        self.auth: SyncAuth = self.col.sync_login(USER, PASSWORD, server.url)

    def sync(self) -> int:
        out = self.col.sync_collection(self.auth, False)
        if out.required in (Response.FULL_DOWNLOAD, Response.FULL_SYNC, Response.FULL_UPLOAD):
            upload = out.required == Response.FULL_UPLOAD
            self.col.close_for_full_sync()
            self.col.full_upload_or_download(
                auth=self.auth, server_usn=out.server_media_usn, upload=upload
            )
            self.col.reopen(after_full_sync=True)
        return int(out.required)

    def upload(self) -> None:
        """Replace the server's collection with this one (after a schema change)."""
        self.col.close_for_full_sync()
        self.col.full_upload_or_download(auth=self.auth, server_usn=None, upload=True)
        self.col.reopen(after_full_sync=True)

    def close(self) -> None:
        self.col.close()
