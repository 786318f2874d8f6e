"""A Rasa 3.6 tracker store that keeps conversations encrypted, pseudonymous and short-lived.

Survivors and witnesses type things into this assistant that could endanger them. Rasa's own SQL tracker
store keeps every message, slot and intent in plaintext forever, keyed by the Telegram/WhatsApp id of the
person. This store instead:

* encrypts every event with AES-256-GCM (one row per event; the associated data binds each row to its
  conversation id and position, so rows cannot be swapped between conversations or reordered);
* stores the conversation id only as HMAC-SHA256 under a key derived from the same secret;
* physically DELETEs everything before the last `Restarted` event ("delete everything", report filed);
* deletes conversations idle longer than `draft_ttl_hours`;
* never logs events, tracker contents or conversation ids.

Plaintext columns, and why each is acceptable: `handle` (the HMAC, needed to find a conversation),
`seq` (event position: needed for ordering and bound into the ciphertext; it reveals only how many
events a conversation has, which the row count reveals anyway) and `last_active` (server time of the
last save, per conversation, needed to expire drafts without the key; the database's own files reveal
as much). Event types and timestamps are deliberately *not* stored in the clear: their sequence would
show when and how much someone talked. Plaintexts are padded to 256-byte blocks so ciphertext lengths
do not reveal message lengths.

Configure it in endpoints.yml (Rasa passes `url` as `host` and the other keys as keyword arguments):

    tracker_store:
      type: bot.tracker_store.EncryptedTrackerStore
      url: sqlite:///${TESTIMONY_DATA_DIR}/tracker.db
      draft_ttl_hours: 72

The secret is TESTIMONY_TRACKER_KEY (base64 of 32 bytes) or else `<data dir>/keys/tracker.key`,
created on first run with mode 0600 in a 0700 directory (see bot.crypto.server_secret).
"""
from __future__ import annotations

import json
import logging
import os
import re
import struct
import time
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Text, Tuple

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import (
    SerializedTrackerAsText,
    TrackerStore,
    create_engine_kwargs,
    is_postgresql_url,
)
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, Restarted, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException

from bot import settings
from bot.crypto.errors import DecryptionError
from bot.crypto.secretbox import SecretBox, derive_key, keyed_hash
from bot.crypto.server_secret import secret_from_env_or_file

logger = logging.getLogger(__name__)

KEY_ENV = "TESTIMONY_TRACKER_KEY"
DEFAULT_DB_NAME = "tracker.db"
DEFAULT_TABLE_PREFIX = "testimony_tracker_"
DEFAULT_TTL_HOURS = 72.0
DEFAULT_SWEEP_SECONDS = 300.0
PAD_BLOCK = 256
EVENT_KEY_PURPOSE = "testimony/tracker/events/aes-256-gcm/v1"
ID_KEY_PURPOSE = "testimony/tracker/conversation-id/hmac-sha256/v1"
AAD_LABEL = b"testimony/tracker/event/v1"

StoredRow = Tuple[int, Dict[Text, Any]]


class TrackerStoreConfigError(RasaException):
    """The tracker store is misconfigured; raised instead of letting Rasa fall back to memory."""


class TrackerDecryptionError(RasaException):
    """A stored event failed authentication: wrong key, tampered row, or row from another conversation."""


# --- configuration -----------------------------------------------------------------------------------


def tracker_secret(key_file: Optional[Path] = None) -> bytes:
    """The 32-byte master secret: TESTIMONY_TRACKER_KEY wins, else the key file (created if absent)."""
    path = Path(key_file) if key_file else settings.data_dir() / "keys" / "tracker.key"
    return secret_from_env_or_file(os.environ.get(KEY_ENV), path)


def resolve_url(url: Optional[Text]) -> Text:
    """The SQLAlchemy URL to use, defaulting to SQLite in the data directory.

    Rasa expands `${VAR}` in endpoints.yml only in unquoted values and leaves it verbatim, without any
    error, when VAR is unset; so `${TESTIMONY_DATA_DIR}` is resolved here the way bot.settings does,
    and any other variable left unexpanded is an error rather than a file literally named `${...}`.
    """
    if not url:
        return f"sqlite:///{settings.data_dir() / DEFAULT_DB_NAME}"
    for placeholder in ("${TESTIMONY_DATA_DIR}", "$TESTIMONY_DATA_DIR"):
        if placeholder in url:
            url = url.replace(placeholder, str(settings.data_dir()))
    url = os.path.expandvars(url)
    missing = re.findall(r"\$\{(\w+)\}", url)
    if missing:
        raise TrackerStoreConfigError(f"tracker store url uses unset environment variables: {missing}")
    return url


def _ttl_seconds(draft_ttl_hours: Any) -> float:
    """Hours from endpoints.yml (a number, or a string when it came from an env variable) as seconds."""
    try:
        hours = float(draft_ttl_hours)
    except (TypeError, ValueError) as error:
        raise TrackerStoreConfigError("draft_ttl_hours must be a number of hours") from error
    if not hours > 0:
        raise TrackerStoreConfigError("draft_ttl_hours must be positive")
    return hours * 3600.0


