"""The one AES-256-GCM primitive: every sealed byte in Testimony (envelopes, key wrapping, private key
files, tracker events) goes through these two functions, so nonce and key rules are made in one place.

Callers decide where the nonce is stored (their formats differ and are documented); this module only
guarantees a fresh random 96-bit nonce per encryption and a 256-bit key.
"""
from __future__ import annotations

import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bot.crypto.errors import DecryptionError, InvalidKeyError

KEY_LEN = 32
NONCE_LEN = 12
TAG_LEN = 16


def check_key(key: bytes) -> bytes:
    """`key` if it is 256 bits: AESGCM itself would quietly accept 128 and 192 bits."""
    if len(key) != KEY_LEN:
        raise InvalidKeyError(f"AES-256-GCM needs a {KEY_LEN}-byte key, got {len(key)} bytes")
    return key


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """(nonce, ciphertext with its 16-byte tag) under a fresh random nonce; `aad` binds the context."""
    nonce = secrets.token_bytes(NONCE_LEN)
    return nonce, AESGCM(check_key(key)).encrypt(nonce, plaintext, aad)


def decrypt(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    """The plaintext, or DecryptionError if the key, nonce, ciphertext or `aad` is not the sealed one."""
    try:
        return AESGCM(check_key(key)).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise DecryptionError("ciphertext failed authentication") from None
