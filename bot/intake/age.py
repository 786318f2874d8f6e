"""Telling an age in the past ("I was 15 when they came") from saying one is under 18 now (survivor rule 18).

An adult who was a child when it happened is telling their account: the child-safe path is for someone who is
under 18 now. The markers below are the common ways of putting an age or childhood in the past, in the ten
languages (and romanised Urdu); they are machine-assisted and need native review like the catalogs. When no
marker is found the assistant does not guess: it asks "Are you under 18 now?" with buttons.
"""
from __future__ import annotations

import re
import unicodedata
from typing import List

PAST_AGE_MARKERS = (
    # English
    r"\bi was\b", r"\bi were\b", r"\bwhen i was\b", r"\bas a (?:child|kid|boy|girl|teenager)\b", r"\bback then\b",
    r"\bat the time\b", r"\byears ago\b", r"\bin my childhood\b",
    # Arabic: كنت "I was", في طفولتي "in my childhood"
    r"كنت", r"طفولتي", r"في صغري",
    # Ukrainian
    r"мені було", r"\bя був\b", r"\bя була\b", r"коли я був", r"коли я була", r"дитинстві",
    # Russian
    r"мне было", r"\bя был\b", r"\bя была\b", r"когда я был", r"в детстве",
    # Persian: بودم "I was", کودکی "childhood"
    r"بودم", r"کودکی",
    # Urdu, and romanised Urdu: تھا / تھی "was", بچپن "childhood"
    r"تھا", r"تھی", r"بچپن", r"\btha\b", r"\bthi\b", r"\bbachpan\b",
    # French
    r"\bj'avais\b", r"\bj’avais\b", r"\bj'étais\b", r"\bj’étais\b", r"\bà l'époque\b", r"\bà l’époque\b",
    # Spanish
    r"\btenía\b", r"\bcuando era\b", r"\bde niñ[oa]\b", r"\ben aquel entonces\b",
    # Tamil: இருந்தபோது "when I was", இருந்தேன் "I was", சிறுவயதில் "in childhood"
    r"இருந்தபோது", r"இருந்தேன்", r"இருந்தது", r"சிறுவயதில்",
    # Somali: "markii aan ahaa" when I was, "waxaan ahaa" I was, "yaraantayda" in my childhood
    r"\bmarkii aan\b", r"\bwaxaan ahaa\b", r"\byaraantayda\b", r"\bjiray\b",
)
_PAST = re.compile("|".join(PAST_AGE_MARKERS))
# The ages a child states in words ("I'm fifteen", "tengo quince años"), 10 to 17, in the ten languages and
# romanised Urdu, read as the number; 18 and 19 too, so that "dix-huit" and "ثماني عشرة" are not read as ten.
# Left out where the word has a commoner meaning: Persian ده ("village"), romanised Urdu das, bara ("big"), tera
# ("your"), sola; and taken only with "years" where it is another word in English (Spanish once, French seize).
# Machine-assisted, for native review like the markers.
AGE_WORDS = {
    10: ("ten", "dix", "diez", "десять", "عشرة", "دس", "பத்து", "toban"),
    11: ("eleven", "onze", "once años", "одиннадцать", "одинадцять", "أحد عشر", "احد عشر", "حداشر", "یازده", "گیارہ",
         "gyarah", "பதினொன்று", "பதினொரு", "kow iyo toban"),
    12: ("twelve", "douze", "doce", "двенадцать", "дванадцять", "اثنا عشر", "اثني عشر", "اتناشر", "اطناشر",
         "دوازده", "بارہ", "barah", "பன்னிரண்டு", "laba iyo toban"),
    13: ("thirteen", "treize", "trece", "тринадцать", "тринадцять", "ثلاثة عشر", "ثلاث عشرة", "تلطاشر", "سیزده",
         "تیرہ", "terah", "பதின்மூன்று", "saddex iyo toban"),
    14: ("fourteen", "quatorze", "catorce", "четырнадцать", "чотирнадцять", "أربعة عشر", "اربعة عشر", "اربعتاشر",
         "اربعطاشر", "چهارده", "چودہ", "chodah", "chaudah", "பதினான்கு", "afar iyo toban"),
    15: ("fifteen", "quinze", "quince", "пятнадцать", "п'ятнадцять", "п’ятнадцять", "пʼятнадцять", "خمسة عشر",
         "خمستاشر", "خمسطاشر", "پانزده", "پونزده", "پندرہ", "pandrah", "pandra", "பதினைந்து", "shan iyo toban"),
    16: ("sixteen", "seize ans", "dieciséis", "dieciseis", "шестнадцать", "шістнадцять", "ستة عشر", "ستاشر", "شانزده",
         "شونزده", "سولہ", "solah", "பதினாறு", "lix iyo toban"),
    17: ("seventeen", "dix-sept", "dix sept", "diecisiete", "семнадцать", "сімнадцять", "سبعة عشر", "سبعتاشر",
         "سبعطاشر", "هفده", "هیفده", "سترہ", "satrah", "பதினேழு", "toddoba iyo toban"),
    18: ("eighteen", "dix-huit", "dix huit", "dieciocho", "восемнадцать", "вісімнадцять", "ثمانية عشر",
         "ثماني عشرة", "ثمنتاشر", "تمنتاشر", "هجده", "هیجده", "اٹھارہ", "atharah", "பதினெட்டு", "siddeed iyo toban"),
    19: ("nineteen", "dix-neuf", "dix neuf", "diecinueve", "девятнадцать", "дев'ятнадцять", "дев’ятнадцять",
         "تسعة عشر", "تسع عشرة", "تسعتاشر", "نوزده", "انیس", "unnees", "பத்தொன்பது", "sagaal iyo toban"),
}
_NUMBER_OF_WORD = {word: number for number, words in AGE_WORDS.items() for word in words}
# Longest first, so that "kow iyo toban" is read as 11 before "toban" as 10.
_LONGEST_FIRST = sorted(_NUMBER_OF_WORD, key=len, reverse=True)
_AGE_WORD = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _LONGEST_FIRST)) + r")(?!\w)")
# Markup, and tokens with brackets, "=" or slashes, are code someone pasted, not words about their age.
_NOT_WORDS = re.compile(r"<[^>]*>|\S*[(){}\[\]=/\\]\S*")
# A number standing on its own ("I am 15", "15-year-old"), not one inside code or a word ("alert(1)", "x1").
_STANDALONE_NUMBER = re.compile(r"(?<![\w(=/])\d+(?![\w)=/])")
ADULT_AGE = 18
# No one is older: a number above it is a year ("in the spring of 2022"), never an age.
OLDEST_AGE = 120
# A statement about age without a number ("I'm a child") is short; a longer one is an account.
SHORT_STATEMENT_WORDS = 5