def _check_prefix(prefix: Text) -> Text:
    """Table prefixes become SQL identifiers: keep them boring."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,40}", prefix):
        raise TrackerStoreConfigError("table_prefix must be lowercase letters, digits and '_' (max 41)")
    return prefix


# --- database ----------------------------------------------------------------------------------------


def _define_tables(prefix: Text) -> Tuple[sa.MetaData, sa.Table, sa.Table]:
    """One row per conversation (for expiry) and one encrypted row per event."""
    metadata = sa.MetaData()
    conversations = sa.Table(
        f"{prefix}conversations",
        metadata,
        sa.Column("handle", sa.String(64), primary_key=True),
        sa.Column("last_active", sa.Float, nullable=False, index=True),
    )
    events = sa.Table(
        f"{prefix}events",
        metadata,
        sa.Column("handle", sa.String(64), primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("blob", sa.LargeBinary, nullable=False),
    )
    return metadata, conversations, events


def _create_engine(url: Text) -> sa.engine.Engine:
    """An engine for `url`; SQLite gets a private file and pragmas that leave no old data behind."""
    if is_postgresql_url(url):
        # Same pool sizes and POSTGRESQL_SCHEMA handling as Rasa's SQLTrackerStore.
        return sa.create_engine(url, **create_engine_kwargs(url))
    engine = sa.create_engine(url)
    if engine.dialect.name == "sqlite":
        _prepare_sqlite_file(engine.url.database)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _prepare_sqlite_file(database: Optional[Text]) -> None:
    """Create the database file as 0600 before SQLite does (it would honour the umask, often 0644)."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Zero deleted content in place, keep no WAL, and never spill temporary data to disk.

    secure_delete overwrites freed cells and pages with zeros, so DELETE really removes the bytes.
    journal_mode=DELETE (rather than WAL, which keeps old pages in `-wal` until a checkpoint and
    reuses the file without truncating it) means the rollback journal exists only during a write
    transaction. The setting is persistent, so this also converts a database someone switched to WAL.
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.execute("PRAGMA temp_store=MEMORY")
    finally:
        cursor.close()


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


def _new_events(
    stored: List[Dict[Text, Any]], incoming: List[Dict[Text, Any]]
) -> Optional[List[Dict[Text, Any]]]:
    """The part of `incoming` not yet stored, or None when the two don't line up at all.

    The tracker Rasa saves is a window onto the conversation: the latest session (from `retrieve`),
    everything (`retrieve_full_tracker`) or its last `max_event_history` events, plus new events.
    So it must start somewhere inside what is stored and agree with it from there on.
    """
    if not incoming:
        return []
    for start, event in enumerate(stored):
        if event != incoming[0]:
            continue
        overlap = min(len(stored) - start, len(incoming))
        if stored[start : start + overlap] == incoming[:overlap]:
            return incoming[overlap:] if overlap == len(stored) - start else []
    return None


def _pad(data: bytes) -> bytes:
    """Pad JSON with trailing spaces (which JSON ignores) so lengths leak only in 256-byte steps."""
    return data + b" " * (-len(data) % PAD_BLOCK)


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
        self.ttl_seconds = _ttl_seconds(draft_ttl_hours)
        self.sweep_interval_seconds = float(sweep_interval_seconds)
        self._clock = clock or time.time
        self._last_sweep = float("-inf")
        secret = tracker_secret(Path(key_file) if key_file else None)
        self._box = SecretBox(derive_key(secret, EVENT_KEY_PURPOSE))
        self._id_key = derive_key(secret, ID_KEY_PURPOSE)
        self.engine = _create_engine(resolve_url(host))
        self._metadata, self._conversations, self._events = _define_tables(_check_prefix(table_prefix))
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
        return keyed_hash(self._id_key, sender_id.encode("utf-8"))

    @staticmethod
    def _aad(sender_id: Text, seq: int) -> bytes:
        """Associated data: a row only decrypts for its own conversation id and position."""
        raw = sender_id.encode("utf-8")
        return AAD_LABEL + struct.pack(">I", len(raw)) + raw + struct.pack(">Q", seq)

    def _seal(self, sender_id: Text, seq: int, event: Dict[Text, Any]) -> bytes:
        data = json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return self._box.seal(_pad(data), self._aad(sender_id, seq))

    def _open(self, sender_id: Text, seq: int, blob: bytes) -> Dict[Text, Any]:
        try:
            plaintext = self._box.open(blob, self._aad(sender_id, seq))
        except DecryptionError as error:
            raise TrackerDecryptionError(
                f"stored event #{seq} of the requested conversation failed authentication "
                f"(wrong key, tampered data, or a row moved from another conversation)"
            ) from error
        return json.loads(plaintext.decode("utf-8"))

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
        return [(seq, self._open(sender_id, seq, blob)) for seq, blob in rows]

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
        new = _new_events([event for _, event in stored], incoming)
        if new is None:
            self._delete_events(conn, handle)
            stored, new = [], incoming
        added = [(next_seq + offset, event) for offset, event in enumerate(new)]
        if added:
            conn.execute(
                self._events.insert(),
                [{"handle": handle, "seq": seq, "blob": self._seal(sender_id, seq, event)} for seq, event in added],
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
