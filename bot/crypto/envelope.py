"""The sealed envelope: one report (or addendum) encrypted so only the recipients' private keys open it.

A fresh 256-bit data key is wrapped to each recipient with X25519 (fresh ephemeral key per stanza) +
HKDF-SHA256 + AES-256-GCM. Version 2 (written now) derives two keys from it: one for an HMAC of the
header, which commits every recipient to the same data key (as age's header MAC does: AES-GCM alone
would let a crafted file open to different plaintexts for different recipients), and one that seals the
payload with the header and its MAC as associated data, so any edit is detected. Version 1 files (the
data key sealing the payload directly, no header MAC) still open. The byte layout is specified in
docs/report-format.md; keep the two in step.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from bot.crypto import aead
from bot.crypto.codec import b64d, b64e, canonical_json, parse_json
from bot.crypto.errors import (DecryptionError, EnvelopeFormatError, EnvelopeTamperedError,
                               NoMatchingKeyError)
from bot.crypto.kdf import hkdf_sha256
from bot.crypto.keys import Identity, Recipient
from bot.crypto.signing import is_key_id

MAGIC = b"\x89TMY\r\n\x1a\n"
VERSION = 2
READABLE_VERSIONS = (1, 2)
HEADER_MAC_LEN = 32
HEADER_MAC_INFO = b"testimony/v2/header-mac"
PAYLOAD_KEY_INFO = b"testimony/v2/payload-key"
PREFIX = struct.Struct(">8sHI")  # magic, version (u16), header length (u32), all big-endian
MAX_HEADER_LEN = 1 << 20
NONCE_LEN = aead.NONCE_LEN
TAG_LEN = aead.TAG_LEN
DATA_KEY_LEN = aead.KEY_LEN
LENGTH_FIELD = struct.Struct(">Q")
MIN_PADDED_LEN = 1024
CIPHER = "AES-256-GCM"
STANZA_TYPE = "X25519-HKDF-SHA256-AES256GCM"
WRAP_INFO = b"testimony/v1/key-wrap"
WRAP_AAD_PREFIX = b"testimony/v1/recipient:"
RESERVED_FIELDS = ("cipher", "recipients")


@dataclass(frozen=True)
class Opened:
    """An opened envelope: its authenticated header and the plaintext."""

    header: dict
    plaintext: bytes
    key_id: str
    version: int = VERSION


def padded_length(length: int) -> int:
    """Padmé length (leaks O(log log L) bits of the size), at least MIN_PADDED_LEN."""
    if length <= MIN_PADDED_LEN:
        return MIN_PADDED_LEN
    exponent = length.bit_length() - 1
    last_bits = exponent - exponent.bit_length()
    mask = (1 << last_bits) - 1
    return (length + mask) & ~mask


def _pad(plaintext: bytes) -> bytes:
    body_length = LENGTH_FIELD.size + len(plaintext)
    # One copy of the plaintext, not two: reports can be many megabytes.
    return b"".join((LENGTH_FIELD.pack(len(plaintext)), plaintext, bytes(padded_length(body_length) - body_length)))


def _unpad(padded: bytes) -> bytes:
    if len(padded) < LENGTH_FIELD.size:
        raise EnvelopeFormatError("payload too short for its length field")
    (length,) = LENGTH_FIELD.unpack_from(padded)
    end = LENGTH_FIELD.size + length
    if end > len(padded) or padded[end:].strip(b"\x00"):
        raise EnvelopeFormatError("payload length field or padding is invalid")
    return padded[LENGTH_FIELD.size:end]


def _wrap_key(shared: bytes, epk: bytes, recipient_pk: bytes) -> bytes:
    return hkdf_sha256(shared, WRAP_INFO, salt=epk + recipient_pk)


def _stanza(data_key: bytes, recipient: Recipient) -> dict:
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes_raw()
    kek = _wrap_key(ephemeral.exchange(recipient.public_key), epk, recipient.public_raw)
    nonce, wrapped_key = aead.encrypt(kek, data_key, WRAP_AAD_PREFIX + recipient.key_id.encode("ascii"))
    return {"type": STANZA_TYPE, "key_id": recipient.key_id, "epk": b64e(epk), "nonce": b64e(nonce),
            "wrapped_key": b64e(wrapped_key)}


def seal(metadata: Mapping[str, object], plaintext: bytes, recipients: Sequence[Recipient]) -> bytes:
    """Encrypt `plaintext` to every recipient; `metadata` goes in the (authenticated, readable) header."""
    if not recipients:
        raise ValueError("an envelope needs at least one recipient")
    if any(name in metadata for name in RESERVED_FIELDS):
        raise ValueError(f"header fields {RESERVED_FIELDS} are set by seal()")
    data_key = secrets.token_bytes(DATA_KEY_LEN)
    unique = {r.key_id: r for r in recipients}
    header = dict(metadata, cipher=CIPHER, recipients=[_stanza(data_key, r) for r in unique.values()])
    header_bytes = canonical_json(header)
    if len(header_bytes) > MAX_HEADER_LEN:
        raise ValueError("envelope header too large")
    prefix = PREFIX.pack(MAGIC, VERSION, len(header_bytes)) + header_bytes
    authenticated = prefix + _header_mac(data_key, prefix)
    nonce, ciphertext = aead.encrypt(_payload_key(data_key), _pad(plaintext), authenticated)
    return authenticated + nonce + ciphertext


def _header_mac(data_key: bytes, prefix: bytes) -> bytes:
    """Version 2: HMAC-SHA256 of magic..header under a key derived from the data key (key commitment)."""
    return hmac.new(hkdf_sha256(data_key, HEADER_MAC_INFO), prefix, hashlib.sha256).digest()


def _payload_key(data_key: bytes) -> bytes:
    return hkdf_sha256(data_key, PAYLOAD_KEY_INFO)


def _version(data: bytes) -> int:
    return PREFIX.unpack_from(data)[1]


def _parse_prefix(data: bytes) -> tuple[dict, int]:
    """Check magic, version and length; parse the header JSON (not yet authenticated); returns the
    header and where the authenticated part ends (after the header MAC in version 2)."""
    if len(data) < PREFIX.size:
        raise EnvelopeFormatError("truncated envelope: shorter than the fixed prefix")
    magic, version, header_len = PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise EnvelopeFormatError("not a Testimony envelope (bad magic bytes)")
    if version not in READABLE_VERSIONS:
        raise EnvelopeFormatError(f"unsupported envelope version {version} (this reader knows "
                                  f"{', '.join(map(str, READABLE_VERSIONS))})")
    if header_len > MAX_HEADER_LEN:
        raise EnvelopeFormatError("header length field is out of range")
    end = PREFIX.size + header_len
    if len(data) < end:
        raise EnvelopeFormatError("truncated envelope: header is incomplete")
    try:
        header = parse_json(data[PREFIX.size:end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise EnvelopeFormatError("malformed envelope header: not UTF-8 JSON") from None
    _check_header(header)
    return header, end + (HEADER_MAC_LEN if version >= 2 else 0)


def _check_header(header: object) -> None:
    if not isinstance(header, dict):
        raise EnvelopeFormatError("malformed envelope header: not a JSON object")
    if header.get("cipher") != CIPHER:
        raise EnvelopeFormatError("malformed envelope header: unknown cipher")
    stanzas = header.get("recipients")
    if not isinstance(stanzas, list) or not stanzas:
        raise EnvelopeFormatError("malformed envelope header: no recipient stanzas")
    for stanza in stanzas:
        if not isinstance(stanza, dict) or stanza.get("type") != STANZA_TYPE or not all(
                isinstance(stanza.get(k), str) for k in ("key_id", "epk", "nonce", "wrapped_key")) \
                or not is_key_id(stanza["key_id"]):
            raise EnvelopeFormatError("malformed envelope header: bad recipient stanza")


def read_header(data: bytes) -> dict:
    """The header WITHOUT authenticating it: for listings only. open_envelope() authenticates."""
    return _parse_prefix(data)[0]


def read_header_from_file(path: Path) -> dict:
    """read_header() reading only the start of the file."""
    with open(path, "rb") as handle:
        prefix = handle.read(PREFIX.size)
        if len(prefix) == PREFIX.size and prefix[:8] == MAGIC:
            prefix += handle.read(min(PREFIX.unpack(prefix)[2], MAX_HEADER_LEN))
    return read_header(prefix)


def _unwrap(stanza: dict, identity: Identity) -> bytes:
    try:
        epk = b64d(stanza["epk"], 32)
        nonce = b64d(stanza["nonce"], NONCE_LEN)
        wrapped = b64d(stanza["wrapped_key"], DATA_KEY_LEN + TAG_LEN)
        shared = identity.private_key.exchange(X25519PublicKey.from_public_bytes(epk))
        kek = _wrap_key(shared, epk, identity.public_raw)
        return aead.decrypt(kek, nonce, wrapped, WRAP_AAD_PREFIX + identity.key_id.encode("ascii"))
    except (ValueError, DecryptionError):
        raise EnvelopeTamperedError(
            f"recipient stanza for key {identity.key_id} failed authentication: the envelope was modified"
        ) from None


def _committed_key(data: bytes, stanza: dict, identity: Identity, authenticated_end: int) -> bytes:
    """The data key from `stanza`, checked against the version 2 header MAC: the key commitment."""
    data_key = _unwrap(stanza, identity)
    if _version(data) >= 2:
        prefix_end = authenticated_end - HEADER_MAC_LEN
        if not hmac.compare_digest(_header_mac(data_key, data[:prefix_end]), data[prefix_end:authenticated_end]):
            raise EnvelopeTamperedError(
                "envelope header failed authentication (header MAC): its header was edited or swapped, or "
                "it was crafted to open differently for different recipients")
        return _payload_key(data_key)
    return data_key


def open_envelope(data: bytes, identities: Iterable[Identity]) -> Opened:
    """Authenticate and decrypt; raises an EnvelopeError subclass, never returns unauthenticated data."""
    header, header_end = _parse_prefix(data)
    if len(data) < header_end + NONCE_LEN + TAG_LEN:
        raise EnvelopeFormatError("truncated envelope: payload is incomplete")
    mine = {identity.key_id: identity for identity in identities}
    matching = [s for s in header["recipients"] if s["key_id"] in mine]
    if not matching:
        listed = ", ".join(sorted(s["key_id"] for s in header["recipients"]))
        raise NoMatchingKeyError(f"envelope is not encrypted to any offered key (its recipients: {listed})")
    payload_key, error = None, None
    for stanza in matching:
        try:
            payload_key = _committed_key(data, stanza, mine[stanza["key_id"]], header_end)
            used = stanza["key_id"]
            break
        except EnvelopeTamperedError as exc:
            error = exc
    if payload_key is None:
        raise error  # type: ignore[misc]
    nonce = data[header_end:header_end + NONCE_LEN]
    try:
        padded = aead.decrypt(payload_key, nonce, data[header_end + NONCE_LEN:], data[:header_end])
    except DecryptionError:
        raise EnvelopeTamperedError(
            "envelope payload failed authentication: it was modified or truncated, or its header was "
            "edited or swapped") from None
    return Opened(header=header, plaintext=_unpad(padded), key_id=used, version=_version(data))
