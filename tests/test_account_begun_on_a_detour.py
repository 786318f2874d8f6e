"""An account begun on a detour is never replaced. "they came at night and took my husband", typed at "What
happened?" and taken for distress, was kept as the start of the account while the question stayed open (the
break offered instead); seen from outside, the next message ("and then they burned the house") replaced it, and a
button pressed there emptied it. Now the next message is more of the account, and anything else keeps it; end to
end in tests/test_e2e_opening.py. So at any question answered in words: words kept there on a detour ("in 2015 when
they beat us all, i cant stop shaking" at "When?") are added to, never replaced. The wordings are our own."""
from __future__ import annotations

from typing import Any, Dict

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import kept_as_answer, slot_before_latest_message
from actions.forms import ValidateReportForm
from bot.intake.narrative import whole_account
from tests.helpers import with_message

BEGUN = "they came at night and took my husband"


def typed_after_the_detour(text: str, intent: str, begun: Any = BEGUN) -> Tracker:
    """`text` typed at "What happened?" after a detour kept `begun` as the account's first part, the form's text
    mapping having set the slot to `text` (as Rasa does before validating)."""
    trk = with_message("narrative_requested", text, intent, requested_slot="narrative", narrative=text,
                       narrative_done=None)
    detour = [{"event": "user", "text": BEGUN, "parse_data": {"intent": {"name": "distress"}}},
              {"event": "bot", "text": "I am so sorry.", "metadata": {"utter_action": "utter_distress_offer"}},
              {"event": "slot", "name": "narrative", "value": begun},
              {"event": "action", "name": "action_listen"}]
    trk.events[-1:-1] = detour
    trk.events.append({"event": "slot", "name": "narrative", "value": text})
    return trk


def validated(trk: Tracker) -> Dict[str, Any]:
    text = trk.latest_message["text"]
    return ValidateReportForm().validate_narrative(text, CollectingDispatcher(), trk, {})


def test_the_next_message_is_more_of_the_account_begun_on_the_detour() -> None:
    trk = typed_after_the_detour("and then they burned the house", "inform")
    slots = validated(trk)
    assert slots == {"narrative": BEGUN, "narrative_more": "and then they burned the house"}
    events = trk.events + [{"event": "slot", "name": name, "value": value} for name, value in slots.items()]
    assert whole_account(slots["narrative"], events) == BEGUN + "\nand then they burned the house"


@pytest.mark.parametrize("text, intent", [("/done", "done"), ('/choose_role{"role":"witness"}', "choose_role"),
                                          ("/skip", "skip"), ("i dont know", "dont_know"), ("hmm", "inform")])
def test_a_button_a_skip_or_nothing_said_keeps_the_account_as_it_is(text: str, intent: str) -> None:
    assert validated(typed_after_the_detour(text, intent)) == {"narrative": BEGUN}


def test_the_first_answer_to_what_happened_is_the_account_as_before() -> None:
    trk = with_message("narrative_requested", "soldiers took the men to the river", "inform",
                       requested_slot="narrative", narrative="soldiers took the men to the river", narrative_done=None)
    trk.events = [event for event in trk.events if not (event.get("event") == "slot"
                                                        and event.get("name") == "narrative")]
    assert validated(trk) == {"narrative": "soldiers took the men to the river"}


def test_the_value_before_the_message_is_forgotten_with_a_restart() -> None:
    trk = typed_after_the_detour("and then they burned the house", "inform")
    assert slot_before_latest_message(trk, "narrative") == BEGUN
    trk.events[-2:-2] = [{"event": "restart"}]
    assert slot_before_latest_message(trk, "narrative") is None


def typed_at_a_question_after_the_detour(slot: str, text: str, intent: str, kept: str) -> Tracker:
    """`text` typed at `slot`'s question after a detour kept `kept` as its answer while it stayed open."""
    trk = with_message("narrative_requested", text, intent, requested_slot=slot, narrative="soldiers came",
                       narrative_done=True, **{slot: text})
    trk.events[-1:-1] = [{"event": "user", "text": kept, "parse_data": {"intent": {"name": "distress"}}},
                         {"event": "slot", "name": slot, "value": kept}, {"event": "action", "name": "action_listen"}]
    trk.events.append({"event": "slot", "name": slot, "value": text})
    return trk


KEPT_AT_WHEN = "in 2015 when they beat us all, i cant stop shaking"


@pytest.mark.parametrize("slot", ["incident_time", "incident_place", "perpetrator", "others_involved", "evidence"])
def test_words_kept_at_any_question_on_a_detour_are_added_to_not_replaced(slot: str) -> None:
    trk = typed_at_a_question_after_the_detour(slot, "it was in march", "inform", KEPT_AT_WHEN)
    slots = getattr(ValidateReportForm(), f"validate_{slot}")("it was in march", CollectingDispatcher(), trk, {})
    assert slots == {slot: KEPT_AT_WHEN + "\nit was in march"}


@pytest.mark.parametrize("text, intent", [("/skip", "skip"), ("i dont know", "dont_know"), ("hmm", "inform")])
def test_a_skip_or_nothing_said_keeps_the_words_kept_at_a_question(text: str, intent: str) -> None:
    trk = typed_at_a_question_after_the_detour("incident_time", text, intent, KEPT_AT_WHEN)
    slots = ValidateReportForm().validate_incident_time(text, CollectingDispatcher(), trk, {})
    assert slots == {"incident_time": KEPT_AT_WHEN}


@pytest.mark.parametrize("text, intent", [("Bye!!", "goodbye"), ("/review_and_send", "review_and_send"),
                                          ("who will read this?", "tell_me_more")])
def test_leaving_reviewing_or_asking_at_the_question_keeps_the_words_kept_there(text: str, intent: str) -> None:
    """A goodbye, "That's all, review and send" or a worry answers nothing, and the words kept before stay."""
    trk = typed_at_a_question_after_the_detour("incident_time", text, intent, KEPT_AT_WHEN)
    slots = ValidateReportForm().validate_incident_time(text, CollectingDispatcher(), trk, {})
    assert slots["incident_time"] == KEPT_AT_WHEN, slots


def test_a_goodbye_at_what_happened_keeps_the_account_begun() -> None:
    assert validated(typed_after_the_detour("Bye!!", "goodbye")) == {"narrative": BEGUN}


def detour_at(slot: str, text: str, kept: Any) -> Tracker:
    """A second message taken for distress at `slot`'s question, `kept` already kept there on the first."""
    trk = with_message("narrative_requested", text, "distress", requested_slot=slot, narrative="soldiers came",
                       narrative_done=True, **{slot: kept})
    trk.events[-1:-1] = [{"event": "slot", "name": slot, "value": kept}]
    return trk


def test_a_second_detour_at_a_question_adds_its_words_to_those_kept_there() -> None:
    trk = detour_at("incident_time", "and again in 2016 they came back, i am so scared", KEPT_AT_WHEN)
    assert kept_as_answer(trk, "and again in 2016 they came back, i am so scared") == [
        SlotSet("incident_time", KEPT_AT_WHEN + "\nand again in 2016 they came back, i am so scared")]


def test_words_on_a_detour_at_the_sharing_question_are_a_correction_never_its_answer() -> None:
    """Whether the team may share the report is a consent: words of an account are no yes, and kept as its answer
    they had closed the question (a "yes" pressed later was lost)."""
    trk = detour_at("onward_sharing", "they also took my cousin that night and i cant stop crying", None)
    assert kept_as_answer(trk, "they also took my cousin that night and i cant stop crying") == [
        SlotSet("corrections", ["they also took my cousin that night and i cant stop crying"])]
