"""A Rasa graph component: a message the classifier cannot have read is an answer (`inform`), not a command, a
sound of hesitation or punctuation alone is not understood (`nlu_fallback`), and thanks alone is a courtesy
(`goodbye`).

At "What is your 16-digit code?" the classifier may take "4821-0937-5512-6604" for an age (under_18) or a
greeting, and the rules would then leave the question. Whatever it guessed, a message shaped like a code, a
reference, a phone number or a year (bot.intake.shapes) is given the intent `inform` with full confidence, so the
open question takes it; the guess stays in the ranking.

So is a message written in a script none of the served languages uses (Bengali, Devanagari, Greek, ...): the
classifier never saw a word of it, so its guess ("pause", "deny") is noise. The custom slot mapping tells the
person which languages are served and gives the anonymous phone route (actions/language.py); as `inform`, the
words are kept as the answer to an open question, and a yes-or-no question is asked again.

A message that is only a sound of hesitation ("hmm", "ممم", "эээ") or punctuation ("?", "...") says nothing yet,
whatever the classifier makes of it (it took "ممم" for goodbye, and "?" for distress): it is not understood, so
the question's choices are offered again (actions/fallback.py) and nothing is closed.

Thanks alone ("thank you so much", "merci beaucoup", "بہت شکریہ"; bot.intake.wording.is_thanks_alone) is a
courtesy, whatever the classifier makes of it (it took "Thank you so much!" for distress, which offered a break
under the summary, and "thank u" for a yes): as `goodbye` it is answered kindly where no question is open, and a
question it was typed at is asked again (bot.intake.answers.answers_nothing).

It runs before the SafetyNet, which may still override it (danger written in a served language inside the
message is still found). Registered as an intent classifier without training: Rasa runs it at inference only,
in config.yml's order.
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
from bot.intake.age import states_no_age
from bot.intake.answers import ACCOUNT_INTENT as ANSWER_INTENT, NOT_UNDERSTOOD
from bot.intake.shapes import holds_a_phone_number, is_shaped_answer, says_nothing_yet
from bot.intake.wording import is_thanks_alone
from bot.language.detection import PARSE_KEY as LANGUAGE, Detection


# A phone number among words ("my sister's phone 07700 900123") was taken for an age: it never is one. Nor is a
# date with only a year in it ("بالربيع سنة 2022", in the spring of 2022) a statement of being an adult; said of
# being under 18 it is still asked about ("born in 2010").
AGE_INTENTS = ("adult", "under_18")
ADULT_INTENT = "adult"
# What thanks alone is taken for.
COURTESY_INTENT = "goodbye"


def in_an_unserved_script(message: Message) -> bool:
    """Whether the language detector (run earlier in the pipeline) found the message written in a script that
    no served language uses."""
    detection = message.get(LANGUAGE)
    return isinstance(detection, dict) and Detection.from_dict(detection).in_unserved_script


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ShapedAnswers(GraphComponent):
    """Sets the intent of a code-, number- or reference-shaped message, or of one in a script no served language
    uses, to `inform`, of one that says nothing yet to `nlu_fallback`, and of thanks alone to `goodbye` (see the
    module docstring)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ShapedAnswers":
        return cls()

    @staticmethod
    def mark(message: Message) -> None:
        text = message.get(WHOLE_TEXT) or message.get(TEXT)
        guessed = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        if (is_shaped_answer(text) or in_an_unserved_script(message)
                or (guessed in AGE_INTENTS and holds_a_phone_number(text))
                or (guessed == ADULT_INTENT and states_no_age(text or ""))):
            override_intent(message, ANSWER_INTENT)
        elif says_nothing_yet(text):
            override_intent(message, NOT_UNDERSTOOD)
        elif is_thanks_alone(text or ""):
            override_intent(message, COURTESY_INTENT)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self.mark(message)
        return messages
