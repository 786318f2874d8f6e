"""The staff review console over HTTP (bot/staff/console): unlocking, the inbox, a report, locking, and what
it refuses. The browser tests in tests/test_staff_console_browser.py drive the same pages in Chromium."""
from __future__ import annotations

import re
import subprocess
import threading
import sys
import time
import urllib.request
from pathlib import Path

from bot.reports.keyring import Keyring
from bot.settings import DataLayout
from bot.staff.audit import AuditLog
from bot.staff.cases import CaseBook
from bot.staff.console.throttle import UnlockThrottle
from bot.staff.console.vault import SessionVault
from tests.console_support import ConsoleRig, running_rig, start_rig
from bot.intake.report_builder import build_report
from bot.reports.store import ReportStore
from tests.crypto_fixtures import FAST_SCRYPT, PASSPHRASE, run_staff, sample_report, staff_env
from tests.helpers import PROJECT_ROOT

ARABIC = "قصفوا المدرسة في الصباح وهرب الأطفال"
ARABIC_IN_ENGLISH = "They shelled the school in the morning and the children ran"


def arabic_report(**overrides) -> dict:
    return sample_report(narrative=ARABIC, language="ar", translations={"narrative": ARABIC_IN_ENGLISH},
                         **overrides)


def audit_actions(root: Path) -> list:
    return [(entry["who"], entry["action"], entry.get("reference"))
            for entry in AuditLog(DataLayout.for_root(root).audit_dir).chain.check().entries]


# ----- unlocking and reading -----------------------------------------------------------------------------

def test_a_member_unlocks_sees_the_inbox_and_reads_an_arabic_report_beside_its_marked_translation(rig: ConsoleRig):
    reference = rig.store.file(arabic_report(), "conversation-1").reference
    browser = rig.browser()
    unlocked = browser.unlock("amina")
    assert unlocked.status == 303 and unlocked.headers["location"] == "/inbox"

    inbox = browser.get("/inbox")
    assert inbox.status == 200 and f'href="/reports/{reference}"' in inbox.body
    assert "witness" in inbox.body and ARABIC not in inbox.body  # the inbox shows no account

    note = browser.get(f"/reports/{reference}")
    assert "Open the account" in note.body and ARABIC not in note.body  # a content note comes first
    page = browser.get(f"/reports/{reference}?open=1")
    assert page.status == 200
    assert re.search(rf'<p class="words" lang="ar" dir="rtl">{ARABIC}</p>', page.body)
    translation = page.body.index(ARABIC_IN_ENGLISH)
    assert "English machine translation: unverified, not evidence" in page.body[translation - 200:translation]
    assert "What happened?" in page.body  # the question that was asked, from the transcript
    assert audit_actions(rig.root) == [("amina", "unlock", None), ("amina", "inbox", None),
                                       ("amina", "view", reference)]


def test_a_report_without_a_translation_says_so_and_how_to_add_one(rig: ConsoleRig):
    reference = rig.store.file(sample_report(narrative=ARABIC, language="ar"), "c").reference
    browser = rig.browser()
    browser.unlock("ben")
    page = browser.get(f"/reports/{reference}?open=1")
    assert "No machine translation" in page.body and "python -m bot.translation install" in page.body


def test_report_text_is_shown_as_text_never_as_markup(rig: ConsoleRig):
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    reference = rig.store.file(sample_report(narrative=hostile, answers={"role": hostile, "narrative": hostile}),
                               "c").reference
    browser = rig.browser()
    browser.unlock("amina")
    for path in ("/inbox", f"/reports/{reference}?open=1", f"/inbox?q={hostile[:8]}"):
        body = browser.get(path).body
        assert "<script>" not in body and "<img" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in browser.get(f"/reports/{reference}?open=1").body


