"""The production shape's balancer configuration (bot.launcher.balancer), and the launcher's refusal without HAProxy.
tests/test_e2e_replicas.py runs the shape itself."""
from __future__ import annotations

import http.server
import socket
import struct
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.launcher import LaunchError, LaunchOptions, Servers, free_port
from bot.channels.rest import MAX_BODY_BYTES
from bot.launcher.balancer import BUFFER_BYTES, configuration, haproxy_binary, write_configuration
from bot.launcher.servers import internal_ports, start_behind_balancer


def test_every_replica_and_action_server_is_behind_the_balancer_and_health_checked() -> None:
    text = configuration(5005, (5101, 5102), 5055, (5201, 5202))
    assert "bind 127.0.0.1:5005" in text and "bind 127.0.0.1:5055" in text
    for port in (5101, 5102, 5201, 5202):
        assert f"127.0.0.1:{port} check" in text
    assert "option httpchk GET /health" in text  # the action servers' health route
    assert "option redispatch 1" in text and "retries 3" in text  # a message to a dead replica goes to another
    assert "\nlog " not in text and "option httplog" not in text  # nothing about requests is logged


def test_internal_ports_are_the_given_ones_or_the_next_ones_up(tmp_path: Path) -> None:
    options = LaunchOptions(data_dir=tmp_path, environment={}, rasa_port=5005, action_port=5055, replicas=2)
    assert internal_ports(options) == ((5006, 5007), (5056, 5057))
    given = LaunchOptions(data_dir=tmp_path, environment={}, replicas=2, replica_ports=(6001, 6002),
                          action_ports=(7001, 7002))
    assert internal_ports(given) == ((6001, 6002), (7001, 7002))


def test_without_haproxy_the_launcher_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.launcher.servers.haproxy_binary", lambda: None)
    options = LaunchOptions(data_dir=tmp_path, environment={}, replicas=2)
    with pytest.raises(LaunchError, match="scripts/install-balancer"):
        start_behind_balancer(Servers(options, {}, []))


class _Slow(http.server.BaseHTTPRequestHandler):
    """A replica that is alive but busy: every answer, its health check's included, takes longer than a second."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        time.sleep(1.6)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: object) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # HAProxy closing a check's connection early is not a failure here


def test_a_busy_replica_stays_in_the_rotation_beside_a_dead_one(tmp_path: Path) -> None:
    """Under a spike every replica answers late: a check that gave up after a second took them all out, and every
    message was refused (503 at once, tens of thousands in the soak). Behind a real HAProxy with the launcher's
    configuration, every message reaches the busy replica."""
    haproxy = haproxy_binary()
    if haproxy is None:  # pragma: no cover - `make test` installs it
        pytest.skip("HAProxy is not installed (scripts/install-balancer)")
    busy = _QuietServer(("127.0.0.1", 0), _Slow)
    threading.Thread(target=busy.serve_forever, daemon=True).start()
    dead, front, action_front = free_port(), free_port(), free_port()
    config = write_configuration(tmp_path / "haproxy.cfg", configuration(
        front, (busy.server_address[1], dead), action_front, (busy.server_address[1], dead)))
    balancer = subprocess.Popen([haproxy, "-f", str(config), "-db"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
    try:
        statuses = []
        deadline = time.monotonic() + 9  # several check intervals, each check answered after 1.6 s
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{front}/", timeout=30) as answer:
                    statuses.append(answer.status)
            except urllib.error.HTTPError as error:
                statuses.append(error.code)
            except urllib.error.URLError:
                time.sleep(0.2)  # HAProxy still starting
        assert len(statuses) >= 4 and set(statuses) == {200}, statuses
    finally:
        balancer.terminate()
        balancer.wait(timeout=10)
        busy.shutdown()


def test_the_largest_message_fits_the_buffer_haproxy_sends_again() -> None:
    """HAProxy sends a request to another replica only if the whole request is in its buffer."""
    assert BUFFER_BYTES >= MAX_BODY_BYTES + 8192
    assert f"tune.bufsize {BUFFER_BYTES}" in configuration(5005, (5101, 5102), 5055, (5201, 5202))


class _Answers(http.server.BaseHTTPRequestHandler):
    """A live replica: answers its health check, and every message with the message it was sent."""

    received: list = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self._answer(b"ok")

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append(body)
        self._answer(body)

    def _answer(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _DiesWithTheMessage(_Answers):
    """A replica that still answers its health check but dies with each message in hand: it reads the message and
    its connection is closed without an answer, as the kernel closes a killed process's connections (`reset`:
    abruptly, as with unread data; else an orderly close)."""

    reset = False

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        self.rfile.read(int(self.headers["Content-Length"]))
        if self.reset:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


@pytest.mark.parametrize("reset", [False, True], ids=["closed", "reset"])
def test_a_message_in_the_hands_of_a_dying_replica_is_answered_by_another(tmp_path: Path, reset: bool) -> None:
    """Seen in CI: the message sent as a replica was killed came back "502 Bad Gateway". Behind a real HAProxy with
    the launcher's configuration, every message, of every size the channel accepts, is answered by the live
    replica, once; none reaches the person as an error."""
    haproxy = haproxy_binary()
    if haproxy is None:  # pragma: no cover - `make test` installs it
        pytest.skip("HAProxy is not installed (scripts/install-balancer)")
    live_handler = type("Live", (_Answers,), {"received": []})
    dying_handler = type("Dying", (_DiesWithTheMessage,), {"reset": reset})
    live, dying = _QuietServer(("127.0.0.1", 0), live_handler), _QuietServer(("127.0.0.1", 0), dying_handler)
    for server in (live, dying):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    front, action_front = free_port(), free_port()
    ports = (dying.server_address[1], live.server_address[1])
    config = write_configuration(tmp_path / "haproxy.cfg", configuration(front, ports, action_front, ports))
    balancer = subprocess.Popen([haproxy, "-f", str(config), "-db"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
    messages = [f"message {number}: ".encode() + b"x" * size
                for number, size in enumerate([10, 2000, 30000, MAX_BODY_BYTES - 64] * 3)]
    try:
        answers = []
        for message in messages:
            request = urllib.request.Request(f"http://127.0.0.1:{front}/webhooks/rest/webhook", data=message,
                                             method="POST")
            for _ in range(50):
                try:
                    with urllib.request.urlopen(request, timeout=30) as answer:
                        answers.append((answer.status, answer.read()))
                    break
                except urllib.error.HTTPError as error:
                    answers.append((error.code, error.read()))
                    break
                except urllib.error.URLError:
                    time.sleep(0.2)  # HAProxy still starting
        assert answers == [(200, message) for message in messages]
        assert live_handler.received == messages  # each once
    finally:
        balancer.terminate()
        balancer.wait(timeout=10)
        live.shutdown()
        dying.shutdown()
