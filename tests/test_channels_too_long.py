"""A message over the length limit, end to end on every messaging platform: a calm answer, the open question
still open, the draft kept, and nothing of the oversized message anywhere under the data directory or in the
conversation the tracker store holds (issue 11)."""
from __future__ import annotations

import json
import uuid
from typing import Callable, Dict

import pytest

from bot.channels import MAX_MESSAGE_CHARACTERS
from tests.channel_support import ChannelHarness, ChannelUser, MessengerUser, TelegramUser, WhatsAppUser, \
    start_a_draft
from tests.helpers import files_containing, read_stored_events, stored_account

pytestmark = pytest.mark.timeout(1200)

CANARY = "The heron counted eleven grey buses at the Mariupol theatre"
FIRST_PART = "they took my cousin at the checkpoint near the river"
NEXT_PART = "the guards at the school wore blue armbands"

USERS: Dict[str, Callable[[ChannelHarness], ChannelUser]] = {
    "telegram": lambda harness: TelegramUser(harness, 900000000000 + uuid.uuid4().int % 10**9),
    "twilio": lambda harness: WhatsAppUser(harness, "+4477009" + str(uuid.uuid4().int)[:5]),
    "facebook": lambda harness: MessengerUser(harness, "2" + str(uuid.uuid4().int)[:16]),
}


def oversized_report_with_canary() -> str:
    """Just over the limit: an account in words, with the canary sentence in the middle of it."""
    sentence = "Then the soldiers moved us to the basement of the school and kept us there. "
    half = sentence * (MAX_MESSAGE_CHARACTERS // (2 * len(sentence)) + 1)
    text = f"{half}{CANARY}. {half}"
    assert len(text) > MAX_MESSAGE_CHARACTERS
    return text


def open_question(user: ChannelUser) -> str:
    """The first line of the last question the assistant sent."""
    return [call.text for call in user.turns[-1] if call.is_message][-1].splitlines()[0]


@pytest.mark.parametrize("platform", sorted(USERS))
def test_an_oversized_message_gets_a_calm_answer_and_nothing_of_it_is_kept(channel_assistant: ChannelHarness,
                                                                           platform: str) -> None:
    user = USERS[platform](channel_assistant)
    start_a_draft(user, FIRST_PART)
    question = open_question(user)

    user.say(oversized_report_with_canary())
    shown = user.last_texts()
    assert "too long for me to read" in shown and "nothing of it was kept" in shown, shown
    assert "could not open what you sent" not in shown, shown
    assert question in shown, shown  # the same question again, nothing skipped

    user.say(NEXT_PART)  # the shorter part answers the question that stayed open: it joins the account
    stored = read_stored_events(channel_assistant.assistant.data_dir, user.conversation_id) or "[]"
    assert stored_account(json.loads(stored)) == f"{FIRST_PART}\n{NEXT_PART}", stored
    assert CANARY not in stored and "basement of the school" not in stored
    assert files_containing(channel_assistant.assistant.data_dir, CANARY) == []
    assert files_containing(channel_assistant.assistant.data_dir, "basement of the school") == []
