"""Messages whose shape says what they are, whatever the words around them would: a number, a reference, a
hesitation or punctuation alone.

The intent classifier reads "4821 0937 5512 6604" as an age, or as a greeting: a typed code, a phone number or a
year is never either. It reads "ممم" (hmm) as goodbye: a sound of hesitation says nothing yet. Only a message made
of nothing else is recognised, so "I was 15" and "hmm ok" are still read as words.
"""
from __future__ import annotations

import re
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


def visible(text: str) -> str:
    """The message in one width, without the invisible marks a phone or a copy adds (a right-to-left mark before
    "؟", a zero-width space, a byte-order mark): they change nothing a person sees, so they change no shape."""
    return "".join(char for char in unicodedata.normalize("NFKC", text) if unicodedata.category(char) != "Cf")


def compact(text: str) -> str:
    """The message without the spaces and separators people type between groups, in one width and case."""
    return "".join(char for char in visible(text).upper() if not (char in SEPARATORS or char.isspace()))


def is_long_number(text: str) -> bool:
    """Only digits (of any script) and separators, more of them than any age: a code, a phone number, a year."""
    body = compact(text)
    return body.isdecimal() and len(body) >= DIGITS_OF_MORE_THAN_AN_AGE


def holds_a_phone_number(text: Optional[str]) -> bool:
    """A run of seven digits or more (spaces, dashes and dots between groups allowed): never an age, whatever
    words are around it ("my sister's phone 07700 900123")."""
    return bool(re.search(r"\d(?:[\s.\-]?\d){6,}", text or ""))


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


# Sounds of hesitation as people type them (hmm, umm, uh, erm, euh; ммм, эээ, хм; ممم, اممم, هممم; ம்ம்ம்), alone
# or repeated. A letter stretched in a word ("nooo", "yesss") is not one of them, nor a sound that says yes ("mhm",
# "uh-huh", and Arabizi "eh": ايه).
HESITATION = re.compile(
    r"(?:h*m{2,}h*|hm+|u+[hm]+|e+r+m+|e+h*m+|e+u+h+|h+e+u+"  # Latin
    r"|э{2,}|э+м+|е{3,}|х+м+|м{2,}"  # Cyrillic
    r"|[اأإه]?م{2,}|هم{2,}"  # Arabic script (Arabic, Persian, Urdu)
    r"|(?:ம்){2,})"  # Tamil
)
# Alone, a sound of not following ("huh?", "hein ?"); after "uh" it says yes ("uh huh").
NOT_FOLLOWING = re.compile(r"h+u+h+|h+e+i+n+")
# What may stand between or after the sounds: spaces, dots, commas, question and exclamation marks (not dashes:
# "mm-hmm" says yes).
HESITATION_PUNCTUATION = re.compile(r"[\s.,…?!؟،]+")


def is_hesitation(text: Optional[str]) -> bool:
    """True when the whole message is one or more sounds of hesitation ("hmm", "ممم...", "эээ ммм"), or one sound
    of not following ("huh?")."""
    if not isinstance(text, str):
        return False
    sounds = [part for part in HESITATION_PUNCTUATION.split(visible(text).casefold()) if part]
    if len(sounds) == 1 and NOT_FOLLOWING.fullmatch(sounds[0]):
        return True
    return bool(sounds) and all(HESITATION.fullmatch(sound) for sound in sounds)


# Unicode's punctuation other than brackets: connectors, dashes, quotes and the rest (".", "?", "!", "…", "؟", "،").
SAYS_NOTHING_MARKS = frozenset({"Pc", "Pd", "Pi", "Pf", "Po"})


def is_only_punctuation(text: Optional[str]) -> bool:
    """True when the message is punctuation marks and nothing else ("?", "...", "!!", "؟", "-"), brackets aside:
    ":(" is a face, and the classifier's reading of it is kept."""
    marks = "".join(visible(text).split()) if isinstance(text, str) else ""
    return bool(marks) and all(unicodedata.category(mark) in SAYS_NOTHING_MARKS for mark in marks)


# Markup: a script or style element with what it holds, and any other tag or comment ("<br>", "<img src=x>").
SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
TAG = re.compile(r"</?[a-zA-Z][^<>]*>|<!--.*?(-->|$)", re.DOTALL)


def is_only_markup(text: Optional[str]) -> bool:
    """True when the message is markup and nothing else ("<script>alert(1)</script>", "<img src=x onerror=...>",
    "<p></p>"): no word a person wrote. Words inside tags ("<b>yes</b>") are words, and "<3" is no tag."""
    if not isinstance(text, str) or "<" not in text:
        return False
    bare = TAG.sub(" ", SCRIPT_OR_STYLE.sub(" ", text))
    return bare != text and (not visible(bare).strip() or is_only_punctuation(bare))


def says_nothing_yet(text: Optional[str]) -> bool:
    """A sound of hesitation ("hmm", "ممم"), punctuation alone ("?", "...") or markup alone: nothing is said yet,
    whatever the classifier makes of it (with no word to read it took "?" for distress, and "<script>alert(1)
    </script>" for a break), so the question is asked again."""
    return is_hesitation(text) or is_only_punctuation(text) or is_only_markup(text)


def is_shaped_answer(text: Optional[str]) -> bool:
    """True when the whole message is a long number or a reference: an answer, never an intent of its own."""
    return isinstance(text, str) and (is_long_number(text) or is_reference_shaped(text))
