"""Shared fixtures: the Rasa model is trained at most once per run, and the real servers start once."""
from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Iterator

import os

import pytest
from hypothesis import settings

# CI runs the same examples every time, so a red build is reproducible; developers get fresh ones.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

from tests.assistant import MODEL, PROJECT_ROOT, VENV_BIN, RunningAssistant, model_is_current, start_assistant


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: trains a model or measures a whole data set (minutes)")


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The project's model; `make test` trains it before pytest, so this only trains when run alone."""
    if not model_is_current():
        subprocess.run(
            [str(VENV_BIN / "rasa"), "train", "--fixed-model-name", "testimony", "--out", "models"],
            cwd=PROJECT_ROOT, check=True,
        )
    return MODEL


@pytest.fixture(scope="session")
def running_assistant(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningAssistant]:
    """Action server + Rasa server on free ports, with a data dir of their own, for the whole session."""
    assistant = start_assistant(tmp_path_factory.mktemp("testimony-data"), trained_model)
    yield assistant
    assistant.stop()
