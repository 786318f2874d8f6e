"""Debian's chromium, headless, through Playwright: for the widget's screenshots and its browser tests.

Playwright's downloaded browsers are never used (`playwright install` is not run); scripts/install-browser
installs /usr/bin/chromium with apt-get.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

CHROMIUM = Path(os.environ.get("TESTIMONY_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def launch_chromium(playwright: Any) -> Any:
    """The browser, from a `sync_playwright()` context; says how to install it when it is missing."""
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing: run scripts/install-browser (make test does) first")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
