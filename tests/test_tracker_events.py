"""bot.tracker.events: stored events read back exactly as Rasa reads them, looking each class up once per read."""
from __future__ import annotations

from typing import Any, Dict, List
from unittest import mock

import pytest
from rasa.shared.core.events import Event, deserialise_events
from rasa.shared.core.trackers import EventVerbosity
from rasa.shared.utils.common import all_subclasses

from bot.tracker import events as stored_events
from tests.tracker_fixtures import report_conversation, tracker_with

# One of every kind of event Rasa 3.6 stores, beyond those of a report conversation.
OTHER_EVENTS: List[Dict[str, Any]] = [
    {"event": "restart", "timestamp": 1.0},
    {"event": "reset_slots", "timestamp": 2.0},
    {"event": "reminder", "intent": "greet", "entities": [{"entity": "name", "value": "x"}],
     "date_time": "2026-12-03T10:00:00", "name": "r1", "kill_on_user_msg": True, "timestamp": 3.0},
    {"event": "cancel_reminder", "name": "r1", "intent": "greet", "entities": [], "timestamp": 4.0},
    {"event": "pause", "timestamp": 5.0},
    {"event": "resume", "timestamp": 6.0},
    {"event": "followup", "name": "action_listen", "timestamp": 7.0},
    {"event": "action_execution_rejected", "name": "report_form", "policy": "RulePolicy", "confidence": 1.0,
     "timestamp": 8.0},
    {"event": "rewind", "timestamp": 9.0},
    {"event": "undo", "timestamp": 10.0},
    {"event": "loop_interrupted", "is_interrupted": True, "timestamp": 11.0},
    {"event": "user_featurization", "use_text_for_featurization": False, "timestamp": 12.0},
    {"event": "entities", "entities": [{"entity": "place", "value": "Bucha", "start": 0, "end": 5}],
     "timestamp": 13.0},
    {"event": "agent", "text": "hello", "parse_data": {"intent": {"name": "greet"}}, "timestamp": 14.0},
    {"event": "export", "path": "story.yml", "timestamp": 15.0},
    {"event": "session_started", "timestamp": 16.0},
]


def report_events(domain: Any) -> List[Dict[str, Any]]:
    return tracker_with(domain, report_conversation()).current_state(EventVerbosity.ALL)["events"]


def test_every_type_name_finds_the_class_rasa_finds() -> None:
    classes = stored_events.event_classes()
    assert {cls.type_name for cls in all_subclasses(Event)} == set(classes)
    for type_name, cls in classes.items():
        assert Event.resolve_by_type(type_name) is cls, type_name


def test_a_conversation_and_every_other_kind_of_event_read_back_as_rasa_reads_them(domain: Any) -> None:
    serialised = report_events(domain) + OTHER_EVENTS
    ours, rasas = stored_events.deserialise(serialised), deserialise_events(serialised)
    assert len(ours) == len(rasas) == len(serialised)
    assert ours == rasas
    assert [type(event) for event in ours] == [type(event) for event in rasas]
    assert [event.as_dict() for event in ours] == [event.as_dict() for event in rasas]


def test_entries_without_a_type_and_retired_topic_events_are_left_out_and_unknown_types_refused() -> None:
    assert stored_events.deserialise([{"timestamp": 1.0}, {"event": None}, {"event": "topic", "topic": "x"},
                                      {"event": "pause", "timestamp": 2.0}]) == deserialise_events(
        [{"event": "pause", "timestamp": 2.0}])
    with pytest.raises(ValueError):
        stored_events.deserialise([{"event": "no_such_event"}])


def test_the_classes_are_looked_up_once_per_read_not_once_per_event(domain: Any) -> None:
    """Rasa's own reading walks every Event subclass for each event: the cost a long account paid per turn."""
    serialised = report_events(domain) * 20
    with mock.patch.object(stored_events, "all_subclasses", wraps=all_subclasses) as walk:
        stored_events.deserialise(serialised)
    assert walk.call_count == 1
