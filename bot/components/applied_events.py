"""Rasa's `DialogueStateTracker.applied_events`, in time linear in the conversation's length.

Rasa treats a form's turns as one action: each time a form runs again, the user's message and the actions since
its previous run are taken out of the applied events. To find that previous run, Rasa walks back over every
event since it, slot events included, and copies the whole list to walk it; a form that stays active keeps
more and more slot events behind its first run, so every run walks further. An account told in 300 messages
keeps the report form active for thousands of events, and the policies ask for the applied events several
times per turn: the profile of such an account (docs/benchmarks.md) spent two thirds of the Rasa server's time
here, and the cost of a turn grew with the square of the account's length.

`applied_events` below returns the same list: it keeps, beside the applied events, the positions of the few
events those walks stop at or remove (messages, actions, rejections, loop ends, featurization markers), walks
only those, and marks removed events instead of shifting the list. Each event is then added and removed at most
once. `install()` puts it in Rasa's place; bot/components/__init__.py installs it wherever Rasa loads this
project's components (training, `rasa run`, tests), so every Rasa process of the assistant uses it.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Text, Tuple, Type

from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActionReverted,
    ActiveLoop,
    DefinePrevUserUtteredFeaturization,
    Event,
    Restarted,
    SessionStarted,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

RASAS_APPLIED_EVENTS = DialogueStateTracker.applied_events

# What each kind of event is to the walks: Rasa decides with isinstance on ABCs, slow per event; the answer
# depends on the class only, so it is worked out once per class.
RESET, REVERT_ACTION, REVERT_MESSAGE, ACTION, MESSAGE, REJECTION, LOOP, MARKER, OTHER = range(9)
_KINDS: Tuple[Tuple[Type[Event], ...], ...] = (
    (Restarted, SessionStarted), (ActionReverted,), (UserUtteranceReverted,), (ActionExecuted,), (UserUttered,),
    (ActionExecutionRejected,), (ActiveLoop,), (DefinePrevUserUtteredFeaturization,))
_kind_of_class: Dict[type, int] = {}


def _kind(event: Event) -> int:
    cls = type(event)
    kind = _kind_of_class.get(cls)
    if kind is None:
        kind = next((index for index, classes in enumerate(_KINDS) if issubclass(cls, classes)), OTHER)
        _kind_of_class[cls] = kind
    return kind


class _Applied:
    """The applied events so far: removed ones are None, `walked` the positions of the events the walks read."""

    def __init__(self) -> None:
        self.events: List[Optional[Event]] = []
        self.kinds: List[int] = []
        self.walked: List[int] = []

    def append(self, event: Event, kind: int) -> None:
        if kind in (ACTION, MESSAGE, REJECTION, MARKER) or (kind == LOOP and event.name is None):
            self.walked.append(len(self.events))
        self.events.append(event)
        self.kinds.append(kind)

    def undo_till_previous(self, kind: int) -> None:
        """Rasa's `_undo_till_previous`: drop events from the end up to and including the latest of `kind`."""
        while self.events:
            event, event_kind = self.events.pop(), self.kinds.pop()
            if self.walked and self.walked[-1] == len(self.events):
                self.walked.pop()
            if event is not None and event_kind == kind:
                return

    def first_loop_execution_or_unhappy_path(self, loop: Text) -> bool:
        """Rasa's `_first_loop_execution_or_unhappy_path`, reading only the events it can stop at."""
        next_action: Optional[Text] = None
        for position in reversed(self.walked):
            event, kind = self.events[position], self.kinds[position]
            if kind == LOOP:  # only loop ends are walked
                return True
            if kind == REJECTION and event.action_name == loop:
                return True
            if kind == MESSAGE and next_action is not None and next_action != loop:
                return True
            if kind == ACTION:
                if event.action_name == loop:
                    return False
                next_action = event.action_name
        return True

    def undo_till_previous_loop_execution(self, loop: Text) -> None:
        """Rasa's `_undo_till_previous_loop_execution`: actions, messages and markers since the loop's latest run
        are removed; every other event stays where it is."""
        kept: List[int] = []
        while self.walked:
            position = self.walked[-1]
            event, kind = self.events[position], self.kinds[position]
            if kind == ACTION and event.action_name == loop:
                break
            self.walked.pop()
            if kind in (ACTION, MESSAGE, MARKER):
                self.events[position] = None
            else:
                kept.append(position)
        self.walked.extend(reversed(kept))

    def as_list(self) -> List[Event]:
        return [event for event in self.events if event is not None]


def applied_events(tracker: DialogueStateTracker) -> List[Event]:
    """All events that should be applied, without reverted ones: what Rasa's own method returns."""
    loop_names = {event.name for event in tracker.events if isinstance(event, ActiveLoop) and event.name}
    applied = _Applied()
    for event in tracker.events:
        kind = _kind(event)
        if kind == RESET:
            applied = _Applied()
        elif kind == REVERT_ACTION:
            applied.undo_till_previous(ACTION)
        elif kind == REVERT_MESSAGE:
            applied.undo_till_previous(MESSAGE)
            applied.undo_till_previous(ACTION)
        elif kind == ACTION and event.action_name in loop_names \
                and not applied.first_loop_execution_or_unhappy_path(event.action_name):
            applied.undo_till_previous_loop_execution(event.action_name)
        else:
            applied.append(event, kind)
    return applied.as_list()


def install() -> None:
    """Rasa's trackers use `applied_events` from here on (idempotent)."""
    DialogueStateTracker.applied_events = applied_events  # type: ignore[assignment]
