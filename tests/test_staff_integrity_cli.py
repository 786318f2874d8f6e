"""`python -m bot.staff` against a data directory someone else can write to: signed audit entries, anchors,
the recipient list's signer, escaped output, strong passphrases, and upgrading an old demo set-up."""
from __future__ import annotations

import json
import re
import secrets
import shutil
from pathlib import Path

import pytest

from bot.crypto import aead
from bot.crypto.codec import b64e, canonical_json
from bot.crypto.diceware import wordlist
from bot.crypto.hashchain import line_hash
from bot.crypto.keys import generate_identity
from bot.reports import ReportStore
from bot.reports.keyring import Keyring
from bot.settings import DataLayout

try:  # tests/ on sys.path (no tests/__init__.py) or tests as a package
    from crypto_fixtures import FAST_SCRYPT, PASSPHRASE, make_team_keys, run_module, run_staff, sample_report, staff_env
except ModuleNotFoundError:
    from tests.crypto_fixtures import (FAST_SCRYPT, PASSPHRASE, make_team_keys, run_module, run_staff,
                                       sample_report, staff_env)


@pytest.fixture
def store_dir(tmp_path: Path):
    """Keys made by `staff keys init`, one report with one addendum, read twice."""
    assert run_staff(tmp_path, "keys", "init", "--label", "team").returncode == 0
    store = ReportStore(tmp_path, scrypt=FAST_SCRYPT)
    receipt = store.file(sample_report("the bridge at night"), "conversation-1")
    store.add_to_report(receipt.reference, receipt.followup_code, {"more": "detail"})
    for name in ("amina", "oleh"):
        assert run_staff(tmp_path, "show", receipt.reference, "--as", name).returncode == 0
    return tmp_path, store, receipt


def rewrite_tail(log: Path, head: Path, keep: int) -> None:
    """Cut a chained log to its first `keep` lines and make its head agree: what a careful intruder does."""
    lines = log.read_bytes().splitlines()[:keep]
    log.write_bytes(b"".join(line + b"\n" for line in lines))
    head.write_bytes(canonical_json({"seq": keep, "hash": line_hash(lines[-1])}) + b"\n")


def anchor(root: Path, *args: str) -> str:
    result = run_staff(root, "audit", "anchor", *args)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.splitlines()[0]


# ----- the audit log ---------------------------------------------------------------------------------------

def test_audit_entries_are_signed_by_the_reader(store_dir) -> None:
    root, _, _ = store_dir
    entries = [json.loads(line) for line in (root / "audit" / "staff-audit.log").read_bytes().splitlines()]
    signer = Keyring(DataLayout.for_root(root)).load().signer_key_id
    assert [e["who"] for e in entries] == ["amina", "oleh"]
    assert all(e["signer"] == signer and len(e["sig"]) == 88 for e in entries)


@pytest.mark.parametrize("forgery", ["unsigned", "signed by an outsider", "edited who"])
def test_verify_fails_on_a_forged_audit_entry_even_with_a_consistent_chain(store_dir, forgery: str) -> None:
    root, _, receipt = store_dir
    log, head = root / "audit" / "staff-audit.log", root / "audit" / "head.json"
    lines = log.read_bytes().splitlines()
    if forgery == "edited who":
        entry = json.loads(lines[-1])
        entry["who"] = "somebody-else"
        lines[-1] = canonical_json(entry)
    else:
        entry = {"action": "show", "prev": line_hash(lines[-1]), "reference": receipt.reference, "seq": 3,
                 "time": "2026-03-01T12:00:00Z", "who": "amina"}
        if forgery == "signed by an outsider":
            outsider = generate_identity("outsider")
            entry["signer"] = outsider.signing_key_id
            entry["sig"] = b64e(outsider.signing_key.sign(b"testimony/v2/audit-entry\x00" + canonical_json(entry)))
        lines.append(canonical_json(entry))
    log.write_bytes(b"".join(line + b"\n" for line in lines))
    head.write_bytes(canonical_json({"seq": len(lines), "hash": line_hash(lines[-1])}) + b"\n")
    expected = {"unsigned": "FAIL: audit line 3 is not signed",
                "signed by an outsider": "FAIL: audit line 3: signature does not verify",
                "edited who": "FAIL: audit line 2: signature does not verify"}[forgery]
    result = run_staff(root, "verify")
    assert result.returncode == 1 and expected in result.stdout, result.stdout


def test_a_cut_audit_log_is_caught_by_the_anchor_kept_elsewhere(store_dir) -> None:
    root, _, receipt = store_dir
    line = anchor(root, "--as", "lead")
    assert re.match(r"^tmy-anchor/1 audit=3:[0-9a-f]{64} ledger=2:[0-9a-f]{64}$", line)
    assert run_staff(root, "show", receipt.reference, "--as", "amina").returncode == 0
    assert run_staff(root, "verify", "--anchor", line).returncode == 0
    rewrite_tail(root / "audit" / "staff-audit.log", root / "audit" / "head.json", keep=2)
    unanchored = run_staff(root, "verify")
    assert unanchored.returncode == 0, unanchored.stdout  # log and head agree: only the anchor shows the cut
    result = run_staff(root, "verify", "--anchor", line)
    assert result.returncode == 1
    assert "FAIL: audit: an anchor recorded 3 entries, the log has 2: entries at the end were deleted" in result.stdout


def test_a_deleted_last_report_with_its_ledger_line_is_caught_by_the_anchor(store_dir) -> None:
    root, store, receipt = store_dir
    later = store.file(sample_report("filed after the first anchor"), "conversation-2")
    line = anchor(root)
    shutil.rmtree(root / "reports" / later.reference)
    rewrite_tail(root / "index" / "ledger.log", root / "index" / "ledger-head.json", keep=2)
    (root / "index" / "idempotency").rename(root / "index" / "gone")  # every trace of the filing removed
    result = run_staff(root, "verify")  # the anchor entry inside the signed audit log still holds
    assert result.returncode == 1 and "ledger: an anchor recorded 3 entries, the log has 2" in result.stdout
    rewrite_tail(root / "audit" / "staff-audit.log", root / "audit" / "head.json", keep=2)
    assert "ledger: an anchor recorded 3" in run_staff(root, "verify", "--anchor", line).stdout
    refused = run_staff(root, "audit", "anchor", "--previous", line)
    assert refused.returncode == 1 and "No anchor recorded" in refused.stdout


def test_a_bad_anchor_line_is_a_clear_error(store_dir) -> None:
    root, _, _ = store_dir
    result = run_staff(root, "verify", "--anchor", "audit=3 ledger=2")
    assert result.returncode == 2 and "not an anchor line" in result.stderr


# ----- the recipient list's signer ------------------------------------------------------------------------

def test_verify_fails_when_the_list_was_replaced_by_one_signed_by_another_key(store_dir, tmp_path_factory) -> None:
    root, _, _ = store_dir
    elsewhere = tmp_path_factory.mktemp("attacker")
    make_team_keys(elsewhere, ["intruder"])
    shutil.copy(DataLayout.for_root(elsewhere).recipients_file, DataLayout.for_root(root).recipients_file)
    result = run_staff(root, "verify")
    assert result.returncode == 1
    assert "which is neither one of your keys nor the pinned list signer" in result.stdout


def test_keys_init_prints_the_pin_and_the_server_honours_it(tmp_path: Path) -> None:
    result = run_staff(tmp_path, "keys", "init")
    assert result.returncode == 0, result.stderr
    (pin,) = re.findall(r"TESTIMONY_LIST_SIGNER=(\S+)", result.stdout)
    listed = Keyring(DataLayout.for_root(tmp_path)).load()
    assert b64e(listed.signer) == pin and listed.recipients[0].signing_public_raw == listed.signer
    assert "Signed by list signing key" in run_staff(tmp_path, "keys", "list").stdout


def test_add_recipient_needs_the_list_signing_key(store_dir, tmp_path_factory) -> None:
    root, _, _ = store_dir
    elsewhere = tmp_path_factory.mktemp("new-reviewer")
    (signer_key,) = (root / "private-keys").glob("*.key")
    hidden = tmp_path_factory.mktemp("offline") / signer_key.name
    signer_key.rename(hidden)
    missing = run_staff(root, "keys", "add-recipient", "--label", "reviewer-2", "--key-dir", str(elsewhere))
    assert missing.returncode == 2 and "--signing-key" in missing.stderr
    assert not list(elsewhere.glob("*.key"))  # nothing created without the signing key
    added = run_staff(root, "keys", "add-recipient", "--label", "reviewer-2", "--key-dir", str(elsewhere),
                      "--signing-key", str(hidden))
    assert added.returncode == 0, added.stderr
    assert {r.label for r in Keyring(DataLayout.for_root(root)).active()} == {"team", "reviewer-2"}


