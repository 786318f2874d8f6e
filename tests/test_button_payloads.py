"""bot.components.button_payloads: a button's payload gets Rasa's own parse without the NLU models running."""
from __future__ import annotations

import asyncio
from typing import Any, List
from unittest import mock

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.trackers import DialogueStateTracker

from bot.components import button_payloads

PAYLOADS = [
    "/affirm",
    "/deny",
    "/done",
    '/choose_role{"role":"witness"}',
    '/choose_contact{"contact_preference":"anonymous"}',
    '/change_language{"language_choice":"fr"}',
    "/affirm@0.4",
    " /affirm",  # Rasa's UserMessage strips the text before anything reads it
    "/affirm\n",
]
NOT_PAYLOADS = [
    "/no_such_intent",
    "/",
    "/affirm\x00",
    "/affirm@0.5 I want to end my life",  # words after a payload are read as words
    "/affirm{broken",
    "/affirm" + " x" * 300,
    "hello, I want to report something",
    "yes",
    "",
]


def rasas(processor: MessageProcessor, text: str, only_output_properties: bool = True) -> Any:
    tracker = DialogueStateTracker.from_events("someone", [])
    return button_payloads.RASAS_PARSE_MESSAGE_WITH_GRAPH(processor, UserMessage(text), tracker,
                                                          only_output_properties)


def ours(processor: MessageProcessor, text: str, only_output_properties: bool = True) -> Any:
    tracker = DialogueStateTracker.from_events("someone", [])
    return processor._parse_message_with_graph(UserMessage(text), tracker, only_output_properties)


def test_it_is_installed_in_rasas_place() -> None:
    assert MessageProcessor._parse_message_with_graph is button_payloads._parse_message_with_graph


@pytest.mark.slow
def test_every_intent_of_the_domain_as_a_button_parses_as_rasa_parses_it(loaded_agent: Any) -> None:
    processor = loaded_agent.processor
    texts = [f"/{intent}" for intent in processor.domain.intents] + PAYLOADS
    for text in texts:
        for only_output_properties in (True, False):
            assert ours(processor, text, only_output_properties) == rasas(processor, text, only_output_properties)


@pytest.mark.slow
def test_the_models_do_not_run_for_a_button_and_do_for_anything_else(loaded_agent: Any) -> None:
    processor = loaded_agent.processor
    runs: List[str] = []
    real_run = processor.graph_runner.run

    def counted(*args: Any, **kwargs: Any) -> Any:
        runs.append("run")
        return real_run(*args, **kwargs)

    with mock.patch.object(processor.graph_runner, "run", counted):
        for text in PAYLOADS:
            assert button_payloads.parse_payload(UserMessage(text).text, processor.domain) is not None
            ours(processor, text)
        assert runs == []
        for text in NOT_PAYLOADS:
            assert button_payloads.parse_payload(UserMessage(text).text, processor.domain) is None
            runs.clear()
            assert ours(processor, text) == rasas(processor, text)
            assert len(runs) == 2, repr(text)


@pytest.mark.slow
def test_a_button_reaches_the_conversation_as_before(loaded_agent: Any) -> None:
    """Through Rasa's public parse, as the channels use it: the intent and entities of the payload."""
    parsed = asyncio.run(loaded_agent.parse_message('/choose_role{"role":"witness"}'))
    assert parsed["intent"] == {"name": "choose_role", "confidence": 1.0}
    assert [(entity["entity"], entity["value"]) for entity in parsed["entities"]] == [("role", "witness")]


@pytest.mark.slow
def test_words_after_a_payload_reach_the_safety_net(loaded_agent: Any) -> None:
    for text in ("/affirm@0.5 I want to end my life", '/deny{"role":"witness"} i want to kill myself'):
        assert asyncio.run(loaded_agent.parse_message(text))["intent"]["name"] == "self_harm", text
