"""The production shape, as `make run-prod` starts it, on this machine's PostgreSQL and Redis: two Rasa replicas
and two action servers behind HAProxy, with endpoints.production.yml (issue 14). Two messages of one conversation
that reach the two replicas at the same moment are both kept, once each; dropped database connections cost at most
a retry; Redis going down costs at most a retry; a replica that is killed costs the conversation nothing: the
balancer routes around it and the launcher's supervisor starts it again.

PostgreSQL and the lock store's Redis are servers of the module's own (this machine's PostgreSQL and redis-server,
a fresh cluster and a server on free ports), so that they can be restarted and stopped without touching the ones
other tests use. Skipped, saying why, only when PostgreSQL or Redis is not installed here (`make test` installs
HAProxy).
"""
from __future__ import annotations

import asyncio
import json
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator, List, NamedTuple, Optional

import pytest
import redis
import sqlalchemy as sa
from rasa.shared.core.domain import Domain

from bot import catalog, settings
from bot.launcher import free_port
from bot.launcher.servers import RestartBudget, Server
from bot.tracker import EncryptedTrackerStore
from tests.assistant import RunningAssistant, start_assistant, texts
from tests.conversation_driver import reach_confirmation, receipt_in, start_and_consent
from tests.crypto_fixtures import run_staff
from tests.helpers import PROJECT_ROOT, stored_account

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

PARTS = [("at the checkpoint they split the men from the women", "the men were driven towards the quarry"),
         ("my neighbour Ahmad was among them with his two sons", "a soldier with a red scarf gave the orders"),
         ("we heard shooting from the quarry that evening", "the next morning the trucks returned without them")]


class LockRedis:
    """A redis-server of the tests' own, which can be stopped and started again on the same port."""

    def __init__(self, folder: Path) -> None:
        self.port, self.folder = free_port(), folder
        self.process: Optional[subprocess.Popen] = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [str(shutil.which("redis-server")), "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while True:
            try:
                redis.Redis.from_url(self.url, socket_connect_timeout=1).ping()
                return
            except redis.RedisError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


class OwnPostgres:
    """A PostgreSQL server of the tests' own: a fresh cluster made with this machine's initdb, on a free port, which
    can be stopped and started again (a real restart: every connection dropped, none accepted while it is down).
    PostgreSQL refuses to run as root, so as root it runs as the `postgres` user."""

    DATABASE = "testimony"

    def __init__(self) -> None:
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="testimony-postgres-"))  # not under pytest's root-only folder
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_owner:
            shutil.chown(self.folder, "postgres")
        self.run("initdb", "--pgdata", str(self.folder / "data"), "--auth", "trust", "--username", "postgres",
                 "--no-sync")

    @property
    def url(self) -> str:
        """The database the servers use, which the tracker store creates, as `make run-prod`'s is."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{self.DATABASE}"

    def run(self, program: str, *arguments: str) -> None:
        subprocess.run([*self.as_owner, str(shutil.which(program)), *arguments], check=True, capture_output=True,
                       timeout=120)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run("pg_ctl", "--pgdata", str(self.folder / "data"), "--options", options, "--wait",
                 "--log", str(self.folder / "log"), "start")

    def stop(self) -> None:
        """A fast shutdown, as a restart does it: open transactions rolled back, connections closed."""
        self.run("pg_ctl", "--pgdata", str(self.folder / "data"), "--mode", "fast", "--wait", "stop")

    def remove(self) -> None:
        subprocess.run([*self.as_owner, str(shutil.which("pg_ctl")), "--pgdata", str(self.folder / "data"),
                        "--mode", "immediate", "stop"], capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


class Replicas(NamedTuple):
    assistant: RunningAssistant  # its rasa_url is the balancer's
    postgres: OwnPostgres
    lock_redis: LockRedis

    def replica(self, number: int) -> Server:
        return next(server for server in self.assistant.servers.running if server.name == f"Rasa replica {number}")


def installed_or_skip() -> None:
    missing = [program for program in ("initdb", "pg_ctl", "redis-server") if shutil.which(program) is None]
    if missing:  # pragma: no cover - depends on the machine
        pytest.skip(f"the production shape's tests start a PostgreSQL and a Redis of their own: {missing} not found")
    if os.geteuid() == 0:  # pragma: no cover - depends on the machine
        if shutil.which("runuser") is None:
            pytest.skip("PostgreSQL does not run as root, and runuser (to run it as postgres) is not installed")
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("PostgreSQL does not run as root, and there is no postgres user to run it as")


@pytest.fixture(scope="module")
def replicas(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replicas]:
    installed_or_skip()
    postgres = OwnPostgres()
    lock_redis = LockRedis(tmp_path_factory.mktemp("redis"))
    try:
        postgres.start()
        lock_redis.start()
        production = {"TESTIMONY_ENDPOINTS": "endpoints.production.yml", "TESTIMONY_DATABASE_URL": postgres.url,
                      "TESTIMONY_REPORT_STORE_URL": postgres.url, "TESTIMONY_REDIS_URL": lock_redis.url,
                      "RASA_REPLICAS": "2"}  # as `make run-prod` sets them
        assistant = start_assistant(tmp_path_factory.mktemp("replicas"), trained_model, extra_env=production)
        try:
            yield Replicas(assistant, postgres, lock_redis)
        finally:
            assistant.stop()
    finally:
        lock_redis.stop()
        postgres.remove()


def stored_events(replicas: Replicas, sender: str) -> List[dict]:
    """The conversation as the shared tracker store holds it, read with the assistant's keys."""
    with settings.use(settings.Settings(data_dir=replicas.assistant.data_dir)):
        store = EncryptedTrackerStore(Domain.load(PROJECT_ROOT / "domain.yml"), host=replicas.postgres.url)
        try:
            tracker = asyncio.run(store.retrieve_full_tracker(replicas.assistant.conversation_id(sender)))
        finally:
            store.engine.dispose()
    return [event.as_dict() for event in tracker.events]


