"""Messages from the team to a reporter, readable only with the report's follow-up code.

Each report carries, sealed inside it, the public half of a reply key whose private half only the follow-up
code yields, through the same scrypt as the code's verifier (bot.reports.codes.reply_private_key). Staff read
the public key from the opened report and seal a reply to it (X25519 with a fresh key per reply, HKDF-SHA256,
AES-256-GCM). The server stores the reply and can open it only when the reporter types their code again, and
never stores the code or the private key. Someone who takes the store must still run scrypt for every guess
at a code, as against the verifier itself.

Stored as objects `index/replies/<REF>/NNNN.json` (files, or PostgreSQL with TESTIMONY_REPORT_STORE_URL):
`{"format":"testimony-reply/1","reference","seq","epk","nonce","sealed"}`; inside, `{"reference","seq",
"written_at","language","text"}`. The associated data binds the format, reference and seq, so a reply moved to
another report or place does not open. The team keeps its own copy of each reply in the case record.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import List, Tuple

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from bot.crypto import aead
from bot.crypto.codec import b64d, b64e, canonical_json
from bot.crypto.errors import DecryptionError
from bot.crypto.kdf import hkdf_sha256
from bot.reports.objects import INDEX, ReportObjects

log = logging.getLogger(__name__)

FORMAT = "testimony-reply/1"
REPLIES = INDEX + "replies/"
KEY_INFO = b"testimony/v2/reply"
MAX_REPLY_CHARS = 4000  # read on a phone, in a chat
REPLY_KEY_FIELD = "reply_public_key"  # where the sealed report carries the public key (the reader takes it out)


class ReplyError(ValueError):
    """A reply that cannot be written: empty, too long, or a report without a reply key."""


@dataclass(frozen=True)
class Reply:
    seq: int
    written_at: str
    language: str
    text: str


def _aad(reference: str, seq: int) -> bytes:
    return f"{FORMAT}\x00{reference}\x00{seq}".encode("ascii")


def _key(shared: bytes, epk: bytes, recipient: bytes) -> bytes:
    return hkdf_sha256(shared, KEY_INFO, salt=epk + recipient)


def _numbered(objects: ReportObjects, reference: str) -> List[Tuple[int, str]]:
    found = []
    for name in objects.names(REPLIES + reference):
        stem = name.rsplit("/", 1)[-1]
        if stem.endswith(".json") and stem[:-5].isdigit():
            found.append((int(stem[:-5]), name))
    return sorted(found)


def write_reply(objects: ReportObjects, reference: str, reply_public_key: str, text: str, language: str) -> Reply:
    """Seal a reply to the reporter's public key (base64, from the opened report) under the next free number."""
    text = text.strip()
    if not text:
        raise ReplyError("an empty reply")
    if len(text) > MAX_REPLY_CHARS:
        raise ReplyError(f"a reply longer than {MAX_REPLY_CHARS} characters (it is read in a chat)")
    try:
        recipient = b64d(reply_public_key, 32)
        shared_with = X25519PublicKey.from_public_bytes(recipient)
    except (TypeError, ValueError):
        raise ReplyError("this report has no reply key (filed before replies were possible)") from None
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes_raw()
    key = _key(ephemeral.exchange(shared_with), epk, recipient)
    with objects.lock("replies:" + reference):
        seq = max((seq for seq, _ in _numbered(objects, reference)), default=0) + 1
        reply = Reply(seq, datetime.now(timezone.utc).isoformat(timespec="minutes"), language, text)
        content = canonical_json({"reference": reference, "seq": seq, "written_at": reply.written_at,
                                  "language": language, "text": text})
        nonce, sealed = aead.encrypt(key, content, _aad(reference, seq))
        objects.write(f"{REPLIES}{reference}/{seq:04d}.json", canonical_json(
            {"format": FORMAT, "reference": reference, "seq": seq, "epk": b64e(epk), "nonce": b64e(nonce),
             "sealed": b64e(sealed)}) + b"\n")
    return reply


def read_replies(objects: ReportObjects, reference: str, private_key: X25519PrivateKey) -> List[Reply]:
    """The replies to `reference` that open with the reporter's key, in order. One that does not open (damaged,
    moved, planted) is left out and logged without its content: it never stops the others or the person."""
    recipient = private_key.public_key().public_bytes_raw()
    replies = []
    for seq, name in _numbered(objects, reference):
        try:
            record = json.loads(objects.read(name) or b"null")
            if record.get("format") != FORMAT or record.get("reference") != reference or record.get("seq") != seq:
                raise ValueError("moved or damaged")
            epk = b64d(record["epk"], 32)
            key = _key(private_key.exchange(X25519PublicKey.from_public_bytes(epk)), epk, recipient)
            content = json.loads(aead.decrypt(key, b64d(record["nonce"], aead.NONCE_LEN), b64d(record["sealed"]),
                                              _aad(reference, seq)))
            replies.append(Reply(seq, str(content["written_at"]), str(content["language"]), str(content["text"])))
        except (ValueError, KeyError, TypeError, AttributeError, DecryptionError) as exc:
            log.warning("A reply that does not open was left out (%s).", type(exc).__name__)
    return replies
