"""A message the assistant did not understand. Rasa's own fallback says "Sorry, I did not understand" and
nothing more, which after a question with choices (what to do after danger, the break offered after distress)
leaves the person at a dead end exactly when they may be frightened. Here the open question is offered again with
its choices, and never three times in a row (survivor-centred rule 20): the next time the person is told plainly
how to choose instead, and the choices come again after that.

Like Rasa's own, the message is taken back (UserUtteranceReverted) so that it steers nothing; what reading it
already kept (words held before consent, a language offered) is kept, never lost with it. Words of an account held
from it were understood well enough: the person is told they are kept, not that they were not understood ("they
took my brother last year" typed at the choices after danger got "Sorry, I am not sure what you meant")."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import last_question, prompts_in_a_row, set_since_latest_message
from bot import catalog

NOT_UNDERSTOOD = "utter_default"
CHOICES_AGAIN = "utter_not_understood_choices_again"
HOW_TO_CHOOSE = "utter_not_understood_how_to_choose"
WORDS_HELD = "utter_words_held"
# The fallback's own messages, which do not end the run of a question offered again.
OWN_MESSAGES = frozenset({NOT_UNDERSTOOD, CHOICES_AGAIN, HOW_TO_CHOOSE, WORDS_HELD})
MAX_TIMES_OFFERED = 2


def open_choice_question(tracker: Tracker) -> Optional[str]:
    """The response with buttons that the bot's last real turn ended on, by name, if there is one.

    Messages that only the fallback answered are passed over (their question is still open); any other message
    of the person's closes the question before it, and so does anything else the bot has said since this one.
    """
    before_this_message = _events_before_latest_user_message(tracker)
    if any(_said_by_others(event) for event in tracker.events[len(before_this_message):]):
        return None
    answered_by_fallback = False
    for event in reversed(before_this_message):
        kind = event.get("event")
        if kind == "bot":
            name = (event.get("metadata") or {}).get("utter_action")
            if name not in OWN_MESSAGES:
                return name if (event.get("data") or {}).get("buttons") else None
            answered_by_fallback = True
        elif kind == "user":
            if not answered_by_fallback:
                return None
            answered_by_fallback = False
    return None


def _said_by_others(event: Dict[Text, Any]) -> bool:
    return event.get("event") == "bot" and (event.get("metadata") or {}).get("utter_action") not in OWN_MESSAGES


def kept_from_this_message(tracker: Tracker) -> List[EventType]:
    """The slots set since the latest message (what the slot mappings kept of it: held words, a language
    offered), to set again after it is taken back."""
    since = tracker.events[len(_events_before_latest_user_message(tracker)):]
    return [SlotSet(event["name"], event.get("value")) for event in since if event.get("event") == "slot"]


def _events_before_latest_user_message(tracker: Tracker) -> List[Dict[Text, Any]]:
    events = list(tracker.events)
    for index in range(len(events) - 1, -1, -1):
        if events[index].get("event") == "user":
            return events[:index]
    return events


def needs_values(response: str) -> bool:
    """Whether the response is filled in with values its action gave (a code, a summary): only that action can
    ask it again. Read from the project's own responses: Rasa sends the domain only to actions that ask for it."""
    return any("{" in (variant.get("text") or "") for variant in catalog.responses(catalog.SOURCE_LANGUAGE)
               .get(response, []))


class ActionDefaultFallback(Action):
    """Not understood: the open question again with its choices (or, the third time, how to choose), then the
    conversation is where it was, as after Rasa's own fallback (the message is taken back, not acted on)."""

    def name(self) -> Text:
        return "action_default_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        question = open_choice_question(tracker)
        held = bool(set_since_latest_message(tracker, "held_words") and tracker.get_slot("held_words"))
        if held:
            dispatcher.utter_message(response=WORDS_HELD)
        if question is None or needs_values(question):
            if not held:
                dispatcher.utter_message(response=NOT_UNDERSTOOD)
        elif (last_question(tracker) == question
              and prompts_in_a_row(tracker, question, passing=OWN_MESSAGES) >= MAX_TIMES_OFFERED):
            dispatcher.utter_message(response=HOW_TO_CHOOSE)
        else:
            if not held:
                dispatcher.utter_message(response=CHOICES_AGAIN)
            dispatcher.utter_message(response=question)
        return [UserUtteranceReverted(), *kept_from_this_message(tracker)]
