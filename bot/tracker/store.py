"""EncryptedTrackerStore: Rasa's TrackerStore interface over encrypted event rows (see bot.tracker), plus
working out what each save must write."""
from __future__ import annotations

import contextlib
import itertools
import json
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Text, Tuple

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SerializedTrackerAsText, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, Restarted, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException

from bot import settings
from bot.settings import DataLayout
from bot.tracker.config import (DEFAULT_SWEEP_SECONDS, DEFAULT_TABLE_PREFIX, DEFAULT_TTL_HOURS,
                                TrackerStoreConfigError, check_prefix, resolve_url, tracker_secret,
                                ttl_seconds)
from bot.tracker.events import deserialise
from bot.tracker.keystore import ConversationKey, TrackerKeyStore
from bot.tracker.schema import create_tables, define_tables, engine_for
from bot.tracker.sealing import ConversationNames, EventSealer, TrackerDecryptionError
from bot.tracker.trouble import STORE_TROUBLE, TURN_CONVERSATION, watch_failed_actions

logger = logging.getLogger(__name__)

StoredRow = Tuple[int, Dict[Text, Any]]


class ConversationUnreadable(RasaException):
    """The conversation could not be read this turn, or an action of the turn failed: its tracker must not be
    saved (bot.tracker.trouble)."""


@dataclass
class Stored:
    """A live conversation as loaded: its key and its decrypted rows in order."""

    key: ConversationKey
    rows: List[StoredRow]


@dataclass
class KeyChanges:
    """Conversation keys to shred once a transaction is over: `retired` if it commits, `created` if not."""

    created: List[Text] = field(default_factory=list)
    retired: List[Text] = field(default_factory=list)


@dataclass(frozen=True)
class ReadMark:
    """What a turn's read handed Rasa: the conversation's key, the position after its last stored event, and the
    Event objects of the tracker (the stored events' tail, in order)."""

    key_ref: Text
    next_seq: int
    events: Tuple[Event, ...]

    def added_by(self, tracker: DialogueStateTracker) -> Optional[List[Event]]:
        """The events `tracker` has after the ones read, or None unless it holds those very objects first."""
        current = tracker.events
        if len(current) < len(self.events) or not all(a is b for a, b in zip(current, self.events)):
            return None
        return list(itertools.islice(current, len(self.events), None))


class ReadMarks:
    """The latest read of each conversation until its save, so that a save of a tracker as read plus new events
    writes the new events without decrypting the stored ones again to compare (issue 14: that made each turn
    of a long account slower). Bounded: reads never followed by a save are forgotten, oldest first. The events
    stay in memory only, as Rasa's own tracker of the turn does; a deleted conversation's mark goes with it."""

    def __init__(self, limit: int = 512) -> None:
        self._marks: "OrderedDict[Text, ReadMark]" = OrderedDict()
        self._limit = limit

    def remember(self, handle: Text, mark: ReadMark) -> None:
        self._marks[handle] = mark
        self._marks.move_to_end(handle)
        while len(self._marks) > self._limit:
            self._marks.popitem(last=False)

    def take(self, handle: Text) -> Optional[ReadMark]:
        return self._marks.pop(handle, None)


# --- events ------------------------------------------------------------------------------------------


def _event_dict(event: Event) -> Dict[Text, Any]:
    """The event as Rasa serialises it (SQLTrackerStore's `data`), normalised through JSON."""
    return json.loads(json.dumps(event.as_dict()))


def _since_last_restart(events: Sequence[Event]) -> List[Event]:
    """Events from the last Restarted (inclusive) on; everything earlier must be forgotten."""
    events = list(events)
    for index in range(len(events) - 1, -1, -1):
        if isinstance(events[index], Restarted):
            return events[index:]
    return events


def _latest_session(events: List[Dict[Text, Any]]) -> List[Dict[Text, Any]]:
    """Events since and including the last `session_started`, like Rasa's SQL and Mongo stores."""
    for index in range(len(events) - 1, -1, -1):
        if events[index].get("event") == SessionStarted.type_name:
            return events[index:]
    return events


