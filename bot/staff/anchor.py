"""Anchors: the heads of the audit log and of the report ledger, printed for a record kept off the machine.

Someone who can write the data directory can cut the tail off a hash chain and its head file together;
only a copy of an earlier head kept elsewhere (a notebook, an email to the team lead, a printed page)
shows it. `staff audit anchor` records an anchor entry in the signed audit log and prints one line;
`staff verify --anchor LINE` checks the store against it, and every anchor entry already in the log is
checked too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, List, Optional

from bot.crypto.hashchain import HashChain

ANCHOR_RE = re.compile(r"^tmy-anchor/1 audit=(\d+):([0-9a-f]{64}) ledger=(\d+):([0-9a-f]{64})$")


@dataclass(frozen=True)
class Anchor:
    """Where the audit log and the ledger stood when the anchor was taken."""

    audit_seq: int
    audit_hash: str
    ledger_seq: int
    ledger_hash: str

    def text(self) -> str:
        return f"tmy-anchor/1 audit={self.audit_seq}:{self.audit_hash} ledger={self.ledger_seq}:{self.ledger_hash}"

    @classmethod
    def parse(cls, text: str) -> "Anchor":
        """An anchor from its printed line; ValueError for anything else."""
        match = ANCHOR_RE.match(text.strip())
        if not match:
            raise ValueError("not an anchor line (expected `tmy-anchor/1 audit=N:HASH ledger=N:HASH`)")
        return cls(int(match.group(1)), match.group(2), int(match.group(3)), match.group(4))


def recorded_ledger_heads(audit_entries: Iterable[dict]) -> List[tuple[int, str]]:
    """The ledger heads recorded by anchor entries in the audit log."""
    heads = []
    for entry in audit_entries:
        ledger = entry.get("ledger") if entry.get("action") == "anchor" else None
        if isinstance(ledger, dict) and isinstance(ledger.get("seq"), int) and isinstance(ledger.get("hash"), str):
            heads.append((ledger["seq"], ledger["hash"]))
    return heads


def anchor_problems(audit: HashChain, ledger: HashChain, anchors: Iterable[Anchor],
                    audit_entries: Iterable[dict]) -> List[str]:
    """Everything in which the store no longer extends the given anchors and the anchor entries in its log."""
    problems: List[Optional[str]] = []
    for anchor in anchors:
        problems += [audit.check_anchor(anchor.audit_seq, anchor.audit_hash),
                     ledger.check_anchor(anchor.ledger_seq, anchor.ledger_hash)]
    problems += [ledger.check_anchor(seq, digest) for seq, digest in recorded_ledger_heads(audit_entries)]
    return sorted({p for p in problems if p})
