"""Key derivation: HKDF-SHA256 sub-keys, and scrypt settings (production defaults, lowered by tests through
bot.settings so they run fast).

Production default N=2**17, r=8, p=1 (128 MiB, about 0.4 s per hash on one core): the OWASP password
storage recommendation. Every stored hash and key file records the parameters it was made with, so
changing them later never breaks old files.

At most MAX_CONCURRENT_SCRYPT derivations run at once in a process (each holds 128 * r * N bytes, 128 MiB
by default): a burst of follow-up checks queues instead of exhausting memory. Callers run them off the
event loop (an executor thread), so the queue never blocks other conversations.
"""
from __future__ import annotations

import hmac
import threading
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from bot import settings

DEFAULT_N = 2**17
DEFAULT_R = 8
DEFAULT_P = 1
# A stored file may ask for at most this: twice the default's 128 MiB, and a few seconds of work. Anything
# more is a crafted file trying to exhaust the staff machine's memory or time before the passphrase is tried.
MAX_STORED_MEMORY = 2**28
MAX_STORED_P = 4
MAX_STORED_N = 2**20
MAX_CONCURRENT_SCRYPT = 2
_SCRYPT_SLOTS = threading.BoundedSemaphore(MAX_CONCURRENT_SCRYPT)


def hkdf_sha256(secret: bytes, info: bytes, salt: bytes | None = None, length: int = 32) -> bytes:
    """A sub-key of a high-entropy `secret` for the purpose named by `info` (RFC 5869)."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(secret)


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost parameters (N must be a power of two greater than 1)."""

    n: int = DEFAULT_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P

    def __post_init__(self) -> None:
        if self.n < 2 or self.n & (self.n - 1):
            raise ValueError("scrypt N must be a power of two greater than 1")
        if self.r < 1 or self.p < 1:
            raise ValueError("scrypt r and p must be at least 1")

    @classmethod
    def from_environment(cls) -> "ScryptParams":
        """Defaults, overridden by TESTIMONY_SCRYPT_N / _R / _P (tests lower them; production must not)."""
        configured = settings.current()
        return cls(
            n=configured.scrypt_n or DEFAULT_N,
            r=configured.scrypt_r or DEFAULT_R,
            p=configured.scrypt_p or DEFAULT_P,
        )

    def derive(self, secret: bytes, salt: bytes, length: int = 32) -> bytes:
        """scrypt(secret, salt) with these parameters; memory use is 128 * r * N bytes, so the number
        running at once is bounded (waits for a free slot)."""
        kdf = Scrypt(salt=salt, length=length, n=self.n, r=self.r, p=self.p)
        with _SCRYPT_SLOTS:
            return kdf.derive(secret)

    def as_dict(self) -> dict:
        """The form recorded beside every hash or key file made with these parameters."""
        return {"n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_dict(cls, data: dict) -> "ScryptParams":
        """Parameters recorded in a stored file, bounded: a crafted file must not ask for gigabytes."""
        values = [data[name] for name in ("n", "r", "p")]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise ValueError("stored scrypt parameters must be integers")
        params = cls(*values)
        if params.n > MAX_STORED_N or params.p > MAX_STORED_P or params.memory() > MAX_STORED_MEMORY:
            raise ValueError("stored scrypt parameters are out of the accepted range "
                             f"(at most {MAX_STORED_MEMORY >> 20} MiB, N <= 2**20, p <= {MAX_STORED_P})")
        return params

    def memory(self) -> int:
        """Bytes scrypt needs with these parameters (128 * r * N)."""
        return 128 * self.r * self.n


def scrypt_verify(secret: bytes, salt: bytes, expected: bytes, params: ScryptParams) -> bool:
    """Recompute and compare in constant time."""
    return hmac.compare_digest(params.derive(secret, salt, len(expected)), expected)
