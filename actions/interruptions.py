"""What becomes of a message that interrupted a form: it may be part of the account, so it is kept."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.acknowledgements import acknowledge_sexual_violence
from actions.consent import TELL_ME_MORE, answer_worries
from actions.conversation import (CORRECTIONS, SUMMARY_QUESTION, kept_as_answer, latest_intent, latest_user_text,
                                  set_since_latest_message, words_beside_intent, worded_like)
from bot.intake.answers import clean_text, is_button_payload, is_only_a_request, is_question
from bot.intake.fields import ADDED_TO_A_REPORT, FREE_TEXT_QUESTIONS
from bot.intake.narrative import ACCOUNT_SLOTS, added_to_account

# The questions whose answers make up the account itself: "What happened?" and "Is there anything else?".
NARRATIVE_QUESTIONS = ("narrative", "narrative_done")
# Where a message taken for a request keeps its words: the account's questions, what is added to a report, and
# the questions answered in words (its mapping's conditions in domain.yml).
KEEPS_WORDS_AT = NARRATIVE_QUESTIONS + FREE_TEXT_QUESTIONS + (ADDED_TO_A_REPORT,)

# Intents that turn the account's answer mapping away (domain.yml) and are answered by rules that keep nothing:
# a question ("where can I get help?", "is this a war crime?", "are you a bot?") or a pause or stop. A long
# message taken for one of them is telling the account as well (ActionKeepAccountWords).
ANSWERED_WITHOUT_KEEPING = ("support", "what_counts", "mechanisms", "bot_challenge", "pause", "stop", "keep_draft")
# At the summary a question is answered too ("what happens after I send it?"): its words are a correction only
# when they tell something beside it ("can you add that my brother was there?" taken for the question).
ANSWERED_AT_THE_SUMMARY = ANSWERED_WITHOUT_KEEPING + (TELL_ME_MORE,)
# Where words beside a request tell something: the account, what is added to a filed report, the summary.
TOLD_AT = NARRATIVE_QUESTIONS + (ADDED_TO_A_REPORT, SUMMARY_QUESTION)
# A distressed or frightened message this long is part of their account, not just a cry for a pause: keep it.
WORDS_WORTH_KEEPING = 4


def slots_keeping_words(requested: Optional[str]) -> Tuple[str, ...]:
    """The slots that words kept at the `requested` question go to: the account's parts, the corrections at the
    summary, or that question's."""
    if requested in NARRATIVE_QUESTIONS:
        return ACCOUNT_SLOTS
    if requested == SUMMARY_QUESTION:
        return (CORRECTIONS,)
    return (requested,) if requested else ()


def keep_what_they_wrote(tracker: Tracker, dispatcher: CollectingDispatcher) -> List[Dict[Text, Any]]:
    """Keeps a message that interrupted the report (distress, danger) as the answer it may also be.

    A few words ("I can't") are only the interruption; anything longer is part of their account: added to the
    narrative (and acknowledged as the account is), or taken as the answer to the open question it interrupted.
    """
    text = clean_text(latest_user_text(tracker))
    if len(text.split()) < WORDS_WORTH_KEEPING:
        return []
    return keep_words(tracker, dispatcher, text)


def keep_in_the_account(tracker: Tracker, dispatcher: CollectingDispatcher, text: str) -> List[Dict[Text, Any]]:
    """While the account is being told, typed words taken for a command are kept in it, however short.

    Used where the command is confirmed with buttons first (a typed "delete"): "they came at night" misread as
    "delete" costs the person a question, never their words. Only choosing "Yes, delete everything" removes
    them, with everything else; a real "delete it" that the person then decides against stays in their account,
    where they see it in the summary before sending. So are words typed while the report is set aside for that
    question ("yes they took my brother too", taken for a yes that is not a plain one).
    """
    if is_button_payload(text):
        return []
    if tracker.get_slot("requested_slot") in NARRATIVE_QUESTIONS:
        return keep_words(tracker, dispatcher, text)
    if account_left_open(tracker):
        acknowledge_sexual_violence(text, dispatcher, tracker)
        return [SlotSet(slot, part) for slot, part in added_to_account(tracker.get_slot("narrative"), text).items()]
    return []


def account_left_open(tracker: Tracker) -> bool:
    """The report's form was closed (a break, a stop, "are you sure?") while the account was being told."""
    return (tracker.active_loop.get("name") != "report_form" and tracker.get_slot("narrative") is not None
            and tracker.get_slot("narrative_done") is None)


