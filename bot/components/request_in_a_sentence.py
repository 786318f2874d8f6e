"""A Rasa graph component: a request said in a sentence of its own is answered, however the whole was classified.

"They took my son. I need a break." tells the account and asks for a break at once. The classifier reads the whole
message and may call it `inform`: the words are kept and the break is never given. After WordedLike, this component
reads what each short sentence of a message of several is worded as (bot.components.worded_like): when one is
worded as exactly one of REQUESTS ("I need a break" is worded as `pause` alone) and is no fragment (a word, a date
or a cry quoted from what happened: "Torture.", "1.5.2015", "Stop! Please stop!"), or asks, with a question mark, one
of QUESTIONS ("They bombed the hospital. Is this a war crime?"), and the classifier took the whole for an answer or
an account, the intent becomes that request, with the guess kept in the ranking below it.

Nothing said is lost by it: a message that is more than its request is kept in the account or as the open
question's answer (ActionKeepAccountWords, domain.yml) and the request's rule answers it. The safety net runs after
this component, so danger is still answered first.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY
from rasa.shared.nlu.training_data.message import Message

from bot.components.intent_override import override_intent
from bot.components.worded_like import SENTENCES_KEY

# Requests that a sentence of their own makes: a break, or help.
REQUESTS = ("pause", "support")
# Questions that a sentence of their own asks, ending with a question mark: "Is this a war crime?", "Can the ICC
# help?", "Are you a real person?" ("It was a war crime." is worded the same, and tells).
QUESTIONS = ("what_counts", "mechanisms", "bot_challenge")
# The guesses a request in a sentence of its own takes the place of: answers and accounts, never another request,
# and never a "no", which at the safety question means not safe ("No. I need support" keeps its safety advice).
ANSWERS = frozenset({"inform", "affirm", "done", "dont_know", "skip", "rather_not_say", "greet", "report",
                     "goodbye", "tell_me_more", "add_more", "nlu_fallback"})


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class RequestInASentence(GraphComponent):
    """Sets the intent to a request said in a sentence of its own (see the module docstring)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "RequestInASentence":
        return cls()

    @staticmethod
    def mark(message: Message) -> None:
        if (message.get(INTENT) or {}).get(INTENT_NAME_KEY) not in ANSWERS:
            return
        for sentence in message.get(SENTENCES_KEY) or ():
            asked = (() if sentence["fragment"] else REQUESTS) + (QUESTIONS if sentence["question"] else ())
            requests = [request for request in asked if request in sentence["intents"]]
            if len(requests) == 1:
                override_intent(message, requests[0])
                return

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self.mark(message)
        return messages
