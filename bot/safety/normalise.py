"""One spelling for every way of typing the same words, so that a short phrase list finds them all.

People in crisis type fast, on phone keyboards, in several scripts: "I'M NOT SAFE", "i'm  not safe!!",
Arabic with or without hamza and vowel marks, Persian with Arabic letters, Ukrainian with or without the
apostrophe. The message and the phrase patterns go through the same folding, so a pattern is written once in
its ordinary spelling and matches every variant. The result is only ever used for matching, never shown or kept.
"""
from __future__ import annotations

import re
import unicodedata

# Letters that are written interchangeably (Arabic, Persian and Urdu keyboards, hamza seats, final forms).
LETTER_VARIANTS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
    "ۃ": "ه", "ہ": "ه", "ە": "ه", "ھ": "ه", "ک": "ك", "ڪ": "ك", "ـ": "",  # tatweel only stretches a word
    "\u200c": "", "\u200d": "", "\u200b": "", "\u2060": "", "\ufeff": "",  # zero-width joiners and spaces
})
APOSTROPHES = str.maketrans({"'": " ", "’": " ", "‘": " ", "ʼ": " ", "`": " ", "´": " "})
# Marks that carry no meaning for matching: vowel signs, harakat, accents (after NFD decomposition).
MARK_CATEGORIES = ("Mn", "Me")
# Punctuation and symbols separate words.
SEPARATOR_CATEGORIES = ("P", "S", "Z", "C")
# "soooo", "helppp": three or more of the same letter are read as one.
REPEATED_LETTER = re.compile(r"([^\W\d])\1{2,}")


def fold(text: str) -> str:
    """Case, compatibility forms, accents and vowel marks, letter variants and apostrophes folded away.

    Safe for regular-expression source written in lower case: only letters and apostrophes change.
    """
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).casefold())
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) not in MARK_CATEGORIES)
    return unicodedata.normalize("NFC", bare).translate(LETTER_VARIANTS).translate(APOSTROPHES)


def normalise(text: str) -> str:
    """The message as words of folded letters separated by single spaces, for the phrase patterns to read."""
    folded = REPEATED_LETTER.sub(r"\1", fold(text))
    spaced = "".join(" " if unicodedata.category(ch)[0] in SEPARATOR_CATEGORIES else ch for ch in folded)
    return " ".join(spaced.split())
