"""Anki's own sync server (`python -m anki.syncserver`, shipped in the anki package),
started on 127.0.0.1 for a test, and a "phone": a collection driven by the anki
library that syncs with it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from anki.collection import Collection
from anki.sync_pb2 import SyncAuth
from anki.sync_pb2 import SyncCollectionResponse as Response

USER, PASSWORD = "reader", "correct horse battery staple"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SyncServer:
    def __init__(self, base: Path, port: int | None = None) -> None:
        self.base = base
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> SyncServer:
        env = dict(
            os.environ,
            SYNC_USER1=f"{USER}:{PASSWORD}",
            SYNC_BASE=str(self.base),
            SYNC_HOST="127.0.0.1",
            SYNC_PORT=str(self.port),
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", "anki.syncserver"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError("the sync server did not start") from None
                time.sleep(0.05)
        raise RuntimeError("the sync server did not start in 30 s")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


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
