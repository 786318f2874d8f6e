"""How often a reference and follow-up code may be checked: per conversation (with back-off) and in all.

Every check costs one scrypt (128 MiB, about 0.4 s) and is one guess at a code, so both rates are bounded.
An attempt is charged when it is admitted, before anything is looked up: a reference that does not exist
costs exactly what a real one does, and attempts sent at once from one conversation are each charged. It
counts as failed until `record_success` says otherwise.

The state is in memory, per action server process: a restart forgets it, and each process has its own
global budget. That is acceptable here: one guess opens a report with odds of 1 in 10^16 (the reference
must be right too), so the limits are there to keep the server responsive and to stop patient guessing
from one conversation, not to be the only protection.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import Callable, Deque


@dataclass(frozen=True)
class AttemptPolicy:
    """The limits. Defaults: 3 tries in a row, then waits of 1, 2, 4... minutes (at most an hour); 30 checks
    a minute for the whole process."""

    free_attempts: int = 3
    first_wait: float = 60.0
    longest_wait: float = 3600.0
    global_attempts: int = 30
    global_window: float = 60.0
    conversations_remembered: int = 10_000


@dataclass
class _Conversation:
    unproven: int = 0         # attempts admitted since the last success
    blocked_until: float = 0.0


class FollowupAttemptLimiter:
    """Admits follow-up checks; `clock` (seconds, monotonic) is injectable for tests."""

    def __init__(self, policy: AttemptPolicy = AttemptPolicy(),
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._policy = policy
        self._clock = clock
        self._lock = threading.Lock()
        self._conversations: OrderedDict[str, _Conversation] = OrderedDict()
        self._recent: Deque[float] = deque()

    def admit(self, conversation_id: str) -> bool:
        """True if a check may run now (and charges it); False means "calmly ask them to try later"."""
        policy, now = self._policy, self._clock()
        with self._lock:
            while self._recent and self._recent[0] <= now - policy.global_window:
                self._recent.popleft()
            state = self._conversations.get(conversation_id) or _Conversation()
            if now < state.blocked_until or len(self._recent) >= policy.global_attempts:
                return False
            self._recent.append(now)
            state.unproven += 1
            if state.unproven >= policy.free_attempts:
                doublings = min(state.unproven - policy.free_attempts, 32)
                wait = policy.first_wait * 2 ** doublings
                state.blocked_until = now + min(wait, policy.longest_wait)
            self._remember(conversation_id, state)
            return True

    def record_success(self, conversation_id: str) -> None:
        """The reference and code matched: this conversation starts afresh."""
        with self._lock:
            self._conversations.pop(conversation_id, None)

    def _remember(self, conversation_id: str, state: _Conversation) -> None:
        """Keeps the most recently active conversations only, so memory stays bounded; forgetting one
        early only gives it back its free attempts, which the global budget still caps."""
        self._conversations[conversation_id] = state
        self._conversations.move_to_end(conversation_id)
        while len(self._conversations) > self._policy.conversations_remembered:
            self._conversations.popitem(last=False)
