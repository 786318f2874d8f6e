"""Custom actions and form validators, on trackers built from JSON fixtures, asserting exact events and messages."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Dict, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, Restarted, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.care import ActionDeleteEverything, ActionRespondToDistress
from actions.forms import ValidateIntakeForm, ValidateReportForm
from actions.consent import WORRY_ANSWERS
from actions.interruptions import ActionAnswerWorriesInTheReport, ActionKeepAccountWords
from actions.report import MADE_AHEAD, ActionAskReportConfirmed, ActionStartReport
from actions.resume import ActionResumeReport
from bot.intake.age import may_say_under_18_now, mentions_an_age_under_18
from tests.crypto_fixtures import make_store, scrypt_derivations
from tests.helpers import FakeClock, account_after, responses, returning, run_action, tracker, with_message
from bot.reports.attempts import FollowupAttemptLimiter

# --- the report form validator -------------------------------------------------------------------------------

def test_a_form_reactivated_after_a_pause_keeps_earlier_answers() -> None:
    """On reactivation Rasa re-validates filled slots while the latest message is "continue"."""
    trk = with_message("narrative_requested", "continue", "resume", requested_slot=None)
    result = ValidateReportForm().validate_narrative("soldiers came at night", CollectingDispatcher(), trk, {})
    assert result == {"narrative": "soldiers came at night"}


@pytest.mark.parametrize("text, intent, stored", [
    ("skip this one", "skip", "skipped"), ("/skip", "skip", "skipped"), ("no idea", "dont_know", "dont_know"),
    ("i dont remember", "dont_know", "dont_know"), ("prefer not to say", "rather_not_say", "rather_not_say"),
    ("لا أعرف", "dont_know", "dont_know"), ("не хочу казати", "rather_not_say", "rather_not_say")])
def test_every_way_of_not_answering_is_accepted(text: str, intent: str, stored: str) -> None:
    trk = with_message("narrative_requested", text, intent, requested_slot="incident_time")
    result = ValidateReportForm().validate_incident_time(text, CollectingDispatcher(), trk, {})
    assert result == {"incident_time": stored}


@pytest.mark.parametrize("text, intent", [("in the spring", "dont_know"), ("before the war", "skip"),
                                          ("في الربيع", "rather_not_say"), ("навесні", "dont_know")])
def test_a_short_answer_taken_for_not_answering_is_kept_in_the_users_words(text: str, intent: str) -> None:
    trk = with_message("narrative_requested", text, intent, requested_slot="incident_time")
    result = ValidateReportForm().validate_incident_time(text, CollectingDispatcher(), trk, {})
    assert result == {"incident_time": text}


@pytest.mark.parametrize("slot", ["narrative", "narrative_done", "incident_time", "perpetrator"])
@pytest.mark.parametrize("text", ["hmm", "ممم...", "эээ"])
def test_a_sound_of_hesitation_answers_nothing_and_the_question_is_asked_again(slot: str, text: str) -> None:
    trk = with_message("narrative_requested", text, "nlu_fallback", requested_slot=slot, **{slot: None})
    assert getattr(ValidateReportForm(), f"validate_{slot}")(text, CollectingDispatcher(), trk, {}) == {slot: None}


@pytest.mark.parametrize("payload, intent", [("/resume", "resume"), ('/choose_role{"role":"witness"}', "choose_role"),
                                             ('/change_language{"language_choice":"fr"}', "change_language")])
def test_a_button_of_another_question_answers_nothing_and_the_question_is_asked_again(payload: str,
                                                                                      intent: str) -> None:
    trk = with_message("narrative_requested", payload, intent, requested_slot="incident_place")
    assert ValidateReportForm().validate_incident_place(payload, CollectingDispatcher(), trk, {}) == \
        {"incident_place": None}


@pytest.mark.parametrize("slot", ["narrative", "incident_time", "incident_place"])
@pytest.mark.parametrize("payload, intent", [("/deny", "deny"), ("/affirm", "affirm")])
def test_a_yes_or_no_button_still_on_screen_does_not_answer_what_happened_when_or_where(slot: str, payload: str,
                                                                                         intent: str) -> None:
    """"Not now" pressed on the consent message after all must not file "no" as the account."""
    trk = with_message("narrative_requested", payload, intent, requested_slot=slot, **{slot: None})
    assert getattr(ValidateReportForm(), f"validate_{slot}")(payload, CollectingDispatcher(), trk, {}) == {slot: None}


@pytest.mark.parametrize("slot, payload, intent, answer", [("perpetrator_in_uk", "/affirm", "affirm", "yes"),
                                                           ("others_involved", "/deny", "deny", "no"),
                                                           ("narrative", "/skip", "skip", "skipped")])
def test_questions_a_yes_or_no_answers_still_take_the_button(slot: str, payload: str, intent: str,
                                                             answer: str) -> None:
    trk = with_message("narrative_requested", payload, intent, requested_slot=slot, **{slot: None})
    assert getattr(ValidateReportForm(), f"validate_{slot}")(payload, CollectingDispatcher(), trk, {})[slot] == answer


@pytest.mark.parametrize("account, misread_as", [("they came at night", "goodbye"), ("вони прийшли", "resume"),
                                                 ("جاؤوا في الليل", "followup")])
def test_a_short_account_misread_as_bye_or_carry_on_is_kept_as_the_account(account: str, misread_as: str) -> None:
    """The domain lets these intents through to the answer (only what must act at once interrupts it)."""
    import yaml
    from bot.settings import PROJECT_ROOT

    mappings = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))["slots"]["narrative"]
    assert all(misread_as not in mapping.get("not_intent", []) for mapping in mappings["mappings"])
    trk = with_message("narrative_requested", account, misread_as, requested_slot="narrative", narrative=None)
    assert ValidateReportForm().validate_narrative(account, CollectingDispatcher(), trk, {}) == \
        {"narrative": account}


ACCOUNT_AS_A_REQUEST = ("please help me, they took my father from the house and beat him for days and we never saw "
                        "him again")


@pytest.mark.parametrize("misread_as", ["support", "what_counts", "mechanisms", "bot_challenge", "pause", "stop",
                                        "keep_draft"])
@pytest.mark.parametrize("requested, narrative, part, told", [
    ("narrative_done", "soldiers came at night", "narrative_more", f"soldiers came at night\n{ACCOUNT_AS_A_REQUEST}"),
    ("narrative", None, "narrative", ACCOUNT_AS_A_REQUEST)])
def test_an_account_taken_for_a_question_a_pause_or_a_stop_is_kept_in_it(misread_as: str, requested: str,
                                                                        narrative: Any, part: str, told: str) -> None:
    trk = with_message("narrative_requested", ACCOUNT_AS_A_REQUEST, misread_as, requested_slot=requested,
                       narrative=narrative)
    events, messages = run_action(ActionKeepAccountWords(), trk)
    assert (events, messages) == ([SlotSet(part, ACCOUNT_AS_A_REQUEST)], [])
    assert account_after(trk, events) == told


def test_rasa_asks_for_the_account_words_only_after_the_intents_and_at_the_questions_they_are_for() -> None:
    """The custom mapping is conditioned in domain.yml so that no other turn calls the action server for it."""
    import yaml
    from actions.interruptions import ANSWERED_AT_THE_SUMMARY, ANSWERED_WITHOUT_KEEPING, KEEPS_WORDS_AT
    from bot.intake.fields import ADDED_TO_A_REPORT
    from bot.settings import PROJECT_ROOT

    slots = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))["slots"]
    conditions = []
    for slot in ("narrative", ADDED_TO_A_REPORT):
        [custom] = [mapping for mapping in slots[slot]["mappings"]
                    if mapping.get("action") == "action_keep_account_words"]
        assert tuple(custom["intent"]) == ANSWERED_WITHOUT_KEEPING
        conditions += custom["conditions"]
    assert conditions == [
        {"active_loop": "followup_form" if question == ADDED_TO_A_REPORT else "report_form", "requested_slot": question}
        for question in KEEPS_WORDS_AT]
    [at_the_summary] = [mapping for mapping in slots["report_confirmed"]["mappings"]
                        if mapping.get("action") == "action_keep_account_words"]
    assert tuple(at_the_summary["intent"]) == ANSWERED_AT_THE_SUMMARY
    assert at_the_summary["conditions"] == [{"active_loop": "report_form", "requested_slot": "report_confirmed"}]
    [typed_at_the_summary] = [mapping for mapping in slots["report_confirmed"]["mappings"]
                              if mapping["type"] == "from_text"]
    assert set(ANSWERED_AT_THE_SUMMARY) <= set(typed_at_the_summary["not_intent"])


MORE_AFTER_A_DETOUR = "they kept us in the school three days without water and the commander gave the orders"


@pytest.mark.parametrize("intent", ["inform", "resume", "greet", "done", "skip"])
def test_the_account_that_brings_the_report_back_after_a_detour_is_kept_in_it(intent: str) -> None:
    """Rasa's form neither reads the message after a detour nor validates anything when it comes back: the action
    takes the message as the form's validator takes an answer, whatever it was taken for."""
    trk = with_message("narrative_requested", MORE_AFTER_A_DETOUR, intent)
    events, messages = run_action(ActionResumeReport(), trk)
    assert (events, messages) == ([SlotSet("narrative_more", MORE_AFTER_A_DETOUR), SlotSet("narrative_done", None)],
                                  [])
    assert account_after(trk, events) == f"soldiers came at night\n{MORE_AFTER_A_DETOUR}"


