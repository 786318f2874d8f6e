"""Setting a message's intent over the classifier's guess, with the guess kept in the ranking below it."""
from __future__ import annotations

from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY
from rasa.shared.nlu.training_data.message import Message

from bot.intake.wording import BESIDE_EACH_KEY, BESIDE_KEY


def override_intent(message: Message, intent: str) -> None:
    """`intent` with full confidence, first in the ranking; the other guesses follow in their order. Set after
    bot.components.worded_like, the words beside the intent are counted again for `intent`: what the message says
    beside the request it makes is what the actions keep (bot.intake.answers.tells_beside)."""
    override = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = [entry for entry in message.get(INTENT_RANKING_KEY) or [] if entry.get(INTENT_NAME_KEY) != intent]
    message.set(INTENT, override, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [override] + ranking, add_to_output=True)
    beside_each = message.get(BESIDE_EACH_KEY)
    if beside_each and intent in beside_each:
        message.set(BESIDE_KEY, beside_each[intent], add_to_output=True)
