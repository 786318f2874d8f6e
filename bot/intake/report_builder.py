"""Turns a finished conversation into the report that is sealed for the war crimes team.

The report holds the structured answers, the full transcript (every user and bot turn, with time and
language), the consent choices, the contact preference and the language: nothing about the user's device,
address or channel (survivor-centred rule 14).
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional

from bot.channels import ATTACHMENT, MESSAGE_TOO_LONG, MESSAGE_WITHOUT_WORDS
from bot.intake.answers import YES, is_answered, is_button_payload
from bot.intake.fields import CONTACT_NEEDS, REPORT_ANSWER_FIELDS, TRANSLATED_FIELDS

REPORT_SCHEMA_VERSION = 1
# In the transcript, where the user sent a photo, voice message, file or location that was never fetched.
ATTACHMENT_NOT_RECEIVED = "[attachment: not opened or kept; the user was asked to keep the original]"
# ... and where they sent a message over the length limit, of which the assistant never received a word.
MESSAGE_TOO_LONG_NOT_RECEIVED = "[message too long to read: not kept; the user was asked to send it in parts]"
# ... and where they sent a message with no words in it.
MESSAGE_WITHOUT_WORDS_RECEIVED = "[a message with no words in it]"
NOT_RECEIVED = {ATTACHMENT: ATTACHMENT_NOT_RECEIVED, MESSAGE_TOO_LONG: MESSAGE_TOO_LONG_NOT_RECEIVED,
                MESSAGE_WITHOUT_WORDS: MESSAGE_WITHOUT_WORDS_RECEIVED}

Translator = Callable[[str, str], Dict[str, Any]]


def _iso(timestamp: Optional[float]) -> Optional[str]:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).isoformat()


# The report begins where the user consented: nothing typed before consent is filed (survivor-centred rule 2).
REPORT_START_ACTION = "action_start_report"


def _consent_index(events: List[Mapping[str, Any]]) -> int:
    starts = [i for i, event in enumerate(events)
              if event.get("event") == "action" and event.get("name") == REPORT_START_ACTION]
    return starts[-1] if starts else 0


def _consented(events: List[Mapping[str, Any]]) -> bool:
    return any(event.get("event") == "action" and event.get("name") == REPORT_START_ACTION for event in events)


def _language_changes(events: Iterable[Mapping[str, Any]]) -> Iterable[str]:
    return (event["value"] for event in events
            if event.get("event") == "slot" and event.get("name") == "language" and event.get("value"))


def transcript(events: Iterable[Mapping[str, Any]], initial_language: str = "en") -> List[Dict[str, Any]]:
    """Every user and bot turn since consent, in order, with its time and the language at that moment."""
    events = list(events)
    start = _consent_index(events)
    language = next(iter(reversed(list(_language_changes(events[:start])))), initial_language)
    turns: List[Dict[str, Any]] = []
    for event in events[start:]:
        kind = event.get("event")
        if kind == "slot" and event.get("name") == "language" and event.get("value"):
            language = event["value"]
        elif kind in ("user", "bot") and event.get("text") is not None:
            text = event["text"]
            if kind == "user" and text in NOT_RECEIVED:
                text = NOT_RECEIVED[text]
            elif kind == "user" and is_button_payload(text):
                text = f"[button: {text[1:]}]"
            turns.append({"speaker": kind, "text": text, "time": _iso(event.get("timestamp")),
                          "language": language})
    return turns


# What the assistant had to answer during the conversation, for the team to see first (the console's safety
# flags): the response that was given, by the name of the response. Only the fact is kept, not the words.
CARE_GIVEN = {"utter_immediate_danger": "danger_now", "utter_self_harm_support": "self_harm",
              "utter_distress_offer": "distress"}


def care_given(events: Iterable[Mapping[str, Any]]) -> List[str]:
    """Which of CARE_GIVEN's answers the assistant gave in the whole conversation (sorted, each once)."""
    given = {CARE_GIVEN[name] for event in events if event.get("event") == "bot"
             for name in [(event.get("metadata") or {}).get("utter_action")] if name in CARE_GIVEN}
    return sorted(given)


def build_report(
    slots: Mapping[str, Any],
    events: Iterable[Mapping[str, Any]],
    translate_for_staff: Optional[Translator] = None,
    now: Optional[datetime] = None,
) -> Dict[str, Any]:
    """The report as filed. `translate_for_staff(text, language)` adds unverified English translations."""
    events = list(events)  # read twice: the care given, and the transcript
    language = slots.get("language") or "en"
    answers = {field: slots.get(field) for field in REPORT_ANSWER_FIELDS}
    translations: Dict[str, Any] = {}
    if language != "en" and translate_for_staff is not None:
        for field in TRANSLATED_FIELDS:
            value = slots.get(field)
            if is_answered(value):
                translations[field] = translate_for_staff(value, language)
    contact_preference = slots.get("contact_preference")
    contact_wanted = contact_preference == "contact_me"
    return {
        "schema": REPORT_SCHEMA_VERSION,
        "language": language,
        "filed_at": (now or datetime.now(timezone.utc)).isoformat(),
        "answers": answers,
        "corrections": list(slots.get("corrections") or []),
        # When the person said yes to reporting: the action that starts the draft runs right after their yes.
        "consented_at": _iso(events[_consent_index(events)].get("timestamp")) if _consented(events) else None,
        "consents": {
            "report": slots.get("consent") is True,
            # Only an explicit yes is consent to share; the user's own words stay in the answers.
            "onward_sharing": slots.get("onward_sharing") == YES,
            "contact": contact_wanted and is_answered(slots.get("contact_details")),
        },
        "contact_preference": contact_preference,
        "contact_details": slots.get("contact_details") if contact_wanted else None,
        # How the team should reach them: language, interpreter, who speaks to them, safe times (rule 14).
        "contact_needs": {field: slots.get(field) for field in CONTACT_NEEDS} if contact_wanted else None,
        "safe_when_reporting": slots.get("safe_now"),
        "care_given": care_given(events),
        "transcript": transcript(events),
        "translations": translations,
    }
