"""The ShapedAnswers Rasa graph component and the shapes it recognises: a typed code, reference, phone number or
year, or words in a script no served language uses, are an answer whatever the classifier guessed; a sound of
hesitation is not understood; ages, words and buttons are left as they were read."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.input_guard import WHOLE_TEXT
from bot.components.shaped_answers import ShapedAnswers
from bot.intake.shapes import is_hesitation, is_only_markup, is_shaped_answer, says_nothing_yet
from bot.language.detection import PARSE_KEY as LANGUAGE
from bot.language.detector import detect
from bot.reports.codes import format_followup, new_reference
from bot.settings import PROJECT_ROOT

SHAPED = [
    "4821 0937 5512 6604", "4821-0937-5512-6604", "  4821093755126604 ", "٤٨٢١ ٠٩٣٧ ٥٥١٢ ٦٦٠٤",  # Arabic-Indic
    "4821.0937.5512.660",  # a digit short: still a code, for the form to refuse kindly
    "07700 900123", "+44"[1:] + " 20 7946 0958", "2015", "١٩٩٨",
    "REF-8RV45LK36P", "ref 8rv45lk36p", "Ref-8RV45LK36", "8RV45LK36P", "ＲＥＦ－８ＲＶ４５ＬＫ３６Ｐ", "8rv45lk36p",
    "\u200f٤٨٢١ ٠٩٣٧ ٥٥١٢ ٦٦٠٤", "REF-8RV45LK36P\u200e",  # with the direction marks a right-to-left keyboard adds
]
NOT_SHAPED = [
    "15", "I am 15", "I was 15 then", "17 years old", "١٥", "", "   ", "strengthen", "STRENGTHEN",
    "4821 0937 and then", "12/03/2022", "/followup", '/inform{"officer_gender":"woman"}', "they were 20 of us",
    "reference please", "REF", "refugees", "references", "REF-ERENCES", "Refugee camp", "ABCDEFGHJK",
    # Arabizi: digits for letters, ten letters of the reference alphabet with the spaces taken out
    "na3am akeed", "la2 shukran", "la msh 3ayez", "el7amdella", "mash2allah", "3ala rasi",
]


@pytest.mark.parametrize("text", SHAPED)
def test_codes_references_and_long_numbers_are_answers(text: str) -> None:
    assert is_shaped_answer(text)


@pytest.mark.parametrize("text", NOT_SHAPED)
def test_ages_words_and_buttons_are_not(text: str) -> None:
    assert not is_shaped_answer(text)


def test_every_code_and_reference_the_service_issues_is_recognised() -> None:
    for number in range(200):
        assert is_shaped_answer(format_followup(f"{number * 7919:016d}"))
        reference = new_reference()
        assert is_shaped_answer(reference) and is_shaped_answer(reference.lower().replace("-", " "))
    assert is_shaped_answer("REF-ABCDEFGHJK") and is_shaped_answer("ref 23456 78923")


@pytest.fixture(scope="module")
def component(tmp_path_factory: pytest.TempPathFactory) -> ShapedAnswers:
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    resource = Resource(ShapedAnswers.__name__)
    return ShapedAnswers.create(ShapedAnswers.get_default_config(), storage, resource,
                                ExecutionContext(storage, resource))


def classified(text: str, intent: str) -> Message:
    guess = {"name": intent, "confidence": 0.7}
    return Message({TEXT: text, INTENT: guess,
                    INTENT_RANKING_KEY: [guess, {"name": "inform", "confidence": 0.1}, {"name": "greet",
                                                                                         "confidence": 0.05}]})


@pytest.mark.parametrize("guess", ["under_18", "greet", "nlu_fallback"])
def test_a_code_read_as_an_age_or_a_greeting_becomes_an_answer(component: ShapedAnswers, guess: str) -> None:
    message = classified("4821-0937-5512-6604", guess)
    component.process([message])
    output = message.as_dict(only_output_properties=True)
    assert output[INTENT] == {"name": "inform", "confidence": 1.0}
    assert [entry["name"] for entry in output[INTENT_RANKING_KEY]][:2] == ["inform", guess]
    assert len(output[INTENT_RANKING_KEY]) == 3  # "inform" appears once


HESITATIONS = ["hmm", "Hmmm...", "umm", "uh", "erm", "euh", "mmm", "ммм", "эээ", "хм", "Эм...", "ممم", "اممم",
               "هممم", "ممم؟", "ம்ம்ம்", "hmm, hmm...", "\u200fممم", "hmm\u200b", "huh", "Huh??", "hein ?"]
# Words, a stretched word, sounds that say yes, and a hesitation before words.
NOT_HESITATIONS = ["ok", "hmm ok", "hmm they came at night", "nooo", "yesss", "me", "mum", "him", "ام", "هم", "أم",
                   "ем", "mhm", "uh-huh", "mm-hmm", "ஆம்", "", "eh", "uh huh"]
# Punctuation alone, as a phone sends it; faces with brackets and emoji say something.
# A right-to-left mark, a zero-width space or a byte-order mark beside it is still punctuation alone.
PUNCTUATION_ALONE = ["?", "...", "…", "!!", "؟", "-", "?!", " . ", "—", "«»", "'", "\u200f؟", "\u200f?\u200f",
                     "\u200b...", "\ufeff!"]
FACES = [":(", ":)", ":'(", "😢", "🙏", "?:(", "ok?"]


@pytest.mark.parametrize("text", HESITATIONS)
def test_a_sound_of_hesitation_is_not_understood_whatever_was_guessed(component: ShapedAnswers, text: str) -> None:
    """The classifier took "ممم" for goodbye, which ended the conversation at the choices after danger."""
    assert is_hesitation(text)
    message = classified(text, "goodbye")
    component.process([message])
    assert message.get(INTENT) == {"name": "nlu_fallback", "confidence": 1.0}


@pytest.mark.parametrize("text", NOT_HESITATIONS)
def test_words_and_sounds_that_say_yes_are_not_hesitations(component: ShapedAnswers, text: str) -> None:
    assert not is_hesitation(text)
    message = classified(text, "affirm")
    component.process([message])
    assert message.get(INTENT) == {"name": "affirm", "confidence": 0.7}


@pytest.mark.parametrize("text", PUNCTUATION_ALONE)
def test_punctuation_alone_is_not_understood_whatever_was_guessed(component: ShapedAnswers, text: str) -> None:
    """With no word to read the classifier took "?" for distress: "I am so sorry, this is hard" to a "?"."""
    assert says_nothing_yet(text) and not is_hesitation(text)
    message = classified(text, "distress")
    component.process([message])
    assert message.get(INTENT) == {"name": "nlu_fallback", "confidence": 1.0}


MARKUP_ALONE = ["<script>alert(1)</script>", "<img src=x onerror=alert('x')>", "<p></p>", "<br/>",
                "<SCRIPT src=//evil.example/x.js></SCRIPT>", "<!-- hi -->", "<style>body{display:none}", "<b></b>?"]
WORDS_IN_MARKUP = ["<b>yes</b>", "they hit me <3", "<i>they came at night</i>", "x < y and y > z", "<<>>"]


@pytest.mark.parametrize("text", MARKUP_ALONE)
def test_markup_alone_is_not_understood_whatever_was_guessed(component: ShapedAnswers, text: str) -> None:
    """A model read "<script>alert(1)</script>" as asking for a break (0.67): no word a person wrote."""
    assert is_only_markup(text) and says_nothing_yet(text)
    message = classified(text, "pause")
    component.process([message])
    assert message.get(INTENT) == {"name": "nlu_fallback", "confidence": 1.0}


@pytest.mark.parametrize("text", WORDS_IN_MARKUP)
def test_words_inside_or_beside_markup_are_read_as_words(component: ShapedAnswers, text: str) -> None:
    assert not is_only_markup(text)
    message = classified(text, "affirm")
    component.process([message])
    assert message.get(INTENT) == {"name": "affirm", "confidence": 0.7}


@pytest.mark.parametrize("text, guess", [("Thank you so much!", "distress"), ("thank u", "affirm"),
                                         ("muchas gracias", "deny"), ("بہت شکریہ", "distress"), ("thx", "done")])
def test_thanks_alone_is_a_courtesy_whatever_was_guessed(component: ShapedAnswers, text: str, guess: str) -> None:
    """"Thank you so much!" under the summary was taken for distress, which offered a break instead of the
    summary's question."""
    message = classified(text, guess)
    component.process([message])
    assert message.get(INTENT) == {"name": "goodbye", "confidence": 1.0}


