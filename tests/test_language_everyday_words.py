"""Everyday replies of the Latin-script served languages (bot.language.everyday_words), alone and as the detector
reports them: "oui" to an English question names French; words two of the languages share name neither."""
from __future__ import annotations

from typing import Optional

import pytest

from bot.language.detector import detect
from bot.language.everyday_words import EVERYDAY_WORDS, MAX_WORDS, language_of


@pytest.mark.parametrize("text, language", [
    ("oui", "fr"), ("Oui merci", "fr"), ("ouais", "fr"), ("d’accord", "fr"), ("bonjour", "fr"), ("non merci", "fr"),
    ("sí", "es"), ("Hola", "es"), ("vale gracias", "es"), ("no gracias", "es"), ("de acuerdo", "es"),
    ("haa", "so"), ("maya", "so"), ("Haa mahadsanid", "so"),
    ("yes", "en"), ("yeah thanks", "en"), ("hi", "en"), ("yes please", "en"),
])
def test_a_reply_of_one_languages_everyday_words_names_it(text: str, language: str) -> None:
    assert language_of(text) == language


@pytest.mark.parametrize("text", [
    "no", "ok", "si", "OK!", "",                       # shared by two languages or more, or no words
    "oui je suis en sécurité",                         # longer: something said, for the detector to read
    "haa waan fiicanahay",                             # a word outside the everyday replies
    "Aleppo", "Ahmed", "hmm", "👍",                     # names, sounds, symbols
    "yes oui",                                         # two languages at once: neither
])
def test_shared_longer_or_other_words_name_no_language(text: str) -> None:
    assert language_of(text) is None


def test_the_lexicons_are_short_replies_only() -> None:
    assert MAX_WORDS <= 4
    assert set(EVERYDAY_WORDS) == {"en", "fr", "es", "so"}  # the served languages written in Latin letters


@pytest.mark.parametrize("text, everyday", [("oui", "fr"), ("hola", "es"), ("haa", "so"), ("yes", "en"),
                                            ("نعم", None), ("да", None), ("ok", None)])
def test_the_detector_reports_everyday_words_beside_its_guess(text: str, everyday: Optional[str]) -> None:
    assert detect(text).everyday == everyday
