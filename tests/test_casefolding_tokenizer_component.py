"""The CasefoldingTokenizer Rasa graph component: the same tokens as Rasa's WhitespaceTokenizer, in lower case,
at the same places in the message as written; intent names and the message itself are left as they are."""
from __future__ import annotations

import pytest
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.casefolding_tokenizer import CasefoldingTokenizer


def tokenizer(cls: type = CasefoldingTokenizer) -> WhitespaceTokenizer:
    return cls(cls.get_default_config())


@pytest.mark.parametrize("text", ["I'm back", "Stop", "Я ЩЕ НЕ ГОТОВИЙ", "Keep me ANONYMOUS please", "Ça Va Pas",
                                  "Ma B3rf", "أنا جاهزة", "STOP!! Now"])
def test_words_are_lower_case_where_the_message_has_them(text: str) -> None:
    message = Message({TEXT: text})
    tokenizer().process([message])
    tokens = message.get(TOKENS_NAMES[TEXT])
    plain = tokenizer(WhitespaceTokenizer).tokenize(Message({TEXT: text}), TEXT)
    assert [t.text for t in tokens] == [t.text.lower() for t in plain]
    assert [t.lemma for t in tokens] == [t.text.lower() for t in plain]
    assert [(t.start, t.end) for t in tokens] == [(t.start, t.end) for t in plain]
    assert [text[t.start:t.end].lower() for t in tokens] == [t.text for t in tokens]
    assert message.get(TEXT) == text


def test_a_capital_letter_makes_no_difference_to_what_the_models_read() -> None:
    lower, capital = Message({TEXT: "i'm back"}), Message({TEXT: "I'm Back"})
    tokenizer().process([lower, capital])
    assert [t.text for t in lower.get(TOKENS_NAMES[TEXT])] == [t.text for t in capital.get(TOKENS_NAMES[TEXT])]


def test_intent_names_are_tokenized_as_rasa_does() -> None:
    data = TrainingData([Message({TEXT: "Keep Going", INTENT: "resume"})])
    tokenizer().process_training_data(data)
    example = data.training_examples[0]
    assert [t.text for t in example.get(TOKENS_NAMES[INTENT])] == ["resume"]
    assert [t.text for t in example.get(TOKENS_NAMES[TEXT])] == ["keep", "going"]
