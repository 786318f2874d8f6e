"""A staff console over a temporary report store, and a small HTTP client that behaves like a browser's
form posts (cookies kept, CSRF token read from the page), for tests/test_staff_console*.py. The `rig`
fixture reaches every test module through `pytest_plugins` in tests/conftest.py."""
from __future__ import annotations

import contextlib
import http.client
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Mapping, Optional

import pytest

from bot.crypto.codec import b64e
from bot.settings import LIST_SIGNER_VARIABLE, DataLayout
from bot.staff.console.app import Console, RunningConsole, start_console
from tests.crypto_fixtures import PASSPHRASE, Keys, make_store
from tests.helpers import FakeClock


@dataclass
class Reply:
    status: int
    headers: Dict[str, str]
    cookies: List[str]
    body: str

    def field(self, name: str) -> str:
        """The value of the first form field with this name on the page."""
        match = re.search(rf'name="{name}" value="([^"]*)"', self.body)
        assert match, f"no field {name} on the page"
        return match.group(1)


@dataclass
class Browser:
    """Cookies and requests as a browser would send them (Host and, on POST, Origin of the console)."""

    host: str
    cookies: Dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, form: Optional[Mapping[str, str]] = None,
                headers: Optional[Mapping[str, str]] = None, raw_body: Optional[bytes] = None) -> Reply:
        connection = http.client.HTTPConnection(self.host, timeout=30)
        sent = {"Host": self.host}
        if method == "POST":
            sent["Origin"] = f"http://{self.host}"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = raw_body
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        sent.update(headers or {})
        connection.request(method, path, body, {k: v for k, v in sent.items() if v is not None})
        response = connection.getresponse()
        reply = Reply(response.status, {k.lower(): v for k, v in response.getheaders()},
                      response.headers.get_all("Set-Cookie") or [], response.read().decode("utf-8"))
        connection.close()
        for set_cookie in reply.cookies:
            name, _, rest = set_cookie.partition("=")
            value = rest.split(";")[0]
            if "Max-Age=0" in set_cookie:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return reply

    def get(self, path: str, **kwargs) -> Reply:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, form: Mapping[str, str], **kwargs) -> Reply:
        return self.request("POST", path, form, **kwargs)

    def unlock(self, name: str, passphrase: str = PASSPHRASE) -> Reply:
        page = self.get("/unlock")
        account = re.search(rf'name="account" value="([0-9a-f]+)"[^>]*> {re.escape(name)}\b', page.body)
        assert account, f"{name} is not offered on the unlock page"
        return self.post("/unlock", {"csrf": page.field("csrf"), "account": account.group(1),
                                     "passphrase": passphrase})


@dataclass
class ConsoleRig:
    root: Path
    keys: Keys
    store: object
    console: Console
    running: RunningConsole
    clock: FakeClock

    @property
    def host(self) -> str:
        return self.running.url.split("//", 1)[1]

    def browser(self) -> Browser:
        return Browser(self.host)


def start_rig(root: Path, labels=("amina", "ben"), idle_seconds: float = 900,
              break_seconds: float = 2700) -> ConsoleRig:
    store, keys = make_store(root, labels)
    layout = DataLayout.for_root(root)
    clock = FakeClock()
    console = Console(layout, lambda: sorted(layout.private_keys_dir.glob("*.key")), idle_seconds=idle_seconds,
                      break_seconds=break_seconds, clock=clock)
    return ConsoleRig(root, keys, store, console, start_console(console, 0, reap_every=0.05), clock)


@contextlib.contextmanager
def running_rig(root: Path, labels=("amina", "ben"), idle_seconds: float = 900) -> Iterator[ConsoleRig]:
    """start_rig for a test that needs other members or settings than the `rig` fixture's; stopped after."""
    rig = start_rig(root, labels, idle_seconds)
    try:
        yield rig
    finally:
        rig.running.stop()


@pytest.fixture
def rig(tmp_path: Path, fast_scrypt, monkeypatch: pytest.MonkeyPatch) -> Iterator[ConsoleRig]:
    """Two staff members (amina, ben), both recipients, and the console over their store; amina's key signs the
    recipient list and is pinned as its signer, as on a team's workstations, so ben vouches for it too."""
    rig = start_rig(tmp_path)
    monkeypatch.setenv(LIST_SIGNER_VARIABLE, b64e(rig.keys["amina"][0].signing_public_raw))
    yield rig
    rig.running.stop()
