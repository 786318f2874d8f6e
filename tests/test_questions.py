"""Fewer, better questions: the account first, "That's all, review and send" at every follow-up, no third
"anything more?" in a row, a calm answer to a disclosure of sexual violence, and what someone who asked to be
contacted may say about how. Validators and actions on trackers built here, asserting exact slots and messages."""
from __future__ import annotations

import asyncio
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.consent import WORRY_ANSWERS
from actions.forms import ValidateReportForm
from actions.prompts import ActionAskNarrativeDone
from actions.report import ActionAskReportConfirmed
from bot import catalog
from bot.intake import summary
from bot.intake.disclosures import mentions_sexual_violence
from bot.intake.fields import CONTACT_NEEDS, OPTIONAL_FOLLOW_UPS
from bot.intake.report_builder import build_report
from tests.helpers import DOMAIN_FILE, run_action, sdk_tracker, worded_like_as_trained

DOMAIN = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))
FORM_SLOTS: List[str] = DOMAIN["forms"]["report_form"]["required_slots"]
ACCOUNT = {"language": "en", "consent": True, "narrative": "soldiers came at night", "narrative_done": True}


def answering(slot: str, text: str, intent: str, slots: Optional[Dict[str, Any]] = None,
              entities: Optional[List[Dict[str, Any]]] = None, events: List[Dict[str, Any]] = ()) -> Tracker:
    """The report form asking `slot`, and the user's message that answers it."""
    message = {"text": text, "intent": {"name": intent}, "entities": entities or [],
               "worded_like": worded_like_as_trained(text)}
    user = {"event": "user", "text": text, "parse_data": message}
    return sdk_tracker("questions", {**ACCOUNT, **(slots or {}), "requested_slot": slot}, message,
                       [*events, user], active_loop={"name": "report_form"})


def validate(slot: str, value: Any, trk: Tracker) -> tuple:
    dispatcher = CollectingDispatcher()
    result = getattr(ValidateReportForm(), f"validate_{slot}")(value, dispatcher, trk, {})
    return result, [message["response"] for message in dispatcher.messages]


def still_to_ask(slots: Dict[str, Any]) -> List[str]:
    """The form's questions still unanswered, in order, as the validator decides them."""
    trk = sdk_tracker("questions", slots, {}, active_loop={"name": "report_form"})
    required = asyncio.run(ValidateReportForm().required_slots(FORM_SLOTS, CollectingDispatcher(), trk, {}))
    return [slot for slot in required if slots.get(slot) is None]


def bot(response: str) -> Dict[str, Any]:
    return {"event": "bot", "text": response, "metadata": {"utter_action": response}}


def user(text: str) -> Dict[str, Any]:
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": "inform"}}}


# --- the account comes first -------------------------------------------------------------------------------------

def test_the_account_is_asked_for_before_the_role_and_says_nobody_needs_it_twice() -> None:
    # Words held from before consent are offered back first (when there are any), then the account.
    assert FORM_SLOTS[:4] == ["keep_held_words", "narrative", "narrative_done", "role"]
    asked = catalog.responses("en")["utter_ask_narrative"][0]["text"]
    assert asked.startswith("If you already told the ICC, a charity or the police, you can just say who; "
                            "you do not have to repeat it.")


def test_the_perpetrator_question_suggests_nobody() -> None:
    asked = catalog.responses("en")["utter_ask_perpetrator"][0]["text"].lower()
    for suggestive in ("unit", "uniform", "soldier", "armed", "men", "commander"):
        assert suggestive not in asked.split(), suggestive


# --- "That's all, review and send" -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [f"utter_ask_{slot}" for slot in OPTIONAL_FOLLOW_UPS])
@pytest.mark.parametrize("language", catalog.CURATED_LANGUAGES)
def test_every_follow_up_offers_review_and_send_in_every_language(name: str, language: str) -> None:
    payloads = [button["payload"] for button in catalog.responses(language)[name][0]["buttons"]]
    assert "/review_and_send" in payloads


