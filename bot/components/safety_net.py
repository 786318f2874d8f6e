"""A Rasa graph component that makes sure the dialogue answers danger first, whatever the classifier guessed.

It runs last in the NLU pipeline and reads every user message with bot.safety.net (all ten languages, the
whole message even when InputGuard shortened what the models read). When it finds words of self-harm or of
danger here and now, it sets the intent to `self_harm` or `unsafe` with full confidence (the classifier's guess
stays in the ranking) and adds what it found to the parse data under "danger":

    {"kinds": ["immediate_danger", "self_harm"], "languages": ["en"]}

so the rules answer the danger before anything else and the action knows which answers to give. A short
message that only sounds like danger to the classifier ("not really", "he's near") is left as the classifier
read it: the model is a second net. A long message the classifier calls danger but in which the net, built for
recall, finds no words of danger is an account ("they shelled the market at noon"): it takes the classifier's
next guess, because answering it as danger would pause the report over a misreading; when that guess is no
better than a guess (below the FallbackClassifier's threshold: "would the people who did it find out?" came out as
`pause` at 0.006), it is read as what it most likely is, words of the account (`inform`), unless it is distress or
a wish for support, whose answer (a break, support) costs nothing if it was not needed.

Registered as an intent classifier without training: Rasa then runs it at inference only, after the trained
classifiers and the FallbackClassifier that come before it in config.yml.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY,
                                      TEXT)
from rasa.shared.nlu.training_data.message import Message

from bot.components.input_guard import WHOLE_TEXT
from bot.components.intent_override import override_intent
from bot.safety.net import INTENT_FOR_KIND, KINDS, PARSE_KEY, find_danger

DANGER_INTENTS = frozenset(INTENT_FOR_KIND.values())
# Words from which a message the net finds no danger in is read as an account, not as a short cry for help.
ACCOUNT_WORDS = 6
# The intent of words of an account, and the least confidence at which the classifier's next guess is taken
# instead (the FallbackClassifier's threshold in config.yml, which reads the first guess the same way).
ACCOUNT_INTENT = "inform"
NEXT_GUESS_AT_LEAST = 0.45
# Next guesses taken however weak: offering a break or support to someone who did not need it costs nothing.
CARE_INTENTS = frozenset({"distress", "support"})


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyNet(GraphComponent):
    """Overrides the intent with `unsafe` or `self_harm` when the message speaks of danger (see module docstring)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetyNet":
        return cls()

    def mark(self, message: Message) -> None:
        text = message.get(WHOLE_TEXT) or message.get(TEXT)
        danger = find_danger(text)
        if not danger:
            self.unless_an_account(message, text)
            return
        message.set(PARSE_KEY, danger.as_dict(), add_to_output=True)
        guessed = message.get(INTENT) or {}
        intent = next(INTENT_FOR_KIND[kind] for kind in KINDS if kind in danger.kinds)
        if guessed.get(INTENT_NAME_KEY) in INTENT_FOR_KIND.values():
            return  # the classifier heard the danger too; its answer stands
        override_intent(message, intent)

    @staticmethod
    def unless_an_account(message: Message, text: Any) -> None:
        """A long message the classifier alone calls danger takes its next guess that is not danger, or, when
        that guess is too weak to act on and no offer of care, is read as words of the account."""
        guessed = message.get(INTENT) or {}
        if guessed.get(INTENT_NAME_KEY) not in DANGER_INTENTS or not isinstance(text, str):
            return
        if len(text.split()) < ACCOUNT_WORDS:
            return
        ranking = [entry for entry in message.get(INTENT_RANKING_KEY) or []
                   if entry.get(INTENT_NAME_KEY) not in DANGER_INTENTS]
        if not ranking or (ranking[0].get(PREDICTED_CONFIDENCE_KEY, 0.0) < NEXT_GUESS_AT_LEAST
                           and ranking[0].get(INTENT_NAME_KEY) not in CARE_INTENTS):
            account = next((entry for entry in ranking if entry.get(INTENT_NAME_KEY) == ACCOUNT_INTENT),
                           {INTENT_NAME_KEY: ACCOUNT_INTENT, PREDICTED_CONFIDENCE_KEY: 0.0})
            ranking = [account] + [entry for entry in ranking if entry is not account]
        message.set(INTENT, dict(ranking[0]), add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self.mark(message)
        return messages
