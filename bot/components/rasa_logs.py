"""Keeps Rasa from quoting what people type in its logs.

A message that starts with "/" but is not a valid intent command ("/restart they took my brother", "/{...")
makes Rasa's command parser raise a warning that quotes the whole message, or log it as `user_text`: both
would end up in the server's log file. The parser's logger and warnings are silenced in the running server
only; training keeps them, since there they point at mistakes in the training data.
"""
from __future__ import annotations

import logging
import warnings

COMMAND_PARSER_LOGGER = "rasa.shared.core.training_data.story_reader.yaml_story_reader"
COMMAND_PARSER_WARNING = "Failed to parse arguments in line"


def stop_quoting_messages() -> None:
    """Silence the command parser's warnings and log lines in this process (both quote the message)."""
    warnings.filterwarnings("ignore", message=COMMAND_PARSER_WARNING, category=UserWarning)
    logging.getLogger(COMMAND_PARSER_LOGGER).setLevel(logging.ERROR)
