"""Danger to life comes before the report: the action that answers it, the safety question that accepts only a
clear yes, the choices that come before the consent, and the safety note for someone responsible in the UK."""
from __future__ import annotations

import asyncio
from typing import Any, List, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateIntakeForm, ValidateReportForm
from actions.safety import ActionRespondToDanger, danger_in
from bot.safety.net import IMMEDIATE_DANGER, SELF_HARM, find_danger
from tests.helpers import account_after, worded_like_as_trained

INTAKE = ["safe_now", "safe_to_go_on", "consent"]


def tracker_at(text: str, intent: str, form: Optional[str], requested: Optional[str] = None,
               **slots: Any) -> Tracker:
    """A tracker just after the user wrote `text`, parsed as Rasa would parse it (safety net included)."""
    found = find_danger(text)
    parse = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": [],
             "worded_like": worded_like_as_trained(text)}
    if found:
        parse["danger"] = found.as_dict()
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": text, "parse_data": parse}]
    return Tracker("safety-test", {"language": "en", "requested_slot": requested, **slots}, parse, events, False,
                   None, {"name": form} if form else {}, "action_listen")


def run(trk: Tracker) -> tuple:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionRespondToDanger().run(dispatcher, trk, {}))
    return events, [message["response"] for message in dispatcher.messages]


def said(dispatcher: CollectingDispatcher) -> List[str]:
    return [message["response"] for message in dispatcher.messages]


# --- the action -------------------------------------------------------------------------------------------------

def test_self_harm_typed_as_the_account_is_answered_and_kept_in_the_narrative() -> None:
    account = "They burned our house. I don't want to live anymore, I want to end my life"
    events, responses = run(tracker_at(account, "self_harm", "report_form", "narrative", consent=True))
    assert responses == ["utter_self_harm_support", "utter_ask_safe_to_go_on"]
    assert events == [SlotSet("narrative", account)]


def test_self_harm_while_adding_to_the_narrative_is_appended_to_it() -> None:
    trk = tracker_at("and now i want to die every day", "self_harm", "report_form", "narrative_done",
                     consent=True, narrative="soldiers came at night")
    events, _ = run(trk)
    assert events == [SlotSet("narrative_more", "and now i want to die every day")]
    assert account_after(trk, events) == "soldiers came at night\nand now i want to die every day"


def test_immediate_danger_comes_first_when_both_are_written() -> None:
    _, responses = run(tracker_at("he is outside the door and i want to die", "unsafe", "report_form", "narrative",
                                  consent=True))
    assert responses == ["utter_immediate_danger", "utter_self_harm_support", "utter_ask_safe_to_go_on"]


def test_danger_during_intake_marks_the_person_not_safe_so_the_choices_come_before_consent() -> None:
    events, responses = run(tracker_at("he is here", "unsafe", "intake_form", "consent"))
    assert responses == ["utter_immediate_danger"]
    assert events == [SlotSet("safe_now", "no"), SlotSet("safe_to_go_on", None)]


def test_before_any_report_there_is_nothing_to_go_on_with_so_no_choices() -> None:
    _, responses = run(tracker_at("i want to kill myself", "self_harm", None))
    assert responses == ["utter_self_harm_support"]


def test_a_paused_report_gets_the_choices_so_go_on_can_resume_it() -> None:
    _, responses = run(tracker_at("i want to kill myself", "self_harm", None, consent=True))
    assert responses == ["utter_self_harm_support", "utter_ask_safe_to_go_on"]


def test_the_classifier_alone_is_enough_to_be_answered() -> None:
    """Words the net does not know, heard by the model: the intent says which danger."""
    trk = tracker_at("everything is dark and i am tired of it all", "self_harm", None)
    assert not find_danger(trk.latest_message["text"])
    assert danger_in(trk).kinds == {SELF_HARM}
    assert run(trk)[1] == ["utter_self_harm_support"]
    assert danger_in(tracker_at("i'm not alone", "unsafe", None)).kinds == {IMMEDIATE_DANGER}


@pytest.mark.parametrize("account", ["they came at night", "they came", "soldiers were coming to our street"])
def test_an_account_the_classifier_alone_takes_for_danger_now_is_answered_kept_and_the_report_goes_on(
        account: str) -> None:
    trk = tracker_at(account, "unsafe", "report_form", "narrative", consent=True)
    assert not find_danger(account)
    events, responses = run(trk)
    assert responses == ["utter_immediate_danger"]
    assert events == [SlotSet("narrative", account), FollowupAction("report_form")]


def test_danger_now_the_net_finds_still_pauses_the_report() -> None:
    events, responses = run(tracker_at("he is outside the door now", "unsafe", "report_form", "narrative",
                                       consent=True))
    assert responses == ["utter_immediate_danger", "utter_ask_safe_to_go_on"]
    assert FollowupAction("report_form") not in events


