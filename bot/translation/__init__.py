"""Offline machine translation (Argos Translate / CTranslate2) of narratives, for staff who read English.

    translate(text, source, target) -> Translation | None
    for_staff(text, source_language) -> {"original_language", "english", "status"}
    available_pairs() -> {(source, target), ...}

Packages are installed from files with `python -m bot.translation install FILE.argosmodel` and listed with
`python -m bot.translation list`; nothing is ever downloaded. Importing this package is cheap: argostranslate is
only imported (by bot.translation.runtime, the one place that configures it) when a text is translated.
"""
from bot.translation.api import (
    STATUS_MACHINE,
    STATUS_ORIGINAL,
    STATUS_UNAVAILABLE,
    Translation,
    available_pairs,
    can_translate,
    for_staff,
    normalize_code,
    translate,
)

__all__ = [
    "STATUS_MACHINE",
    "STATUS_ORIGINAL",
    "STATUS_UNAVAILABLE",
    "Translation",
    "available_pairs",
    "can_translate",
    "for_staff",
    "normalize_code",
    "translate",
]
