"""Thanks alone ("thank you", "merci beaucoup", "بہت شکریہ") is a courtesy: it answers no question and decides
nothing, whatever the classifier took it for.

Seen on a trained model: "thank u" was read as a yes (worded as one, so it would have given consent, said "I am
safe" or sent the report), "thanks" and "muchas gracias" as a no, "thank you so much", "خیلی ممنون" and "بہت شکریہ"
as distress, "thank you" as "that's everything". The guesses below are those, and wordings of our own beside them.
"""
from __future__ import annotations

from typing import List

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateIntakeForm, ValidateReportForm
from bot.intake.answers import answers_nothing
from bot.intake.wording import Wording, is_thanks_alone
from tests.helpers import responses, wording_parse_data, with_message

# (what they typed, what a classifier took it for)
THANKS_ALONE = [("thank u", "affirm"), ("thanks", "deny"), ("Thank you so much!", "distress"), ("thank you", "done"),
                ("thx", "done"), ("merci beaucoup", "goodbye"), ("muchas gracias", "deny"),
                ("спасибо большое", "done"), ("дуже дякую", "affirm"), ("شكراً جزيلاً", "goodbye"),
                ("خیلی ممنون", "distress"), ("بہت شکریہ", "distress"), ("mahadsanid", "affirm"),
                ("ரொம்ப நன்றி", "affirm"), ("shukriya", "affirm")]
# Thanks beside a word that answers, or beside words of an account, is not thanks alone.
# 🙏 alone may be thanks or "please": the classifier's reading is kept (tests/test_shaped_answers_component.py).
NOT_THANKS_ALONE = ["🙏", "no thanks", "yes thank you", "ok thanks", "thank god they havent found us", "so", "you",
                    "they thanked the soldiers", "нет, спасибо", "نعم شكرا"]
TYPED = [text for text, _ in THANKS_ALONE]


@pytest.mark.parametrize("text", TYPED)
def test_thanks_alone_is_recognised_in_every_script(text: str) -> None:
    assert is_thanks_alone(text) and answers_nothing(text)


@pytest.mark.parametrize("text", NOT_THANKS_ALONE)
def test_thanks_beside_other_words_is_read_as_they_are(text: str) -> None:
    assert not is_thanks_alone(text)


def test_thanks_alone_is_worded_only_as_a_courtesy() -> None:
    wording = Wording({"affirm": ["yes", "thank", "u"], "deny": ["no", "thanks"], "goodbye": ["thank", "you", "bye"]})
    assert wording.worded_like("thank you") == ["goodbye"]
    assert wording.worded_like("thank u") == wording.worded_like("thanks") == []
    assert wording.worded_like("yes thank u") == ["affirm"]
    assert wording.worded_like("no thanks") == ["deny"]


@pytest.mark.parametrize("text, intent", THANKS_ALONE)
def test_thanks_alone_is_worded_as_nothing_it_was_taken_for_but_a_goodbye(text: str, intent: str) -> None:
    worded: List[str] = wording_parse_data(text, intent)["worded_like"]
    assert set(worded) <= {"goodbye"}, worded


@pytest.mark.parametrize("text, intent", THANKS_ALONE)
def test_thanks_alone_is_neither_consent_nor_a_refusal(text: str, intent: str) -> None:
    trk = with_message("narrative_requested", text, intent, requested_slot="consent")
    value = True if intent == "affirm" else False if intent == "deny" else None
    assert ValidateIntakeForm().validate_consent(value, CollectingDispatcher(), trk, {}) == {"consent": None}


@pytest.mark.parametrize("text, intent", THANKS_ALONE)
def test_thanks_alone_is_not_i_am_safe(text: str, intent: str) -> None:
    trk = with_message("narrative_requested", text, intent, requested_slot="safe_now")
    dispatcher = CollectingDispatcher()
    assert ValidateIntakeForm().validate_safe_now(text, dispatcher, trk, {})["safe_now"] != "yes"


@pytest.mark.parametrize("text, intent", THANKS_ALONE + [("hmm", "nlu_fallback"), ("?", "nlu_fallback")])
def test_thanks_alone_at_the_summary_sends_nothing_and_corrects_nothing(text: str, intent: str) -> None:
    trk = with_message("report_ready", text, intent, report_confirmed=None, requested_slot="report_confirmed")
    result = ValidateReportForm().validate_report_confirmed(intent == "affirm", CollectingDispatcher(), trk, {})
    assert result == {"report_confirmed": None}


@pytest.mark.parametrize("text, intent", THANKS_ALONE)
def test_thanks_alone_neither_closes_the_account_nor_is_added_to_it(text: str, intent: str) -> None:
    trk = with_message("narrative_requested", text, intent, requested_slot="narrative_done")
    dispatcher = CollectingDispatcher()
    assert ValidateReportForm().validate_narrative_done(intent == "done", dispatcher, trk, {}) == {
        "narrative_done": None}
    assert responses(dispatcher.messages) == []


@pytest.mark.parametrize("text, intent", THANKS_ALONE)
def test_thanks_alone_is_no_answer_to_a_question_in_words(text: str, intent: str) -> None:
    """Said back to "Thank you for telling us. When did it happen?": the question comes again, nothing stored."""
    trk = with_message("narrative_requested", text, intent, requested_slot="incident_time")
    assert ValidateReportForm().validate_incident_time(text, CollectingDispatcher(), trk, {}) == {
        "incident_time": None}
