"""The tracker store tests' shared material: canaries, a small domain, an injectable clock, stores on a
private data directory, realistic conversations and readers of the raw database (a pytest plugin)."""
from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any, Callable, Coroutine, Iterator, List, Optional

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.settings import TRACKER_KEY_VARIABLE
from bot.tracker import (
    EncryptedTrackerStore,
)
from bot.tracker import schema
from bot.tracker.trouble import STORE_TROUBLE

CANARY_TEXT = "CANARY-7f3a the soldiers took my neighbour at the bridge"
CANARY_SLOT = "CANARY-slot-91c2 Svidok Olena Kovalenko"
CANARY_LATER = "CANARY-later-55d0 kept after restart"
SENDER = "telegram-380501234567"
T0 = 1_700_000_000.0
PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
REDIS_URL = "redis://127.0.0.1:6379/0"


def postgresql_url(database: str) -> str:
    """The local server's URL for another database (which the tracker store creates when it is missing)."""
    return PG_URL.rsplit("/", 1)[0] + f"/{database}"


def drop_postgresql_database(database: str) -> None:
    schema.drop_postgresql_database(postgresql_url(database))


DOMAIN_YAML = """
version: "3.1"
intents: [greet, report_incident, affirm]
entities: [location]
slots:
  incident_description:
    type: text
    influence_conversation: false
    mappings:
    - type: from_text
      conditions:
      - active_loop: incident_form
  location:
    type: text
    influence_conversation: false
    mappings:
    - type: from_entity
      entity: location
forms:
  incident_form:
    required_slots: [incident_description]
responses:
  utter_greet:
  - text: Hello, you are safe to talk here.
  utter_ask_incident_description:
  - text: What happened?
"""


# --- helpers -------------------------------------------------------------------------------------------


def run(coro: Coroutine[Any, Any, Any]) -> Any:
    """The store's API is async (Rasa's interface); tests drive it synchronously."""
    return asyncio.run(coro)


class Clock:
    """An injectable clock so expiry is tested without sleeping."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.from_yaml(DOMAIN_YAML)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data dir per test, no key from the developer's environment, and no trouble noted before it."""
    STORE_TROUBLE.reset()
    monkeypatch.setenv("TESTIMONY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv(TRACKER_KEY_VARIABLE, raising=False)
    return tmp_path / "data"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_store(domain: Domain, data_dir: Path, clock: Clock) -> Iterator[Callable[..., EncryptedTrackerStore]]:
    """Stores on the default SQLite file in the test's data dir."""
    made: List[EncryptedTrackerStore] = []

    def make(**kwargs: Any) -> EncryptedTrackerStore:
        kwargs.setdefault("clock", clock)
        store = EncryptedTrackerStore(domain=domain, **kwargs)
        made.append(store)
        return store

    yield make
    for store in made:
        store.engine.dispose()


def session_start(ts: float) -> List[Event]:
    return [
        ActionExecuted("action_session_start", timestamp=ts),
        SessionStarted(timestamp=ts + 0.001),
        ActionExecuted("action_listen", timestamp=ts + 0.002),
    ]


def user(text: str, intent: str, ts: float, entities: Optional[list] = None) -> UserUttered:
    """A user message with the parse data Rasa's NLU pipeline attaches."""
    entities = entities or []
    parse_data = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.97},
        "entities": entities,
        "intent_ranking": [{"name": intent, "confidence": 0.97}, {"name": "greet", "confidence": 0.03}],
        "message_id": f"m-{ts}",
        "metadata": {"language": "uk"},
    }
    return UserUttered(
        text,
        parse_data["intent"],
        entities,
        parse_data,
        timestamp=ts,
        input_channel="telegram",
        message_id=f"m-{ts}",
        metadata={"language": "uk"},
    )


def report_conversation(start: float = T0) -> List[Event]:
    """A realistic first session: greeting, a form collecting the account, a location entity."""
    location = [{"entity": "location", "value": "Irpin", "start": 0, "end": 5, "extractor": "RegexEntityExtractor"}]
    return session_start(start) + [
        user("привіт", "greet", start + 1),
        ActionExecuted("utter_greet", policy="RulePolicy", confidence=1.0, timestamp=start + 2),
        BotUttered("Hello, you are safe to talk here.", {"buttons": None}, {"utter_action": "utter_greet"}, start + 3),
        ActionExecuted("action_listen", policy="RulePolicy", confidence=1.0, timestamp=start + 4),
        user(CANARY_TEXT, "report_incident", start + 5, location),
        SlotSet("location", "Irpin", timestamp=start + 6),
        ActionExecuted("incident_form", policy="RulePolicy", confidence=1.0, timestamp=start + 7),
        ActiveLoop("incident_form", timestamp=start + 8),
        SlotSet("requested_slot", "incident_description", timestamp=start + 9),
        BotUttered("What happened?", {}, {"utter_action": "utter_ask_incident_description"}, start + 10),
        ActionExecuted("action_listen", policy="RulePolicy", confidence=1.0, timestamp=start + 11),
        user(CANARY_SLOT, "report_incident", start + 12),
        SlotSet("incident_description", CANARY_SLOT, timestamp=start + 13),
    ]


def tracker_with(domain: Domain, events: List[Event], sender: str = SENDER) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(sender, events, domain.slots)


def sqlite_path(data_dir: Path) -> Path:
    return data_dir / "tracker.db"


def raw_sqlite_bytes(data_dir: Path) -> bytes:
    """The database file plus any journal or WAL beside it, exactly as on disk."""
    db = sqlite_path(data_dir)
    return b"".join(p.read_bytes() for p in [db, Path(f"{db}-journal"), Path(f"{db}-wal")] if p.exists())


def secrets_in(blob: bytes) -> List[str]:
    """Which canaries or the sender id appear in raw bytes (UTF-8, or JSON \\u-escaped)."""
    needles = [CANARY_TEXT, CANARY_SLOT, CANARY_LATER, SENDER, "report_incident", "Irpin"]
    return [n for n in needles if n.encode("utf-8") in blob or n.encode("unicode_escape") in blob]


def event_blobs(data_dir: Path) -> List[bytes]:
    with sqlite3.connect(sqlite_path(data_dir)) as conn:
        return [bytes(b) for (b,) in conn.execute("SELECT blob FROM testimony_tracker_events")]


def event_dicts(tracker: DialogueStateTracker) -> List[dict]:
    return [e.as_dict() for e in tracker.events]


# --- round trip ----------------------------------------------------------------------------------------
