"""Actions that put the person before the report: distress, and deleting everything."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import latest_user_text, plainly_means
from actions.interruptions import keep_in_the_account, keep_what_they_wrote
from actions.report import forget_conversation
from bot.channels import MESSAGING_CHANNELS
from bot.intake.answers import clean_text, is_button_payload


DELETE_EVERYTHING = "delete_everything"


class ActionRespondToDistress(Action):
    """Offers a break and support instead of the next question, and loses nothing the user wrote (rule 8)."""

    def name(self) -> Text:
        return "action_respond_to_distress"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response="utter_distress_offer")
        return keep_what_they_wrote(tracker, dispatcher)


class ActionDeleteEverything(Action):
    """Wipes the draft and the conversation from the tracker store, then says so (issue: delete at any point).

    The quick exit, the exit word of the messaging channels and the "Delete everything" buttons send the
    payload and delete at once; typed words that were classified as "delete" are confirmed with buttons first,
    and while the account is being told they are kept in it (keep_in_the_account) unless they plainly say it.
    """

    def name(self) -> Text:
        return "action_delete_everything"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        text = clean_text(latest_user_text(tracker))
        if not is_button_payload(text):
            # Typed words are only a guess at "delete": ask, with buttons, before anything is lost. A plain
            # "delete it all" is the request, never part of the account.
            kept = [] if plainly_means(tracker, DELETE_EVERYTHING) else keep_in_the_account(tracker, dispatcher, text)
            dispatcher.utter_message(response="utter_confirm_delete")
            return kept
        dispatcher.utter_message(response="utter_deleted")
        if tracker.get_latest_input_channel() in MESSAGING_CHANNELS:
            dispatcher.utter_message(response="utter_delete_chat_on_phone")
        return forget_conversation(tracker)
