"""Whether a few typed words are worded like the training examples of some intents ("that's all", "nope", "ok").

The classifier reads character n-grams, so "they came at night" can come out as "that's everything" when the
margins are thin, and a model trained on another machine draws them differently. Where a guess would decide
something (close the account, send the report, drop what was written), the guess alone is not enough: every
word of the message must also be a word that the examples of the intents meant use (`is_worded_as`), allowing
one slip of the finger in longer words ("everythng", "nothinf"). Words of an account ("came", "night", "الليل")
are not in the examples of "done" or "no", so an account can no longer be taken for one; a closing worded in a
new way costs a turn.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Collection, Dict, FrozenSet, Iterable, List, Mapping, Sequence, Set

# Where the NLU pipeline (bot.components.worded_like) puts, for each word of a message, the intents that use it.
PARSE_KEY = "worded_like"
# Words of thanks and leave-taking add nothing to what a few words mean.
COURTESY = frozenset({"goodbye"})
# Words this long or longer may carry one slip (a letter missing, added, changed or swapped).
SLIP_FROM_LETTERS = 5
APOSTROPHES = re.compile(r"['’ʼ`´]")
WORD = re.compile(r"\w+")


def words_of(text: str) -> List[str]:
    """The message's words, case-folded, without accents, diacritics or apostrophes ("Don't" and "dont" alike)."""
    decomposed = unicodedata.normalize("NFKD", APOSTROPHES.sub("", text or "").casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch != "\u0640")  # tatweel
    return WORD.findall(bare)


def slips_of(word: str) -> Set[str]:
    """The word with one letter left out, each way: two words share one when they are a slip apart."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class Wording:
    """The words of each intent's examples, and which intents use each word of a short message."""

    def __init__(self, words_by_intent: Mapping[str, Iterable[str]]) -> None:
        self.words_by_intent: Dict[str, FrozenSet[str]] = {
            intent: frozenset(words) for intent, words in words_by_intent.items()}
        self._exact: Dict[str, Set[str]] = {}
        self._slips: Dict[str, Set[str]] = {}
        for intent, words in self.words_by_intent.items():
            for word in words:
                self._exact.setdefault(word, set()).add(intent)
                if len(word) >= SLIP_FROM_LETTERS - 1:
                    for key in slips_of(word) | {word}:
                        self._slips.setdefault(key, set()).add(intent)

    @classmethod
    def learn(cls, examples: Iterable[tuple]) -> "Wording":
        """From (text, intent) pairs: the training examples."""
        words: Dict[str, Set[str]] = {}
        for text, intent in examples:
            if intent:
                words.setdefault(intent, set()).update(words_of(text))
        return cls(words)

    def intents_of_word(self, word: str) -> Set[str]:
        found = set(self._exact.get(word, ()))
        if len(word) >= SLIP_FROM_LETTERS:
            for key in slips_of(word) | {word}:
                found |= self._slips.get(key, set())
        return found

    def worded_like(self, text: str) -> List[List[str]]:
        """For each word of `text`, the intents whose examples use it (sorted); nothing for a text without words."""
        return [sorted(self.intents_of_word(word)) for word in words_of(text)]

    def as_dict(self) -> Dict[str, List[str]]:
        return {intent: sorted(words) for intent, words in sorted(self.words_by_intent.items())}


def is_worded_as(worded_like: Sequence[Sequence[str]], meanings: Collection[str]) -> bool:
    """Every word is one that the examples of `meanings` (or of a goodbye: "thanks", "ok") use, and one at least
    belongs to `meanings`: "no, nothing more, thanks" is worded as a closing, "they came at night" is not."""
    allowed = set(meanings) | COURTESY
    return (bool(worded_like) and all(not allowed.isdisjoint(intents) for intents in worded_like)
            and any(not set(meanings).isdisjoint(intents) for intents in worded_like))
