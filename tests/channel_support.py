"""Messaging channels end to end: a local fake of the three platforms' APIs, the environment that switches the
channels on and points them at the fake (the `channel_assistant` fixture in tests/conftest.py starts the
assistant with it), and users who talk to it through signed webhook calls.

Nothing here reaches the internet: every *_API_BASE_URL points at the fake on 127.0.0.1, and the servers get
proxy variables that make any other HTTP call fail at once.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Sequence, Tuple

import yaml

from bot.launcher import free_port
from tests.assistant import RunningAssistant
from tests.conversation_driver import FOLLOW_UP_ANSWERS, receipt_in
from tests.helpers import PROJECT_ROOT, read_stored_events

TELEGRAM_TOKEN = "123456789:TEST-telegram-token"
TELEGRAM_BOT = "testimony_test_bot"
TELEGRAM_SECRET = "test-telegram-secret_token"
TWILIO_SID = "AC00000000000000000000000000000000"
TWILIO_TOKEN = "test-twilio-auth-token"
TWILIO_NUMBER = "+14155238886"
FACEBOOK_VERIFY = "test-facebook-verify-token"
FACEBOOK_SECRET = "test-facebook-app-secret"
FACEBOOK_TOKEN = "TEST-page-access-token"
FACEBOOK_PAGE = "1122334455"
FACEBOOK_VERSION = "24.0"
# What the assistant asks Telegram to call; the tests post to the local server themselves.
TELEGRAM_WEBHOOK_URL = "https://testimony.example.org/webhooks/telegram/webhook"


# --- the fake platforms ---------------------------------------------------------------------------------------

@dataclass
class Call:
    """One outgoing API call the assistant made: which platform, which method, to whom, with what."""

    platform: str
    method: str
    recipient: str
    body: Dict[str, Any]
    authorized: bool

    @property
    def text(self) -> str:
        if self.platform == "telegram":
            return str(self.body.get("text") or "")
        if self.platform == "twilio":
            return str(self.body.get("Body") or "")
        message = self.body.get("message") or {}
        template = ((message.get("attachment") or {}).get("payload") or {})
        return str(message.get("text") or template.get("text") or "")

    @property
    def is_message(self) -> bool:
        return self.method in ("sendMessage", "Messages.json") or (self.method == "me/messages"
                                                                    and "message" in self.body)

    def choices(self) -> List[Tuple[str, str]]:
        """(title, payload) of the choices this message offers; for WhatsApp, (title, number)."""
        if self.platform == "telegram":
            keyboard = (self.body.get("reply_markup") or {}).get("inline_keyboard") or []
            return [(button["text"], button["callback_data"]) for row in keyboard for button in row]
        if self.platform == "twilio":
            return [(title, number) for number, title in re.findall(r"^(\d+)\. (.+)$", self.text, re.MULTILINE)]
        message = self.body.get("message") or {}
        buttons = list(message.get("quick_replies") or [])
        buttons += ((message.get("attachment") or {}).get("payload") or {}).get("buttons") or []
        return [(button["title"], button["payload"]) for button in buttons]


class FakePlatforms:
    """Telegram's Bot API, Twilio's REST API and the Graph API's Send API, recording every call."""

    def __init__(self) -> None:
        self.calls: List[Call] = []
        self._lock = threading.Lock()
        self._message_ids = itertools.count(1000)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                status, answer = fake.answer(self.path, self.headers, raw)
                data = json.dumps(answer).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @staticmethod
    def _form(raw: bytes, content_type: str) -> Dict[str, Any]:
        if "json" in content_type:
            return json.loads(raw or b"{}")
        if "multipart" in content_type:
            boundary = content_type.split("boundary=")[1].strip('"').encode()
            fields = {}
            for part in raw.split(b"--" + boundary):
                head, _, value = part.partition(b"\r\n\r\n")
                name = re.search(rb'name="([^"]+)"', head)
                if name:
                    fields[name.group(1).decode()] = value.rstrip(b"\r\n").decode("utf-8")
            return fields
        return {key: values[0] for key, values in urllib.parse.parse_qs(raw.decode("utf-8")).items()}

    def answer(self, path: str, headers: Any, raw: bytes) -> Tuple[int, Dict[str, Any]]:
        parsed = urllib.parse.urlsplit(path)
        body = self._form(raw, headers.get("Content-Type") or "")
        query = {key: values[0] for key, values in urllib.parse.parse_qs(parsed.query).items()}
        telegram = re.fullmatch(r"/telegram/bot([^/]+)/(\w+)", parsed.path)
        twilio = re.fullmatch(r"/twilio/2010-04-01/Accounts/(\w+)/Messages\.json", parsed.path)
        facebook = re.fullmatch(rf"/facebook/v{re.escape(FACEBOOK_VERSION)}/me/messages", parsed.path)
        if telegram:
            method = telegram.group(2)
            if "reply_markup" in body:
                body["reply_markup"] = json.loads(body["reply_markup"])
            call = Call("telegram", method, str(body.get("chat_id", "")), body, telegram.group(1) == TELEGRAM_TOKEN)
            result: Any = True
            if method == "getMe":
                result = {"id": 123456789, "is_bot": True, "first_name": "Testimony", "username": TELEGRAM_BOT}
            elif method == "sendMessage":
                result = {"message_id": next(self._message_ids), "date": int(time.time()), "text": body.get("text"),
                          "chat": {"id": int(body["chat_id"]), "type": "private"}}
            answer: Tuple[int, Dict[str, Any]] = (200, {"ok": True, "result": result})
        elif twilio:
            expected = "Basic " + base64.b64encode(f"{TWILIO_SID}:{TWILIO_TOKEN}".encode()).decode()
            call = Call("twilio", "Messages.json", str(body.get("To", "")), body,
                        twilio.group(1) == TWILIO_SID and headers.get("Authorization") == expected)
            answer = (201, {"sid": f"SM{next(self._message_ids):032d}", "account_sid": TWILIO_SID,
                            "to": body.get("To"), "from": body.get("From"), "body": body.get("Body"),
                            "status": "queued", "api_version": "2010-04-01", "num_segments": "1"})
        elif facebook:
            proof = hmac.new(FACEBOOK_SECRET.encode(), FACEBOOK_TOKEN.encode(), hashlib.sha256).hexdigest()
            authorized = query.get("access_token") == FACEBOOK_TOKEN and query.get("appsecret_proof") == proof
            recipient = str((body.get("recipient") or {}).get("id", ""))
            method = "me/messages" if "message" in body else "sender_action"
            call = Call("facebook", method, recipient, body, authorized)
            answer = (200, {"recipient_id": recipient, "message_id": f"m_{next(self._message_ids)}"})
        else:
            call = Call("unknown", parsed.path, "", body, False)
            answer = (404, {"error": "not faked"})
        with self._lock:
            self.calls.append(call)
        return answer

    def mark(self) -> int:
        with self._lock:
            return len(self.calls)

    def since(self, mark: int, recipient: Optional[str] = None) -> List[Call]:
        with self._lock:
            calls = self.calls[mark:]
        return [call for call in calls if recipient is None or call.recipient == recipient]

    def wait_for(self, platform: str, method: str, timeout: float = 60) -> Call:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                found = [c for c in self.calls if c.platform == platform and c.method == method]
            if found:
                return found[-1]
            time.sleep(0.2)
        raise AssertionError(f"no {platform} {method} call within {timeout} s")


