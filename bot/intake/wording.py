"""Whether a few typed words are worded like the training examples of some intents ("that's all", "nope", "ok").

The classifier reads character n-grams, so "they came at night" can come out as "that's everything" when the
margins are thin, and a model trained on another machine draws them differently. Where a guess would decide
something (close the account, send the report, drop what was written), the guess alone is not enough: every
word of the message must also be a word that the examples of that intent use (`Wording.worded_like`), allowing
one slip of the finger in longer words ("everythng", "nothinf"). Words of an account ("came", "night", "الليل")
are not in the examples of "done" or "no", so an account can no longer be taken for one; a closing worded in a
new way costs a turn.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Set

# Where the NLU pipeline (bot.components.worded_like) puts the intents a message is worded as.
PARSE_KEY = "worded_like"
# ... and how many of its words the examples of the intent it was taken for never use.
BESIDE_KEY = "words_beside_intent"
# ... and of every intent, for the components that set the intent after it (bot.components.intent_override).
BESIDE_EACH_KEY = "words_beside_each_intent"
# Words of thanks and leave-taking add nothing to what a few words mean.
GOODBYE = "goodbye"
COURTESY = frozenset({GOODBYE})
# Goodbyes in everyday words ("gotta go", "i have to leave now") are learned under a name of their own, no intent of
# the classifier: their words ("need", "must", "now") are no courtesy, but a message of nothing else takes leave.
LEAVING = "leaving"
# A goodbye and nothing else ("bye", "au revoir", "пока", "باي", "khuda hafiz"): a goodbye example of a few words as
# a whole, a word said twice or an emoji aside ("bye bye bye", "goodbye 👋"). A goodbye's words alone are no sign of
# one: answers use them too ("now", "today"), and so do names and times ("Hafiz", "la soirée", "caawa": tonight).
FAREWELL = "farewell"
FAREWELL_MAX_WORDS = 4
# Nor, beside a request, do a greeting, asking to report (nearly every first message does both: "hello, I want to
# report something") or saying how one feels ("I need a break, this is too much for me").
IN_PASSING = COURTESY | {"greet", "report", "distress"}
# A typed word this long may be one slip (a letter missing, added, changed or swapped) from a word of the examples
# longer than this, when it is no word of any example as typed ("noting" is a word of its own, not a slip of
# "nothing"). Shorter words are too close to each other: "water" is one slip from "later".
SLIP_FROM_LETTERS = 6
APOSTROPHES = re.compile(r"['’ʼ`´]")
# Words, and symbols standing alone (👍, ⏭, 🤷): an emoji is a word of its own.
TOKEN = re.compile(r"\w+|[^\w\s]")
# Emoji variation selectors, joiners and skin tones change nothing of what a symbol says.
EMOJI_MODIFIERS = re.compile("[\ufe0e\ufe0f\u200d\U0001f3fb-\U0001f3ff]")
# Letters that Arabic, Persian and Urdu keyboards put in each other's place, and tatweel, which only stretches.
ARABIC_SCRIPT_FOLDS = str.maketrans({"ی": "ي", "ى": "ي", "ې": "ي", "ک": "ك", "ہ": "ه", "ھ": "ه", "ۀ": "ه",
                                     "ة": "ه", "ـ": None})


def words_of(text: str) -> List[str]:
    """The message's words, case-folded, without accents, diacritics or apostrophes ("Don't" and "dont" alike),
    digits in any script as ASCII digits ("١٥" and "15" alike), Arabic-script letter variants folded."""
    folded = EMOJI_MODIFIERS.sub("", APOSTROPHES.sub("", text or "").casefold()).translate(ARABIC_SCRIPT_FOLDS)
    bare = "".join(str(unicodedata.digit(ch)) if ch.isdecimal() else ch
                   for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
    return [token for token in TOKEN.findall(bare)
            if token[0].isalnum() or token[0] == "_" or unicodedata.category(token[0]) == "So"]


def slips_of(word: str) -> Set[str]:
    """The word with one letter left out, each way: two words a slip apart share one of these (or are one)."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def one_slip_apart(a: str, b: str) -> bool:
    """One letter missing, added, changed, or two neighbours swapped (optimal string alignment distance 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    prefix = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    if len(a) < len(b):
        return a[prefix:] == b[prefix + 1:]
    return a[prefix + 1:] == b[prefix + 1:] or (a[prefix + 2:] == b[prefix + 2:] and prefix + 1 < len(a)
                                                 and a[prefix] == b[prefix + 1] and a[prefix + 1] == b[prefix])


# Words of thanks in the ten languages as people type them (romanised too), and the words that go with them ("thank
# you so much", "merci beaucoup", "muchas gracias", "спасибо большое", "شكرا جزيلا", "خیلی ممنون", "بہت شکریہ",
# "aad baad u mahadsantahay", "ரொம்ப நன்றி"). A message of nothing else says nothing but thanks: the classifier,
# which has them only beside a goodbye or a "no", read "thank u" as a yes, "thanks" as a no and "thank you so
# much" as distress. Machine-assisted: a native speaker must review.
THANKS = """thank thanks thankyou thanx thnx thx tnx ty tysm tyvm cheers merci gracias спасибо спасибки спс
    благодарю дякую дякуємо спасибі شكرا مشكور مشكورة shukran shokran ممنون ممنونم مرسی تشکر متشکرم سپاس
    سپاسگزارم mamnoon mamnun mersi شکریہ shukriya shukria mahadsanid mahadsantahay mahadsanidiin mahadsanahay
    நன்றி nandri nanri"""
WITH_THANKS = """you u ya so very much lot lots a many again really beaucoup mille fois infiniment bien vous à tous
    muchas muchísimas mil de verdad ti большое огромное вам тебе очень дуже щиро велике جزيلا كتير كثيرا الك الكم
    لك خیلی ازتون ازت بہت آپ کا جی bohat bahut bohot aap ka ji aad baad ad waad waan ku ரொம்ப மிக்க மிகவும்
    romba mikka"""


class Wording:
    """The words of each intent's examples, and which intents a message of a few words is worded as."""

    def __init__(self, words_by_intent: Mapping[str, Iterable[str]], farewells: Iterable[str] = ()) -> None:
        self.words_by_intent: Dict[str, FrozenSet[str]] = {
            intent: frozenset(words) for intent, words in words_by_intent.items()}
        self.farewells = frozenset(farewells)  # goodbye examples of a few words, as farewell_key reads them
        self._exact: Dict[str, Set[str]] = {}
        self._near: Dict[str, Set[str]] = {}  # a word, or a slip of it, to the words it may be a slip of
        for intent, words in self.words_by_intent.items():
            for word in words:
                self._exact.setdefault(word, set()).add(intent)
        for word in self._exact:
            if len(word) > SLIP_FROM_LETTERS:
                for key in slips_of(word) | {word}:
                    self._near.setdefault(key, set()).add(word)

    @classmethod
    def learn(cls, examples: Iterable[tuple]) -> "Wording":
        """From (text, intent) pairs: the training examples."""
        words: Dict[str, Set[str]] = {}
        farewells: Set[str] = set()
        for text, intent in examples:
            if intent:
                words.setdefault(intent, set()).update(words_of(text))
            if intent == GOODBYE and len(text.split()) <= FAREWELL_MAX_WORDS and (key := farewell_key(text)):
                farewells.add(key)
        return cls(words, farewells)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Wording":
        """As `as_dict` keeps it in the model."""
        return cls(data.get("words", {}), data.get("farewells", ()))

    def intents_of_word(self, word: str) -> Set[str]:
        """The intents whose examples use the word, or, for a longer word no example uses, a word one slip away."""
        if word in self._exact or len(word) < SLIP_FROM_LETTERS:
            return set(self._exact.get(word, ()))
        near = {known for key in slips_of(word) | {word} for known in self._near.get(key, ())}
        return {intent for known in near if one_slip_apart(word, known) for intent in self._exact[known]}

    def worded_like(self, text: str) -> List[str]:
        """The intents `text` is worded as, sorted: every word is a word of the intent's examples (or of a
        goodbye's: "thanks", "ok"), one at least of the intent's own. None for a text without words; thanks alone
        is worded as a goodbye at most."""
        per_word = [self.intents_of_word(word) for word in words_of(text)]
        polite = [not COURTESY.isdisjoint(intents) for intents in per_word]
        candidates = set().union(*per_word)
        if is_thanks_alone(text):  # "thank u" is no yes, "thanks" no no: only a courtesy
            candidates &= COURTESY
        worded = [intent for intent in candidates
                  if all(intent in intents or courteous for intents, courteous in zip(per_word, polite))]
        return sorted(worded + [FAREWELL] if self.says_only_goodbye(text) else worded)

    def says_only_goodbye(self, text: str) -> bool:
        """A goodbye example of a few words as a whole ("see you", "au revoir", "باي"), an emoji or a word said again
        aside ("bye bye bye", but "night" is no "night night"); thanks alone is none."""
        return not is_thanks_alone(text) and not self.farewells.isdisjoint({farewell_key(text),
                                                                            farewell_key(text, once=True)})

    def words_beside(self, text: str, intent: str) -> List[str]:
        """The words of `text` that no example of `intent` uses, greetings, thanks, asking to report and feelings
        aside: what a message says beside what it was taken for ("took" and "son" in "hello they took my son",
        taken for a greeting; none in "hello, can you help me please", taken for asking for support)."""
        return [word for word in words_of(text)
                if intent not in (intents := self.intents_of_word(word)) and IN_PASSING.isdisjoint(intents)]

    def words_beside_each(self, text: str) -> Dict[str, int]:
        """How many words of `text` each intent's examples never use (as `words_beside`), for every intent: a
        component that sets the intent after the classifier ("i need a break, soldiers beat my brother" read as
        an account, then as asking for a break) counts the words beside the intent it set, not the guess's."""
        told = [intents for word in words_of(text) if IN_PASSING.isdisjoint(intents := self.intents_of_word(word))]
        return {intent: sum(intent not in intents for intents in told) for intent in self.words_by_intent}

    def as_dict(self) -> Dict[str, Any]:
        return {"words": {intent: sorted(words) for intent, words in sorted(self.words_by_intent.items())},
                "farewells": sorted(self.farewells)}


def farewell_key(text: str, once: bool = False) -> str:
    """The words of a short goodbye as compared with the examples, without emoji, and with `once` a word said
    again at once said once ("Bye bye bye 👋" is "bye"); none when no word has two letters ("a+" is no goodbye)."""
    words = [word for word in words_of(text) if word[0].isalnum()]
    if once:
        words = [word for index, word in enumerate(words) if index == 0 or word != words[index - 1]]
    return " ".join(words) if any(len(word) > 1 for word in words) else ""


_THANKS_WORDS = frozenset(words_of(THANKS))
_WITH_THANKS_WORDS = frozenset(words_of(WITH_THANKS))


def is_thanks_alone(text: str) -> bool:
    """Every word is a word of thanks or one that goes with it, and one at least says thanks ("thank you so
    much", "merci beaucoup", "شكرا جزيلا"): a courtesy, which answers no question and decides nothing."""
    words = words_of(text)
    return (any(word in _THANKS_WORDS for word in words)
            and all(word in _THANKS_WORDS or word in _WITH_THANKS_WORDS for word in words))
