"""Byte encodings of bot/crypto/codec.py that the report store builds on."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.crypto.codec import json_bytes, with_field
from tests.fuzz_strategies import ANY_TEXT, JSON_VALUES

NAME = "reply_public_key"


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(ANY_TEXT.filter(lambda key: key != NAME), JSON_VALUES, max_size=5), JSON_VALUES)
def test_a_field_added_to_encoded_json_reads_as_the_object_with_that_field(obj: dict, value) -> None:
    assert json.loads(with_field(json_bytes(obj), NAME, value)) == {**obj, NAME: value}


@pytest.mark.parametrize("encoded", [b"", b"[]", b'"{}"', b"{", b"null"])
def test_only_an_encoded_object_takes_a_field(encoded: bytes) -> None:
    with pytest.raises(ValueError):
        with_field(encoded, NAME, "k")