@pytest.mark.parametrize("text", ["no thanks", "yes thank you", "thanks, they took my son"])
def test_thanks_beside_other_words_keeps_what_the_classifier_read(component: ShapedAnswers, text: str) -> None:
    message = classified(text, "deny")
    component.process([message])
    assert message.get(INTENT) == {"name": "deny", "confidence": 0.7}


@pytest.mark.parametrize("text", FACES)
def test_a_face_or_a_word_with_punctuation_keeps_what_the_classifier_read(component: ShapedAnswers,
                                                                         text: str) -> None:
    assert not says_nothing_yet(text)
    message = classified(text, "distress")
    component.process([message])
    assert message.get(INTENT) == {"name": "distress", "confidence": 0.7}


def test_an_age_keeps_what_the_classifier_read(component: ShapedAnswers) -> None:
    message = classified("I am 15", "under_18")
    component.process([message])
    assert message.get(INTENT) == {"name": "under_18", "confidence": 0.7}


def test_the_whole_message_is_read_when_the_guard_shortened_it(component: ShapedAnswers) -> None:
    """InputGuard keeps the whole message aside; a shortened copy that happens to be a number is not an answer."""
    message = classified("4821 0937", "greet")
    message.set(WHOLE_TEXT, "4821 0937 " + "and they took my brother " * 40)
    component.process([message])
    assert message.get(INTENT)["name"] == "greet"


