"""The language actions on trackers: first language, stickiness, proposals in both languages, explicit choice."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.language import ActionChangeLanguage, ActionDetectLanguage
from bot.catalog import IN_LANGUAGE
from tests.helpers import run_action, sdk_tracker


def detection(language: Optional[str], script: str = "Latin", confidence: float = 0.99, words: int = 9,
              supported: bool = True, requested: Optional[str] = None) -> Dict[str, Any]:
    return {"language": language, "confidence": confidence, "script": script, "supported": supported,
            "words": words, "chars": words * 6, "requested": requested}


def conversation(detections: List[Dict[str, Any]], slots: Optional[Dict[str, Any]] = None,
                 entities: Optional[list] = None, metadata: Optional[dict] = None, text: str = "…") -> Tracker:
    events = [{"event": "user", "text": text, "parse_data": {"language": d}} for d in detections]
    latest = {"text": text, "intent": {"name": "inform"}, "entities": entities or [],
              "language": detections[-1], "metadata": metadata or {}}
    return sdk_tracker("lang", slots or {}, latest, events)


def test_the_first_confident_message_sets_the_language() -> None:
    events, messages = run_action(ActionDetectLanguage(), conversation([detection("ar", "Arabic")]))
    assert events == [SlotSet("language", "ar")] and messages == []


def test_the_page_language_comes_first_and_a_deciding_message_is_offered() -> None:
    events, messages = run_action(ActionDetectLanguage(),
                                  conversation([detection("en")], metadata={"page_language": "fa-AF"}))
    assert events == [SlotSet("language", "fa"), SlotSet("language_candidate", "en")]
    assert [m[IN_LANGUAGE] for m in messages] == ["fa", "en"]


def test_an_undecided_opening_is_in_english_and_the_first_deciding_message_is_offered() -> None:
    """ "marhaba" (one Latin word, whatever its confidence) decides nothing; a later clear message is offered."""
    events, messages = run_action(ActionDetectLanguage(), conversation([detection("so", words=1)]))
    assert events == [SlotSet("language", "en")] and messages == []
    events, messages = run_action(ActionDetectLanguage(), conversation(
        [detection("so", words=1), detection("ar", "Arabic")], slots={"language": "en"}))
    assert events == [SlotSet("language_candidate", "ar")] and [m[IN_LANGUAGE] for m in messages] == ["en", "ar"]


def test_one_message_in_another_language_never_flips_the_session() -> None:
    chosen = detection(None, "Common", confidence=0.0, words=0, supported=False, requested="en")
    events, messages = run_action(ActionDetectLanguage(),
                                  conversation([chosen, detection("fr")], slots={"language": "en"}))
    assert events == [] and messages == []


def test_roman_urdu_is_offered_in_both_scripts_and_never_switched_to() -> None:
    roman_urdu = {**detection("so", words=3), "romanised": "ur"}
    events, messages = run_action(ActionDetectLanguage(), conversation([roman_urdu], slots={"language": "en"}))
    assert events == [SlotSet("language_candidate", "ur")]
    assert [(m[IN_LANGUAGE], m["language_candidate_name"]) for m in messages] == [("en", "اردو"), ("ur", "اردو")]


def test_two_confident_messages_in_another_language_are_offered_in_both_languages() -> None:
    events, messages = run_action(ActionDetectLanguage(),
                           conversation([detection("fr"), detection("fr")], slots={"language": "en"}))
    assert events == [SlotSet("language_candidate", "fr")]
    assert [(m["response"], m[IN_LANGUAGE]) for m in messages] == [
        ("utter_confirm_language_switch", "en"), ("utter_confirm_language_switch", "fr")]
    assert {m["language_candidate_name"] for m in messages} == {"Français"}


def test_short_messages_never_count_towards_a_switch() -> None:
    events, messages = run_action(ActionDetectLanguage(), conversation(
        [detection("fr", words=2), detection("fr", words=2)], slots={"language": "en"}))
    assert events == [] and messages == []


def test_a_declined_language_is_not_offered_again() -> None:
    events, messages = run_action(ActionDetectLanguage(), conversation(
        [detection("fr"), detection("fr")], slots={"language": "en", "languages_declined": ["fr"]}))
    assert events == [] and messages == []


def test_an_unsupported_script_gets_a_kind_answer_once() -> None:
    tigrinya = detection(None, script="Ethiopic", confidence=0.0, supported=False)
    events, messages = run_action(ActionDetectLanguage(), conversation([tigrinya], slots={"language": "en"}))
    assert [m["response"] for m in messages] == ["utter_unsupported_language"] and events == []


def test_an_explicit_command_wins_at_once() -> None:
    events, _ = run_action(ActionDetectLanguage(), conversation([detection("en", requested="uk")],
                                                                slots={"language": "en"}, text="/language uk"))
    assert events == [SlotSet("language", "uk")]


def test_a_typed_request_is_offered_with_buttons_never_switched_at_once() -> None:
    """"can we speak Ukrainian?" may be misread: it is asked in both languages, with buttons."""
    tracker = conversation([detection("en", requested="uk")], slots={"language": "en"},
                           entities=[{"entity": "language_choice", "value": "uk"}], text="can we speak ukrainian?")
    assert run_action(ActionDetectLanguage(), tracker)[0] == []
    events, messages = run_action(ActionChangeLanguage(), tracker)
    assert [(m["response"], m[IN_LANGUAGE]) for m in messages] == [("utter_confirm_language_switch", "en"),
                                                                   ("utter_confirm_language_switch", "uk")]
    assert events == [SlotSet("language_candidate", "uk")]


def test_a_language_typed_as_the_answer_to_which_language_is_only_the_answer() -> None:
    """Seen from outside: "Dari" at "In which language?" was kept, and a switch of the chat to Persian offered in the
    middle of the contact questions; the next answer went to that offer."""
    tracker = conversation([detection("en")], slots={"language": "en", "requested_slot": "contact_language"},
                           entities=[{"entity": "language_choice", "value": "fa"}], text="Dari")
    tracker.active_loop = {"name": "report_form"}
    assert run_action(ActionChangeLanguage(), tracker) == ([SlotSet("contact_language", "Dari")], [])


def test_a_language_typed_at_another_open_question_is_kept_and_offered() -> None:
    tracker = conversation([detection("en")], slots={"language": "en", "requested_slot": "perpetrator"},
                           entities=[{"entity": "language_choice", "value": "ru"}], text="russian")
    tracker.active_loop = {"name": "report_form"}
    events, messages = run_action(ActionChangeLanguage(), tracker)
    assert events == [SlotSet("perpetrator", "russian"), SlotSet("language_candidate", "ru")]
    assert [message["response"] for message in messages] == ["utter_confirm_language_switch"] * 2


def test_choosing_a_language_confirms_in_it_and_records_a_declined_offer() -> None:
    tracker = conversation([detection("en")], slots={"language": "en", "language_candidate": "fr"},
                           entities=[{"entity": "language_choice", "value": "en"}],
                           text='/change_language{"language_choice":"en"}')
    events, messages = run_action(ActionChangeLanguage(), tracker)
    assert [(m["response"], m[IN_LANGUAGE]) for m in messages] == [("utter_language_changed", "en")]
    assert events == [SlotSet("language", "en"), SlotSet("language_candidate", None),
                      SlotSet("languages_declined", ["fr"])]


def language_button(language: str, slots: Dict[str, Any], form: str = "intake_form") -> Tracker:
    tracker = conversation([detection(language)], slots=slots,
                           entities=[{"entity": "language_choice", "value": language}],
                           text=f'/change_language{{"language_choice":"{language}"}}')
    tracker.active_loop = {"name": form}
    return tracker


def test_a_yes_to_the_safety_question_is_asked_again_in_a_newly_chosen_language() -> None:
    """Seen from outside: "نعم" answered "Are you safe?" in English, then Arabic was chosen; the yes stood although
    the person may not have read the question. Asked again in Arabic, before the consent."""
    events, _ = run_action(ActionChangeLanguage(), language_button("ar", {"language": "en", "safe_now": "yes"}))
    assert events[0] == SlotSet("safe_now", None) and SlotSet("language", "ar") in events


@pytest.mark.parametrize("slots, form", [
    ({"language": "en", "safe_now": "no"}, "intake_form"),       # "not safe" stands: the choices come in Arabic
    ({"language": "en", "safe_now": "unsure"}, "intake_form"),
    ({"language": "ar", "safe_now": "yes"}, "intake_form"),      # the same language: nothing to ask again
    ({"language": "en", "safe_now": "yes"}, "report_form"),      # consent given, the report begun
])
def test_other_safety_answers_stand_after_a_language_choice(slots: Dict[str, Any], form: str) -> None:
    events, _ = run_action(ActionChangeLanguage(), language_button("ar", slots, form))
    assert not any(event.get("name") == "safe_now" for event in events)


def test_a_language_button_already_read_this_turn_still_asks_the_safety_question_again() -> None:
    """As it runs: ActionDetectLanguage has set the chosen language before ActionChangeLanguage sees the button."""
    tracker = language_button("ar", {"language": "ar", "safe_now": "yes"})
    tracker.events.append({"event": "slot", "name": "language", "value": "ar"})
    events, _ = run_action(ActionChangeLanguage(), tracker)
    assert events[0] == SlotSet("safe_now", None)


def test_asking_to_change_without_saying_which_shows_the_menu() -> None:
    events, messages = run_action(ActionChangeLanguage(), conversation([detection("en")], slots={"language": "en"}))
    assert [m["response"] for m in messages] == ["utter_choose_language"] and events == []


def test_a_language_name_answering_an_open_question_is_not_a_request() -> None:
    tracker = conversation([detection("en", requested="ru")], slots={"language": "en", "requested_slot": "perpetrator"})
    events, _ = run_action(ActionDetectLanguage(), tracker)
    assert events == []


def test_a_language_the_model_tags_in_an_answer_to_an_open_question_is_not_a_switch() -> None:
    """"Farsi, with an interpreter" answering "which language?" names a language; it does not choose one."""
    tagged = [{"entity": "language_choice", "value": "fa", "start": 0, "end": 5}]
    tracker = conversation([detection("en")], slots={"language": "en", "requested_slot": "contact_language"},
                           entities=tagged)
    events, _ = run_action(ActionDetectLanguage(), tracker)
    assert events == []
