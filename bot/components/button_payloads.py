"""A button's payload (`/affirm`, `/choose_role{"role": "witness"}`) read without running the NLU models.

Rasa runs the whole NLU pipeline (language detection, featurisers, DIET, the project's classifiers) on every
message, then its last step, RegexMessageHandler, replaces the result of a payload naming an intent of the
domain with a new message holding only the text, that intent, its ranking and the payload's entities: everything
the models computed is thrown away. Buttons are most of what many people send (consent, "that's all", their
role, how to be contacted), and the models were an eighth of the Rasa server's time in a profile
(docs/benchmarks.md).

`parse_payload` builds that same result directly, with Rasa's own unpacking and the same extractor name, when
the pipeline could not have changed the text first (no control characters or surrounding space for the
InputGuard to clean, far shorter than it cuts, nothing after the payload); any other message, including a `/`
payload naming no intent of the domain, goes through the pipeline as before. `install()` puts it in front of Rasa's parse; it is installed
wherever Rasa loads this project's components (bot/components/__init__.py).
"""
from __future__ import annotations

from typing import Any, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.nlu.classifiers.regex_message_handler import RegexMessageHandler
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.intake.answers import clean_text, is_button_payload

RASAS_PARSE_MESSAGE_WITH_GRAPH = MessageProcessor._parse_message_with_graph
EXTRACTOR_NAME = RegexMessageHandler().name
# Far below the InputGuard's cut (2,000 characters): a payload this short reaches RegexMessageHandler whole.
MAX_PAYLOAD_CHARACTERS = 500


def words_after_payload(text: Text) -> bool:
    """Whether `text` is a payload with more after it (`/affirm@0.5 I want to die`, `/deny{} they came`). Rasa
    takes the payload and drops the rest with a warning, and with it whatever the safety net found there; the
    InputGuard therefore hands such a message to the models as words (no button sends one)."""
    match = YAMLStoryReader._regex_message_pattern().match(text.strip())
    return bool(match and match.group("rest").strip())


def parse_payload(text: Optional[Text], domain: Domain,
                  only_output_properties: bool = True) -> Optional[Dict[Text, Any]]:
    """Rasa's parse data for a button payload naming an intent of the domain; None for any other message."""
    if not text or not is_button_payload(text) or len(text) > MAX_PAYLOAD_CHARACTERS or clean_text(text) != text \
            or words_after_payload(text):
        return None
    message = Message({TEXT: text})
    unpacked = YAMLStoryReader.unpack_regex_message(message, domain, entity_extractor_name=EXTRACTOR_NAME)
    if unpacked is message:  # not a payload, or an intent the domain does not have: the models decide
        return None
    parse_data: Dict[Text, Any] = {
        TEXT: "",
        INTENT: {INTENT_NAME_KEY: None, PREDICTED_CONFIDENCE_KEY: 0.0},
        ENTITIES: [],
    }
    parse_data.update(unpacked.as_dict(only_output_properties=only_output_properties))
    return parse_data


def _parse_message_with_graph(self: MessageProcessor, message: UserMessage, tracker: DialogueStateTracker,
                              only_output_properties: bool = True) -> Dict[Text, Any]:
    parsed = parse_payload(message.text, self.domain, only_output_properties)
    if parsed is not None:
        return parsed
    return RASAS_PARSE_MESSAGE_WITH_GRAPH(self, message, tracker, only_output_properties)


def install() -> None:
    MessageProcessor._parse_message_with_graph = _parse_message_with_graph  # type: ignore[assignment]
