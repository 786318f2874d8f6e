"""Fuzzing the sealed envelope and the staff reader: random bytes, truncations, bit flips, spliced junk and
edited headers of real envelopes only ever give the documented errors (bot.crypto.errors), never another
exception and never a plaintext. Envelopes that anyone holding the team's public key could seal, with junk
inside, are refused as clearly. docs/report-format.md documents the format and its errors."""
from __future__ import annotations

import json
from typing import Callable, Iterator, Tuple

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from bot.crypto import (CryptoError, EnvelopeError, EnvelopeFormatError, generate_identity, open_envelope,
                        read_header, seal)
from bot.crypto.codec import b64e
from bot.crypto.envelope import MAGIC, PREFIX, RESERVED_FIELDS, VERSION
from bot.crypto.keys import Identity
from bot.reports.reader import ReportReader
from tests.crypto_fixtures import make_store, sample_report
from tests.fuzz_strategies import ANY_TEXT, JSON_VALUES, damaged_file, deep_nesting, mutations_of

CANARY = "CANARY-envelope-8b2c the commander's name was"
TEAM = generate_identity("team")
HEADER = {"type": "report", "reference": "REF-ABCDEFGH23", "filed_at": "2026-03-01T12:00:00Z", "language": "uk"}
ENVELOPE = seal(HEADER, json.dumps(sample_report(CANARY)).encode("utf-8"), [TEAM.recipient()])


def header_and_rest(envelope: bytes) -> Tuple[dict, bytes]:
    _, _, length = PREFIX.unpack_from(envelope)
    return json.loads(envelope[PREFIX.size:PREFIX.size + length]), envelope[PREFIX.size + length:]


def with_header(raw_header: bytes, rest: bytes) -> bytes:
    """An envelope whose prefix declares `raw_header`'s true length, so the parser reads all of it."""
    return PREFIX.pack(MAGIC, VERSION, len(raw_header)) + raw_header + rest


@st.composite
def edited_headers(draw: Callable) -> bytes:
    """The real envelope with its header edited as JSON (fields changed, removed, added, retyped) or replaced."""
    header, rest = header_and_rest(ENVELOPE)
    stanza = header["recipients"][0]
    edit = draw(st.sampled_from(["set", "delete", "stanza", "extra stanza", "recipients", "replace", "raw"]))
    if edit == "set":
        header[draw(st.sampled_from(sorted(header)) | ANY_TEXT)] = draw(JSON_VALUES)
    elif edit == "delete":
        del header[draw(st.sampled_from(sorted(header)))]
    elif edit == "stanza":
        stanza[draw(st.sampled_from(sorted(stanza)) | ANY_TEXT)] = draw(JSON_VALUES | st.binary(max_size=48).map(b64e))
    elif edit == "extra stanza":
        header["recipients"].insert(draw(st.integers(0, 1)), dict(stanza, **draw(st.dictionaries(
            st.sampled_from(sorted(stanza)), JSON_VALUES, min_size=1))))
    elif edit == "recipients":
        header["recipients"] = draw(JSON_VALUES)
    elif edit == "replace":
        header = draw(JSON_VALUES)
    if edit == "raw":
        raw = draw(st.binary(max_size=256) | deep_nesting() | deep_nesting(b'{"a":', b"}"))
    else:
        raw = json.dumps(header, sort_keys=draw(st.booleans())).encode("utf-8")
    return with_header(raw, draw(st.just(rest) | mutations_of(rest)))


def refused(data: bytes) -> CryptoError:
    """The error opening `data` raises; fails the test on a plaintext or any other exception."""
    with pytest.raises(CryptoError) as raised:
        open_envelope(data, [TEAM])
    return raised.value


@settings(max_examples=2500, deadline=None)
@given(damaged=mutations_of(ENVELOPE))
def test_a_damaged_envelope_never_opens_and_says_why(damaged: bytes) -> None:
    assume(damaged != ENVELOPE)
    assert isinstance(refused(damaged), EnvelopeError)


DEEP_HEADER = b"[" * 5000 + b"]" * 5000  # once raised RecursionError, not an EnvelopeError


@settings(max_examples=1200, deadline=None)
@given(edited=edited_headers())
@example(edited=with_header(DEEP_HEADER, header_and_rest(ENVELOPE)[1]))
def test_an_edited_header_never_opens(edited: bytes) -> None:
    assume(edited != ENVELOPE)
    assert isinstance(refused(edited), EnvelopeError)