@pytest.mark.parametrize("slot", OPTIONAL_FOLLOW_UPS)
def test_review_and_send_leaves_every_optional_follow_up_unasked(slot: str) -> None:
    result, _ = validate(slot, "/review_and_send", answering(slot, "/review_and_send", "review_and_send"))

    assert result == {slot: None, "review_requested": True, "contact_preference": "anonymous"}
    assert still_to_ask({**ACCOUNT, **result}) == ["report_confirmed"]


def test_typed_words_for_review_and_send_work_too() -> None:
    result, _ = validate("incident_place", "just send it now", answering("incident_place", "just send it now",
                                                                         "review_and_send"))
    assert result["review_requested"] is True and result["incident_place"] is None


def test_an_answer_taken_for_review_and_send_is_kept_as_the_answer() -> None:
    """A long answer the classifier mistook for "send" loses nothing and sends nothing."""
    text = "they sent us to review the papers at the school, then to the camp near the river"
    result, _ = validate("incident_place", text, answering("incident_place", text, "review_and_send"))
    assert result == {"incident_place": text}


def test_review_and_send_keeps_a_contact_choice_already_made() -> None:
    trk = answering("onward_sharing", "/review_and_send", "review_and_send", {"contact_preference": "contact_me"})
    result, _ = validate("onward_sharing", "/review_and_send", trk)
    assert "contact_preference" not in result and result["review_requested"] is True


@pytest.mark.parametrize("text, intent", [("what happens after i send this?", "tell_me_more"),
                                          ("will they see my name?", "inform"),
                                          ("is that safe for my family back home ?", "affirm")])
def test_a_question_at_the_sharing_consent_is_answered_and_never_kept_as_the_answer(text: str, intent: str) -> None:
    """Whether the team may share the report is a consent (rule 3): a worry typed there is answered first."""
    assert validate("onward_sharing", text, answering("onward_sharing", text, intent)) == \
        ({"onward_sharing": None}, list(WORRY_ANSWERS))


@pytest.mark.parametrize("slot, text", [("narrative", "before i write anything, who is going to read it?"),
                                        ("narrative_done", "can my government see this?"),
                                        ("incident_time", "will this affect my asylum claim?"),
                                        ("incident_place", "who will read my report"),
                                        ("perpetrator", "will they find out it was me?"),
                                        ("contact_safe_times", "how long do you keep what i write?")])
def test_a_worry_typed_at_a_question_in_words_is_answered_and_never_kept_as_the_answer(slot: str, text: str) -> None:
    """Seen from outside: "will this affect my asylum claim?" at "When did it happen?" was filed as the date."""
    assert validate(slot, text, answering(slot, text, "tell_me_more")) == ({slot: None}, list(WORRY_ANSWERS))


@pytest.mark.parametrize("text", ["who is going to read all this?", "will my name be shared?"])
def test_a_question_worded_as_a_worry_is_answered_whatever_it_was_taken_for(text: str) -> None:
    """A retrained classifier read "who is going to read all this?" as danger (then, finding none, as an answer)."""
    assert validate("incident_time", text, answering("incident_time", text, "inform")) == \
        ({"incident_time": None}, list(WORRY_ANSWERS))


@pytest.mark.parametrize("slot, text", [("others_involved", "my whole family saw it"),
                                        ("incident_place", "where they keep the prisoners, near the court"),
                                        ("perpetrator", "the men who asked who i was"),
                                        ("prior_reports", "i told the un people in the camp"),
                                        ("incident_time", "who knows, maybe 2015"),
                                        ("incident_time", "who knows, maybe 2015?"),
                                        ("incident_place", "near the old bridge in sector ٤?"),
                                        ("others_involved", "maybe 3 or 4 of my neighbours?")])
def test_an_answer_taken_for_a_worry_is_kept_as_the_answer(slot: str, text: str) -> None:
    """Only a question, and nothing more, is a worry: what is told stays the answer, whatever the guess."""
    result, said = validate(slot, text, answering(slot, text, "tell_me_more"))
    assert result[slot] is not None and said == [], (result, said)


