"""A messaging text over the length limit: the connectors pass on a notice and not one character of it, the
action says why it was not read, and the filed transcript names it for staff (issue 11)."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

import pytest

from actions.unreadable import ActionExplainUnreadable
from bot.channels import ATTACHMENT, MAX_MESSAGE_CHARACTERS, MESSAGE_TOO_LONG, UNREADABLE_ENTITY
from bot.channels.common import Choice
from bot.channels.facebook import TestimonyMessenger
from bot.channels.telegram import TelegramChannel
from bot.channels.twilio import TwilioChannel
from bot.intake.report_builder import MESSAGE_TOO_LONG_NOT_RECEIVED, transcript
from tests.helpers import DOMAIN_FILE, run_action, sdk_tracker

PHONE = "whatsapp:+447700900123"


def words_of_length(length: int, sentence: str = "they kept us in the school basement for nine days. ") -> str:
    """A report exactly `length` characters long, made of real words (not one repeated letter)."""
    return (sentence * (length // len(sentence) + 1))[:length]


def telegram_texts(text: str, **content: Any) -> List[str]:
    channel = TelegramChannel("123:abc", "testimony_bot", "https://example.org/webhooks/telegram/webhook")
    return channel.texts_of({"update_id": 1, "message": {"message_id": 2, "chat": {"id": 42, "type": "private"},
                                                         "text": text, **content}})


def telegram_caption_texts(caption: str) -> List[str]:
    channel = TelegramChannel("123:abc", "testimony_bot", "https://example.org/webhooks/telegram/webhook")
    return channel.texts_of({"update_id": 1, "message": {"message_id": 2, "chat": {"id": 42, "type": "private"},
                                                         "photo": [{"file_id": "p"}], "caption": caption}})


def whatsapp_channel() -> TwilioChannel:
    return TwilioChannel("AC1", "token", "+14155238886")


def whatsapp_texts(text: str, channel: Optional[TwilioChannel] = None, **params: str) -> List[str]:
    channel = channel or whatsapp_channel()
    return channel.texts_of({"From": PHONE, "Body": text, "NumMedia": "0", **params})


def messenger_texts(text: str, **content: Any) -> List[str]:
    return TestimonyMessenger.texts_of({"sender": {"id": "2468"}, "message": {"mid": "m_1", "text": text,
                                                                              **content}})


PLATFORMS = {"telegram": telegram_texts, "whatsapp": whatsapp_texts, "messenger": messenger_texts}


# --- the connectors -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_one_character_over_the_limit_becomes_the_notice_and_nothing_of_the_text(platform: str) -> None:
    oversized = words_of_length(MAX_MESSAGE_CHARACTERS + 1)
    assert PLATFORMS[platform](oversized) == [MESSAGE_TOO_LONG]


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_a_message_exactly_at_the_limit_is_passed_on_whole(platform: str) -> None:
    at_limit = words_of_length(MAX_MESSAGE_CHARACTERS)
    assert PLATFORMS[platform](at_limit) == [at_limit]


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_the_limit_counts_characters_in_every_script(platform: str) -> None:
    tamil = words_of_length(MAX_MESSAGE_CHARACTERS, "அவர்கள் எங்களை பள்ளியில் அடைத்தனர். 😢 ")
    assert PLATFORMS[platform](tamil) == [tamil]
    assert PLATFORMS[platform](tamil + "ம") == [MESSAGE_TOO_LONG]


def test_an_oversized_telegram_command_is_not_taken_as_the_command() -> None:
    assert telegram_texts("/start " + words_of_length(MAX_MESSAGE_CHARACTERS)) == [MESSAGE_TOO_LONG]
    assert telegram_texts("/start hello") == ["/greet"]


def test_an_oversized_caption_is_replaced_but_the_attachment_is_still_named() -> None:
    assert telegram_caption_texts(words_of_length(MAX_MESSAGE_CHARACTERS + 50)) == [ATTACHMENT, MESSAGE_TOO_LONG]
    assert messenger_texts(words_of_length(MAX_MESSAGE_CHARACTERS * 2),
                           attachments=[{"type": "image", "payload": {"url": "https://fbcdn.example/x.jpg"}}]) \
        == [ATTACHMENT, MESSAGE_TOO_LONG]
    assert whatsapp_texts(words_of_length(MAX_MESSAGE_CHARACTERS + 1), NumMedia="1") == [ATTACHMENT, MESSAGE_TOO_LONG]


def test_an_oversized_whatsapp_number_is_not_an_option_and_leaves_the_offer_open() -> None:
    channel = whatsapp_channel()
    channel.offered.offer(PHONE, [Choice("Yes", "/affirm"), Choice("No", "/deny")])
    padded_two = "2" + " " * MAX_MESSAGE_CHARACTERS
    assert whatsapp_texts(padded_two, channel) == [MESSAGE_TOO_LONG]
    assert whatsapp_texts("2.", channel) == ["/deny"]


def test_messenger_quick_replies_are_their_payloads() -> None:
    assert messenger_texts("No", quick_reply={"payload": "/deny"}) == ["/deny"]


# --- what Rasa makes of the notice ----------------------------------------------------------------------------

def test_the_notice_is_the_attachment_intent_with_its_reason_known_to_the_domain() -> None:
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
    from rasa.shared.nlu.training_data.message import Message

    parsed = YAMLStoryReader.unpack_regex_message(Message({"text": MESSAGE_TOO_LONG}),
                                                  Domain.load(str(DOMAIN_FILE)))
    assert parsed.get("intent")["name"] == "attachment"
    assert [(e["entity"], e["value"]) for e in parsed.get("entities")] == [(UNREADABLE_ENTITY, "too_long")]


# --- the action -----------------------------------------------------------------------------------------------

def notice_tracker(entities: List[Dict[str, Any]], active_loop: str = "report_form"):
    latest = {"text": MESSAGE_TOO_LONG if entities else ATTACHMENT, "intent": {"name": "attachment",
                                                                               "confidence": 1.0},
              "entities": entities}
    return sdk_tracker("tg:abc", {"requested_slot": "narrative_done", "narrative": "they took my cousin"},
                       latest, events=[{"event": "user", "text": latest["text"], "parse_data": latest}],
                       active_loop={"name": active_loop})


@pytest.mark.parametrize("active_loop", ["report_form", "intake_form", "followup_form", ""])
def test_a_message_too_long_is_explained_and_the_draft_left_alone(active_loop: str) -> None:
    tracker = notice_tracker([{"entity": UNREADABLE_ENTITY, "value": "too_long"}], active_loop)
    events, messages = run_action(ActionExplainUnreadable(), tracker)
    assert events == []
    assert [message["response"] for message in messages] == ["utter_message_too_long"]


@pytest.mark.parametrize("entities", [[], [{"entity": UNREADABLE_ENTITY, "value": "a reason nobody sends"}],
                                      [{"entity": "role", "value": "witness"}]])
def test_anything_else_unreadable_is_explained_as_an_attachment(entities: List[Dict[str, Any]]) -> None:
    events, messages = run_action(ActionExplainUnreadable(), notice_tracker(entities))
    assert events == []
    assert [message["response"] for message in messages] == ["utter_attachment_not_read"]


# --- the filed transcript -------------------------------------------------------------------------------------

def test_the_transcript_names_a_message_too_long_rather_than_calling_it_a_button() -> None:
    events = [{"event": "action", "name": "action_start_report", "timestamp": 1.0},
              {"event": "user", "text": MESSAGE_TOO_LONG, "timestamp": 2.0},
              {"event": "user", "text": "first part: the trucks came at night", "timestamp": 3.0}]
    assert [turn["text"] for turn in transcript(events)] == [MESSAGE_TOO_LONG_NOT_RECEIVED,
                                                            "first part: the trucks came at night"]
