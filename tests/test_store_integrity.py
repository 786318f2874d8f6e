"""Someone who can write the data directory cannot add a reader, forge an addendum or quietly delete a
report: the signed recipient list, authenticated addenda and the ledger (issue 11, section 2)."""
from __future__ import annotations

import json
import secrets
import shutil
from pathlib import Path

import pytest

from bot import settings
from bot.crypto import aead
from bot.crypto.codec import b64e, canonical_json, json_bytes
from bot.crypto.envelope import CIPHER, MAGIC, PREFIX, _pad, _stanza, seal
from bot.reports import FilingError
from bot.reports.keyring import Keyring
from bot.reports.payloads import addendum_key, frame, tag
from bot.reports.reader import AUTHENTICATED, FORGED, UNVERIFIABLE, ReportReader
from bot.settings import LIST_SIGNER_VARIABLE, DataLayout

try:  # tests/ on sys.path (no tests/__init__.py) or tests as a package
    from crypto_fixtures import make_store, make_team_keys, sample_report
except ModuleNotFoundError:
    from tests.crypto_fixtures import make_store, make_team_keys, sample_report


def seal_version_1(metadata: dict, plaintext: bytes, recipients) -> bytes:
    """An envelope in the old format (docs/report-format.md, version 1), as the store wrote them before."""
    data_key = secrets.token_bytes(32)
    header = canonical_json(dict(metadata, cipher=CIPHER, recipients=[_stanza(data_key, r) for r in recipients]))
    prefix = PREFIX.pack(MAGIC, 1, len(header)) + header
    nonce, ciphertext = aead.encrypt(data_key, _pad(plaintext), prefix)
    return prefix + nonce + ciphertext


def addendum_envelope(reference: str, seq: int, recipients, payload: bytes, kind: str = "consent_withdrawal",
                      sealer=seal) -> bytes:
    metadata = {"type": "addendum", "reference": reference, "seq": seq, "kind": kind,
                "added_at": "2026-03-02T09:00:00Z"}
    return sealer(metadata, payload, recipients)


def withdrawal(reference: str, seq: int) -> bytes:
    return json_bytes({"schema": 1, "kind": "consent_withdrawal", "reference": reference, "seq": seq,
                       "added_at": "2026-03-02T09:12:00+00:00", "what": "everything"})


def plant(root: Path, reference: str, seq: int, envelope: bytes) -> None:
    path = root / "reports" / reference / "addenda" / f"{seq:04d}.tse"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(envelope)


@pytest.fixture
def filed(tmp_path: Path):
    store, keys = make_store(tmp_path, ["team"], escrow=["escrow"])
    receipt = store.file(sample_report("the shelling of the school"), "conversation-1")
    return tmp_path, store, keys, receipt


# ----- the signed recipient list --------------------------------------------------------------------------

def test_a_reader_added_to_the_list_without_the_signing_key_is_refused(filed) -> None:
    root, store, _, _ = filed
    path = DataLayout.for_root(root).recipients_file
    document = json.loads(path.read_bytes())
    intruder = make_team_keys(root / "elsewhere", ["intruder"])["intruder"][0]
    document["keys"].append(intruder.recipient().to_dict())
    path.write_bytes(canonical_json(document))
    with pytest.raises(FilingError, match="signature does not verify"):
        store.file(sample_report(), "conversation-2")
    assert not list((root / "spool").rglob("*.tse"))


def test_a_whole_new_list_signed_by_another_key_is_refused_when_the_signer_is_pinned(filed) -> None:
    root, store, keys, _ = filed
    team = keys["team"][0]
    elsewhere = root / "attacker"
    make_team_keys(elsewhere, ["intruder"])
    shutil.copy(DataLayout.for_root(elsewhere).recipients_file, DataLayout.for_root(root).recipients_file)
    pinned = settings.Settings.from_environment({LIST_SIGNER_VARIABLE: b64e(team.signing_public_raw)})
    with settings.use(pinned), pytest.raises(FilingError, match="not by the pinned"):
        store.file(sample_report(), "conversation-2")


