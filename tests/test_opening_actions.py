"""The opening and the guarded changes of path (issue 10): actions and validators on tracker fixtures.

A wrong intent may cost a turn, never safety, words or the draft: these tests give each action the message a
classifier got wrong and check the exact events, so that nothing is deleted, consumed or filed by mistake.
"""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.care import ActionDeleteEverything
from actions.consent import WORRY_ANSWERS, ActionAskSafeNow, ActionResumeWithoutDraft
from actions.forms import ValidateIntakeForm, ValidateReportForm
from actions.opening import (ActionAnswerAge, ActionAskKeepHeldWords, ActionCheckAge, ActionHoldWords,
                             QUOTED_CHARACTERS)
from bot.intake.age import speaks_of_the_past
from bot.intake.answers import YES, YES_NO_FOR_INTENT
from bot.language import everyday_words
from tests.helpers import account_after, responses, run_action, with_message

ACCOUNT = "mere gaon mein fauji raat ko aaye aur sab gharon ko jala diya"  # romanised Urdu: an account


def before_consent(text: str, intent: str, **slots: Any) -> Tracker:
    return with_message("safety_requested", text, intent, **slots)


def validated(validator: Any, slot: str, value: Any, trk: Tracker) -> tuple:
    dispatcher = CollectingDispatcher()
    return getattr(validator, f"validate_{slot}")(value, dispatcher, trk, {}), responses(dispatcher.messages)


# --- words typed before consent are held, never consumed ------------------------------------------------------

def test_an_account_typed_before_consent_is_held() -> None:
    events, messages = run_action(ActionHoldWords(), before_consent(ACCOUNT, "inform"))
    assert events == [SlotSet("held_words", [ACCOUNT])] and messages == []


@pytest.mark.parametrize("text, intent, slots", [
    ("/affirm", "affirm", {}),                                    # a button
    ("yes", "affirm", {}),                                        # a short reply
    ("please delete everything i wrote here now", "delete_everything", {}),
    (ACCOUNT, "inform", {"consent": True}),                       # after consent it is an answer, not held
    (ACCOUNT, "inform", {"is_minor": True}),                      # no account is taken from a child
    ("مرحبا، أريد الإبلاغ عن جريمة حرب حدثت في قريتي", "what_counts", {}),  # asking to start, not an account
    ("Hello, I want to report something that happened to my family", "report", {}),
    ("before I say yes, could reporting this affect my asylum case?", "inform", {}),  # a question, not an account
    ("قبل أن أبدأ، من سيقرأ ما أكتبه؟", "inform", {}),
])
def test_commands_short_replies_and_answers_after_consent_are_not_held(text: str, intent: str,
                                                                         slots: dict) -> None:
    assert run_action(ActionHoldWords(), before_consent(text, intent, **slots))[0] == []


@pytest.mark.parametrize("intent", ["followup", "withdraw"])
def test_a_request_about_an_earlier_report_is_not_held_but_an_account_taken_for_one_is(intent: str) -> None:
    """Seen from outside: "salam, mujhe report karni hai, mere bhai ko fauji raat ko utha kar le gaye..." was taken
    for adding to an earlier report, and the account was not offered back."""
    assert run_action(ActionHoldWords(), before_consent("i want to add something to my report", intent))[0] == []
    account = "salam, mujhe report karni hai, mere walid ko fauji subah utha kar le gaye aur hamari dukaan jala di"
    assert run_action(ActionHoldWords(), before_consent(account, intent))[0] == [SlotSet("held_words", [account])]


def test_a_message_is_held_once_even_when_the_form_starting_runs_the_slot_mappings_again() -> None:
    trk = before_consent(ACCOUNT, "inform")
    trk.events.append({"event": "slot", "name": "held_words", "value": [ACCOUNT]})
    trk.slots["held_words"] = [ACCOUNT]
    assert run_action(ActionHoldWords(), trk)[0] == []


def test_a_request_long_enough_to_carry_an_account_is_held() -> None:
    text = "i want to report that soldiers took my father and my brother from our house in aleppo in 2016 at night"
    assert run_action(ActionHoldWords(), before_consent(text, "report"))[0] == [SlotSet("held_words", [text])]


@pytest.mark.parametrize("text, intent", [
    ("Soldiers came at night. Where can I get help?", "support"),
    ("they bombed the hospital. is this a war crime?", "what_counts"),
    ("My father was tortured. Can the ICC help me?", "mechanisms"),
])
def test_a_short_request_that_tells_something_in_a_sentence_of_its_own_is_held(text: str, intent: str) -> None:
    """Seen from outside: before consent, "Soldiers came at night. Where can I get help?" got the support list and
    its first sentence was gone when the account began."""
    assert run_action(ActionHoldWords(), before_consent(text, intent))[0] == [SlotSet("held_words", [text])]


