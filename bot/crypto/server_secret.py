"""Server secrets: 32 random bytes in a file only the service user can read, created on first use.

One loader and one file encoding (the raw bytes) serve both secrets the server keeps:
  <data>/keys/tracker.key      the tracker's master key: seals its key store and names conversations
                               (bot.tracker). Keep it out of backups; drafts need none.
  <data>/keys/server-secret    keys follow-up codes and index names (bot.reports). Losing it breaks
                               follow-up lookups and idempotent retries, not report decryption: back
                               it up with the data directory. It is useless for reading reports.
Neither ever leaves the server.
"""
from __future__ import annotations

import base64
import binascii
import secrets
from pathlib import Path

from bot.crypto.errors import InvalidKeyError
from bot.crypto.fsutil import atomic_create, ensure_private_dir

SECRET_LEN = 32


def load_or_create_secret(path: Path) -> bytes:
    """Read the secret at `path`, creating it on first use (mode 0600, directories 0700).

    Creation is race-free (bot.crypto.fsutil.atomic_create): two processes starting together agree on
    one secret and nobody ever reads a half-written file.
    """
    path = Path(path)
    if not path.exists():
        ensure_private_dir(path.parent)
        atomic_create(path, secrets.token_bytes(SECRET_LEN), mode=0o600)
    return read_secret_file(path)


def read_secret_file(path: Path) -> bytes:
    """Refuse a file others can read (it protects every stored conversation or code) or of another size.

    A tracker.key written before the two secrets shared this loader holds base64 text; it is still read,
    so upgrading keeps the conversations it encrypts.
    """
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        raise InvalidKeyError(f"key file {path} does not exist (create 32 random bytes, mode 0600)") from None
    if mode & 0o077:
        raise InvalidKeyError(f"key file {path} has mode {mode:o}; run `chmod 600 {path}`")
    data = path.read_bytes()
    if len(data) == SECRET_LEN:
        return data
    try:
        return secret_from_base64(data.decode("ascii"))
    except (UnicodeDecodeError, InvalidKeyError):
        raise InvalidKeyError(f"key file {path} is damaged (expected {SECRET_LEN} bytes)") from None


def secret_from_base64(text: str) -> bytes:
    """Decode a base64 (standard or URL-safe) 32-byte secret; the error never echoes the value."""
    cleaned = "".join(text.split())
    for decode in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            secret = decode(cleaned.encode("ascii"))
        except (binascii.Error, ValueError, UnicodeEncodeError):
            continue
        if len(secret) == SECRET_LEN:
            return secret
    raise InvalidKeyError(f"key must be base64 encoding exactly {SECRET_LEN} bytes")
