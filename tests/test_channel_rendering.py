"""Unit tests of the messaging channels' rules: rendering, numbers, exit words, signatures, credentials file."""
from __future__ import annotations

import base64
import hashlib
import hmac
import unicodedata
from collections import OrderedDict
from pathlib import Path
from typing import Dict, List

import pytest
import yaml

from bot.channels import ATTACHMENT, credentials
from bot.channels.common import (
    DELETE_EVERYTHING, EXIT_WORDS, MAX_CHOICES_PER_MESSAGE, MAX_TITLE_LENGTH, Choice, OfferedOptions,
    choices_from_buttons, exit_to_delete, hub_signature_256, is_exit, messages_for, parse_option_number, same_secret,
    split_text, truncate_title, utf16_length,
)
from bot.channels.facebook import messenger_messages
from bot.channels.telegram import command_text, inline_keyboard, secret_token_for
from bot.channels.twilio import TwilioChannel, has_attachment, numbered_text, sender_for

ROLE_CHOICES = [
    Choice("It happened to me", '/choose_role{"role":"survivor"}'),
    Choice("I saw it happen", '/choose_role{"role":"witness"}'),
    Choice("I know about someone responsible who is in the UK", '/choose_role{"role":"perpetrator_information"}'),
    Choice("I am telling you for someone else", '/choose_role{"role":"on_behalf"}'),
    Choice("I'd rather not say", "/rather_not_say"),
]
YES_NO = [Choice("Yes, I am safe", "/affirm"), Choice("No, or not sure", "/deny")]


def all_buttons(messages: List[Dict]) -> List[Dict]:
    """Quick replies and template buttons of Messenger messages, in order."""
    found = []
    for message in messages:
        found += message.get("quick_replies") or []
        found += ((message.get("attachment") or {}).get("payload") or {}).get("buttons") or []
    return found


# --- titles and texts ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, expected", [
    ("Skip", "Skip"),
    ("Yes, they may share it", "Yes, they may share…"),
    ("I know about someone responsible who is in the UK", "I know about…"),
    ("I am telling you for someone else", "I am telling you…"),
    ("Supercalifragilisticexpialidocious", "Supercalifragilisti…"),
    ("Exactly twenty chars", "Exactly twenty chars"),
])
def test_titles_are_cut_at_a_word_with_an_ellipsis(title: str, expected: str) -> None:
    assert truncate_title(title) == expected
    assert len(truncate_title(title)) <= MAX_TITLE_LENGTH


@pytest.mark.parametrize("title", [
    "வெளியேறு வெளியேறு வெளியேறு",  # Tamil: vowel signs are combining marks
    "أريد أن أبلّغ عن شيء حدث لي",  # Arabic with a shadda
    "Я бачив, як це сталося",
    "👩‍👩‍👧 family 👩‍👩‍👧 family 👩‍👩‍👧",
])
def test_a_cut_never_separates_a_letter_from_its_marks(title: str) -> None:
    cut = truncate_title(title)
    assert len(cut) <= MAX_TITLE_LENGTH and cut.endswith("…")
    kept = cut[:-1]
    assert title.startswith(kept)
    following = title[len(kept)]
    assert not unicodedata.category(following).startswith("M") and following != "\u200d"


def test_long_texts_are_split_within_the_limit_at_natural_breaks() -> None:
    text = "\n\n".join(f"Paragraph {n}. " + "word " * 60 for n in range(20))
    parts = split_text(text, 1600)
    assert len(parts) > 1
    assert all(utf16_length(part) <= 1600 for part in parts)
    assert " ".join(" ".join(parts).split()) == " ".join(text.split())
    assert all(part.startswith("Paragraph") for part in parts)
    assert split_text("short", 1600) == ["short"]
    emoji = "😀" * 3000
    assert all(utf16_length(part) <= 4096 for part in split_text(emoji, 4096))
    assert "".join(split_text(emoji, 4096)) == emoji


