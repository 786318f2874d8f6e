"""Which words a negation reaches, in the ten served languages, so that "don't delete" is not read as "delete".

"Keep it, don't delete anything" and "delete it, don't keep anything" share every word; to a bag of words they are
the same message, and the cross-validation confused `keep_draft` and `delete_everything` (and "I saved the code" /
"I didn't save the code", "I'm a child" / "I'm not a child") in every language. Marking the words a negation reaches
("not_delete") gives the classifier a word that only the negated examples have.

A negation reaches the next few words of its clause in most of these languages ("don't delete it", "ne supprimez
rien", "не удаляйте", "ما تمسحوا شي", "ha tirin"), and the word before it where it comes after the verb or the noun
it denies (Persian "پاک نکنید", Tamil "அழிக்க வேண்டாம்", "chinna pillai illa", Urdu "ڈیلیٹ مت کرو"). A clause ends
at punctuation, so "no, keep it" keeps its "keep". The lists are by language for the reader; the words of different
scripts do not collide, so they are used together (a message may mix languages). Romanised forms are included where
people type them (tests/test_nlu_romanised.py).
"""
from __future__ import annotations

from typing import Dict, FrozenSet, List, Sequence, Set

# Words that deny what follows them. "t" is what Rasa's tokenizer leaves of the negation in "don't", "can't".
NEGATES_WHAT_FOLLOWS: Dict[str, str] = {
    "en": "no not never nothing nobody none nor without t dont cant wont didnt doesnt isnt",
    "fr": "ne n pas rien jamais aucun aucune sans",
    "es": "no nunca nada ni sin ningún ninguna",
    "ru": "не нет ни ничего никогда без нельзя",
    "uk": "не ні нічого ніколи без",
    "ar": "لا ما لم لن ليس مش مو بلاش ولا la ma mesh mish balash",
    "fa": "نه هیچ هیچی na hich hichi",
    "ur": "نہ نہیں مت na nahi nahin mat",
    "so": "ha ma maya aan waxba",
    "ta": "",
}

# Words that deny the word before them: negated light verbs and copulas, postposed negations.
NEGATES_WHAT_PRECEDES: Dict[str, str] = {
    "fa": "نکن نکنید نکنین ندار ندارید نمی نخواه نخواهید نده ندید نزن نزنید نیستم نیست نیستی نیستیم "
          "nakon nakonid nakonin nadar nadarid nade nadid nistam nist",
    "ur": "نہ نہیں مت na nahi nahin mat",
    "ta": "வேண்டாம் வேணாம் வேண்டா இல்லை இல்ல illa illai vendam venam vendaam",
}

WORDS_REACHED_AFTER = 3
WORDS_REACHED_BEFORE = 1
NEGATED_PREFIX = "not_"


def _words(table: Dict[str, str]) -> FrozenSet[str]:
    return frozenset(word for words in table.values() for word in words.split())


FOLLOWING: FrozenSet[str] = _words(NEGATES_WHAT_FOLLOWS)
PRECEDING: FrozenSet[str] = _words(NEGATES_WHAT_PRECEDES)
NEGATIONS: FrozenSet[str] = FOLLOWING | PRECEDING


def negated_positions(words: Sequence[str], clause_starts: Sequence[int] = ()) -> List[int]:
    """The positions of the (lower-case) words a negation reaches; a clause starts at each of `clause_starts`.

    The negations themselves are never marked: "no, not now" keeps its "not" (and "now" becomes "not_now").
    """
    starts = sorted(set(clause_starts) | {0})
    clause = [sum(1 for start in starts if start <= index) for index in range(len(words))]
    reached: Set[int] = set()
    for index, word in enumerate(words):
        scope: List[int] = []
        if word in FOLLOWING:
            scope.extend(range(index + 1, min(len(words), index + 1 + WORDS_REACHED_AFTER)))
        if word in PRECEDING:
            scope.extend(range(max(0, index - WORDS_REACHED_BEFORE), index))
        reached.update(other for other in scope if clause[other] == clause[index])
    return sorted(other for other in reached if words[other] not in NEGATIONS)

