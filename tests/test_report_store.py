"""ReportStore: sealed, idempotent, crash-safe filing; follow-up codes; no plaintext on disk."""
from __future__ import annotations

import errno
import json
import logging
import os
import re
import threading
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.crypto import NoMatchingKeyError, open_envelope, read_header_from_file
from bot.crypto.kdf import ScryptParams
from bot.reports import FilingError, FilingReceipt, ReportStore, UnknownFollowUpCode
from bot.reports.codes import verify_followup
from bot.reports.reader import ReportReader

from tests.crypto_fixtures import (FAST_SCRYPT, make_store, open_report, rotate_key, run_staff, sample_report,
                                   scrypt_derivations)
from tests.helpers import files_under, run_python
REFERENCE = re.compile(r"^REF-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8,}$")
CODE = re.compile(r"^\d{4} \d{4} \d{4} \d{4}$")


def delivered(root: Path) -> list[str]:
    return sorted(p.parent.name for p in (root / "reports").glob("*/report.tse"))


def spooled_envelopes(root: Path) -> list[Path]:
    return [p for p in (root / "spool").rglob("*.tse") if not p.name.startswith(".")]


# ----- filing and idempotency -------------------------------------------------------------------------

def test_filing_returns_reference_and_followup_code(report_store: ReportStore, tmp_path: Path, team_keys) -> None:
    receipt = report_store.file(sample_report(), "conversation-1")
    assert isinstance(receipt, FilingReceipt) and receipt.newly_filed
    assert REFERENCE.match(receipt.reference) and CODE.match(receipt.followup_code)
    assert delivered(tmp_path) == [receipt.reference]
    assert open_report(tmp_path, receipt.reference, team_keys["team"][0]).report == sample_report()


def test_same_idempotency_key_files_once_with_same_code(report_store: ReportStore, tmp_path: Path) -> None:
    first = report_store.file(sample_report(), "conversation-1")
    again = [report_store.file(sample_report(), "conversation-1") for _ in range(3)]
    assert all(r == FilingReceipt(first.reference, first.followup_code, False) for r in again)
    assert delivered(tmp_path) == [first.reference]
    other = report_store.file(sample_report(), "conversation-2")
    assert other.newly_filed and other.reference != first.reference
    assert other.followup_code != first.followup_code
    assert sorted(delivered(tmp_path)) == sorted([first.reference, other.reference])


def test_idempotency_survives_a_new_store_instance(report_store: ReportStore, tmp_path: Path) -> None:
    first = report_store.file(sample_report(), "k")
    assert ReportStore(tmp_path, scrypt=FAST_SCRYPT).file(sample_report(), "k") == FilingReceipt(
        first.reference, first.followup_code, False)


