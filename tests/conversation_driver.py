"""Drives whole conversations over the REST channel, answering the way a user clicking and typing would."""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from bot.benchmark.clients import FOLLOW_UP_ANSWERS
from tests.assistant import RunningAssistant, payloads, texts

__all__ = ["FOLLOW_UP_ANSWERS", "file_report", "reach_confirmation", "receipt_in", "start_and_consent"]

REFERENCE = re.compile(r"REF-[A-Z0-9]{8,}")
FOLLOWUP_CODE = re.compile(r"\b\d{4} \d{4} \d{4} \d{4}\b")


def start_and_consent(assistant: RunningAssistant, sender: str, greeting: str = "hello") -> List[Dict]:
    """Greets, says they are safe, consents; returns the replies that ask for their account.

    A greeting long enough to hold words of an account is offered back after consent: this driver leaves it out.
    """
    replies = assistant.send(sender, greeting)
    assert "/affirm" in payloads(replies), texts(replies)
    replies = assistant.send(sender, "/affirm")
    assert "/affirm" in payloads(replies), texts(replies)
    replies = assistant.send(sender, "/affirm")
    if "/deny" in payloads(replies) and not any(p.startswith("/choose_role") for p in payloads(replies)):
        replies = assistant.send(sender, "/deny")
    return replies


def reach_confirmation(assistant: RunningAssistant, sender: str, *parts: str,
                       answers: tuple = FOLLOW_UP_ANSWERS) -> List[Dict]:
    """After consent: tells the account in `parts`, answers the questions; returns the replies that ask to send."""
    for part in parts:
        assistant.send(sender, part)
    assistant.send(sender, "/done")
    assistant.send(sender, '/choose_role{"role":"witness"}')
    replies: List[Dict] = []
    for answer in answers:
        replies = assistant.send(sender, answer)
    return replies


def file_report(assistant: RunningAssistant, sender: str, narrative: str,
                answers: tuple = FOLLOW_UP_ANSWERS, greeting: str = "hello") -> Dict[str, Optional[str]]:
    """A whole report, from greeting to filing; returns the reference and follow-up code shown."""
    start_and_consent(assistant, sender, greeting)
    reach_confirmation(assistant, sender, narrative, answers=answers)
    return receipt_in(texts(assistant.send(sender, "/affirm")))


def receipt_in(shown: str) -> Dict[str, Optional[str]]:
    """The report reference and follow-up code in the filing answer (None where missing), and its text."""
    reference, code = REFERENCE.search(shown), FOLLOWUP_CODE.search(shown)
    return {"reference": reference.group(0) if reference else None,
            "followup_code": code.group(0) if code else None, "text": shown}


def come_back(assistant: RunningAssistant, sender: str, reference: str, code: str, text: str) -> str:
    """A returning reporter: "add to my report", reference, code, then `text`; returns what the last reply says."""
    for message in ("/followup", reference, code):
        assistant.send(sender, message)
    return texts(assistant.send(sender, text))
