"""The result of language detection, as a plain value that travels through Rasa's parse data.

Kept apart from the detector so that the session rules and the action server can read detections without
importing langdetect.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Dict, Mapping, Optional, Tuple

Ranking = Tuple[Tuple[str, float], ...]  # (served language, probability) pairs, most probable first

from bot.language.languages import SERVED_SCRIPTS
from bot.language.scripts import COMMON, script_of

# The key under which the detection travels in Rasa's parse data (tracker.latest_message["language"]).
PARSE_KEY = "language"

# A message shorter than this says too little about its language to act on: the session never switches on it
# and the detector never turns it away as an unserved language.
SHORT_WORDS = 4
SHORT_CHARS = 20


@dataclass(frozen=True)
class Detection:
    """What the detector concluded about one message.

    language: ISO 639-1 code of the most likely language, served or not ("de" with supported=False), or None
        when nothing can be said (no letters, or a script langdetect has no profile for, e.g. Ethiopic).
    confidence: probability of `language` in [0, 1]; lowered by the share of letters in other scripts and, for a
        served language, by the probability that the message is in an unserved language of the same script.
    script: dominant Unicode script of the message ("Latin", "Arabic", ...; "Common" when it has no letters).
    supported: True exactly when `language` is one of the ten served languages.
    words, chars: length of the message, so that the session rules can ignore short messages without the text.
    ranking: the served languages of `script` with their probabilities before the conversation is taken into
        account, so that the session rules can weigh in the session's language (session.in_conversation).
    romanised: a served language written in Latin letters that the message looks like (Roman Urdu "ur",
        Arabizi "ar", ...; bot.language.romanised), or None. Only ever offered, never switched to.
    everyday: the Latin-script served language whose everyday replies make up a short message ("oui", "hola",
        "haa"; bot.language.everyday_words), or None. Offered before the language is decided, never switched to.
    """

    language: Optional[str]
    confidence: float
    script: str
    supported: bool
    words: int = 0
    chars: int = 0
    ranking: Ranking = ()
    romanised: Optional[str] = None
    everyday: Optional[str] = None

    @property
    def short(self) -> bool:
        """True for a message too short to act on (see is_short)."""
        return is_short(self.words, self.chars)

    @property
    def in_unserved_script(self) -> bool:
        """True when the message is written in a script no served language uses (Bengali, Devanagari, ...)."""
        return self.script not in SERVED_SCRIPTS and self.script != COMMON

    def as_dict(self) -> Dict[str, Any]:
        """JSON-safe form, as carried in Rasa's parse data and tracker events."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Detection":
        """Rebuild a detection from `as_dict` output (e.g. tracker.latest_message["language"]); extra keys ignored."""
        return cls(
            language=data.get("language"),
            confidence=float(data.get("confidence") or 0.0),
            script=str(data.get("script") or COMMON),
            supported=bool(data.get("supported")),
            words=int(data.get("words") or 0),
            chars=int(data.get("chars") or 0),
            ranking=tuple((str(code), float(value)) for code, value in data.get("ranking") or ()),
            romanised=data.get("romanised"),
            everyday=data.get("everyday"),
        )


def is_short(words: int, chars: int) -> bool:
    """Fewer than SHORT_WORDS words or fewer than SHORT_CHARS characters."""
    return words < SHORT_WORDS or chars < SHORT_CHARS


def measure(text: str) -> Tuple[int, int]:
    """(words, characters) of a message: words contain at least one letter; runs of spaces count once."""
    tokens = text.split()
    words = sum(1 for token in tokens if any(script_of(char) for char in token))
    return words, len(" ".join(tokens))
