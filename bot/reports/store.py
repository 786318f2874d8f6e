"""Files sealed reports: the server can write them but never read them back.

Where it writes is bot.reports.objects: files under the data directory (the default), or PostgreSQL when
TESTIMONY_REPORT_STORE_URL names a database (several servers filing into one store). The steps, the envelopes
and the guarantees are the same in both; the names below are the objects' (files under the data directory).

Filing, in order (each step atomic and durable):
 1. reserve: index/idempotency/<HMAC(key)>.json -> {reference, code_counter}
 2. store the scrypt verifier of the follow-up code under index/followup/<bucket>/<REF>.json (the one
    prepare() made ahead under index/prepared/<HMAC(key)>.json when there is one, so that the person does
    not wait for scrypt when they send)
 3. seal the report (with the addendum key its follow-up code yields, bot.reports.payloads) to the
    active recipients of the signed recipient list, write it to the spool (the durable commit point) and
    record its hash in the ledger (bot.reports.ledger)
 4. deliver: move it from the spool into reports/ (a rename; a copy across disks)
A crash or error at any step leaves no partial report; retrying with the same idempotency key resumes
from the last completed step and returns the same reference and follow-up code. Step 3 failing raises
FilingError(spooled=False); step 4 failing raises FilingError(spooled=True): the sealed report waits
in the spool for the retry or flush_spool().
"""
from __future__ import annotations

import errno
import json
import logging
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Dict, Iterator, List, NamedTuple, Optional

from bot.crypto.codec import b64e, canonical_json, json_bytes, with_field
from bot.crypto.envelope import seal
from bot.crypto.errors import KeyFileError
from bot.crypto.fsutil import ensure_private_dir
from bot.crypto.kdf import ScryptParams
from bot.crypto.keys import Recipient
from bot.crypto.server_secret import load_or_create_secret
from bot.reports import codes, payloads
from bot.reports.errors import FilingError, UnknownFollowUpCode
from bot.reports.headers import language_tag
from bot.reports.keyring import Keyring
from bot.reports.ledger import Ledger
from bot.reports.objects import INDEX, REPORTS, SPOOL, ReportObjects, objects_for
from bot.reports.replies import REPLY_KEY_FIELD, Reply, read_replies
from bot.settings import DRAFT_TTL_HOURS, ENVELOPE_SUFFIX, DataLayout

log = logging.getLogger(__name__)
PREPARED = INDEX + "prepared/"
# A prepared verifier is kept no longer than a draft lives by default: after that its draft is gone, and a
# filing would make its own.
PREPARED_LIFETIME = timedelta(hours=DRAFT_TTL_HOURS)
_VERIFIER_FIELDS = ("kdf", "n", "r", "p", "salt", "hash", "reply_public_key")
# When each data directory's old prepared verifiers were last looked for (once an hour per process).
_PREPARED_TIDIED: Dict[str, float] = {}


@dataclass(frozen=True)
class FollowUp:
    """A report opened by its reference and follow-up code, held for one turn: proof the code was checked,
    and what it yields (the addendum key's digits, the reply key's seed)."""

    reference: str
    digits: str = field(repr=False)
    reply_seed: Optional[bytes] = field(default=None, repr=False)


@dataclass(frozen=True)
class FilingReceipt:
    """What the user is shown after filing."""

    reference: str        # "REF-XXXXXXXXXX"
    followup_code: str    # "1234 5678 9012 3456"
    newly_filed: bool     # False when the idempotency key was seen before


class _Reservation(NamedTuple):
    """Filing step 1's record for one idempotency key: what every retry with the key reuses."""

    reference: str
    code_counter: int     # which of the key's candidate follow-up codes is this report's
    newly_reserved: bool  # False when an earlier attempt with the key made the reservation


def _coarse_now() -> tuple[str, float]:
    """The current hour (UTC): header times and file mtimes are blurred to it, so they correlate less
    with network logs; the exact time stays inside the sealed payload."""
    hour = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    return hour.isoformat().replace("+00:00", "Z"), hour.timestamp()


