"""What the messaging connectors share: exit words, choices and their rendering rules, options memory, checks.

Nothing here logs what a user wrote, their phone number or their platform id: the connectors log only what
kind of thing happened ("rejected a webhook call: bad signature"), and exception class names.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import threading
import time
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import ATTACHMENT, MAX_MESSAGE_CHARACTERS, MESSAGE_TOO_LONG
from bot.tracker.trouble import STORE_TROUBLE

logger = logging.getLogger("bot.channels")

DELETE_EVERYTHING = "/delete_everything"

# Typed alone on a messaging channel, these delete the draft (issue 5). One table for every connector;
# variants are spellings people really type on another keyboard (Urdu with the Arabic heh).
EXIT_WORDS: Mapping[str, Tuple[str, ...]] = {
    "en": ("exit",),
    "ar": ("خروج",),
    "uk": ("вихід",),
    "ru": ("выход",),
    "fa": ("خروج",),
    "fr": ("quitter",),
    "es": ("salir",),
    "ur": ("باہر", "باهر"),
    "ta": ("வெளியேறு",),
    "so": ("ka bax",),
}

# Messenger's button rules as the issue states them: at most 3 per message, titles of at most 20 characters.
MAX_CHOICES_PER_MESSAGE = 3
MAX_TITLE_LENGTH = 20
ELLIPSIS = "…"
# Marks that must not be separated from the letter before them when a title is cut.
_JOINERS = {"\u200c", "\u200d"}
_TRAILING_PUNCTUATION = " \t.,;:!?¿¡؟،؛。-–—/"


# --- what the user typed -------------------------------------------------------------------------------------

def webhook_blueprint(name: str) -> Blueprint:
    """A channel's blueprint with the health check every channel answers (GET /webhooks/<channel>/)."""
    webhook = Blueprint(name, __name__)

    @webhook.route("/", methods=["GET"])
    async def health(_: Request) -> HTTPResponse:
        return response.json({"status": "ok"})

    return webhook


def normalise_words(text: str) -> str:
    """Folded for comparison: compatibility forms, case, invisible marks, tatweel, spacing and end punctuation."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    folded = "".join(ch for ch in folded if unicodedata.category(ch) != "Cf" and ch != "\u0640")
    folded = " ".join(folded.split())
    return folded.strip(_TRAILING_PUNCTUATION).lstrip("/").strip()


_EXITS = frozenset(normalise_words(word) for words in EXIT_WORDS.values() for word in words)


def is_exit(text: str) -> bool:
    """True for `/exit` or the word for it in a curated language, typed on its own."""
    return normalise_words(text) in _EXITS


def readable(text: str) -> str:
    """The text, or the too-long notice in its place when it is over the limit: nothing of an oversized
    message goes further (not to Rasa, its language detection or the tracker store), so none of it is kept."""
    return MESSAGE_TOO_LONG if len(text) > MAX_MESSAGE_CHARACTERS else text


def messages_for(text: Optional[str], has_attachment: bool) -> List[str]:
    """What Rasa receives for one platform message: the attachment notice first, then any words that came
    with it (a photo's caption is the user's own words and is kept, unless it is over the limit)."""
    messages = [ATTACHMENT] if has_attachment else []
    if isinstance(text, str) and text.strip():
        messages.append(readable(text))
    return messages


def exit_to_delete(text: str) -> str:
    """The message Rasa should see: "/delete_everything" for an exit word, otherwise the text unchanged."""
    return DELETE_EVERYTHING if is_exit(text) else text


_NUMBER = re.compile(r"^\s*[(\[]?\s*(\d{1,3})\s*[.)\]:]?\s*$")


def parse_option_number(text: str) -> Optional[int]:
    """The number in a reply that is just a number: "2", "2.", " 2 ", "(2)", Arabic-Indic "٢", Persian "۲"."""
    match = _NUMBER.match(unicodedata.normalize("NFKC", text or ""))
    return int(match.group(1)) if match else None  # int() reads every script's decimal digits


# --- what the bot offers -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Choice:
    """One button of a response: what the user sees and what Rasa receives when it is chosen."""

    title: str
    payload: str


def choices_from_buttons(buttons: Iterable[Mapping[str, Any]]) -> List[Choice]:
    """Rasa's buttons as choices; a button without a payload sends its title."""
    choices = []
    for button in buttons or ():
        title = str(button.get("title") or "").strip()
        payload = str(button.get("payload") or title).strip()
        if title or payload:
            choices.append(Choice(title or payload, payload))
    return choices


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M") or ch in _JOINERS