@pytest.mark.parametrize("text, intent, kept", [("/affirm", "affirm", "yes"), ("no", "deny", "no"),
                                                ("only to a charity, not the ICC", "inform",
                                                 "only to a charity, not the ICC")])
def test_an_answer_at_the_sharing_consent_is_kept(text: str, intent: str, kept: str) -> None:
    result, _ = validate("onward_sharing", text, answering("onward_sharing", text, intent))
    assert result == {"onward_sharing": kept}


def test_answers_given_before_review_and_send_are_kept_and_shown() -> None:
    slots = {**ACCOUNT, "role": "witness", "incident_time": "spring 2022", "review_requested": True,
             "contact_preference": "anonymous"}
    assert still_to_ask(slots) == ["report_confirmed"]
    shown = summary.compose(slots, "en")
    assert "spring 2022" in shown and "stay anonymous" in shown


def test_review_and_send_when_asked_for_more_of_the_account_closes_it_and_goes_to_the_summary() -> None:
    result, _ = validate("narrative_done", "/review_and_send",
                         answering("narrative_done", "/review_and_send", "review_and_send"))
    assert result == {"narrative_done": True, "review_requested": True, "contact_preference": "anonymous"}


def test_the_summary_after_review_warns_that_nobody_can_contact_them() -> None:
    slots = {**ACCOUNT, "review_requested": True, "contact_preference": "anonymous", "requested_slot": None}
    _, messages = run_action(ActionAskReportConfirmed(),
                             sdk_tracker("questions", slots, {"text": "/review_and_send",
                                                              "intent": {"name": "review_and_send"}}))
    assert [m["response"] for m in messages] == ["utter_report_summary", "utter_anonymity_warning",
                                                 "utter_ask_report_confirmed"]


def test_review_and_send_at_the_summary_sends_and_add_more_asks_for_the_addition() -> None:
    sent, _ = validate("report_confirmed", "/review_and_send",
                       answering("report_confirmed", "/review_and_send", "review_and_send"))
    assert sent == {"report_confirmed": True}
    more, _ = validate("report_confirmed", "i want to add more", answering("report_confirmed", "i want to add more",
                                                                          "add_more"))
    assert more == {"report_confirmed": None}
    _, messages = run_action(ActionAskReportConfirmed(), answering("report_confirmed", "add more", "add_more",
                                                                   events=[bot("utter_ask_report_confirmed")]))
    assert [m["response"] for m in messages] == ["utter_ask_correction"]


# --- closing the account, and never the same prompt three times ---------------------------------------------------

def test_i_would_rather_not_say_and_i_dont_know_close_the_account_in_the_domain() -> None:
    closing = DOMAIN["slots"]["narrative_done"]["mappings"][0]
    assert closing["value"] is True
    assert {"done", "deny", "skip", "rather_not_say", "dont_know"} <= set(closing["intent"])
    assert {"rather_not_say", "dont_know"} <= set(DOMAIN["slots"]["narrative_done"]["mappings"][1]["not_intent"])


@pytest.mark.parametrize("text, intent", [("I'd rather not say", "rather_not_say"), ("nothing else", "done"),
                                          ("no", "deny"), ("dunno really", "dont_know"), ("/skip", "skip")])
def test_short_ways_of_saying_no_more_close_the_account_and_add_nothing_to_it(text: str, intent: str) -> None:
    result, _ = validate("narrative_done", True, answering("narrative_done", text, intent))
    assert result == {"narrative_done": True}


# A few words of an account, read by a model as one of the closings or as "add more": none is worded as one.
SHORT_ACCOUNTS = ["they came at night", "they came", "جاؤوا في الليل", "جاؤوا", "вони прийшли вночі",
                  "забрали брата", "ils sont venus", "vinieron de noche", "они пришли ночью", "شب آمدند"]


@pytest.mark.parametrize("intent", ["done", "deny", "skip", "rather_not_say", "dont_know", "add_more"])
@pytest.mark.parametrize("text", SHORT_ACCOUNTS)
def test_a_few_words_of_the_account_taken_for_a_closing_are_added_and_the_account_stays_open(text: str,
                                                                                            intent: str) -> None:
    value = True if intent != "add_more" else text  # what the slot mappings give each guess
    result, _ = validate("narrative_done", value, answering("narrative_done", text, intent))
    assert result == {"narrative_more": text, "narrative_done": None}


