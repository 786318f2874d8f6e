"""Form validators: every answer is kept in the user's words or as a skip, never pushed for more."""
from __future__ import annotations

import functools
from abc import ABC, abstractmethod
from typing import Any, ClassVar, Dict, List, Optional, Text, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecutionRejected
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction
from rasa_sdk.types import DomainDict

from actions.acknowledgements import acknowledge_sexual_violence
from actions.consent import CONSENT_QUESTIONS, answer_worries, asks_a_question
from actions.conversation import (CLOSES_THE_ACCOUNT, CORRECTIONS, answered, asked_with,
                                  happened_since_latest_message, latest_intent, latest_user_text, plainly_means,
                                  says_goodbye, set_since_latest_message, slot_before_latest_message, times_said,
                                  with_correction, words_beside_intent, worded_like)
from actions.interruptions import (ANSWERED_WITHOUT_KEEPING, KEEPS_WORDS_AT, NARRATIVE_QUESTIONS,
                                  asks_about_the_service, slots_keeping_words)
from actions.language import offer_switch, written_in_the_offered_language
from actions.safety import SAFE_TO_GO_ON, answer_danger, danger_in
from bot.intake.answers import (MARKER_FOR_INTENT, MARKERS, MAX_WORDS_OF_A_REQUEST, NO, RATHER_NOT_SAY, YES,
                                answers_nothing, clean_text, has_a_negation, is_button_payload, is_question,
                                is_worth_holding, normalise, opens_as_a_question)
from bot.intake.fields import (CONTACT_CHOICES, CONTACT_QUESTIONS, FOLLOWUP_QUESTIONS, FREE_TEXT_QUESTIONS,
                               INTAKE_QUESTIONS, NOT_YES_OR_NO_QUESTIONS, OFFICER_GENDERS, ONWARD_SHARING,
                               OPTIONAL_FOLLOW_UPS, ROLES, RULED_REPORT_QUESTIONS)
from bot.intake.narrative import added_to_account
from bot.language.languages import DEFAULT_LANGUAGE
from bot.reports.codes import normalize_reference

WITHDRAW_CONSENT = "withdraw_consent"
ANONYMOUS_UNLESS_ASKED = "anonymous"
SUPPORT_CHARITY = "support_organisation"
NOT_SAFE_INTENTS = ("deny", "unsafe")
REVIEW_AND_SEND = "review_and_send"
ADD_MORE = "add_more"
# Said plainly to "Shall I keep this as the start of your account?", these let the words typed before consent go.
LETS_HELD_WORDS_GO = ("deny", "skip", "rather_not_say")
# At the summary, "no" and "I want to add more" both ask to add or correct something first.
ASKS_TO_CORRECT = ("deny", ADD_MORE)
# Said plainly at "anything more?", these keep the account open without adding to it: "yes, there is more",
# "continue", "ok", "hello?", "thanks".
KEEPS_THE_ACCOUNT_OPEN = (ADD_MORE, "affirm", "resume", "greet", "goodbye")
# The report's questions answered in words, where a worry about the service may be typed instead of an answer.
WORRIES_ANSWERED_AT = NARRATIVE_QUESTIONS + FREE_TEXT_QUESTIONS

Slots = Dict[Text, Any]


