"""The conversations whose tracker could not be read or written during their current turn, in this process.

Rasa wraps every tracker store in a FailSafeTrackerStore that swallows its errors: a failed read becomes a new,
empty conversation, and a failed write is kept in memory only, while the person is answered as if nothing had
happened. The first would greet them as a stranger in the middle of their account, and its save, once the
database is back, would replace their stored draft with that empty conversation; the second would lose the
message they were just thanked for. So the store notes such a conversation here and refuses to save over one it
could not read (bot.tracker.store), and the channels answer that turn with "please try again in a moment"
instead of its replies (bot.channels), so the message is sent again once the store is back.
"""
from __future__ import annotations

import threading
from typing import Set, Text


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
