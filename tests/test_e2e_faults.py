"""Faults, end to end: a server that dies costs the person a turn, never their words (issue 14).

These start an assistant of their own (the shared one must not lose a server under the other tests).
"""
from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from bot.launcher.servers import restart_server
from tests.assistant import start_assistant, texts
from tests.conversation_driver import FOLLOW_UP_ANSWERS, receipt_in, start_and_consent
from tests.crypto_fixtures import run_staff

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

FIRST = "they took my uncle from the market in the morning"
SECOND = "two days later his car was found burned near the river crossing"


def test_a_killed_action_server_costs_a_turn_and_nothing_else(trained_model: Path, tmp_path: Path) -> None:
    assistant = start_assistant(tmp_path / "data", trained_model)
    try:
        sender = "fault"
        start_and_consent(assistant, sender)
        assert texts(assistant.send(sender, FIRST))
        actions = next(server for server in assistant.servers.running if server.name == "The action server")
        os.kill(actions.process.pid, signal.SIGKILL)
        actions.process.wait()

        body = json.dumps({"sender": assistant.session_token(sender), "message": SECOND}).encode()
        status, answer = assistant.post_raw(body)
        assert status == 503 and "try again" in json.loads(answer)["error"]  # the widget keeps the message

        restart_server(actions, assistant.servers.others(actions))
        assert texts(assistant.send(sender, SECOND))  # sent again, as the widget offers
        assistant.send(sender, "/done")
        assistant.send(sender, '/choose_role{"role":"witness"}')
        for answer in FOLLOW_UP_ANSWERS:
            assistant.send(sender, answer)
        receipt = receipt_in(texts(assistant.send(sender, "/affirm")))
        assert receipt["reference"], receipt["text"]

        shown = run_staff(assistant.data_dir, "show", receipt["reference"], "--json", env=assistant.env,
                          timeout=120)
        assert shown.returncode == 0, shown.stderr
        report = json.loads(shown.stdout)
        narrative = (report["report"] if "report" in report else report)["answers"]["narrative"]
        assert narrative.count(FIRST) == 1, narrative
        assert narrative.count(SECOND) == 1, narrative
    finally:
        assistant.stop()
