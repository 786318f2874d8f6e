"""The safety net: finds words of self-harm or of danger here and now in any message, in any of the ten languages.

The intent classifier is wrong about four times in ten, and a person who writes "I want to end my life" inside
a long account must still be answered with the crisis lines. So every message is also read by this net, which
does not guess: it looks for the phrases of bot.safety.phrases in every language at once (the language detector
can be wrong too), after folding spelling variants (bot.safety.normalise) and reading one-letter slips of the
longer danger words as the words. Russian and Ukrainian typed in Latin letters ("ya v opasnosti") are also read
spelled back in Cyrillic (bot.language.transliteration) against those two languages' lists, so that every
Cyrillic phrase is found however it was transliterated. What it finds is the kinds of danger, never the words
themselves, so nothing the person wrote is copied anywhere by it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterable, List, Optional, Pattern, Tuple

from bot.language.transliteration import to_cyrillic
from bot.safety.normalise import fold, normalise
from bot.safety.phrases import PHRASES

SELF_HARM = "self_harm"
IMMEDIATE_DANGER = "immediate_danger"
KINDS = (IMMEDIATE_DANGER, SELF_HARM)  # in the order they are answered: 999 and leaving first
# Where the parse data carries what the net found (Rasa copies it into the UserUttered event for the actions).
PARSE_KEY = "danger"
# The intent the dialogue answers each kind with, whatever the classifier guessed.
INTENT_FOR_KIND = {IMMEDIATE_DANGER: "unsafe", SELF_HARM: "self_harm"}
# Far longer than any account typed in a chat; the rest of a pasted book is not read, to keep the server quick.
MAX_SCANNED_CHARACTERS = 100_000
# Shorter words have too many neighbours ("life"/"wife") to correct one-letter slips safely.
MIN_CORRECTED_LENGTH = 5
# The languages whose Latin-letter spellings are read back in their own script.
TRANSLITERATED = ("ru", "uk")
# Letters a transliteration loses or confuses ("zhit" for "жить", "mnoy" for "мной", "i" for "і" and "и"),
# read alike in the Cyrillic spelling and in the phrases it is matched against (after fold(), which reads й as
# и and ё as е in the phrases; the spelling gets the same here, since it is already lower case and spaced).
_TRANSLITERATION_SLIPS = str.maketrans({"ь": "", "ъ": "", "ы": "и", "і": "и", "є": "е", "э": "е", "й": "и",
                                        "ё": "е", "ї": "и"})
_LATIN_LETTER = re.compile(r"[a-z]")


@dataclass(frozen=True)
class Danger:
    """The kinds of danger found in a message, and the phrase lists (languages) that found them."""

    kinds: FrozenSet[str] = frozenset()
    languages: FrozenSet[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def as_dict(self) -> Dict[str, List[str]]:
        """For the parse data: the kinds in the order they are answered, and the languages, sorted."""
        return {"kinds": [kind for kind in KINDS if kind in self.kinds], "languages": sorted(self.languages)}

    @classmethod
    def from_dict(cls, data: object) -> "Danger":
        """Read back from the parse data; anything malformed is no danger found by the net."""
        if not isinstance(data, dict):
            return cls()
        kinds = frozenset(k for k in data.get("kinds") or () if k in KINDS)
        return cls(kinds, frozenset(str(code) for code in data.get("languages") or ()))


def _compiled(patterns: Iterable[str], slips: Optional[Dict[int, Optional[str]]] = None) -> Pattern[str]:
    """One alternation of the patterns, folded as messages are (and with `slips` read alike, if given)."""
    return re.compile("|".join(f"(?:{_without_captures(fold(pattern).translate(slips or {}))})"
                               for pattern in patterns))


def _without_captures(pattern: str) -> str:
    """`pattern` with every plain group "(...)" made non-capturing "(?:...)". Nothing reads what the net's groups
    capture, and in one long alternation every capturing group costs the engine a copy of its marks at each step:
    without them a long account is read in about half the time. The lists are written with plain groups, which
    read more easily."""
    out: List[str] = []
    escaped = in_class = False
    for index, char in enumerate(pattern):
        out.append(char)
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            # "]" right after "[" or "[^" is a literal bracket, not the end of the class.
            in_class = not (char == "]" and pattern[index - 1] != "[" and pattern[index - 2:index] != "[^")
        elif char == "[":
            in_class = True
        elif char == "(" and not pattern.startswith("?", index + 1):
            out.append("?:")
    return "".join(out)


@functools.lru_cache(maxsize=1)
def _not_danger() -> Pattern[str]:
    """Every language's look-alikes at once: "attentat suicide" is no cry for help in an English sentence either."""
    return _compiled(pattern for phrases in PHRASES.values() for pattern in phrases.not_danger)


