"""The conversation's language: detected after every message, and changed whenever the user asks."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import kept_as_answer, latest_user_text, set_since_latest_message, times_said
from bot.intake.answers import YES, clean_text, is_button_payload
from bot.catalog import IN_LANGUAGE
from bot.language.detection import PARSE_KEY as LANGUAGE, Detection
from bot.language.languages import BY_CODE, DEFAULT_LANGUAGE, SUPPORTED, normalize_code
from bot.language.session import decide

# The question whose answer is a language ("In which language should the team talk to you?"): naming one there
# answers it, and is no request to change the language of this chat.
ASKS_FOR_A_LANGUAGE = "contact_language"


class ActionChangeLanguage(Action):
    """A language button or `/language xx` changes the language at once; typed words only offer it.

    "Can we speak French?" may be misread, and "Dari" may be the answer to "in which language?": typed words ask
    first, with buttons in both languages (survivor-centred rule 13: a change of path from typed text is
    confirmed), and words typed while a question is open are kept as its answer.
    """

    def name(self) -> Text:
        return "action_change_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        chosen = normalize_code(next(tracker.get_latest_entity_values("language_choice"), None)
                                or (tracker.latest_message.get(LANGUAGE) or {}).get("requested"))
        text = clean_text(latest_user_text(tracker))
        if not is_button_payload(text):
            kept = kept_as_answer(tracker, text)
            current = tracker.get_slot("language") or DEFAULT_LANGUAGE
            if chosen not in SUPPORTED:
                return kept if kept else _show_menu(dispatcher)
            if kept and tracker.get_slot("requested_slot") == ASKS_FOR_A_LANGUAGE:
                return kept  # "Dari" names the language for the team's call, not for this chat
            if chosen == current:
                if not kept:
                    dispatcher.utter_message(response="utter_language_changed", **{IN_LANGUAGE: chosen})
                return kept
            if set_since_latest_message(tracker, "language_candidate", chosen):  # offered by the detection already
                return kept
            return kept + offer_switch(dispatcher, current, chosen)
        if chosen not in SUPPORTED:
            return _show_menu(dispatcher)
        dispatcher.utter_message(response="utter_language_changed", **{IN_LANGUAGE: chosen})
        events = safety_asked_again(tracker, chosen)
        events += [SlotSet("language", chosen), SlotSet("language_candidate", None)]
        offered = tracker.get_slot("language_candidate")
        if offered and offered != chosen:
            declined = list(tracker.get_slot("languages_declined") or [])
            events.append(SlotSet("languages_declined", declined + [offered]))
        return events


def safety_asked_again(tracker: Tracker, language: str) -> List[Dict[Text, Any]]:
    """Forgets a "yes, I am safe" given before the person chose another language, so that the intake asks it again.

    It may have been the answer to a question they could not read ("نعم" to "Are you safe?" in English, then
    Arabic chosen): the safety question comes again in the chosen language before anything else (survivor-
    centred rule 17). A "no" or an unsure answer stands: what follows it (the choices) is asked in the new
    language. The language button is read before this action runs (ActionDetectLanguage), so a language set
    since the message counts as a change.
    """
    changes = language != (tracker.get_slot("language") or DEFAULT_LANGUAGE) \
        or set_since_latest_message(tracker, "language", language)
    if changes and tracker.active_loop.get("name") == "intake_form" and tracker.get_slot("safe_now") == YES:
        return [SlotSet("safe_now", None)]
    return []


def written_in_the_offered_language(tracker: Tracker) -> Optional[str]:
    """The language on offer ("Would you like to continue in Urdu?") when the latest message is written in it:
    romanised as it ("ji haan"), in its everyday words ("oui"), or in its script where the conversation's language
    is written in another ("نعم" in English). None once the offer was turned down, or when the message is in the
    conversation's script.
    """
    candidate = tracker.get_slot("language_candidate")
    current = tracker.get_slot("language") or DEFAULT_LANGUAGE
    declined = tracker.get_slot("languages_declined") or ()
    if candidate not in SUPPORTED or candidate == current or candidate in declined:
        return None
    detection = Detection.from_dict(tracker.latest_message.get(LANGUAGE) or {})
    script = BY_CODE[candidate].script
    if candidate in (detection.romanised, detection.everyday) \
            or detection.script == script != BY_CODE[current].script:
        return candidate
    return None


def _show_menu(dispatcher: CollectingDispatcher) -> List[Dict[Text, Any]]:
    dispatcher.utter_message(response="utter_choose_language")
    return []


def offer_switch(dispatcher: CollectingDispatcher, current: str, candidate: str) -> List[Dict[Text, Any]]:
    """"Would you like to continue in ...?", asked in the conversation's language and in the offered one."""
    for language in (current, candidate):
        dispatcher.utter_message(response="utter_confirm_language_switch", **{IN_LANGUAGE: language},
                                 language=current, language_candidate=candidate,
                                 language_candidate_name=BY_CODE[candidate].native_name)
    return [SlotSet("language_candidate", candidate)]


class ActionDetectLanguage(Action):
    """Run after every user message (in action_read_message): keeps the session language, sticky but never stuck.

    The rules are bot.language.session.decide; this action only gathers what it needs from the tracker and
    turns the decision into slots and, when a switch is proposed, a question asked in both languages.
    """

    def name(self) -> Text:
        return "action_detect_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        latest = tracker.latest_message or {}
        detections = _detections(tracker)
        parses = _user_parses(tracker)
        current = tracker.get_slot("language")
        requested = (latest.get(LANGUAGE) or {}).get("requested")
        named = next(tracker.get_latest_entity_values("language_choice"), None)
        # Only a command or a language button changes the language here. Typed words naming one are offered
        # (action_change_language), and while a question is open, "Russian" or "Farsi" may be the answer ("who
        # was responsible?", "in which language?"), not a request.
        if not is_button_payload(latest.get("text") or ""):
            requested = named = None
        decision = decide(
            current,
            detections[-1] if detections else None,
            recent=detections[:-1],
            explicit=requested or named,
            page_language=(latest.get("metadata") or {}).get("page_language"),
            declined=tracker.get_slot("languages_declined") or (),
            chosen_before=any(_chose_language(parse) for parse in parses[:-1]),
        )
        events: List[Dict[Text, Any]] = []
        if decision.language != current:
            events.append(SlotSet("language", decision.language))
        if decision.unsupported_script and not times_said(tracker, "utter_unsupported_language"):
            dispatcher.utter_message(response="utter_unsupported_language")
        candidate = decision.propose_switch_to
        if candidate and candidate != tracker.get_slot("language_candidate"):
            events += offer_switch(dispatcher, decision.language, candidate)
        return events


def _user_parses(tracker: Tracker) -> List[Dict[Text, Any]]:
    """The parse data of the user's messages in this conversation, oldest first (the latest one last)."""
    return [event.get("parse_data") or {} for event in tracker.events if event.get("event") == "user"]


def _detections(tracker: Tracker) -> List[Detection]:
    """The detections of the user's messages in this conversation, oldest first (the latest one last)."""
    return [Detection.from_dict(parse[LANGUAGE]) for parse in _user_parses(tracker) if parse.get(LANGUAGE)]


def _chose_language(parse: Dict[Text, Any]) -> bool:
    """True for a message that chose a language explicitly: a request in words, a command or a menu button."""
    return bool((parse.get(LANGUAGE) or {}).get("requested")
                or any(entity.get("entity") == "language_choice" for entity in parse.get("entities") or ()))
