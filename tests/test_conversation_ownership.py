"""A conversation belongs to the channel and the person that started it: ids are made by the server.

Unit level: session tokens (made up, altered, foreign, expired), keyed platform ids, replies addressed to the
platform id, replayed deliveries, and the REST channel's size limit. tests/test_e2e_ownership.py holds the
same promises against the running servers.
"""
from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

from bot import settings
from bot.channels import MAX_MESSAGE_CHARACTERS, rest
from bot.channels.common import HandledDeliveries, MessagingInput
from bot.channels.conversations import ConversationIds, InvalidSession, SessionTokens, session_tokens
from bot.channels.rest import BadRequest, TooLarge, parse_request, session_request
from tests.helpers import webhook_request

SECRET = bytes(range(32))
OTHER_SECRET = bytes(range(1, 33))


class Clock:
    def __init__(self, now: float = 1_700_000_000) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_a_token_names_its_own_session_and_renewal_keeps_the_same_conversation() -> None:
    clock = Clock()
    tokens = SessionTokens(SECRET, ttl_seconds=600, clock=clock)
    first, second = tokens.issue(), tokens.issue()
    assert first.conversation_id.startswith("web:") and first.conversation_id != second.conversation_id
    assert tokens.conversation_of(first.token) == first.conversation_id
    clock.now += 500
    renewed = tokens.issue(first.token)
    assert renewed.token != first.token and renewed.conversation_id == first.conversation_id
    clock.now += 500  # the first token has expired, the renewed one has not
    assert tokens.conversation_of(renewed.token) == first.conversation_id
    with pytest.raises(InvalidSession, match="expired"):
        tokens.conversation_of(first.token)


def altered(token: str, index: int, value: str) -> str:
    parts = token.split(".")
    parts[index] = value
    return ".".join(parts)


def test_made_up_altered_and_foreign_tokens_name_no_conversation() -> None:
    tokens = SessionTokens(SECRET)
    mine, theirs = tokens.issue().token, tokens.issue().token
    foreign = SessionTokens(OTHER_SECRET).issue().token
    forgeries: List[Any] = [
        "me", "", "   ", 42, None, ["v1"], "whatsapp:+447700900123", "wa:" + "0" * 32, "web:" + mine.split(".")[1],
        "tg:918273645501", mine + " ", mine.upper(), mine[:-1], "v2" + mine[2:], foreign,
        altered(mine, 1, theirs.split(".")[1]),  # someone else's session id under my signature
        altered(mine, 2, str(int(mine.split(".")[2]) + 86400)),  # a later expiry
        altered(mine, 3, theirs.split(".")[3]),  # someone else's signature
        "v1.." + mine.split(".")[2] + "." + mine.split(".")[3], "v1.a.b.c.d", "v1.x.-5.y",
    ]
    for forged in forgeries:
        with pytest.raises(InvalidSession):
            tokens.conversation_of(forged)
        if forged is not None:  # (no token at all asks for a new session)
            with pytest.raises(InvalidSession):
                tokens.issue(forged)  # nor can it be renewed into a live one


def test_an_expired_token_is_refused_with_a_reason_and_cannot_be_renewed() -> None:
    clock = Clock()
    tokens = SessionTokens(SECRET, ttl_seconds=60, clock=clock)
    token = tokens.issue().token
    clock.now += 60
    for use in (tokens.conversation_of, tokens.issue):
        with pytest.raises(InvalidSession, match="expired.*POST /webhooks/rest/session"):
            use(token)


def test_platform_ids_become_keyed_ids_of_their_own_channel() -> None:
    ids = ConversationIds(SECRET)
    phone = "whatsapp:+447700900123"
    made = ids.for_platform("wa", phone)
    assert made == ids.for_platform("wa", phone)  # stable across calls and restarts
    assert made.startswith("wa:") and len(made) == len("wa:") + 32
    assert "447700900123" not in made
    assert ids.for_platform("tg", phone)[3:] != made[3:]  # the same id on another channel is another conversation
    assert ConversationIds(OTHER_SECRET).for_platform("wa", phone) != made
    assert ids.for_platform("wa", "whatsapp:+447700900124") != made


