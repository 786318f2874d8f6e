"""`python -m bot.staff`, run as staff would: in a subprocess, with STAFF_KEY_PASSPHRASE."""
from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from bot.reports import FilingReceipt, ReportStore
from bot.reports.keyring import Keyring
from bot.settings import DataLayout

from tests.crypto_fixtures import FAST_SCRYPT, run_staff, sample_report, staff_env

NARRATIVE = "The tanks stopped at the bakery queue. ثم بدأ القصف"


@pytest.fixture
def filed(tmp_path: Path) -> tuple[Path, FilingReceipt]:
    """A data dir whose keys were made by `staff keys init`, with one report and two addenda."""
    result = run_staff(tmp_path, "keys", "init", "--label", "team")
    assert result.returncode == 0, result.stderr
    store = ReportStore(tmp_path, scrypt=FAST_SCRYPT)
    receipt = store.file(sample_report(NARRATIVE, language="ar"), "conversation-1")
    store.add_to_report(receipt.reference, receipt.followup_code, {"evidence": "video on my phone"})
    store.withdraw_consent(receipt.reference, receipt.followup_code, "share_with_investigators")
    return tmp_path, receipt


def audit_lines(root: Path) -> list[bytes]:
    return (root / "audit" / "staff-audit.log").read_bytes().splitlines()


def test_keys_init_creates_a_protected_key_and_refuses_a_second_init(tmp_path: Path) -> None:
    result = run_staff(tmp_path, "keys", "init")
    assert result.returncode == 0, result.stderr
    assert "offline" in result.stdout
    (key_file,) = (tmp_path / "private-keys").glob("*.key")
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    again = run_staff(tmp_path, "keys", "init")
    assert again.returncode == 2 and "already exist" in again.stderr
    listed = run_staff(tmp_path, "keys", "list")
    assert key_file.stem in listed.stdout and "active" in listed.stdout


def test_list_shows_metadata_but_no_content(filed) -> None:
    root, receipt = filed
    result = run_staff(root, "list")
    assert result.returncode == 0, result.stderr
    line = next(l for l in result.stdout.splitlines() if l.startswith(receipt.reference))
    assert " ar " in line and "claims consent withdrawal (unverified" in line and ":00:00Z" in line
    assert "unauthenticated headers" in result.stdout
    assert "tanks" not in result.stdout and "video" not in result.stdout


def test_show_prints_report_transcript_and_addenda_and_is_audited(filed) -> None:
    root, receipt = filed
    result = run_staff(root, "show", receipt.reference, "--as", "reviewer-amina")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert NARRATIVE in out and "What happened?" in out and "Transcript" in out
    assert "video on my phone" in out and "consent withdrawal" in out and "share_with_investigators" in out
    (line,) = audit_lines(root)
    entry = json.loads(line)
    assert (entry["who"], entry["action"], entry["reference"]) == ("reviewer-amina", "show", receipt.reference)
    assert entry["prev"] == "0" * 64 and "tanks" not in line.decode()


def test_show_json_is_the_filed_report(filed) -> None:
    root, receipt = filed
    result = run_staff(root, "show", receipt.reference, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["reference"] == receipt.reference
    assert data["report"] == sample_report(NARRATIVE, language="ar")
    assert [(a["seq"], a["kind"]) for a in data["addenda"]] == [(1, "addition"), (2, "consent_withdrawal")]
    assert data["addenda"][0]["body"]["addition"] == {"evidence": "video on my phone"}
    assert "recipients" not in data["header"]


def test_export_writes_a_private_file_outside_the_data_dir(filed, tmp_path_factory) -> None:
    root, receipt = filed
    out = tmp_path_factory.mktemp("export") / "report.json"
    result = run_staff(root, "export", receipt.reference, "--out", str(out), "--as", "lead")
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text("utf-8"))["report"]["answers"]["narrative"] == NARRATIVE
    assert json.loads(audit_lines(root)[-1])["action"] == "export"
    inside = run_staff(root, "export", receipt.reference, "--out", str(root / "plain.json"))
    assert inside.returncode == 2 and not (root / "plain.json").exists()


def test_terminal_control_characters_are_escaped(tmp_path: Path) -> None:
    assert run_staff(tmp_path, "keys", "init").returncode == 0
    receipt = ReportStore(tmp_path, scrypt=FAST_SCRYPT).file(sample_report("hi \x1b]0;pwned\x07 \x1b[2J"), "k")
    result = run_staff(tmp_path, "show", receipt.reference)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\u001b]0;pwned" in result.stdout


def test_verify_passes_on_an_untouched_store(filed) -> None:
    root, receipt = filed
    run_staff(root, "show", receipt.reference)
    result = run_staff(root, "verify")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK: 1 reports and 2 addenda" in result.stdout and "1 entries intact" in result.stdout


def test_verify_detects_a_flipped_byte_in_an_envelope(filed) -> None:
    root, receipt = filed
    envelope = root / "reports" / receipt.reference / "report.tse"
    data = bytearray(envelope.read_bytes())
    data[-20] ^= 0x01
    envelope.write_bytes(bytes(data))
    result = run_staff(root, "verify")
    assert result.returncode == 1
    assert f"FAIL: {receipt.reference}/report" in result.stdout and "authentication" in result.stdout
    shown = run_staff(root, "show", receipt.reference)
    assert shown.returncode == 2 and "modified" in shown.stderr and NARRATIVE not in shown.stdout


