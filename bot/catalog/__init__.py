"""The response catalog: one place for everything the assistant says, in every language it serves.

English responses are the `responses:` of domain.yml (Rasa needs them there); every other curated language
has `bot/catalog/<code>.yml` with the same response names, placeholders and button payloads. Short labels
used inside composed messages (the report summary) live in the same files under `labels:`, English included.
`nlg` speaks from the catalog in the conversation's language; `bidi` keeps identifiers readable right to left.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional

from ruamel.yaml import YAML

from bot.language.languages import RIGHT_TO_LEFT
from bot.settings import PROJECT_ROOT

CATALOG_DIR = Path(__file__).resolve().parent
DOMAIN_FILE = PROJECT_ROOT / "domain.yml"
SOURCE_LANGUAGE = "en"
CURATED_LANGUAGES = ("en", "ar", "uk", "ru", "fa", "fr", "es", "ur", "ta", "so")
# The keyword an action passes to `utter_message` to say one response in another language than the
# conversation's on purpose (a switch offered in both languages); the NLG takes it before filling placeholders.
IN_LANGUAGE = "in_language"

Responses = Dict[str, List[Dict[str, Any]]]


def _load(path: Path) -> Dict[str, Any]:
    """Strict YAML, as Rasa reads it: a response defined twice is an error, not a silent override."""
    with path.open(encoding="utf-8") as handle:
        return YAML(typ="safe", pure=True).load(handle) or {}


@functools.lru_cache(maxsize=None)
def _language_file(language: str) -> Mapping[str, Any]:
    path = CATALOG_DIR / f"{language}.yml"
    if not path.exists():
        return {}
    return _load(path)


@functools.lru_cache(maxsize=1)
def _domain_responses() -> Responses:
    return _load(DOMAIN_FILE).get("responses", {})


def responses(language: str) -> Responses:
    """All responses in `language` (the English ones for the source language)."""
    if language == SOURCE_LANGUAGE:
        return _domain_responses()
    return dict(_language_file(language).get("responses") or {})


def labels(language: str) -> Dict[str, str]:
    """Short labels in `language`, falling back to English for any label not yet translated."""
    english = dict(_language_file(SOURCE_LANGUAGE).get("labels") or {})
    if language == SOURCE_LANGUAGE:
        return english
    return {**english, **(_language_file(language).get("labels") or {})}


def choice_title(language: str, response: str, entity: str, value: str) -> Optional[str]:
    """The title of the button of `response` that chooses `value` for `entity`, in `language`: how the person saw
    the choice they made, so the summary shows it in the same words without a second translation of it."""
    chosen = json.dumps({entity: value}, separators=(",", ":"))[1:-1]
    for variant in responses(language).get(response) or ():
        for button in variant.get("buttons") or ():
            if chosen in str(button.get("payload", "")):
                return str(button["title"])
    return None


def english_notice(name: str) -> str:
    """A notice for languages outside the catalog, which are served by machine translation of English."""
    return _language_file(SOURCE_LANGUAGE)["notices"][name]


def review_status(language: str) -> Mapping[str, Any]:
    """The translation's metadata: who wrote it and whether it still needs a native speaker's review."""
    return _language_file(language).get("meta") or {}


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT
