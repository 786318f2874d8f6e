"""Plain language (survivor-centred rule 21): the grade computed here is right, and the checks catch what they
must. tests/test_survivor_rules.py runs the same checks on the real catalog."""
from __future__ import annotations

import pytest

from bot import catalog
from bot.catalog import checks
from bot.catalog.readability import measure, syllables


@pytest.mark.parametrize("word, expected", [
    ("the", 1), ("code", 1), ("asked", 1), ("made", 1), ("phone", 1), ("there", 1), ("safe", 1),
    ("hello", 2), ("table", 2), ("wanted", 2), ("create", 2), ("support", 2), ("police", 2), ("people", 2),
    ("someone", 2), ("somewhere", 2), ("being", 2), ("withdraw", 2), ("private", 2), ("quickly", 2),
    ("happened", 2), ("assistant", 3), ("evidence", 3), ("charity", 3), ("refugees", 3), ("period", 3),
    ("idea", 3), ("every", 3), ("anonymous", 4), ("automated", 4), ("conversation", 4),
    ("investigation", 5), ("organisation", 5), ("0800", 1),
])
def test_syllables_of_everyday_words(word: str, expected: int) -> None:
    assert syllables(word) == expected


def test_flesch_kincaid_grade_of_a_known_text() -> None:
    # 9 words, 2 sentences, 10 syllables: 0.39 * 4.5 + 11.8 * 10/9 - 15.59 = -0.7239
    simple = measure("The cat sat on the mat. It was happy.")
    assert (simple.words, simple.sentences, simple.syllables) == (9, 2, 10)
    assert simple.grade == pytest.approx(-0.7239, abs=1e-3)


def test_a_list_item_and_a_placeholder_are_read_as_they_are_shown() -> None:
    listed = measure("Support:\n• Samaritans {samaritans_phone}\n• Redress {redress_phone}")
    assert (listed.words, listed.sentences) == (5, 3)


def test_official_prose_is_far_above_grade_8() -> None:
    official = ("Information provided may be disclosed to prosecutorial authorities and international investigative "
                "mechanisms in accordance with applicable legislation and evidential obligations.")
    assert measure(official).grade > 16


def english_only(monkeypatch: pytest.MonkeyPatch, responses: catalog.Responses) -> None:
    real = catalog.responses
    monkeypatch.setattr(catalog, "responses", lambda language: responses if language == "en" else real(language))


def test_the_checks_catch_hard_long_and_technical_text(monkeypatch: pytest.MonkeyPatch) -> None:
    english_only(monkeypatch, {
        "utter_hard": [{"text": "Information provided may be disclosed to prosecutorial authorities in accordance "
                                "with applicable legislation."}],
        "utter_long": [{"text": "You can stop here. " * 35}],
        "utter_jargon": [{"text": "Your report is encrypted and shared with partners."}],
        "utter_explained": [{"text": "Your report is encrypted: locked so nobody else can read it."}],
        "utter_button": [{"text": "Choose.", "buttons": [{"title": "Stay anonymous", "payload": "/x"}]}],
    })
    assert [p.split(" is ")[0] for p in checks.hard_to_read()] == ["en: utter_hard"]
    assert checks.too_long_for_a_phone() == ["en: utter_long is 665 characters (at most 600)"]
    assert sorted(checks.unexplained_jargon()) == [
        "en: utter_button says 'anonymous' without explaining it",
        "en: utter_jargon says 'encrypted' without explaining it",
        "en: utter_jargon says 'partners' without explaining it",
    ]


def test_contact_facts_count_at_their_real_length() -> None:
    assert checks.as_shown("Call {crimestoppers_phone}.") == "Call 0800 555 111."
    assert len(checks.as_shown("{followup_code}")) == 19


def test_an_exception_no_longer_needed_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(checks.HARDER_TO_READ_ON_PURPOSE, "utter_goodbye", "not hard at all")
    monkeypatch.setitem(checks.LONGER_ON_PURPOSE, "utter_goodbye", "not long at all")
    assert checks.stale_readability_exceptions() == ["utter_goodbye no longer needs to be above grade 8",
                                                     "utter_goodbye no longer needs to be long"]
