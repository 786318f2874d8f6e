"""Exports for a case file and their chain of custody (bot/staff/exports.py), from the console and the CLI."""
from __future__ import annotations

import hashlib
import http.client
import json
import re
import urllib.parse
import zlib

from bot.crypto.codec import b64e
from bot.crypto.keys import generate_identity
from bot.settings import LIST_SIGNER_VARIABLE, DataLayout
from bot.staff.exports import verify_export
from tests.console_support import ConsoleRig
from tests.crypto_fixtures import run_staff, sample_report
from tests.test_staff_console import ARABIC, arabic_report, audit_actions


def export_from_console(rig: ConsoleRig, reference: str, export_format: str = "json"):
    browser = rig.browser()
    browser.unlock("amina")
    token = browser.get(f"/reports/{reference}?open=1").field("csrf")
    return browser.post(f"/reports/{reference}/export", {"csrf": token, "format": export_format})


def test_the_console_export_is_recorded_with_its_hash_and_verifies(rig: ConsoleRig, tmp_path_factory, monkeypatch):
    receipt = rig.store.file(arabic_report(), "a")
    rig.store.add_to_report(receipt.reference, receipt.followup_code, {"text": "and the bakery", "language": "en"})
    reply = export_from_console(rig, receipt.reference)
    assert reply.status == 200
    assert reply.headers["content-disposition"] == f'attachment; filename="{receipt.reference}-export.json"'
    body = reply.body.encode("utf-8")
    export = json.loads(body)
    assert export["report"]["answers"]["narrative"] == ARABIC
    custody = export["custody"]
    sealed = (rig.root / "reports" / receipt.reference / "report.tse").read_bytes()
    assert custody["exported_by"] == "amina"
    assert custody["envelopes_sha256"]["report"] == hashlib.sha256(sealed).hexdigest()
    assert list(custody["envelopes_sha256"]["addenda"]) == ["1"]
    entry = json.loads((rig.root / "audit" / "staff-audit.log").read_text().splitlines()[-1])
    assert (entry["action"], entry["reference"]) == ("export", receipt.reference)
    assert entry["export_sha256"] == hashlib.sha256(body).hexdigest()

    out = tmp_path_factory.mktemp("case-file") / "export.json"
    out.write_bytes(body)
    checked = run_staff(rig.root, "verify-export", str(out))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"OK: {receipt.reference} exported by amina" in checked.stdout

    rig.store.add_to_report(receipt.reference, receipt.followup_code, {"text": "one more thing", "language": "en"})
    later = verify_export(DataLayout.for_root(rig.root), body)
    assert later.problems == [] and later.notes == ["addenda 2 were added to the report after this export"]
    monkeypatch.setenv(LIST_SIGNER_VARIABLE, b64e(generate_identity("not the team").signing_public_raw))
    assert "not signed by the pinned list key" in verify_export(DataLayout.for_root(rig.root), body).problems[0]


def test_an_edited_export_or_a_changed_store_fails_verification(rig: ConsoleRig, tmp_path_factory):
    reference = rig.store.file(sample_report(narrative="They came at night."), "a").reference
    body = export_from_console(rig, reference).body.encode("utf-8")
    layout = DataLayout.for_root(rig.root)
    edited = body.replace(b"They came at night.", b"They came at noon.")
    assert any("SHA-256" in p for p in verify_export(layout, edited).problems)
    out = tmp_path_factory.mktemp("case-file") / "edited.json"
    out.write_bytes(edited)
    assert run_staff(rig.root, "verify-export", str(out)).returncode == 1

    other = rig.store.file(sample_report(narrative="Something else."), "b").reference
    envelope = rig.root / "reports" / reference / "report.tse"
    envelope.write_bytes((rig.root / "reports" / other / "report.tse").read_bytes())  # swapped in the store
    assert "the sealed report in the store is not the one this was exported from" in \
        verify_export(layout, body).problems
    assert any("SHA-256" in p for p in verify_export(layout, b"not an export at all").problems)


def test_a_report_whose_consent_was_withdrawn_is_not_exported(rig: ConsoleRig):
    receipt = rig.store.file(sample_report(), "a")
    rig.store.withdraw_consent(receipt.reference, receipt.followup_code, "report")
    refused = export_from_console(rig, receipt.reference)
    assert refused.status == 403 and "withdrew their consent" in refused.body
    assert audit_actions(rig.root)[-1] == ("amina", "export-refused", receipt.reference)
    browser = rig.browser()
    browser.unlock("amina")
    page = browser.get(f"/reports/{receipt.reference}?open=1").body
    assert "it cannot be exported" in page and "Download the export" not in page


def test_the_command_line_export_carries_the_same_custody_and_verifies(rig: ConsoleRig, tmp_path_factory):
    reference = rig.store.file(sample_report(), "a").reference
    out = tmp_path_factory.mktemp("case-file") / "cli.json"
    assert run_staff(rig.root, "export", reference, "--out", str(out), "--as", "lead").returncode == 0
    assert json.loads(out.read_text())["custody"]["exported_by"] == "lead"
    checked = run_staff(rig.root, "verify-export", str(out))
    assert checked.returncode == 0 and "exported by lead" in checked.stdout


def arabic_glyphs_in(pdf: bytes) -> bool:
    """Whether the PDF's fonts map glyphs back to Arabic letters (U+0600-U+06FF in a ToUnicode map): the
    account was drawn in Arabic glyphs, not as empty boxes."""
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            text = zlib.decompress(stream)
        except zlib.error:
            continue
        if b"begincmap" in text and re.search(rb"<06[0-9A-Fa-f]{2}>", text):
            return True
    return False


def test_the_pdf_export_is_made_in_memory_with_the_arabic_shaped_and_verifies(rig: ConsoleRig, tmp_path_factory,
                                                                            monkeypatch):
    scratch = tmp_path_factory.mktemp("browser-scratch")
    monkeypatch.setenv("TMPDIR", str(scratch))  # where the browser keeps its temporary profile
    receipt = rig.store.file(arabic_report(), "a")
    connection = http.client.HTTPConnection(rig.host, timeout=120)
    browser = rig.browser()
    browser.unlock("amina")
    token = browser.get(f"/reports/{receipt.reference}?open=1").field("csrf")
    connection.request("POST", f"/reports/{receipt.reference}/export",
                       urllib.parse.urlencode({"csrf": token, "format": "pdf"}),
                       {"Host": rig.host, "Origin": f"http://{rig.host}", "Cookie": "; ".join(
                           f"{k}={v}" for k, v in browser.cookies.items()),
                        "Content-Type": "application/x-www-form-urlencoded"})
    reply = connection.getresponse()
    pdf = reply.read()
    assert reply.status == 200 and reply.headers["Content-Type"] == "application/pdf", pdf[:200]
    assert pdf.startswith(b"%PDF-") and arabic_glyphs_in(pdf)
    entry = json.loads((rig.root / "audit" / "staff-audit.log").read_text().splitlines()[-1])
    assert (entry["action"], entry["export_format"]) == ("export", "pdf")
    assert entry["export_sha256"] == hashlib.sha256(pdf).hexdigest()
    out = tmp_path_factory.mktemp("case-file") / "report.pdf"
    out.write_bytes(pdf)
    checked = run_staff(rig.root, "verify-export", str(out))
    assert checked.returncode == 0 and f"OK: {receipt.reference} exported by amina" in checked.stdout
    for path in scratch.rglob("*"):
        assert not path.is_file() or ARABIC.encode() not in path.read_bytes()
