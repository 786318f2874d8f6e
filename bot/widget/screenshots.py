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
import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, List, Optional

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("TESTIMONY_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORTS = {"desktop": (1280, 800), "phone": (360, 740)}
PAGES = {"en": "/", "ar": "/ar.html"}
RESPONSES = ("utter_welcome", "utter_ask_safe_now", "utter_ask_consent")

def catalog_responses(language: str) -> Dict[str, List[Dict[str, Any]]]:
    """The opening responses in `language`, from the response catalog (the words users really see)."""
    from bot.catalog import responses

    catalog = responses(language)
    return {name: [{key: value for key, value in catalog[name][0].items() if key in ("text", "buttons")}]
            for name in RESPONSES}


class ScriptedRasa:
    """A REST endpoint that answers /greet and /affirm with the opening of the real conversation."""

    def __init__(self) -> None:
        self.consented: Dict[str, int] = {}
        script = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _headers(self, status: int, length: int = 0) -> None:
                self.send_response(status)
                self.send_header("Access-Control-Allow-Origin", "*")
                self.send_header("Access-Control-Allow-Methods", "POST, OPTIONS")
                self.send_header("Access-Control-Allow-Headers", "content-type")
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(length))
                self.end_headers()

            def do_OPTIONS(self) -> None:  # noqa: N802
                self._headers(204)

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                language = str((body.get("metadata") or {}).get("page_language") or "en")[:2]
                replies = script.reply(str(body.get("sender")), str(body.get("message")),
                                       language if language in PAGES else "en")
                data = json.dumps(replies).encode("utf-8")
                self._headers(200, len(data))
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def reply(self, sender: str, message: str, language: str) -> List[Dict[str, Any]]:
        texts = catalog_responses(language)
        if message == "/greet":
            names = ["utter_welcome", "utter_ask_safe_now"]
        elif message == "/affirm":
            names = ["utter_ask_consent"]
        else:
            names = ["utter_ask_safe_now"]
        return [dict(texts[name][0], recipient_id=sender) for name in names]

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_widget_server(rasa_url: str) -> "tuple[subprocess.Popen, str]":
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.widget.server", "--port", str(port), "--rasa", rasa_url],
        cwd=PROJECT_ROOT, env=dict(os.environ, PYTHONPATH=str(PROJECT_ROOT)), stdout=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/", timeout=2)
            return process, url
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the widget server did not start")


def take_screenshots(out_dir: Path, languages: Optional[List[str]] = None) -> List[Path]:
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    rasa = ScriptedRasa()
    server, url = _start_widget_server(rasa.url)
    saved: List[Path] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
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
        server.terminate()
        server.wait(timeout=10)
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
