"""Where Testimony keeps its files, read once from the environment.

Everything the assistant writes at run time lives under one data directory so that an operator can see,
back up or wipe it in one place. The default suits `make run`; production sets TESTIMONY_DATA_DIR.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The data directory (created on first use), from TESTIMONY_DATA_DIR or `var/` in the project."""
    path = Path(os.environ.get("TESTIMONY_DATA_DIR") or PROJECT_ROOT / "var")
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
