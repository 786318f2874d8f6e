"""The sealed envelope: round trips, and every kind of damage gives a clear error, never garbage."""
from __future__ import annotations

import json
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.crypto import (EnvelopeError, EnvelopeFormatError, EnvelopeTamperedError, NoMatchingKeyError,
                        generate_identity, open_envelope, read_header, seal)
from bot.crypto.envelope import MAGIC, PREFIX, VERSION as ENVELOPE_VERSION, padded_length

ALICE, BOB, ESCROW, MALLORY = (generate_identity(n) for n in ("alice", "bob", "escrow", "mallory"))
META = {"type": "report", "reference": "REF-ABCDEFGH23", "filed_at": "2026-03-01T12:00:00Z", "language": "ar"}
SECRET = "شهادة: the checkpoint at dawn".encode("utf-8")
ENVELOPE = seal(META, SECRET, [ALICE.recipient()])
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def split(envelope: bytes) -> tuple[dict, bytes]:
    """(header dict, everything after the header)."""
    _, _, length = PREFIX.unpack_from(envelope)
    return json.loads(envelope[PREFIX.size:PREFIX.size + length]), envelope[PREFIX.size + length:]


def join(header: dict, rest: bytes) -> bytes:
    """Re-assemble an envelope around a (possibly edited) header."""
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    return PREFIX.pack(MAGIC, ENVELOPE_VERSION, len(raw)) + raw + rest


def test_round_trip_returns_plaintext_and_authenticated_header() -> None:
    opened = open_envelope(ENVELOPE, [ALICE])
    assert opened.plaintext == SECRET
    assert {k: opened.header[k] for k in META} == META
    assert opened.key_id == ALICE.key_id
    assert SECRET not in ENVELOPE and "checkpoint".encode() not in ENVELOPE


def test_empty_plaintext_round_trips() -> None:
    assert open_envelope(seal(META, b"", [ALICE.recipient()]), [ALICE]).plaintext == b""


def test_each_seal_uses_fresh_keys_and_nonces() -> None:
    first, second = seal(META, SECRET, [ALICE.recipient()]), seal(META, SECRET, [ALICE.recipient()])
    (h1, rest1), (h2, rest2) = split(first), split(second)
    assert h1["recipients"][0]["epk"] != h2["recipients"][0]["epk"]
    assert rest1[:12] != rest2[:12] and rest1 != rest2


def test_wrong_key_is_refused_clearly() -> None:
    with pytest.raises(NoMatchingKeyError, match="not encrypted to any offered key"):
        open_envelope(ENVELOPE, [MALLORY])


def test_no_keys_at_all_is_refused() -> None:
    with pytest.raises(NoMatchingKeyError):
        open_envelope(ENVELOPE, [])


def test_every_recipient_opens_and_stanzas_are_independent() -> None:
    envelope = seal(META, SECRET, [ALICE.recipient(), BOB.recipient(), ESCROW.recipient("escrow")])
    for identity in (ALICE, BOB, ESCROW):
        assert open_envelope(envelope, [identity]).plaintext == SECRET
    stanzas = split(envelope)[0]["recipients"]
    assert sorted(s["key_id"] for s in stanzas) == sorted(i.key_id for i in (ALICE, BOB, ESCROW))
    assert len({s["epk"] for s in stanzas}) == 3
    with pytest.raises(NoMatchingKeyError):
        open_envelope(envelope, [MALLORY])


def test_duplicate_recipients_get_one_stanza() -> None:
    envelope = seal(META, SECRET, [ALICE.recipient(), ALICE.recipient()])
    assert len(split(envelope)[0]["recipients"]) == 1


def test_bad_magic_and_unknown_version_are_format_errors() -> None:
    with pytest.raises(EnvelopeFormatError, match="bad magic"):
        open_envelope(b"PK\x03\x04" + ENVELOPE[4:], [ALICE])
    future = ENVELOPE[:8] + struct.pack(">H", 3) + ENVELOPE[10:]
    with pytest.raises(EnvelopeFormatError, match="unsupported envelope version 3"):
        open_envelope(future, [ALICE])


def test_truncated_files_are_reported_as_truncated() -> None:
    header_end = PREFIX.size + PREFIX.unpack_from(ENVELOPE)[2]
    for cut in (0, 5, PREFIX.size, header_end - 1, header_end + 10):
        with pytest.raises(EnvelopeFormatError, match="truncated"):
            open_envelope(ENVELOPE[:cut], [ALICE])
    with pytest.raises(EnvelopeTamperedError, match="modified or truncated"):
        open_envelope(ENVELOPE[:-1], [ALICE])