def test_two_messages_at_two_replicas_at_once_are_both_kept_once(replicas: Replicas) -> None:
    """Each pair is sent straight to the two replicas, released together, and both are in flight at the same
    time: the conversation's lock makes one wait for the other, and both are stored, once each, in the account."""
    assistant, sender = replicas.assistant, "two-at-once"
    start_and_consent(assistant, sender)
    assert texts(assistant.send(sender, "soldiers came to our village before dawn"))
    said_before = [event for event in stored_events(replicas, sender) if event.get("event") == "user"]
    together = threading.Barrier(2)

    def send(text: str, replica: int) -> tuple:
        together.wait(timeout=60)
        began = time.monotonic()
        answer = assistant.send(sender, text, via=replicas.replica(replica).url)
        return began, time.monotonic(), answer

    with ThreadPoolExecutor(max_workers=2) as pool:
        for to_first, to_second in PARTS:
            sent = [pool.submit(send, to_first, 1), pool.submit(send, to_second, 2)]
            (began_1, ended_1, answer_1), (began_2, ended_2, answer_2) = [reply.result(timeout=300)
                                                                         for reply in sent]
            assert texts(answer_1) and texts(answer_2)
            assert max(began_1, began_2) < min(ended_1, ended_2), "the two were not in flight together"

    events = stored_events(replicas, sender)
    said = [event["text"] for event in events if event.get("event") == "user"]
    account = stored_account(events) or ""
    for part in [text for pair in PARTS for text in pair]:
        assert said.count(part) == 1, said
        assert account.count(part) == 1, account
    assert len(said) == len(said_before) + 2 * len(PARTS), said  # nothing lost, nothing twice


def test_a_database_restart_gets_a_calm_try_again_and_loses_nothing(replicas: Replicas) -> None:
    """PostgreSQL is restarted mid-conversation: every connection the servers hold is dropped, and while it is down
    none is accepted. The message sent then is refused with "please try again" (never answered as if the
    conversation were new, which would then be saved over the draft), and sent again once it is up it joins the
    account."""
    assistant, sender = replicas.assistant, "database-restarted"
    start_and_consent(assistant, sender)
    told = [pair[1] for pair in PARTS]
    assert texts(assistant.send(sender, told[0]))
    replicas.postgres.stop()
    try:
        body = json.dumps({"sender": assistant.session_token(sender), "message": told[1]}).encode()
        status, answer = assistant.post_raw(body)
        assert status == 503 and "try again" in json.loads(answer)["error"], (status, answer)
        assert assistant.servers.first_stopped() is None  # refused calmly, nothing crashed
    finally:
        replicas.postgres.start()

    status, answer = assistant.post_raw(body)  # sent again, as the widget offers
    assert status == 200 and texts(answer), (status, answer)
    assert stored_account(stored_events(replicas, sender)) == "\n".join(told[:2])


