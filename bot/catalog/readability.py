"""Plain-language measures for English survivor-facing text (survivor-centred rule 21).

The Flesch-Kincaid grade is computed here, with a small rule-based syllable counter, so nothing is downloaded and
no dictionary is needed: it is accurate to within a syllable on most everyday words, which is enough to hold text
at grade 8. Placeholders count as one short word, because what fills them (a number, a code) is read as one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d ]*\d|\d")
# A sentence ends at . ? ! or a colon, or at the end of a line (a list item is read as a sentence of its own).
SENTENCE_END = re.compile(r"[.?!:;]+(?=\s|$)|\n+")
VOWEL_GROUP = re.compile(r"[aeiouy]+")
# Endings where the vowel count is off by one: "-le" after a consonant adds a syllable ("table"), a final silent
# "e" does not ("made"), and "-ed" after anything but t/d is silent ("asked").
CONSONANT_LE = re.compile(r"[^aeiouy]le$")
SILENT_E = re.compile(r"[^aeiouy]e$")
SILENT_ED = re.compile(r"[^aeiouytd]ed$")
# Vowel pairs read as two syllables ("create", "period", "being", "idea"), but not "-tion", "-sion", "-cious".
TWO_SYLLABLE_PAIRS = re.compile(r"(ia|(?<![tsc])io|ea(?=t)|ea$|ua|iu|ei(?=ng$))")
# Compounds whose first part ends in a silent "e" ("someone", "somewhere", "sometimes").
SILENT_E_PREFIX = "some"
GRADE_WORDS = 0.39
GRADE_SYLLABLES = 11.8
GRADE_OFFSET = 15.59


def syllables(word: str) -> int:
    """The syllables in an English word, by vowel groups with the common exceptions; digits read as one."""
    word = word.lower().strip("'’-")
    if not word or word[0].isdigit():
        return 1
    if len(word) <= 3:
        return 1
    if word.startswith(SILENT_E_PREFIX) and len(word) > len(SILENT_E_PREFIX) + 1:
        return 1 + syllables(word[len(SILENT_E_PREFIX):])
    count = len(VOWEL_GROUP.findall(word))
    count += len(TWO_SYLLABLE_PAIRS.findall(word))
    if SILENT_ED.search(word) or (SILENT_E.search(word) and not CONSONANT_LE.search(word)):
        count -= 1
    return max(1, count)


@dataclass(frozen=True)
class Measure:
    words: int
    sentences: int
    syllables: int

    @property
    def grade(self) -> float:
        """Flesch-Kincaid grade level: 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59."""
        if not self.words:
            return 0.0
        return (GRADE_WORDS * self.words / self.sentences + GRADE_SYLLABLES * self.syllables / self.words
                - GRADE_OFFSET)


def words(text: str) -> List[str]:
    return WORD.findall(PLACEHOLDER.sub("it", text))


def measure(text: str) -> Measure:
    found = words(text)
    sentences = [part for part in SENTENCE_END.split(PLACEHOLDER.sub("it", text)) if WORD.search(part)]
    return Measure(words=len(found), sentences=max(1, len(sentences)),
                   syllables=sum(syllables(word) for word in found))


def grade(text: str) -> float:
    return measure(text).grade
