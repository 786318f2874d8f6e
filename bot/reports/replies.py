"""Messages from the team to a reporter, readable only with the report's follow-up code.

Each report carries, sealed inside it, the public half of a reply key whose private half only the follow-up
code yields, through the same scrypt as the code's verifier (bot.reports.codes.reply_private_key). Staff read
the public key from the opened report and seal a reply to it (X25519 with a fresh key per reply, HKDF-SHA256,
AES-256-GCM). The server stores the reply and can open it only when the reporter types their code again, and
never stores the code or the private key. Someone who takes the store must still run scrypt for every guess
at a code, as against the verifier itself.

Stored as objects `index/replies/<REF>/NNNN.json` (files, or PostgreSQL with TESTIMONY_REPORT_STORE_URL):
`{"format":"testimony-reply/1","reference","seq","epk","nonce","sealed"}`; inside, `{"reference","seq",
"written_at","language","text","signer","sig"}`, signed by the staff member who wrote it: the server shows only
replies signed by a key on the signed recipient list, so whoever can write to the store cannot speak for the
team. The associated data binds the format, reference and seq, so a reply moved to
another report or place does not open. The team keeps its own copy of each reply in the case record.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Dict, List, Tuple

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from bot.crypto import aead
from bot.crypto.codec import b64d, b64e, canonical_json, parse_json
from bot.crypto.errors import DecryptionError
from bot.crypto.kdf import hkdf_sha256
from bot.crypto.keys import Identity
from bot.crypto.signing import SIGNATURE_LEN, sign, verify
from bot.reports.objects import INDEX, ReportObjects

log = logging.getLogger(__name__)

FORMAT = "testimony-reply/1"
REPLIES = INDEX + "replies/"
KEY_INFO = b"testimony/v2/reply"
SIGNATURE_PURPOSE = b"testimony/v2/reply-signature"
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
        if stem.endswith(".json") and stem[:-5].isascii() and stem[:-5].isdigit():
            found.append((int(stem[:-5]), name))
    return sorted(found)


def write_reply(objects: ReportObjects, reference: str, reply_public_key: str, text: str, language: str,
                signer: Identity) -> Reply:
    """Seal a reply to the reporter's public key (base64, from the opened report) under the next free number,
    signed inside by the staff member (`signer`), so that nobody else who can write to the store can pass a
    message off as the team's."""
    text = text.strip()
    if not text:
        raise ReplyError("an empty reply")
    if len(text) > MAX_REPLY_CHARS:
        raise ReplyError(f"a reply longer than {MAX_REPLY_CHARS} characters (it is read in a chat)")
    if signer.signing_key is None:
        raise ReplyError("this key has no signing key: add one with `python -m bot.staff keys sign`")
    try:
        recipient = b64d(reply_public_key, 32)
        ephemeral = X25519PrivateKey.generate()
        epk = ephemeral.public_key().public_bytes_raw()
        key = _key(ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient)), epk, recipient)
    except (TypeError, ValueError):  # missing, malformed, or a low-order point in a forged report
        raise ReplyError("this report has no usable reply key") from None
    with objects.lock("replies:" + reference):
        seq = max((seq for seq, _ in _numbered(objects, reference)), default=0) + 1
        reply = Reply(seq, datetime.now(timezone.utc).isoformat(timespec="minutes"), language, text)
        body = {"reference": reference, "seq": seq, "written_at": reply.written_at, "language": language,
                "text": text, "signer": signer.signing_key_id}
        content = canonical_json(dict(body, sig=b64e(sign(signer.signing_key, SIGNATURE_PURPOSE,
                                                          canonical_json(body)))))
        nonce, sealed = aead.encrypt(key, content, _aad(reference, seq))
        objects.write(f"{REPLIES}{reference}/{seq:04d}.json", canonical_json(
            {"format": FORMAT, "reference": reference, "seq": seq, "epk": b64e(epk), "nonce": b64e(nonce),
             "sealed": b64e(sealed)}) + b"\n")
    return reply


def read_replies(objects: ReportObjects, reference: str, private_key: X25519PrivateKey,
                 staff_keys: Dict[str, bytes]) -> List[Reply]:
    """The replies to `reference` that open with the reporter's key and are signed by a staff key in
    `staff_keys` (signing key id -> public key, from the signed recipient list), in order. Any other (damaged,
    moved, planted, unsigned) is left out and logged without its content: it never stops the others."""
    recipient = private_key.public_key().public_bytes_raw()
    replies = []
    for seq, name in _numbered(objects, reference):
        try:
            record = parse_json(objects.read(name) or b"null")
            if record.get("format") != FORMAT or record.get("reference") != reference or record.get("seq") != seq:
                raise ValueError("moved or damaged")
            epk = b64d(record["epk"], 32)
            key = _key(private_key.exchange(X25519PublicKey.from_public_bytes(epk)), epk, recipient)
            signed = parse_json(aead.decrypt(key, b64d(record["nonce"], aead.NONCE_LEN), b64d(record["sealed"]),
                                             _aad(reference, seq)))
            body = {k: v for k, v in signed.items() if k != "sig"}
            public = staff_keys.get(body.get("signer"))
            if public is None or not verify(public, SIGNATURE_PURPOSE, canonical_json(body),
                                            b64d(signed.get("sig"), SIGNATURE_LEN)):
                raise ValueError("not signed by a listed staff key")
            if (body.get("reference"), body.get("seq")) != (reference, seq):
                raise ValueError("moved")
            replies.append(Reply(seq, str(body["written_at"]), str(body["language"]), str(body["text"])))
        except (ValueError, KeyError, TypeError, AttributeError, DecryptionError) as exc:
            log.warning("A reply that does not open was left out (%s).", type(exc).__name__)
    return replies