def test_buttons_become_choices() -> None:
    buttons = [{"title": "Yes", "payload": "/affirm"}, {"title": "Just a title"}, {"title": "", "payload": ""}]
    assert choices_from_buttons(buttons) == [Choice("Yes", "/affirm"), Choice("Just a title", "Just a title")]


# --- Messenger ------------------------------------------------------------------------------------------------

def test_messenger_three_choices_or_fewer_are_quick_replies_on_one_message() -> None:
    messages = messenger_messages("Are you somewhere safe?", YES_NO)
    assert messages == [{"text": "Are you somewhere safe?", "quick_replies": [
        {"content_type": "text", "title": "Yes, I am safe", "payload": "/affirm"},
        {"content_type": "text", "title": "No, or not sure", "payload": "/deny"},
    ]}]


def test_messenger_longer_lists_are_split_three_per_message_with_short_titles() -> None:
    messages = messenger_messages("Which of these fits you best?", ROLE_CHOICES)
    assert len(messages) == 2
    buttons = all_buttons(messages)
    assert [b["payload"] for b in buttons] == [c.payload for c in ROLE_CHOICES]
    for message in messages:
        assert len(all_buttons([message])) <= MAX_CHOICES_PER_MESSAGE
    assert all(len(b["title"]) <= MAX_TITLE_LENGTH for b in buttons)
    assert buttons[2]["title"] == "I know about…"
    first, second = (m["attachment"]["payload"]["text"] for m in messages)
    # The question, and the full wording of the options whose titles were cut.
    assert first.startswith("Which of these fits you best?")
    assert "I know about someone responsible who is in the UK" in first
    assert "It happened to me" not in first
    assert "I am telling you for someone else" in second and "I'd rather not say" in second


def test_messenger_a_long_question_goes_first_as_text() -> None:
    question = "Please read this carefully. " * 40
    messages = messenger_messages(question, ROLE_CHOICES)
    assert "text" in messages[0] and "attachment" not in messages[0]
    assert all(len(m["attachment"]["payload"]["text"]) <= 640 for m in messages if "attachment" in m)
    assert [b["payload"] for b in all_buttons(messages)] == [c.payload for c in ROLE_CHOICES]


def test_messenger_cut_quick_reply_titles_are_spelled_out_in_the_text() -> None:
    choices = [Choice("Yes, they may share it", "/affirm"), Choice("No, keep it with the team", "/deny")]
    (message,) = messenger_messages("May the team share your report?", choices)
    assert [q["title"] for q in message["quick_replies"]] == ["Yes, they may share…", "No, keep it with…"]
    assert "Yes, they may share it" in message["text"] and "No, keep it with the team" in message["text"]


# --- WhatsApp / SMS -------------------------------------------------------------------------------------------

def test_whatsapp_options_are_numbered_in_the_text() -> None:
    assert numbered_text("Are you somewhere safe?", YES_NO) == \
        "Are you somewhere safe?\n\n1. Yes, I am safe\n2. No, or not sure"


@pytest.mark.parametrize("reply, number", [
    ("1", 1), ("1.", 1), (" 1 ", 1), ("(2)", 2), ("2)", 2), ("١", 1), ("٢", 2), ("۱", 1), ("۳", 3),
    ("٣.", 3), ("１", 1), ("12", 12),
])
def test_a_reply_that_is_just_a_number_is_read_in_any_digits(reply: str, number: int) -> None:
    assert parse_option_number(reply) == number


@pytest.mark.parametrize("reply", ["", "one", "1 2", "2022 in spring", "1a", "-1", "1234"])
def test_other_replies_are_not_numbers(reply: str) -> None:
    assert parse_option_number(reply) is None


