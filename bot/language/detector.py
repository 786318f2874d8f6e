"""Message language detection: langdetect's n-gram statistics, narrowed and corrected by script evidence.

Why not plain `langdetect.detect`:
* it samples n-grams at random, so without a fixed seed the same message can get different answers, and its
  seed is a class attribute shared by every caller in the process. Here each `Detector` owns its
  `DetectorFactory` instances with their own seed, and every call builds a fresh langdetect `Detector` (which
  seeds its own `random.Random`), so results are repeatable and no shared state is mutated;
* it weighs 55 languages alike and stops sampling as soon as one looks certain, so a word or two of Spanish or
  Somali often comes back, "certainly", as Portuguese or Swahili, and a Russian phrase as Ukrainian although
  it contains ы. Here the message's script picks the served candidates, langdetect ranks only those, and the
  letters that only some orthographies use (scripts.letter_weights) can overrule langdetect on short text;
* it cannot say "none of ours". Here the unrestricted langdetect ranking is also read: a message that is not
  short, which it confidently puts in an unserved language of the same script (German, Bulgarian, ...), is
  reported as that language, provided the exhaustive n-gram likelihood (Detector.likelihood) agrees.
"""
from __future__ import annotations

import math
import threading
import unicodedata
from pathlib import Path
from typing import Dict, Mapping, Optional, Sequence, Tuple

from langdetect.detector import Detector as LangdetectDetector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.ngram import NGram

from bot.language.detection import Detection, is_short, measure
from bot.language.languages import SERVED_SCRIPTS, SUPPORTED, languages_of_script
from bot.language.scripts import COMMON, focus, letter_weights, profile, script_of

SEED = 0

# langdetect's verdict on a short text is worth at most 1 / LANGDETECT_FLOOR to one against per word: below that
# a candidate's probability is raised to the floor, so that spelling evidence can overrule a confident guess made
# from a handful of n-grams. The floor shrinks geometrically with the words, so sentences keep langdetect's word.
LANGDETECT_FLOOR = 0.05

# An unserved language must get at least this much of the unrestricted langdetect probability, in a message that
# is not short (detection.is_short), before a message in a served script is reported as unserved. Short messages
# always get the best served language, with a low confidence: langdetect's verdicts on a few words are too often
# wrong, and turning away someone who writes one of our languages costs more than answering a German speaker in
# English.
REJECT_PROBABILITY = 0.9

Probabilities = Dict[str, float]


def _factory(profile_codes: Optional[Sequence[str]], seed: int) -> DetectorFactory:
    """A private langdetect factory over some (or all) of its bundled profiles, with its own seed.

    Profiles are loaded in sorted order (langdetect's own loader follows the directory listing, which differs
    between file systems), so that floating-point sums, and hence results, are the same on every machine.
    """
    directory = Path(PROFILES_DIRECTORY)
    codes = sorted(path.name for path in directory.iterdir() if path.is_file() and not path.name.startswith("."))
    if profile_codes is not None:
        codes = sorted(profile_codes)
    factory = DetectorFactory()
    factory.load_json_profile([(directory / code).read_text(encoding="utf-8") for code in codes])
    factory.set_seed(seed)
    return factory


def _run(factory: DetectorFactory, text: str) -> Probabilities:
    """langdetect's probability for every language of `factory`; {} when the text has no usable n-grams.

    langdetect ignores words written in capitals, so a message in capitals is retried in lower case.
    """
    for attempt in (text, text.lower()):
        detector = factory.create()
        detector.append(attempt)
        try:
            detector.get_probabilities()
        except LangDetectException:
            continue
        return dict(zip(detector.langlist, detector.langprob))
    return {}


