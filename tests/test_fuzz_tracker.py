"""Fuzzing the encrypted tracker store's parsers: sealed event rows, conversation and day key files, and whole
database rows, damaged every way; the answer is always the documented TrackerDecryptionError (or, for a key
that is gone, "no conversation"), never another exception and never a silently different event."""
from __future__ import annotations

import json

import asyncio
import os
import sqlite3
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Tuple

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import settings as bot_settings
from bot.settings import Settings
from bot.tracker import EncryptedTrackerStore, TrackerDecryptionError
from bot.tracker.keystore import TrackerKeyStore
from bot.tracker.sealing import EventSealer
from tests.fuzz_strategies import ANY_TEXT, JSON_VALUES, NASTY_TEXT, damaged_file, mutations_of

CANARY = "CANARY-tracker-a61f my brother's unit was at the school"
SENDER = "widget-visitor-5e0c"
SEQ = 7
EVENT = {"event": "user", "text": CANARY, "timestamp": 1_700_000_000.5, "parse_data": {"intent": {"name": "inform"}}}
SEALER = EventSealer(os.urandom(32))
BLOB = SEALER.seal(SENDER, SEQ, EVENT)
T0 = 1_700_000_000.0


@settings(max_examples=1200, deadline=None)
@given(event=st.dictionaries(ANY_TEXT, JSON_VALUES, max_size=6), words=NASTY_TEXT, sender=ANY_TEXT,
       seq=st.integers(0, 2 ** 63 - 1))
def test_any_event_is_sealed_without_its_words_and_opens_unchanged(event: Dict[str, Any], words: str, sender: str,
                                                                  seq: int) -> None:
    event = dict(event, text=f"{words} {CANARY}")
    blob = SEALER.seal(sender, seq, event)
    # As any JSON reader would have it: a high and a low surrogate side by side are one character, the same
    # text a client's "\ud800\udfff" already decodes to (only lone surrogates stay as they are).
    assert SEALER.open(sender, seq, blob) == json.loads(json.dumps(event))
    assert b"CANARY" not in blob


@settings(max_examples=2000, deadline=None)
@given(damaged=mutations_of(BLOB))
def test_a_damaged_row_is_refused(damaged: bytes) -> None:
    assume(damaged != BLOB)
    with pytest.raises(TrackerDecryptionError):
        SEALER.open(SENDER, SEQ, damaged)


@settings(max_examples=500, deadline=None)
@given(sender=st.just(SENDER) | ANY_TEXT, seq=st.just(SEQ) | st.integers(0, 2 ** 63 - 1))
def test_a_row_read_as_another_conversation_or_position_is_refused(sender: str, seq: int) -> None:
    assume((sender, seq) != (SENDER, SEQ))
    with pytest.raises(TrackerDecryptionError):
        SEALER.open(sender, seq, BLOB)


# --- key files ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def key_store(tmp_path_factory: pytest.TempPathFactory) -> Tuple[TrackerKeyStore, Any]:
    """A key store with one conversation key, and that key."""
    store = TrackerKeyStore(tmp_path_factory.mktemp("tracker-keys"), os.urandom(32), ttl_seconds=72 * 3600)
    return store, store.create(T0)


@settings(max_examples=500, deadline=None)
@given(kind=st.sampled_from(["conversation", "day"]), data=st.data())
def test_a_damaged_key_file_is_refused_or_reads_as_gone(key_store, kind: str, data) -> None:
    """Never a different key: that would open nothing, or worse, be taken for the conversation's."""
    store, conversation = key_store
    [path] = store.directory.glob(f"{kind}-*.key") if kind == "day" else [
        store.directory / f"conversation-{conversation.ref}.key"]
    with damaged_file(path, data):
        try:
            assert store.open(conversation.ref) is None
        except TrackerDecryptionError:
            pass
    assert store.open(conversation.ref) == conversation


@settings(max_examples=300, deadline=None)
@given(ref=ANY_TEXT | st.text("0123456789abcdef", min_size=32, max_size=32))
def test_a_key_reference_from_a_damaged_row_is_refused_or_reads_as_gone(key_store, ref: str) -> None:
    store, conversation = key_store
    assume(ref != conversation.ref)
    try:
        assert store.open(ref) is None
    except TrackerDecryptionError:
        pass


# --- whole database rows -----------------------------------------------------------------------------------

DOMAIN = Domain.from_yaml("""
version: "3.1"
intents: [inform]
slots:
  narrative:
    type: text
    influence_conversation: false
    mappings: [{type: from_text}]
""")


def conversation_events(words: str) -> List[Any]:
    return [ActionExecuted("action_session_start", timestamp=T0), SessionStarted(timestamp=T0 + 1),
            ActionExecuted("action_listen", timestamp=T0 + 2),
            UserUttered(words, {"name": "inform", "confidence": 0.9}, timestamp=T0 + 3),
            SlotSet("narrative", words, timestamp=T0 + 4)]


