"""The real assistant for end-to-end tests, started by the launcher `make run` uses, and talked to over REST."""
from __future__ import annotations

import dataclasses
from dataclasses import field
import json
import os
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional

from bot.launcher import LaunchOptions, Server, Servers, free_port, server_environment, start
from bot.launcher.servers import DEFAULT_MODEL
from tests.helpers import PROJECT_ROOT, run_python

STAFF_PASSPHRASE = "correct horse battery staple for tests"
# What the model is trained from: the Makefile's rule for the model lists the same.
TRAINING_INPUTS = ("config.yml", "domain.yml", "data", "bot/components", "bot/intake/wording.py")
SOURCES = (".yml", ".yaml", ".py")  # not the bytecode Python writes beside them


def model_is_current(model: Path = DEFAULT_MODEL) -> bool:
    """True when the model is newer than every training input (the Makefile's rule, for pytest alone)."""
    if not model.exists():
        return False
    built = model.stat().st_mtime
    for name in TRAINING_INPUTS:
        path = PROJECT_ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file() and p.suffix in SOURCES]
        if any(p.stat().st_mtime > built for p in files):
            return False
    return True


@dataclasses.dataclass
class RunningAssistant:
    """The servers of one test session, with their data directory (server logs in data_dir/logs)."""

    servers: Servers
    tokens: Dict[str, str] = field(default_factory=dict)  # the test's sender label -> its session token

    @property
    def data_dir(self) -> Path:
        return self.servers.options.data_dir

    @property
    def env(self) -> Dict[str, str]:
        """The servers' environment, for running the project's other tools against the same data."""
        return self.servers.environment

    @property
    def rasa_url(self) -> str:
        return self.servers.options.rasa_url

    @property
    def widget(self) -> Server:
        """The widget demo page's server."""
        return next(server for server in self.servers.running if server.url == self.servers.options.widget_url)

    def session_token(self, sender: str) -> str:
        """The session token the server issued for the test's `sender` label (fetched on first use): the REST
        channel accepts no other sender."""
        if sender not in self.tokens:
            request = urllib.request.Request(f"{self.rasa_url}/webhooks/rest/session", data=b"", method="POST")
            with urllib.request.urlopen(request, timeout=30) as response:
                self.tokens[sender] = json.loads(response.read())["token"]
        return self.tokens[sender]

    def conversation_id(self, sender: str) -> str:
        """The server-made conversation id behind the test's `sender` label (for reading the tracker store)."""
        return self.conversation_of_token(self.session_token(sender))

    def conversation_of_token(self, token: str) -> str:
        """The conversation a session token names, checked with this server's secret."""
        from bot.channels.conversations import SessionTokens
        from bot.crypto.server_secret import load_or_create_secret
        from bot.settings import DataLayout

        secret = load_or_create_secret(DataLayout(self.data_dir).server_secret_file)
        return SessionTokens(secret).conversation_of(token)

    def send(self, sender: str, message: Any, metadata: Optional[Dict[str, Any]] = None,
             via: Optional[str] = None) -> List[Dict[str, Any]]:
        """Posts one user message to the REST channel, as the session of `sender`, and returns the bot's replies.
        `via`: another Rasa server of the same assistant (a replica) to post it to."""
        body: Dict[str, Any] = {"sender": self.session_token(sender), "message": message}
        if metadata is not None:
            body["metadata"] = metadata
        return self.post_raw(json.dumps(body).encode("utf-8"), via=via)[1]

    def post_message(self, sender: str, message: str, via: Optional[str] = None) -> tuple:
        """(status, answer) of one message from `sender`'s session, a refusal (its error text) included."""
        body = json.dumps({"sender": self.session_token(sender), "message": message}).encode("utf-8")
        return self.post_raw(body, via=via)

    def post_raw(self, payload: bytes, content_type: str = "application/json", via: Optional[str] = None) -> tuple:
        request = urllib.request.Request(
            f"{via or self.rasa_url}/webhooks/rest/webhook", data=payload, method="POST",
            headers={"Content-Type": content_type},
        )
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, json.loads(response.read() or b"[]")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def is_up(self) -> bool:
        try:
            urllib.request.urlopen(f"{self.rasa_url}/", timeout=5)
            return True
        except OSError:
            return False

    def stop(self) -> None:
        self.servers.stop()


def start_assistant(data_dir: Path, model: Path = DEFAULT_MODEL,
                    extra_env: Optional[Mapping[str, str]] = None) -> RunningAssistant:
    """What `make run` does, on free ports and a data dir of the test's own: demo keys, then the launcher."""
    environment = dict(os.environ, STAFF_KEY_PASSPHRASE=STAFF_PASSPHRASE, **(extra_env or {}))
    configured = LaunchOptions.from_environment(environment)
    options = dataclasses.replace(
        configured, data_dir=data_dir, model=model, log_dir=data_dir / "logs",
        rasa_port=free_port(), action_port=free_port(), widget_port=free_port(),
        replica_ports=tuple(free_port() for _ in range(configured.replicas)),
        action_ports=tuple(free_port() for _ in range(configured.replicas)),
        rasa_interface="127.0.0.1", action_host="127.0.0.1", enable_api=False,
    )
    keys = run_python("-m", "bot.staff.keys_setup", env=server_environment(options))
    assert keys.returncode == 0, keys.stderr
    return RunningAssistant(start(options))


def texts(replies: List[Dict[str, Any]]) -> str:
    """All reply texts joined, for assertions on what the user saw."""
    return "\n".join(reply.get("text") or "" for reply in replies)


def payloads(replies: List[Dict[str, Any]]) -> List[str]:
    return [button["payload"] for reply in replies for button in reply.get("buttons") or []]
