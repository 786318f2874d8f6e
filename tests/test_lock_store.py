"""AtomicRedisLockStore against the machine's Redis (127.0.0.1:6379; skipped, saying so, when there is none): one
server at a time holds a conversation, across processes, and a crashed holder does not block it for good."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path
from typing import Iterator

import pytest
import redis
from rasa.core.lock_store import LockError, LockStore
from rasa.utils.endpoints import EndpointConfig

from bot.tracker.lock_store import AtomicRedisLockStore
from tests.tracker_fixtures import REDIS_URL

CONVERSATION = "tg:4477009123"

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def prefix(data_dir: Path) -> Iterator[str]:
    """A key prefix of this test's own, its keys deleted afterwards; skips when Redis is not running."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:  # pragma: no cover - depends on the machine
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {type(error).__name__}")
    prefix = f"test:{uuid.uuid4().hex}:"
    yield prefix
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)


def store(prefix: str, **settings: object) -> AtomicRedisLockStore:
    return AtomicRedisLockStore(url=REDIS_URL, key_prefix=prefix, **settings)


def test_a_second_server_waits_until_the_first_gives_the_conversation_back(prefix: str) -> None:
    first, second = store(prefix), store(prefix)
    entered: list = []

    async def hold_then_give_back(release: asyncio.Event) -> None:
        async with first.lock(CONVERSATION):
            entered.append("first")
            await release.wait()

    async def take_after() -> None:
        async with second.lock(CONVERSATION):
            entered.append("second")

    async def scenario() -> None:
        release = asyncio.Event()
        holder = asyncio.create_task(hold_then_give_back(release))
        await asyncio.sleep(0.05)
        waiter = asyncio.create_task(take_after())
        await asyncio.sleep(0.3)
        assert entered == ["first"]  # still waiting
        release.set()
        await asyncio.wait_for(asyncio.gather(holder, waiter), timeout=2)

    asyncio.run(scenario())
    assert entered == ["first", "second"]


def test_two_processes_never_hold_one_conversation_at_once(prefix: str, data_dir: Path) -> None:
    """Each process reads a counter, waits, and writes it back plus one, under the lock: with two holders at
    once an increment would be lost."""
    counter, rounds = f"{prefix}counter", 40
    script = textwrap.dedent(f"""
        import asyncio, redis
        from bot.tracker.lock_store import AtomicRedisLockStore
        client = redis.Redis.from_url({REDIS_URL!r})
        locks = AtomicRedisLockStore(url={REDIS_URL!r}, key_prefix={prefix!r}, poll_seconds=0.001)
        async def main():
            for _ in range({rounds}):
                async with locks.lock({CONVERSATION!r}):
                    seen = int(client.get({counter!r}) or 0)
                    await asyncio.sleep(0.003)
                    client.set({counter!r}, seen + 1)
        asyncio.run(main())
    """)
    env = {**os.environ, "TESTIMONY_DATA_DIR": str(data_dir)}
    workers = [subprocess.Popen([sys.executable, "-c", script], env=env) for _ in range(2)]
    assert [worker.wait(timeout=100) for worker in workers] == [0, 0]
    assert int(redis.Redis.from_url(REDIS_URL).get(counter)) == 2 * rounds


def test_a_crashed_holder_blocks_the_conversation_only_for_the_lock_lifetime(prefix: str) -> None:
    crashed, survivor = store(prefix), store(prefix)
    assert crashed._take(crashed.key(CONVERSATION), "a replica that was killed", 0.3)

    async def next_message() -> None:
        async with survivor.lock(CONVERSATION, lock_lifetime=5):
            pass

    asyncio.run(asyncio.wait_for(next_message(), timeout=3))


def test_a_lock_that_stays_taken_fails_the_message_after_the_lifetime(prefix: str) -> None:
    holder, waiter = store(prefix), store(prefix)
    assert holder._take(holder.key(CONVERSATION), "a very long turn", 30)

    async def next_message() -> None:
        async with waiter.lock(CONVERSATION, lock_lifetime=0.3):
            pytest.fail("entered a conversation another server holds")

    with pytest.raises(LockError):
        asyncio.run(next_message())


def test_a_holder_whose_lock_expired_does_not_free_the_next_holders_lock(prefix: str) -> None:
    slow, fast = store(prefix), store(prefix)
    key = slow.key(CONVERSATION)
    assert slow._take(key, "slow", 0.1)
    asyncio.run(asyncio.sleep(0.2))
    assert fast._take(key, "fast", 30)
    slow._give_back(key, "slow")
    assert redis.Redis.from_url(REDIS_URL).get(key) == b"fast"


def test_redis_keys_name_no_conversation_id(prefix: str) -> None:
    locks = store(prefix)

    async def hold() -> list:
        async with locks.lock(CONVERSATION):
            return [key.decode() for key in redis.Redis.from_url(REDIS_URL).scan_iter(f"{prefix}*")]

    keys = asyncio.run(hold())
    assert keys == [locks.key(CONVERSATION)]
    assert "4477009123" not in keys[0] and "tg" not in keys[0][len(prefix):]
    assert list(redis.Redis.from_url(REDIS_URL).scan_iter(f"{prefix}*")) == []  # given back


def test_an_unreachable_redis_fails_the_message_quickly_and_clearly(data_dir: Path) -> None:
    locks = AtomicRedisLockStore(url="redis://127.0.0.1:1/0", socket_timeout=1)

    async def message() -> None:
        async with locks.lock(CONVERSATION):
            pytest.fail("handled a message without its lock")

    with pytest.raises(LockError, match="cannot be reached"):
        asyncio.run(asyncio.wait_for(message(), timeout=5))


def test_rasa_makes_this_store_from_endpoints_yml(prefix: str) -> None:
    config = EndpointConfig(url=REDIS_URL, type="bot.tracker.lock_store.AtomicRedisLockStore",
                            key_prefix=prefix, poll_seconds=0.01)
    made = LockStore.create(config)
    assert isinstance(made, AtomicRedisLockStore)
    assert (made.key_prefix, made.poll_seconds) == (prefix, 0.01)
