"""Rasa must not quote what people type in its logs: a message starting with "/" that is not a valid intent
command once put the person's words in the server's log, through a warning and a structured log line."""
from __future__ import annotations

import pytest

from tests.helpers import run_python

CANARY = "CANARY-logs-2b7e they took my brother at the bridge"
# What the running server does with such messages: Rasa's logging and warning set-up, the model's components
# loaded, then the command parser on each message. The argument says whether InputGuard is loaded first.
PARSE_LIKE_THE_SERVER = f"""
import logging, sys
from rasa.utils.common import configure_logging_and_warnings
from rasa.utils.log_utils import configure_structlog
from rasa.shared.core.domain import Domain
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.nlu.training_data.message import Message
from bot.components.input_guard import InputGuard

configure_logging_and_warnings(logging.INFO)
configure_structlog(logging.INFO)
if sys.argv[1] == "loaded":
    InputGuard.load(InputGuard.get_default_config(), None, None, None)
domain = Domain.from_yaml("intents: [affirm, restart]")
for text in ["/restart {CANARY}", "/{{ {CANARY}", "/ {CANARY}", '/affirm{{"place": "{CANARY}"}}',
             '/affirm{{"x": {CANARY}']:
    YAMLStoryReader.unpack_regex_message(Message(data={{"text": text}}), domain)
"""


@pytest.mark.parametrize("components", ["loaded", "not loaded"])
def test_messages_that_look_like_commands_are_not_quoted_in_the_log(components: str) -> None:
    run = run_python("-c", PARSE_LIKE_THE_SERVER, components, timeout=120)

    assert run.returncode == 0, run.stderr
    logged = run.stdout + run.stderr
    if components == "loaded":
        assert CANARY not in logged
    else:  # the check can fail: without the component, Rasa quotes the message
        assert CANARY in logged