def test_an_unsigned_version_1_list_is_refused_until_a_staff_key_signs_it(filed) -> None:
    root, store, keys, _ = filed
    path = DataLayout.for_root(root).recipients_file
    document = json.loads(path.read_bytes())
    path.write_bytes(canonical_json({"format": "testimony-recipients", "version": 1, "keys": document["keys"]}))
    with pytest.raises(FilingError, match="not signed"):
        store.file(sample_report(), "conversation-2")
    Keyring(DataLayout.for_root(root)).sign(keys["team"][0])
    assert store.file(sample_report(), "conversation-2").newly_filed


def test_only_the_key_that_signed_the_list_may_change_it(filed) -> None:
    root, _, keys, _ = filed
    newcomer = make_team_keys(root / "elsewhere", ["newcomer"])["newcomer"][0]
    with pytest.raises(Exception, match="may not sign it"):
        Keyring(DataLayout.for_root(root)).add(newcomer.recipient(), signer=keys["escrow"][0])


def test_verify_names_an_envelope_sealed_to_a_key_the_signed_list_never_had(filed) -> None:
    root, store, keys, _ = filed
    layout = DataLayout.for_root(root)
    genuine = layout.recipients_file.read_bytes()
    intruder = make_team_keys(root / "attacker", ["intruder"])["intruder"][0]
    recipients = Keyring(layout).active() + [intruder.recipient()]
    sneaked = seal({"type": "report", "reference": "REF-SNEAKED222", "filed_at": "2026-03-01T12:00:00Z",
                    "language": "en"}, frame(bytes(32), b"{}"), recipients)
    (root / "reports" / "REF-SNEAKED222").mkdir()
    (root / "reports" / "REF-SNEAKED222" / "report.tse").write_bytes(sneaked)
    assert layout.recipients_file.read_bytes() == genuine
    listed = {r.key_id for r in Keyring(layout).recipients()}
    problems = ReportReader(root).verify([keys["team"][0]], listed).problems
    assert any(f"sealed to key {intruder.key_id}, which the signed recipient list never had" in p for p in problems)


# ----- authenticated addenda --------------------------------------------------------------------------

def test_genuine_addenda_are_authenticated_by_the_followup_code(filed) -> None:
    root, store, keys, receipt = filed
    store.add_to_report(receipt.reference, receipt.followup_code, {"place": "north gate"})
    store.withdraw_consent(receipt.reference, receipt.followup_code, "share_with_investigators")
    opened = ReportReader(root).open(receipt.reference, [keys["escrow"][0]])
    assert [(a.kind, a.trust) for a in opened.addenda] == [("addition", AUTHENTICATED),
                                                           ("consent_withdrawal", AUTHENTICATED)]
    assert opened.status == "consent withdrawn"


@pytest.mark.parametrize("forgery", ["random tag", "wrong code", "old format", "body names another seq"])
def test_an_addendum_sealed_with_the_public_keys_alone_is_not_believed(filed, forgery: str) -> None:
    root, store, keys, receipt = filed
    reference, recipients = receipt.reference, Keyring(DataLayout.for_root(root)).active()
    content = withdrawal(reference, 2 if forgery == "body names another seq" else 1)
    if forgery == "random tag":
        envelope = addendum_envelope(reference, 1, recipients, frame(secrets.token_bytes(32), content))
    elif forgery == "wrong code":
        wrong = addendum_key("1234567890123456", reference)
        envelope = addendum_envelope(reference, 1, recipients, frame(tag(wrong, content), content))
    elif forgery == "old format":
        envelope = addendum_envelope(reference, 1, recipients, content, sealer=seal_version_1)
    else:  # a real tag, but for a body that does not match the header it travels under
        digits = receipt.followup_code.replace(" ", "")
        envelope = addendum_envelope(reference, 1, recipients,
                                     frame(tag(addendum_key(digits, reference), content), content))
    plant(root, reference, 1, envelope)
    opened = ReportReader(root).open(reference, [keys["team"][0]])
    (addendum,) = opened.addenda
    assert addendum.trust == FORGED and addendum.body == {} and "follow-up code" in addendum.problem
    assert opened.status == "filed"  # the forged withdrawal is not taken as fact
    assert "everything" not in json.dumps(opened.to_json())
    problems = ReportReader(root).verify([keys["team"][0]]).problems
    assert any("addenda/0001.tse: forged" in p for p in problems)