def test_search_runs_over_the_decrypted_words_and_status_filters(rig: ConsoleRig):
    school = rig.store.file(sample_report(narrative="They burned the mill by the river."), "a").reference
    other = rig.store.file(sample_report(narrative="Soldiers took my brother at the checkpoint."), "b").reference
    browser = rig.browser()
    browser.unlock("amina")
    found = browser.get("/inbox?q=CHECKPOINT").body
    assert other in found and school not in found and "1 of 2 reports" in found
    assert school in browser.get("/inbox?status=new").body
    assert school not in browser.get("/inbox?status=closed").body


def test_safety_flags_show_in_the_inbox_and_on_the_report(rig: ConsoleRig):
    answers = {"role": "survivor", "narrative": "He is living in London now.", "perpetrator_in_uk": "yes"}
    events = [{"event": "bot", "text": "…", "metadata": {"utter_action": name}}
              for name in ("utter_distress_offer", "utter_self_harm_support", "utter_welcome")]
    report = build_report({"language": "en", "safe_now": "not really", "consent": True, **answers}, events)
    reference = rig.store.file(report, "a").reference
    quiet = rig.store.file(sample_report(), "b").reference
    browser = rig.browser()
    browser.unlock("amina")
    inbox = browser.get("/inbox").body
    row = inbox[inbox.index(f'href="/reports/{reference}"'):][:1200]
    for flag in ("someone responsible in the UK", "not sure they were safe", "distress: a break offered",
                 "words of self-harm: crisis lines given"):
        assert flag in row
    assert "in danger while writing" not in row
    quiet_row = inbox[inbox.index(f'href="/reports/{quiet}"'):][:600]
    assert '<span class="flag">' not in quiet_row.split("</tr>")[0]
    assert "words of self-harm: crisis lines given" in browser.get(f"/reports/{reference}?open=1").body


def test_a_withdrawn_consent_is_flagged_and_additions_show_how_far_they_can_be_believed(rig: ConsoleRig):
    receipt = rig.store.file(sample_report(), "a")
    rig.store.add_to_report(receipt.reference, receipt.followup_code, {"narrative": "I remembered the truck."})
    rig.store.withdraw_consent(receipt.reference, receipt.followup_code, "onward_sharing")
    browser = rig.browser()
    browser.unlock("amina")
    row = browser.get("/inbox").body
    assert '<span class="flag">consent withdrawn</span>' in row
    assert '<td>consent withdrawn</td><td>1 <span class="flag">1 new</span></td>' in row
    page = browser.get(f"/reports/{receipt.reference}?open=1").body
    assert "#1 Addition" in page and "I remembered the truck." in page and "#2 Consent withdrawn" in page
    banner = page[page.index('<div class="withdrawn" role="alert">'):]
    assert banner.index("onward_sharing (withdrawn") < banner.index("What they told us")  # above the account
    assert page.count("authenticated by the follow-up code") == 2


def test_additions_since_a_member_last_opened_the_report_are_marked_new_for_them(rig: ConsoleRig):
    receipt = rig.store.file(sample_report(), "a")
    rig.store.add_to_report(receipt.reference, receipt.followup_code, {"text": "first addition", "language": "en"})
    amina, ben = rig.browser(), rig.browser()
    amina.unlock("amina")
    ben.unlock("ben")
    assert '<td>1 <span class="flag">1 new</span></td>' in amina.get("/inbox").body
    time.sleep(1.1)  # the audit log counts in seconds, and within one second an addition stays "new"
    amina.get(f"/reports/{receipt.reference}?open=1")
    assert "<td>1</td>" in amina.get("/inbox").body  # seen
    time.sleep(1.1)
    rig.store.add_to_report(receipt.reference, receipt.followup_code, {"text": "second addition", "language": "en"})
    assert '<td>2 <span class="flag">1 new</span></td>' in amina.get("/inbox").body
    assert '<td>2 <span class="flag">2 new</span></td>' in ben.get("/inbox").body  # ben has not looked yet


