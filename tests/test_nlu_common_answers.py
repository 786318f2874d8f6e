"""The trained NLU understands the common answers typed in each language's own script, as people type them on a
phone: stop, wait, yes and no, in words that are this test's own (none of them a training example).

Stop and wait matter most: the person can stop or pause at any point, in their own words.
"""
from __future__ import annotations

from typing import Any, Collection, Dict, List

import pytest

from actions.consent import ANSWERED_AT_CONSENT
from tests.helpers import assert_understood, intents_of, trained_on

# intent -> one wording per served language: fr, es, ru, uk, ar, fa, ur, en, so, ta.
ANSWERS: Dict[str, List[str]] = {
    "stop": ["arrêtez s'il vous plaît", "para ya por favor", "всё, хватит с меня", "досить вже, зупиніть це",
             "توقف من فضلك", "دیگه بسه، تمومش کن", "بس کر دیں اب", "please just stop", "fadlan jooji hadda",
             "போதும் நிறுத்துங்க"],
    "pause": ["attends une minute", "espera un momento", "подождите минутку", "зачекай секунду", "لحظة من فضلك",
              "یه لحظه صبر کن", "ذرا ایک منٹ رکیے", "one sec please", "daqiiqad ii sug fadlan", "ஒரு நிமிஷம் இருங்க"],
    "affirm": ["oui bien sûr", "sí, vale", "да, давай", "так, гаразд", "نعم حسنا", "بله، حتماً", "جی ٹھیک ہے",
               "yep ok", "haa waan ogolahay", "சரி ஆமாம்"],
    "deny": ["non pas maintenant", "no, ahora no", "нет, не сейчас", "ні, поки що ні", "لا مش هلأ", "نه الان نه",
             "نہیں ابھی نہیں", "nah not right now", "maya hadda maaha", "இல்ல இப்ப வேண்டாம்"],
}
# Readiness both ways (consent, safety and the pauses ask whether the person is ready): "not ready" is a refusal,
# however much it shares with "I'm ready" ("I'm not ready" had been read as a yes at consent, 0.86).
READINESS: Dict[str, List[str]] = {
    "deny": ["je suis pas encore prêt", "todavía no estoy listo", "я пока не готова", "я ще не готовий",
             "أنا لسا مش جاهزة", "من هنوز آماده نیستم", "میں ابھی تیار نہیں", "not ready for that yet",
             "anigu diyaar ma ihi", "நான் இன்னும் தயாரா இல்ல"],
    "affirm": ["oui c'est bon, je suis prêt", "sí, ya estoy listo", "да, я готова", "так, я вже готовий",
               "نعم أنا جاهز", "بله من آماده‌ام", "جی ہاں میں تیار ہوں", "yes, ready", "haa, diyaar baan ahay",
               "ஆமா நான் தயார்"],
}
# A yes on the condition of staying nameless, at consent: answered about the name (it is never needed) and consent
# is asked again; "d'accord mais je ne veux pas dire mon nom" had been read as "I'd rather not say", a refusal.
# `choose_contact` ("anonymous, please") and `tell_me_more` are both answered so (actions/consent.py).
CONDITIONAL_YES: Dict[str, List[str]] = {
    "answered_at_consent": ["oui, mais je préfère ne pas donner mon nom", "sí, pero no voy a dar mi nombre",
                            "да, только без имени", "так, тільки без імені", "ماشي بس من دون اسمي",
                            "باشه ولی اسممو نمیگم", "ٹھیک ہے مگر نام کے بغیر", "sure but keep my name out of it",
                            "haa, laakiin magac la'aan", "சரி, ஆனா என் பேர் வேண்டாம்"],
}
# Having to leave, without a goodbye: "gotta go" had been read as carry on (0.95) and "i have to go" as "that's
# everything" (0.91), "me tengo que marchar ya" and "مجھے اب جانا ہوگا" as a worry, "мені вже час іти" as distress
# (13 of these 20 heard as leaving).
LEAVING: Dict[str, List[str]] = {
    "goodbye": ["bon, je dois filer", "perdona, me tengo que marchar ya", "всё, мне уже пора уходить",
                "мені вже час іти", "لازم امشي هلق", "دیگه باید برم", "مجھے اب جانا ہوگا", "gotta go",
                "waa inaan hadda baxaa", "நான் கிளம்பணும் இப்போ",
                "excusez-moi, il faut que je m'en aille", "debo marcharme ahora", "простите, надо бежать",
                "вибачте, треба вже йти", "عذرا، يجب أن أذهب الآن", "ببخشید، الان باید بروم", "معذرت، اب مجھے نکلنا ہے",
                "sorry, got to leave now", "iga raali ahow, hadda waan baxayaa", "சாரி, நான் இப்ப போகணும்"],
}
# As for the romanised answers (tests/test_nlu_romanised.py): nearly every common answer understood, and every
# intent in most languages; a wrong guess costs a turn, never the draft.
OVERALL = 0.85
PER_INTENT = 0.8


def test_the_wordings_are_not_training_examples() -> None:
    assert trained_on(ANSWERS) == []
    assert trained_on(READINESS) == []
    assert trained_on(CONDITIONAL_YES) == []
    assert trained_on(LEAVING) == []


@pytest.mark.slow
def test_common_answers_are_understood_in_every_script(loaded_agent: Any) -> None:
    assert_understood(loaded_agent, ANSWERS, OVERALL, PER_INTENT)


@pytest.mark.slow
def test_not_ready_is_a_refusal_and_ready_a_yes_in_every_script(loaded_agent: Any) -> None:
    assert_understood(loaded_agent, READINESS, OVERALL, PER_INTENT)


# Having to leave is heard as leaving: a goodbye, or a break (which keeps the draft too).
LEAVING_READINGS = ("goodbye", "pause")


def assert_mostly_read_as(agent: Any, wordings: List[str], readings: Collection[str]) -> None:
    """At least PER_INTENT of the wordings classified as one of `readings`; the message lists every reading."""
    intents = intents_of(agent, wordings)
    assert sum(intents[text] in readings for text in wordings) / len(wordings) >= PER_INTENT, intents


@pytest.mark.slow
def test_having_to_leave_is_heard_as_leaving_in_every_script(loaded_agent: Any) -> None:
    assert_mostly_read_as(loaded_agent, LEAVING["goodbye"], LEAVING_READINGS)


@pytest.mark.slow
def test_yes_but_without_my_name_is_answered_about_the_name_in_every_script(loaded_agent: Any) -> None:
    assert_mostly_read_as(loaded_agent, CONDITIONAL_YES["answered_at_consent"], ANSWERED_AT_CONSENT)


@pytest.mark.slow
def test_a_capital_letter_changes_no_answer(loaded_agent: Any) -> None:
    """Phones capitalise the first word: "Stop", "I'm back" and "Я ще не готовий" are read as they are in lower
    case ("I'm back" had been read as a pause, "Fin" as a yes; bot/components/casefolding_tokenizer.py)."""
    wordings = [text for answers in (ANSWERS, READINESS, CONDITIONAL_YES) for texts in answers.values()
                for text in texts if text[:1].islower()]
    wordings += ["i'm back", "fin", "hayır", "ma b3rf", "zupyny tse", "let's keep going"]
    capitalised = {text: text[0].upper() + text[1:] for text in wordings}
    lower, upper = intents_of(loaded_agent, wordings), intents_of(loaded_agent, list(capitalised.values()))
    assert {text: upper[capitalised[text]] for text in wordings} == lower
