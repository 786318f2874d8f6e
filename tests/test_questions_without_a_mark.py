"""A question typed without its question mark, as often on a phone ("is it safe", "هل هذا آمن", "чи це безпечно"),
is never a yes: a trained model read "is it safe" as a yes worded with the words of "yes it's safe", which at the
consent question would have been consent, at the safety question "I am safe" and under the summary "send it"."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.consent import WORRY_ANSWERS
from actions.forms import ValidateIntakeForm, ValidateReportForm
from bot.intake.answers import is_plain, opens_as_a_question
from tests.helpers import responses, wording_parse_data, with_message

QUESTIONS = ["is it safe", "Is this safe", "who will read it", "what happens after", "does my name go in it",
             "هل هذا آمن", "آیا امن است", "کیا یہ محفوظ ہے", "чи це безпечно", "кто это прочитает",
             "est-ce que c'est sûr", "dónde va esto", "maxay ka dhigan tahay", "என்ன நடக்கும் இதுக்கு அப்புறம்"]
YES = ["yes", "ok?", "yes it's safe", "sure, do it", "will do", "are hatman", "نعم", "так"]


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_opens_as_one_in_every_script(text: str) -> None:
    assert opens_as_a_question(text)


@pytest.mark.parametrize("text", YES)
def test_a_yes_does_not(text: str) -> None:
    assert not opens_as_a_question(text)


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_taken_for_a_yes_is_never_a_plain_one(text: str) -> None:
    assert not is_plain(text, "affirm", ["affirm"], ["affirm"])


def test_a_plain_yes_is_still_one() -> None:
    assert is_plain("yes it's safe", "affirm", ["affirm"], ["affirm"]) and is_plain("/affirm", "affirm", [], ["affirm"])


def test_is_it_safe_at_consent_is_a_worry_answered_and_no_consent() -> None:
    trk = with_message("narrative_requested", "is it safe", "affirm", requested_slot="consent")
    dispatcher = CollectingDispatcher()
    assert "affirm" in wording_parse_data("is it safe", "affirm")["worded_like"]  # worded as a yes, as seen
    assert ValidateIntakeForm().validate_consent(True, dispatcher, trk, {}) == {"consent": None}
    assert responses(dispatcher.messages) == list(WORRY_ANSWERS)


def test_is_it_safe_at_the_safety_question_is_not_i_am_safe() -> None:
    trk = with_message("narrative_requested", "is it safe", "affirm", requested_slot="safe_now")
    assert ValidateIntakeForm().validate_safe_now("is it safe", CollectingDispatcher(), trk, {})["safe_now"] != "yes"


def test_is_it_safe_under_the_summary_sends_nothing() -> None:
    trk = with_message("report_ready", "is it safe", "affirm", report_confirmed=None,
                       requested_slot="report_confirmed")
    result = ValidateReportForm().validate_report_confirmed(True, CollectingDispatcher(), trk, {})
    assert result.get("report_confirmed") is not True
