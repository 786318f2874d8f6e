"""Exports for a case file, with their chain of custody, and checking an export against the store.

An export (the JSON of `OpenedReport.to_json()`, or the console's PDF) carries a custody record: who exported
it, when, and the SHA-256 of every sealed envelope it came from. The SHA-256 of the export file itself cannot
be inside it, so it goes, with the envelopes' hashes, into the signed audit entry written before the export is
handed out. `verify_export` then tells, with no private key and for any export: that this exact file was
exported (the entry exists, in an intact chain, signed by a listed staff key), by whom and when, and whether
the sealed envelopes it came from are still the ones in the store.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import List, Optional

from bot.crypto.keys import Identity, utc_now_iso
from bot.reports.keyring import Keyring, pinned_signer
from bot.reports.ledger import envelope_hash
from bot.reports.reader import OpenedReport, ReportReader, UnknownReport
from bot.settings import LIST_SIGNER_VARIABLE, DataLayout
from bot.staff.audit import AuditLog
from bot.staff.render import safe_json

EXPORT_FORMAT = "testimony-export/1"


class ExportRefused(Exception):
    """The person withdrew their consent to the report: it is not exported."""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def envelope_hashes(reader: ReportReader, reference: str) -> dict:
    """SHA-256 of the report's sealed envelope and of each addendum's, as they are in the store now."""
    return {"report": envelope_hash(reader.report_path(reference).read_bytes()),
            "addenda": {str(seq): envelope_hash(path.read_bytes())
                        for seq, path in reader.addendum_paths(reference).items()}}


def consent_withdrawn(opened: OpenedReport) -> bool:
    """Whether the person withdrew consent to the report itself (the assistant's only withdrawal)."""
    return any(a.kind == "consent_withdrawal" and a.believable and a.body.get("what") == "report"
               for a in opened.addenda)


def refuse_if_withdrawn(opened: OpenedReport) -> None:
    if consent_withdrawn(opened):
        raise ExportRefused(f"the person withdrew their consent to {opened.reference}: it is not exported or shared")


def custody_record(reader: ReportReader, reference: str, who: str, signer: Identity) -> dict:
    """Who exports, when, and the SHA-256 of every sealed envelope the export is made from."""
    return {"format": EXPORT_FORMAT, "exported_by": who, "exported_at": utc_now_iso(),
            "signer": signer.signing_key_id, "envelopes_sha256": envelope_hashes(reader, reference)}


def build_export(opened: OpenedReport, custody: dict) -> bytes:
    """The JSON export's bytes (UTF-8, control characters escaped); refuses a withdrawn report."""
    refuse_if_withdrawn(opened)
    return (safe_json(dict(opened.to_json(), custody=custody)) + "\n").encode("utf-8")


def audit_export(audit: AuditLog, custody: dict, signer: Identity, reference: str, export: bytes,
                 export_format: str) -> None:
    """The signed record of this export, with the file's SHA-256 and the envelopes' (call before handing it
    out): what `verify_export` checks any export against, JSON or PDF."""
    audit.append(custody["exported_by"], "export", signer, reference, export_sha256=_sha256(export),
                 export_format=export_format, envelopes_sha256=custody["envelopes_sha256"])


@dataclass
class ExportCheck:
    reference: str = ""
    exported_by: str = ""
    exported_at: str = ""
    problems: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)  # true, and no reason to doubt the file


def verify_export(layout: DataLayout, data: bytes) -> ExportCheck:
    """Check an export file (JSON or PDF) against the audit log and the sealed store (no private key needed)."""
    check = ExportCheck()
    listed, pinned = Keyring(layout).load(), pinned_signer()
    if pinned is None:
        check.notes.append(f"the recipient list's signer is not pinned ({LIST_SIGNER_VARIABLE}), so the staff keys "
                           "the audit log is checked against are the list's own word")
    elif listed.signer != pinned:
        check.problems.append("the recipient list is not signed by the pinned list key: its staff keys cannot be "
                              "believed")
    audit = AuditLog(layout.audit_dir).verify(listed.signing_keys() if pinned in (None, listed.signer) else {})
    check.problems += [f"the audit log does not verify: {p}" for p in audit.problems]
    digest = _sha256(data)
    entry: Optional[dict] = next((e for e in audit.entries if e.get("action") == "export"
                                  and e.get("export_sha256") == digest), None)
    if entry is None:
        check.problems.append("no audit entry records an export with this file's SHA-256: it was changed after "
                              "it was exported, or it was not exported from this store")
        return check
    check.reference, claimed = str(entry.get("reference")), entry.get("envelopes_sha256")
    check.exported_by, check.exported_at = str(entry.get("who")), str(entry.get("time"))
    if not isinstance(claimed, dict):
        check.problems.append("the audit entry of this export records no envelope hashes")
        return check
    try:
        now = envelope_hashes(ReportReader(layout.root, layout.spool_override), check.reference)
    except UnknownReport:
        check.problems.append(f"{check.reference} is not in this store")
        return check
    if now["report"] != claimed.get("report"):
        check.problems.append("the sealed report in the store is not the one this was exported from")
    for seq, sealed in (claimed.get("addenda") or {}).items():
        if now["addenda"].get(seq) != sealed:
            check.problems.append(f"addendum {seq} in the store is not the one this was exported from")
    later = sorted(set(now["addenda"]) - set(claimed.get("addenda") or {}), key=int)
    if later:
        check.notes.append(f"addenda {', '.join(later)} were added to the report after this export")
    return check
