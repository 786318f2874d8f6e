"""Which language the conversation is in: a pure decision from what we know after each user message.

Switching language mid-conversation on a misdetection is disorienting for someone describing something
traumatic, so the session language is sticky: explicit choices win at once, but detection only ever *proposes*
a switch (the bot then asks, in both languages). Until some message has decided the language (see `decides`),
the conversation runs in the page's language, or English, with the language menu, and the first message that
decides it is offered at once, as is a reply in another served language's script or made of another Latin-script
language's everyday words ("oui"); after that, a switch is offered only after two consecutive messages that are long
enough and confidently in the same other served language. A message in Latin letters that spells a served
language (Roman Urdu, Arabizi, ...) is offered too, and never decides anything. No Rasa here, so the rules can
be tested on their own and called from any action.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Collection, Optional, Sequence, Tuple

from bot.language.detection import Detection
from bot.language.languages import BY_CODE, DEFAULT_LANGUAGE, SERVED_SCRIPTS, languages_of_script, normalize_code
from bot.language.scripts import SECONDARY_SCRIPT

# Minimum detection confidence for a message to decide the language or count towards switching. A guess below
# it never sets the language.
CONFIDENT = 0.8
# A message decides the language only with at least this many words, unless its script is written by one
# served language alone (Tamil): "marhaba", "سلام" (Arabic, Persian and Urdu alike) or "aaaa" decide nothing.
DECIDING_WORDS = 2
# In a conversation, its language is this many times as likely a priori as any other served language of the
# same script (about nine messages in ten stay in the conversation's language). It settles short, ambiguous
# messages; a long message in another language still wins on its own evidence.
SESSION_PRIOR = 9.0


@dataclass(frozen=True)
class Decision:
    """The outcome for one user message.

    language: the language to answer in now (always one of the ten).
    propose_switch_to: a served language to offer ("Would you like to continue in ...?"), or None.
    unsupported_script: the script of a message the assistant cannot read or answer in ("Ethiopic"), or None.
    reason: a short machine-readable why, for logs and tests.
    """

    language: str
    propose_switch_to: Optional[str] = None
    unsupported_script: Optional[str] = None
    reason: str = ""


def decides(detection: Optional[Detection]) -> bool:
    """True when a message decides its language: served, confident, not romanised, and of DECIDING_WORDS or
    more words unless its script alone names the language."""
    return bool(detection and detection.supported and detection.language and not detection.romanised
                and detection.confidence >= CONFIDENT
                and (detection.words >= DECIDING_WORDS or len(languages_of_script(detection.script)) == 1))


def is_decisive(detection: Optional[Detection]) -> bool:
    """True when a message is evidence enough to count towards switching: it decides and is not short."""
    return decides(detection) and not detection.short


def in_conversation(detection: Optional[Detection], language: Optional[str]) -> Optional[Detection]:
    """The detection with the conversation's language weighed in (SESSION_PRIOR), from its ranking."""
    ranking = dict(detection.ranking) if detection else {}
    if language not in ranking or not detection.language or not ranking.get(detection.language):
        return detection
    evidence = detection.confidence / ranking[detection.language]  # script share and unserved doubt
    weighted = {code: value * (SESSION_PRIOR if code == language else 1.0) for code, value in ranking.items()}
    total = sum(weighted.values())
    best = max(weighted, key=lambda code: (weighted[code], code == language))
    return replace(detection, language=best, confidence=round(min(weighted[best] / total * evidence, 1.0), 4))


def decide(current: Optional[str], detection: Optional[Detection], recent: Sequence[Detection] = (),
           explicit: Optional[str] = None, page_language: Optional[str] = None,
           declined: Collection[str] = (), chosen_before: bool = False) -> Decision:
    """Decide the conversation language after a user message.

    current: the session language so far (None before the first message).
    detection: the detection for this message.
    recent: detections of the previous user messages, oldest first, not including this one.
    explicit: a language the user chose explicitly (command, button, "can we speak French?"), code or tag.
    page_language: the language of the page hosting the widget (message metadata), a code or BCP 47 tag.
    declined: languages the user already turned down when offered; never offered again this session.
    chosen_before: an earlier message chose a language explicitly (so the language is decided).
    """
    chosen = normalize_code(explicit)
    if chosen:
        return Decision(chosen, reason="explicit")

    language = normalize_code(current)
    reason = "sticky"
    if language is None:
        language, reason = _initial(detection, normalize_code(page_language))

    if detection and detection.in_unserved_script:
        return Decision(language, unsupported_script=detection.script, reason="unsupported_script")

    offer = _offer(language, detection, recent, chosen_before)
    if offer and offer[0] != language and offer[0] not in declined:
        return Decision(language, propose_switch_to=offer[0], reason=offer[1])
    return Decision(language, reason=reason)


def _offer(language: str, detection: Optional[Detection], recent: Sequence[Detection],
           chosen_before: bool) -> Optional[Tuple[str, str]]:
    """(language to offer, reason), or None: romanised writing, the first message that decides the language,
    or two consecutive decisive messages in another language, judged within the conversation."""
    if detection and detection.romanised:
        return detection.romanised, "propose_romanised"
    if not chosen_before and not any(decides(earlier) for earlier in recent):
        if decides(detection):
            return detection.language, "propose_first_decided"
        return _in_another_script(language, detection, recent) or _in_everyday_words(language, detection, recent)
    current, previous = in_conversation(detection, language), in_conversation(recent[-1] if recent else None,
                                                                              language)
    if is_decisive(current) and is_decisive(previous) and previous.language == current.language:
        return current.language, "propose_switch"
    return None


def _in_another_script(language: str, detection: Optional[Detection],
                       recent: Sequence[Detection]) -> Optional[Tuple[str, str]]:
    """Before anything has decided the language, a reply in a script the conversation's language is not written
    in ("نعم" to an English question) says the person may not read what they are answering: the likeliest served
    language of that script is offered, never switched to. Not on the first message, which the language menu of
    the opening answers already, and not for Latin letters, in which everyone writes names, places and English
    words ("Aleppo" on an Arabic page)."""
    if not recent or not detection or detection.script not in SERVED_SCRIPTS - {SECONDARY_SCRIPT} \
            or detection.script == BY_CODE[language].script:
        return None
    best_ranked = max(detection.ranking, key=lambda entry: entry[1], default=(None, 0.0))[0]
    likeliest = detection.language if detection.supported else best_ranked
    return (likeliest, "propose_script") if likeliest in languages_of_script(detection.script) else None


def _in_everyday_words(language: str, detection: Optional[Detection],
                       recent: Sequence[Detection]) -> Optional[Tuple[str, str]]:
    """Before anything has decided the language, a reply made of another Latin-script language's everyday words
    ("oui" to an English question, "yes" on a French page) is that language offered, as `_in_another_script`
    offers "نعم": the person may not read what they are answering. Not on the first message (the menu answers it)."""
    if recent and detection and detection.everyday and detection.everyday != language:
        return detection.everyday, "propose_everyday_words"
    return None


def _initial(detection: Optional[Detection], page_language: Optional[str]) -> Tuple[str, str]:
    """The first language: the page's, else the first message's when it decides it, else English."""
    if page_language:
        return page_language, "page_language"
    if decides(detection):
        return detection.language, "detected"
    return DEFAULT_LANGUAGE, "default"