def test_the_report_says_when_consent_was_given(rig: ConsoleRig):
    events = [{"event": "action", "name": "action_start_report", "timestamp": 1764950400.0}]
    report = build_report({"language": "en", "consent": True, "narrative": "They came at night."}, events)
    assert report["consented_at"] == "2025-12-05T16:00:00+00:00"
    reference = rig.store.file(report, "a").reference
    browser = rig.browser()
    browser.unlock("amina")
    assert "yes (given 2025-12-05T16:00:00+00:00)" in browser.get(f"/reports/{reference}?open=1").body


def test_a_member_added_later_can_unlock_and_sees_earlier_reports_listed_but_never_opened(tmp_path: Path, fast_scrypt):
    with running_rig(tmp_path, labels=("amina",)) as rig:
        reference = rig.store.file(arabic_report(), "before ben joined").reference
        layout = DataLayout.for_root(tmp_path)
        signer = rig.keys["amina"][0]
        ben, _ = Keyring.generate("ben", PASSPHRASE, FAST_SCRYPT, layout.private_keys_dir)
        Keyring(layout).add(ben.recipient(), signer)
        browser = rig.browser()
        browser.unlock("ben")
        inbox = browser.get("/inbox").body
        assert reference in inbox and "not addressed to your keys" in inbox
        assert f'href="/reports/{reference}"' not in inbox
        refused = browser.get(f"/reports/{reference}?open=1")
        assert refused.status == 403 and ARABIC not in refused.body


def test_a_member_removed_through_the_signed_list_cannot_open_reports_filed_after(rig: ConsoleRig):
    before = rig.store.file(sample_report(narrative="Filed while ben was on the team."), "a").reference
    removed = run_staff(rig.root, "keys", "remove", "--label", "ben")
    assert removed.returncode == 0, removed.stderr
    assert {(r.label, r.status) for r in Keyring(DataLayout.for_root(rig.root)).recipients()} == \
        {("amina", "active"), ("ben", "retired")}
    after = ReportStore(rig.root, scrypt=FAST_SCRYPT).file(sample_report(narrative="Filed after ben left."),
                                                           "b").reference
    ben = rig.browser()
    assert ben.unlock("ben").status == 303  # the key still opens: what was sealed to it before stays readable
    inbox = ben.get("/inbox").body
    assert f'href="/reports/{before}"' in inbox and f'href="/reports/{after}"' not in inbox
    refused = ben.get(f"/reports/{after}?open=1")
    assert refused.status == 403 and "Filed after ben left." not in refused.body
    amina = rig.browser()
    amina.unlock("amina")
    assert "Filed after ben left." in amina.get(f"/reports/{after}?open=1").body
    assert run_staff(rig.root, "keys", "remove", "--label", "amina").returncode == 2  # the last reviewer stays


# ----- the case: status, assignment, notes ----------------------------------------------------------------------

def change_case(browser, reference: str, kind: str, value: str, csrf: str = ""):
    page = browser.get(f"/reports/{reference}?open=1")
    return browser.post(f"/reports/{reference}/case", {"csrf": csrf or page.field("csrf"), "kind": kind,
                                                       "value": value})


def test_status_assignment_and_notes_are_kept_for_the_team_and_shown_in_the_inbox(rig: ConsoleRig):
    reference = rig.store.file(arabic_report(), "a").reference
    other = rig.store.file(sample_report(), "b").reference
    amina, ben = rig.browser(), rig.browser()
    amina.unlock("amina")
    ben.unlock("ben")
    assert change_case(amina, reference, "status", "in review").headers["location"] == \
        f"/reports/{reference}?open=1#case"
    change_case(amina, reference, "assign", "ben")
    change_case(amina, reference, "note", "Check the school's name against the 2019 list.")

    inbox = ben.get("/inbox?status=in+review&assignee=ben").body
    assert reference in inbox and other not in inbox
    assert "<td>in review</td><td>ben</td>" in inbox and "<td>new</td><td></td>" in ben.get("/inbox").body
    assert reference in ben.get("/inbox?q=2019+list").body  # notes are searched too
    page = ben.get(f"/reports/{reference}?open=1").body
    assert "amina" in page and "Check the school&#39;s name against the 2019 list." in page
    assert ("amina", "case-note", reference) in audit_actions(rig.root)
    for path in rig.root.rglob("*"):  # the note is sealed like the report
        assert not path.is_file() or b"2019 list" not in path.read_bytes()


