"""Talking to each system over its REST channel, as the web widget does, and the conversations to have.

Testimony's channel takes only a session token the server issued as the sender; a bare Rasa takes any sender
id. Both answer POST /webhooks/rest/webhook with the bot's messages.
"""
from __future__ import annotations

import json
import urllib.request
import uuid
from typing import Any, Dict, List, Sequence, Tuple

REQUEST_TIMEOUT_S = 120

# One typed answer per follow-up question, in the order the form asks them (also the end-to-end tests' answers).
FOLLOW_UP_ANSWERS: Tuple[str, ...] = (
    "spring 2022",
    "bucha, ukraine",
    "men in black uniforms",
    "/dont_know",
    "my neighbours were there too",
    "i have photos on my phone",
    "nobody, this is the first time",
    "/affirm",
    '/choose_contact{"contact_preference":"anonymous"}',
)
# A whole report as a person gives it: greeting, safe, consent, an account in three messages, their role, the
# follow-up questions (typed, "I don't know", a choice), and sending.
TESTIMONY_CONVERSATION: Tuple[str, ...] = (
    "hello, I want to report something that happened to my family",
    "/affirm",
    "/affirm",
    "/deny",
    "soldiers came to our village at night and took the men from the houses",
    "they held my brother in the school for three days, we could hear them beating people",
    "when they left we found the school burned",
    "/done",
    '/choose_role{"role":"witness"}',
    *FOLLOW_UP_ANSWERS,
    "/affirm",
)
# The opening of a report, after which the account is told in many messages (the long-account measurement).
TESTIMONY_OPENING = TESTIMONY_CONVERSATION[:4]
TESTIMONY_ACCOUNT_MESSAGE = "and then they came back the next night and took more people from the street"

# `rasa init`'s assistant (the mood bot): greet, mood, the picture, did that help, goodbye.
BARE_CONVERSATION: Tuple[str, ...] = ("hello", "I am sad", "yes", "great, thanks", "goodbye")
BARE_OPENING = BARE_CONVERSATION[:1]
BARE_ACCOUNT_MESSAGE = "I am feeling very sad today"


class RestClient:
    """One system's REST channel."""

    def __init__(self, base_url: str, conversation: Sequence[str], opening: Sequence[str],
                 account_message: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.conversation = tuple(conversation)
        self.opening = tuple(opening)
        self.account_message = account_message

    def new_sender(self) -> str:
        """A sender id for one new conversation."""
        return uuid.uuid4().hex

    def post(self, path: str, body: Dict[str, Any]) -> Any:
        request = urllib.request.Request(f"{self.base_url}{path}", data=json.dumps(body).encode("utf-8"),
                                         method="POST", headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_S) as response:
            return json.loads(response.read() or b"null")

    def send(self, sender: str, text: str) -> List[Dict[str, Any]]:
        """The bot's answer to one message; an HTTP error or an empty answer raises (a failed turn)."""
        replies = self.post("/webhooks/rest/webhook", {"sender": sender, "message": text})
        if not replies:
            raise RuntimeError("the turn got no answer")
        return replies


class TestimonyClient(RestClient):
    """Testimony's channel: each conversation starts with a session the server makes."""

    __test__ = False  # not a pytest class, whatever its name

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url, TESTIMONY_CONVERSATION, TESTIMONY_OPENING, TESTIMONY_ACCOUNT_MESSAGE)

    def new_sender(self) -> str:
        return self.post("/webhooks/rest/session", {})["token"]


def bare_rasa_client(base_url: str) -> RestClient:
    return RestClient(base_url, BARE_CONVERSATION, BARE_OPENING, BARE_ACCOUNT_MESSAGE)
