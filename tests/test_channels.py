"""Messaging channels end to end: the real servers with Telegram, WhatsApp (Twilio) and Messenger switched on,
their outgoing calls going to a local fake of each platform, and documented webhook payloads posted in."""
from __future__ import annotations

import json
from typing import Callable, Dict, List

import pytest

from bot.channels.common import MAX_CHOICES_PER_MESSAGE, MAX_TITLE_LENGTH
from tests.channel_support import (
    FACEBOOK_VERIFY, TELEGRAM_SECRET, TELEGRAM_WEBHOOK_URL, TWILIO_NUMBER, Call, ChannelHarness, ChannelUser,
    MessengerUser, TelegramUser, WhatsAppUser, file_report_over, messenger_signature, start_a_draft, stored_events,
    twilio_signature, unique_chat, unique_phone, unique_psid,
)
from tests.helpers import files_containing

pytestmark = pytest.mark.timeout(1200)

CANARY = "The kingfisher saw nine green trucks cross the Irpin bridge"
PHONE = "+447700900123"
CHAT_ID = 918273645501
PSID = "24681357902468135"


USERS: Dict[str, Callable[[ChannelHarness], ChannelUser]] = {
    "telegram": lambda harness: TelegramUser(harness, unique_chat()),
    "twilio": lambda harness: WhatsAppUser(harness, unique_phone()),
    "facebook": lambda harness: MessengerUser(harness, unique_psid()),
}


def every_call(user: ChannelUser) -> List[Call]:
    return [call for turn in user.turns for call in turn]


# --- start-up -------------------------------------------------------------------------------------------------

def test_telegram_sets_its_webhook_with_a_secret_token_at_start(channel_assistant: ChannelHarness) -> None:
    call = channel_assistant.fake.wait_for("telegram", "setWebhook")
    assert call.authorized
    assert call.body["url"] == TELEGRAM_WEBHOOK_URL
    assert call.body["secret_token"] == TELEGRAM_SECRET
    assert "callback_query" in json.loads(call.body["allowed_updates"])


def test_messenger_webhook_verification(channel_assistant: ChannelHarness) -> None:
    import urllib.error
    import urllib.request

    base = f"{channel_assistant.assistant.rasa_url}/webhooks/facebook/webhook"
    good = f"{base}?hub.mode=subscribe&hub.verify_token={FACEBOOK_VERIFY}&hub.challenge=1158201444"
    with urllib.request.urlopen(good, timeout=30) as answer:
        assert answer.read() == b"1158201444"
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{base}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1", timeout=30)
    assert refused.value.code == 403


# --- a whole report on each platform ------------------------------------------------------------------------

def test_a_whole_report_over_telegram(channel_assistant: ChannelHarness) -> None:
    user = TelegramUser(channel_assistant, unique_chat())
    receipt = file_report_over(user, "soldiers took the men from the school at night")
    assert receipt["reference"] and receipt["followup_code"], receipt["text"]

    calls = every_call(user)
    assert all(call.authorized for call in calls)
    messages = [call for call in calls if call.method == "sendMessage"]
    keyboards = [call.body["reply_markup"]["inline_keyboard"] for call in messages if "reply_markup" in call.body]
    assert len(keyboards) >= 12
    for keyboard in keyboards:
        assert all(len(row) == 1 and set(row[0]) == {"text", "callback_data"} for row in keyboard)
        assert all(len(row[0]["callback_data"].encode()) <= 64 for row in keyboard)
    role_keyboard = next(k for k in keyboards if len(k) == 6)
    assert role_keyboard[1][0] == {"text": "I saw it happen", "callback_data": '/choose_role{"role":"witness"}'}
    # (TelegramUser.choose also checks that every tap's callback query was answered.)


