"""Starting, summarising and filing the report."""
from __future__ import annotations

import asyncio
import functools
import logging
import os
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Dict, List, Set, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.consent import TELL_ME_MORE
from actions.conversation import CORRECTIONS, answered, current_answers, latest_intent, set_since_latest_message
from actions.forms import ASKS_TO_CORRECT, WITHDRAW_CONSENT
from bot.intake import summary
from bot.intake.answers import MARKERS
from bot.intake.report_builder import build_report
from bot.language.languages import BY_CODE
from bot.reports import FilingError, ReportStore, UnknownFollowUpCode
from bot.reports.store import FollowUp
from bot.reports.attempts import FollowupAttemptLimiter
from bot.translation import for_staff

logger = logging.getLogger(__name__)
# Questions their rules answer at the summary, which then asks "Shall I send it?" again.
QUESTIONS_ANSWERED_AT_THE_SUMMARY = (TELL_ME_MORE, "support", "what_counts", "mechanisms", "bot_challenge")
# One per action server process (see bot.reports.attempts): how often references and codes may be checked.
FOLLOWUP_ATTEMPTS = FollowupAttemptLimiter()
# Report store work the person need not wait for, referenced until it is done.
_IN_BACKGROUND: Set["asyncio.Future[None]"] = set()
# How much lower than the turns' threads the made-ahead thread runs (Linux nice steps; 19 is the lowest).
MADE_AHEAD_NICENESS = 10
LOWEST_PRIORITY = 19


def _lower_this_threads_priority() -> None:
    """Linux keeps a nice value per thread (setpriority(2), NPTL): this one yields the CPU to the turns, by
    MADE_AHEAD_NICENESS steps below the process however niced it already is."""
    try:
        thread = threading.get_native_id()
        now = os.getpriority(os.PRIO_PROCESS, thread)
        os.setpriority(os.PRIO_PROCESS, thread, min(LOWEST_PRIORITY, now + MADE_AHEAD_NICENESS))
    except (AttributeError, OSError):
        pass  # not Linux, or not allowed here: the work still runs, at the usual priority


# One thread of its own, at a lower priority: work made ahead never holds the executor threads or the scrypt
# slots that someone waiting for an answer needs (filing, a follow-up check), and on a busy machine it waits for
# their turns (measured in docs/benchmarks.md). One thread also keeps the order: a draft's release always comes
# after its prepare. A draft filed before its turn here came is filed with the scrypt run then, as it was before.
MADE_AHEAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="made-ahead",
                                initializer=_lower_this_threads_priority)


def in_background(work: Callable[[ReportStore], None]) -> None:
    """Runs `work` on the report store on the made-ahead thread without waiting for it; a failure is logged
    (by kind only: nothing of a report is in it) and costs nothing but the time it would have saved."""
    store = ReportStore.from_environment()  # the store of now, whenever the thread comes to it
    future = asyncio.get_running_loop().run_in_executor(MADE_AHEAD, work, store)
    _IN_BACKGROUND.add(future)
    future.add_done_callback(_background_done)


def _background_done(future: "asyncio.Future[None]") -> None:
    _IN_BACKGROUND.discard(future)
    if not future.cancelled() and future.exception() is not None:
        logger.warning("Report store work in the background failed (%s); filing does it itself.",
                       type(future.exception()).__name__)


def forget_conversation(tracker: Tracker) -> List[EventType]:
    """Events that end the conversation's memory: the tracker store keeps nothing from before a restart,
    and what the report store prepared for an unfiled draft is released (ReportStore.release).

    The language is kept so the user is still answered in theirs; the next action is to listen.
    """
    draft_id = tracker.get_slot("draft_id")
    if draft_id:
        in_background(lambda store: store.release(draft_id))
    return [Restarted(), SlotSet("language", tracker.get_slot("language")), FollowupAction("action_listen")]


class ActionStartReport(Action):
    """Gives the draft an identity once consent is given, so a report confirmed twice is filed once, and has
    the store prepare its follow-up code's verifier while the person writes (so sending does not wait)."""

    def name(self) -> Text:
        return "action_start_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        if tracker.get_slot("draft_id"):
            return []
        draft_id = uuid.uuid4().hex
        in_background(lambda store: store.prepare(draft_id))
        return [SlotSet("draft_id", draft_id)]


class ActionAskReportConfirmed(Action):
    """Shows the summary in the user's own words before asking to send (survivor-centred rules 12 and 16).

    After a question asked under it and answered ("what happens after I send it?", "where can I get help?"),
    nothing in it changed and it is on screen just above the answer: only the question comes again.
    """

    def name(self) -> Text:
        return "action_ask_report_confirmed"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        if latest_intent(tracker) in ASKS_TO_CORRECT and answered(tracker) == "utter_ask_report_confirmed":
            # "No" to this very question; a "no" that answered the question before it gets the summary.
            dispatcher.utter_message(response="utter_ask_correction")
            return []
        if (latest_intent(tracker) in QUESTIONS_ANSWERED_AT_THE_SUMMARY
                and answered(tracker) == "utter_ask_report_confirmed"
                and not set_since_latest_message(tracker, CORRECTIONS)):
            dispatcher.utter_message(response="utter_ask_report_confirmed")
            return []
        slots = current_answers(tracker)
        dispatcher.utter_message(response="utter_report_summary",
                                 summary=summary.compose(slots, tracker.get_slot("language") or "en"))
        if slots.get("contact_preference") == "anonymous":
            dispatcher.utter_message(response="utter_anonymity_warning")
        dispatcher.utter_message(response="utter_ask_report_confirmed")
        return []