@pytest.mark.parametrize("text, intent", [
    ("hello they took my son", "greet"), ("hi i want to report, soldiers beat my father", "report"),
    ("i need support my sister was raped", "support"), ("مرحبا اخذوا ابني", "greet"),
    ("привет, отца избили солдаты", "greet"), ("Hola, necesito ayuda, mataron a mi primo", "support"),
])
def test_a_short_request_with_words_of_an_account_beside_it_is_held(text: str, intent: str) -> None:
    """Seen from outside: "hello they took my son" was greeted, and "they took my son" was gone when the account
    began after consent."""
    assert run_action(ActionHoldWords(), before_consent(text, intent))[0] == [SlotSet("held_words", [text])]


@pytest.mark.parametrize("text, intent", [
    ("soldiers took my son", "inform"), ("near the school", "inform"), ("جاؤوا في الليل", "inform"),
    ("забрали отца", "inform"), ("hi they took my son", "unsafe"), ("hello they took my son", "inform"),
])
def test_a_few_words_that_tell_something_are_held(text: str, intent: str) -> None:
    """Seen from outside: "hi they took my son" (taken for danger now) got the danger answer, and "they took my son"
    was not offered back once the account began."""
    assert run_action(ActionHoldWords(), before_consent(text, intent))[0] == [SlotSet("held_words", [text])]


YES_WITH_AN_ACCOUNT = ["yes, they took my son", "yes i am safe, they killed my husband", "نعم، خطفوا ابني",
                       "да, они забрали моего сына", "oui, ils ont pris mon fils"]
NO_WITH_AN_ACCOUNT = ["no they burned our village", "no, they took my son"]
YES_OR_NO_WITH_AN_ACCOUNT = ([(text, "affirm") for text in YES_WITH_AN_ACCOUNT]
                             + [(text, "deny") for text in NO_WITH_AN_ACCOUNT])


@pytest.mark.parametrize("text, intent", YES_OR_NO_WITH_AN_ACCOUNT + [
    ("نعم، خطفوا ابني", "nlu_fallback"), ("hello they took my son", "nlu_fallback"),
    ("yes, they took my son", "inform")])
def test_a_yes_or_no_with_words_of_an_account_beside_it_is_held(text: str, intent: str) -> None:
    """Seen from outside: "yes, they took my son" at the safety or consent question was taken for the yes, and "they
    took my son" was gone when the account began."""
    assert run_action(ActionHoldWords(), before_consent(text, intent))[0] == [SlotSet("held_words", [text])]


@pytest.mark.parametrize("text, intent", [
    ("i'm not sure", "inform"), ("hmm ok", "inform"), ("in 2019", "inform"), ("yes i'm safe for now", "affirm"),
    ("yes go ahead", "affirm"), ("no not really", "deny"), ("of course, go ahead", "affirm"),
    ("they are outside", "unsafe"), ("sure why not", "inform"), ("ok thanks", "inform"), ("yes please", "inform"),
    ("да, я в безопасности", "affirm"), ("نعم انا بأمان", "affirm"), ("sí, estoy a salvo", "affirm"),
    ("hmm", "nlu_fallback"), ("ok ok", "nlu_fallback"), ("ممم", "nlu_fallback"),
])
def test_a_few_words_worded_as_a_reply_or_one_word_are_not_held(text: str, intent: str) -> None:
    assert run_action(ActionHoldWords(), before_consent(text, intent))[0] == []


@pytest.mark.parametrize("text, intent", [
    ("I need help. Thank you.", "support"), ("where can i get help?", "support"), ("Hello. I need support", "support"),
    ("hello, can you help me please", "support"), ("hi i would like to report", "report"), ("good morning", "greet"),
    ("who will read what i write", "tell_me_more"), ("اوكي بس من دون ما حدا يعرف اسمي", "choose_contact"),
    ("yes but keep my name out of it please", "tell_me_more"),
    ("are you a human or a computer program", "bot_challenge")])
def test_a_request_worded_as_one_or_about_this_service_is_not_held(text: str, intent: str) -> None:
    assert run_action(ActionHoldWords(), before_consent(text, intent))[0] == []


def test_a_long_message_at_the_safety_question_is_not_the_answer() -> None:
    result, said = validated(ValidateIntakeForm(), "safe_now", ACCOUNT, before_consent(ACCOUNT, "affirm"))
    assert result == {"safe_now": None} and said == ["utter_words_held"]


def test_a_request_at_the_safety_question_is_not_said_to_be_kept() -> None:
    text = "yes i want to report what happened to my family"
    assert validated(ValidateIntakeForm(), "safe_now", text, before_consent(text, "report")) == \
        ({"safe_now": "unsure", "safe_to_go_on": None}, ["utter_safety_advice"])


def test_the_safety_question_is_asked_once_more_only() -> None:
    trk = before_consent(ACCOUNT, "inform")
    trk.events.append({"event": "bot", "metadata": {"utter_action": "utter_words_held"}})
    assert validated(ValidateIntakeForm(), "safe_now", ACCOUNT, trk) == \
        ({"safe_now": "unsure", "safe_to_go_on": None}, ["utter_safety_advice"])