class AnswerValidationAction(FormValidationAction, ABC):
    """What every form's validator shares, in the style of RasaHQ/financial-demo's CustomFormValidationAction.

    Rasa calls `validate_<slot>` for every filled slot of the form, and again for all of them when the form is
    activated again (after a pause, say): the latest message then is "continue", not an answer to those
    questions. So a subclass lists its slots in the class data below, each list saying what happens on a turn
    that does not answer that slot's question, and gets a `validate_<slot>` (`checked_answer`) for each:

    - `keep_earlier_answers`: what the user said before stays as it was;
    - `ask_afresh`: the earlier answer is dropped, so the question is asked again;
    - `free_text_slots`: kept like the first list; the answer is the user's words or a skip (`free_text_answer`).

    On the turn that answers it, a slot of the first two lists is validated by the subclass's `answer_<slot>`.
    """

    keep_earlier_answers: ClassVar[Tuple[Text, ...]] = ()
    ask_afresh: ClassVar[Tuple[Text, ...]] = ()
    free_text_slots: ClassVar[Tuple[Text, ...]] = ()

    @abstractmethod
    def name(self) -> Text:
        """`validate_<form name>`. Abstract, so that the action server registers only the concrete forms."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Gives every listed slot the `validate_<slot>` method that Rasa looks for."""
        super().__init_subclass__(**kwargs)
        for slot in cls.keep_earlier_answers + cls.ask_afresh + cls.free_text_slots:
            setattr(cls, f"validate_{slot}", functools.partialmethod(cls.checked_answer, slot))

    def checked_answer(self, slot: Text, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                       domain: DomainDict) -> Slots:
        """The slots to set for `slot`: by its rule on the turn that answers its question, else as listed."""
        requested = tracker.get_slot(REQUESTED_SLOT)
        if requested != slot:
            # No question asked yet means the form is starting (again); mid-form, another answer is kept.
            return {slot: None if slot in self.ask_afresh and requested is None else value}
        if slot in self.free_text_slots:
            return free_text_answer(slot, tracker)
        return getattr(self, f"answer_{slot}")(value, dispatcher, tracker, domain)


def free_text_answer(slot: Text, tracker: Tracker) -> Slots:
    """The generic free-text answer: the user's words, or a skip marker; nothing usable asks again.

    Words kept as the answer while its question stayed open (typed on a detour: distress, danger, a misread age;
    kept_as_answer) are never replaced: more words are added to them, a skip or a button keeps them as they are.
    """
    answer = typed_answer(slot, tracker)
    kept = slot_before_latest_message(tracker, slot)
    if not kept:
        return {slot: answer}
    return {slot: f"{kept}\n{answer}" if says_more(tracker, answer, kept) else kept}


def typed_answer(slot: Text, tracker: Tracker) -> Optional[Text]:
    """The latest message as the answer to `slot`'s question: its words, a skip marker, or None."""
    return normalise(latest_user_text(tracker), latest_intent(tracker), worded_like(tracker),
                     yes_or_no=slot not in NOT_YES_OR_NO_QUESTIONS)


def says_more(tracker: Tracker, answer: Optional[Text], kept: Text) -> bool:
    """The answer is the latest message's own words (no marker, not nothing), other than those already `kept`."""
    return answer is not None and answer != kept and answer == clean_text(latest_user_text(tracker))


def answers_two_questions(tracker: Tracker) -> bool:
    """A typed answer to a turn that asked "Do you want me to delete everything?" and the intake's own question
    after it (a typed "delete" during the intake): its "yes" may be either, so it is neither."""
    return "utter_confirm_delete" in asked_with(tracker) and not is_button_payload(latest_user_text(tracker))


def says_go_on(tracker: Tracker) -> bool:
    """A plain yes, or a plain "I'm ready", "let's go on" typed to the consent question itself ("do you want to
    go on?"); typed after a break or a detour, "I'm back" says nothing about what was asked before it, so the
    consent question comes again."""
    return plainly_means(tracker, "affirm") or (plainly_means(tracker, "resume")
                                                and answered(tracker) in CONSENT_QUESTIONS)


# What the domain maps to "not now" at the consent question (domain.yml, slot consent).
CONSENT_REFUSALS = frozenset({"deny", "skip", "rather_not_say", "dont_know", "keep_draft", "withdraw"})


def worded_as_a_refusal(tracker: Tracker) -> bool:
    """A few words, every one of them a word of saying no ("i dont consent" read as "that's everything", "no
    consent" not understood): a "not now", whatever the classifier made of it. Declining is never a risk."""
    wording = set(worded_like(tracker))
    return bool(wording) and wording <= CONSENT_REFUSALS


