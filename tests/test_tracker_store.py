"""EncryptedTrackerStore: what a survivor types must never sit readable in the database, and must go
when the conversation says so (Restarted), when it idles out, or on quick exit."""
from __future__ import annotations

import base64
import logging
import os
import stat
import uuid
from pathlib import Path
from typing import Iterator

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    Restarted,
    SessionStarted,
)
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.utils.endpoints import EndpointConfig, read_endpoint_config

from bot.crypto.errors import InvalidKeyError
from bot.settings import TRACKER_KEY_VARIABLE
from bot.tracker import (
    ConversationUnreadable,
    EncryptedTrackerStore,
    TrackerDecryptionError,
    TrackerStoreConfigError,
    resolve_url,
)
from bot.tracker.sealing import EventSealer
from bot.tracker.trouble import STORE_TROUBLE
from tests.tracker_fixtures import (
    CANARY_LATER, CANARY_SLOT, CANARY_TEXT, PG_URL, SENDER, T0, drop_postgresql_database, event_blobs, event_dicts,
    postgresql_url, raw_sqlite_bytes,
    report_conversation, run, secrets_in, session_start, sqlite_path, tracker_with, user,
)

pytestmark = pytest.mark.timeout(60)


def test_round_trip_of_a_realistic_tracker(make_store, domain) -> None:
    store = make_store()
    tracker = tracker_with(domain, report_conversation())
    assert tracker.active_loop_name == "incident_form"

    run(store.save(tracker))
    full = run(store.retrieve_full_tracker(SENDER))

    assert full == tracker
    assert full.current_state(EventVerbosity.ALL) == tracker.current_state(EventVerbosity.ALL)
    assert full.current_slot_values()["incident_description"] == CANARY_SLOT
    assert full.active_loop_name == "incident_form"
    assert full.latest_message.parse_data == tracker.latest_message.parse_data
    assert run(store.exists(SENDER)) and not run(store.exists("someone-else"))


def test_lone_surrogates_in_the_id_and_the_words_are_kept_not_refused(make_store, domain) -> None:
    """JSON can carry "\\ud800" and the REST channel passes it on: saving must not fail (a lost turn)."""
    store = make_store()
    sender = "widget-\ud800-visitor"
    events = session_start(T0) + [user("they came at night \udfff " + CANARY_TEXT, "report_incident", T0 + 1)]

    run(store.save(tracker_with(domain, events, sender)))

    assert run(store.retrieve_full_tracker(sender)).latest_message.text == "they came at night \udfff " + CANARY_TEXT
    assert run(store.retrieve_full_tracker("widget-\ufffd-visitor")) is None


def test_retrieve_returns_the_latest_session_and_saves_append_once(make_store, domain) -> None:
    """Rasa saves the tracker it got from `retrieve` (latest session only): nothing may be lost or doubled."""
    store = make_store()
    first = report_conversation()
    second = session_start(T0 + 100)
    run(store.save(tracker_with(domain, first + second)))

    latest = run(store.retrieve(SENDER))
    assert isinstance(latest.events[0], SessionStarted)
    assert event_dicts(latest) == [e.as_dict() for e in second[1:]]

    latest.update(user("are you there", "greet", T0 + 110))
    run(store.save(latest))
    run(store.save(latest))  # saving twice must not duplicate

    full = run(store.retrieve_full_tracker(SENDER))
    assert event_dicts(full) == [e.as_dict() for e in first + second] + [latest.events[-1].as_dict()]


def test_max_event_history_window_is_applied_and_saved_correctly(make_store, domain) -> None:
    store = make_store()
    events = report_conversation()
    run(store.save(tracker_with(domain, events)))

    tracker = run(store.get_or_create_tracker(SENDER, max_event_history=3))
    assert len(tracker.events) == 3
    assert tracker.current_slot_values()["incident_description"] == CANARY_SLOT  # state replayed in full
    extra = ActionExecuted("action_listen", timestamp=T0 + 50)
    tracker.update(extra)
    run(store.save(tracker))

    store.max_event_history = None
    assert event_dicts(run(store.retrieve_full_tracker(SENDER))) == [e.as_dict() for e in events + [extra]]


def a_turn_read_from(store: EncryptedTrackerStore, text: str, at: float) -> DialogueStateTracker:
    """A turn as Rasa has it: the tracker read from the store, with the new message and the answer added."""
    tracker = run(store.retrieve(SENDER))
    tracker.update(user(text, "report_incident", at))
    tracker.update(ActionExecuted("action_listen", timestamp=at + 1))
    return tracker


