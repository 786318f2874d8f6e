"""The trained NLU understands the common answers typed in each language's own script, as people type them on a
phone: stop, wait, yes and no, in words that are this test's own (none of them a training example).

Stop and wait matter most: the person can stop or pause at any point, in their own words.
"""
from __future__ import annotations

from typing import Any, Dict, List

import pytest

from tests.helpers import assert_understood, trained_on

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
    "affirm": ["oui c'est bon, je suis prêt", "sí, ya estoy listo", "да, я готова", "так, я вже готовий", "نعم أنا جاهز",
               "بله من آماده‌ام", "جی ہاں میں تیار ہوں", "yes, ready", "haa, diyaar baan ahay", "ஆமா நான் தயார்"],
}
# As for the romanised answers (tests/test_nlu_romanised.py): nearly every common answer understood, and every
# intent in most languages; a wrong guess costs a turn, never the draft.
OVERALL = 0.85
PER_INTENT = 0.8


def test_the_wordings_are_not_training_examples() -> None:
    assert trained_on(ANSWERS) == []
    assert trained_on(READINESS) == []


@pytest.mark.slow
def test_common_answers_are_understood_in_every_script(loaded_agent: Any) -> None:
    assert_understood(loaded_agent, ANSWERS, OVERALL, PER_INTENT)


@pytest.mark.slow
def test_not_ready_is_a_refusal_and_ready_a_yes_in_every_script(loaded_agent: Any) -> None:
    assert_understood(loaded_agent, READINESS, OVERALL, PER_INTENT)

