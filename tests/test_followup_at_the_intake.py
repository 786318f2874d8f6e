"""Adding to a report is started at the safety or consent question only when asked for plainly (its button, or a
few words every one of which asking for it uses); a message the classifier merely took for it is answered as
anything else typed there.

Seen from outside: a rule started the follow-up form on any `followup` guess, so a question or words of an account
misread at the consent question got "Please type your report reference" from someone who had never reported, and
the consent question was not asked again until the person wrote. The wordings are our own.
"""
from __future__ import annotations

from typing import Any, Dict, List, Tuple

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateIntakeForm
from tests.helpers import responses, run_action, with_message

REJECTED = {"event": "action_execution_rejected", "name": "intake_form", "policy": None, "confidence": None,
            "timestamp": None}
# Worded as asking to add to a report.
PLAIN = ["/followup", "i want to add to my report", "I already reported and want to add something"]
# Taken for it, but telling or asking something else; questions worded as it ("can i add more later?") too.
MISREAD = {"i want to add what they did to my brother": "utter_words_held",
           "will i be able to change my answers after i send it?": "utter_consent_withdrawal",
           "can i add more later?": "utter_consent_withdrawal", "can i add photos?": "utter_consent_withdrawal"}


def typed_at(slot: str, text: str) -> Tuple[Dict[str, Any], List[str], List[Dict[str, Any]]]:
    """What the intake's validator makes of `text`, taken for `followup`, typed at `slot`'s question (the domain's
    text mapping having filled the slot with it); the responses it sent; the events of its whole run."""
    trk = with_message("safety_requested", text, "followup", requested_slot=slot, safe_now="yes")
    trk.events.append({"event": "slot", "name": slot, "value": text})
    trk.slots[slot] = text
    dispatcher = CollectingDispatcher()
    slots = getattr(ValidateIntakeForm(), f"validate_{slot}")(text, dispatcher, trk, {})
    events, _ = run_action(ValidateIntakeForm(), trk)
    return slots, responses(dispatcher.messages), events


@pytest.mark.parametrize("slot", ["safe_now", "consent"])
@pytest.mark.parametrize("text", PLAIN)
def test_asking_plainly_to_add_to_a_report_turns_the_intake_away_for_the_follow_up(slot: str, text: str) -> None:
    slots, sent, events = typed_at(slot, text)
    assert slots == {slot: None} and not sent and REJECTED in events, (slots, sent, events)


@pytest.mark.parametrize("text, answered", MISREAD.items())
def test_a_message_merely_taken_for_adding_is_answered_at_the_consent_question(text: str, answered: str) -> None:
    slots, sent, events = typed_at("consent", text)
    assert slots == {"consent": None} and answered in sent and REJECTED not in events, (slots, sent, events)


def test_words_of_an_account_merely_taken_for_adding_are_held_at_the_safety_question() -> None:
    slots, sent, events = typed_at("safe_now", "i want to add what they did to my brother")
    assert slots == {"safe_now": None} and sent == ["utter_words_held"] and REJECTED not in events


def test_the_domain_lets_a_follow_up_guess_reach_the_intake_validator() -> None:
    import yaml

    from bot.settings import PROJECT_ROOT

    slots = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))["slots"]
    for slot in ("safe_now", "consent"):
        texts = [mapping for mapping in slots[slot]["mappings"] if mapping["type"] == "from_text"]
        assert texts and all("followup" not in mapping.get("not_intent", []) for mapping in texts)
