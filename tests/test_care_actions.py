"""The care actions: consent asked again briefly after "Tell me more", the follow-up code kept until saved, the
charity route explained when chosen, and what withdrawal and the mechanisms tell people."""
from __future__ import annotations

import asyncio
from typing import Any, Dict, List, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.consent import ActionAskConsent
from actions.forms import ValidateReportForm
from actions.report import ActionForgetFollowupCode, ActionShowFollowupCode
from bot import catalog

CODE = "1234 5678 9012 3456"


def tracker_after(intent: Optional[str], text: str = "", slots: Optional[Dict[str, Any]] = None,
                  form: Optional[str] = None) -> Tracker:
    message = {"text": text, "intent": {"name": intent} if intent else {}, "entities": []}
    events = [{"event": "user", "text": text}] if text else []
    return Tracker("care", {"language": "en", **(slots or {})}, message, events, False, None,
                   {"name": form} if form else {}, "action_listen")


def run(action: Any, tracker: Tracker) -> tuple:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return events, dispatcher.messages


def said(messages: List[Dict[str, Any]]) -> List[str]:
    return [m["response"] for m in messages]


@pytest.mark.parametrize("intent, expected", [
    ("tell_me_more", "utter_ask_consent_again"),
    ("choose_contact", "utter_ask_consent_again"),  # "anonymous please": answered about the name just now
    ("affirm", "utter_ask_consent"),      # "yes" to "are you safe?": the full consent comes next
    ("deny", "utter_ask_consent"),
    (None, "utter_ask_consent"),
])
def test_consent_is_asked_briefly_only_right_after_tell_me_more(intent: Optional[str], expected: str) -> None:
    assert said(run(ActionAskConsent(), tracker_after(intent, "x", form="intake_form"))[1]) == [expected]


@pytest.mark.parametrize("worry, intent", [
    ("قبل أن أبدأ، من سيقرأ ما أكتبه؟", "inform"),
    ("а це не зашкодить моїй справі про притулок?", "report"),
    ("will my family back home find out?", "nlu_fallback"),
])
def test_a_question_typed_at_consent_is_answered_as_a_worry_and_consent_asked_briefly(worry: str,
                                                                                       intent: str) -> None:
    """Whatever the classifier made of it, a question before consenting gets the Tell me more answers."""
    from actions.forms import ValidateIntakeForm

    trk = tracker_after(intent, worry, {"requested_slot": "consent"}, form="intake_form")
    dispatcher = CollectingDispatcher()
    assert ValidateIntakeForm().validate_consent(worry, dispatcher, trk, {}) == {"consent": None}
    assert said(dispatcher.messages) == ["utter_consent_anonymity", "utter_consent_who_reads",
                                         "utter_consent_asylum_and_family", "utter_consent_withdrawal"]
    assert said(run(ActionAskConsent(), trk)[1]) == ["utter_ask_consent_again"]


def after_the_consent_question(text: str, intent: str, question: str = "utter_ask_consent",
                               said_this_turn: tuple = ()) -> Tracker:
    """The tracker when `action_ask_consent` runs after `text` was typed as the answer to `question`."""
    events = [{"event": "bot", "metadata": {"utter_action": question}}, {"event": "user", "text": text},
              *({"event": "bot", "metadata": {"utter_action": response}} for response in said_this_turn)]
    return Tracker("care", {"language": "en", "requested_slot": "consent"},
                   {"text": text, "intent": {"name": intent}, "entities": []}, events, False, None,
                   {"name": "intake_form"}, "validate_intake_form")


@pytest.mark.parametrize("text, intent, question", [
    ("ok i guess then", "affirm", "utter_ask_consent"),            # not plainly a yes: never assumed
    ("mmm", "nlu_fallback", "utter_ask_consent"),
    ("yallah fine", "inform", "utter_ask_consent_again"),
])
def test_an_answer_not_taken_brings_the_short_question_back_saying_why(text: str, intent: str,
                                                                       question: str) -> None:
    """Neither the whole consent text word for word (rule 20) nor a silent repeat: "I want to be sure"."""
    assert said(run(ActionAskConsent(), after_the_consent_question(text, intent, question))[1]) == [
        "utter_ask_consent_unclear"]


def test_after_saying_why_once_the_short_question_comes_back_without_the_reason() -> None:
    trk = after_the_consent_question("still not sure to be honest", "deny", "utter_ask_consent_unclear")
    assert said(run(ActionAskConsent(), trk)[1]) == ["utter_ask_consent_again"]


@pytest.mark.parametrize("question", ["utter_ask_consent", "utter_ask_consent_unclear"])
def test_a_language_just_chosen_at_consent_brings_the_whole_consent_text_in_it(question: str) -> None:
    """Seen from outside: an Arabic speaker who chose Arabic at the consent question (offered after "نعم") was
    asked "I want to be sure I understood you" in Arabic, and never shown in Arabic what they were agreeing to."""
    trk = after_the_consent_question('/change_language{"language_choice":"ar"}', "change_language", question)
    trk.events.append({"event": "slot", "name": "language", "value": "ar"})
    assert said(run(ActionAskConsent(), trk)[1]) == ["utter_ask_consent"]


