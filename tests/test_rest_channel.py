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