@functools.lru_cache(maxsize=1)
def _compiled_lists() -> Dict[str, Dict[str, Pattern[str]]]:
    """Per language, one pattern per kind of danger."""
    return {language: {SELF_HARM: _compiled(phrases.self_harm), IMMEDIATE_DANGER: _compiled(phrases.immediate_danger)}
            for language, phrases in PHRASES.items()}


@functools.lru_cache(maxsize=1)
def _transliterated_lists() -> Dict[str, Tuple[Pattern[str], Dict[str, Pattern[str]]]]:
    """For TRANSLITERATED languages: the look-alikes to blank out and one pattern per kind, with the letters a
    transliteration slips on folded."""
    slips = _TRANSLITERATION_SLIPS
    return {language: (_compiled(PHRASES[language].not_danger, slips),
                       {SELF_HARM: _compiled(PHRASES[language].self_harm, slips),
                        IMMEDIATE_DANGER: _compiled(PHRASES[language].immediate_danger, slips)})
            for language in TRANSLITERATED}


def _readings(message: str) -> Iterable[Tuple[str, Dict[str, Dict[str, Pattern[str]]]]]:
    """The normalised message against every list; with Latin letters in it, also its Cyrillic spellings."""
    yield message, _compiled_lists()
    if _LATIN_LETTER.search(message):
        for language, (look_alikes, patterns) in _transliterated_lists().items():
            cyrillic = to_cyrillic(message, language).translate(_TRANSLITERATION_SLIPS)
            yield (look_alikes.sub(" ", cyrillic) if look_alikes.pattern else cyrillic), {language: patterns}


def _blanked(text: str) -> str:
    return " ".join(_not_danger().sub(" ", text).split())


@functools.lru_cache(maxsize=1)
def _spellings() -> Dict[Tuple[str, int], Tuple[str, ...]]:
    """The danger words whose slips are corrected, indexed by first letter and length for a quick look-up."""
    index: Dict[Tuple[str, int], List[str]] = {}
    words = {normalise(word) for phrases in PHRASES.values() for word in phrases.spellings}
    for word in words:
        index.setdefault((word[0], len(word)), []).append(word)
    return {key: tuple(sorted(found)) for key, found in index.items()}


def one_slip_apart(typed: str, word: str) -> bool:
    """True when `typed` is `word` with one letter added, dropped, changed, or two neighbours swapped."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return typed == word
    if len(typed) == len(word):
        diffs = [i for i, (a, b) in enumerate(zip(typed, word)) if a != b]
        if len(diffs) == 1:
            return True
        return (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                and typed[diffs[0]] == word[diffs[1]] and typed[diffs[1]] == word[diffs[0]])
    shorter, longer = (typed, word) if len(typed) < len(word) else (word, typed)
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1:] == shorter:
            return True
    return False


def corrected(text: str) -> str:
    """The normalised text with one-letter slips of the danger words read as the words ("suicde" is "suicide")."""
    index = _spellings()
    known = {word for words in index.values() for word in words}
    out = []
    for typed in text.split(" "):
        if len(typed) >= MIN_CORRECTED_LENGTH and typed not in known:
            candidates = [word for size in (len(typed) - 1, len(typed), len(typed) + 1)
                          for word in index.get((typed[0], size), ()) if one_slip_apart(typed, word)]
            typed = candidates[0] if candidates else typed
        out.append(typed)
    return " ".join(out)


def find_danger(text: object) -> Danger:
    """The danger a message speaks of, read in every language's phrase list. Non-text is no danger."""
    if not isinstance(text, str) or not text.strip():
        return Danger()
    # Look-alikes go before and after spelling correction: "انتحاري" (a suicide bomber) is one letter from
    # "انتحار" (suicide), and "suicde bomber" is still a bomber.
    message = _blanked(corrected(_blanked(normalise(text[:MAX_SCANNED_CHARACTERS]))))
    kinds, languages = set(), set()
    for reading, lists in _readings(message):
        for language, patterns in lists.items():
            for kind, pattern in patterns.items():
                if pattern.search(reading):
                    kinds.add(kind)
                    languages.add(language)
    return Danger(frozenset(kinds), frozenset(languages))

