"""The production shape, as `make run-prod` starts it, on this machine's PostgreSQL and Redis: two Rasa replicas
and two action servers behind HAProxy, with endpoints.production.yml (issue 14). Two messages of one conversation
that reach the two replicas at the same moment are both kept, once each; dropped database connections cost at most
a retry; a replica that is killed costs the conversation nothing, and the balancer routes around it.

Skipped, saying why, only when PostgreSQL or Redis is not running here (`make test` installs HAProxy).
"""
from __future__ import annotations

import asyncio
import json
import os
import signal
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator, List, NamedTuple

import pytest
import redis
import sqlalchemy as sa
from rasa.shared.core.domain import Domain

from bot import catalog, settings
from bot.launcher.servers import Server
from bot.tracker import EncryptedTrackerStore
from tests.assistant import RunningAssistant, start_assistant, texts
from tests.conversation_driver import start_and_consent
from tests.helpers import PROJECT_ROOT, stored_account
from tests.tracker_fixtures import PG_URL, REDIS_URL, drop_postgresql_database, postgresql_url

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

PARTS = [("at the checkpoint they split the men from the women", "the men were driven towards the quarry"),
         ("my neighbour Ahmad was among them with his two sons", "a soldier with a red scarf gave the orders"),
         ("we heard shooting from the quarry that evening", "the next morning the trucks returned without them")]


class Replicas(NamedTuple):
    assistant: RunningAssistant  # its rasa_url is the balancer's
    database: str
    database_url: str

    def replica(self, number: int) -> Server:
        return next(server for server in self.assistant.servers.running if server.name == f"Rasa replica {number}")


def reachable_or_skip() -> None:
    try:
        with sa.create_engine(PG_URL).connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except (sa.exc.SQLAlchemyError, redis.RedisError) as error:  # pragma: no cover - depends on the machine
        pytest.skip(f"the production shape needs PostgreSQL ({PG_URL}) and Redis ({REDIS_URL}): "
                    f"{type(error).__name__}")


@pytest.fixture(scope="module")
def replicas(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replicas]:
    reachable_or_skip()
    name = f"testimony_replicas_{uuid.uuid4().hex[:12]}"
    database_url = postgresql_url(name)  # created by the servers' tracker store, as `make run-prod`'s is
    production = {"TESTIMONY_ENDPOINTS": "endpoints.production.yml", "TESTIMONY_DATABASE_URL": database_url,
                  "TESTIMONY_REDIS_URL": REDIS_URL, "RASA_REPLICAS": "2"}
    try:
        assistant = start_assistant(tmp_path_factory.mktemp("replicas"), trained_model, extra_env=production)
        try:
            yield Replicas(assistant, name, database_url)
        finally:
            assistant.stop()
    finally:
        drop_postgresql_database(name)


def stored_events(replicas: Replicas, sender: str) -> List[dict]:
    """The conversation as the shared tracker store holds it, read with the assistant's keys."""
    with settings.use(settings.Settings(data_dir=replicas.assistant.data_dir)):
        store = EncryptedTrackerStore(Domain.load(PROJECT_ROOT / "domain.yml"), host=replicas.database_url)
        try:
            tracker = asyncio.run(store.retrieve_full_tracker(replicas.assistant.conversation_id(sender)))
        finally:
            store.engine.dispose()
    return [event.as_dict() for event in tracker.events]


def test_two_messages_at_two_replicas_at_once_are_both_kept_once(replicas: Replicas) -> None:
    assistant, sender = replicas.assistant, "two-at-once"
    start_and_consent(assistant, sender)
    assert texts(assistant.send(sender, "soldiers came to our village before dawn"))
    said_before = [event for event in stored_events(replicas, sender) if event.get("event") == "user"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        for to_first, to_second in PARTS:
            sent = [pool.submit(assistant.send, sender, to_first),
                    pool.submit(assistant.send, sender, to_second, via=replicas.replica(2).url)]
            assert all(texts(reply.result(timeout=300)) for reply in sent)

    events = stored_events(replicas, sender)
    said = [event["text"] for event in events if event.get("event") == "user"]
    account = stored_account(events) or ""
    for part in [text for pair in PARTS for text in pair]:
        assert said.count(part) == 1, said
        assert account.count(part) == 1, account
    assert len(said) == len(said_before) + 2 * len(PARTS), said  # nothing lost, nothing twice


def database_admin(statement: str, **values: str) -> None:
    with sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(sa.text(statement), values)


def test_a_database_restart_gets_a_calm_try_again_and_loses_nothing(replicas: Replicas) -> None:
    """What a PostgreSQL restart looks like from the servers: every connection they hold is dropped, and for a
    moment no new one is accepted. The message is refused with "please try again" (never answered as if the
    conversation were new, which would then be saved over the draft), and sent again it joins the account."""
    assistant, sender = replicas.assistant, "database-restarted"
    start_and_consent(assistant, sender)
    told = [pair[1] for pair in PARTS]
    assert texts(assistant.send(sender, told[0]))
    database_admin(f'ALTER DATABASE "{replicas.database}" ALLOW_CONNECTIONS false')
    try:
        database_admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name",
                       name=replicas.database)
        body = json.dumps({"sender": assistant.session_token(sender), "message": told[1]}).encode()
        status, answer = assistant.post_raw(body)
        assert status == 503 and "try again" in json.loads(answer)["error"], (status, answer)
    finally:
        database_admin(f'ALTER DATABASE "{replicas.database}" ALLOW_CONNECTIONS true')

    status, answer = assistant.post_raw(body)  # sent again, as the widget offers
    assert status == 200 and texts(answer), (status, answer)
    assert stored_account(stored_events(replicas, sender)) == "\n".join(told[:2])


def test_a_killed_replica_costs_the_conversation_nothing(replicas: Replicas) -> None:
    """Runs last in this module: it kills the second replica. The next messages, through the balancer, go on
    from the same question with every earlier answer, whichever replica the balancer would have chosen."""
    assistant, sender = replicas.assistant, "replica-killed"
    start_and_consent(assistant, sender)
    told = [pair[0] for pair in PARTS] + [pair[1] for pair in PARTS]
    second = replicas.replica(2)
    assert texts(assistant.send(sender, told[0], via=second.url))
    os.kill(second.process.pid, signal.SIGKILL)
    second.process.wait()

    anything_else = [catalog.responses("en")[response][0]["text"].strip()
                     for response in ("utter_ask_narrative_done", "utter_ask_narrative_done_choice")]
    for part in told[1:]:
        going_on = texts(assistant.send(sender, part))
        assert any(prompt in going_on for prompt in anything_else), going_on
    assert stored_account(stored_events(replicas, sender)) == "\n".join(told)
    assert assistant.servers.first_stopped() is second  # the launcher's supervisor would now start it again