def test_not_safe_comes_before_keeping_words() -> None:
    text = "no, my husband is in the next room and he reads my phone"
    result, said = validated(ValidateIntakeForm(), "safe_now", text, before_consent(text, "unsafe"))
    # Words of danger here and now: 999 and the quick exit, before anything about keeping what they wrote.
    assert result == {"safe_now": "no", "safe_to_go_on": None} and said == ["utter_immediate_danger"]


@pytest.mark.parametrize("text, intent, value, expected", [
    ("/affirm", "affirm", True, True),
    ("yes", "affirm", True, True),
    ("/deny", "deny", False, False),
    ("yes they came at night and took my brother and my cousin", "affirm", True, None),
    ("no one helped us when the soldiers burned the houses", "deny", False, None),
    ("hmm what", "inform", "hmm what", None),
])
def test_only_a_clear_choice_answers_consent(text: str, intent: str, value: Any, expected: Any) -> None:
    trk = before_consent(text, intent, requested_slot="consent", safe_now="yes")
    result, said = validated(ValidateIntakeForm(), "consent", value, trk)
    assert result == {"consent": expected}
    assert said == (["utter_words_held"] if len(text.split()) > 5 else [])


def held_at_consent(text: str, intent: str) -> Tracker:
    """The consent question answered; action_hold_words ran first, in the same turn, and held the words."""
    trk = before_consent(text, intent, requested_slot="consent", safe_now="yes")
    trk.events.append({"event": "slot", "name": "held_words", "value": [text]})
    return trk


@pytest.mark.parametrize("text", YES_WITH_AN_ACCOUNT)
def test_a_yes_with_words_of_an_account_at_consent_is_said_to_be_kept_and_asked_again(text: str) -> None:
    """What they agree to is asked again, never assumed from a yes that said more."""
    result, said = validated(ValidateIntakeForm(), "consent", True, held_at_consent(text, "affirm"))
    assert result == {"consent": None} and said == ["utter_words_held"]


# A yes or no on the way to a question: asking, not telling (wordings of this test's own).
YES_OR_NO_ASKED = [("before I say yes, could reporting this affect my asylum case?", "affirm"),
                   ("ok but will my family back home find out?", "affirm"),
                   ("نعم، لكن هل سيعرف أحد أنني أنا؟", "affirm"), ("no wait, who is going to read it?", "deny")]


@pytest.mark.parametrize("text, intent", YES_OR_NO_ASKED)
def test_a_yes_or_no_asked_as_a_question_is_not_held_and_the_worry_is_answered(text: str, intent: str) -> None:
    """Seen from outside: "before I say yes, could reporting this affect my asylum case?" was taken for a yes with
    words of an account: "I have kept what you wrote", and the worry was not answered."""
    trk = before_consent(text, intent, requested_slot="consent", safe_now="yes")
    assert run_action(ActionHoldWords(), trk)[0] == []
    result, said = validated(ValidateIntakeForm(), "consent", YES_NO_FOR_INTENT[intent] == YES, trk)
    assert result == {"consent": None} and said == list(WORRY_ANSWERS)


@pytest.mark.parametrize("text, intent, value", [("yes?", "affirm", True), ("ok?", "affirm", True),
                                                 ("no?", "deny", False)])
def test_a_plain_yes_or_no_with_a_question_mark_answers_consent(text: str, intent: str, value: bool) -> None:
    trk = before_consent(text, intent, requested_slot="consent", safe_now="yes")
    assert validated(ValidateIntakeForm(), "consent", value, trk) == ({"consent": value}, [])


@pytest.mark.parametrize("text", NO_WITH_AN_ACCOUNT)
def test_a_no_with_words_of_an_account_at_consent_is_a_no(text: str) -> None:
    """Consent is never asked again after a no; the words stay held, offered back only if they choose to go on."""
    assert validated(ValidateIntakeForm(), "consent", False, held_at_consent(text, "deny")) == ({"consent": False}, [])


@pytest.mark.parametrize("text, intent", [("I do not give my consent", "withdraw"),
                                          ("I do not give my consent", "rather_not_say"),
                                          ("je ne donne pas mon accord", "rather_not_say"),
                                          ("no i don't want to do this right now", "deny"),
                                          ("no thank you, i do not want to go on", "deny")])
def test_a_long_no_worded_as_one_declines_and_is_not_held(text: str, intent: str) -> None:
    """Seen from outside: "I do not give my consent" was answered "I have kept what you wrote" and asked again."""
    trk = before_consent(text, intent, requested_slot="consent", safe_now="yes")
    assert validated(ValidateIntakeForm(), "consent", False, trk) == ({"consent": False}, [])


@pytest.mark.parametrize("text, intent, value", [("i dont consent", "done", "i dont consent"),
                                                  ("no consent", "nlu_fallback", "no consent"),
                                                  ("i dont consent", "affirm", True)])
