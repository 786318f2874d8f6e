"""The staff side: list sealed reports from their headers, open them with private keys, verify all.

Only staff with a private key can open anything; listing reads the (unauthenticated) headers only,
and verify() authenticates every envelope.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

from bot.crypto.codec import parse_json
from bot.crypto.envelope import open_envelope, read_header_from_file
from bot.crypto.errors import CryptoError, EnvelopeError, EnvelopeFormatError, NoMatchingKeyError
from bot.crypto.fsutil import is_temp_file
from bot.crypto.keys import Identity
from bot.reports import codes
from bot.settings import ENVELOPE_SUFFIX, REPORT_FILE, DataLayout


class UnknownReport(LookupError):
    """No report with that reference in this data directory."""


@dataclass(frozen=True)
class ReportSummary:
    """One line of `staff list`: header facts only, no content."""

    reference: str
    filed_at: str
    language: str
    status: str


@dataclass(frozen=True)
class Addendum:
    """An opened follow-up addition or consent withdrawal."""

    seq: int
    kind: str
    header: dict
    body: dict
    unreadable: Optional[str] = None  # set when none of the offered keys is a recipient (rotation)


@dataclass
class OpenedReport:
    """A decrypted report with its addenda, for `staff show` and `staff export`."""

    reference: str
    header: dict
    report: dict
    addenda: List[Addendum] = field(default_factory=list)
    spooled: bool = False

    def to_json(self) -> dict:
        """The export form (format documented in docs/report-format.md)."""
        public_header = {k: v for k, v in self.header.items() if k != "recipients"}
        return {"reference": self.reference, "header": public_header, "spooled": self.spooled,
                "report": self.report,
                "addenda": [{"seq": a.seq, "kind": a.kind, "added_at": a.header.get("added_at"),
                             "body": a.body, **({"unreadable": a.unreadable} if a.unreadable else {})}
                            for a in self.addenda]}


@dataclass
class VerifyResult:
    """What verify() found: counts, hard problems (tampering) and warnings."""

    reports: int = 0
    addenda: int = 0
    problems: List[str] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)


class ReportReader:
    """Reads one data directory's reports (delivered and spooled)."""

    def __init__(self, root: Path, spool_dir: Optional[Path] = None) -> None:
        self.layout = DataLayout.for_root(Path(root), spool_dir)

    def _bases(self) -> Sequence[Path]:
        return (self.layout.reports_dir, self.layout.spool_dir)

    def references(self) -> List[str]:
        """Every reference with a report envelope, delivered or spooled."""
        found = set()
        for base in self._bases():
            if base.is_dir():
                found.update(p.name for p in base.iterdir()
                             if codes.is_reference(p.name) and (p / REPORT_FILE).is_file())
        return sorted(found)

    def report_path(self, reference: str) -> Path:
        """The envelope file of a report (delivered preferred to spooled)."""
        if not codes.is_reference(reference):
            raise UnknownReport(f"{reference!r} is not a report reference")
        for base in self._bases():
            if (base / reference / REPORT_FILE).is_file():
                return base / reference / REPORT_FILE
        raise UnknownReport(f"no report {reference} in {self.layout.root}")

    def addendum_paths(self, reference: str) -> Dict[int, Path]:
        """seq -> envelope file, for every addendum of a report."""
        found: Dict[int, Path] = {}
        for base in reversed(self._bases()):  # delivered copies win over spooled ones
            directory = base / reference / "addenda"
            if directory.is_dir():
                for path in directory.iterdir():
                    if path.suffix == ENVELOPE_SUFFIX and path.stem.isdigit() and not is_temp_file(path):
                        found[int(path.stem)] = path
        return dict(sorted(found.items()))

    def summaries(self) -> List[ReportSummary]:
        """Reference, filed time, language and status of every report, from headers only."""
        return [self.summary(reference) for reference in self.references()]

    def summary(self, reference: str) -> ReportSummary:
        """One report's listing line, from its header and its addenda headers (no decryption)."""
        path = self.report_path(reference)
        try:
            header = read_header_from_file(path)
            filed_at, language = str(header.get("filed_at", "?")), str(header.get("language", "?"))
            kinds = [read_header_from_file(p).get("kind") for p in self.addendum_paths(reference).values()]
        except (OSError, EnvelopeError):
            return ReportSummary(reference, "?", "?", "unreadable header")
        if "consent_withdrawal" in kinds:
            status = "consent withdrawn"
        elif kinds:
            status = f"updated ({len(kinds)} addenda)"
        else:
            status = "filed"
        if self.layout.spool_dir in path.parents:
            status += ", undelivered (spool)"
        return ReportSummary(reference, filed_at, language, status)

    def open(self, reference: str, identities: Iterable[Identity]) -> OpenedReport:
        """Decrypt a report and its addenda; raises UnknownReport or an EnvelopeError."""
        identities = list(identities)
        path = self.report_path(reference)
        header, report = self._open_json(path, identities)
        self._expect(header, "report", reference)
        opened = OpenedReport(reference, header, report, spooled=self.layout.spool_dir in path.parents)
        for seq, add_path in self.addendum_paths(reference).items():
            try:
                add_header, body = self._open_json(add_path, identities)
            except NoMatchingKeyError as exc:  # sealed after a rotation to keys not offered here
                header_only = read_header_from_file(add_path)
                opened.addenda.append(Addendum(seq, str(header_only.get("kind")), header_only, {}, str(exc)))
                continue
            self._expect(add_header, "addendum", reference, seq)
            opened.addenda.append(Addendum(seq, str(add_header.get("kind")), add_header, body))
        return opened

    @staticmethod
    def _open_json(path: Path, identities: List[Identity]) -> tuple[dict, dict]:
        opened = open_envelope(path.read_bytes(), identities)
        try:
            body = parse_json(opened.plaintext.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise EnvelopeFormatError(f"{path.name}: payload is not UTF-8 JSON") from None
        if not isinstance(body, dict):
            raise EnvelopeFormatError(f"{path.name}: payload is not a JSON object")
        return opened.header, body

    @staticmethod
    def _expect(header: dict, kind: str, reference: str, seq: Optional[int] = None) -> None:
        """The authenticated header must say what the file's place says: catches moved or swapped files."""
        if header.get("type") != kind or header.get("reference") != reference:
            raise EnvelopeFormatError(f"envelope in {reference} is a {header.get('type')} of "
                                      f"{header.get('reference')}: it was moved or swapped")
        if seq is not None and header.get("seq") != seq:
            raise EnvelopeFormatError(f"addendum {seq} of {reference} carries seq {header.get('seq')}")

    def verify(self, identities: Iterable[Identity]) -> VerifyResult:
        """Open and authenticate every envelope; report tampering, gaps and stray files."""
        identities, result = list(identities), VerifyResult()
        for reference in self.references():
            try:
                header, _ = self._open_json(self.report_path(reference), identities)
                self._expect(header, "report", reference)
                result.reports += 1
            except (CryptoError, OSError) as exc:
                result.problems.append(f"{reference}/report: {exc}")
            addenda = self.addendum_paths(reference)
            for seq, path in addenda.items():
                try:
                    add_header, _ = self._open_json(path, identities)
                    self._expect(add_header, "addendum", reference, seq)
                    result.addenda += 1
                except (CryptoError, OSError) as exc:
                    result.problems.append(f"{reference}/addenda/{path.name}: {exc}")
            if addenda and list(addenda) != list(range(1, len(addenda) + 1)):
                result.problems.append(f"{reference}: addenda numbers have gaps {list(addenda)} "
                                       "(an addendum was deleted)")
        self._check_strays(result)
        self._check_index(result)
        return result

    def _check_strays(self, result: VerifyResult) -> None:
        known = set(self.references())
        for base in self._bases():
            if not base.is_dir():
                continue
            for directory in base.iterdir():
                if directory.name not in known and any(directory.rglob("*" + ENVELOPE_SUFFIX)):
                    result.problems.append(f"{directory.name}: addenda without a report envelope "
                                           "(the report was deleted)")
            for path in base.rglob("*"):
                if path.is_file() and is_temp_file(path):
                    result.warnings.append(f"leftover temp file from an interrupted write: {path}")
                elif path.is_file() and path.suffix != ENVELOPE_SUFFIX:
                    result.problems.append(f"unexpected file in the report store: {path}")

    def _check_index(self, result: VerifyResult) -> None:
        """Every recorded filing should have its report: a missing one was deleted, or its filing
        crashed before sealing and was never retried (so this is a warning)."""
        known = set(self.references())
        directory = self.layout.idempotency_dir
        for path in sorted(directory.glob("*.json")) if directory.is_dir() else []:
            try:
                reference = parse_json(path.read_bytes())["reference"]
            except (OSError, ValueError, KeyError, TypeError):
                result.problems.append(f"unreadable index record {path.name}")
                continue
            if reference not in known:
                result.warnings.append(f"{reference} was recorded as filed but has no envelope "
                                       "(deleted, or an interrupted filing never retried)")
