"""`make run` keeps the assistant up: a server that dies is named and started again (bot.launcher.servers)."""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import List

from bot.launcher.servers import LaunchOptions, RestartBudget, Servers, free_port, start_server


def answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2)
        return True
    except OSError:
        return False


def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_killed_server_is_named_and_started_again_until_it_keeps_dying(tmp_path: Path) -> None:
    port = free_port()
    server = start_server("The test server", [sys.executable, "-m", "http.server", str(port), "--bind",
                                              "127.0.0.1", "--directory", str(tmp_path)],
                          f"http://127.0.0.1:{port}/")
    servers = Servers(LaunchOptions(data_dir=tmp_path, environment={}), {}, [], [server])
    said: List[str] = []
    outcome: List[object] = []
    supervisor = threading.Thread(target=lambda: outcome.append(
        servers.supervise(said.append, poll=0.05, budget=RestartBudget(limit=1, window=60.0))), daemon=True)
    supervisor.start()
    try:
        first = server.process.pid
        os.kill(first, signal.SIGKILL)
        wait_for(lambda: any("running again" in line for line in said))
        assert said[0] == "The test server stopped unexpectedly (killed by SIGKILL); restarting it."
        assert server.process.pid != first and answers(server.url)

        os.kill(server.process.pid, signal.SIGKILL)  # a second death within the window: over the budget
        supervisor.join(timeout=30)
        assert outcome == [server]
        assert said[-1] == ("The test server stopped unexpectedly (killed by SIGKILL) after 1 restart(s) within "
                            "60 s; not restarting it.")
    finally:
        servers.stop()
    assert not answers(server.url)


def test_the_restart_budget_counts_within_its_window() -> None:
    budget = RestartBudget(limit=2, window=10.0)
    assert budget.allows("rasa", 0.0) and budget.allows("rasa", 1.0)
    assert not budget.allows("rasa", 2.0)
    assert budget.allows("actions", 2.0)  # each server has its own count
    assert budget.allows("rasa", 10.5)  # the restart at 0.0 has left the window
    assert not budget.allows("rasa", 10.6)
