"""The LanguageDetector Rasa graph component: built via `create`, fed Messages, placed first in the pipeline,
and its output visible in Rasa's parse result and in the tracker an action server receives."""
from __future__ import annotations

import asyncio
import copy
from pathlib import Path
from typing import Any, Dict

import pytest
import yaml
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.recipe import Recipe
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.engine.validation import validate
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.language_detector import LANGUAGE, LanguageDetector
from bot.language.detection import Detection
from bot.settings import PROJECT_ROOT

COMPONENT = "bot.components.language_detector.LanguageDetector"
KEYS = {"language", "confidence", "script", "supported", "words", "chars", "ranking", "romanised", "everyday",
        "requested"}


@pytest.fixture(scope="module")
def component(tmp_path_factory: pytest.TempPathFactory) -> LanguageDetector:
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    resource = Resource("language_detector")
    return LanguageDetector.create(LanguageDetector.get_default_config(), storage, resource,
                                   ExecutionContext(storage, resource))


def test_process_sets_the_language_in_the_parse_output(component: LanguageDetector) -> None:
    message = Message({TEXT: "Вночі до нашого села прийшли солдати і забрали мого брата."})
    assert component.process([message]) == [message]
    result = message.as_dict(only_output_properties=True)[LANGUAGE]
    assert set(result) == KEYS
    assert Detection.from_dict(result) == Detection("uk", result["confidence"], "Cyrillic", True, 10, 58,
                                                    ranking=(("uk", 1.0), ("ru", 0.0)))
    assert result["confidence"] > 0.8 and result["requested"] is None


def test_explicit_requests_are_passed_on(component: LanguageDetector) -> None:
    message = Message({TEXT: "Можна українською?"})
    component.process([message])
    assert message.get(LANGUAGE)["requested"] == "uk"


def test_unserved_script(component: LanguageDetector) -> None:
    message = Message({TEXT: "ሰላም ነው"})
    component.process([message])
    assert message.get(LANGUAGE)["script"] == "Ethiopic" and message.get(LANGUAGE)["supported"] is False


def test_messages_without_text_are_left_alone(component: LanguageDetector) -> None:
    message = Message({INTENT: "greet"})
    component.process([message])
    assert message.get(LANGUAGE) is None


def test_training_data_is_annotated(component: LanguageDetector) -> None:
    examples = [Message({TEXT: "bonjour à tous", INTENT: "greet"}), Message({TEXT: "سلام", INTENT: "greet"})]
    data = TrainingData(training_examples=examples)
    assert component.process_training_data(data) is data
    assert [example.get(LANGUAGE)["script"] for example in examples] == ["Latin", "Arabic"]


def _pipeline(config: Dict[str, Any]) -> Any:
    return Recipe.recipe_for_name("default.v1").graph_config_for_recipe(copy.deepcopy(config), {})


MINIMAL = {
    "recipe": "default.v1", "language": "en", "assistant_id": "test",
    "pipeline": [{"name": COMPONENT}, {"name": "WhitespaceTokenizer"}, {"name": "CountVectorsFeaturizer"},
                 {"name": "DIETClassifier", "epochs": 1}],
    "policies": [{"name": "RulePolicy"}],
}


@pytest.mark.parametrize("config", [MINIMAL, yaml.safe_load((PROJECT_ROOT / "config.yml").read_text())],
                         ids=["minimal", "project"])
def test_recipe_accepts_the_component_before_the_tokenizer(config: Dict[str, Any]) -> None:
    """Rasa places it in pipeline order on both graphs, runs it on training data, and validates the graphs."""
    graphs = _pipeline(config)
    validate(graphs)
    train = {name: node for name, node in graphs.train_schema.nodes.items() if COMPONENT in name}
    assert [node.fn for node in train.values()] == ["process_training_data"]
    predict = graphs.predict_schema.nodes
    detector = next(name for name in predict if COMPONENT in name)
    tokenizer = next(name for name in predict if "Tokenizer" in name)
    assert predict[detector].fn == "process" and predict[tokenizer].needs == {"messages": detector}


@pytest.mark.slow
def test_language_reaches_parse_result_and_action_server_tracker(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Train a tiny NLU model, parse with Rasa, log a message and read the tracker as rasa_sdk sees it."""
    from rasa.core.agent import Agent
    from rasa.core.channels.channel import UserMessage
    from rasa.model_training import train_nlu
    from rasa.shared.core.trackers import EventVerbosity
    from rasa_sdk import Tracker

    monkeypatch.setenv("RASA_CACHE_DIRECTORY", str(tmp_path / "cache"))
    monkeypatch.setenv("RASA_TELEMETRY_ENABLED", "false")
    config = dict(MINIMAL, pipeline=[{"name": COMPONENT}, {"name": "WhitespaceTokenizer"},
                                     {"name": "KeywordIntentClassifier"}], policies=[])
    (tmp_path / "config.yml").write_text(yaml.safe_dump(config))
    (tmp_path / "nlu.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - hello\n    - привіт\n'
        '- intent: report\n  examples: |\n    - soldiers came\n    - солдати прийшли\n', encoding="utf-8")
    model = train_nlu(str(tmp_path / "config.yml"), str(tmp_path / "nlu.yml"), str(tmp_path / "models"),
                      fixed_model_name="tiny")
    agent = Agent.load(model)

    async def run() -> Dict[str, Any]:
        parsed = await agent.parse_message("Вночі до нашого села прийшли солдати і забрали мого брата.")
        assert parsed[LANGUAGE]["language"] == "uk" and set(parsed[LANGUAGE]) == KEYS
        await agent.processor.log_message(UserMessage("Can we speak French?", sender_id="someone"))
        tracker = await agent.tracker_store.retrieve("someone")
        return tracker.current_state(EventVerbosity.ALL)  # what Rasa posts to the action server

    latest = Tracker.from_dict(asyncio.run(run())).latest_message
    assert latest[LANGUAGE]["requested"] == "fr" and latest[LANGUAGE]["language"] == "en"
    assert Detection.from_dict(latest[LANGUAGE]).supported
