"""X25519 key pairs for report recipients, and passphrase-protected private key files.

Private key files are scrypt + AES-256-GCM (not PKCS#8 BestAvailableEncryption, whose PBKDF2 work
factor cannot be tuned here); the format is in docs/report-format.md. The server only ever needs
public keys: private keys belong on the staff's offline machine.
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from bot.crypto import aead
from bot.crypto.codec import b64d, b64e, canonical_json
from bot.crypto.errors import DecryptionError, KeyFileError, WrongPassphraseError
from bot.crypto.fsutil import atomic_create, atomic_write
from bot.crypto.kdf import ScryptParams

KEY_ID_INFO = b"testimony/v1/key-id"
PRIVATE_KEY_AAD = b"testimony/v1/private-key:"
PRIVATE_KEY_FORMAT = "testimony-private-key"
PUBLIC_KEY_FORMAT = "testimony-public-key"
ROLES = ("reviewer", "escrow")


def key_id_for(public_raw: bytes) -> str:
    """A short, stable name for a public key: hex of SHA-256(info || key), first 16 characters."""
    return hashlib.sha256(KEY_ID_INFO + public_raw).hexdigest()[:16]


def utc_now_iso() -> str:
    """Current UTC time to the second, ISO 8601 with a Z."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Recipient:
    """A public key that reports are wrapped to, with the name and role staff gave it."""

    public_raw: bytes
    label: str
    role: str = "reviewer"
    created_at: str = field(default_factory=utc_now_iso)
    status: str = "active"
    retired_at: Optional[str] = None

    @property
    def key_id(self) -> str:
        return key_id_for(self.public_raw)

    @property
    def public_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.public_raw)

    def to_dict(self) -> dict:
        data = {"format": PUBLIC_KEY_FORMAT, "version": 1, "key_id": self.key_id, "algorithm": "X25519",
                "public_key": b64e(self.public_raw), "label": self.label, "role": self.role,
                "created_at": self.created_at, "status": self.status}
        if self.retired_at:
            data["retired_at"] = self.retired_at
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Recipient":
        """Parse and check a public key record; the key id must match the key."""
        if not isinstance(data, dict):
            raise KeyFileError("malformed public key record: not a JSON object")
        try:
            if data.get("format") != PUBLIC_KEY_FORMAT or data.get("algorithm") != "X25519":
                raise ValueError("not a Testimony X25519 public key")
            recipient = cls(public_raw=b64d(data["public_key"], 32), label=str(data["label"]),
                            role=str(data.get("role", "reviewer")), created_at=str(data["created_at"]),
                            status=str(data.get("status", "active")), retired_at=data.get("retired_at"))
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileError(f"malformed public key record: {exc}") from None
        if data.get("key_id") != recipient.key_id:
            raise KeyFileError("public key record: key_id does not match the public key")
        return recipient


@dataclass(frozen=True)
class Identity:
    """An unlocked private key (in memory only)."""

    private_key: X25519PrivateKey
    label: str = ""

    @property
    def public_raw(self) -> bytes:
        return self.private_key.public_key().public_bytes_raw()

    @property
    def key_id(self) -> str:
        return key_id_for(self.public_raw)

    def recipient(self, role: str = "reviewer") -> Recipient:
        return Recipient(public_raw=self.public_raw, label=self.label, role=role)


def generate_identity(label: str) -> Identity:
    """A fresh X25519 key pair."""
    return Identity(X25519PrivateKey.generate(), label)


def encrypt_private_key(identity: Identity, passphrase: str, params: ScryptParams) -> bytes:
    """The private key file: JSON carrying the raw key sealed with an scrypt-derived AES-256-GCM key."""
    if not passphrase:
        raise KeyFileError("refusing to protect a private key with an empty passphrase")
    salt = secrets.token_bytes(16)
    wrap_key = params.derive(passphrase.encode("utf-8"), salt, aead.KEY_LEN)
    raw = identity.private_key.private_bytes_raw()
    nonce, sealed = aead.encrypt(wrap_key, raw, PRIVATE_KEY_AAD + identity.key_id.encode("ascii"))
    record = {"format": PRIVATE_KEY_FORMAT, "version": 1, "key_id": identity.key_id,
              "label": identity.label, "algorithm": "X25519",
              "kdf": {"name": "scrypt", "salt": b64e(salt), **params.as_dict()},
              "cipher": "AES-256-GCM", "nonce": b64e(nonce), "ciphertext": b64e(sealed)}
    return json.dumps(record, indent=2, sort_keys=True).encode("ascii") + b"\n"


def decrypt_private_key(data: bytes, passphrase: str) -> Identity:
    """Unlock a private key file; WrongPassphraseError if the passphrase (or the file) is wrong."""
    try:
        record = json.loads(data)
        if record.get("format") != PRIVATE_KEY_FORMAT or record.get("version") != 1:
            raise ValueError("not a Testimony private key file (version 1)")
        kdf = record["kdf"]
        if kdf.get("name") != "scrypt" or record.get("cipher") != "AES-256-GCM":
            raise ValueError("unsupported key protection")
        params = ScryptParams.from_dict(kdf)
        salt, nonce = b64d(kdf["salt"]), b64d(record["nonce"], aead.NONCE_LEN)
        sealed, key_id = b64d(record["ciphertext"], 48), str(record["key_id"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise KeyFileError(f"malformed private key file: {exc}") from None
    wrap_key = params.derive(passphrase.encode("utf-8"), salt, aead.KEY_LEN)
    try:
        raw = aead.decrypt(wrap_key, nonce, sealed, PRIVATE_KEY_AAD + key_id.encode("ascii"))
    except DecryptionError:
        raise WrongPassphraseError(f"wrong passphrase for private key {key_id}") from None
    identity = Identity(X25519PrivateKey.from_private_bytes(raw), str(record.get("label", "")))
    if identity.key_id != key_id:
        raise KeyFileError("private key file: key_id does not match the key")
    return identity


def write_private_key(path: Path, identity: Identity, passphrase: str, params: ScryptParams) -> None:
    """Write a new private key file, mode 0600; never overwrites an existing key."""
    if not atomic_create(path, encrypt_private_key(identity, passphrase, params), mode=0o600):
        raise KeyFileError(f"refusing to overwrite existing key file {path}")


def load_private_key(path: Path, passphrase: str) -> Identity:
    """Read and unlock a private key file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(f"cannot read private key file {path}: {exc.strerror}") from None
    return decrypt_private_key(data, passphrase)


def write_public_key(path: Path, recipient: Recipient) -> None:
    """A standalone public key file (safe to copy to the server and to share)."""
    atomic_write(path, canonical_json(recipient.to_dict()) + b"\n", mode=0o644)


def read_public_key(path: Path) -> Recipient:
    """Read a public key file made by write_public_key."""
    try:
        return Recipient.from_dict(json.loads(path.read_bytes()))
    except (OSError, ValueError) as exc:
        raise KeyFileError(f"cannot read public key file {path}: {exc}") from None


def private_key_mode_ok(path: Path) -> bool:
    """True when nobody but the owner can read the file."""
    return (os.stat(path).st_mode & 0o077) == 0