def test_a_turn_saves_its_new_events_without_opening_the_stored_ones_again(make_store, domain,
                                                                            monkeypatch) -> None:
    """Each turn of a long account would otherwise decrypt the whole conversation a second time to compare."""
    store = make_store()
    run(store.save(tracker_with(domain, report_conversation())))
    tracker = a_turn_read_from(store, "and then they came back", T0 + 60)
    opened = []
    real_open = EventSealer.open
    monkeypatch.setattr(EventSealer, "open", lambda self, *args: opened.append(args) or real_open(self, *args))

    run(store.save(tracker))

    assert opened == []
    assert event_dicts(run(make_store().retrieve(SENDER))) == event_dicts(tracker)


def test_storage_changed_since_the_read_sends_the_save_the_long_way(make_store, domain) -> None:
    """Another server saved this conversation between this turn's read and save: nothing is appended blindly
    after positions that moved; the tracker saved is what storage then holds, as a save the long way makes it."""
    store, other_server = make_store(), make_store()
    run(store.save(tracker_with(domain, report_conversation())))
    tracker = a_turn_read_from(store, "and then they came back", T0 + 60)
    run(other_server.save(a_turn_read_from(other_server, "an earlier message, elsewhere", T0 + 55)))

    run(store.save(tracker))

    assert event_dicts(run(make_store().retrieve(SENDER))) == event_dicts(tracker)


def test_a_restart_in_a_turn_still_forgets_everything_before_it(make_store, domain) -> None:
    store = make_store()
    run(store.save(tracker_with(domain, report_conversation())))
    tracker = run(store.retrieve(SENDER))
    after = [Restarted(timestamp=T0 + 70), ActionExecuted("action_listen", timestamp=T0 + 71)]
    for event in after:
        tracker.update(event)

    run(store.save(tracker))

    assert event_dicts(run(store.retrieve_full_tracker(SENDER))) == [event.as_dict() for event in after]


def test_a_tracker_that_only_looks_like_the_one_read_is_compared_the_long_way(make_store, domain) -> None:
    """Equal events that are not the objects this turn read (another read, a tracker built elsewhere) are
    compared with what is stored, so a save is never taken for an append by accident."""
    store = make_store()
    run(store.save(tracker_with(domain, report_conversation())))
    a_turn_read_from(store, "read and never saved", T0 + 60)
    lookalike = tracker_with(domain, report_conversation() + [user("a different turn", "greet", T0 + 80)])

    run(store.save(lookalike))
    run(store.save(lookalike))

    assert event_dicts(run(store.retrieve_full_tracker(SENDER))) == event_dicts(lookalike)


def test_a_tracker_that_does_not_line_up_replaces_storage(make_store, domain) -> None:
    """E.g. Rasa's PUT /conversations/<id>/tracker/events: the saved tracker is the truth."""
    store = make_store()
    run(store.save(tracker_with(domain, report_conversation())))
    replacement = session_start(T0 + 500)

    run(store.save(tracker_with(domain, replacement)))

    assert event_dicts(run(store.retrieve_full_tracker(SENDER))) == [e.as_dict() for e in replacement]


# --- nothing readable at rest --------------------------------------------------------------------------


def test_no_plaintext_in_sqlite_files(make_store, domain, data_dir) -> None:
    store = make_store()
    run(store.save(tracker_with(domain, report_conversation())))

    raw = raw_sqlite_bytes(data_dir)
    assert CANARY_TEXT.encode() not in raw  # the obvious check, spelled out
    assert secrets_in(raw) == []
    assert not Path(f"{sqlite_path(data_dir)}-wal").exists()
    assert not Path(f"{sqlite_path(data_dir)}-journal").exists()
    assert stat.S_IMODE(sqlite_path(data_dir).stat().st_mode) == 0o600


def test_sqlite_connections_zero_deleted_data_and_keep_no_wal(make_store) -> None:
    store = make_store()
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA secure_delete")).scalar() == 1
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "delete"


