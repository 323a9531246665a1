"""One `srs sync` run over an open bridge collection (srs.anki.sync has the steps and
what is promised): sync, pull, push, sync again.

A run reads only what changed since the last one, on either side: from the bridge,
the rows (cards, notes, review log) it received or changed after the last run's
final sync, by Anki's update sequence number (`usn`: a change the server sends
arrives marked with the server's number, which only grows; a change made here is
marked -1 until it is sent); from srs, the cards whose schedule, hold or new order
no longer match what was pushed, or that have newer reviews (srs.store.bridge_state).
A card that changed on neither side gives the same Anki columns as last time. Every
card is read when the bridge is new or was replaced by a full sync, when srs's
settings or the bridge's days moved, or when the record of the last run is missing.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from srs.anki.bridge import Bridge, BridgeCard
from srs.anki.deleted_decks import apply_deleted, clear_deleted, pending_deleted
from srs.anki.export import note_guid, note_type_id
from srs.anki.holds import BURIED, Hold, changes_elsewhere, load_pushed, save_pushed
from srs.anki.note_push import push_deck_notes
from srs.anki.progress_push import progress_push
from srs.anki.reviews import collect_reviews
from srs.anki.schedule import AnkiDays
from srs.anki.sync_login import ANKIWEB, SyncLogin, followed, save
from srs.anki.sync_report import FullSyncChoice, Say, SyncReport
from srs.atomic import atomic_write_text
from srs.clock import to_ms
from srs.locations import Locations
from srs.store import bridge_state
from srs.store.bridge_reads import card_kinds, deck_slugs, deck_stamps, push_rows, standing_anki_ids
from srs.store.bridge_state import BridgeMark, PushedCard
from srs.store.engine import Engine
from srs.store.holds import set_holds
from srs.store.merge import ForeignReview, merge_reviews
from srs.store.review_log import card_review_records

if TYPE_CHECKING:
    from anki.sync_pb2 import SyncAuth, SyncCollectionResponse

__all__ = ["Run"]

_FULL_SYNC_CHOICE = (
    "sync: the server and this machine both changed since the last sync and the server "
    "asks for a full sync: run `srs sync --download` to take the server's collection "
    "(srs then pushes its cards and reviews again) or `srs sync --upload` to replace "
    "the server's with this one; nothing changed"
)


class Run:
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
        self.db = engine.db
        self.bridge = bridge
        self.login = login
        self.locations = locations
        self.say = say
        self.insecure = insecure
        self.auth: SyncAuth = SyncAuth(hkey=login.hkey, endpoint=login.endpoint)
        self.pushed_stamps = bridge.path.parent / "pushed.json"
        self.pushed_holds = bridge.path.parent / "pushed-holds.json"
        # set when the run starts (after a full sync, which may replace the bridge)
        self.now_ms = 0
        self.days: AnkiDays | None = None
        #: the last run's mark, when this run reads only what changed since (else None)
        self.mark: BridgeMark | None = None
        #: srs card ids by note GUID: every card's, or those of the cards this run met
        self.by_guid: dict[str, str] = {}
        #: the holds the last sync left (None: no record)
        self.pushed: dict[str, Hold] | None = None
        #: the hold this run leaves in the bridge, by srs card id
        self.left_holds: dict[str, Hold] = {}
        #: srs cards whose note is in a note type of the user's
        self.moved: set[str] = set()

    def go(self, *, upload: bool, download: bool) -> SyncReport:
        from anki.sync_pb2 import SyncCollectionResponse as Response

        full_needs = (Response.FULL_SYNC, Response.FULL_DOWNLOAD, Response.FULL_UPLOAD)
        self.say(f"syncing with {self.login.endpoint or ANKIWEB}")
        first = self._sync()
        need = first.required
        full: str | None = None
        defer_upload = False
        fresh = self.bridge.created or self.bridge.is_empty()
        full_asked = need in (Response.FULL_SYNC, Response.FULL_DOWNLOAD)
        if full_asked and not (upload or download) and not fresh and self._srs_ahead():
            raise FullSyncChoice(_FULL_SYNC_CHOICE)
        if need in full_needs:
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
        deleted = pending_deleted(self.bridge.path)

        with self.engine.transaction():
            self._start(every_card=full is not None or defer_upload or self.bridge.created)
            if deleted:  # `srs decks delete`: the deck leaves Anki, and every device
                apply_deleted(self.bridge, deleted)
            self.say("merging reviews from other devices")
            since = self.mark.usn if self.mark else None
            changed = self.bridge.changed_cards(since)
            self._know(changed)
            merged = merge_reviews(self.db, self._pulled_reviews(since), self.engine.scheduler)
            holds = self._pull_holds(changed)
            self.say("pushing srs's cards and reviews")
            self.moved = self._moved_notes(changed)
            notes, decks = self._push_notes(stamps)
            if decks:  # the cards of notes just added
                local = self.bridge.local_cards()
                self._know(local)
                changed.update(local)
            reviews = self._push_progress(changed)
            if defer_upload:
                self.say("uploading the whole collection (first sync)")
                self._full(first, upload=True)
                full = "upload"
            else:
                second = self._sync()
                if second.required in full_needs:  # only this run changed the bridge
                    self._full(second, upload=True)
                    full = "upload"
            scm, usn = self.bridge.mark()
            mark = BridgeMark(scm, usn, self._settings(), bridge_state.last_log_id(self.db))
            bridge_state.save_mark(self.db, mark)
        self._save_stamps(stamps)
        if deleted:
            clear_deleted(self.bridge.path)
        left = {card_id: hold for card_id, hold in self.left_holds.items() if hold}
        if left != self.pushed:
            save_pushed(self.pushed_holds, left)
        return SyncReport(
            notes,
            reviews,
            merged.reviews_added,
            merged.cards_updated,
            full,
            pulled_holds=holds,
            notes_in_user_note_types=len(self.moved),
        )

    def _start(self, *, every_card: bool) -> None:
        """Decide whether this run reads only what changed since the last one: it does
        when the bridge is the one the last run left (same schema, usn not behind), srs's
        settings and the bridge's days are as they were, and the holds it left are on
        record."""
        now = self.engine.clock.now()
        config = self.engine.config
        self.now_ms = to_ms(now)
        self.days = AnkiDays.at(now, config.tz(), config.day_start, self.bridge.today)
        missing = bridge_state.cards_without_guid(self.db)
        bridge_state.add_guids(self.db, [(card_id, note_guid(card_id)) for card_id in missing])
        self.pushed = load_pushed(self.pushed_holds)
        mark = bridge_state.load_mark(self.db)
        if not every_card and mark is not None and self.pushed is not None:
            scm, usn = self.bridge.mark()
            if mark.scm == scm and mark.usn <= usn and mark.settings == self._settings():
                self.mark = mark
                self.left_holds = dict(self.pushed)
                self.moved = bridge_state.moved_cards(self.db)
                return
        bridge_state.forget_pushed(self.db)
        self.by_guid = bridge_state.cards_by_guid(self.db)

    def _settings(self) -> str:
        """What a card's Anki columns depend on besides its own row: srs's settings, and
        how the bridge's day numbers stand to srs's days."""
        config = self.engine.config
        assert self.days is not None
        return json.dumps(
            [
                config.desired_retention,
                [step.total_seconds() for step in config.learning_steps],
                [step.total_seconds() for step in config.relearning_steps],
                str(config.tz()),
                list(config.day_start),
                self.days.today - self.days.today_date.toordinal(),
                config.new_cards,  # which new cards wait for their entry to be read
            ]
        )

    def _know(self, cards: Iterable[str]) -> None:
        """Map the GUIDs `cards` to srs's cards (all are mapped when every card is read)."""
        if self.mark is not None:
            self.by_guid.update(bridge_state.cards_by_guid(self.db, cards))

    def _srs_ahead(self) -> bool:
        """Whether srs has reviews or card changes the bridge has not had yet."""
        known = self.bridge.review_ids()
        if any(anki_id not in known for anki_id in standing_anki_ids(self.db)):
            return True
        stamps = self._stamps()
        return any(stamps.get(slug) != stamp for slug, stamp in deck_stamps(self.db).items())

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

    # -- what was pushed ---------------------------------------------------------------

    def _stamps(self) -> dict[str, list[int]]:
        try:
            data = json.loads(self.pushed_stamps.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save_stamps(self, stamps: dict[str, list[int]]) -> None:
        text = json.dumps(stamps)
        with contextlib.suppress(OSError, UnicodeDecodeError):
            if self.pushed_stamps.read_text(encoding="utf-8") == text:
                return  # nothing new: the file stays as it is
        atomic_write_text(self.pushed_stamps, text)

    def _bridge_cards(self, card_ids: Iterable[str]) -> dict[str, BridgeCard]:
        """The bridge's card of each of `card_ids` that was pushed before, by srs card id,
        if it is still there."""
        pushed = bridge_state.bridge_cids(self.db, card_ids)
        by_cid = {cid: (card_id, guid) for card_id, (cid, guid) in pushed.items()}
        found = {}
        for guid, card in self.bridge.cards_by_id(by_cid).items():
            card_id, pushed_guid = by_cid[card.cid]
            if guid == pushed_guid:
                found[card_id] = card
        return found

    # -- pulling ---------------------------------------------------------------------

    def _pulled_reviews(self, since: int | None) -> dict[str, list[ForeignReview]]:
        """Reviews of srs cards in the bridge, or those it received since the last run."""
        notes, rows = self.bridge.review_rows(since)
        self._know(guid for _, guid in notes)
        return collect_reviews(notes, rows, self.by_guid).by_card

    def _pull_holds(self, changed: Mapping[str, BridgeCard]) -> int:
        """Suspensions and buries other devices made since the last sync, into srs. A
        card the bridge did not change since holds what the last run left, but a bury
        may have ended since (a new day): those cards are read too."""
        pushed = self.pushed
        if pushed is None:
            return 0
        start, end = self.engine.today()
        cards = {
            self.by_guid[guid]: (card.columns.queue, card.mod)
            for guid, card in changed.items()
            if guid in self.by_guid
        }
        if self.mark is not None:
            buried = [c for c, hold in pushed.items() if hold == BURIED and c not in cards]
            for card_id, card in self._bridge_cards(buried).items():
                cards[card_id] = (card.columns.queue, card.mod)
        changes = changes_elsewhere(cards, pushed, (to_ms(start), to_ms(end)))
        return set_holds(self.db, changes.suspended, changes.buried_until)

    def _moved_notes(self, changed: Mapping[str, BridgeCard]) -> set[str]:
        """srs cards whose note the bridge holds in a note type that is not srs's for it
        (the user moved it on another device): as the last run left them, but for the
        cards changed since."""
        mine = {self.by_guid[guid]: card for guid, card in changed.items() if guid in self.by_guid}
        kinds = card_kinds(self.db, mine if self.mark is not None else None)
        now = {
            card_id
            for card_id, card in mine.items()
            if card.note_type != note_type_id(kinds[card_id])
        }
        before = self.moved - mine.keys() if self.mark is not None else set()
        return before | now

    # -- pushing ---------------------------------------------------------------------

    def _push_notes(self, stamps: dict[str, list[int]]) -> tuple[int, int]:
        """Each deck's notes, when its content changed since the last push, but those in
        user note types (see srs.anki.sync); (notes added or changed, decks pushed)."""
        pushed = decks = 0
        current = deck_stamps(self.db)
        for slug in deck_slugs(self.db):
            stamp = current.get(slug)
            if stamp is None or stamps.get(slug) == stamp:
                continue  # no cards, or none changed
            deck = Engine(
                self.db,
                home=self.engine.home,
                deck=slug,
                config=self.engine.config,
                clock=self.engine.clock,
            )
            pushed += push_deck_notes(deck, self.bridge, self.moved, self.now_ms)
            decks += 1
            stamps[slug] = stamp
        return pushed, decks

    def _push_progress(self, changed: dict[str, BridgeCard]) -> int:
        """srs's schedule of each card that changed on either side since the last run (of
        every card, when the run reads everything), and srs's reviews of those cards the
        bridge does not have yet; returns how many reviews went in."""
        assert self.days is not None
        there = {self.by_guid[guid]: card for guid, card in changed.items() if guid in self.by_guid}
        wanted: set[str] | None = None
        gone: list[str] = []
        if self.mark is not None:
            wanted = set(there) | bridge_state.changed_since_push(
                self.db, self.mark.log_id, self.now_ms, self.days.next_day_ms
            )
            there.update(self._bridge_cards(wanted - there.keys()))
            gone = [card_id for card_id in wanted if card_id not in there]
        push = progress_push(
            push_rows(self.db, wanted),
            card_review_records(self.db, wanted),
            there,
            self.days,
            self.engine.config,
            self.now_ms,
        )
        known = self.bridge.has_reviews(row[0] for row in push.reviews)
        reviews = []
        for row in push.reviews:
            if row[0] not in known:
                known.add(row[0])
                reviews.append(row)
        self.bridge.write(push.schedules, reviews, self.now_ms // 1000)
        for card_id in gone:
            self.left_holds.pop(card_id, None)
        self.left_holds.update(push.holds)
        pushed = [PushedCard(c, there[c].cid, c in self.moved) for c in push.holds]
        bridge_state.record_pushed(
            self.db,
            pushed + [PushedCard(card_id, None) for card_id in gone],
            self.now_ms,
            self.days.next_day_ms,
        )
        return len(reviews)