def test_a_list_signed_by_a_key_the_member_does_not_vouch_for_is_shown_as_unverified(tmp_path: Path, fast_scrypt):
    with running_rig(tmp_path) as rig:  # amina's key signs the list, and nothing pins it: ben cannot vouch for it
        reference = rig.store.file(sample_report(), "a").reference
        CaseBook(DataLayout.for_root(tmp_path)).record(reference, "status", "closed", "amina", rig.keys["amina"][0])
        ben, amina = rig.browser(), rig.browser()
        ben.unlock("ben")
        inbox = ben.get("/inbox").body
        assert "Not verified: the recipient list is not signed by a key you vouch for" in inbox
        assert "<td>closed</td>" not in inbox
        amina.unlock("amina")  # her own key signed it
        verified = amina.get("/inbox").body
        assert "Not verified" not in verified and "<td>closed</td>" in verified


def test_a_change_the_case_does_not_know_is_refused_and_nothing_is_recorded(rig: ConsoleRig):
    reference = rig.store.file(sample_report(), "a").reference
    browser = rig.browser()
    browser.unlock("amina")
    for kind, value in (("status", "deleted"), ("note", "   "), ("note", "x" * 20_001)):
        before = len(audit_actions(rig.root))
        token = browser.get("/inbox").field("csrf")
        refused = browser.post(f"/reports/{reference}/case", {"csrf": token, "kind": kind, "value": value})
        assert refused.status == 400 and "Not recorded" in refused.body
        assert "I saw the shelling of the school." in refused.body  # the form again, with the report...
        assert ("amina", "view", reference) in audit_actions(rig.root)[before:]  # ...so a view, audited first
    refused = change_case(browser, reference, "erase", "all")
    assert refused.status == 400 and "Not recorded" in refused.body and "I saw the shelling" not in refused.body
    assert change_case(browser, reference, "status", "closed", csrf="forged").status == 403
    assert not (rig.root / "cases").exists() or not any((rig.root / "cases").rglob("*.tse"))
    assert "<td>new</td>" in browser.get("/inbox").body


def test_a_member_whose_keys_do_not_open_a_report_cannot_change_its_case(tmp_path: Path, fast_scrypt):
    with running_rig(tmp_path, labels=("amina",)) as rig:
        reference = rig.store.file(sample_report(), "before ben").reference
        layout = DataLayout.for_root(tmp_path)
        ben, _ = Keyring.generate("ben", PASSPHRASE, FAST_SCRYPT, layout.private_keys_dir)
        Keyring(layout).add(ben.recipient(), rig.keys["amina"][0])
        browser = rig.browser()
        browser.unlock("ben")
        token = browser.get("/inbox").field("csrf")
        refused = browser.post(f"/reports/{reference}/case", {"csrf": token, "kind": "status", "value": "closed"})
        assert refused.status == 403 and not (tmp_path / "cases").exists()


def test_the_audit_page_lists_who_did_what_and_says_whether_the_log_verifies(rig: ConsoleRig):
    reference = rig.store.file(sample_report(), "a").reference
    browser = rig.browser()
    browser.unlock("amina")
    browser.get(f"/reports/{reference}?open=1")
    page = browser.get("/audit").body
    assert "Intact: 3 entries" in page
    rows = re.findall(r"<tr><td>(\d+)</td><td>[^<]+</td><td>(\w+)</td><td>([\w-]+)</td><td>([\w-]*)</td></tr>", page)
    assert rows == [("3", "amina", "audit", ""), ("2", "amina", "view", reference), ("1", "amina", "unlock", "")]

    log = DataLayout.for_root(rig.root).audit_dir / "staff-audit.log"
    lines = log.read_text().splitlines()
    lines[1] = lines[1].replace('"view"', '"show"')  # an edited entry
    log.write_text("\n".join(lines) + "\n")
    tampered = browser.get("/audit").body
    assert "The audit log does not verify" in tampered and "Intact" not in tampered