def test_appended_bytes_are_detected() -> None:
    with pytest.raises(EnvelopeTamperedError):
        open_envelope(ENVELOPE + b"\x00", [ALICE])


def test_edited_header_field_is_detected() -> None:
    header, rest = split(ENVELOPE)
    header["language"] = "en"
    with pytest.raises(EnvelopeTamperedError, match="header was edited or swapped"):
        open_envelope(join(header, rest), [ALICE])
    header, rest = split(ENVELOPE)
    header["note"] = "added"
    with pytest.raises(EnvelopeTamperedError):
        open_envelope(join(header, rest), [ALICE])


def test_header_swapped_between_envelopes_is_detected() -> None:
    other = seal(dict(META, reference="REF-ZZZZZZZZZZ"), b"another report", [ALICE.recipient()])
    header_a, rest_a = split(ENVELOPE)
    header_b, rest_b = split(other)
    with pytest.raises(EnvelopeTamperedError):
        open_envelope(join(header_b, rest_a), [ALICE])
    with pytest.raises(EnvelopeTamperedError):
        open_envelope(join(header_a, rest_b), [ALICE])


def test_recipient_stanza_swapped_from_another_envelope_is_detected() -> None:
    other = seal(META, b"another report", [ALICE.recipient()])
    header, rest = split(ENVELOPE)
    header["recipients"] = split(other)[0]["recipients"]
    with pytest.raises(EnvelopeTamperedError):
        open_envelope(join(header, rest), [ALICE])


def test_corrupted_wrapped_key_is_tampering_not_wrong_key() -> None:
    header, rest = split(ENVELOPE)
    stanza = header["recipients"][0]
    stanza["wrapped_key"] = ("A" if stanza["wrapped_key"][0] != "A" else "B") + stanza["wrapped_key"][1:]
    with pytest.raises(EnvelopeTamperedError, match=f"stanza for key {ALICE.key_id}"):
        open_envelope(join(header, rest), [ALICE])


def test_malformed_header_json_is_a_format_error() -> None:
    raw = b"{not json"
    with pytest.raises(EnvelopeFormatError, match="malformed envelope header"):
        open_envelope(PREFIX.pack(MAGIC, ENVELOPE_VERSION, len(raw)) + raw + bytes(80), [ALICE])
    header, rest = split(ENVELOPE)
    del header["recipients"]
    with pytest.raises(EnvelopeFormatError, match="no recipient stanzas"):
        open_envelope(join(header, rest), [ALICE])


def test_read_header_gives_listing_fields_without_keys() -> None:
    header = read_header(ENVELOPE)
    assert header["reference"] == META["reference"] and header["language"] == "ar"


def test_seal_refuses_reserved_header_fields_and_no_recipients() -> None:
    with pytest.raises(ValueError):
        seal({"recipients": []}, b"x", [ALICE.recipient()])
    with pytest.raises(ValueError):
        seal(META, b"x", [])


def test_padding_hides_small_differences_in_length() -> None:
    short = seal(META, b"yes", [ALICE.recipient()])
    longer = seal(META, b"y" * 900, [ALICE.recipient()])
    assert len(short) == len(longer)


@FAST
@given(index=st.integers(min_value=0, max_value=len(ENVELOPE) - 1), mask=st.integers(1, 255))
def test_any_flipped_byte_raises_an_envelope_error(index: int, mask: int) -> None:
    damaged = bytearray(ENVELOPE)
    damaged[index] ^= mask
    with pytest.raises(EnvelopeError):
        open_envelope(bytes(damaged), [ALICE])


@FAST
@given(length=st.integers(min_value=0, max_value=len(ENVELOPE) - 1))
def test_any_truncation_raises_an_envelope_error(length: int) -> None:
    with pytest.raises(EnvelopeError):
        open_envelope(ENVELOPE[:length], [ALICE])


@settings(max_examples=60, deadline=None)
@given(plaintext=st.binary(max_size=70_000), language=st.text(max_size=20))
def test_round_trip_any_bytes_and_header_text(plaintext: bytes, language: str) -> None:
    envelope = seal(dict(META, language=language), plaintext, [ALICE.recipient(), BOB.recipient()])
    opened = open_envelope(envelope, [BOB])
    assert opened.plaintext == plaintext and opened.header["language"] == language


@settings(max_examples=300, deadline=None)
@given(length=st.integers(min_value=0, max_value=1 << 34))
def test_padded_length_bounds(length: int) -> None:
    padded = padded_length(length)
    assert padded >= length and padded >= 1024
    assert length <= 1024 or padded - length <= length * 0.12
