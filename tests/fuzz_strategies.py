"""Hypothesis strategies the fuzz tests share: damaged copies of real sealed bytes, and the text an attacker or
a broken client may send (every Unicode category, lone surrogates included, markup, control characters)."""
from __future__ import annotations

from hypothesis import strategies as st

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