def only_asked(tracker: Tracker, text: str) -> bool:
    """The latest message is the request it was taken for and nothing more (is_only_a_request).

    Within the account (and in what is added to it, or under the summary), words beside a request are told ("I
    need support, my sister was raped"); at another question they may only be the request in new words ("can I
    talk to a woman officer" at "When?").
    """
    requested = tracker.get_slot("requested_slot")
    beside = words_beside_intent(tracker) if requested in TOLD_AT else 0
    return is_only_a_request(text, latest_intent(tracker), worded_like(tracker), beside,
                             kept_unless_asked=requested == SUMMARY_QUESTION)


def asks_about_the_service(tracker: Tracker) -> bool:
    """The latest message, typed at one of the report's questions in words, is a worry about the service ("who
    will read this?", "will this affect my asylum case"), and only that (only_asked): taken for `tell_me_more` and
    asking, by its question mark (with no number: "maybe 2015?" is an answer) or by every word being worded as such
    questions are; or, whatever it was taken for, a question every word of which is worded so (the classifier read
    "who is going to read all this?" as danger). Answered, never kept as the answer; anything else the classifier
    took for a worry ("my whole family saw it") stays the answer.
    """
    text = clean_text(latest_user_text(tracker))
    asking, worded_as_a_worry = is_question(text), TELL_ME_MORE in worded_like(tracker)
    # A number in a question is an answer said with doubt ("who knows, maybe 2015?", "checkpoint 4?").
    asking_only = asking and not any(character.isdigit() for character in text)
    taken_for_a_worry = latest_intent(tracker) == TELL_ME_MORE and (asking_only or worded_as_a_worry)
    return ((taken_for_a_worry or asking and worded_as_a_worry) and not is_button_payload(text)
            and only_asked(tracker, text))


def keep_words(tracker: Tracker, dispatcher: CollectingDispatcher, text: str) -> List[Dict[Text, Any]]:
    """`text` as the answer to the open question (kept_as_answer), acknowledged as the account is when it
    becomes part of the narrative."""
    kept = kept_as_answer(tracker, text)
    if any(event["name"] in ACCOUNT_SLOTS for event in kept):
        acknowledge_sexual_violence(text, dispatcher, tracker)
    return kept


class ActionKeepAccountWords(Action):
    """Custom slot mapping of the narrative: the account in a message taken for something else is kept in it.

    Rasa calls it only after the intents below, at the account's questions and those answered in words (its
    mapping's conditions in domain.yml), so other turns make no call for it.

    "Please help me, they took my father and beat him for days..." may be classified as asking for support, and
    a long message as a pause or a stop: the rules answer that, and the words join the account all the same, so
    that they are there when the report goes on ("Last spring. I need a break." at "When did it happen?" is that
    question's answer). A request alone (is_only_a_request: "where can I get help?", "I need a break") is only
    that. Intents whose actions keep words themselves (distress, danger, an age, delete) are left to them. At the
    summary the words are a correction ("is it a crime that they burned the school too?").
    """

    def name(self) -> Text:
        return "action_keep_account_words"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        text = clean_text(latest_user_text(tracker))
        requested = tracker.get_slot("requested_slot")
        at_the_summary = requested == SUMMARY_QUESTION
        intents = ANSWERED_AT_THE_SUMMARY if at_the_summary else ANSWERED_WITHOUT_KEEPING
        if (latest_intent(tracker) not in intents or not (at_the_summary or requested in KEEPS_WORDS_AT)
                or any(set_since_latest_message(tracker, slot) for slot in slots_keeping_words(requested))
                or is_button_payload(text) or only_asked(tracker, text)):
            return []
        return keep_words(tracker, dispatcher, text)


class ActionAnswerWorriesInTheReport(Action):
    """"What happens after I send it?" or "who will read this?" at the summary gets the answers behind "Tell me
    more" (what the consent question answered), and the summary question comes back.

    Its rule runs wherever the report form turns the message away: at the summary, whose mapping leaves the
    intent to it (at the questions answered in words the form's validator answers a worry itself, keeping anything
    else as the answer: asks_about_the_service). Only a question and nothing more is
    answered: an addition the classifier took for one ("can you add that my brother was there too?") is kept as
    a correction (ActionKeepAccountWords), and four paragraphs about consent would only be in its way.
    """

    def name(self) -> Text:
        return "action_answer_worries_in_the_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        requested = tracker.get_slot("requested_slot")
        kept = any(set_since_latest_message(tracker, slot) for slot in slots_keeping_words(requested))
        if not kept and only_asked(tracker, clean_text(latest_user_text(tracker))):
            answer_worries(dispatcher)
        return []
