"""What the assistant says back when an account discloses something that calls for it (survivor-centred rule 7)."""
from __future__ import annotations

from typing import Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import times_said
from bot.intake.disclosures import mentions_sexual_violence


def acknowledge_sexual_violence(text: Text, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Words of sexual violence in the account get an acknowledgement and a specialist line, once; nothing asks
    for more detail."""
    if mentions_sexual_violence(text) and not times_said(tracker, "utter_sexual_violence_support"):
        dispatcher.utter_message(response="utter_sexual_violence_support")
