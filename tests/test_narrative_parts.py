"""The account kept in parts (bot/intake/narrative.py): each message adds only itself to the conversation, and
the summary and the report still read the whole account, whatever Rasa does with the slots in between."""
from __future__ import annotations

import asyncio
import json
from typing import Any, Dict, List

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, AllSlotsReset, Restarted, SessionStarted, SlotSet, UserUttered
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateReportForm
from actions.report import ActionAskReportConfirmed
from bot.intake.narrative import whole_account
from tests.helpers import tracker

PARTS = ["soldiers came to the village at night", "they took my brother to the school",
         "we did not see him again for two weeks"]


def told(parts: List[str]) -> List[Dict[str, Any]]:
    """The events of an account told in `parts`, one message each, as the form sets them."""
    return [SlotSet("narrative", parts[0]), *(SlotSet("narrative_more", part) for part in parts[1:])]


def test_the_account_is_the_first_part_and_every_later_part_in_order() -> None:
    assert whole_account(PARTS[0], told(PARTS)) == "\n".join(PARTS)
    assert whole_account(None, told(PARTS)) is None


def test_the_form_setting_the_first_part_again_after_a_pause_changes_nothing() -> None:
    """Rasa validates every filled slot when a form starts again, setting `narrative` to the words it holds."""
    events = [*told(PARTS[:2]), SlotSet("narrative", PARTS[0]), SlotSet("narrative_more", PARTS[2])]
    assert whole_account(PARTS[0], events) == "\n".join(PARTS)


def test_a_new_session_carries_every_part_over() -> None:
    """Rasa's action_session_start copies every slot event of the old session, in order, into the new one."""
    old = told(PARTS)
    events = [*old, SessionStarted(), *(dict(event) for event in old), ActionExecuted("action_listen")]
    assert whole_account(PARTS[0], events) == "\n".join(PARTS)


def test_other_first_words_an_emptied_account_or_reset_slots_start_it_again() -> None:
    assert whole_account("they came back", [*told(PARTS), SlotSet("narrative", "they came back")]) == "they came back"
    assert whole_account("x", [*told(PARTS), SlotSet("narrative", None), SlotSet("narrative", "x")]) == "x"
    assert whole_account("x", [*told(PARTS), AllSlotsReset(), SlotSet("narrative", "x")]) == "x"


def test_a_restart_forgets_the_parts_before_it() -> None:
    trk = Tracker("parts", {"narrative": "after"}, {}, [*told(PARTS), Restarted(), SlotSet("narrative", "after")],
                  False, None, {}, "action_listen")
    assert whole_account(trk.get_slot("narrative"), trk.applied_events()) == "after"


def test_each_message_adds_only_itself_so_a_long_account_grows_linearly() -> None:
    """300 messages through the form's validator: the slot events it leaves in the conversation hold each
    message once (issue 14: re-setting the whole account each time made them grow with its square)."""
    trk = tracker("narrative_requested", slots={"requested_slot": "narrative_done"})
    first = trk.get_slot("narrative")
    message = "they kept us in the cellar and every night they came back for someone else number {}"
    for number in range(300):
        text = message.format(number)
        trk.events.extend([UserUttered(text, {"intent": {"name": "inform", "confidence": 1.0}}),
                           ActionExecuted("report_form")])
        trk.latest_message = {"text": text, "intent": {"name": "inform", "confidence": 1.0}}
        result = ValidateReportForm().validate_narrative_done(text, CollectingDispatcher(), trk, {})
        assert result == {"narrative_more": text, "narrative_done": None}
        trk.events.extend(SlotSet(slot, value) for slot, value in result.items())
    slot_bytes = sum(len(json.dumps(event)) for event in trk.events if event.get("event") == "slot")
    account = whole_account(first, trk.applied_events())
    assert account == "\n".join([first, *(message.format(number) for number in range(300))])
    assert slot_bytes < 3 * len(account)


def test_the_summary_shows_the_whole_account() -> None:
    trk = tracker("report_ready", slots={"narrative": PARTS[0]})
    trk.events.extend(told(PARTS))
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAskReportConfirmed().run(dispatcher, trk, {}))
    [summary] = [message["summary"] for message in dispatcher.messages if message.get("summary")]
    assert all(part in summary for part in PARTS)