def test_a_no_worded_only_as_one_declines_whatever_it_was_taken_for(text: str, intent: str, value: Any) -> None:
    """Seen from outside after retrainings: "i dont consent" (read as "that's everything", and by a later model as a
    yes, 0.98) and "no consent" (not understood) were asked again, "I want to be sure I understood you", instead of
    being a "not now"."""
    trk = before_consent(text, intent, requested_slot="consent", safe_now="yes")
    assert validated(ValidateIntakeForm(), "consent", value, trk) == ({"consent": False}, [])


def typed_yes_while_a_language_is_offered(text: str, script: str, romanised: Any = None, offered: str = "ur",
                                          **slots: Any) -> Tracker:
    trk = before_consent(text, "affirm", requested_slot="consent", safe_now="yes", language="en",
                         language_candidate=offered, **slots)
    trk.latest_message["language"] = {"language": "ur" if script == "Arabic" else "en", "confidence": 0.6,
                                      "script": script, "supported": True, "words": 2, "chars": 7,
                                      "romanised": romanised, "everyday": everyday_words.language_of(text)}
    return trk


@pytest.mark.parametrize("text, script, romanised, offered", [("ji haan", "Latin", "ur", "ur"),
                                                              ("جی ہاں", "Arabic", None, "ur"),
                                                              ("oui", "Latin", None, "fr"),
                                                              ("sí", "Latin", None, "es")])
def test_a_yes_typed_in_the_language_on_offer_is_not_consent_until_a_language_is_chosen(
        text: str, script: str, romanised: Any, offered: str) -> None:
    """Seen from outside: Urdu was offered, and "ji haan" typed to the consent text in English was taken as consent
    to words the person may not have been able to read. The offer comes again instead."""
    result, said = validated(ValidateIntakeForm(), "consent", True,
                             typed_yes_while_a_language_is_offered(text, script, romanised, offered))
    assert result == {"consent": None} and said == ["utter_confirm_language_switch"] * 2


@pytest.mark.parametrize("text, script, romanised, slots", [
    ("yes", "Latin", None, {}),                                         # in the conversation's own language
    ("ji haan", "Latin", "ur", {"languages_declined": ["ur"]}),        # the offer was turned down: their choice
    ("/affirm", "Latin", None, {}),                                     # the button
])
def test_a_yes_in_the_conversations_language_or_after_declining_is_consent(text: str, script: str, romanised: Any,
                                                                           slots: dict) -> None:
    result, said = validated(ValidateIntakeForm(), "consent", True,
                             typed_yes_while_a_language_is_offered(text, script, romanised, **slots))
    assert result == {"consent": True} and said == []


def after_delete_was_asked(text: str, slot: str) -> Tracker:
    """The answer to a turn that asked "delete everything?" and then the intake's own question again."""
    trk = before_consent(text, "affirm", requested_slot=slot, safe_now="yes" if slot == "consent" else None)
    for response in ("utter_confirm_delete", f"utter_ask_{slot}"):
        trk.events.insert(-1, {"event": "bot", "metadata": {"utter_action": response}})
    return trk


@pytest.mark.parametrize("slot", ["consent", "safe_now"])
def test_a_typed_yes_to_delete_and_an_intake_question_at_once_answers_neither(slot: str) -> None:
    """Seen from outside: "delete everything" at the consent question was asked about, the consent question came
    again in the same turn, and the "yes" that followed began the report."""
    result, _ = validated(ValidateIntakeForm(), slot, True, after_delete_was_asked("yes", slot))
    assert result[slot] is None


@pytest.mark.parametrize("slot, expected", [("consent", True), ("safe_now", "yes")])
def test_the_intake_button_after_a_delete_question_is_the_answer(slot: str, expected: Any) -> None:
    result, _ = validated(ValidateIntakeForm(), slot, True, after_delete_was_asked("/affirm", slot))
    assert result[slot] == expected


def test_a_long_yes_at_the_summary_is_a_correction_not_a_send() -> None:
    text = "yes but also write that my uncle was taken the same night"
    trk = with_message("report_ready", text, "affirm", report_confirmed=None, requested_slot="report_confirmed")
    result, _ = validated(ValidateReportForm(), "report_confirmed", True, trk)
    assert result == {"report_confirmed": None, "corrections": ["it was four weeks, not three", text]}


@pytest.mark.parametrize("text", ["he was 17", "my uncle too", "كان عمره ١٧", "і мій дядько"])
def test_a_short_correction_taken_for_yes_at_the_summary_is_kept_and_nothing_is_sent(text: str) -> None:
    trk = with_message("report_ready", text, "affirm", report_confirmed=None, requested_slot="report_confirmed")
    result, _ = validated(ValidateReportForm(), "report_confirmed", True, trk)
    assert result == {"report_confirmed": None, "corrections": ["it was four weeks, not three", text]}


