"""A tiny AES-256-GCM helper shared by everything in Testimony that encrypts data at rest.

Why a helper: the same few decisions (random 96-bit nonces, a version byte so keys or formats can change
later, HKDF sub-keys so one secret never serves two purposes, key files only the service user can read)
must be made identically wherever testimony data is written. Nothing here logs anything.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
from pathlib import Path
from typing import Optional

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
FORMAT_VERSION = b"\x01"


class SecretBoxError(Exception):
    """Base class: a key could not be loaded or data could not be decrypted."""


class DecryptionError(SecretBoxError):
    """The ciphertext is not authentic: wrong key, tampered bytes or wrong associated data."""


class InvalidKeyError(SecretBoxError):
    """A key is malformed, or its file could be read by other users."""


def derive_key(secret: bytes, purpose: str) -> bytes:
    """A 32-byte sub-key of `secret` for one `purpose`, so encryption and hashing never share a key."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode("utf-8"))
    return hkdf.derive(secret)


def keyed_hash(key: bytes, data: bytes) -> str:
    """HMAC-SHA256 of `data` as hex: a stable pseudonym that cannot be reversed without `key`."""
    return hmac.new(key, data, hashlib.sha256).hexdigest()


class SecretBox:
    """Seals and opens byte strings with AES-256-GCM; `aad` binds a ciphertext to its context."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise InvalidKeyError(f"AES-256-GCM needs a {KEY_BYTES}-byte key, got {len(key)} bytes")
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, aad: bytes = b"") -> bytes:
        """version || nonce || ciphertext+tag; a fresh random nonce each call."""
        nonce = os.urandom(NONCE_BYTES)
        return FORMAT_VERSION + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def open(self, blob: bytes, aad: bytes = b"") -> bytes:
        """The plaintext, or DecryptionError if anything about blob or aad is wrong."""
        blob = bytes(blob)
        if len(blob) < 1 + NONCE_BYTES + 16 or blob[:1] != FORMAT_VERSION:
            raise DecryptionError("ciphertext is truncated or has an unknown format version")
        nonce, body = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, aad)
        except InvalidTag as error:
            raise DecryptionError("ciphertext failed authentication") from error


def key_from_base64(text: str) -> bytes:
    """Decode a base64 (standard or URL-safe) 32-byte key; the error never echoes the value."""
    cleaned = "".join(text.split())
    for decode in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            key = decode(cleaned.encode("ascii"))
        except (binascii.Error, ValueError, UnicodeEncodeError):
            continue
        if len(key) == KEY_BYTES:
            return key
    raise InvalidKeyError(f"key must be base64 encoding exactly {KEY_BYTES} bytes")


def load_or_create_key_file(path: Path) -> bytes:
    """Read the key at `path`, creating it (0600, directory 0700) on first run.

    Creation writes a temporary file and hard-links it into place, so two processes starting together
    agree on one key and nobody ever reads a half-written file.
    """
    path = Path(path)
    _ensure_private_dir(path.parent)
    if not path.exists():
        _create_key_file(path)
    return _read_key_file(path)


def _ensure_private_dir(directory: Path) -> None:
    """Create the key directory readable by the service user only."""
    if not directory.exists():
        directory.mkdir(parents=True, mode=0o700, exist_ok=True)
        os.chmod(directory, 0o700)


def _create_key_file(path: Path) -> None:
    """Write a new random key without ever exposing a partial file or clobbering an existing one."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii") + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process won the race; its key is the key
    finally:
        tmp.unlink(missing_ok=True)


def _read_key_file(path: Path) -> bytes:
    """Refuse a key file that others can read: the key protects every stored testimony."""
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise InvalidKeyError(f"key file {path} has mode {mode:o}; run `chmod 600 {path}`")
    return key_from_base64(path.read_text(encoding="ascii"))


def key_from_env_or_file(env_value: Optional[str], path: Path) -> bytes:
    """The key from an environment value when given (it wins), otherwise from the key file."""
    if env_value and env_value.strip():
        return key_from_base64(env_value)
    return load_or_create_key_file(path)
