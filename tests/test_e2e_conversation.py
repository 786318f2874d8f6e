"""End to end: the real action server and Rasa server, driven over the REST channel like the widget does."""
from __future__ import annotations

import json
import subprocess
import uuid

import pytest

from tests.assistant import RunningAssistant, payloads, texts
from tests.conversation_driver import file_report, start_and_consent
from tests.crypto_fixtures import run_staff
from tests.helpers import files_containing, read_stored_events

pytestmark = pytest.mark.timeout(900)

CANARY = "The heron counted eleven lanterns on the Kherson ferry"


def staff(assistant: RunningAssistant, *args: str) -> subprocess.CompletedProcess:
    return run_staff(assistant.data_dir, *args, env=assistant.env, timeout=120)


def test_a_whole_report_is_filed_and_staff_can_read_it(running_assistant: RunningAssistant) -> None:
    sender = f"e2e-{uuid.uuid4().hex}"
    receipt = file_report(running_assistant, sender, "soldiers came to our village at night and burned the houses")

    assert receipt["reference"], receipt["text"]
    assert receipt["followup_code"], receipt["text"]
    shown = staff(running_assistant, "show", receipt["reference"], "--json")
    assert shown.returncode == 0, shown.stderr
    report = json.loads(shown.stdout)
    answers = report["report"]["answers"] if "report" in report else report["answers"]
    assert answers["narrative"] == "soldiers came to our village at night and burned the houses"
    assert answers["incident_place"] == "bucha, ukraine"
    assert answers["perpetrator_in_uk"] == "dont_know"


def test_the_canary_is_readable_by_staff_only(running_assistant: RunningAssistant) -> None:
    sender = f"canary-{uuid.uuid4().hex}"
    receipt = file_report(running_assistant, sender, CANARY)
    assert receipt["reference"], receipt["text"]

    assert files_containing(running_assistant.data_dir, CANARY) == []
    shown = staff(running_assistant, "show", receipt["reference"])
    assert shown.returncode == 0, shown.stderr
    assert CANARY in shown.stdout
    # The staff tool's own audit trail must not copy the content either.
    assert files_containing(running_assistant.data_dir, CANARY) == []


def test_a_draft_with_the_canary_is_not_in_plaintext_anywhere(running_assistant: RunningAssistant) -> None:
    sender = f"draft-{uuid.uuid4().hex}"
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, f"{CANARY}, and then the draft was left open")

    assert files_containing(running_assistant.data_dir, "the draft was left open") == []


def test_delete_everything_removes_the_conversation_from_the_tracker_store(
    running_assistant: RunningAssistant,
) -> None:
    sender = f"delete-{uuid.uuid4().hex}"
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, "they took my brother from the checkpoint at dawn")
    running_assistant.send(sender, "/done")
    running_assistant.send(sender, '/choose_role{"role":"survivor"}')
    # Typed words are confirmed with buttons first; the button deletes.
    assert "/delete_everything" in payloads(running_assistant.send(sender, "delete everything"))
    replies = running_assistant.send(sender, "/delete_everything")
    assert "deleted" in texts(replies)

    remaining = read_stored_events(running_assistant.data_dir, running_assistant.conversation_id(sender))
    assert remaining is not None, "the store should still answer for the (now empty) conversation"
    assert "checkpoint at dawn" not in remaining
    assert "survivor" not in remaining


def test_quick_exit_at_the_very_first_question_deletes_and_starts_afresh(
    running_assistant: RunningAssistant,
) -> None:
    sender = f"exit-{uuid.uuid4().hex}"
    running_assistant.send(sender, "hello")
    assert "deleted" in texts(running_assistant.send(sender, "/delete_everything"))
    again = texts(running_assistant.send(sender, "hello"))
    assert "are you somewhere safe and private" in again


def test_not_now_then_report_asks_for_consent_again(running_assistant: RunningAssistant) -> None:
    sender = f"notnow-{uuid.uuid4().hex}"
    running_assistant.send(sender, "hello")
    running_assistant.send(sender, "/affirm")
    declined = texts(running_assistant.send(sender, "/deny"))
    assert "Crimestoppers" in declined
    again = texts(running_assistant.send(sender, "i want to report something"))
    assert "are you somewhere safe and private" in again
    assert "do you want to go on?" in texts(running_assistant.send(sender, "/affirm")).lower()
    assert "what happened?" in texts(running_assistant.send(sender, "/affirm"))


def test_pause_and_resume_keeps_every_answer(running_assistant: RunningAssistant) -> None:
    sender = f"pause-{uuid.uuid4().hex}"
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, "planes bombed the hospital")
    assert "continue" in texts(running_assistant.send(sender, "/pause")).lower()
    resumed = texts(running_assistant.send(sender, "/resume"))
    # Carries on with "anything else?" about the narrative, not from the beginning.
    assert "That's everything" in resumed
    running_assistant.send(sender, "/done")
    for _ in range(9):
        running_assistant.send(sender, "/skip")
    summary = texts(running_assistant.send(sender, '/choose_contact{"contact_preference":"anonymous"}'))
    assert "planes bombed the hospital" in summary


def test_more_of_the_account_typed_after_a_break_is_kept_in_it(running_assistant: RunningAssistant) -> None:
    """No "continue" button pressed: the next message is more of the account, and it joins it."""
    sender = f"pause-typed-{uuid.uuid4().hex}"
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, "planes bombed the hospital")
    running_assistant.send(sender, "/pause")
    more = "the next morning soldiers took the doctors away in a white truck and we never saw them again"
    assert "That's everything" in texts(running_assistant.send(sender, more))
    running_assistant.send(sender, "/done")
    for _ in range(9):
        running_assistant.send(sender, "/skip")
    summary = texts(running_assistant.send(sender, '/choose_contact{"contact_preference":"anonymous"}'))
    assert "planes bombed the hospital" in summary and more in summary, summary
