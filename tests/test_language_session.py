"""The conversation-language rules (bot.language.session.decide), on hand-made detections: no langdetect here."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

import pytest

from bot.language.detection import Detection
from bot.language.languages import BY_CODE, SUPPORTED
from bot.language.session import CONFIDENT, Decision, decide, decides, in_conversation


def said(language: Optional[str], confidence: float = 0.99, words: int = 8, chars: int = 50,
         script: Optional[str] = None, supported: Optional[bool] = None, romanised: Optional[str] = None) -> Detection:
    """A detection as the detector would report it for a message of that length."""
    if script is None:
        script = BY_CODE[language].script if language in BY_CODE else "Latin"
    if supported is None:
        supported = language in SUPPORTED
    return Detection(language, confidence, script, supported, words, chars, romanised=romanised)


LONG_FR = said("fr")


def test_explicit_choice_always_wins() -> None:
    assert decide("en", said("en"), recent=[said("en")], explicit="ar") == Decision("ar", reason="explicit")
    assert decide(None, said("ru"), explicit="fr-FR", page_language="uk").language == "fr"
    assert decide("uk", said(None, script="Ethiopic", supported=False), explicit="en").language == "en"


def test_invalid_explicit_choice_is_ignored() -> None:
    assert decide("uk", said("uk"), explicit="de").language == "uk"
    assert decide("uk", said("uk"), explicit="klingon").language == "uk"


def test_page_language_sets_the_initial_language() -> None:
    decision = decide(None, said("en", words=1, chars=5), page_language="ar-SY")
    assert decision == Decision("ar", reason="page_language")


def test_page_language_does_not_override_the_session() -> None:
    assert decide("uk", said("uk"), page_language="en").language == "uk"


def test_without_page_language_a_confident_first_message_chooses() -> None:
    assert decide(None, said("ta", words=1, chars=7)).language == "ta"
    assert decide(None, said("so", confidence=0.3)) == Decision("en", reason="default")
    assert decide(None, None) == Decision("en", reason="default")
    assert decide(None, said("de", supported=False)).language == "en"


@pytest.mark.parametrize("detection", [
    said("fr", words=3, chars=40),          # fewer than 4 words
    said("fr", words=6, chars=19),          # fewer than 20 characters
    said("fr", confidence=CONFIDENT - 0.01),  # not confident
    said("de", supported=False),            # not a served language
    said(None, confidence=0.0, script="Common", supported=False, words=0, chars=3),  # "123"
])
def test_weak_messages_never_flip_or_propose(detection: Detection) -> None:
    for _ in range(3):
        decision = decide("en", detection, recent=[detection, detection])
        assert decision == Decision("en", reason="sticky")


def test_one_confident_message_in_another_language_is_not_enough() -> None:
    assert decide("en", LONG_FR, recent=[], chosen_before=True) == Decision("en", reason="sticky")
    assert decide("en", LONG_FR, recent=[said("en")]).propose_switch_to is None


@pytest.mark.parametrize("detection", [
    said("so", words=1, chars=7),           # "marhaba": one Latin word, however confident
    said("ur", words=1, chars=4),           # "سلام": Persian, Urdu and Arabic alike
    said("so", confidence=CONFIDENT - 0.01, words=3, chars=20),  # a guess below the threshold
    said(None, confidence=0.0, script="Common", supported=False, words=0, chars=4),  # "????"
    said("so", words=5, chars=30, romanised="ur"),  # Roman Urdu read as Somali
])
def test_a_message_that_does_not_decide_opens_in_english(detection: Detection) -> None:
    assert not decides(detection)
    assert decide(None, detection).language == "en"
    assert decide(None, detection, page_language="fr").language == "fr"


def test_the_first_message_that_decides_is_offered_at_once() -> None:
    undecided = said("so", words=1, chars=7)
    assert decide("en", said("ar"), recent=[undecided]) == Decision("en", propose_switch_to="ar",
                                                                    reason="propose_first_decided")
    assert decide("en", said("ar", words=2, chars=12), recent=[undecided]).propose_switch_to == "ar"
    assert decide("en", said("ar"), recent=[undecided], chosen_before=True).propose_switch_to is None


@pytest.mark.parametrize("reply, offered", [
    (said("ar", confidence=0.52, words=1, chars=3), "ar"),   # "نعم" (yes) to an English question
    (said("fa", confidence=0.54, words=1, chars=3), "fa"),   # "بله"
    (said("ur", words=1, chars=3), "ur"),                    # "ہاں"
    (said("uk", confidence=0.38, words=1, chars=3), "uk"),   # "так"
    # "да", likelier Bulgarian than any served language: the likeliest served one of its script is offered.
    (replace(said("bg", script="Cyrillic", supported=False, words=1, chars=2), ranking=(("uk", 0.47), ("ru", 0.53))),
     "ru"),
])
def test_a_short_reply_in_another_script_before_anything_decided_offers_its_language(reply: Detection,
                                                                                     offered: str) -> None:
    """Seen from outside: after "مرحبا" opened in English, "نعم" answered the safety question and the consent in
    English, and nothing asked whether the person could read them."""
    opening = said("ar", confidence=0.7, words=1, chars=5)
    assert decide("en", reply, recent=[opening]) == Decision("en", propose_switch_to=offered, reason="propose_script")
    assert decide("en", reply, recent=[opening], declined={offered}).propose_switch_to is None


@pytest.mark.parametrize("reply, recent, chosen_before", [
    (said("ar", confidence=0.52, words=1, chars=3), [], False),          # the first message: the menu answers it
    (said("ar", confidence=0.52, words=1, chars=3), [said("ar")], False),  # the language was decided already
    (said("ar", confidence=0.52, words=1, chars=3), [said("en")], True),   # or chosen
    (said("so", words=1, chars=6), [said("ar", words=1, chars=5)], False),  # Latin letters: "Aleppo" on any page
    (said(None, confidence=0.0, script="Common", supported=False, words=0, chars=2),
     [said("ar", words=1, chars=5)], False),                              # an emoji, a number
])
def test_no_script_offer_on_the_first_message_in_latin_letters_or_once_the_language_is_known(
        reply: Detection, recent: list, chosen_before: bool) -> None:
    assert decide("en", reply, recent=recent, chosen_before=chosen_before).propose_switch_to is None


def test_another_latin_languages_everyday_reply_before_anything_decided_offers_it() -> None:
    """Seen from outside: after "bonjour" opened in English, "oui" answered the safety question and the consent in
    English, and nothing asked whether the person could read them."""
    bonjour = replace(said("fr", confidence=0.06, words=1, chars=7), everyday="fr")
    oui = replace(said("fr", confidence=0.58, words=1, chars=3), everyday="fr")
    assert decide("en", oui, recent=[bonjour]) == Decision("en", propose_switch_to="fr",
                                                           reason="propose_everyday_words")
    yes = replace(said("en", confidence=0.01, words=1, chars=3), everyday="en")
    assert decide("fr", yes, recent=[bonjour]).propose_switch_to == "en"  # "yes" on a French page
    assert decide("en", oui, recent=[bonjour], declined={"fr"}).propose_switch_to is None
    assert decide("en", oui).propose_switch_to is None                           # the first message: the menu
    assert decide("en", oui, recent=[said("en")]).propose_switch_to is None       # English was decided
    assert decide("en", oui, recent=[bonjour], chosen_before=True).propose_switch_to is None  # or chosen
    assert decide("fr", oui, recent=[bonjour]).propose_switch_to is None          # already the language


def test_romanised_writing_is_offered_and_never_switched_to() -> None:
    roman_urdu = said("so", words=5, chars=30, romanised="ur")
    assert decide("en", roman_urdu, chosen_before=True) == Decision("en", propose_switch_to="ur",
                                                                   reason="propose_romanised")
    assert decide("ur", roman_urdu).propose_switch_to is None
    assert decide("en", roman_urdu, declined={"ur"}).propose_switch_to is None


def test_the_conversation_language_settles_ambiguous_messages() -> None:
    salam = said("fa", confidence=0.36, words=1, chars=4, script="Arabic")
    salam = replace(salam, ranking=(("fa", 0.4), ("ar", 0.31), ("ur", 0.29)))
    assert in_conversation(salam, "ur").language == "ur"
    assert in_conversation(salam, "ur").confidence > salam.confidence
    assert in_conversation(salam, "en") == salam  # English is not a candidate for Arabic script
    clear = replace(said("fr"), ranking=(("fr", 0.999), ("es", 0.001)))
    assert in_conversation(clear, "es").language == "fr"


def test_two_consecutive_confident_messages_propose_a_switch() -> None:
    decision = decide("en", LONG_FR, recent=[said("en"), LONG_FR])
    assert decision == Decision("en", propose_switch_to="fr", reason="propose_switch")


def test_the_two_messages_must_be_consecutive_and_agree() -> None:
    assert decide("en", LONG_FR, recent=[LONG_FR, said("en")]).propose_switch_to is None
    assert decide("en", LONG_FR, recent=[said("es")]).propose_switch_to is None
    assert decide("en", LONG_FR, recent=[said("fr", words=2, chars=10)]).propose_switch_to is None


def test_messages_in_the_session_language_change_nothing() -> None:
    assert decide("fr", LONG_FR, recent=[LONG_FR]) == Decision("fr", reason="sticky")


def test_a_declined_language_is_not_offered_again() -> None:
    assert decide("en", LONG_FR, recent=[LONG_FR], declined={"fr"}).propose_switch_to is None
    assert decide("en", said("es"), recent=[said("es")], declined={"fr"}).propose_switch_to == "es"


@pytest.mark.parametrize("script", ["Ethiopic", "Myanmar", "Devanagari", "Han"])
def test_unservable_scripts_are_flagged_and_keep_the_language(script: str) -> None:
    detection = said(None, confidence=1.0, script=script, supported=False, words=1, chars=3)
    assert decide("uk", detection) == Decision("uk", unsupported_script=script, reason="unsupported_script")
    assert decide(None, detection, page_language="fa").language == "fa"
    assert decide(None, detection).language == "en"


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_served_language_can_be_proposed_and_chosen(code: str) -> None:
    other = "ar" if code == "en" else "en"
    assert decide(other, said(code), recent=[said(code)]).propose_switch_to == code
    assert decide(other, said(other), explicit=code).language == code


def test_decide_is_pure() -> None:
    recent = [LONG_FR]
    first = decide("en", LONG_FR, recent=recent)
    assert recent == [LONG_FR] and decide("en", LONG_FR, recent=recent) == first
