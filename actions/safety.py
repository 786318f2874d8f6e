"""Danger to life comes before the report (survivor-centred rule 17).

Words of suicide or self-harm get 999, Samaritans and NHS 111 at once; words of danger here and now get 999 and
the quick exit first. Either pauses the report, keeps what was written, and offers the choices: leave now, save
for later, or go on. The safety net (bot.components.safety_net) makes sure these messages reach this code
whatever the intent classifier guessed; the form validators use the same answers at the safety question.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import latest_intent, latest_user_text
from actions.interruptions import keep_what_they_wrote, keep_words
from bot.intake.answers import NO, clean_text, is_button_payload
from bot.safety.net import IMMEDIATE_DANGER, INTENT_FOR_KIND, KINDS, PARSE_KEY, SELF_HARM, Danger

# The slot whose question offers the choices after danger or a "not safe": Leave now, Save for later, Go on.
SAFE_TO_GO_ON = "safe_to_go_on"
CHOICES = "utter_ask_safe_to_go_on"
RESPONSE_FOR_KIND = {IMMEDIATE_DANGER: "utter_immediate_danger", SELF_HARM: "utter_self_harm_support"}
# When the rules sent a message here but nothing says which danger, both answers are given.
EVERY_DANGER = Danger(frozenset(KINDS))


def danger_in(tracker: Tracker) -> Danger:
    """The danger in the latest message: what the safety net found, or else what the classifier heard."""
    found = Danger.from_dict(tracker.latest_message.get(PARSE_KEY))
    if found:
        return found
    intent = latest_intent(tracker)
    return Danger(frozenset(kind for kind, name in INTENT_FOR_KIND.items() if name == intent))


def answer_danger(dispatcher: CollectingDispatcher, danger: Danger) -> None:
    """999 and leaving quickly first, then the crisis lines: each answer the message calls for, once."""
    for kind in KINDS:
        if kind in danger.kinds:
            dispatcher.utter_message(response=RESPONSE_FOR_KIND[kind])


class ActionRespondToDanger(Action):
    """Answers danger at once, at any point, and loses nothing (see the module docstring).

    The rules decide what happens to the form: the report is paused (deactivated) after this action; the intake
    goes on to ask for the choices, because this action marks the person as not safe. Danger here and now that
    only the classifier heard does not pause the report (heard_only_by_the_classifier).
    """

    def name(self) -> Text:
        return "action_respond_to_danger"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        danger = danger_in(tracker) or EVERY_DANGER
        answer_danger(dispatcher, danger)
        form = tracker.active_loop.get("name")
        if form == "report_form" and heard_only_by_the_classifier(tracker, danger):
            return carry_on_with_the_account(dispatcher, tracker)
        if form == "intake_form":
            return [SlotSet("safe_now", NO), SlotSet(SAFE_TO_GO_ON, None)]
        if form == "report_form" or (not form and tracker.get_slot("consent")):
            # "Go on" resumes the report, so it is offered only when there is one.
            dispatcher.utter_message(response=CHOICES)
        return keep_what_they_wrote(tracker, dispatcher)


def heard_only_by_the_classifier(tracker: Tracker, danger: Danger) -> bool:
    """Danger here and now that the model guessed but the high-recall net found no words for.

    Accounts are full of past danger ("they came at night"), which the model sometimes takes for danger now. The
    answer (999, the quick exit) is still given, but the report is not paused for a guess. Self-harm is always
    taken at its word.
    """
    return danger.kinds == {IMMEDIATE_DANGER} and not Danger.from_dict(tracker.latest_message.get(PARSE_KEY))


def carry_on_with_the_account(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Dict[Text, Any]]:
    """Keeps every word as the answer it most likely was, and asks the report's next question."""
    text = clean_text(latest_user_text(tracker))
    kept = [] if not text or is_button_payload(text) else keep_words(tracker, dispatcher, text)
    return kept + [FollowupAction("report_form")]
