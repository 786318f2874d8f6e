"""Facebook Messenger, on Rasa's connector: at most 3 choices per message, short titles, checked signatures.

Differences from `rasa.core.channels.facebook` (on purpose):
* every webhook call must carry a valid X-Hub-Signature-256 (HMAC-SHA256 of the raw body with the app
  secret), otherwise 403 and nothing is processed; a wrong verify token gets 403 too;
* every event of a batch is handled (Rasa's stops at the first), and unknown events are not logged whole;
* choices follow the issue's rule: at most 3 per message and titles of at most 20 characters, cut at a word
  with an ellipsis; the full wording of a cut title is kept in the message text. Up to 3 choices are quick
  replies. A longer list is split over several button-template messages (postback buttons, 3 each),
  because quick replies only ever show for the latest message: split quick replies would hide all
  but the last few choices;
* sends go through a thread, so the server is not blocked while the Graph API answers, and calls carry
  appsecret_proof;
* attachments (photos, voice, files, locations) are never fetched: the user is told they could not be
  opened (`/attachment`), and a text over the length limit is replaced by the too-long notice, so nothing of
  it reaches Rasa; echoes of the page's own messages are ignored.
"""
from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Optional, Text

from fbmessenger import MessengerClient
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.facebook import FacebookInput, Messenger, MessengerBot
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.common import webhook_blueprint
from bot.channels.common import Choice, MessagingInput, MessagingOutput, groups_of, hub_signature_256, logger, \
    messages_for, same_secret, split_text, truncate_title

SIGNATURE_HEADER = "X-Hub-Signature-256"
MESSAGE_LIMIT = 2000  # characters of a Messenger text message
TEMPLATE_TEXT_LIMIT = 640  # characters of a button template's text
DEFAULT_API_VERSION = "24.0"  # FACEBOOK_API_VERSION overrides it
BULLET = "• "


def _full_titles(choices: Iterable[Choice], only_cut: bool) -> List[str]:
    return [BULLET + choice.title for choice in choices
            if not only_cut or truncate_title(choice.title) != choice.title]


def messenger_messages(text: str, choices: List[Choice]) -> List[Dict[str, Any]]:
    """The Send API `message` objects for a question with choices, in order.

    Up to 3 choices: one text message with quick replies. More: the question, then button templates of at
    most 3 postback buttons; each template's text names its options in full where a title had to be cut.
    """
    groups = groups_of(choices)
    messages: List[Dict[str, Any]] = []
    if len(groups) <= 1:
        notes = _full_titles(choices, only_cut=True)
        body = "\n".join([text.rstrip(), *notes]) if notes else text
        *leading, last = split_text(body, MESSAGE_LIMIT)
        messages += [{"text": part} for part in leading]
        messages.append({"text": last or "…", "quick_replies": [
            {"content_type": "text", "title": truncate_title(choice.title), "payload": choice.payload}
            for choice in choices]})
        return messages
    for index, group in enumerate(groups):
        if index == 0:
            notes = _full_titles(group, only_cut=True)
            first = "\n".join([text.rstrip(), *notes]) if notes else text.rstrip()
            if len(first) <= TEMPLATE_TEXT_LIMIT and first:
                template_text = first
            else:
                messages += [{"text": part} for part in split_text(text, MESSAGE_LIMIT) if part]
                template_text = "\n".join(_full_titles(group, only_cut=False))
        else:
            template_text = "\n".join(_full_titles(group, only_cut=False))
        messages.append({"attachment": {"type": "template", "payload": {
            "template_type": "button",
            "text": template_text[:TEMPLATE_TEXT_LIMIT],
            "buttons": [{"type": "postback", "title": truncate_title(choice.title), "payload": choice.payload}
                        for choice in group],
        }}})
    return messages


def delivery_id(event: Dict[str, Any]) -> Optional[str]:
    """The id Messenger gives a message or postback (`mid`), the same in every retry of its delivery."""
    content = event.get("message") or event.get("postback") or {}
    return content.get("mid") if isinstance(content, dict) else None


def messenger_client(page_access_token: str, app_secret: Optional[str], api_base_url: Optional[str] = None,
                     api_version: Optional[str] = None) -> MessengerClient:
    """fbmessenger's client on a current Graph API version, at FACEBOOK_API_BASE_URL when that is set."""
    version = str(api_version or DEFAULT_API_VERSION).lstrip("v")
    client = MessengerClient(page_access_token, api_version=version, app_secret=app_secret or None)
    if api_base_url:
        client.graph_url = f"{api_base_url.rstrip('/')}/v{version}"
    return client


