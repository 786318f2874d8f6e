"""Which language the conversation is in: a pure decision from what we know after each user message.

Switching language mid-conversation on a misdetection is disorienting for someone describing something
traumatic, so the session language is sticky: explicit choices win at once, but detection only ever *proposes*
a switch (the bot then asks, in both languages) and only after two consecutive messages that are long enough
and confidently in the same other served language. No Rasa here, so the rules can be tested on their own and
called from any action.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Optional, Sequence, Tuple

from bot.language.detection import Detection
from bot.language.languages import DEFAULT_LANGUAGE, SERVED_SCRIPTS, normalize_code
from bot.language.scripts import COMMON

# Minimum detection confidence for a message to count towards switching (or to choose the first language).
CONFIDENT = 0.8


@dataclass(frozen=True)
class Decision:
    """The outcome for one user message.

    language: the language to answer in now (always one of the ten).
    propose_switch_to: a served language to offer ("Would you like to continue in ...?"), or None.
    unsupported_script: the script of a message the assistant cannot read or answer in ("Ethiopic"), or None.
    reason: a short machine-readable why, for logs and tests.
    """

    language: str
    propose_switch_to: Optional[str] = None
    unsupported_script: Optional[str] = None
    reason: str = ""


def is_decisive(detection: Optional[Detection]) -> bool:
    """True when a message is evidence enough to act on: served, confident and not short."""
    return bool(detection and detection.supported and detection.language
                and detection.confidence >= CONFIDENT and not detection.short)


def decide(current: Optional[str], detection: Optional[Detection], recent: Sequence[Detection] = (),
           explicit: Optional[str] = None, page_language: Optional[str] = None,
           declined: Collection[str] = ()) -> Decision:
    """Decide the conversation language after a user message.

    current: the session language so far (None before the first message).
    detection: the detection for this message.
    recent: detections of the previous user messages, oldest first, not including this one.
    explicit: a language the user chose explicitly (command, button, "can we speak French?"), code or tag.
    page_language: the language of the page hosting the widget (message metadata), a code or BCP 47 tag.
    declined: languages the user already turned down when offered; never offered again this session.
    """
    chosen = normalize_code(explicit)
    if chosen:
        return Decision(chosen, reason="explicit")

    language = normalize_code(current)
    reason = "sticky"
    if language is None:
        language, reason = _initial(detection, normalize_code(page_language))

    if detection and detection.script not in SERVED_SCRIPTS and detection.script != COMMON:
        return Decision(language, unsupported_script=detection.script, reason="unsupported_script")

    previous = recent[-1] if recent else None
    if (is_decisive(detection) and detection.language != language and detection.language not in declined
            and is_decisive(previous) and previous.language == detection.language):
        return Decision(language, propose_switch_to=detection.language, reason="propose_switch")
    return Decision(language, reason=reason)


def _initial(detection: Optional[Detection], page_language: Optional[str]) -> Tuple[str, str]:
    """The first language: the page's, else a confident served detection (length does not matter when there
    is nothing to be sticky about yet), else English."""
    if page_language:
        return page_language, "page_language"
    if detection and detection.supported and detection.language and detection.confidence >= CONFIDENT:
        return detection.language, "detected"
    return DEFAULT_LANGUAGE, "default"
