"""The opening, and the questions that guard a change of path (survivor-centred rules 2, 13 and 18).

A misunderstood message may cost a turn, never safety, words or the draft: words typed before consent are held
(in the encrypted tracker only) and offered back once consent is given; an age is taken as "under 18 now" only
after the person says so with a button or a clear yes, and an age in the past is part of the account.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import (kept_as_answer, last_question, latest_intent, latest_user_text,
                                  plainly_means, prompts_in_a_row, set_since_latest_message, times_said,
                                  words_beside_intent, worded_like)
from actions.prompts import MAX_SAME_PROMPT_IN_A_ROW
from actions.report import forget_conversation
from bot.intake.age import mentions_an_age_under_18, may_say_under_18_now, speaks_of_the_past
from bot.intake.answers import (MAX_WORDS_OF_A_REQUEST, clean_text, is_worth_holding, tells_beside_a_request,
                                 tells_in_a_few_words)
from bot.intake.fields import ABOUT_AN_EARLIER_REPORT

# Messages that are about this conversation itself, never the start of an account, however long.
NOT_AN_ACCOUNT = ("delete_everything", "stop", "change_language")
UNDER_18 = "under_18"
# The longest part of held words quoted back when offering them, so the question still fits a phone screen.
QUOTED_CHARACTERS = 300


class ActionHoldWords(Action):
    """Run after every message (in action_read_message): words of an account typed before consent are held.

    They are never filed unless the person chooses to keep them once they have consented (ask_keep_held_words).
    A short message taken for a request is held too when it tells something beside it, in a sentence of its own
    ("Soldiers came at night. Where can I get help?") or in words no example of the request uses ("hello they
    took my son"): the request is answered by its rule, the words kept. So is a message of a few words that tells
    rather than answers ("soldiers took my son"; "hi they took my son" taken for danger now).
    """

    def name(self) -> Text:
        return "action_hold_words"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        text, intent = clean_text(latest_user_text(tracker)), latest_intent(tracker)
        wording, beside = worded_like(tracker), words_beside_intent(tracker)
        told = (tells_beside_a_request(text, intent, wording, beside)
                or tells_in_a_few_words(text, intent, wording, beside))
        if (set_since_latest_message(tracker, "held_words") or tracker.get_slot("consent") is True
                or tracker.get_slot("is_minor")
                or tracker.active_loop.get("name") == "followup_form" or intent in NOT_AN_ACCOUNT
                or (intent in ABOUT_AN_EARLIER_REPORT and len(text.split()) <= MAX_WORDS_OF_A_REQUEST)
                or not (is_worth_holding(text, intent) or told)):
            return []
        return [SlotSet("held_words", list(tracker.get_slot("held_words") or []) + [text])]


class ActionAskKeepHeldWords(Action):
    """Once consent is given, offers back what was written before, in the person's own words.

    Someone who answers with more of their account, "that's all" or "I don't know" is offered them again; after
    two offers in a row the third is a plain choice instead, which says that keeping them is safe when unsure
    (survivor-centred rule 20: no prompt a third time in a row).
    """

    def name(self) -> Text:
        return "action_ask_keep_held_words"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        if prompts_in_a_row(tracker, "utter_ask_keep_held_words") >= MAX_SAME_PROMPT_IN_A_ROW:
            dispatcher.utter_message(response="utter_ask_keep_held_words_choice")
            return []
        held = "\n".join(tracker.get_slot("held_words") or [])
        quoted = held if len(held) <= QUOTED_CHARACTERS else held[:QUOTED_CHARACTERS].rstrip() + "…"
        dispatcher.utter_message(response="utter_ask_keep_held_words", held=quoted)
        return []


class ActionCheckAge(Action):
    """A typed message that sounds like an age: ask when it may mean "under 18 now", else it is the account.

    An age in the past, a long message with no age under 18 in it, a number inside pasted code, or a short answer
    worded only as other intents ("weekday mornings only") is kept as part of the account or as the open
    question's answer, and the conversation goes on. Nothing is deleted here. The question "Are you under 18
    now?" is asked with buttons and the form is set aside while it is open, so that its "yes" is never taken as
    the answer to the form's question.
    """

    def name(self) -> Text:
        return "action_check_age"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        text = clean_text(latest_user_text(tracker))
        an_answer = worded_as_something_else(tracker)
        if may_say_under_18_now(text) and (mentions_an_age_under_18(text) or not an_answer):
            kept = kept_as_answer(tracker, text) if is_worth_holding(text) or speaks_of_the_past(text) else []
            return kept + ask_under_18_now(dispatcher, tracker)
        kept = kept_as_answer(tracker, text) if an_answer or is_worth_holding(text) or speaks_of_the_past(text) else []
        return kept + carry_on(dispatcher, tracker)


def worded_as_something_else(tracker: Tracker) -> bool:
    """Every word of the message is a word of other intents' examples and not all of them of under_18's:
    "weekday mornings only" (read as `under_18` at "When is it safe to contact you?") is an answer, while words
    the examples never use ("im underage") may still say it, so they are asked about."""
    wording = worded_like(tracker)
    return bool(wording) and UNDER_18 not in wording


class ActionAnswerAge(Action):
    """The answer to "Are you under 18 now?", or "I am an adult" at any time (which undoes `is_minor`).

    Only a clear yes takes the child-safe path; it says what was deleted. Anything else goes back to where the
    person was, with Childline named when the answer was unclear.
    """

    def name(self) -> Text:
        return "action_answer_age"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        intent, text = latest_intent(tracker), clean_text(latest_user_text(tracker))
        if intent == "adult" and mentions_an_age_under_18(text) and not speaks_of_the_past(text):
            return ask_under_18_now(dispatcher, tracker)  # "I'm 15" read as "I am an adult": ask, never assume
        # A stale question (left open by a detour) is not asked any more: its "yes" deletes nothing.
        asked = tracker.get_slot("age_asked") and last_question(tracker) == "utter_ask_under_18_now"
        # The child-safe path deletes the draft: only a yes, or "under 18" said plainly ("I'm 15"). An age in
        # other words ("my son is 12") may be someone else's: the question is asked once more, with its buttons.
        now = not speaks_of_the_past(text)
        if asked and (plainly_means(tracker, "affirm") or (plainly_means(tracker, UNDER_18) and now)):
            return take_child_safe_path(dispatcher, tracker)
        if (asked and intent == UNDER_18 and mentions_an_age_under_18(text) and now
                and times_said(tracker, "utter_ask_under_18_now") < 2):
            return ask_under_18_now(dispatcher, tracker)
        clear_answer = intent in ("deny", "adult")
        dispatcher.utter_message(response="utter_age_noted" if clear_answer or not asked else "utter_age_unclear")
        return [SlotSet("age_asked", None), SlotSet("is_minor", None)] + carry_on(dispatcher, tracker)


def ask_under_18_now(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """Asks with buttons, setting the form aside so that its "yes" cannot answer the form's question."""
    dispatcher.utter_message(response="utter_ask_under_18_now")
    aside = [ActiveLoop(None), SlotSet("requested_slot", None)] if tracker.active_loop.get("name") else []
    return aside + [SlotSet("age_asked", True)]


def take_child_safe_path(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """Under 18 now: a short child-safe answer, the draft deleted, and the person told so (rules 15 and 18)."""
    dispatcher.utter_message(response="utter_child_safe")
    if tracker.get_slot("consent") is True or tracker.get_slot("held_words"):
        dispatcher.utter_message(response="utter_child_draft_deleted")
    restarted, *kept = forget_conversation(tracker)
    return [restarted, SlotSet("is_minor", True), *kept]


def carry_on(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """Back to the open question; before consent, into the opening (welcome, safety, consent)."""
    form: Optional[str] = tracker.active_loop.get("name")
    if form:
        return [FollowupAction(form)]
    if tracker.get_slot("consent") is True:
        return [FollowupAction("report_form")]
    if tracker.get_slot("consent") is None:
        if not times_said(tracker, "utter_welcome"):
            dispatcher.utter_message(response="utter_welcome")
        return [FollowupAction("intake_form")]
    return []