def test_a_report_filed_through_the_replicas_is_sealed_into_the_database_once(replicas: Replicas) -> None:
    """Filed through the balancer (either action server may seal it), sent twice as an impatient person would:
    one report, in PostgreSQL only, which staff pull and open with the usual tools."""
    assistant, sender = replicas.assistant, "files-in-production"
    start_and_consent(assistant, sender)
    reach_confirmation(assistant, sender, PARTS[0][0], PARTS[0][1])
    with ThreadPoolExecutor(max_workers=2) as pool:
        sent = [pool.submit(assistant.post_message, sender, "/affirm", via) for via in
                (None, replicas.replica(2).url)]
        answers = [future.result(timeout=300) for future in sent]
    receipts = [receipt_in(texts(answer)) for status, answer in answers if status == 200]
    references = {receipt["reference"] for receipt in receipts if receipt["reference"]}
    assert len(references) == 1, answers
    (reference,) = references

    with sa.create_engine(replicas.postgres.url).connect() as conn:
        sealed = [row[0] for row in conn.execute(sa.text(
            "SELECT name FROM testimony_report_objects WHERE name LIKE '%.tse'"))]
    assert sealed == [f"reports/{reference}/report.tse"]
    assert not list((assistant.data_dir / "reports").rglob("*.tse"))
    staff = dict(assistant.env, TESTIMONY_REPORT_STORE_URL=replicas.postgres.url)
    pulled = run_staff(assistant.data_dir, "pull", env=staff)
    assert pulled.returncode == 0, pulled.stderr
    shown = run_staff(assistant.data_dir, "show", reference, "--json", env=staff, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert all(part in shown.stdout for part in PARTS[0]), shown.stdout


def test_redis_down_gets_a_calm_try_again_and_corrupts_nothing(replicas: Replicas) -> None:
    """With the lock store gone no message is handled unlocked (two at once could then interleave): each is
    refused with "please try again", at both replicas; with Redis back, the conversation goes on with every answer
    and the refused messages, sent again, are kept once each."""
    assistant, sender = replicas.assistant, "redis-down"
    start_and_consent(assistant, sender)
    told = [pair[0] for pair in PARTS]
    assert texts(assistant.send(sender, told[0]))
    replicas.lock_redis.stop()
    try:
        for part, via in zip(told[1:], (None, replicas.replica(2).url)):
            status, answer = assistant.post_message(sender, part, via=via)
            assert status == 503 and "try again" in json.loads(answer)["error"], (status, answer)
        assert assistant.servers.first_stopped() is None  # refused calmly, nothing crashed
    finally:
        replicas.lock_redis.start()  # an empty Redis, as after a restart without persistence

    for part in told[1:]:
        assert texts(assistant.send(sender, part))  # sent again, as the widget offers
    said = [event["text"] for event in stored_events(replicas, sender) if event.get("event") == "user"]
    assert [said.count(part) for part in told] == [1] * len(told), said
    assert stored_account(stored_events(replicas, sender)) == "\n".join(told)


class OnlyRestarts(RestartBudget):
    """The launcher's restart budget, allowing one restart of one server: the others are stopped by the module's
    teardown, and must not be started again behind its back."""

    def __init__(self, name: str) -> None:
        super().__init__(limit=1)
        self.name = name

    def allows(self, name: str, now: float) -> bool:
        return name == self.name and super().allows(name, now)


def test_a_killed_replica_costs_the_conversation_nothing_and_is_started_again(replicas: Replicas) -> None:
    """Runs last in this module. The second replica is killed mid-conversation, under the launcher's supervisor
    (as `make run-prod` runs it). The next messages, through the balancer, go on from the same question with every
    earlier answer, whichever replica the balancer would have chosen, while the supervisor starts it again; it says
    which server died and how, and the restarted replica goes on with the same conversation."""
    assistant, sender = replicas.assistant, "replica-killed"
    start_and_consent(assistant, sender)
    told = [pair[0] for pair in PARTS] + [pair[1] for pair in PARTS]
    second = replicas.replica(2)
    said: List[str] = []
    threading.Thread(target=assistant.servers.supervise, args=(said.append,),
                     kwargs={"poll": 0.2, "budget": OnlyRestarts(second.name)}, daemon=True).start()
    assert texts(assistant.send(sender, told[0], via=second.url))
    os.kill(second.process.pid, signal.SIGKILL)

    anything_else = [catalog.responses("en")[response][0]["text"].strip()
                     for response in ("utter_ask_narrative_done", "utter_ask_narrative_done_choice")]

    def goes_on(part: str, via: Optional[str] = None) -> None:
        status, answer = assistant.post_message(sender, part, via=via)
        assert status == 200 and any(prompt in texts(answer) for prompt in anything_else), (status, answer)

    for part in told[1:-1]:
        goes_on(part)
    deadline = time.monotonic() + 300
    while f"{second.name} is running again." not in said and time.monotonic() < deadline:
        time.sleep(0.5)
    assert said == [f"{second.name} stopped unexpectedly (killed by SIGKILL); restarting it.",
                    f"{second.name} is running again."], said
    goes_on(told[-1], via=second.url)
    assert stored_account(stored_events(replicas, sender)) == "\n".join(told)
