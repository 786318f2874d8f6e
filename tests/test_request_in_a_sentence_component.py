"""The RequestInASentence Rasa graph component, after WordedLike trained on the project's own NLU data: a request
in a sentence of its own is answered however the whole message was classified, and nothing else is changed."""
from __future__ import annotations

from typing import Optional

import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.request_in_a_sentence import RequestInASentence
from bot.components.worded_like import SENTENCES_KEY
from bot.intake.answers import WORDS_THAT_TELL_SOMETHING
from bot.intake.wording import BESIDE_EACH_KEY, BESIDE_KEY
from tests.helpers import wording_as_trained


def intent_after(text: str, guessed: str) -> Optional[str]:
    message = Message({TEXT: text, INTENT: {"name": guessed, "confidence": 0.7},
                       INTENT_RANKING_KEY: [{"name": guessed, "confidence": 0.7}]})
    RequestInASentence().process(wording_as_trained().process([message]))
    return message.get(INTENT)["name"]


@pytest.mark.parametrize("text, guessed, asked", [
    ("they took my son. i need a break", "inform", "pause"),
    ("They burned the houses on our street!! I need a break", "inform", "pause"),
    ("I need a break. They took my son and my brother", "report", "pause"),
    ("Soldiers came at night. Where can I get help?", "inform", "support"),
    ("hello. i need support", "greet", "support"),
    ("أخذوا ابني. بدي استراحة", "inform", "pause"),
    ("Забрали сына. Мне нужен перерыв", "nlu_fallback", "pause"),
    ("they bombed the hospital. is this a war crime?", "inform", "what_counts"),
    ("My father was tortured in Saydnaya. Can the ICC help me?", "inform", "mechanisms"),
    ("I told you everything. are you a real person?", "inform", "bot_challenge"),
    ("They shot my uncle. Please, a break!", "inform", "pause"),    # a request said with an exclamation
    ("Everything is burned. ICC?", "inform", "mechanisms"),          # a question of one word still asks
    # Parts of one sentence between commas, as phones often send them.
    ("i need a break, soldiers beat my brother", "inform", "pause"),
    ("they burned our house, where can i get help", "inform", "support"),
    ("ok, i need a break", "affirm", "pause"),
    ("ضربوا أخي، بدي استراحة", "inform", "pause"),
])
def test_a_request_in_a_sentence_of_its_own_is_the_intent(text: str, guessed: str, asked: str) -> None:
    assert intent_after(text, guessed) == asked


@pytest.mark.parametrize("text, guessed", [
    ("i need a break", "inform"),                                   # one sentence: the classifier's to read
    ("they took my son. they beat him in front of us", "inform"),   # no request in it
    ("they took my son. i need a break", "distress"),               # a guess that is no answer is left alone
    ("they took my son. i need a break", "delete_everything"),
    ("No. I need support", "deny"),                                 # "not safe" at the safety question
    ("/inform. i need a break", "inform"),                          # a button
    ("they bombed the hospital. it was a war crime", "inform"),     # tells, does not ask
    ("they bombed the hospital. is this a war crime", "inform"),    # no question mark: told or asked, unsure
    ("1. They came at night. 2. They took my son.", "inform"),      # numbers of a list, not a "1 minute"
    ("3.4.2016", "inform"),                                         # a date at "when did this happen?"
    ("Stop! Please stop! They kept hitting him.", "inform"),        # cries quoted from what happened
    ("Wait... they took my son too", "inform"),
    ("Torture. Hunger. Beatings every night.", "inform"),           # a word of the account, not "torture support"
    ("Help! Help! we shouted but nobody came", "inform"),
    ("we waited, then they stopped us at the checkpoint, and took my brother", "inform"),  # commas of an account
    ("no, i need a break", "deny"),                                 # "not safe" at the safety question
    ("Stop, stop, they kept shouting", "inform"),                   # cries quoted from what happened
])
def test_other_messages_keep_the_classifiers_guess(text: str, guessed: str) -> None:
    assert intent_after(text, guessed) == guessed


@pytest.mark.parametrize("text, guessed, asked", [
    ("i need a break, soldiers beat my brother", "inform", "pause"),
    ("they burned our house, where can i get help", "inform", "support"),
    ("ضربوا أخي، بدي استراحة", "inform", "pause"),
])
def test_the_words_beside_are_counted_for_the_request_it_sets(text: str, guessed: str, asked: str) -> None:
    """Seen from outside: "i need a break, soldiers beat my brother", read as an account, then as a break, was
    given the break and "soldiers beat my brother" was lost: the words beside were counted for the account
    (one: "break"), not for the break the person asked for."""
    message = Message({TEXT: text, INTENT: {"name": guessed, "confidence": 0.7},
                       INTENT_RANKING_KEY: [{"name": guessed, "confidence": 0.7}]})
    RequestInASentence().process(wording_as_trained().process([message]))
    output = message.as_dict(only_output_properties=True)
    assert output[INTENT]["name"] == asked
    assert output[BESIDE_KEY] == len(wording_as_trained().wording.words_beside(text, asked))
    assert output[BESIDE_KEY] >= WORDS_THAT_TELL_SOMETHING
    assert BESIDE_EACH_KEY not in output


def test_the_sentences_wording_is_not_in_the_parse_data() -> None:
    message = Message({TEXT: "they took my son. i need a break", INTENT: {"name": "inform", "confidence": 0.7}})
    wording_as_trained().process([message])
    assert message.get(SENTENCES_KEY) == [{"intents": ["inform"], "question": False, "fragment": False},
                                          {"intents": ["pause"], "question": False, "fragment": False}]
    assert SENTENCES_KEY not in message.as_dict(only_output_properties=True)
