"""Shared fixtures: the Rasa model is trained at most once per run, and the real servers start once, through
the same launcher as `make run` (bot/launcher). Key, store and report fixtures are in tests/crypto_fixtures.py."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any, Iterator

import pytest
from hypothesis import settings

from bot.launcher.servers import DEFAULT_MODEL, VENV_BIN
from tests.assistant import RunningAssistant, model_is_current, start_assistant
from tests.channel_support import ChannelHarness, FakePlatforms, channel_environment
from tests.helpers import PROJECT_ROOT

pytest_plugins = ["tests.crypto_fixtures", "tests.tracker_fixtures", "tests.console_support", "tests.browser_support"]

# CI runs the same examples every time, so a red build is reproducible; developers get fresh ones.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: trains a model or measures a whole data set (minutes)")


@pytest.fixture(scope="session", autouse=True)
def data_dir_of_its_own(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Tests never write into the data directory `make run` uses (actions start report store work in the
    background, for one): whatever reads bot.settings without a directory of its test's own gets this one."""
    with pytest.MonkeyPatch.context() as patch:
        directory = tmp_path_factory.mktemp("data")
        patch.setenv("TESTIMONY_DATA_DIR", str(directory))
        yield directory


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The project's model; `make test` trains it before pytest, so this only trains when run alone."""
    if not model_is_current():
        subprocess.run(
            [str(VENV_BIN / "rasa"), "train", "--fixed-model-name", "testimony", "--out", "models"],
            cwd=PROJECT_ROOT, check=True,
        )
    return DEFAULT_MODEL


@pytest.fixture(scope="session")
def loaded_agent(trained_model: Path) -> Any:
    """The project's model loaded in this process (no servers, an in-memory tracker store), for tests of how Rasa
    runs the project's components."""
    from rasa.core.agent import Agent

    return Agent.load(str(trained_model))


@pytest.fixture(scope="session")
def running_assistant(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningAssistant]:
    """The whole assistant on free ports, with a data dir of its own, for the whole session."""
    assistant = start_assistant(tmp_path_factory.mktemp("testimony-data"), trained_model)
    yield assistant
    assistant.stop()


@pytest.fixture(scope="session")
def channel_assistant(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChannelHarness]:
    """The whole assistant with Telegram, WhatsApp and Messenger on, talking to the fake platforms."""
    fake = FakePlatforms()
    try:
        assistant = start_assistant(tmp_path_factory.mktemp("testimony-channels"), trained_model,
                                    extra_env=channel_environment(fake))
        try:
            yield ChannelHarness(assistant, fake)
        finally:
            assistant.stop()
    finally:
        fake.stop()
