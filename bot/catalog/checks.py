"""Checks that keep the catalog whole and safe; tests run them so the build fails on any problem.

Each check returns a list of human-readable problems (empty when all is well), so a failure says exactly
which response, in which language, needs fixing.
"""
from __future__ import annotations

import re
import string
import unicodedata
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple

from bot import catalog
from bot.catalog import contacts
from bot.language.languages import RIGHT_TO_LEFT

PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]+)\}(?!\})")
# UK phone numbers as people write them (0800 555 111, 020 7697 7777, 116 123, 111, 999) and web addresses.
PHONE_NUMBER = re.compile(r"(?<![\d{])(?:0\d{9,10}|0\d{2,4}(?: \d{3,4}){1,2}|1\d{2}(?: \d{3})?|999)(?![\d}])")
WEB_ADDRESS = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:org|com|int|eu|uk)\b(?:/[^\s)]*)?", re.IGNORECASE)
CONTACT_FACT_PLACEHOLDER = re.compile(r"_(phone|web)$")
ARABIC_SCRIPT_LETTER = re.compile(r"[\u0600-\u06FF]")
# Latin punctuation right after Arabic-script text shows up on the wrong side in right-to-left layout.
STRAY_LTR_PUNCTUATION = re.compile(r"[\u0600-\u06FF][\s\u200f]*[?,;]")

# Phrases that promise or imply an outcome (survivor-centred rule 4), per language, matched case-insensitively.
PROMISE_PATTERNS: Dict[str, Tuple[str, ...]] = {
    "en": (r"\bwill be (arrested|prosecuted|punished|caught|charged|jailed|convicted|brought to justice|held "
           r"accountable)", r"justice will be (done|served)", r"\bwe will (make sure|ensure|catch|find|stop)",
           r"\b(guarantee|promise)", r"\bthey will pay\b", r"\byou will get justice"),
    "ar": (r"سيتم (القبض|اعتقال|معاقبة|محاكمة)", r"ستتحقق العدالة", r"نعدك", r"نضمن"),
    "uk": (r"буде (заарештован|покаран|засуджен)", r"справедливість (буде|восторжествує)", r"обіця", r"гаранту"),
    "ru": (r"будет (арестован|наказан|осужден)", r"справедливость (будет|восторжествует)", r"обеща", r"гаранти"),
    "fa": (r"(دستگیر|مجازات|محاکمه) خواهد شد", r"عدالت اجرا خواهد شد", r"قول می", r"تضمین می"),
    "fr": (r"sera (arrêté|puni|poursuivi|condamné)", r"justice sera (faite|rendue)", r"nous (promettons|garantissons)"),
    "es": (r"será (arrestad|castigad|procesad|condenad)", r"se hará justicia", r"(prometemos|garantizamos)"),
    "ur": (r"(گرفتار|سزا).{0,12}(جائے گا|جائے گی)", r"انصاف (ہو گا|ملے گا)", r"وعدہ کرتے", r"ضمانت دیتے"),
    "ta": (r"கைது செய்யப்படு(வார்|வர்)", r"தண்டிக்கப்படு(வார்|வர்)", r"நீதி கிடைக்கும்", r"உறுதியளிக்கிறோம்"),
    "so": (r"waa la xiri doonaa", r"waa la ciqaabi doonaa", r"cadaalad ayaa (dhici|la helin) doonta", r"ballan"),
}


def _texts(variation: Dict[str, Any]) -> Iterator[str]:
    if variation.get("text"):
        yield variation["text"]
    for button in variation.get("buttons") or []:
        yield button.get("title", "")


def all_texts(language: str) -> Iterator[Tuple[str, str]]:
    """(response name, text) for every text and button title of a language."""
    for name, variations in catalog.responses(language).items():
        for variation in variations:
            for text in _texts(variation):
                yield name, text


def _placeholders(variations: List[Dict[str, Any]]) -> Set[str]:
    return {match for v in variations for text in _texts(v) for match in PLACEHOLDER.findall(text)}


def _payloads(variations: List[Dict[str, Any]]) -> List[List[str]]:
    return [[b.get("payload") for b in v.get("buttons") or []] for v in variations]


