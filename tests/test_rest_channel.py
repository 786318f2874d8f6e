"""The widget's REST channel: clear 400s for malformed requests, and only the metadata the conversation needs."""
from __future__ import annotations

import json

import pytest

from bot.channels.rest import BadRequest, parse_request
from tests.helpers import webhook_request


def test_device_and_address_metadata_are_dropped() -> None:
    body = {"sender": "s", "message": "hi",
            "metadata": {"page_language": "ar", "ip": "203.0.113.9", "user_agent": "Mozilla/5.0"}}
    assert parse_request(webhook_request(json.dumps(body).encode())) == {
        "sender": "s", "message": "hi", "metadata": {"page_language": "ar"}}


def test_an_empty_message_is_still_a_message() -> None:
    assert parse_request(webhook_request(b'{"sender": "s", "message": ""}'))["message"] == ""


def test_a_message_without_words_is_explained_and_the_question_stays_open() -> None:
    """Rasa gets the no-words notice, not an empty text for the classifier to guess at (it guessed distress)."""
    from actions.unreadable import ActionExplainUnreadable
    from bot.channels import MESSAGE_WITHOUT_WORDS, NO_WORDS, UNREADABLE_ENTITY
    from tests.helpers import run_action, sdk_tracker

    assert MESSAGE_WITHOUT_WORDS.startswith("/attachment")
    latest = {"text": MESSAGE_WITHOUT_WORDS, "intent": {"name": "attachment"},
              "entities": [{"entity": UNREADABLE_ENTITY, "value": NO_WORDS}]}
    events, messages = run_action(ActionExplainUnreadable(), sdk_tracker("s", {}, latest))
    assert events == [] and [m["response"] for m in messages] == ["utter_message_without_words"]


@pytest.mark.parametrize("body, complaint", [
    (b"{not json", "must be JSON"),
    (b"[1, 2]", "JSON object"),
    (b'{"message": "hi"}', '"sender"'),
    (b'{"sender": "' + b"x" * 200 + b'", "message": "hi"}', '"sender"'),
    (b'{"sender": "s", "message": 42}', '"message"'),
    (b'{"sender": "s", "message": "\x80 not UTF-8"}', "must be JSON"),
    (b'{"sender": "s", "message": "hi", "n": NaN}', "must be JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "must be JSON"),
])
def test_malformed_requests_say_what_is_wrong(body: bytes, complaint: str) -> None:
    with pytest.raises(BadRequest, match=complaint):
        parse_request(webhook_request(body))
