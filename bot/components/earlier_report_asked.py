"""A Rasa graph component: a message is about an earlier report (adding to it, withdrawing it) only when it asks so.

The classifier took "salam, mujhe report karni hai, mere bhai ko fauji raat ko utha kar le gaye aur hamara ghar jala
diya" (a first message in Roman Urdu: I want to report, soldiers took my brother at night and burned our house) for
adding to a report: the follow-up form asked someone who had never reported for their reference, and the words,
held before consent only for a new account, were not kept. Here a guess of `followup` or `withdraw` stands only
when the message asks it: a button, a few words worded as it (bot.components.worded_like) or telling nothing beside
it, a question of a few words, a sentence of its own worded so ("I reported in May. I want to add something."), or
a report reference or follow-up code written in it. Any other message so taken is an account (`inform`): held
before consent and offered back once they consent (actions/opening.py), or kept as the open question's answer. Someone who did report before says so plainly, and
the follow-up form starts (at the safety and consent questions too: actions/forms.py).
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.input_guard import WHOLE_TEXT
from bot.components.intent_override import override_intent
from bot.components.worded_like import SENTENCES_KEY
from bot.intake.answers import MAX_WORDS_OF_A_REQUEST, is_button_payload, is_question, opens_as_a_question
from bot.intake.fields import ABOUT_AN_EARLIER_REPORT
from bot.intake.wording import BESIDE_KEY, PARSE_KEY
from bot.reports.codes import find_followup, find_reference

ACCOUNT = "inform"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class EarlierReportAsked(GraphComponent):
    """Sets `inform` for a message taken for an earlier report's request that does not ask it (see the module)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "EarlierReportAsked":
        return cls()

    @staticmethod
    def mark(message: Message) -> None:
        intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        if intent in ABOUT_AN_EARLIER_REPORT and not asks_about_an_earlier_report(message, intent):
            override_intent(message, ACCOUNT)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self.mark(message)
        return messages


def asks_about_an_earlier_report(message: Message, intent: str) -> bool:
    """A button; the message, or a sentence of its own, worded as `intent`; a reference or code written in it; or a
    few words that tell nothing beside the request ("I do not give my consent", taken for withdrawing one) or ask
    ("can i change what i wrote?")."""
    text = message.get(WHOLE_TEXT) or message.get(TEXT) or ""
    few_words = len(text.split()) <= MAX_WORDS_OF_A_REQUEST
    return (is_button_payload(text) or intent in (message.get(PARSE_KEY) or ())
            or any(intent in sentence["intents"] for sentence in message.get(SENTENCES_KEY) or ())
            or find_reference(text) is not None or find_followup(text) is not None
            or few_words and (not message.get(BESIDE_KEY) or is_question(text) or opens_as_a_question(text)))
