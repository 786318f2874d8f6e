"""Fuzzing the real server over HTTP (a few hundred requests; the bulk runs in-process in
tests/test_fuzz_rest_channel.py): generated bodies, content types and messages never get a 5xx, malformed ones
get a 400 that says why, the server answers a normal message afterwards, and the canary typed in every
message is in no file under the data directory, logs included."""
from __future__ import annotations

import json
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.assistant import RunningAssistant, texts
from tests.fuzz_strategies import NASTY_TEXT, WEBHOOK_BODIES, WEBHOOK_CANARY, WEBHOOK_CONTENT_TYPES
from tests.helpers import files_containing

pytestmark = pytest.mark.timeout(900)

ON_A_SHARED_SERVER = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                               HealthCheck.too_slow])
MESSAGES = st.one_of(
    NASTY_TEXT,
    st.integers(1, 860).map(lambda repeat: "they burned the houses " * repeat),  # up to the 20,000-character limit
    st.sampled_from(["", "   \n\t ", "<script>alert('x')</script>", "/delete_everything", "/restart",
                     "/affirm", '/choose_role{"role":"witness"}', '/inform{"place":', "/@", "/{", "/", "exit"]),
).map(lambda text: f"{text} {WEBHOOK_CANARY}")  # "/..." messages once put the words in Rasa's log


def test_the_real_server_never_answers_5xx_and_keeps_no_plaintext(running_assistant: RunningAssistant) -> None:
    conversation = f"fuzz-{uuid.uuid4().hex}"

    @settings(max_examples=200, **ON_A_SHARED_SERVER)
    @given(body=WEBHOOK_BODIES, content_type=st.sampled_from(WEBHOOK_CONTENT_TYPES))
    def any_request(body: bytes, content_type: str) -> None:
        status, answer = running_assistant.post_raw(body, content_type)
        assert status < 500, answer
        if status >= 400:
            assert status in (400, 413) and json.loads(answer)["error"]  # 413: over the size limit

    @settings(max_examples=60, **ON_A_SHARED_SERVER)
    @given(message=MESSAGES)
    def messages_in_one_conversation(message: str) -> None:
        replies = running_assistant.send(conversation, message)  # how the test client talks, token and all
        assert isinstance(replies, list), replies  # a 4xx or 5xx comes back as its error text

    any_request()
    messages_in_one_conversation()

    assert running_assistant.is_up()
    assert "/affirm" in json.dumps(running_assistant.send(f"after-fuzz-{uuid.uuid4().hex}", "hello"))
    assert texts(running_assistant.send(conversation, "hello"))
    assert files_containing(running_assistant.data_dir, WEBHOOK_CANARY) == []
