"""Bad input gets a calm answer, the server stays up, and no earlier answer is lost."""
from __future__ import annotations

import json
import uuid

import pytest

from bot import catalog
from bot.channels import MAX_MESSAGE_CHARACTERS
from tests.assistant import RunningAssistant, texts
from tests.conversation_driver import start_and_consent

pytestmark = pytest.mark.timeout(900)

BAD_MESSAGES = {
    "empty": "",
    "spaces": "   \n\t ",
    "binary": "\x00\x01\x02\x1b[31m\x7f\ufffd\x00",
    "html": "<img src=x onerror=alert(1)><script>alert('x')</script>",
    "mixed languages": "they came at night ночью пришли солдаты وأحرقوا البيوت",
}


@pytest.fixture()
def sender_in_narrative(running_assistant: RunningAssistant) -> str:
    sender = f"bad-{uuid.uuid4().hex}"
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, "the first thing i remember is the shelling")
    return sender


def summary_after_skipping(running_assistant: RunningAssistant, sender: str) -> str:
    """The summary's text, reached by ending the narrative and skipping every follow-up question (however many
    turns the bad message cost: a guess at it may have offered a break first)."""
    asks_to_send = catalog.responses("en")["utter_ask_report_confirmed"][0]["text"]
    running_assistant.send(sender, "/done")
    shown = ""
    for _ in range(14):
        shown = texts(running_assistant.send(sender, "/skip"))
        if asks_to_send in shown:
            return shown
    return shown


@pytest.mark.parametrize("kind", sorted(BAD_MESSAGES))
def test_bad_message_gets_a_reply_and_keeps_the_narrative(
    running_assistant: RunningAssistant, sender_in_narrative: str, kind: str
) -> None:
    replies = running_assistant.send(sender_in_narrative, BAD_MESSAGES[kind])

    assert replies, f"no reply to {kind} input"
    assert all(reply.get("text") for reply in replies)
    assert running_assistant.is_up()
    summary = summary_after_skipping(running_assistant, sender_in_narrative)
    assert "the first thing i remember is the shelling" in summary


def test_a_huge_message_is_refused_with_a_reason_and_the_narrative_is_kept(
    running_assistant: RunningAssistant, sender_in_narrative: str
) -> None:
    huge = json.dumps({"sender": running_assistant.session_token(sender_in_narrative),
                       "message": "they burned the houses " * 50_000}).encode()
    status, answer = running_assistant.post_raw(huge)

    assert status == 413 and f"longer than {MAX_MESSAGE_CHARACTERS} characters" in answer
    assert running_assistant.is_up()
    summary = summary_after_skipping(running_assistant, sender_in_narrative)
    assert "the first thing i remember is the shelling" in summary
    assert "they burned the houses" not in summary


@pytest.mark.parametrize("payload", [
    b"{not json",
    b"",
    b"\xff\xfe\x00binary",
    json.dumps({"sender": "x"}).encode(),
    json.dumps({"message": 42, "sender": ["not", "a", "string"]}).encode(),
])
def test_malformed_requests_do_not_bring_the_server_down(running_assistant: RunningAssistant,
                                                         payload: bytes) -> None:
    sender = f"malformed-{uuid.uuid4().hex}"
    first = running_assistant.send(sender, "hello")

    status, _ = running_assistant.post_raw(payload)

    assert 400 <= status < 500
    assert running_assistant.is_up()
    # The earlier conversation carries on where it was: after the safety answer comes the consent question.
    assert "/affirm" in json.dumps(first)
    consent = texts(running_assistant.send(sender, "/affirm"))
    assert "people in the war crimes team at the Met Police will read it" in consent


@pytest.mark.parametrize("markup", ["<script>alert(1)</script>", "<img src=x onerror=alert(document.cookie)>"])
def test_markup_alone_at_a_question_is_no_answer_and_the_question_comes_again(
    running_assistant: RunningAssistant, sender_in_narrative: str, markup: str
) -> None:
    """A model read "<script>alert(1)</script>" as asking for a break: markup alone says nothing yet."""
    running_assistant.send(sender_in_narrative, "/done")
    asked = texts(running_assistant.send(sender_in_narrative, '/choose_role{"role":"witness"}'))
    assert "When did this happen?" in asked, asked
    replies = texts(running_assistant.send(sender_in_narrative, markup))
    assert "When did this happen?" in replies and "Take all the time you need" not in replies, replies
    summary = summary_after_skipping(running_assistant, sender_in_narrative)
    assert "alert(" not in summary and "the first thing i remember is the shelling" in summary
