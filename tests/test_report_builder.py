"""The transcript filed with a report: turns since consent, with buttons and attachments named for staff."""
from __future__ import annotations

from bot.channels import ATTACHMENT
from bot.intake.report_builder import ATTACHMENT_NOT_RECEIVED, transcript


def user(text: str, at: float) -> dict:
    return {"event": "user", "text": text, "timestamp": at}


def test_buttons_and_attachments_are_named_and_nothing_before_consent_is_kept() -> None:
    events = [user("my name is Amal and I live at 4 Elm Road", 1.0),
              {"event": "action", "name": "action_start_report", "timestamp": 2.0},
              {"event": "bot", "text": "In your own words, what happened?", "timestamp": 3.0},
              user(ATTACHMENT, 4.0),
              user("/choose_role{\"role\":\"witness\"}", 5.0),
              user("the photo shows the school after the fire", 6.0)]

    turns = transcript(events)

    assert [turn["text"] for turn in turns] == [
        "In your own words, what happened?", ATTACHMENT_NOT_RECEIVED, "[button: choose_role{\"role\":\"witness\"}]",
        "the photo shows the school after the fire"]
    assert [turn["speaker"] for turn in turns] == ["bot", "user", "user", "user"]
    assert all(turn["language"] == "en" for turn in turns)
