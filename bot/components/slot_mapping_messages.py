"""What the custom slot mapping says reaches the person: Rasa 3.6 drops it.

After every message Rasa runs `action_read_message` (actions/every_message.py) as the custom mapping of the
language slots. It is where the session's language is decided, so it is where the assistant says "Would you
like to continue in Urdu? / اردو میں جاری رکھیں؟" and "I cannot write in Bengali yet, but you can call ...".
Rasa's `ActionExtractSlots` accepts a mapping action's messages (`_run_custom_action` keeps its `BotUttered`
events) and then, in `_execute_validation_action`, keeps only its `SlotSet` events, so those messages were never
sent and the person was neither offered their language nor told it is not served.

`install()` puts in Rasa's place a validation step that keeps what Rasa's keeps and, before it, the messages
the mapping actions sent, in their order: the processor sends every `BotUttered` among the extraction events
to the channel (`MessageProcessor.run_action_extract_slots`) before the turn's other answers.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, List

from rasa.core.actions.action import ActionExtractSlots
from rasa.shared.core.events import BotUttered, Event

if TYPE_CHECKING:
    from rasa.core.channels.channel import OutputChannel
    from rasa.core.nlg import NaturalLanguageGenerator
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

RASAS_EXECUTE_VALIDATION_ACTION = ActionExtractSlots._execute_validation_action


async def validated_keeping_messages(self: ActionExtractSlots, extraction_events: List[Event],
                                     output_channel: "OutputChannel", nlg: "NaturalLanguageGenerator",
                                     tracker: "DialogueStateTracker", domain: "Domain") -> List[Event]:
    """The mapping actions' messages, then Rasa's validated slot events."""
    validated = await RASAS_EXECUTE_VALIDATION_ACTION(self, extraction_events, output_channel, nlg, tracker, domain)
    return [event for event in extraction_events if isinstance(event, BotUttered)] + validated


def install() -> None:
    """Rasa's slot extraction keeps the mapping actions' messages from here on (idempotent)."""
    ActionExtractSlots._execute_validation_action = validated_keeping_messages  # type: ignore[assignment]
