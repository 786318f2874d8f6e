"""Messages whose shape says what they are, whatever the words around them would: a number, a reference.

The intent classifier reads "4821 0937 5512 6604" as an age, or as a greeting: a typed code, a phone number or a
year is never either. Only a message made of nothing else is recognised, so "I was 15" is still read as words.
"""
from __future__ import annotations

import unicodedata
from typing import Optional

from bot.reports.codes import REFERENCE_ALPHABET, REFERENCE_LENGTH, SEPARATORS

# An age has at most three digits; a year, a phone number, a follow-up code has more.
DIGITS_OF_MORE_THAN_AN_AGE = 4
REFERENCE_PREFIX = "REF"
# A reference mistyped by a character or two still looks like one when it starts "REF".
SHORTEST_REFERENCE_BODY, LONGEST_REFERENCE_BODY = 6, 32
# Digits a reference typed without "REF" must have to be taken for one (three in four references do).
BARE_REFERENCE_DIGITS = 2


def compact(text: str) -> str:
    """The message without the spaces and separators people type between groups, in one width and case."""
    return "".join(char for char in unicodedata.normalize("NFKC", text).upper()
                   if not (char in SEPARATORS or char.isspace()))


def is_long_number(text: str) -> bool:
    """Only digits (of any script) and separators, more of them than any age: a code, a phone number, a year."""
    body = compact(text)
    return body.isdecimal() and len(body) >= DIGITS_OF_MORE_THAN_AN_AGE


def is_reference_shaped(text: str) -> bool:
    """A reference typed whole ("ref 8rv45lk36p"); else "REF" with letters and digits after it (mistyped), or a
    bare body of a reference's alphabet and length, typed as one word. These two must mix digits and letters, so
    that words ("reference please", "strengthen", Arabizi "la msh 3ayez") are still read as words.
    """
    body = compact(text)
    if body.startswith(REFERENCE_PREFIX):
        rest = body[len(REFERENCE_PREFIX):]
        if len(rest) == REFERENCE_LENGTH and all(char in REFERENCE_ALPHABET for char in rest):
            return True  # every reference the service makes, typed whole with its prefix
        fits = rest.isascii() and rest.isalnum() and SHORTEST_REFERENCE_BODY <= len(rest) <= LONGEST_REFERENCE_BODY
        return fits and any(char.isdigit() for char in rest) and any(char.isalpha() for char in rest)
    # Arabizi writes letters as digits ("la2 shukran", "el7amdella"): a bare body is one word with two digits.
    return (len(text.split()) == 1 and len(body) == REFERENCE_LENGTH
            and all(char in REFERENCE_ALPHABET for char in body)
            and sum(char.isdigit() for char in body) >= BARE_REFERENCE_DIGITS and any(char.isalpha() for char in body))


def is_shaped_answer(text: Optional[str]) -> bool:
    """True when the whole message is a long number or a reference: an answer, never an intent of its own."""
    return isinstance(text, str) and (is_long_number(text) or is_reference_shaped(text))
