"""lingua's ranking of the ten served languages: the statistical evidence that decides between them.

Why lingua beside langdetect: on the shared test set restricted to the ten, lingua in high-accuracy mode names
the right language of a word pair 97% of the time, where seeded langdetect is far behind, because it scores every
n-gram of up to five letters instead of sampling a few, and does so in compiled code (well under a millisecond).
It is restricted to the ten served languages, so it cannot say "this is German": langdetect keeps that job
(bot.language.detector), and lingua is asked for a second opinion (`unserved_probability`) before a message is turned
away, since langdetect alone turns away about one served sentence in a hundred (Russian read as Bulgarian).

The models ship inside the wheel; nothing is downloaded. Building the detector loads the ten languages' models
(about two seconds), so it happens once per process, on first use or at start-up (`preload`), under a lock.
"""
from __future__ import annotations

import threading
from typing import Dict, Optional, Sequence, Tuple

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from bot.language.languages import SUPPORTED

_detector: Optional[LanguageDetector] = None
_lock = threading.Lock()
# lingua over the served candidates of one script plus one unserved language, built when first needed. lingua
# keeps its models in one process-wide cache, so each of these only loads the unserved language's model.
_judges: Dict[Tuple[str, ...], LanguageDetector] = {}


def _language(code: str) -> Optional[Language]:
    """lingua's language for an ISO 639-1 code, or None when lingua has no model for it (Kannada, ...)."""
    iso = getattr(IsoCode639_1, code.split("-")[0].upper(), None)
    return Language.from_iso_code_639_1(iso) if iso is not None else None


def _build() -> LanguageDetector:
    """lingua over exactly the served languages, high-accuracy mode (lingua's default), models preloaded."""
    languages = [_language(code) for code in SUPPORTED]
    return LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()


def preload() -> LanguageDetector:
    """The process-wide lingua detector, built on the first call (thread-safe)."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                _detector = _build()
    return _detector


def rank(text: str) -> Dict[str, float]:
    """lingua's probability for each served language (summing to 1); {} when it finds nothing to go on."""
    values = preload().compute_language_confidence_values(text)
    ranking = {value.language.iso_code_639_1.name.lower(): value.value for value in values}
    return ranking if any(ranking.values()) else {}


def unserved_probability(text: str, unserved: str, candidates: Sequence[str]) -> Optional[float]:
    """lingua's probability that `text` is in `unserved` rather than one of the served `candidates`; None when
    lingua has no model for that language (the caller then goes by langdetect alone)."""
    other = _language(unserved)
    if other is None:
        return None
    key = (unserved,) + tuple(sorted(candidates))
    with _lock:
        judge = _judges.get(key)
        if judge is None:
            judge = _judges[key] = LanguageDetectorBuilder.from_languages(
                other, *(_language(code) for code in candidates)).build()
    return judge.compute_language_confidence(text, other)
