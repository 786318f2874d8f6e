"""Conversation ids are made by the server, so nobody can name, and so join, another person's conversation.

Rasa finds a conversation by its sender id alone. If a channel passed on what the client or platform sent,
anyone who knows a person's phone number or chat id could post it to the REST webhook and read or steer
their draft. So every id Rasa sees is made here:

* messaging: `tg:`, `wa:` or `fb:` followed by an HMAC of the platform id under a key derived from the
  server secret (`<data>/keys/server-secret`). The platform id itself never reaches Rasa, the tracker store
  or the logs, and no id a client can send to another channel names one of these conversations;
* website: `web:` followed by a random session id the server chose, carried by the widget inside a signed
  session token (`SessionTokens`) that expires. The REST channel accepts nothing else as a sender.

Neither prefix can be produced by the other kind: a web id is only ever made from a verified token.
"""
from __future__ import annotations

import base64
import hmac
import secrets
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from bot import settings
from bot.crypto.kdf import hkdf_sha256
from bot.crypto.secretbox import keyed_hash
from bot.crypto.server_secret import load_or_create_secret

WEB_PREFIX = "web"
TOKEN_VERSION = "v1"
SESSION_ID_BYTES = 16
# A session token lasts half a day; the widget renews it (same conversation) while the tab is open.
SESSION_TTL_SECONDS = 12 * 3600
_PLATFORM_IDS_INFO = b"testimony/v1/channel-conversation-ids"
_SESSION_TOKENS_INFO = b"testimony/v1/web-session-tokens"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class ConversationIds:
    """Keyed conversation ids for platform ids: stable across restarts, unlinkable without the server secret."""

    def __init__(self, server_secret: bytes) -> None:
        self._key = hkdf_sha256(server_secret, _PLATFORM_IDS_INFO)

    def for_platform(self, prefix: str, platform_id: str) -> str:
        """`prefix:` and 32 hex digits; the prefix is also inside the HMAC, so channels never share an id."""
        digest = keyed_hash(self._key, f"{prefix}\x00{platform_id}".encode("utf-8"))
        return f"{prefix}:{digest[:32]}"


class InvalidSession(ValueError):
    """The sender is not a live session token this server issued; the text says why, for the client."""


@dataclass(frozen=True)
class Session:
    """A web session: the token the widget sends, the conversation it names, and when it stops working."""

    token: str
    conversation_id: str
    expires_at: int


class SessionTokens:
    """Signed, expiring tokens for the website's sessions: `v1.<session id>.<expiry>.<HMAC-SHA256>`.

    The session id is random and chosen here; the MAC (under a key derived from the server secret) covers
    the version, the id and the expiry, so a token cannot be made up, altered or extended by a client.
    """

    def __init__(self, server_secret: bytes, ttl_seconds: int = SESSION_TTL_SECONDS,
                 clock: Callable[[], float] = time.time) -> None:
        self._key = hkdf_sha256(server_secret, _SESSION_TOKENS_INFO)
        self.ttl_seconds = ttl_seconds
        self._clock = clock

    def _mac(self, signed: str) -> str:
        return _b64(hmac.new(self._key, signed.encode("ascii"), "sha256").digest())

    def issue(self, renewing: Optional[str] = None) -> Session:
        """A new session, or, given a live token, a fresh token for the same conversation."""
        session_id = self._session_id(renewing) if renewing is not None else _b64(secrets.token_bytes(SESSION_ID_BYTES))
        expires_at = int(self._clock()) + self.ttl_seconds
        signed = f"{TOKEN_VERSION}.{session_id}.{expires_at}"
        return Session(f"{signed}.{self._mac(signed)}", f"{WEB_PREFIX}:{session_id}", expires_at)

    def conversation_of(self, token: object) -> str:
        """The conversation a live token names, or InvalidSession saying what is wrong with it."""
        return f"{WEB_PREFIX}:{self._session_id(token)}"

    def _session_id(self, token: object) -> str:
        parts = token.split(".") if isinstance(token, str) else []
        if len(parts) != 4 or parts[0] != TOKEN_VERSION or not parts[2].isdigit():
            raise InvalidSession("\"sender\" must be a session token from POST /webhooks/rest/session.")
        signed = ".".join(parts[:3])
        if not hmac.compare_digest(parts[3].encode("ascii", "replace"), self._mac(signed).encode("ascii")):
            raise InvalidSession("This session token was not issued by this server. "
                                 "Get one from POST /webhooks/rest/session.")
        if int(parts[2]) <= self._clock():
            raise InvalidSession("This session token has expired. Get a new one from POST /webhooks/rest/session.")
        return parts[1]


def _secret_file() -> Path:
    return settings.current().layout.server_secret_file


@lru_cache(maxsize=4)
def _conversation_ids(secret_file: Path) -> ConversationIds:
    return ConversationIds(load_or_create_secret(secret_file))


@lru_cache(maxsize=4)
def _session_tokens(secret_file: Path) -> SessionTokens:
    return SessionTokens(load_or_create_secret(secret_file))


def conversation_ids() -> ConversationIds:
    """Platform ids to conversation ids, under the server secret of the data directory in force."""
    return _conversation_ids(_secret_file())


def session_tokens() -> SessionTokens:
    """The website's session tokens, under the server secret of the data directory in force."""
    return _session_tokens(_secret_file())