def _channels(variations: List[Dict[str, Any]]) -> List[str]:
    return sorted(str(v.get("channel") or "") for v in variations)


def _conditions(variations: List[Dict[str, Any]]) -> List[str]:
    """The slot conditions of the variations ("consent: true" for "your answers are kept"), in order."""
    return [", ".join(f"{c.get('name')}: {c.get('value')}" for c in v.get("condition") or []) for v in variations]


def missing_or_mismatched() -> List[str]:
    """Responses absent from a language, or whose placeholders, button payloads, channel variations (the texts for
    messaging apps, say) or slot conditions differ from English."""
    english = catalog.responses(catalog.SOURCE_LANGUAGE)
    problems: List[str] = []
    for language in catalog.CURATED_LANGUAGES[1:]:
        translated = catalog.responses(language)
        for name, variations in english.items():
            if name not in translated:
                problems.append(f"{language}: {name} is missing")
                continue
            if _placeholders(translated[name]) != _placeholders(variations):
                problems.append(f"{language}: {name} placeholders {sorted(_placeholders(translated[name]))} "
                                f"!= {sorted(_placeholders(variations))}")
            if _payloads(translated[name]) != _payloads(variations):
                problems.append(f"{language}: {name} button payloads differ from English")
            if _channels(translated[name]) != _channels(variations):
                problems.append(f"{language}: {name} channel variations {_channels(translated[name])} "
                                f"!= {_channels(variations)}")
            if _conditions(translated[name]) != _conditions(variations):
                problems.append(f"{language}: {name} conditions {_conditions(translated[name])} "
                                f"!= {_conditions(variations)}")
        problems += [f"{language}: {name} is not an English response" for name in set(translated) - set(english)]
    return problems


def missing_labels() -> List[str]:
    english = set(catalog.labels(catalog.SOURCE_LANGUAGE))
    problems = []
    for language in catalog.CURATED_LANGUAGES[1:]:
        own = set(catalog._language_file(language).get("labels") or {})
        problems += [f"{language}: label {label} is missing" for label in sorted(english - own)]
    return problems


def unreviewed_translations_unmarked() -> List[str]:
    """Every translation says who wrote it and whether a native speaker still has to review it."""
    return [f"{language}: meta.needs_native_review is not set" for language in catalog.CURATED_LANGUAGES[1:]
            if not isinstance(catalog.review_status(language).get("needs_native_review"), bool)]


def promises() -> List[str]:
    problems = []
    for language, patterns in PROMISE_PATTERNS.items():
        for name, text in all_texts(language):
            for pattern in patterns:
                if re.search(pattern, text, flags=re.IGNORECASE):
                    problems.append(f"{language}: {name} matches promise pattern {pattern!r}: {text[:80]!r}")
    return problems


def stray_ltr_punctuation() -> List[str]:
    return [f"{language}: {name}: {STRAY_LTR_PUNCTUATION.search(text).group(0)!r}"
            for language in sorted(RIGHT_TO_LEFT) for name, text in all_texts(language)
            if STRAY_LTR_PUNCTUATION.search(text)]


def untranslated() -> List[str]:
    """A translated text identical to the English one (beyond names and numbers) was probably forgotten."""
    english = dict(all_texts(catalog.SOURCE_LANGUAGE))
    trivial = set(string.punctuation + string.digits + " ")
    problems = []
    for language in catalog.CURATED_LANGUAGES[1:]:
        for name, text in all_texts(language):
            if text == english.get(name) and not set(text) <= trivial and len(text) > 12:
                problems.append(f"{language}: {name} is still in English")
    return problems


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and unicodedata.digit(ch, None) is not None else ch
                   for ch in text)


