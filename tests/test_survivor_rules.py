"""The survivor-centred rules (../shared/design/survivor-centred-rules.md), one test or more each.

Each test checks the artefact that enforces the rule: the domain and its responses, the rules Rasa learns,
the form validators, or the report that is filed. The end-to-end tests drive the same rules over REST.
"""
from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any, Dict, List

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import Restarted
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateIntakeForm, ValidateReportForm
from actions.opening import ActionAnswerAge, ActionCheckAge
from bot import catalog
from bot.intake.report_builder import build_report
from tests.helpers import sdk_tracker, with_message

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
ENGLISH = catalog.responses("en")
REPORT_QUESTIONS = [slot for slot in DOMAIN["forms"]["report_form"]["required_slots"]]
FOLLOW_UP_QUESTIONS = [s for s in REPORT_QUESTIONS
                       if s not in ("keep_held_words", "narrative_done", "report_confirmed")]


def rules() -> List[Dict[str, Any]]:
    found = []
    for path in (ROOT / "data" / "rules").glob("*.yml"):
        found += yaml.safe_load(path.read_text(encoding="utf-8")).get("rules", [])
    return found


def text(name: str) -> str:
    return " ".join(v.get("text", "") for v in ENGLISH[name])


def button_payloads(name: str) -> List[str]:
    return [b["payload"] for v in ENGLISH[name] for b in v.get("buttons") or []]


def tracker_with(text_: str, intent: str, slot: str) -> Tracker:
    return sdk_tracker("rule-test", {"language": "en", "requested_slot": slot},
                       {"text": text_, "intent": {"name": intent}, "entities": []}, active_loop={"name": "report_form"})


# 1. Every question can be skipped; "I'd rather not say" and "I don't know" are always accepted.
@pytest.mark.parametrize("slot", [s for s in FOLLOW_UP_QUESTIONS if s != "contact_details"])
@pytest.mark.parametrize("intent", ["skip", "dont_know", "rather_not_say"])
def test_rule_1_every_question_accepts_every_way_of_not_answering(slot: str, intent: str) -> None:
    validate = getattr(ValidateReportForm(), f"validate_{slot}")
    result = validate(None, CollectingDispatcher(), tracker_with(f"/{intent}", intent, slot), {})
    assert result[slot] is not None, f"{slot} would be asked again after {intent}"


def test_rule_1_every_optional_question_offers_a_way_out() -> None:
    for slot in ("incident_time", "incident_place", "perpetrator", "others_involved", "evidence", "prior_reports"):
        assert {"/dont_know", "/rather_not_say", "/skip"} <= set(button_payloads(f"utter_ask_{slot}")), slot
    assert "/skip" in button_payloads("utter_ask_narrative")


def test_rule_1_a_report_with_every_field_skipped_still_builds() -> None:
    slots = {field: "skipped" for field in FOLLOW_UP_QUESTIONS} | {"consent": True, "language": "en"}
    report = build_report(slots, [])
    assert report["answers"]["narrative"] == "skipped" and report["consents"]["report"] is True


# 2. Consent comes before content, in at most five plain sentences; an active yes; nothing pre-selected.
def test_rule_2_consent_is_short_and_covers_what_it_must() -> None:
    consent = text("utter_ask_consent")
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", consent.strip()) if s]
    assert len(sentences) <= 5, sentences
    for needed in (
        "war crimes team",                       # who reads it
        "investigation", "find out what happened",  # what it may be used for
        "When you send it",                      # what happens next
        "evidence", "shown in court",            # it may become evidence; the law may require it in court
        "cannot keep it secret from everyone",   # the limits of confidentiality
        "anonymous and not give your name", "nobody can contact you",  # anonymity, and what it costs
        "withdraw later", "cannot undo",         # withdrawal, and what it cannot undo
        "painful",                               # the risk of remembering
    ):
        assert needed in consent, needed


# The consent is true: no "only" the police cannot keep, in any language's consent or its "Tell me more".
ONLY = {"en": r"\bonly\b", "ar": r"\b(فقط|إلا)\b", "uk": r"\b(тільки|лише|виключно)\b"}


