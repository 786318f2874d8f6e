"""The REST channel the website widget talks to, strict about what it accepts and silent about what it reads.

Rasa's own RestInput answers a malformed request with a server error and, when handling a message fails, logs
the message text. This one answers a malformed request with a 400 that says what is wrong, never logs user
text, and keeps only the metadata the conversation needs (the page language), nothing about the device.
"""
from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput as RasaRestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.crypto.codec import parse_json

logger = logging.getLogger(__name__)

MAX_SENDER_LENGTH = 128
KEPT_METADATA = ("page_language",)


class BadRequest(ValueError):
    """The request cannot be a user message; the text says why, for the client's developer."""


def _not_json(constant: str) -> None:
    raise ValueError(f"{constant} is not JSON")


def parse_request(request: Request) -> Dict[str, Any]:
    """sender, message and the kept metadata of a webhook request, or BadRequest."""
    try:  # not Sanic's request.json: its ujson reads invalid UTF-8 as other characters, words nobody wrote
        body = parse_json(request.body, parse_constant=_not_json)
    except ValueError as error:  # UnicodeDecodeError included: the body must be UTF-8 (or UTF-16/32) JSON
        raise BadRequest("The body must be JSON: {\"sender\": \"...\", \"message\": \"...\"}.") from error
    if not isinstance(body, dict):
        raise BadRequest("The body must be a JSON object with \"sender\" and \"message\".")
    sender, message = body.get("sender"), body.get("message")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_LENGTH:
        raise BadRequest(f"\"sender\" must be a non-empty string of at most {MAX_SENDER_LENGTH} characters.")
    if not isinstance(message, str):
        raise BadRequest("\"message\" must be a string (it may be empty).")
    return {"sender": sender, "message": message, "metadata": minimal_metadata(body.get("metadata"))}


def minimal_metadata(metadata: Any) -> Dict[str, str]:
    """Only what the conversation needs (the page language): nothing about the device, address or browser."""
    if not isinstance(metadata, dict):
        return {}
    return {key: metadata[key] for key in KEPT_METADATA if isinstance(metadata.get(key), str)}


class RestInput(RasaRestInput):
    """Same URL and replies as Rasa's REST channel: POST /webhooks/rest/webhook."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("testimony_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                parsed = parse_request(request)
            except BadRequest as error:
                return response.json({"error": str(error)}, status=400)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(parsed["message"], collector, parsed["sender"],
                                                 input_channel=self.name(), metadata=parsed["metadata"]))
            except Exception as error:  # the user's text may be in the exception: log only its type
                logger.error("Handling a message failed (%s).", type(error).__name__)
                return response.json({"error": "The assistant could not answer just now. Please try again."},
                                     status=503)
            return response.json(collector.messages)

        return webhook
