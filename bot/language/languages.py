"""The ten languages Testimony serves, as data: one table that every other module reads.

Keeping codes, scripts, names and spelling evidence in one place means adding or correcting a language is a
data change here, never a new code path elsewhere.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Dict, Mapping, Optional, Tuple


@dataclass(frozen=True)
class Language:
    """One served language.

    `letters` are the letters (and the odd punctuation mark) that this language's orthography uses and that at
    least one other served language of the same script does not: they are the spelling evidence that langdetect
    weighs too weakly on short text (see scripts.letter_weights). A served language of the same script that lacks
    a letter found in the message becomes less likely. `rtl` languages are laid out right to left (the catalog's
    punctuation checks, bidi isolation of references and the widget's direction all follow it).
    """

    code: str
    english_name: str
    native_name: str
    script: str
    letters: str = ""
    rtl: bool = False


LANGUAGES: Tuple[Language, ...] = (
    Language("en", "English", "English", "Latin"),
    # Not the yeh and kaf (ي ك ى / ی ک): they sit on the same keys of Arabic and Persian keyboards, so Persian
    # typed on an Arabic keyboard has ي and Arabic typed on a Persian one has ی; as evidence they mislead.
    Language("ar", "Arabic", "العربية", "Arabic", letters="ةؤإ", rtl=True),
    Language("uk", "Ukrainian", "Українська", "Cyrillic", letters="іїєґ"),
    Language("ru", "Russian", "Русский", "Cyrillic", letters="ыэъё"),
    Language("fa", "Persian (Farsi/Dari)", "فارسی", "Arabic", letters="پچژگ", rtl=True),
    Language("fr", "French", "Français", "Latin", letters="àâæçéèêëîïôœùûüÿ"),
    Language("es", "Spanish", "Español", "Latin", letters="áéíñóúü¿¡"),
    # Urdu's alphabet extends the Persian one, so it also carries the Persian-only letters.
    Language("ur", "Urdu", "اردو", "Arabic", letters="پچژگٹڈڑںےھہۓۃ", rtl=True),
    Language("ta", "Tamil", "தமிழ்", "Tamil"),
    # Somali's official Latin orthography has no diacritics.
    Language("so", "Somali", "Soomaali", "Latin"),
)

BY_CODE: Mapping[str, Language] = {language.code: language for language in LANGUAGES}
SUPPORTED: Tuple[str, ...] = tuple(BY_CODE)
SERVED_SCRIPTS: frozenset = frozenset(language.script for language in LANGUAGES)
RIGHT_TO_LEFT: frozenset = frozenset(language.code for language in LANGUAGES if language.rtl)
DEFAULT_LANGUAGE = "en"

# ISO 639-2/3 codes and common labels that browsers, widgets or staff may send for a served language.
_ALIASES: Dict[str, str] = {
    "eng": "en", "ara": "ar", "arb": "ar", "ukr": "uk", "rus": "ru", "fas": "fa", "per": "fa", "pes": "fa",
    "prs": "fa", "dari": "fa", "farsi": "fa", "fra": "fr", "fre": "fr", "spa": "es", "urd": "ur", "tam": "ta",
    "som": "so",
}


def languages_of_script(script: str) -> Tuple[str, ...]:
    """The served languages written in `script`, in table order."""
    return tuple(language.code for language in LANGUAGES if language.script == script)


def normalize_code(tag: Optional[str]) -> Optional[str]:
    """The served language code for a BCP 47 tag or ISO code ("fr-FR", "fa_AF", "prs", "UK"), else None.

    Page languages and button payloads come from outside the assistant, so they are matched leniently but only
    ever mapped onto the ten served codes.
    """
    if not tag:
        return None
    cleaned = unicodedata.normalize("NFKC", str(tag)).strip().casefold().replace("_", "-")
    primary = cleaned.split("-", 1)[0]
    for candidate in (cleaned, primary):
        if candidate in BY_CODE:
            return candidate
        if candidate in _ALIASES:
            return _ALIASES[candidate]
    return None
