"""The NLG answers in the conversation's language from the catalog, and machine-translates outside the ten."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot import catalog
from bot.catalog.bidi import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from bot.catalog.nlg import CatalogNaturalLanguageGenerator, select
from bot.channels import MESSAGING, MESSAGING_CHANNELS

DOMAIN = Domain.load(str(Path(__file__).resolve().parent.parent / "domain.yml"))


def say(response: str, language: str, channel: str = "rest", consent: object = None, **kwargs: object) -> dict:
    tracker = DialogueStateTracker.from_events("nlg-test", [SlotSet("language", language), SlotSet("consent", consent)],
                                               slots=DOMAIN.slots)
    return asyncio.run(CatalogNaturalLanguageGenerator(domain=DOMAIN).generate(response, tracker, channel, **kwargs))


@pytest.mark.parametrize("language", catalog.CURATED_LANGUAGES)
def test_a_pause_says_the_answers_are_kept_only_once_there_is_a_draft(language: str) -> None:
    """Before consent there is nothing to keep yet, and "Your answers are kept" would not be true."""
    kept, plain = (next(v["text"] for v in catalog.responses(language)["utter_paused"] if bool(v.get("condition")) is c)
                   for c in (True, False))
    for consent in (None, False):
        assert say("utter_paused", language, consent=consent)["text"] == plain
    assert say("utter_paused", language, consent=True)["text"] == kept
    assert len(kept) > len(plain)


@pytest.mark.parametrize("language", catalog.CURATED_LANGUAGES)
def test_each_curated_language_gets_its_own_text(language: str) -> None:
    expected = catalog.responses(language)["utter_ask_incident_time"][0]["text"]
    assert say("utter_ask_incident_time", language)["text"] == expected


@pytest.mark.parametrize("language", catalog.CURATED_LANGUAGES)
@pytest.mark.parametrize("channel", sorted(MESSAGING_CHANNELS))
def test_messaging_apps_get_the_messaging_variation_in_every_language(channel: str, language: str) -> None:
    variations = catalog.responses(language)["utter_safety_advice"]
    on_phone = next(v["text"] for v in variations if v.get("channel") == MESSAGING)
    on_web = next(v["text"] for v in variations if not v.get("channel"))
    assert on_phone != on_web
    assert say("utter_safety_advice", language, channel)["text"] == on_phone
    assert say("utter_safety_advice", language, "socketio")["text"] == on_web


@pytest.mark.parametrize("language, channel, sources, catalog_channel, machine_translation", [
    ("en", "rest", ("en",), "rest", False),
    ("uk", "telegram", ("uk", "en"), MESSAGING, False),
    ("de", "socketio", ("en",), "socketio", True),
])
def test_selection_names_the_catalogs_the_channel_variation_and_whether_to_translate(
        language: str, channel: str, sources: tuple, catalog_channel: str, machine_translation: bool) -> None:
    selection = select(language, channel)
    assert (selection.sources, selection.channel, selection.machine_translation) == \
        (sources, catalog_channel, machine_translation)


def test_references_stay_readable_in_right_to_left_text() -> None:
    text = say("utter_report_filed", "ar", reference="REF-ABCD2345")["text"]
    assert f"{FIRST_STRONG_ISOLATE}REF-ABCD2345{POP_DIRECTIONAL_ISOLATE}" in text
    text = say("utter_followup_code", "ar", followup_code="1234 5678 9012 3456", reference="REF-ABCD2345")["text"]
    assert f"{FIRST_STRONG_ISOLATE}1234 5678 9012 3456{POP_DIRECTIONAL_ISOLATE}" in text
    assert f"{FIRST_STRONG_ISOLATE}REF-ABCD2345{POP_DIRECTIONAL_ISOLATE}" in text


def test_left_to_right_text_is_not_wrapped() -> None:
    text = say("utter_report_filed", "fr", reference="REF-ABCD2345", followup_code="1234 5678 9012 3456")["text"]
    assert "REF-ABCD2345" in text and FIRST_STRONG_ISOLATE not in text


def test_an_action_can_speak_another_language_on_purpose() -> None:
    assert say("utter_language_changed", "en", **{catalog.IN_LANGUAGE: "uk"})["text"] == \
        catalog.responses("uk")["utter_language_changed"][0]["text"]


def test_a_language_without_catalog_or_package_gets_english(monkeypatch: pytest.MonkeyPatch,
                                                           tmp_path: Path) -> None:
    monkeypatch.setenv("TESTIMONY_DATA_DIR", str(tmp_path))
    assert say("utter_ask_incident_time", "de")["text"] == catalog.responses("en")["utter_ask_incident_time"][0]["text"]


def test_a_language_with_an_installed_package_is_machine_translated_and_marked(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from bot.translation.__main__ import main as translation_cli
    from tests.argos_fixture import build_argos_package, upper

    monkeypatch.setenv("TESTIMONY_DATA_DIR", str(tmp_path))
    package = build_argos_package(tmp_path / "build", "en", "de", transform=upper)
    assert translation_cli(["install", str(package)]) == 0

    response = say("utter_ask_perpetrator_in_uk", "de")

    english = catalog.responses("en")["utter_ask_perpetrator_in_uk"][0]
    assert response["text"].startswith(english["text"].upper())
    assert "machine translation" in response["text"]
    assert [b["title"] for b in response["buttons"]] == [b["title"].upper() for b in english["buttons"]]
    assert [b["payload"] for b in response["buttons"]] == [b["payload"] for b in english["buttons"]]
