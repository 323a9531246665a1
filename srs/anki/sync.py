"""`srs sync`: one review history in srs and in Anki, through Anki's own sync protocol.

One run, all or nothing:

0. bring every deck file changed since it was last loaded (a hand edit) into srs's
   database, whichever deck is the current one;
1. sync the bridge collection with the server (the first time: download the
   server's collection if it has one; upload srs's if the server is empty);
2. pull: reviews other devices made for srs cards merge into srs's log (once each,
   by card and Anki review id) and those cards are replayed through FSRS; cards
   suspended, unsuspended, buried or unburied on another device since the last
   sync are so in srs too (srs.anki.holds);
3. push: srs's notes (added and changed, by GUID; retired ones tagged
   `srs::retired` and suspended), srs's reviews not yet in the bridge, and every
   card's schedule as srs has it (so both sides show the same due date and state).
   srs's notes live in srs's two note types (fixed ids); a note moved to another
   note type on another device stays there (the user's choice): its text is left
   alone, its reviews and schedule still sync. Anki's importer then never meets a
   note whose note type differs, so it never converts one back nor deletes the note
   type it came from; srs touches no note type but its own. Notes go in through
   Anki's collection API once the bridge has srs's note types (srs.anki.note_push);
4. sync again, so the server has it all.

Pull and push read only what changed since the last run, on either side
(srs.anki.sync_run): a run with nothing new reads no card.

srs's changes are one transaction, committed only when the last sync succeeded;
the bridge is copied first and put back if anything fails: a dropped connection
or a server error leaves both as they were, and the next run resumes. A bridge
Anki cannot open, or that SQLite finds damaged during the run (put back as it
was first), is moved aside (kept) and the run starts again with a new one, as on
a first sync: the server's collection, then srs's cards and reviews.
"""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from srs.anki.bridge import Bridge, DamagedBridge, damage_of, set_aside, snapshot_while
from srs.anki.sync_endpoint import check_endpoint
from srs.anki.sync_login import ANKIWEB, SyncLogin, load_login
from srs.anki.sync_report import FullSyncChoice, Say, SyncReport
from srs.anki.sync_run import Run as _Run
from srs.errors import BadInput, SrsError
from srs.locations import Locations
from srs.store.engine import Engine

__all__ = ["FullSyncChoice", "SyncReport", "sync"]


def sync(
    engine: Engine,
    *,
    upload: bool = False,
    download: bool = False,
    insecure: bool = False,
    say: Say = lambda _: None,
) -> SyncReport:
    """Sync srs with the server the user logged in to (see the module's notes)."""
    if upload and download:
        raise BadInput("--upload and --download exclude each other: choose one")
    locations = Locations(engine.home)
    login = load_login(locations.sync_login)
    login = replace(login, endpoint=check_endpoint(login.endpoint, insecure=insecure))
    with _only_sync(locations.bridge):
        engine.load_deck_files()  # every deck as its file says, not only the open one
        try:
            return _sync_bridge(
                engine, login, locations, say, upload=upload, download=download, insecure=insecure
            )
        except DamagedBridge as damaged:
            path = locations.bridge
            try:
                aside = set_aside(path, engine.clock.now().strftime("%Y%m%d-%H%M%S"))
            except OSError as exc:
                raise SrsError(
                    f"sync: the bridge collection {path} is damaged ({damaged.reason}) and "
                    f"cannot be moved aside ({exc.strerror or exc}); move the folder "
                    f"{path.parent} away and run `srs sync` again: srs rebuilds it"
                ) from None
            say(f"the bridge collection was damaged; kept it as {aside.name}, rebuilding it")
            try:
                report = _sync_bridge(
                    engine,
                    login,
                    locations,
                    say,
                    upload=upload,
                    download=download,
                    insecure=insecure,
                )
            except DamagedBridge as again:
                raise SrsError(
                    f"sync: the bridge collection {path} was damaged ({damaged.reason}; kept "
                    f"as {aside.name}) and so is the one rebuilt ({again.reason}); nothing "
                    "changed in srs: check the disk, then run `srs sync` again"
                ) from None
            return replace(report, bridge_set_aside=str(aside), bridge_damage=damaged.reason)


def _sync_bridge(
    engine: Engine,
    login: SyncLogin,
    locations: Locations,
    say: Say,
    *,
    upload: bool,
    download: bool,
    insecure: bool,
) -> SyncReport:
    """One run over the bridge, all or nothing: a bridge found damaged is put back as
    it was before the run, and `DamagedBridge` raised."""
    with snapshot_while(locations.bridge):
        try:
            bridge = Bridge.open(locations.bridge)
        except DamagedBridge:
            raise
        except Exception as exc:
            raise _sync_error(exc, login) from None
        try:
            run = _Run(engine, bridge, login, locations, say, insecure=insecure)
            return run.go(upload=upload, download=download)
        except SrsError:
            raise
        except Exception as exc:
            damage = damage_of(exc)
            if damage is not None:
                raise DamagedBridge(damage, opened=True) from None
            raise _sync_error(exc, login) from None
        finally:
            bridge.close()


@contextlib.contextmanager
def _only_sync(bridge: Path) -> Iterator[None]:
    bridge.parent.mkdir(parents=True, exist_ok=True)
    with open(bridge.parent / "sync.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SrsError("another `srs sync` is running; try again when it ends") from None
        yield


def _sync_error(exc: Exception, login: SyncLogin) -> SrsError:
    from anki.errors import NetworkError, SyncError, SyncErrorKind

    text = str(exc).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    where = login.endpoint or ANKIWEB
    if isinstance(exc, SyncError) and exc.kind == SyncErrorKind.AUTH:
        return SrsError(f"sync: {where} refused the login ({first}); run `srs sync login` again")
    if isinstance(exc, NetworkError | SyncError):
        return SrsError(
            f"sync: {where} failed ({first}); nothing changed here, run `srs sync` again"
        )
    return SrsError(f"sync failed ({type(exc).__name__}: {first}); nothing changed")