def test_a_restart_physically_deletes_everything_before_it(make_store, domain, data_dir) -> None:
    """No VACUUM needed: secure_delete zeroes freed cells and pages, so the old ciphertext is gone too."""
    store = make_store()
    tracker = tracker_with(domain, report_conversation())
    run(store.save(tracker))
    old_blobs = event_blobs(data_dir)

    after = [
        ActionExecuted("action_listen", timestamp=T0 + 31),
        user(CANARY_LATER, "report_incident", T0 + 32),
    ]
    for event in [ActionExecuted("action_restart", timestamp=T0 + 29), Restarted(timestamp=T0 + 30)] + after:
        tracker.update(event)
    run(store.save(tracker))
    run(store.save(tracker))  # the in-memory tracker still holds the old events: they must not come back

    kept = run(store.retrieve_full_tracker(SENDER))
    assert event_dicts(kept) == [Restarted(timestamp=T0 + 30).as_dict()] + [e.as_dict() for e in after]
    assert kept.current_slot_values()["incident_description"] is None
    assert len(event_blobs(data_dir)) == 3
    raw = raw_sqlite_bytes(data_dir)
    assert [blob for blob in old_blobs if blob in raw] == []
    assert [blob for blob in old_blobs if blob[-16:] in raw] == []  # not even a GCM tag survives
    assert secrets_in(raw) == []


def test_ciphertext_length_hides_message_length(make_store, domain, data_dir) -> None:
    store = make_store()
    run(store.save(tracker_with(domain, [user("so", "affirm", T0 + 1), user("s" * 40, "affirm", T0 + 2)])))
    overhead = 1 + 12 + 16  # version, nonce, GCM tag
    assert [(len(blob) - overhead) % 256 for blob in event_blobs(data_dir)] == [0, 0]
    assert len(set(map(len, event_blobs(data_dir)))) == 1


# --- forgetting ----------------------------------------------------------------------------------------


def test_idle_conversations_expire(make_store, domain, clock) -> None:
    store = make_store(draft_ttl_hours=1, sweep_interval_seconds=10**9)  # only the first call sweeps
    run(store.save(tracker_with(domain, report_conversation(), sender="idle")))
    clock.now += 1800
    run(store.save(tracker_with(domain, session_start(T0 + 1800), sender="active")))

    clock.now += 1900  # "idle": 62 min idle, "active": 31 min
    assert run(store.retrieve("idle")) is None  # never served once past its TTL, sweep or not
    assert store.purge_expired() == 0  # retrieve already deleted it on sight
    assert run(store.exists("active"))

    clock.now += 3600
    assert store.purge_expired() == 1
    assert run(store.keys()) == []
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM testimony_tracker_events")).scalar() == 0


def test_the_periodic_sweep_runs_on_ordinary_traffic(make_store, domain, clock) -> None:
    store = make_store(draft_ttl_hours=1, sweep_interval_seconds=60)
    run(store.save(tracker_with(domain, report_conversation(), sender="idle")))
    clock.now += 7200

    run(store.retrieve("somebody-else"))  # touches nothing of "idle" except through the sweep

    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM testimony_tracker_events")).scalar() == 0
        assert conn.execute(sa.text("SELECT count(*) FROM testimony_tracker_conversations")).scalar() == 0


def test_purge_expired_takes_an_explicit_time(make_store, domain) -> None:
    store = make_store(draft_ttl_hours=72)
    run(store.save(tracker_with(domain, report_conversation())))
    assert store.purge_expired(now=T0 + 71 * 3600) == 0
    assert store.purge_expired(now=T0 + 73 * 3600) == 1


def test_delete_removes_one_conversation_only(make_store, domain) -> None:
    store = make_store()
    run(store.save(tracker_with(domain, report_conversation(), sender="leaving")))
    run(store.save(tracker_with(domain, report_conversation(), sender="staying")))

    run(store.delete("leaving"))

    assert run(store.retrieve_full_tracker("leaving")) is None
    assert not run(store.exists("leaving"))
    assert run(store.retrieve_full_tracker("staying")) is not None
    assert len(list(run(store.keys()))) == 1


# --- integrity -----------------------------------------------------------------------------------------


def test_a_row_moved_to_another_conversation_does_not_decrypt(make_store, domain) -> None:
    store = make_store()
    run(store.save(tracker_with(domain, report_conversation(), sender="victim")))
    run(store.save(tracker_with(domain, report_conversation(), sender="attacker")))
    victim, attacker = store._handle("victim"), store._handle("attacker")
    with store.engine.begin() as conn:
        stolen = conn.execute(
            sa.text("SELECT blob FROM testimony_tracker_events WHERE handle = :h AND seq = 5"), {"h": victim}
        ).scalar()
        conn.execute(
            sa.text("UPDATE testimony_tracker_events SET blob = :b WHERE handle = :h AND seq = 5"),
            {"b": stolen, "h": attacker},
        )

    with pytest.raises(TrackerDecryptionError, match="another conversation") as caught:
        run(store.retrieve_full_tracker("attacker"))
    assert "attacker" not in str(caught.value)  # ids are personal data; errors end up in logs
    assert run(store.retrieve_full_tracker("victim")) is not None


