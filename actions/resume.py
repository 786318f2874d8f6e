"""Coming back to the report after a detour or a break, with the message that brought it back kept."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from actions.acknowledgements import acknowledge_sexual_violence
from actions.conversation import CLOSES_THE_ACCOUNT, latest_intent, latest_user_text, plainly_means
from actions.fallback import ActionDefaultFallback, open_choice_question
from actions.forms import ValidateReportForm
from actions.interruptions import NARRATIVE_QUESTIONS, WORDS_WORTH_KEEPING, account_left_open
from actions.safety import CHOICES as CHOICES_AFTER_DANGER
from bot.intake.answers import clean_text, is_button_payload
from bot.intake.fields import FREE_TEXT_QUESTIONS
from bot.intake.narrative import added_to_account

# A message plainly saying only "let's go on", "hello" or "ok" brings the report back and is nothing more.
ONLY_BRINGS_IT_BACK = ("resume", "greet", "affirm")


class ActionResumeReport(Action):
    """Brings the report back after a detour or a break, keeping the message that brought it back as the answer
    it may be.

    After a detour (distress, the support list, a question of theirs) Rasa's form neither reads the next message
    (it turned the form away on the detour's turn) nor validates anything when it comes back, so an account typed
    at the question that was open ("they kept us three days without water") would be answered "Welcome back" and
    left out of the account. Here it is the open question's answer, as the form's mapping would have made it,
    taken by the form's own validator as it takes any answer: added to the account, a skip, or "that's
    everything" (its button included); the question that follows says it was received. After a break (the form
    closed) while the account was being told, words worth keeping join the account. A plain "let's go on" or
    "hello", or a message at a question answered with a choice, only resumes.
    """

    def name(self) -> Text:
        return "action_resume_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        requested = tracker.get_slot(REQUESTED_SLOT)
        text = clean_text(latest_user_text(tracker))
        if open_choice_question(tracker) == CHOICES_AFTER_DANGER and not plainly_means(tracker, "resume"):
            # After words of danger only "Go on", or a few words plainly saying it, takes the report up again:
            # "hmm ok" read as that gets the choices again (or how to choose), as anything unclear does.
            return [*await ActionDefaultFallback().run(dispatcher, tracker, domain), FollowupAction("action_listen")]
        if not text or plainly_means(tracker, *ONLY_BRINGS_IT_BACK):
            dispatcher.utter_message(response="utter_resuming")
            return []
        form_turned_it_away = tracker.active_loop.get("name") == "report_form"
        if form_turned_it_away and requested in NARRATIVE_QUESTIONS + FREE_TEXT_QUESTIONS:
            closes = requested == "narrative_done" and latest_intent(tracker) in CLOSES_THE_ACCOUNT
            answer = ValidateReportForm().checked_answer(requested, True if closes else text, dispatcher, tracker,
                                                         domain)
            return [SlotSet(slot, value) for slot, value in answer.items()]
        dispatcher.utter_message(response="utter_resuming")
        if account_left_open(tracker) and not is_button_payload(text) and len(text.split()) >= WORDS_WORTH_KEEPING:
            acknowledge_sexual_violence(text, dispatcher, tracker)
            return [SlotSet(slot, part) for slot, part in added_to_account(tracker.get_slot("narrative"), text).items()]
        return []
