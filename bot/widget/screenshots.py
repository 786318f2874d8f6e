"""Screenshots of the website widget, in English and Arabic, on a desktop and on a phone.

    python -m bot.widget.screenshots [--out docs/screenshots]

Starts the widget server against a small scripted stand-in for Rasa's REST channel (so no trained model is
needed), opens the demo page in Debian's chromium through Playwright, clicks "Start" and "Yes, I am safe", and
saves widget-{en,ar}-{desktop,phone}.png (desktop: the whole page at 1280 px; phone: the chat on a 360x740
screen). The assistant's words come from the response catalog
(bot/catalog). Needs the `playwright` Python package
and /usr/bin/chromium (scripts/install-browser).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

from bot.launcher import free_port, start_widget_server
from bot.settings import PROJECT_ROOT
from bot.widget.browser import launch_chromium
from bot.widget.scripted_rasa import Received, Reply, ScriptedRasa

VIEWPORTS = {"desktop": (1280, 800), "phone": (360, 740)}
PAGES = {"en": "/", "ar": "/ar.html"}
RESPONSES = ("utter_welcome", "utter_ask_safe_now", "utter_ask_consent")


def catalog_responses(language: str) -> Dict[str, List[Dict[str, Any]]]:
    """The opening responses in `language`, from the response catalog (the words users really see)."""
    from bot.catalog import responses

    catalog = responses(language)
    return {name: [{key: value for key, value in catalog[name][0].items() if key in ("text", "buttons")}]
            for name in RESPONSES}


def opening(request: Received) -> List[Reply]:
    """/greet and /affirm answered with the opening of the real conversation, in the page's language."""
    language = str((request.metadata or {}).get("page_language") or "en")[:2]
    texts = catalog_responses(language if language in PAGES else "en")
    if request.message == "/greet":
        names = ["utter_welcome", "utter_ask_safe_now"]
    elif request.message == "/affirm":
        names = ["utter_ask_consent"]
    else:
        names = ["utter_ask_safe_now"]
    return [texts[name][0] for name in names]


def take_screenshots(out_dir: Path, languages: Optional[List[str]] = None) -> List[Path]:
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    rasa = ScriptedRasa(opening).start()
    server = start_widget_server(rasa.url, free_port())
    url = server.url
    saved: List[Path] = []
    try:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            try:
                for language in languages or list(PAGES):
                    for device, (width, height) in VIEWPORTS.items():
                        context = browser.new_context(viewport={"width": width, "height": height},
                                                      device_scale_factor=1, reduced_motion="reduce")
                        page = context.new_page()
                        page.goto(url + PAGES[language])
                        page.locator(".tw-choice").first.click()          # Start
                        page.locator(".tw-msg--bot").nth(2).wait_for()    # intro, welcome, safe?
                        page.locator(".tw-choice").first.click()          # Yes, I am safe
                        page.locator(".tw-msg--bot").nth(3).wait_for()    # consent
                        page.locator(".tw-input").fill(
                            "It happened in our village in March." if language == "en" else "حدث ذلك في قريتنا في آذار.")
                        page.locator(".tw-input").evaluate("(el) => el.blur()")
                        path = out_dir / f"widget-{language}-{device}.png"
                        if device == "desktop":  # the whole page: the widget in its public-service setting
                            page.evaluate("() => window.scrollTo(0, 0)")
                            page.screenshot(path=str(path), full_page=True)
                        else:  # a phone screen with the chat in view, the exit button at the top
                            page.locator(".tw").evaluate("(el) => el.scrollIntoView({block: 'start'})")
                            page.evaluate("() => window.scrollBy(0, -document.querySelector('.tw-exit').offsetHeight)")
                            page.screenshot(path=str(path))
                        saved.append(path)
                        context.close()
            finally:
                browser.close()
    finally:
        server.stop()
        rasa.stop()
    return saved


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the Testimony website widget.")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    for path in take_screenshots(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
