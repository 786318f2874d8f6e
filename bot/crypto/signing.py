"""Ed25519 signatures for what staff vouch for: the recipient list and each audit entry.

Every signature is over a purpose label, a zero byte and the message, so a signature made for one purpose
(an audit entry) can never be replayed as another (a recipient list).
"""
from __future__ import annotations

import hashlib
import re

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIGNING_KEY_ID_INFO = b"testimony/v2/signing-key-id"
SIGNATURE_LEN = 64
KEY_ID_RE = re.compile(r"^[0-9a-f]{16}$")


def signing_key_id(public_raw: bytes) -> str:
    """A short name for an Ed25519 public key: 16 hex characters of SHA-256(info || key)."""
    return hashlib.sha256(SIGNING_KEY_ID_INFO + public_raw).hexdigest()[:16]


def is_key_id(value: object) -> bool:
    """True for the shape every key id has (16 lowercase hex characters)."""
    return isinstance(value, str) and bool(KEY_ID_RE.match(value))


def _signed_bytes(purpose: bytes, message: bytes) -> bytes:
    return purpose + b"\x00" + message


def sign(private_key: Ed25519PrivateKey, purpose: bytes, message: bytes) -> bytes:
    """The 64-byte Ed25519 signature of `message` for `purpose`."""
    return private_key.sign(_signed_bytes(purpose, message))


def verify(public_raw: bytes, purpose: bytes, message: bytes, signature: bytes) -> bool:
    """True when `signature` is `public_raw`'s signature of `message` for `purpose`."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, _signed_bytes(purpose, message))
    except (InvalidSignature, ValueError):
        return False
    return True