class ActionFileReport(Action):
    """Seals the report for the war crimes team, then forgets the conversation (issue: nothing kept in clear)."""

    def name(self) -> Text:
        return "action_file_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        # Machine translation for staff is CPU-bound: keep it off the action server's event loop.
        report = await asyncio.get_running_loop().run_in_executor(
            None, functools.partial(build_report, current_answers(tracker), tracker.events,
                                    translate_for_staff=for_staff))
        draft_id = tracker.get_slot("draft_id") or uuid.uuid4().hex
        try:
            # Sealing and the follow-up code's scrypt hash take a moment: off the event loop too.
            receipt = await asyncio.get_running_loop().run_in_executor(
                None, functools.partial(ReportStore.from_environment().file, report, idempotency_key=draft_id))
        except FilingError:
            logger.exception("Filing a report failed; the draft is kept for a retry.")
            dispatcher.utter_message(response="utter_filing_failed")
            return [SlotSet("filing_failed", True), SlotSet("draft_id", draft_id)]
        dispatcher.utter_message(response="utter_report_filed", reference=receipt.reference)
        dispatcher.utter_message(response="utter_what_happens_next")
        dispatcher.utter_message(response="utter_support")
        # Last and alone, with "I have saved it" / "Show it again": the one thing they must take away.
        dispatcher.utter_message(response="utter_followup_code", followup_code=receipt.followup_code,
                                 reference=receipt.reference)
        restarted, *kept = forget_conversation(tracker)
        return [restarted, SlotSet("code_to_save", receipt.followup_code),
                SlotSet("reference_to_save", receipt.reference), *kept]


class ActionShowFollowupCode(Action):
    """Shows the follow-up code and reference again, for as long as they are kept after filing (until "I have
    saved it")."""

    def name(self) -> Text:
        return "action_show_followup_code"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        code, reference = tracker.get_slot("code_to_save"), tracker.get_slot("reference_to_save")
        if code:
            dispatcher.utter_message(response="utter_followup_code", followup_code=code, reference=reference)
        else:
            dispatcher.utter_message(response="utter_followup_code_gone")
        return []


class ActionForgetFollowupCode(Action):
    """"I have saved it": the code is forgotten as the rest of the conversation already was."""

    def name(self) -> Text:
        return "action_forget_followup_code"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response="utter_followup_code_saved")
        return forget_conversation(tracker)


class ActionAddToReport(Action):
    """Adds what an anonymous user came back to say to their sealed report, opened by reference and code.

    Checks are rate limited (FOLLOWUP_ATTEMPTS); when one is not admitted, or the pair does not match, what
    the user wrote is kept and only the reference and code are asked for again next time.
    """

    def name(self) -> Text:
        return "action_add_to_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        reference, code = tracker.get_slot("followup_reference"), tracker.get_slot("followup_code")
        text = tracker.get_slot("followup_text")
        credentials_cleared = [SlotSet("followup_reference", None), SlotSet("followup_code", None)]
        cleared = credentials_cleared + [SlotSet("followup_text", None)]
        if not reference or not code or not text:
            return cleared
        if not FOLLOWUP_ATTEMPTS.admit(tracker.sender_id):
            dispatcher.utter_message(response="utter_followup_try_later")
            return credentials_cleared
        store = ReportStore.from_environment()
        language = tracker.get_slot("language") or "en"

        def change() -> FollowUp:
            """Open the report (one scrypt) and make the change, if there is one: "skip" here means nothing to
            add, only reading the team's replies."""
            opened = store.open_follow_up(reference, code)
            if text == WITHDRAW_CONSENT:
                store.withdraw(opened, "report")
            elif text not in MARKERS:
                store.add(opened, {"text": text, "language": language})
            return opened

        loop = asyncio.get_running_loop()
        try:
            # One scrypt, bounded in number by bot.crypto.kdf: off the event loop.
            opened = await loop.run_in_executor(None, change)
        except UnknownFollowUpCode:
            dispatcher.utter_message(response="utter_followup_code_unknown")
            return credentials_cleared
        except FilingError:
            logger.exception("Adding to a report failed.")
            dispatcher.utter_message(response="utter_filing_failed")
            return credentials_cleared
        FOLLOWUP_ATTEMPTS.record_success(tracker.sender_id)
        if text == WITHDRAW_CONSENT:
            dispatcher.utter_message(response="utter_consent_withdrawn", reference=opened.reference)
        elif text not in MARKERS:
            dispatcher.utter_message(response="utter_followup_added", reference=opened.reference)
        only_reading = text in MARKERS
        try:
            replies = await loop.run_in_executor(None, store.replies, opened)
        except Exception:  # noqa: BLE001 (the change is made and said: nothing here may undo or hide it)
            logger.exception("Reading the team's replies failed.")
            if only_reading:
                dispatcher.utter_message(response="utter_team_replies_unreadable")
            return cleared
        if only_reading and not replies:
            # They came only to read: never leave them with silence.
            dispatcher.utter_message(response="utter_no_team_reply", reference=opened.reference)
        for reply in replies:
            dispatcher.utter_message(response="utter_team_reply", reply=reply.text, written_at=reply.written_at[:10],
                                     reference=opened.reference)
            if reply.language != language and reply.language in BY_CODE:
                dispatcher.utter_message(response="utter_team_reply_language",
                                         reply_language=BY_CODE[reply.language].native_name)
        return cleared
