"""The intake's questions: consent (in full the first time, briefly after "Tell me more" has just answered the
worries) and the safety question before it, and coming back to them after a break."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import (PAUSED, answered, latest_intent, latest_user_text, said_since_latest_message,
                                  set_since_latest_message)
from bot.intake.answers import is_question, opens_as_a_question

TELL_ME_MORE = "tell_me_more"
# What "Tell me more" answers: the name, who reads it, asylum and family abroad, withdrawing (the rules list the
# same).
WORRY_ANSWERS = ("utter_consent_anonymity", "utter_consent_who_reads", "utter_consent_asylum_and_family",
                 "utter_consent_withdrawal")
# Answered by their rules at the consent question, which is then asked again briefly: "Tell me more" and a wish
# to stay anonymous ("yes, anonymous please": the name is not needed, and how to be contacted is asked later).
ANSWERED_AT_CONSENT = (TELL_ME_MORE, "choose_contact")
CONSENT_QUESTIONS = ("utter_ask_consent", "utter_ask_consent_again", "utter_ask_consent_unclear")


def asks_a_question(tracker: Tracker) -> bool:
    """A question typed at the consent question is a worry about consenting, whatever the classifier made of it,
    with its question mark or opening as one ("is it safe")."""
    text = latest_user_text(tracker)
    return is_question(text) or opens_as_a_question(text)


def answer_worries(dispatcher: CollectingDispatcher) -> None:
    """The answers behind "Tell me more", before consent is asked again."""
    for response in WORRY_ANSWERS:
        dispatcher.utter_message(response=response)


class ActionAskConsent(Action):
    """The intake form's question for `consent` (Rasa prefers `action_ask_<slot>` to `utter_ask_<slot>`).

    After "Tell me more" the full consent text was on screen a moment ago, followed by the answers to the common
    worries (also when they were the answer to a typed question, or the answer about the name to "anonymous"):
    asking again with all five sentences would bury them, so a short question with the same choices follows
    instead (survivor-centred rule 20: no prompt repeated word for word). An answer typed to the question that was
    not taken for a clear yes or no ("ok I guess") is never assumed either way: the short question comes back
    saying why it is asked again (and without the reason next time, so that it never comes three times in a row).
    Words held as the start of an account were typed instead of an answer, so the full text comes again, and so
    it does in a language just chosen: what they are asked to agree to must have been on screen in it. A break
    asked for at the question is given: nothing is asked after "Take all the time you need" (its Continue button
    brings the whole consent text back, as it is no longer on screen).
    """

    def name(self) -> Text:
        return "action_ask_consent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        question = answered(tracker)
        if said_since_latest_message(tracker, PAUSED):
            return []
        if latest_intent(tracker) in ANSWERED_AT_CONSENT or asks_a_question(tracker):
            dispatcher.utter_message(response="utter_ask_consent_again")
        elif question in CONSENT_QUESTIONS and not said_since_latest_message(tracker, "utter_words_held") \
                and not set_since_latest_message(tracker, "language"):
            dispatcher.utter_message(response="utter_ask_consent_again" if question == "utter_ask_consent_unclear"
                                     else "utter_ask_consent_unclear")
        else:
            dispatcher.utter_message(response="utter_ask_consent")
        return []


class ActionAskSafeNow(Action):
    """The intake form's first question, "are you somewhere safe and private right now?", except right after a
    break asked for at it: "Take all the time you need" followed by the question at once would take the break
    back. It stays the open question: their next answer answers it, and "continue" asks it again
    (ActionResumeWithoutDraft)."""

    def name(self) -> Text:
        return "action_ask_safe_now"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        if not said_since_latest_message(tracker, PAUSED):
            dispatcher.utter_message(response="utter_ask_safe_now")
        return []


class ActionResumeWithoutDraft(Action):
    """"Continue" when there is no draft to continue. Before consent (the safety or consent question open, after a
    break or not) they are where they left off: welcome back, and the intake form asks its question again. It said
    "There is nothing saved to continue" there, right after telling them to say "continue". Elsewhere nothing is
    saved, and they are told how to begin."""

    def name(self) -> Text:
        return "action_resume_without_draft"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        at_intake = tracker.active_loop.get("name") == "intake_form"
        dispatcher.utter_message(response="utter_resuming" if at_intake else "utter_nothing_to_resume")
        return []