def says_no_only(tracker: Tracker, value: Any) -> bool:
    """A "no" to the consent question in words that saying no uses, however many ("I do not give my consent", "no I
    don't want to do this now"): a refusal, not words of an account ("no, they came at night" tells something).

    The refusal may be taken for any of the intents that decline (a retrained model read "I do not give my consent"
    as "I'd rather not say", whose examples never say "consent"): worded as another refusal, or with a negation
    and one word beside the intent, it is still one.
    """
    text = clean_text(latest_user_text(tracker))
    beside = words_beside_intent(tracker)
    return (value is False and len(text.split()) <= MAX_WORDS_OF_A_REQUEST
            and (beside == 0 or worded_as_a_refusal(tracker) or beside == 1 and has_a_negation(text)))


def kept_with_a_request(tracker: Tracker) -> bool:
    """Words typed at the account's questions or one answered in words, taken for a request and kept this turn
    (in the account, or as the answer), the form not yet turned away for them (when it comes back after the
    request's answer, it asks its next question)."""
    requested = tracker.get_slot(REQUESTED_SLOT)
    return (latest_intent(tracker) in ANSWERED_WITHOUT_KEEPING and requested in KEEPS_WORDS_AT
            and not is_button_payload(latest_user_text(tracker))
            and any(set_since_latest_message(tracker, slot) for slot in slots_keeping_words(requested))
            and not happened_since_latest_message(tracker, "action_execution_rejected"))


def asks_to_add_at_a_question(tracker: Tracker) -> bool:
    """The button for adding to a report, or a few words plainly asking for it, typed while a question of the
    intake is open. A question is no such request ("can i add more later?" is worded as one): it is answered
    there."""
    text = latest_user_text(tracker)
    return (tracker.get_slot(REQUESTED_SLOT) is not None
            and plainly_means(tracker, "followup", max_words=MAX_WORDS_OF_A_REQUEST)
            and (is_button_payload(text) or not (is_question(text) or opens_as_a_question(text))))


def takes_leave_at_a_question(tracker: Tracker) -> bool:
    """A goodbye ("gotta go", "i have to leave now") typed while one of the form's questions is open: the person is
    leaving, and the words are no answer to it."""
    return tracker.get_slot(REQUESTED_SLOT) is not None and says_goodbye(tracker)