@pytest.mark.parametrize("language", sorted(ONLY))
def test_rule_2_consent_promises_no_only(language: str) -> None:
    for name in ("utter_ask_consent", "utter_consent_anonymity", "utter_consent_who_reads",
                 "utter_consent_asylum_and_family", "utter_consent_withdrawal"):
        said = " ".join(v["text"] for v in catalog.responses(language)[name])
        assert not re.search(ONLY[language], said, re.IGNORECASE), (language, name)


def test_rule_2_tell_me_more_answers_the_worries_without_leaving_consent() -> None:
    assert button_payloads("utter_ask_consent") == ["/affirm", "/tell_me_more", "/deny"]
    worries = " ".join(text(name) for name in ("utter_consent_anonymity", "utter_consent_who_reads",
                                               "utter_consent_asylum_and_family", "utter_consent_withdrawal"))
    for worry in ("you do not have to give it", "stay anonymous", "Who reads it", "How long it is kept",
                  "Asylum or immigration", "Family still abroad", "withdraw your consent", "cannot undo"):
        assert worry in worries, worry
    during_consent = [r for r in rules() if r["steps"][0] == {"intent": "tell_me_more"}
                      and {"active_loop": "intake_form"} in r.get("condition", [])]
    assert len(during_consent) == 1 and during_consent[0]["steps"][-2:] == [
        {"action": "intake_form"}, {"active_loop": "intake_form"}]
    # The consent slot is untouched by "Tell me more" (so that its rule answers): only an active yes or no
    # answers it, and the free text that the validator holds or asks again about is never "Tell me more".
    for mapping in DOMAIN["slots"]["consent"]["mappings"]:
        assert "tell_me_more" not in json.dumps(mapping.get("intent", [])), mapping
        assert mapping["type"] != "from_text" or "tell_me_more" in mapping["not_intent"], mapping


def test_rule_2_consent_needs_an_active_yes_and_nothing_is_preselected() -> None:
    consent_slot = DOMAIN["slots"]["consent"]
    assert consent_slot.get("initial_value") is None
    yes_mappings = [m for m in consent_slot["mappings"] if m.get("value") is True]
    # A yes, or "I'm ready" / "let's go on" typed to "do you want to go on?" itself: the validator takes the
    # second only there, and only said plainly (tests/test_actions.py).
    assert [m["intent"] for m in yes_mappings] == [["affirm", "resume"]]
    trk = with_message("narrative_requested", "im ready", "resume", requested_slot="consent")
    trk.events.insert(-1, {"event": "bot", "metadata": {"utter_action": "utter_paused"}})
    assert ValidateIntakeForm().validate_consent(True, CollectingDispatcher(), trk, {}) == {"consent": None}


def test_rule_2_the_report_form_starts_only_after_consent_is_true() -> None:
    already_in_report = {"active_loop": "report_form"}
    starting = [r for r in rules() if already_in_report in r["steps"]
                and already_in_report not in r.get("condition", [])]
    assert len(starting) >= 2
    for rule in starting:
        flat = json.dumps(rule)
        assert '"consent": true' in flat, rule["rule"]


# 3. Consent asked again before contact details and onward sharing, stored separately.
def test_rule_3_onward_sharing_and_contact_are_separate_questions_and_consents() -> None:
    order = REPORT_QUESTIONS
    assert order.index("onward_sharing") < order.index("contact_preference") < order.index("contact_details")
    assert "Only if you are happy" in text("utter_ask_contact_details")
    report = build_report({"consent": True, "onward_sharing": "no", "contact_preference": "contact_me",
                           "contact_details": "text me after 6pm"}, [])
    assert report["consents"] == {"report": True, "onward_sharing": False, "contact": True}
    assert build_report({"onward_sharing": "yes"}, [])["consents"]["onward_sharing"] is True
    assert build_report({"onward_sharing": "dont_know"}, [])["consents"]["onward_sharing"] is False
    assert "/withdraw" in button_payloads("utter_ask_followup_text")
    assert any({"intent": "withdraw"} in r["steps"] for r in rules())


# 4. No promises: every response in every language (see also tests/test_catalog.py).
def test_rule_4_no_response_promises_an_outcome() -> None:
    from bot.catalog import checks
    assert checks.promises() == []
    assert "cannot tell you what will happen" in text("utter_what_happens_next")