@pytest.mark.parametrize("text", ["yes send it", "yes", "نعم", "так, надішліть"])
def test_a_plain_yes_at_the_summary_sends(text: str) -> None:
    trk = with_message("report_ready", text, "affirm", report_confirmed=None, requested_slot="report_confirmed")
    result, _ = validated(ValidateReportForm(), "report_confirmed", True, trk)
    assert result == {"report_confirmed": True}


# --- held words are offered back after consent ------------------------------------------------------------------

def offered(text: str, intent: str) -> Tracker:
    return with_message("narrative_requested", text, intent, requested_slot="keep_held_words", narrative=None,
                        held_words=[ACCOUNT], keep_held_words=None)


def test_the_offer_is_asked_only_when_words_are_held() -> None:
    slots = ["keep_held_words", "role", "narrative", "contact_details"]
    trk = offered("yes", "affirm")
    assert asyncio_run(ValidateReportForm().required_slots(slots, CollectingDispatcher(), trk, {})) == \
        ["keep_held_words", "role", "narrative"]
    trk = with_message("narrative_requested", "yes", "affirm", held_words=None, keep_held_words=None)
    assert asyncio_run(ValidateReportForm().required_slots(slots, CollectingDispatcher(), trk, {})) == \
        ["role", "narrative"]


def asyncio_run(coroutine: Any) -> Any:
    import asyncio
    return asyncio.run(coroutine)


def test_yes_makes_the_held_words_the_start_of_the_account() -> None:
    result, _ = validated(ValidateReportForm(), "keep_held_words", True, offered("/affirm", "affirm"))
    assert result == {"keep_held_words": True, "narrative": ACCOUNT, "held_words": None}


@pytest.mark.parametrize("text, intent, value", [("/deny", "deny", False), ("/skip", "skip", "/skip")])
def test_no_or_skip_leaves_the_held_words_out(text: str, intent: str, value: Any) -> None:
    result, _ = validated(ValidateReportForm(), "keep_held_words", value, offered(text, intent))
    assert result == {"keep_held_words": False, "held_words": None}


@pytest.mark.parametrize("text", ["idk", "I don't know", "dont know really", "not sure"])
def test_i_dont_know_does_not_let_the_held_words_go(text: str) -> None:
    """Unsure is no choice to drop what they wrote: offered again (the third time as a plain choice)."""
    result, _ = validated(ValidateReportForm(), "keep_held_words", text, offered(text, "dont_know"))
    assert result == {"keep_held_words": None}


@pytest.mark.parametrize("text, intent", [("I'd rather not", "rather_not_say"), ("no thanks", "deny")])
def test_a_typed_no_lets_the_held_words_go(text: str, intent: str) -> None:
    result, _ = validated(ValidateReportForm(), "keep_held_words", text, offered(text, intent))
    assert result == {"keep_held_words": False, "held_words": None}


def test_more_words_instead_of_a_choice_are_added_and_offered_again() -> None:
    more = "and then they took the men to the school"
    result, _ = validated(ValidateReportForm(), "keep_held_words", more, offered(more, "inform"))
    assert result == {"keep_held_words": None, "held_words": [ACCOUNT, more]}


def test_the_offer_quotes_their_words_and_shortens_a_long_account() -> None:
    _, messages = run_action(ActionAskKeepHeldWords(), offered("/affirm", "affirm"))
    assert messages[0]["response"] == "utter_ask_keep_held_words" and messages[0]["held"] == ACCOUNT
    long = with_message("narrative_requested", "x", "inform", held_words=["word " * 200])
    quoted = run_action(ActionAskKeepHeldWords(), long)[1][0]["held"]
    assert quoted.endswith("…") and len(quoted) <= QUOTED_CHARACTERS + 1


# --- an age is checked, asked about, and never deletes on its own ----------------------------------------------

@pytest.mark.parametrize("text", [
    "I was 15", "when I was a child the soldiers came", "in 2014 I was 16",
    "كنت في الخامسة عشرة عندما جاء الجنود", "Мені було 15, коли прийшли солдати", "Я була дитиною тоді",
    "jab main 15 saal ka tha", "j'avais 14 ans", "cuando era niña",
])
def test_an_age_in_the_past_is_part_of_the_account(text: str) -> None:
    trk = with_message("narrative_requested", text, "under_18", requested_slot="incident_time")
    events, messages = run_action(ActionCheckAge(), trk)
    assert messages == []
    assert events == [SlotSet("incident_time", text), FollowupAction("report_form")]


@pytest.mark.parametrize("text", ["I am 15", "i'm a child", "عمري ١٥", "мені 16", "there were 14 of us"])
def test_anything_else_that_sounds_like_an_age_is_asked_about_and_nothing_is_deleted(text: str) -> None:
    trk = with_message("narrative_requested", text, "under_18", requested_slot="narrative_done")
    events, messages = run_action(ActionCheckAge(), trk)
    assert responses(messages) == ["utter_ask_under_18_now"]
    assert events == [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("age_asked", True)]


