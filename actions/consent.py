"""Asking for consent: in full the first time, briefly after "Tell me more" has just answered the worries."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import latest_intent

TELL_ME_MORE = "tell_me_more"


class ActionAskConsent(Action):
    """The intake form's question for `consent` (Rasa prefers `action_ask_<slot>` to `utter_ask_<slot>`).

    After "Tell me more" the full consent text was on screen a moment ago, followed by the answers to the common
    worries: asking again with all five sentences would bury them, so a short question with the same choices
    follows instead (survivor-centred rule 20: no prompt repeated word for word).
    """

    def name(self) -> Text:
        return "action_ask_consent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        if latest_intent(tracker) == TELL_ME_MORE:
            dispatcher.utter_message(response="utter_ask_consent_again")
        else:
            dispatcher.utter_message(response="utter_ask_consent")
        return []
