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
    """The saved login, its endpoint checked and rebuilt like the user's own (a
    hand-edited file gets no further than `--endpoint` would)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        found = SyncLogin(str(data["hkey"]), data.get("endpoint"), str(data.get("user", "")))
    except FileNotFoundError:
        raise SrsError("not logged in to a sync server: run `srs sync login` first") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BadInput(f"{path}: damaged sync login ({exc}); run `srs sync login` again") from None
    try:
        # plain http elsewhere is `srs sync --insecure`'s to allow, run by run
        url = check_endpoint(found.endpoint, insecure=True, what=f'{path}: "endpoint"')
    except BadInput as exc:
        raise BadInput(f"{exc.message}; run `srs sync login` again") from None
    return SyncLogin(found.hkey, url, found.user)


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
