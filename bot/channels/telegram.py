"""Telegram, on Rasa's connector: inline keyboards, answered callback queries, a checked secret token.

Differences from `rasa.core.channels.telegram` (on purpose):
* every webhook call must carry the secret token given to setWebhook (X-Telegram-Bot-Api-Secret-Token),
  otherwise 403 and nothing is processed; the token is TELEGRAM_SECRET_TOKEN, or derived from the bot token;
* setWebhook (with that token) and the username check run once, after the server has started, instead of
  `asyncio.run` outside the server's event loop and `getMe` on every message;
* choices are an inline keyboard, one button per row, callback_data = the payload; callback queries are
  answered so the button stops spinning;
* only private chats are served (a report must not be made in a group), edits of earlier messages are not
  taken as new answers, "/start" greets, and `/exit` and the exit words delete everything;
* photos, voice messages, files and locations are never downloaded: the user is told they could not be
  opened (the `/attachment` payload), and a caption is taken as text; a text or caption over the length
  limit is replaced by the too-long notice, so nothing of it reaches Rasa.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import OrderedDict
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Text

from aiogram import Bot
from aiogram.bot.api import TELEGRAM_PRODUCTION, TelegramAPIServer
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput as RasaTelegramOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.common import webhook_blueprint
from bot.channels.common import Choice, MessagingInput, MessagingOutput, derived_secret, logger, messages_for, \
    readable, same_secret, split_text

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
CALLBACK_DATA_LIMIT = 64  # bytes, Telegram's limit for callback_data
MESSAGE_LIMIT = 4096
START_COMMAND = "/start"
GREETING = "/greet"
# Edited messages are left out: an edit arrives after the conversation has moved on, and would be taken as
# the answer to whatever question is open by then.
ALLOWED_UPDATES = ["message", "callback_query"]
# Message fields that carry something other than text (Bot API "Message"): answered with the attachment notice.
ATTACHMENT_FIELDS = ("photo", "video", "voice", "audio", "document", "sticker", "animation", "video_note",
                     "location", "venue", "contact", "poll", "dice")
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_LONG_PAYLOAD_PREFIX = "#"


def secret_token_for(access_token: str, configured: Optional[str] = None) -> str:
    """The secret token for setWebhook: the configured one, or one derived from the bot token."""
    token = configured or derived_secret("testimony telegram webhook", access_token)
    if not _SECRET_TOKEN.match(token):
        raise ValueError("TELEGRAM_SECRET_TOKEN must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    return token


def callback_data(payload: str, long_payloads: "OrderedDict[str, str]") -> str:
    """The payload itself when it fits Telegram's 64 bytes, otherwise a short key remembered in memory."""
    if len(payload.encode("utf-8")) <= CALLBACK_DATA_LIMIT:
        return payload
    key = _LONG_PAYLOAD_PREFIX + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]
    long_payloads[key] = payload
    long_payloads.move_to_end(key)
    while len(long_payloads) > 1000:
        long_payloads.popitem(last=False)
    return key


def inline_keyboard(choices: List[Choice], long_payloads: Optional["OrderedDict[str, str]"] = None
                    ) -> Dict[str, Any]:
    """Telegram's InlineKeyboardMarkup: one button per row, so long titles stay readable."""
    remembered = long_payloads if long_payloads is not None else OrderedDict()
    return {"inline_keyboard": [[{"text": choice.title, "callback_data": callback_data(choice.payload, remembered)}]
                                for choice in choices]}


def command_text(text: str) -> str:
    """Commands as Rasa should see them: "/exit@TestimonyBot" is "/exit", "/start anything" greets."""
    if not text.startswith("/"):
        return text
    command, _, rest = text.partition(" ")
    command = command.split("@", 1)[0]
    if command == START_COMMAND:
        return GREETING
    return f"{command} {rest}".strip() if rest else command


class TelegramOutput(MessagingOutput, RasaTelegramOutput):
    """Rasa's Telegram output (an aiogram Bot), pointed at TELEGRAM_API_BASE_URL when that is set."""

    text_limit = MESSAGE_LIMIT

    def __init__(self, access_token: Optional[Text], api_base_url: Optional[str] = None,
                 long_payloads: Optional["OrderedDict[str, str]"] = None) -> None:
        server = TelegramAPIServer.from_base(api_base_url) if api_base_url else TELEGRAM_PRODUCTION
        Bot.__init__(self, access_token, server=server)
        self.long_payloads: "OrderedDict[str, str]" = long_payloads if long_payloads is not None else OrderedDict()

    async def _send_text(self, recipient_id: str, text: str) -> None:
        await self.send_message(recipient_id, text)

    async def _send_choices(self, recipient_id: str, text: str, choices: List[Choice]) -> None:
        *leading, last = split_text(text, self.text_limit)
        for part in leading:
            await self.send_message(recipient_id, part)
        await self.send_message(recipient_id, last or "…",
                                reply_markup=inline_keyboard(choices, self.long_payloads))