@pytest.mark.parametrize("text, guess", [("my sister's phone 07700 900123", "adult"),
                                         ("call my cousin on +44 20 7946 0958", "under_18")])
def test_a_phone_number_among_words_is_never_an_age(component: ShapedAnswers, text: str, guess: str) -> None:
    """Seen in CI: "my sister's phone 07700 900123" at "What is a safe way to reach you?" was taken for an age."""
    message = classified(text, guess)
    component.process([message])
    assert message.get(INTENT)["name"] == "inform"


@pytest.mark.parametrize("text", ["بالربيع سنة 2022", "in the summer of 2019", "summer 2014", "آذار ٢٠١٣",
                                  "весной 2022 года", "2015 and again in 2016"])
def test_a_date_with_only_a_year_is_no_statement_of_being_an_adult(component: ShapedAnswers, text: str) -> None:
    """Seen in CI: "بالربيع سنة 2022" (in the spring of 2022) at "When did it happen?" was taken for saying one is
    an adult (0.99), which interrupts the question, and the date was never filed."""
    message = classified(text, "adult")
    component.process([message])
    assert message.get(INTENT)["name"] == "inform"


@pytest.mark.parametrize("text, guess", [("i'm 30, born in 1994", "adult"), ("born in 2010", "under_18"),
                                         ("I am an adult", "adult")])
def test_an_age_or_being_under_18_beside_a_year_keeps_what_the_classifier_read(component: ShapedAnswers, text: str,
                                                                              guess: str) -> None:
    """An age is said ("30"), or the year may be a birth year of someone under 18 now: asked about, never
    taken away."""
    message = classified(text, guess)
    component.process([message])
    assert message.get(INTENT)["name"] == guess


def test_an_age_among_words_is_still_an_age(component: ShapedAnswers) -> None:
    message = classified("i'm 16 and live with my aunt", "under_18")
    component.process([message])
    assert message.get(INTENT)["name"] == "under_18"


def test_it_runs_after_the_classifiers_and_before_the_safety_net() -> None:
    config = yaml.safe_load((Path(PROJECT_ROOT) / "config.yml").read_text(encoding="utf-8"))
    names = [component["name"] for component in config["pipeline"]]
    here = names.index("bot.components.shaped_answers.ShapedAnswers")
    assert names.index("DIETClassifier") < names.index("FallbackClassifier") < here
    assert here < names.index("bot.components.safety_net.SafetyNet")


@pytest.mark.parametrize("text", ["আমার সাহায্য দরকার, তারা আমার ভাইকে নিয়ে গেছে", "मुझे मदद चाहिए",
                                  "Χρειάζομαι βοήθεια", "ខ្ញុំត្រូវការជំនួយ"])
@pytest.mark.parametrize("guess", ["pause", "deny", "delete_everything"])
def test_words_in_a_script_no_served_language_uses_are_an_answer(component: ShapedAnswers, text: str,
                                                                  guess: str) -> None:
    """The classifier never saw a word of these scripts: its guess must not pause, refuse or delete."""
    message = classified(text, guess)
    message.set(LANGUAGE, detect(text).as_dict())
    component.process([message])
    assert message.get(INTENT) == {"name": "inform", "confidence": 1.0}
    assert [entry["name"] for entry in message.get(INTENT_RANKING_KEY)][:2] == ["inform", guess]


@pytest.mark.parametrize("text", ["hello, they took my brother", "Ich brauche Hilfe", "مرحبا", "Добрий день",
                                  "வணக்கம்", "😀😀", "15"])
def test_words_in_a_served_script_keep_what_the_classifier_read(component: ShapedAnswers, text: str) -> None:
    message = classified(text, "greet")
    message.set(LANGUAGE, detect(text).as_dict())
    component.process([message])
    assert message.get(INTENT) == {"name": "greet", "confidence": 0.7}