def test_concurrent_filings_with_one_key_file_one_report(report_store: ReportStore, tmp_path: Path) -> None:
    receipts: list[FilingReceipt] = []
    threads = [threading.Thread(target=lambda: receipts.append(report_store.file(sample_report(), "same")))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({(r.reference, r.followup_code) for r in receipts}) == 1
    assert sum(r.newly_filed for r in receipts) == 1
    assert len(delivered(tmp_path)) == 1


def test_header_reveals_only_listing_metadata(report_store: ReportStore, tmp_path: Path) -> None:
    receipt = report_store.file(sample_report(language="ar"), "k")
    header = read_header_from_file(tmp_path / "reports" / receipt.reference / "report.tse")
    assert set(header) == {"type", "reference", "filed_at", "language", "cipher", "recipients"}
    assert header["language"] == "ar" and header["reference"] == receipt.reference
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:00:00Z$", header["filed_at"])  # blurred to the hour
    assert all(set(s) == {"type", "key_id", "epk", "nonce", "wrapped_key"} for s in header["recipients"])


def test_language_that_is_not_a_tag_never_reaches_the_header(report_store: ReportStore, tmp_path: Path) -> None:
    receipt = report_store.file(sample_report(language="the narrative by mistake"), "k")
    header = read_header_from_file(tmp_path / "reports" / receipt.reference / "report.tse")
    assert header["language"] == "und"


def test_filing_without_recipient_keys_fails_clearly(tmp_path: Path, fast_scrypt) -> None:
    with pytest.raises(FilingError, match="no recipient keys"):
        ReportStore(tmp_path).file(sample_report(), "k")


def test_unserialisable_report_or_missing_key_is_a_filing_error(report_store: ReportStore, tmp_path: Path) -> None:
    with pytest.raises(FilingError, match="JSON"):
        report_store.file({"answers": {1, 2}}, "k")
    with pytest.raises(FilingError, match="idempotency key"):
        report_store.file(sample_report(), "")
    assert delivered(tmp_path) == []


# ----- recipients and rotation ------------------------------------------------------------------------

def test_every_recipient_and_the_escrow_key_open_reports(report_store: ReportStore, tmp_path: Path,
                                                         team_keys) -> None:
    receipt = report_store.file(sample_report(), "k")
    report_store.add_to_report(receipt.reference, receipt.followup_code, {"evidence": "photos"})
    for label in ("team", "escrow"):
        opened = open_report(tmp_path, receipt.reference, team_keys[label][0])
        assert opened.report == sample_report()
        assert opened.addenda[0].body["addition"] == {"evidence": "photos"}


def test_rotation_old_reports_open_with_old_key_new_reports_exclude_it(tmp_path: Path) -> None:
    store, keys = make_store(tmp_path, ["team"])
    old_key = keys["team"][0]
    before = store.file(sample_report("before rotation"), "k1")
    new_key, _ = rotate_key(tmp_path, "team")
    after = store.file(sample_report("after rotation"), "k2")
    assert open_report(tmp_path, before.reference, old_key).report["answers"]["narrative"] == "before rotation"
    assert open_report(tmp_path, after.reference, new_key).report["answers"]["narrative"] == "after rotation"
    envelope = (tmp_path / "reports" / after.reference / "report.tse").read_bytes()
    with pytest.raises(NoMatchingKeyError):
        open_envelope(envelope, [old_key])
    with pytest.raises(NoMatchingKeyError):
        open_report(tmp_path, before.reference, new_key)


# ----- follow-up codes --------------------------------------------------------------------------------

def test_reference_and_code_add_to_the_right_report(report_store: ReportStore, tmp_path: Path, team_keys) -> None:
    first = report_store.file(sample_report("first"), "k1")
    second = report_store.file(sample_report("second"), "k2")
    assert report_store.add_to_report(first.reference, first.followup_code,
                                      {"narrative": "one more thing"}) == first.reference
    unspaced = first.followup_code.replace(" ", "")
    arabic_indic = unspaced.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    typed_reference = " " + first.reference.lower().replace("-", " ") + "."
    assert report_store.add_to_report(typed_reference, arabic_indic, {"place": "north gate"}) == first.reference
    assert report_store.withdraw_consent(first.reference[4:], unspaced[:8] + "-" + unspaced[8:],
                                         "share_with_investigators") == first.reference
    opened = open_report(tmp_path, first.reference, team_keys["team"][0])
    assert [(a.seq, a.kind) for a in opened.addenda] == [(1, "addition"), (2, "addition"),
                                                          (3, "consent_withdrawal")]
    assert opened.addenda[0].body["addition"] == {"narrative": "one more thing"}
    assert opened.addenda[2].body["what"] == "share_with_investigators"
    assert open_report(tmp_path, second.reference, team_keys["team"][0]).addenda == []
    assert [a.trust for a in opened.addenda] == ["authenticated"] * 3 and opened.status == "consent withdrawn"
    statuses = {s.reference: s.status for s in ReportReader(tmp_path).summaries()}  # headers: claims only
    assert statuses == {first.reference: "3 addenda, one claims consent withdrawal (unverified: `show` checks)",
                        second.reference: "filed"}


def test_wrong_or_malformed_references_and_codes_are_rejected(report_store: ReportStore, tmp_path: Path) -> None:
    receipt = report_store.file(sample_report(), "k")
    other = report_store.file(sample_report(), "k2")
    digits = receipt.followup_code.replace(" ", "")
    wrong = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    attempts = [(receipt.reference, code) for code in
                (wrong, "0000 0000 0000 0000", digits[:-1], digits + "1", "abcd efgh ijkl mnop", "")]
    attempts += [(other.reference, digits), ("REF-ZZZZZZZZZZ", digits), ("REF-0000000000", digits),
                 ("", digits), (receipt.reference + "2", digits)]
    for reference, code in attempts:
        with pytest.raises(UnknownFollowUpCode) as caught:
            report_store.add_to_report(reference, code, {"x": 1})
        assert digits not in str(caught.value) and receipt.reference not in str(caught.value)
    with pytest.raises(UnknownFollowUpCode):
        report_store.withdraw_consent(receipt.reference, wrong, "everything")
    for filed in (receipt, other):
        assert not (tmp_path / "reports" / filed.reference / "addenda").exists()


def test_only_an_scrypt_hash_of_the_followup_code_is_stored(report_store: ReportStore, tmp_path: Path) -> None:
    receipts = [report_store.file(sample_report(), f"k{i}") for i in range(3)]
    for receipt in receipts:
        report_store.add_to_report(receipt.reference, receipt.followup_code, {"more": "detail"})
    for path in files_under(tmp_path):
        data = path.read_bytes()
        for receipt in receipts:
            digits = receipt.followup_code.replace(" ", "")
            assert digits.encode() not in data and receipt.followup_code.encode() not in data, path
            assert digits.encode("utf-16-le") not in data, path
    records = list((tmp_path / "index" / "followup").rglob("REF-*.json"))
    assert len(records) == 3
    for record_path in records:
        record = json.loads(record_path.read_bytes())
        assert record["kdf"] == "scrypt" and (record["n"], record["r"], record["p"]) == (16, 8, 1)
        receipt = next(r for r in receipts if r.reference == record["reference"])
        assert verify_followup(receipt.followup_code.replace(" ", ""), record)
        assert not verify_followup("0" * 16, record)
    salts = {json.loads(p.read_bytes())["salt"] for p in records}
    assert len(salts) == 3


# ----- the follow-up code's verifier, prepared while the person writes ----------------------------------

def prepared(root: Path) -> list[Path]:
    return sorted((root / "index" / "prepared").glob("*.json"))


def test_a_prepared_verifier_is_what_filing_stores_and_filing_runs_no_scrypt(
        report_store: ReportStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report_store.prepare("draft-1")
    report_store.prepare("draft-1")  # again: nothing more is made
    made = json.loads(prepared(tmp_path)[0].read_bytes())
    assert len(prepared(tmp_path)) == 1

    runs = scrypt_derivations(monkeypatch)
    receipt = report_store.file(sample_report(), "draft-1")
    assert runs == [] and prepared(tmp_path) == []
    [stored_path] = (tmp_path / "index" / "followup").rglob("REF-*.json")
    stored = json.loads(stored_path.read_bytes())
    assert (stored["salt"], stored["hash"], stored["reference"]) == (made["salt"], made["hash"], receipt.reference)
    assert report_store.add_to_report(receipt.reference, receipt.followup_code, {"more": 1}) == receipt.reference
    assert report_store.file(sample_report(), "draft-1") == FilingReceipt(receipt.reference, receipt.followup_code,
                                                                          False)


def test_a_prepared_verifier_names_neither_the_draft_nor_the_code_nor_the_reference(
        report_store: ReportStore, tmp_path: Path) -> None:
    report_store.prepare("draft-kept-secret")
    [path] = prepared(tmp_path)
    data = path.read_bytes()
    record = json.loads(data)
    assert set(record) == {"code_counter", "prepared_at", "kdf", "n", "r", "p", "salt", "hash", "reply_public_key"}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:00:00Z", record["prepared_at"]), "to the hour only"
    receipt = report_store.file(sample_report(), "draft-kept-secret")
    digits = receipt.followup_code.replace(" ", "")
    for needle in ("draft-kept-secret", digits, receipt.followup_code, receipt.reference):
        assert needle not in path.name and needle.encode() not in data
    assert verify_followup(digits, record)


def test_preparing_after_filing_or_for_a_released_draft_changes_nothing(
        report_store: ReportStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    receipt = report_store.file(sample_report(), "draft-1")
    report_store.prepare("draft-1")
    assert prepared(tmp_path) == []

    report_store.prepare("draft-2")
    report_store.release("draft-2")
    report_store.release("draft-2")  # twice, and for a draft never prepared: nothing to do
    report_store.release("never-prepared")
    assert prepared(tmp_path) == []
    runs = scrypt_derivations(monkeypatch)
    other = report_store.file(sample_report(), "draft-2")
    assert len(runs) == 1, "released: filing makes its own verifier"
    assert report_store.add_to_report(other.reference, other.followup_code, {"more": 1}) == other.reference
    assert report_store.add_to_report(receipt.reference, receipt.followup_code, {"more": 1}) == receipt.reference


def test_a_verifier_prepared_with_other_scrypt_parameters_is_not_used(tmp_path: Path, team_keys) -> None:
    ReportStore(tmp_path, scrypt=ScryptParams(32, 8, 1)).prepare("draft-1")
    receipt = ReportStore(tmp_path, scrypt=FAST_SCRYPT).file(sample_report(), "draft-1")
    [stored_path] = (tmp_path / "index" / "followup").rglob("REF-*.json")
    stored = json.loads(stored_path.read_bytes())
    assert (stored["n"], stored["r"], stored["p"]) == (FAST_SCRYPT.n, FAST_SCRYPT.r, FAST_SCRYPT.p)
    assert verify_followup(receipt.followup_code.replace(" ", ""), stored) and prepared(tmp_path) == []


def test_prepared_verifiers_older_than_a_draft_lives_are_removed(
        report_store: ReportStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report_store.prepare("old-draft")
    [old] = prepared(tmp_path)
    record = json.loads(old.read_bytes())
    old.write_bytes(json.dumps({**record, "prepared_at": "2026-01-01T10:00:00Z"}).encode())
    monkeypatch.setattr("bot.reports.store._PREPARED_TIDIED", {})
    report_store.prepare("new-draft")
    assert not old.exists() and len(prepared(tmp_path)) == 1


def test_filing_while_the_verifier_is_being_prepared_makes_one_verifier(
        report_store: ReportStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = scrypt_derivations(monkeypatch)
    preparing = threading.Thread(target=report_store.prepare, args=("draft-1",))
    preparing.start()
    receipt = report_store.file(sample_report(), "draft-1")
    preparing.join()
    assert len(runs) == 1 and prepared(tmp_path) == []
    assert report_store.add_to_report(receipt.reference, receipt.followup_code, {"more": 1}) == receipt.reference


# ----- crash safety and the spool ---------------------------------------------------------------------

def _failing_replace(monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    real = os.replace

    def replace(src, dst):  # type: ignore[no-untyped-def]
        if str(dst).endswith(".tse") and f"/{where}/" in str(dst):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(src, dst)
    monkeypatch.setattr(os, "replace", replace)


def test_failure_before_the_envelope_is_stored_leaves_nothing_and_retry_files_once(
        report_store: ReportStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, team_keys) -> None:
    report = sample_report("CANARY-crash the soldiers came at night")
    with monkeypatch.context() as patch:
        _failing_replace(patch, "spool")
        with pytest.raises(FilingError) as caught:
            report_store.file(report, "k")
    assert not caught.value.spooled and "CANARY" not in str(caught.value)
    assert ReportReader(tmp_path).references() == []
    assert not [p for p in files_under(tmp_path) if p.suffix == ".tmp"]  # temp file cleaned up
    receipt = report_store.file(report, "k")
    assert not receipt.newly_filed and delivered(tmp_path) == [receipt.reference]
    assert open_report(tmp_path, receipt.reference, team_keys["team"][0]).report == report


def test_delivery_failure_keeps_the_sealed_report_in_the_spool(
        report_store: ReportStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, team_keys) -> None:
    with monkeypatch.context() as patch:
        _failing_replace(patch, "reports")
        with pytest.raises(FilingError, match="kept in the spool") as caught:
            report_store.file(sample_report(), "k")
    assert caught.value.spooled and caught.value.reference
    reference = caught.value.reference
    assert reference not in str(caught.value)
    assert delivered(tmp_path) == [] and len(spooled_envelopes(tmp_path)) == 1
    assert ReportReader(tmp_path).summary(reference).status == "filed, undelivered (spool)"
    assert open_report(tmp_path, reference, team_keys["team"][0]).report == sample_report()
    receipt = report_store.file(sample_report(), "k")
    assert receipt.reference == reference and delivered(tmp_path) == [reference]
    assert spooled_envelopes(tmp_path) == []


def test_flush_spool_delivers_waiting_reports_and_addenda(
        report_store: ReportStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    receipt = report_store.file(sample_report(), "k")
    with monkeypatch.context() as patch:
        _failing_replace(patch, "reports")
        with pytest.raises(FilingError):
            report_store.add_to_report(receipt.reference, receipt.followup_code, {"x": 1})
        with pytest.raises(FilingError):
            report_store.file(sample_report(), "k2")
        with pytest.raises(FilingError, match="still undelivered"):
            report_store.flush_spool()
    assert len(spooled_envelopes(tmp_path)) == 2
    assert len(report_store.flush_spool()) == 2
    assert spooled_envelopes(tmp_path) == [] and len(delivered(tmp_path)) == 2
    assert (tmp_path / "reports" / receipt.reference / "addenda" / "0001.tse").is_file()


CRASH_SCRIPT = """
import json, os, sys
from pathlib import Path
from bot.crypto.kdf import ScryptParams
from bot.reports.store import ReportStore
root, stage, report = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
real_replace = os.replace
def killed_at_rename(src, dst):
    if str(dst).endswith(".tse") and f"/{stage}/" in str(dst):
        os._exit(9)  # like SIGKILL: no cleanup, no exception handlers
    return real_replace(src, dst)
os.replace = killed_at_rename
ReportStore(root, scrypt=ScryptParams(16, 8, 1)).file(report, "crash-key")
print("not killed")
"""


@pytest.mark.parametrize("stage", ["spool", "reports"])
def test_process_killed_between_write_and_rename(tmp_path: Path, stage: str) -> None:
    store, keys = make_store(tmp_path)
    report = sample_report("CANARY-kill the convoy was stopped")
    result = run_python("-c", CRASH_SCRIPT, str(tmp_path), stage, json.dumps(report))
    assert result.returncode == 9, result.stderr
    reader = ReportReader(tmp_path)
    torn = [p for p in files_under(tmp_path) if p.suffix == ".tmp"]
    if stage == "spool":  # killed before the sealed report was stored: no report at all
        assert reader.references() == []
        assert len(torn) == 1 and "spool" in torn[0].parts  # the torn write, ciphertext only
    else:  # killed while delivering: one whole report, waiting in the spool
        assert len(reader.references()) == 1 and delivered(tmp_path) == []
        assert open_report(tmp_path, reader.references()[0], keys["team"][0]).report == report
    receipt = store.file(report, "crash-key")
    assert not receipt.newly_filed
    assert reader.references() == delivered(tmp_path) == [receipt.reference]
    assert open_report(tmp_path, receipt.reference, keys["team"][0]).report == report
    assert store.add_to_report(receipt.reference, receipt.followup_code, {"after": "crash"}) == receipt.reference
    assert reader.verify([keys["team"][0]]).problems == []
    for path in files_under(tmp_path):
        assert b"CANARY-kill" not in path.read_bytes()
    for path in torn:  # flush_spool removes torn writes once they are an hour old
        os.utime(path, (path.stat().st_mtime - 7200,) * 2)
    store.flush_spool()
    assert not [p for p in files_under(tmp_path) if p.suffix == ".tmp"]


# ----- arbitrary content ------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**53, 2**53) | st.text(max_size=200),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=20), children, max_size=5),
    max_leaves=30)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("shared-store")
    store, keys = make_store(root, ["team"])
    return root, store, keys["team"][0]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(narrative=st.text(max_size=2000), filler=st.text(min_size=1, max_size=40),
       repeat=st.integers(min_value=0, max_value=30_000), extra=json_values)
def test_any_unicode_report_of_any_size_round_trips(shared_store, narrative: str, filler: str, repeat: int,
                                                    extra) -> None:
    root, store, identity = shared_store
    report = sample_report(narrative + filler * repeat, extra=extra)  # up to ~1 MB of any Unicode
    receipt = store.file(report, str(uuid.uuid4()))  # hypothesis replays examples: keys must be fresh
    assert open_report(root, receipt.reference, identity).report == report


def test_lone_surrogates_are_filed_not_refused(report_store: ReportStore, tmp_path: Path, team_keys) -> None:
    report = sample_report("broken \ud800 text")
    receipt = report_store.file(report, "k")
    assert open_report(tmp_path, receipt.reference, team_keys["team"][0]).report == report


def test_ten_megabyte_report(report_store: ReportStore, tmp_path: Path, team_keys) -> None:
    chunk = "Сьогодні вранці — اليوم صباحًا — 今天早上 — 🚑 "
    narrative = (chunk * (10_000_000 // len(chunk.encode("utf-8")) + 1))
    report = sample_report(narrative)
    receipt = report_store.file(report, "big")
    envelope = tmp_path / "reports" / receipt.reference / "report.tse"
    size = len(json.dumps(report, ensure_ascii=False).encode("utf-8"))
    assert size > 10_000_000 * 2 and size <= envelope.stat().st_size <= size * 1.13
    assert open_report(tmp_path, receipt.reference, team_keys["escrow"][0]).report == report


# ----- the canary: no plaintext anywhere ----------------------------------------------------------------

def test_canary_never_reaches_disk_or_logs_but_staff_can_read_it(
        report_store: ReportStore, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    canary = "CANARY-5e1f: الجنود أطلقوا النار على المستشفى at 04:10"
    addition_canary = "CANARY-ADDENDUM-9c2d: тіла біля мосту"
    caplog.set_level(logging.DEBUG)
    report = sample_report(canary)
    report["transcript"].append({"speaker": "user", "text": canary, "time": "t", "language": "ar"})
    report["translations"] = {"narrative": {"text": canary, "engine": "test"}}
    receipt = report_store.file(report, "k")
    report_store.add_to_report(receipt.reference, receipt.followup_code, {"narrative": addition_canary})
    report_store.withdraw_consent(receipt.reference, receipt.followup_code, addition_canary)

    def forms(text: str) -> list[bytes]:
        return [text.encode("utf-8"), json.dumps(text).encode("ascii"), text.split(":")[0].encode("ascii")]

    def assert_absent() -> None:
        for path in files_under(tmp_path):
            data = path.read_bytes()
            for needle in forms(canary) + forms(addition_canary):
                assert needle not in data, f"plaintext found in {path}"

    assert_absent()
    assert "CANARY" not in caplog.text
    shown = run_staff(tmp_path, "show", receipt.reference)
    assert shown.returncode == 0, shown.stderr
    assert canary in shown.stdout and addition_canary in shown.stdout
    assert_absent()  # the audit log records the read, not the content


def test_file_times_are_blurred_to_the_hour(report_store: ReportStore, tmp_path: Path) -> None:
    receipt = report_store.file(sample_report(), "k")
    report_store.add_to_report(receipt.reference, receipt.followup_code, {"x": 1})
    written = [p for p in files_under(tmp_path) if p.suffix in (".tse", ".json", ".log") and "keys" not in p.parts]
    assert len(written) == 6  # report, addendum, idempotency record, follow-up verifier, ledger and its head
    for path in written:
        assert path.stat().st_mtime % 3600 == 0, path
