"""Rasa's WhitespaceTokenizer with tokens in lower case, so that a capital letter carries no meaning.

Phones capitalise the first word of a message, and people type "Stop" or "I'm back" as often as "stop" or "i'm
back"; nearly every training example is in lower case. Rasa's CountVectorsFeaturizer lowercases, but the
LexicalSyntacticFeaturizer reads the token as written (its title, upper and prefix/suffix features), so a
capitalised word the examples never showed leaned towards the few capitalised examples: "I'm back" (an example of
`resume` in lower case) was read as `pause` at 0.90, "Fin" as `affirm`, "Я ще не готовий" as `add_more`. Only the
tokens' words change: their positions still point into the message as written, so entity values keep the user's
own letters, and the message itself is never changed.
"""
from __future__ import annotations

from typing import List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class CasefoldingTokenizer(WhitespaceTokenizer):
    """Splits like WhitespaceTokenizer; the words of a message's text are lower case (intent names are left)."""

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        tokens = super().tokenize(message, attribute)
        if attribute == TEXT:
            for token in tokens:
                token.text = token.text.lower()
                token.lemma = token.lemma.lower()
        return tokens