# --- the safety question -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, intent, expected, response", [
    ("no, he is in the next room", "deny", "no", "utter_immediate_danger"),
    ("yes but he is in the next room", "affirm", "no", "utter_immediate_danger"),
    ("yes, and i want to die", "affirm", "no", "utter_self_harm_support"),
    ("/deny", "deny", "no", "utter_safety_advice"),
    ("i think so, maybe", "inform", "unsure", "utter_safety_advice"),
])
def test_anything_but_a_clear_yes_gets_safety_advice_and_the_choices(text: str, intent: str, expected: str,
                                                                     response: str) -> None:
    dispatcher = CollectingDispatcher()
    trk = tracker_at(text, intent, "intake_form", "safe_now")
    result = ValidateIntakeForm().validate_safe_now(text, dispatcher, trk, {})
    assert result == {"safe_now": expected, "safe_to_go_on": None}
    assert said(dispatcher) == [response]
    trk.slots.update(result)
    slots = asyncio.run(ValidateIntakeForm().required_slots(INTAKE, dispatcher, trk, {}))
    assert slots == INTAKE


def test_a_clear_yes_goes_straight_to_the_consent() -> None:
    dispatcher = CollectingDispatcher()
    trk = tracker_at("yes, I am safe", "affirm", "intake_form", "safe_now")
    assert ValidateIntakeForm().validate_safe_now("yes, I am safe", dispatcher, trk, {}) == {"safe_now": "yes"}
    assert said(dispatcher) == []
    trk.slots["safe_now"] = "yes"
    assert asyncio.run(ValidateIntakeForm().required_slots(INTAKE, dispatcher, trk, {})) == ["safe_now", "consent"]


@pytest.mark.parametrize("value, expected", [(True, True), (None, None)])
def test_only_go_on_goes_on(value: Optional[bool], expected: Optional[bool]) -> None:
    trk = tracker_at("/resume", "resume", "intake_form", "safe_to_go_on", safe_now="no")
    assert ValidateIntakeForm().validate_safe_to_go_on(value, CollectingDispatcher(), trk, {}) == {
        "safe_to_go_on": expected}


@pytest.mark.parametrize("text, intent, expected", [("ok go on", "resume", True), ("yes", "affirm", True),
                                                    ("he is near", "affirm", None), ("they watch", "resume", None)])
def test_after_not_safe_only_words_that_plainly_say_go_on_go_on(text: str, intent: str,
                                                                expected: Optional[bool]) -> None:
    trk = tracker_at(text, intent, "intake_form", "safe_to_go_on", safe_now="no")
    assert ValidateIntakeForm().validate_safe_to_go_on(True, CollectingDispatcher(), trk, {}) == {
        "safe_to_go_on": expected}


def test_mid_intake_the_not_safe_answer_is_kept_but_a_fresh_start_asks_again() -> None:
    """The danger action sets safe_now while the consent is asked; only a new start asks safety afresh."""
    mid = tracker_at("he is here", "unsafe", "intake_form", "consent", safe_now="no")
    assert ValidateIntakeForm().validate_safe_now("no", CollectingDispatcher(), mid, {}) == {"safe_now": "no"}
    fresh = tracker_at("hello", "greet", "intake_form", None, safe_now="no")
    assert ValidateIntakeForm().validate_safe_now("no", CollectingDispatcher(), fresh, {}) == {"safe_now": None}


# --- someone responsible in the UK -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, intent", [("/affirm", "affirm"), ("yes", "affirm"), ("yes I think so", "affirm")])
def test_a_yes_about_someone_responsible_in_the_uk_gets_a_safety_note(text: str, intent: str) -> None:
    dispatcher = CollectingDispatcher()
    trk = tracker_at(text, intent, "report_form", "perpetrator_in_uk", consent=True)
    result = ValidateReportForm().validate_perpetrator_in_uk(text, dispatcher, trk, {})
    assert result["perpetrator_in_uk"] in ("yes", text)
    assert said(dispatcher) == ["utter_perpetrator_in_uk_safety"]


@pytest.mark.parametrize("text, intent, stored", [("/deny", "deny", "no"), ("/dont_know", "dont_know", "dont_know"),
                                                  ("/skip", "skip", "skipped")])
def test_no_safety_note_without_a_yes(text: str, intent: str, stored: str) -> None:
    dispatcher = CollectingDispatcher()
    trk = tracker_at(text, intent, "report_form", "perpetrator_in_uk", consent=True)
    assert ValidateReportForm().validate_perpetrator_in_uk(text, dispatcher, trk, {}) == {"perpetrator_in_uk": stored}
    assert said(dispatcher) == []

