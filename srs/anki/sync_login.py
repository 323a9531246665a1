"""Logging in to an Anki sync server: only the session key is kept, never the password.

The key lives in the data directory (`sync-login.json`, mode 0600) with the endpoint
it belongs to; it is never printed. AnkiWeb is the default endpoint; a self-hosted
server (`python -m anki.syncserver`) is one `--endpoint` away.
"""

from __future__ import annotations

import ipaddress
import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from srs.atomic import atomic_write_text
from srs.errors import BadInput, SrsError

__all__ = ["ANKIWEB", "SyncLogin", "check_endpoint", "forget", "load_login", "login"]

#: what the anki library calls AnkiWeb (no endpoint: its default)
ANKIWEB = "AnkiWeb"


@dataclass(frozen=True)
class SyncLogin:
    hkey: str
    #: None: AnkiWeb
    endpoint: str | None
    user: str

    def __repr__(self) -> str:  # never shows the key
        return f"SyncLogin(user={self.user!r}, endpoint={self.endpoint!r})"


def check_endpoint(url: str | None, *, insecure: bool = False) -> str | None:
    """A usable endpoint URL (None: AnkiWeb). Plain http only to this machine, unless
    `insecure`: the session key would cross the network in the clear."""
    if url is None or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInput(f"sync endpoint {url!r}: not an http(s) URL")
    if parts.scheme == "http" and not insecure and not _loopback(parts.hostname):
        raise BadInput(
            f"sync endpoint {url!r}: plain http to another machine would send the session "
            "key in the clear; use https, or --insecure if you mean it"
        )
    return url if url.endswith("/") else url + "/"


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def login(path: Path, user: str, password: str, endpoint: str | None) -> SyncLogin:
    """Log in through the anki library and keep the session key at `path`."""
    from anki.collection import Collection
    from anki.errors import NetworkError, SyncError

    if not user or not password:
        raise BadInput("sync login: a username and a password are needed")
    import tempfile

    with tempfile.TemporaryDirectory(prefix="srs-login-") as work:
        col = Collection(str(Path(work) / "login.anki2"))
        try:
            auth = col.sync_login(user, password, endpoint)
        except SyncError as exc:
            raise SrsError(f"sync login failed: {_first_line(exc)}") from None
        except NetworkError as exc:
            raise SrsError(
                f"sync login: cannot reach {endpoint or ANKIWEB} ({_first_line(exc)})"
            ) from None
        finally:
            col.close()
    found = SyncLogin(auth.hkey, auth.endpoint or endpoint, user)
    save(path, found)
    return found


def save(path: Path, found: SyncLogin) -> None:
    data = {"hkey": found.hkey, "endpoint": found.endpoint, "user": found.user}
    atomic_write_text(path, json.dumps(data))
    os.chmod(path, 0o600)


def load_login(path: Path) -> SyncLogin:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return SyncLogin(str(data["hkey"]), data.get("endpoint"), str(data.get("user", "")))
    except FileNotFoundError:
        raise SrsError("not logged in to a sync server: run `srs sync login` first") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BadInput(f"{path}: damaged sync login ({exc}); run `srs sync login` again") from None


def forget(path: Path) -> bool:
    """Forget the session key; False when there was none."""
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