# 5. Free narrative first, then probes that never introduce names, places or acts.
LEADING_WORDS = re.compile(r"\b(kill|killed|rape|raped|tortur\w*|bomb\w*|shot|beat|soldier\w*|army|militia|russia\w*|"
                           r"syria\w*|ukrain\w*|isis|isil|prison|camp)\b", re.IGNORECASE)


def test_rule_5_narrative_comes_first_and_probes_are_not_leading() -> None:
    assert REPORT_QUESTIONS.index("narrative") < min(REPORT_QUESTIONS.index(s) for s in FOLLOW_UP_QUESTIONS[2:])
    for slot in FOLLOW_UP_QUESTIONS:
        if f"utter_ask_{slot}" in ENGLISH:
            assert not LEADING_WORDS.search(text(f"utter_ask_{slot}")), slot


# 6. No repeated questions; at most one rephrasing.
def test_rule_6_each_question_is_in_the_form_once() -> None:
    assert len(REPORT_QUESTIONS) == len(set(REPORT_QUESTIONS))


# 7. Never ask for details of sexual violence; "as much or as little as you want".
def test_rule_7_no_question_asks_about_sexual_violence() -> None:
    asks = " ".join(text(name) for name in ENGLISH if name.startswith("utter_ask_"))
    assert not re.search(r"\b(sex\w*|rape\w*|assault\w*|intimate|body|bodies)\b", asks, re.IGNORECASE)
    assert "as much or as little as you want" in text("utter_ask_narrative")


# 8. Pace: a break is offered whenever distress appears, and the draft can be resumed.
def test_rule_8_distress_offers_a_break_and_the_draft_resumes() -> None:
    assert {"/pause", "/support"} <= set(button_payloads("utter_distress_offer"))
    distress_rules = [r for r in rules() if {"intent": "distress"} in r["steps"]]
    assert distress_rules and all(r["steps"][1] == {"action": "action_respond_to_distress"} for r in distress_rules)
    resume = [r for r in rules() if {"intent": "resume"} in r["steps"] and {"action": "report_form"} in r["steps"]]
    assert resume and all(r["steps"][-2:] == [{"action": "report_form"}, {"active_loop": "report_form"}]
                          and '"consent": true' in json.dumps(r) for r in resume)


# 9. Mirror their words: the summary repeats them; questions never name a legal category.
def test_rule_9_questions_do_not_relabel_the_account() -> None:
    for name in ENGLISH:
        if name.startswith("utter_ask_") or name == "utter_report_summary":
            asked = text(name).replace("war crimes team", "team")
            assert not re.search(r"war crime|genocide|crimes? against humanity|torture", asked, re.I), name


# 10. Don't re-ask what they told someone else.
def test_rule_10_asks_who_they_already_told() -> None:
    assert "prior_reports" in REPORT_QUESTIONS
    for body in ("ICC", "charity", "police"):
        assert body in text("utter_ask_prior_reports")


# 11. Support without conditions: at the start, on distress, at the end, whenever asked.
def test_rule_11_support_is_offered_everywhere() -> None:
    assert "support" in text("utter_welcome")
    unconditional = [r for r in rules() if r["steps"][:2] == [{"intent": "support"}, {"action": "utter_support"}]
                     and "condition" not in r]
    assert unconditional
    source = (ROOT / "actions" / "report.py").read_text(encoding="utf-8")
    assert 'response="utter_support"' in source.split("class ActionFileReport")[1]


def test_rule_11_999_first_then_each_organisation_with_a_way_to_reach_it() -> None:
    lines = text("utter_support").splitlines()
    assert "999" in lines[1] and not any("999" in line for line in lines[2:])
    for organisation, reach in (("Samaritans", "{samaritans_phone}"), ("Rape Crisis", "{rape_crisis_phone}"),
                                ("Freedom from Torture", "{freedom_from_torture_phone}"),
                                ("Helen Bamber Foundation", "{helen_bamber_phone}"), ("Redress", "{redress_phone}")):
        line = next(line for line in lines if organisation in line)
        assert line.startswith("•") and reach in line, organisation
    reporting = next(line for line in lines if "Crimestoppers" in line)
    assert not reporting.startswith("•") and "To report" in reporting and "not a support line" in reporting
    assert "{crimestoppers_phone}" in reporting and "{crimestoppers_web}" in reporting


