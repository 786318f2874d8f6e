"""Recognising, in the user's own words, an account of sexual violence, so that it is acknowledged and a
specialist line is offered (survivor-centred rule 7: nothing then asks for more detail).

The words are checked in every curated language at once: people mix languages and scripts in one message.
The lists are conservative: each word names sexual violence itself, not words that merely can
("violación" is also a breach of rights, "جنسية" is nationality, "violence" starts with "viol", "sexual
orientation" is not violence). A word missed costs an offer of support the person can still get by saying
"support", a false alarm one kind message; neither changes what is kept.
"""
from __future__ import annotations

import re
from typing import Dict, Tuple

SEXUAL_VIOLENCE_WORDS: Dict[str, Tuple[str, ...]] = {
    "en": (r"\brap(e|es|ed|ing|ist|ists)\b", r"\bsexually\b", r"\bmolest\w*", r"\bsex slave",
           r"\bsexual\s+(violen|assault|abus|attack|tortur|slave|exploit|humiliat)"),
    "ar": (r"اغتصا?ب", r"جنسيا", r"(اعتداء|اعتداءات|عنف|تحرش) جنسي"),
    "uk": (r"зґвалт", r"згвалт", r"сексуальн\w* (насильств|наруг)", r"статев\w* (насильств|злочин)"),
    "ru": (r"изнасил", r"насиловал", r"сексуальн\w* (насили|надругательств)"),
    "fa": (r"جنسی(?!ت)", r"به (من|او|ما) تجاوز"),
    "fr": (r"\bviol(s|é|ée|és|ées|er|ait|aient|èrent)?\b",
           r"\b(violences?|agressions?|abus|esclavage|sévices|tortures?) sexuel(le)?s?\b"),
    "es": (r"\bviolad[oa]s?\b", r"\bviolaron\b", r"\bme violó\b",
           r"\b(violencia|abusos?|agresi[oó]n|agresiones|esclavitud|tortura) sexual(es)?\b"),
    "ur": (r"جنسی(?!ت)", r"عصمت دری"),
    "ta": (r"பாலியல்", r"கற்பழி", r"வன்புணர்"),
    "so": (r"\bkuf(si|sa|say|sad)\w*", r"\bfaraxumey\w*", r"\bgalmo\w*"),
}
_ANY_LANGUAGE = re.compile("|".join(f"(?:{word})" for words in SEXUAL_VIOLENCE_WORDS.values() for word in words),
                           re.IGNORECASE)


def mentions_sexual_violence(text: str) -> bool:
    """True when the text names sexual violence in any of the ten languages."""
    return bool(text) and _ANY_LANGUAGE.search(text) is not None
