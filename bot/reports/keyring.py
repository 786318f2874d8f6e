"""The recipient list: which public keys new reports are sealed to, and which are retired.

One JSON file, replaced atomically, so a rotation is all-or-nothing. Retired keys stay listed (their
private halves still open old reports); only active keys receive new reports.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

from bot.crypto.codec import canonical_json
from bot.crypto.errors import KeyFileError
from bot.crypto.fsutil import atomic_write, ensure_private_dir, file_lock
from bot.crypto.kdf import ScryptParams
from bot.crypto.keys import (ROLES, Identity, Recipient, generate_identity, utc_now_iso,
                             write_private_key, write_public_key)
from bot.settings import DataLayout

RECIPIENTS_FORMAT = "testimony-recipients"


class Keyring:
    """Reads and changes <data>/keys/recipients.json."""

    def __init__(self, layout: DataLayout) -> None:
        self.layout = layout

    def recipients(self) -> List[Recipient]:
        """Every key ever added, active and retired."""
        path = self.layout.recipients_file
        if not path.exists():
            return []
        try:
            data = json.loads(path.read_bytes())
            if data.get("format") != RECIPIENTS_FORMAT or data.get("version") != 1:
                raise ValueError("not a Testimony recipient list (version 1)")
            return [Recipient.from_dict(item) for item in data["keys"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileError(f"cannot read recipient list {path}: {exc}") from None

    def active(self) -> List[Recipient]:
        """The keys new reports are sealed to."""
        return [r for r in self.recipients() if r.status == "active"]

    def _save(self, recipients: List[Recipient]) -> None:
        ensure_private_dir(self.layout.keys_dir)
        data = {"format": RECIPIENTS_FORMAT, "version": 1, "keys": [r.to_dict() for r in recipients]}
        atomic_write(self.layout.recipients_file, canonical_json(data) + b"\n", mode=0o644)

    def add(self, recipient: Recipient) -> Recipient:
        """Add an active recipient (a reviewer or the escrow key)."""
        if recipient.role not in ROLES:
            raise KeyFileError(f"role must be one of {ROLES}")
        with file_lock(self.layout.locks_dir / "keyring.lock"):
            current = self.recipients()
            if any(r.key_id == recipient.key_id for r in current):
                raise KeyFileError(f"key {recipient.key_id} is already a recipient")
            added = Recipient(recipient.public_raw, recipient.label, recipient.role)
            self._save(current + [added])
        return added

    def rotate(self, label: str, public_raw: bytes) -> List[Recipient]:
        """Retire the active keys labelled `label` and add the new public key (same label and role) in
        one atomic step; returns the retired keys."""
        with file_lock(self.layout.locks_dir / "keyring.lock"):
            current = self.recipients()
            old = [r for r in current if r.label == label and r.status == "active"]
            if not old:
                raise KeyFileError(f"no active key labelled {label!r} to rotate")
            new = Recipient(public_raw, label, old[0].role)
            if any(r.key_id == new.key_id for r in current):
                raise KeyFileError(f"key {new.key_id} is already a recipient")
            now = utc_now_iso()
            updated = [Recipient(r.public_raw, r.label, r.role, r.created_at, "retired", now)
                       if r in old else r for r in current]
            self._save(updated + [new])
        return old

    @staticmethod
    def generate(label: str, passphrase: str, params: ScryptParams, key_dir: Path,
                 role: str = "reviewer") -> tuple[Identity, Path]:
        """A new key pair: private half to <key_dir>/<id>.key (0600), public half to <id>.pub."""
        identity = generate_identity(label)
        ensure_private_dir(key_dir)
        private_path = key_dir / f"{identity.key_id}.key"
        write_private_key(private_path, identity, passphrase, params)
        write_public_key(key_dir / f"{identity.key_id}.pub", identity.recipient(role))
        return identity, private_path

    def find(self, key_id: str) -> Optional[Recipient]:
        """The recipient with this key id, if listed."""
        return next((r for r in self.recipients() if r.key_id == key_id), None)
