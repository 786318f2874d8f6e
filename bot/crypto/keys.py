"""Staff key pairs: X25519 (reports are sealed to it) and, since version 2, an Ed25519 signing key beside
it (signs the recipient list and audit entries), both in one passphrase-protected private key file.

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

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from bot.crypto import aead
from bot.crypto.codec import b64d, b64e, canonical_json
from bot.crypto.errors import DecryptionError, KeyFileError, WrongPassphraseError
from bot.crypto.fsutil import atomic_create, atomic_write
from bot.crypto.kdf import ScryptParams
from bot.crypto.signing import is_key_id, signing_key_id

KEY_ID_INFO = b"testimony/v1/key-id"
PRIVATE_KEY_AAD = b"testimony/v1/private-key:"
PRIVATE_KEY_AAD_V2 = b"testimony/v2/private-key:"
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
    signing_public_raw: Optional[bytes] = None  # the staff member's Ed25519 key (absent in version 1)

    @property
    def key_id(self) -> str:
        return key_id_for(self.public_raw)

    @property
    def signing_key_id(self) -> Optional[str]:
        return signing_key_id(self.signing_public_raw) if self.signing_public_raw else None

    @property
    def public_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.public_raw)

    def to_dict(self) -> dict:
        data = {"format": PUBLIC_KEY_FORMAT, "version": 1, "key_id": self.key_id, "algorithm": "X25519",
                "public_key": b64e(self.public_raw), "label": self.label, "role": self.role,
                "created_at": self.created_at, "status": self.status}
        if self.retired_at:
            data["retired_at"] = self.retired_at
        if self.signing_public_raw:
            data.update(version=2, signing_public_key=b64e(self.signing_public_raw),
                        signing_key_id=self.signing_key_id)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Recipient":
        """Parse and check a public key record; the key id must match the key."""
        if not isinstance(data, dict):
            raise KeyFileError("malformed public key record: not a JSON object")
        try:
            if data.get("format") != PUBLIC_KEY_FORMAT or data.get("algorithm") != "X25519":
                raise ValueError("not a Testimony X25519 public key")
            signing = data.get("signing_public_key")
            recipient = cls(public_raw=b64d(data["public_key"], 32), label=str(data["label"]),
                            role=str(data.get("role", "reviewer")), created_at=str(data["created_at"]),
                            status=str(data.get("status", "active")), retired_at=data.get("retired_at"),
                            signing_public_raw=b64d(signing, 32) if signing is not None else None)
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileError(f"malformed public key record: {exc}") from None
        if data.get("key_id") != recipient.key_id:
            raise KeyFileError("public key record: key_id does not match the public key")
        if data.get("signing_key_id") != recipient.signing_key_id:
            raise KeyFileError("public key record: signing_key_id does not match the signing key")
        return recipient


@dataclass(frozen=True)
class Identity:
    """An unlocked staff key pair (in memory only); `signing_key` is None for a version 1 key file."""

    private_key: X25519PrivateKey
    label: str = ""
    signing_key: Optional[Ed25519PrivateKey] = None

    @property
    def public_raw(self) -> bytes:
        return self.private_key.public_key().public_bytes_raw()

    @property
    def key_id(self) -> str:
        return key_id_for(self.public_raw)

    @property
    def signing_public_raw(self) -> Optional[bytes]:
        return self.signing_key.public_key().public_bytes_raw() if self.signing_key else None

    @property
    def signing_key_id(self) -> Optional[str]:
        public = self.signing_public_raw
        return signing_key_id(public) if public else None

    def recipient(self, role: str = "reviewer") -> Recipient:
        return Recipient(public_raw=self.public_raw, label=self.label, role=role,
                         signing_public_raw=self.signing_public_raw)


def generate_identity(label: str) -> Identity:
    """A fresh X25519 key pair with its Ed25519 signing key."""
    return Identity(X25519PrivateKey.generate(), label, Ed25519PrivateKey.generate())


def with_signing_key(identity: Identity) -> Identity:
    """`identity` with a fresh signing key if it has none (upgrading a version 1 key file)."""
    return identity if identity.signing_key else Identity(identity.private_key, identity.label,
                                                          Ed25519PrivateKey.generate())


def _private_key_aad(version: int, key_id: str, signing_id: Optional[str]) -> bytes:
    if version == 1:
        return PRIVATE_KEY_AAD + key_id.encode("ascii")
    return PRIVATE_KEY_AAD_V2 + f"{key_id}:{signing_id}".encode("ascii")


def encrypt_private_key(identity: Identity, passphrase: str, params: ScryptParams) -> bytes:
    """The private key file (version 2): JSON carrying the raw X25519 and Ed25519 keys sealed with an
    scrypt-derived AES-256-GCM key."""
    if not passphrase:
        raise KeyFileError("refusing to protect a private key with an empty passphrase")
    if identity.signing_key is None:
        raise KeyFileError("a new private key file needs a signing key")
    salt = secrets.token_bytes(16)
    wrap_key = params.derive(passphrase.encode("utf-8"), salt, aead.KEY_LEN)
    raw = identity.private_key.private_bytes_raw() + identity.signing_key.private_bytes_raw()
    nonce, sealed = aead.encrypt(wrap_key, raw, _private_key_aad(2, identity.key_id, identity.signing_key_id))
    record = {"format": PRIVATE_KEY_FORMAT, "version": 2, "key_id": identity.key_id,
              "signing_key_id": identity.signing_key_id, "label": identity.label,
              "algorithm": "X25519+Ed25519", "kdf": {"name": "scrypt", "salt": b64e(salt), **params.as_dict()},
              "cipher": "AES-256-GCM", "nonce": b64e(nonce), "ciphertext": b64e(sealed)}
    return json.dumps(record, indent=2, sort_keys=True).encode("ascii") + b"\n"


def _parse_private_key_file(data: bytes) -> dict:
    """The checked fields of a version 1 or 2 private key file (nothing is decrypted)."""
    try:
        record = json.loads(data)
        version = record.get("version")
        if record.get("format") != PRIVATE_KEY_FORMAT or version not in (1, 2):
            raise ValueError("not a Testimony private key file (version 1 or 2)")
        kdf = record["kdf"]
        if kdf.get("name") != "scrypt" or record.get("cipher") != "AES-256-GCM":
            raise ValueError("unsupported key protection")
        key_id, signing_id = record["key_id"], record.get("signing_key_id") if version == 2 else None
        if not is_key_id(key_id) or (version == 2 and not is_key_id(signing_id)):
            raise ValueError("malformed key id")
        return {"version": version, "params": ScryptParams.from_dict(kdf), "salt": b64d(kdf["salt"], 16),
                "nonce": b64d(record["nonce"], aead.NONCE_LEN), "key_id": key_id, "signing_key_id": signing_id,
                "sealed": b64d(record["ciphertext"], 32 * version + aead.TAG_LEN),
                "label": str(record.get("label", ""))}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise KeyFileError(f"malformed private key file: {exc}") from None


def _private_key_fields(path: Path) -> dict:
    try:
        return _parse_private_key_file(path.read_bytes())
    except OSError as exc:
        raise KeyFileError(f"cannot read private key file {path}: {exc.strerror}") from None


def private_key_ids(path: Path) -> tuple[str, Optional[str]]:
    """(key id, signing key id or None) of a private key file, without its passphrase."""
    fields = _private_key_fields(path)
    return fields["key_id"], fields["signing_key_id"]


def private_key_label(path: Path) -> str:
    """The label (the staff member's name) a private key file was made with, without its passphrase."""
    return _private_key_fields(path)["label"]


def decrypt_private_key(data: bytes, passphrase: str) -> Identity:
    """Unlock a private key file; WrongPassphraseError if the passphrase (or the file) is wrong."""
    fields = _parse_private_key_file(data)
    key_id, signing_id = fields["key_id"], fields["signing_key_id"]
    wrap_key = fields["params"].derive(passphrase.encode("utf-8"), fields["salt"], aead.KEY_LEN)
    try:
        raw = aead.decrypt(wrap_key, fields["nonce"], fields["sealed"],
                           _private_key_aad(fields["version"], key_id, signing_id))
    except DecryptionError:
        raise WrongPassphraseError(f"wrong passphrase for private key {key_id}") from None
    signing = Ed25519PrivateKey.from_private_bytes(raw[32:]) if fields["version"] == 2 else None
    identity = Identity(X25519PrivateKey.from_private_bytes(raw[:32]), fields["label"], signing)
    if identity.key_id != key_id or identity.signing_key_id != signing_id:
        raise KeyFileError("private key file: a key id does not match its key")
    return identity


def write_private_key(path: Path, identity: Identity, passphrase: str, params: ScryptParams) -> None:
    """Write a new private key file, mode 0600; never overwrites an existing key."""
    if not atomic_create(path, encrypt_private_key(identity, passphrase, params), mode=0o600):
        raise KeyFileError(f"refusing to overwrite existing key file {path}")


def upgrade_private_key(path: Path, passphrase: str, params: ScryptParams) -> Identity:
    """Give a version 1 key file its signing key (same passphrase), replacing it atomically; a version 2
    file is left as it is. Returns the unlocked identity, signing key included."""
    identity = load_private_key(path, passphrase)
    if identity.signing_key is None:
        identity = with_signing_key(identity)
        atomic_write(path, encrypt_private_key(identity, passphrase, params), mode=0o600)
    return identity


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