@pytest.mark.parametrize("text, intent", [("that's everything", "done"), ("no", "deny"), ("/done", "done")])
def test_that_is_everything_after_a_detour_closes_the_account(text: str, intent: str) -> None:
    events, messages = run_action(ActionResumeReport(), with_message("narrative_requested", text, intent))
    assert (events, messages) == ([SlotSet("narrative_done", True)], [])


@pytest.mark.parametrize("text, intent, requested", [
    ("let's carry on", "resume", "narrative_done"), ("hello", "greet", "narrative_done"),
    ("/resume", "resume", "narrative_done"), ("ok", "affirm", "incident_time"),
    (MORE_AFTER_A_DETOUR, "inform", "perpetrator_in_uk")])
def test_only_resuming_says_so_and_sets_nothing(text: str, intent: str, requested: Any) -> None:
    """A plain "go on", a button, or a question answered with a choice."""
    trk = with_message("narrative_requested", text, intent, requested_slot=requested)
    events, messages = run_action(ActionResumeReport(), trk)
    assert (events, responses(messages)) == ([], ["utter_resuming"])


def paused(text: str, intent: str, **slots: Any) -> Any:
    """The fixture after "I need a break": the form closed and no question open."""
    trk = with_message("narrative_requested", text, intent, requested_slot=None, **slots)
    trk.active_loop = {}
    return trk


@pytest.mark.parametrize("intent", ["inform", "resume"])
def test_more_of_the_account_after_a_break_joins_it_and_the_report_resumes(intent: str) -> None:
    events, messages = run_action(ActionResumeReport(), paused(MORE_AFTER_A_DETOUR, intent))
    assert (events, responses(messages)) == ([SlotSet("narrative_more", MORE_AFTER_A_DETOUR)], ["utter_resuming"])


@pytest.mark.parametrize("text, intent, slots", [
    ("I am back now", "resume", {}), ("/resume", "resume", {}), ("ok go", "inform", {}), ("/done", "done", {}),
    (MORE_AFTER_A_DETOUR, "inform", {"narrative_done": True}), (MORE_AFTER_A_DETOUR, "inform", {"narrative": None})])
def test_after_a_break_only_words_of_an_open_account_join_it(text: str, intent: str, slots: Dict[str, Any]) -> None:
    """A few words, a button, an account already closed (a later question was left), or none begun yet."""
    events, messages = run_action(ActionResumeReport(), paused(text, intent, **slots))
    assert (events, responses(messages)) == ([], ["utter_resuming"])


def after_the_choices_after_danger(text: str, intent: str) -> Any:
    """Paused by words of danger during the report: the choices (Leave now, Save for later, Go on) were asked."""
    trk = paused(text, intent)
    trk.events.insert(-1, {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_ask_safe_to_go_on"},
                           "data": {"buttons": [{"title": "Go on", "payload": "/resume"}]}})
    return trk


@pytest.mark.parametrize("text", ["hmm ok", "ok i guess", "fine whatever"])
def test_after_danger_only_a_plain_go_on_takes_the_report_up_again(text: str) -> None:
    """Seen from outside: "hmm ok" typed to the choices after "they are outside my door now" was read as "Go on"
    and the report carried on."""
    events, messages = run_action(ActionResumeReport(), after_the_choices_after_danger(text, "resume"))
    assert responses(messages) == ["utter_not_understood_choices_again", "utter_ask_safe_to_go_on"]
    assert events == [UserUtteranceReverted(), FollowupAction("action_listen")]


@pytest.mark.parametrize("text", ["/resume", "go on"])
def test_after_danger_go_on_takes_the_report_up_again(text: str) -> None:
    events, messages = run_action(ActionResumeReport(), after_the_choices_after_danger(text, "resume"))
    assert responses(messages) == ["utter_resuming"] and FollowupAction("action_listen") not in events


@pytest.mark.parametrize("text, intent, stored", [("a week before easter", "inform", "a week before easter"),
                                                  ("i don't remember", "dont_know", "dont_know")])
