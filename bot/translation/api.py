"""The translation API the rest of Testimony uses: translate, available_pairs, for_staff.

Machine translation is an aid for staff, never part of what the survivor said, so nothing here raises: when no
package covers a pair, or a model fails, the answer is None ("no translation available") and the report is
filed anyway. Log messages name language codes and error types only, never the text.
"""
from __future__ import annotations

import logging
import threading
import unicodedata
from dataclasses import dataclass
from typing import Dict, Optional, Set, Tuple

from bot.translation import engine, packages

logger = logging.getLogger(__name__)

STATUS_MACHINE = "machine translation, unverified"
STATUS_UNAVAILABLE = "no translation available"
STATUS_ORIGINAL = "original is English"

# Language tags argostranslate spells differently from BCP 47.
_ARGOS_CODES = {"zh-hant": "zt", "zh-tw": "zt", "zh-hk": "zt", "zh-hans": "zh", "zh-cn": "zh", "pt-br": "pb"}

_reported_missing: Set[Tuple[str, str]] = set()
_reported_lock = threading.Lock()


@dataclass(frozen=True)
class Translation:
    """A machine translation of a text. `pivot` names the language it went through when no direct package exists."""

    text: str
    source: str
    target: str
    engine: str = "argostranslate"
    machine_translated: bool = True
    pivot: Optional[str] = None


def normalize_code(tag: Optional[str]) -> str:
    """The Argos language code for a tag ("ar", "AR", "fa_AF", "uk-UA" → "ar", "ar", "fa", "uk"); "und" if empty."""
    cleaned = unicodedata.normalize("NFKC", str(tag or "")).strip().casefold().replace("_", "-")
    if not cleaned:
        return "und"
    return _ARGOS_CODES.get(cleaned) or cleaned.split("-", 1)[0]


def available_pairs() -> Set[Tuple[str, str]]:
    """The (source, target) pairs that an installed package translates directly (pivots not included)."""
    try:
        return {pkg.pair for pkg in packages.installed()}
    except Exception as exc:  # e.g. an unreadable data directory: translation is then simply unavailable.
        logger.error("Could not list translation packages (%s)", type(exc).__name__)
        return set()


def can_translate(source: str, target: str) -> bool:
    """Whether `translate` would find packages for this pair (directly or through English)."""
    source, target = normalize_code(source), normalize_code(target)
    try:
        return source != target and engine.route(source, target) is not None
    except Exception:
        return False


def translate(text: str, source: str, target: str) -> Optional[Translation]:
    """`text` machine-translated from `source` to `target`, or None when that cannot be done.

    None when the languages are the same, when no installed package covers the pair (directly, or through
    English when both legs are installed), or when translation fails. Never raises.
    """
    source, target = normalize_code(source), normalize_code(target)
    if source == target or not isinstance(text, str):
        return None
    try:
        legs = engine.route(source, target)
        if legs is None:
            _report_missing(source, target)
            return None
        pivot = engine.PIVOT if len(legs) > 1 else None
        if not text.strip():
            return Translation("", source, target, pivot=pivot)
        return Translation(engine.run(legs, text), source, target, pivot=pivot)
    except Exception as exc:
        # The type only: messages and tracebacks from the model libraries may quote the input.
        logger.error("Machine translation %s → %s failed (%s); continuing without it", source, target,
                     type(exc).__name__)
        return None


def for_staff(text: str, source_language: str) -> Dict[str, Optional[str]]:
    """What the encrypted report stores beside a narrative: its language, an English version and how it was made.

    {"original_language": "uk", "english": "...", "status": "machine translation, unverified"}, or
    {"original_language": "uk", "english": None, "status": "no translation available"}. English text is stored
    as its own English version with status "original is English".
    """
    language = normalize_code(source_language)
    if language == "en":
        return {"original_language": language, "english": text, "status": STATUS_ORIGINAL}
    result = translate(text, language, "en")
    if result is None:
        return {"original_language": language, "english": None, "status": STATUS_UNAVAILABLE}
    return {"original_language": language, "english": result.text, "status": STATUS_MACHINE}


def _report_missing(source: str, target: str) -> None:
    """Warn once per pair per process that a package is missing: an operator can install it."""
    with _reported_lock:
        if (source, target) in _reported_missing:
            return
        _reported_missing.add((source, target))
    logger.warning("No translation package installed for %s → %s; install one with "
                   "`python -m bot.translation install FILE.argosmodel`", source, target)