class ValidateIntakeForm(AnswerValidationAction):
    """Safety first, then consent before any content (survivor-centred rules 2 and 13)."""

    # Asked afresh whenever intake starts again: an earlier "not now" is not an answer.
    ask_afresh = INTAKE_QUESTIONS

    def name(self) -> Text:
        return "validate_intake_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        """The answers, and the form turned away for a plain request to add to a report (its button, or "i have
        a follow-up code") at the safety or consent question, so that the rule for it starts the follow-up form.

        A message the classifier merely took for one ("can i add more later?", "i want to add what they did")
        is answered as anything else typed there: a question, words held, or the question again. It used to
        start the follow-up form, which asked someone who had never reported for a reference.
        """
        events = await super().run(dispatcher, tracker, domain)
        if asks_to_add_at_a_question(tracker):
            events.append(ActionExecutionRejected("intake_form"))
        return events

    def checked_answer(self, slot: Text, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                       domain: DomainDict) -> Slots:
        """A plain request to add to a report answers neither question (the form is turned away for it: `run`)."""
        if tracker.get_slot(REQUESTED_SLOT) == slot and asks_to_add_at_a_question(tracker):
            return {slot: None}
        return super().checked_answer(slot, value, dispatcher, tracker, domain)

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        """Anything but a clear "yes, I am safe" is followed by the choices, never straight by the consent."""
        if tracker.get_slot("safe_now") == YES:
            return [slot for slot in domain_slots if slot != SAFE_TO_GO_ON]
        return domain_slots

    def answer_safe_now(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                        domain: DomainDict) -> Slots:
        """Only a clear yes is safe: anything else gets the safety advice (or the danger answer) and the choices
        before any consent text. A long message is the start of their account: it is held (actions/opening.py),
        they are told so, and the question is asked once more."""
        intent, text, danger = latest_intent(tracker), latest_user_text(tracker), danger_in(tracker)
        if danger:
            answer_danger(dispatcher, danger)
            return {"safe_now": NO, SAFE_TO_GO_ON: None}
        if intent not in NOT_SAFE_INTENTS and is_worth_holding(text, intent) \
                and not times_said(tracker, "utter_words_held"):
            dispatcher.utter_message(response="utter_words_held")
            return {"safe_now": None}
        if plainly_means(tracker, "affirm"):
            return {"safe_now": None if answers_two_questions(tracker) else YES}
        dispatcher.utter_message(response="utter_safety_advice")
        # The choices come next (required_slots); what they wrote is held, never taken as this answer.
        return {"safe_now": NO if intent in NOT_SAFE_INTENTS else "unsure", SAFE_TO_GO_ON: None}

    def answer_safe_to_go_on(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> Slots:
        """Only "Go on" goes on, or a few words plainly saying it; leaving and saving for later are answered by
        their own rules."""
        return {SAFE_TO_GO_ON: True if value is True and plainly_means(tracker, "resume", "affirm") else None}

    def answer_consent(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                       domain: DomainDict) -> Slots:
        """An active yes only; someone who said they are under 18 is not taken through an account (rule 15).

        A message held as words of their account (a long one, or a yes with words of an account beside it: "yes,
        they took my son") is said to be kept, and consent is asked again.
        """
        if tracker.get_slot("is_minor"):
            dispatcher.utter_message(response="utter_child_safe")
            return {"consent": False}
        text = latest_user_text(tracker)
        if answers_nothing(text):
            return {"consent": None}  # "hmm", "?", "thank you" (read as a yes, or as a no): neither, asked again
        if not is_button_payload(text) and worded_as_a_refusal(tracker) and not plainly_means(tracker, "affirm"):
            value = False  # "i dont consent", whatever it was taken for (a retrained model read it as a yes)
        if asks_a_question(tracker) and not plainly_means(tracker, "affirm", "deny"):
            # A worry in their own words ("who will read this?"), also one that says yes or no on the way ("before
            # I say yes, could this affect my asylum case?"); a plain "yes?" or "ok?" is a yes.
            answer_worries(dispatcher)
            return {"consent": None}
        # A no with a few words beside it ("no, they burned our village") is a no: its words are held, unsaid.
        held = is_worth_holding(text, latest_intent(tracker)) or (
            value is not False and set_since_latest_message(tracker, "held_words"))
        if held and not says_no_only(tracker, value):
            dispatcher.utter_message(response="utter_words_held")
            return {"consent": None}
        if value is True and (not says_go_on(tracker) or answers_two_questions(tracker)):
            return {"consent": None}  # a few words only taken for yes: asked again, never assumed
        offered = None if is_button_payload(text) else written_in_the_offered_language(tracker)
        if value is True and offered:
            # A yes typed in the language on offer ("ji haan" to the consent in English): what they agree to must
            # be on screen in a language they read, so the offer comes first.
            if not set_since_latest_message(tracker, "language_candidate"):
                offer_switch(dispatcher, tracker.get_slot("language") or DEFAULT_LANGUAGE, offered)
            return {"consent": None}
        if isinstance(value, bool):
            return {"consent": value}
        return {"consent": None}


class ValidateReportForm(AnswerValidationAction):
    """Free narrative first, then optional follow-ups, each asked once (rules 1, 5 and 6)."""

    # What the user said before stays as it was: questions with a rule of their own...
    keep_earlier_answers = RULED_REPORT_QUESTIONS
    # ...and the follow-up questions, each answer kept in the user's words or as a skip.
    free_text_slots = FREE_TEXT_QUESTIONS

    def name(self) -> Text:
        return "validate_report_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        """The answers, and the form turned away when words of the account came with a request.

        "They raped me. Where can I get help?" or "they took my son. i need a break" at the account's questions:
        ActionKeepAccountWords keeps the words in the account, which would let the form carry on as if nothing
        had been asked. The form is turned away (Rasa's ActionExecutionRejected from a validator) so that the
        rule for the request answers it as well: the support list, the break, the choice to keep or delete.
        So is a goodbye at any of its questions ("gotta go" at "When did it happen?"): no answer, and the rule
        for a goodbye during the report keeps the draft, as a break does.
        """
        events = await super().run(dispatcher, tracker, domain)
        if kept_with_a_request(tracker) or takes_leave_at_a_question(tracker):
            events.append(ActionExecutionRejected("report_form"))
        return events

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        """Contact questions only when the user asked to be contacted (rule 14); words written before consent
        offered back only when there are some; after "That's all, review and send", none of the optional
        follow-ups still unanswered (rule 20)."""
        skipped = set()
        if tracker.get_slot("contact_preference") != "contact_me":
            skipped.update(CONTACT_QUESTIONS)
        if not tracker.get_slot("held_words") and tracker.get_slot("keep_held_words") is None:
            skipped.add("keep_held_words")
        if tracker.get_slot("review_requested"):
            skipped.update(slot for slot in OPTIONAL_FOLLOW_UPS if tracker.get_slot(slot) is None)
        return [slot for slot in domain_slots if slot not in skipped]

    def answer_keep_held_words(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> Slots:
        """Yes makes what they wrote before consent the start of the narrative; no, skip, or "I'd rather not"
        lets it go. "I don't know" is no choice to let their words go: the offer is made again.

        More words instead of a choice are added to what is held, and the offer is made again with them.
        """
        held = list(tracker.get_slot("held_words") or [])
        text = clean_text(latest_user_text(tracker))
        if value is True and plainly_means(tracker, "affirm"):
            return {"keep_held_words": True, "narrative": "\n".join(held), "held_words": None}
        if plainly_means(tracker, *LETS_HELD_WORDS_GO):
            return {"keep_held_words": False, "held_words": None}
        if is_worth_holding(text):
            return {"keep_held_words": None, "held_words": held + [text]}
        return {"keep_held_words": None}

    def checked_answer(self, slot: Text, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                       domain: DomainDict) -> Slots:
        """"That's all, review and send" at any optional follow-up goes straight to the summary; a goodbye at any
        question answers none (the form is turned away for it: `run`).

        The question whether the team may share the report is a consent (survivor-centred rule 3): a question typed
        there ("what happens after I send this?", "will they see my name?") is a worry about it, answered as at
        the first consent before it is asked again, never kept as the answer. So is a worry about the service
        typed at any question answered in words ("who will read this?" at "When did it happen?"): a person may
        ask at any time, and the question is not their account.
        """
        if tracker.get_slot(REQUESTED_SLOT) == slot:
            kept = {slot: slot_before_latest_message(tracker, slot)}  # words kept there on a detour stay
            if says_goodbye(tracker):
                return kept
            if slot in OPTIONAL_FOLLOW_UPS and asks_to_review(tracker):
                return {**kept, **review_now(tracker)}
            if (slot == ONWARD_SHARING and asks_a_question(tracker)
                    or slot in WORRIES_ANSWERED_AT and asks_about_the_service(tracker)):
                answer_worries(dispatcher)
                return kept
        return super().checked_answer(slot, value, dispatcher, tracker, domain)

    def answer_role(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                    domain: DomainDict) -> Slots:
        if value in ROLES:
            return {"role": value}
        return free_text_answer("role", tracker)

    def answer_narrative(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                         domain: DomainDict) -> Slots:
        """The first part of the account, or a skip. An account already begun while the question stayed open
        (kept on a detour: "they came at night and took my husband" taken for distress) is never replaced: the
        message is more of it, and anything else keeps it as it is (the "anything else?" question follows). The
        next message used to replace it, and a button pressed there emptied it."""
        begun = slot_before_latest_message(tracker, "narrative")
        answer = typed_answer("narrative", tracker)
        if begun:
            if not says_more(tracker, answer, begun):
                return {"narrative": begun}
            acknowledge_sexual_violence(answer, dispatcher, tracker)
            return {"narrative": begun, **added_to_account(begun, answer)}
        if answer is None:
            return {"narrative": None}
        # A skipped narrative needs no "anything else?" question.
        if answer != clean_text(latest_user_text(tracker)):
            return {"narrative": answer, "narrative_done": True}
        acknowledge_sexual_violence(answer, dispatcher, tracker)
        return {"narrative": answer}

    def answer_narrative_done(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> Slots:
        """More text adds to the narrative, in as many messages as the user needs.

        "That's all", "no", "nothing else" or "I'd rather not say" ends it, and "just send it" goes on to the
        summary; a message the classifier merely took for one of those ("they came at night" read as "that's
        everything") is more of the account, and the question is asked again (bot.intake.answers.is_plain). A plain
        "yes", "continue", "hello?" or thanks alone is no part of the account: the question is asked again, nothing
        added.
        """
        more = clean_text(latest_user_text(tracker))
        if asks_to_review(tracker):
            return {"narrative_done": True, **review_now(tracker)}
        if value is True and plainly_means(tracker, *CLOSES_THE_ACCOUNT):
            return {"narrative_done": True}
        if (not more or is_button_payload(more) or answers_nothing(more)
                or plainly_means(tracker, *KEEPS_THE_ACCOUNT_OPEN)):
            return {"narrative_done": None}
        acknowledge_sexual_violence(more, dispatcher, tracker)
        return {**added_to_account(tracker.get_slot("narrative"), more), "narrative_done": None}

    def answer_perpetrator_in_uk(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: DomainDict) -> Slots:
        """Someone responsible may be near them: a "yes" gets a short safety note before the next question."""
        answer = free_text_answer("perpetrator_in_uk", tracker)
        if latest_intent(tracker) == "affirm" or answer["perpetrator_in_uk"] == YES:
            dispatcher.utter_message(response="utter_perpetrator_in_uk_safety")
        return answer

    def answer_contact_preference(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> Slots:
        """A clear choice is taken; not answering means nobody contacts them; unclear words ask once more.

        Typed words that name more than one thing ("I don't want anyone to contact me" read as "anyone" and
        "contact me") are unclear, never the last of them: a misread must not ask for a phone number.
        """
        if value in CONTACT_CHOICES and not chosen_plainly(tracker, "contact_preference"):
            value = None
        if value == SUPPORT_CHARITY:
            # The choice leads somewhere: which charities, how to reach them, what becomes of the report.
            dispatcher.utter_message(response="utter_support_charity_route")
        if value in CONTACT_CHOICES:
            return {"contact_preference": value}
        if latest_intent(tracker) in MARKER_FOR_INTENT or times_said(tracker, "utter_contact_choose_one"):
            return {"contact_preference": ANONYMOUS_UNLESS_ASKED}
        dispatcher.utter_message(response="utter_contact_choose_one")
        return {"contact_preference": None}

    def answer_contact_details(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> Slots:
        """Declining to give details after all means staying anonymous: nothing is kept. A plain "no" to "what is
        a safe way to reach you?" declines; it is never kept as the way to reach them."""
        if plainly_means(tracker, "deny"):
            return {"contact_details": RATHER_NOT_SAY, "contact_preference": ANONYMOUS_UNLESS_ASKED}
        answer = free_text_answer("contact_details", tracker)["contact_details"]
        if answer in MARKERS:
            return {"contact_details": answer, "contact_preference": ANONYMOUS_UNLESS_ASKED}
        return {"contact_details": answer}

    def answer_contact_officer_gender(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                      domain: DomainDict) -> Slots:
        if value in OFFICER_GENDERS:
            return {"contact_officer_gender": value}
        return free_text_answer("contact_officer_gender", tracker)

    def answer_report_confirmed(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> Slots:
        """Yes (or "review and send" again) sends; anything the user writes instead is added as a correction and
        the summary is shown again. A long message the classifier took for "yes" is a correction, not a send; a
        "hmm", a "?" or thanks alone is neither (the summary's question comes again)."""
        text = clean_text(latest_user_text(tracker))
        if (value is True and plainly_means(tracker, "affirm")) or asks_to_review(tracker):
            return {"report_confirmed": True}
        if not text or is_button_payload(text) or answers_nothing(text) or plainly_means(tracker, *ASKS_TO_CORRECT):
            return {"report_confirmed": None}
        return {"report_confirmed": None, CORRECTIONS: with_correction(tracker, text)}


def chosen_plainly(tracker: Tracker, entity: Text) -> bool:
    """A button, or typed words in which every mention of `entity` names the same choice."""
    return is_button_payload(clean_text(latest_user_text(tracker))) \
        or len(set(tracker.get_latest_entity_values(entity))) <= 1


def asks_to_review(tracker: Tracker) -> bool:
    """The "That's all, review and send" button, or a few words that mean it: never a longer answer that the
    classifier took for it, which is kept as the answer it was."""
    return plainly_means(tracker, REVIEW_AND_SEND)


def review_now(tracker: Tracker) -> Slots:
    """Leaves the optional follow-ups unasked. Not choosing how to be contacted means nobody contacts them,
    which the summary then says before anything is sent (rule 12)."""
    unchosen = tracker.get_slot("contact_preference") is None
    return {"review_requested": True, **({"contact_preference": ANONYMOUS_UNLESS_ASKED} if unchosen else {})}


class ValidateFollowupForm(AnswerValidationAction):
    """A returning user proves nothing but the reference and follow-up code; both are checked together, and
    only when adding (actions.report.ActionAddToReport), so the form itself never says which one was wrong."""

    keep_earlier_answers = FOLLOWUP_QUESTIONS

    def name(self) -> Text:
        return "validate_followup_form"

    def answer_followup_reference(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> Slots:
        """Any case, spaces or dashes, with or without "REF"; asked once more (rule 6), then the form ends.
        A well-formed reference wins over whatever intent its letters were classified as."""
        reference = normalize_reference(value)
        if reference:
            return {"followup_reference": reference}
        if latest_intent(tracker) in MARKER_FOR_INTENT or times_said(tracker, "utter_ask_followup_reference") > 1:
            dispatcher.utter_message(response="utter_followup_code_unknown")
            return {"followup_reference": None, "requested_slot": None}
        return {"followup_reference": None}

    def answer_followup_code(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> Slots:
        """16 digits in any script wins over whatever intent they were classified as."""
        digits = "".join(ch for ch in str(value or "") if ch.isdigit())
        if len(digits) == 16:
            return {"followup_code": digits}
        dispatcher.utter_message(response="utter_followup_code_unknown")
        if latest_intent(tracker) in MARKER_FOR_INTENT or times_said(tracker, "utter_followup_code_unknown"):
            return {"followup_code": None, "requested_slot": None}  # no code, or asked once more already (rule 6)
        return {"followup_code": None}

    def checked_answer(self, slot: Text, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                       domain: DomainDict) -> Slots:
        """Consent can be withdrawn with the reference and code (survivor-centred rule 3): asking to withdraw
        wins on any turn, also over words kept from an earlier try whose code did not match. It cannot be
        undone, so only the button or a few words plainly saying it withdraw; a longer message the classifier
        took for it is added to the report, where the team reads it, and the button stays on offer."""
        if slot == "followup_text" and plainly_means(tracker, "withdraw", max_words=MAX_WORDS_OF_A_REQUEST):
            return {"followup_text": WITHDRAW_CONSENT}
        return super().checked_answer(slot, value, dispatcher, tracker, domain)

    def answer_followup_text(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> Slots:
        return free_text_answer("followup_text", tracker)
