"""Append-only, hash-chained, signed log of every staff read (`show`, `export`, the console's unlock, inbox and
report views, and lock) and every anchor.

Each line is canonical JSON on a bot.crypto.hashchain chain, signed (Ed25519) by the staff member's signing
key, so an entry cannot be forged in someone's name and an edit breaks both chain and signature. Cutting
the tail off log and head together is detected against an anchor (`staff audit anchor`) kept off the
machine. Ship lines off the machine (syslog, a printer) for evidence against the operators themselves.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, Optional

from bot.crypto.codec import b64d, b64e, canonical_json
from bot.crypto.errors import KeyFileError
from bot.crypto.hashchain import ChainCheck, HashChain
from bot.crypto.keys import Identity, utc_now_iso
from bot.crypto.signing import SIGNATURE_LEN, sign, verify

LOG_NAME, HEAD_NAME = "staff-audit.log", "head.json"
SIGNATURE_PURPOSE = b"testimony/v2/audit-entry"
_UNSAFE = re.compile(r"[^\w.@+-]")


def _signed_bytes(entry: dict) -> bytes:
    return canonical_json({k: v for k, v in entry.items() if k != "sig"})


class AuditLog:
    """The staff audit log in one directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.chain = HashChain(directory / LOG_NAME, directory / HEAD_NAME, "audit")

    def append(self, who: str, action: str, signer: Identity, reference: Optional[str] = None,
               **extra: object) -> dict:
        """Record that `who` did `action` (on `reference`), now, signed by `signer`. Call BEFORE revealing
        anything."""
        if signer.signing_key is None:
            raise KeyFileError(f"key {signer.key_id} has no signing key to sign the audit entry: add one with "
                               "`python -m bot.staff keys sign`")
        fields = {"time": utc_now_iso(), "who": _UNSAFE.sub("_", who)[:64] or "unknown", "action": action,
                  "signer": signer.signing_key_id, **extra}
        if reference is not None:
            fields["reference"] = reference

        def signed(entry: dict) -> dict:
            return dict(entry, sig=b64e(sign(signer.signing_key, SIGNATURE_PURPOSE, _signed_bytes(entry))))
        return self.chain.append(fields, signed)

    def verify(self, signing_keys: Dict[str, bytes]) -> ChainCheck:
        """Walk the chain and check every signature against the staff signing keys (key id -> public key).

        Unsigned entries older than the first signed one were written before entries were signed (a
        warning); an unsigned entry after it is a forgery.
        """
        check = self.chain.check()
        signed_seen = False
        for number, entry in enumerate(check.entries, start=1):
            if "sig" not in entry:
                if signed_seen:
                    check.problems.append(f"audit line {number} is not signed (forged or edited)")
                elif entry:
                    check.warnings.append(f"audit line {number} is unsigned (written before entries were signed)")
                continue
            signed_seen = True
            public = signing_keys.get(entry.get("signer"))
            try:
                valid = public is not None and verify(public, SIGNATURE_PURPOSE, _signed_bytes(entry),
                                                      b64d(entry["sig"], SIGNATURE_LEN))
            except ValueError:
                valid = False
            if not valid:
                check.problems.append(f"audit line {number}: signature does not verify with a staff signing key "
                                      "on the recipient list (forged or edited)")
        return check
