"""A Rasa graph component: which intents a message of a few words is worded as, beside the classifier's guess.

At training it keeps the words of every intent's examples (bot.intake.wording), in the model. At inference it adds
to the parse data of a message no longer than a request the intents whose examples use every one of its words
(thanks and goodbyes aside), and how many of its words no example of the intent it was taken for uses
(greetings, thanks, asking to report and feelings aside):

    {"text": "no thats everythng", "intent": {"name": "done", ...}, "worded_like": ["done"],
     "words_beside_intent": 0}

Beside the intents, `worded_like` may name two ways of leaving that are no intent of the classifier: `leaving`
("gotta go": every word one of the goodbyes in everyday words) and `farewell` ("Bye!", "au revoir": a goodbye
example as a whole), read by bot.intake.answers.takes_leave.

The custom actions let a typed message decide something (close the account, send, let words go) only when it is
worded as what the classifier took it for (bot.intake.answers.is_plain); the classifier's guess alone
costs a turn at most; a request with words beside it ("hello they took my son") tells something, which is kept
(bot.intake.answers.is_only_a_request). Messages longer than a request and buttons get an empty list and no
words beside: they are answers or accounts, or say what they mean.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, METADATA, METADATA_INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.input_guard import WHOLE_TEXT
from bot.intake.answers import (MAX_WORDS_OF_A_NON_ANSWER, MAX_WORDS_OF_A_REQUEST, clauses_of, clean_text,
                                 is_a_fragment, is_button_payload, is_question, sentences_of)
from bot.intake import wording
from bot.intake.wording import BESIDE_EACH_KEY, BESIDE_KEY, LEAVING, PARSE_KEY, Wording

logger = logging.getLogger(__name__)
FILE_NAME = "wording.json"
# What each short sentence of a message of several is worded as: read by later components, not in the parse data.
SENTENCES_KEY = "worded_like_sentences"
# The intent metadata of training examples that tell something beside their intent
# (data/nlu/<lang>/request_and_account.yml).
TOLD_BESIDE = "told_beside"
# ... and of goodbyes in everyday words ("i need to go", "me tengo que marchar"; data/nlu/<lang>/conversation.yml):
# a goodbye's words count as courtesy, and "need", "must" or "now" are none ("i need a break" is no "carry on").
LEAVE_TAKING = "leave_taking"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class WordedLike(GraphComponent):
    """Adds `worded_like` to the parse data of typed messages no longer than a request (see the module docstring)."""

    def __init__(self, model_storage: ModelStorage, resource: Resource,
                 wording: Optional[Wording] = None) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self.wording = wording or Wording({})

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "WordedLike":
        return cls(model_storage, resource)

    @staticmethod
    def learned_from(training_data: TrainingData) -> Wording:
        """The words of every intent's examples in the training data, but those of examples that tell something
        beside the intent (marked `metadata: {told_beside: true}`: "where can i find help they killed my
        brother"): they teach the classifier to hear the request, but "killed" and "brother" are no words of it.
        Goodbyes in everyday words (`leave_taking`) are learned as wording.LEAVING, not as goodbye's: a goodbye's
        words are courtesy, allowed beside any intent, and "need" or "now" must not be."""
        return Wording.learn((example.get(TEXT), LEAVING if marked(example, LEAVE_TAKING) else example.get(INTENT))
                             for example in training_data.intent_examples if not marked(example, TOLD_BESIDE))

    def train(self, training_data: TrainingData) -> Resource:
        self.wording = self.learned_from(training_data)
        with self._model_storage.write_to(self._resource) as directory:
            (directory / FILE_NAME).write_text(json.dumps(self.wording.as_dict(), ensure_ascii=False),
                                               encoding="utf-8")
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "WordedLike":
        """The words kept at training; none (every typed decision then costs a turn) if the model has none."""
        try:
            with model_storage.read_from(resource) as directory:
                kept = json.loads((directory / FILE_NAME).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            kept = {}
        if "words" not in kept:  # none, or kept the way models before the farewells were (one intent per key)
            logger.warning("The model keeps no words of its examples: typed answers will be asked again, "
                           "retrain it (make train).")
            kept = {}
        return cls(model_storage, resource, Wording.from_dict(kept))

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[Text]:
        """Rasa's training cache knows this class's source only: how words are read (bot.intake.wording) counts
        too, so a change there trains the component again."""
        return hashlib.sha256(inspect.getsource(wording).encode("utf-8")).hexdigest()

    def mark(self, message: Message) -> None:
        text = clean_text(message.get(WHOLE_TEXT) or message.get(TEXT))
        plain = bool(text) and not is_button_payload(text) and len(text.split()) <= MAX_WORDS_OF_A_REQUEST
        message.set(PARSE_KEY, self.wording.worded_like(text) if plain else [], add_to_output=True)
        message.set(BESIDE_KEY, len(self.wording.words_beside(text, intent_name(message))) if plain else 0,
                    add_to_output=True)
        message.set(BESIDE_EACH_KEY, self.wording.words_beside_each(text) if plain else {})
        message.set(SENTENCES_KEY, self.sentence_wordings(text))

    def sentence_wordings(self, text: str) -> List[Dict[str, Any]]:
        """For a typed message of two sentences or more ("They took my son. I need a break."), or one sentence of
        parts between commas ("i need a break, they beat my brother"), what each short one is worded as, whether
        it asks (ends with a question mark) and whether it is a fragment (one word, a date, a short cry:
        bot.intake.answers.is_a_fragment), for the components after this one (bot.components.request_in_a_sentence)."""
        if not text or is_button_payload(text):
            return []
        sentences = sentences_of(text)
        if len(sentences) < 2:
            sentences = clauses_of(text)
        if len(sentences) < 2:
            return []
        return [{"intents": self.wording.worded_like(sentence), "question": is_question(sentence),
                 "fragment": is_a_fragment(sentence)}
                for sentence in sentences if len(sentence.split()) <= MAX_WORDS_OF_A_NON_ANSWER]

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self.mark(message)
        return messages


def marked(example: Message, key: str) -> bool:
    """The example's intent metadata says `key: true`."""
    intent_metadata = (example.get(METADATA) or {}).get(METADATA_INTENT) or {}
    return isinstance(intent_metadata, dict) and intent_metadata.get(key) is True


def intent_name(message: Message) -> str:
    return str((message.get(INTENT) or {}).get("name") or "")
