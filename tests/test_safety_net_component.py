"""The SafetyNet Rasa graph component: danger overrides whatever the classifier guessed, reads the whole message
even when InputGuard shortened it, leaves everything else alone, and sits last in the pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.input_guard import WHOLE_TEXT, InputGuard
from bot.components.safety_net import SafetyNet
from bot.safety.net import IMMEDIATE_DANGER, PARSE_KEY, SELF_HARM
from bot.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def storage(tmp_path_factory: pytest.TempPathFactory) -> LocalModelStorage:
    return LocalModelStorage(tmp_path_factory.mktemp("storage"))


def create(cls: type, storage: LocalModelStorage, config: dict = None):
    resource = Resource(cls.__name__)
    return cls.create({**cls.get_default_config(), **(config or {})}, storage, resource,
                      ExecutionContext(storage, resource))


def classified(text: str, intent: str, confidence: float = 0.6) -> Message:
    """A message as the trained classifiers leave it."""
    guess = {"name": intent, "confidence": confidence}
    return Message({TEXT: text, INTENT: guess, INTENT_RANKING_KEY: [guess, {"name": "inform", "confidence": 0.2}]})


def test_self_harm_taken_for_stop_is_answered_as_self_harm(storage: LocalModelStorage) -> None:
    """The issue's case: "I don't want to live anymore..." was classified as stop."""
    message = classified("I don't want to live anymore, I want to end my life", "stop")
    create(SafetyNet, storage).process([message])
    output = message.as_dict(only_output_properties=True)
    assert output[INTENT] == {"name": "self_harm", "confidence": 1.0}
    assert [entry["name"] for entry in output[INTENT_RANKING_KEY]] == ["self_harm", "stop", "inform"]
    assert output[PARSE_KEY] == {"kinds": [SELF_HARM], "languages": ["en"]}


def test_immediate_danger_at_the_safety_question_becomes_unsafe(storage: LocalModelStorage) -> None:
    message = classified("no, he is in the next room", "deny", 0.9)
    create(SafetyNet, storage).process([message])
    assert message.get(INTENT)["name"] == "unsafe"
    assert message.get(PARSE_KEY)["kinds"] == [IMMEDIATE_DANGER]


def test_both_kinds_take_the_intent_of_immediate_danger_and_keep_both_kinds(storage: LocalModelStorage) -> None:
    message = classified("they are outside the door and i want to die", "inform")
    create(SafetyNet, storage).process([message])
    assert message.get(INTENT)["name"] == "unsafe"
    assert message.get(PARSE_KEY)["kinds"] == [IMMEDIATE_DANGER, SELF_HARM]


def test_a_classifier_that_heard_the_danger_keeps_its_answer(storage: LocalModelStorage) -> None:
    message = classified("i want to die", "self_harm", 0.97)
    create(SafetyNet, storage).process([message])
    assert message.get(INTENT) == {"name": "self_harm", "confidence": 0.97}
    assert message.get(PARSE_KEY)["kinds"] == [SELF_HARM]


@pytest.mark.parametrize("text", ["they shelled the market at noon", "the soldiers came for us in the night",
                                  "ils ont bombardé le marché à midi"])
def test_a_long_account_the_classifier_alone_calls_danger_takes_its_next_guess(storage: LocalModelStorage,
                                                                              text: str) -> None:
    message = classified(text, "unsafe", 0.7)
    create(SafetyNet, storage).process([message])
    assert message.get(INTENT) == {"name": "inform", "confidence": 0.2}
    assert [entry["name"] for entry in message.get(INTENT_RANKING_KEY)] == ["inform"]
    assert message.get(PARSE_KEY) is None


@pytest.mark.parametrize("ranking, expected", [
    ([{"name": "unsafe", "confidence": 0.99}, {"name": "pause", "confidence": 0.006},
      {"name": "inform", "confidence": 0.001}], {"name": "inform", "confidence": 0.001}),
    ([{"name": "self_harm", "confidence": 0.99}, {"name": "stop", "confidence": 0.004}],
     {"name": "inform", "confidence": 0.0}),
    ([{"name": "unsafe", "confidence": 0.4}, {"name": "tell_me_more", "confidence": 0.55}],
     {"name": "tell_me_more", "confidence": 0.55}),
    # "i feel like im going crazy, i cant sleep since the attack": a break is offered, as the classifier's
    # next guess says, however weak it is.
    ([{"name": "unsafe", "confidence": 0.77}, {"name": "distress", "confidence": 0.207},
      {"name": "change_language", "confidence": 0.014}], {"name": "distress", "confidence": 0.207}),
    ([{"name": "self_harm", "confidence": 0.9}, {"name": "support", "confidence": 0.05}],
     {"name": "support", "confidence": 0.05}),
])
def test_a_long_message_whose_next_guess_is_no_better_than_a_guess_is_words_of_the_account_or_care(
        storage: LocalModelStorage, ranking: list, expected: dict) -> None:
    """"would the people who did it find out?" came out as `pause` at 0.006 once the danger guess was set aside."""
    message = Message({TEXT: "would the people who did it find out?", INTENT: dict(ranking[0]),
                       INTENT_RANKING_KEY: ranking})
    create(SafetyNet, storage).process([message])
    assert message.get(INTENT) == expected
    assert message.get(INTENT_RANKING_KEY)[0] == expected
    assert {entry["name"] for entry in message.get(INTENT_RANKING_KEY)}.isdisjoint({"unsafe", "self_harm"})