@pytest.mark.parametrize("text, requested", [
    ("weekday mornings only", "contact_safe_times"),   # seen: "Are you under 18 now?", and the answer was lost
    ("mornings", "contact_safe_times"),
    ("they came at night", "narrative_done"),
])
def test_a_short_answer_worded_as_something_else_is_kept_and_not_asked_about(text: str, requested: str) -> None:
    trk = with_message("narrative_requested", text, "under_18", requested_slot=requested)
    events, messages = run_action(ActionCheckAge(), trk)
    assert messages == [] and FollowupAction("report_form") in events
    if requested == "narrative_done":
        assert account_after(trk, events) == f"soldiers came at night\n{text}"
    else:
        assert events[0] == SlotSet(requested, text)


@pytest.mark.parametrize("text", ["im underage", "not an adult yet", "main abhi bachi hoon"])
def test_words_of_being_under_18_or_words_no_example_uses_are_still_asked_about(text: str) -> None:
    trk = with_message("narrative_requested", text, "under_18", requested_slot="contact_safe_times")
    assert responses(run_action(ActionCheckAge(), trk)[1]) == ["utter_ask_under_18_now"]


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"])
def test_a_number_inside_pasted_code_is_not_asked_about_and_the_report_goes_on(text: str) -> None:
    trk = with_message("narrative_requested", text, "under_18", requested_slot="narrative_done")
    assert run_action(ActionCheckAge(), trk) == ([FollowupAction("report_form")], [])


def test_a_long_answer_misread_as_an_age_is_kept_while_asking() -> None:
    text = "there were 12 of us in the basement under the school"
    trk = with_message("narrative_requested", text, "under_18", requested_slot="others_involved")
    events, messages = run_action(ActionCheckAge(), trk)
    assert responses(messages) == ["utter_ask_under_18_now"]
    assert events[0] == SlotSet("others_involved", text) and Restarted() not in events


def test_an_age_in_the_past_as_the_first_message_leads_into_the_opening() -> None:
    trk = Tracker.from_dict({"sender_id": "first", "slots": {"language": "en"},
                             "latest_message": {"text": "I was 14 when they came", "intent": {"name": "under_18"}},
                             "events": [{"event": "user", "text": "I was 14 when they came"}],
                             "active_loop": {}, "latest_action_name": "action_listen"})
    events, messages = run_action(ActionCheckAge(), trk)
    assert responses(messages) == ["utter_welcome"] and events == [FollowupAction("intake_form")]


def answering_age(text: str, intent: str, **slots: Any) -> Tracker:
    trk = with_message("narrative_requested", text, intent, age_asked=True, requested_slot=None, **slots)
    trk.events.insert(-1, {"event": "bot", "metadata": {"utter_action": "utter_ask_under_18_now"}})
    trk.active_loop = {}
    return trk


def test_a_stale_age_question_deletes_nothing() -> None:
    """Left open by a detour (support, then the form again), the question's "yes" is no longer an answer."""
    trk = answering_age("/affirm", "affirm")
    trk.events.insert(-1, {"event": "bot", "metadata": {"utter_action": "utter_support"}})
    events, messages = run_action(ActionAnswerAge(), trk)
    assert Restarted() not in events and responses(messages) == ["utter_age_noted"]


@pytest.mark.parametrize("text", ["i am 15", "me 16", "عمري ١٥", "im sixteen", "tengo quince años"])
def test_an_age_under_18_read_as_adult_is_asked_about(text: str) -> None:
    events, messages = run_action(ActionAnswerAge(), with_message("narrative_requested", text, "adult"))
    assert responses(messages) == ["utter_ask_under_18_now"]
    assert events == [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("age_asked", True)]


@pytest.mark.parametrize("text, intent", [("yes", "affirm"), ("15", "under_18"), ("im 16", "under_18"),
                                          ("عمري ١٥", "under_18"), ("I am under 18", "under_18")])
def test_a_plain_yes_or_an_age_under_18_now_takes_the_child_safe_path(text: str, intent: str) -> None:
    events, messages = run_action(ActionAnswerAge(), answering_age(text, intent))
    assert responses(messages)[0] == "utter_child_safe" and events[0] == Restarted()


@pytest.mark.parametrize("text", ["my son is 12", "no but my son is 12", "mujhe 15 saal"])
def test_an_age_in_other_words_is_asked_about_once_more_and_deletes_nothing(text: str) -> None:
    events, messages = run_action(ActionAnswerAge(), answering_age(text, "under_18"))
    assert responses(messages) == ["utter_ask_under_18_now"] and Restarted() not in events


def test_an_age_in_other_words_after_asking_twice_goes_back_to_the_report() -> None:
    trk = answering_age("my son is 12", "under_18")
    trk.events.insert(0, {"event": "bot", "metadata": {"utter_action": "utter_ask_under_18_now"}})
    events, messages = run_action(ActionAnswerAge(), trk)
    assert responses(messages) == ["utter_age_unclear"] and Restarted() not in events


