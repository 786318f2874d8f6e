"""What becomes of a message that interrupted a form: it may be part of the account, so it is kept."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.conversation import latest_user_text
from bot.intake.answers import clean_text
from bot.intake.fields import ANSWERED_IN_WORDS

# A distressed or frightened message this long is part of their account, not just a cry for a pause: keep it.
WORDS_WORTH_KEEPING = 4


def keep_what_they_wrote(tracker: Tracker) -> List[Dict[Text, Any]]:
    """Keeps a message that interrupted the report (distress, danger) as the answer it may also be.

    A few words ("I can't") are only the interruption; anything longer is part of their account: added to the
    narrative, or taken as the answer to the open question it interrupted.
    """
    text = clean_text(latest_user_text(tracker))
    requested = tracker.get_slot("requested_slot")
    if not tracker.active_loop.get("name") == "report_form" or len(text.split()) < WORDS_WORTH_KEEPING:
        return []
    if requested in ("narrative", "narrative_done"):
        narrative = tracker.get_slot("narrative")
        return [SlotSet("narrative", f"{narrative}\n{text}" if narrative else text)]
    if requested in ANSWERED_IN_WORDS and tracker.get_slot(requested) is None:
        return [SlotSet(requested, text)]
    return []