# --- the assistant with its channels on -----------------------------------------------------------------------

def channel_environment(fake: FakePlatforms) -> Dict[str, str]:
    """Every platform's variables, API base URLs at the fake, and proxies that make other calls fail fast."""
    dead_proxy = "http://127.0.0.1:9"
    return {
        "TELEGRAM_ACCESS_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_VERIFY": TELEGRAM_BOT,
        "TELEGRAM_WEBHOOK_URL": TELEGRAM_WEBHOOK_URL, "TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
        "TELEGRAM_API_BASE_URL": f"{fake.url}/telegram",
        "TWILIO_ACCOUNT_SID": TWILIO_SID, "TWILIO_AUTH_TOKEN": TWILIO_TOKEN, "TWILIO_WHATSAPP_NUMBER": TWILIO_NUMBER,
        "TWILIO_API_BASE_URL": f"{fake.url}/twilio",
        "FACEBOOK_VERIFY": FACEBOOK_VERIFY, "FACEBOOK_SECRET": FACEBOOK_SECRET,
        "FACEBOOK_PAGE_ACCESS_TOKEN": FACEBOOK_TOKEN, "FACEBOOK_API_VERSION": FACEBOOK_VERSION,
        "FACEBOOK_API_BASE_URL": f"{fake.url}/facebook",
        "HTTP_PROXY": dead_proxy, "HTTPS_PROXY": dead_proxy, "http_proxy": dead_proxy, "https_proxy": dead_proxy,
        "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
    }


