"""Where machine translation keeps its files: all under the project's data directory, none under $HOME.

    <data_dir>/translation/packages/   installed Argos Translate packages, one directory each
    <data_dir>/translation/argos/      argostranslate's own config/cache/data directories (normally in $HOME)

Keeping argostranslate's directories here means a settings.json or cache left in the operator's home directory
cannot change how the assistant translates, and wiping the data directory wipes everything.
"""
from __future__ import annotations

from pathlib import Path

from bot.settings import DataLayout, data_dir


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def translation_dir() -> Path:
    """`<data_dir>/translation`, created on first use."""
    return _private_dir(DataLayout(data_dir()).translation_dir)


def packages_dir() -> Path:
    """The directory argostranslate installs packages into and loads them from (ARGOS_PACKAGES_DIR)."""
    translation_dir()
    return _private_dir(DataLayout(data_dir()).translation_packages_dir)


def argos_home() -> Path:
    """Stands in for $HOME/.config, .local/share and .local/cache while argostranslate is imported."""
    translation_dir()
    return _private_dir(DataLayout(data_dir()).argos_home)
