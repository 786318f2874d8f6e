"""Serves the website widget and its demo page with strict security headers (stdlib only).

    python -m bot.widget.server --port 8080 --rasa http://localhost:5005

Only the files that are in bot/widget/static are served (an allow-list built from the directory, so no path
can escape it), only with GET and HEAD, never with a directory listing. Every response forbids caching, so a
shared computer's browser cache keeps no trace of the visit. HTML pages get the Rasa server's address written
into their `data-testimony-server` attribute, and a Content-Security-Policy that lets them talk to that server
and to nothing else. Requests are not logged: visitors' IP addresses and paths are nobody's business.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Dict, Optional, Tuple
from urllib.parse import urlsplit

STATIC_DIR = Path(__file__).resolve().parent / "static"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
}
SERVER_ATTRIBUTE = re.compile(r'data-testimony-server="[^"]*"')

COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store, max-age=0",
    "Pragma": "no-cache",
    "Expires": "0",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def origin_of(url: str) -> str:
    """scheme://host[:port] of an http(s) URL; raises ValueError for anything else."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValueError(f"the Rasa URL must be a plain address: {url!r}")
    if any(ch in url for ch in "\"'<> ;,"):
        raise ValueError(f"unexpected characters in the Rasa URL: {url!r}")
    return f"{parts.scheme}://{parts.netloc}"


def content_security_policy(rasa_origin: str) -> str:
    """No inline script or style, no eval, no frames, no forms, no fonts; fetch only to self and Rasa."""
    return "; ".join([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        f"connect-src 'self' {rasa_origin}",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
    ])


def static_files(root: Path = STATIC_DIR) -> Dict[str, Path]:
    """URL path -> file, for every non-hidden file under root with a known type."""
    files: Dict[str, Path] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix in CONTENT_TYPES:
            files["/" + relative.as_posix()] = path
    if "/index.html" in files:
        files["/"] = files["/index.html"]
    return files


class WidgetHandler(BaseHTTPRequestHandler):
    server_version = "Testimony"
    sys_version = ""

    def version_string(self) -> str:
        return self.server_version
    protocol_version = "HTTP/1.1"

    def __init__(self, *args, rasa_url: str, static_root: Path, **kwargs) -> None:
        self.rasa_url = rasa_url
        self.static_root = static_root
        super().__init__(*args, **kwargs)

    # -- responses -------------------------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._respond(include_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(include_body=False)

    def _method_not_allowed(self) -> None:
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, b"Method not allowed\n", "text/plain; charset=utf-8",
                   extra={"Allow": "GET, HEAD"})

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _method_not_allowed  # noqa: N815

    def _respond(self, include_body: bool) -> None:
        found = self._lookup()
        if found is None:
            self._send(HTTPStatus.NOT_FOUND, b"Not found\n", "text/plain; charset=utf-8", include_body=include_body)
            return
        path, content_type = found
        body = path.read_bytes()
        extra: Dict[str, str] = {}
        if content_type.startswith("text/html"):
            page = SERVER_ATTRIBUTE.sub(
                f'data-testimony-server="{html.escape(self.rasa_url, quote=True)}"', body.decode("utf-8"))
            body = page.encode("utf-8")
            extra["Content-Security-Policy"] = content_security_policy(origin_of(self.rasa_url))
            extra["X-Frame-Options"] = "DENY"
            extra["Cross-Origin-Resource-Policy"] = "same-origin"
        else:
            # The script and stylesheet may be embedded by other sites (one script tag), so they can be
            # loaded cross-origin; they still carry no cookies and are never cached.
            extra["Cross-Origin-Resource-Policy"] = "cross-origin"
            extra["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'"
        self._send(HTTPStatus.OK, body, content_type, extra=extra, include_body=include_body)

    def _lookup(self) -> Optional[Tuple[Path, str]]:
        path = urlsplit(self.path).path
        files = static_files(self.static_root)
        file = files.get(path)
        if file is None:
            return None
        return file, CONTENT_TYPES[file.suffix]

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, extra: Optional[Dict[str, str]] = None,
              include_body: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in {**COMMON_HEADERS, **(extra or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        if include_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        """Requests are not logged (no visitor IP addresses or paths in any log)."""


def make_server(host: str, port: int, rasa_url: str, static_root: Path = STATIC_DIR) -> ThreadingHTTPServer:
    rasa_url = rasa_url.rstrip("/")
    origin_of(rasa_url)  # validate before serving anything
    handler = partial(WidgetHandler, rasa_url=rasa_url, static_root=static_root)
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the Testimony website widget and its demo page.")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--rasa", default="http://localhost:5005", help="the Rasa server the widget talks to")
    args = parser.parse_args(argv)
    try:
        server = make_server(args.host, args.port, args.rasa)
    except ValueError as error:
        parser.error(str(error))
    except OSError as error:
        print(f"Cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    print(f"Testimony widget demo on http://{args.host}:{args.port}/ talking to {args.rasa}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
