"""What the fuzz tests share: files damaged for the length of one example, and Hypothesis strategies: damaged copies of real sealed bytes, and the text an attacker or
a broken client may send (every Unicode category, lone surrogates included, markup, control characters), and
bodies for the REST channel's webhook."""
from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any, Callable, Iterator

from hypothesis import assume
from hypothesis import strategies as st

from bot.channels.rest import MAX_SENDER_LENGTH

# Every code point, lone surrogates included: JSON can carry them ("\ud800") and Python decodes them.
ANY_CHARACTER = st.characters(exclude_categories=())
ANY_TEXT = st.text(ANY_CHARACTER, max_size=60)

NASTY_FRAGMENTS = (
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\x00", "\x1b[31m", "\ufeff", "\u202e",
    "\ud800", "\udfff", "ночью пришли солдаты", "وأحرقوا البيوت", "சிப்பாய்கள்", "😀", "%s%n", "{{7*7}}",
    "'; DROP TABLE events; --", "../../etc/passwd", "/delete_everything", '/choose_role{"role":"x"}',
)
NASTY_TEXT = st.lists(st.one_of(st.sampled_from(NASTY_FRAGMENTS), ANY_TEXT), max_size=5).map("".join)


def _json_leaves() -> st.SearchStrategy:
    return st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), ANY_TEXT)


JSON_VALUES = st.recursive(
    _json_leaves(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(ANY_TEXT, children, max_size=4),
    max_leaves=8,
)


def deep_nesting(open_: bytes = b"[", close: bytes = b"]") -> st.SearchStrategy[bytes]:
    """JSON nested far deeper than any parser's recursion limit allows, or just below it."""
    return st.integers(min_value=1, max_value=20_000).map(lambda depth: open_ * depth + close * depth)


def _flip_bits(original: bytes) -> st.SearchStrategy[bytes]:
    def flip(positions: list) -> bytes:
        damaged = bytearray(original)
        for index, bit in positions:
            damaged[index] ^= 1 << bit
        return bytes(damaged)

    position = st.tuples(st.integers(0, len(original) - 1), st.integers(0, 7))
    return st.lists(position, min_size=1, max_size=8).map(flip)


def _replace_slice(original: bytes) -> st.SearchStrategy[bytes]:
    def splice(start: int, length: int, junk: bytes) -> bytes:
        return original[:start] + junk + original[start + length:]

    return st.builds(splice, st.integers(0, len(original)), st.integers(0, 64), st.binary(max_size=64))


def mutations_of(original: bytes) -> st.SearchStrategy[bytes]:
    """Damaged copies of `original`: truncated, bit-flipped, spliced, extended, or replaced by random bytes.

    Some may equal the original (a splice of its own bytes); tests `assume` them away.
    """
    return st.one_of(
        st.integers(0, len(original) - 1).map(lambda length: original[:length]),
        _flip_bits(original),
        _replace_slice(original),
        st.binary(min_size=1, max_size=64).map(lambda tail: original + tail),
        st.binary(max_size=2 * len(original)),
    )


@contextlib.contextmanager
def damaged_file(path: Path, data: st.DataObject) -> Iterator[bytes]:
    """`path` holds a damaged copy of itself (drawn from `data`, never the intact bytes) inside the block."""
    intact = path.read_bytes()
    damaged = data.draw(mutations_of(intact), label="damaged")
    assume(damaged != intact)
    path.write_bytes(damaged)
    try:
        yield damaged
    finally:
        path.write_bytes(intact)


# --- bodies for the REST channel's webhook --------------------------------------------------------------------

WEBHOOK_CANARY = "CANARY-rest-4d1e they took him from the checkpoint"
_VALID_WEBHOOK_BODY = json.dumps({"sender": "widget-visitor", "message": WEBHOOK_CANARY}).encode("utf-8")
WEBHOOK_CONTENT_TYPES = ("application/json", "application/json; charset=utf-8", "text/plain", "text/html",
                         "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "",
                         "application/xml")

_SENDERS = st.one_of(NASTY_TEXT, st.text(max_size=MAX_SENDER_LENGTH + 20), JSON_VALUES)
_MESSAGES = st.one_of(NASTY_TEXT.map(lambda text: f"{text} {WEBHOOK_CANARY}"), JSON_VALUES,
                      st.integers(0, 5_000).map(lambda repeat: "they burned the houses " * repeat))
_METADATA = st.one_of(st.none(), JSON_VALUES, st.fixed_dictionaries(
    {"page_language": JSON_VALUES}, optional={"ip": ANY_TEXT, "user_agent": ANY_TEXT}))


@st.composite
def _request_shaped(draw: Callable) -> dict:
    """A JSON object that looks like a webhook call: some of sender, message, metadata, of any type."""
    body = draw(st.fixed_dictionaries({}, optional={"sender": _SENDERS, "message": _MESSAGES,
                                                    "metadata": _METADATA}))
    body.update(draw(st.dictionaries(ANY_TEXT, JSON_VALUES, max_size=3)))
    return body


def json_body(value: Any) -> bytes:
    """JSON as a client would send it; lone surrogates go as \\u escapes, as JSON allows."""
    return json.dumps(value).encode("utf-8")


WEBHOOK_BODIES = st.one_of(
    _request_shaped().map(json_body),
    JSON_VALUES.map(json_body),
    mutations_of(_VALID_WEBHOOK_BODY),
    deep_nesting(b'{"sender":', b"}"),
    deep_nesting(),
    st.binary(max_size=512),
    ANY_TEXT.map(lambda text: text.encode("utf-8", "surrogatepass")),
)
