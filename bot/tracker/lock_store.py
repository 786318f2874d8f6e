"""A Redis lock store under which one Rasa server at a time handles a conversation, whichever replica a message
reaches.

Rasa's RedisLockStore hands out tickets by reading the conversation's lock, adding a ticket and writing the lock
back: three steps that another server can interleave (RasaHQ/rasa#9213). Two replicas may then both believe
they hold the conversation, and the one that saves last stores a tracker without the other's events: a message
of the account is lost. This store takes the lock with one atomic command, `SET key token NX PX lifetime`, and
gives it back only while it still holds it (a compare-and-delete script), so two messages of one conversation
are handled one after the other. Which of two messages sent at the same moment goes first is not defined.

The key is the tracker store's pseudonymous handle of the conversation (an HMAC under the tracker secret),
never the conversation id: a Telegram id or a phone number does not belong in Redis.

    lock_store:
      type: bot.tracker.lock_store.AtomicRedisLockStore
      url: redis://127.0.0.1:6379/0

If Redis cannot be reached the message is not handled (LockError), and the channel answers calmly: handling it
unlocked could lose another message of the same conversation.
"""
from __future__ import annotations

import asyncio
import logging
import secrets
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Optional, Text

import redis
from rasa.core.lock_store import DEFAULT_SOCKET_TIMEOUT_IN_SECONDS, LOCK_LIFETIME, LockError, LockStore
from rasa.utils.endpoints import EndpointConfig

from bot import settings
from bot.tracker.config import TrackerStoreConfigError, tracker_secret
from bot.tracker.sealing import ConversationNames

logger = logging.getLogger(__name__)

DEFAULT_URL = "redis://127.0.0.1:6379/0"
DEFAULT_KEY_PREFIX = "testimony:lock:"
# How often a waiting message asks again: a turn takes tens to hundreds of milliseconds.
DEFAULT_POLL_SECONDS = 0.02
RELEASE_IF_HELD = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"


class AtomicRedisLockStore(LockStore):
    """Rasa's LockStore interface with one atomic Redis lock per conversation (see the module's docstring)."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, url: Optional[Text] = None,
                 key_prefix: Text = DEFAULT_KEY_PREFIX, poll_seconds: Any = DEFAULT_POLL_SECONDS,
                 socket_timeout: Any = DEFAULT_SOCKET_TIMEOUT_IN_SECONDS) -> None:
        """Rasa passes endpoints.yml's `lock_store` section as `endpoint_config` (its `url`, and the other keys
        as settings); `url` and the keywords are for constructing the store directly."""
        options = dict(endpoint_config.kwargs) if endpoint_config else {}
        url = url or (endpoint_config.url if endpoint_config else None) or DEFAULT_URL
        self.key_prefix = str(options.pop("key_prefix", key_prefix))
        self.poll_seconds = float(options.pop("poll_seconds", poll_seconds))
        timeout = float(options.pop("socket_timeout", socket_timeout))
        if options:
            logger.warning("Ignoring unknown lock store settings: %s", sorted(options))
        try:
            self._redis = redis.Redis.from_url(settings.expand_variables(url), socket_timeout=timeout,
                                               socket_connect_timeout=timeout)
        except ValueError as error:
            raise TrackerStoreConfigError(f"lock store url is not a Redis url: {error}") from error
        self._release = self._redis.register_script(RELEASE_IF_HELD)
        self._names = ConversationNames(tracker_secret())

    def key(self, conversation_id: Text) -> Text:
        """The Redis key of a conversation's lock: its pseudonymous handle, never its id."""
        return f"{self.key_prefix}{self._names.handle(str(conversation_id))}"

    @asynccontextmanager
    async def lock(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = 1) -> AsyncGenerator[None, None]:
        """Hold the conversation for at most `lock_lifetime` seconds, waiting as long for it if another server
        holds it; LockError if it stays taken or Redis cannot be reached. (`wait_time_in_seconds`, Rasa's pause
        between tries, is replaced by the shorter `poll_seconds`.)"""
        key, token = self.key(conversation_id), secrets.token_hex(16)
        deadline = time.monotonic() + lock_lifetime
        while not self._take(key, token, lock_lifetime):
            if time.monotonic() >= deadline:
                raise LockError("A conversation's lock stayed taken for the whole lock lifetime.")
            await asyncio.sleep(self.poll_seconds)
        try:
            yield
        finally:
            self._give_back(key, token)

    def _take(self, key: Text, token: Text, lifetime: float) -> bool:
        try:
            return bool(self._redis.set(key, token, nx=True, px=max(1, int(lifetime * 1000))))
        except redis.RedisError as error:
            raise LockError(f"The lock store cannot be reached ({type(error).__name__}).") from error

    def _give_back(self, key: Text, token: Text) -> None:
        """Delete the lock if this holder still has it; one that expired meanwhile may be someone else's now."""
        try:
            self._release(keys=[key], args=[token])
        except redis.RedisError as error:
            # It expires on its own after the lock lifetime; the message itself was handled.
            logger.warning("Could not give back a conversation's lock (%s).", type(error).__name__)
