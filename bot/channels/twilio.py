"""WhatsApp (and SMS) through Twilio, on Rasa's connector: numbered options, numbers mapped back, signatures.

Differences from `rasa.core.channels.twilio` (on purpose):
* every webhook call must carry a valid X-Twilio-Signature (twilio's RequestValidator, with the auth token,
  over TWILIO_WEBHOOK_URL or the URL the request came to), otherwise 403 and nothing is processed;
* choices are numbered in the text ("1. Yes", "2. No"), and a reply that is just a number ("2", "2.", "٢",
  "۲") becomes that option's payload; the offers are kept in memory only (`OfferedOptions`);
* replies go out from the WhatsApp sender for WhatsApp users and from the plain number for SMS users, in
  parts of at most 1600 characters, without blocking the server while Twilio answers;
* errors are logged with Twilio's error code only: Twilio's messages can contain the user's phone number;
* media and shared locations are never fetched: the user is told they could not be opened (`/attachment`),
  and a body over the length limit is replaced by the too-long notice, so nothing of it reaches Rasa.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Sequence, Text
from urllib.parse import parse_qs, urlsplit, urlunsplit

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.twilio import TwilioInput, TwilioOutput as RasaTwilioOutput
from sanic import Blueprint, response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse
from twilio.base.exceptions import TwilioRestException
from twilio.request_validator import RequestValidator

from bot.channels import UNREADABLE_NOTICES
from bot.channels.common import webhook_blueprint
from bot.channels.common import Choice, MessagingInput, MessagingOutput, OfferedOptions, logger, messages_for

SIGNATURE_HEADER = "X-Twilio-Signature"
WHATSAPP_PREFIX = "whatsapp:"
MESSAGE_LIMIT = 1600  # characters in one Twilio message body
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'

# The twilio library logs every request's URL and headers at INFO; nothing of ours needs that.
logging.getLogger("twilio.http_client").setLevel(logging.WARNING)


def form_of(request: Request) -> RequestParameters:
    """The webhook's form parameters, empty ones included: Twilio signs the empty `Body=` of a photo sent
    without a caption, and Sanic's `request.form` leaves empty values out, which breaks the signature."""
    return RequestParameters(parse_qs(request.body.decode("utf-8", errors="replace"), keep_blank_values=True))


def has_attachment(form: Mapping[str, Any]) -> bool:
    """Media (photo, voice note, file) or a shared location, as Twilio's webhook parameters describe them."""
    media = str(form.get("NumMedia") or "0").strip()
    return (media.isdigit() and int(media) > 0) or bool(form.get("Latitude"))


def numbered_text(text: str, choices: Sequence[Choice]) -> str:
    """The question followed by its options, one per line: "1. Yes", "2. No"."""
    options = "\n".join(f"{number}. {choice.title}" for number, choice in enumerate(choices, start=1))
    return f"{text.rstrip()}\n\n{options}" if text and text.strip() else options


def sender_for(recipient_id: str, number: str) -> str:
    """Our number as the sender, in the recipient's channel: "whatsapp:+44..." for WhatsApp, plain for SMS."""
    bare = number[len(WHATSAPP_PREFIX):] if number.startswith(WHATSAPP_PREFIX) else number
    return f"{WHATSAPP_PREFIX}{bare}" if recipient_id.startswith(WHATSAPP_PREFIX) else bare


