"""Append-only, hash-chained log of every staff read (`show`, `export`).

Each line is canonical JSON carrying `prev`, the SHA-256 of the previous line's bytes (64 zeros for
the first), and `seq`; audit/head.json holds the count and hash of the last line. Editing or deleting
any line breaks the chain or disagrees with the head, and `staff verify` says where. It shows tampering;
it cannot stop someone with root from rewriting log and head together: ship lines off the machine
(syslog, a printer) for that.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

from bot.crypto.codec import canonical_json
from bot.crypto.fsutil import atomic_write, ensure_private_dir, file_lock
from bot.crypto.keys import utc_now_iso

GENESIS = "0" * 64
LOG_NAME, HEAD_NAME = "staff-audit.log", "head.json"
_UNSAFE = re.compile(r"[^\w.@+-]")


def line_hash(line: bytes) -> str:
    """SHA-256 (hex) of one log line, without its newline."""
    return hashlib.sha256(line).hexdigest()


@dataclass
class AuditCheck:
    """Result of verifying the chain."""

    entries: int = 0
    problems: List[str] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)


class AuditLog:
    """The staff audit log in one directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path, self.head_path = directory / LOG_NAME, directory / HEAD_NAME

    def _lines(self) -> List[bytes]:
        if not self.path.exists():
            return []
        return [line for line in self.path.read_bytes().split(b"\n") if line]

    def append(self, who: str, action: str, reference: str) -> dict:
        """Record that `who` did `action` on `reference`, now. Call BEFORE revealing anything."""
        ensure_private_dir(self.directory)
        with file_lock(self.directory / ".lock"):
            lines = self._lines()
            prev, seq = GENESIS, 1
            if lines:
                prev = line_hash(lines[-1])
                try:
                    seq = int(json.loads(lines[-1])["seq"]) + 1
                except (ValueError, KeyError, TypeError):
                    seq = len(lines) + 1
            entry = {"seq": seq, "time": utc_now_iso(), "who": _UNSAFE.sub("_", who)[:64] or "unknown",
                     "action": action, "reference": reference, "prev": prev}
            line = canonical_json(entry)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line + b"\n")
                os.fsync(fd)
            finally:
                os.close(fd)
            atomic_write(self.head_path, canonical_json({"seq": seq, "hash": line_hash(line)}) + b"\n")
        return entry

    def verify(self) -> AuditCheck:
        """Walk the chain; any edited, inserted or deleted line is a problem."""
        check, expected_prev = AuditCheck(), GENESIS
        lines = self._lines()
        for number, line in enumerate(lines, start=1):
            try:
                entry = json.loads(line)
                seq, prev = entry["seq"], entry["prev"]
            except (ValueError, KeyError, TypeError):
                check.problems.append(f"audit line {number} is not a valid entry (edited)")
                expected_prev = line_hash(line)
                continue
            if prev != expected_prev:
                check.problems.append(f"audit line {number}: chain broken (a line before it was "
                                      "edited or deleted, or this one was)")
            if seq != number:
                check.problems.append(f"audit line {number}: sequence {seq} (lines deleted or inserted)")
            expected_prev = line_hash(line)
        check.entries = len(lines)
        self._check_head(check, lines)
        return check

    def _check_head(self, check: AuditCheck, lines: List[bytes]) -> None:
        if not self.head_path.exists():
            if lines:
                check.problems.append("audit head file is missing (deleted)")
            return
        try:
            head = json.loads(self.head_path.read_bytes())
            head_seq, head_hash = int(head["seq"]), str(head["hash"])
        except (OSError, ValueError, KeyError, TypeError):
            check.problems.append("audit head file is unreadable (edited)")
            return
        if head_seq == len(lines) and lines and head_hash == line_hash(lines[-1]):
            return
        if head_seq == len(lines) - 1 and (head_seq == 0 or head_hash == line_hash(lines[-2])):
            check.warnings.append("the last audit entry was written but the head was not updated "
                                  "(interrupted append)")
            return
        check.problems.append(f"audit head says {head_seq} entries ending in {head_hash[:12]}…, the log has "
                              f"{len(lines)}: entries at the end were deleted or edited")
