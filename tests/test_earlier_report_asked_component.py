"""The EarlierReportAsked component: a guess of adding to or withdrawing an earlier report stands only when the
message asks it; an account so taken is an account. Seen from outside: a first message in Roman Urdu telling what
happened, taken for adding to a report, got "Please type your report reference" and its words were not held (end
to end in tests/test_e2e_languages.py). The wordings are our own; the wording data is the project's, as trained."""
from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.earlier_report_asked import EarlierReportAsked
from tests.helpers import wording_as_trained

ASKED = [
    ("/followup", "followup"),
    ("i want to add to my report", "followup"),
    ("I already reported, I want to add something to my report", "followup"),
    ("I reported in May. I want to add something.", "followup"),
    ("ref DREJ9AALFN code 7438 3745 4697 6380 they also took my cousin", "followup"),
    ("hello my reference is REF-DREJ9AALFN and i remembered the name of the officer who beat us", "followup"),
    ("i want to withdraw my consent", "withdraw"),
    ("/withdraw", "withdraw"),
    # A few words that tell nothing beside the request (said at the consent question, where a withdraw is a no),
    # and a question of a few words.
    ("I do not give my consent", "withdraw"),
    ("can i change what i wrote?", "followup"),
]
TOLD = [
    ("salam, mujhe report karni hai, mere bhai ko fauji raat ko utha kar le gaye aur hamara ghar jala diya",
     "followup"),
    ("mere bhai ko utha le gaye", "followup"),
    ("soldiers burned our house again last night", "followup"),
    ("they took my father and we never heard from him again", "withdraw"),
    ("خطفوا ابني من الحاجز", "followup"),
    ("ils ont emmené mon frère la nuit", "followup"),
]


def classified(text: str, intent: str) -> Message:
    """`text` as the pipeline has it after WordedLike, the classifier having guessed `intent`."""
    message = Message({TEXT: text, INTENT: {INTENT_NAME_KEY: intent, "confidence": 0.7},
                       INTENT_RANKING_KEY: [{INTENT_NAME_KEY: intent, "confidence": 0.7},
                                            {INTENT_NAME_KEY: "inform", "confidence": 0.2}]})
    wording_as_trained().mark(message)
    EarlierReportAsked().process([message])
    return message


@pytest.mark.parametrize("text, intent", ASKED)
def test_asking_about_an_earlier_report_keeps_the_guess(text: str, intent: str) -> None:
    assert classified(text, intent).get(INTENT)[INTENT_NAME_KEY] == intent


@pytest.mark.parametrize("text, intent", TOLD)
def test_an_account_taken_for_an_earlier_reports_request_is_an_account(text: str, intent: str) -> None:
    message = classified(text, intent)
    assert message.get(INTENT)[INTENT_NAME_KEY] == "inform"
    assert [entry[INTENT_NAME_KEY] for entry in message.get(INTENT_RANKING_KEY)][:2] == ["inform", intent]


@pytest.mark.parametrize("intent", ["inform", "support", "pause", "report"])
def test_other_guesses_are_left_as_they_are(intent: str) -> None:
    assert classified("soldiers burned our house again last night", intent).get(INTENT)[INTENT_NAME_KEY] == intent


def test_the_component_is_in_the_pipeline_after_the_wording_it_reads() -> None:
    import yaml

    from bot.settings import PROJECT_ROOT

    names = [step["name"].rsplit(".", 1)[-1] for step in
             yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]]
    assert names.index("WordedLike") < names.index("EarlierReportAsked") < names.index("SafetyNet")