def test_rule_11_every_contact_fact_comes_from_one_checked_source() -> None:
    from bot.catalog import checks
    assert checks.unknown_contact_facts() == []
    for language in catalog.CURATED_LANGUAGES:
        support = " ".join(v["text"] for v in catalog.responses(language)["utter_support"])
        assert "0800" not in support and "{crimestoppers_phone}" in support, language


# 12. The feedback channel, stated honestly before sending.
def test_rule_12_anonymity_and_the_follow_up_code_are_explained() -> None:
    assert "nobody will be able to contact you" in text("utter_anonymity_warning")
    assert "{followup_code}" in text("utter_followup_code") and "only way" in text("utter_anonymity_warning")


# 13. Safety first: the first turn asks about safety and shows how to leave quickly.
def test_rule_13_first_turn_is_about_safety_and_leaving_quickly() -> None:
    assert DOMAIN["forms"]["intake_form"]["required_slots"][0] == "safe_now"
    assert "safe and private" in text("utter_ask_safe_now")
    web = [v["text"] for name in ("utter_welcome", "utter_safety_advice") for v in ENGLISH[name]
           if not v.get("channel")]
    phone = [v["text"] for name in ("utter_welcome", "utter_safety_advice") for v in ENGLISH[name]
             if v.get("channel") == "messaging"]
    assert "Escape" in web[0] and "Leave this site" in web[0] and "Escape" in web[1]
    # A messaging app has no Escape key: there, leaving quickly is the exit word.
    assert len(phone) == 2 and all('"exit"' in t and "phone" in t and "Escape" not in t for t in phone)


# 14. Collect the minimum.
def test_rule_14_no_device_address_or_channel_data_in_the_report() -> None:
    events = [{"event": "user", "text": "hello", "timestamp": 1.0, "input_channel": "rest",
               "metadata": {"ip": "203.0.113.9", "user_agent": "Mozilla"}, "parse_data": {}}]
    report = json.dumps(build_report({"consent": True, "contact_preference": "anonymous",
                                      "contact_details": "should not be kept"}, events))
    for leak in ("203.0.113.9", "Mozilla", "rest", "should not be kept"):
        assert leak not in report


# 15. Under 18: a short, child-safe path.
def test_rule_15_under_18_gets_childline_and_no_account() -> None:
    assert "0800 1111" in text("utter_child_safe") and "999" in text("utter_child_safe")
    assert any({"intent": "under_18"} in r["steps"] for r in rules())


# 16. Close with care.
def test_rule_16_filing_shows_reference_code_how_to_add_and_support() -> None:
    assert "{reference}" in text("utter_report_filed") and "{followup_code}" not in text("utter_report_filed")
    code = text("utter_followup_code")
    # The code comes alone, with the reference it belongs to: both are needed to add to the report later.
    assert "{followup_code}" in code and "{reference}" in code and "add to" in code and "withdraw" in code
    assert button_payloads("utter_followup_code") == ["/code_saved", "/show_code_again"]


