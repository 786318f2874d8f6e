"""The team's case records: a report's status, who has it, and internal notes, sealed to the team keys.

Each change is one envelope under <data>/cases/<REF>/<seq>.tse, sealed (bot.crypto.envelope) to the active
recipients of the signed list, so a note is as unreadable on disk as the report it is about. Inside, the event
is signed with the acting member's signing key: a note or a status change cannot be made in a colleague's
name, and an event whose signature does not verify is shown as such and never applied. Events are only
ever added (never edited), so the record is also the history.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set

from bot.crypto.codec import b64d, b64e, canonical_json
from bot.crypto.envelope import open_envelope, seal
from bot.crypto.errors import CryptoError, KeyFileError
from bot.crypto.fsutil import atomic_create, ensure_private_dir, is_temp_file
from bot.crypto.keys import Identity, utc_now_iso
from bot.crypto.signing import SIGNATURE_LEN, sign, verify
from bot.reports import codes
from bot.reports.keyring import Keyring
from bot.settings import ENVELOPE_SUFFIX, DataLayout

CASE_STATUSES = ("new", "in review", "referred", "closed", "withdrawn")
KINDS = ("status", "assign", "note", "reply")  # "reply": the team's copy of what was sent to the person
MAX_NOTE_CHARS = 20_000
SIGNATURE_PURPOSE = b"testimony/v2/case-event"
ENVELOPE_TYPE = "case-event"


class CaseError(ValueError):
    """A change the case record refuses (unknown status, empty note, unknown report)."""


@dataclass(frozen=True)
class CaseEvent:
    seq: int
    time: str
    who: str
    kind: str
    value: str
    problem: Optional[str] = None  # why it cannot be believed (then it is not applied)


@dataclass
class CaseFile:
    """A report's case as its believable events make it."""

    reference: str
    status: str = "new"
    assignee: str = ""
    events: List[CaseEvent] = field(default_factory=list)

    @property
    def notes(self) -> List[CaseEvent]:
        return [e for e in self.events if e.kind == "note" and e.problem is None]

    @property
    def replies(self) -> List[CaseEvent]:
        return [e for e in self.events if e.kind == "reply" and e.problem is None]

    @property
    def problems(self) -> List[CaseEvent]:
        return [e for e in self.events if e.problem is not None]


@dataclass(frozen=True)
class VouchedStaff:
    """The staff signing keys a reader may believe: those of the recipient list, when the list is signed by a
    key the reader vouches for (their own, or the pinned TESTIMONY_LIST_SIGNER); otherwise none, and why."""

    keys: Dict[str, bytes]
    labels: Dict[str, str]
    problem: str = ""

    @classmethod
    def of(cls, layout: DataLayout, trusted: Set[bytes]) -> "VouchedStaff":
        listed = Keyring(layout).load()
        if listed.signer is None or listed.signer not in trusted:
            return cls({}, {}, "the recipient list is not signed by a key you vouch for (yours, or the pinned "
                               "TESTIMONY_LIST_SIGNER), so no staff signature can be believed")
        return cls(listed.signing_keys(), {r.signing_key_id: r.label for r in listed.recipients
                                           if r.signing_public_raw})


def _checked_value(kind: str, value: str) -> str:
    if kind == "status" and value not in CASE_STATUSES:
        raise CaseError(f"unknown status {value!r}")
    if kind in ("note", "reply"):
        value = value.strip()
        if not value:
            raise CaseError("an empty note")
        if len(value) > MAX_NOTE_CHARS:
            raise CaseError(f"a note longer than {MAX_NOTE_CHARS} characters")
    if kind == "assign":
        value = value.strip()[:64]
    if kind not in KINDS:
        raise CaseError(f"unknown kind of change {kind!r}")
    return value


class CaseBook:
    """The case records of one data directory."""

    def __init__(self, layout: DataLayout) -> None:
        self.layout = layout

    def _directory(self, reference: str) -> Path:
        if not codes.is_reference(reference):
            raise CaseError(f"{reference!r} is not a report reference")
        return self.layout.cases_dir / reference

    def _paths(self, reference: str) -> Dict[int, Path]:
        directory = self._directory(reference)
        if not directory.is_dir():
            return {}
        return dict(sorted((int(p.stem), p) for p in directory.iterdir()
                           if p.suffix == ENVELOPE_SUFFIX and p.stem.isascii() and p.stem.isdigit() and not is_temp_file(p)))

    def record(self, reference: str, kind: str, value: str, who: str, signer: Identity) -> CaseEvent:
        """Seal and add one change, signed by `signer`; the next free sequence number, even when two
        members write at the same moment."""
        value = _checked_value(kind, value)
        if signer.signing_key is None:
            raise KeyFileError("this key has no signing key: add one with `python -m bot.staff keys sign`")
        recipients = Keyring(self.layout).sealing_recipients()
        directory = ensure_private_dir(self._directory(reference))
        seq = max(self._paths(reference), default=0) + 1
        while True:
            body = {"reference": reference, "seq": seq, "time": utc_now_iso(), "who": who, "kind": kind,
                    "value": value, "signer": signer.signing_key_id}
            signed = dict(body, sig=b64e(sign(signer.signing_key, SIGNATURE_PURPOSE, canonical_json(body))))
            envelope = seal({"type": ENVELOPE_TYPE, "reference": reference, "seq": seq}, canonical_json(signed),
                            recipients)
            if atomic_create(directory / f"{seq:06d}{ENVELOPE_SUFFIX}", envelope):
                return CaseEvent(seq, body["time"], who, kind, value)
            seq += 1

    def read(self, reference: str, identities: Iterable[Identity], staff: "VouchedStaff") -> CaseFile:
        """The case as its events make it; events that cannot be opened or verified are listed, not applied.
        `staff` are the signing keys the reader vouches for (VouchedStaff.of)."""
        identities = list(identities)
        case = CaseFile(reference)
        for seq, path in self._paths(reference).items():
            event = self._event(path, reference, seq, identities, staff)
            case.events.append(event)
            if event.problem is None and event.kind == "status":
                case.status = event.value
            elif event.problem is None and event.kind == "assign":
                case.assignee = event.value
        return case

    @staticmethod
    def _event(path: Path, reference: str, seq: int, identities: List[Identity], staff: "VouchedStaff") -> CaseEvent:
        try:
            opened = open_envelope(path.read_bytes(), identities)
            signed = json.loads(opened.plaintext)
            body = {k: v for k, v in signed.items() if k != "sig"}
            header = opened.header
            if (header.get("type"), header.get("reference"), header.get("seq")) != (ENVELOPE_TYPE, reference, seq) \
                    or (body.get("reference"), body.get("seq")) != (reference, seq):
                return CaseEvent(seq, "", "", "?", "", "moved or swapped: it names another case or place")
            key = staff.keys.get(body.get("signer"))
            if key is None or not verify(key, SIGNATURE_PURPOSE, canonical_json(body),
                                         b64d(signed.get("sig", ""), SIGNATURE_LEN)):
                return CaseEvent(seq, str(body.get("time")), str(body.get("who")), "?", "",
                                 staff.problem or "its signature does not verify with a listed staff key")
            # Whose signature it is decides who wrote it (the name inside is only what they typed).
            return CaseEvent(seq, str(body["time"]), staff.labels[body["signer"]], str(body["kind"]),
                             str(body["value"]))
        except (OSError, CryptoError, ValueError, KeyError, TypeError, AttributeError) as exc:
            return CaseEvent(seq, "", "", "?", "", f"cannot be read with your keys ({type(exc).__name__})")
