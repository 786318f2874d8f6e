"""The team's case records (bot/staff/cases.py): sealed, signed, append-only, and never fooled."""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from bot.crypto.codec import b64e, canonical_json
from bot.crypto.envelope import seal
from bot.crypto.keys import generate_identity
from bot.crypto.signing import sign
from bot.reports.keyring import Keyring
from bot.settings import DataLayout
from bot.staff.cases import SIGNATURE_PURPOSE, CaseBook, CaseError, VouchedStaff
from tests.crypto_fixtures import Keys, make_store, sample_report

REF = "REF-AAAAAAAAAA"


@pytest.fixture
def book(tmp_path: Path, fast_scrypt) -> tuple:
    store, keys = make_store(tmp_path, ["amina", "ben"])  # amina's key signs the recipient list
    return CaseBook(DataLayout.for_root(tmp_path)), keys, store


def vouched(keys: Keys, root: Path) -> VouchedStaff:
    """What a member who vouches for amina's list key (theirs, or pinned) believes."""
    return VouchedStaff.of(DataLayout.for_root(root), {keys["amina"][0].signing_public_raw})


def identities(keys: Keys) -> list:
    return [identity for identity, _ in keys.values()]


def test_changes_build_the_case_in_order_and_any_member_reads_them(book, tmp_path: Path):
    cases, keys, _ = book
    amina, ben = keys["amina"][0], keys["ben"][0]
    cases.record(REF, "status", "in review", "amina", amina)
    cases.record(REF, "assign", "ben", "amina", amina)
    cases.record(REF, "note", "  First contact by phone only.  ", "ben", ben)
    cases.record(REF, "status", "referred", "ben", ben)
    case = cases.read(REF, [ben], vouched(keys, tmp_path))
    assert (case.status, case.assignee) == ("referred", "ben")
    assert [(n.who, n.value) for n in case.notes] == [("ben", "First contact by phone only.")]
    assert [e.seq for e in case.events] == [1, 2, 3, 4] and case.problems == []
    assert cases.read("REF-BBBBBBBBBB", [ben], vouched(keys, tmp_path)).status == "new"


@pytest.mark.parametrize("kind, value", [("status", "gone"), ("note", ""), ("note", "x" * 20_001), ("delete", "")])
def test_unknown_changes_are_refused(book, kind, value):
    cases, keys, _ = book
    with pytest.raises(CaseError):
        cases.record(REF, kind, value, "amina", keys["amina"][0])
    with pytest.raises(CaseError):
        cases.record("../../etc", "note", "hello", "amina", keys["amina"][0])


def test_notes_are_sealed_on_disk(book, tmp_path: Path):
    cases, keys, _ = book
    cases.record(REF, "note", "the witness's brother is in Leeds", "amina", keys["amina"][0])
    files = [p for p in (tmp_path / "cases").rglob("*") if p.is_file()]
    assert files and all(b"Leeds" not in p.read_bytes() for p in files)


def test_an_event_in_a_colleagues_name_without_their_signature_is_shown_and_never_applied(book, tmp_path: Path):
    """Anyone with the public keys can seal an envelope; only a listed member's signature makes it count."""
    cases, keys, _ = book
    cases.record(REF, "status", "in review", "amina", keys["amina"][0])
    outsider = generate_identity("outsider")
    body = {"reference": REF, "seq": 2, "time": "2026-12-01T00:00:00Z", "who": "amina", "kind": "status",
            "value": "closed", "signer": keys["amina"][0].signing_key_id}
    forged = dict(body, sig=b64e(sign(outsider.signing_key, SIGNATURE_PURPOSE, canonical_json(body))))
    recipients = Keyring(DataLayout.for_root(tmp_path)).sealing_recipients()
    envelope = seal({"type": "case-event", "reference": REF, "seq": 2}, canonical_json(forged), recipients)
    (tmp_path / "cases" / REF / "000002.tse").write_bytes(envelope)
    case = cases.read(REF, [keys["ben"][0]], vouched(keys, tmp_path))
    assert case.status == "in review"
    assert [e.problem for e in case.problems] == ["its signature does not verify with a listed staff key"]


def test_an_event_copied_from_another_case_is_not_applied(book, tmp_path: Path):
    cases, keys, _ = book
    cases.record("REF-BBBBBBBBBB", "status", "closed", "amina", keys["amina"][0])
    (tmp_path / "cases" / REF).mkdir(parents=True)
    shutil.copy(tmp_path / "cases" / "REF-BBBBBBBBBB" / "000001.tse", tmp_path / "cases" / REF / "000001.tse")
    case = cases.read(REF, [keys["amina"][0]], vouched(keys, tmp_path))
    assert case.status == "new" and "moved or swapped" in case.problems[0].problem


def test_members_writing_at_once_never_overwrite_each_other(book, tmp_path: Path):
    cases, keys, _ = book
    writers = [threading.Thread(target=cases.record, args=(REF, "note", f"note {i}", "amina", keys["amina"][0]))
               for i in range(8)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    case = cases.read(REF, [keys["ben"][0]], vouched(keys, tmp_path))
    assert sorted(n.value for n in case.notes) == sorted(f"note {i}" for i in range(8))
    assert [e.seq for e in case.events] == list(range(1, 9))


def test_a_key_that_was_not_a_recipient_reads_no_notes(book, tmp_path: Path):
    cases, keys, store = book
    store.file(sample_report(), "a")
    cases.record(REF, "note", "sealed to the team", "amina", keys["amina"][0])
    stranger = generate_identity("stranger")
    case = cases.read(REF, [stranger], vouched(keys, tmp_path))
    assert case.notes == [] and "cannot be read with your keys" in case.problems[0].problem


def test_nothing_is_believed_from_a_list_the_reader_does_not_vouch_for(book, tmp_path: Path):
    cases, keys, _ = book
    cases.record(REF, "status", "closed", "amina", keys["amina"][0])
    stranger_pin = generate_identity("someone else").signing_public_raw
    case = cases.read(REF, [keys["ben"][0]], VouchedStaff.of(DataLayout.for_root(tmp_path), {stranger_pin}))
    assert case.status == "new" and "not signed by a key you vouch for" in case.problems[0].problem


def test_who_wrote_a_change_is_whose_signature_it_carries(book, tmp_path: Path):
    cases, keys, _ = book
    cases.record(REF, "note", "written by ben, claiming to be amina", "amina", keys["ben"][0])
    (note,) = cases.read(REF, [keys["amina"][0]], vouched(keys, tmp_path)).notes
    assert note.who == "ben"