def test_rows_cannot_be_reordered_within_a_conversation(make_store, domain) -> None:
    store = make_store()
    run(store.save(tracker_with(domain, report_conversation())))
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE testimony_tracker_events SET seq = 1000 WHERE seq = 4"))
        conn.execute(sa.text("UPDATE testimony_tracker_events SET seq = 4 WHERE seq = 5"))
        conn.execute(sa.text("UPDATE testimony_tracker_events SET seq = 5 WHERE seq = 1000"))

    with pytest.raises(TrackerDecryptionError):
        run(store.retrieve_full_tracker(SENDER))


def test_tampered_ciphertext_does_not_decrypt(make_store, domain) -> None:
    store = make_store()
    run(store.save(tracker_with(domain, report_conversation())))
    with store.engine.begin() as conn:
        blob = bytearray(conn.execute(sa.text("SELECT blob FROM testimony_tracker_events WHERE seq = 3")).scalar())
        blob[20] ^= 0x01
        conn.execute(sa.text("UPDATE testimony_tracker_events SET blob = :b WHERE seq = 3"), {"b": bytes(blob)})

    with pytest.raises(TrackerDecryptionError):
        run(store.retrieve_full_tracker(SENDER))
    with pytest.raises(ConversationUnreadable):  # the turn that follows a failed read is not saved over it
        run(store.save(tracker_with(domain, report_conversation())))
    STORE_TROUBLE.reset()
    with pytest.raises(TrackerDecryptionError):  # nor can any save paper over it
        run(store.save(tracker_with(domain, report_conversation())))


# --- keys ----------------------------------------------------------------------------------------------


def test_the_key_file_is_created_private_and_reused(make_store, domain, data_dir) -> None:
    run(make_store().save(tracker_with(domain, report_conversation())))
    key_file = data_dir / "keys" / "tracker.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    key = key_file.read_bytes()

    again = make_store()
    assert key_file.read_bytes() == key
    assert run(again.retrieve_full_tracker(SENDER)) == tracker_with(domain, report_conversation())


def test_the_environment_key_overrides_the_key_file(make_store, domain, data_dir, monkeypatch) -> None:
    run(make_store().save(tracker_with(domain, report_conversation())))
    monkeypatch.setenv(TRACKER_KEY_VARIABLE, base64.b64encode(os.urandom(32)).decode())

    with_env_key = make_store()

    assert run(with_env_key.exists(SENDER)) is False  # another key, so another handle: not even findable
    run(with_env_key.save(tracker_with(domain, session_start(T0))))
    assert run(with_env_key.retrieve_full_tracker(SENDER)) is not None
    monkeypatch.delenv(TRACKER_KEY_VARIABLE)
    assert event_dicts(run(make_store().retrieve_full_tracker(SENDER))) == event_dicts(
        tracker_with(domain, report_conversation())
    )


def test_bad_keys_are_refused(make_store, data_dir, monkeypatch) -> None:
    monkeypatch.setenv(TRACKER_KEY_VARIABLE, base64.b64encode(b"too short").decode())
    with pytest.raises(InvalidKeyError):
        make_store()
    monkeypatch.delenv(TRACKER_KEY_VARIABLE)
    make_store()
    os.chmod(data_dir / "keys" / "tracker.key", 0o644)
    with pytest.raises(InvalidKeyError, match="chmod 600"):
        make_store()


# --- logging -------------------------------------------------------------------------------------------


