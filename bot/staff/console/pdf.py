"""A printable PDF of a report for a case file: the person's words shaped in their own script, the marked
translation, consents and additions, and a chain-of-custody page, made by headless Chromium in memory.

Chromium shapes Arabic, Persian, Urdu and Tamil with HarfBuzz and the Noto fonts scripts/install-browser
installs, which no pure-Python PDF library here does. The page is handed to it as a string (no server, no
network) and the PDF comes back as bytes; nothing decrypted is written to a file by the console (a test
greps the browser's temporary directory for the account afterwards).
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from jinja2 import Environment

from bot.staff.console.views import ReportPage

HERE = Path(__file__).resolve().parent
_ONE_AT_A_TIME = threading.Lock()  # one browser at a time: exports are rare, memory on a laptop is not


def render_print_page(pages: Environment, page: ReportPage, custody: dict, case: Any) -> str:
    return pages.get_template("report_print.html").render(
        page=page, custody=custody, case=case, stylesheet=(HERE / "static" / "console.css").read_text("utf-8"))


def pdf_of(html: str) -> bytes:
    """The PDF Chromium prints from `html` (A4, backgrounds kept)."""
    from playwright.sync_api import sync_playwright  # only when a PDF is asked for

    from bot.widget.browser import launch_chromium

    with _ONE_AT_A_TIME, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(java_script_enabled=False, offline=True)
            page = context.new_page()
            page.set_content(html, wait_until="load")
            return page.pdf(format="A4", print_background=True,
                            margin={"top": "18mm", "bottom": "18mm", "left": "16mm", "right": "16mm"})
        finally:
            browser.close()