def _check_no_gaps(seqs: List[int]) -> None:
    """Events are stored at consecutive positions; a gap means rows were deleted or moved behind the store's
    back, and the conversation read without them would silently differ from the one the person had."""
    if seqs and seqs != list(range(seqs[0], seqs[0] + len(seqs))):
        raise TrackerDecryptionError("events of the requested conversation are missing from the store")


@dataclass(frozen=True)
class Changes:
    """What a save writes: `events` after the stored ones, or, with `replace_all`, instead of all of them."""

    events: Tuple[Dict[Text, Any], ...]
    replace_all: bool = False


def changes_since_last_save(stored: List[Dict[Text, Any]], incoming: List[Dict[Text, Any]]) -> Changes:
    """The part of `incoming` not yet stored, or all of it to replace storage when the two don't line up.

    The tracker Rasa saves is a window onto the conversation: the latest session (from `retrieve`),
    everything (`retrieve_full_tracker`) or its last `max_event_history` events, plus new events.
    So it must start somewhere inside what is stored and agree with it from there on.
    """
    if not incoming:
        return Changes(events=())
    for start, event in enumerate(stored):
        if event != incoming[0]:
            continue
        overlap = min(len(stored) - start, len(incoming))
        if stored[start : start + overlap] == incoming[:overlap]:
            return Changes(events=tuple(incoming[overlap:]) if overlap == len(stored) - start else ())
    return Changes(events=tuple(incoming), replace_all=True)


# --- the store ---------------------------------------------------------------------------------------


