"""Starts the real assistant (action server + Rasa server) for end-to-end tests, and talks to it over REST."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
MODEL = PROJECT_ROOT / "models" / "testimony.tar.gz"
STAFF_PASSPHRASE = "correct horse battery staple for tests"
TRAINING_INPUTS = ("config.yml", "domain.yml", "data")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def model_is_current(model: Path = MODEL) -> bool:
    """True when the model is newer than every training input (the Makefile's rule, for pytest alone)."""
    if not model.exists():
        return False
    built = model.stat().st_mtime
    for name in TRAINING_INPUTS:
        path = PROJECT_ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        if any(p.stat().st_mtime > built for p in files):
            return False
    return True


def assistant_environment(data_dir: Path, rasa_port: int, action_port: int) -> Dict[str, str]:
    env = dict(os.environ)
    env.update({
        "TESTIMONY_DATA_DIR": str(data_dir),
        "RASA_PORT": str(rasa_port),
        "ACTION_PORT": str(action_port),
        "RASA_TELEMETRY_ENABLED": "false",
        "PYTHONPATH": str(PROJECT_ROOT),
        "STAFF_KEY_PASSPHRASE": STAFF_PASSPHRASE,
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    })
    return env


def wait_until_up(url: str, process: Optional[subprocess.Popen] = None, name: Optional[str] = None,
                  timeout: float = 240) -> None:
    """Polls `url` until it answers; fails early, and clearly, if the server's process has exited."""
    name = name or url
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode} while starting")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"{name} did not start within {timeout} s")


@dataclass
class RunningAssistant:
    """The servers of one test session, with their data directory and captured logs."""

    data_dir: Path
    log_dir: Path
    rasa_url: str
    action_url: str
    env: Dict[str, str]
    processes: List[subprocess.Popen] = field(default_factory=list)
    tokens: Dict[str, str] = field(default_factory=dict)

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

    def send(self, sender: str, message: Any, metadata: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
        """Posts one user message to the REST channel, as the session of `sender`, and returns the bot's replies."""
        body: Dict[str, Any] = {"sender": self.session_token(sender), "message": message}
        if metadata is not None:
            body["metadata"] = metadata
        return self.post_raw(json.dumps(body).encode("utf-8"))[1]

    def post_raw(self, payload: bytes, content_type: str = "application/json") -> tuple:
        request = urllib.request.Request(
            f"{self.rasa_url}/webhooks/rest/webhook", data=payload, method="POST",
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
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def start_assistant(data_dir: Path, model: Path = MODEL, extra_env: Optional[Dict[str, str]] = None,
                    credentials: Optional[Path] = None) -> RunningAssistant:
    """Creates keys for the data dir and starts both servers, their output captured under data_dir/logs."""
    rasa_port, action_port = free_port(), free_port()
    env = assistant_environment(data_dir, rasa_port, action_port)
    env.update(extra_env or {})
    log_dir = data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(VENV_BIN / "python"), "-m", "bot.staff.keys_setup"], env=env, cwd=PROJECT_ROOT,
                   check=True, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    assistant = RunningAssistant(
        data_dir=data_dir, log_dir=log_dir, env=env,
        rasa_url=f"http://127.0.0.1:{rasa_port}", action_url=f"http://127.0.0.1:{action_port}",
    )
    actions = subprocess.Popen(
        [str(VENV_BIN / "python"), "-m", "actions.server", "--port", str(action_port)],
        env=env, cwd=PROJECT_ROOT, stdout=(log_dir / "actions.log").open("wb"), stderr=subprocess.STDOUT,
    )
    assistant.processes.append(actions)
    try:
        wait_until_up(f"{assistant.action_url}/health", actions, "the action server")
        rasa = subprocess.Popen(
            [str(VENV_BIN / "rasa"), "run", "--model", str(model), "--interface", "127.0.0.1",
             "--port", str(rasa_port),
             "--credentials", str(credentials or "credentials.yml"), "--endpoints", "endpoints.yml",
             "--cors", "*"],
            env=env, cwd=PROJECT_ROOT, stdout=(log_dir / "rasa.log").open("wb"), stderr=subprocess.STDOUT,
        )
        assistant.processes.append(rasa)
        wait_until_up(f"{assistant.rasa_url}/", rasa, "the Rasa server")
    except Exception:
        assistant.stop()
        raise
    return assistant


def texts(replies: List[Dict[str, Any]]) -> str:
    """All reply texts joined, for assertions on what the user saw."""
    return "\n".join(reply.get("text") or "" for reply in replies)


def payloads(replies: List[Dict[str, Any]]) -> List[str]:
    return [button["payload"] for reply in replies for button in reply.get("buttons") or []]
