"""Questions that can come round again, asked so that no prompt is given a third time in a row word for word
(survivor-centred rule 20): the third time the person gets a clearer choice instead."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import prompts_in_a_row

MAX_SAME_PROMPT_IN_A_ROW = 2


class ActionAskNarrativeDone(Action):
    """"Anything more?" after each part of the account; after two of those in a row, a choice between adding
    more, that being everything, and a break."""

    def name(self) -> Text:
        return "action_ask_narrative_done"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        if prompts_in_a_row(tracker, "utter_ask_narrative_done") >= MAX_SAME_PROMPT_IN_A_ROW:
            dispatcher.utter_message(response="utter_ask_narrative_done_choice")
        else:
            dispatcher.utter_message(response="utter_ask_narrative_done")
        return []