# ----- replies to the person ---------------------------------------------------------------------------------

def test_a_reply_is_sealed_to_the_reporters_key_kept_for_the_team_and_audited(rig: ConsoleRig):
    receipt = rig.store.file(arabic_report(), "a")
    amina, ben = rig.browser(), rig.browser()
    amina.unlock("amina")
    ben.unlock("ben")
    token = amina.get(f"/reports/{receipt.reference}?open=1").field("csrf")
    words = "شكرًا لك. هل يمكننا الاتصال بك؟"
    sent = amina.post(f"/reports/{receipt.reference}/reply", {"csrf": token, "value": words, "language": "ar"})
    assert sent.status == 303 and sent.headers["location"] == f"/reports/{receipt.reference}?open=1#replies"
    shown = ben.get(f"/reports/{receipt.reference}?open=1").body  # the team's copy, for every member
    assert f'<p class="words" dir="auto">{words}</p>' in shown and "amina · " in shown
    assert ("amina", "reply", receipt.reference) in audit_actions(rig.root)
    replies = rig.store.replies(rig.store.open_follow_up(receipt.reference, receipt.followup_code))
    assert [(r.language, r.text) for r in replies] == [("ar", words)]
    for path in rig.root.rglob("*"):
        assert not path.is_file() or "الاتصال".encode() not in path.read_bytes()

    for form in ({"csrf": token, "value": "  ", "language": "en"}, {"csrf": token, "value": "x" * 4001,
                                                                    "language": "en"},
                 {"csrf": token, "value": "hello", "language": "xx"}):
        refused = amina.post(f"/reports/{receipt.reference}/reply", form)
        assert refused.status == 400 and "Not sent" in refused.body
    assert amina.post(f"/reports/{receipt.reference}/reply", {"csrf": "forged", "value": "hi"}).status == 403
    assert len(rig.store.replies(rig.store.open_follow_up(receipt.reference, receipt.followup_code))) == 1


# ----- locking ---------------------------------------------------------------------------------------------

def test_lock_now_drops_the_keys_and_the_pages_ask_to_unlock_again(rig: ConsoleRig):
    rig.store.file(sample_report(), "a")
    browser = rig.browser()
    browser.unlock("amina")
    inbox = browser.get("/inbox")
    assert len(rig.console.vault) == 1
    locked = browser.post("/lock", {"csrf": inbox.field("csrf")})
    assert locked.status == 303 and locked.headers["location"] == "/unlock?why=locked"
    assert len(rig.console.vault) == 0
    assert browser.get("/inbox").headers["location"] == "/unlock"
    assert audit_actions(rig.root)[-1] == ("amina", "lock", None)


def test_an_idle_session_locks_itself_even_if_nobody_comes_back(rig: ConsoleRig):
    browser = rig.browser()
    browser.unlock("amina")
    assert browser.get("/inbox").status == 200
    rig.clock.now += 899
    assert browser.get("/inbox").status == 200  # activity keeps it open
    rig.clock.now += 901
    deadline = time.monotonic() + 5
    while len(rig.console.vault) and time.monotonic() < deadline:  # the reaper, without any request
        time.sleep(0.05)
    assert len(rig.console.vault) == 0
    assert browser.get("/inbox").headers["location"] == "/unlock?why=idle"


def test_pages_refresh_to_the_lock_screen_when_the_idle_time_is_over(rig: ConsoleRig):
    browser = rig.browser()
    browser.unlock("amina")
    assert '<meta http-equiv="refresh" content="901;url=/unlock?why=idle">' in browser.get("/inbox").body