def test_a_number_maps_to_the_option_last_offered_in_that_conversation_once() -> None:
    offered = OfferedOptions()
    offered.offer("whatsapp:+447700900001", YES_NO)
    offered.offer("whatsapp:+447700900002", ROLE_CHOICES)
    assert offered.resolve("whatsapp:+447700900002", "٢") == '/choose_role{"role":"witness"}'
    assert offered.resolve("whatsapp:+447700900001", " 2 ") == "/deny"
    # An offer answers one reply; out-of-range numbers and text pass through unchanged.
    assert offered.resolve("whatsapp:+447700900001", "1") == "1"
    offered.offer("whatsapp:+447700900001", YES_NO)
    assert offered.resolve("whatsapp:+447700900001", "3") == "3"
    offered.offer("whatsapp:+447700900001", YES_NO)
    assert offered.resolve("whatsapp:+447700900001", "spring 2022") == "spring 2022"


def test_offers_expire_are_bounded_and_hold_no_phone_number() -> None:
    now = [0.0]
    offered = OfferedOptions(ttl_seconds=60, max_entries=2, clock=lambda: now[0])
    for n in range(3):
        offered.offer(f"whatsapp:+44770090000{n}", YES_NO)
    assert len(offered) == 2
    assert offered.resolve("whatsapp:+447700900000", "1") == "1"  # the oldest was dropped
    assert "+4477" not in repr(offered.__dict__)
    now[0] = 61
    assert offered.resolve("whatsapp:+447700900002", "1") == "1"  # expired


def test_replies_come_from_the_users_own_channel() -> None:
    assert sender_for("whatsapp:+447700900123", "+14155238886") == "whatsapp:+14155238886"
    assert sender_for("whatsapp:+447700900123", "whatsapp:+14155238886") == "whatsapp:+14155238886"
    assert sender_for("+447700900123", "whatsapp:+14155238886") == "+14155238886"


# --- Telegram -------------------------------------------------------------------------------------------------

def test_telegram_choices_are_an_inline_keyboard_one_button_per_row() -> None:
    assert inline_keyboard(YES_NO) == {"inline_keyboard": [
        [{"text": "Yes, I am safe", "callback_data": "/affirm"}],
        [{"text": "No, or not sure", "callback_data": "/deny"}],
    ]}


def test_telegram_payloads_over_64_bytes_use_a_remembered_key() -> None:
    remembered: "OrderedDict[str, str]" = OrderedDict()
    payload = '/choose_contact{"contact_preference":"' + "x" * 60 + '"}'
    (row,) = inline_keyboard([Choice("Long", payload)], remembered)["inline_keyboard"]
    data = row[0]["callback_data"]
    assert len(data.encode()) <= 64 and remembered[data] == payload


@pytest.mark.parametrize("typed, seen", [
    ("/start", "/greet"), ("/start ref-campaign", "/greet"), ("/exit@TestimonyBot", "/exit"),
    ("hello", "hello"), ("/affirm", "/affirm"),
])
def test_telegram_commands(typed: str, seen: str) -> None:
    assert command_text(typed) == seen


def test_telegram_secret_token_is_the_configured_one_or_derived_and_stable() -> None:
    assert secret_token_for("123:abc", "my-Secret_1") == "my-Secret_1"
    derived = secret_token_for("123:abc")
    assert derived == secret_token_for("123:abc") != secret_token_for("123:abd")
    assert "abc" not in derived and len(derived) == 64
    with pytest.raises(ValueError):
        secret_token_for("123:abc", "not allowed!")


# --- exit words -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    "/exit", "exit", "EXIT", " Exit. ", "خروج", "вихід", "Выход", "quitter", "Salir!", "باہر", "باهر",
    "வெளியேறு", "ka bax", "Ka  Bax", "/خروج",
])
def test_exit_words_delete_everything(typed: str) -> None:
    assert is_exit(typed)
    assert exit_to_delete(typed) == DELETE_EVERYTHING


@pytest.mark.parametrize("typed", ["exit the building", "the exit", "salir de casa", "ka", "1", "/affirm"])
def test_other_messages_are_left_alone(typed: str) -> None:
    assert exit_to_delete(typed) == typed