def test_words_held_instead_of_an_answer_bring_the_whole_consent_text_again() -> None:
    """They wrote their account instead of answering: they may not have read what consenting means."""
    trk = after_the_consent_question("they came at night and took my father and my brother", "inform",
                                     said_this_turn=("utter_words_held",))
    assert said(run(ActionAskConsent(), trk)[1]) == ["utter_ask_consent"]


def test_the_unclear_question_says_why_and_offers_the_same_answers_in_every_language() -> None:
    for language in catalog.CURATED_LANGUAGES:
        unclear = catalog.responses(language)["utter_ask_consent_unclear"][0]
        again = catalog.responses(language)["utter_ask_consent_again"][0]
        assert unclear["buttons"] == again["buttons"], language
        assert unclear["text"].endswith(again["text"]) and len(unclear["text"]) > len(again["text"]), language


def test_the_brief_question_keeps_the_same_answers_without_tell_me_more() -> None:
    payloads = [b["payload"] for b in catalog.responses("en")["utter_ask_consent_again"][0]["buttons"]]
    assert payloads == ["/affirm", "/deny"]


def test_show_it_again_shows_the_kept_code() -> None:
    events, messages = run(ActionShowFollowupCode(), tracker_after("show_code_again", "show it again",
                                                                   {"code_to_save": CODE}))
    assert said(messages) == ["utter_followup_code"] and messages[0]["followup_code"] == CODE
    assert events == []


def test_show_it_again_when_the_code_is_gone_says_so_and_invents_nothing() -> None:
    events, messages = run(ActionShowFollowupCode(), tracker_after("show_code_again", "what was my code"))
    assert said(messages) == ["utter_followup_code_gone"] and "followup_code" not in messages[0]
    assert events == []


def test_i_have_saved_it_forgets_the_code_and_keeps_only_the_language() -> None:
    events, messages = run(ActionForgetFollowupCode(), tracker_after("code_saved", "i wrote it down",
                                                                     {"code_to_save": CODE, "language": "uk"}))
    assert said(messages) == ["utter_followup_code_saved"]
    assert events == [Restarted(), SlotSet("language", "uk"), FollowupAction("action_listen")]


def test_choosing_a_support_charity_says_which_charities_and_what_happens() -> None:
    dispatcher = CollectingDispatcher()
    slots = ValidateReportForm().validate_contact_preference(
        "support_organisation", dispatcher,
        tracker_after("choose_contact", '/choose_contact{"contact_preference":"support_organisation"}',
                      {"requested_slot": "contact_preference"}, "report_form"), {})
    assert slots == {"contact_preference": "support_organisation"}
    assert said(dispatcher.messages) == ["utter_support_charity_route"]
    route = catalog.responses("en")["utter_support_charity_route"][0]["text"]
    for needed in ("{freedom_from_torture_phone}", "{helen_bamber_phone}", "{redress_phone}", "reference",
                   "without your name", "like any other report", "keep your name private"):
        assert needed in route, needed


@pytest.mark.parametrize("choice", ["anonymous", "contact_me"])
def test_other_contact_choices_say_nothing_extra(choice: str) -> None:
    dispatcher = CollectingDispatcher()
    ValidateReportForm().validate_contact_preference(
        choice, dispatcher, tracker_after("choose_contact", "x", {"requested_slot": "contact_preference"},
                                          "report_form"), {})
    assert dispatcher.messages == []


def test_withdrawal_after_filing_says_what_changes_and_what_cannot() -> None:
    withdrawn = catalog.responses("en")["utter_consent_withdrawn"][0]["text"]
    for needed in ("{reference}", "is told", "cannot undo", "shared", "evidence", "law may still"):
        assert needed in withdrawn, needed


@pytest.mark.parametrize("language", catalog.CURATED_LANGUAGES)
def test_the_mechanisms_are_described_as_they_are_today(language: str) -> None:
    mechanisms = catalog.responses(language)["utter_mechanisms"][0]["text"]
    # UNITAD's mandate ended in September 2024: every language says it closed, with the year.
    assert "UNITAD" in mechanisms and "2024" in mechanisms, language


def test_europol_and_eurojust_are_not_offered_as_places_to_report() -> None:
    mechanisms = catalog.responses("en")["utter_mechanisms"][0]["text"]
    assert "closed in September 2024" in mechanisms
    assert "help police and courts in Europe work together" in mechanisms
    assert "do not take reports from people directly" in mechanisms


@pytest.mark.parametrize("question", ["utter_ask_consent", "utter_ask_consent_unclear"])
def test_a_break_at_the_consent_question_is_not_followed_by_the_question(question: str) -> None:
    """Seen from outside: "Take all the time you need" was followed in the same turn by "I want to be sure I
    understood you. Do you want to go on?"."""
    trk = after_the_consent_question("/pause", "pause", question, said_this_turn=("utter_paused",))
    assert said(run(ActionAskConsent(), trk)[1]) == []


def test_continue_after_a_break_at_consent_brings_the_whole_consent_text_back() -> None:
    from actions.forms import ValidateIntakeForm

    trk = after_the_consent_question("/resume", "resume", "utter_paused")
    assert ValidateIntakeForm().validate_consent(True, CollectingDispatcher(), trk, {}) == {"consent": None}
    assert said(run(ActionAskConsent(), trk)[1]) == ["utter_ask_consent"]
