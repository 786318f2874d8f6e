"""Choosing packages for a language pair and running them, with loaded models cached.

Kept apart from the public API so that `import bot.translation` stays light: argostranslate (and with it torch,
Stanza and spaCy) is imported only when a text is actually translated.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, List, Optional, Tuple

from bot.translation import packages
from bot.translation.packages import InstalledPackage

PIVOT = "en"

# Loaded models kept in memory. A real Argos model takes 100–300 MB once loaded, so the cache is bounded; the
# least recently used model is dropped first.
MAX_LOADED_MODELS = 4

_lock = threading.Lock()
_loaded: "OrderedDict[Tuple[str, int], Any]" = OrderedDict()


def route(source: str, target: str) -> Optional[List[InstalledPackage]]:
    """The packages that take `source` to `target`: the direct one, else two legs through English, else None."""
    installed = {pkg.pair: pkg for pkg in reversed(packages.installed())}  # First by name wins, like find().
    if (source, target) in installed:
        return [installed[(source, target)]]
    if PIVOT not in (source, target) and (source, PIVOT) in installed and (PIVOT, target) in installed:
        return [installed[(source, PIVOT)], installed[(PIVOT, target)]]
    return None


def run(legs: List[InstalledPackage], text: str) -> str:
    """`text` translated through each package in turn."""
    for pkg in legs:
        text = _translation(pkg).translate(text)
    return text


def _translation(pkg: InstalledPackage) -> Any:
    """argostranslate's PackageTranslation for `pkg`, loaded once and then reused."""
    key = (str(pkg.path), pkg.stamp)
    with _lock:
        translation = _loaded.get(key)
        if translation is None:
            from bot.translation import runtime

            translation = runtime.package_translation(pkg.path)
            _loaded[key] = translation
            while len(_loaded) > MAX_LOADED_MODELS:
                _loaded.popitem(last=False)  # A translation still running keeps its own reference.
        _loaded.move_to_end(key)
        return translation


def loaded_count() -> int:
    """How many models are held in memory (for tests and health checks)."""
    with _lock:
        return len(_loaded)


def unload_all() -> None:
    """Drop every cached model, e.g. after packages were removed by hand."""
    with _lock:
        _loaded.clear()