@dataclass
class ChannelHarness:
    assistant: RunningAssistant
    fake: FakePlatforms


def post(url: str, body: bytes, headers: Dict[str, str]) -> Tuple[int, str]:
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


# --- users of each platform -----------------------------------------------------------------------------------

def domain_payloads_by_title() -> Dict[str, set]:
    """English button titles -> the payloads they carry in domain.yml (for reading WhatsApp's numbered lists)."""
    responses = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    found: Dict[str, set] = {}
    for variations in responses.values():
        for variation in variations:
            for button in variation.get("buttons") or []:
                payload = button["payload"].replace("{{", "{").replace("}}", "}")
                found.setdefault(button["title"], set()).add(payload)
    return found


@dataclass
class ChannelUser:
    """Somebody writing to the assistant on one platform; each turn returns the messages sent back to them."""

    harness: ChannelHarness
    platform_id: str
    turns: List[List[Call]] = field(default_factory=list)

    platform = ""
    conversation_prefix = ""

    @property
    def conversation_id(self) -> str:
        """The id the server gives this user's conversation (what the tracker store is keyed by)."""
        from bot.channels.conversations import ConversationIds
        from bot.crypto.server_secret import load_or_create_secret
        from bot.settings import DataLayout

        secret = load_or_create_secret(DataLayout(self.harness.assistant.data_dir).server_secret_file)
        return ConversationIds(secret).for_platform(self.conversation_prefix, self.platform_id)

    @property
    def webhook(self) -> str:
        return f"{self.harness.assistant.rasa_url}/webhooks/{self.platform}/webhook"

    def _post(self, body: bytes, headers: Dict[str, str]) -> List[Call]:
        mark = self.harness.fake.mark()
        status, answer = post(self.webhook, body, headers)
        assert status == 200, (status, answer)
        calls = self.harness.fake.since(mark, self.recipient)
        self.turns.append(calls)
        return calls

    @property
    def recipient(self) -> str:
        return self.platform_id

    def say(self, text: str) -> List[Call]:
        raise NotImplementedError

    def choose(self, payload: str) -> List[Call]:
        raise NotImplementedError

    def send_attachment(self, caption: str = "") -> List[Call]:
        """A photo (with a caption when given) or, without one, a voice message, as the platform posts it."""
        raise NotImplementedError

    def offered(self) -> List[Tuple[str, str]]:
        """The choices offered in the last turn."""
        return [choice for call in (self.turns[-1] if self.turns else []) for choice in call.choices()]

    def last_texts(self) -> str:
        return texts_of(self.turns[-1] if self.turns else [])


def texts_of(calls: Sequence[Call]) -> str:
    return "\n".join(call.text for call in calls if call.is_message)


