"""The ledger: a hash-chained record of every envelope the store seals (which report, which file, its
SHA-256), so that deleting a report or its last addendum, or replacing an envelope, is detected by
`staff verify`; cutting the ledger's own tail is detected against an anchor (`staff audit anchor`).

It holds no content and no times: only references, file names and hashes of ciphertext.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Dict, Tuple

from bot.crypto.hashchain import ChainCheck, HashChain
from bot.settings import DataLayout


def envelope_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Ledger:
    """<data>/index/ledger.log and its head, or the same two kept in the report database
    (bot.reports.objects)."""

    def __init__(self, chain: HashChain) -> None:
        self.chain = chain

    @classmethod
    def of(cls, layout: DataLayout) -> "Ledger":
        """The ledger of a data directory (where staff tools read it, a pulled copy included)."""
        from bot.reports.objects import FileObjects
        return cls(FileObjects(layout).ledger_chain())

    def record(self, relpath: Path, envelope: bytes, mtime: float) -> None:
        """Record that the envelope at `relpath` ("REF-…/report.tse", "REF-…/addenda/0001.tse", the same
        under reports/ and spool/) is `envelope`; recording the same file again (a retry) changes nothing.
        `mtime` blurs the files' times as the store blurs the envelopes'."""
        name = relpath.as_posix()
        self.chain.append({"path": name, "sha256": envelope_hash(envelope)},
                          only_if=lambda entries: not any(e.get("path") == name for e in entries), mtime=mtime)

    def check(self) -> Tuple[ChainCheck, Dict[str, str]]:
        """The chain check, and relative path -> recorded hash."""
        check = self.chain.check()
        return check, {str(e.get("path")): str(e.get("sha256")) for e in check.entries if e}
