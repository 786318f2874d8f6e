"""Where each kind of file lives under the data directory: the one place that knows the layout.

    <data>/keys/recipients.json      public keys reports are sealed to (active and retired)
    <data>/keys/server-secret        32 random bytes: derives follow-up codes and index names
    <data>/private-keys/<id>.key     DEMO ONLY passphrase-protected private keys (+ <id>.pub)
    <data>/reports/<REF>/report.tse  the sealed report
    <data>/reports/<REF>/addenda/NNNN.tse   sealed follow-up additions and consent withdrawals
    <data>/spool/<REF>/...           same tree: sealed envelopes not yet delivered to reports/
    <data>/index/idempotency/<hmac>.json    idempotency key (as HMAC) -> reference
    <data>/index/followup/<bucket>/<REF>.json  scrypt hash of the follow-up code
    <data>/locks/                    flock files
    <data>/audit/staff-audit.log     hash-chained log of staff reads (+ audit/head.json)
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

ENV_SPOOL_DIR = "TESTIMONY_SPOOL_DIR"
ENVELOPE_SUFFIX = ".tse"
REPORT_FILE = "report" + ENVELOPE_SUFFIX


@dataclass(frozen=True)
class DataLayout:
    """Paths under one data directory (the spool may be moved to another disk)."""

    root: Path
    spool_override: Optional[Path] = None

    @classmethod
    def for_root(cls, root: Path, spool_dir: Optional[Path] = None) -> "DataLayout":
        """Layout for `root`; the spool comes from the argument, else TESTIMONY_SPOOL_DIR, else root/spool."""
        env_spool = os.environ.get(ENV_SPOOL_DIR)
        return cls(Path(root), spool_dir or (Path(env_spool) if env_spool else None))

    @property
    def keys_dir(self) -> Path:
        return self.root / "keys"

    @property
    def recipients_file(self) -> Path:
        return self.keys_dir / "recipients.json"

    @property
    def server_secret_file(self) -> Path:
        return self.keys_dir / "server-secret"

    @property
    def private_keys_dir(self) -> Path:
        return self.root / "private-keys"

    @property
    def reports_dir(self) -> Path:
        return self.root / "reports"

    @property
    def spool_dir(self) -> Path:
        return self.spool_override or self.root / "spool"

    @property
    def idempotency_dir(self) -> Path:
        return self.root / "index" / "idempotency"

    @property
    def followup_dir(self) -> Path:
        return self.root / "index" / "followup"

    @property
    def locks_dir(self) -> Path:
        return self.root / "locks"

    @property
    def audit_dir(self) -> Path:
        return self.root / "audit"

    @staticmethod
    def report_relpath(reference: str) -> Path:
        return Path(reference) / REPORT_FILE

    @staticmethod
    def addendum_relpath(reference: str, seq: int) -> Path:
        return Path(reference) / "addenda" / f"{seq:04d}{ENVELOPE_SUFFIX}"
