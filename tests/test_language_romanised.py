"""Served languages typed in Latin letters (bot.language.romanised), written for these tests, not the eval set."""
from __future__ import annotations

import pytest

from bot.language.detector import shared_detector
from bot.language.romanised import suggest
from bot.language.transliteration import to_cyrillic


@pytest.mark.parametrize("text, language", [
    ("mere bhai ko raat ko fauji le gaye", "ur"),
    ("mujhe bohat dar lag raha hai", "ur"),
    ("ana 5ayfe w bidi 7ada ysa3idni", "ar"),
    ("el jeish 2atalou 3ammi", "ar"),
    ("marhaba", "ar"),  # offered (with the menu), never decided: see session.decides
    ("pomogite pozhaluysta moy brat propal", "ru"),
    ("ya ochen boyus chto oni vernutsya", "ru"),
    ("dopomozhit bud laska vony zabraly batka", "uk"),
    ("meni duzhe strashno shcho vony povernutsya", "uk"),
])
def test_romanised_forms_are_recognised(text: str, language: str) -> None:
    assert suggest(text) == language
    assert shared_detector().detect(text).romanised == language


@pytest.mark.parametrize("text", [
    "My brother was taken at night by men in uniform",
    "main road, near the school, ya I saw them",
    "Mon frère a été emmené la nuit par des soldats",
    "Se llevaron a mi hermano por la noche",
    "Walaalkay habeenkii ayaa la qaaday",
    "salam",  # Urdu, Persian and Arabic alike: nothing to offer
    "aaaa", "ok", "",
])
def test_other_latin_writing_is_left_alone(text: str) -> None:
    assert suggest(text) is None


def test_other_scripts_are_never_romanised() -> None:
    assert shared_detector().detect("رات کو فوجی ہمارے گاؤں آئے").romanised is None


@pytest.mark.parametrize("text, language", [
    # Most of the words are in no list: the Cyrillic spelling is what reads as the language.
    ("soldaty obyskivali kazhdyy podval", "ru"),
    ("nas derzhali tam chetyre nedeli", "ru"),
    ("vony obshukuvaly kozhen pidval", "uk"),
    ("nas trymaly tam chotyry tyzhni", "uk"),
])
def test_russian_and_ukrainian_are_read_back_in_cyrillic(text: str, language: str) -> None:
    assert suggest(text) is None  # the word lists alone do not decide these
    assert shared_detector().detect(text).romanised == language


@pytest.mark.parametrize("text", [
    "they hit my dad", "my tea is cold now", "do you need my number", "ne pas oublier le vin",
    "tamam da neyse", "vino tinto para la cena",
])
def test_a_shared_word_or_two_is_not_enough_for_russian_or_ukrainian(text: str) -> None:
    assert shared_detector().detect(text).romanised is None


def test_transliteration_follows_each_alphabet() -> None:
    assert to_cyrillic("shchedryy vecher", "ru") == "щедрый вечер"
    assert to_cyrillic("yizhak i yizha", "uk") == "їжак і їжа"
    assert to_cyrillic("Khorosho, 2 dnya!", "ru") == "хорошо, 2 дня!"