class EncryptedTrackerStore(TrackerStore, SerializedTrackerAsText):
    """Rasa tracker store with encrypted events, hashed conversation ids, forgetting and expiry.

    Public API beyond Rasa's TrackerStore: `delete(sender_id)` (async) and `purge_expired(now)`.
    Note that Rasa's Agent wraps tracker stores in a FailSafeTrackerStore, which doesn't forward these
    two: reach them through `agent.tracker_store._tracker_store` (or keep a reference to this store).
    """

    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[Text] = None,
        event_broker: Optional[EventBroker] = None,
        draft_ttl_hours: Any = DEFAULT_TTL_HOURS,
        table_prefix: Text = DEFAULT_TABLE_PREFIX,
        key_file: Optional[Text] = None,
        sweep_interval_seconds: Any = DEFAULT_SWEEP_SECONDS,
        clock: Optional[Callable[[], float]] = None,
        **kwargs: Any,
    ) -> None:
        """`host` is endpoints.yml's `url` (any SQLAlchemy URL; SQLite in the data dir when empty)."""
        try:
            self._setup(host, draft_ttl_hours, table_prefix, key_file, sweep_interval_seconds, clock)
        except (AttributeError, ImportError) as error:
            # Rasa swallows these two and silently uses an InMemoryTrackerStore instead: fail loudly.
            raise TrackerStoreConfigError(f"cannot set up the encrypted tracker store: {error}") from error
        if kwargs:
            logger.warning("Ignoring unknown tracker store settings: %s", sorted(kwargs))
        watch_failed_actions()
        super().__init__(domain, event_broker)

    def _setup(
        self,
        host: Optional[Text],
        draft_ttl_hours: Any,
        table_prefix: Text,
        key_file: Optional[Text],
        sweep_interval_seconds: Any,
        clock: Optional[Callable[[], float]],
    ) -> None:
        """Keys, engine and tables; separate so __init__ can guard against Rasa's silent fallback."""
        self.ttl_seconds = ttl_seconds(draft_ttl_hours)
        self.sweep_interval_seconds = float(sweep_interval_seconds)
        self._clock = clock or time.time
        self._last_sweep = float("-inf")
        master = tracker_secret(Path(key_file) if key_file else None)
        self._names = ConversationNames(master)
        self._keys = TrackerKeyStore(DataLayout(settings.data_dir()).tracker_keystore_dir, master, self.ttl_seconds)
        self.engine = engine_for(resolve_url(host))
        self._metadata, self._conversations, self._events = define_tables(check_prefix(table_prefix))
        self._reads = ReadMarks()
        create_tables(self.engine, self._metadata, self._conversations)

    # Rasa's TrackerStore interface -------------------------------------------------------------------

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the events not yet stored; everything before the last Restarted is forgotten.

        A tracker that doesn't line up with storage (a Restarted, or Rasa's PUT of a whole tracker)
        replaces it under a new conversation key, and the old key is shredded: the forgotten events
        then can't be opened from any copy either.
        """
        await self.stream_events(tracker)
        sender_id = str(tracker.sender_id)
        if STORE_TROUBLE.noted(sender_id):
            # Rasa went on with an empty tracker after our read failed (saving it would replace the draft), or
            # without the events of an action that failed (the message is to be sent again, from where it was).
            raise ConversationUnreadable("not saving a turn whose conversation could not be read, or one of "
                                         "whose actions failed")
        try:
            self._save(sender_id, tracker)
        except Exception:
            STORE_TROUBLE.note(sender_id)  # the channel asks for the message again (bot.tracker.trouble)
            raise

    def _save(self, sender_id: Text, tracker: DialogueStateTracker) -> None:
        self._maybe_sweep()
        handle = self._handle(sender_id)
        read = self._reads.take(handle)
        with self._transaction() as (conn, keys):
            if read is not None and self._append_to_what_was_read(conn, handle, sender_id, read, tracker):
                return
            incoming = [_event_dict(event) for event in _since_last_restart(tracker.events)]
            stored = self._load_live(conn, handle, sender_id, keys)
            if stored is None and not incoming:
                return
            rows = stored.rows if stored else []
            changes = changes_since_last_save([event for _, event in rows], incoming)
            if stored is None or changes.replace_all:
                key = self._keys.create(self._clock())
                keys.created.append(key.ref)
                keys.retired.extend([stored.key.ref] if stored else [])
                self._delete_events(conn, handle)
            else:
                key = stored.key
                self._keys.refresh(key, self._clock())
            next_seq = rows[-1][0] + 1 if rows else 0
            self._insert(conn, handle, sender_id, key,
                         [(next_seq + offset, event) for offset, event in enumerate(changes.events)])
            self._touch(conn, handle, key.ref)

    def _append_to_what_was_read(self, conn: sa.engine.Connection, handle: Text, sender_id: Text, read: ReadMark,
                                 tracker: DialogueStateTracker) -> bool:
        """Write only the new events, when the tracker is the one this turn read plus new events (no Restarted)
        and storage has not changed since the read; False (nothing written) sends the save the long way."""
        added = read.added_by(tracker)
        if added is None or any(isinstance(event, Restarted) for event in added):
            return False
        row = self._conversation_row(conn, handle)
        if row is None or row.key_ref != read.key_ref or self._expired(row.last_active) \
                or self._next_seq(conn, handle) != read.next_seq:
            return False
        key = self._keys.open(row.key_ref)
        if key is None:
            return False
        self._keys.refresh(key, self._clock())
        self._insert(conn, handle, sender_id, key,
                     [(read.next_seq + offset, _event_dict(event)) for offset, event in enumerate(added)])
        self._touch(conn, handle, key.ref)
        return True

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        """The tracker of the latest session (events since the last SessionStarted), or None."""
        return self._retrieve(str(sender_id), all_sessions=False)

    async def retrieve_full_tracker(self, conversation_id: Text) -> Optional[DialogueStateTracker]:
        """The tracker with all kept sessions (only events since the last Restarted are ever kept)."""
        return self._retrieve(str(conversation_id), all_sessions=True)

    async def exists(self, conversation_id: Text) -> bool:
        """Whether an unexpired conversation is stored; no decryption needed."""
        self._maybe_sweep()
        handle = self._handle(str(conversation_id))
        with self.engine.begin() as conn:
            row = self._conversation_row(conn, handle)
            return row is not None and not self._expired(row.last_active)

    async def keys(self) -> Iterable[Text]:
        """Opaque handles (hex HMAC-SHA256) of the unexpired conversations, NOT conversation ids.

        The ids themselves are never stored, so they cannot be listed. The handles count conversations
        and identify rows for an operator, but `retrieve(handle)` returns None: `rasa export` and marker
        evaluation therefore skip every conversation, which is intended.
        """
        cutoff = self._clock() - self.ttl_seconds
        table = self._conversations
        with self.engine.begin() as conn:
            rows = conn.execute(sa.select(table.c.handle).where(table.c.last_active >= cutoff))
            return [handle for (handle,) in rows]

    # Testimony's additions ---------------------------------------------------------------------------

    async def delete(self, sender_id: Text) -> None:
        """Remove a conversation entirely (quick exit): its rows, and its key, shredded."""
        handle = self._handle(str(sender_id))
        self._reads.take(handle)
        with self._transaction() as (conn, keys):
            self._delete_handle(conn, handle, keys)

    def purge_expired(self, now: Optional[float] = None) -> int:
        """Delete conversations idle longer than the TTL and shred their keys and spent day keys.

        Returns how many conversations were deleted.
        """
        now = self._clock() if now is None else float(now)
        self._last_sweep = now
        conversations, events = self._conversations, self._events
        cutoff = now - self.ttl_seconds
        gone = 0
        with self._transaction() as (conn, keys):
            expired = conn.execute(
                sa.select(conversations.c.handle, conversations.c.key_ref)
                .where(conversations.c.last_active < cutoff)
            ).all()
            for handle, key_ref in expired:
                # Re-checked per row: one saved concurrently since the select keeps its row and key.
                if conn.execute(conversations.delete().where(
                        conversations.c.handle == handle, conversations.c.last_active < cutoff)).rowcount:
                    keys.retired.append(key_ref)
                    gone += 1
            # Also clears orphans; conversations saved concurrently keep their row, so keep their events.
            conn.execute(events.delete().where(~events.c.handle.in_(sa.select(conversations.c.handle))))
        self._keys.shred_expired(now)
        if gone:
            logger.info("Deleted %d idle conversation(s) from the tracker store.", gone)
        return gone

    # internals ---------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Tuple[sa.engine.Connection, KeyChanges]]:
        """A database transaction whose key changes follow its fate.

        Keys are shredded only after the rows that use them are gone for good (committed), and keys made
        for rows that never got committed are shredded too; so no failure leaves a readable conversation
        without its key.
        """
        keys = KeyChanges()
        try:
            with self.engine.begin() as conn:
                yield conn, keys
        except BaseException:
            for ref in keys.created:
                self._keys.shred(ref)
            raise
        for ref in keys.retired:
            self._keys.shred(ref)

    def _handle(self, sender_id: Text) -> Text:
        """The pseudonymous row key for a conversation id."""
        return self._names.handle(sender_id)

    def _maybe_sweep(self) -> None:
        """Run the expiry sweep at most once per sweep interval, piggybacking on normal traffic."""
        now = self._clock()
        if now - self._last_sweep >= self.sweep_interval_seconds:
            self.purge_expired(now)

    def _expired(self, last_active: float) -> bool:
        return last_active < self._clock() - self.ttl_seconds

    def _conversation_row(self, conn: sa.engine.Connection, handle: Text) -> Optional[sa.engine.Row]:
        """The conversation's row (`last_active`, `key_ref`), or None if it isn't stored."""
        table = self._conversations
        return conn.execute(
            sa.select(table.c.last_active, table.c.key_ref).where(table.c.handle == handle)
        ).first()

    def _load_live(
        self, conn: sa.engine.Connection, handle: Text, sender_id: Text, keys: KeyChanges
    ) -> Optional[Stored]:
        """The conversation's key and decrypted events, or None if there is none to read.

        An expired conversation is deleted on sight. One whose key is gone (shredded by a concurrent
        delete) reads as absent and is left alone: the next save replaces it. Reads of unknown
        conversations stay read-only, so they don't take SQLite's write lock.
        """
        row = self._conversation_row(conn, handle)
        if row is None:
            return None
        if self._expired(row.last_active):
            self._delete_handle(conn, handle, keys)
            return None
        key = self._keys.open(row.key_ref)
        if key is None:
            return None
        sealer, table = EventSealer(key.key), self._events
        rows = conn.execute(
            sa.select(table.c.seq, table.c.blob).where(table.c.handle == handle).order_by(table.c.seq)
        ).all()
        _check_no_gaps([seq for seq, _ in rows])
        return Stored(key, [(seq, sealer.open(sender_id, seq, blob)) for seq, blob in rows])

    def _retrieve(self, sender_id: Text, all_sessions: bool) -> Optional[DialogueStateTracker]:
        """The conversation, or None; a read that fails is noted (bot.tracker.trouble) before Rasa swallows it."""
        handle = self._handle(sender_id)
        try:
            self._maybe_sweep()
            with self._transaction() as (conn, keys):
                stored = self._load_live(conn, handle, sender_id, keys)
        except Exception:
            STORE_TROUBLE.note(sender_id)
            raise
        STORE_TROUBLE.clear(sender_id)
        TURN_CONVERSATION.set(sender_id)
        events = [event for _, event in stored.rows] if stored else []
        if not events:
            return None
        if not all_sessions:
            events = _latest_session(events)
        tracker = DialogueStateTracker.from_events(
            sender_id, deserialise(events), self.domain.slots, max_event_history=self.max_event_history
        )
        if len(tracker.events) == len(events):  # not cut to a window: its events are the stored ones' tail
            self._reads.remember(handle, ReadMark(stored.key.ref, stored.rows[-1][0] + 1, tuple(tracker.events)))
        return tracker

    def _next_seq(self, conn: sa.engine.Connection, handle: Text) -> int:
        """The position after the conversation's last stored event (0 when it has none)."""
        table = self._events
        last = conn.execute(sa.select(sa.func.max(table.c.seq)).where(table.c.handle == handle)).scalar()
        return 0 if last is None else int(last) + 1

    def _insert(
        self, conn: sa.engine.Connection, handle: Text, sender_id: Text, key: ConversationKey,
        rows: List[StoredRow],
    ) -> None:
        if rows:
            sealer = EventSealer(key.key)
            conn.execute(
                self._events.insert(),
                [{"handle": handle, "seq": seq, "blob": sealer.seal(sender_id, seq, event)} for seq, event in rows],
            )

    def _touch(self, conn: sa.engine.Connection, handle: Text, key_ref: Text) -> None:
        """Record activity now and the conversation's key (update or insert the conversation row)."""
        table, now = self._conversations, self._clock()
        values = {"last_active": now, "key_ref": key_ref}
        updated = conn.execute(table.update().where(table.c.handle == handle).values(**values)).rowcount
        if not updated:
            conn.execute(table.insert().values(handle=handle, **values))

    def _delete_events(self, conn: sa.engine.Connection, handle: Text) -> None:
        conn.execute(self._events.delete().where(self._events.c.handle == handle))

    def _delete_handle(self, conn: sa.engine.Connection, handle: Text, keys: KeyChanges) -> None:
        """Delete the conversation's rows; its key is shredded once that has committed."""
        row = self._conversation_row(conn, handle)
        if row is not None:
            keys.retired.append(row.key_ref)
        self._delete_events(conn, handle)
        conn.execute(self._conversations.delete().where(self._conversations.c.handle == handle))