def truncate_title(title: str, limit: int = MAX_TITLE_LENGTH) -> str:
    """The title in at most `limit` characters: whole words where possible, an ellipsis when anything was cut.

    Never cuts a letter from its combining marks (Tamil vowel signs, Arabic harakat) or a surrogate pair.
    """
    title = " ".join((title or "").split())
    if len(title) <= limit:
        return title
    room = limit - len(ELLIPSIS)
    cut = room
    while cut > 0 and _is_mark(title[cut]):
        cut -= 1
    space = title.rfind(" ", 0, cut + 1)
    if space >= room // 2:
        cut = space
    kept = title[:cut].rstrip(_TRAILING_PUNCTUATION)
    return f"{kept}{ELLIPSIS}" if kept else title[:room] + ELLIPSIS


def groups_of(choices: Sequence[Choice], size: int = MAX_CHOICES_PER_MESSAGE) -> List[List[Choice]]:
    return [list(choices[start:start + size]) for start in range(0, len(choices), size)]


def utf16_length(text: str) -> int:
    """Length as the platforms count it (UTF-16 code units), so emoji and rare scripts do not overflow."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int) -> List[str]:
    """The text in parts of at most `limit` UTF-16 units, cut between paragraphs, lines, sentences or words."""
    text = (text or "").strip()
    parts: List[str] = []
    while utf16_length(text) > limit:
        window = text[:limit]
        while utf16_length(window) > limit:
            window = window[:-1]
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            found = window.rfind(separator)
            if found > len(window) // 3:
                cut = found + len(separator)
                break
        if cut <= 0:
            cut = len(window)
            while cut > 1 and _is_mark(text[cut]):
                cut -= 1
        parts.append(text[:cut].strip())
        text = text[cut:].strip()
    if text or not parts:
        parts.append(text)
    return parts


# --- private memory: options offered (WhatsApp/SMS numbers), deliveries already handled ------------------------

class PrivateMemory:
    """A small map in this process's memory only, never on disk, for per-conversation or per-delivery facts.

    Keys are HMACs under a random per-process key, so not even memory holds a phone number or a platform's
    message id. Entries expire after `ttl_seconds`, and the oldest are dropped beyond `max_entries`.
    """

    def __init__(self, ttl_seconds: float = 24 * 3600, max_entries: int = 20000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._key = os.urandom(32)
        self._ttl = ttl_seconds
        self._max = max_entries
        self._clock = clock
        self._entries: "OrderedDict[bytes, Tuple[float, Any]]" = OrderedDict()
        self._lock = threading.Lock()

    def _id(self, key: str) -> bytes:
        return hmac.new(self._key, str(key).encode("utf-8"), hashlib.sha256).digest()

    def __len__(self) -> int:
        return len(self._entries)

    def _put(self, key: bytes, value: Any) -> None:
        """Stores `value` under an HMAC key (caller holds the lock), dropping the oldest beyond the bound."""
        self._entries[key] = (self._clock(), value)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)

    def _live(self, stored: Optional[Tuple[float, Any]]) -> Any:
        if stored is None or self._clock() - stored[0] > self._ttl:
            return None
        return stored[1]


class OfferedOptions(PrivateMemory):
    """The choices last offered in each conversation, so that a reply "2" means the second one.

    An offer answers one reply only.
    """

    def offer(self, conversation_id: str, choices: Sequence[Choice]) -> None:
        key = self._id(conversation_id)
        with self._lock:
            self._entries.pop(key, None)
            if choices:
                self._put(key, tuple(choices))

    def take(self, conversation_id: str) -> Tuple[Choice, ...]:
        """The options offered to this conversation, forgetting them (they answer one reply)."""
        with self._lock:
            return self._live(self._entries.pop(self._id(conversation_id), None)) or ()

    def resolve(self, conversation_id: str, text: str) -> str:
        """The payload of the option whose number the user sent, or their text unchanged."""
        choices = self.take(conversation_id)
        number = parse_option_number(text)
        if choices and number is not None and 1 <= number <= len(choices):
            return choices[number - 1].payload
        return text


class HandledDeliveries(PrivateMemory):
    """Platform delivery ids (Telegram update_id, Twilio MessageSid, Messenger mid) already handled.

    Platforms retry a webhook call they think failed, and anyone holding a captured signed request could
    replay it: the same delivery id is answered once, and its copies get a plain 200 and nothing else.
    """

    def first_time(self, delivery_id: Any) -> bool:
        """True the first time a delivery id is seen; a missing id cannot be checked and is always handled."""
        if delivery_id is None or delivery_id == "":
            return True
        key = self._id(str(delivery_id))
        with self._lock:
            if self._live(self._entries.get(key)) is not None:
                return False
            self._put(key, True)
            return True


# --- checks on incoming webhook calls ------------------------------------------------------------------------

def same_secret(given: Optional[str], expected: Optional[str]) -> bool:
    """Constant-time comparison; a missing value on either side never matches."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def hub_signature_256(app_secret: str, body: bytes) -> str:
    """Messenger's X-Hub-Signature-256 value for a request body."""
    return "sha256=" + hmac.new(app_secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def derived_secret(purpose: str, secret: str) -> str:
    """A stable secret derived from another (same across restarts and replicas), in [A-Za-z0-9_-]."""
    return hmac.new(secret.encode("utf-8"), purpose.encode("utf-8"), hashlib.sha256).hexdigest()


# --- the shared halves of the connectors ---------------------------------------------------------------------

class ReplyTo:
    """The output channel Rasa gets for one platform message: replies go to the platform id they came from.

    Rasa addresses replies to the conversation id, which is a keyed hash the platform cannot deliver to; the
    connector knows the real chat id or number only while it handles the request, and this holds it for
    exactly that long. `name()` is the platform's, so responses keep their messaging wording.
    """

    def __init__(self, output: Any, platform_id: str) -> None:
        self.output = output
        self.platform_id = platform_id
        self.sent = 0

    def name(self) -> str:
        return self.output.name()

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        """Sends a reply, unless the conversation could not be read this turn: Rasa then answers it as a new one
        (bot.tracker.trouble), and the person is asked to send their message again instead."""
        if STORE_TROUBLE.noted(recipient_id):
            return
        await self.output.send_response(self.platform_id, message)
        self.sent += 1


def could_not_answer(text: str) -> str:
    """"Please send it again", in the language the unanswered message was written in (English when that
    cannot be told, as for a button): the person learns that this message was not taken in."""
    from bot import catalog
    from bot.language.detector import detect
    from bot.language.session import CONFIDENT

    detection = detect(text)
    confident = detection.language in catalog.CURATED_LANGUAGES and detection.confidence >= CONFIDENT
    return catalog.labels(detection.language if confident else catalog.SOURCE_LANGUAGE)["could_not_answer"]


class MessagingInput:
    """Mixed into each platform's Rasa InputChannel subclass (put first in the bases)."""

    # The start of this platform's conversation ids (bot.channels.conversations): "tg", "wa" or "fb".
    conversation_prefix = ""

    def reject(self, reason: str) -> Any:
        """403, and nothing processed or sent; the log says why, but not who or what."""
        from sanic import response

        logger.warning("%s: rejected a webhook call: %s", self.name(), reason)  # type: ignore[attr-defined]
        return response.text("forbidden", status=403)

    def incoming_text(self, text: str) -> str:
        """What Rasa should receive for what the user typed (exit words become /delete_everything)."""
        return exit_to_delete(text)

    def conversation_id(self, platform_id: Any) -> str:
        """The server-made id of this platform user's conversation (never the platform id itself)."""
        from bot.channels.conversations import conversation_ids

        return conversation_ids().for_platform(self.conversation_prefix, str(platform_id))

    @cached_property
    def handled_deliveries(self) -> HandledDeliveries:
        return HandledDeliveries()

    def first_delivery(self, delivery_id: Any) -> bool:
        """False for a copy of a webhook delivery already handled (a platform retry or a replay)."""
        if self.handled_deliveries.first_time(delivery_id):
            return True
        logger.info("%s: ignored a repeated delivery", self.name())  # type: ignore[attr-defined]
        return False

    async def deliver(self, on_new_message: Callable[[Any], Awaitable[Any]], text: str, output: Any,
                      platform_id: Any, metadata: Optional[Dict[str, Any]] = None) -> None:
        """Hands one user message to Rasa under the server-made conversation id, with replies going back to
        `platform_id`; a failure is logged by class name and never re-raised to the platform (which would
        only retry the same message).

        Every message is answered: one that got no reply (it failed, or an action failed and Rasa carried on
        without its events, e.g. while the action server restarts) or whose conversation could not be read or
        stored (bot.tracker.trouble) gets "please send it again", as the web widget gets a 503, so that the
        person does not wait in silence and their words are sent once more.
        """
        from rasa.core.channels.channel import UserMessage

        reply = ReplyTo(output, str(platform_id))
        message = UserMessage(self.incoming_text(text), reply, self.conversation_id(platform_id),
                              input_channel=self.name(), metadata=metadata)  # type: ignore[attr-defined]
        try:
            await on_new_message(message)
        except Exception as error:  # noqa: BLE001 - the platform must get its 200 either way
            logger.error("%s: could not handle a message (%s)", self.name(),  # type: ignore[attr-defined]
                         type(error).__name__)
            logger.debug("%s: handling failed", self.name(), exc_info=True)  # type: ignore[attr-defined]
        if STORE_TROUBLE.take(message.sender_id) or not reply.sent:
            await self.ask_to_send_again(output, str(platform_id), text)

    async def ask_to_send_again(self, output: Any, platform_id: str, text: str) -> None:
        """Tells the person their message was not answered; if even that cannot be sent, the log says so."""
        logger.error("%s: a message got no answer; asked for it to be sent again", self.name())  # type: ignore
        try:
            await output.send_text_message(platform_id, could_not_answer(text))
        except Exception as error:  # noqa: BLE001 - the platform must get its 200 either way
            logger.error("%s: could not ask for a message again (%s)", self.name(),  # type: ignore[attr-defined]
                         type(error).__name__)


class MessagingOutput:
    """Mixed into each platform's Rasa OutputChannel subclass (put first in the bases).

    Texts are cut to the platform's limit instead of being split at every blank line, and buttons become
    `Choice`s that the platform renders its own way in `_send_choices`.
    """

    text_limit = 4096

    async def _send_text(self, recipient_id: str, text: str) -> None:
        raise NotImplementedError

    async def _send_choices(self, recipient_id: str, text: str, choices: List[Choice]) -> None:
        raise NotImplementedError

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        for part in split_text(text, self.text_limit):
            if part:
                await self._send_text(recipient_id, part)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: List[Dict[str, Any]],
                                     **kwargs: Any) -> None:
        choices = choices_from_buttons(buttons)
        if choices:
            await self._send_choices(recipient_id, text or "", choices)
        else:
            await self.send_text_message(recipient_id, text, **kwargs)

    async def send_quick_replies(self, recipient_id: str, text: str, quick_replies: List[Dict[str, Any]],
                                 **kwargs: Any) -> None:
        await self.send_text_with_buttons(recipient_id, text, quick_replies, **kwargs)