def test_a_break_is_suggested_after_a_long_reading_session(rig: ConsoleRig):
    browser = rig.browser()
    browser.unlock("amina")
    assert "good moment for a break" not in browser.get("/inbox").body
    for _ in range(6):  # 60 minutes of steady work, never idle
        rig.clock.now += 600
        body = browser.get("/inbox").body
    assert "unlocked for 60 minutes" in body and "good moment for a break" in body


# ----- what it refuses ---------------------------------------------------------------------------------------

def test_wrong_passphrases_slow_the_account_down_and_a_right_one_then_waits_too(rig: ConsoleRig):
    browser = rig.browser()
    for _ in range(3):
        assert browser.unlock("amina", "not my passphrase").status == 401
    blocked = browser.unlock("amina", "still not it")
    assert blocked.status == 401 and "Wait 30 s" in blocked.body
    waiting = browser.unlock("amina")  # even the right passphrase waits
    assert waiting.status == 429 and len(rig.console.vault) == 0
    assert browser.unlock("ben").status == 303  # other accounts are not held back
    rig.clock.now += 31
    assert browser.unlock("amina").status == 303


def test_the_vault_never_hands_out_an_idle_session_even_before_the_reaper_runs(team_keys):
    vault = SessionVault(idle_seconds=60)
    identity = team_keys["team"][0]
    session = vault.open("account", "amina", [identity], now=0)
    assert vault.get(session.session_id, 59) is session and vault.is_live(session.session_id, 119)
    assert not vault.is_live(session.session_id, 120)
    assert vault.get(session.session_id, 120) is None and len(vault) == 0 and session.identities == []
    other = vault.open("account", "amina", [identity], now=0)
    assert vault.lock_idle(30) == 0 and vault.lock_idle(61) == 1 and vault.get(other.session_id, 61) is None


