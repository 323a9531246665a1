"""`srs sync`: one review history in srs and in Anki, through Anki's own sync protocol.

One run, all or nothing:

0. bring every deck file changed since its last sync (a hand edit) into srs's
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
   type it came from; srs touches no note type but its own;
4. sync again, so the server has it all.

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
import json
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srs.anki.bridge import (
    Bridge,
    DamagedBridge,
    damage_of,
    merged_data,
    same_schedule,
    set_aside,
    snapshot_while,
)
from srs.anki.export import export_deck, note_guid, note_type_id
from srs.anki.holds import Hold, changes_elsewhere, hold_of, load_pushed, save_pushed
from srs.anki.import_reviews import cards_by_guid
from srs.anki.schedule import AnkiCardColumns, AnkiDays, card_columns, revlog_rows
from srs.anki.sync_endpoint import check_endpoint
from srs.anki.sync_login import ANKIWEB, SyncLogin, followed, load_login, save
from srs.atomic import atomic_write_text
from srs.clock import to_ms
from srs.errors import SrsError
from srs.locations import Locations
from srs.store.card_row import SCHEDULE
from srs.store.engine import Engine
from srs.store.holds import set_holds
from srs.store.merge import merge_reviews
from srs.store.review_log import review_records

if TYPE_CHECKING:
    from anki.sync_pb2 import SyncAuth, SyncCollectionResponse

__all__ = ["FullSyncChoice", "SyncReport", "sync"]

Say = Callable[[str], None]


class FullSyncChoice(SrsError):
    """The server wants a full sync and both sides changed: the user must choose."""


@dataclass(frozen=True)
class SyncReport:
    pushed_notes: int
    pushed_reviews: int
    pulled_reviews: int
    cards_replayed: int
    #: "upload", "download" or None (a normal sync)
    full_sync: str | None
    #: cards suspended, unsuspended, buried or unburied on another device
    pulled_holds: int = 0
    #: srs notes moved to another note type on another device (their text left alone)
    notes_in_user_note_types: int = 0
    #: where a damaged bridge collection was kept (the run rebuilt the bridge)
    bridge_set_aside: str | None = None
    #: why it was set aside
    bridge_damage: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "pushed_notes": self.pushed_notes,
            "pushed_reviews": self.pushed_reviews,
            "pulled_reviews": self.pulled_reviews,
            "cards_replayed": self.cards_replayed,
            "full_sync": self.full_sync,
            "pulled_holds": self.pulled_holds,
            "notes_in_user_note_types": self.notes_in_user_note_types,
            "bridge_set_aside": self.bridge_set_aside,
        }


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
        raise SrsError("--upload and --download exclude each other: choose one")
    locations = Locations(engine.home)
    login = load_login(locations.sync_login)
    login = replace(login, endpoint=check_endpoint(login.endpoint, insecure=insecure))
    with _only_sync(locations.bridge):
        engine.sync_deck_files()  # every deck as its file says, not only the open one
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


class _Run:
    def __init__(
        self,
        engine: Engine,
        bridge: Bridge,
        login: SyncLogin,
        locations: Locations,
        say: Say,
        *,
        insecure: bool,
    ) -> None:
        from anki.sync_pb2 import SyncAuth

        self.engine = engine
        self.bridge = bridge
        self.login = login
        self.locations = locations
        self.say = say
        self.insecure = insecure
        self.auth: SyncAuth = SyncAuth(hkey=login.hkey, endpoint=login.endpoint)
        self.pushed_stamps = bridge.path.parent / "pushed.json"
        self.pushed_holds = bridge.path.parent / "pushed-holds.json"
        #: the hold this run leaves in the bridge, by srs card id
        self.left_holds: dict[str, Hold] = {}

    def go(self, *, upload: bool, download: bool) -> SyncReport:
        from anki.sync_pb2 import SyncCollectionResponse as Response

        self.say(f"syncing with {self.login.endpoint or ANKIWEB}")
        first = self._sync()
        need = first.required
        full: str | None = None
        defer_upload = False
        fresh = self.bridge.created or self.bridge.is_empty()
        full_asked = need in (Response.FULL_SYNC, Response.FULL_DOWNLOAD)
        if full_asked and not (upload or download) and not fresh and self._srs_ahead():
            raise FullSyncChoice(
                "sync: the server and this machine both changed since the last sync and "
                "the server asks for a full sync: run `srs sync --download` to take the "
                "server's collection (srs then pushes its cards and reviews again) or "
                "`srs sync --upload` to replace the server's with this one; nothing changed"
            )
        if need in (Response.FULL_SYNC, Response.FULL_DOWNLOAD, Response.FULL_UPLOAD):
            if upload or need == Response.FULL_UPLOAD:
                defer_upload = True
            else:
                self._full(first, upload=False)
                full = "download"
        elif upload or download:
            self._full(first, upload=upload)
            full = "upload" if upload else "download"
        if self.bridge.created and full != "download":
            self.bridge.set_up_new(self.engine.config.day_start[0])
        stamps = {} if full == "download" or self.bridge.created else self._stamps()

        with self.engine.transaction():
            self.say("merging reviews from other devices")
            guids = cards_by_guid(self.engine)
            found = self.bridge.reviews(guids)
            merged = merge_reviews(self.engine.db, found.by_card, self.engine.scheduler)
            holds = self._pull_holds(guids)
            self.say("pushing srs's cards and reviews")
            moved = self._moved_notes(guids)
            notes = self._push_notes(stamps, moved)
            reviews = self._push_progress(guids)
            if defer_upload:
                self.say("uploading the whole collection (first sync)")
                self._full(first, upload=True)
                full = "upload"
            else:
                second = self._sync()
                if second.required in (
                    Response.FULL_SYNC,
                    Response.FULL_UPLOAD,
                    Response.FULL_DOWNLOAD,
                ):  # only this run changed the bridge since the first sync
                    self._full(second, upload=True)
                    full = "upload"
        self._save_stamps(stamps)
        save_pushed(self.pushed_holds, self.left_holds)
        return SyncReport(
            notes,
            reviews,
            merged.reviews_added,
            merged.cards_updated,
            full,
            pulled_holds=holds,
            notes_in_user_note_types=len(moved),
        )

    def _srs_ahead(self) -> bool:
        """Whether srs has reviews or card changes the bridge has not had yet."""
        known = self.bridge.review_ids()
        for (anki_id,) in self.engine.db.execute(
            "SELECT anki_id FROM review_log WHERE undone_at IS NULL"
        ):
            if anki_id not in known:
                return True
        stamps = self._stamps()
        for slug, changed, notes, retired in self.engine.db.execute(
            """SELECT deck, MAX(changed_at), COUNT(*), SUM(retired_at IS NOT NULL)
               FROM cards GROUP BY deck"""
        ):
            if stamps.get(slug) != [changed, notes, retired]:
                return True
        return False

    # -- talking to the server -------------------------------------------------------

    def _sync(self) -> SyncCollectionResponse:
        out = self.bridge.col.sync_collection(self.auth, False)
        # a moved server: kept only if it passes the user's own endpoint check
        endpoint = followed(out.new_endpoint, self.login.endpoint, insecure=self.insecure)
        if endpoint != self.login.endpoint:
            from anki.sync_pb2 import SyncAuth

            self.auth = SyncAuth(hkey=self.login.hkey, endpoint=endpoint)
            self.login = replace(self.login, endpoint=endpoint)
            save(self.locations.sync_login, self.login)
        return out

    def _full(self, out: SyncCollectionResponse, *, upload: bool) -> None:
        col = self.bridge.col
        col.close_for_full_sync()
        try:
            col.full_upload_or_download(
                auth=self.auth, server_usn=out.server_media_usn, upload=upload
            )
        finally:
            col.reopen(after_full_sync=True)

    # -- pushing ---------------------------------------------------------------------

    def _stamps(self) -> dict[str, list[int]]:
        try:
            data = json.loads(self.pushed_stamps.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save_stamps(self, stamps: dict[str, list[int]]) -> None:
        atomic_write_text(self.pushed_stamps, json.dumps(stamps))

    # -- pulling ---------------------------------------------------------------------

    def _pull_holds(self, guids: dict[str, str]) -> int:
        """Suspensions and buries other devices made since the last sync, into srs."""
        pushed = load_pushed(self.pushed_holds)
        if pushed is None:
            return 0
        start, end = self.engine.today()
        bridge = {
            guids[guid]: (card.columns.queue, card.mod)
            for guid, card in self.bridge.cards(guids).items()
        }
        changes = changes_elsewhere(bridge, pushed, (to_ms(start), to_ms(end)))
        return set_holds(self.engine.db, changes.suspended, changes.buried_until)

    def _moved_notes(self, guids: dict[str, str]) -> set[str]:
        """srs cards whose note the bridge holds in a note type that is not srs's for
        it (the user moved it on another device)."""
        kinds = dict(self.engine.db.execute("SELECT id, kind FROM cards").fetchall())
        return {
            guids[guid]
            for guid, mid in self.bridge.note_types(guids).items()
            if mid != note_type_id(kinds[guids[guid]])
        }

    def _push_notes(self, stamps: dict[str, list[int]], moved: set[str]) -> int:
        """Each deck's notes, when its content changed since the last push; not the
        notes in `moved` (see the module's notes)."""
        pushed = 0
        slugs = [row[0] for row in self.engine.db.execute("SELECT slug FROM decks ORDER BY slug")]
        for slug in slugs:
            deck = Engine(
                self.engine.db,
                home=self.engine.home,
                deck=slug,
                config=self.engine.config,
                clock=self.engine.clock,
            )
            summary = deck.export_summary()
            stamp = [summary.changed_ms, summary.notes, summary.retired]
            if summary.notes == 0 or stamps.get(slug) == stamp:
                continue
            with tempfile.TemporaryDirectory(dir=self.bridge.path.parent) as work:
                apkg = Path(work) / f"{slug}.apkg"
                export_deck(deck, apkg, progress=False, scheduling=False, leave_out=moved)
                pushed += self.bridge.import_notes(apkg)
            stamps[slug] = stamp
        return pushed

    def _push_progress(self, guids: dict[str, str]) -> int:
        """Every srs card's schedule, and srs's reviews the bridge does not have yet."""
        engine = self.engine
        config = engine.config
        now = engine.clock.now()
        now_ms = to_ms(now)
        days = AnkiDays.at(now, config.tz(), config.day_start, self.bridge.today)
        held = self.bridge.cards(guids)
        known = self.bridge.review_ids()
        schedules: list[tuple[int, AnkiCardColumns]] = []
        reviews: list[tuple[Any, ...]] = []
        rows = engine.db.execute(
            f"SELECT id, {', '.join(SCHEDULE)}, suspended, retired_at, new_order FROM cards"
        )
        for row in rows:
            there = held.get(note_guid(row["id"]))
            if there is None:
                continue
            schedule = {key: row[key] for key in SCHEDULE}
            records = review_records(engine.db, row["id"]) if row["state"] is not None else []
            columns = card_columns(
                schedule,
                records,
                days,
                new_position=there.columns.due if there.columns.type == 0 else row["new_order"],
                suspended=bool(row["suspended"]) or row["retired_at"] is not None,
                now_ms=now_ms,
                config=config,
            )
            self.left_holds[row["id"]] = hold_of(columns.queue)
            if not same_schedule(there.columns, columns):
                data = merged_data(there.columns.data, columns.data)
                schedules.append((there.cid, columns._replace(data=data)))
            for log in revlog_rows(records, schedule, days):
                if log.id not in known:
                    known.add(log.id)
                    reviews.append((log.id, there.cid, *log[1:]))
        self.bridge.write(schedules, reviews, now_ms // 1000)
        return len(reviews)