class TwilioOutput(MessagingOutput, RasaTwilioOutput):
    """Rasa's Twilio output (a twilio Client), pointed at TWILIO_API_BASE_URL when that is set."""

    text_limit = MESSAGE_LIMIT

    def __init__(self, account_sid: Optional[Text], auth_token: Optional[Text], twilio_number: Optional[Text],
                 api_base_url: Optional[str] = None, offered: Optional[OfferedOptions] = None) -> None:
        RasaTwilioOutput.__init__(self, account_sid, auth_token, twilio_number)
        self.api_base_url = api_base_url
        self.offered = offered if offered is not None else OfferedOptions()

    def get_hostname(self, uri: str) -> str:
        """Every API call goes to TWILIO_API_BASE_URL instead of api.twilio.com when that is set (tests)."""
        uri = super().get_hostname(uri)
        if not self.api_base_url:
            return uri
        base, called = urlsplit(self.api_base_url), urlsplit(uri)
        return urlunsplit((base.scheme, base.netloc, base.path.rstrip("/") + called.path, called.query, ""))

    async def _send_message(self, message_data: Dict[Text, Any]) -> Any:
        try:
            return await asyncio.to_thread(self.messages.create, **message_data)
        except TwilioRestException as error:
            logger.error("twilio: sending failed (HTTP %s, Twilio error %s)", error.status, error.code)
        except Exception as error:  # noqa: BLE001 - one lost reply must not end the conversation
            logger.error("twilio: sending failed (%s)", type(error).__name__)
        return None

    async def _send_text(self, recipient_id: str, text: str) -> None:
        await self._send_message({"to": recipient_id, "from_": sender_for(recipient_id, self.twilio_number or ""),
                                  "body": text})

    async def _send_choices(self, recipient_id: str, text: str, choices: List[Choice]) -> None:
        self.offered.offer(recipient_id, choices)
        await self.send_text_message(recipient_id, numbered_text(text, choices))

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        json_message = dict(json_message)
        json_message.setdefault("from_", sender_for(recipient_id, self.twilio_number or ""))
        await super().send_custom_json(recipient_id, json_message, **kwargs)


class TwilioChannel(MessagingInput, TwilioInput):
    """The Twilio input channel; its name() is Rasa's, "twilio", and so is its URL prefix."""

    conversation_prefix = "wa"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials.get("account_sid"), credentials.get("auth_token"), credentials.get("twilio_number"),
                   webhook_url=credentials.get("webhook_url") or None,
                   api_base_url=credentials.get("api_base_url") or None)

    def __init__(self, account_sid: Optional[Text], auth_token: Optional[Text], twilio_number: Optional[Text],
                 webhook_url: Optional[str] = None, api_base_url: Optional[str] = None,
                 debug_mode: bool = False) -> None:
        super().__init__(account_sid, auth_token, twilio_number, debug_mode)
        self.webhook_url = webhook_url
        self.api_base_url = api_base_url
        self.offered = OfferedOptions()
        self._validator = RequestValidator(auth_token or "")

    def get_output_channel(self) -> TwilioOutput:
        return TwilioOutput(self.account_sid, self.auth_token, self.twilio_number, self.api_base_url, self.offered)

    def signature_is_valid(self, request: Request, form: RequestParameters) -> bool:
        signature = request.headers.get(SIGNATURE_HEADER)
        if not signature or not self.auth_token:
            return False
        return self._validator.validate(self.webhook_url or request.url, form, signature)

    def texts_of(self, form: Mapping[str, Any]) -> List[str]:
        """What Rasa should receive for a webhook call, in order: notices for media or an oversized body, and
        the words, a number among them taken as the option offered to this sender."""
        sender = str(form.get("From") or "")
        return [text if text in UNREADABLE_NOTICES
                else self.offered.resolve(sender, text.replace("¡", "@"))  # some carriers corrupt "@"
                for text in messages_for(form.get("Body"), has_attachment(form))]

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = webhook_blueprint("testimony_twilio")

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            form = form_of(request)
            if not self.signature_is_valid(request, form):
                return self.reject("bad or missing signature")
            sender = form.get("From")
            if not sender or not self.first_delivery(form.get("MessageSid")):
                return response.text(EMPTY_TWIML, content_type="text/xml")
            for text in self.texts_of(form):
                await self.deliver(on_new_message, text, self.get_output_channel(), sender,
                                   self.get_metadata(request))
            return response.text(EMPTY_TWIML, content_type="text/xml")

        return webhook
