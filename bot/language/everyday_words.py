"""Everyday replies of the Latin-script served languages: "oui", "hola", "haa", "thanks".

A one-word reply decides no language (bot.language.session), and in Latin letters it is not offered either, since
everyone writes names, places and English words in them. But "oui" typed to an English question says the person
may not read what they are answering, and "oui" to a consent text is no informed consent. So a short message made
only of the everyday replies of one Latin-script served language (yes, no, hello, thanks, OK), at least one of
them that language's alone, names that language, to be offered in both languages and never switched to.

Everything is data: words shared by two of the languages ("no", "ok", "si") name neither.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Dict, FrozenSet, List, Mapping, Optional

# Longer messages are something said, and the detector reads them well.
MAX_WORDS = 4

EVERYDAY_WORDS: Mapping[str, str] = {
    "en": "yes yeah yea yep yup ya hello hi hey thanks thank you please pls no nope sure ok okay fine alright",
    "fr": "oui ouais ouai ouii bonjour bonsoir salut merci beaucoup non d'accord daccord svp bien sûr ok",
    "es": "sí hola gracias muchas muchísimas vale claro buenas buenos días dias tardes noches no de acuerdo por "
          "favor ok",
    "so": "haa haye hayye maya mahadsanid mahadsan salaan nabad waa hagaag iska warran ok",
}

_APOSTROPHES = re.compile(r"[’ʼ`´]")
_WORD = re.compile(r"[\w']+")


LEXICONS: Dict[str, FrozenSet[str]] = {language: frozenset(words.split()) for language, words in EVERYDAY_WORDS.items()}


def _words(text: str) -> List[str]:
    return _WORD.findall(_APOSTROPHES.sub("'", unicodedata.normalize("NFC", text).casefold()))


def language_of(text: str) -> Optional[str]:
    """The one language whose everyday replies make up the whole of `text` (up to MAX_WORDS words), with at least
    one word that no other of these languages uses; else None."""
    words = _words(text)
    if not words or len(words) > MAX_WORDS:
        return None
    for language, lexicon in LEXICONS.items():
        others = set().union(*(words_of for code, words_of in LEXICONS.items() if code != language))
        if all(word in lexicon for word in words) and any(word not in others for word in words):
            return language
    return None
