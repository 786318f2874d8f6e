"""Russian and Ukrainian typed in Latin letters, written back in Cyrillic, so that a Cyrillic model can read them.

A word list cannot know every word of a language ("oni izbili moyu sestru" has one listed word of four); the
statistical models know them all, but only in Cyrillic. So the Latin text is spelled back into Cyrillic the way
people transliterate on a phone (digraphs first: "shch", "zh", "kh", "ya", ...), and the detector compares how
well the Cyrillic spelling reads as Russian or Ukrainian with how well the original reads as a Latin-script
language (bot.language.detector). Spellings vary, so this is evidence, never a verdict on its own.
"""
from __future__ import annotations

import functools
import re
from typing import Mapping, Pattern, Tuple

# (Latin, Cyrillic), longest first where one is a prefix of another; what is not listed is kept as typed.
_SHARED: Tuple[Tuple[str, str], ...] = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"),
    ("ya", "я"), ("ia", "я"), ("yu", "ю"), ("iu", "ю"),
)
_LETTERS: Tuple[Tuple[str, str], ...] = (
    ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("d", "д"), ("e", "е"), ("z", "з"), ("j", "й"), ("k", "к"),
    ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("f", "ф"), ("c", "ц"), ("x", "кс"), ("q", "к"), ("'", "ь"),
)
SPELLINGS: Mapping[str, Tuple[Tuple[str, str], ...]] = {
    "ru": _SHARED + (("ja", "я"), ("ju", "ю"), ("yo", "ё"), ("jo", "ё"), ("ye", "е"), ("je", "е"), ("yy", "ый"),
                     ("iy", "ий"), ("ij", "ий"), ("g", "г"), ("h", "х"), ("i", "и"), ("y", "ы")) + _LETTERS,
    "uk": _SHARED + (("ye", "є"), ("ie", "є"), ("yi", "ї"), ("yy", "ий"), ("g", "ґ"), ("h", "г"), ("i", "і"),
                     ("y", "и")) + _LETTERS,
}


@functools.lru_cache(maxsize=None)
def _speller(language: str) -> Tuple[Pattern[str], Mapping[str, str]]:
    """The language's Latin spellings as one alternation in their order (at each position the regex engine
    tries them as the list is written and keeps a character no spelling starts, as a greedy reader would), and
    what each is in Cyrillic."""
    return re.compile("|".join(re.escape(latin) for latin, _ in SPELLINGS[language])), dict(SPELLINGS[language])


def to_cyrillic(text: str, language: str) -> str:
    """`text` (Latin letters) spelled in `language`'s Cyrillic alphabet, greedily, longest spelling first."""
    pattern, cyrillic = _speller(language)
    return pattern.sub(lambda found: cyrillic[found.group()], text.lower())