class FakeChannel(MessagingInput):
    conversation_prefix = "wa"

    @classmethod
    def name(cls) -> str:
        return "twilio"


class RecordingOutput:
    def __init__(self) -> None:
        self.sent: List[tuple] = []

    @classmethod
    def name(cls) -> str:
        return "twilio"

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        self.sent.append((recipient_id, message))


def test_rasa_sees_the_server_made_id_and_replies_still_reach_the_phone(tmp_path: Path) -> None:
    seen = []

    async def rasa(message: Any) -> None:
        seen.append((message.sender_id, message.output_channel.name()))
        await message.output_channel.send_response(message.sender_id, {"text": "Are you safe?"})

    output = RecordingOutput()
    with settings.use(settings.Settings(data_dir=tmp_path)):
        asyncio.run(FakeChannel().deliver(rasa, "hello", output, "whatsapp:+447700900123"))
        expected = FakeChannel().conversation_id("whatsapp:+447700900123")
    assert seen == [(expected, "twilio")] and expected.startswith("wa:") and "447700900123" not in expected
    assert output.sent == [("whatsapp:+447700900123", {"text": "Are you safe?"})]
    assert (tmp_path / "keys" / "server-secret").stat().st_mode & 0o077 == 0


def test_a_delivery_is_handled_once_and_only_its_hmac_is_kept() -> None:
    clock = Clock(0)
    handled = HandledDeliveries(ttl_seconds=600, max_entries=2, clock=clock)
    assert handled.first_time("SM0123456789abcdef") and not handled.first_time("SM0123456789abcdef")
    assert handled.first_time(5001) and not handled.first_time("5001")  # Telegram's update_id is a number
    assert "SM0123456789abcdef" not in repr(handled.__dict__) and "5001" not in repr(handled.__dict__)
    assert handled.first_time(None) and handled.first_time(None)  # no id: cannot be checked, always handled
    assert handled.first_time("m_3")  # the bound drops the oldest
    assert len(handled) == 2 and handled.first_time("SM0123456789abcdef")
    clock.now = 601
    assert handled.first_time("m_3")  # expired


@pytest.mark.parametrize("message", ["a" * (MAX_MESSAGE_CHARACTERS + 1), "ب" * (MAX_MESSAGE_CHARACTERS + 7)])
def test_an_oversized_message_is_refused_whole_with_a_reason(message: str) -> None:
    body = json.dumps({"sender": "v1.x.1.y", "message": message}).encode()
    with pytest.raises(TooLarge, match=f"longer than {MAX_MESSAGE_CHARACTERS} characters") as refused:
        parse_request(webhook_request(body))
    assert refused.value.status == 413
    assert parse_request(webhook_request(json.dumps({"sender": "s", "message": "ب" * MAX_MESSAGE_CHARACTERS}).encode()))


def test_a_huge_body_is_refused_before_it_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def unparsed(*args: object, **kwargs: object) -> object:
        raise AssertionError("a body over the limit must not be parsed")

    monkeypatch.setattr(rest, "parse_json", unparsed)
    with pytest.raises(TooLarge):
        parse_request(webhook_request(b'{"sender": "s", "message": "' + b"x" * 10**6 + b'"}'))
    monkeypatch.undo()
    with pytest.raises(BadRequest):
        parse_request(webhook_request(b'{"sender": "s"}'))


def test_the_session_endpoint_issues_and_renews_but_never_renews_a_forgery(tmp_path: Path) -> None:
    with settings.use(settings.Settings(data_dir=tmp_path)):
        issued = session_request(webhook_request(b""))
        assert issued["expires_in"] > 0
        conversation = session_tokens().conversation_of(issued["token"])
        renewed = session_request(webhook_request(json.dumps({"token": issued["token"]}).encode()))
        assert session_tokens().conversation_of(renewed["token"]) == conversation
        for forged in ("web:" + conversation[4:], "", 7):
            with pytest.raises(InvalidSession):
                session_request(webhook_request(json.dumps({"token": forged}).encode()))
