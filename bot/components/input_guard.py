"""A Rasa graph component that keeps what the models read small and clean, whatever the user sends.

Huge, binary-looking or markup-heavy messages must get a calm answer rather than exhaust the server. Only the
copy of the text that the NLU models read is changed: the message as the user wrote it is kept unchanged in
the conversation (Rasa stores the original text), so nothing the user said is lost. A payload with words after it
(`/affirm@0.5 I want to die`) loses its slash in that copy, so that the models and the safety net read the words
and Rasa does not keep only the payload (bot.components.button_payloads.words_after_payload).
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.button_payloads import words_after_payload
from bot.components.rasa_logs import stop_quoting_messages
from bot.intake.answers import clean_text

# The whole cleaned message, kept beside the shortened text for components that must read every word of it
# (the safety net: "I want to end my life" at the end of a long account). Not part of the parse output.
WHOLE_TEXT = "whole_text"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class InputGuard(GraphComponent):
    """Strips control characters and caps the length of the text that the NLU pipeline analyses."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"max_characters": 2000}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._max_characters = int(config["max_characters"])

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "InputGuard":
        return cls(config)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "InputGuard":
        """The component of a running server (training uses `create`), which also stops Rasa quoting
        messages in its logs."""
        stop_quoting_messages()
        return cls(config)

    def guard(self, text: Text) -> Text:
        """The cleaned text, cut at a word boundary when it is longer than the models need."""
        cleaned = clean_text(text)
        if len(cleaned) <= self._max_characters:
            return cleaned
        cut = cleaned[: self._max_characters]
        return cut.rsplit(None, 1)[0] if " " in cut else cut

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if text is not None:
                guarded = self.guard(text)
                if len(guarded) < len(text):
                    message.set(WHOLE_TEXT, clean_text(text))
                if words_after_payload(guarded):  # read as words, or Rasa would keep only the payload
                    guarded = guarded[1:]
                message.set(TEXT, guarded)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
