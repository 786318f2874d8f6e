"""The report store in PostgreSQL (bot.reports.objects.PostgresObjects), for servers that file into one store
(issue 14): the same envelopes and the same guarantees as the file store, ciphertext only in the database, one
report per draft however many servers file it at once, a database that fails costs a FilingError and a retry,
and staff `pull` the sealed objects to read them with the usual tools.

On this machine's PostgreSQL, in a database of each test's own; skipped, saying why, only when it is not running.
"""
from __future__ import annotations

import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator

import pytest
import sqlalchemy as sa

from bot.reports import FilingError, ReportStore
from bot.reports.objects import TABLE, FileObjects, PostgresObjects, pull
from bot.reports.reader import ReportReader
from bot.settings import DataLayout
from tests.crypto_fixtures import (FAST_SCRYPT, Keys, make_team_keys, run_staff, sample_report, scrypt_derivations,
                                   staff_env)
from tests.tracker_fixtures import PG_URL, drop_postgresql_database, postgresql_url

CANARY = "the canary sang under the bridge at Kherson at dawn"


@pytest.fixture
def database() -> Iterator[str]:
    try:
        with sa.create_engine(PG_URL).connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError as error:  # pragma: no cover - depends on the machine
        pytest.skip(f"the report store's PostgreSQL tests need PostgreSQL at {PG_URL}: {type(error).__name__}")
    name = f"testimony_reports_{uuid.uuid4().hex[:12]}"
    try:
        yield postgresql_url(name)
    finally:
        drop_postgresql_database(name)


@pytest.fixture
def keys(tmp_path: Path, fast_scrypt: object) -> Keys:
    return make_team_keys(tmp_path / "server", ["team"])


def server_store(tmp_path: Path, url: str) -> ReportStore:
    """A server's store: keys in its data directory, reports in the database (its own engine, as each server
    process has)."""
    return ReportStore(tmp_path / "server", scrypt=FAST_SCRYPT, objects=PostgresObjects(url))


def rows(url: str) -> dict:
    with sa.create_engine(url).connect() as connection:
        return {name: bytes(body) for name, body in connection.execute(sa.text(f"SELECT name, body FROM {TABLE}"))}


def test_filing_keeps_only_ciphertext_in_the_database_and_nothing_on_the_servers_disk(
        tmp_path: Path, database: str, keys: Keys) -> None:
    store = server_store(tmp_path, database)
    receipt = store.file(sample_report(CANARY), idempotency_key="draft-1")
    store.add_to_report(receipt.reference, receipt.followup_code, {"note": CANARY + " again"})

    stored = rows(database)
    assert f"reports/{receipt.reference}/report.tse" in stored
    assert f"reports/{receipt.reference}/addenda/0001.tse" in stored
    assert {"index/ledger.log", "index/ledger-head.json"} <= set(stored)
    assert not any(name.startswith("spool/") for name in stored), "delivered, not left in the spool"
    for body in stored.values():
        for needle in (CANARY, "Kherson", receipt.followup_code.replace(" ", "")):
            assert needle.encode() not in body
    layout = DataLayout.for_root(tmp_path / "server")
    assert not [path for base in (layout.reports_dir, layout.spool_dir, layout.root / "index")
                for path in base.rglob("*") if path.is_file()]


def test_a_draft_filed_again_or_by_many_servers_at_once_is_one_report(tmp_path: Path, database: str,
                                                                      keys: Keys) -> None:
    first = server_store(tmp_path, database).file(sample_report(), idempotency_key="draft-1")
    again = server_store(tmp_path, database).file(sample_report(), idempotency_key="draft-1")
    assert (again.reference, again.followup_code, again.newly_filed) == (first.reference, first.followup_code,
                                                                         False)
    stores = [server_store(tmp_path, database) for _ in range(6)]  # six processes' worth of sessions
    with ThreadPoolExecutor(max_workers=6) as pool:
        receipts = list(pool.map(lambda store: store.file(sample_report(), idempotency_key="draft-2"), stores))
    assert len({(receipt.reference, receipt.followup_code) for receipt in receipts}) == 1
    assert sum(receipt.newly_filed for receipt in receipts) == 1
    reports = sorted(name for name in rows(database) if name.endswith("/report.tse"))
    assert reports == sorted(f"reports/{reference}/report.tse"
                             for reference in (first.reference, receipts[0].reference))
    ledger = rows(database)["index/ledger.log"].decode().splitlines()
    assert len(ledger) == 2, ledger  # each envelope recorded once


def test_a_follow_up_opens_the_report_from_any_server(tmp_path: Path, database: str, keys: Keys) -> None:
    receipt = server_store(tmp_path, database).file(sample_report(), idempotency_key="draft-1")
    other_server = server_store(tmp_path, database)
    assert other_server.withdraw_consent(receipt.reference, receipt.followup_code, "sharing") == receipt.reference
    assert other_server.add_to_report(receipt.reference, receipt.followup_code, {"note": "more"})
    names = sorted(name for name in rows(database) if "/addenda/" in name)
    assert names == [f"reports/{receipt.reference}/addenda/0001.tse", f"reports/{receipt.reference}/addenda/0002.tse"]