class TelegramUser(ChannelUser):
    platform = "telegram"
    conversation_prefix = "tg"
    _updates = itertools.count(5000)

    def __init__(self, harness: ChannelHarness, chat_id: int) -> None:
        super().__init__(harness, str(chat_id))
        self.chat_id = chat_id

    def _person(self) -> Dict[str, Any]:
        return {"id": self.chat_id, "is_bot": False, "first_name": "Test", "language_code": "en"}

    def send_update(self, update: Dict[str, Any], secret: Optional[str] = TELEGRAM_SECRET) -> Tuple[int, List[Call]]:
        mark = self.harness.fake.mark()
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        status, _ = post(self.webhook, json.dumps(update).encode("utf-8"), headers)
        return status, self.harness.fake.since(mark, self.recipient)

    def message_update(self, text: str) -> Dict[str, Any]:
        message: Dict[str, Any] = {"message_id": next(self._updates), "from": self._person(), "date": int(time.time()),
                                   "chat": {"id": self.chat_id, "first_name": "Test", "type": "private"},
                                   "text": text}
        if text.startswith("/"):
            message["entities"] = [{"offset": 0, "length": len(text.split()[0]), "type": "bot_command"}]
        return {"update_id": next(self._updates), "message": message}

    def _post_update(self, update: Dict[str, Any]) -> List[Call]:
        return self._post(json.dumps(update).encode("utf-8"), {"Content-Type": "application/json",
                                                               "X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET})

    def say(self, text: str) -> List[Call]:
        return self._post_update(self.message_update(text))

    def send_attachment(self, caption: str = "") -> List[Call]:
        update = self.message_update("")
        del update["message"]["text"]
        if caption:
            update["message"].update(caption=caption, photo=[
                {"file_id": "AgACAgQAAxkBAAIB", "file_unique_id": "AQADz7kxG", "file_size": 1803, "width": 90,
                 "height": 67}])
        else:
            update["message"]["voice"] = {"file_id": "AwACAgQAAxkBAAIC", "file_unique_id": "AgADRBYAAk",
                                          "duration": 7, "mime_type": "audio/ogg", "file_size": 21504}
        return self._post_update(update)

    def choose(self, payload: str) -> List[Call]:
        shown = [call for call in self.turns[-1] if call.choices()]
        assert any(data == payload for _, data in self.offered()), (payload, self.offered(), self.last_texts())
        keyboard_message = next(call for call in shown if any(data == payload for _, data in call.choices()))
        update = {"update_id": next(self._updates), "callback_query": {
            "id": f"cq-{next(self._updates)}", "from": self._person(), "chat_instance": "-4242", "data": payload,
            "message": {"message_id": next(self._updates), "date": int(time.time()),
                        "from": {"id": 123456789, "is_bot": True, "first_name": "Testimony", "username": TELEGRAM_BOT},
                        "chat": {"id": self.chat_id, "first_name": "Test", "type": "private"},
                        "text": keyboard_message.text, "reply_markup": keyboard_message.body["reply_markup"]}}}
        calls = self._post_update(update)
        answered = [c for c in self.harness.fake.since(0) if c.method == "answerCallbackQuery"
                    and c.body.get("callback_query_id") == update["callback_query"]["id"]]
        assert answered, "the callback query was not answered"
        return calls


def twilio_signature(url: str, params: Dict[str, str], token: str = TWILIO_TOKEN) -> str:
    """X-Twilio-Signature as Twilio documents it: HMAC-SHA1 of the URL and the sorted parameters, base64."""
    signed = url + "".join(f"{key}{params[key]}" for key in sorted(params))
    return base64.b64encode(hmac.new(token.encode(), signed.encode("utf-8"), hashlib.sha1).digest()).decode()


class WhatsAppUser(ChannelUser):
    platform = "twilio"
    conversation_prefix = "wa"
    # Replies with a number are typed in every way people type them.
    DIGIT_STYLES = ("{}", "{}.", " {} ", "arabic-indic", "persian")
    _sids = itertools.count(1)

    def __init__(self, harness: ChannelHarness, phone: str) -> None:
        super().__init__(harness, f"whatsapp:{phone}")
        self.phone = phone
        self._styles = itertools.cycle(self.DIGIT_STYLES)
        self._titles = domain_payloads_by_title()

    def params(self, text: str) -> Dict[str, str]:
        sid = f"SM{next(self._sids):032d}"
        return {"SmsMessageSid": sid, "NumMedia": "0", "ProfileName": "Test", "MessageType": "text",
                "SmsSid": sid, "WaId": self.phone.lstrip("+"), "SmsStatus": "received", "Body": text,
                "To": f"whatsapp:{TWILIO_NUMBER}", "NumSegments": "1", "ReferralNumMedia": "0", "MessageSid": sid,
                "AccountSid": TWILIO_SID, "From": self.platform_id, "ApiVersion": "2010-04-01"}

    def send_params(self, params: Dict[str, str], signature: Optional[str]) -> Tuple[int, List[Call]]:
        mark = self.harness.fake.mark()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if signature is not None:
            headers["X-Twilio-Signature"] = signature
        status, _ = post(self.webhook, urllib.parse.urlencode(params).encode("utf-8"), headers)
        return status, self.harness.fake.since(mark, self.recipient)

    def _post_params(self, params: Dict[str, str]) -> List[Call]:
        return self._post(urllib.parse.urlencode(params).encode("utf-8"), {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": twilio_signature(self.webhook, params)})

    def say(self, text: str) -> List[Call]:
        return self._post_params(self.params(text))

    def send_attachment(self, caption: str = "") -> List[Call]:
        params = self.params(caption)
        kind = "image/jpeg" if caption else "audio/ogg"
        params.update(NumMedia="1", MessageType="image" if caption else "audio", MediaContentType0=kind,
                      MediaUrl0=f"https://api.twilio.com/2010-04-01/Accounts/{TWILIO_SID}/Messages/"
                                f"{params['MessageSid']}/Media/ME{params['MessageSid'][2:]}")
        return self._post_params(params)

    def number_for(self, payload: str) -> int:
        for title, number in self.offered():
            if payload in self._titles.get(title, ()):
                return int(number)
        raise AssertionError(f"{payload} not offered: {self.offered()}\n{self.last_texts()}")

    def choose(self, payload: str) -> List[Call]:
        number = self.number_for(payload)
        style = next(self._styles)
        if style == "arabic-indic":
            typed = "".join(chr(0x0660 + int(d)) for d in str(number))
        elif style == "persian":
            typed = "".join(chr(0x06F0 + int(d)) for d in str(number))
        else:
            typed = style.format(number)
        return self.say(typed)


def messenger_signature(body: bytes, secret: str = FACEBOOK_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class MessengerUser(ChannelUser):
    platform = "facebook"
    conversation_prefix = "fb"
    _mids = itertools.count(1)

    def event(self, **content: Any) -> bytes:
        now = int(time.time() * 1000)
        return json.dumps({"object": "page", "entry": [{"id": FACEBOOK_PAGE, "time": now, "messaging": [
            {"sender": {"id": self.platform_id}, "recipient": {"id": FACEBOOK_PAGE}, "timestamp": now, **content},
        ]}]}).encode("utf-8")

    def send_body(self, body: bytes, signature: Optional[str]) -> Tuple[int, List[Call]]:
        mark = self.harness.fake.mark()
        headers = {"Content-Type": "application/json"}
        if signature is not None:
            headers["X-Hub-Signature-256"] = signature
        status, _ = post(self.webhook, body, headers)
        return status, self.harness.fake.since(mark, self.recipient)

    def _send(self, body: bytes) -> List[Call]:
        return self._post(body, {"Content-Type": "application/json", "X-Hub-Signature-256": messenger_signature(body)})

    def say(self, text: str) -> List[Call]:
        return self._send(self.event(message={"mid": f"m_{next(self._mids)}", "text": text}))

    def send_attachment(self, caption: str = "") -> List[Call]:
        kind = "image" if caption else "audio"
        message: Dict[str, Any] = {"mid": f"m_{next(self._mids)}", "attachments": [
            {"type": kind, "payload": {"url": f"https://scontent.xx.fbcdn.net/v/t1.15752-9/{kind}.bin"}}]}
        if caption:
            message["text"] = caption
        return self._send(self.event(message=message))

    def choose(self, payload: str) -> List[Call]:
        for call in self.turns[-1]:
            message = call.body.get("message") or {}
            for reply in message.get("quick_replies") or []:
                if reply["payload"] == payload:
                    return self._send(self.event(message={"mid": f"m_{next(self._mids)}", "text": reply["title"],
                                                          "quick_reply": {"payload": payload}}))
            template = (message.get("attachment") or {}).get("payload") or {}
            for button in template.get("buttons") or []:
                if button["payload"] == payload:
                    return self._send(self.event(postback={"mid": f"m_{next(self._mids)}", "title": button["title"],
                                                           "payload": payload}))
        raise AssertionError(f"{payload} not offered: {self.offered()}\n{self.last_texts()}")


# --- whole conversations --------------------------------------------------------------------------------------

def start_a_draft(user: ChannelUser, narrative: str, greeting: str = "hello") -> None:
    """Greets, says they are safe, consents, and starts telling."""
    user.say(greeting)
    for payload in ("/affirm", "/affirm"):
        user.choose(payload)
    user.say(narrative)


def file_report_over(user: ChannelUser, narrative: str, answers: Tuple[str, ...] = FOLLOW_UP_ANSWERS,
                     greeting: str = "hello") -> Dict[str, Any]:
    """A whole report over a messaging channel, the way tests.conversation_driver.file_report does it over REST:
    buttons are chosen the platform's way (a tap, or a number on WhatsApp), the rest typed."""
    start_a_draft(user, narrative, greeting)
    user.choose("/done")
    user.choose('/choose_role{"role":"witness"}')
    for answer in answers:
        user.choose(answer) if answer.startswith("/") else user.say(answer)
    user.choose("/affirm")
    return receipt_in(user.last_texts())


# --- people and what the store holds for them ---------------------------------------------------------------

def unique_phone() -> str:
    return "+4477009" + str(uuid.uuid4().int)[:5]


def unique_chat() -> int:
    return 900000000000 + uuid.uuid4().int % 10**9


def unique_psid() -> str:
    return "2" + str(uuid.uuid4().int)[:16]


def stored_events(harness: ChannelHarness, conversation_id: str) -> str:
    """The conversation as the tracker store holds it now (decrypted), as JSON text; "" when there is none."""
    return read_stored_events(harness.assistant.data_dir, conversation_id) or ""