def test_nothing_personal_is_logged(make_store, domain, clock, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    store = make_store(draft_ttl_hours=1)
    tracker = tracker_with(domain, report_conversation())
    run(store.save(tracker))
    run(store.retrieve(SENDER))
    tracker.update(Restarted(timestamp=T0 + 40))
    run(store.save(tracker))
    clock.now += 7200
    store.purge_expired()

    logged = "\n".join(f"{r.getMessage()} {r.args}" for r in caplog.records)
    assert secrets_in(logged.encode("utf-8")) == []


# --- configuration through Rasa ------------------------------------------------------------------------


def test_rasa_creates_this_store_from_an_endpoint_config(domain, data_dir, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'via-rasa.db'}"
    store = TrackerStore.create(
        EndpointConfig(type="bot.tracker.EncryptedTrackerStore", url=url, draft_ttl_hours=1), domain
    )
    assert type(store) is EncryptedTrackerStore  # not wrapped: every method is async
    assert store.ttl_seconds == 3600
    assert str(store.engine.url) == url
    run(store.save(tracker_with(domain, report_conversation())))
    assert run(store.retrieve_full_tracker(SENDER)) is not None
    store.engine.dispose()


def test_endpoints_yml_with_the_data_dir_variable(domain, data_dir, tmp_path, monkeypatch) -> None:
    """Rasa expands ${VAR} only in unquoted values; unset, it is left as is and resolve_url takes over."""
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        "tracker_store:\n"
        "  type: bot.tracker.EncryptedTrackerStore\n"
        "  url: sqlite:///${TESTIMONY_DATA_DIR}/tracker.db\n"
        "  draft_ttl_hours: 72\n"
    )
    config = read_endpoint_config(str(endpoints), "tracker_store")
    assert config.url == f"sqlite:///{data_dir}/tracker.db" and config.kwargs == {"draft_ttl_hours": 72}

    store = TrackerStore.create(config, domain)
    assert Path(store.engine.url.database) == data_dir / "tracker.db"
    store.engine.dispose()

    monkeypatch.delenv("TESTIMONY_DATA_DIR")
    assert read_endpoint_config(str(endpoints), "tracker_store").url == "sqlite:///${TESTIMONY_DATA_DIR}/tracker.db"


def test_resolve_url(data_dir, monkeypatch) -> None:
    assert resolve_url(None) == f"sqlite:///{data_dir}/tracker.db"
    assert resolve_url("sqlite:///${TESTIMONY_DATA_DIR}/t.db") == f"sqlite:///{data_dir}/t.db"
    assert resolve_url("postgresql://u@db/testimony") == "postgresql://u@db/testimony"
    monkeypatch.delenv("TESTIMONY_DB_PASSWORD", raising=False)
    with pytest.raises(TrackerStoreConfigError, match="TESTIMONY_DB_PASSWORD"):
        resolve_url("postgresql://u:${TESTIMONY_DB_PASSWORD}@db/testimony")


def test_bad_settings_are_refused(make_store) -> None:
    with pytest.raises(TrackerStoreConfigError):
        make_store(draft_ttl_hours=0)
    with pytest.raises(TrackerStoreConfigError):
        make_store(table_prefix="x; DROP TABLE y")


# --- PostgreSQL ----------------------------------------------------------------------------------------


@pytest.fixture
def pg_store(domain: Domain, data_dir: Path) -> Iterator[EncryptedTrackerStore]:
    """A store on the local server, with tables unique to this test run, dropped afterwards."""
    try:
        with sa.create_engine(PG_URL).connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except Exception as error:  # pragma: no cover - depends on the machine
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {type(error).__name__}")
    store = EncryptedTrackerStore(domain=domain, host=PG_URL, table_prefix=f"t{uuid.uuid4().hex[:12]}_")
    try:
        yield store
    finally:
        store._metadata.drop_all(store.engine)
        store.engine.dispose()


def pg_table_bytes(store: EncryptedTrackerStore) -> bytes:
    """Every column of both tables, and the events table's heap file as PostgreSQL wrote it."""
    with store.engine.connect() as conn:
        rows = [row for table in (store._events, store._conversations) for row in conn.execute(sa.select(table))]
        conn.execute(sa.text("CHECKPOINT"))
        path = conn.execute(sa.text("SELECT pg_relation_filepath(:t)"), {"t": store._events.name}).scalar()
        heap = bytes(conn.execute(sa.text("SELECT pg_read_binary_file(:p)"), {"p": path}).scalar())
    values = b"".join(bytes(v) if isinstance(v, (bytes, memoryview)) else str(v).encode() for r in rows for v in r)
    return values + heap


def test_postgresql_round_trip_without_plaintext(pg_store, domain) -> None:
    tracker = tracker_with(domain, report_conversation())
    run(pg_store.save(tracker))

    assert run(pg_store.retrieve_full_tracker(SENDER)) == tracker
    assert secrets_in(pg_table_bytes(pg_store)) == []


