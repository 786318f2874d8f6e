"""The survivor-centred rules (../shared/design/survivor-centred-rules.md), one test or more each.

Each test checks the artefact that enforces the rule: the domain and its responses, the rules Rasa learns,
the form validators, or the report that is filed. The end-to-end tests drive the same rules over REST.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Dict, List

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateReportForm
from bot import catalog
from bot.intake.report_builder import build_report
from tests.helpers import sdk_tracker

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
ENGLISH = catalog.responses("en")
REPORT_QUESTIONS = [slot for slot in DOMAIN["forms"]["report_form"]["required_slots"]]
FOLLOW_UP_QUESTIONS = [s for s in REPORT_QUESTIONS if s not in ("narrative_done", "report_confirmed")]


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
    for needed in ("war crimes team", "investigation", "painful", "anonymous", "nobody can contact you", "encrypted"):
        assert needed in consent, needed


def test_rule_2_consent_needs_an_active_yes_and_nothing_is_preselected() -> None:
    consent_slot = DOMAIN["slots"]["consent"]
    assert consent_slot.get("initial_value") is None
    yes_mappings = [m for m in consent_slot["mappings"] if m.get("value") is True]
    assert [m["intent"] for m in yes_mappings] == ["affirm"]


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
    resume = [r for r in rules() if {"intent": "resume"} in r["steps"] and '"consent": true' in json.dumps(r)]
    assert resume and resume[0]["steps"][-2:] == [{"action": "report_form"}, {"active_loop": "report_form"}]


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
    for name in ("Crimestoppers", "0800 555 111", "Redress", "Helen Bamber Foundation", "Freedom from Torture", "999"):
        assert name in text("utter_support")
    source = (ROOT / "actions" / "report.py").read_text(encoding="utf-8")
    assert 'response="utter_support"' in source.split("class ActionFileReport")[1]


# 12. The feedback channel, stated honestly before sending.
def test_rule_12_anonymity_and_the_follow_up_code_are_explained() -> None:
    assert "nobody will be able to contact you" in text("utter_anonymity_warning")
    assert "{followup_code}" in text("utter_report_filed") and "only way" in text("utter_anonymity_warning")


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
    filed = text("utter_report_filed")
    assert "{reference}" in filed and "{followup_code}" in filed and "add to your report" in filed
    assert "withdraw" in filed


def test_rule_2_nothing_typed_before_consent_is_filed() -> None:
    events = [
        {"event": "user", "text": "before consent: a name i should not have given", "timestamp": 1.0},
        {"event": "slot", "name": "language", "value": "uk"},
        {"event": "action", "name": "action_start_report"},
        {"event": "user", "text": "after consent", "timestamp": 2.0},
    ]
    turns = build_report({"consent": True}, events)["transcript"]
    assert [(t["text"], t["language"]) for t in turns] == [("after consent", "uk")]


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
    assert "/review_and_send" in button_payloads(f"utter_ask_{REPORT_QUESTIONS[2]}")
