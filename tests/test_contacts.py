"""Referral facts: one checked source (bot/catalog/contacts.yml), filled into every language by the NLG.

The seed page is read from ../shared/seed/ beside the project, where CI mounts it; a fact the seed does not state
must be marked for review with the organisation's own page, never silently trusted.
"""
from __future__ import annotations

import asyncio
import os
import re

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot import catalog
from bot.catalog import checks, contacts
from bot.catalog.bidi import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from bot.catalog.nlg import CatalogNaturalLanguageGenerator
from bot.settings import PROJECT_ROOT

SEED_PAGE = PROJECT_ROOT.parent / "shared" / "seed" / "met-war-crimes-page.txt"
DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED_PAGE.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the seed page must be mounted at {SEED_PAGE}")
        pytest.skip(f"no seed page at {SEED_PAGE} (CI mounts ../shared beside the clone)")
    return SEED_PAGE.read_text(encoding="utf-8")


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def say(response: str, language: str) -> str:
    tracker = DialogueStateTracker.from_events("contacts", [SlotSet("language", language)], slots=DOMAIN.slots)
    generated = asyncio.run(CatalogNaturalLanguageGenerator(domain=DOMAIN).generate(response, tracker, "rest"))
    return generated["text"]


def test_every_fact_is_checked_against_the_seed_or_marked_for_review() -> None:
    for name, entry in contacts.contacts().items():
        facts = {fact for fact in contacts.FACTS if fact in entry}
        checked, to_review = set(entry.get("in_seed") or ()), set(entry.get("needs_review") or ())
        assert facts == checked | to_review, f"{name}: every fact is either in the seed or marked for review"
        assert not checked & to_review, name
        if to_review:
            assert str(entry.get("source", "")).startswith("https://"), f"{name}: review needs the public source"


def test_facts_said_to_be_in_the_seed_are_in_it(seed: str) -> None:
    checked = [(name, fact, entry[fact]) for name, entry in contacts.contacts().items()
               for fact in entry.get("in_seed") or ()]
    assert checked, "the seed names at least Crimestoppers' number"
    for name, fact, value in checked:
        found = digits(value) in digits(seed) if fact == "phone" else value in seed
        assert found, f"{name} {fact} {value!r} is not on the seed page"


def test_what_the_seed_says_about_each_organisation_is_quoted_exactly(seed: str) -> None:
    quoted = {name: entry["seed_says"] for name, entry in contacts.contacts().items() if "seed_says" in entry}
    assert {"crimestoppers", "freedom_from_torture", "helen_bamber", "redress"} <= set(quoted)
    for name, words in quoted.items():
        assert words in seed, name


def test_support_keeps_the_seed_note_that_two_charities_serve_refugees_and_asylum_seekers(seed: str) -> None:
    support = " ".join(v["text"] for v in catalog.responses("en")["utter_support"])
    for line in support.splitlines():
        if "Helen Bamber" in line or "Freedom from Torture" in line:
            assert "refugees and asylum seekers" in line, line
    assert "refugees and asylum seekers" in seed


@pytest.mark.parametrize("language", catalog.CURATED_LANGUAGES)
def test_the_nlg_fills_every_contact_fact_in_every_language(language: str) -> None:
    for response in ("utter_support", "utter_anonymous_routes", "utter_support_charity_route",
                     "utter_consent_asylum_and_family", "utter_filing_failed", "utter_attachment_not_read"):
        text = say(response, language)
        assert "{" not in text, (response, text)
    support = say("utter_support", language)
    for fact in ("0800 555 111", "116 123", "0808 500 2222", "020 7697 7777", "020 3058 2020", "020 7793 1777",
                 "crimestoppers-uk.org"):
        assert fact in support, (language, fact)


def test_phone_numbers_stay_readable_in_right_to_left_text() -> None:
    assert f"{FIRST_STRONG_ISOLATE}0800 555 111{POP_DIRECTIONAL_ISOLATE}" in say("utter_support", "ar")
    assert FIRST_STRONG_ISOLATE not in say("utter_support", "uk")


def test_no_language_spells_out_a_contact_fact_that_is_not_in_the_data_file() -> None:
    assert checks.unknown_contact_facts() == []


def test_a_number_typed_into_one_translation_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    real = catalog.responses

    def drifted(language: str) -> catalog.Responses:
        responses = dict(real(language))
        if language == "uk":
            responses["utter_support"] = [{"text": "Crimestoppers: 0800 555 112, або crimestopers.org"}]
        if language == "fr":
            responses["utter_support"] = [{"text": "Appelez le {crimestopers_phone}"}]
        return responses

    monkeypatch.setattr(catalog, "responses", drifted)
    problems = checks.unknown_contact_facts()
    assert any("uk: utter_support says '0800 555 112'" in p for p in problems), problems
    assert any("uk: utter_support says 'crimestopers.org'" in p for p in problems), problems
    assert any("fr: utter_support has {crimestopers_phone}" in p for p in problems), problems
    assert len(problems) == 3


def test_crimestoppers_is_the_anonymous_reporting_route_not_support() -> None:
    assert "not a support line" in contacts.contacts()["crimestoppers"]["role"]
    support = catalog.responses("en")["utter_support"][0]["text"]
    line = next(line for line in support.splitlines() if "Crimestoppers" in line)
    assert not line.startswith("•") and "To report without giving your name" in line and "not a support line" in line
    assert "{crimestoppers_phone}" in line and "{crimestoppers_web}" in line
    assert support.splitlines()[1] == "• In danger now: call 999."