# 17. Danger to life comes before the report: 999, Samaritans and NHS 111 at once, the form paused, nothing lost.
def test_rule_17_danger_to_life_comes_before_the_report() -> None:
    import asyncio

    from actions.safety import ActionRespondToDanger
    from bot.safety.net import find_danger

    for number in ("999", "Samaritans", "116 123", "NHS 111"):
        assert number in text("utter_self_harm_support"), number
    assert text("utter_immediate_danger").startswith("If you are in danger now, call 999")
    # Heard at any point, whatever the classifier guessed: the safety net runs last in the pipeline...
    account = "They burned our house. I don't want to live anymore, I want to end my life"
    assert find_danger(account).kinds == {"self_harm"}
    # ...the report form never takes the words as an answer, and a rule answers them in every state.
    for slot in ("narrative", "narrative_done", "incident_time", "report_confirmed"):
        assert all("self_harm" in m["not_intent"] for m in DOMAIN["slots"][slot]["mappings"] if "not_intent" in m)
    answered = [r for r in rules() if {"intent": "self_harm"} in r["steps"][0].get("or", [])]
    assert {json.dumps(r.get("condition", [])) for r in answered} >= {
        "[]", '[{"active_loop": "report_form"}]', '[{"active_loop": "intake_form"}]'}
    assert all(r["steps"][1] == {"action": "action_respond_to_danger"} for r in answered)
    in_report = next(r for r in answered if r.get("condition") == [{"active_loop": "report_form"}])
    assert in_report["steps"][2:] == [{"action": "action_deactivate_loop"}, {"active_loop": None}]
    # Nothing written is lost: the account is kept as the narrative, and "Go on" resumes the report.
    trk = Tracker("rule-17", {"language": "en", "requested_slot": "narrative", "consent": True},
                  {"text": account, "intent": {"name": "self_harm"}, "danger": find_danger(account).as_dict()},
                  [{"event": "user", "text": account}], False, None, {"name": "report_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionRespondToDanger().run(dispatcher, trk, {}))
    assert events == [{"event": "slot", "timestamp": None, "name": "narrative", "value": account}]
    assert "/resume" in button_payloads("utter_ask_safe_to_go_on")


def test_rule_2_nothing_typed_before_consent_is_filed() -> None:
    events = [
        {"event": "user", "text": "before consent: a name i should not have given", "timestamp": 1.0},
        {"event": "slot", "name": "language", "value": "uk"},
        {"event": "action", "name": "action_start_report"},
        {"event": "user", "text": "after consent", "timestamp": 2.0},
    ]
    turns = build_report({"consent": True}, events)["transcript"]
    assert [(t["text"], t["language"]) for t in turns] == [("after consent", "uk")]


# 18. An age in the past is part of the account; only "under 18 now" leads to the child-safe path; when
# unsure, ask; nothing is deleted without saying so; a mistaken path can be undone.
def test_rule_18_a_past_age_is_the_account_and_the_child_path_is_asked_for_said_and_undoable() -> None:
    def run(action: Any, text: str, intent: str, slots: Dict[str, Any], loop: Dict[str, Any]) -> tuple:
        asked_last = {"event": "bot", "metadata": {"utter_action": "utter_ask_under_18_now"}}
        tracker = Tracker("rule-18", {"language": "en", **slots}, {"text": text, "intent": {"name": intent}},
                          [asked_last, {"event": "user", "text": text}], False, None, loop, "action_listen")
        dispatcher = CollectingDispatcher()
        events = asyncio.run(action.run(dispatcher, tracker, {}))
        return events, [m["response"] for m in dispatcher.messages]

    in_report = ({"consent": True, "requested_slot": "incident_time"}, {"name": "report_form"})
    past, said = run(ActionCheckAge(), "in 2014 I was 16", "under_18", *in_report)
    assert said == [] and {"event": "slot", "name": "incident_time", "value": "in 2014 I was 16",
                           "timestamp": None} in past
    unsure, said = run(ActionCheckAge(), "I am 16", "under_18", *in_report)
    assert said == ["utter_ask_under_18_now"] and Restarted() not in unsure
    assert button_payloads("utter_ask_under_18_now") == ["/affirm", "/adult"]
    asked = ({"consent": True, "age_asked": True}, {})
    events, said = run(ActionAnswerAge(), "/affirm", "affirm", *asked)
    assert said == ["utter_child_safe", "utter_child_draft_deleted"] and events[0] == Restarted()
    assert "deleted" in text("utter_child_draft_deleted")
    events, said = run(ActionAnswerAge(), "I am an adult", "adult", {"is_minor": True}, {})
    assert {"event": "slot", "name": "is_minor", "value": None, "timestamp": None} in events
    assert "utter_welcome" in said
    assert any({"intent": "adult"} in r["steps"] and {"action": "action_answer_age"} in r["steps"] for r in rules())
    for trusted in ("teacher", "social worker", "Childline", "0800 1111", "999"):
        assert trusted in text("utter_child_safe"), trusted


# 19. Say what you are: an automated assistant, and nobody reads the conversation until it is sent.
SAYS_WHAT_IT_IS = {
    "en": ("automated assistant", "not a person", "Nobody reads this conversation until you send it"),
    "ar": ("مساعد آلي", "لست إنسانًا", "لا أحد يقرأ هذه المحادثة حتى ترسلها"),
    "uk": ("автоматичний помічник", "а не людина", "Ніхто не читає цю розмову, доки ви її не надішлете"),
}


@pytest.mark.parametrize("language", sorted(SAYS_WHAT_IT_IS))
def test_rule_19_the_welcome_says_what_it_is_and_when_a_person_reads(language: str) -> None:
    welcomes = [v["text"] for v in catalog.responses(language)["utter_welcome"]]
    assert len(welcomes) == 2  # the web and the messaging apps
    for welcome in welcomes:
        for words in SAYS_WHAT_IT_IS[language]:
            assert words in welcome, (language, words)
        # 999 is said before what the assistant can do for the report.
        assert "999" in welcome[:welcome.index(SAYS_WHAT_IT_IS[language][2]) + 120], language
    asked = " ".join(v["text"] for v in catalog.responses(language)["utter_iamabot"])
    assert SAYS_WHAT_IT_IS[language][2] in asked


def test_rule_19_every_language_gives_999_in_the_welcome() -> None:
    for language in catalog.CURATED_LANGUAGES:
        for variation in catalog.responses(language)["utter_welcome"]:
            assert "999" in variation["text"], language


# 21. Say it plainly: grade 8 at most, technical words explained, a phone screen per message.
def test_rule_21_english_text_is_plain_and_fits_a_phone() -> None:
    from bot.catalog import checks
    assert checks.hard_to_read() == []
    assert checks.unexplained_jargon() == []
    assert checks.too_long_for_a_phone() == []
    assert checks.stale_readability_exceptions() == []


# 20. No loops: no prompt three times in a row; tell it and send it in at most nine turns.
def test_rule_20_someone_who_keeps_writing_never_gets_the_same_prompt_three_times_in_a_row() -> None:
    from actions.prompts import ActionAskNarrativeDone
    from tests.helpers import run_action

    events: List[Dict[str, Any]] = []
    prompts = []
    for part in range(9):
        events.append({"event": "user", "text": f"part {part} of what happened", "parse_data": {}})
        _, messages = run_action(ActionAskNarrativeDone(), sdk_tracker("rule-20", {"language": "en"}, {}, events))
        prompts.append(messages[0]["response"])
        events.append({"event": "bot", "text": text(prompts[-1]), "metadata": {"utter_action": prompts[-1]}})
    assert all(len({*prompts[i:i + 3]}) > 1 for i in range(len(prompts) - 2)), prompts
    assert button_payloads("utter_ask_narrative_done_choice") == ["/add_more", "/done", "/pause"]


def test_rule_20_someone_who_keeps_writing_at_the_offer_of_their_words_never_gets_it_three_times_in_a_row() -> None:
    """Asked whether to keep what they wrote before consent, they go on telling, say "that's all" or "idk"."""
    from actions.opening import ActionAskKeepHeldWords
    from tests.helpers import run_action

    events: List[Dict[str, Any]] = []
    prompts = []
    for answer in ("they took the men to the school", "that is all", "i am his son", "march 2022", "idk", "ok?"):
        events.append({"event": "user", "text": answer, "parse_data": {}})
        trk = sdk_tracker("rule-20", {"language": "en", "requested_slot": "keep_held_words",
                                      "held_words": ["soldiers came to my village"]},
                          {"text": answer, "intent": {"name": "inform"}}, events, active_loop={"name": "report_form"})
        _, messages = run_action(ActionAskKeepHeldWords(), trk)
        prompts.append(messages[0]["response"])
        events.append({"event": "bot", "text": text(prompts[-1]), "metadata": {"utter_action": prompts[-1]}})
    assert all(len({*prompts[i:i + 3]}) > 1 for i in range(len(prompts) - 2)), prompts
    assert button_payloads("utter_ask_keep_held_words_choice") == button_payloads("utter_ask_keep_held_words")


def test_rule_20_someone_who_keeps_answering_consent_unclearly_never_gets_the_same_prompt_three_times() -> None:
    from actions.consent import ActionAskConsent
    from tests.helpers import run_action

    events: List[Dict[str, Any]] = [{"event": "bot", "metadata": {"utter_action": "utter_ask_consent"}}]
    prompts = ["utter_ask_consent"]
    for answer in ("ok maybe", "hmm", "i guess", "not sure", "whatever you think", "fine"):
        events.append({"event": "user", "text": answer, "parse_data": {}})
        trk = sdk_tracker("rule-20", {"language": "en", "requested_slot": "consent"},
                          {"text": answer, "intent": {"name": "affirm"}}, events, active_loop={"name": "intake_form"})
        _, messages = run_action(ActionAskConsent(), trk)
        prompts.append(messages[0]["response"])
        events.append({"event": "bot", "text": text(prompts[-1]), "metadata": {"utter_action": prompts[-1]}})
    assert all(len({*prompts[i:i + 3]}) > 1 for i in range(len(prompts) - 2)), prompts
    assert prompts.count("utter_ask_consent") == 1, prompts  # the whole text is never repeated word for word


def test_rule_20_someone_who_keeps_answering_the_choices_unclearly_never_gets_them_three_times_in_a_row() -> None:
    """After danger, "ok", "ok", "ok"...: the choices come again (not a dead end), but never three times running."""
    import yaml

    from actions.fallback import ActionDefaultFallback
    from tests.helpers import DOMAIN_FILE, run_action

    domain = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))

    def shown(response: str) -> Dict[str, Any]:
        return {"event": "bot", "text": text(response), "metadata": {"utter_action": response},
                "data": {"buttons": domain["responses"][response][0].get("buttons", [])}}

    events: List[Dict[str, Any]] = [shown("utter_immediate_danger"), shown("utter_ask_safe_to_go_on")]
    prompts = ["utter_ask_safe_to_go_on"]
    for answer in ("ok", "ok", "yes", "fine", "ok then", "hmm"):
        events += [{"event": "action", "name": "action_listen"}, {"event": "user", "text": answer}]
        trk = sdk_tracker("rule-20", {"language": "en"}, {"text": answer, "intent": {"name": "nlu_fallback"}},
                          events)
        returned, messages = run_action(ActionDefaultFallback(), trk)
        events += [shown(m["response"]) for m in messages] + returned
        prompts.append(messages[-1]["response"])
    assert all(len({*prompts[i:i + 3]}) > 1 for i in range(len(prompts) - 2)), prompts
    assert prompts.count("utter_ask_safe_to_go_on") >= 3, prompts  # offered again, never left at a dead end