def test_a_verifier_prepared_by_one_server_is_used_by_the_server_that_files(
        tmp_path: Path, database: str, keys: Keys, monkeypatch: pytest.MonkeyPatch) -> None:
    server_store(tmp_path, database).prepare("draft-1")
    [name] = [name for name in rows(database) if name.startswith("index/prepared/")]
    prepared_salt = json.loads(rows(database)[name])["salt"]
    other_server = server_store(tmp_path, database)
    derivations = scrypt_derivations(monkeypatch)
    receipt = other_server.file(sample_report(), idempotency_key="draft-1")
    assert derivations == []
    stored = rows(database)
    assert not any(name.startswith("index/prepared/") for name in stored)
    [verifier] = [json.loads(body) for name, body in stored.items() if name.startswith("index/followup/")]
    assert verifier["salt"] == prepared_salt and verifier["reference"] == receipt.reference
    assert server_store(tmp_path, database).add_to_report(receipt.reference, receipt.followup_code, {"n": 1})


def database_admin(statement: str) -> None:
    with sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT").connect() as connection:
        connection.execute(sa.text(statement))


def test_a_database_that_goes_away_is_a_filing_error_and_the_retry_files_once(tmp_path: Path, database: str,
                                                                             keys: Keys) -> None:
    store = server_store(tmp_path, database)
    name = sa.engine.make_url(database).database
    database_admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    try:
        database_admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
        with pytest.raises(FilingError):
            store.file(sample_report(), idempotency_key="draft-1")
    finally:
        database_admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    receipt = store.file(sample_report(), idempotency_key="draft-1")
    assert receipt.newly_filed
    assert [name for name in rows(database) if name.endswith(".tse")] == [f"reports/{receipt.reference}/report.tse"]


def test_staff_pull_the_sealed_objects_and_read_and_verify_them_with_the_usual_tools(
        tmp_path: Path, database: str, keys: Keys) -> None:
    store = server_store(tmp_path, database)
    receipt = store.file(sample_report(CANARY), idempotency_key="draft-1")
    store.add_to_report(receipt.reference, receipt.followup_code, {"note": "added later"})
    staff_dir = tmp_path / "staff"
    make_team_keys(staff_dir, ["unused"])  # a staff machine's own data directory...
    for key in (staff_dir / "keys").iterdir():  # ...holding the team's recipient list and private key
        key.write_bytes((tmp_path / "server" / "keys" / key.name).read_bytes())
    env = staff_env(staff_dir, TESTIMONY_REPORT_STORE_URL=database)
    key_args = ("--key", str(keys["team"][1]))

    pulled = run_staff(staff_dir, "pull", env=env)
    assert pulled.returncode == 0, pulled.stderr
    assert ReportReader(staff_dir).references() == [receipt.reference]
    shown = run_staff(staff_dir, "show", receipt.reference, "--json", *key_args, env=env)
    assert shown.returncode == 0, shown.stderr
    assert CANARY in shown.stdout and "added later" in shown.stdout
    verified = run_staff(staff_dir, "verify", *key_args, env=env)
    assert verified.returncode == 0, verified.stdout + verified.stderr

    again = run_staff(staff_dir, "pull", env=env)
    assert again.returncode == 0 and "Copied 0 " in again.stdout, again.stdout + again.stderr


def test_pull_copies_nothing_from_a_database_holding_a_name_no_store_makes(tmp_path: Path, database: str,
                                                                          keys: Keys) -> None:
    server_store(tmp_path, database).file(sample_report(), idempotency_key="draft-1")
    with sa.create_engine(database, isolation_level="AUTOCOMMIT").connect() as connection:
        connection.execute(sa.text(f"INSERT INTO {TABLE} (name, body) VALUES ('reports/../../outside', 'x')"))
    target = FileObjects(DataLayout.for_root(tmp_path / "staff"))
    with pytest.raises(ValueError, match="names no store makes"):
        pull(PostgresObjects(database, create=False), target)
    assert not (tmp_path / "outside").exists()
    assert not (tmp_path / "staff").exists() or not any((tmp_path / "staff").rglob("*.tse"))


def test_a_reply_written_into_the_database_reaches_the_reporter_through_another_server(
        database: str, keys: Keys, tmp_path: Path) -> None:
    from bot.reports.replies import write_reply

    receipt = server_store(tmp_path, database).file(sample_report(), "conversation-1")
    staff = tmp_path / "staff"
    pull(PostgresObjects(database, create=False), FileObjects(DataLayout.for_root(staff)))
    opened = ReportReader(staff).open(receipt.reference, [identity for identity, _ in keys.values()])
    write_reply(PostgresObjects(database, create=False), receipt.reference, opened.reply_public_key,
                "We read your report. Thank you.", "en", keys["team"][0])
    other = server_store(tmp_path, database)  # its own engine, as another server process has
    replies = other.replies(other.open_follow_up(receipt.reference, receipt.followup_code))
    assert [r.text for r in replies] == ["We read your report. Thank you."]
    assert all(b"We read your report" not in body for body in rows(database).values())
    assert any(name.startswith("index/replies/") for name in rows(database))
