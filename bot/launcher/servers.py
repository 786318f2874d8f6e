"""The start routine: options, the server processes, waiting for each to answer, stopping them all."""
from __future__ import annotations

import dataclasses
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import yaml

from bot.channels.credentials import Platform, write_credentials
from bot.launcher.balancer import configuration, haproxy_binary, write_configuration
from bot.settings import PROJECT_ROOT, Settings, api_protection_problem, child_environment

VENV_BIN = Path(sys.executable).parent
DEFAULT_MODEL = PROJECT_ROOT / "models" / "testimony.tar.gz"
LOCALHOST = "127.0.0.1"
START_TIMEOUT = 240.0  # Rasa loads its model and TensorFlow: minutes on a busy machine.


class LaunchError(Exception):
    """The assistant cannot start; the message says which server, or which setting, and why."""


@dataclass(frozen=True)
class LaunchOptions:
    """Where the servers listen, what they read and write, and the environment they inherit."""

    data_dir: Path
    environment: Mapping[str, str]
    rasa_port: int = 5005
    action_port: int = 5055
    widget_port: int = 8080
    rasa_interface: str = LOCALHOST
    action_host: str = LOCALHOST
    endpoints: Path = PROJECT_ROOT / "endpoints.yml"
    # More than one: that many Rasa servers and action servers behind HAProxy on rasa_port and action_port, on
    # their own ports (given here, else the next ones up from rasa_port and action_port).
    replicas: int = 1
    replica_ports: Tuple[int, ...] = ()
    action_ports: Tuple[int, ...] = ()
    enable_api: bool = False
    api_token: Optional[str] = field(default=None, repr=False)
    jwt_secret: Optional[str] = field(default=None, repr=False)
    jwt_method: str = "HS256"
    log_level: str = "INFO"
    model: Path = DEFAULT_MODEL
    log_dir: Optional[Path] = None  # None: the servers write to this terminal; else one <name>.log file each

    @classmethod
    def from_environment(cls, environ: Optional[Mapping[str, str]] = None) -> "LaunchOptions":
        """Options from bot.settings (the variables README.md documents for `make run`); the servers inherit
        `environ` (this process's environment by default)."""
        environment = child_environment() if environ is None else dict(environ)
        configured = Settings.from_environment(environment)
        problem = api_protection_problem(configured)
        if problem:
            raise LaunchError(f"Refusing to start: {problem}")
        return cls(
            data_dir=configured.data_dir,
            environment=environment,
            rasa_port=configured.rasa_port,
            action_port=configured.action_port,
            widget_port=configured.widget_port,
            rasa_interface=configured.rasa_interface,
            action_host=configured.action_host,
            endpoints=configured.endpoints,
            replicas=configured.rasa_replicas,
            enable_api=configured.rasa_api_enabled,
            api_token=configured.rasa_api_token,
            jwt_secret=configured.rasa_jwt_secret,
            jwt_method=configured.rasa_jwt_method,
            log_level=configured.log_level,
        )

    @property
    def rasa_url(self) -> str:
        return f"http://{LOCALHOST}:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://{LOCALHOST}:{self.action_port}"

    @property
    def widget_url(self) -> str:
        return f"http://{LOCALHOST}:{self.widget_port}"

    @property
    def credentials(self) -> Path:
        return self.data_dir / "credentials.yml"


def server_environment(options: LaunchOptions) -> Dict[str, str]:
    """What every server (and the key set-up before them) runs with: the options written as variables."""
    env = dict(options.environment)
    env.update({
        "TESTIMONY_DATA_DIR": str(options.data_dir),
        "RASA_PORT": str(options.rasa_port),
        "ACTION_PORT": str(options.action_port),  # endpoints.yml reads it
        "WIDGET_PORT": str(options.widget_port),
        "ACTION_HOST": options.action_host,
        "RASA_TELEMETRY_ENABLED": "false",
        "PYTHONPATH": str(PROJECT_ROOT),
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    })
    return env


