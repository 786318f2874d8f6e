"""The REST channel the website widget talks to, strict about who and what it accepts, silent about what it reads.

Rasa's own RestInput takes the sender id the client sends, so anyone could name another person's conversation.
This one accepts only a session token the server issued (POST /webhooks/rest/session, see
bot.channels.conversations), and Rasa sees the conversation id inside it, never anything the client chose.
It also answers a malformed request with a 400 that says what is wrong, a message over the size limit with a
413 (nothing of it stored), never logs user text, and keeps only the metadata the conversation needs (the page
language), nothing about the device.
"""
from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput as RasaRestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import MAX_MESSAGE_CHARACTERS, MESSAGE_WITHOUT_WORDS
from bot.channels.common import webhook_blueprint
from bot.channels.conversations import InvalidSession, session_tokens
from bot.crypto.codec import parse_json
from bot.tracker.trouble import STORE_TROUBLE

logger = logging.getLogger(__name__)

MAX_SENDER_LENGTH = 128
# Room for the longest message even when every character is JSON-escaped as a surrogate pair (12 bytes).
MAX_BODY_BYTES = 12 * MAX_MESSAGE_CHARACTERS + 4096
KEPT_METADATA = ("page_language",)


class BadRequest(ValueError):
    """The request cannot be a user message; the text says why, for the client's developer."""

    status = 400



def _not_json(constant: str) -> None:
    raise ValueError(f"{constant} is not JSON")


class TooLarge(BadRequest):
    """The message is longer than any channel accepts; it is refused whole."""

    status = 413


TOO_LARGE = (f"The message is longer than {MAX_MESSAGE_CHARACTERS} characters. Nothing of it was kept: "
             "please send it in shorter parts.")


def json_body(request: Request) -> Any:
    """The request's JSON, or BadRequest/TooLarge before anything of a too large body is parsed."""
    if len(request.body or b"") > MAX_BODY_BYTES:
        raise TooLarge(TOO_LARGE)
    try:  # not Sanic's request.json: its ujson reads invalid UTF-8 as other characters, words nobody wrote
        return parse_json(request.body, parse_constant=_not_json)
    except ValueError as error:  # UnicodeDecodeError included: the body must be UTF-8 (or UTF-16/32) JSON
        raise BadRequest("The body must be JSON: {\"sender\": \"...\", \"message\": \"...\"}.") from error


def parse_request(request: Request) -> Dict[str, Any]:
    """sender, message and the kept metadata of a webhook request, or BadRequest (TooLarge for size)."""
    body = json_body(request)
    if not isinstance(body, dict):
        raise BadRequest("The body must be a JSON object with \"sender\" and \"message\".")
    sender, message = body.get("sender"), body.get("message")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_LENGTH:
        raise BadRequest(f"\"sender\" must be a non-empty string of at most {MAX_SENDER_LENGTH} characters.")
    if not isinstance(message, str):
        raise BadRequest("\"message\" must be a string (it may be empty).")
    if len(message) > MAX_MESSAGE_CHARACTERS:
        raise TooLarge(TOO_LARGE)
    return {"sender": sender, "message": message, "metadata": minimal_metadata(body.get("metadata"))}


def minimal_metadata(metadata: Any) -> Dict[str, str]:
    """Only what the conversation needs (the page language): nothing about the device, address or browser."""
    if not isinstance(metadata, dict):
        return {}
    return {key: metadata[key] for key in KEPT_METADATA if isinstance(metadata.get(key), str)}


def session_request(request: Request) -> Dict[str, Any]:
    """A new session's token, or a renewed one for the live token in the body: {"token", "expires_in"}."""
    body = json_body(request) if request.body else {}
    renewing = body.get("token") if isinstance(body, dict) else None
    tokens = session_tokens()
    return {"token": tokens.issue(renewing).token, "expires_in": tokens.ttl_seconds}


def could_not_answer() -> HTTPResponse:
    """503: the message may not have been taken in; the widget keeps it in the box to send again."""
    return response.json({"error": "The assistant could not answer just now. Please try again."}, status=503)


def refusal(error: Exception) -> HTTPResponse:
    """The client's developer learns what is wrong; no conversation is touched."""
    return response.json({"error": str(error)}, status=getattr(error, "status", 400))


class RestInput(RasaRestInput):
    """Rasa's REST channel URL and replies (POST /webhooks/rest/webhook), with server-made conversations."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = webhook_blueprint("testimony_rest_webhook")

        @webhook.route("/session", methods=["POST"])
        async def session(request: Request) -> HTTPResponse:
            try:
                return response.json(session_request(request))
            except (BadRequest, InvalidSession) as error:
                return refusal(error)

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                parsed = parse_request(request)
                conversation_id = session_tokens().conversation_of(parsed["sender"])
            except (BadRequest, InvalidSession) as error:
                return refusal(error)
            text = parsed["message"] if parsed["message"].strip() else MESSAGE_WITHOUT_WORDS
            return await answer(on_new_message, text, conversation_id, parsed["metadata"])

        return webhook


async def answer(on_new_message: Callable[[UserMessage], Awaitable[Any]], text: Text, conversation_id: Text,
                 metadata: Dict[Text, Any]) -> HTTPResponse:
    """Rasa's replies to one message, or 503 "please try again" when they are not a real answer to it."""
    collector = CollectingOutputChannel()
    try:
        await on_new_message(UserMessage(text, collector, conversation_id, input_channel=RestInput.name(),
                                         metadata=metadata))
    except Exception as error:  # the user's text may be in the exception: log only its type
        logger.error("Handling a message failed (%s).", type(error).__name__)
        return could_not_answer()
    if STORE_TROUBLE.take(conversation_id):
        # The conversation could not be read or stored: the replies were made without it, or would be lost.
        logger.error("A conversation could not be read or stored; asked for the message again.")
        return could_not_answer()
    if not collector.messages:
        # Every turn answers; silence means an action failed (Rasa logs it and carries on without its
        # events, e.g. while the action server restarts). Say so, so that the message is sent again.
        logger.error("A message got no answer (an action failed); asked for it to be sent again.")
        return could_not_answer()
    return response.json(collector.messages)
