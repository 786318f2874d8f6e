"""The one response catalog: complete in all ten languages, consistent, and free of promises."""
from __future__ import annotations

import pytest

from bot import catalog
from bot.catalog import checks


def test_every_response_exists_in_every_curated_language_with_the_same_placeholders_and_buttons() -> None:
    assert checks.missing_or_mismatched() == []


def test_a_missing_channel_variation_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    french = catalog.responses("fr")
    without = {**french, "utter_safety_advice": [v for v in french["utter_safety_advice"] if not v.get("channel")]}
    original = catalog.responses
    monkeypatch.setattr(catalog, "responses", lambda language: without if language == "fr" else original(language))
    problems = checks.missing_or_mismatched()
    assert "fr: utter_safety_advice channel variations [''] != ['', 'messaging']" in problems
    assert all(problem.startswith("fr: utter_safety_advice ") for problem in problems)


def test_a_variation_without_its_condition_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """A language whose "your answers are kept" lost its condition would say it before there are any."""
    french = catalog.responses("fr")
    unconditional = [{key: value for key, value in variation.items() if key != "condition"}
                     for variation in french["utter_paused"]]
    original = catalog.responses
    monkeypatch.setattr(catalog, "responses", lambda language: {**french, "utter_paused": unconditional}
                        if language == "fr" else original(language))
    assert checks.missing_or_mismatched() == ["fr: utter_paused conditions ['', ''] != ['', 'consent: True']"]


def test_every_label_is_translated() -> None:
    assert checks.missing_labels() == []


def test_translations_say_whether_they_need_native_review() -> None:
    assert checks.unreviewed_translations_unmarked() == []


def test_no_response_in_any_language_promises_an_outcome() -> None:
    """Survivor-centred rule 4."""
    assert checks.promises() == []


def test_the_promise_check_would_catch_a_promise() -> None:
    text = "Thank you. The person who did this will be arrested and justice will be done."
    assert any(__import__("re").search(p, text, flags=2) for p in checks.PROMISE_PATTERNS["en"])


def test_right_to_left_texts_use_their_own_punctuation() -> None:
    assert checks.stray_ltr_punctuation() == []


def test_no_translation_was_left_in_english() -> None:
    assert checks.untranslated() == []


@pytest.mark.parametrize("language", catalog.CURATED_LANGUAGES)
def test_every_language_has_the_safety_numbers(language: str) -> None:
    support = " ".join(v["text"] for v in catalog.responses(language)["utter_support"])
    assert "{crimestoppers_phone}" in support and "999" in support


def test_every_response_is_reachable() -> None:
    """Rasa's validator cannot see responses used by forms or actions, so this checks them all."""
    import re
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent.parent
    used = set()
    for path in list((root / "data").rglob("*.yml")):
        used |= set(re.findall(r"action: (utter_\w+)", path.read_text(encoding="utf-8")))
    for path in (root / "actions").glob("*.py"):
        used |= set(re.findall(r'"(utter_\w+)"', path.read_text(encoding="utf-8")))
    domain = yaml.safe_load((root / "domain.yml").read_text(encoding="utf-8"))
    used |= {f"utter_ask_{slot}" for form in domain["forms"].values() for slot in form["required_slots"]}
    assert sorted(set(catalog.responses("en")) - used) == []