def test_an_answer_after_a_detour_answers_the_open_question(text: str, intent: str, stored: str) -> None:
    trk = with_message("narrative_requested", text, intent, requested_slot="incident_time")
    assert run_action(ActionResumeReport(), trk) == ([SlotSet("incident_time", stored)], [])


@pytest.mark.parametrize("text, intent", [("where can I get help?", "support"), ("is this a war crime", "what_counts"),
                                          ("are you a real person or a bot?", "bot_challenge"),
                                          ("I need a break, this is too much for me right now", "pause"),
                                          ("/support", "support")])
def test_a_request_of_a_few_words_is_only_a_request(text: str, intent: str) -> None:
    trk = with_message("narrative_requested", text, intent, requested_slot="narrative_done")
    assert run_action(ActionKeepAccountWords(), trk) == ([], [])


@pytest.mark.parametrize("text, intent", [("they took my son. i need a break", "pause"),
                                          ("They raped me. Where can I get help?", "support"),
                                          ("ضربوني. بدي مساعدة", "support"),
                                          ("мужа забрали.\nможно остановиться", "stop")])
def test_a_short_account_told_with_a_request_is_kept_with_it(text: str, intent: str) -> None:
    """Seen from outside: "they took my son. i need a break" at "what happened?" paused the report, and "they
    took my son" was not in the account when it went on."""
    trk = with_message("narrative_requested", text, intent, requested_slot="narrative_done",
                       narrative="soldiers came at night")
    events, _ = run_action(ActionKeepAccountWords(), trk)
    assert events == [SlotSet("narrative_more", text)]


@pytest.mark.parametrize("text, intent", [("i need support my sister was raped", "support"),
                                          ("where can i get help they burned our house", "support"),
                                          ("i need a break they hit my brother with rifles", "pause")])
def test_words_of_an_account_in_the_sentence_of_a_request_are_kept_in_the_account(text: str, intent: str) -> None:
    trk = with_message("narrative_requested", text, intent, requested_slot="narrative_done",
                       narrative="soldiers came at night")
    events, _ = run_action(ActionKeepAccountWords(), trk)
    assert events == [SlotSet("narrative_more", text)]


def adding_to_a_report(text: str, intent: str) -> Tracker:
    trk = with_message("narrative_requested", text, intent, requested_slot="followup_text", narrative=None)
    trk.active_loop = {"name": "followup_form"}
    return trk


def test_words_added_to_a_report_taken_for_a_question_are_what_is_added() -> None:
    """Seen from outside: "the soldiers had a white truck", typed to "What would you like to add to your report?",
    was taken for "what counts" and not added."""
    trk = adding_to_a_report("the soldiers had a white truck", "what_counts")
    assert run_action(ActionKeepAccountWords(), trk)[0] == [SlotSet("followup_text", "the soldiers had a white truck")]


def test_a_question_alone_typed_when_adding_to_a_report_is_only_that_question() -> None:
    assert run_action(ActionKeepAccountWords(), adding_to_a_report("is this a war crime", "what_counts")) == ([], [])


def test_a_request_in_new_words_at_another_question_is_not_taken_as_its_answer() -> None:
    """"can i talk to a woman officer please" at "When did it happen?" is the request only, however new its words."""
    trk = with_message("narrative_requested", "can i talk to a woman officer please", "support",
                       requested_slot="incident_time", narrative="soldiers came at night")
    assert run_action(ActionKeepAccountWords(), trk) == ([], [])


def validating_kept_words(intent: str, rejected_already: bool = False, requested: str = "narrative_done") -> Tracker:
    """The report form's validator on the turn where ActionKeepAccountWords kept a message taken for `intent`."""
    text = "they took my son. i need a break"
    kept_in = "narrative_more" if requested == "narrative_done" else requested
    trk = with_message("narrative_requested", text, intent, requested_slot=requested,
                       narrative="soldiers came at night")
    trk.events.append({"event": "slot", "name": kept_in, "value": text})
    trk.slots[kept_in] = text
    if rejected_already:
        trk.events.append({"event": "action_execution_rejected", "name": "report_form"})
    return trk


@pytest.mark.parametrize("intent, requested", [("pause", "narrative_done"), ("support", "narrative_done"),
                                               ("stop", "narrative_done"), ("pause", "incident_time"),
                                               ("support", "evidence")])
def test_words_kept_with_a_request_turn_the_form_away_so_that_the_request_is_answered(intent: str,
                                                                                      requested: str) -> None:
    """Seen from outside: with the words kept, the form carried on as if nothing had been asked: no break, no
    support list."""
    events, _ = run_action(ValidateReportForm(), validating_kept_words(intent, requested=requested))
    assert {"event": "action_execution_rejected", "name": "report_form", "policy": None, "confidence": None,
            "timestamp": None} in events


@pytest.mark.parametrize("intent, rejected_already", [("inform", False), ("pause", True)])
def test_an_answer_or_the_form_coming_back_after_the_request_is_not_turned_away(intent: str,
                                                                              rejected_already: bool) -> None:
    events, _ = run_action(ValidateReportForm(), validating_kept_words(intent, rejected_already))
    assert not any(event.get("event") == "action_execution_rejected" for event in events)


@pytest.mark.parametrize("text, intent", [("I need a break. Thanks.", "pause"), ("stop. please stop", "stop")])
def test_a_request_in_several_sentences_worded_as_it_is_only_a_request(text: str, intent: str) -> None:
    trk = with_message("narrative_requested", text, intent, requested_slot="narrative_done")
    assert run_action(ActionKeepAccountWords(), trk) == ([], [])


@pytest.mark.parametrize("intent, requested", [("inform", "narrative_done"), ("distress", "narrative_done"),
                                               ("delete_everything", "narrative"), ("support", "role"),
                                               ("pause", "perpetrator_in_uk")])
def test_other_intents_and_questions_are_left_to_their_own_paths(intent: str, requested: str) -> None:
    """The answer mapping, the actions that keep words themselves, and questions answered with a choice."""
    trk = with_message("narrative_requested", ACCOUNT_AS_A_REQUEST, intent, requested_slot=requested)
    assert run_action(ActionKeepAccountWords(), trk) == ([], [])


@pytest.mark.parametrize("text, intent, requested", [
    ("Last spring, after Easter. I need a break.", "pause", "incident_time"),
    ("in the school in our village. where can i get help?", "support", "incident_place"),
    ("A man called Karim, the commander of the checkpoint. Can I stop now", "stop", "perpetrator")])
def test_an_answer_in_words_that_also_asks_for_something_is_kept_as_the_answer(text: str, intent: str,
                                                                                 requested: str) -> None:
    """Seen from outside: a follow-up answer typed with "I need a break" was lost with the break."""
    trk = with_message("narrative_requested", text, intent, requested_slot=requested)
    assert run_action(ActionKeepAccountWords(), trk) == ([SlotSet(requested, text)], [])


def test_words_kept_at_a_question_before_are_added_to_never_replaced() -> None:
    """"in the school" was kept at "Where?" on a detour, the question still open: more words join it."""
    trk = with_message("narrative_requested", "Near the river. I need a break.", "pause",
                       requested_slot="incident_place", incident_place="in the school")
    trk.events[-1:-1] = [{"event": "slot", "name": "incident_place", "value": "in the school"}]
    assert run_action(ActionKeepAccountWords(), trk) == (
        [SlotSet("incident_place", "in the school\nNear the river. I need a break.")], [])


@pytest.mark.parametrize("part", ["narrative", "narrative_more"])
def test_words_kept_for_this_message_are_not_added_twice(part: str) -> None:
    """Rasa runs slot mappings again when a form starts within the same turn."""
    trk = with_message("narrative_requested", ACCOUNT_AS_A_REQUEST, "support", requested_slot="narrative_done")
    trk.events.append(SlotSet(part, ACCOUNT_AS_A_REQUEST))
    assert run_action(ActionKeepAccountWords(), trk) == ([], [])


def test_the_account_of_sexual_violence_is_acknowledged_when_kept() -> None:
    text = "can someone help me, the soldiers raped my sister in front of us and then they took my brother away"
    trk = with_message("narrative_requested", text, "support", requested_slot="narrative_done")
    events, messages = run_action(ActionKeepAccountWords(), trk)
    assert responses(messages) == ["utter_sexual_violence_support"]
    assert events == [SlotSet("narrative_more", text)]
    assert account_after(trk, events) == f"soldiers came at night\n{text}"


def test_an_answer_is_kept_in_the_users_own_words() -> None:
    trk = with_message("narrative_requested", "  Near the old bakery, Irpin  ", "inform", requested_slot="incident_place")
    result = ValidateReportForm().validate_incident_place("x", CollectingDispatcher(), trk, {})
    assert result == {"incident_place": "Near the old bakery, Irpin"}


def test_an_empty_answer_asks_again_rather_than_storing_nothing() -> None:
    trk = with_message("narrative_requested", " \x00 ", "inform", requested_slot="evidence")
    assert ValidateReportForm().validate_evidence("", CollectingDispatcher(), trk, {}) == {"evidence": None}


def test_more_narrative_is_added_to_what_was_already_said() -> None:
    trk = with_message("narrative_requested", "then they took the men away", "inform")
    result = ValidateReportForm().validate_narrative_done("then they took the men away",
                                                           CollectingDispatcher(), trk, {})
    assert result == {"narrative_more": "then they took the men away", "narrative_done": None}


@pytest.mark.parametrize("text, intent", [("yes", "affirm"), ("continue", "resume"), ("ok", "affirm"),
                                          ("hello?", "greet"), ("thank you", "goodbye"), ("i have more", "add_more"),
                                          ("نعم", "affirm"), ("продолжить", "resume")])
def test_a_plain_yes_or_go_on_keeps_the_account_open_and_adds_nothing(text: str, intent: str) -> None:
    trk = with_message("narrative_requested", text, intent, requested_slot="narrative_done")
    assert ValidateReportForm().validate_narrative_done(text, CollectingDispatcher(), trk, {}) == {
        "narrative_done": None}


@pytest.mark.parametrize("text, intent", [("yes they came back at night", "affirm"),
                                          ("ok so then the soldiers left", "affirm")])
def test_a_yes_that_goes_on_telling_is_more_of_the_account(text: str, intent: str) -> None:
    trk = with_message("narrative_requested", text, intent, requested_slot="narrative_done")
    assert ValidateReportForm().validate_narrative_done(text, CollectingDispatcher(), trk, {}) == {
        "narrative_more": text, "narrative_done": None}


def test_a_skipped_narrative_does_not_ask_for_more() -> None:
    trk = with_message("narrative_requested", "/skip", "skip", requested_slot="narrative")
    result = ValidateReportForm().validate_narrative("/skip", CollectingDispatcher(), trk, {})
    assert result == {"narrative": "skipped", "narrative_done": True}


def test_contact_details_are_asked_only_when_the_user_wants_contact() -> None:
    form = ValidateReportForm()
    slots = ["contact_preference", "contact_details", "report_confirmed"]
    anonymous = tracker("report_ready", slots={"contact_preference": "anonymous"})
    contact = tracker("report_ready", slots={"contact_preference": "contact_me"})
    assert asyncio.run(form.required_slots(slots, CollectingDispatcher(), anonymous, {})) == [
        "contact_preference", "report_confirmed"]
    assert asyncio.run(form.required_slots(slots, CollectingDispatcher(), contact, {})) == slots


def test_declining_contact_details_after_all_means_anonymous() -> None:
    trk = with_message("report_ready", "/rather_not_say", "rather_not_say", contact_preference="contact_me",
                       requested_slot="contact_details")
    result = ValidateReportForm().validate_contact_details("/rather_not_say", CollectingDispatcher(), trk, {})
    assert result == {"contact_details": "rather_not_say", "contact_preference": "anonymous"}


def test_unclear_contact_choice_is_rephrased_once_then_anonymous() -> None:
    dispatcher = CollectingDispatcher()
    first = with_message("report_ready", "hmm maybe", "inform", requested_slot="contact_preference")
    assert ValidateReportForm().validate_contact_preference("hmm maybe", dispatcher, first, {}) == {
        "contact_preference": None}
    assert responses(dispatcher.messages) == ["utter_contact_choose_one"]

    rephrased = tracker("report_ready", slots={"requested_slot": "contact_preference"},
                        latest_message={"text": "still unsure", "intent": {"name": "inform"}})
    rephrased.events.append({"event": "bot", "metadata": {"utter_action": "utter_contact_choose_one"}})
    dispatcher = CollectingDispatcher()
    assert ValidateReportForm().validate_contact_preference("still unsure", dispatcher, rephrased, {}) == {
        "contact_preference": "anonymous"}
    assert dispatcher.messages == []


def test_a_long_answer_that_sounds_like_i_dont_know_is_kept_in_full() -> None:
    account = "i don't know who they were, they came at night and took my brother to the school " * 60
    trk = with_message("narrative_requested", account, "dont_know", requested_slot="narrative")
    trk.latest_message["text"] = account[:2000]  # the NLU copy, as InputGuard leaves it
    result = ValidateReportForm().validate_narrative(account, CollectingDispatcher(), trk, {})
    assert result == {"narrative": account.strip()}


