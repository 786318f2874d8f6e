"""bot.components.applied_events: the same applied events as Rasa's own method, on any sequence of events, and
without walking a form's whole history on each of its runs."""
from __future__ import annotations

import importlib
import random
from typing import List

import pytest
from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActionReverted,
    ActiveLoop,
    BotUttered,
    DefinePrevUserUtteredFeaturization,
    Event,
    LoopInterrupted,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.components import applied_events as linear

LOOPS = ["report_form", "intake_form", "followup_form"]
ACTIONS = LOOPS + ["action_listen", "action_extract_slots", "utter_ask_narrative_done", "action_read_message",
                   "validate_report_form"]


def random_event(rng: random.Random) -> Event:
    """Any event that matters to the applied events, weighted towards the ones a conversation is made of."""
    choice = rng.random()
    if choice < 0.30:
        return ActionExecuted(rng.choice(ACTIONS), hide_rule_turn=rng.random() < 0.2)
    if choice < 0.45:
        return UserUttered(f"message {rng.random()}", {"name": "inform"})
    if choice < 0.60:
        return SlotSet(rng.choice(["narrative_more", "requested_slot", "language"]), rng.random())
    if choice < 0.68:
        return BotUttered("a question", metadata={"utter_action": "utter_ask_narrative_done"})
    if choice < 0.76:
        return ActiveLoop(rng.choice(LOOPS + [None, None]))
    if choice < 0.81:
        return ActionExecutionRejected(rng.choice(ACTIONS))
    if choice < 0.85:
        return DefinePrevUserUtteredFeaturization(rng.random() < 0.5)
    if choice < 0.89:
        return LoopInterrupted(rng.random() < 0.5)
    if choice < 0.93:
        return ActionReverted()
    if choice < 0.97:
        return UserUtteranceReverted()
    return rng.choice([Restarted(), SessionStarted()])


def form_turns(turns: int) -> List[Event]:
    """A form active for many turns, as an account told in many messages keeps the report form."""
    events: List[Event] = [ActionExecuted("action_listen"), UserUttered("what happened", {"name": "inform"}),
                           ActionExecuted("report_form"), ActiveLoop("report_form"),
                           SlotSet("requested_slot", "narrative")]
    for turn in range(turns):
        events += [ActionExecuted("action_listen"), UserUttered(f"part {turn}", {"name": "inform"}),
                   SlotSet("narrative_more", f"part {turn}"),  # the slot mappings (no action event of their own)
                   ActionExecuted("report_form"), SlotSet("narrative_done", None),
                   BotUttered("anything more?", metadata={"utter_action": "utter_ask_narrative_done"})]
        if turn % 17 == 5:  # a detour: the form rejected, something else answered, the form again
            events += [ActionExecutionRejected("report_form"), ActionExecuted("utter_support"),
                       ActionExecuted("report_form")]
    return events + [ActiveLoop(None), ActionExecuted("action_listen")]


def tracker_of(events: List[Event]) -> DialogueStateTracker:
    tracker = DialogueStateTracker("applied-events", [])
    tracker.events.extend(events)  # as stored: no slot replay needed to compare the applied events
    return tracker


def rasas(tracker: DialogueStateTracker) -> List[Event]:
    return linear.RASAS_APPLIED_EVENTS(tracker)


@pytest.mark.parametrize("seed", range(300))
def test_any_sequence_of_events_gives_what_rasa_gives(seed: int) -> None:
    rng = random.Random(seed)
    tracker = tracker_of([random_event(rng) for _ in range(rng.randint(0, 120))])
    ours, theirs = linear.applied_events(tracker), rasas(tracker)
    assert len(ours) == len(theirs) and all(a is b for a, b in zip(ours, theirs))


def test_a_form_active_for_many_turns_gives_what_rasa_gives() -> None:
    tracker = tracker_of(form_turns(120))
    ours, theirs = linear.applied_events(tracker), rasas(tracker)
    assert len(ours) == len(theirs) and all(a is b for a, b in zip(ours, theirs))
    # The form's turns fold into its runs; the detours' answers stay.
    assert [event.text for event in ours if isinstance(event, UserUttered)] == ["what happened"]
    assert sum(isinstance(event, ActionExecuted) and event.action_name == "utter_support" for event in ours) == len(range(5, 120, 17))


class CountingList(list):
    """The applied events, counting how often the walks read one by its position."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        CountingList.reads += 1
        return super().__getitem__(index)


class CountingApplied(linear._Applied):
    def __init__(self) -> None:
        super().__init__()
        self.events = CountingList()


def test_a_form_active_for_many_turns_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counted, not timed: the events the walks read grow with the turns, not with their square."""
    monkeypatch.setattr(linear, "_Applied", CountingApplied)
    reads = []
    for turns in (100, 400):
        CountingList.reads = 0
        linear.applied_events(tracker_of(form_turns(turns)))
        reads.append(CountingList.reads)
    assert 0 < reads[1] < 5 * reads[0], reads  # four times the turns; Rasa's own walks read about 16 times as much


def test_installed_it_is_what_every_tracker_uses() -> None:
    importlib.import_module("bot.components")  # installs it, as Rasa's loading of the components does

    assert DialogueStateTracker.applied_events is linear.applied_events
    tracker = tracker_of(form_turns(10))
    assert tracker.applied_events() == rasas(tracker)
