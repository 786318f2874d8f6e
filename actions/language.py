"""The conversation's language: detected after every message, and changed whenever the user asks."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.language.languages import SUPPORTED, normalize_code


class ActionChangeLanguage(Action):
    """An explicit choice always wins: a language button, `/language xx`, or "can we speak French?"."""

    def name(self) -> Text:
        return "action_change_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        chosen = normalize_code(next(tracker.get_latest_entity_values("language_choice"), None))
        if chosen not in SUPPORTED:
            dispatcher.utter_message(response="utter_choose_language")
            return []
        dispatcher.utter_message(response="utter_language_changed", in_language=chosen)
        return [SlotSet("language", chosen), SlotSet("language_candidate", None)]


class ActionDetectLanguage(Action):
    """Custom slot mapping for `language`; the decision rules live in bot.language."""

    def name(self) -> Text:
        return "action_detect_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        return []
