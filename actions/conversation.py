"""Reading the conversation from a tracker: what the user last said and meant, and what the bot already said."""
from __future__ import annotations

from typing import Any, Collection, Dict, Iterator, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from bot.intake.answers import MAX_WORDS_OF_A_NON_ANSWER, is_plain, takes_leave
from bot.intake.fields import ADDED_TO_A_REPORT, ANSWERED_IN_WORDS, FREE_TEXT_QUESTIONS, ONWARD_SHARING
from bot.intake.narrative import added_to_account, with_whole_account
from bot.intake.wording import BESIDE_KEY, PARSE_KEY as WORDED_LIKE

# "That's everything", "no", "nothing else", "skip", "I'd rather not say", "I don't know": the account is closed
# (narrative_done's mapping from these intents in domain.yml).
CLOSES_THE_ACCOUNT = ("done", "deny", "skip", "rather_not_say", "dont_know")
# "Take all the time you need": after it, the open question is not asked again in the same turn.
PAUSED = "utter_paused"
# "Shall I send it?", asked under the summary: words typed there are corrections, shown in the summary again.
SUMMARY_QUESTION = "report_confirmed"
CORRECTIONS = "corrections"


def latest_intent(tracker: Tracker) -> Optional[str]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def latest_user_text(tracker: Tracker) -> str:
    """What the user last wrote, whole: the parse data holds the NLU copy, which InputGuard may have shortened."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event.get("text") or ""
    return tracker.latest_message.get("text") or ""


def worded_like(tracker: Tracker) -> List[str]:
    """The intents the latest message is worded as (bot.components.worded_like)."""
    return list(tracker.latest_message.get(WORDED_LIKE) or [])


def words_beside_intent(tracker: Tracker) -> int:
    """How many words of the latest message no example of the intent it was taken for uses
    (bot.components.worded_like)."""
    return int(tracker.latest_message.get(BESIDE_KEY) or 0)


def plainly_means(tracker: Tracker, *meanings: str, max_words: int = MAX_WORDS_OF_A_NON_ANSWER) -> bool:
    """The latest message is a button for one of `meanings`, or a few words said as one (bot.intake.answers)."""
    return is_plain(latest_user_text(tracker), latest_intent(tracker), worded_like(tracker), meanings, max_words)


def says_goodbye(tracker: Tracker) -> bool:
    """The latest message takes leave ("gotta go", "i have to leave now"; bot.intake.answers.takes_leave)."""
    return takes_leave(latest_user_text(tracker), latest_intent(tracker), worded_like(tracker))


def current_answers(tracker: Tracker) -> Dict[str, Any]:
    """Every slot's value, with the whole account (told in parts, bot.intake.narrative) as `narrative`."""
    return with_whole_account(tracker.current_slot_values(), tracker.applied_events())


def set_since_latest_message(tracker: Tracker, slot: str, value: Any = None) -> bool:
    """True when `slot` was set (to `value`, if given) after the user's latest message: Rasa may run an action
    twice for one message (slot mappings run again when a form starts), and the second run must not repeat."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") == slot and value in (None, event.get("value")):
            return True
    return False


def happened_since_latest_message(tracker: Tracker, event_type: str) -> bool:
    """True when an event of `event_type` ("action_execution_rejected", say) was logged after the user's latest
    message."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == event_type:
            return True
    return False


def said_since_latest_message(tracker: Tracker, response: str) -> bool:
    """True when the bot has given `response` after the user's latest message (in this turn)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot" and (event.get("metadata") or {}).get("utter_action") == response:
            return True
    return False


def _before_latest_message(tracker: Tracker) -> Iterator[Dict[str, Any]]:
    """The events before the user's latest message, newest first."""
    events = iter(reversed(tracker.events))
    for event in events:
        if event.get("event") == "user":
            break
    return events


def slot_before_latest_message(tracker: Tracker, slot: str) -> Any:
    """The value `slot` had before the user's latest message: the slot mappings may have set it since."""
    for event in _before_latest_message(tracker):
        if event.get("event") == "slot" and event.get("name") == slot:
            return event.get("value")
        if event.get("event") in ("reset_slots", "restart"):
            return None
    return None


def answered(tracker: Tracker) -> Optional[str]:
    """The response the user's latest message answered: the bot's last message before it (None if none)."""
    for event in _before_latest_message(tracker):
        if event.get("event") == "bot":
            return (event.get("metadata") or {}).get("utter_action")
    return None


def asked_with(tracker: Tracker) -> List[str]:
    """Every response of the bot's turn that the user's latest message answers, in order (by name)."""
    said: List[str] = []
    for event in _before_latest_message(tracker):
        if event.get("event") == "user":
            break
        if event.get("event") == "bot":
            said.insert(0, (event.get("metadata") or {}).get("utter_action"))
    return said


def times_said(tracker: Tracker, response: str) -> int:
    """How often the bot has already given `response` in this conversation (to ask at most once more)."""
    return sum(1 for event in tracker.events
               if event.get("event") == "bot" and (event.get("metadata") or {}).get("utter_action") == response)


def with_correction(tracker: Tracker, text: str) -> List[str]:
    """The corrections typed at the summary, `text` added: the summary shows them, and staff read them, in order."""
    return list(tracker.get_slot(CORRECTIONS) or []) + [text]


def kept_as_answer(tracker: Tracker, text: str) -> List[SlotSet]:
    """Keeps words that a detour interrupted (distress, a misread age) as the answer to the open question.

    More narrative is added to what was already told; at another question answered in words (or in what is added
    to a filed report) they are added to what was kept there before. At the summary, and at the question whether
    the team may share the report (a consent: words are no yes), they are a correction, shown in the summary.
    Questions answered with a choice are left open, so their buttons still work.
    """
    requested, loop = tracker.get_slot("requested_slot"), tracker.active_loop.get("name")
    if loop == "report_form" and requested in (SUMMARY_QUESTION, ONWARD_SHARING):
        return [SlotSet(CORRECTIONS, with_correction(tracker, text))]
    if loop == "report_form" and requested in ("narrative", "narrative_done"):
        return [SlotSet(slot, part) for slot, part in added_to_account(tracker.get_slot("narrative"), text).items()]
    if (loop == "followup_form" and requested == ADDED_TO_A_REPORT
            or loop == "report_form" and (requested in ANSWERED_IN_WORDS or requested in FREE_TEXT_QUESTIONS)):
        earlier = slot_before_latest_message(tracker, requested)
        return [SlotSet(requested, f"{earlier}\n{text}" if earlier else text)]
    return []


def prompts_in_a_row(tracker: Tracker, response: str, passing: Collection[str] = ()) -> int:
    """How many of the bot's latest messages, counted back from now, were `response` (the user's turns between
    them do not break the run, nor the bot's `passing` messages; anything else the bot said does): a prompt is
    never given a third time in a row."""
    run = 0
    for event in reversed(tracker.events):
        if event.get("event") != "bot":
            continue
        name = (event.get("metadata") or {}).get("utter_action")
        if name == response:
            run += 1
        elif name not in passing:
            break
    return run


def last_question(tracker: Tracker) -> Optional[str]:
    """The response the bot gave last, by name."""
    for event in reversed(tracker.events):
        if event.get("event") == "bot":
            return (event.get("metadata") or {}).get("utter_action")
    return None