def test_reports_in_the_old_format_still_open_and_their_addenda_are_marked_unverifiable(tmp_path: Path) -> None:
    keys = make_team_keys(tmp_path, ["team"])
    recipients = Keyring(DataLayout.for_root(tmp_path)).active()
    reference = "REF-PREVERSN22"
    report = sample_report("filed before version 2")
    old = seal_version_1({"type": "report", "reference": reference, "filed_at": "2025-01-01T10:00:00Z",
                          "language": "en"}, json_bytes(report), recipients)
    (tmp_path / "reports" / reference).mkdir(parents=True)
    (tmp_path / "reports" / reference / "report.tse").write_bytes(old)
    plant(tmp_path, reference, 1, addendum_envelope(reference, 1, recipients, withdrawal(reference, 1),
                                                    sealer=seal_version_1))
    opened = ReportReader(tmp_path).open(reference, [keys["team"][0]])
    assert opened.report == report and opened.addendum_key is None
    (addendum,) = opened.addenda
    assert addendum.trust == UNVERIFIABLE and addendum.body["what"] == "everything"
    result = ReportReader(tmp_path).verify([keys["team"][0]])
    assert result.problems == [] and any("cannot be checked" in w for w in result.warnings)


# ----- the ledger: deleted reports and addenda ------------------------------------------------------------

def test_verify_detects_a_deleted_report_and_a_deleted_last_addendum(filed) -> None:
    root, store, keys, receipt = filed
    other = store.file(sample_report("another"), "conversation-2")
    store.add_to_report(receipt.reference, receipt.followup_code, {"first": "addition"})
    store.add_to_report(receipt.reference, receipt.followup_code, {"second": "addition"})
    reader = ReportReader(root)
    assert reader.verify([keys["team"][0]]).problems == []
    shutil.rmtree(root / "reports" / other.reference)
    (root / "reports" / receipt.reference / "addenda" / "0002.tse").unlink()
    problems = reader.verify([keys["team"][0]]).problems
    assert f"{other.reference}/report.tse was filed (ledger) but is gone: it was deleted" in problems
    assert f"{receipt.reference}/addenda/0002.tse was filed (ledger) but is gone: it was deleted" in problems


def test_verify_detects_a_replaced_envelope(filed) -> None:
    root, store, keys, receipt = filed
    recipients = Keyring(DataLayout.for_root(root)).active()
    replacement = seal({"type": "report", "reference": receipt.reference, "filed_at": "2026-03-01T12:00:00Z",
                        "language": "en"}, frame(bytes(32), json_bytes(sample_report("rewritten"))), recipients)
    (root / "reports" / receipt.reference / "report.tse").write_bytes(replacement)
    problems = ReportReader(root).verify([keys["team"][0]]).problems
    assert f"{receipt.reference}/report.tse is not the envelope the ledger recorded: it was replaced" in problems


def test_a_retried_filing_is_recorded_once(filed) -> None:
    root, store, _, receipt = filed
    store.file(sample_report("the shelling of the school"), "conversation-1")
    lines = (root / "index" / "ledger.log").read_bytes().splitlines()
    assert [json.loads(line)["path"] for line in lines] == [f"{receipt.reference}/report.tse"]
    assert b"shelling" not in b"".join(lines)


def test_headers_with_malformed_fields_are_refused_on_opening(filed) -> None:
    root, _, keys, _ = filed
    recipients = Keyring(DataLayout.for_root(root)).active()
    bad = seal({"type": "report", "reference": "REF-BADHEADER2", "filed_at": "yesterday\x1b[2J",
                "language": "en"}, frame(bytes(32), b"{}"), recipients)
    (root / "reports" / "REF-BADHEADER2").mkdir()
    (root / "reports" / "REF-BADHEADER2" / "report.tse").write_bytes(bad)
    reader = ReportReader(root)
    assert reader.summary("REF-BADHEADER2").status.startswith("invalid header")
    assert reader.summary("REF-BADHEADER2").filed_at == "?"
    with pytest.raises(Exception, match="invalid header: malformed filed_at"):
        reader.open("REF-BADHEADER2", [keys["team"][0]])

