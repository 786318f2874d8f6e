"""Rasa's check of each action server answer, with its JSON schema checked once instead of on every call.

Rasa validates every answer from the action server with `jsonschema.validate`, which first checks the schema
itself against the JSON Schema meta-schema: on each of the two or three calls a turn makes, about a tenth of the
Rasa server's time in the profile of a long account (docs/benchmarks.md), and the same work every time since
Rasa's schema never changes. Here the validator is made once; answers are checked against the same schema, and
an invalid one raises the same ValidationError with Rasa's message. `install()` puts it in Rasa's place
(bot/components/__init__.py).
"""
from __future__ import annotations

import functools
from typing import Any, Dict, Text

from jsonschema import exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

RASAS_VALIDATE_ACTION_RESULT = RemoteAction._validate_action_result


@functools.lru_cache(maxsize=1)
def answer_validator() -> Any:
    """The validator of Rasa's action server answer schema, its schema checked once."""
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    """What Rasa's `RemoteAction._validate_action_result` does, with the validator made once."""
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
