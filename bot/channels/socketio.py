"""The Socket.IO channel, with the same care as our REST channel: minimal metadata, no user text in logs."""
from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput as RasaSocketIOInput
from sanic import Blueprint

from bot.channels.rest import minimal_metadata

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


def guarded(on_new_message: OnNewMessage) -> OnNewMessage:
    """Strips the metadata to the minimum and logs a failure by its type only, never with the message."""
    async def handle(message: UserMessage) -> None:
        message.metadata = minimal_metadata(message.metadata)
        if not isinstance(message.text, str):
            message.text = ""
        try:
            await on_new_message(message)
        except Exception as error:
            logger.error("Handling a Socket.IO message failed (%s).", type(error).__name__)

    return handle


class SocketIOInput(RasaSocketIOInput):
    """Rasa's Socket.IO channel, same events and path, wrapped by `guarded`."""

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        return super().blueprint(guarded(on_new_message))