def test_the_next_guess_is_weighed_as_the_fallback_classifier_weighs_the_first() -> None:
    from bot.components.safety_net import NEXT_GUESS_AT_LEAST
    pipeline = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    fallback = next(step for step in pipeline if step["name"] == "FallbackClassifier")
    assert fallback["threshold"] == NEXT_GUESS_AT_LEAST


@pytest.mark.parametrize("text", ["not safe", "he is near", "someone is outside"])
def test_a_short_message_the_classifier_calls_danger_is_still_danger(storage: LocalModelStorage, text: str) -> None:
    message = classified(text, "unsafe", 0.7)
    create(SafetyNet, storage).process([message])
    assert message.get(INTENT)["name"] == "unsafe"


@pytest.mark.parametrize("text", ["my brother died in the bombing", "hello", "/affirm"])
def test_anything_else_is_left_as_the_classifier_read_it(storage: LocalModelStorage, text: str) -> None:
    message = classified(text, "inform")
    create(SafetyNet, storage).process([message])
    assert message.get(INTENT) == {"name": "inform", "confidence": 0.6}
    assert message.get(PARSE_KEY) is None


def test_danger_after_what_the_models_read_is_still_found(storage: LocalModelStorage) -> None:
    """InputGuard cuts the models' copy; the net reads the whole message it keeps beside it."""
    guard = create(InputGuard, storage, {"max_characters": 200})
    account = "They took the men to the school and we never saw them again. " * 10 + "I want to end my life."
    message = Message({TEXT: account})
    guard.process([message])
    assert "end my life" not in message.get(TEXT) and message.get(WHOLE_TEXT) == account
    message.set(INTENT, {"name": "inform", "confidence": 0.8})
    create(SafetyNet, storage).process([message])
    assert message.get(INTENT)["name"] == "self_harm"


def test_input_guard_keeps_no_second_copy_of_a_short_message(storage: LocalModelStorage) -> None:
    message = Message({TEXT: "a short answer"})
    create(InputGuard, storage).process([message])
    assert message.get(WHOLE_TEXT) is None


def test_the_safety_net_runs_last_so_nothing_overrides_it() -> None:
    config = yaml.safe_load((Path(PROJECT_ROOT) / "config.yml").read_text(encoding="utf-8"))
    names = [component["name"] for component in config["pipeline"]]
    assert names[-1] == "bot.components.safety_net.SafetyNet"
    assert names.index("FallbackClassifier") < names.index("bot.components.safety_net.SafetyNet")


@pytest.mark.parametrize("text", ["/affirm@0.5 I want to end my life", '/deny{"role":"witness"} i want to die',
                                  "/skip they are here, i am in danger"])
def test_danger_after_a_payload_is_not_dropped_with_the_payload(storage: LocalModelStorage, text: str) -> None:
    """Rasa's last step keeps only the payload of `/intent@0.5 …` and drops the words, and with them the safety
    net's verdict; the InputGuard hands such a message to the models as words."""
    from rasa.nlu.classifiers.regex_message_handler import RegexMessageHandler
    from rasa.shared.core.domain import Domain

    message = Message({TEXT: text})
    create(InputGuard, storage).process([message])
    message.set(INTENT, {"name": "affirm", "confidence": 0.9})
    create(SafetyNet, storage).process([message])
    [handled] = RegexMessageHandler().process([message], Domain.load(Path(PROJECT_ROOT) / "domain.yml"))
    assert handled.get(INTENT)["name"] in ("self_harm", "unsafe")


def test_a_plain_payload_still_reaches_rasa_as_a_payload(storage: LocalModelStorage) -> None:
    from rasa.nlu.classifiers.regex_message_handler import RegexMessageHandler
    from rasa.shared.core.domain import Domain

    message = Message({TEXT: '/choose_role{"role":"witness"}'})
    create(InputGuard, storage).process([message])
    [handled] = RegexMessageHandler().process([message], Domain.load(Path(PROJECT_ROOT) / "domain.yml"))
    assert handled.get(INTENT)["name"] == "choose_role"
