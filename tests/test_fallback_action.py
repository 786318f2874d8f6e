"""A message the assistant did not understand (actions/fallback.py): the open question is offered again with its
choices, never a third time word for word (rule 20), and the message is taken back as Rasa's own fallback does."""
from __future__ import annotations

import copy
from typing import Any, Dict, List

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet, UserUtteranceReverted

from actions.fallback import CHOICES_AGAIN, HOW_TO_CHOOSE, NOT_UNDERSTOOD, WORDS_HELD, ActionDefaultFallback
from tests.helpers import DOMAIN_FILE, responses, run_action, tracker

CHOICES = "utter_ask_safe_to_go_on"
DOMAIN = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))


def after(trk: Tracker, said: List[Dict[str, Any]], events: List[Dict[str, Any]], text: str) -> Tracker:
    """The tracker of the next message `text`, after the fallback said `said` and returned `events` (as Rasa
    records them: the bot's messages, then the action's events)."""
    history = copy.deepcopy(trk.events)
    history += [{"event": "bot", "text": "…", "metadata": {"utter_action": m["response"]},
                 "data": {"buttons": DOMAIN["responses"][m["response"]][0].get("buttons", [])}} for m in said]
    history += copy.deepcopy(events)
    history += [{"event": "action", "name": "action_listen"}, {"event": "user", "text": text}]
    return Tracker(trk.sender_id, trk.slots, {"text": text, "intent": {"name": "affirm"}}, history, False, None,
                   {}, "action_listen")


def fallback(trk: Tracker) -> tuple:
    return run_action(ActionDefaultFallback(), trk)  # no domain: Rasa sends it only to actions that ask


def test_the_choices_after_danger_are_offered_again_and_the_message_is_taken_back() -> None:
    events, messages = fallback(tracker("choices_after_danger"))
    assert responses(messages) == [CHOICES_AGAIN, CHOICES]
    assert events == [UserUtteranceReverted()]


def test_the_third_time_the_person_is_told_how_to_choose_then_the_choices_come_again() -> None:
    first = tracker("choices_after_danger")
    events, messages = fallback(first)
    second = after(first, messages, events, "okay")
    events, messages = fallback(second)
    assert responses(messages) == [HOW_TO_CHOOSE]  # the choices were given twice in a row: not a third time
    third = after(second, messages, events, "yes")
    assert responses(fallback(third)[1]) == [CHOICES_AGAIN, CHOICES]


@pytest.mark.parametrize("own", [CHOICES_AGAIN, HOW_TO_CHOOSE, NOT_UNDERSTOOD])
def test_the_fallbacks_own_messages_do_not_close_the_question(own: str) -> None:
    trk = tracker("choices_after_danger")
    events, _ = fallback(trk)
    later = after(trk, [{"response": own}], events, "hmm")
    assert CHOICES in responses(fallback(later)[1])


def test_a_question_without_choices_gets_the_plain_answer() -> None:
    trk = tracker("choices_after_danger")
    events = [e for e in trk.events if (e.get("metadata") or {}).get("utter_action") != CHOICES]
    events, messages = fallback(Tracker.from_dict({**trk.current_state(), "events": events}))
    assert responses(messages) == [NOT_UNDERSTOOD]


def test_a_question_the_person_answered_is_no_longer_open() -> None:
    """A message that was acted on (no fallback after it) closes the question: "ok" later is not an answer to it."""
    trk = tracker("choices_after_danger")
    history = copy.deepcopy(trk.events)[:-1] + [
        {"event": "user", "text": "/pause"}, {"event": "action", "name": "action_keep_draft"},
        {"event": "action", "name": "action_listen"}, {"event": "user", "text": "ok"}]
    assert responses(fallback(Tracker.from_dict({**trk.current_state(), "events": history}))[1]) == [NOT_UNDERSTOOD]