@pytest.mark.parametrize("text", ["/add_more", "add more", "i have more to say"])
def test_asking_to_add_more_keeps_the_account_open_and_unchanged(text: str) -> None:
    result, _ = validate("narrative_done", text, answering("narrative_done", text, "add_more"))
    assert result == {"narrative_done": None}


def test_more_of_the_account_that_sounds_like_add_more_is_kept() -> None:
    text = "I want to add more about the second night, when they came back with dogs"
    result, _ = validate("narrative_done", text, answering("narrative_done", text, "add_more"))
    assert result == {"narrative_more": text, "narrative_done": None}


def asked(events: List[Dict[str, Any]]) -> Dict[str, Any]:
    _, messages = run_action(ActionAskNarrativeDone(), sdk_tracker("questions", ACCOUNT, {}, events))
    assert len(messages) == 1
    return messages[0]


def test_the_third_anything_more_in_a_row_is_a_clearer_choice() -> None:
    events = [user("part one"), bot("utter_ask_narrative_done"), user("part two"), bot("utter_ask_narrative_done"),
              user("part three")]
    assert asked(events[:1])["response"] == "utter_ask_narrative_done"
    assert asked(events[:3])["response"] == "utter_ask_narrative_done"
    assert asked(events)["response"] == "utter_ask_narrative_done_choice"


def test_after_the_clearer_choice_the_usual_prompt_comes_back() -> None:
    events = [bot("utter_ask_narrative_done"), user("a"), bot("utter_ask_narrative_done"), user("b"),
              bot("utter_ask_narrative_done_choice"), user("/add_more")]
    assert asked(events)["response"] == "utter_ask_narrative_done"


def test_something_else_said_in_between_starts_the_count_again() -> None:
    events = [bot("utter_ask_narrative_done"), user("a"), bot("utter_support"), bot("utter_ask_narrative_done"),
              user("b")]
    assert asked(events)["response"] == "utter_ask_narrative_done"


@pytest.mark.parametrize("language", catalog.CURATED_LANGUAGES)
def test_the_clearer_choice_offers_add_more_everything_and_a_break(language: str) -> None:
    choice = catalog.responses(language)["utter_ask_narrative_done_choice"][0]
    assert [b["payload"] for b in choice["buttons"]] == ["/add_more", "/done", "/pause"]
    assert choice["text"].strip() != catalog.responses(language)["utter_ask_narrative_done"][0]["text"].strip()


# --- a disclosure of sexual violence -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "they raped my sister in front of us", "He was SEXUALLY assaulted in the cell", "there was sexual violence",
    "Ils ont violé ma fille", "a mi prima la violaron", "اغتصبوا الفتيات في المدرسة", "Її зґвалтували солдати",
    "мою жену изнасиловали", "به من تجاوز کردند", "اس کے ساتھ جنسی زیادتی ہوئی", "அவளை கற்பழித்தனர்",
    "waa la kufsaday",
])
def test_words_of_sexual_violence_are_recognised_in_every_language(text: str) -> None:
    assert mentions_sexual_violence(text)


@pytest.mark.parametrize("text", [
    "the violence went on for days", "they persecuted us for our sexual orientation", "violación de derechos humanos",
    "لدي جنسية سورية", "the army invaded: ارتش به کشور تجاوز کرد", "we picked grapes", "my therapist helped",
    "", "they took everything",
])
def test_words_that_only_sound_like_it_are_not_taken_for_it(text: str) -> None:
    assert not mentions_sexual_violence(text)