class Database:
    """The store's SQLite file, edited behind its back as someone with the disk could."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def rows(self) -> List[Tuple[str, int, bytes]]:
        with sqlite3.connect(self.path) as conn:
            return [(h, s, bytes(b)) for h, s, b in
                    conn.execute("SELECT handle, seq, blob FROM testimony_tracker_events ORDER BY handle, seq")]

    def conversations(self) -> List[Tuple[str, str]]:
        with sqlite3.connect(self.path) as conn:
            return list(conn.execute("SELECT handle, key_ref FROM testimony_tracker_conversations ORDER BY handle"))

    def execute(self, statement: str, *parameters: Any) -> None:
        with sqlite3.connect(self.path) as conn:
            conn.execute(statement, parameters)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[EncryptedTrackerStore, Database, dict]]:
    """A store holding two conversations; (store, its database, {sender: events as stored})."""
    data_dir = tmp_path_factory.mktemp("fuzzed-tracker")
    with bot_settings.use(Settings.from_environment({"TESTIMONY_DATA_DIR": str(data_dir)})):
        store = EncryptedTrackerStore(domain=DOMAIN, key_file=str(data_dir / "tracker.key"), clock=lambda: T0 + 10)
        originals = {}
        for sender, words in ((SENDER, CANARY), ("telegram-380501234567", "they took the boys at the bridge")):
            tracker = DialogueStateTracker.from_events(sender, conversation_events(words), DOMAIN.slots)
            asyncio.run(store.save(tracker))
            originals[sender] = [event.as_dict() for event in tracker.events]
        yield store, Database(data_dir / "tracker.db"), originals
        store.engine.dispose()


@st.composite
def database_edits(draw: Callable, rows: List[Tuple[str, int, bytes]],
                   conversations: List[Tuple[str, str]]) -> Tuple[str, tuple]:
    """One edit of the tables: a damaged blob, a row moved or swapped, or a conversation pointed at a wrong key."""
    handle, seq, blob = draw(st.sampled_from(rows))
    other_handle, other_seq, other_blob = draw(st.sampled_from(rows))
    edit = draw(st.sampled_from(["damage", "copy", "move", "key"]))
    if edit == "damage":
        return "UPDATE testimony_tracker_events SET blob = ? WHERE handle = ? AND seq = ?", (
            draw(mutations_of(blob)), handle, seq)
    if edit == "copy":
        return "UPDATE testimony_tracker_events SET blob = ? WHERE handle = ? AND seq = ?", (other_blob, handle, seq)
    if edit == "move":
        return "UPDATE testimony_tracker_events SET handle = ?, seq = ? WHERE handle = ? AND seq = ?", (
            handle, draw(st.integers(-1, 10).filter(lambda new: (handle, new) not in {r[:2] for r in rows})),
            other_handle, other_seq)
    key_ref = draw(st.sampled_from([ref for _, ref in conversations]) | ANY_TEXT | st.text("0123456789abcdef",
                                                                                         min_size=32, max_size=32))
    return "UPDATE testimony_tracker_conversations SET key_ref = ? WHERE handle = ?", (
        key_ref, draw(st.sampled_from([h for h, _ in conversations])))


def is_run_of(events: List[dict], original: List[dict]) -> bool:
    """Whether `events` are consecutive events of `original`, unchanged and in order."""
    return any(original[start:start + len(events)] == events for start in range(len(original) - len(events) + 1))


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_an_edited_database_never_gives_altered_reordered_or_gapped_events(stored, data) -> None:
    """Documented limit (docs/threat-model.md): whole events deleted at either end of a conversation are not
    noticed; anything else is a TrackerDecryptionError, or no conversation when its key is gone."""
    store, database, originals = stored
    rows, conversations = database.rows(), database.conversations()
    statement, parameters = data.draw(database_edits(rows, conversations), label="edit")
    database.execute(statement, *parameters)
    try:
        for sender, events in originals.items():
            try:
                tracker = asyncio.run(store.retrieve_full_tracker(sender))
            except TrackerDecryptionError:
                continue
            assert tracker is None or is_run_of([event.as_dict() for event in tracker.events], events)
    finally:
        database.execute("DELETE FROM testimony_tracker_events")
        for row in rows:
            database.execute("INSERT INTO testimony_tracker_events (handle, seq, blob) VALUES (?, ?, ?)", *row)
        for handle, key_ref in conversations:
            database.execute("UPDATE testimony_tracker_conversations SET key_ref = ? WHERE handle = ?", key_ref, handle)
    for sender, events in originals.items():
        assert [event.as_dict() for event in asyncio.run(store.retrieve_full_tracker(sender)).events] == events