def test_a_whole_report_over_whatsapp_answering_with_numbers(channel_assistant: ChannelHarness) -> None:
    user = WhatsAppUser(channel_assistant, unique_phone())
    receipt = file_report_over(user, "they shelled the market while people queued for bread")
    assert receipt["reference"] and receipt["followup_code"], receipt["text"]

    calls = every_call(user)
    assert calls and all(call.authorized for call in calls)
    assert {call.body["From"] for call in calls} == {f"whatsapp:{TWILIO_NUMBER}"}
    assert all(len(call.text) <= 1600 for call in calls)
    numbered = [call for call in calls if call.choices()]
    assert len(numbered) >= 12
    languages, safety = numbered[0].text, numbered[1].text
    assert "\n\n1. English\n2. العربية" in languages
    assert "\n\n1. Yes, I am safe\n2. No, or not sure" in safety
    role = next(call.text for call in numbered if "Which of these fits you best?" in call.text)
    assert "1. It happened to me\n2. I saw it happen\n3. I know about someone responsible who is in the UK" in role
    # Reaching the reference means every number was read, typed as "1", "1.", " 1 ", "١" or "۱".


def test_a_whole_report_over_messenger(channel_assistant: ChannelHarness) -> None:
    user = MessengerUser(channel_assistant, unique_psid())
    receipt = file_report_over(user, "a drone hit the ambulance outside the hospital")
    assert receipt["reference"] and receipt["followup_code"], receipt["text"]

    calls = every_call(user)
    assert calls and all(call.authorized for call in calls)
    messages = [call.body["message"] for call in calls if call.method == "me/messages"]
    with_quick_replies = [m for m in messages if m.get("quick_replies")]
    templates = [m["attachment"]["payload"] for m in messages if "attachment" in m]
    assert len(with_quick_replies) >= 5
    for message in with_quick_replies:
        assert 1 <= len(message["quick_replies"]) <= MAX_CHOICES_PER_MESSAGE
        assert all(len(reply["title"]) <= MAX_TITLE_LENGTH for reply in message["quick_replies"])
    # The roles and the follow-ups with "That's all, review and send" do not fit in one message: split, 3 at most
    # in each.
    assert len(templates) >= 10
    assert templates and all(1 <= len(t["buttons"]) <= MAX_CHOICES_PER_MESSAGE for t in templates)
    assert all(len(button["title"]) <= MAX_TITLE_LENGTH for t in templates for button in t["buttons"])
    role_titles = [b["title"] for t in templates for b in t["buttons"] if b["payload"].startswith("/choose_role")]
    assert role_titles == ["It happened to me", "I saw it happen", "I know about…", "I am telling you…"]
    assert any("I know about someone responsible who is in the UK" in t["text"] for t in templates)
    # Typing indicators around each answer.
    actions = [call.body["sender_action"] for call in calls if call.method == "sender_action"]
    assert actions[:3] == ["mark_seen", "typing_on", "typing_off"]


# --- signatures -----------------------------------------------------------------------------------------------

def test_telegram_rejects_a_bad_or_missing_secret_token(channel_assistant: ChannelHarness) -> None:
    user = TelegramUser(channel_assistant, unique_chat())
    for secret in ("not-the-secret", None):
        status, sent = user.send_update(user.message_update("hello"), secret=secret)
        assert status == 403 and sent == []
    assert stored_events(channel_assistant, user.conversation_id) == ""


def test_whatsapp_rejects_a_bad_or_missing_signature(channel_assistant: ChannelHarness) -> None:
    user = WhatsAppUser(channel_assistant, unique_phone())
    params = user.params("hello")
    forged = twilio_signature(user.webhook, params, token="someone-elses-token")
    tampered = twilio_signature(user.webhook, {**params, "Body": "something else"})
    for signature in (forged, tampered, None):
        status, sent = user.send_params(params, signature)
        assert status == 403 and sent == []
    assert stored_events(channel_assistant, user.conversation_id) == ""


