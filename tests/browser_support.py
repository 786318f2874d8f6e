"""Debian's chromium through Playwright, one per test module, for every browser test (the widget's and the staff
console's). Reaches the test modules through `pytest_plugins` in tests/conftest.py."""
from __future__ import annotations

from typing import Any, Iterator

import pytest


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    from bot.widget.browser import launch_chromium

    with sync_api.sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()