def test_yes_i_am_under_18_takes_the_child_safe_path_and_says_what_was_deleted() -> None:
    events, messages = run_action(ActionAnswerAge(), answering_age("/affirm", "affirm"))
    assert responses(messages) == ["utter_child_safe", "utter_child_draft_deleted"]
    assert events == [Restarted(), SlotSet("is_minor", True), SlotSet("language", "en"),
                      FollowupAction("action_listen")]


@pytest.mark.parametrize("text, intent, said", [
    ("/adult", "adult", "utter_age_noted"),
    ("no", "deny", "utter_age_noted"),
    ("yes, I was 15 when they took us to the camp", "affirm", "utter_age_unclear"),
    ("yes and they burned my school and the clinic", "affirm", "utter_age_unclear"),
    ("they took him", "affirm", "utter_age_unclear"),     # a few words only taken for yes delete nothing
    ("I am a student", "under_18", "utter_age_unclear"),  # nor only taken for "under 18"
    ("they took us to the camp in the morning", "inform", "utter_age_unclear"),
])
def test_anything_but_a_clear_yes_goes_back_to_the_report(text: str, intent: str, said: str) -> None:
    events, messages = run_action(ActionAnswerAge(), answering_age(text, intent))
    assert responses(messages) == [said]
    assert events == [SlotSet("age_asked", None), SlotSet("is_minor", None), FollowupAction("report_form")]


def test_i_am_an_adult_undoes_the_child_safe_path_and_opens_again() -> None:
    trk = Tracker.from_dict({"sender_id": "undo", "slots": {"language": "uk", "is_minor": True},
                             "latest_message": {"text": "я доросла", "intent": {"name": "adult"}},
                             "events": [{"event": "user", "text": "я доросла"}],
                             "active_loop": {}, "latest_action_name": "action_listen"})
    events, messages = run_action(ActionAnswerAge(), trk)
    assert responses(messages) == ["utter_age_noted", "utter_welcome"]
    assert events == [SlotSet("age_asked", None), SlotSet("is_minor", None), FollowupAction("intake_form")]


def test_past_age_markers_do_not_fire_on_the_present() -> None:
    for text in ("I am 15", "i'm a child", "мені 16", "عمري ١٥", "<script>alert(1)</script>", "there were 20 of us"):
        assert not speaks_of_the_past(text), text


# --- deleting from typed words is confirmed -----------------------------------------------------------------

# While "are you sure?" is open the report's form is set aside, so that its question does not follow it.
SET_ASIDE = [ActiveLoop(None), SlotSet("requested_slot", None)]


def test_typed_delete_is_confirmed_with_buttons_and_nothing_is_deleted() -> None:
    events, messages = run_action(ActionDeleteEverything(),
                           with_message("narrative_requested", "delete everything", "delete_everything",
                                        requested_slot="incident_place"))
    assert responses(messages) == ["utter_confirm_delete"] and events == SET_ASIDE


def test_typed_delete_before_consent_leaves_the_intake_as_it_was() -> None:
    trk = with_message("narrative_requested", "delete everything", "delete_everything", consent=None,
                       requested_slot="consent")
    trk.active_loop = {"name": "intake_form"}
    events, messages = run_action(ActionDeleteEverything(), trk)
    assert responses(messages) == ["utter_confirm_delete"] and events == []


def answering_are_you_sure(text: str, intent: str) -> Tracker:
    trk = with_message("narrative_requested", text, intent, requested_slot=None)
    trk.active_loop = {}
    trk.events.insert(-1, {"event": "bot", "metadata": {"utter_action": "utter_confirm_delete"}})
    return trk


@pytest.mark.parametrize("typed, intent", [("yes", "affirm"), ("Yes please", "affirm"), ("delete", "delete_everything"),
                                           ("ok", "affirm")])
def test_a_plain_yes_typed_to_are_you_sure_deletes(typed: str, intent: str) -> None:
    """Seen from outside: "yes" typed to "Do you want me to delete everything?" was taken by the report's own
    question, and nothing was deleted."""
    events, messages = run_action(ActionDeleteEverything(), answering_are_you_sure(typed, intent))
    assert responses(messages) == ["utter_deleted"] and events[0] == Restarted()


@pytest.mark.parametrize("typed, intent, deleted", [("delete", "delete_everything", True),
                                                    ("delete everything", "delete_everything", True),
                                                    ("yes", "affirm", False)])
def test_a_plain_delete_typed_to_keep_or_delete_deletes(typed: str, intent: str, deleted: bool) -> None:
    """Seen from outside: "delete" typed to "keep your answers, or delete everything?" was asked "are you sure?"
    again; a "yes" there chooses neither, so it is asked about."""
    trk = with_message("narrative_requested", typed, intent, requested_slot=None)
    trk.active_loop = {}
    trk.events.insert(-1, {"event": "bot", "metadata": {"utter_action": "utter_ask_keep_or_delete"}})
    events, messages = run_action(ActionDeleteEverything(), trk)
    assert responses(messages) == (["utter_deleted"] if deleted else ["utter_confirm_delete"])


