"""Message language detection: every source of evidence combined in one place.

* Unicode script (bot.language.scripts): picks the served candidates (Tamil script is Tamil; Cyrillic is
  Russian or Ukrainian) and the letters only some orthographies use (ы, ے, ñ) weigh for or against them;
* lingua (bot.language.lingua_ranking) ranks the served candidates: it reads every n-gram, so it is right on
  word pairs where langdetect's random sampling is not;
* langdetect, seeded, over all 55 of its profiles, says "none of ours": a message that is not short, which it
  confidently puts in an unserved language of the same script (German, Bulgarian, ...), is reported as that
  language, provided the exhaustive n-gram likelihood (Detector.likelihood) and lingua, choosing between that
  language and the served ones, agree. The likelihood is cheap and
  goes first: langdetect's sampling (a few milliseconds) only runs when the likelihood already favours an
  unserved language enough for a rejection to be possible;
* Latin letters that spell another served language (Roman Urdu, Arabizi, ...; bot.language.romanised; Russian
  and Ukrainian also read back in Cyrillic, bot.language.transliteration) are reported beside the detection, to
  be offered, never acted on; so is a short reply made of one Latin-script language's everyday words ("oui",
  "hola"; bot.language.everyday_words).

The session's language is weighed in later, by the session rules (session.in_conversation), from the ranking
that every detection carries.
"""
from __future__ import annotations

import math
import threading
import unicodedata
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
from langdetect.detector import Detector as LangdetectDetector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.ngram import NGram

from bot.language import everyday_words, lingua_ranking, romanised, transliteration
from bot.language.detection import Detection, Ranking, is_short, measure
from bot.language.languages import SERVED_SCRIPTS, SUPPORTED, languages_of_script
from bot.language.scripts import COMMON, focus, letter_weights, profile, script_of

SEED = 0

# lingua's verdict on a short text is worth at most 1 / STATISTICAL_FLOOR to one against per word: below that a
# candidate's probability is raised to the floor, so that spelling evidence can overrule a confident guess made
# from a handful of n-grams. The floor shrinks geometrically with the words, so sentences keep lingua's word.
STATISTICAL_FLOOR = 0.05

