"""Rasa's HTTP API reads and rewrites every conversation: it is either off or behind a real secret."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT, Settings, api_protection_problem

GOOD_TOKEN = "k3Jw9-pXv2LqT8sYb4NzR7mHc1EaUo6DfGi0"  # 36 characters


def problem_for(**environ: str) -> str | None:
    return api_protection_problem(Settings.from_environment(environ))


@pytest.mark.parametrize("switch", ["true", "TRUE", " yes ", "1", "On"])
def test_an_enabled_api_without_any_secret_is_refused(switch: str) -> None:
    problem = problem_for(RASA_ENABLE_API=switch)
    assert problem is not None
    assert "RASA_AUTH_TOKEN" in problem and "RASA_JWT_SECRET" in problem


@pytest.mark.parametrize("secret", ["", "   ", "\t\n"])
def test_an_empty_or_blank_secret_is_no_secret(secret: str) -> None:
    assert problem_for(RASA_ENABLE_API="true", RASA_AUTH_TOKEN=secret) is not None
    assert problem_for(RASA_ENABLE_API="true", RASA_JWT_SECRET=secret) is not None


def test_a_guessable_token_is_refused_with_a_way_to_make_a_good_one() -> None:
    problem = problem_for(RASA_ENABLE_API="true", RASA_AUTH_TOKEN="hunter2-letmein")
    assert problem is not None and "token_urlsafe" in problem
    # A good token does not excuse a weak JWT secret next to it.
    assert problem_for(RASA_ENABLE_API="true", RASA_AUTH_TOKEN=GOOD_TOKEN, RASA_JWT_SECRET="short") is not None


def test_a_long_token_or_jwt_secret_is_enough() -> None:
    assert problem_for(RASA_ENABLE_API="true", RASA_AUTH_TOKEN=GOOD_TOKEN) is None
    assert problem_for(RASA_ENABLE_API="yes", RASA_JWT_SECRET=GOOD_TOKEN[::-1]) is None


@pytest.mark.parametrize("switch", ["", "false", "0", "no", "off"])
def test_an_api_left_off_needs_no_secret(switch: str) -> None:
    assert problem_for(RASA_ENABLE_API=switch) is None
    assert problem_for() is None


def test_secrets_do_not_show_in_the_settings_repr() -> None:
    shown = repr(Settings.from_environment({"RASA_AUTH_TOKEN": GOOD_TOKEN, "RASA_JWT_SECRET": GOOD_TOKEN[::-1],
                                            "TESTIMONY_TRACKER_KEY": "dHJhY2tlci1rZXktdGhhdC1tdXN0LW5vdC1sZWFr"}))
    assert GOOD_TOKEN not in shown and GOOD_TOKEN[::-1] not in shown and "dHJhY2tlci1rZXk" not in shown


def test_the_launcher_refuses_an_unprotected_api_before_starting_anything(tmp_path: Path) -> None:
    """If the check were missing the launcher would go on to start the servers: bounded by a timeout."""
    data_dir = tmp_path / "data"
    env = {**os.environ, "RASA_ENABLE_API": "true", "TESTIMONY_DATA_DIR": str(data_dir),
           "RASA_PORT": "59405", "ACTION_PORT": "59455", "WIDGET_PORT": "59480"}
    env.pop("RASA_AUTH_TOKEN", None)
    env.pop("RASA_JWT_SECRET", None)
    process = subprocess.Popen([sys.executable, "-m", "bot.launcher"], cwd=PROJECT_ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, stderr = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGTERM)
        process.communicate()
        pytest.fail("the launcher went on starting the servers with an unprotected API")
    assert process.returncode != 0
    assert "Refusing to start" in stderr and "RASA_AUTH_TOKEN" in stderr
    assert not data_dir.exists()  # refused before it touched anything
