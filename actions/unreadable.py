"""Something sent that the assistant could not read: a photo, voice message, file or location, or a message
over the length limit. The connectors pass on only a notice (`/attachment`, with an `unreadable` reason when it
is not an attachment); this action says which, in plain words, and the rules then carry on with the open
question, so nothing is skipped and nothing of what was sent is kept."""
from __future__ import annotations

from typing import Any, Dict, List, Mapping, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.channels import NO_WORDS, TOO_LONG, UNREADABLE_ENTITY

# What to say for each reason; a notice without a (known) reason is an attachment.
EXPLANATIONS: Mapping[str, str] = {TOO_LONG: "utter_message_too_long", NO_WORDS: "utter_message_without_words"}
ATTACHMENT_EXPLANATION = "utter_attachment_not_read"


class ActionExplainUnreadable(Action):
    """Tells the user why what they sent was not read and how to tell it instead."""

    def name(self) -> Text:
        return "action_explain_unreadable"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        reason = next(tracker.get_latest_entity_values(UNREADABLE_ENTITY), None)
        dispatcher.utter_message(response=EXPLANATIONS.get(reason, ATTACHMENT_EXPLANATION))
        return []