class ReportStore:
    """Seal-only report store. The keys (the signed recipient list, the server secret) are always read from the
    data directory (see bot.settings.DataLayout for the tree); what is filed goes to `objects`, by default the
    same data directory's files."""

    def __init__(self, root: Path, *, scrypt: Optional[ScryptParams] = None,
                 spool_dir: Optional[Path] = None, objects: Optional[ReportObjects] = None) -> None:
        self.layout = DataLayout.for_root(Path(root), spool_dir)
        self._scrypt = scrypt or ScryptParams.from_environment()
        self._keyring = Keyring(self.layout)
        for directory in (self.layout.root, self.layout.reports_dir, self.layout.spool_dir):
            ensure_private_dir(directory)
        self._objects = objects or objects_for(self.layout, None)
        self._ledger = Ledger(self._objects.ledger_chain())
        self._secret = load_or_create_secret(self.layout.server_secret_file)
        codes.dummy_verifier(self._scrypt)  # made now, so no check pays for it (once per process)

    @classmethod
    def from_environment(cls) -> "ReportStore":
        """The store of bot.settings: keys under TESTIMONY_DATA_DIR, reports there too or in the database
        TESTIMONY_REPORT_STORE_URL names (one engine per process), scrypt from the environment."""
        from bot import settings
        configured = settings.current()
        root = configured.data_dir
        return cls(root, objects=_shared_objects(DataLayout.for_root(root), configured.report_store_url))

    # ----- public API -------------------------------------------------------------------------------

    def file(self, report: dict, idempotency_key: str) -> FilingReceipt:
        """Seal and file `report` once per idempotency key; returns the reference and follow-up code.

        The steps of the module docstring, each skipped when an earlier attempt with this key completed it.
        """
        if not isinstance(idempotency_key, str) or not idempotency_key:
            raise FilingError("an idempotency key (a non-empty string) is required")
        plaintext = self._encode(report)
        recipients = self._recipients()
        idem = codes.idempotency_id(self._secret, idempotency_key)
        with self._locked("idempotency:" + idem):
            reference, code_counter, newly_reserved = self._reserve(idem, idempotency_key)
            digits = codes.derive_followup_digits(self._secret, idempotency_key, code_counter)
            verifier = self._ensure_followup_verifier(reference, digits, idem, code_counter)
            if isinstance(verifier.get(REPLY_KEY_FIELD), str):  # how the team writes back (bot.reports.replies)
                plaintext = (self._encode({**report, REPLY_KEY_FIELD: verifier[REPLY_KEY_FIELD]})
                             if REPLY_KEY_FIELD in report else with_field(plaintext, REPLY_KEY_FIELD,
                                                                           verifier[REPLY_KEY_FIELD]))
            relpath = self.layout.report_relpath(reference).as_posix()
            if not self._guarded(self._objects.exists, REPORTS + relpath):
                self._seal_to_spool(relpath, reference, report, payloads.frame(
                    payloads.addendum_key(digits, reference), plaintext), recipients)
                self._deliver(relpath, reference)
                log.debug("report filed")  # no reference: log times must not be linkable to reports
        return FilingReceipt(reference, codes.format_followup(digits), newly_reserved)

    def prepare(self, idempotency_key: str) -> None:
        """Makes the follow-up code's scrypt verifier for a draft that may be filed later (while the person is
        still writing), so that file() need not run scrypt while they wait.

        Kept under index/prepared/<HMAC(key)>.json: the verifier, which of the key's codes it is for and
        the hour it was made; nothing that names the draft, the reference or the code. file() uses it and
        removes it, release() removes it when the draft is deleted, and prepare() removes those older than
        PREPARED_LIFETIME. Does nothing when the key has a prepared verifier or has been filed already.
        """
        if not isinstance(idempotency_key, str) or not idempotency_key:
            raise FilingError("an idempotency key (a non-empty string) is required")
        idem = codes.idempotency_id(self._secret, idempotency_key)
        name = PREPARED + idem + ".json"
        with self._locked("idempotency:" + idem):
            if not (self._guarded(self._objects.exists, name)
                    or self._guarded(self._objects.exists, f"{INDEX}idempotency/{idem}.json")):
                digits = codes.derive_followup_digits(self._secret, idempotency_key, 0)
                self._write_index(name, {"code_counter": 0, "prepared_at": _coarse_now()[0],
                                         **codes.hash_followup(digits, self._scrypt)})
        self._tidy_prepared()

    def release(self, idempotency_key: str) -> None:
        """Removes what prepare() made for a draft that is deleted without being filed."""
        if not isinstance(idempotency_key, str) or not idempotency_key:
            return
        idem = codes.idempotency_id(self._secret, idempotency_key)
        with self._locked("idempotency:" + idem):
            self._remove_if_present(PREPARED + idem + ".json")

    def open_follow_up(self, reference: str, followup_code: str) -> FollowUp:
        """The report that the reference and code open together (one scrypt), for adding to it and reading
        the team's replies; raises UnknownFollowUpCode unless both match."""
        return self._resolve(reference, followup_code)

    def add(self, follow_up: FollowUp, addition: dict) -> str:
        """Seal `addition` as an addendum to the opened report; returns its reference."""
        if not isinstance(addition, dict):
            raise FilingError("an addition must be a dict")
        return self._add(follow_up.reference, follow_up.digits, "addition", {"addition": addition})

    def withdraw(self, follow_up: FollowUp, what: str) -> str:
        """Record (sealed) that the person withdraws consent for `what`; returns the reference."""
        if not isinstance(what, str) or not what:
            raise FilingError("say which consent is withdrawn (a non-empty string)")
        return self._add(follow_up.reference, follow_up.digits, "consent_withdrawal", {"what": what})

    def replies(self, follow_up: FollowUp) -> List[Reply]:
        """The team's replies to the opened report that open with its code (bot.reports.replies), oldest
        first; none for a report filed before replies existed."""
        if follow_up.reply_seed is None:
            return []
        try:
            staff = self._keyring.sealing_recipients()  # the signed list, as for sealing: its staff may speak
        except KeyFileError:
            log.warning("Replies are not shown: the recipient list is not signed as required.")
            return []
        staff_keys = {r.signing_key_id: r.signing_public_raw for r in staff if r.signing_public_raw}
        try:
            return read_replies(self._objects, follow_up.reference, codes.reply_private_key(follow_up.reply_seed),
                                staff_keys)
        except OSError as exc:
            raise FilingError(f"the report store failed: {exc.strerror}") from None

    def add_to_report(self, reference: str, followup_code: str, addition: dict) -> str:
        """open_follow_up, then add."""
        return self.add(self.open_follow_up(reference, followup_code), addition)

    def withdraw_consent(self, reference: str, followup_code: str, what: str) -> str:
        """open_follow_up, then withdraw."""
        return self.withdraw(self.open_follow_up(reference, followup_code), what)

    def flush_spool(self) -> List[str]:
        """Deliver every spooled envelope (after an outage); returns the reports touched.

        Raises FilingError (spooled=True) if any is still undeliverable; the rest are delivered.
        Also removes temp files over an hour old left by interrupted writes (ciphertext at most).
        """
        self._objects.tidy()
        delivered, failures = [], 0
        for name in self._objects.names(SPOOL.rstrip("/")):
            if not name.endswith(ENVELOPE_SUFFIX):
                continue
            relpath = name[len(SPOOL):]
            reference = relpath.split("/")[0]
            try:
                with self._locked("report:" + reference):
                    envelope = self._objects.read(name)
                    if envelope is not None:  # a filing interrupted before its ledger record gets it now
                        self._record(relpath, reference, envelope)
                    self._deliver(relpath, reference)
                delivered.append(reference)
            except (FilingError, OSError):
                failures += 1
        if failures:
            raise FilingError(f"{failures} sealed envelope(s) still undelivered in the spool", spooled=True)
        return sorted(set(delivered))

    # ----- filing steps ---------------------------------------------------------------------------

    @staticmethod
    def _encode(value: dict) -> bytes:
        if not isinstance(value, dict):
            raise FilingError("a report must be a dict")
        try:
            return json_bytes(value)
        except (TypeError, ValueError):
            raise FilingError("the report is not JSON-serialisable") from None

    def _recipients(self) -> List[Recipient]:
        try:
            recipients = self._keyring.sealing_recipients()
        except KeyFileError as exc:
            raise FilingError(f"cannot read the recipient keys: {exc}") from None
        if not recipients:
            raise FilingError("no recipient keys are configured: run `python -m bot.staff.keys_setup` "
                              "or `python -m bot.staff keys init`")
        return recipients

    def _new_reference(self) -> str:
        while True:
            reference = codes.new_reference()
            if not any(self._guarded(self._objects.names, base + reference) for base in (REPORTS, SPOOL)):
                return reference

    def _free_code_counter(self, idempotency_key: str) -> int:
        """The first counter whose code matches no existing report (a clash is ~1e-10 per filing)."""
        for counter in range(16):
            digits = codes.derive_followup_digits(self._secret, idempotency_key, counter)
            if not self._matching_references(digits):
                return counter
        raise FilingError("could not derive a unique follow-up code")

    def _reserve(self, idem: str, idempotency_key: str) -> _Reservation:
        """Step 1: the reference and follow-up code counter recorded for the key, recorded now if it is new."""
        name = f"{INDEX}idempotency/{idem}.json"
        record = self._read_json(name)
        if record is None:
            reservation = _Reservation(self._new_reference(), self._free_code_counter(idempotency_key), True)
            self._write_index(name, {"reference": reservation.reference,
                                     "code_counter": reservation.code_counter})
            return reservation
        return _Reservation(str(record["reference"]), int(record["code_counter"]), False)

    def _ensure_followup_verifier(self, reference: str, digits: str, idem: str, code_counter: int) -> dict:
        """Step 2: the scrypt verifier of the follow-up code, stored once: the one prepare() made when there
        is one for this code, else made now; the prepared one is removed once the verifier is stored.
        Returns the stored record."""
        name = self._followup_name(codes.followup_bucket(self._secret, digits), reference)
        prepared = PREPARED + idem + ".json"
        record = self._read_json(name)
        if record is None:
            verifier = self._prepared_verifier(prepared, code_counter) or codes.hash_followup(digits, self._scrypt)
            record = {"reference": reference, **verifier}
            self._write_index(name, record)
        self._remove_if_present(prepared)
        return record

    def _prepared_verifier(self, name: str, code_counter: int) -> Optional[dict]:
        """The verifier prepare() stored under `name`, if it made one for this code with today's parameters."""
        record = self._read_json(name)
        if record is None or record.get("code_counter") != code_counter or any(
                record.get(field) != value for field, value in self._scrypt.as_dict().items()):
            return None
        verifier = {field: record.get(field) for field in _VERIFIER_FIELDS}
        return verifier if all(isinstance(value, (str, int)) for value in verifier.values()) else None

    def _tidy_prepared(self) -> None:
        """Removes prepared verifiers older than PREPARED_LIFETIME (their drafts have expired); at most once
        an hour per process and data directory."""
        now = datetime.now(timezone.utc)
        root = str(self.layout.root)
        if now.timestamp() - _PREPARED_TIDIED.get(root, 0.0) < 3600:
            return
        _PREPARED_TIDIED[root] = now.timestamp()
        cutoff = (now - PREPARED_LIFETIME).isoformat().replace("+00:00", "Z")
        for name in self._guarded(self._objects.names, PREPARED.rstrip("/")):
            try:
                record = self._read_json(name) or {}
            except FilingError:
                record = {}  # unreadable: as good as old
            if str(record.get("prepared_at", "")) < cutoff:
                with self._locked("idempotency:" + name[len(PREPARED):-len(".json")]):
                    self._remove_if_present(name)

    def _seal_to_spool(self, relpath: str, reference: str, report: dict, payload: bytes,
                       recipients: List[Recipient]) -> None:
        """Step 3: seal the report to the recipients into the spool, unless an earlier attempt already did."""
        spooled = self._guarded(self._objects.read, SPOOL + relpath)
        if spooled is not None:
            self._record(relpath, reference, spooled)  # the attempt may have stopped before this
            return
        filed_at, mtime = _coarse_now()
        metadata = {"type": "report", "reference": reference, "filed_at": filed_at,
                    "language": language_tag(report.get("language"))}
        self._spool(relpath, reference, seal(metadata, payload, recipients), mtime)

    def _spool(self, relpath: str, reference: str, envelope: bytes, mtime: float) -> None:
        """Write a sealed envelope to the spool (the durable commit point, before delivery) and record it in
        the ledger."""
        try:
            self._objects.write(SPOOL + relpath, envelope, mtime=mtime)
        except OSError as exc:
            raise FilingError(f"could not store the sealed envelope: {exc.strerror}",
                              reference=reference) from None
        self._record(relpath, reference, envelope)

    def _record(self, relpath: str, reference: str, envelope: bytes) -> None:
        try:
            self._ledger.record(Path(relpath), envelope, _coarse_now()[1])
        except OSError as exc:
            raise FilingError(f"sealed and kept in the spool; the ledger could not be written: {exc.strerror}",
                              spooled=True, reference=reference) from None

    def _deliver(self, relpath: str, reference: str) -> None:
        """Step 4: move a spooled envelope into reports/ without ever overwriting a delivered one."""
        source, target = SPOOL + relpath, REPORTS + relpath
        objects = self._objects
        try:
            if not objects.exists(source) and objects.exists(target):
                return  # a concurrent flush delivered it
            if objects.exists(target):
                if objects.read(target) != objects.read(source):
                    raise FileExistsError(errno.EEXIST, "a different envelope is already delivered")
                objects.remove(source)
            else:
                objects.move(source, target)
        except OSError as exc:
            raise FilingError(f"sealed and kept in the spool for retry; delivery failed: {exc.strerror}",
                              spooled=True, reference=reference) from None

    # ----- follow-up codes and addenda ---------------------------------------------------------

    @staticmethod
    def _followup_name(bucket: str, reference: str) -> str:
        return f"{INDEX}followup/{bucket}/{reference}.json"

    def _matching_references(self, digits: str) -> List[str]:
        """References whose verifier matches the code (at filing, to keep codes unique): one scrypt per
        verifier in the code's bucket, which holds about one report in 65 536."""
        bucket = self._followup_name(codes.followup_bucket(self._secret, digits), "")[:-len("/.json")]
        matches = []
        for name in self._guarded(self._objects.names, bucket):
            reference = name.rsplit("/", 1)[-1][:-len(".json")]
            if not reference.startswith("REF-"):
                continue
            record = self._read_json(name) or {}
            if codes.verify_followup(digits, record) and record.get("reference") == reference:
                matches.append(reference)
        return matches

    def _resolve(self, reference: str, followup_code: str) -> FollowUp:
        """The filed report that the reference and code open together. Any well-formed pair costs exactly
        one scrypt (the dummy verifier when the reference has none), so neither the time taken nor the
        answer tells a wrong code from a reference that does not exist."""
        wanted, digits = codes.normalize_reference(reference), codes.normalize_followup(followup_code)
        if wanted is None or digits is None:
            raise UnknownFollowUpCode("a reference (REF-...) and a 16-digit follow-up code are expected")
        record = self._read_json(self._followup_name(codes.followup_bucket(self._secret, digits), wanted))
        seed = codes.check_followup(digits, record, self._scrypt)
        relpath = self.layout.report_relpath(wanted).as_posix()
        if seed is not None and record.get("reference") == wanted and any(
                self._guarded(self._objects.exists, base + relpath) for base in (REPORTS, SPOOL)):
            # A verifier from before reply keys has no public half: its seed opens nothing.
            stored = record.get(REPLY_KEY_FIELD)
            if stored is None:
                return FollowUp(wanted, digits)
            if stored != b64e(codes.reply_private_key(seed).public_key().public_bytes_raw()):
                log.warning("A report's stored reply key is not its code's: replies sent to it cannot be read.")
            return FollowUp(wanted, digits, seed)
        raise UnknownFollowUpCode("unknown reference or follow-up code")

    def _add(self, reference: str, digits: str, kind: str, body: dict) -> str:
        """Seal an addendum tagged with the key the follow-up code yields (bot.reports.payloads)."""
        self._encode(body)  # refuse what cannot be serialised before taking the lock
        recipients = self._recipients()
        with self._locked("report:" + reference):
            seq = self._next_seq(reference)
            content = self._encode({"schema": 1, "kind": kind, "reference": reference, "seq": seq,
                                    "added_at": datetime.now(timezone.utc).isoformat(), **body})
            payload = payloads.frame(payloads.tag(payloads.addendum_key(digits, reference), content), content)
            added_at, mtime = _coarse_now()
            metadata = {"type": "addendum", "reference": reference, "seq": seq, "kind": kind,
                        "added_at": added_at}
            relpath = self.layout.addendum_relpath(reference, seq).as_posix()
            self._spool(relpath, reference, seal(metadata, payload, recipients), mtime)
            self._deliver(relpath, reference)
        log.debug("addendum filed")
        return reference

    def _next_seq(self, reference: str) -> int:
        taken = [0]
        for base in (REPORTS, SPOOL):
            for name in self._guarded(self._objects.names, f"{base}{reference}/addenda"):
                stem = name.rsplit("/", 1)[-1][:-len(ENVELOPE_SUFFIX)]
                if name.endswith(ENVELOPE_SUFFIX) and stem.isascii() and stem.isdigit():
                    taken.append(int(stem))
        return max(taken) + 1

    # ----- small helpers ----------------------------------------------------------------------------

    @contextmanager
    def _locked(self, key: str) -> Iterator[None]:
        """The objects' lock on `key`; a store that cannot take it (a database gone) is a FilingError."""
        with ExitStack() as held:
            try:
                held.enter_context(self._objects.lock(key))
            except OSError as exc:
                raise FilingError(f"the report store failed: {exc.strerror}") from None
            yield

    @staticmethod
    def _guarded(operation, *arguments):  # type: ignore[no-untyped-def]
        """`operation(*arguments)`, its OSError (a disk or database that fails) raised as FilingError."""
        try:
            return operation(*arguments)
        except OSError as exc:
            raise FilingError(f"the report store failed: {exc.strerror}") from None

    def _remove_if_present(self, name: str) -> None:
        try:
            if self._objects.exists(name):
                self._objects.remove(name)
        except FileNotFoundError:
            pass  # removed meanwhile
        except OSError as exc:
            raise FilingError(f"the report store failed: {exc.strerror}") from None

    def _write_index(self, name: str, record: dict) -> None:
        try:
            self._objects.write(name, canonical_json(record) + b"\n", mtime=_coarse_now()[1])
        except OSError as exc:
            raise FilingError(f"could not record the filing: {exc.strerror}") from None

    def _read_json(self, name: str) -> Optional[dict]:
        try:
            stored = self._objects.read(name)
            data = None if stored is None else json.loads(stored)
        except (OSError, ValueError) as exc:
            raise FilingError(f"an index file is unreadable: {exc.__class__.__name__}") from None
        return data if isinstance(data, dict) else None


_SHARED: dict = {}


def _shared_objects(layout: DataLayout, url: Optional[str]) -> ReportObjects:
    """One database engine per process and URL (its connection pool is the point); files need no sharing."""
    if not url:
        return objects_for(layout, None)
    if url not in _SHARED:
        _SHARED[url] = objects_for(layout, url)
    return _SHARED[url]