def test_a_long_message_that_sounds_like_no_adds_to_the_narrative() -> None:
    trk = with_message("narrative_requested", "No. They did not let us leave the village.", "deny")
    result = ValidateReportForm().validate_narrative_done(True, CollectingDispatcher(), trk, {})
    assert result == {"narrative_more": "No. They did not let us leave the village.", "narrative_done": None}


def test_no_at_the_confirmation_asks_what_to_correct_and_records_nothing() -> None:
    trk = with_message("report_ready", "no", "deny", report_confirmed=None, requested_slot="report_confirmed")
    assert ValidateReportForm().validate_report_confirmed("no", CollectingDispatcher(), trk, {}) == {
        "report_confirmed": None}


def test_writing_instead_of_confirming_adds_a_correction() -> None:
    trk = with_message("report_ready", "also my uncle was there", "inform", report_confirmed=None,
                       requested_slot="report_confirmed")
    result = ValidateReportForm().validate_report_confirmed("also my uncle was there", CollectingDispatcher(), trk, {})
    assert result == {"report_confirmed": None,
                      "corrections": ["it was four weeks, not three", "also my uncle was there"]}


# --- safety and consent --------------------------------------------------------------------------------------

def test_not_safe_gets_safety_advice_first() -> None:
    dispatcher = CollectingDispatcher()
    trk = with_message("narrative_requested", "/deny", "deny", requested_slot="safe_now")
    assert ValidateIntakeForm().validate_safe_now("/deny", dispatcher, trk, {}) == {"safe_now": "no",
                                                                                 "safe_to_go_on": None}
    assert responses(dispatcher.messages) == ["utter_safety_advice"]


def test_only_an_active_yes_is_consent() -> None:
    trk = with_message("narrative_requested", "not now", "deny", requested_slot="consent")
    assert ValidateIntakeForm().validate_consent(False, CollectingDispatcher(), trk, {}) == {"consent": False}
    # Words that are neither yes nor no leave the question open (asked again), never a yes.
    assert ValidateIntakeForm().validate_consent("not now", CollectingDispatcher(), trk, {}) == {"consent": None}
    yes = with_message("narrative_requested", "yes", "affirm", requested_slot="consent")
    assert ValidateIntakeForm().validate_consent(True, CollectingDispatcher(), yes, {}) == {"consent": True}


@pytest.mark.parametrize("asked, consent", [
    ("utter_ask_consent", True), ("utter_ask_consent_again", True), ("utter_ask_consent_unclear", True),
    # After a break, "I'm back" says nothing about the question asked before it: consent is asked again.
    ("utter_paused", None), ("utter_support", None)])
@pytest.mark.parametrize("typed", ["i'm ready", "let's go on", "continue"])
def test_ready_typed_to_do_you_want_to_go_on_is_a_yes_only_there(typed: str, asked: str,
                                                                  consent: Optional[bool]) -> None:
    """Seen from outside: "I'm ready" to "do you want to go on?" was answered "There is nothing saved to
    continue" and the question came again."""
    trk = with_message("narrative_requested", typed, "resume", requested_slot="consent")
    trk.events.insert(-1, {"event": "bot", "metadata": {"utter_action": asked}})
    assert ValidateIntakeForm().validate_consent(True, CollectingDispatcher(), trk, {}) == {"consent": consent}


def test_a_long_message_read_as_ready_is_not_consent() -> None:
    typed = "im ready to continue but first who will see what i write about the camp"
    trk = with_message("narrative_requested", typed, "resume", requested_slot="consent")
    trk.events.insert(-1, {"event": "bot", "metadata": {"utter_action": "utter_ask_consent"}})
    assert ValidateIntakeForm().validate_consent(True, CollectingDispatcher(), trk, {}) == {"consent": None}


def test_an_earlier_not_now_is_asked_again_when_intake_starts_again() -> None:
    trk = with_message("narrative_requested", "i want to report", "report", requested_slot=None)
    assert ValidateIntakeForm().validate_consent(False, CollectingDispatcher(), trk, {}) == {"consent": None}
    assert ValidateIntakeForm().validate_safe_now("no", CollectingDispatcher(), trk, {}) == {"safe_now": None}


def test_a_child_is_not_taken_through_consent() -> None:
    dispatcher = CollectingDispatcher()
    trk = with_message("narrative_requested", "yes", "affirm", is_minor=True, requested_slot="consent")
    assert ValidateIntakeForm().validate_consent(True, dispatcher, trk, {}) == {"consent": False}
    assert responses(dispatcher.messages) == ["utter_child_safe"]


# --- actions -------------------------------------------------------------------------------------------------

def test_distress_offers_a_break_and_keeps_what_they_wrote() -> None:
    trk = tracker("narrative_requested")
    events, messages = run_action(ActionRespondToDistress(), trk)
    assert responses(messages) == ["utter_distress_offer"]
    assert events == [SlotSet("narrative_more", "they burned the school and the clinic before dawn")]
    assert account_after(trk, events) == "soldiers came at night\nthey burned the school and the clinic before dawn"


def test_a_short_cry_of_distress_is_not_added_to_the_account() -> None:
    events, messages = run_action(ActionRespondToDistress(),
                           with_message("narrative_requested", "i can't", "distress"))
    assert responses(messages) == ["utter_distress_offer"]
    assert events == []


def test_delete_everything_forgets_the_conversation_but_not_the_language() -> None:
    trk = with_message("narrative_requested", "/delete_everything", "delete_everything", language="uk")
    events, messages = run_action(ActionDeleteEverything(), trk)
    assert responses(messages) == ["utter_deleted"]
    assert events == [Restarted(), SlotSet("language", "uk"), FollowupAction("action_listen")]


def test_summary_before_sending_warns_an_anonymous_user() -> None:
    events, messages = run_action(ActionAskReportConfirmed(), tracker("report_ready"))
    assert responses(messages) == ["utter_report_summary", "utter_anonymity_warning", "utter_ask_report_confirmed"]
    summary = messages[0]["summary"]
    assert "they held us in a basement for three weeks" in summary
    assert "it was four weeks, not three" in summary
    assert "skipped" in summary and "don't know" in summary
    assert events == []


def answering_the_summary(text: str, intent: str) -> Tracker:
    trk = with_message("report_ready", text, intent)
    trk.events.insert(-1, {"event": "bot", "metadata": {"utter_action": "utter_ask_report_confirmed"}})
    return trk


def test_asking_to_correct_asks_what_to_change() -> None:
    _, messages = run_action(ActionAskReportConfirmed(), answering_the_summary("/deny", "deny"))
    assert responses(messages) == ["utter_ask_correction"]


@pytest.mark.parametrize("asked", ["utter_ask_contact_details", "utter_ask_onward_sharing",
                                   "utter_ask_contact_interpreter"])
