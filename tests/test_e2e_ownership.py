"""Nobody joins another person's conversation, against the running servers with every channel on.

The REST channel takes only a live session token the server issued: a phone number, a Telegram chat id, a
server-made messaging id, a made-up, altered, expired or another session's token gets a 400 with a reason,
and the conversation it aimed at neither answers nor changes. A webhook delivery seen before is answered once.
"""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from typing import Any, Tuple

import pytest

from bot.channels.conversations import SessionTokens
from bot.crypto.server_secret import load_or_create_secret
from bot.settings import DataLayout
from tests.channel_support import (
    ChannelHarness, MessengerUser, TelegramUser, WhatsAppUser, messenger_signature, start_a_draft, stored_events,
    twilio_signature, unique_chat, unique_phone, unique_psid,
)

pytestmark = pytest.mark.timeout(1200)

DRAFT = "the guards at the Kherson school wrote numbers on our hands"


def post_rest(harness: ChannelHarness, sender: Any, message: str) -> Tuple[int, str]:
    request = urllib.request.Request(f"{harness.assistant.rasa_url}/webhooks/rest/webhook", method="POST",
                                     data=json.dumps({"sender": sender, "message": message}).encode("utf-8"),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def tokens_of(harness: ChannelHarness, **kwargs: Any) -> SessionTokens:
    secret = load_or_create_secret(DataLayout(harness.assistant.data_dir).server_secret_file)
    return SessionTokens(secret, **kwargs)


def assert_refused(harness: ChannelHarness, sender: Any, conversation_id: str) -> None:
    before = stored_events(harness, conversation_id)
    for message in ("/delete_everything", "/affirm", "what have I told you so far?"):
        status, answer = post_rest(harness, sender, message)
        assert status == 400, (sender, status, answer)
        assert "session" in json.loads(answer)["error"] and "Kherson" not in answer
    assert stored_events(harness, conversation_id) == before and DRAFT in before


def test_a_rest_client_using_a_messaging_id_never_sees_or_changes_that_conversation(
        channel_assistant: ChannelHarness) -> None:
    users = [WhatsAppUser(channel_assistant, unique_phone()), TelegramUser(channel_assistant, unique_chat()),
             MessengerUser(channel_assistant, unique_psid())]
    for user in users:
        start_a_draft(user, DRAFT)
        platform_id = user.platform_id
        for sender in {platform_id, platform_id.replace("whatsapp:", ""), user.conversation_id,
                       user.conversation_id.split(":", 1)[1], f"web:{user.conversation_id.split(':', 1)[1]}"}:
            assert_refused(channel_assistant, sender, user.conversation_id)


def test_made_up_altered_expired_or_anothers_tokens_never_reach_a_web_conversation(
        channel_assistant: ChannelHarness) -> None:
    assistant = channel_assistant.assistant
    owner = "owner-of-the-draft"
    for message in ("hello", "/affirm", "/affirm", DRAFT):
        assistant.send(owner, message)
    mine = assistant.session_token(owner)
    conversation = assistant.conversation_id(owner)
    session_id, expiry, mac = mine.split(".")[1:]

    an_hour_ago = time.time() - 3600
    expired = tokens_of(channel_assistant, ttl_seconds=60, clock=lambda: an_hour_ago).issue(mine).token
    foreign = SessionTokens(bytes(32)).issue().token.split(".")
    for sender in (
        expired, f"v1.{session_id}.{int(expiry) + 3600}.{mac}", f"v1.{session_id}.{expiry}.{foreign[3]}",
        f"v1.{session_id}.{foreign[2]}.{foreign[3]}", f"v1.{session_id}", session_id, conversation, "me",
        mine.replace("v1.", "v0."),
    ):
        assert_refused(channel_assistant, sender, conversation)

    # Another person's own, valid session is their own conversation: it neither sees nor deletes this one.
    other = assistant.send("someone-else", "delete everything")
    assert DRAFT not in json.dumps(other)
    assert DRAFT in stored_events(channel_assistant, conversation)
    # The owner's renewed token is still the owner's conversation.
    renewed = tokens_of(channel_assistant).issue(mine).token
    status, _ = post_rest(channel_assistant, renewed, "and they kept us for three days")
    assert status == 200 and "kept us for three days" in stored_events(channel_assistant, conversation)


def test_a_new_session_comes_from_the_session_endpoint(channel_assistant: ChannelHarness) -> None:
    url = f"{channel_assistant.assistant.rasa_url}/webhooks/rest/session"
    with urllib.request.urlopen(urllib.request.Request(url, data=b"", method="POST"), timeout=30) as response:
        issued = json.loads(response.read())
    assert issued["expires_in"] > 3600
    assert tokens_of(channel_assistant).conversation_of(issued["token"]).startswith("web:")
    refused = urllib.request.Request(url, data=json.dumps({"token": "whatsapp:+447700900123"}).encode(),
                                     method="POST", headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(refused, timeout=30)
    assert error.value.code == 400


def test_an_oversized_rest_message_gets_413_and_nothing_is_kept(channel_assistant: ChannelHarness) -> None:
    assistant = channel_assistant.assistant
    assistant.send("long-writer", "hello")
    conversation = assistant.conversation_id("long-writer")
    before = stored_events(channel_assistant, conversation)
    status, answer = post_rest(channel_assistant, assistant.session_token("long-writer"),
                               "Mariupol theatre " * 1200)
    assert status == 413 and "shorter parts" in json.loads(answer)["error"]
    assert stored_events(channel_assistant, conversation) == before


# --- replays --------------------------------------------------------------------------------------------------

def test_a_repeated_telegram_update_is_answered_once(channel_assistant: ChannelHarness) -> None:
    user = TelegramUser(channel_assistant, unique_chat())
    update = user.message_update("hello")
    status, first = user.send_update(update)
    assert status == 200 and any(call.is_message for call in first)
    stored = stored_events(channel_assistant, user.conversation_id)
    status, again = user.send_update(update)
    assert status == 200 and again == []
    assert stored_events(channel_assistant, user.conversation_id) == stored
    status, fresh = user.send_update(user.message_update("hello"))  # the same words in a new update count
    assert status == 200 and any(call.is_message for call in fresh)


def test_a_repeated_twilio_message_sid_is_answered_once(channel_assistant: ChannelHarness) -> None:
    user = WhatsAppUser(channel_assistant, unique_phone())
    params = user.params("hi there")
    signature = twilio_signature(user.webhook, params)
    status, first = user.send_params(params, signature)
    assert status == 200 and any(call.is_message for call in first)
    stored = stored_events(channel_assistant, user.conversation_id)
    status, again = user.send_params(params, signature)
    assert status == 200 and again == []
    assert stored_events(channel_assistant, user.conversation_id) == stored


def test_a_repeated_messenger_mid_is_answered_once(channel_assistant: ChannelHarness) -> None:
    user = MessengerUser(channel_assistant, unique_psid())
    body = user.event(message={"mid": f"m_replayed_{user.platform_id}", "text": "Hello"})
    status, first = user.send_body(body, messenger_signature(body))
    assert status == 200 and any(call.is_message for call in first)
    stored = stored_events(channel_assistant, user.conversation_id)
    status, again = user.send_body(body, messenger_signature(body))
    assert status == 200 and not any(call.is_message for call in again)
    assert stored_events(channel_assistant, user.conversation_id) == stored