def test_rule_20_telling_it_and_sending_it_takes_at_most_nine_turns() -> None:
    """The report form driven as Rasa drives it: each turn answers the question the validator asks next."""
    import asyncio

    intake_turns = 3  # hello, "yes, I am safe", "yes, I want to go on"
    turns_after_consent = [("narrative", "they shelled the market while people queued for bread", "inform", None),
                           ("narrative_done", "/done", "done", True),
                           (None, "/review_and_send", "review_and_send", "/review_and_send"),
                           ("report_confirmed", "/affirm", "affirm", True)]
    slots: Dict[str, Any] = {"language": "en", "consent": True}
    form = ValidateReportForm()

    def next_question() -> Any:
        trk = sdk_tracker("rule-20", slots, {})
        required = asyncio.run(form.required_slots(REPORT_QUESTIONS, CollectingDispatcher(), trk, {}))
        return next((slot for slot in required if slots.get(slot) is None), None)

    for expected, message, intent, value in turns_after_consent:
        slot = next_question()
        assert expected in (None, slot), (expected, slot)
        trk = sdk_tracker("rule-20", {**slots, "requested_slot": slot},
                          {"text": message, "intent": {"name": intent}, "entities": []},
                          [{"event": "user", "text": message}], active_loop={"name": "report_form"})
        slots.update(getattr(form, f"validate_{slot}")(message if value is None else value,
                                                       CollectingDispatcher(), trk, {}))
    assert next_question() is None and slots["report_confirmed"] is True
    assert intake_turns + len(turns_after_consent) <= 9
    assert "/review_and_send" in button_payloads("utter_ask_role")