@settings(max_examples=1000, deadline=None)
@given(data=mutations_of(ENVELOPE) | edited_headers())
@example(data=with_header(DEEP_HEADER, b""))
def test_listing_reads_a_header_or_says_the_file_is_malformed(data: bytes) -> None:
    """`staff list` reads headers unauthenticated: a dict or EnvelopeFormatError, nothing else."""
    try:
        header = read_header(data)
    except EnvelopeFormatError:
        return
    assert isinstance(header, dict) and isinstance(header["recipients"], list)


# --- the staff reader on a real data directory -----------------------------------------------------------------

@pytest.fixture(scope="module")
def filed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[ReportReader, Identity, str, dict]]:
    """A data directory with one filed report and one addendum: (reader, team identity, reference, opened)."""
    root = tmp_path_factory.mktemp("fuzzed-reports")
    store, keys = make_store(root)
    receipt = store.file(sample_report(CANARY), "fuzz-conversation")
    store.add_to_report(receipt.reference, receipt.followup_code, {"narrative": CANARY + " later"})
    reader, identity = ReportReader(root), keys["team"][0]
    yield reader, identity, receipt.reference, reader.open(receipt.reference, [identity]).to_json()


@settings(max_examples=400, deadline=None)
@given(which=st.sampled_from(["report", "addendum"]), data=st.data())
def test_a_damaged_file_in_the_store_is_refused_by_show_and_flagged_by_verify(filed, which: str, data) -> None:
    reader, identity, reference, original = filed
    path = reader.report_path(reference) if which == "report" else reader.addendum_paths(reference)[1]
    with damaged_file(path, data):
        try:
            opened = reader.open(reference, [identity]).to_json()
        except CryptoError:
            pass
        else:  # only an addendum sealed to keys not offered may be skipped, and then it is marked, never read
            [addendum] = opened["addenda"]
            assert addendum["trust"] == "unreadable" and "body" not in addendum
            assert opened["report"] == original["report"]
        assert reader.verify([identity]).problems
        assert reader.summary(reference).reference == reference


JUNK_PAYLOADS = st.one_of(
    st.binary(max_size=256),
    deep_nesting(),
    deep_nesting(b'{"a":', b"}"),
    JSON_VALUES.filter(lambda value: not isinstance(value, dict)).map(lambda value: json.dumps(value).encode()),
    ANY_TEXT.map(lambda text: text.encode("utf-8", "surrogatepass")),
)
FOREIGN_HEADERS = st.dictionaries(ANY_TEXT.filter(lambda name: name not in RESERVED_FIELDS), JSON_VALUES,
                                  max_size=5)
REPORT_HEADER = {"type": "report", "reference": "<the report's>"}


@settings(max_examples=400, deadline=None)
@given(forged=st.tuples(st.just(REPORT_HEADER), JUNK_PAYLOADS) | st.tuples(FOREIGN_HEADERS, st.just(b"{}")))
@example(forged=(REPORT_HEADER, DEEP_HEADER))
def test_an_envelope_anyone_could_seal_to_the_team_but_not_a_report_is_refused(filed, forged) -> None:
    """The team's public key is no secret: the server, or whoever controls it, can seal anything to it."""
    reader, identity, reference, _ = filed
    header, payload = forged
    path = reader.report_path(reference)
    intact = path.read_bytes()
    metadata = dict(header, reference=reference) if header is REPORT_HEADER else header
    path.write_bytes(seal(metadata, payload, [identity.recipient()]))
    try:
        with pytest.raises(EnvelopeFormatError):
            reader.open(reference, [identity])
        assert reader.verify([identity]).problems
        assert reader.summary(reference).reference == reference
    finally:
        path.write_bytes(intact)


def test_a_report_file_replaced_by_an_addendum_is_listed_as_an_invalid_header(filed) -> None:
    """Seen by the fuzz test: a valid addendum header in the report's place has no filed_at to list."""
    reader, _, reference, _ = filed
    path = reader.report_path(reference)
    intact = path.read_bytes()
    path.write_bytes(reader.addendum_paths(reference)[1].read_bytes())
    try:
        assert reader.summary(reference).status == "invalid header (run `staff verify`)"
    finally:
        path.write_bytes(intact)