def test_a_no_to_the_question_before_the_summary_is_shown_the_summary(asked: str) -> None:
    """Seen from outside: "no" to "what is a safe way to reach you?" was answered "Of course. Write what you would
    like to add or correct", as if it had said no to a summary it had never been shown."""
    trk = with_message("report_ready", "no", "deny")
    trk.events.insert(-1, {"event": "bot", "metadata": {"utter_action": asked}})
    _, messages = run_action(ActionAskReportConfirmed(), trk)
    assert responses(messages) == ["utter_report_summary", "utter_anonymity_warning", "utter_ask_report_confirmed"]


def asked_to_send(text: str, intent: str) -> Tracker:
    """The report form at the summary ("Shall I send it?") with one more message typed under it."""
    trk = answering_the_summary(text, intent)
    trk.slots.update(requested_slot="report_confirmed", report_confirmed=None)
    trk.active_loop = {"name": "report_form"}
    return trk


ASKED_AT_THE_SUMMARY = ["what happens after i send it?", "who is going to read this", "will the police call me?"]


@pytest.mark.parametrize("text", ASKED_AT_THE_SUMMARY)
def test_a_question_at_the_summary_is_answered_and_only_the_question_comes_again(text: str) -> None:
    """Seen from outside: "what happens after I send it?" was added to the report as a correction, unanswered."""
    trk = asked_to_send(text, "tell_me_more")
    assert run_action(ActionKeepAccountWords(), trk) == ([], [])
    events, messages = run_action(ActionAnswerWorriesInTheReport(), trk)
    assert (events, responses(messages)) == ([], list(WORRY_ANSWERS))
    _, messages = run_action(ActionAskReportConfirmed(), trk)
    assert responses(messages) == ["utter_ask_report_confirmed"]


ADDED_AS_A_QUESTION = "can you add that my brother was there too, he saw the soldiers"


@pytest.mark.parametrize("intent", ["tell_me_more", "what_counts", "support", "pause"])
def test_an_addition_taken_for_a_question_at_the_summary_is_a_correction_and_shown(intent: str) -> None:
    trk = asked_to_send(ADDED_AS_A_QUESTION, intent)
    events, messages = run_action(ActionKeepAccountWords(), trk)
    assert (events, messages) == (
        [SlotSet("corrections", ["it was four weeks, not three", ADDED_AS_A_QUESTION])], [])
    trk.events.append({"event": "slot", "name": "corrections", "value": events[0]["value"]})
    trk.slots["corrections"] = events[0]["value"]
    assert run_action(ActionAnswerWorriesInTheReport(), trk) == ([], [])
    _, messages = run_action(ActionAskReportConfirmed(), trk)
    assert responses(messages) == ["utter_report_summary", "utter_anonymity_warning", "utter_ask_report_confirmed"]
    assert ADDED_AS_A_QUESTION in messages[0]["summary"]


# --- filing through the real report store --------------------------------------------------------------------

@pytest.fixture()
def store_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple:
    from bot.reports import ReportStore

    store, keys = make_store(tmp_path)
    monkeypatch.setattr(ReportStore, "from_environment", classmethod(lambda cls: store))
    monkeypatch.setattr("actions.report.FOLLOWUP_ATTEMPTS", FollowupAttemptLimiter(clock=FakeClock()))
    return tmp_path, [identity for identity, _ in keys.values()]


def prepared_verifiers(root: Path) -> list:
    """What the store made ahead, once the made-ahead thread has done what it was given (one thread: in order)."""
    MADE_AHEAD.submit(lambda: None).result(timeout=60)
    return sorted((root / "index" / "prepared").glob("*.json"))


def test_a_draft_gets_an_identity_once_and_its_code_is_prepared_while_the_person_writes(
        store_root: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    from actions.report import ActionFileReport

    root, _ = store_root
    events, _ = run_action(ActionStartReport(), tracker("narrative_requested", slots={"draft_id": None}))
    assert len(events) == 1 and events[0]["name"] == "draft_id" and len(events[0]["value"]) == 32
    assert len(prepared_verifiers(root)) == 1
    assert run_action(ActionStartReport(), tracker("narrative_requested"))[0] == []
    assert len(prepared_verifiers(root)) == 1

    derivations = scrypt_derivations(monkeypatch)
    messages = run_action(ActionFileReport(), tracker("report_ready", slots={"draft_id": events[0]["value"]}))[1]
    assert responses(messages)[0] == "utter_report_filed" and derivations == []
    assert prepared_verifiers(root) == []


def test_work_made_ahead_runs_on_its_own_thread_below_the_turns_priority(store_root: tuple) -> None:
    """So that on a busy machine it never takes the threads, scrypt slots or CPU a waiting person needs; lowered
    from the process's own priority, however niced it already is."""
    import os
    import threading

    from actions.report import LOWEST_PRIORITY, MADE_AHEAD_NICENESS, in_background

    seen: list = []

    async def start() -> None:
        in_background(lambda store: seen.append((threading.current_thread().name,
                                                 os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))))
    asyncio.run(start())
    MADE_AHEAD.submit(lambda: None).result(timeout=60)
    (name, niceness), = seen
    # The executor's thread was started by an earlier test or this one, from this process's main thread.
    assert name.startswith("made-ahead")
    assert niceness == min(LOWEST_PRIORITY, os.getpriority(os.PRIO_PROCESS, 0) + MADE_AHEAD_NICENESS)