def test_verify_detects_swapped_and_deleted_envelopes(filed) -> None:
    root, receipt = filed
    other = ReportStore(root, scrypt=FAST_SCRYPT).file(sample_report("other"), "conversation-2")
    a, b = (root / "reports" / r / "report.tse" for r in (receipt.reference, other.reference))
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    (root / "reports" / receipt.reference / "addenda" / "0001.tse").unlink()
    result = run_staff(root, "verify")
    assert result.returncode == 1
    assert "moved or swapped" in result.stdout and "gaps" in result.stdout
    shown = run_staff(root, "show", receipt.reference)
    assert shown.returncode == 2 and "moved or swapped" in shown.stderr and "other" not in shown.stdout


@pytest.mark.parametrize("damage", ["edit", "delete-middle", "delete-last", "delete-head"])
def test_verify_detects_audit_log_tampering(filed, damage: str) -> None:
    root, receipt = filed
    for who in ("a", "b", "c"):
        assert run_staff(root, "show", receipt.reference, "--as", who).returncode == 0
    assert run_staff(root, "verify").returncode == 0
    log = root / "audit" / "staff-audit.log"
    lines = log.read_bytes().splitlines()
    if damage == "edit":
        lines[1] = lines[1].replace(b'"who":"b"', b'"who":"x"')
    elif damage == "delete-middle":
        del lines[1]
    elif damage == "delete-last":
        del lines[-1]
    if damage == "delete-head":
        (root / "audit" / "head.json").unlink()
    else:
        log.write_bytes(b"\n".join(lines) + b"\n")
    result = run_staff(root, "verify")
    assert result.returncode == 1, result.stdout
    assert "FAIL: audit" in result.stdout


def test_wrong_or_missing_passphrase_is_a_clear_error(filed) -> None:
    root, receipt = filed
    wrong = run_staff(root, "show", receipt.reference, env=staff_env(root, STAFF_KEY_PASSPHRASE="nope"))
    assert wrong.returncode == 2 and "wrong passphrase" in wrong.stderr and NARRATIVE not in wrong.stdout
    env = staff_env(root)
    del env["STAFF_KEY_PASSPHRASE"]
    missing = run_staff(root, "show", receipt.reference, env=env)
    assert missing.returncode == 2 and "STAFF_KEY_PASSPHRASE" in missing.stderr
    unknown = run_staff(root, "show", "REF-2222222222")
    assert unknown.returncode == 2 and "no report" in unknown.stderr
    assert not (root / "audit" / "staff-audit.log").exists()  # nothing was revealed, nothing logged


def test_add_escrow_rotate_and_choose_a_key(filed) -> None:
    root, receipt = filed
    layout = DataLayout.for_root(root)
    (old_key,) = layout.private_keys_dir.glob("*.key")
    escrow_dir = root.parent / (root.name + "-escrow-offline")
    added = run_staff(root, "keys", "add-recipient", "--label", "escrow", "--role", "escrow",
                      "--key-dir", str(escrow_dir))
    assert added.returncode == 0, added.stderr
    (escrow_key,) = escrow_dir.glob("*.key")
    rotated = run_staff(root, "keys", "rotate", "--label", "team")
    assert rotated.returncode == 0, rotated.stderr
    assert "Retired" in rotated.stdout
    roles = {(r.label, r.status) for r in Keyring(layout).recipients()}
    assert roles == {("team", "retired"), ("team", "active"), ("escrow", "active")}
    (new_key,) = set(layout.private_keys_dir.glob("*.key")) - {old_key}

    newer = ReportStore(root, scrypt=FAST_SCRYPT).file(sample_report("after rotation"), "conversation-3")
    for reference, key, ok in ((receipt.reference, old_key, True), (receipt.reference, new_key, False),
                               (newer.reference, new_key, True), (newer.reference, old_key, False),
                               (newer.reference, escrow_key, True), (receipt.reference, escrow_key, False)):
        result = run_staff(root, "show", reference, "--json", "--key", str(key))
        assert (result.returncode == 0) == ok, (reference, key, result.stderr)
        if not ok:
            assert "not encrypted to any offered key" in result.stderr
    later = ReportStore(root, scrypt=FAST_SCRYPT).add_to_report(receipt.reference, receipt.followup_code,
                                                                  {"after": "rotation"})
    assert later == receipt.reference
    partial = run_staff(root, "show", receipt.reference, "--key", str(old_key))
    assert partial.returncode == 0 and NARRATIVE in partial.stdout
    assert "#3 [UNREADABLE: envelope is not encrypted to any offered key" in partial.stdout
    assert "rotation" not in partial.stdout
    full = run_staff(root, "show", receipt.reference, "--json", "--key", str(old_key), "--key", str(new_key))
    assert json.loads(full.stdout)["addenda"][2]["body"]["addition"] == {"after": "rotation"}
    both = run_staff(root, "verify", "--key", str(old_key), "--key", str(new_key))
    assert both.returncode == 0, both.stdout
    only_new = run_staff(root, "verify", "--key", str(new_key))
    assert only_new.returncode == 1


def test_the_server_takes_the_signed_list_made_offline(tmp_path: Path, tmp_path_factory) -> None:
    offline = tmp_path_factory.mktemp("offline")
    assert run_staff(offline, "keys", "init", "--label", "team").returncode == 0
    (public_file,) = (offline / "private-keys").glob("*.pub")
    server = tmp_path
    unsigned = run_staff(server, "keys", "add-recipient", "--public-key", str(public_file))
    assert unsigned.returncode == 2 and "not signed yet" in unsigned.stderr  # nobody here may sign a list
    (server / "keys").mkdir(mode=0o700)
    (server / "keys" / "recipients.json").write_bytes((offline / "keys" / "recipients.json").read_bytes())
    assert not (server / "private-keys").exists()  # the server holds public keys only
    receipt = ReportStore(server, scrypt=FAST_SCRYPT).file(sample_report(), "k")
    (private_file,) = (offline / "private-keys").glob("*.key")
    shown = run_staff(server, "show", receipt.reference, "--key", str(private_file), "--json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["report"] == sample_report()