def free_port() -> int:
    """A TCP port nobody listens on right now, for servers started beside others (tests, screenshots)."""
    with socket.socket() as sock:
        sock.bind((LOCALHOST, 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """One server process, the address that answers once it is up, and how to start it again."""

    name: str
    process: subprocess.Popen
    url: str
    command: Sequence[str] = ()
    env: Optional[Mapping[str, str]] = None
    log: Optional[Path] = None

    def exit_code(self) -> Optional[int]:
        return self.process.poll()

    def how_it_ended(self) -> str:
        """"exit code 1" or "killed by SIGKILL", for telling the operator which server died and how."""
        code = self.process.poll()
        return f"killed by {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit code {code}"

    def stop(self, timeout: float = 30) -> None:
        if self.process.poll() is None:
            self.process.terminate()
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def wait_until_up(server: Server, alongside: Sequence[Server] = (), timeout: float = START_TIMEOUT) -> None:
    """Polls the server's URL; fails at once, naming the server, if it or one started before it has exited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for each in (*alongside, server):
            if each.exit_code() is not None:
                raise LaunchError(f"{each.name} stopped while starting ({each.how_it_ended()}).")
        try:
            urllib.request.urlopen(server.url, timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    raise LaunchError(f"{server.name} did not start within {timeout:.0f} s.")


def start_server(name: str, command: Sequence[str], url: str, env: Optional[Mapping[str, str]] = None,
                 log: Optional[Path] = None, alongside: Sequence[Server] = ()) -> Server:
    """Runs `command` from the project root and returns once `url` answers (stopping it if it never does).

    Its output goes to `log` when given (appended), else to this process's terminal.
    """
    server = Server(name, _spawn(command, env, log), url, tuple(command), env, log)
    try:
        wait_until_up(server, alongside)
    except BaseException:
        server.stop()
        raise
    return server


def _spawn(command: Sequence[str], env: Optional[Mapping[str, str]], log: Optional[Path]) -> subprocess.Popen:
    output = None
    if log is not None:
        log.parent.mkdir(parents=True, exist_ok=True)
        output = log.open("ab")
    try:
        return subprocess.Popen(list(command), cwd=PROJECT_ROOT, env=None if env is None else dict(env),
                                stdin=subprocess.DEVNULL, stdout=output,
                                stderr=None if output is None else subprocess.STDOUT)
    finally:
        if output is not None:
            output.close()  # the child has its own copy


def restart_server(server: Server, alongside: Sequence[Server] = ()) -> None:
    """Starts a server that has exited again, the same way, and returns once it answers."""
    server.stop()
    server.process = _spawn(server.command, server.env, server.log)
    try:
        wait_until_up(server, alongside)
    except BaseException:
        server.stop()
        raise


def start_widget_server(rasa_url: str, port: int, env: Optional[Mapping[str, str]] = None,
                        log: Optional[Path] = None, alongside: Sequence[Server] = ()) -> Server:
    """`python -m bot.widget.server` on `port`, its pages talking to the Rasa server at `rasa_url`."""
    return start_server("The widget demo page",
                        [sys.executable, "-m", "bot.widget.server", "--port", str(port), "--rasa", rasa_url],
                        f"http://{LOCALHOST}:{port}", env, log, alongside)


@dataclass
class RestartBudget:
    """At most `limit` restarts of one server within `window` seconds: a server that keeps dying (a broken
    model, a port taken) is reported and everything stops, instead of restarting forever."""

    limit: int = 3
    window: float = 300.0
    restarts: Dict[str, List[float]] = field(default_factory=dict)

    def allows(self, name: str, now: float) -> bool:
        recent = [moment for moment in self.restarts.get(name, []) if now - moment < self.window]
        if len(recent) >= self.limit:
            return False
        self.restarts[name] = recent + [now]
        return True


@dataclass
class Servers:
    """The running assistant: its servers in start order, the options they were started with, their environment."""

    options: LaunchOptions
    environment: Dict[str, str]
    channels: List[Platform]
    running: List[Server] = field(default_factory=list)

    def first_stopped(self) -> Optional[Server]:
        return next((server for server in self.running if server.exit_code() is not None), None)

    def wait(self, poll: float = 0.5) -> Server:
        """Blocks until one server exits, and returns it."""
        while True:
            stopped = self.first_stopped()
            if stopped is not None:
                return stopped
            time.sleep(poll)

    def others(self, server: Server) -> List[Server]:
        """The running servers besides `server`: those that must stay up while it starts."""
        return [each for each in self.running if each is not server]

    def supervise(self, say: Callable[[str], None], poll: float = 0.5,
                  budget: Optional[RestartBudget] = None) -> Server:
        """Restarts each server that exits, saying which and how it ended, until one exits more often than the
        budget allows or cannot be started again; returns that one (the caller then stops the rest).

        A restart loses no conversation: they live in the tracker store and reports in the report store, on disk.
        """
        budget = budget or RestartBudget()
        while True:
            stopped = self.wait(poll)
            if not budget.allows(stopped.name, time.monotonic()):
                say(f"{stopped.name} stopped unexpectedly ({stopped.how_it_ended()}) after {budget.limit} "
                    f"restart(s) within {budget.window:.0f} s; not restarting it.")
                return stopped
            say(f"{stopped.name} stopped unexpectedly ({stopped.how_it_ended()}); restarting it.")
            try:
                restart_server(stopped, self.others(stopped))
            except LaunchError as error:
                say(f"{error} Could not restart it.")
                return stopped
            say(f"{stopped.name} is running again.")

    def stop(self) -> None:
        for server in reversed(self.running):
            server.stop()


def log_file(options: LaunchOptions, name: str) -> Optional[Path]:
    return None if options.log_dir is None else options.log_dir / f"{name}.log"


def rasa_command(options: LaunchOptions) -> List[str]:
    """`rasa run` with the project's endpoints, the effective credentials, and CORS for the widget's page only."""
    command = [str(VENV_BIN / "rasa"), "run", "--model", str(options.model),
               "--interface", options.rasa_interface, "--port", str(options.rasa_port),
               "--credentials", str(options.credentials), "--endpoints", str(options.endpoints),
               "--cors", f"http://localhost:{options.widget_port}", f"http://{LOCALHOST}:{options.widget_port}"]
    if options.enable_api:  # from_environment() refused an API without a secret worth the name
        command.append("--enable-api")
        if options.api_token:
            command += ["--auth-token", options.api_token]
        if options.jwt_secret:
            command += ["--jwt-secret", options.jwt_secret, "--jwt-method", options.jwt_method]
    return command


def action_command(port: int) -> List[str]:
    return [sys.executable, "-m", "actions.server", "--port", str(port)]


def internal_ports(options: LaunchOptions) -> Tuple[Tuple[int, ...], Tuple[int, ...]]:
    """The Rasa replicas' and the action servers' own ports, behind the balancer."""
    count = range(1, options.replicas + 1)
    return (options.replica_ports or tuple(options.rasa_port + n for n in count),
            options.action_ports or tuple(options.action_port + n for n in count))


def start_behind_balancer(servers: Servers) -> None:
    """The production shape: the action servers, the Rasa replicas (which reach the action servers through the
    balancer, at ACTION_PORT), then HAProxy on rasa_port and action_port."""
    options, env = servers.options, servers.environment
    haproxy = haproxy_binary()
    if haproxy is None:
        raise LaunchError(f"RASA_REPLICAS={options.replicas} needs HAProxy; install it with scripts/install-balancer.")
    replica_ports, action_ports = internal_ports(options)
    for number, port in enumerate(action_ports, start=1):
        servers.running.append(start_server(
            f"Action server {number}", action_command(port), f"http://{LOCALHOST}:{port}/health", env,
            log_file(options, f"actions-{number}"), servers.running))
    for number, port in enumerate(replica_ports, start=1):
        servers.running.append(start_server(
            f"Rasa replica {number}", rasa_command(dataclasses.replace(options, rasa_port=port)),
            f"http://{LOCALHOST}:{port}", env, log_file(options, f"rasa-{number}"), servers.running))
    config = write_configuration(options.data_dir / "balancer" / "haproxy.cfg", configuration(
        options.rasa_port, replica_ports, options.action_port, action_ports))
    servers.running.append(start_server(
        "The load balancer", [haproxy, "-f", str(config), "-db"], options.rasa_url, env,
        log_file(options, "balancer"), servers.running))


def start(options: LaunchOptions) -> Servers:
    """Checks the settings, prepares the data dir and credentials, then starts each server once the last answers.

    Whatever goes wrong (a server exits, never answers, or Ctrl-C), the servers already started are stopped.
    """
    if options.log_level.upper() == "DEBUG":
        raise LaunchError("LOG_LEVEL=DEBUG would write what survivors type into the logs; refusing.")
    options.data_dir.mkdir(parents=True, exist_ok=True)
    options.data_dir.chmod(0o700)
    env = server_environment(options)
    try:  # messaging channels are switched on only when their variables are set (docs/channels.md)
        channels = write_credentials(options.credentials, env=env)
    except (OSError, ValueError, yaml.YAMLError) as error:
        raise LaunchError(f"Could not write the credentials file: {error}") from error
    servers = Servers(options, env, channels)
    try:
        if options.replicas > 1:
            start_behind_balancer(servers)
        else:
            servers.running.append(start_server(
                "The action server", action_command(options.action_port), options.action_url + "/health", env,
                log_file(options, "actions")))
            servers.running.append(start_server(
                "The Rasa server", rasa_command(options), options.rasa_url, env, log_file(options, "rasa"),
                servers.running))
        servers.running.append(start_widget_server(
            f"http://localhost:{options.rasa_port}", options.widget_port, env, log_file(options, "widget"),
            servers.running))
    except BaseException:
        servers.stop()
        raise
    return servers
