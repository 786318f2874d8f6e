"""End to end over REST: "Tell me more" (pressed, or a worry typed) and a yes on condition of anonymity before
consent, in three languages, and the follow-up code after filing."""
from __future__ import annotations

import uuid
from typing import Any, Dict, List, Tuple

import pytest

from bot import catalog
from bot.catalog.bidi import strip_isolates
from tests.assistant import RunningAssistant, payloads, texts
from tests.conversation_driver import FOLLOWUP_CODE, file_report

pytestmark = pytest.mark.timeout(900)

# A greeting, then a worry typed in the person's own words (not the button, not a training example).
WORRIES = {
    "en": ("hello", "before I say yes, could reporting this affect my asylum case?"),
    "ar": ("مرحبا، أريد أن أبلغ عن شيء", "قبل أن أبدأ، من سيقرأ ما أكتبه؟"),
    "uk": ("Доброго дня, я хочу повідомити", "а це не зашкодить моїй справі про притулок?"),
}


def typed_at_consent(assistant: RunningAssistant, greeting: str, typed: str) -> Tuple[str, List[Dict[str, Any]]]:
    """A new conversation that greets, says it is safe, and types `typed` at the consent question."""
    sender = f"consent-{uuid.uuid4().hex}"
    assistant.send(sender, greeting)
    asked = assistant.send(sender, "/affirm")
    assert "/tell_me_more" in payloads(asked), texts(asked)
    return sender, assistant.send(sender, typed)


def assert_yes_starts_the_account(assistant: RunningAssistant, sender: str, language: str) -> None:
    started = strip_isolates(texts(assistant.send(sender, "/affirm")))
    assert catalog.responses(language)["utter_ask_narrative"][0]["text"].split()[0] in started, started


@pytest.mark.parametrize("language", sorted(WORRIES))
def test_a_typed_worry_before_consent_is_answered_and_consent_is_asked_again(
        running_assistant: RunningAssistant, language: str) -> None:
    sender, answered = typed_at_consent(running_assistant, *WORRIES[language])

    shown = strip_isolates(texts(answered))
    who_reads = catalog.responses(language)["utter_consent_who_reads"][0]["text"]
    assert who_reads.split(":")[0] in shown, shown
    assert payloads(answered) == ["/affirm", "/deny"], answered
    assert_yes_starts_the_account(running_assistant, sender, language)


def test_the_tell_me_more_button_answers_the_worries_and_consent_is_asked_again(
        running_assistant: RunningAssistant) -> None:
    _, answered = typed_at_consent(running_assistant, "hello", "/tell_me_more")

    shown = texts(answered)
    for worry in ("utter_consent_anonymity", "utter_consent_who_reads", "utter_consent_asylum_and_family",
                  "utter_consent_withdrawal"):
        assert catalog.responses("en")[worry][0]["text"].split(":")[0] in shown, (worry, shown)
    assert payloads(answered) == ["/affirm", "/deny"], answered


# A yes on condition of not giving one's name, typed at the consent question (not training examples).
NAME_WORRIES = {
    "en": ("hello", "ok but i dont want to give my name"),
    "fr": ("Bonjour, je voudrais signaler ce qui est arrivé à ma famille",
           "ok mais sans dire mon nom"),
    "ar": ("مرحبا، أريد أن أبلغ عن شيء", "اوكي بس من دون ما حدا يعرف اسمي"),
}


@pytest.mark.parametrize("language", sorted(NAME_WORRIES))
def test_a_yes_on_condition_of_anonymity_is_answered_about_the_name_and_not_held_as_an_account(
        running_assistant: RunningAssistant, language: str) -> None:
    sender, answered = typed_at_consent(running_assistant, *NAME_WORRIES[language])

    shown = strip_isolates(texts(answered))
    responses = catalog.responses(language)
    assert responses["utter_consent_anonymity"][0]["text"].split()[0] in shown, shown
    assert responses["utter_words_held"][0]["text"].split(".")[0] not in shown, shown
    assert_yes_starts_the_account(running_assistant, sender, language)


def test_the_follow_up_code_is_shown_again_until_it_is_saved(running_assistant: RunningAssistant) -> None:
    sender = f"code-{uuid.uuid4().hex}"
    receipt = file_report(running_assistant, sender, "they took my brother from the checkpoint")
    assert receipt["followup_code"], receipt["text"]

    again = running_assistant.send(sender, "/show_code_again")
    assert FOLLOWUP_CODE.findall(texts(again)) == [receipt["followup_code"]]
    assert payloads(again) == ["/code_saved", "/show_code_again"]

    saved = running_assistant.send(sender, "ok, I've written it down")
    assert "deleted this conversation and your code" in texts(saved), texts(saved)

    gone = running_assistant.send(sender, "/show_code_again")
    assert "I no longer have your code" in texts(gone) and not FOLLOWUP_CODE.search(texts(gone))
