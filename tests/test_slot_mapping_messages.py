"""bot.components.slot_mapping_messages: what the custom slot mapping says is sent, as Rasa's processor sends any
message among the extraction events; Rasa's own validation step drops it (the fault this mends)."""
from __future__ import annotations

import asyncio
from typing import List

from rasa.core.actions.action import ActionExtractSlots
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.components import slot_mapping_messages

DOMAIN = Domain.from_yaml("""
version: "3.1"
slots:
  language:
    type: text
    mappings:
      - type: custom
        action: action_read_message
""")
OFFER = BotUttered("Would you like to continue in Français?", metadata={"utter_action": "utter_confirm_language_switch"})


slot_mapping_messages.install()  # as importing bot.components does wherever Rasa loads this project's components


def validated(step, events: List[Event]) -> List[Event]:
    tracker = DialogueStateTracker.from_events("someone", [UserUttered("bonjour")], slots=DOMAIN.slots)
    return asyncio.run(step(ActionExtractSlots(None), events, None, None, tracker, DOMAIN))


def test_rasas_validation_step_drops_the_mapping_actions_messages() -> None:
    assert validated(slot_mapping_messages.RASAS_EXECUTE_VALIDATION_ACTION,
                     [OFFER, SlotSet("language_candidate", "fr")]) == [SlotSet("language_candidate", "fr")]


def test_the_messages_are_kept_before_the_validated_slots_in_their_order() -> None:
    second = BotUttered("Voulez-vous continuer en Français ?")
    events = [OFFER, SlotSet("language_candidate", "fr"), second]
    assert validated(ActionExtractSlots._execute_validation_action, events) == [
        OFFER, second, SlotSet("language_candidate", "fr")]


def test_without_messages_the_slots_are_what_rasa_validates() -> None:
    events = [SlotSet("language", "en"), SlotSet("held_words", ["a"])]
    assert validated(ActionExtractSlots._execute_validation_action, events) == validated(
        slot_mapping_messages.RASAS_EXECUTE_VALIDATION_ACTION, events)