def test_every_curated_language_has_an_exit_word() -> None:
    from bot.catalog import CURATED_LANGUAGES

    assert set(EXIT_WORDS) == set(CURATED_LANGUAGES)


# --- signatures -----------------------------------------------------------------------------------------------

def test_messenger_signature_is_hmac_sha256_of_the_raw_body() -> None:
    body = b'{"object":"page","entry":[]}'
    expected = "sha256=" + hmac.new(b"app-secret", body, hashlib.sha256).hexdigest()
    assert hub_signature_256("app-secret", body) == expected
    assert same_secret(expected, hub_signature_256("app-secret", body))
    assert not same_secret(expected, hub_signature_256("app-secret", body + b" "))
    assert not same_secret(None, expected) and not same_secret("", "")


def test_twilio_signature_uses_twilios_validator_over_url_and_sorted_parameters() -> None:
    channel = TwilioChannel("AC123", "auth-token", "+14155238886")
    url = "https://example.org/webhooks/twilio/webhook"
    params = {"From": "whatsapp:+447700900123", "Body": "hello", "To": "whatsapp:+14155238886"}
    signed = url + "".join(f"{key}{params[key]}" for key in sorted(params))
    signature = base64.b64encode(hmac.new(b"auth-token", signed.encode(), hashlib.sha1).digest()).decode()
    assert channel._validator.validate(url, params, signature)
    assert not channel._validator.validate(url, {**params, "Body": "tampered"}, signature)


def test_twilio_empty_parameters_are_kept_for_the_signature() -> None:
    """A photo without a caption comes with `Body=`; Twilio signs it, so it must not be dropped."""
    from types import SimpleNamespace
    from urllib.parse import urlencode

    from bot.channels.twilio import form_of

    channel = TwilioChannel("AC123", "auth-token", "+14155238886")
    url = "https://example.org/webhooks/twilio/webhook"
    params = {"From": "whatsapp:+447700900123", "Body": "", "NumMedia": "1", "MediaContentType0": "image/jpeg"}
    signed = url + "".join(f"{key}{params[key]}" for key in sorted(params))
    signature = base64.b64encode(hmac.new(b"auth-token", signed.encode(), hashlib.sha1).digest()).decode()
    request = SimpleNamespace(body=urlencode(params).encode(), url=url, headers={"X-Twilio-Signature": signature})
    form = form_of(request)
    assert form.get("Body") == "" and form.get("NumMedia") == "1"
    assert channel.signature_is_valid(request, form)
    assert not channel.signature_is_valid(request, form_of(SimpleNamespace(body=b"From=x&Body=", url=url)))


# --- the credentials file -------------------------------------------------------------------------------------

ALL_VARIABLES = {
    "TELEGRAM_ACCESS_TOKEN": "123456:telegram-token", "TELEGRAM_VERIFY": "testimony_bot",
    "TELEGRAM_WEBHOOK_URL": "https://example.org/webhooks/telegram/webhook",
    "TWILIO_ACCOUNT_SID": "AC0123", "TWILIO_AUTH_TOKEN": "twilio-auth-token",
    "TWILIO_WHATSAPP_NUMBER": "+14155238886",
    "FACEBOOK_VERIFY": "verify-me", "FACEBOOK_SECRET": "facebook-app-secret",
    "FACEBOOK_PAGE_ACCESS_TOKEN": "page-token",
}


def written(tmp_path: Path, env: Dict[str, str]) -> Dict:
    out = tmp_path / "effective" / "credentials.yml"
    credentials.write_credentials(out, env=env)
    return yaml.safe_load(out.read_text(encoding="utf-8"))


def test_no_messaging_channel_without_its_variables(tmp_path: Path) -> None:
    assert set(written(tmp_path, {})) == {"bot.channels.rest.RestInput"}


