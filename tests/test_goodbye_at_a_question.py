"""A goodbye typed at one of the report's questions ("gotta go" at "When did it happen?") is no answer to it: the
person is leaving. Seen from outside: it was kept as the answer and the next question was asked of someone who had
just said goodbye. Now the form is turned away, and the rule for a goodbye during the report keeps the draft, as a
break does (data/rules/pause_and_stop.yml; end to end in tests/test_e2e_opening.py).

Thanks alone ("thank you" said back to a question) and a few words of an account that a classifier took for a
goodbye ("they left at night") take no leave: thanks asks the question again, the account is kept as the answer.
Nor does a word that goodbyes share with answers ("now", "later", "good night" is a goodbye but "night" an answer).
A goodbye and nothing else ("Bye!", "Пока!") takes leave too: it was kept as the answer. The wordings are our own,
none of them a training example as typed; goodbyes in everyday words are learned from the examples marked
`leave_taking` (bot.components.worded_like).
"""
from __future__ import annotations

from typing import Any, Dict, List, Tuple

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateReportForm
from bot.intake.answers import takes_leave
from bot.intake.wording import LEAVING
from tests.helpers import run_action, with_message, worded_like_as_trained

# Typed by someone who has to go, in the ten languages (none of them a training example, as typed).
LEAVING_NOW = ["gotta go", "sorry i must leave", "ok i have to go now", "i have to leave now, sorry",
               "bon je dois partir", "lo siento tengo que irme", "извините мне пора", "вибачте мені треба йти",
               "لازم امشي هلق", "بايد برم ديگه", "مجھے اب جانا ہے", "நான் இப்போது போக வேண்டும்", "waa inaan baxaa"]
# A goodbye and nothing else, in the ten languages.
FAREWELLS = ["Bye!!", "bye bye bye", "good night!", "Au revoir !", "ciao ciao", "adiós!", "chao chao", "Пока!",
             "ладно пока", "до свидания!", "Бувай!", "до побачення!", "مع السلامة!", "خداحافظ!", "khodafez!",
             "خدا حافظ!", "Allah Hafiz!", "Nabadgelyo!", "Nabad gelyo!", "போய் வருகிறேன்!", "bye bye nandri"]
# Words of an account a classifier could take for a goodbye; answers, names, times and greetings in a goodbye's
# words ("Hafiz" is in "khuda hafiz", "caawa", tonight, in "nabadeey ilaa caawa"); thanks alone.
NOT_LEAVING = ["they left at night", "he went away and never came back", "now", "today", "that's all", "ok",
               "night", "later", "tomorrow", "завтра", "salam", "سلام", "good", "bye they came at night", "Hafiz",
               "حافظ", "caawa", "до вечера", "pronto", "bientôt", "beaucoup", "всех", "a", "à",
               "thank you", "merci beaucoup", "شكرا جزيلا"]
REJECTED = {"event": "action_execution_rejected", "name": "report_form", "policy": None, "confidence": None,
            "timestamp": None}


@pytest.mark.parametrize("text", LEAVING_NOW)
def test_a_goodbye_in_everyday_words_takes_leave_in_every_language(text: str) -> None:
    assert takes_leave(text, "goodbye", worded_like_as_trained(text)), worded_like_as_trained(text)


@pytest.mark.parametrize("text", FAREWELLS)
def test_a_goodbye_and_nothing_else_takes_leave_in_every_language(text: str) -> None:
    assert takes_leave(text, "goodbye", worded_like_as_trained(text)), worded_like_as_trained(text)


@pytest.mark.parametrize("text", NOT_LEAVING)
def test_words_of_an_account_or_thanks_alone_taken_for_a_goodbye_take_no_leave(text: str) -> None:
    assert not takes_leave(text, "goodbye", worded_like_as_trained(text)), worded_like_as_trained(text)


def test_only_a_message_taken_for_a_goodbye_takes_leave() -> None:
    """Worded as leaving but taken for something else ("i need to go now" read as a break): the classifier's
    reading is answered."""
    assert not takes_leave("i need to go now", "pause", worded_like_as_trained("i need to go now"))
    assert takes_leave("/goodbye", "goodbye", [])


def test_goodbyes_in_everyday_words_are_worded_as_leaving_and_their_words_are_no_courtesy() -> None:
    worded = worded_like_as_trained("sorry i must leave")
    assert LEAVING in worded and "goodbye" not in worded


def typed_at(slot: str, text: str, intent: str) -> Tracker:
    """The report form's validator on the turn `text` was typed at `slot`'s question, the form's text mapping
    having filled the slot with it (goodbye is no interruption to the mapping: domain.yml)."""
    trk = with_message("narrative_requested", text, intent, requested_slot=slot,
                       narrative="soldiers came at night", narrative_done=True, role="witness")
    trk.events.append({"event": "slot", "name": slot, "value": text})
    trk.slots[slot] = text
    return trk


def validated(slot: str, text: str, intent: str) -> Tuple[Dict[str, Any], List[Dict[str, Any]]]:
    """What the validator makes of the slot, and the events of its whole run (whether it turns the form away)."""
    trk = typed_at(slot, text, intent)
    slots = getattr(ValidateReportForm(), f"validate_{slot}")(text, CollectingDispatcher(), trk, {})
    events, _ = run_action(ValidateReportForm(), trk)
    return slots, events


@pytest.mark.parametrize("slot", ["incident_time", "incident_place", "perpetrator", "evidence", "narrative_done"])
@pytest.mark.parametrize("text", ["gotta go", "lo siento tengo que irme", "Bye!!", "Пока!"])
def test_a_goodbye_at_a_question_answers_nothing_and_turns_the_form_away(slot: str, text: str) -> None:
    slots, events = validated(slot, text, "goodbye")
    assert slots == {slot: None} and REJECTED in events, (slots, events)


@pytest.mark.parametrize("text", ["they left at night", "he went away and never came back"])
def test_an_answer_taken_for_a_goodbye_is_kept_as_the_answer(text: str) -> None:
    slots, events = validated("incident_time", text, "goodbye")
    assert slots == {"incident_time": text} and REJECTED not in events, (slots, events)


def test_thanks_alone_at_a_question_asks_it_again_without_turning_the_form_away() -> None:
    slots, events = validated("incident_time", "thank you", "goodbye")
    assert slots == {"incident_time": None} and REJECTED not in events, (slots, events)
