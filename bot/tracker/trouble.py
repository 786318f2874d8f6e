"""The conversations whose tracker could not be read or written during their current turn, in this process.

Rasa wraps every tracker store in a FailSafeTrackerStore that swallows its errors: a failed read becomes a new,
empty conversation, and a failed write is kept in memory only, while the person is answered as if nothing had
happened. The first would greet them as a stranger in the middle of their account, and its save, once the
database is back, would replace their stored draft with that empty conversation; the second would lose the
message they were just thanked for. So the store notes such a conversation here and refuses to save over one it
could not read (bot.tracker.store), and the channels answer that turn with "please try again in a moment"
instead of its replies (bot.channels), so the message is sent again once the store is back.

An action that fails is the same kind of trouble. Rasa logs the exception, drops that action's events and goes
on, then saves the turn: the actions before it in the turn (a form that has just completed, say) are kept, the
failed one (filing the report) is not, and the message the person is asked to send again then meets a
conversation that has moved past the question it answered. So a turn with a failed action is noted too, and not
saved: sent again, it is handled from where it was (watch_failed_actions).
"""
from __future__ import annotations

import contextvars
import logging
import threading
from typing import Optional, Set, Text


class StoreTrouble:
    """A set of conversation ids, safe to share between the server's threads."""

    def __init__(self) -> None:
        self._conversations: Set[Text] = set()
        self._lock = threading.Lock()

    def note(self, conversation_id: Text) -> None:
        with self._lock:
            self._conversations.add(conversation_id)

    def clear(self, conversation_id: Text) -> None:
        with self._lock:
            self._conversations.discard(conversation_id)

    def noted(self, conversation_id: Text) -> bool:
        with self._lock:
            return conversation_id in self._conversations

    def reset(self) -> None:
        """Forget every conversation: for a process that starts over with stores of its own (tests)."""
        with self._lock:
            self._conversations.clear()

    def take(self, conversation_id: Text) -> bool:
        """Whether the conversation's turn had trouble, forgetting it: the channel answers that turn, once."""
        with self._lock:
            had = conversation_id in self._conversations
            self._conversations.discard(conversation_id)
            return had


STORE_TROUBLE = StoreTrouble()


# The conversation whose turn this asyncio task is handling: set when its tracker is read (bot.tracker.store),
# which Rasa does first in every turn, in the task that then runs the turn's actions.
TURN_CONVERSATION: contextvars.ContextVar[Optional[Text]] = contextvars.ContextVar("turn_conversation", default=None)

PROCESSOR_LOGGER = "rasa.core.processor"
FAILED_ACTION_MESSAGE = "Encountered an exception while running action"


class FailedActionWatch(logging.Filter):
    """Notes the turn's conversation when Rasa's processor logs that an action failed (its only sign: the
    exception is caught and logged inside Rasa). Lets every record through."""

    def filter(self, record: logging.LogRecord) -> bool:
        conversation = TURN_CONVERSATION.get()
        if conversation is not None and str(record.msg).startswith(FAILED_ACTION_MESSAGE):
            STORE_TROUBLE.note(conversation)
        return True


def watch_failed_actions() -> None:
    """Installs the watch on Rasa's processor logger, once per process."""
    processor_logger = logging.getLogger(PROCESSOR_LOGGER)
    if not any(isinstance(existing, FailedActionWatch) for existing in processor_logger.filters):
        processor_logger.addFilter(FailedActionWatch())