def test_a_question_filled_in_by_its_action_is_not_asked_again_without_its_values() -> None:
    """The follow-up code's message needs the code: only its own action can show it again."""
    trk = tracker("choices_after_danger")
    history = copy.deepcopy(trk.events)
    for event in history:
        if (event.get("metadata") or {}).get("utter_action") == CHOICES:
            event["metadata"]["utter_action"] = "utter_followup_code"
    assert responses(fallback(Tracker.from_dict({**trk.current_state(), "events": history}))[1]) == [NOT_UNDERSTOOD]


def test_what_reading_the_message_kept_is_set_again_after_it_is_taken_back() -> None:
    """Words held before consent and a language offered are set by the slot mappings for this very message; the
    revert would undo them, so they are set again: a message not understood never loses words."""
    trk = tracker("choices_after_danger")
    history = copy.deepcopy(trk.events) + [
        {"event": "action", "name": "action_extract_slots"},
        {"event": "slot", "name": "held_words", "value": "ok and they took my brother"},
        {"event": "slot", "name": "language_candidate", "value": "ur"}]
    events, _ = fallback(Tracker.from_dict({**trk.current_state(), "events": history}))
    assert events == [UserUtteranceReverted(), SlotSet("held_words", "ok and they took my brother"),
                      SlotSet("language_candidate", "ur")]


def test_a_question_asked_since_the_message_is_not_offered_over_it() -> None:
    """Something else already answered this message with a new question: the old choices would be stale."""
    trk = tracker("choices_after_danger")
    history = copy.deepcopy(trk.events) + [
        {"event": "bot", "text": "…", "metadata": {"utter_action": "utter_ask_consent"},
         "data": {"buttons": [{"title": "Yes", "payload": "/affirm"}]}}]
    assert responses(fallback(Tracker.from_dict({**trk.current_state(), "events": history}))[1]) == [NOT_UNDERSTOOD]



def holding(trk: Tracker, words: str) -> Tracker:
    """The tracker after ActionHoldWords kept `words` of the latest message (before consent)."""
    history = copy.deepcopy(trk.events) + [
        {"event": "action", "name": "action_read_message"}, {"event": "slot", "name": "held_words", "value": [words]}]
    state = trk.current_state()
    return Tracker.from_dict({**state, "events": history, "slots": {**state["slots"], "held_words": [words]}})


def test_words_of_an_account_held_from_the_message_are_said_to_be_kept_and_the_choices_come_again() -> None:
    """Seen from outside: "they took my brother last year and we never found him" at the choices after danger got
    "Sorry, I am not sure what you meant"; its words were held, so they were understood well enough."""
    events, messages = fallback(holding(tracker("choices_after_danger"), "they took my brother last year"))
    assert responses(messages) == [WORDS_HELD, CHOICES]
    assert events == [UserUtteranceReverted(), SlotSet("held_words", ["they took my brother last year"])]


def test_words_held_are_said_to_be_kept_where_no_choice_is_open() -> None:
    trk = tracker("choices_after_danger")
    events = [e for e in trk.events if (e.get("metadata") or {}).get("utter_action") != CHOICES]
    trk = holding(Tracker.from_dict({**trk.current_state(), "events": events}), "soldiers burned our village")
    assert responses(fallback(trk)[1]) == [WORDS_HELD]


def test_words_held_the_third_time_are_said_to_be_kept_and_how_to_choose_follows() -> None:
    """Telling more is no failure to choose, but the choices are never given a third time in a row (rule 20)."""
    first = tracker("choices_after_danger")
    events, messages = fallback(first)
    second = after(first, messages, events, "okay")
    assert responses(fallback(holding(second, "they shot my uncle at the checkpoint"))[1]) == [WORDS_HELD,
                                                                                                HOW_TO_CHOOSE]


def test_the_words_held_message_neither_closes_the_question_nor_restarts_its_count() -> None:
    """Offered with the words held, the choices count as given again: "hmm" next gets how to choose."""
    trk = tracker("choices_after_danger")
    events, messages = fallback(holding(trk, "they took my brother last year"))
    assert responses(fallback(after(trk, messages, events, "hmm"))[1]) == [HOW_TO_CHOOSE]
