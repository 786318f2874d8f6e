"""A scripted stand-in for Rasa's REST channel, so the widget can be shown and tested without a trained model.

It speaks the same protocol (POST /webhooks/rest/session for a session token, then POST /webhooks/rest/webhook,
JSON in, a list of {recipient_id, text, buttons} out, CORS like `rasa run --cors "*"`), records every request, and answers from a script. The screenshots
(bot/widget/screenshots.py) script the opening of the real conversation; the browser tests script whatever a
test needs, and can make it fail ("down", "error") or hold its answers (`gate`). GET /host?lang=xx serves a
third-party page in language xx that embeds the widget with one script tag (set `widget_url` first).
"""
from __future__ import annotations

import html
import json
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional
from urllib.parse import parse_qs, urlsplit

WEBHOOK = "/webhooks/rest/webhook"
SESSION = "/webhooks/rest/session"
Reply = Dict[str, Any]


@dataclass
class Received:
    """One request the stand-in received, as the widget sent it."""

    sender: Optional[str]
    message: Optional[str]
    metadata: Any
    content_type: str
    origin: Optional[str]
    body: Any


Script = Callable[[Received], List[Reply]]


class ScriptedRasa:
    """The stand-in, served from a thread of this process on a free port of 127.0.0.1."""

    def __init__(self, script: Script) -> None:
        self.default_script = script
        self.script = script
        self.mode = "ok"  # "ok"; "down": drop the connection (a network error); "error": HTTP 500
        self.gate: Optional[threading.Event] = None  # when set to an Event, replies wait until it is set
        self.requests: List[Received] = []
        self.sessions: List[Dict[str, Any]] = []  # {asked: the request body, token: the token issued}
        self.session_ttl = 43200  # the `expires_in` of issued tokens, in seconds
        self.preflights = 0
        self.widget_url = ""  # where the widget's files are served, for the /host pages
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def _handler(self) -> type:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _cors(self) -> None:
                self.send_header("Access-Control-Allow-Origin", "*")
                self.send_header("Access-Control-Allow-Methods", "POST, OPTIONS")
                self.send_header("Access-Control-Allow-Headers", "content-type")

            def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
                fake.preflights += 1
                self.send_response(204)
                self._cors()
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_GET(self) -> None:  # noqa: N802
                parts = urlsplit(self.path)
                if parts.path != "/host":
                    self._send(404, b"not found", "text/plain")
                    return
                self._send(200, fake.host_page(parse_qs(parts.query)).encode("utf-8"), "text/html; charset=utf-8")

            def do_POST(self) -> None:  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if urlsplit(self.path).path == SESSION:
                    token = f"v1.{uuid.uuid4().hex}"
                    try:
                        asked = json.loads(raw or b"null")
                    except ValueError:
                        asked = None
                    fake.sessions.append({"asked": asked, "token": token})
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
                fields = body if isinstance(body, dict) else {}
                request = Received(
                    sender=fields.get("sender"), message=fields.get("message"), metadata=fields.get("metadata"),
                    content_type=self.headers.get("Content-Type", ""), origin=self.headers.get("Origin"), body=body,
                )
                fake.requests.append(request)
                if fake.mode == "down":
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if fake.mode == "error":
                    self._send(500, b'{"error": "internal"}', "application/json")
                    return
                if fake.gate is not None:
                    fake.gate.wait(timeout=30)
                replies = [dict(reply, recipient_id=str(request.sender)) for reply in fake.script(request)]
                self._send(200, json.dumps(replies).encode("utf-8"), "application/json")

            def _send(self, status: int, body: bytes, content_type: str) -> None:
                self.send_response(status)
                self._cors()
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

        return Handler

    def host_page(self, query: Dict[str, List[str]]) -> str:
        """A third-party page in the language `lang` that embeds the widget with one tag (`attrs`: its data-lang)."""
        lang = html.escape(query.get("lang", ["en"])[0], quote=True)
        extra = html.escape(query.get("attrs", [""])[0], quote=True)
        widget_attr = f' data-lang="{extra}"' if extra else ""
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host {lang}</title>'
            f'<script src="{self.widget_url}/testimony-widget.js" data-testimony-server="{self.url}"'
            f'{widget_attr} defer></script></head><body><h1>Host page</h1>'
            f'<div id="testimony-widget"></div></body></html>'
        )

    def start(self) -> "ScriptedRasa":
        threading.Thread(target=self._server.serve_forever, name="scripted-rasa", daemon=True).start()
        return self

    def stop(self) -> None:
        if self.gate is not None:
            self.gate.set()
        self._server.shutdown()
        self._server.server_close()

    def reset(self) -> None:
        """Back to answering from the first script, with no requests recorded."""
        self.requests.clear()
        self.sessions.clear()
        self.session_ttl = 43200
        self.preflights = 0
        self.mode = "ok"
        self.gate = None
        self.script = self.default_script

    def messages(self, sender: Optional[str] = None) -> List[Optional[str]]:
        return [r.message for r in self.requests if sender is None or r.sender == sender]

    def wait_for(self, predicate: Callable[[Received], bool], timeout: float = 10) -> Received:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for request in list(self.requests):
                if predicate(request):
                    return request
            time.sleep(0.05)
        raise AssertionError(f"no matching request within {timeout} s; got {[r.message for r in self.requests]}")
