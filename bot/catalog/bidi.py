"""Bidirectional-text helpers, so references, codes and numbers stay readable inside Arabic, Persian and Urdu."""
from __future__ import annotations

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolate(value: str) -> str:
    """Wraps `value` so that its own direction is kept and it does not reorder the sentence around it."""
    return f"{FIRST_STRONG_ISOLATE}{value}{POP_DIRECTIONAL_ISOLATE}"


def strip_isolates(text: str) -> str:
    """Removes isolate marks, e.g. before comparing what a user sees with what was stored."""
    return text.replace(FIRST_STRONG_ISOLATE, "").replace(POP_DIRECTIONAL_ISOLATE, "")
