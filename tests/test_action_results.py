"""bot.components.action_results: action server answers checked as Rasa checks them, the schema checked once."""
from __future__ import annotations

import importlib
from typing import Any, Dict
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
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
    action_results.selecting_validator.cache_clear()
    cls = validators.validator_for(RemoteAction.action_response_format_spec())
    with mock.patch.object(cls, "check_schema", wraps=cls.check_schema) as checked:
        ours(VALID)
        with pytest.raises(ValidationError):
            ours(INVALID[0])
        made = checked.call_count
        for _ in range(5):
            ours(VALID)
            with pytest.raises(ValidationError):
                ours(INVALID[0])
        assert checked.call_count == made
        rasas(VALID)
        assert checked.call_count == made + 1  # Rasa's own checks it again on every answer


def test_installed_it_is_what_remote_actions_use() -> None:
    importlib.import_module("bot.components")
    assert RemoteAction._validate_action_result is action_results.validate_action_result


# --- the first check, each event against the kind its name selects ------------------------------------------------

EVENT_NAMES = st.sampled_from(["user", "action", "slot", "entities", "bot", "active_loop", "session_started",
                               "reset_slots", "followup", "no_such_event", ""]) | st.integers() | st.none()
ANY_VALUE = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5) \
    | st.lists(st.integers(), max_size=2) | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)
ENTITY = st.fixed_dictionaries({}, optional={"entity": ANY_VALUE, "value": ANY_VALUE, "start": ANY_VALUE,
                                             "confidence": ANY_VALUE})
EVENT = st.fixed_dictionaries({}, optional={
    "event": EVENT_NAMES, "timestamp": ANY_VALUE, "metadata": ANY_VALUE, "name": ANY_VALUE, "value": ANY_VALUE,
    "text": ANY_VALUE, "policy": ANY_VALUE, "confidence": ANY_VALUE, "hide_rule_turn": ANY_VALUE,
    "entities": st.lists(ENTITY, max_size=2) | ANY_VALUE,
    "parse_data": st.fixed_dictionaries({}, optional={"intent": st.fixed_dictionaries(
        {}, optional={"name": ANY_VALUE, "confidence": ANY_VALUE}), "entities": st.lists(ENTITY, max_size=2),
        "text": ANY_VALUE}) | ANY_VALUE,
})
ANSWER = st.fixed_dictionaries({}, optional={"events": st.lists(EVENT, max_size=4) | ANY_VALUE,
                                             "responses": st.lists(ANY_VALUE, max_size=2) | ANY_VALUE}) | ANY_VALUE


@settings(max_examples=1500)
@given(ANSWER)
def test_the_first_check_accepts_exactly_what_rasas_schema_accepts(answer: Any) -> None:
    assert action_results.selecting_validator().is_valid(answer) == action_results.answer_validator().is_valid(answer)


def test_the_generated_answers_include_valid_and_invalid_events() -> None:
    """The test above is only as good as its examples: both kinds of answer occur."""
    verdicts = set()

    @settings(max_examples=300, derandomize=True)
    @given(st.lists(EVENT, min_size=1, max_size=1))
    def judge(events: Any) -> None:
        verdicts.add(action_results.answer_validator().is_valid({"events": events}))

    judge()
    assert verdicts == {True, False}


def test_a_refused_answer_still_gets_rasas_error_not_the_first_checks() -> None:
    answer = {"events": [{"event": "slot", "value": 1}]}  # a slot event without its name
    with pytest.raises(ValidationError) as theirs:
        rasas(answer)
    with pytest.raises(ValidationError) as mine:
        ours(answer)
    assert mine.value.message == theirs.value.message
