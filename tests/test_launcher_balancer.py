"""The production shape's balancer configuration (bot.launcher.balancer), and the launcher's refusal without HAProxy.
tests/test_e2e_replicas.py runs the shape itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.launcher import LaunchError, LaunchOptions, Servers
from bot.launcher.balancer import configuration
from bot.launcher.servers import internal_ports, start_behind_balancer


def test_every_replica_and_action_server_is_behind_the_balancer_and_health_checked() -> None:
    text = configuration(5005, (5101, 5102), 5055, (5201, 5202))
    assert "bind 127.0.0.1:5005" in text and "bind 127.0.0.1:5055" in text
    for port in (5101, 5102, 5201, 5202):
        assert f"127.0.0.1:{port} check" in text
    assert "option httpchk GET /health" in text  # the action servers' health route
    assert "option redispatch" in text and "retries 3" in text  # a message to a dead replica goes to another
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
