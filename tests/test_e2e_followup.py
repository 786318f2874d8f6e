"""End to end: a returning reporter gives the reference and the code, typed the way people type them."""
from __future__ import annotations

import json
import uuid
from typing import Tuple

import pytest

from tests.assistant import RunningAssistant, texts
from tests.conversation_driver import file_report
from tests.helpers import run_python

pytestmark = pytest.mark.timeout(900)


def addenda(assistant: RunningAssistant, reference: str) -> list:
    shown = run_python("-m", "bot.staff", "show", reference, "--json", env=assistant.env, timeout=120)
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout).get("addenda", [])


def filed_report(assistant: RunningAssistant) -> Tuple[str, str]:
    """A report filed in a conversation of its own: its reference and follow-up code."""
    receipt = file_report(assistant, f"first-{uuid.uuid4().hex}", "they shelled the market at noon")
    assert receipt["reference"] and receipt["followup_code"], receipt["text"]
    return receipt["reference"], receipt["followup_code"]


def test_a_returning_reporter_adds_with_reference_and_code_and_a_wrong_code_keeps_their_words(
        running_assistant: RunningAssistant) -> None:
    reference, code = filed_report(running_assistant)
    sender = f"returning-{uuid.uuid4().hex}"

    asked = texts(running_assistant.send(sender, "/followup"))
    assert "REF-" in asked
    assert "16-digit" in texts(running_assistant.send(sender, "  " + reference.lower().replace("-", " ")))
    wrong = code[:-1] + ("1" if code[-1] != "1" else "2")
    running_assistant.send(sender, wrong)
    refused = texts(running_assistant.send(sender, "the soldiers had a white truck"))
    assert "could not find a report with that reference and code" in refused

    running_assistant.send(sender, "/followup")
    running_assistant.send(sender, reference)
    added = texts(running_assistant.send(sender, code.replace(" ", "-")))
    assert f"added this to your report {reference}" in added  # the words kept from the try that did not match
    assert "the soldiers had a white truck" in json.dumps(addenda(running_assistant, reference), ensure_ascii=False)


def test_a_reference_and_code_written_in_the_first_message_are_not_asked_again(
        running_assistant: RunningAssistant) -> None:
    reference, code = filed_report(running_assistant)
    sender = f"returning-{uuid.uuid4().hex}"
    asked = texts(running_assistant.send(sender, f"i want to add to my report {reference.lower()} {code}"))
    assert "What would you like to add to your report?" in asked, asked
    added = texts(running_assistant.send(sender, "the commander was called Major Petrenko"))
    assert f"added this to your report {reference}" in added
    assert "Major Petrenko" in json.dumps(addenda(running_assistant, reference), ensure_ascii=False)


def test_a_plain_request_to_withdraw_withdraws_once_the_reference_and_code_are_given(
        running_assistant: RunningAssistant) -> None:
    """Seen from outside: "i want to withdraw my report" was asked "What would you like to add?" after the code."""
    reference, code = filed_report(running_assistant)
    sender = f"withdrawing-{uuid.uuid4().hex}"
    assert "REF-" in texts(running_assistant.send(sender, "i want to withdraw my report"))
    running_assistant.send(sender, reference.lower())
    withdrawn = texts(running_assistant.send(sender, code))
    assert "What would you like to add" not in withdrawn
    assert f"withdraw your consent for report {reference}" in withdrawn, withdrawn
