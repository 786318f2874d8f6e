"""What a version 2 report or addendum envelope seals, and how addenda are authenticated.

Anyone holding the recipients' public keys can seal an envelope, so an envelope alone does not show that
an addendum came from the person who filed the report. Version 2 ties addenda to the follow-up code:

    addendum key = HKDF-SHA256(IKM = the 16 code digits, salt = reference, info = "testimony/v2/addendum-key")
    report payload   = addendum key (32 bytes) || report JSON
    addendum payload = tag (32 bytes) || addendum JSON,  tag = HMAC-SHA256(addendum key, purpose 0x00 || JSON)

The server never stores the code or the key; it derives the key when the code is typed. Staff read the key
from the opened report and check each addendum's tag. Both sit inside the sealed payloads, so they offer
nobody an offline test of a guessed code.
"""
from __future__ import annotations

import hashlib
import hmac

from bot.crypto.errors import EnvelopeFormatError
from bot.crypto.kdf import hkdf_sha256

ADDENDUM_KEY_INFO = b"testimony/v2/addendum-key"
TAG_PURPOSE = b"testimony/v2/addendum-tag\x00"
KEY_LEN = TAG_LEN = 32
AUTHENTICATED_SINCE = 2  # envelope version from which payloads are framed as above


def addendum_key(digits: str, reference: str) -> bytes:
    """The key only the follow-up code yields for this report."""
    return hkdf_sha256(digits.encode("ascii"), ADDENDUM_KEY_INFO, salt=reference.encode("ascii"))


def tag(key: bytes, content: bytes) -> bytes:
    """HMAC-SHA256 of an addendum's JSON under the report's addendum key."""
    return hmac.new(key, TAG_PURPOSE + content, hashlib.sha256).digest()


def tag_ok(key: bytes, expected: bytes, content: bytes) -> bool:
    """Constant-time check of an addendum's tag."""
    return hmac.compare_digest(tag(key, content), expected)


def frame(prefix: bytes, content: bytes) -> bytes:
    """A sealed payload: the 32-byte key (report) or tag (addendum), then the JSON."""
    return prefix + content


def unframe(plaintext: bytes) -> tuple[bytes, bytes]:
    """(key or tag, JSON) of a version 2 payload."""
    if len(plaintext) < KEY_LEN:
        raise EnvelopeFormatError("payload too short for its addendum key or tag")
    return plaintext[:KEY_LEN], plaintext[KEY_LEN:]