# ----- escaped output --------------------------------------------------------------------------------------

def test_every_line_the_staff_tool_prints_is_escaped(tmp_path: Path) -> None:
    label = "team\x1b]0;owned\x07\u202e"
    assert run_staff(tmp_path, "keys", "init", "--label", label).returncode == 0
    listed = run_staff(tmp_path, "keys", "list").stdout
    assert "\x1b" not in listed and "\x07" not in listed and "\u202e" not in listed
    assert "team\\u001b]0;owned\\u0007\\u202e" in listed
    bad = run_staff(tmp_path, "keys", "sign", "--key", str(tmp_path / "\x1b[2J.key"))  # an error naming the path
    assert bad.returncode == 2 and "\x1b" not in bad.stderr and "\\u001b[2J.key" in bad.stderr


# ----- passphrases -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("weak", ["Tr0ub4dor&3", "correct horse battery staple", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                                  "password password password 1"])
def test_keys_init_refuses_a_weak_passphrase(tmp_path: Path, weak: str) -> None:
    result = run_staff(tmp_path, "keys", "init", env=staff_env(tmp_path, STAFF_KEY_PASSPHRASE=weak))
    assert result.returncode == 2 and "too weak" in result.stderr and "keys passphrase" in result.stderr
    assert weak not in result.stderr + result.stdout
    assert not (tmp_path / "private-keys").exists() and not (tmp_path / "keys" / "recipients.json").exists()


def test_keys_passphrase_offers_six_words_from_the_shipped_list(tmp_path: Path) -> None:
    first, second = (run_staff(tmp_path, "keys", "passphrase").stdout.split() for _ in range(2))
    assert len(first) == 6 and set(first) <= set(wordlist()) and first != second
    accepted = run_staff(tmp_path, "keys", "init", env=staff_env(tmp_path, STAFF_KEY_PASSPHRASE=" ".join(first)))
    assert accepted.returncode == 0, accepted.stderr


# ----- upgrading a demo set-up from before signed lists ------------------------------------------------------

def write_version_1_key(path: Path, passphrase: str) -> tuple[str, dict]:
    """A private key file as version 1 wrote it (docs/report-format.md section 6.4) beside `path`; returns
    its key id and its version 1 public key record."""
    identity = generate_identity("demo-team")
    salt = secrets.token_bytes(16)
    wrap = FAST_SCRYPT.derive(passphrase.encode(), salt, 32)
    nonce, sealed = aead.encrypt(wrap, identity.private_key.private_bytes_raw(),
                                 b"testimony/v1/private-key:" + identity.key_id.encode())
    path.parent.mkdir(parents=True, mode=0o700)
    path.with_name(f"{identity.key_id}.key").write_text(json.dumps({
        "format": "testimony-private-key", "version": 1, "key_id": identity.key_id, "label": "demo-team",
        "algorithm": "X25519", "cipher": "AES-256-GCM", "nonce": b64e(nonce), "ciphertext": b64e(sealed),
        "kdf": {"name": "scrypt", "salt": b64e(salt), **FAST_SCRYPT.as_dict()}}))
    record = dict(identity.recipient().to_dict(), version=1)
    for name in ("signing_public_key", "signing_key_id"):
        record.pop(name)
    return identity.key_id, record


def test_keys_setup_signs_a_demo_list_from_before_signed_lists(tmp_path: Path) -> None:
    layout = DataLayout.for_root(tmp_path)
    key_id, record = write_version_1_key(layout.private_keys_dir / "x.key", PASSPHRASE)
    layout.keys_dir.mkdir(mode=0o700)
    layout.recipients_file.write_bytes(canonical_json({"format": "testimony-recipients", "version": 1,
                                                       "keys": [record]}))
    result = run_module("bot.staff.keys_setup", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "recipient list signed" in result.stdout
    listed = Keyring(layout).load()
    assert listed.signer is not None and [r.key_id for r in listed.recipients] == [key_id]
    receipt = ReportStore(tmp_path, scrypt=FAST_SCRYPT).file(sample_report(), "after-upgrade")
    shown = run_staff(tmp_path, "show", receipt.reference, "--json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["report"] == sample_report()
