"""EncryptedTrackerStore: Rasa's TrackerStore interface over encrypted event rows (see bot.tracker), plus
working out what each save must write."""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Text, Tuple

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SerializedTrackerAsText, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, Restarted, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker.config import (DEFAULT_SWEEP_SECONDS, DEFAULT_TABLE_PREFIX, DEFAULT_TTL_HOURS,
                                TrackerStoreConfigError, check_prefix, resolve_url, tracker_secret,
                                ttl_seconds)
from bot.tracker.schema import define_tables, engine_for
from bot.tracker.sealing import EventSealer

logger = logging.getLogger(__name__)

StoredRow = Tuple[int, Dict[Text, Any]]


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
        self._sealer = EventSealer(tracker_secret(Path(key_file) if key_file else None))
        self.engine = engine_for(resolve_url(host))
        self._metadata, self._conversations, self._events = define_tables(check_prefix(table_prefix))
        self._metadata.create_all(self.engine)

    # Rasa's TrackerStore interface -------------------------------------------------------------------

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the events not yet stored, then forget everything before the last Restarted."""
        await self.stream_events(tracker)
        self._maybe_sweep()
        sender_id = str(tracker.sender_id)
        incoming = [_event_dict(event) for event in _since_last_restart(tracker.events)]
        handle = self._handle(sender_id)
        with self.engine.begin() as conn:
            stored = self._load_live(conn, handle, sender_id)
            rows = self._write(conn, handle, sender_id, stored, incoming)
            self._forget_before_last_restart(conn, handle, rows)
            if rows:
                self._touch(conn, handle)

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
            return self._is_live(conn, handle)

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
        """Remove a conversation entirely (quick exit): every event row and the conversation row."""
        with self.engine.begin() as conn:
            self._delete_handle(conn, self._handle(str(sender_id)))

    def purge_expired(self, now: Optional[float] = None) -> int:
        """Delete conversations idle longer than the TTL; returns how many were deleted."""
        now = self._clock() if now is None else float(now)
        self._last_sweep = now
        conversations, events = self._conversations, self._events
        with self.engine.begin() as conn:
            gone = conn.execute(
                conversations.delete().where(conversations.c.last_active < now - self.ttl_seconds)
            ).rowcount
            # Also clears orphans; conversations saved concurrently keep their row, so keep their events.
            conn.execute(events.delete().where(~events.c.handle.in_(sa.select(conversations.c.handle))))
        if gone:
            logger.info("Deleted %d idle conversation(s) from the tracker store.", gone)
        return gone

    # internals ---------------------------------------------------------------------------------------

    def _handle(self, sender_id: Text) -> Text:
        """The pseudonymous row key for a conversation id."""
        return self._sealer.handle(sender_id)

    def _maybe_sweep(self) -> None:
        """Run the expiry sweep at most once per sweep interval, piggybacking on normal traffic."""
        now = self._clock()
        if now - self._last_sweep >= self.sweep_interval_seconds:
            self.purge_expired(now)

    def _last_active(self, conn: sa.engine.Connection, handle: Text) -> Optional[float]:
        """When the conversation was last saved, or None if it isn't stored."""
        table = self._conversations
        return conn.execute(sa.select(table.c.last_active).where(table.c.handle == handle)).scalar()

    def _is_live(self, conn: sa.engine.Connection, handle: Text) -> bool:
        """Whether the conversation exists and is within its TTL."""
        last_active = self._last_active(conn, handle)
        return last_active is not None and last_active >= self._clock() - self.ttl_seconds

    def _load_live(self, conn: sa.engine.Connection, handle: Text, sender_id: Text) -> List[StoredRow]:
        """Decrypted stored events in order; an expired conversation is deleted on sight instead.

        (Reads of unknown conversations stay read-only, so they don't take SQLite's write lock.)
        """
        last_active = self._last_active(conn, handle)
        if last_active is None:
            return []
        if last_active < self._clock() - self.ttl_seconds:
            self._delete_handle(conn, handle)
            return []
        table = self._events
        rows = conn.execute(
            sa.select(table.c.seq, table.c.blob).where(table.c.handle == handle).order_by(table.c.seq)
        )
        return [(seq, self._sealer.open(sender_id, seq, blob)) for seq, blob in rows]

    def _retrieve(self, sender_id: Text, all_sessions: bool) -> Optional[DialogueStateTracker]:
        self._maybe_sweep()
        with self.engine.begin() as conn:
            events = [event for _, event in self._load_live(conn, self._handle(sender_id), sender_id)]
        if not events:
            return None
        if not all_sessions:
            events = _latest_session(events)
        return DialogueStateTracker.from_dict(
            sender_id, events, self.domain.slots, max_event_history=self.max_event_history
        )

    def _write(
        self,
        conn: sa.engine.Connection,
        handle: Text,
        sender_id: Text,
        stored: List[StoredRow],
        incoming: List[Dict[Text, Any]],
    ) -> List[StoredRow]:
        """Append what is new; if the tracker doesn't line up with storage, it replaces storage."""
        next_seq = stored[-1][0] + 1 if stored else 0
        changes = changes_since_last_save([event for _, event in stored], incoming)
        if changes.replace_all:
            self._delete_events(conn, handle)
            stored = []
        added = [(next_seq + offset, event) for offset, event in enumerate(changes.events)]
        if added:
            conn.execute(
                self._events.insert(),
                [{"handle": handle, "seq": seq, "blob": self._sealer.seal(sender_id, seq, event)}
                 for seq, event in added],
            )
        return stored + added

    def _forget_before_last_restart(self, conn: sa.engine.Connection, handle: Text, rows: List[StoredRow]) -> None:
        """DELETE every row before the last Restarted event, so it is physically gone."""
        restarts = [seq for seq, event in rows if event.get("event") == Restarted.type_name]
        if restarts and restarts[-1] > rows[0][0]:
            table = self._events
            conn.execute(table.delete().where(table.c.handle == handle, table.c.seq < restarts[-1]))

    def _touch(self, conn: sa.engine.Connection, handle: Text) -> None:
        """Record activity now (update or insert the conversation row)."""
        table, now = self._conversations, self._clock()
        updated = conn.execute(table.update().where(table.c.handle == handle).values(last_active=now)).rowcount
        if not updated:
            conn.execute(table.insert().values(handle=handle, last_active=now))

    def _delete_events(self, conn: sa.engine.Connection, handle: Text) -> None:
        conn.execute(self._events.delete().where(self._events.c.handle == handle))

    def _delete_handle(self, conn: sa.engine.Connection, handle: Text) -> None:
        self._delete_events(conn, handle)
        conn.execute(self._conversations.delete().where(self._conversations.c.handle == handle))
