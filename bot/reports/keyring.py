"""The recipient list: which public keys new reports are sealed to, signed by the staff signing key.

One JSON file, replaced atomically, so a rotation is all-or-nothing. Retired keys stay listed (their
private halves still open old reports); only active keys receive new reports. Since version 2 the list is
signed (Ed25519) by an offline staff signing key, so someone who can write to the data directory cannot
add a reader: the server seals only to a list whose signature verifies, by the key pinned in
TESTIMONY_LIST_SIGNER when that is set, and `staff verify` checks the signer against the staff's own keys.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

from bot import settings
from bot.crypto.codec import b64d, b64e, canonical_json
from bot.crypto.errors import KeyFileError
from bot.crypto.fsutil import atomic_write, ensure_private_dir, file_lock
from bot.crypto.kdf import ScryptParams
from bot.crypto.keys import (ROLES, Identity, Recipient, generate_identity, utc_now_iso,
                             write_private_key, write_public_key)
from bot.crypto.signing import SIGNATURE_LEN, sign, signing_key_id, verify
from bot.settings import LIST_SIGNER_VARIABLE, DataLayout

RECIPIENTS_FORMAT = "testimony-recipients"
LIST_VERSION = 2
SIGNATURE_PURPOSE = b"testimony/v2/recipients"


class UnsignedListError(KeyFileError):
    """The recipient list is not signed (version 1), or not by the key that must sign it."""


@dataclass(frozen=True)
class RecipientList:
    """The parsed list; `signer` is the Ed25519 public key whose signature verified (None: unsigned v1)."""

    recipients: List[Recipient]
    signer: Optional[bytes] = None

    @property
    def signer_key_id(self) -> Optional[str]:
        return signing_key_id(self.signer) if self.signer else None

    def signing_keys(self) -> dict:
        """signing key id -> Ed25519 public key of every staff member listed (active or retired)."""
        return {r.signing_key_id: r.signing_public_raw for r in self.recipients if r.signing_public_raw}


def pinned_signer() -> Optional[bytes]:
    """The signing key the deployment pins (TESTIMONY_LIST_SIGNER), if any."""
    value = settings.current().list_signer
    if not value:
        return None
    try:
        return b64d(value.strip(), 32)
    except ValueError:
        raise KeyFileError(f"{LIST_SIGNER_VARIABLE} must be the base64 of a 32-byte Ed25519 public key") from None


def _signed_part(recipients: List[Recipient], signer: bytes) -> dict:
    return {"format": RECIPIENTS_FORMAT, "version": LIST_VERSION, "keys": [r.to_dict() for r in recipients],
            "signer": {"algorithm": "Ed25519", "key_id": signing_key_id(signer), "public_key": b64e(signer)}}


def parse_list(data: bytes) -> RecipientList:
    """Parse a recipient list; a version 2 list must carry a valid signature by the signer it names."""
    try:
        document = json.loads(data)
        version = document.get("version")
        if document.get("format") != RECIPIENTS_FORMAT or version not in (1, LIST_VERSION):
            raise ValueError("not a Testimony recipient list (version 1 or 2)")
        recipients = [Recipient.from_dict(item) for item in document["keys"]]
        if version == 1:
            return RecipientList(recipients)
        signer = b64d(document["signer"]["public_key"], 32)
        signature = b64d(document["signature"], SIGNATURE_LEN)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileError(f"malformed recipient list: {exc}") from None
    if not verify(signer, SIGNATURE_PURPOSE, canonical_json(_signed_part(recipients, signer)), signature):
        raise KeyFileError("the recipient list's signature does not verify: it was edited after signing")
    return RecipientList(recipients, signer)


class Keyring:
    """Reads and changes <data>/keys/recipients.json."""

    def __init__(self, layout: DataLayout) -> None:
        self.layout = layout

    def load(self) -> RecipientList:
        """The list as stored (an empty unsigned list when there is none yet)."""
        path = self.layout.recipients_file
        if not path.exists():
            return RecipientList([])
        try:
            return parse_list(path.read_bytes())
        except OSError as exc:
            raise KeyFileError(f"cannot read recipient list {path}: {exc.strerror}") from None

    def recipients(self) -> List[Recipient]:
        """Every key ever added, active and retired."""
        return self.load().recipients

    def active(self) -> List[Recipient]:
        """The listed active keys (signature checked if there is one; the signer is not: see sealing_recipients)."""
        return [r for r in self.recipients() if r.status == "active"]

    def sealing_recipients(self) -> List[Recipient]:
        """The active keys, only from a list signed by the pinned signer (or, unpinned, by its own signer)."""
        listed = self.load()
        if listed.recipients and listed.signer is None:
            raise UnsignedListError("the recipient list is not signed: sign it with `python -m bot.staff keys "
                                    "sign` (or run `python -m bot.staff.keys_setup` for the demo keys)")
        pinned = pinned_signer()
        if pinned is not None and listed.recipients and listed.signer != pinned:
            raise UnsignedListError(f"the recipient list is signed by key {listed.signer_key_id}, not by the "
                                    f"pinned {signing_key_id(pinned)} ({LIST_SIGNER_VARIABLE})")
        return [r for r in listed.recipients if r.status == "active"]

    def _save(self, recipients: List[Recipient], signer: Identity) -> None:
        """Sign and write the list. Only the key that signed the current list (or the pinned one) may sign."""
        if signer.signing_key is None:
            raise KeyFileError("this key file has no signing key: run `python -m bot.staff keys sign` with it")
        public = signer.signing_public_raw
        current, pinned = self.load().signer, pinned_signer()
        expected = pinned or current
        if expected is not None and public != expected:
            raise UnsignedListError(f"the recipient list is signed by key {signing_key_id(expected)}; "
                                    f"key {signer.signing_key_id} may not sign it")
        document = _signed_part(recipients, public)
        document["signature"] = b64e(sign(signer.signing_key, SIGNATURE_PURPOSE, canonical_json(document)))
        ensure_private_dir(self.layout.keys_dir)
        atomic_write(self.layout.recipients_file, canonical_json(document) + b"\n", mode=0o644)

    def _lock(self):
        return file_lock(self.layout.locks_dir / "keyring.lock")

    def add(self, recipient: Recipient, signer: Identity) -> Recipient:
        """Add an active recipient (a reviewer or the escrow key), re-signing the list with `signer`."""
        if recipient.role not in ROLES:
            raise KeyFileError(f"role must be one of {ROLES}")
        with self._lock():
            current = self.recipients()
            if any(r.key_id == recipient.key_id for r in current):
                raise KeyFileError(f"key {recipient.key_id} is already a recipient")
            added = Recipient(recipient.public_raw, recipient.label, recipient.role,
                              signing_public_raw=recipient.signing_public_raw)
            self._save(current + [added], signer)
        return added

    def rotate(self, label: str, new: Recipient, signer: Identity) -> List[Recipient]:
        """Retire the active keys labelled `label` and add `new` (same label and role) in one atomic, signed
        step; returns the retired keys."""
        with self._lock():
            current = self.recipients()
            old = [r for r in current if r.label == label and r.status == "active"]
            if not old:
                raise KeyFileError(f"no active key labelled {label!r} to rotate")
            added = Recipient(new.public_raw, label, old[0].role, signing_public_raw=new.signing_public_raw)
            if any(r.key_id == added.key_id for r in current):
                raise KeyFileError(f"key {added.key_id} is already a recipient")
            now = utc_now_iso()
            updated = [dataclasses.replace(r, status="retired", retired_at=now) if r in old else r
                       for r in current]
            self._save(updated + [added], signer)
        return old

    def remove(self, label: str, signer: Identity) -> List[Recipient]:
        """Retire every active key labelled `label` (a member who leaves the team), re-signing the list: reports
        filed from now on are not sealed to them; what was sealed to them before stays readable to them, as
        it was. Refuses to leave no active reviewer (the server could seal to nobody)."""
        with self._lock():
            current = self.recipients()
            leaving = [r for r in current if r.label == label and r.status == "active"]
            if not leaving:
                raise KeyFileError(f"no active key labelled {label!r}")
            if not any(r.status == "active" and r.role == "reviewer" and r not in leaving for r in current):
                raise KeyFileError(f"removing {label!r} would leave no active reviewer: add one first")
            now = utc_now_iso()
            self._save([dataclasses.replace(r, status="retired", retired_at=now) if r in leaving else r
                        for r in current], signer)
        return leaving

    def sign(self, signer: Identity) -> RecipientList:
        """Sign the list as it stands (first signature of a version 1 list), recording `signer`'s signing key
        in its own entry; only the current signer may re-sign a signed list."""
        with self._lock():
            current = self.recipients()
            if not any(r.key_id == signer.key_id for r in current):
                raise KeyFileError(f"key {signer.key_id} is not on the recipient list, so it may not sign it")
            updated = [dataclasses.replace(r, signing_public_raw=signer.signing_public_raw)
                       if r.key_id == signer.key_id else r for r in current]
            self._save(updated, signer)
        return self.load()

    @staticmethod
    def generate(label: str, passphrase: str, params: ScryptParams, key_dir: Path,
                 role: str = "reviewer") -> tuple[Identity, Path]:
        """A new staff key pair: private half to <key_dir>/<id>.key (0600), public half to <id>.pub."""
        identity = generate_identity(label)
        ensure_private_dir(key_dir)
        private_path = key_dir / f"{identity.key_id}.key"
        write_private_key(private_path, identity, passphrase, params)
        write_public_key(key_dir / f"{identity.key_id}.pub", identity.recipient(role))
        return identity, private_path

    def find(self, key_id: str) -> Optional[Recipient]:
        """The recipient with this key id, if listed."""
        return next((r for r in self.recipients() if r.key_id == key_id), None)