@pytest.mark.parametrize("left_out", sorted(ALL_VARIABLES))
def test_a_channel_is_off_unless_all_its_variables_are_set(tmp_path: Path, left_out: str) -> None:
    env = {**ALL_VARIABLES, left_out: "  "}
    listed = written(tmp_path, env)
    platform = left_out.split("_")[0].lower()
    connector = {"telegram": "bot.channels.telegram.TelegramChannel", "twilio": "bot.channels.twilio.TwilioChannel",
                 "facebook": "bot.channels.facebook.FacebookChannel"}[platform]
    assert connector not in listed
    assert len(listed) == 1 + 2


def test_all_channels_on_with_references_not_secrets(tmp_path: Path) -> None:
    env = {**ALL_VARIABLES, "TELEGRAM_API_BASE_URL": "http://127.0.0.1:1/telegram"}
    listed = written(tmp_path, env)
    assert listed["bot.channels.telegram.TelegramChannel"] == {
        "access_token": "${TELEGRAM_ACCESS_TOKEN}", "verify": "${TELEGRAM_VERIFY}",
        "webhook_url": "${TELEGRAM_WEBHOOK_URL}", "api_base_url": "${TELEGRAM_API_BASE_URL}"}
    assert listed["bot.channels.twilio.TwilioChannel"]["auth_token"] == "${TWILIO_AUTH_TOKEN}"
    assert listed["bot.channels.facebook.FacebookChannel"]["page-access-token"] == "${FACEBOOK_PAGE_ACCESS_TOKEN}"
    text = (tmp_path / "effective" / "credentials.yml").read_text(encoding="utf-8")
    assert not any(value in text for value in ALL_VARIABLES.values())
    assert (tmp_path / "effective" / "credentials.yml").stat().st_mode & 0o077 == 0


def test_rasa_reads_the_values_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import rasa.shared.utils.io

    for name, value in ALL_VARIABLES.items():
        monkeypatch.setenv(name, value)
    out = tmp_path / "credentials.yml"
    credentials.write_credentials(out, env=ALL_VARIABLES)
    read = rasa.shared.utils.io.read_config_file(str(out))
    assert read["bot.channels.twilio.TwilioChannel"] == {
        "account_sid": "AC0123", "auth_token": "twilio-auth-token", "twilio_number": "+14155238886"}


def test_the_command_line_names_missing_variables_but_never_values(tmp_path: Path, capsys, monkeypatch) -> None:
    for name in list(ALL_VARIABLES) + ["TELEGRAM_API_BASE_URL"]:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC-visible-value")
    assert credentials.main(["--out", str(tmp_path / "c.yml")]) == 0
    printed = capsys.readouterr().err
    assert "twilio: off, not set: TWILIO_AUTH_TOKEN, TWILIO_WHATSAPP_NUMBER" in printed
    assert "AC-visible-value" not in printed


def test_the_channel_names_are_the_ones_the_catalog_and_actions_know() -> None:
    from bot.channels import MESSAGING_CHANNELS
    from bot.channels.facebook import FacebookChannel, MessengerOutput
    from bot.channels.telegram import TelegramChannel, TelegramOutput
    from bot.channels.twilio import TwilioOutput

    names = {TelegramChannel.name(), TwilioChannel.name(), FacebookChannel.name()}
    assert names == {p.name for p in credentials.PLATFORMS} == set(MESSAGING_CHANNELS)
    assert {TelegramOutput.name(), TwilioOutput.name(), MessengerOutput.name()} == names


