"""The production shape's load balancer: Debian's HAProxy (scripts/install-balancer) in front of the Rasa replicas
and the action servers, configured here and supervised by the launcher like every other server.

No conversation is pinned to a replica: any replica may take any message, because the conversation's lock is in Redis
(bot.tracker.lock_store) and the conversation itself in PostgreSQL. A message sent to a replica that has just died is
sent to another (`retries` with `option redispatch`), and health checks take a dead replica out of the rotation within
two seconds (its port refuses the check at once); the launcher starts it again. A replica that dies with a message in
hand (killed, out of memory) closes its connections without an answer; HAProxy answered that message "502 Bad Gateway"
(seen in CI: the message sent as a replica was killed), and now sends it to another replica instead (`retry-on
empty-response`). Sending it again is what the person would otherwise do after an error, and it is safe here as their
resending is: a message a dying replica had not yet stored is handled once, and a report is filed once per draft (the
report store's idempotency key). Only a replica that stored the message and died in the moment before answering would
see it twice, as it would see a message sent twice. HAProxy keeps each request in a buffer to send it again; the buffer
holds the largest message the channels accept (BUFFER_BYTES); an action server's request, which carries the whole
conversation, may be longer and is then not sent again. A replica that is alive but busy answers its check late, not
never: under a spike every replica is busy, and a check that gave up after a second (HAProxy's default, the check
interval) took the busy replicas out one after the other until none was left and every message was refused (the soak of
2026-12-03, docs/benchmarks.md). A check may take up to CHECK_TIMEOUT_SECONDS, so only a replica that has stopped
answering is taken out. HAProxy logs nothing here (no `log` line), so no request, and nothing a person typed, reaches a
log through it.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Optional, Sequence

LOCALHOST = "127.0.0.1"
# Longer than the slowest turn: filing seals and translates a report before answering.
TURN_TIMEOUT_SECONDS = 300
# Longer than a busy replica's slowest answer under a spike; a dead one refuses the connection at once.
CHECK_TIMEOUT_SECONDS = 20
# HAProxy sends a request again only if it fits its buffer (tune.bufsize, 16 kB by default): the REST channel's
# largest body (bot.channels.rest.MAX_BODY_BYTES), with room for the headers.
BUFFER_BYTES = 256 * 1024


def haproxy_binary() -> Optional[str]:
    """Where HAProxy is installed (it lives in /usr/sbin, which a user's PATH may lack), or None."""
    return shutil.which("haproxy") or shutil.which("haproxy", path="/usr/sbin:/usr/local/sbin")


def backend(name: str, port: int, servers: Sequence[int], health_path: str) -> str:
    """One frontend on `port` and its backend of local `servers`, each checked at `health_path` every second
    (a check may take CHECK_TIMEOUT_SECONDS)."""
    lines = [f"frontend {name}", f"    bind {LOCALHOST}:{port}", f"    default_backend {name}_servers", "",
             f"backend {name}_servers", "    balance roundrobin", f"    option httpchk GET {health_path}",
             "    http-check expect status 200", f"    timeout check {CHECK_TIMEOUT_SECONDS}s",
             "    default-server inter 1s fall 2 rise 1"]
    lines += [f"    server {name}-{number} {LOCALHOST}:{server_port} check"
              for number, server_port in enumerate(servers, start=1)]
    return "\n".join(lines)


def configuration(rasa_port: int, replica_ports: Sequence[int], action_port: int,
                  action_ports: Sequence[int]) -> str:
    """haproxy.cfg: the Rasa replicas behind `rasa_port`, the action servers behind `action_port`."""
    return "\n\n".join([
        "\n".join(["global", "    maxconn 4096", f"    tune.bufsize {BUFFER_BYTES}", "", "defaults",
                   "    mode http", "    timeout connect 2s", f"    timeout client {TURN_TIMEOUT_SECONDS}s",
                   f"    timeout server {TURN_TIMEOUT_SECONDS}s", "    retries 3",
                   "    retry-on conn-failure empty-response", "    option redispatch 1",
                   "    option http-buffer-request"]),
        backend("rasa", rasa_port, replica_ports, "/"),
        backend("actions", action_port, action_ports, "/health"),
    ]) + "\n"


def write_configuration(path: Path, text: str) -> Path:
    """The configuration file, readable by its owner only (it names every internal port)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return path
