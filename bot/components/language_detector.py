"""A Rasa graph component that tags every user message with its detected language.

It sits first in the NLU pipeline (after InputGuard) so that every later component and every custom action
sees the same detection: the result goes into the parse data under "language", which Rasa copies into the
UserUttered event, so actions read it as `tracker.latest_message["language"]`:

    {"language": "uk" | None, "confidence": 0.97, "script": "Cyrillic", "supported": True,
     "words": 6, "chars": 38, "requested": "uk" | None}

The first six keys are bot.language.detection.Detection (rebuild it with Detection.from_dict); "requested" is an
explicit language request found in the text (bot.language.requests), so the session rules have all they need.

Registration: Rasa's default recipe runs a component on the training data as well as at inference, in pipeline
order, only if it is registered as a MESSAGE_TOKENIZER or MESSAGE_FEATURIZER (non-trainable classifiers and
extractors only run at inference). This component annotates the message before tokenization, like InputGuard, so
it is registered as a MESSAGE_TOKENIZER; it does not subclass Tokenizer, so Rasa's one-tokenizer check still
sees CasefoldingTokenizer (a WhitespaceTokenizer) as the only tokenizer.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.language.detector import Detector, shared_detector
from bot.language.requests import requested_language

from bot.language.detection import PARSE_KEY as LANGUAGE  # key in the message data and the parse output


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class LanguageDetector(GraphComponent):
    """Adds the detected language of each message to its parse data (see the module docstring)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @staticmethod
    def required_packages() -> List[Text]:
        # Rasa imports these names to check them and looks them up as distributions to fingerprint the model, so
        # only packages whose import and distribution names agree can be listed; lingua (distribution
        # lingua-language-detector) is imported by bot.language at load instead.
        return ["langdetect"]

    def __init__(self, config: Dict[Text, Any], detector: Optional[Detector] = None) -> None:
        self._config = config
        # Loaded here, not on the first message, so the first person to write does not wait for the profiles.
        self._detector = detector or shared_detector()

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "LanguageDetector":
        return cls(config)

    def annotate(self, message: Message) -> None:
        """Set message["language"] (and put it in the parse output) when the message has text."""
        text = message.get(TEXT)
        if not isinstance(text, str):
            return  # e.g. intent- or action-only messages that Rasa featurizes for end-to-end training
        result = self._detector.detect(text).as_dict()
        result["requested"] = requested_language(text)
        message.set(LANGUAGE, result, add_to_output=True)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self.annotate(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