def test_a_yes_to_another_question_taken_for_delete_is_only_asked_about() -> None:
    trk = with_message("narrative_requested", "yes", "delete_everything", requested_slot="incident_place")
    trk.events.insert(-1, {"event": "bot", "metadata": {"utter_action": "utter_ask_incident_place"}})
    events, messages = run_action(ActionDeleteEverything(), trk)
    assert responses(messages) == ["utter_confirm_delete"] and events == SET_ASIDE


def test_words_typed_to_are_you_sure_are_kept_in_the_account_set_aside() -> None:
    """A yes that is not a plain one ("yes they took my brother too") is asked about again, its words kept."""
    trk = answering_are_you_sure("yes they took my brother too", "affirm")
    trk.slots.update({"narrative": "soldiers came at night", "narrative_done": None})
    events, messages = run_action(ActionDeleteEverything(), trk)
    assert responses(messages) == ["utter_confirm_delete"]
    assert account_after(trk, events) == "soldiers came at night\nyes they took my brother too"


def test_a_long_message_to_are_you_sure_is_not_a_yes() -> None:
    text = "yes they burned everything in the village that night"
    events, messages = run_action(ActionDeleteEverything(), answering_are_you_sure(text, "affirm"))
    assert responses(messages) == ["utter_confirm_delete"]


@pytest.mark.parametrize("requested, part, told", [
    ("narrative_done", "narrative_more", "soldiers came at night\nthey came"), ("narrative", "narrative", "they came")])
def test_words_of_the_account_taken_for_delete_are_kept_in_it_while_it_is_confirmed(requested: str, part: str,
                                                                                    told: str) -> None:
    """"they came" misread as "delete" costs a question, not the words: only the Yes button deletes them."""
    narrative = "soldiers came at night" if requested == "narrative_done" else None
    trk = with_message("narrative_requested", "  they came ", "delete_everything", requested_slot=requested,
                       narrative=narrative)
    events, messages = run_action(ActionDeleteEverything(), trk)
    assert responses(messages) == ["utter_confirm_delete"]
    assert events == [SlotSet(part, "they came")] + SET_ASIDE
    assert account_after(trk, events) == told


@pytest.mark.parametrize("requested", ["narrative", "narrative_done"])
@pytest.mark.parametrize("typed", ["delete", "delete everything", "Delete it all."])
def test_a_plain_typed_delete_is_confirmed_and_never_kept_in_the_account(requested: str, typed: str) -> None:
    """Seen from outside: "delete" typed during the account was asked about and also joined it, so the summary
    read "they took my son / delete"."""
    trk = with_message("narrative_requested", typed, "delete_everything", requested_slot=requested,
                       narrative="they took my son" if requested == "narrative_done" else None)
    events, messages = run_action(ActionDeleteEverything(), trk)
    assert responses(messages) == ["utter_confirm_delete"] and events == SET_ASIDE


def test_the_delete_button_and_quick_exit_delete_at_once() -> None:
    events, messages = run_action(ActionDeleteEverything(),
                           with_message("narrative_requested", "/delete_everything", "delete_everything"))
    assert responses(messages) == ["utter_deleted"] and events[0] == Restarted()


# --- a break at the safety question -------------------------------------------------------------------------------

def test_a_break_at_the_safety_question_is_not_followed_by_the_question() -> None:
    """Seen from outside: "i need a break" got "Take all the time you need" and, in the same turn, "Before we
    start: are you somewhere safe and private right now?"."""
    paused = before_consent("i need a break", "pause")
    paused.events.append({"event": "bot", "metadata": {"utter_action": "utter_paused"}})
    assert run_action(ActionAskSafeNow(), paused) == ([], [])
    events, messages = run_action(ActionAskSafeNow(), before_consent("hello", "greet"))
    assert events == [] and responses(messages) == ["utter_ask_safe_now"]


@pytest.mark.parametrize("text", ["continue", "/resume", "ok im back now"])
def test_continue_at_the_safety_question_welcomes_them_back_not_to_nothing(text: str) -> None:
    """Seen from outside: told to say "continue", then "There is nothing saved to continue" at the safety
    question. The intake form then asks its question again (data/rules/pause_and_stop.yml)."""
    events, messages = run_action(ActionResumeWithoutDraft(), before_consent(text, "resume"))
    assert events == [] and responses(messages) == ["utter_resuming"]


def test_continue_with_no_question_open_and_no_draft_says_there_is_nothing_saved() -> None:
    deleted = before_consent("continue", "resume", requested_slot=None)
    deleted.active_loop = {}
    events, messages = run_action(ActionResumeWithoutDraft(), deleted)
    assert events == [] and responses(messages) == ["utter_nothing_to_resume"]
