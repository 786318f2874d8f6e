"""Screenshots of the staff console for the README: the inbox, and an Arabic report beside its translation.

    python -m bot.staff.console.screenshots [--out docs/screenshots]

Builds a throwaway data directory with two sample keys and three invented reports (the Arabic one asked with
the catalog's own Arabic questions), starts the real console over it, unlocks it in Debian's chromium through
Playwright as a reviewer would, and saves console-inbox.png and console-report-ar.png. Nothing real is shown:
every account here is made up for the picture.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Optional

from bot.catalog import responses
from bot.crypto.kdf import ScryptParams
from bot.launcher import free_port
from bot.reports.keyring import Keyring
from bot.reports.store import ReportStore
from bot.settings import PROJECT_ROOT, DataLayout
from bot.staff.cases import CaseBook
from bot.staff.console.app import Console, start_console
from bot.widget.browser import launch_chromium

PASSPHRASE = "sample only: lantern harbour copper meadow walnut orbit"
QUICK_SCRYPT = ScryptParams(n=2 ** 10, r=8, p=1)  # sample keys only
ARABIC_ACCOUNT = "جاء الجنود إلى قريتنا في الفجر وأخذوا الرجال من المخبز. لم يعد أخي حتى اليوم."
ARABIC_IN_ENGLISH = ("The soldiers came to our village at dawn and took the men from the bakery. My brother has "
                     "not come back to this day.")


def _turns(language: str, pairs: list) -> list:
    catalog = responses(language)
    turns = []
    for question, answer in pairs:
        turns.append({"speaker": "bot", "text": catalog[question][0]["text"], "time": "2026-11-30T09:12:00+00:00",
                      "language": language})
        turns.append({"speaker": "user", "text": answer, "time": "2026-11-30T09:13:00+00:00", "language": language})
    return turns


def sample_reports() -> list:
    arabic = {
        "schema": 1, "language": "ar", "filed_at": "2026-11-30T09:20:00+00:00",
        "answers": {"role": "witness", "narrative": ARABIC_ACCOUNT, "incident_time": "ربيع 2022",
                    "incident_place": "قرب حمص", "perpetrator_in_uk": "dont_know"},
        "consents": {"report": True, "onward_sharing": True, "contact": False},
        "contact_preference": "anonymous", "contact_details": None, "contact_needs": None,
        "safe_when_reporting": "yes",
        "transcript": _turns("ar", [("utter_ask_narrative", ARABIC_ACCOUNT), ("utter_ask_incident_time", "ربيع 2022"),
                                    ("utter_ask_incident_place", "قرب حمص")]),
        "translations": {"narrative": ARABIC_IN_ENGLISH, "incident_time": "spring 2022",
                         "incident_place": "near Homs"},
    }
    english = {
        "schema": 1, "language": "en", "filed_at": "2026-12-01T14:05:00+00:00",
        "answers": {"role": "survivor", "narrative": "I was held in a basement for three weeks and questioned.",
                    "perpetrator_in_uk": "yes"},
        "consents": {"report": True, "onward_sharing": False, "contact": True},
        "contact_preference": "contact_me", "contact_details": "(sample)", "contact_needs": None,
        "safe_when_reporting": "not really", "transcript": [], "translations": {},
    }
    russian = dict(english, language="ru", filed_at="2026-12-02T08:40:00+00:00",
                   answers={"role": "family", "narrative": "Мою сестру увезли с блокпоста."},
                   consents={"report": True, "onward_sharing": True, "contact": False},
                   contact_preference="anonymous", safe_when_reporting="yes",
                   translations={"narrative": "My sister was taken away from the checkpoint."})
    return [arabic, english, russian]


def take(out: Path) -> list:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        layout = DataLayout.for_root(root)
        amina, _ = Keyring.generate("amina", PASSPHRASE, QUICK_SCRYPT, layout.private_keys_dir)
        Keyring(layout).add(amina.recipient(), amina)
        ben, _ = Keyring.generate("ben", PASSPHRASE, QUICK_SCRYPT, layout.private_keys_dir)
        Keyring(layout).add(ben.recipient(), amina)
        store = ReportStore(root, scrypt=QUICK_SCRYPT)
        references = [store.file(report, f"sample-{n}").reference for n, report in enumerate(sample_reports())]
        cases = CaseBook(layout)
        cases.record(references[0], "status", "in review", "amina", amina)
        cases.record(references[0], "assign", "amina", "amina", amina)
        cases.record(references[0], "note", "Check the bakery's name against the 2022 list.", "amina", amina)
        console = Console(layout, lambda: sorted(layout.private_keys_dir.glob("*.key")), idle_seconds=900,
                          break_seconds=2700)
        running = start_console(console, free_port())
        saved = []
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                page.goto(running.url + "/unlock")
                page.get_by_label("amina").check()
                page.fill("#passphrase", PASSPHRASE)
                page.keyboard.press("Enter")
                page.wait_for_url("**/inbox")
                out.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(out / "console-inbox.png"))
                saved.append(out / "console-inbox.png")
                page.goto(f"{running.url}/reports/{references[0]}?open=1")
                page.screenshot(path=str(out / "console-report-ar.png"), full_page=False)
                saved.append(out / "console-report-ar.png")
                browser.close()
        finally:
            running.stop()
        return saved


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(PROJECT_ROOT / "docs" / "screenshots"))
    args = parser.parse_args(argv)
    for path in take(Path(args.out)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
