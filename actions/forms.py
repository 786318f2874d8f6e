"""Form validators: every answer is kept in the user's words or as a skip, never pushed for more."""
from __future__ import annotations

import functools
from typing import Any, Callable, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.conversation import latest_intent, latest_user_text, times_said
from bot.answers import (CONTACT_CHOICES, MARKER_FOR_INTENT, MARKERS, NO, YES, clean_text, is_button_payload,
                         is_short, normalise)

WITHDRAW_CONSENT = "withdraw_consent"
ROLES = ("survivor", "witness", "perpetrator_information", "on_behalf")
ANONYMOUS_UNLESS_ASKED = "anonymous"
NOT_SAFE_INTENTS = ("deny", "unsafe")

Slots = Dict[Text, Any]


def _when_asked(earlier: Callable[[str, Any], Slots]) -> Callable[[Callable[..., Slots]], Callable[..., Slots]]:
    """Runs a slot's validator only on the turn that answers its question; `earlier` decides the other turns.

    Rasa re-validates every filled slot when a form is activated again (after a pause, say); the latest
    message then is "continue", not an answer to that question.
    """
    def decorate(validate: Callable[..., Slots]) -> Callable[..., Slots]:
        slot = validate.__name__[len("validate_"):]

        @functools.wraps(validate)
        def validate_if_asked(self: Any, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> Slots:
            if tracker.get_slot("requested_slot") != slot:
                return earlier(slot, value)
            return validate(self, value, dispatcher, tracker, domain)

        return validate_if_asked

    return decorate


# What the user said before stays as it was (the report questions).
only_new_answers = _when_asked(lambda slot, value: {slot: value})
# Safety and consent are asked afresh whenever intake starts again: an earlier "not now" is not an answer.
asked_afresh = _when_asked(lambda slot, value: {slot: None})


def free_text_answer(slot: str) -> Callable[..., Slots]:
    """The validator of a question whose answer is free text: see `_answer`."""
    def validate(self: Any, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                 domain: DomainDict) -> Slots:
        return _answer(slot, value, tracker)

    validate.__name__ = f"validate_{slot}"
    return only_new_answers(validate)


def _answer(slot: str, value: Any, tracker: Tracker) -> Slots:
    """The generic free-text answer: the user's words, or a skip marker; nothing usable asks again."""
    return {slot: normalise(latest_user_text(tracker), latest_intent(tracker))}


class ValidateIntakeForm(FormValidationAction):
    """Safety first, then consent before any content (survivor-centred rules 2 and 13)."""

    def name(self) -> Text:
        return "validate_intake_form"

    @asked_afresh
    def validate_safe_now(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                          domain: DomainDict) -> Slots:
        intent = latest_intent(tracker)
        if intent in NOT_SAFE_INTENTS:
            dispatcher.utter_message(response="utter_safety_advice")
            return {"safe_now": NO}
        if intent == "affirm":
            return {"safe_now": YES}
        # Anything else is not a yes: we do not keep what they wrote before consenting.
        return {"safe_now": "unsure"}

    @asked_afresh
    def validate_consent(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                         domain: DomainDict) -> Slots:
        """An active yes only; someone who said they are under 18 is not taken through an account (rule 15)."""
        if tracker.get_slot("is_minor"):
            dispatcher.utter_message(response="utter_child_safe")
            return {"consent": False}
        return {"consent": value is True}


class ValidateReportForm(FormValidationAction):
    """Free narrative first, then optional follow-ups, each asked once (rules 1, 5 and 6)."""

    def name(self) -> Text:
        return "validate_report_form"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        """Contact details are asked for only when the user asked to be contacted (rule 14)."""
        if tracker.get_slot("contact_preference") == "contact_me":
            return domain_slots
        return [slot for slot in domain_slots if slot != "contact_details"]

    @only_new_answers
    def validate_role(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                      domain: DomainDict) -> Slots:
        if value in ROLES:
            return {"role": value}
        return _answer("role", value, tracker)

    @only_new_answers
    def validate_narrative(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                           domain: DomainDict) -> Slots:
        answer = _answer("narrative", value, tracker)
        if answer["narrative"] is None:
            return answer
        # A skipped narrative needs no "anything else?" question.
        if answer["narrative"] != clean_text(latest_user_text(tracker)):
            return {**answer, "narrative_done": True}
        return answer

    @only_new_answers
    def validate_narrative_done(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> Slots:
        """More text adds to the narrative, in as many messages as the user needs.

        "That's all" ends it; a longer message that merely sounds like "no" or "skip" is more of the account.
        """
        more = clean_text(latest_user_text(tracker))
        if value is True and (is_button_payload(more) or is_short(more)):
            return {"narrative_done": True}
        if not more or is_button_payload(more):
            return {"narrative_done": None}
        narrative = tracker.get_slot("narrative") or ""
        return {"narrative": f"{narrative}\n{more}" if narrative else more, "narrative_done": None}

    # The follow-up questions: each answer kept in the user's words, or as a skip.
    validate_incident_time = free_text_answer("incident_time")
    validate_incident_place = free_text_answer("incident_place")
    validate_perpetrator = free_text_answer("perpetrator")
    validate_perpetrator_in_uk = free_text_answer("perpetrator_in_uk")
    validate_others_involved = free_text_answer("others_involved")
    validate_evidence = free_text_answer("evidence")
    validate_prior_reports = free_text_answer("prior_reports")
    validate_onward_sharing = free_text_answer("onward_sharing")

    @only_new_answers
    def validate_contact_preference(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> Slots:
        """A clear choice is taken; not answering means nobody contacts them; unclear words ask once more."""
        if value in CONTACT_CHOICES:
            return {"contact_preference": value}
        if latest_intent(tracker) in MARKER_FOR_INTENT or times_said(tracker, "utter_contact_choose_one"):
            return {"contact_preference": ANONYMOUS_UNLESS_ASKED}
        dispatcher.utter_message(response="utter_contact_choose_one")
        return {"contact_preference": None}

    @only_new_answers
    def validate_contact_details(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: DomainDict) -> Slots:
        """Declining to give details after all means staying anonymous: nothing is kept."""
        answer = _answer("contact_details", value, tracker)["contact_details"]
        if answer in MARKERS:
            return {"contact_details": answer, "contact_preference": ANONYMOUS_UNLESS_ASKED}
        return {"contact_details": answer}

    @only_new_answers
    def validate_report_confirmed(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> Slots:
        """Yes sends; anything the user writes instead is added as a correction and the summary is shown again."""
        if value is True:
            return {"report_confirmed": True}
        text = clean_text(latest_user_text(tracker))
        if not text or is_button_payload(text) or (latest_intent(tracker) == "deny" and is_short(text)):
            return {"report_confirmed": None}
        corrections = list(tracker.get_slot("corrections") or [])
        return {"report_confirmed": None, "corrections": corrections + [text]}


class ValidateFollowupForm(FormValidationAction):
    """A returning user proves nothing but the follow-up code; the code is checked when adding."""

    def name(self) -> Text:
        return "validate_followup_form"

    @only_new_answers
    def validate_followup_code(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> Slots:
        if latest_intent(tracker) in MARKER_FOR_INTENT:
            dispatcher.utter_message(response="utter_followup_code_unknown")
            return {"followup_code": None, "requested_slot": None}
        digits = "".join(ch for ch in str(value or "") if ch.isdigit())
        if len(digits) == 16:
            return {"followup_code": digits}
        dispatcher.utter_message(response="utter_followup_code_unknown")
        if times_said(tracker, "utter_followup_code_unknown"):
            return {"followup_code": None, "requested_slot": None}  # asked once more already (rule 6)
        return {"followup_code": None}

    @only_new_answers
    def validate_followup_text(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> Slots:
        """Consent can be withdrawn with the follow-up code (survivor-centred rule 3)."""
        if latest_intent(tracker) == "withdraw":
            return {"followup_text": WITHDRAW_CONSENT}
        return _answer("followup_text", value, tracker)
