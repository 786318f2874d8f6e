"""Messages from the team to a reporter, readable only with the report's follow-up code.

A reply is sealed with AES-256-GCM under a key derived from the report's addendum key (bot.reports.payloads),
which is itself derived from the follow-up code. Staff read the addendum key from the opened report; the
server derives it only when the reporter types their code again, and never stores the code or the key. So a
reply sits on the server as ciphertext that neither the server nor anyone with the staff's public keys can
read: only the team (through the sealed report) and the person holding the code.

Stored as objects `index/replies/<REF>/NNNN.json` (files, or PostgreSQL with TESTIMONY_REPORT_STORE_URL):
`{"format":"testimony-reply/1","reference","seq","nonce","sealed"}`; inside, `{"reference","seq","written_at",
"who","language","text"}`; the associated data binds the format, reference and seq, so a reply moved to
another report or place does not open.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import List

from bot.crypto import aead
from bot.crypto.codec import b64d, b64e, canonical_json
from bot.crypto.errors import DecryptionError
from bot.crypto.kdf import hkdf_sha256
from bot.reports.objects import INDEX, ReportObjects

FORMAT = "testimony-reply/1"
REPLIES = INDEX + "replies/"
KEY_INFO = b"testimony/v2/reply-key"
MAX_REPLY_CHARS = 4000  # read on a phone, in a chat


class ReplyError(ValueError):
    """A reply that cannot be written (empty, too long) or read (moved, damaged, another code)."""


@dataclass(frozen=True)
class Reply:
    seq: int
    written_at: str
    who: str
    language: str
    text: str


def reply_key(addendum_key: bytes) -> bytes:
    return hkdf_sha256(addendum_key, KEY_INFO)


def _aad(reference: str, seq: int) -> bytes:
    return f"{FORMAT}\x00{reference}\x00{seq}".encode("ascii")


def _names(objects: ReportObjects, reference: str) -> List[tuple]:
    found = []
    for name in objects.names(REPLIES + reference):
        stem = name.rsplit("/", 1)[-1]
        if stem.endswith(".json") and stem[:-5].isdigit():
            found.append((int(stem[:-5]), name))
    return sorted(found)


def write_reply(objects: ReportObjects, reference: str, addendum_key: bytes, text: str, language: str,
                who: str) -> Reply:
    """Seal and store a reply under the next free number (the objects' lock keeps two writers apart)."""
    text = text.strip()
    if not text:
        raise ReplyError("an empty reply")
    if len(text) > MAX_REPLY_CHARS:
        raise ReplyError(f"a reply longer than {MAX_REPLY_CHARS} characters (it is read in a chat)")
    with objects.lock("replies:" + reference):
        seq = max((seq for seq, _ in _names(objects, reference)), default=0) + 1
        reply = Reply(seq, datetime.now(timezone.utc).isoformat(timespec="minutes"), who, language, text)
        content = canonical_json({"reference": reference, "seq": seq, "written_at": reply.written_at,
                                  "who": who, "language": language, "text": text})
        nonce, sealed = aead.encrypt(reply_key(addendum_key), content, _aad(reference, seq))
        record = {"format": FORMAT, "reference": reference, "seq": seq, "nonce": b64e(nonce), "sealed": b64e(sealed)}
        objects.write(f"{REPLIES}{reference}/{seq:04d}.json", canonical_json(record) + b"\n")
    return reply


def read_replies(objects: ReportObjects, reference: str, addendum_key: bytes) -> List[Reply]:
    """Every reply to `reference` in order; ReplyError if one does not open with this key."""
    replies = []
    for seq, name in _names(objects, reference):
        try:
            record = json.loads(objects.read(name) or b"null")
            if record.get("format") != FORMAT or record.get("reference") != reference or record.get("seq") != seq:
                raise ValueError("moved or damaged")
            content = json.loads(aead.decrypt(reply_key(addendum_key), b64d(record["nonce"], aead.NONCE_LEN),
                                              b64d(record["sealed"]), _aad(reference, seq)))
            replies.append(Reply(seq, str(content["written_at"]), str(content["who"]), str(content["language"]),
                                 str(content["text"])))
        except (ValueError, KeyError, TypeError, AttributeError, DecryptionError) as exc:
            raise ReplyError(f"reply {seq} to {reference} cannot be read: {exc}") from None
    return replies
