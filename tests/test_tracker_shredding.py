"""A deleted draft is gone even from a copy: backups, a seized disk, PostgreSQL's dead rows.

The attacker in these tests holds a copy of the database made *before* a draft was deleted or expired,
plus everything on the server afterwards (the master key and the key store as they are then). The copy
must not open the deleted draft, while still opening the drafts that were not deleted (which shows the
copy itself is sound and the test can fail).
"""
from __future__ import annotations

import base64
import os
import shutil
import stat
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.shared.core.events import Restarted

from bot.crypto.errors import InvalidKeyError
from bot.crypto.fsutil import shred
from bot.settings import TRACKER_KEY_FILE_VARIABLE, TRACKER_KEY_VARIABLE
from bot.tracker import EncryptedTrackerStore
from bot.tracker.keystore import DAY_SECONDS
from tests.tracker_fixtures import (
    CANARY_LATER, CANARY_SLOT, CANARY_TEXT, PG_URL, T0, Clock, event_dicts, raw_sqlite_bytes, report_conversation,
    run, secrets_in, session_start, sqlite_path, tracker_with, user,
)

pytestmark = pytest.mark.timeout(60)

DAY_AND_LIFETIME = DAY_SECONDS + 72 * 3600


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    """Where `take_backup` copies the database and the master key file (not the key store, per README)."""
    return tmp_path / "backup"


def take_backup(data_dir: Path, backup: Path) -> None:
    backup.mkdir(exist_ok=True)
    shutil.copy2(sqlite_path(data_dir), backup / "tracker.db")
    shutil.copy2(data_dir / "keys" / "tracker.key", backup / "tracker.key")


def restored(domain, backup: Path, now: float = T0) -> EncryptedTrackerStore:
    """The backup opened with today's key store, with a clock claiming it is still `now`, so the
    draft lifetime cannot be what hides a draft: only missing keys can."""
    return EncryptedTrackerStore(domain=domain, host=f"sqlite:///{backup / 'tracker.db'}",
                                 key_file=str(backup / "tracker.key"), clock=Clock(now),
                                 sweep_interval_seconds=10**12)


def keystore(data_dir: Path) -> Path:
    return data_dir / "keys" / "tracker-keystore"


# --- a backup of the database does not outlive a deletion ----------------------------------------------


def test_a_backup_cannot_open_a_draft_deleted_after_it_was_taken(make_store, domain, data_dir, backup) -> None:
    store = make_store()
    run(store.save(tracker_with(domain, report_conversation(), sender="leaving")))
    run(store.save(tracker_with(domain, report_conversation(), sender="staying")))
    take_backup(data_dir, backup)

    run(store.delete("leaving"))  # quick exit

    copy = restored(domain, backup)
    assert run(copy.retrieve_full_tracker("leaving")) is None
    assert run(copy.retrieve_full_tracker("staying")) == tracker_with(domain, report_conversation(), "staying")
    copy.engine.dispose()


def test_a_backup_cannot_open_what_delete_everything_forgot(make_store, domain, data_dir, backup) -> None:
    """"Delete everything" ends in a Restarted: what came before must go from copies too, not just from here."""
    store = make_store()
    tracker = tracker_with(domain, report_conversation())
    run(store.save(tracker))
    take_backup(data_dir, backup)

    for event in [Restarted(timestamp=T0 + 30), user(CANARY_LATER, "greet", T0 + 31)]:
        tracker.update(event)
    run(store.save(tracker))

    copy = restored(domain, backup)
    assert run(copy.retrieve_full_tracker(tracker.sender_id)) is None
    kept = run(store.retrieve_full_tracker(tracker.sender_id))
    assert [e["event"] for e in event_dicts(kept)] == ["restart", "user"]  # the live store still has the rest
    copy.engine.dispose()


def test_a_backup_cannot_open_a_draft_that_expired_after_it(make_store, domain, data_dir, backup, clock) -> None:
    store = make_store(draft_ttl_hours=72)
    run(store.save(tracker_with(domain, report_conversation(), sender="left-idle")))
    take_backup(data_dir, backup)
    clock.now += 40 * 3600
    run(store.save(tracker_with(domain, session_start(clock.now), sender="still-talking")))

    clock.now = T0 + 73 * 3600
    assert store.purge_expired() == 1

    copy = restored(domain, backup)
    assert run(copy.retrieve_full_tracker("left-idle")) is None
    assert run(make_store().retrieve_full_tracker("still-talking")) is not None
    copy.engine.dispose()


def test_the_master_key_alone_opens_nothing(make_store, domain, data_dir, backup) -> None:
    """Keys are random, not derived from the master: without the key store, the database is noise."""
    run(make_store().save(tracker_with(domain, report_conversation())))
    take_backup(data_dir, backup)
    shutil.rmtree(keystore(data_dir))

    copy = restored(domain, backup)
    assert run(copy.retrieve_full_tracker(tracker_with(domain, []).sender_id)) is None
    copy.engine.dispose()