def unknown_contact_facts() -> List[str]:
    """Every phone number and web address said in any language is one of bot/catalog/contacts.yml, and every
    contact placeholder names one: a number typed into one translation cannot drift from the checked source."""
    known = {re.sub(r"\s", "", value).lower() for value in contacts.known_values()}
    problems = []
    for language in catalog.CURATED_LANGUAGES:
        for name, text in all_texts(language):
            spelled = PHONE_NUMBER.findall(_ascii_digits(text)) + WEB_ADDRESS.findall(text)
            problems += [f"{language}: {name} says {fact!r}, which is not in contacts.yml"
                         for fact in spelled if re.sub(r"\s", "", fact).lower() not in known]
            problems += [f"{language}: {name} has {{{placeholder}}}, which contacts.yml does not define"
                         for placeholder in PLACEHOLDER.findall(text)
                         if CONTACT_FACT_PLACEHOLDER.search(placeholder)
                         and not contacts.is_contact_placeholder(placeholder)]
    return problems


# Survivor-centred rule 21, for the English text (the translations follow it sentence by sentence).
MAX_GRADE = 8.0
# About one phone screen of chat text; a placeholder's value counts as it will be shown.
MAX_CHARACTERS = 600
# Responses allowed above grade 8, each with the reason; `stale_readability_exceptions` keeps this list honest.
HARDER_TO_READ_ON_PURPOSE: Dict[str, str] = {
    "utter_unsupported_language": "names the ten languages it can use: long proper nouns that cannot be simpler",
}
# Responses allowed to be longer than a phone screen, each with the reason.
LONGER_ON_PURPOSE: Dict[str, str] = {}
# Words a survivor may not know, each with what must stand in the same message to explain it; None: no short
# explanation fits, so say it plainly instead.
JARGON: Dict[str, Optional[str]] = {
    r"\bencrypt\w*": r"\blocked\b",
    r"\banonymous\w*": r"\bname\b",
    r"\bautomated\b": r"\bnot a person\b",
    r"\bpartners?\b": None,
    r"\breparation\w*": None,
    r"\bperpetrators?\b": None,
    r"\bjurisdiction\w*": None,
    r"\bconfidential\w*": None,
    r"\bmandate\w*": None,
}
# Sample values for what actions fill in, as long as the real ones.
SAMPLE_VALUES = {"reference": "REF-ABCD2345", "followup_code": "1234 5678 9012 3456", "summary": "",
                 "language_candidate_name": "Français", "language_candidate": "fr", "language": "en"}


def _english_texts() -> Iterator[Tuple[str, str]]:
    for name, variations in catalog.responses(catalog.SOURCE_LANGUAGE).items():
        for variation in variations:
            if variation.get("text"):
                yield name, variation["text"]


def as_shown(text: str) -> str:
    """The text with every placeholder filled as the NLG would (contact facts) or with a sample of its length."""
    values = {**SAMPLE_VALUES, **contacts.placeholders()}
    return PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), text)


def hard_to_read() -> List[str]:
    from bot.catalog.readability import grade
    return [f"en: {name} is at grade {grade(text):.1f} (at most {MAX_GRADE:g})" for name, text in _english_texts()
            if grade(text) > MAX_GRADE and name not in HARDER_TO_READ_ON_PURPOSE]


def too_long_for_a_phone() -> List[str]:
    return [f"en: {name} is {len(as_shown(text))} characters (at most {MAX_CHARACTERS})"
            for name, text in _english_texts()
            if len(as_shown(text)) > MAX_CHARACTERS and name not in LONGER_ON_PURPOSE]


def unexplained_jargon() -> List[str]:
    problems = []
    for name, text in all_texts(catalog.SOURCE_LANGUAGE):
        for word, explanation in JARGON.items():
            explained = explanation is not None and re.search(explanation, text, re.IGNORECASE)
            if re.search(word, text, re.IGNORECASE) and not explained:
                problems.append(f"en: {name} says {re.search(word, text, re.IGNORECASE).group(0)!r} "
                                f"without explaining it")
    return problems


def stale_readability_exceptions() -> List[str]:
    """An exception the text no longer needs is removed, so the list never hides a new problem."""
    from bot.catalog.readability import grade
    texts = dict(_english_texts())
    return ([f"{name} no longer needs to be above grade {MAX_GRADE:g}" for name in HARDER_TO_READ_ON_PURPOSE
             if name not in texts or grade(texts[name]) <= MAX_GRADE]
            + [f"{name} no longer needs to be long" for name in LONGER_ON_PURPOSE
               if name not in texts or len(as_shown(texts[name])) <= MAX_CHARACTERS])
