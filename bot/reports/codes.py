"""Report references and follow-up codes.

Reference: "REF-" + 10 characters from an alphabet without 0/O/1/I (50 random bits, `secrets`).
Follow-up code: 16 digits, shown "1234 5678 9012 3456". It is DERIVED, never stored:
    HMAC-SHA256(server_secret, "testimony/v1/followup-code" 0x00 || counter(u32) || idempotency_key)
so an idempotent retry shows the same code; the store keeps only an scrypt hash (per-code salt) to
verify it, filed under a 16-bit HMAC bucket. A returning user gives the reference and the code together:
checking them costs exactly one scrypt whether or not the reference has a verifier (`check_followup`).
"""
from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets
import struct
import unicodedata
from typing import Optional

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from bot.crypto.codec import b64d, b64e
from bot.crypto.kdf import ScryptParams, hkdf_sha256

REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
REFERENCE_LENGTH = 10
REFERENCE_RE = re.compile(rf"^REF-[{REFERENCE_ALPHABET}]{{8,32}}$")
CODE_DIGITS = 16
_CODE_LABEL = b"testimony/v1/followup-code\x00"
_BUCKET_LABEL = b"testimony/v1/followup-bucket\x00"
_IDEMPOTENCY_LABEL = b"testimony/v1/idempotency\x00"
_REPLY_KEY_INFO = b"testimony/v2/reply-private-key"
_HALF = 32
# What people type between the groups of a code or reference.
SEPARATORS = frozenset(" -.\u00a0\u2009\u202f\u2013\u2014")


def new_reference() -> str:
    """A fresh random report reference."""
    return "REF-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


def is_reference(text: str) -> bool:
    """True for a well-formed reference (also guards paths built from user-supplied references)."""
    return bool(REFERENCE_RE.match(text))


def normalize_reference(text: object) -> Optional[str]:
    """'REF-XXXXXXXXXX' from what a user typed: any case or width, spaces or dashes, with or without 'REF'.
    Exactly REFERENCE_LENGTH characters after the prefix (every reference ever made), so words are refused."""
    if not isinstance(text, str):
        return None
    compact = "".join(char for char in unicodedata.normalize("NFKC", text).upper()
                      if not (char in SEPARATORS or char.isspace()))
    body = compact[3:] if compact.startswith("REF") and len(compact) == 3 + REFERENCE_LENGTH else compact
    return "REF-" + body if len(body) == REFERENCE_LENGTH and is_reference("REF-" + body) else None


def idempotency_id(secret: bytes, idempotency_key: str) -> str:
    """Index file name for an idempotency key: its HMAC, so the key itself is never written."""
    return hmac.new(secret, _IDEMPOTENCY_LABEL + idempotency_key.encode("utf-8"), hashlib.sha256).hexdigest()


def derive_followup_digits(secret: bytes, idempotency_key: str, counter: int) -> str:
    """The follow-up code for a filing, as 16 ASCII digits."""
    mac = hmac.new(secret, _CODE_LABEL + struct.pack(">I", counter) + idempotency_key.encode("utf-8"),
                   hashlib.sha256).digest()
    return f"{int.from_bytes(mac[:16], 'big') % 10 ** CODE_DIGITS:0{CODE_DIGITS}d}"


def format_followup(digits: str) -> str:
    """'1234567890123456' -> '1234 5678 9012 3456'."""
    return " ".join(digits[i:i + 4] for i in range(0, CODE_DIGITS, 4))


def normalize_followup(text: object) -> Optional[str]:
    """16 ASCII digits from what a user typed (any script's digits, spaces or dashes), else None."""
    if not isinstance(text, str):
        return None
    digits = []
    for char in text:
        if char.isdecimal():
            digits.append(str(unicodedata.decimal(char)))
        elif not (char in SEPARATORS or char.isspace()):
            return None
    return "".join(digits) if len(digits) == CODE_DIGITS else None