def test_messenger_rejects_a_bad_or_missing_signature(channel_assistant: ChannelHarness) -> None:
    user = MessengerUser(channel_assistant, unique_psid())
    body = user.event(message={"mid": "m_forged", "text": "hello"})
    for signature in (messenger_signature(body, secret="wrong-secret"), messenger_signature(body + b" "),
                      "sha1=" + "0" * 40, None):
        status, sent = user.send_body(body, signature)
        assert status == 403 and sent == []
    assert stored_events(channel_assistant, user.conversation_id) == ""


# --- what a phone user sees -----------------------------------------------------------------------------------

@pytest.mark.parametrize("platform", sorted(USERS))
def test_the_greeting_and_safety_advice_say_how_to_leave_a_messaging_app(channel_assistant: ChannelHarness,
                                                                         platform: str) -> None:
    user = USERS[platform](channel_assistant)
    user.say("hello")
    greeting = user.last_texts()
    assert '"exit"' in greeting and "remove this chat from your phone" in greeting, greeting
    assert "Escape" not in greeting and "Leave this site" not in greeting

    user.choose("/deny")
    advice = user.last_texts()
    assert "call 999 now" in advice and '"exit"' in advice and "Escape" not in advice, advice


@pytest.mark.parametrize("platform", sorted(USERS))
def test_a_voice_message_or_photo_is_explained_and_nothing_is_lost(channel_assistant: ChannelHarness,
                                                                   platform: str) -> None:
    user = USERS[platform](channel_assistant)
    start_a_draft(user, "they took my cousin at the checkpoint near the river")
    question = [call.text for call in user.turns[-1] if call.is_message][-1].splitlines()[0]

    user.send_attachment()
    shown = user.last_texts()
    assert "could not open what you sent" in shown and "0800 555 111" in shown, shown
    assert question in shown  # the same question again, nothing skipped

    user.send_attachment(caption="the soldiers at the checkpoint wore black armbands")
    stored = stored_events(channel_assistant, user.conversation_id)
    assert "checkpoint near the river" in stored and "wore black armbands" in stored
    assert "fbcdn" not in stored and "api.twilio.com" not in stored and "AgACAgQAAxkBAAIB" not in stored


def test_a_voice_message_as_the_first_message_leads_into_the_usual_opening(channel_assistant: ChannelHarness) -> None:
    user = WhatsAppUser(channel_assistant, unique_phone())
    user.send_attachment()
    shown = user.last_texts()
    assert "could not open what you sent" in shown and '"exit"' in shown and "safe and private" in shown, shown


# --- /exit ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("platform, typed", [("telegram", "/exit"), ("twilio", "خروج"), ("facebook", "salir"),
                                             ("twilio", "/exit"), ("telegram", "вихід")])
def test_exit_deletes_the_draft_and_says_how_to_delete_the_chat(channel_assistant: ChannelHarness, platform: str,
                                                                typed: str) -> None:
    user = USERS[platform](channel_assistant)
    start_a_draft(user, "they took my cousin at the checkpoint near the river")
    assert "checkpoint near the river" in stored_events(channel_assistant, user.conversation_id)

    user.say(typed)
    shown = user.last_texts()
    assert "has been deleted" in shown
    assert "still be on your phone" in shown
    remaining = stored_events(channel_assistant, user.conversation_id)
    assert "checkpoint near the river" not in remaining and "witness" not in remaining


# --- privacy --------------------------------------------------------------------------------------------------

def test_no_phone_number_id_or_account_is_logged_or_stored(channel_assistant: ChannelHarness) -> None:
    users = [TelegramUser(channel_assistant, CHAT_ID), WhatsAppUser(channel_assistant, PHONE),
             MessengerUser(channel_assistant, PSID)]
    for user in users:
        receipt = file_report_over(user, CANARY)
        assert receipt["reference"], receipt["text"]
    data_dir = channel_assistant.assistant.data_dir
    for needle in (CANARY, PHONE, PHONE.lstrip("+"), str(CHAT_ID), PSID):
        assert files_containing(data_dir, needle) == [], needle