def test_a_report_filed_before_its_code_was_made_ahead_never_waits_for_the_queue(
        store_root: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    """The made-ahead thread busy with other drafts: filing runs the one scrypt itself, and the late prepare
    then finds the draft filed and leaves nothing behind."""
    import threading

    from actions.report import ActionFileReport

    root, _ = store_root
    busy = threading.Event()
    MADE_AHEAD.submit(busy.wait, 60)
    try:
        draft_id = run_action(ActionStartReport(), tracker("narrative_requested", slots={"draft_id": None}))[0][0]
        derivations = scrypt_derivations(monkeypatch)
        messages = run_action(ActionFileReport(), tracker("report_ready", slots={"draft_id": draft_id["value"]}))[1]
        assert responses(messages)[0] == "utter_report_filed" and len(derivations) == 1
    finally:
        busy.set()
    assert prepared_verifiers(root) == [] and len(derivations) == 1


def test_work_made_ahead_uses_the_store_of_when_it_was_given(store_root: tuple, tmp_path_factory: pytest.TempPathFactory,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Queued behind other drafts, it still goes to the store that was in force, not to whatever is set later."""
    import threading

    from bot.reports import ReportStore

    root, _ = store_root
    busy = threading.Event()
    MADE_AHEAD.submit(busy.wait, 60)
    try:
        run_action(ActionStartReport(), tracker("narrative_requested", slots={"draft_id": None}))
        other_root = tmp_path_factory.mktemp("other-store")
        other, _ = make_store(other_root)
        monkeypatch.setattr(ReportStore, "from_environment", classmethod(lambda cls: other))
    finally:
        busy.set()
    assert len(prepared_verifiers(root)) == 1 and prepared_verifiers(other_root) == []


@pytest.mark.parametrize("leaving", ["delete", "under_18"])
def test_a_deleted_draft_leaves_no_prepared_code_behind(store_root: tuple, leaving: str) -> None:
    from actions.opening import take_child_safe_path

    root, _ = store_root
    draft_id = run_action(ActionStartReport(), tracker("narrative_requested", slots={"draft_id": None}))[0][0]["value"]
    assert len(prepared_verifiers(root)) == 1
    trk = with_message("narrative_requested", "/delete_everything", "delete_everything", draft_id=draft_id)
    if leaving == "delete":
        events, messages = run_action(ActionDeleteEverything(), trk)
        assert responses(messages) == ["utter_deleted"]
    else:
        async def child_safe() -> list:
            return take_child_safe_path(CollectingDispatcher(), trk)
        events = asyncio.run(child_safe())
    assert events[0] == Restarted() and prepared_verifiers(root) == []


def test_filing_seals_the_report_shows_the_codes_and_forgets_the_conversation(store_root: tuple) -> None:
    from actions.report import ActionFileReport
    from bot.reports.reader import ReportReader

    root, identities = store_root
    events, messages = run_action(ActionFileReport(), tracker("report_ready"))

    assert responses(messages) == ["utter_report_filed", "utter_what_happens_next", "utter_support",
                                   "utter_followup_code"]
    reference, code = messages[0]["reference"], messages[-1]["followup_code"]
    assert reference.startswith("REF-") and len(code) == 19
    assert messages[-1]["reference"] == reference
    assert events == [Restarted(), SlotSet("code_to_save", code), SlotSet("reference_to_save", reference),
                      SlotSet("language", "en"), FollowupAction("action_listen")]
    opened = ReportReader(root).open(reference, identities)
    assert opened.report["answers"]["narrative"] == "they held us in a basement for three weeks"
    assert opened.report["corrections"] == ["it was four weeks, not three"]
    assert [turn["speaker"] for turn in opened.report["transcript"]] == ["user", "bot", "user", "user"]


def test_an_account_told_in_several_messages_is_filed_whole(store_root: tuple) -> None:
    from actions.report import ActionFileReport
    from bot.reports.reader import ReportReader

    root, identities = store_root
    trk = tracker("report_ready")
    trk.events.extend([SlotSet("narrative", "they held us in a basement for three weeks"),
                       SlotSet("narrative_more", "then they moved us to the school"),
                       SlotSet("narrative_more", "the guards wore blue armbands")])
    reference = run_action(ActionFileReport(), trk)[1][0]["reference"]
    opened = ReportReader(root).open(reference, identities)
    assert opened.report["answers"]["narrative"] == ("they held us in a basement for three weeks\n"
                                                     "then they moved us to the school\nthe guards wore blue armbands")


def test_filing_the_same_draft_twice_files_one_report(store_root: tuple) -> None:
    from actions.report import ActionFileReport
    from bot.reports.reader import ReportReader

    root, _ = store_root
    first = run_action(ActionFileReport(), tracker("report_ready"))[1]
    second = run_action(ActionFileReport(), tracker("report_ready"))[1]
    assert first[0]["reference"] == second[0]["reference"]
    assert first[-1]["followup_code"] == second[-1]["followup_code"]
    assert len(ReportReader(root).references()) == 1


def test_a_failed_filing_is_told_calmly_and_the_draft_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from actions.report import ActionFileReport
    from bot.reports import FilingError, ReportStore

    class BrokenStore:
        def file(self, report: Dict[str, Any], idempotency_key: str) -> None:
            raise FilingError("disk full")

    monkeypatch.setattr(ReportStore, "from_environment", classmethod(lambda cls: BrokenStore()))
    events, messages = run_action(ActionFileReport(), tracker("report_ready"))
    assert responses(messages) == ["utter_filing_failed"]
    assert events == [SlotSet("filing_failed", True), SlotSet("draft_id", "d-ready")]


def test_the_follow_up_code_adds_to_the_filed_report(store_root: tuple) -> None:
    from actions.report import ActionAddToReport, ActionFileReport
    from bot.reports.reader import ReportReader

    root, identities = store_root
    shown = run_action(ActionFileReport(), tracker("report_ready"))[1]
    filed = {"reference": shown[0]["reference"], "followup_code": shown[-1]["followup_code"]}
    digits = filed["followup_code"].replace(" ", "")

    events, messages = run_action(ActionAddToReport(), returning(filed["reference"].lower(), digits))

    assert responses(messages) == ["utter_followup_added"] and messages[0]["reference"] == filed["reference"]
    assert events == [SlotSet("followup_reference", None), SlotSet("followup_code", None),
                      SlotSet("followup_text", None)]
    addenda = ReportReader(root).open(filed["reference"], identities).addenda
    assert [a.body["addition"]["text"] for a in addenda] == ["i found the photos"]


def test_a_wrong_follow_up_code_is_refused_and_what_was_written_is_kept(store_root: tuple) -> None:
    from actions.report import ActionAddToReport, ActionFileReport

    filed = run_action(ActionFileReport(), tracker("report_ready"))[1][0]
    events, messages = run_action(ActionAddToReport(), returning(filed["reference"], "1" * 16, "more"))
    assert responses(messages) == ["utter_followup_code_unknown"]
    assert events == [SlotSet("followup_reference", None), SlotSet("followup_code", None)]


def test_consent_can_be_withdrawn_with_the_follow_up_code(store_root: tuple) -> None:
    from actions.forms import ValidateFollowupForm
    from actions.report import ActionAddToReport, ActionFileReport
    from bot.reports.reader import ReportReader

    root, identities = store_root
    shown = run_action(ActionFileReport(), tracker("report_ready"))[1]
    filed = {"reference": shown[0]["reference"], "followup_code": shown[-1]["followup_code"]}
    choice = ValidateFollowupForm().validate_followup_text(
        "/withdraw", CollectingDispatcher(), with_message("report_ready", "/withdraw", "withdraw", requested_slot="followup_text"), {})
    withdrawing = returning(filed["reference"], filed["followup_code"].replace(" ", ""), choice["followup_text"])

    _, messages = run_action(ActionAddToReport(), withdrawing)

    assert responses(messages) == ["utter_consent_withdrawn"]
    addenda = ReportReader(root).open(filed["reference"], identities).addenda
    assert [(a.kind, a.body["what"]) for a in addenda] == [("consent_withdrawal", "report")]


def test_the_teams_replies_are_shown_after_an_addition_and_to_someone_who_only_came_to_read(store_root: tuple) -> None:
    from actions.report import ActionAddToReport, ActionFileReport
    from bot.reports.objects import FileObjects
    from bot.reports.reader import ReportReader
    from bot.reports.replies import write_reply
    from bot.settings import DataLayout

    root, identities = store_root
    shown = run_action(ActionFileReport(), tracker("report_ready"))[1]
    reference, code = shown[0]["reference"], shown[-1]["followup_code"]
    public = ReportReader(root).open(reference, identities).reply_public_key
    objects = FileObjects(DataLayout.for_root(root))
    write_reply(objects, reference, public, "Are you safe to talk by phone?", "en", identities[0])

    _, messages = run_action(ActionAddToReport(), returning(reference, code, "yes, after six"))
    assert responses(messages) == ["utter_followup_added", "utter_team_reply"]
    assert messages[1]["reply"] == "Are you safe to talk by phone?" and messages[1]["reference"] == reference
    addenda = ReportReader(root).open(reference, identities).addenda
    assert [a.body["addition"]["text"] for a in addenda] == ["yes, after six"]  # the answer, as an addendum

    write_reply(objects, reference, public, "Gracias", "es", identities[0])
    events, messages = run_action(ActionAddToReport(), returning(reference, code, "skipped"))
    # Nothing added, the replies read; the one written in another language says so.
    assert responses(messages) == ["utter_team_reply", "utter_team_reply", "utter_team_reply_language"]
    assert messages[2]["reply_language"] == "Español"
    assert len(ReportReader(root).open(reference, identities).addenda) == 1
    assert events == [SlotSet("followup_reference", None), SlotSet("followup_code", None),
                      SlotSet("followup_text", None)]
    _, messages = run_action(ActionAddToReport(), returning(reference, "1" * 16, "skipped"))
    assert responses(messages) == ["utter_followup_code_unknown"]  # no code, no reply


def test_someone_who_only_came_to_read_is_told_when_there_is_no_reply_yet(store_root: tuple) -> None:
    """Never silence after the reference and code: no reply yet, and nothing added, is said in words."""
    from actions.report import ActionAddToReport, ActionFileReport
    from bot.reports.reader import ReportReader

    root, identities = store_root
    shown = run_action(ActionFileReport(), tracker("report_ready"))[1]
    reference, code = shown[0]["reference"], shown[-1]["followup_code"]
    for marker in ("skipped", "dont_know"):
        events, messages = run_action(ActionAddToReport(), returning(reference, code, marker))
        assert responses(messages) == ["utter_no_team_reply"] and messages[0]["reference"] == reference
        assert events == [SlotSet("followup_reference", None), SlotSet("followup_code", None),
                          SlotSet("followup_text", None)]
    assert ReportReader(root).open(reference, identities).addenda == []


def test_a_store_that_fails_while_reading_replies_never_undoes_an_addition_that_was_made(
        store_root: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    from actions.report import ActionAddToReport, ActionFileReport
    from bot.reports import FilingError, ReportStore

    shown = run_action(ActionFileReport(), tracker("report_ready"))[1]
    store = ReportStore.from_environment()
    monkeypatch.setattr(store, "replies", lambda follow_up: (_ for _ in ()).throw(FilingError("database gone")))
    events, messages = run_action(ActionAddToReport(), returning(shown[0]["reference"], shown[-1]["followup_code"]))
    assert responses(messages) == ["utter_followup_added"]
    assert events == [SlotSet("followup_reference", None), SlotSet("followup_code", None),
                      SlotSet("followup_text", None)]  # said and cleared: a retry would add it twice
    _, messages = run_action(ActionAddToReport(), returning(shown[0]["reference"], shown[-1]["followup_code"],
                                                            "skipped"))
    assert responses(messages) == ["utter_team_replies_unreadable"]  # not "no reply": it could not be read


def test_a_mistyped_follow_up_code_is_asked_for_once_more_then_the_form_ends() -> None:
    from actions.forms import ValidateFollowupForm

    first = with_message("report_ready", "1234", "inform", requested_slot="followup_code")
    dispatcher = CollectingDispatcher()
    assert ValidateFollowupForm().validate_followup_code("1234", dispatcher, first, {}) == {"followup_code": None}
    assert responses(dispatcher.messages) == ["utter_followup_code_unknown"]

    second = with_message("report_ready", "12345", "inform", requested_slot="followup_code")
    second.events.append({"event": "bot", "metadata": {"utter_action": "utter_followup_code_unknown"}})
    assert ValidateFollowupForm().validate_followup_code("12345", CollectingDispatcher(), second, {}) == {
        "followup_code": None, "requested_slot": None}


@pytest.mark.parametrize("pasted", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "x=1; y=(2)",
                                    "<a href=/page/12>https://example.org/page/12</a>"])
def test_a_number_inside_pasted_code_or_an_address_is_never_read_as_an_age(pasted: str) -> None:
    assert not mentions_an_age_under_18(pasted) and not may_say_under_18_now(pasted)


@pytest.mark.parametrize("said", ["I am 15", "i'm 16.", "15-year-old", "١٥"])
def test_an_age_under_18_standing_on_its_own_is_read_as_one(said: str) -> None:
    assert mentions_an_age_under_18(said) and may_say_under_18_now(said)


@pytest.mark.parametrize("said", ["I'm only fourteen", "tengo catorce", "j'ai treize ans", "мне семнадцать лет",
                                  "мені п'ятнадцять", "عمري ستة عشر", "من سیزده سالمه", "meri umar solah saal hai",
                                  "எனக்கு பதினான்கு வயசு", "waxaan ahay lix iyo toban jir"])
def test_an_age_under_18_in_words_is_read_as_one(said: str) -> None:
    assert mentions_an_age_under_18(said) and may_say_under_18_now(said)


@pytest.mark.parametrize("said", ["j'ai dix-neuf ans", "عمري ثماني عشرة", "waxaan ahay siddeed iyo toban jir",
                                  "i'm nineteen"])
def test_eighteen_or_nineteen_in_words_is_not_read_as_ten(said: str) -> None:
    assert not mentions_an_age_under_18(said) and not may_say_under_18_now(said)


@pytest.mark.parametrize("said", ["once I had to run", "they came to seize the land"])
def test_a_word_that_is_a_number_only_in_another_language_is_not_an_age(said: str) -> None:
    assert not mentions_an_age_under_18(said)


@pytest.mark.parametrize("told", ["there were 20 of us in the basement", "I was 15 when they came",
                                  "they took 30 men from the village at night"])
def test_an_account_with_no_age_under_18_now_is_not_asked_about(told: str) -> None:
    assert not may_say_under_18_now(told)