def test_postgresql_restart_delete_and_expiry(pg_store, domain) -> None:
    tracker = tracker_with(domain, report_conversation())
    run(pg_store.save(tracker))
    tracker.update(Restarted(timestamp=T0 + 30))
    tracker.update(user(CANARY_LATER, "report_incident", T0 + 31))
    run(pg_store.save(tracker))
    with pg_store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(pg_store._events)).scalar() == 2

    run(pg_store.save(tracker_with(domain, report_conversation(), sender="other")))
    run(pg_store.delete(SENDER))
    assert run(pg_store.retrieve_full_tracker(SENDER)) is None
    assert pg_store.purge_expired(now=pg_store._clock() + 73 * 3600) == 1
    assert list(run(pg_store.keys())) == []


# --- a database that fails for a moment ------------------------------------------------------------------


def test_a_failed_read_is_noted_and_the_empty_turn_after_it_never_replaces_the_draft(make_store, domain,
                                                                                      monkeypatch) -> None:
    """Rasa swallows the read error and goes on with an empty tracker; its save must not replace the draft."""
    store = make_store()
    told = report_conversation()
    run(store.save(tracker_with(domain, told)))
    working = store._load_live

    def database_gone(*args, **kwargs):
        raise sa.exc.OperationalError("SELECT", {}, ConnectionError("server closed the connection"))

    monkeypatch.setattr(store, "_load_live", database_gone)
    with pytest.raises(sa.exc.OperationalError):
        run(store.retrieve(SENDER))
    assert STORE_TROUBLE.noted(SENDER)
    monkeypatch.setattr(store, "_load_live", working)  # the database is back before the turn is saved
    with pytest.raises(ConversationUnreadable):
        run(store.save(tracker_with(domain, session_start(T0 + 900))))

    assert STORE_TROUBLE.take(SENDER)  # what the channel does: "please try again"
    assert event_dicts(run(store.retrieve_full_tracker(SENDER))) == [e.as_dict() for e in told]
    assert not STORE_TROUBLE.noted(SENDER)


def test_a_turn_whose_action_failed_is_not_saved_so_the_message_sent_again_starts_from_where_it_was(
        make_store, domain) -> None:
    """Rasa logs a failed action and saves the turn without its events (a form completed, the filing lost). The
    store notes the turn's conversation from that log line and refuses the save; another conversation's turn,
    logged in a task of its own, is not touched."""
    store = make_store()
    told = report_conversation()
    run(store.save(tracker_with(domain, told)))

    async def turn(conversation: str, action_fails: bool) -> None:
        await store.retrieve(conversation)
        if action_fails:
            logging.getLogger("rasa.core.processor").error(
                "Encountered an exception while running action 'action_file_report'.Bot will continue, but the "
                "actions events are lost.")
        await store.save(tracker_with(domain, told + [ActionExecuted("action_file_report")], conversation))

    with pytest.raises(ConversationUnreadable):
        run(turn(SENDER, action_fails=True))
    assert STORE_TROUBLE.take(SENDER)  # the channel answers "please send it again"
    assert event_dicts(run(store.retrieve_full_tracker(SENDER))) == [e.as_dict() for e in told]

    run(turn("someone-else", action_fails=False))
    assert not STORE_TROUBLE.noted("someone-else")
    run(turn(SENDER, action_fails=False))  # sent again, the action works: the turn is kept
    assert event_dicts(run(store.retrieve_full_tracker(SENDER)))[-1]["name"] == "action_file_report"


def test_a_failed_save_is_noted_for_the_channel(make_store, domain, monkeypatch) -> None:
    store = make_store()

    def disk_full(*args, **kwargs):
        raise sa.exc.OperationalError("INSERT", {}, OSError("database or disk is full"))

    monkeypatch.setattr(store, "_insert", disk_full)
    with pytest.raises(sa.exc.OperationalError):
        run(store.save(tracker_with(domain, report_conversation())))
    assert STORE_TROUBLE.take(SENDER)
    assert run(store.retrieve(SENDER)) is None  # nothing half-written


def test_a_postgresql_database_that_does_not_exist_is_created(pg_store, domain) -> None:
    name = f"testimony_created_{uuid.uuid4().hex[:12]}"
    store = EncryptedTrackerStore(domain=domain, host=postgresql_url(name))
    try:
        run(store.save(tracker_with(domain, report_conversation())))
        assert event_dicts(run(store.retrieve_full_tracker(SENDER)))
    finally:
        store.engine.dispose()
        drop_postgresql_database(name)
