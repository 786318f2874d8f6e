"""A returning person who writes their reference and follow-up code in the message that asks to add or withdraw
("I want to add to my report, ref DREJ9AALFN, code 7438 3745 4697 6380") is not asked to type them again, and one
who plainly asks to withdraw is not asked what to add."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import latest_intent, latest_user_text, plainly_means
from actions.forms import WITHDRAW_CONSENT
from bot.intake.answers import MAX_WORDS_OF_A_REQUEST
from bot.reports.codes import find_followup, find_reference

# The intents whose rules start the follow-up form (data/rules/followup.yml).
STARTS_THE_FOLLOWUP = ("followup", "withdraw")
FOLLOWUP_FORM = "followup_form"


class ActionReadFollowupDetails(Action):
    """Part of action_read_message: fills the form's first questions from the message that starts it.

    Each is taken only when the message holds exactly one of it; the form then asks for what is missing, and the
    pair is checked together when adding, as when it is typed as an answer (ValidateFollowupForm). A few words
    plainly asking to withdraw ("I want to withdraw my report") are the answer to "What would you like to add?",
    as they would be there: the reference and the code still have to be typed before anything is withdrawn.
    """

    def name(self) -> Text:
        return "action_read_followup_details"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        if latest_intent(tracker) not in STARTS_THE_FOLLOWUP or tracker.active_loop.get("name") == FOLLOWUP_FORM:
            return []
        text = latest_user_text(tracker)
        found = {"followup_reference": find_reference(text), "followup_code": find_followup(text)}
        if plainly_means(tracker, "withdraw", max_words=MAX_WORDS_OF_A_REQUEST):
            found["followup_text"] = WITHDRAW_CONSENT
        return [SlotSet(slot, value) for slot, value in found.items() if value]
