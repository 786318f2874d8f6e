"""Every message over a messaging channel is answered: one that got no reply (it failed, or an action failed and
Rasa carried on without its events), or whose conversation could not be read or stored, gets "please send it
again" in the language it was written in (on the website, a 503)."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Tuple

import pytest

from bot import catalog, settings
from bot.channels.common import MessagingInput
from bot.tracker.trouble import STORE_TROUBLE

ARABIC = "أخذوا أخي من البيت في الليل ولم يعد"
UKRAINIAN = "вони забрали мого брата з дому вночі"


class Channel(MessagingInput):
    conversation_prefix = "tg"

    @classmethod
    def name(cls) -> str:
        return "telegram"


class Output:
    """Records what reached the platform; `broken` makes every send fail, as an unreachable platform would."""

    def __init__(self, broken: bool = False) -> None:
        self.broken = broken
        self.sent: List[Tuple[str, Any]] = []

    @classmethod
    def name(cls) -> str:
        return "telegram"

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        self.sent.append((recipient_id, message))

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        if self.broken:
            raise ConnectionError("the platform is unreachable")
        self.sent.append((recipient_id, text))


async def silent(message: Any) -> None:
    """Rasa when an action failed: the turn ends without a message."""


async def failing(message: Any) -> None:
    raise RuntimeError(f"could not handle {message.text}")


async def answering(message: Any) -> None:
    await message.output_channel.send_response(message.sender_id, {"text": "Are you safe?"})


def deliver(rasa: Callable[[Any], Awaitable[None]], text: str, output: Output, tmp_path: Path) -> None:
    with settings.use(settings.Settings(data_dir=tmp_path)):
        asyncio.run(Channel().deliver(rasa, text, output, 4242))


def again(language: str) -> str:
    return catalog.labels(language)["could_not_answer"]


@pytest.mark.parametrize("rasa", [silent, failing], ids=["no reply", "an error"])
@pytest.mark.parametrize("text, language", [(ARABIC, "ar"), (UKRAINIAN, "uk"),
                                            ("they took my brother from our house at night", "en"),
                                            ("/resume", "en"), ("١٥", "en")])
def test_an_unanswered_message_is_asked_for_again_in_its_language(rasa: Callable[[Any], Awaitable[None]],
                                                                  text: str, language: str,
                                                                  tmp_path: Path) -> None:
    output = Output()
    deliver(rasa, text, output, tmp_path)
    assert output.sent == [("4242", again(language))]


def test_an_answered_message_gets_only_its_answer(tmp_path: Path) -> None:
    output = Output()
    deliver(answering, ARABIC, output, tmp_path)
    assert output.sent == [("4242", {"text": "Are you safe?"})]


def test_a_platform_that_cannot_be_reached_leaves_the_webhook_standing(tmp_path: Path,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    deliver(silent, ARABIC, Output(broken=True), tmp_path)
    logged = caplog.text
    assert "could not ask for a message again (ConnectionError)" in logged
    assert ARABIC not in logged


def test_the_request_is_written_in_every_served_language() -> None:
    requests = {language: again(language) for language in catalog.CURATED_LANGUAGES}
    assert len(set(requests.values())) == len(catalog.CURATED_LANGUAGES)


async def answering_without_the_conversation(message: Any) -> None:
    """Rasa after the tracker store could not read the conversation: it answers it as a new one."""
    STORE_TROUBLE.note(message.sender_id)
    await message.output_channel.send_response(message.sender_id, {"text": "Hello, I am here to listen."})


async def answered_but_not_stored(message: Any) -> None:
    await message.output_channel.send_response(message.sender_id, {"text": "Thank you. Is there anything else?"})
    STORE_TROUBLE.note(message.sender_id)  # the save at the end of the turn failed


def test_an_answer_made_without_the_conversation_is_withheld_and_the_message_asked_for_again(
        tmp_path: Path) -> None:
    output = Output()
    deliver(answering_without_the_conversation, ARABIC, output, tmp_path)
    assert output.sent == [("4242", again("ar"))]


def test_a_turn_that_could_not_be_stored_is_asked_for_again_once(tmp_path: Path) -> None:
    output = Output()
    deliver(answered_but_not_stored, UKRAINIAN, output, tmp_path)
    deliver(answering, UKRAINIAN, output, tmp_path)  # the next turn is whole again
    assert output.sent == [("4242", {"text": "Thank you. Is there anything else?"}), ("4242", again("uk")),
                           ("4242", {"text": "Are you safe?"})]


@pytest.mark.parametrize("rasa", [answering_without_the_conversation, answered_but_not_stored])
def test_the_website_gets_a_503_for_such_a_turn_and_then_answers_again(
        rasa: Callable[[Any], Awaitable[None]]) -> None:
    from bot.channels.rest import answer

    turn = asyncio.run(answer(rasa, "they took my brother", "web:1", {}))
    assert turn.status == 503 and b"try again" in turn.body
    assert asyncio.run(answer(answering, "they took my brother", "web:1", {})).status == 200
