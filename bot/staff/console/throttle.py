"""Failed unlocks slow down per account, so a passphrase cannot be guessed through the console.

scrypt already makes each guess cost a fraction of a second; after a few failures the account waits, and
each further failure doubles the wait (capped), whoever is guessing and from whichever browser.
"""
from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field
from typing import Dict, Iterator


@dataclass
class _Failures:
    count: int = 0
    blocked_until: float = 0.0


@dataclass
class UnlockThrottle:
    """Per-account failure counts and waits; a success clears the account."""

    free_failures: int = 3
    first_wait: float = 30.0
    longest_wait: float = 15 * 60.0
    _failures: Dict[str, _Failures] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _attempts: Dict[str, threading.Lock] = field(default_factory=dict)

    @contextlib.contextmanager
    def one_attempt_at_a_time(self, account_id: str) -> Iterator[None]:
        """Guesses sent in parallel wait for each other, so each one sees the failures before it."""
        with self._lock:
            attempt = self._attempts.setdefault(account_id, threading.Lock())
        with attempt:
            yield

    def wait_left(self, account_id: str, now: float) -> float:
        """Seconds before this account may try again (0 when it may try now)."""
        with self._lock:
            failures = self._failures.get(account_id)
            return max(0.0, failures.blocked_until - now) if failures else 0.0

    def failed(self, account_id: str, now: float) -> float:
        """Count a failure; returns the wait it imposes."""
        with self._lock:
            failures = self._failures.setdefault(account_id, _Failures())
            failures.count += 1
            over = failures.count - self.free_failures - 1  # how many failures past the free ones, from 0
            wait = 0.0 if over < 0 else min(self.longest_wait, self.first_wait * 2 ** over)
            failures.blocked_until = now + wait
            return wait

    def succeeded(self, account_id: str) -> None:
        with self._lock:
            self._failures.pop(account_id, None)