def speaks_of_the_past(text: str) -> bool:
    """True when the message puts an age or childhood in the past, so it is part of the account."""
    return bool(_PAST.search(unicodedata.normalize("NFKC", text).casefold()))


def mentions_an_age_under_18(text: str) -> bool:
    """A number under 18 standing on its own, in any script's digits ("15", "١٥", "۱۵") or in words ("fifteen"),
    outside pasted code."""
    return any(number < ADULT_AGE for number in _standalone_numbers(text))


def states_no_age(text: str) -> bool:
    """Numbers, every one of them more than any age ("بالربيع سنة 2022": in the spring of 2022, which a model took
    for saying one is an adult): a date, and no age is said."""
    numbers = _standalone_numbers(text)
    return bool(numbers) and all(number > OLDEST_AGE for number in numbers)


def may_say_under_18_now(text: str) -> bool:
    """Worth asking "Are you under 18 now?": an age under 18, or a short statement with no number and no past.

    A long message with no age in it ("there were 20 of us in the basement") is part of the account.
    """
    if speaks_of_the_past(text):
        return False
    numbers = _standalone_numbers(text)
    if numbers:
        return any(number < ADULT_AGE for number in numbers)
    words = _plain(text).split()
    return bool(words) and len(words) <= SHORT_STATEMENT_WORDS


def _plain(text: str) -> str:
    """The words of a message, with any script's digits and the age words as 0-9, and pasted code left out."""
    digits = "".join(str(unicodedata.digit(ch)) if unicodedata.digit(ch, None) is not None else ch
                     for ch in unicodedata.normalize("NFKC", text).casefold())
    return _NOT_WORDS.sub(" ", _AGE_WORD.sub(lambda word: str(_NUMBER_OF_WORD[word.group()]), digits))


def _standalone_numbers(text: str) -> List[int]:
    return [int(number) for number in _STANDALONE_NUMBER.findall(_plain(text))]
