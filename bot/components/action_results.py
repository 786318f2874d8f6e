"""Rasa's check of each action server answer, with its JSON schema checked once instead of on every call.

Rasa validates every answer from the action server with `jsonschema.validate`, which first checks the schema
itself against the JSON Schema meta-schema: on each of the two or three calls a turn makes, about a tenth of the
Rasa server's time in the profile of a long account (docs/benchmarks.md), and the same work every time since
Rasa's schema never changes. Here the validator is made once; answers are checked against the same schema, and
an invalid one raises the same ValidationError with Rasa's message. `install()` puts it in Rasa's place
(bot/components/__init__.py).

The schema says each event is `oneOf` 23 kinds, each kind fixing the `event` name: every event of every answer
was checked against all 23 (still about 5% of the Rasa server's time, ten conversations at once). An answer is
first checked by `SelectingValidator`, each event only against the kind its name selects, which accepts exactly
the same answers (about seven times faster); only an answer it refuses goes through Rasa's schema, for Rasa's
error.
"""
from __future__ import annotations

import copy
import functools
from typing import Any, Dict, Text

from jsonschema import exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

RASAS_VALIDATE_ACTION_RESULT = RemoteAction._validate_action_result


@functools.lru_cache(maxsize=1)
def answer_validator() -> Any:
    """The validator of Rasa's action server answer schema, its schema checked once."""
    return _checked_validator(RemoteAction.action_response_format_spec())


class SelectingValidator:
    """Rasa's answer schema, split: the answer with each event only named (an object whose `event` is one of the
    kinds' names), then each event against the one kind its name selects (the event schema without `oneOf`, and
    that kind). The kinds' names are distinct, so exactly the answers Rasa's schema accepts pass both."""

    def __init__(self, schema: Dict[Text, Any]) -> None:
        answer = copy.deepcopy(schema)
        event = answer["properties"]["events"]["items"]
        kinds = event.pop("oneOf")
        names = [kind["properties"]["event"]["const"] for kind in kinds]
        if len(set(names)) != len(names):
            raise ValueError("two kinds of event share a name: the schema cannot select by name")
        answer["properties"]["events"]["items"] = {
            "type": "object", "required": ["event"], "properties": {"event": {"enum": names}}}
        self.answer = _checked_validator(answer)
        self.kinds = {name: _checked_validator({"allOf": [event, kind]}) for name, kind in zip(names, kinds)}

    def is_valid(self, result: Any) -> bool:
        return self.answer.is_valid(result) and all(
            self.kinds[event["event"]].is_valid(event) for event in result.get("events", ()))


def _checked_validator(schema: Dict[Text, Any]) -> Any:
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@functools.lru_cache(maxsize=1)
def selecting_validator() -> SelectingValidator:
    """The first check of each answer, made once."""
    return SelectingValidator(RemoteAction.action_response_format_spec())


def validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    """What Rasa's `RemoteAction._validate_action_result` does, with the validator made once."""
    if selecting_validator().is_valid(result):
        return True
    error = exceptions.best_match(answer_validator().iter_errors(result))
    if error is not None:
        error.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error
    return True


def install() -> None:
    """Rasa's remote actions check answers with `validate_action_result` from here on (idempotent)."""
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[assignment]