class TelegramChannel(MessagingInput, TelegramInput):
    """The Telegram input channel; its name() is Rasa's, "telegram", and so is its URL prefix."""

    conversation_prefix = "tg"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials.get("access_token"), credentials.get("verify"), credentials.get("webhook_url"),
                   secret_token=credentials.get("secret_token") or None,
                   api_base_url=credentials.get("api_base_url") or None)

    def __init__(self, access_token: Optional[Text], verify: Optional[Text], webhook_url: Optional[Text],
                 secret_token: Optional[str] = None, api_base_url: Optional[str] = None,
                 debug_mode: bool = False) -> None:
        super().__init__(access_token, verify, webhook_url, debug_mode)
        self.secret_token = secret_token_for(access_token or "", secret_token)
        self.api_base_url = api_base_url
        self.long_payloads: "OrderedDict[str, str]" = OrderedDict()

    def get_output_channel(self) -> TelegramOutput:
        """An output channel without Rasa's `asyncio.run(set_webhook)`: the webhook is set at start-up."""
        return TelegramOutput(self.access_token, self.api_base_url, self.long_payloads)

    async def register_webhook(self, bot: TelegramOutput) -> bool:
        """setWebhook with our secret token, and a check that TELEGRAM_VERIFY is this bot's username."""
        try:
            with bot.request_timeout(20):
                me = await bot.request("getMe")
                username = (me or {}).get("username") or ""
                if username.lower() != (self.verify or "").lstrip("@").lower():
                    logger.error("telegram: TELEGRAM_VERIFY is not the username of the bot whose token is set")
                await bot.request("setWebhook", {"url": self.webhook_url, "secret_token": self.secret_token,
                                                 "allowed_updates": json.dumps(ALLOWED_UPDATES)})
        except Exception as error:  # noqa: BLE001 - the other channels keep working
            logger.error("telegram: could not set the webhook (%s); retry with POST /webhooks/telegram/set_webhook",
                         type(error).__name__)
            return False
        logger.info("telegram: webhook set")
        return True

    def texts_of(self, update: Mapping[str, Any]) -> List[str]:
        """What Rasa should receive for an update, in order; nothing for updates we do not handle."""
        query = update.get("callback_query")
        if query:
            data = str(query.get("data") or "")
            tapped = self.long_payloads.get(data) if data.startswith(_LONG_PAYLOAD_PREFIX) else data
            return [tapped] if tapped else []
        message = update.get("message") or {}
        text = message.get("text")
        if isinstance(text, str) and text.strip():
            return [command_text(readable(text))]  # the too-long notice is not a command and stays as it is
        return messages_for(message.get("caption"), any(field in message for field in ATTACHMENT_FIELDS))

    @staticmethod
    def chat_of(update: Mapping[str, Any]) -> Mapping[str, Any]:
        query = update.get("callback_query")
        if query:
            message = query.get("message") or {}
            return message.get("chat") or {"id": (query.get("from") or {}).get("id"), "type": "private"}
        return (update.get("message") or {}).get("chat") or {}

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = webhook_blueprint("testimony_telegram")
        bot = self.get_output_channel()

        @webhook.listener("after_server_start")
        async def set_webhook_on_start(app: Any, loop: Any) -> None:
            app.add_task(self.register_webhook(bot))

        @webhook.listener("before_server_stop")
        async def close_session(app: Any, loop: Any) -> None:
            if bot._session is not None:
                await bot._session.close()

        @webhook.route("/set_webhook", methods=["POST"])
        async def set_webhook(request: Request) -> HTTPResponse:
            if not same_secret(request.headers.get(SECRET_HEADER), self.secret_token):
                return self.reject("bad secret token")
            ok = await self.register_webhook(bot)
            return response.text("webhook set" if ok else "could not set the webhook", status=200 if ok else 502)

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not same_secret(request.headers.get(SECRET_HEADER), self.secret_token):
                return self.reject("bad secret token")
            try:
                update = json.loads(request.body or b"{}")
            except ValueError:
                return response.text("bad request", status=400)
            if not isinstance(update, dict):
                return response.text("bad request", status=400)
            if not self.first_delivery(update.get("update_id")):
                return response.text("success")
            query = update.get("callback_query")
            if query and query.get("id"):
                try:
                    await bot.answer_callback_query(str(query["id"]))
                except Exception as error:  # noqa: BLE001 - the choice itself still counts
                    logger.warning("telegram: could not answer a callback query (%s)", type(error).__name__)
            texts, chat = self.texts_of(update), self.chat_of(update)
            if not texts or chat.get("id") is None:
                return response.text("success")
            if chat.get("type") != "private":
                logger.info("telegram: ignored an update from a chat that is not private")
                return response.text("success")
            for text in texts:
                await self.deliver(on_new_message, text, bot, chat["id"], self.get_metadata(request))
            return response.text("success")

        return webhook
