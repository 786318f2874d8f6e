"""Stored events back into Rasa's Event objects, as Rasa's `deserialise_events` makes them, in time linear in the
conversation's length.

Rasa finds each event's class by walking every subclass of `Event` (`Event.resolve_by_type`, through
`inspect.isabstract`) once per event: about 0.2 ms per event, most of the cost of reading a long conversation
back (a 300-message account holds thousands of events), and paid again on every turn. Here the walk is made
once per read and each event is looked up by its type name.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, Iterable, List, Text, Type

from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

logger = logging.getLogger(__name__)

# Rasa's own exception to unknown type names: events of this old type are dropped, not refused.
_DROPPED_TYPES = ("topic",)


def event_classes() -> Dict[Text, Type[Event]]:
    """Each type name's class, the first found in Rasa's order (the class `Event.resolve_by_type` returns)."""
    classes: Dict[Text, Type[Event]] = {}
    for cls in all_subclasses(Event):
        classes.setdefault(cls.type_name, cls)
    return classes


def deserialise(serialised: Iterable[Dict[Text, Any]]) -> List[Event]:
    """The events, as `rasa.shared.core.events.deserialise_events` returns them (an unknown type raises
    ValueError as Rasa's does; entries without a type, and the old `topic` events, are left out)."""
    classes = event_classes()
    events: List[Event] = []
    for parameters in serialised:
        type_name = parameters.get("event")
        if type_name is None:
            continue
        cls = classes.get(type_name)
        if cls is None:
            if type_name in _DROPPED_TYPES:
                logger.warning("A stored event of the retired type %r was left out.", type_name)
                continue
            raise ValueError(f"Unknown event name '{type_name}'.")
        event = cls._from_parameters(parameters)
        if event is not None:
            events.append(event)
    return events