def test_guesses_sent_in_parallel_are_throttled_like_guesses_one_after_another(rig: ConsoleRig):
    browsers = [rig.browser() for _ in range(8)]
    pages = [b.get("/unlock") for b in browsers]
    account = re.search(r'name="account" value="([0-9a-f]+)"[^>]*> amina', pages[0].body).group(1)
    statuses = []
    threads = [threading.Thread(target=lambda b=b, p=p: statuses.append(b.post("/unlock", {
        "csrf": p.field("csrf"), "account": account, "passphrase": "guess"}).status)) for b, p in zip(browsers, pages)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [401] * 4 + [429] * 4  # three free, the fourth sets the wait, the rest wait


def test_unlocking_again_in_the_same_browser_locks_the_earlier_session(rig: ConsoleRig):
    browser = rig.browser()
    browser.unlock("amina")
    assert len(rig.console.vault) == 1
    browser.unlock("ben")
    assert len(rig.console.vault) == 1 and "Unlocked as ben" in browser.get("/inbox").body


def test_throttle_waits_double_and_are_capped():
    throttle = UnlockThrottle(free_failures=2, first_wait=10, longest_wait=35)
    assert [throttle.failed("a", 0) for _ in range(5)] == [0, 0, 10, 20, 35]
    assert throttle.wait_left("a", 30) == 5 and throttle.wait_left("b", 0) == 0
    throttle.succeeded("a")
    assert throttle.wait_left("a", 30) == 0


def test_every_response_carries_the_security_headers_and_strict_cookies(rig: ConsoleRig):
    browser = rig.browser()
    replies = [browser.get("/unlock"), browser.unlock("amina"), browser.get("/inbox"), browser.get("/console.css"),
               browser.get("/nowhere"), browser.get("/inbox", headers={"Host": "attacker.example"})]
    for reply in replies:
        assert reply.headers["cache-control"] == "no-store"
        assert "script-src" not in reply.headers["content-security-policy"]
        assert reply.headers["content-security-policy"].startswith("default-src 'none'")
        assert reply.headers["x-content-type-options"] == "nosniff"
        assert reply.headers["x-frame-options"] == "DENY"
    cookies = replies[0].cookies + replies[1].cookies
    assert {c.split("=")[0] for c in cookies} == {"testimony_staff_visitor", "testimony_staff"}
    assert all("HttpOnly" in c and "SameSite=Strict" in c for c in cookies)
    assert "<script" not in "".join(r.body for r in replies)


def test_a_request_for_another_host_name_is_refused(rig: ConsoleRig):
    """DNS rebinding: a page elsewhere that points its name at 127.0.0.1 still cannot read the console."""
    browser = rig.browser()
    browser.unlock("amina")
    reply = browser.get("/inbox", headers={"Host": "rebind.attacker.example:" + rig.host.split(":")[1]})
    assert reply.status == 421 and "Inbox" not in reply.body


def test_forms_without_the_right_token_or_from_another_origin_change_nothing(rig: ConsoleRig):
    browser = rig.browser()
    page = browser.get("/unlock")
    account = re.search(r'name="account" value="([0-9a-f]+)"', page.body).group(1)
    assert browser.post("/unlock", {"csrf": "forged", "account": account, "passphrase": PASSPHRASE}).status == 403
    foreign = browser.post("/unlock", {"csrf": page.field("csrf"), "account": account, "passphrase": PASSPHRASE},
                           headers={"Origin": "https://attacker.example"})
    assert foreign.status == 403 and len(rig.console.vault) == 0
    browser.unlock("amina")
    assert browser.post("/lock", {"csrf": "forged"}).status == 403
    assert browser.post("/lock", {}).status == 403
    assert len(rig.console.vault) == 1 and browser.get("/inbox").status == 200


def test_bad_requests_get_a_calm_answer_and_the_console_stays_up(rig: ConsoleRig):
    reference = rig.store.file(sample_report(), "a").reference
    browser = rig.browser()
    browser.unlock("amina")
    assert browser.get("/reports/../../etc/passwd").status == 404
    assert browser.get("/reports/REF-NOTAREAL1").status == 404
    assert browser.get("/reports/" + "A" * 5000).status == 404
    big = browser.request("POST", "/lock", raw_body=b"csrf=" + b"x" * 300_000,
                          headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert big.status == 400
    assert browser.request("POST", "/lock", raw_body=b"\xff\xfe\x00binary",
                           headers={"Content-Type": "application/x-www-form-urlencoded"}).status == 403
    assert browser.get("/inbox", headers={"Cookie": "testimony_staff=\x7f; bad cookie;;=="}).status == 303
    assert browser.get(f"/reports/{reference}?open=1").status == 200


def test_nothing_decrypted_is_written_to_disk(rig: ConsoleRig):
    canary = "Canary sentence: the blue door on Miller street."
    reference = rig.store.file(sample_report(narrative=canary), "a").reference
    browser = rig.browser()
    browser.unlock("amina")
    assert canary in browser.get(f"/reports/{reference}?open=1").body
    assert reference in browser.get("/inbox?q=blue+door").body
    for path in rig.root.rglob("*"):
        if path.is_file():
            assert b"blue door" not in path.read_bytes(), path


# ----- the command ---------------------------------------------------------------------------------------------

def test_python_m_bot_staff_serve_starts_the_console_on_127_0_0_1(tmp_path: Path, fast_scrypt):
    start_rig(tmp_path, labels=("amina",)).running.stop()
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "bot.staff", "--data-dir", str(tmp_path), "serve",
                                "--port", str(port)], env=staff_env(tmp_path), cwd=PROJECT_ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline, body = time.monotonic() + 30, ""
        while time.monotonic() < deadline and "Unlock your key" not in body:
            try:
                body = urllib.request.urlopen(f"http://127.0.0.1:{port}/unlock", timeout=2).read().decode()
            except OSError:
                time.sleep(0.2)
        assert "Unlock your key" in body and "amina" in body
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=10)
    assert f"Staff console: http://127.0.0.1:{port}" in out


def _free_port() -> int:
    from bot.launcher import free_port
    return free_port()
