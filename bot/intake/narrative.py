"""The account (narrative) kept in parts, so that each message adds only itself to the conversation.

Re-setting one slot to the whole account on every message made every turn re-read, decrypt, send to the action
server and store again all that had been told before it: a long account got slower with each message, with the
square of its length (issue 14). So the first part is the `narrative` slot (the form's question, "What
happened?") and every later message sets `narrative_more` to that message alone. The account is the first part
followed by every later part, in order.

Rasa sets `narrative` again, to the same words, when the form starts again after a pause (it validates every
filled slot), and begins a new session with a copy of every slot event of the old one, in order; neither changes
the account. Only `narrative` set to other words, or emptied, or every slot reset, starts it again (Restarted
needs no care: the SDK's `applied_events` forgets everything before it).
"""
from __future__ import annotations

from typing import Any, Dict, Iterable, Optional, Text

FIRST_PART = "narrative"
LATER_PART = "narrative_more"
ACCOUNT_SLOTS = (FIRST_PART, LATER_PART)


def added_to_account(first_part: Optional[Text], text: Text) -> Dict[Text, Text]:
    """The slot to set for `text`: the first part while nothing is told yet, else one later part."""
    return {LATER_PART: text} if first_part else {FIRST_PART: text}


def whole_account(first_part: Optional[Text], events: Iterable[Dict[Text, Any]]) -> Optional[Text]:
    """The account as one text: `first_part` (the `narrative` slot now) and the later parts in `events` (the
    conversation's applied events) that were added since the first part was set, one per line."""
    if not first_part:
        return None
    later = []
    current_first: Optional[Text] = None
    for event in events:
        kind, name, value = event.get("event"), event.get("name"), event.get("value")
        if kind in ("reset_slots", "session_started"):  # a new session begins with copies of every slot event
            later, current_first = [], None
        elif kind == "slot" and name == FIRST_PART and value != current_first:
            later, current_first = [], value
        elif kind == "slot" and name == LATER_PART and value:
            later.append(value)
    return "\n".join([first_part, *later])


def with_whole_account(slots: Dict[Text, Any], events: Iterable[Dict[Text, Any]]) -> Dict[Text, Any]:
    """`slots` with the whole account as `narrative`, as the summary and the report read it."""
    return {**slots, FIRST_PART: whole_account(slots.get(FIRST_PART), events)}
