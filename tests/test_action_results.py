"""bot.components.action_results: action server answers checked as Rasa checks them, the schema checked once."""
from __future__ import annotations

import importlib
from typing import Any, Dict
from unittest import mock

import pytest
from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction

from bot.components import action_results

VALID: Dict[str, Any] = {
    "events": [{"event": "slot", "name": "language", "value": "ar", "timestamp": None},
               {"event": "bot", "text": "…", "metadata": {"utter_action": "utter_words_held"}}],
    "responses": [{"response": "utter_ask_consent_unclear", "language": "ar"}],
}
INVALID = [
    {"events": [{"event": "no_such_event"}]},
    {"events": "not a list"},
    {"responses": [["not", "an", "object"]]},
    ["not an object"],
]


def rasas(result: Any) -> Any:
    action = RemoteAction("action_read_message", None)
    return action_results.RASAS_VALIDATE_ACTION_RESULT(action, result)


def ours(result: Any) -> Any:
    return action_results.validate_action_result(RemoteAction("action_read_message", None), result)


def test_a_valid_answer_passes_both() -> None:
    assert ours(VALID) is rasas(VALID) is True
    assert ours({}) is rasas({}) is True


@pytest.mark.parametrize("answer", INVALID)
def test_an_invalid_answer_is_refused_with_rasas_error(answer: Any) -> None:
    with pytest.raises(ValidationError) as theirs:
        rasas(answer)
    with pytest.raises(ValidationError) as mine:
        ours(answer)
    assert mine.value.message == theirs.value.message and list(mine.value.path) == list(theirs.value.path)


def test_the_schema_is_checked_once_not_on_every_answer() -> None:
    action_results.answer_validator.cache_clear()
    cls = validators.validator_for(RemoteAction.action_response_format_spec())
    with mock.patch.object(cls, "check_schema", wraps=cls.check_schema) as checked:
        for _ in range(5):
            ours(VALID)
        assert checked.call_count == 1
        rasas(VALID)
        assert checked.call_count == 2  # Rasa's own checks it again on every answer


def test_installed_it_is_what_remote_actions_use() -> None:
    importlib.import_module("bot.components")
    assert RemoteAction._validate_action_result is action_results.validate_action_result