def test_telegram_reads_texts_and_taps_of_private_chats_only() -> None:
    from bot.channels.telegram import TelegramChannel

    channel = TelegramChannel("123:abc", "testimony_bot", "https://example.org/webhooks/telegram/webhook")
    bot = channel.get_output_channel()
    private = {"id": 42, "type": "private"}
    typed = {"update_id": 1, "message": {"message_id": 5, "chat": private, "text": "/start"}}
    tapped = {"update_id": 2, "callback_query": {"id": "q", "data": "/affirm", "from": {"id": 42},
                                                 "message": {"message_id": 6, "chat": private}}}
    edited = {"update_id": 3, "edited_message": {"message_id": 5, "chat": private, "text": "changed"}}
    assert channel.texts_of(typed) == ["/greet"] and channel.chat_of(typed) == private
    assert channel.texts_of(tapped) == ["/affirm"] and channel.chat_of(tapped) == private
    assert channel.texts_of(edited) == []
    forgotten = {"update_id": 5, "callback_query": {"id": "q", "data": "#0123", "from": {"id": 42}}}
    assert channel.texts_of(forgotten) == [] and channel.chat_of(forgotten)["id"] == 42
    assert str(bot.server.api_url("T", "getMe")).startswith("https://api.telegram.org/")


def test_outgoing_calls_go_to_the_api_base_url_when_set() -> None:
    from bot.channels.facebook import messenger_client
    from bot.channels.telegram import TelegramOutput
    from bot.channels.twilio import TwilioOutput

    twilio = TwilioOutput("AC1", "token", "+14155238886", api_base_url="http://127.0.0.1:9999/twilio")
    assert twilio.get_hostname("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json") == \
        "http://127.0.0.1:9999/twilio/2010-04-01/Accounts/AC1/Messages.json"
    assert TwilioOutput("AC1", "token", "+1").get_hostname("https://api.twilio.com/x") == "https://api.twilio.com/x"
    client = messenger_client("page-token", "secret", "http://127.0.0.1:9999/facebook", "24.0")
    assert client.graph_url == "http://127.0.0.1:9999/facebook/v24.0" and "appsecret_proof" in client.auth_args
    assert messenger_client("page-token", "secret").graph_url.startswith("https://graph.facebook.com/v")
    telegram = TelegramOutput("123:abc", "http://127.0.0.1:9999/telegram")
    assert telegram.server.api_url("123:abc", "sendMessage") == "http://127.0.0.1:9999/telegram/bot123:abc/sendMessage"


@pytest.mark.parametrize("content, expected", [
    ({"photo": [{"file_id": "x", "width": 90, "height": 90}]}, [ATTACHMENT]),
    ({"voice": {"file_id": "v", "duration": 12}}, [ATTACHMENT]),
    ({"location": {"latitude": 50.45, "longitude": 30.52}}, [ATTACHMENT]),
    ({"document": {"file_id": "d"}, "caption": "the list of names"}, [ATTACHMENT, "the list of names"]),
    ({"sticker": {"file_id": "s"}, "caption": "   "}, [ATTACHMENT]),
    ({"new_chat_title": "x"}, []),
])
def test_telegram_attachments_are_named_never_fetched_and_captions_kept(content: dict, expected: list) -> None:
    from bot.channels.telegram import TelegramChannel

    channel = TelegramChannel("123:abc", "testimony_bot", "https://example.org/webhooks/telegram/webhook")
    update = {"update_id": 9, "message": {"message_id": 7, "chat": {"id": 42, "type": "private"}, **content}}
    assert channel.texts_of(update) == expected


@pytest.mark.parametrize("form, expected", [
    ({"NumMedia": "1", "MediaContentType0": "image/jpeg"}, True),
    ({"NumMedia": "0", "Latitude": "50.45", "Longitude": "30.52"}, True),
    ({"NumMedia": "0"}, False),
    ({"NumMedia": "lots"}, False),
    ({}, False),
])
def test_whatsapp_media_and_locations_are_attachments(form: dict, expected: bool) -> None:
    assert has_attachment(form) is expected


def test_an_attachment_comes_before_the_words_sent_with_it() -> None:
    assert messages_for("see the photo", True) == [ATTACHMENT, "see the photo"]
    assert messages_for("just words", False) == ["just words"]
    assert messages_for("", False) == [] and messages_for(None, True) == [ATTACHMENT]
