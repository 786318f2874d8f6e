"""What a turn costs in calls to the action server: action_read_message is the one custom slot mapping Rasa runs
after every message (the only one unconditioned), and the 42 KB domain goes only to the form validators."""
from __future__ import annotations

from typing import Any, Dict, Set

import pytest
import yaml
from rasa_sdk.events import SlotSet

from actions.every_message import ActionReadMessage
from bot.settings import PROJECT_ROOT
from tests.helpers import DOMAIN_FILE, run_action, sdk_tracker

ACCOUNT = "جاء الجنود إلى قريتنا في الليل وأخذوا أبي وأخي ولم نرهم بعد ذلك أبدًا"
ARABIC = {"language": "ar", "confidence": 0.99, "script": "Arabic", "supported": True, "words": 14, "chars": 70,
          "requested": None}


def first_message(slots: Dict[str, Any]) -> Any:
    parse = {"text": ACCOUNT, "intent": {"name": "inform"}, "entities": [], "language": ARABIC, "metadata": {}}
    return sdk_tracker("every-message", slots, parse, [{"event": "user", "text": ACCOUNT, "parse_data": parse}])


def test_an_account_as_the_first_message_sets_the_language_and_is_held_in_one_call() -> None:
    events, messages = run_action(ActionReadMessage(), first_message({}))
    assert events == [SlotSet("language", "ar"), SlotSet("held_words", [ACCOUNT])] and messages == []


def test_after_consent_the_same_message_only_keeps_the_language() -> None:
    events, _ = run_action(ActionReadMessage(), first_message({"language": "ar", "consent": True}))
    assert events == []


def unconditioned_custom_mappings() -> Set[str]:
    """The custom slot mapping actions Rasa runs on every turn: no intent and no form condition narrows them."""
    slots = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))["slots"]
    return {mapping["action"] for slot in slots.values() for mapping in slot.get("mappings", [])
            if mapping.get("type") == "custom" and mapping.get("action")
            and not (mapping.get("intent") or mapping.get("conditions"))}


def test_every_turn_makes_one_custom_mapping_call() -> None:
    assert unconditioned_custom_mappings() == {"action_read_message"}


@pytest.mark.parametrize("endpoints", ["endpoints.yml", "endpoints.production.yml"])
def test_the_domain_is_sent_only_to_the_actions_that_read_it(endpoints: str) -> None:
    """With Rasa's selective domain, only `validate_*` actions are sent the domain; the action tests run every
    other action with an empty one (tests.helpers.run_action), as the action server then does."""
    config = yaml.safe_load((PROJECT_ROOT / endpoints).read_text(encoding="utf-8"))["action_endpoint"]
    assert config["enable_selective_domain"] is True