def test_a_disclosure_in_the_account_is_acknowledged_once_and_nothing_asks_for_more() -> None:
    account = "they took us to the basement and raped the women"
    result, said = validate("narrative", account, answering("narrative", account, "inform", {"narrative": None}))
    assert result == {"narrative": account}
    assert said == ["utter_sexual_violence_support"]

    more = "later they did it again to my cousin, she was sexually abused"
    trk = answering("narrative_done", more, "inform", {"narrative": account},
                    events=[bot("utter_sexual_violence_support")])
    result, said = validate("narrative_done", more, trk)
    assert result["narrative_more"] == more and said == []


def test_a_disclosure_later_in_the_account_is_acknowledged_too() -> None:
    more = "and one of them raped me"
    result, said = validate("narrative_done", more, answering("narrative_done", more, "inform"))
    assert said == ["utter_sexual_violence_support"] and result["narrative_more"] == more


@pytest.mark.parametrize("language", catalog.CURATED_LANGUAGES)
def test_the_acknowledgement_gives_the_specialist_line_and_asks_no_question(language: str) -> None:
    text = catalog.responses(language)["utter_sexual_violence_support"][0]["text"]
    assert "0808 500 2222" in text and "Rape Crisis" in text
    assert not any(mark in text for mark in "?؟")


# --- asking to be contacted ------------------------------------------------------------------------------------------

def test_contact_needs_are_asked_only_of_someone_who_asked_to_be_contacted() -> None:
    done = {**ACCOUNT, **{slot: "skipped" for slot in OPTIONAL_FOLLOW_UPS}}
    assert still_to_ask({**done, "contact_preference": "anonymous"}) == ["report_confirmed"]
    assert still_to_ask({**done, "contact_preference": "contact_me"}) == [
        "contact_details", "contact_safe_times", "contact_language", "contact_interpreter", "contact_officer_gender",
        "report_confirmed"]


def test_declining_to_give_contact_details_asks_none_of_the_contact_needs() -> None:
    result, _ = validate("contact_details", "/rather_not_say",
                         answering("contact_details", "/rather_not_say", "rather_not_say",
                                   {"contact_preference": "contact_me"}))
    slots = {**ACCOUNT, **{slot: "skipped" for slot in OPTIONAL_FOLLOW_UPS}, **result}
    assert still_to_ask(slots) == ["report_confirmed"]


@pytest.mark.parametrize("text", ["no", "No.", "nope", "no thanks"])
def test_a_plain_no_to_how_to_reach_them_declines_and_is_never_kept_as_the_way(text: str) -> None:
    """Seen from outside: "no" at "what is a safe way to reach you?" was filed as the contact details, and the
    questions about when and how to call went on."""
    result, _ = validate("contact_details", text, answering("contact_details", text, "deny",
                                                            {"contact_preference": "contact_me"}))
    assert result == {"contact_details": "rather_not_say", "contact_preference": "anonymous"}
    assert still_to_ask({**ACCOUNT, **{slot: "skipped" for slot in OPTIONAL_FOLLOW_UPS}, **result}) == [
        "report_confirmed"]


def test_a_way_to_reach_them_that_starts_with_no_is_kept() -> None:
    text = "no phone, but email me at safe.mail@example.org"
    result, _ = validate("contact_details", text, answering("contact_details", text, "deny",
                                                            {"contact_preference": "contact_me"}))
    assert result == {"contact_details": text}


def mentions(*values: str) -> List[Dict[str, Any]]:
    return [{"entity": "contact_preference", "value": value} for value in values]


@pytest.mark.parametrize("text, entities", [
    ("i dont want anyone to contact me", mentions("anyone", "contact_me")),
    ("do not contact me", mentions("do", "not", "contact_me")),
    ("nobody should contact me", mentions("should", "contact_me")),
    ("not anonymous, contact me through a charity", mentions("anonymous", "support_organisation")),
])
def test_typed_words_naming_more_than_one_contact_choice_are_asked_again(text: str, entities: list) -> None:
    """Seen from outside: "i dont want anyone to contact me" was taken for "the team may contact me" (the last
    of the values the classifier marked) and the next question asked for a phone number."""
    result, responses = validate("contact_preference", entities[-1]["value"],
                                 answering("contact_preference", text, "choose_contact", entities=entities))
    assert result == {"contact_preference": None}
    assert responses == ["utter_contact_choose_one"]


