"""Unlocked sessions: a staff member's keys in memory, for as long as they keep working and no longer.

A session is a random id in an HttpOnly, SameSite=Strict cookie, its own CSRF token, and the unlocked keys.
It locks on "Lock now", after `idle_seconds` without a request, and when the console stops; locking drops
the only references to the keys (Python cannot promise the memory is overwritten, so the console is meant
to run on the reviewer's own workstation, with swap encrypted or off: see the README).
"""
from __future__ import annotations

import hmac
import secrets
import threading
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from bot.crypto.keys import Identity


@dataclass
class StaffSession:
    """One unlocked staff member in one browser."""

    session_id: str
    account_id: str
    name: str
    identities: List[Identity] = field(repr=False)
    csrf_token: str
    unlocked_at: float
    last_seen: float

    def csrf_ok(self, token: Optional[str]) -> bool:
        return token is not None and hmac.compare_digest(token.encode(), self.csrf_token.encode())


class SessionVault:
    """The console's unlocked sessions, thread-safe; the only place keys are held between requests."""

    def __init__(self, idle_seconds: float) -> None:
        self.idle_seconds = idle_seconds
        self._sessions: Dict[str, StaffSession] = {}
        self._lock = threading.Lock()

    def open(self, account_id: str, name: str, identities: List[Identity], now: float) -> StaffSession:
        session = StaffSession(secrets.token_urlsafe(32), account_id, name, identities,
                               secrets.token_urlsafe(32), now, now)
        with self._lock:
            self._sessions[session.session_id] = session
        return session

    def get(self, session_id: Optional[str], now: float) -> Optional[StaffSession]:
        """The live session with this id, touched; an idle one is locked instead."""
        if not session_id:
            return None
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return None
            if now - session.last_seen > self.idle_seconds:
                self._drop(session)
                return None
            session.last_seen = now
            return session

    def is_live(self, session_id: Optional[str], now: float) -> bool:
        """Whether this id names a live session, without counting as activity (the unlock page asks)."""
        with self._lock:
            session = self._sessions.get(session_id or "")
            return session is not None and now - session.last_seen <= self.idle_seconds

    def lock(self, session_id: Optional[str]) -> bool:
        """Lock one session (its keys dropped); whether there was one."""
        with self._lock:
            session = self._sessions.get(session_id or "")
            if session is not None:
                self._drop(session)
            return session is not None

    def lock_idle(self, now: float) -> int:
        """Lock every session idle for too long (called by the console's reaper, so keys never outlive the
        idle limit just because nobody came back)."""
        with self._lock:
            idle = [s for s in self._sessions.values() if now - s.last_seen > self.idle_seconds]
            for session in idle:
                self._drop(session)
            return len(idle)

    def lock_all(self) -> None:
        with self._lock:
            for session in list(self._sessions.values()):
                self._drop(session)

    def __len__(self) -> int:
        with self._lock:
            return len(self._sessions)

    def _drop(self, session: StaffSession) -> None:
        session.identities.clear()
        self._sessions.pop(session.session_id, None)
