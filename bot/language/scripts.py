"""Unicode-script evidence: which writing system a message uses and what its letters say about the language.

langdetect guesses from character n-gram statistics and is unreliable on a word or two, but the script alone
settles most of the question (Tamil script is Tamil; Ethiopic script is a language we cannot serve), and a few
letters settle most of the rest (ы is Russian, not Ukrainian; ے is Urdu, not Persian). This module states that
evidence from Unicode character names, so it needs no hand-kept code-point ranges.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Iterable, Mapping, Optional

from bot.language.languages import BY_CODE

COMMON = "Common"  # Unicode's name for characters that belong to no script: digits, emoji, punctuation.

# First words of Unicode character names that do not name a script, or name it differently.
_NAME_PREFIXES_TO_SKIP = ("FULLWIDTH ", "HALFWIDTH ")
_SCRIPT_RENAMES: Mapping[str, str] = {"CJK": "Han", "MODIFIER": COMMON, "MATHEMATICAL": COMMON}

# Latin is everybody's second script: brand names, addresses, URLs and English terms turn up inside messages
# written in other scripts far more often than the reverse. So when scripts mix, Latin letters count half
# (langdetect itself drops Latin text that is less than a third of a non-Latin message).
SECONDARY_SCRIPT = "Latin"
SECONDARY_SCRIPT_WEIGHT = 0.5

# Latin letters typed inside Cyrillic words (Ukrainian "вiн" with a Latin i is common: many keyboards lack і)
# are read as the Cyrillic letters they look like, so that they count as the evidence they were meant to be.
LOOKALIKES: Mapping[str, Mapping[str, str]] = {
    "Cyrillic": dict(zip("aceiopxyAEIOPCXYïÏ", "асеіорхуАЕІОРСХУїЇ")),
}

# How much less likely a served language becomes for each distinct letter in the message that its orthography
# does not use: about the ratio langdetect's own profiles show for such letters (é is ~100 times rarer in English
# than in French text). Soft rather than absolute: loanwords, names and keyboard habits put foreign letters
# into real messages, and a long message's n-grams must still be able to win.
FOREIGN_LETTER_WEIGHT = 0.01


@lru_cache(maxsize=8192)
def script_of(char: str) -> Optional[str]:
    """The script of a letter or mark ("Latin", "Arabic", "Tamil", ...); None for anything else.

    Combining marks that Unicode gives no script of their own (accents after NFD) return None too: they add no
    evidence beyond their base letter.
    """
    if not unicodedata.category(char).startswith(("L", "M")):
        return None
    name = unicodedata.name(char, "")
    for prefix in _NAME_PREFIXES_TO_SKIP:
        if name.startswith(prefix):
            name = name[len(prefix):]
    first = name.split(" ", 1)[0]
    if not first or first == "COMBINING":
        return None
    script = _SCRIPT_RENAMES.get(first, first.capitalize())
    return None if script == COMMON else script


@dataclass(frozen=True)
class ScriptProfile:
    """How the letters of a message divide between scripts."""

    counts: Mapping[str, int]

    @property
    def letters(self) -> int:
        """Number of letters and marks that belong to a script."""
        return sum(self.counts.values())

    def _weight(self, script: str) -> float:
        mixed = len(self.counts) > 1
        return self.counts[script] * (SECONDARY_SCRIPT_WEIGHT if mixed and script == SECONDARY_SCRIPT else 1.0)

    @property
    def dominant(self) -> str:
        """The script the message is written in: most (weighted) letters; "Common" when it has no letters."""
        if not self.counts:
            return COMMON
        return max(self.counts, key=self._weight)

    @property
    def share(self) -> float:
        """Weighted fraction of the letters in the dominant script (1.0 for a message in one script)."""
        if not self.counts:
            return 0.0
        return self._weight(self.dominant) / sum(self._weight(script) for script in self.counts)


def profile(text: str) -> ScriptProfile:
    """Count the letters of `text` by script."""
    counts: Counter = Counter()
    for char in text:
        script = script_of(char)
        if script is not None:
            counts[script] += 1
    return ScriptProfile(dict(counts))


def letter_weights(text: str, candidates: Iterable[str]) -> Dict[str, float]:
    """Relative likelihood of each served candidate language given the distinctive letters in `text`.

    A letter counts as evidence when it is listed as distinctive for any candidate (languages.Language.letters);
    each candidate whose orthography lacks it is multiplied by FOREIGN_LETTER_WEIGHT, once per distinct letter.
    """
    codes = list(candidates)
    alphabet = {code: set(BY_CODE[code].letters) for code in codes}
    evidence = set(text.casefold()) & set().union(*alphabet.values()) if codes else set()
    return {code: FOREIGN_LETTER_WEIGHT ** len(evidence - alphabet[code]) for code in codes}


def focus(text: str, script: str) -> str:
    """The part of `text` written in `script`: look-alike letters inside its words are folded into it, and
    letters of other scripts become spaces (they say nothing about which language of `script` this is)."""
    table = LOOKALIKES.get(script, {})
    words = []
    for word in text.split():
        own = sum(1 for char in word if script_of(char) == script)
        if table and own and own >= sum(1 for char in word if script_of(char)) / 2:
            word = "".join(table.get(char, char) for char in word)
        words.append("".join(char if script_of(char) in (None, script) else " " for char in word))
    return " ".join(words)
