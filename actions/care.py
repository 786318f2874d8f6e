"""Actions that put the person before the report: distress, and deleting everything."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import answered, latest_user_text, plainly_means
from actions.interruptions import keep_in_the_account, keep_what_they_wrote
from actions.report import forget_conversation
from bot.channels import MESSAGING_CHANNELS
from bot.intake.answers import clean_text, is_button_payload


DELETE_EVERYTHING = "delete_everything"
CONFIRM_DELETE = "utter_confirm_delete"
KEEP_OR_DELETE = "utter_ask_keep_or_delete"


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
    payload and delete at once, and so does a plain "yes" (or "delete") typed to the question asking to be sure,
    or a plain "delete" typed to the question that offers to keep or delete.
    Other typed words that were classified as "delete" are confirmed with buttons first, and while the account
    is being told they are kept in it (keep_in_the_account) unless they plainly say it. The report's form is set
    aside while that is asked, so that its own question does not follow and a typed "yes" or "no" answers the
    question on screen, not the account's (data/rules/pause_and_stop.yml); "No, keep my answers" brings the
    report back where it was.
    """

    def name(self) -> Text:
        return "action_delete_everything"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        text = clean_text(latest_user_text(tracker))
        if not is_button_payload(text) and not confirms_the_delete(tracker):
            # Typed words are only a guess at "delete": ask, with buttons, before anything is lost. A plain
            # "delete it all" is the request, never part of the account.
            kept = [] if plainly_means(tracker, DELETE_EVERYTHING) else keep_in_the_account(tracker, dispatcher, text)
            dispatcher.utter_message(response=CONFIRM_DELETE)
            return kept + set_aside(tracker)
        dispatcher.utter_message(response="utter_deleted")
        if tracker.get_latest_input_channel() in MESSAGING_CHANNELS:
            dispatcher.utter_message(response="utter_delete_chat_on_phone")
        return forget_conversation(tracker)


def set_aside(tracker: Tracker) -> List[Dict[Text, Any]]:
    """The report's form closed as a break closes it (action_deactivate_loop), while "are you sure?" is open.

    Only the report's: before consent there is no draft to bring back, and the intake carries on as it was.
    """
    return [ActiveLoop(None), SlotSet("requested_slot", None)] if tracker.active_loop.get("name") == "report_form" \
        else []


def confirms_the_delete(tracker: Tracker) -> bool:
    """A plain "yes" or "delete" typed as the answer to "Do you want me to delete everything?", or a plain "delete"
    typed as the answer to "keep your answers, or delete everything?" (a "yes" there chooses neither)."""
    question = answered(tracker)
    return (question == CONFIRM_DELETE and plainly_means(tracker, "affirm", DELETE_EVERYTHING)) \
        or (question == KEEP_OR_DELETE and plainly_means(tracker, DELETE_EVERYTHING))
