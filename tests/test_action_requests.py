"""bot.components.action_requests: calls to the action server carry the JSON value Rasa's would carry."""
from __future__ import annotations

import asyncio
import json
from typing import Any, Dict, List
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.utils.endpoints import EndpointConfig

from bot.components import action_requests

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(st.characters(blacklist_categories=())),  # lone surrogates too: a broken emoji from a channel
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=30,
)


def as_read(body: bytes) -> Any:
    return json.loads(body.decode("utf-8"))


@given(JSON_VALUES)
def test_any_json_value_is_written_as_the_same_value(value: Any) -> None:
    assert as_read(action_requests.json_bytes(value)) == json.loads(json.dumps(value))


def test_a_conversation_as_rasa_posts_it_is_written_as_the_same_value() -> None:
    tracker = DialogueStateTracker.from_events("someone", [
        ActionExecuted("action_listen"),
        UserUttered("جاء الجنود ليلاً / «они пришли» \u2028 </script> 🙏", {"name": "report", "confidence": 0.8731},
                    [{"entity": "role", "value": "witness", "start": 0, "end": 3, "confidence": 0.99}]),
        SlotSet("language", "ar"),
        BotUttered("…", {"buttons": [{"title": "نعم", "payload": "/affirm"}]}, {"utter_action": "utter_x"}),
    ])
    body = {"next_action": "action_read_message", "sender_id": "someone",
            "tracker": tracker.current_state(EventVerbosity.ALL), "version": "3.6.21"}
    assert as_read(action_requests.json_bytes(body)) == json.loads(json.dumps(body))


def calls_to_rasa(**kwargs: Any) -> List[Dict[str, Any]]:
    seen: List[Dict[str, Any]] = []

    async def rasas(self: Any, method: str, subpath: Any, content_type: Any, compress: bool, **rest: Any) -> Any:
        seen.append(dict(rest, content_type=content_type))

    with mock.patch.object(action_requests, "RASAS_REQUEST", rasas):
        asyncio.run(action_requests.request(EndpointConfig("http://127.0.0.1:1/webhook"), **kwargs))
    return seen


def test_a_json_body_goes_to_rasa_as_bytes_with_the_json_content_type() -> None:
    [call] = calls_to_rasa(json={"next_action": "action_x"}, timeout=5)
    assert "json" not in call and as_read(call["data"]) == {"next_action": "action_x"}
    assert call["content_type"] == "application/json" and call["timeout"] == 5


def test_anything_else_goes_to_rasa_unchanged() -> None:
    unwritable = {"value": object()}
    assert calls_to_rasa(json=unwritable) == [{"json": unwritable, "content_type": "application/json"}]
    assert calls_to_rasa(json={"a": 1}, content_type="text/plain") == [{"json": {"a": 1}, "content_type": "text/plain"}]
    assert calls_to_rasa(data=b"raw") == [{"data": b"raw", "content_type": "application/json"}]


def test_it_is_installed_in_rasas_place() -> None:
    assert EndpointConfig.request is action_requests.request
