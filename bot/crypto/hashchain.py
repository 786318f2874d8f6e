"""An append-only, hash-chained log of canonical JSON lines, with a head file: what the staff audit log and
the report ledger are both made of, so editing, inserting or deleting a line is detected one way.

Each line carries `seq` (from 1) and `prev`, the SHA-256 of the previous line's bytes (64 zeros for the
first); the head file holds the last line's seq and hash. Someone who can write the directory can still
rewrite log and head together, or cut the tail off both: an anchor (a head copied somewhere they cannot
reach) is what detects that, through check_anchor().
"""
from __future__ import annotations

import hashlib
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, List, Optional, Tuple

from bot.crypto.codec import canonical_json
from bot.crypto.fsutil import atomic_write, ensure_private_dir, file_lock

GENESIS = "0" * 64


def line_hash(line: bytes) -> str:
    """SHA-256 (hex) of one log line, without its newline."""
    return hashlib.sha256(line).hexdigest()


@dataclass
class ChainCheck:
    """Result of walking a chain: entries parsed (in order), problems (tampering) and warnings."""

    entries: List[dict] = field(default_factory=list)
    problems: List[str] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)


class HashChain:
    """One chained log file and its head file; `name` is how messages call it ("audit", "ledger").

    The chain's rules live here once; where its two files are kept is in the five methods marked "storage",
    which a chain kept elsewhere (bot.reports.objects: in PostgreSQL) overrides.
    """

    def __init__(self, path: Path, head_path: Path, name: str) -> None:
        self.path, self.head_path, self.name = path, head_path, name

    def lines(self) -> List[bytes]:
        return [line for line in (self._read_log() or b"").split(b"\n") if line]

    # ----- storage ----------------------------------------------------------------------------------

    def _read_log(self) -> Optional[bytes]:
        return self.path.read_bytes() if self.path.exists() else None

    def _read_head(self) -> Optional[bytes]:
        """The head file's bytes, None when there is none; OSError when it cannot be read."""
        return self.head_path.read_bytes() if self.head_path.exists() else None

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        """Held while appending: one writer at a time, across processes."""
        ensure_private_dir(self.path.parent)
        with file_lock(self.path.parent / f".{self.path.name}.lock"):
            yield

    def _append_line(self, line: bytes, mtime: Optional[float]) -> None:
        """Adds one line (with its newline) to the log, durably."""
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        if mtime is not None:
            os.utime(self.path, (mtime, mtime))

    def _write_head(self, data: bytes, mtime: Optional[float]) -> None:
        atomic_write(self.head_path, data, mtime=mtime)

    # ----- the chain ----------------------------------------------------------------------------------

    def head(self) -> Tuple[int, str]:
        """(seq, hash) of the last line; (0, GENESIS) for an empty log."""
        lines = self.lines()
        return (len(lines), line_hash(lines[-1])) if lines else (0, GENESIS)

    def append(self, fields: dict, finish: Optional[Callable[[dict], dict]] = None,
               only_if: Optional[Callable[[List[dict]], bool]] = None,
               mtime: Optional[float] = None) -> Optional[dict]:
        """Append `fields` with the next seq and prev, after `finish` (e.g. signing) if given, under a lock;
        `only_if(existing entries)` can decline (returns None) so that recording something is idempotent;
        `mtime` sets both files' times (to blur when the last entry was written)."""
        with self._exclusive():
            lines = self.lines()
            if only_if is not None and not only_if([_parse(line) for line in lines]):
                return None
            entry = dict(fields, seq=len(lines) + 1, prev=line_hash(lines[-1]) if lines else GENESIS)
            if finish is not None:
                entry = finish(entry)
            line = canonical_json(entry)
            self._append_line(line + b"\n", mtime)
            self._write_head(canonical_json({"seq": entry["seq"], "hash": line_hash(line)}) + b"\n", mtime)
        return entry

    def check(self) -> ChainCheck:
        """Walk the chain; any edited, inserted or deleted line, or a head that disagrees, is a problem."""
        check, expected_prev = ChainCheck(), GENESIS
        lines = self.lines()
        for number, line in enumerate(lines, start=1):
            entry = _parse(line)
            if not entry:
                check.problems.append(f"{self.name} line {number} is not a valid entry (edited)")
            elif entry.get("prev") != expected_prev:
                check.problems.append(f"{self.name} line {number}: chain broken (a line before it was "
                                      "edited or deleted, or this one was)")
            elif entry.get("seq") != number:
                check.problems.append(f"{self.name} line {number}: sequence {entry.get('seq')} "
                                      "(lines deleted or inserted)")
            check.entries.append(entry)
            expected_prev = line_hash(line)
        self._check_head(check, lines)
        return check

    def check_anchor(self, seq: int, expected_hash: str) -> Optional[str]:
        """A problem if the log no longer holds line `seq` with the hash an anchor recorded for it."""
        lines = self.lines()
        if seq == 0:
            return None
        if len(lines) < seq:
            return (f"{self.name}: an anchor recorded {seq} entries, the log has {len(lines)}: entries at the "
                    "end were deleted")
        if line_hash(lines[seq - 1]) != expected_hash:
            return f"{self.name}: entry {seq} is not the one an anchor recorded: the log was rewritten"
        return None

    def _check_head(self, check: ChainCheck, lines: List[bytes]) -> None:
        try:
            stored = self._read_head()
        except OSError:
            stored = b""
        if stored is None:
            if lines:
                check.problems.append(f"{self.name} head file is missing (deleted)")
            return
        try:
            head = json.loads(stored)
            head_seq, head_hash = int(head["seq"]), str(head["hash"])
        except (ValueError, KeyError, TypeError):
            check.problems.append(f"{self.name} head file is unreadable (edited)")
            return
        if head_seq == len(lines) and lines and head_hash == line_hash(lines[-1]):
            return
        if head_seq == len(lines) - 1 and (head_seq == 0 or head_hash == line_hash(lines[-2])):
            check.warnings.append(f"the last {self.name} entry was written but the head was not updated "
                                  "(interrupted append)")
            return
        check.problems.append(f"{self.name} head says {head_seq} entries ending in {head_hash[:12]}…, the log "
                              f"has {len(lines)}: entries at the end were deleted or edited")


def _parse(line: bytes) -> dict:
    """The entry on one line, or {} when the line is not a JSON object."""
    try:
        entry = json.loads(line)
    except ValueError:
        return {}
    return entry if isinstance(entry, dict) else {}
