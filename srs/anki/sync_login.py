"""Logging in to an Anki sync server: only the session key is kept, never the password.

The key lives in the data directory (`sync-login.json`, mode 0600) with the endpoint
it belongs to; it is never printed. AnkiWeb is the default endpoint; a self-hosted
server (`python -m anki.syncserver`) is one `--endpoint` away.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from srs.anki.sync_endpoint import check_endpoint
from srs.atomic import atomic_write_text
from srs.errors import BadInput, SrsError

__all__ = ["ANKIWEB", "SyncLogin", "followed", "forget", "load_login", "login", "save"]

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


def login(
    path: Path, user: str, password: str, endpoint: str | None, *, insecure: bool = False
) -> SyncLogin:
    """Log in through the anki library and keep the session key at `path`."""
    from anki.collection import Collection
    from anki.errors import InvalidInput, NetworkError, SyncError

    url = check_endpoint(endpoint, insecure=insecure)
    if not user or not password:
        raise BadInput("sync login: a username and a password are needed")
    import tempfile

    with tempfile.TemporaryDirectory(prefix="srs-login-") as work:
        col = Collection(str(Path(work) / "login.anki2"))
        try:
            auth = col.sync_login(user, password, url)
        except SyncError as exc:
            raise SrsError(f"sync login failed: {_first_line(exc)}") from None
        except NetworkError as exc:
            raise SrsError(
                f"sync login: cannot reach {url or ANKIWEB} ({_first_line(exc)})"
            ) from None
        except InvalidInput as exc:
            raise BadInput(f"sync endpoint {url!r}: {_first_line(exc)}") from None
        finally:
            col.close()
    if not auth.hkey:
        raise SrsError(f"sync login: {url or ANKIWEB} sent no session key; nothing saved")
    found = SyncLogin(auth.hkey, followed(auth.endpoint, url, insecure=insecure), user)
    save(path, found)
    return found


def followed(new: str, current: str | None, *, insecure: bool) -> str | None:
    """The endpoint to keep when the server names another one (checked like the
    user's own: a server must not send srs to plain http elsewhere)."""
    if not new:
        return current
    try:
        return check_endpoint(
            new, insecure=insecure, what=f"sync: {current or ANKIWEB} redirected srs to"
        )
    except BadInput as exc:
        raise SrsError(f"{exc.message}; not followed, and nothing saved") from None


def save(path: Path, found: SyncLogin) -> None:
    data = {"hkey": found.hkey, "endpoint": found.endpoint, "user": found.user}
    atomic_write_text(path, json.dumps(data))
    os.chmod(path, 0o600)


def load_login(path: Path) -> SyncLogin:
    """The saved login, its shape checked and its endpoint checked and rebuilt like
    the user's own (a hand-edited file gets no further than `--endpoint` would)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SrsError("not logged in to a sync server: run `srs sync login` first") from None
    except OSError as exc:
        raise SrsError(f"{path}: cannot read the sync login ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise _damaged(path, "not UTF-8 text") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _damaged(path, f"not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise _damaged(path, f"{_kind(data)}, not a JSON object")
    hkey = data.get("hkey")
    if not isinstance(hkey, str) or not hkey:
        missing = "hkey" not in data
        raise _damaged(path, '"hkey" is missing' if missing else f'"hkey" is {_kind(hkey)}')
    endpoint = data.get("endpoint")
    if endpoint is not None and not isinstance(endpoint, str):
        raise _damaged(path, f'"endpoint" is {_kind(endpoint)}, not a URL or null')
    user = data.get("user", "")
    if not isinstance(user, str):
        raise _damaged(path, f'"user" is {_kind(user)}, not a name')
    try:
        # plain http elsewhere is `srs sync --insecure`'s to allow, run by run
        url = check_endpoint(endpoint, insecure=True, what=f'{path}: "endpoint"')
    except BadInput as exc:
        raise BadInput(f"{exc.message}; run `srs sync login` again") from None
    return SyncLogin(hkey, url, user)


def _damaged(path: Path, reason: str) -> BadInput:
    return BadInput(f"{path}: damaged sync login ({reason}); run `srs sync login` again")


def _kind(value: Any) -> str:
    """What a JSON value is, never the value itself (it may be the key)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "empty" if not value else "a string"
    return "a list" if isinstance(value, list) else "an object"


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
