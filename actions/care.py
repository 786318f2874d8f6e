"""Actions that put the person before the report: distress, deleting everything, the under-18 path."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import latest_user_text
from actions.report import forget_conversation
from bot.answers import clean_text
from bot.report_builder import ANSWER_FIELDS

# A distressed message this long is part of their account, not just a cry for a pause: keep it.
WORDS_WORTH_KEEPING = 4
FREE_TEXT_SLOTS = frozenset(ANSWER_FIELDS) - {"role", "perpetrator_in_uk"}
# On these channels the chat stays on the user's phone after the server forgets it.
MESSAGING_CHANNELS = frozenset({"telegram", "twilio", "facebook"})


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
            narrative = tracker.get_slot("narrative")
            return [SlotSet("narrative", f"{narrative}\n{text}" if narrative else text)]
        if requested in FREE_TEXT_SLOTS and tracker.get_slot(requested) is None:
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
    """Under 18: a short, child-safe answer, and nothing kept of an account (survivor-centred rule 15)."""

    def name(self) -> Text:
        return "action_child_safe_path"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response="utter_child_safe")
        restarted, *kept = forget_conversation(tracker)
        return [restarted, SlotSet("is_minor", True), *kept]
