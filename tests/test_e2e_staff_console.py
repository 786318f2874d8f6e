"""End to end: a report filed through the REST channel, and the reporter's later addition, reach the staff
console (bot/staff/console) over the assistant's own data directory, unlocked with the demo team key."""
from __future__ import annotations

import contextlib
import time
import uuid
from typing import Iterator

import pytest

from bot.settings import DataLayout
from bot.staff.console.app import Console, start_console
from tests.assistant import STAFF_PASSPHRASE, RunningAssistant, texts
from tests.console_support import Browser
from tests.conversation_driver import come_back, file_report, reach_confirmation, receipt_in, start_and_consent

pytestmark = pytest.mark.timeout(900)


@contextlib.contextmanager
def console_of(assistant: RunningAssistant) -> Iterator[Browser]:
    """The staff console over the running assistant's data directory, unlocked with the demo team key."""
    layout = DataLayout.for_root(assistant.data_dir)
    console = Console(layout, lambda: sorted(layout.private_keys_dir.glob("*.key")), idle_seconds=900,
                      break_seconds=2700, clock=time.monotonic)
    running = start_console(console, 0)
    try:
        staff = Browser(running.url.split("//", 1)[1])
        assert staff.unlock("demo-team", STAFF_PASSPHRASE).status == 303
        yield staff
    finally:
        running.stop()


def test_a_report_filed_through_rest_and_its_addition_appear_in_the_console(
        running_assistant: RunningAssistant) -> None:
    account = "they took the men from the bakery on the square at dawn"
    receipt = file_report(running_assistant, f"console-{uuid.uuid4().hex}", account)
    reference, code = receipt["reference"], receipt["followup_code"]
    assert reference and code, receipt["text"]
    sender = f"returning-{uuid.uuid4().hex}"
    added = come_back(running_assistant, sender, reference, code, "one of them had a scar across his cheek")
    assert f"added this to your report {reference}" in added

    with console_of(running_assistant) as staff:
        assert f'href="/reports/{reference}"' in staff.get("/inbox?q=bakery").body
        page = staff.get(f"/reports/{reference}?open=1").body
        assert account in page and "one of them had a scar across his cheek" in page
        assert "authenticated by the follow-up code" in page


def test_a_staff_reply_reaches_the_reporter_who_answers_and_the_answer_reaches_the_console(
        running_assistant: RunningAssistant) -> None:
    receipt = file_report(running_assistant, f"replied-{uuid.uuid4().hex}", "they burned the mill by the river")
    reference, code = receipt["reference"], receipt["followup_code"]
    assert reference and code, receipt["text"]
    with console_of(running_assistant) as staff:
        token = staff.get(f"/reports/{reference}?open=1").field("csrf")
        question = "Thank you for telling us. Is there a safe time to call you?"
        assert staff.post(f"/reports/{reference}/reply", {"csrf": token, "value": question,
                                                          "language": "en"}).status == 303

        reader = f"reader-{uuid.uuid4().hex}"  # comes back only to read: nothing added
        shown = come_back(running_assistant, reader, reference, code, "/skip")
        assert question in shown and "To answer, come back with your reference and code" in shown
        assert "added this to your report" not in shown

        answering = f"answering-{uuid.uuid4().hex}"
        answered = come_back(running_assistant, answering, reference, code, "weekday mornings before nine are safe")
        assert f"added this to your report {reference}" in answered

        page = staff.get(f"/reports/{reference}?open=1").body
        assert question in page and "weekday mornings before nine are safe" in page


def test_distress_during_the_account_is_flagged_for_the_team_without_its_words(
        running_assistant: RunningAssistant) -> None:
    sender = f"distressed-{uuid.uuid4().hex}"
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, "they took my father from the house")
    offered = running_assistant.send(sender, "/distress")
    assert "/resume" in [b.get("payload") for reply in offered for b in reply.get("buttons") or []]
    running_assistant.send(sender, "/resume")
    reach_confirmation(running_assistant, sender, "and we never saw him again")
    receipt = receipt_in(texts(running_assistant.send(sender, "/affirm")))
    assert receipt["reference"], receipt["text"]

    with console_of(running_assistant) as staff:
        inbox = staff.get("/inbox").body
        row = inbox[inbox.index(f'href="/reports/{receipt["reference"]}"'):].split("</tr>")[0]
        assert "distress: a break offered" in row and "self-harm" not in row
