"""How one event becomes one row: padded JSON sealed with AES-256-GCM under its conversation's own key
(bot.tracker.keystore) and associated data that binds it to its conversation id and position; and the
conversation id replaced by a keyed hash of the master secret.

Plaintexts are padded to 256-byte blocks so ciphertext lengths do not reveal message lengths.
"""
from __future__ import annotations

import json
import struct
from typing import Any, Dict, Text

from rasa.shared.exceptions import RasaException

from bot.crypto.codec import json_bytes, text_bytes
from bot.crypto.errors import DecryptionError
from bot.crypto.secretbox import SecretBox, derive_key, keyed_hash

PAD_BLOCK = 256
ID_KEY_PURPOSE = "testimony/tracker/conversation-id/hmac-sha256/v1"
AAD_LABEL = b"testimony/tracker/event/v2"
MAX_SEQ = 2 ** 64 - 1  # positions are bound into the associated data as unsigned 64-bit integers


class TrackerDecryptionError(RasaException):
    """A stored event failed authentication: wrong key, tampered row, or row from another conversation."""


def pad(data: bytes) -> bytes:
    """Pad JSON with trailing spaces (which JSON ignores) so lengths leak only in 256-byte steps."""
    return data + b" " * (-len(data) % PAD_BLOCK)


def associated_data(sender_id: Text, seq: int) -> bytes:
    """Associated data: a row only decrypts for its own conversation id and position."""
    raw = text_bytes(sender_id)
    return AAD_LABEL + struct.pack(">I", len(raw)) + raw + struct.pack(">Q", seq)


class ConversationNames:
    """Names conversations in the database by HMAC, so the ids people are known by are never stored."""

    def __init__(self, master: bytes) -> None:
        self._id_key = derive_key(master, ID_KEY_PURPOSE)

    def handle(self, sender_id: Text) -> Text:
        """The pseudonymous row key for a conversation id."""
        return keyed_hash(self._id_key, text_bytes(sender_id))


class EventSealer:
    """Seals and opens the event rows of one conversation under that conversation's key."""

    def __init__(self, conversation_key: bytes) -> None:
        self._box = SecretBox(conversation_key)

    def seal(self, sender_id: Text, seq: int, event: Dict[Text, Any]) -> bytes:
        """The stored blob of event number `seq` of the conversation."""
        return self._box.seal(pad(json_bytes(event)), associated_data(sender_id, seq))

    def open(self, sender_id: Text, seq: int, blob: bytes) -> Dict[Text, Any]:
        """The event in a stored blob, or TrackerDecryptionError if the row is not this one's."""
        try:
            if not 0 <= seq <= MAX_SEQ:  # only an edited row has one; struct.pack would raise its own error
                raise DecryptionError("event position out of range")
            plaintext = self._box.open(blob, associated_data(sender_id, seq))
        except DecryptionError as error:
            raise TrackerDecryptionError(
                f"stored event #{seq} of the requested conversation failed authentication "
                f"(wrong key, tampered data, or a row moved from another conversation)"
            ) from error
        return json.loads(plaintext.decode("utf-8"))
