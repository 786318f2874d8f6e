"""A Rasa graph component that marks the words a negation reaches, so that "don't delete" is not read as "delete".

Between the tokenizer and the featurizers, it prefixes the lemma of each word a negation reaches with "not_"
(bot.language.negation): "keep it, don't delete anything" is read as `keep it don t not_delete not_anything`.
The word CountVectorsFeaturizer reads lemmas, so the classifier gets words that only negated examples have; the
character n-grams (configured to read the token's text) and the lexical features still see the word itself, and
the message, the tokens' text and their positions are left as they are (entities keep the user's own letters).
A clause ends at punctuation between two words, so "no, keep it" keeps its "keep".
"""
from __future__ import annotations

import hashlib
from typing import Any, Dict, List, Text

import regex
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.language import negation

# Punctuation that ends a clause, in the scripts served (Arabic comma and question mark, Devanagari danda).
CLAUSE_END = regex.compile(r"[,.;:!?،؛؟।…]")


def clause_starts(text: Text, tokens: List[Token]) -> List[int]:
    """The indices of the tokens that begin a clause: punctuation stands between them and the token before."""
    return [index for index in range(1, len(tokens))
            if CLAUSE_END.search(text, tokens[index - 1].end, tokens[index].start)]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class NegationScope(GraphComponent):
    """Prefixes the lemmas of the words a negation reaches with "not_"; the text and the tokens' words stay."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # The words are part of the configuration, so that a changed list changes the model's fingerprint and
        # Rasa's training cache does not reuse features marked with the old one.
        words = " ".join(sorted(negation.FOLLOWING)) + "|" + " ".join(sorted(negation.PRECEDING))
        return {"negations": hashlib.sha256(words.encode("utf-8")).hexdigest()[:16]}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "NegationScope":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            tokens = message.get(TOKENS_NAMES[TEXT])
            text = message.get(TEXT)
            if not tokens or text is None:
                continue
            for index in negation.negated_positions([token.text for token in tokens], clause_starts(text, tokens)):
                tokens[index].lemma = negation.NEGATED_PREFIX + tokens[index].lemma
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