@pytest.mark.parametrize("text, entities, chosen", [
    ('/choose_contact{"contact_preference":"contact_me"}', mentions("contact_me"), "contact_me"),
    ("you can contact me", mentions("contact_me"), "contact_me"),
    ("keep me anonymous, anonymous please", mentions("anonymous", "anonymous"), "anonymous"),
])
def test_one_contact_choice_typed_or_pressed_is_taken(text: str, entities: list, chosen: str) -> None:
    result, _ = validate("contact_preference", chosen,
                         answering("contact_preference", text, "choose_contact", entities=entities))
    assert result == {"contact_preference": chosen}


@pytest.mark.parametrize("language", catalog.CURATED_LANGUAGES)
def test_the_summary_shows_who_they_are_in_the_account_as_chosen_or_in_their_words(language: str) -> None:
    """Seen from outside: the answer to "which of these fits you best?" was filed but never shown back, so words
    typed there ("I saw it, my cousin was there too") could not be checked before sending."""
    labels = catalog.labels(language)
    chosen = summary.compose({**ACCOUNT, "role": "witness"}, language)
    titles = [button["title"] for button in catalog.responses(language)["utter_ask_role"][0]["buttons"]]
    assert f"{labels['role']}: {titles[1]}" in chosen.splitlines()[1]
    typed = summary.compose({**ACCOUNT, "role": "i saw it, my cousin was there too"}, language)
    assert f"{labels['role']}: i saw it, my cousin was there too" in typed.splitlines()[1]


@pytest.mark.parametrize("text, intent, entities, kept", [
    ('/inform{"officer_gender":"woman"}', "inform", [{"entity": "officer_gender", "value": "woman"}], "woman"),
    ("a woman please, if possible", "inform", [], "a woman please, if possible"),
    ("/skip", "skip", [], "skipped"),
])
def test_who_they_would_rather_talk_to_is_kept_as_chosen_or_in_their_words(text: str, intent: str, entities: list,
                                                                          kept: str) -> None:
    value = entities[0]["value"] if entities else text
    trk = answering("contact_officer_gender", text, intent, {"contact_preference": "contact_me"}, entities)
    result, _ = validate("contact_officer_gender", value, trk)
    assert result == {"contact_officer_gender": kept}


def test_contact_needs_are_shown_in_the_summary_and_filed_for_staff() -> None:
    slots = {**ACCOUNT, "contact_preference": "contact_me", "contact_details": "07700 900123",
             "contact_safe_times": "weekdays after 6pm", "contact_language": "Dari", "contact_interpreter": "yes",
             "contact_officer_gender": "woman"}
    shown = summary.compose(slots, "uk")
    labels = catalog.labels("uk")
    for line in (f"{labels['contact_safe_times']}: weekdays after 6pm", f"{labels['contact_language']}: Dari",
                 f"{labels['contact_interpreter']}: {labels['value_yes']}",
                 f"{labels['contact_officer_gender']}: {labels['officer_woman']}"):
        assert line in shown

    report = build_report(slots, [])
    assert report["contact_needs"] == {"contact_safe_times": "weekdays after 6pm", "contact_language": "Dari",
                                       "contact_interpreter": "yes", "contact_officer_gender": "woman"}
    assert set(report["contact_needs"]) == set(CONTACT_NEEDS)


def test_contact_needs_are_not_filed_for_someone_who_stays_anonymous() -> None:
    slots = {**ACCOUNT, "contact_preference": "anonymous", "contact_language": "Dari"}
    assert build_report(slots, [])["contact_needs"] is None


def test_a_disclosure_written_in_distress_is_kept_and_acknowledged() -> None:
    from actions.care import ActionRespondToDistress

    text = "i can't stop shaking, they raped me in that cell"
    events, messages = run_action(ActionRespondToDistress(), answering("narrative_done", text, "distress"))
    assert [m["response"] for m in messages] == ["utter_distress_offer", "utter_sexual_violence_support"]
    assert events == [SlotSet("narrative_more", text)]