# An unserved language must get at least this much of the unrestricted langdetect probability, in a message that
# is not short (detection.is_short), before a message in a served script is reported as unserved. Short messages
# always get the best served language, with a low confidence: langdetect's verdicts on a few words are too often
# wrong, and turning away someone who writes one of our languages costs more than answering a German speaker in
# English.
REJECT_PROBABILITY = 0.9
# A rejection needs the likelihood's vote for the unserved language, 1 / (1 + exp(-margin)), to reach
# REJECT_PROBABILITY; below this margin langdetect's sampling cannot change the outcome and is skipped.
REJECT_MARGIN = math.log(REJECT_PROBABILITY / (1.0 - REJECT_PROBABILITY))

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
        self._unserved_by_script = self._group_unserved_profiles()
        # every Latin-script language langdetect knows: what a romanised message is weighed against
        self._latin = languages_of_script(romanised.SCRIPT) + self._unserved_by_script.get(romanised.SCRIPT, ())
        self._grams, self._log_probabilities = self._log_table()
        lingua_ranking.preload()

    def _log_table(self) -> Tuple[Mapping[str, int], np.ndarray]:
        """langdetect's n-gram probabilities as one (n-gram, language) array of smoothed logarithms."""
        smoothing = LangdetectDetector.ALPHA_DEFAULT / LangdetectDetector.BASE_FREQ  # as langdetect smooths
        grams = {gram: row for row, gram in enumerate(self._all.word_lang_prob_map)}
        table = np.log(smoothing + np.array(list(self._all.word_lang_prob_map.values()), dtype=np.float64))
        return grams, table

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
        return self._log_likelihood(text, languages)[0]

    def _log_likelihood(self, text: str, languages: Sequence[str]) -> Tuple[Dict[str, float], int]:
        """The summed log-likelihood of every n-gram of `text` per language, and how many n-grams were read."""
        rows: List[int] = []
        ngram = NGram()
        for char in text.lower() if text.isupper() else text:
            ngram.add_char(char)
            for n in range(1, NGram.N_GRAM + 1):
                gram = ngram.get(n)
                row = self._grams.get(gram) if gram else None
                if row is not None:
                    rows.append(row)
        columns = [self._index[language] for language in languages]
        scores = self._log_probabilities[rows][:, columns].sum(axis=0) if rows else np.zeros(len(columns))
        return {language: float(score) for language, score in zip(languages, scores)}, len(rows)

    def _per_ngram(self, text: str, languages: Sequence[str]) -> float:
        """The best of `languages`' mean log-likelihood per n-gram of `text`: how well it reads, whatever its
        length, so that two spellings of one message can be compared."""
        scores, count = self._log_likelihood(text, languages)
        return max(scores.values()) / count if count else -math.inf

    def _romanised(self, text: str) -> Optional[str]:
        """The served language `text` writes in Latin letters (bot.language.romanised), else None. Where Russian
        or Ukrainian words lead without deciding, the message spelled back in Cyrillic must read better as that
        language than the message as typed reads as any Latin-script language."""
        found = romanised.suggest(text)
        leaning = romanised.cyrillic_leaning(text) if found is None else ()
        if not leaning:
            return found
        latin = self._per_ngram(text.lower(), self._latin)
        readings = {code: self._per_ngram(transliteration.to_cyrillic(text, code), (code,)) for code in leaning}
        best = max(sorted(readings), key=readings.__getitem__)
        return best if readings[best] > latin else None

    @staticmethod
    def _served_ranking(text: str, script: str, words: int) -> Dict[str, float]:
        """Probabilities over the served languages of `script`: lingua's, floored, times the spelling evidence,
        normalised."""
        candidates = languages_of_script(script)
        if len(candidates) == 1:
            return {candidates[0]: 1.0}
        statistical = lingua_ranking.rank(text)
        floor = STATISTICAL_FLOOR ** max(words, 1)
        letters = letter_weights(text, candidates)
        scores = {code: max(statistical.get(code, 0.0), floor) * letters[code] for code in candidates}
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

    def _doubt(self, text: str, best: str, script: str, short: bool) -> Tuple[Optional[str], float]:
        """The unserved language of `script` that `text` may be in instead of `best`, and how likely that is.

        The exhaustive likelihood's vote (a logistic of its margin) bounds the doubt; where it is large enough to
        reject a message that is not short, langdetect's sampled share of the unserved languages is read too,
        as before lingua: both must agree to turn a message away, and so must lingua, asked to choose between that
        language and the served ones of the script (the doubt is the smallest of the three opinions): langdetect
        is confidently wrong about one served sentence in a hundred (Russian read as Bulgarian).
        """
        unserved = self._unserved_by_script.get(script, ())
        if not unserved:
            return None, 0.0
        likelihood = self.likelihood(text, (best,) + unserved)
        other = max(unserved, key=likelihood.__getitem__)
        margin = likelihood[other] - likelihood[best]
        vote = 1.0 / (1.0 + math.exp(-max(min(margin, 50.0), -50.0)))
        if short or margin < REJECT_MARGIN:
            return other, vote
        sampled, share = self._unserved_share(self.raw(text), script)
        if sampled is None or share <= 0.0:
            return other, 0.0
        margin = likelihood[sampled] - likelihood[best]
        doubt = share / (1.0 + math.exp(-max(min(margin, 50.0), -50.0)))
        second = lingua_ranking.unserved_probability(text, sampled, languages_of_script(script))
        return sampled, doubt if second is None else min(doubt, second)

    def detect(self, text: str) -> Detection:
        """Detect the language of one message."""
        text = unicodedata.normalize("NFC", text or "")
        words, chars = measure(text)
        letters = profile(text)
        script, share = letters.dominant, letters.share
        if script == COMMON:
            return Detection(None, 0.0, script, False, words, chars)
        focused = focus(text, script)

        if script not in SERVED_SCRIPTS:  # Devanagari, Greek, ...: langdetect may still name the language
            raw = self.raw(focused) if self._unserved_by_script.get(script) else {}
            other, _ = self._unserved_share(raw, script)
            if other is None:  # Ethiopic, Myanmar, ...: no langdetect profile at all
                return Detection(None, round(share, 4), script, False, words, chars)
            return Detection(other, round(raw[other] / sum(raw.values()) * share, 4), script, False, words, chars)

        served = self._served_ranking(focused, script, words)
        ranking: Ranking = tuple((code, round(value, 4)) for code, value in
                                 sorted(served.items(), key=lambda item: (-item[1], item[0])))
        best = ranking[0][0]
        suggestion = self._romanised(focused) if script == romanised.SCRIPT else None
        other, doubt = self._doubt(focused, best, script, is_short(words, chars))
        if other is not None and doubt >= REJECT_PROBABILITY and not is_short(words, chars):
            return Detection(other, round(doubt * share, 4), script, False, words, chars, romanised=suggestion)
        confidence = served[best] * (1.0 - doubt) * share
        everyday = everyday_words.language_of(focused) if script == romanised.SCRIPT else None
        return Detection(best, round(confidence, 4), script, True, words, chars, ranking, suggestion, everyday)


_shared: Optional[Detector] = None
_shared_lock = threading.Lock()


def shared_detector() -> Detector:
    """The process-wide detector, loaded on first use (langdetect's profiles and lingua's models take a few
    seconds)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Detector()
        return _shared


def detect(text: str) -> Detection:
    """Detect the language of `text` with the shared detector."""
    return shared_detector().detect(text)