# Inside a sentence: "ref DREJ9AALFN code 7438 3745 4697 6380". A reference written without "REF" counts only with
# a digit and a letter in it, so that no word of ten letters is one.
_SEPARATOR = f"[{re.escape(''.join(sorted(SEPARATORS)))}]"
_REFERENCE_IN_TEXT = re.compile(rf"(?<![^\W_])(?:REF{_SEPARATOR}?)?([{REFERENCE_ALPHABET}]{{{REFERENCE_LENGTH}}})"
                                rf"(?![^\W_])")
_CODE_IN_TEXT = re.compile(rf"(?<!\d)\d(?:{_SEPARATOR}?\d){{{CODE_DIGITS - 1}}}(?!\d)")


def find_reference(text: object) -> Optional[str]:
    """The one reference written somewhere in `text`, else None (none, or two that differ)."""
    if not isinstance(text, str):
        return None
    upper = unicodedata.normalize("NFKC", text).upper()
    found = {"REF-" + match.group(1) for match in _REFERENCE_IN_TEXT.finditer(upper)
             if match.group(0).startswith("REF") or (any(c.isdigit() for c in match.group(1))
                                                      and any(c.isalpha() for c in match.group(1)))}
    return found.pop() if len(found) == 1 else None


def find_followup(text: object) -> Optional[str]:
    """The one follow-up code (16 digits, in groups or not, any script's digits) written in `text`, else None."""
    if not isinstance(text, str):
        return None
    found = {normalize_followup(match.group(0)) for match in _CODE_IN_TEXT.finditer(text)} - {None}
    return found.pop() if len(found) == 1 else None


def followup_bucket(secret: bytes, digits: str) -> str:
    """16-bit keyed bucket for a code: narrows a lookup to about one candidate."""
    return hmac.new(secret, _BUCKET_LABEL + digits.encode("ascii"), hashlib.sha256).hexdigest()[:4]


def hash_followup(digits: str, params: ScryptParams) -> dict:
    """The stored verifier: scrypt(code, fresh 16-byte salt) and the parameters used, with the public half of the
    reporter's reply key, which the same scrypt yields (`reply_private_key`)."""
    salt = secrets.token_bytes(16)
    stretched = params.derive(digits.encode("ascii"), salt, 2 * _HALF)
    public = reply_private_key(stretched[_HALF:]).public_key().public_bytes_raw()
    return {"kdf": "scrypt", **params.as_dict(), "salt": b64e(salt), "hash": b64e(stretched[:_HALF]),
            "reply_public_key": b64e(public)}


def reply_private_key(seed: bytes) -> X25519PrivateKey:
    """The reporter's reply key (bot.reports.replies) from the second half of the code's scrypt output.

    scrypt's output is PBKDF2 blocks, each computed on its own: the first 32 bytes are the verifier stored
    since version 1, the next 32 cannot be had from them without running scrypt on the code again. So the
    key costs a guesser one scrypt per guess, like the verifier itself, and costs the server nothing extra.
    """
    return X25519PrivateKey.from_private_bytes(hkdf_sha256(seed, _REPLY_KEY_INFO))


@functools.lru_cache(maxsize=4)
def dummy_verifier(params: ScryptParams) -> dict:
    """A verifier of a random code nobody holds, made once per process and parameters (ReportStore makes it
    when it starts), so that checking a code for a reference without a verifier costs one scrypt too."""
    return hash_followup(f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}", params)


def check_followup(digits: str, record: Optional[dict], params: ScryptParams) -> Optional[bytes]:
    """The reply seed when `digits` open `record`, else None; with no record, the same one scrypt against the
    dummy, then None."""
    if record is None:
        open_followup(digits, dummy_verifier(params))
        return None
    return open_followup(digits, record)


def open_followup(digits: str, record: dict) -> Optional[bytes]:
    """Constant-time check of a code against a stored verifier: the reply seed if it opens it, else None."""
    try:
        params = ScryptParams.from_dict(record)
        salt, expected = b64d(record["salt"]), b64d(record["hash"], _HALF)
    except (KeyError, TypeError, ValueError):
        return None
    stretched = params.derive(digits.encode("ascii"), salt, 2 * _HALF)
    return stretched[_HALF:] if hmac.compare_digest(stretched[:_HALF], expected) else None


def verify_followup(digits: str, record: dict) -> bool:
    """Whether a code opens a stored verifier."""
    return open_followup(digits, record) is not None
