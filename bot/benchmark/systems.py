"""The two systems measured, started one at a time: Testimony as `make run` starts it (its own data directory,
demo keys, free ports) and the assistant `rasa init` makes, with the same Rasa, on its defaults."""
from __future__ import annotations

import contextlib
import dataclasses
import os
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Mapping, Optional

from bot.launcher import LaunchOptions, free_port, server_environment, start
from bot.launcher.servers import DEFAULT_MODEL, LOCALHOST, VENV_BIN, start_server
from bot.settings import PROJECT_ROOT
from bot.tracker.schema import drop_postgresql_database

# Demo keys for the benchmark's own data directory, as `make run` makes them for the embedded default.
BENCH_STAFF_PASSPHRASE = "benchmark only, never a real staff key"
RASA_INIT_TIMEOUT_S = 1800
# This machine's servers, as `make run-prod` uses them.
POSTGRESQL_SERVER = "postgresql://postgres@127.0.0.1:5432"
REDIS_URL = "redis://127.0.0.1:6379/0"


@dataclass(frozen=True)
class System:
    """A running system: its name, its REST base URL, and the process ids whose memory is measured."""

    name: str
    url: str
    pids: Dict[str, int]


def resident_mb(pid: int) -> Optional[float]:
    """A process's resident memory in MB (Linux), or None when it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def quiet_environment(extra: Optional[Mapping[str, str]] = None) -> Dict[str, str]:
    """The servers' environment: no telemetry, and nothing logged about what the conversations said."""
    return dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2", LOG_LEVEL="WARNING",
                **(extra or {}))


@contextlib.contextmanager
def production_environment() -> Iterator[Dict[str, str]]:
    """What `make run-prod` sets: PostgreSQL for conversations and sealed reports, Redis for the locks, two Rasa
    servers and two action servers behind HAProxy. The database is the run's own (the tracker store creates it),
    dropped afterwards with everything the run stored in it."""
    url = f"{POSTGRESQL_SERVER}/testimony_bench_{uuid.uuid4().hex[:12]}"
    try:
        yield {"TESTIMONY_ENDPOINTS": "endpoints.production.yml", "RASA_REPLICAS": "2",
               "TESTIMONY_DATABASE_URL": url, "TESTIMONY_REPORT_STORE_URL": url, "TESTIMONY_REDIS_URL": REDIS_URL}
    finally:
        drop_postgresql_database(url)


@contextlib.contextmanager
def testimony(data_dir: Path, model: Path = DEFAULT_MODEL, production: bool = False) -> Iterator[System]:
    """Testimony as `make run` starts it (the embedded defaults: SQLite and files), or with `production` as
    `make run-prod` does."""
    with production_environment() if production else contextlib.nullcontext({}) as shape:
        with _testimony(data_dir, model, shape) as system:
            yield system


@contextlib.contextmanager
def _testimony(data_dir: Path, model: Path, shape: Mapping[str, str]) -> Iterator[System]:
    environment = quiet_environment({"STAFF_KEY_PASSPHRASE": os.environ.get("STAFF_KEY_PASSPHRASE",
                                                                            BENCH_STAFF_PASSPHRASE), **shape})
    options = dataclasses.replace(
        LaunchOptions.from_environment(environment), data_dir=data_dir, model=model, log_dir=data_dir / "logs",
        rasa_port=free_port(), action_port=free_port(), widget_port=free_port(), rasa_interface=LOCALHOST,
        action_host=LOCALHOST, enable_api=False, log_level="WARNING")
    if options.replicas > 1:
        options = dataclasses.replace(options, replica_ports=tuple(free_port() for _ in range(options.replicas)),
                                      action_ports=tuple(free_port() for _ in range(options.replicas)))
    subprocess.run([sys.executable, "-m", "bot.staff.keys_setup"], cwd=PROJECT_ROOT,
                   env=server_environment(options), stdin=subprocess.DEVNULL, check=True, capture_output=True)
    servers = start(options)
    try:
        pids = {server.name: server.process.pid for server in servers.running
                if "widget" not in server.name and "balancer" not in server.name.lower()}
        yield System("Testimony, production shape" if shape else "Testimony", options.rasa_url, pids)
    finally:
        servers.stop()


def rasa_init(folder: Path) -> Path:
    """`rasa init --no-prompt` in `folder` (it writes the mood bot and trains it); returns the folder, absolute
    (rasa runs inside it, so a relative --init-dir would name a folder within itself)."""
    folder = folder.resolve()
    subprocess.run([str(VENV_BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(folder)], cwd=folder,
                   env=quiet_environment(), stdin=subprocess.DEVNULL, check=True, capture_output=True,
                   timeout=RASA_INIT_TIMEOUT_S)
    return folder


@contextlib.contextmanager
def bare_rasa(folder: Path) -> Iterator[System]:
    """The `rasa init` assistant in `folder`, served by `rasa run` on its own files (no action server)."""
    port = free_port()
    command: List[str] = [str(VENV_BIN / "rasa"), "run", "--port", str(port), "--interface", LOCALHOST,
                          "--model", str(folder / "models"), "--credentials", str(folder / "credentials.yml"),
                          "--endpoints", str(folder / "endpoints.yml")]
    server = start_server("Bare Rasa", command, f"http://{LOCALHOST}:{port}", quiet_environment(),
                          folder / "rasa.log")
    try:
        yield System("bare Rasa", server.url, {"Rasa server": server.process.pid})
    finally:
        server.stop()
