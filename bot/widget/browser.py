"""Debian's chromium, headless, through Playwright: for the widget's screenshots and its browser tests.

Playwright's downloaded browsers are never used (`playwright install` is not run); scripts/install-browser
installs /usr/bin/chromium with apt-get.
"""
from __future__ import annotations

from typing import Any

from bot import settings

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def launch_chromium(playwright: Any) -> Any:
    """The browser, from a `sync_playwright()` context; says how to install it when it is missing."""
    chromium = settings.current().chromium
    if not chromium.exists():
        raise RuntimeError(f"{chromium} is missing: run scripts/install-browser (make test does) first")
    return playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
