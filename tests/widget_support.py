"""Test support for the website widget: Debian's chromium, the widget server, and a fake Rasa REST endpoint.

The fake speaks the same protocol as Rasa's REST channel (POST /webhooks/rest/webhook, JSON in, a list of
{recipient_id, text, buttons} out, CORS like `rasa run --cors "*"`), records every request, and answers from a
script, so the widget's own behaviour (rendering, storage, quick exit, errors, keyboard) can be tested without
a trained model. End-to-end tests use the real assistant from the `running_assistant` fixture instead.
"""
from __future__ import annotations

import html
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional
from urllib.parse import parse_qs, urlsplit

from tests.assistant import free_port, wait_until_up

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PYTHON = Path(sys.executable)
CHROMIUM = Path(os.environ.get("TESTIMONY_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
EXIT_URL = "https://www.bbc.co.uk/weather"
WEBHOOK = "/webhooks/rest/webhook"
SESSION = "/webhooks/rest/session"


# -------------------------------------------------------------------------------------------------------------
# The browser.
# -------------------------------------------------------------------------------------------------------------
def launch_chromium(playwright: Any) -> Any:
    """Debian's chromium through Playwright (never `playwright install`: no downloaded browsers here)."""
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing: run scripts/install-browser (make test does) first")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def stub_exit_site(context: Any) -> List[str]:
    """Answers the neutral exit site locally (there is no internet here); returns the URLs it was asked for."""
    visits: List[str] = []

    def fulfil(route: Any) -> None:
        visits.append(route.request.url)
        route.fulfill(status=200, content_type="text/html; charset=utf-8",
                      body="<!DOCTYPE html><html lang=en><title>Weather</title><h1>Weather forecast</h1></html>")

    context.route("https://www.bbc.co.uk/**", fulfil)
    return visits


# -------------------------------------------------------------------------------------------------------------
# The widget server (the real one, as a subprocess).
# -------------------------------------------------------------------------------------------------------------
@dataclass
class WidgetServer:
    url: str
    rasa_url: str
    process: subprocess.Popen

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_widget_server(rasa_url: str, port: Optional[int] = None) -> WidgetServer:
    """`python -m bot.widget.server` on a free port, talking to rasa_url."""
    port = port or free_port()
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    process = subprocess.Popen(
        [str(PYTHON), "-m", "bot.widget.server", "--port", str(port), "--rasa", rasa_url],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL,  # stderr goes to pytest's capture
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/", process, timeout=30)
    except Exception:
        process.kill()
        raise
    return WidgetServer(url=url, rasa_url=rasa_url, process=process)


def cors_problem(rasa_url: str, origin: str) -> Optional[str]:
    """None if rasa_url lets a page on `origin` POST JSON to the REST channel (CORS preflight), else why not."""
    request = urllib.request.Request(rasa_url + WEBHOOK, method="OPTIONS", headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    })
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            allowed = response.headers.get("Access-Control-Allow-Origin")
    except urllib.error.HTTPError as error:
        allowed = error.headers.get("Access-Control-Allow-Origin")
    except OSError as error:
        return f"{rasa_url} cannot be reached: {error}"
    if allowed in ("*", origin):
        return None
    return (f"{rasa_url} does not allow the widget's origin {origin} (Access-Control-Allow-Origin: {allowed!r}); "
            f"start Rasa with --cors \"*\" in tests, or with the widget's origin")


# -------------------------------------------------------------------------------------------------------------
# The fake Rasa REST endpoint.
# -------------------------------------------------------------------------------------------------------------
Reply = Dict[str, Any]
SAFE_BUTTONS = [{"title": "Yes, I am safe", "payload": "/affirm"},
                {"title": "No, or not sure", "payload": "/deny"}]


def default_script(message: str, sender: str) -> List[Reply]:
    """What the fake says: a greeting with quick replies, a deletion notice, otherwise an echo."""
    if message == "/greet":
        return [{"text": "Hello. I can help you tell the war crimes team what happened."},
                {"text": "Before we start: are you somewhere safe and private right now?", "buttons": SAFE_BUTTONS}]
    if message == "/delete_everything":
        return [{"text": "Everything you told me in this conversation has been deleted."}]
    if message == "/affirm":
        return [{"text": "Thank you.\nIn your own words, what happened?"}]
    return [{"text": f"You wrote: {message}"}]


@dataclass
class Received:
    sender: Optional[str]
    message: Optional[str]
    metadata: Any
    content_type: str
    origin: Optional[str]
    body: Any


@dataclass
class FakeRasa:
    """A scripted stand-in for Rasa's REST channel, in a thread of the test process."""

    script: Callable[[str, str], List[Reply]] = default_script
    mode: str = "ok"  # "ok"; "down": drop the connection (network error); "error": HTTP 500
    gate: Optional[threading.Event] = None  # when set to an Event, replies wait until it is set
    requests: List[Received] = field(default_factory=list)
    sessions: List[Dict[str, Any]] = field(default_factory=list)  # {asked: request body, token: issued}
    session_ttl: int = 43200  # the `expires_in` of issued tokens, in seconds
    preflights: int = 0
    url: str = ""
    widget_url: str = ""  # where the widget's files are served, for the host pages below
    _server: Optional[ThreadingHTTPServer] = None

    def start(self) -> "FakeRasa":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _cors(self) -> None:
                self.send_header("Access-Control-Allow-Origin", "*")
                self.send_header("Access-Control-Allow-Methods", "POST, OPTIONS")
                self.send_header("Access-Control-Allow-Headers", "content-type")

            def do_OPTIONS(self) -> None:  # noqa: N802
                fake.preflights += 1
                self.send_response(204)
                self._cors()
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_GET(self) -> None:  # noqa: N802
                """/host?lang=xx: a third-party page in language xx that embeds the widget with one tag."""
                parts = urlsplit(self.path)
                if parts.path != "/host":
                    self._send(404, b"not found", "text/plain")
                    return
                query = parse_qs(parts.query)
                lang = html.escape(query.get("lang", ["en"])[0], quote=True)
                extra = html.escape(query.get("attrs", [""])[0], quote=True)
                widget_attr = f' data-lang="{extra}"' if extra else ""
                page = (
                    f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
                    f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host {lang}</title>'
                    f'<script src="{fake.widget_url}/testimony-widget.js" data-testimony-server="{fake.url}"'
                    f'{widget_attr} defer></script></head><body><h1>Host page</h1>'
                    f'<div id="testimony-widget"></div></body></html>'
                )
                self._send(200, page.encode("utf-8"), "text/html; charset=utf-8")

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if urlsplit(self.path).path == SESSION:
                    token = f"v1.{uuid.uuid4().hex}"
                    fake.sessions.append({"asked": json.loads(raw or b"null"), "token": token})
                    answer = {"token": token, "expires_in": fake.session_ttl}
                    self._send(200, json.dumps(answer).encode("utf-8"), "application/json")
                    return
                if urlsplit(self.path).path != WEBHOOK:
                    self._send(404, b"not found", "text/plain")
                    return
                try:  # like Sanic's request.json: the body is JSON whatever the content type says
                    body = json.loads(raw or b"null")
                except ValueError:
                    body = None
                body_dict = body if isinstance(body, dict) else {}
                fake.requests.append(Received(
                    sender=body_dict.get("sender"), message=body_dict.get("message"),
                    metadata=body_dict.get("metadata"), content_type=self.headers.get("Content-Type", ""),
                    origin=self.headers.get("Origin"), body=body,
                ))
                if fake.mode == "down":
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if fake.mode == "error":
                    self._send(500, b'{"error": "internal"}', "application/json")
                    return
                if fake.gate is not None:
                    fake.gate.wait(timeout=30)
                sender = str(body_dict.get("sender"))
                replies = [dict(reply, recipient_id=sender)
                           for reply in fake.script(str(body_dict.get("message")), sender)]
                self._send(200, json.dumps(replies).encode("utf-8"), "application/json")

            def _send(self, status: int, body: bytes, content_type: str) -> None:
                self.send_response(status)
                self._cors()
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, name="fake-rasa", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            if self.gate is not None:
                self.gate.set()
            self._server.shutdown()
            self._server.server_close()

    def reset(self) -> None:
        self.requests.clear()
        self.sessions.clear()
        self.session_ttl = 43200
        self.preflights = 0
        self.mode = "ok"
        self.gate = None
        self.script = default_script

    def messages(self, sender: Optional[str] = None) -> List[str]:
        return [r.message for r in self.requests if sender is None or r.sender == sender]

    def wait_for(self, predicate: Callable[[Received], bool], timeout: float = 10) -> Received:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for request in list(self.requests):
                if predicate(request):
                    return request
            time.sleep(0.05)
        raise AssertionError(f"no matching request within {timeout} s; got {[r.message for r in self.requests]}")


def running_fake_rasa() -> Iterator[FakeRasa]:
    fake = FakeRasa().start()
    try:
        yield fake
    finally:
        fake.stop()


# -------------------------------------------------------------------------------------------------------------
# Reading the widget in a page.
# -------------------------------------------------------------------------------------------------------------
def widget_storage(page: Any) -> Dict[str, str]:
    """Everything in this origin's sessionStorage and localStorage (the widget writes nothing there)."""
    return page.evaluate(
        """() => Object.fromEntries([sessionStorage, localStorage].flatMap((store) =>
              Object.keys(store).map((k) => [k, store.getItem(k)])))""",
    )


def transcript_texts(page: Any) -> List[str]:
    """The text of every message in the log, the local intro first."""
    return page.locator(".tw-log .tw-msg__text").all_inner_texts()


def wait_for_bot_text(page: Any, needle: str, timeout: float = 120_000) -> None:
    page.locator(".tw-msg--bot .tw-msg__text", has_text=needle).last.wait_for(timeout=timeout)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two CSS rgb()/rgba() colours."""
    def channels(colour: str) -> List[float]:
        inside = colour[colour.index("(") + 1:colour.index(")")]
        return [float(v) for v in inside.replace("/", ",").replace(" ", ",").split(",") if v][:3]

    def luminance(colour: str) -> float:
        linear = []
        for value in channels(colour):
            c = value / 255
            linear.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