class Detector:
    """Seeded langdetect models plus script evidence. Thread-safe: it holds no per-call state."""

    def __init__(self, seed: int = SEED) -> None:
        self._all = _factory(None, seed)
        self._index = {language: position for position, language in enumerate(self._all.langlist)}
        self._served = {script: _factory(languages_of_script(script), seed)
                        for script in SERVED_SCRIPTS if len(languages_of_script(script)) > 1}
        self._unserved_by_script = self._group_unserved_profiles()

    def _group_unserved_profiles(self) -> Mapping[str, Tuple[str, ...]]:
        """langdetect's unserved languages by the script most of their profile's letters are in."""
        weights: Dict[str, Dict[str, float]] = {}
        for gram, probabilities in self._all.word_lang_prob_map.items():
            script = script_of(gram) if len(gram) == 1 else None
            if script:
                for language, probability in zip(self._all.langlist, probabilities):
                    by_script = weights.setdefault(language, {})
                    by_script[script] = by_script.get(script, 0.0) + probability
        grouped: Dict[str, Tuple[str, ...]] = {}
        for language, by_script in sorted(weights.items()):
            if language not in SUPPORTED:
                script = max(by_script, key=by_script.__getitem__)
                grouped[script] = grouped.get(script, ()) + (language,)
        return grouped

    def raw(self, text: str) -> Probabilities:
        """Plain seeded langdetect over all 55 of its languages (what `langdetect.detect_langs` computes)."""
        return _run(self._all, text or "")

    @staticmethod
    def top(probabilities: Mapping[str, float]) -> Optional[str]:
        """The language langdetect itself would return: the most probable one, if above its 0.1 threshold."""
        if not probabilities:
            return None
        best = max(probabilities, key=probabilities.__getitem__)
        return best if probabilities[best] > 0.1 else None

    def likelihood(self, text: str, languages: Sequence[str]) -> Dict[str, float]:
        """Log-likelihood of every n-gram of `text` under langdetect's model, per language.

        langdetect multiplies the probabilities of n-grams drawn at random and stops once one language looks
        certain, which on a short sentence can happen before the telling n-grams are drawn. Summing over all
        of them instead is deterministic and sees every letter; it is used to confirm a verdict, not to rank.
        """
        smoothing = LangdetectDetector.ALPHA_DEFAULT / LangdetectDetector.BASE_FREQ  # as langdetect smooths
        positions = [self._index[language] for language in languages]
        scores = [0.0] * len(languages)
        ngram = NGram()
        for char in text.lower() if text.isupper() else text:
            ngram.add_char(char)
            for n in range(1, NGram.N_GRAM + 1):
                gram = ngram.get(n)
                probabilities = self._all.word_lang_prob_map.get(gram) if gram else None
                if probabilities:
                    for slot, position in enumerate(positions):
                        scores[slot] += math.log(smoothing + probabilities[position])
        return dict(zip(languages, scores))

    def _served_ranking(self, text: str, script: str, words: int) -> Probabilities:
        """Probabilities over the served languages of `script`: langdetect restricted to them, floored, times
        the spelling evidence, normalised."""
        candidates = languages_of_script(script)
        factory = self._served.get(script)
        langdetect = _run(factory, text) if factory else {}
        floor = LANGDETECT_FLOOR ** max(words, 1)
        letters = letter_weights(text, candidates)
        scores = {code: max(langdetect.get(code, 0.0), floor) * letters[code] for code in candidates}
        total = sum(scores.values())
        return {code: score / total for code, score in scores.items()}

    def _unserved_share(self, raw: Probabilities, script: str) -> Tuple[Optional[str], float]:
        """The most probable unserved language of `script` and the unserved languages' share of the
        probability that langdetect gave to languages of `script` (other scripts' languages left out)."""
        unserved = self._unserved_by_script.get(script, ())
        in_script = {code: raw.get(code, 0.0) for code in unserved + languages_of_script(script)}
        total = sum(in_script.values())
        if not unserved or total <= 0.0:
            return None, 0.0
        best = max(unserved, key=in_script.__getitem__)
        return best, sum(in_script[code] for code in unserved) / total

    def detect(self, text: str, raw: Optional[Probabilities] = None) -> Detection:
        """Detect the language of one message. `raw` may pass in `self.raw(text)` when the caller has it already."""
        text = unicodedata.normalize("NFC", text or "")
        words, chars = measure(text)
        letters = profile(text)
        script, share = letters.dominant, letters.share
        if script == COMMON:
            return Detection(None, 0.0, script, False, words, chars)
        focused = focus(text, script)
        if raw is None or focused != text:
            raw = self.raw(focused) if self._unserved_by_script.get(script) else {}
        other, elsewhere = self._unserved_share(raw, script)

        if script not in SERVED_SCRIPTS:  # Devanagari, Greek, ...: langdetect may still name the language
            if other is None:  # Ethiopic, Myanmar, ...: no langdetect profile at all
                return Detection(None, round(share, 4), script, False, words, chars)
            return Detection(other, round(raw[other] / sum(raw.values()) * share, 4), script, False, words, chars)

        ranking = self._served_ranking(focused, script, words)
        best = max(ranking, key=ranking.__getitem__)
        if other is not None and elsewhere > 0.0:
            # Believe langdetect's sampled "unserved" only as far as the exhaustive count agrees with it.
            likelihood = self.likelihood(focused, (best, other))
            margin = max(min(likelihood[other] - likelihood[best], 50.0), -50.0)
            elsewhere *= 1.0 / (1.0 + math.exp(-margin))
            if elsewhere >= REJECT_PROBABILITY and not is_short(words, chars):
                return Detection(other, round(elsewhere * share, 4), script, False, words, chars)
        confidence = ranking[best] * (1.0 - elsewhere) * share
        return Detection(best, round(confidence, 4), script, True, words, chars)


_shared: Optional[Detector] = None
_shared_lock = threading.Lock()


def shared_detector() -> Detector:
    """The process-wide detector, loaded on first use (loading langdetect's profiles takes about a second)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Detector()
        return _shared


def detect(text: str) -> Detection:
    """Detect the language of `text` with the shared detector."""
    return shared_detector().detect(text)