class MessengerOutput(MessagingOutput, MessengerBot):
    """Rasa's Messenger output; every Send API call runs in a thread and failures are logged by code only."""

    text_limit = MESSAGE_LIMIT

    def __init__(self, messenger_client: MessengerClient) -> None:
        MessengerBot.__init__(self, messenger_client)

    async def _post(self, recipient_id: str, message: Dict[str, Any]) -> None:
        try:
            result = await asyncio.to_thread(self.messenger_client.send, message, recipient_id, "RESPONSE")
        except Exception as error:  # noqa: BLE001 - one lost reply must not end the conversation
            logger.error("facebook: sending failed (%s)", type(error).__name__)
            return
        if isinstance(result, dict) and result.get("error"):
            logger.error("facebook: sending failed (Graph API error %s)", (result["error"] or {}).get("code"))

    def send(self, recipient_id: Text, element: Any) -> None:
        """Rasa's synchronous send (images and other elements); our own messages use `_post`."""
        self.messenger_client.send(element.to_dict(), recipient_id, "RESPONSE")

    async def send_action(self, recipient_id: Text, sender_action: Text) -> None:
        try:
            await asyncio.to_thread(self.messenger_client.send_action, sender_action, recipient_id)
        except Exception as error:  # noqa: BLE001 - "typing…" is a nicety
            logger.warning("facebook: could not send a sender action (%s)", type(error).__name__)

    async def _send_text(self, recipient_id: str, text: str) -> None:
        await self._post(recipient_id, {"text": text})

    async def _send_choices(self, recipient_id: str, text: str, choices: List[Choice]) -> None:
        for message in messenger_messages(text, choices):
            await self._post(recipient_id, message)


class TestimonyMessenger(Messenger):
    """Rasa's webhook event handler, handling every event of a batch and logging no message content."""

    def __init__(self, client: MessengerClient, channel: "FacebookChannel",
                 on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        self.client = client
        self.channel = channel
        self.on_new_message = on_new_message
        self.last_message: Dict[Text, Any] = {}

    async def handle(self, payload: Dict, metadata: Optional[Dict[Text, Any]]) -> None:
        if not isinstance(payload, dict) or payload.get("object") != "page":
            return
        for entry in payload.get("entry") or []:
            for event in entry.get("messaging") or []:
                self.last_message = event
                if not self.channel.first_delivery(delivery_id(event)):
                    continue
                if event.get("message"):
                    await self.message(event, metadata)
                elif event.get("postback"):
                    await self.postback(event, metadata)

    async def message(self, message: Dict[Text, Any], metadata: Optional[Dict[Text, Any]]) -> None:
        content = message.get("message") or {}
        if content.get("is_echo"):
            return
        texts = self.texts_of(message)
        if not texts:
            logger.info("facebook: ignored a message with neither text nor attachments")
            return
        for text in texts:
            await self._handle_user_message(text, self.get_user_id(), metadata)

    @classmethod
    def texts_of(cls, message: Dict[Text, Any]) -> List[str]:
        """What Rasa should receive for a message event, in order: a quick reply's payload, or notices for
        attachments or an oversized text, and the words."""
        if cls._is_quick_reply_message(message):
            return [message["message"]["quick_reply"]["payload"]]
        content = message.get("message") or {}
        return messages_for(content.get("text"), bool(content.get("attachments")))

    async def _handle_user_message(self, text: Text, sender_id: Text, metadata: Optional[Dict[Text, Any]]) -> None:
        if not sender_id:
            return
        output = MessengerOutput(self.client)
        await output.send_action(sender_id, "mark_seen")
        await output.send_action(sender_id, "typing_on")
        try:
            await self.channel.deliver(self.on_new_message, text, output, sender_id, metadata)
        finally:
            await output.send_action(sender_id, "typing_off")


class FacebookChannel(MessagingInput, FacebookInput):
    """The Messenger input channel; its name() is Rasa's, "facebook", and so is its URL prefix."""

    conversation_prefix = "fb"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials.get("verify"), credentials.get("secret"), credentials.get("page-access-token"),
                   api_base_url=credentials.get("api_base_url") or None,
                   api_version=credentials.get("api_version") or None)

    def __init__(self, fb_verify: Text, fb_secret: Text, fb_access_token: Text,
                 api_base_url: Optional[str] = None, api_version: Optional[str] = None) -> None:
        super().__init__(fb_verify, fb_secret, fb_access_token)
        self.api_base_url = api_base_url
        self.api_version = api_version

    def client(self) -> MessengerClient:
        return messenger_client(self.fb_access_token, self.fb_secret, self.api_base_url, self.api_version)

    def get_output_channel(self) -> MessengerOutput:
        return MessengerOutput(self.client())

    def signature_is_valid(self, body: bytes, header: Optional[str]) -> bool:
        return bool(self.fb_secret) and same_secret(header, hub_signature_256(self.fb_secret, body or b""))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = webhook_blueprint("testimony_facebook")
        client = self.client()

        @webhook.route("/webhook", methods=["GET"])
        async def verify(request: Request) -> HTTPResponse:
            if request.args.get("hub.mode") == "subscribe" and same_secret(request.args.get("hub.verify_token"),
                                                                          self.fb_verify):
                return response.text(request.args.get("hub.challenge") or "")
            return self.reject("wrong verify token")

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self.signature_is_valid(request.body, request.headers.get(SIGNATURE_HEADER)):
                return self.reject("bad or missing signature")
            try:
                payload = request.json
            except Exception:  # noqa: BLE001 - Sanic raises its own error type for bad JSON
                return response.text("bad request", status=400)
            handler = TestimonyMessenger(client, self, on_new_message)
            await handler.handle(payload, self.get_metadata(request))
            return response.text("EVENT_RECEIVED")

        return webhook
