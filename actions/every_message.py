"""The custom slot mapping Rasa runs after every user message: one call to the action server for all it reads."""
from __future__ import annotations

from typing import Any, Dict, List, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.followup import ActionReadFollowupDetails
from actions.language import ActionDetectLanguage
from actions.opening import ActionHoldWords


class ActionReadMessage(Action):
    """The session language (ActionDetectLanguage), words typed before consent (ActionHoldWords), and a
    reference and follow-up code written in the message that asks to add to a report (ActionReadFollowupDetails).

    Rasa sends the whole tracker with every call to the action server and runs each slot's custom mapping
    before it predicts, so two mappings of their own would cost every turn two round trips (docs/benchmarks.md).
    A mapping cannot be conditioned to before consent: Rasa's validator allows form conditions only on a form's
    own slots, and `held_words` is none of them.
    """

    PARTS: Tuple[Action, ...] = (ActionDetectLanguage(), ActionHoldWords(), ActionReadFollowupDetails())

    def name(self) -> Text:
        return "action_read_message"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        events: List[Dict[Text, Any]] = []
        for part in self.PARTS:
            events += await part.run(dispatcher, tracker, domain)
        return events