def test_day_keys_bound_what_a_recovered_key_file_can_open(make_store, domain, data_dir, backup, clock) -> None:
    """Even a conversation key file recovered from the disk (overwriting can miss on SSDs) is useless
    once its day key is shredded: a day after the day ends plus the draft lifetime, at the latest."""
    store = make_store(draft_ttl_hours=72)
    run(store.save(tracker_with(domain, report_conversation(), sender="leaving")))
    take_backup(data_dir, backup)
    recovered = {path.name: path.read_bytes() for path in keystore(data_dir).glob("conversation-*.key")}
    run(store.delete("leaving"))

    for name, data in recovered.items():  # the attacker puts the remnant back
        (keystore(data_dir) / name).write_bytes(data)
    assert run(restored(domain, backup).retrieve_full_tracker("leaving")) is not None  # the same day, it opens

    store.purge_expired(now=T0 + DAY_AND_LIFETIME)
    for name, data in recovered.items():
        (keystore(data_dir) / name).write_bytes(data)
    assert run(restored(domain, backup).retrieve_full_tracker("leaving")) is None
    assert list(keystore(data_dir).glob("day-*.key")) == []


def test_a_conversation_spanning_days_keeps_its_key_and_lets_old_day_keys_go(make_store, domain, clock) -> None:
    store = make_store(draft_ttl_hours=72)
    tracker = tracker_with(domain, report_conversation())
    run(store.save(tracker))
    for day in range(1, 6):  # someone comes back every day for five days
        clock.now = T0 + day * DAY_SECONDS
        tracker.update(user(f"day {day}: {CANARY_SLOT}", "report_incident", clock.now))
        run(store.save(tracker))
        store.purge_expired()

    assert run(store.retrieve_full_tracker(tracker.sender_id)) == tracker
    today = int(clock.now // DAY_SECONDS)
    days = sorted(int(p.name.split("-")[1]) for p in store._keys.directory.glob("day-*.key"))
    assert days == [today - 3, today - 2, today - 1, today]  # older ones can serve no live draft (72 h)
    (conversation_key,) = store._keys.directory.glob("conversation-*.key")
    assert int.from_bytes(conversation_key.read_bytes()[:8], "big") == today  # re-sealed under today's key


def test_key_files_are_private_and_hold_nothing_readable(make_store, domain, data_dir) -> None:
    run(make_store().save(tracker_with(domain, report_conversation())))
    files = list(keystore(data_dir).iterdir())
    assert {f.name.split("-")[0] for f in files} == {"day", "conversation"}
    assert stat.S_IMODE(keystore(data_dir).stat().st_mode) == 0o700
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert secrets_in(b"".join(f.read_bytes() for f in files)) == []


def test_a_tampered_key_file_is_an_error_not_an_empty_conversation(make_store, domain, data_dir) -> None:
    from bot.tracker import TrackerDecryptionError

    store = make_store()
    run(store.save(tracker_with(domain, report_conversation())))
    (key_file,) = keystore(data_dir).glob("conversation-*.key")
    data = bytearray(key_file.read_bytes())
    data[-1] ^= 1
    key_file.write_bytes(bytes(data))
    with pytest.raises(TrackerDecryptionError):
        run(store.retrieve_full_tracker(tracker_with(domain, []).sender_id))


# --- the files on disk after a delete ------------------------------------------------------------------


def test_delete_and_expiry_leave_no_ciphertext_in_the_sqlite_files(make_store, domain, data_dir, clock) -> None:
    from tests.test_tracker_store import event_blobs

    store = make_store(draft_ttl_hours=1)
    run(store.save(tracker_with(domain, report_conversation(), sender="quick-exit")))
    deleted = event_blobs(data_dir)
    run(store.delete("quick-exit"))
    clock.now += 10
    run(store.save(tracker_with(domain, report_conversation(T0 + 10), sender="idle")))
    expired = [blob for blob in event_blobs(data_dir)]
    clock.now += 7200
    store.purge_expired()

    raw = raw_sqlite_bytes(data_dir)
    assert [blob for blob in deleted + expired if blob[-16:] in raw] == []  # not even a GCM tag
    assert not Path(f"{sqlite_path(data_dir)}-journal").exists() and not Path(f"{sqlite_path(data_dir)}-wal").exists()
    assert list(keystore(data_dir).glob("conversation-*.key")) == []


def test_shred_overwrites_the_bytes_before_unlinking(tmp_path: Path) -> None:
    secret = tmp_path / "secret.key"
    secret.write_bytes(b"K" * 61)
    survivor = tmp_path / "another-name-for-the-same-blocks"
    os.link(secret, survivor)  # sees the same inode after the unlink, as a disk reader would see the blocks

    assert shred(secret) is True
    assert not secret.exists()
    assert survivor.read_bytes() == bytes(61)
    assert shred(secret) is False


# --- the master key can live outside the data directory ------------------------------------------------


@pytest.fixture
def outside_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "etc" / "tracker.key"
    path.parent.mkdir(mode=0o700)
    path.write_bytes(os.urandom(32))
    path.chmod(0o600)
    monkeypatch.setenv(TRACKER_KEY_FILE_VARIABLE, str(path))
    return path


def test_the_master_key_file_can_live_outside_the_data_directory(make_store, domain, data_dir, outside_key) -> None:
    run(make_store().save(tracker_with(domain, report_conversation())))

    assert not (data_dir / "keys" / "tracker.key").exists()  # nothing in the data dir (or its backups) opens it
    assert run(make_store().retrieve_full_tracker(tracker_with(domain, []).sender_id)) is not None
    outside_key.write_bytes(os.urandom(32))  # another master: the same database now names nothing
    assert run(make_store().retrieve_full_tracker(tracker_with(domain, []).sender_id)) is None


def test_a_missing_or_readable_outside_key_file_is_refused(make_store, data_dir, outside_key) -> None:
    outside_key.chmod(0o640)
    with pytest.raises(InvalidKeyError, match="chmod 600"):
        make_store()
    outside_key.unlink()
    with pytest.raises(InvalidKeyError, match="does not exist"):
        make_store()  # a typo or an unmounted disk must not quietly become a new key
    assert not (data_dir / "keys" / "tracker.key").exists()


def test_the_key_variable_wins_over_the_key_file_variable(make_store, domain, outside_key, monkeypatch) -> None:
    run(make_store().save(tracker_with(domain, report_conversation())))
    monkeypatch.setenv(TRACKER_KEY_VARIABLE, base64.b64encode(os.urandom(32)).decode())
    assert run(make_store().exists(tracker_with(domain, []).sender_id)) is False


# --- upgrading -----------------------------------------------------------------------------------------


def test_tables_of_the_version_before_per_conversation_keys_are_dropped(make_store, domain, data_dir) -> None:
    """Their rows were sealed under a key derived from the master: upgrading ends those drafts."""
    sqlite_path(data_dir).parent.mkdir(parents=True)
    with sa.create_engine(f"sqlite:///{sqlite_path(data_dir)}").begin() as conn:
        conn.execute(sa.text("CREATE TABLE testimony_tracker_conversations (handle VARCHAR(64) PRIMARY KEY, "
                             "last_active FLOAT NOT NULL)"))
        conn.execute(sa.text("CREATE TABLE testimony_tracker_events (handle VARCHAR(64), seq BIGINT, blob BLOB, "
                             "PRIMARY KEY (handle, seq))"))
        conn.execute(sa.text("INSERT INTO testimony_tracker_events VALUES ('h', 0, :b)"), {"b": CANARY_TEXT.encode()})

    store = make_store()
    run(store.save(tracker_with(domain, report_conversation())))

    assert run(store.retrieve_full_tracker(tracker_with(domain, []).sender_id)) is not None
    assert CANARY_TEXT.encode() not in raw_sqlite_bytes(data_dir)


# --- PostgreSQL: a restored dump, and dead rows ---------------------------------------------------------


def test_postgresql_a_restored_copy_cannot_open_a_deleted_draft(domain, data_dir) -> None:
    try:
        sa.create_engine(PG_URL).connect().close()
    except Exception as error:  # pragma: no cover - depends on the machine
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {type(error).__name__}")
    live, copy = (f"t{uuid.uuid4().hex[:12]}_" for _ in range(2))
    clock = Clock()
    store = EncryptedTrackerStore(domain=domain, host=PG_URL, table_prefix=live, clock=clock)
    restored_store = None
    try:
        run(store.save(tracker_with(domain, report_conversation(), sender="leaving")))
        run(store.save(tracker_with(domain, report_conversation(), sender="staying")))
        with store.engine.begin() as conn:  # the dump, restored elsewhere
            for table in ("conversations", "events"):
                conn.execute(sa.text(f"CREATE TABLE {copy}{table} AS SELECT * FROM {live}{table}"))

        run(store.delete("leaving"))

        restored_store = EncryptedTrackerStore(domain=domain, host=PG_URL, table_prefix=copy, clock=clock)
        assert run(restored_store.retrieve_full_tracker("leaving")) is None
        assert run(restored_store.retrieve_full_tracker("staying")) is not None
    finally:
        for made in filter(None, (store, restored_store)):
            made._metadata.drop_all(made.engine)
            made.engine.dispose()
