"""Fuzzing the widget's REST channel in-process: thousands of generated requests through the real webhook
handler (bot/channels/rest.py) on real Sanic request objects. Whatever arrives, the answer is a reply or a
400 that says what is wrong, never a 5xx; what it accepts reaches the conversation unchanged and can be kept
sealed in the tracker store. The real server gets a few hundred of these in tests/test_fuzz_rest_server.py."""
from __future__ import annotations

import asyncio
import json
import os
from typing import Any, Callable, Iterator, List, Optional, Tuple

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import UserUttered

from bot.channels.conversations import session_tokens
from bot.channels import MAX_MESSAGE_CHARACTERS, MESSAGE_WITHOUT_WORDS
from bot.channels.rest import MAX_BODY_BYTES, MAX_SENDER_LENGTH, RestInput, parse_request
from bot.settings import Settings
from bot.settings import use as settings_in_force
from bot.tracker.sealing import ConversationNames, EventSealer
from tests.fuzz_strategies import (ANY_TEXT, NASTY_TEXT, WEBHOOK_BODIES, WEBHOOK_CANARY, WEBHOOK_CONTENT_TYPES,
                                   json_body)
from tests.helpers import webhook_request

class Conversation:
    """Stands in for Rasa behind the channel: keeps what it is handed and replies "ok"."""

    def __init__(self) -> None:
        self.delivered: List[UserMessage] = []

    async def __call__(self, message: UserMessage) -> None:
        self.delivered.append(message)
        await message.output_channel.send_text_message(message.sender_id, "ok")


CONVERSATION = Conversation()
# The channel's POST /webhook handler, made once (sanic 21.12 keeps a blueprint's routes in `_future_routes`).
WEBHOOK = next(route.handler for route in RestInput().blueprint(CONVERSATION)._future_routes
               if route.uri == "/webhook")
LOOP = asyncio.new_event_loop()


def post(body: bytes, content_type: str) -> Tuple[int, Any]:
    """Status and decoded JSON answer of one request, on a real Sanic request object."""
    answer = LOOP.run_until_complete(WEBHOOK(webhook_request(body, content_type)))
    return answer.status, json.loads(answer.body)


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def reference_json(body: bytes) -> Optional[Any]:
    """The body as RFC 8259 JSON (no NaN or Infinity, no raw control characters in strings, valid UTF-8),
    or None when it is not JSON."""
    try:
        return json.loads(body, parse_constant=_no_constants)
    except (ValueError, RecursionError):
        return None


def expected_complaint(body: Any) -> Optional[str]:
    """What a 400 must name for this (parsed) body, or None when the request is a valid message from a live
    session (the sender must be a token the server issued)."""
    if not isinstance(body, dict):
        return "JSON"
    sender = body.get("sender")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_LENGTH:
        return '"sender"'
    if not isinstance(body.get("message"), str):
        return '"message"'
    if len(body["message"]) > MAX_MESSAGE_CHARACTERS:
        return "longer than"
    return None if sender == LIVE_TOKEN else '"sender"'


@pytest.fixture(scope="module", autouse=True)
def server_secret(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A data directory of the module's own, whose server secret signs LIVE_TOKEN."""
    global LIVE_TOKEN, LIVE_CONVERSATION
    with settings_in_force(Settings(data_dir=tmp_path_factory.mktemp("fuzz-rest-data"))):
        LIVE_TOKEN = session_tokens().issue().token
        LIVE_CONVERSATION = session_tokens().conversation_of(LIVE_TOKEN)
        yield


LIVE_TOKEN = LIVE_CONVERSATION = ""


def with_live_sender(body: bytes) -> bytes:
    """The same request from a live session: its sender replaced by a token the server issued."""
    parsed = reference_json(body)
    if isinstance(parsed, dict) and isinstance(parsed.get("sender"), str):
        return json.dumps({**parsed, "sender": LIVE_TOKEN}).encode()
    return body


@settings(max_examples=3000, deadline=None)
@given(body=WEBHOOK_BODIES, content_type=st.sampled_from(WEBHOOK_CONTENT_TYPES), live=st.booleans())
@example(body=b'{"sender": "", "message": ""}', content_type="application/json", live=True)  # found in CI
def test_any_request_gets_a_reply_or_a_400_that_says_what_is_wrong(body: bytes, content_type: str,
                                                                   live: bool) -> None:
    body = with_live_sender(body) if live else body
    CONVERSATION.delivered.clear()
    status, answer = post(body, content_type)
    delivered = CONVERSATION.delivered

    parsed = reference_json(body)
    complaint = "longer than" if len(body) > MAX_BODY_BYTES else expected_complaint(parsed)
    if complaint is None:
        assert status == 200, answer
        assert answer == [{"recipient_id": LIVE_CONVERSATION, "text": "ok"}]
        [message] = delivered  # in the conversation the token names, never one the client chose
        words = parsed["message"].strip() or MESSAGE_WITHOUT_WORDS  # no words: the channel says so to Rasa
        assert (message.sender_id, message.text) == (LIVE_CONVERSATION, words)  # stripped, as Rasa does
        kept = message.metadata
        assert set(kept) <= {"page_language"} and all(isinstance(value, str) for value in kept.values())
    else:
        assert status == (413 if complaint == "longer than" else 400), answer
        assert complaint in answer["error"]
        assert not delivered


@st.composite
def accepted_requests(draw: Callable) -> dict:
    """Requests the channel accepts, with every kind of text in sender and message."""
    sender = draw(NASTY_TEXT.filter(lambda text: text.strip() and len(text) <= MAX_SENDER_LENGTH))
    message = f"{draw(NASTY_TEXT)} {WEBHOOK_CANARY} {draw(NASTY_TEXT)}"
    body = {"sender": sender, "message": message, "metadata": {"page_language": draw(ANY_TEXT)}}
    return parse_request(webhook_request(json_body(body)))


TRACKER_MASTER = os.urandom(32)


@settings(max_examples=1500, deadline=None)
@given(accepted=accepted_requests(), seq=st.integers(0, 2 ** 63 - 1))
def test_whatever_the_channel_accepts_the_tracker_store_keeps_sealed(accepted: dict, seq: int) -> None:
    """A message the channel lets through must never make saving the conversation fail (a 5xx and a lost turn)."""
    event = UserUttered(accepted["message"], input_channel="rest", metadata=accepted["metadata"]).as_dict()
    sealer = EventSealer(os.urandom(32))

    blob = sealer.seal(accepted["sender"], seq, event)

    assert ConversationNames(TRACKER_MASTER).handle(accepted["sender"])
    assert sealer.open(accepted["sender"], seq, blob) == json.loads(json.dumps(event))
    assert WEBHOOK_CANARY.encode("utf-8") not in blob and b"CANARY" not in blob
