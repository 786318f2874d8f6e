"""SecretBox: the versioned AES-256-GCM blob that encrypts data the server itself reads back (tracker
events), plus HKDF sub-keys and keyed hashes, so one secret never serves two purposes.

Blob layout: version byte 0x01 || 12-byte nonce || ciphertext || 16-byte tag. Nothing here logs anything.
"""
from __future__ import annotations

import hashlib
import hmac

from bot.crypto import aead
from bot.crypto.errors import DecryptionError
from bot.crypto.kdf import hkdf_sha256

FORMAT_VERSION = b"\x01"


def derive_key(secret: bytes, purpose: str) -> bytes:
    """A 32-byte sub-key of `secret` for one `purpose`, so encryption and hashing never share a key."""
    return hkdf_sha256(secret, purpose.encode("utf-8"), length=aead.KEY_LEN)


def keyed_hash(key: bytes, data: bytes) -> str:
    """HMAC-SHA256 of `data` as hex: a stable pseudonym that cannot be reversed without `key`."""
    return hmac.new(key, data, hashlib.sha256).hexdigest()


class SecretBox:
    """Seals and opens byte strings with AES-256-GCM; `aad` binds a ciphertext to its context."""

    def __init__(self, key: bytes) -> None:
        self._key = aead.check_key(key)

    def seal(self, plaintext: bytes, aad: bytes = b"") -> bytes:
        """version || nonce || ciphertext+tag; a fresh random nonce each call."""
        nonce, ciphertext = aead.encrypt(self._key, plaintext, aad)
        return FORMAT_VERSION + nonce + ciphertext

    def open(self, blob: bytes, aad: bytes = b"") -> bytes:
        """The plaintext, or DecryptionError if anything about blob or aad is wrong."""
        blob = bytes(blob)
        if len(blob) < 1 + aead.NONCE_LEN + aead.TAG_LEN or blob[:1] != FORMAT_VERSION:
            raise DecryptionError("ciphertext is truncated or has an unknown format version")
        nonce, body = blob[1 : 1 + aead.NONCE_LEN], blob[1 + aead.NONCE_LEN :]
        return aead.decrypt(self._key, nonce, body, aad)
