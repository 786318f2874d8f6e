"""The staff side: list sealed reports from their headers, open them with private keys, verify all.

Only staff with a private key can open anything. Listing reads the unauthenticated headers only, so it
shows them as claims; open() authenticates every envelope and judges every addendum by its tag
(bot.reports.payloads); verify() also checks recipients against the signed list and the ledger.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Set

from bot.crypto.codec import parse_json
from bot.crypto.envelope import open_envelope, read_header_from_file
from bot.crypto.errors import CryptoError, EnvelopeError, EnvelopeFormatError, NoMatchingKeyError
from bot.crypto.fsutil import is_temp_file
from bot.crypto.keys import Identity
from bot.reports import codes
from bot.reports.headers import header_problem
from bot.reports.ledger import Ledger, envelope_hash
from bot.reports.payloads import AUTHENTICATED_SINCE, tag_ok, unframe
from bot.reports.replies import REPLY_KEY_FIELD
from bot.settings import ENVELOPE_SUFFIX, REPORT_FILE, DataLayout


class UnknownReport(LookupError):
    """No report with that reference in this data directory."""


@dataclass(frozen=True)
class ReportSummary:
    """One line of `staff list`: what the unauthenticated headers claim (shape-checked), no content."""

    reference: str
    filed_at: str
    language: str
    status: str


# How far an addendum can be believed (`staff show` says which, and never presents the others as fact).
AUTHENTICATED = "authenticated"    # its tag verifies with the report's addendum key: the code holder made it
UNVERIFIABLE = "unverifiable"      # the report predates addendum keys (format 1): it cannot be checked
FORGED = "forged"                  # no valid tag for a report that has a key: not made with the follow-up code
UNREADABLE = "unreadable"          # sealed to keys not offered here (after a rotation)


@dataclass(frozen=True)
class Addendum:
    """An opened follow-up addition or consent withdrawal, and whether it is authenticated."""

    seq: int
    kind: str
    header: dict
    body: dict
    trust: str = AUTHENTICATED
    problem: Optional[str] = None

    @property
    def believable(self) -> bool:
        """Whether its content may be shown (with a caveat when unverifiable)."""
        return self.trust in (AUTHENTICATED, UNVERIFIABLE)


@dataclass
class OpenedReport:
    """A decrypted report with its addenda, for `staff show` and `staff export`."""

    reference: str
    header: dict
    report: dict
    addenda: List[Addendum] = field(default_factory=list)
    spooled: bool = False
    addendum_key: Optional[bytes] = field(default=None, repr=False)
    reply_public_key: Optional[str] = None  # base64; None for reports filed before replies

    @property
    def status(self) -> str:
        """Filed, updated or consent withdrawn: from the addenda that can be believed only."""
        kinds = [a.kind for a in self.addenda if a.believable]
        status = ("consent withdrawn" if "consent_withdrawal" in kinds
                  else f"updated ({len(kinds)} addenda)" if kinds else "filed")
        return status + (", undelivered (spool)" if self.spooled else "")

    def to_json(self) -> dict:
        """The export form (format documented in docs/report-format.md)."""
        public_header = {k: v for k, v in self.header.items() if k != "recipients"}
        return {"reference": self.reference, "header": public_header, "spooled": self.spooled,
                "report": self.report, "addenda": [_addendum_json(a) for a in self.addenda]}


def _addendum_json(addendum: Addendum) -> dict:
    data: dict = {"seq": addendum.seq, "trust": addendum.trust}
    if addendum.believable:
        data.update(kind=addendum.kind, added_at=addendum.header.get("added_at"), body=addendum.body)
    if addendum.problem:
        data["problem"] = addendum.problem
    return data


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
                    if path.suffix == ENVELOPE_SUFFIX and path.stem.isascii() and path.stem.isdigit() and not is_temp_file(path):
                        found[int(path.stem)] = path
        return dict(sorted(found.items()))

    def summaries(self) -> List[ReportSummary]:
        """Reference, filed time, language and status of every report, from headers only."""
        return [self.summary(reference) for reference in self.references()]

    def summary(self, reference: str) -> ReportSummary:
        """One report's listing line from its header and its addenda's headers (no decryption). Headers are
        unauthenticated: the status says what they claim, and a malformed field is never shown."""
        path = self.report_path(reference)
        try:
            header = read_header_from_file(path)
            kinds = [read_header_from_file(p).get("kind") for p in self.addendum_paths(reference).values()]
        except (OSError, EnvelopeError):
            return ReportSummary(reference, "?", "?", "unreadable header")
        if header_problem(header) or header.get("type") != "report" or header.get("reference") != reference:
            return ReportSummary(reference, "?", "?", "invalid header (run `staff verify`)")
        if "consent_withdrawal" in kinds:
            status = f"{len(kinds)} addenda, one claims consent withdrawal (unverified: `show` checks)"
        elif kinds:
            status = f"{len(kinds)} addenda (unverified)"
        else:
            status = "filed"
        if self.layout.spool_dir in path.parents:
            status += ", undelivered (spool)"
        return ReportSummary(reference, header["filed_at"], header["language"], status)

    def open(self, reference: str, identities: Iterable[Identity]) -> OpenedReport:
        """Decrypt a report and its addenda, judging each addendum (see Addendum.trust); raises
        UnknownReport or an EnvelopeError."""
        identities = list(identities)
        opened = self._open_report(reference, identities)
        for seq, add_path in self.addendum_paths(reference).items():
            opened.addenda.append(self._open_addendum(add_path, reference, seq, identities, opened.addendum_key))
        return opened

    def _open_report(self, reference: str, identities: List[Identity]) -> OpenedReport:
        """The report alone (addenda not yet opened), with its addendum key when it has one."""
        path = self.report_path(reference)
        sealed = open_envelope(path.read_bytes(), identities)
        self._expect(sealed.header, "report", reference)
        key, content = (unframe(sealed.plaintext) if sealed.version >= AUTHENTICATED_SINCE
                        else (None, sealed.plaintext))
        report = _json_object(content, path)
        reply_key = report.pop(REPLY_KEY_FIELD, None)  # the store's, not the conversation's (bot.reports.replies)
        return OpenedReport(reference, sealed.header, report, addendum_key=key,
                            spooled=self.layout.spool_dir in path.parents,
                            reply_public_key=reply_key if isinstance(reply_key, str) else None)

    def _open_addendum(self, path: Path, reference: str, seq: int, identities: List[Identity],
                       key: Optional[bytes]) -> Addendum:
        try:
            sealed = open_envelope(path.read_bytes(), identities)
        except NoMatchingKeyError as exc:  # sealed after a rotation to keys not offered here
            return Addendum(seq, "?", {}, {}, UNREADABLE, str(exc))
        header = sealed.header
        self._expect(header, "addendum", reference, seq)
        kind = str(header["kind"])
        framed = sealed.version >= AUTHENTICATED_SINCE
        if key is None:
            content = unframe(sealed.plaintext)[1] if framed else sealed.plaintext
            return Addendum(seq, kind, header, _json_object(content, path), UNVERIFIABLE,
                            "the report predates authenticated addenda, so this one cannot be checked")
        if not framed:
            return Addendum(seq, kind, header, {}, FORGED, "an old-format addendum to a report whose addenda "
                            "must be authenticated: it was not made with the follow-up code")
        tag, content = unframe(sealed.plaintext)
        body = _json_object(content, path)
        if not tag_ok(key, tag, content) or any(body.get(name) != header.get(name)
                                                for name in ("reference", "seq", "kind")):
            return Addendum(seq, kind, header, {}, FORGED, "its tag does not verify with the report's addendum "
                            "key: it was not made with the follow-up code")
        return Addendum(seq, kind, header, body)

    @staticmethod
    def _expect(header: dict, kind: str, reference: str, seq: Optional[int] = None) -> None:
        """The authenticated header must be well formed and say what the file's place says: catches moved
        or swapped files."""
        if header.get("type") != kind or header.get("reference") != reference:
            raise EnvelopeFormatError(f"envelope in {reference} is a {header.get('type')} of "
                                      f"{header.get('reference')}: it was moved or swapped")
        if seq is not None and header.get("seq") != seq:
            raise EnvelopeFormatError(f"addendum {seq} of {reference} carries seq {header.get('seq')}")
        problem = header_problem(header)
        if problem:
            raise EnvelopeFormatError(f"envelope in {reference} has an invalid header: {problem}")

    def verify(self, identities: Iterable[Identity], listed_key_ids: Optional[Set[str]] = None) -> VerifyResult:
        """Open and authenticate every envelope and addendum; report tampering, forged addenda, recipients the
        signed list never had (when `listed_key_ids` is given), gaps, stray files and the ledger."""
        identities, result = list(identities), VerifyResult()
        for reference in self.references():
            key = None
            try:
                key = self._open_report(reference, identities).addendum_key
                result.reports += 1
            except (CryptoError, OSError) as exc:
                result.problems.append(f"{reference}/report: {exc}")
            addenda = self.addendum_paths(reference)
            for seq, path in addenda.items():
                self._verify_addendum(result, f"{reference}/addenda/{path.name}",
                                      lambda: self._open_addendum(path, reference, seq, identities, key))
            if list(addenda) != list(range(1, len(addenda) + 1)):
                result.problems.append(f"{reference}: addenda numbers have gaps {list(addenda)} "
                                       "(an addendum was deleted)")
        if listed_key_ids is not None:
            self._check_recipients(result, listed_key_ids)
        self._check_strays(result)
        self._check_index(result)
        self._check_ledger(result)
        return result

    @staticmethod
    def _verify_addendum(result: VerifyResult, where: str, open_it: Callable[[], Addendum]) -> None:
        try:
            addendum = open_it()
        except (CryptoError, OSError) as exc:
            result.problems.append(f"{where}: {exc}")
            return
        if addendum.believable:
            result.addenda += 1
        if addendum.trust == UNVERIFIABLE:
            result.warnings.append(f"{where}: {addendum.problem}")
        elif not addendum.believable:
            result.problems.append(f"{where}: {addendum.trust}: {addendum.problem}")

    def _envelopes(self) -> Dict[str, Path]:
        """relative path ("REF-…/report.tse", "REF-…/addenda/0001.tse") -> file, delivered copies first."""
        found: Dict[str, Path] = {}
        for base in reversed(self._bases()):
            if base.is_dir():
                found.update({p.relative_to(base).as_posix(): p for p in base.rglob("*" + ENVELOPE_SUFFIX)
                              if not is_temp_file(p)})
        return found

    def _check_recipients(self, result: VerifyResult, listed_key_ids: Set[str]) -> None:
        """An envelope sealed to a key the signed list never had means someone added a reader."""
        for name, path in sorted(self._envelopes().items()):
            try:
                stanzas = read_header_from_file(path)["recipients"]
            except (OSError, EnvelopeError):
                continue  # reported when the envelope is opened
            for key_id in sorted({s["key_id"] for s in stanzas} - listed_key_ids):
                result.problems.append(f"{name} is sealed to key {key_id}, which the signed recipient list never "
                                       "had: a reader was added")

    def _check_ledger(self, result: VerifyResult) -> None:
        """Every envelope the ledger recorded must still be there, unchanged."""
        check, recorded = Ledger.of(self.layout).check()
        result.problems += check.problems
        result.warnings += check.warnings
        envelopes = self._envelopes()
        for name, digest in recorded.items():
            path = envelopes.get(name)
            if path is None:
                result.problems.append(f"{name} was filed (ledger) but is gone: it was deleted")
            elif envelope_hash(path.read_bytes()) != digest:
                result.problems.append(f"{name} is not the envelope the ledger recorded: it was replaced")
        if check.entries:  # a store with a ledger records everything it seals
            for name in sorted(set(envelopes) - set(recorded)):
                result.warnings.append(f"{name} is not in the ledger (filed before the ledger existed, or "
                                       "written by someone other than the store)")

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


def _json_object(content: bytes, path: Path) -> dict:
    """A sealed payload's JSON object, or EnvelopeFormatError."""
    try:
        body = parse_json(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise EnvelopeFormatError(f"{path.name}: payload is not UTF-8 JSON") from None
    if not isinstance(body, dict):
        raise EnvelopeFormatError(f"{path.name}: payload is not a JSON object")
    return body
