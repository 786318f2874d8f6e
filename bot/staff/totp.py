"""A second factor for the staff console: time-based one-time codes (RFC 6238: HMAC-SHA1, 30 s, 6 digits).

A member enrols with `python -m bot.staff totp enroll --key PATH`: a random secret is sealed beside their
private key (`<id>.totp`, AES-256-GCM under a key derived from that private key, so it is opened only after
their passphrase has unlocked the key) and shown once as an otpauth:// address for an authenticator app.
From then on the console asks for the app's code after the passphrase. Someone who learned the passphrase
at the workstation still cannot unlock without the phone. Each code is accepted once (a watched code cannot
be replayed), and one step either side of now is accepted for clocks that drift.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import struct
import threading
import unicodedata
from pathlib import Path
from typing import Dict, Optional
from urllib.parse import quote

from bot.crypto import aead
from bot.crypto.codec import b64d, b64e
from bot.crypto.errors import DecryptionError, KeyFileError
from bot.crypto.fsutil import atomic_create
from bot.crypto.kdf import hkdf_sha256
from bot.crypto.keys import Identity

STEP_SECONDS = 30
DIGITS = 6
SECRET_BYTES = 20
DRIFT_STEPS = 1
_WRAP_INFO = b"testimony/v2/totp-secret"
_FORMAT = "testimony-totp/1"


def code_at(secret: bytes, step: int, digits: int = DIGITS) -> str:
    """The RFC 4226 HOTP value for counter `step` (RFC 6238 passes the time step)."""
    digest = hmac.new(secret, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10 ** digits).zfill(digits)


def matching_step(secret: bytes, code: str, now: float) -> Optional[int]:
    """The time step `code` belongs to (now, or one step either side), or None."""
    code = "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in "".join(code.split()))
    if len(code) != DIGITS or not (code.isascii() and code.isdigit()):  # any script's digits, as ASCII
        return None
    current = int(now // STEP_SECONDS)
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if hmac.compare_digest(code_at(secret, step), code):
            return step
    return None


def secret_path(key_file: Path) -> Path:
    return key_file.with_suffix(".totp")


def _wrap_key(identity: Identity) -> bytes:
    return hkdf_sha256(identity.private_key.private_bytes_raw(), _WRAP_INFO)


def enrol(key_file: Path, identity: Identity) -> bytes:
    """Seal a fresh secret beside `key_file` (never replacing one: remove it first); returns the secret."""
    secret = secrets.token_bytes(SECRET_BYTES)
    nonce, sealed = aead.encrypt(_wrap_key(identity), secret, _FORMAT.encode() + identity.key_id.encode())
    record = {"format": _FORMAT, "key_id": identity.key_id, "nonce": b64e(nonce), "sealed": b64e(sealed)}
    if not atomic_create(secret_path(key_file), json.dumps(record).encode("ascii") + b"\n", mode=0o600):
        raise KeyFileError(f"{secret_path(key_file)} exists: this key already has a second factor")
    return secret


def sealed_secret(key_file: Path, identity: Identity) -> Optional[bytes]:
    """The member's secret, or None when they have not enrolled; KeyFileError if the file is not theirs."""
    path = secret_path(key_file)
    if not path.exists():
        return None
    try:
        record = json.loads(path.read_bytes())
        if record.get("format") != _FORMAT or record.get("key_id") != identity.key_id:
            raise ValueError("not this key's second factor")
        return aead.decrypt(_wrap_key(identity), b64d(record["nonce"], aead.NONCE_LEN), b64d(record["sealed"]),
                            _FORMAT.encode() + identity.key_id.encode())
    except (OSError, ValueError, KeyError, TypeError, DecryptionError) as exc:
        raise KeyFileError(f"the second factor file {path} cannot be read: {exc}") from None


def provisioning_uri(secret: bytes, name: str) -> str:
    """The otpauth:// address authenticator apps read (typed in by hand, or as a QR code made offline)."""
    encoded = base64.b32encode(secret).decode("ascii").rstrip("=")
    return (f"otpauth://totp/Testimony:{quote(name)}?secret={encoded}&issuer=Testimony&algorithm=SHA1"
            f"&digits={DIGITS}&period={STEP_SECONDS}")


class UsedCodes:
    """The last accepted step per account: a code is good once, however quickly it is reused."""

    def __init__(self) -> None:
        self._last: Dict[str, int] = {}
        self._lock = threading.Lock()

    def accept(self, account_id: str, step: int) -> bool:
        with self._lock:
            if step <= self._last.get(account_id, -1):
                return False
            self._last[account_id] = step
            return True
