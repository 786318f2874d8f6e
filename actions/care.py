"""Actions that put the person before the report: distress, deleting everything, the under-18 path."""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import latest_user_text
from actions.forms import acknowledge_sexual_violence
from actions.report import forget_conversation
from bot.channels import MESSAGING_CHANNELS
from bot.intake.answers import clean_text
from bot.intake.fields import ANSWERED_IN_WORDS

# A distressed message this long is part of their account, not just a cry for a pause: keep it.
WORDS_WORTH_KEEPING = 4
ADULT_AGE = 18
SHORT_STATEMENT_WORDS = 5
CLEAR_CONFIDENCE = 0.9


class ActionRespondToDistress(Action):
    """Offers a break and support instead of the next question, and loses nothing the user wrote (rule 8)."""

    def name(self) -> Text:
        return "action_respond_to_distress"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response="utter_distress_offer")
        text = clean_text(latest_user_text(tracker))
        requested = tracker.get_slot("requested_slot")
        if not tracker.active_loop.get("name") == "report_form" or len(text.split()) < WORDS_WORTH_KEEPING:
            return []
        if requested in ("narrative", "narrative_done"):
            acknowledge_sexual_violence(text, dispatcher, tracker)
            narrative = tracker.get_slot("narrative")
            return [SlotSet("narrative", f"{narrative}\n{text}" if narrative else text)]
        if requested in ANSWERED_IN_WORDS and tracker.get_slot(requested) is None:
            return [SlotSet(requested, text)]
        return []


class ActionDeleteEverything(Action):
    """Wipes the draft and the conversation from the tracker store, then says so (issue: delete at any point)."""

    def name(self) -> Text:
        return "action_delete_everything"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response="utter_deleted")
        if tracker.get_latest_input_channel() in MESSAGING_CHANNELS:
            dispatcher.utter_message(response="utter_delete_chat_on_phone")
        return forget_conversation(tracker)


class ActionChildSafePath(Action):
    """Under 18: a short, child-safe answer, and nothing kept of an account (survivor-centred rule 15).

    Forgetting the draft cannot be undone, and the intent classifier sometimes takes an answer ("there were 20
    of us") for an age. So the path is taken only when the message gives an age under 18, or is a short, clear
    statement ("I'm a child"); otherwise the message is kept as the answer it probably was and the form goes on.
    """

    def name(self) -> Text:
        return "action_child_safe_path"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        text = clean_text(latest_user_text(tracker))
        confidence = (tracker.latest_message.get("intent") or {}).get("confidence") or 0.0
        if says_under_18(text, confidence):
            dispatcher.utter_message(response="utter_child_safe")
            restarted, *kept = forget_conversation(tracker)
            return [restarted, SlotSet("is_minor", True), *kept]
        form = tracker.active_loop.get("name")
        requested = tracker.get_slot("requested_slot")
        events: List[Dict[Text, Any]] = [SlotSet("is_minor", None)]
        if form == "report_form" and requested in ANSWERED_IN_WORDS and tracker.get_slot(requested) is None:
            events.append(SlotSet(requested, text))
        return events + ([FollowupAction(form)] if form else [])


def says_under_18(text: str, confidence: float) -> bool:
    """An age under 18 in the message, or a short and confidently classified statement without numbers."""
    numbers = [int(match) for match in re.findall(r"\d+", unicodedata.normalize("NFKC", _ascii_digits(text)))]
    if numbers:
        return any(number < ADULT_AGE for number in numbers)
    return len(text.split()) <= SHORT_STATEMENT_WORDS and confidence >= CLEAR_CONFIDENCE


def _ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian and other decimal digits as 0-9, so "١٥" is read as 15."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and unicodedata.digit(ch, None) is not None else ch
                   for ch in text)
